"""Entities: every mention of a document, found by the finders in their order.

People come first, so that an organization or a place the model tagged on a
person's name is read as that person; then organizations spelled out before
their acronym, countries, organizations and places; then the titles before
people's names, kept as roles (once every country is known, for affiliations);
then acronyms and surnames wherever they recur; agreements last, as their
labels leave out the people and places already named.
"""

from __future__ import annotations

from spacy.tokens import Doc

from kg.extract.agreements import find_agreements
from kg.extract.mentions import Mentions
from kg.extract.organizations import (
    find_companies_beside_companies,
    find_organizations_and_places,
    find_regional_governments,
    find_spelled_acronyms,
    find_suffixed_companies,
    find_unnamed_bodies,
    find_untagged_companies,
)
from kg.extract.people import (
    find_people,
    find_surnames,
    keep_appositive_roles,
    keep_title_role,
)
from kg.extract.rules import Rules
from kg.gazetteer import Gazetteer

__all__ = ["find_entities"]


def find_entities(doc: Doc, gazetteer: Gazetteer, rules: Rules) -> Mentions:
    """The entities ``doc`` names, and the tokens that mention them."""
    mentions = Mentions(doc, gazetteer, rules)
    titled = find_people(mentions)
    find_spelled_acronyms(mentions)
    find_untagged_companies(mentions)
    find_suffixed_companies(mentions)
    titled += find_organizations_and_places(mentions)
    find_companies_beside_companies(mentions)
    find_unnamed_bodies(mentions)
    find_regional_governments(mentions)
    for name in titled:
        keep_title_role(mentions, name)
    keep_appositive_roles(mentions)
    mentions.mark_acronyms()
    find_surnames(mentions)
    find_agreements(mentions)
    mentions.label_countries()
    return mentions
