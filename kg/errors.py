"""The errors the package raises: one base class, each subclass also a built-in.

>>> from kg.errors import InputError, KGError
>>> issubclass(InputError, KGError) and issubclass(InputError, ValueError)
True
"""

from __future__ import annotations

__all__ = [
    "InputError",
    "KGError",
    "ModelNotFoundError",
    "QueryError",
    "StoreError",
]


class KGError(Exception):
    """Base class of every error this package raises on purpose."""


class InputError(KGError, ValueError):
    """An input document or file cannot be read as news text."""


class ModelNotFoundError(KGError, LookupError):
    """No spaCy English pipeline is installed, or the one asked for is missing."""


class QueryError(KGError, ValueError):
    """A SPARQL query is unknown, malformed, or cannot be run on the source."""


class StoreError(KGError, OSError):
    """A graph store cannot be opened, written or reached."""
