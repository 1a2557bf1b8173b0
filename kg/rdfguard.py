"""Limits on graph files from elsewhere, checked before any RDF parser reads them.

XML graph files (RDF/XML, TriX) may declare entities in their DOCTYPE, and
entities that refer to each other expand without bound: a 1 KB "billion
laughs" file becomes gigabytes in the parser. Our files never declare an
entity, so a file that does is refused, as is an XML file over the size limit.
The check reads only the XML prolog (up to the first element), so it is fast
whatever the file holds after it.

>>> import tempfile
>>> from pathlib import Path
>>> with tempfile.TemporaryDirectory() as folder:
...     laughs = Path(folder, "laughs.rdf")
...     _ = laughs.write_text('<!DOCTYPE r [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><r>&b;</r>')
...     check_rdf_file(laughs)  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
kg.errors.InputError: ... declares the XML entity 'a'; graph files that declare entities are refused (they can expand without bound): remove the entity declarations from its DOCTYPE
"""

from __future__ import annotations

from pathlib import Path
from xml.parsers import expat

from kg.errors import InputError

__all__ = ["MAX_XML_BYTES", "XML_SUFFIXES", "check_rdf_file"]

#: Extensions of the XML graph formats: RDF/XML and TriX.
XML_SUFFIXES = frozenset({".rdf", ".owl", ".xml", ".trix"})
#: The largest XML graph file read (RDF/XML parsers hold the whole graph in memory).
MAX_XML_BYTES = 512 * 2**20


class _PrologRead(Exception):
    """The first element is reached: no entity can be declared after it."""


def check_rdf_file(path: str | Path, *, max_xml_bytes: int = MAX_XML_BYTES) -> None:
    """Refuse an XML graph file that declares entities or is larger than ``max_xml_bytes``.

    Files in other formats pass unchecked (their parsers expand nothing).
    """
    path = Path(path)
    if path.suffix.lower() not in XML_SUFFIXES:
        return
    size = path.stat().st_size
    if size > max_xml_bytes:
        raise InputError(
            f"{str(path)!r} is {size:,} bytes, over the limit of {max_xml_bytes:,} bytes for XML graph "
            "files; convert it to N-Triples or N-Quads, which are read as they stream"
        )
    parser = expat.ParserCreate()

    def declared(name: str, *_: object) -> None:
        raise InputError(
            f"{str(path)!r} declares the XML entity {name!r}; graph files that declare entities are "
            "refused (they can expand without bound): remove the entity declarations from its DOCTYPE"
        )

    def element(*_: object) -> None:
        raise _PrologRead

    parser.EntityDeclHandler = declared
    parser.StartElementHandler = element
    with path.open("rb") as stream:
        try:
            while chunk := stream.read(2**16):
                parser.Parse(chunk, False)
            parser.Parse(b"", True)
        except _PrologRead:
            return
        except expat.ExpatError:
            return  # not well-formed XML: the RDF parser reports it, having expanded nothing
