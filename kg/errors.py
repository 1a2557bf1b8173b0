"""The errors the package raises: one base class, each subclass also a built-in.

Catch :class:`KGError` for any of them, or the built-in that each also is::

    Exception
    └── KGError
        ├── EngineError         (also RuntimeError)  a parallel or distributed build cannot run
        ├── ExportError         (also ValueError)    an export format unknown or not told
        ├── InputError          (also ValueError)    an input that is not news text
        ├── ModelNotFoundError  (also LookupError)   no spaCy English pipeline
        ├── OptionError         (also ValueError)    an option value a command cannot use
        ├── QueryError          (also ValueError)    a SPARQL query unknown, malformed or failing
        └── StoreError          (also OSError)       a store that cannot be opened, written or reached

>>> from kg.errors import InputError, KGError
>>> issubclass(InputError, KGError) and issubclass(InputError, ValueError)
True
"""

from __future__ import annotations

__all__ = [
    "EngineError",
    "ExportError",
    "InputError",
    "KGError",
    "ModelNotFoundError",
    "OptionError",
    "QueryError",
    "StoreError",
]


class KGError(Exception):
    """Base class of every error this package raises on purpose."""


class EngineError(KGError, RuntimeError):
    """A parallel or distributed build cannot run: a worker died, the cluster is unreachable, dask is missing."""


class ExportError(KGError, ValueError):
    """An export format is unknown or cannot be told from the file name."""


class InputError(KGError, ValueError):
    """An input document or file cannot be read as news text."""


class ModelNotFoundError(KGError, LookupError):
    """No spaCy English pipeline is installed, or the one asked for is missing."""


class OptionError(KGError, ValueError):
    """A command-line option value the command cannot use, or an output path it cannot write to."""


class QueryError(KGError, ValueError):
    """A SPARQL query is unknown, malformed, or cannot be run on the source."""


class StoreError(KGError, OSError):
    """A graph store cannot be opened, written or reached."""
