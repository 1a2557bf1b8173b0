"""Stage 3: from a parsed spaCy ``Doc`` to entities and events.

The rules read their words from package data (``kg/data/relations.json``,
``modality.json``, ``lexicon.json``) and the gazetteer; the code only knows
where arguments stand in a dependency parse. The stages, each a module, run in
this order (each uses only those before it):

============= ==========================================================
rules         the data files, as frozen dataclasses (``Rules``)
model         what extraction yields: ``Entity``, ``Event``, ``Extraction``
mentions      the entities of a document and the tokens that mention them
people        persons, their titles as roles, their affiliations
organizations countries, organizations and places, through the gazetteer
agreements    agreements and their names
entities      ``find_entities``: the finders above, in order
modality      asserted, planned, negated, reversed or hypothetical
discourse     what earlier sentences give pronouns and group words
arguments     the entities in a trigger's argument positions
events        recording an event with its evidence, place, date, confidence
triggers      one handler per kind of trigger, chosen from ``TRIGGER_KINDS``
scorer        candidate pairs of a sentence, their features, a learned model
pipeline      ``extract``: the loop over sentences, then the scorer's additions
============= ==========================================================

(``syntax`` and ``names`` hold the parse walks and name cleaning they share.)
``docs/extraction.md`` says which module to open for which change.

>>> from kg.nlp import load_pipeline  # doctest: +SKIP
>>> found = extract(load_pipeline()("Japan and Chile signed a trade pact."))  # doctest: +SKIP
>>> [(e.kind, e.status) for e in found.events]  # doctest: +SKIP
[('Signing', 'asserted')]
"""

from __future__ import annotations

from kg.extract.model import ENTITY_CLASSES, Entity, Event, Extraction
from kg.extract.pipeline import extract
from kg.extract.rules import RelationSpec, relation_specs

__all__ = [
    "ENTITY_CLASSES",
    "Entity",
    "Event",
    "Extraction",
    "RelationSpec",
    "extract",
    "relation_specs",
]
