"""newskg: a knowledge graph of who signed what, who met whom, and who imposed tariffs on whom.

>>> import kg
>>> graph = kg.build_graph("Japan and Chile signed a trade pact.")  # doctest: +SKIP

The names below load their modules on first use, so ``import kg`` stays fast.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = [
    "Document",
    "GraphBuilder",
    "InputError",
    "KG",
    "KGError",
    "ModelNotFoundError",
    "QueryError",
    "StoreError",
    "__version__",
    "build_graph",
    "read_inputs",
]

_LAZY = {
    "Document": "kg.read",
    "GraphBuilder": "kg.build",
    "InputError": "kg.errors",
    "KG": "kg.namespace",
    "KGError": "kg.errors",
    "ModelNotFoundError": "kg.errors",
    "QueryError": "kg.errors",
    "StoreError": "kg.errors",
    "build_graph": "kg.build",
    "read_inputs": "kg.read",
}

if TYPE_CHECKING:
    from kg.build import GraphBuilder, build_graph
    from kg.errors import InputError, KGError, ModelNotFoundError, QueryError, StoreError
    from kg.namespace import KG
    from kg.read import Document, read_inputs


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'kg' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
