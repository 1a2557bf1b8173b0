"""The exception tree drawn in ``kg/errors.py``'s docstring is the one the package defines."""

from __future__ import annotations

import builtins
import importlib
import pkgutil
import re

import kg
from kg import errors
from kg.errors import KGError

_BRANCH = re.compile(r"[├└]── (\w+)\s+\(also (\w+)\)")


def _drawn() -> dict[str, str]:
    """Each error the docstring draws under KGError, with the built-in it names."""
    return dict(_BRANCH.findall(errors.__doc__ or ""))


def _subclasses(cls: type) -> set[type]:
    found: set[type] = set(cls.__subclasses__())
    for sub in list(found):
        found |= _subclasses(sub)
    return found


def test_the_drawing_names_every_error_the_package_defines() -> None:
    for module in pkgutil.walk_packages(kg.__path__, "kg."):
        importlib.import_module(module.name)
    defined = {cls.__name__ for cls in _subclasses(KGError)}
    assert defined  # the walk found the errors at all
    assert set(_drawn()) == defined


def test_each_drawn_error_is_a_kg_error_and_the_built_in_drawn_beside_it() -> None:
    for name, builtin in _drawn().items():
        cls = getattr(errors, name)
        assert cls.__bases__ == (KGError, getattr(builtins, builtin)), name
        assert name in errors.__all__


def test_the_drawing_lists_the_errors_in_the_modules_order() -> None:
    assert list(_drawn()) == [name for name in errors.__all__ if name != "KGError"]
