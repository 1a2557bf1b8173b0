"""Where the package finds its data files: the ontology, patterns, lexicons, queries.

The ontology lives at the repository root (``ontology/``) and is copied into the
wheel as ``kg/ontology``; both layouts are found here.

A folder named by the ``KG_DATA_DIR`` environment variable comes first: a file
there replaces the package's file of the same name (``relations.json``,
``lexicon.json``, ``kg.ttl`` …), so trigger words, relation types and their
ontology terms can be changed without editing the installed package. The loaders
keep what they read for the life of the process: set the variable before the
first build.

>>> ontology_file("kg.ttl").name
'kg.ttl'
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

__all__ = ["DATA_DIR_VARIABLE", "data_file", "ontology_file", "query_dir"]

_PACKAGE = Path(__file__).resolve().parent

#: The environment variable naming a folder of replacement data and ontology files.
DATA_DIR_VARIABLE = "KG_DATA_DIR"


def _replacement(name: str) -> Path | None:
    """The user's replacement for the package file ``name``, if ``KG_DATA_DIR`` has one."""
    folder = os.environ.get(DATA_DIR_VARIABLE)
    if not folder:
        return None
    candidate = Path(folder) / name
    return candidate if candidate.is_file() else None


def ontology_file(name: str) -> Path:
    """Path of a file in the ontology folder (``kg.ttl``, ``shapes.ttl``)."""
    replacement = _replacement(name)
    if replacement is not None:
        return replacement
    for folder in (_PACKAGE / "ontology", _PACKAGE.parent / "ontology"):
        if (folder / name).is_file():
            return folder / name
    raise FileNotFoundError(
        f"ontology file {name!r} is not installed with the kg package"
    )


def data_file(name: str) -> Path:
    """Path of a package data file in ``kg/data`` (gazetteers, patterns, lexicons)."""
    if os.environ.get(DATA_DIR_VARIABLE):
        return _replacement(name) or _package_data(name)
    return _package_data(name)


@cache
def _package_data(name: str) -> Path:
    # Extraction asks for its data files for every token it looks at: build each path once.
    return _PACKAGE / "data" / name


def query_dir() -> Path:
    """The folder of saved SPARQL queries (``kg/queries/*.rq``)."""
    return _PACKAGE / "queries"
