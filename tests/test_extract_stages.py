"""The extraction package is a chain of stages: each module uses only those before it, and no other's private names."""

from __future__ import annotations

import ast
from pathlib import Path

import kg.extract

PACKAGE = Path(kg.extract.__file__).parent

#: The stage modules in the order data flows through them (docs/extraction.md lists them so).
STAGES = (
    "rules",
    "model",
    "syntax",
    "names",
    "mentions",
    "people",
    "organizations",
    "agreements",
    "entities",
    "modality",
    "discourse",
    "lists",
    "arguments",
    "events",
    "triggers",
    "scorer",
    "pipeline",
    "__init__",
)

#: The modules of kg outside the package that extraction may use: stages below it.
LOWER = {"kg.dates", "kg.gazetteer", "kg.resources", "kg.errors", "kg.text"}


def imports(module: str) -> list[tuple[str, list[str]]]:
    """The modules ``module`` imports from, each with the names it takes."""
    tree = ast.parse((PACKAGE / f"{module}.py").read_text(encoding="utf-8"))
    found: list[tuple[str, list[str]]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.append((node.module, [alias.name for alias in node.names]))
        elif isinstance(node, ast.Import):
            found.extend((alias.name, []) for alias in node.names)
    return found


def test_every_module_of_the_package_is_a_listed_stage() -> None:
    assert {path.stem for path in PACKAGE.glob("*.py")} == set(STAGES)


def test_each_stage_imports_only_the_stages_before_it_and_lower_kg_modules() -> None:
    for position, module in enumerate(STAGES):
        earlier = {f"kg.extract.{stage}" for stage in STAGES[:position]}
        for source, _ in imports(module):
            if source.startswith("kg.extract."):
                assert source in earlier, f"{module} imports {source}, a later stage"
            elif source == "kg" or source.startswith("kg."):
                assert source in LOWER, f"{module} imports {source}, above extraction"


def test_no_stage_takes_another_modules_private_names() -> None:
    for module in STAGES:
        for source, names in imports(module):
            private = [n for n in names if n.startswith("_")]
            assert not private, f"{module} imports {private} from {source}"
        text = (PACKAGE / f"{module}.py").read_text(encoding="utf-8")
        tree = ast.parse(text)
        reached = {
            node.attr
            for node in ast.walk(tree)
            if isinstance(node, ast.Attribute)
            and node.attr.startswith("_")
            and not node.attr.startswith("__")
            and not (isinstance(node.value, ast.Name) and node.value.id == "self")
        }
        assert not reached, f"{module} reaches into {sorted(reached)}"


def test_the_names_other_modules_use_are_importable_from_kg_extract() -> None:
    for name in (
        "ENTITY_CLASSES",
        "Entity",
        "Event",
        "Extraction",
        "RelationSpec",
        "extract",
        "relation_specs",
    ):
        assert hasattr(kg.extract, name), name
