"""The public surface: ``kg.__all__`` is sorted and every name in it resolves."""

from __future__ import annotations

import kg


def test_all_is_sorted_and_unique() -> None:
    assert list(kg.__all__) == sorted(set(kg.__all__), key=str)


def test_every_exported_name_resolves_and_names_itself() -> None:
    for name in kg.__all__:
        member = getattr(kg, name)
        if hasattr(member, "__module__") and hasattr(member, "__name__"):
            assert member.__name__ == name
            assert member.__module__.startswith("kg.")


def test_private_names_are_not_exported() -> None:
    assert not [
        name for name in kg.__all__ if name.startswith("_") and name != "__version__"
    ]
