"""RDF terms in N-Triples syntax, which N-Quads and SPARQL read as the same terms.

One line per statement, terms written as they are: the N-Quads writer of a
build and the SPARQL updates of a store both use :func:`nt_term`.
"""

from __future__ import annotations

import re

from rdflib import BNode, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Node

from kg.errors import InputError

__all__ = ["nt_term"]

# N-Triples escapes: the only characters a quoted string may not hold as they are (N-Triples, N-Quads, SPARQL).
_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})
_IRI_FORBIDDEN = re.compile(r'[\x00-\x20<>"{}|^`\\]')
_ABSOLUTE = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")


def nt_term(term: Node, blanks: dict[BNode, str] | None = None) -> str:
    """``term`` written as N-Triples (which N-Quads and SPARQL read as the same term).

    Blank nodes are labelled ``_:b0``, ``_:b1`` … in the order met, in ``blanks``.

    >>> nt_term(URIRef("https://example.org/a")), nt_term(Literal('say "hi"\\n')), nt_term(Literal("1", datatype=XSD.integer))
    ('<https://example.org/a>', '"say \\\\"hi\\\\"\\\\n"', '"1"^^<http://www.w3.org/2001/XMLSchema#integer>')
    >>> nt_term(URIRef("not an IRI"))
    Traceback (most recent call last):
    ...
    kg.errors.InputError: 'not an IRI' is not an absolute IRI without spaces or <>"{}|^`\\
    """
    if isinstance(term, URIRef):
        if _IRI_FORBIDDEN.search(term) or not _ABSOLUTE.match(term):
            raise InputError(
                f'{str(term)!r} is not an absolute IRI without spaces or <>"{{}}|^`\\'
            )
        return f"<{term}>"
    if isinstance(term, Literal):
        quoted = '"' + str(term).translate(_ESCAPES) + '"'
        if term.language:
            return f"{quoted}@{term.language}"
        if term.datatype is not None and term.datatype != XSD.string:
            return f"{quoted}^^{nt_term(term.datatype)}"
        return quoted
    if isinstance(term, BNode) and blanks is not None:
        return blanks.setdefault(term, f"_:b{len(blanks)}")
    raise InputError(f"N-Triples holds IRIs, literals and blank nodes, not {term!r}")
