"""The package's modules import one another one way: no module imports, however indirectly, one that imports it.

Every import is counted: at module level, inside functions, and under ``TYPE_CHECKING``.
"""

from __future__ import annotations

import ast
from pathlib import Path

import kg

PACKAGE = Path(kg.__file__).parent


def module_name(path: Path) -> str:
    """``kg/extract/rules.py`` is ``kg.extract.rules``; ``kg/extract/__init__.py`` is ``kg.extract``."""
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def package_modules() -> dict[str, Path]:
    return {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def imported(path: Path, name: str, modules: set[str]) -> set[str]:
    """The package's modules that the module ``name`` at ``path`` imports anywhere in its code.

    ``from kg import build`` imports the module ``kg.build``; ``from kg.build import GraphBuilder``
    imports ``kg.build``; a relative import is resolved against the module's package. A name that
    is not a module of ours stands for the closest enclosing module that is.
    """
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                anchor = parts[: len(parts) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            for alias in node.names:
                submodule = f"{base}.{alias.name}"
                found.add(submodule if submodule in modules else base)
    targets = set()
    for target in found:
        while target and target not in modules:
            target = target.rpartition(".")[0]
        if target and target != name:
            targets.add(target)
    return targets


def import_graph() -> dict[str, set[str]]:
    modules = package_modules()
    return {name: imported(path, name, set(modules)) for name, path in modules.items()}


def circles(graph: dict[str, set[str]]) -> list[set[str]]:
    """The groups of modules that import one another (strongly connected, Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    groups: list[set[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for other in sorted(graph[node]):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            group = set()
            while True:
                member = stack.pop()
                group.add(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(group)

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return groups


def cycle_in(graph: dict[str, set[str]], group: set[str]) -> list[str]:
    """A shortest path from the group's first module back to itself, within the group."""
    start = min(group)
    paths = {start: [start]}
    frontier = [start]
    while frontier:
        reached = []
        for node in frontier:
            for other in sorted(graph[node] & group):
                if other == start:
                    return [*paths[node], start]
                if other not in paths:
                    paths[other] = [*paths[node], other]
                    reached.append(other)
        frontier = reached
    raise AssertionError(
        f"no cycle through {start}"
    )  # a strongly connected group has one


def test_no_module_of_the_package_imports_itself_round_a_circle() -> None:
    graph = import_graph()
    found = [
        f"{', '.join(sorted(group))} (for one: {' -> '.join(cycle_in(graph, group))})"
        for group in circles(graph)
    ]
    assert not found, "modules that import one another: " + "; ".join(found)


def test_every_kind_of_import_is_seen(tmp_path: Path) -> None:
    """The walk sees imports in functions and under TYPE_CHECKING, ``from kg import x``, and relative ones."""
    source = tmp_path / "kg"
    (source / "sub").mkdir(parents=True)
    (source / "__init__.py").write_text("")
    (source / "a.py").write_text("def f():\n    from kg import b\n")
    (source / "b.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from kg.sub.c import C\n"
    )
    (source / "sub" / "__init__.py").write_text("")
    (source / "sub" / "c.py").write_text("from .. import a\nfrom . import d\n")
    (source / "sub" / "d.py").write_text("import json\n")
    names = {"kg", "kg.a", "kg.b", "kg.sub", "kg.sub.c", "kg.sub.d"}
    paths = {
        "kg.a": source / "a.py",
        "kg.b": source / "b.py",
        "kg.sub.c": source / "sub" / "c.py",
        "kg.sub.d": source / "sub" / "d.py",
    }
    graph = {name: imported(path, name, names) for name, path in paths.items()}
    assert graph == {
        "kg.a": {"kg.b"},
        "kg.b": {"kg.sub.c"},
        "kg.sub.c": {"kg.a", "kg.sub.d"},
        "kg.sub.d": set(),
    }
    graph["kg.sub"] = set()
    assert circles(graph) == [{"kg.a", "kg.b", "kg.sub.c"}]
    assert cycle_in(graph, {"kg.a", "kg.b", "kg.sub.c"}) == [
        "kg.a",
        "kg.b",
        "kg.sub.c",
        "kg.a",
    ]
