"""Where the package finds its data files: the ontology, patterns, lexicons, queries.

The ontology lives at the repository root (``ontology/``) and is copied into the
wheel as ``kg/ontology``; both layouts are found here.

>>> ontology_file("kg.ttl").name
'kg.ttl'
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["data_file", "ontology_file", "query_dir"]

_PACKAGE = Path(__file__).resolve().parent


def ontology_file(name: str) -> Path:
    """Path of a file in the ontology folder (``kg.ttl``, ``shapes.ttl``)."""
    for folder in (_PACKAGE / "ontology", _PACKAGE.parent / "ontology"):
        if (folder / name).is_file():
            return folder / name
    raise FileNotFoundError(f"ontology file {name!r} is not installed with the kg package")


def data_file(name: str) -> Path:
    """Path of a package data file in ``kg/data`` (gazetteers, patterns, lexicons)."""
    return _PACKAGE / "data" / name


def query_dir() -> Path:
    """The folder of saved SPARQL queries (``kg/queries/*.rq``)."""
    return _PACKAGE / "queries"
