"""The terms of our ontology (``ontology/kg.ttl``) as an rdflib namespace.

Using a term the ontology does not declare fails at once:

>>> from kg.namespace import KG
>>> KG.metWith
rdflib.term.URIRef('https://w3id.org/newskg/ontology#metWith')
>>> KG.knows
Traceback (most recent call last):
...
AttributeError: term 'knows' not in namespace 'https://w3id.org/newskg/ontology#'
"""

from __future__ import annotations

from rdflib.namespace import DefinedNamespace, Namespace
from rdflib.term import URIRef

__all__ = ["KG", "ONTOLOGY_IRI"]

ONTOLOGY_IRI = URIRef("https://w3id.org/newskg/ontology")


class KG(DefinedNamespace):
    """The newskg ontology: news entities, events and the three relations."""

    _fail = True
    _NS = Namespace("https://w3id.org/newskg/ontology#")

    # Classes
    Entity: URIRef  # anything a news text names that can take part in an event
    Person: URIRef
    Organization: URIRef
    Country: URIRef
    Location: URIRef
    Agreement: URIRef
    Document: URIRef
    Event: URIRef
    Signing: URIRef
    Meeting: URIRef
    TariffImposition: URIRef
    Mention: URIRef  # one report of an event in one document
    MergeRecord: (
        URIRef  # why one resource stands for several documents' names or reports
    )

    # The three relations (the evaluation contract: keep these local names)
    signed: URIRef
    metWith: URIRef
    imposedTariffOn: URIRef

    # Event roles
    party: URIRef
    participant: URIRef
    imposer: URIRef
    target: URIRef
    agreement: URIRef
    place: URIRef
    date: URIRef
    dateText: URIRef

    # Evidence and confidence on events
    evidence: URIRef
    startOffset: URIRef
    endOffset: URIRef
    confidence: URIRef
    status: URIRef
    trigger: URIRef
    mention: URIRef
    mentionCount: URIRef

    # Entities
    role: URIRef
    affiliation: URIRef
    mentionedIn: URIRef
    iso3166Alpha2: URIRef
    iso3166Alpha3: URIRef

    # Documents
    documentId: URIRef
    source: URIRef
    published: URIRef
    headline: URIRef

    # Merge records
    mergedResource: URIRef
    mergedFrom: URIRef
    mergeReason: URIRef
    mergeKey: URIRef
