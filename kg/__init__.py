"""newskg: a knowledge graph of who signed what, who met whom, and who imposed tariffs on whom.

>>> import kg
>>> graph = kg.build_graph("Japan and Chile signed a trade pact.")  # doctest: +SKIP

The names below load their modules on first use, so ``import kg`` stays fast.
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = [
    "Document",
    "ExportError",
    "GraphBuilder",
    "InputError",
    "KG",
    "KGError",
    "ModelNotFoundError",
    "QueryError",
    "QueryResult",
    "SavedQuery",
    "StoreError",
    "__version__",
    "build_graph",
    "export",
    "list_queries",
    "load_graph",
    "open_store",
    "query",
    "read_inputs",
    "show",
    "to_networkx",
]

_LAZY = {
    "Document": "kg.read",
    "ExportError": "kg.errors",
    "GraphBuilder": "kg.build",
    "InputError": "kg.errors",
    "KG": "kg.namespace",
    "KGError": "kg.errors",
    "ModelNotFoundError": "kg.errors",
    "QueryError": "kg.errors",
    "QueryResult": "kg.query",
    "SavedQuery": "kg.query",
    "StoreError": "kg.errors",
    "build_graph": "kg.build",
    "export": "kg.export",
    "list_queries": "kg.query",
    "load_graph": "kg.sources",
    "open_store": "kg.store",
    "query": "kg.query",
    "read_inputs": "kg.read",
    "show": "kg.viz",
    "to_networkx": "kg.viz",
}

if TYPE_CHECKING:
    from kg.build import GraphBuilder, build_graph
    from kg.errors import (
        ExportError,
        InputError,
        KGError,
        ModelNotFoundError,
        QueryError,
        StoreError,
    )
    from kg.export import export
    from kg.namespace import KG
    from kg.query import QueryResult, SavedQuery, list_queries, query
    from kg.read import Document, read_inputs
    from kg.sources import load_graph
    from kg.store import open_store
    from kg.viz import show, to_networkx


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'kg' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


class _Package(types.ModuleType):
    """The ``kg`` package, keeping ``kg.query`` and ``kg.export`` the functions.

    Importing a submodule sets it as an attribute of its package, so loading
    ``kg/query.py`` would otherwise replace the function ``kg.query`` with the
    module of the same name (the module stays importable as ``kg.query``).
    """

    def __setattr__(self, name: str, value: Any) -> None:
        if name in ("export", "query") and isinstance(value, types.ModuleType):
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
