"""docs/robustness.md stays true: every test its tables name exists, and every row names one."""

from __future__ import annotations

import ast
import re
from functools import cache
from pathlib import Path

from conftest import REPO

DOC = REPO / "docs" / "robustness.md"
REFERENCE = re.compile(r"`(tests/[\w/]+\.py)::(\w+(?:::\w+)?)`")


@cache
def names_in(path: Path) -> frozenset[str]:
    """``test_x`` and ``TestY::test_x`` node ids of a test file, read with ast (nothing is imported)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names = set()
    for node in tree.body:
        if isinstance(
            node, (ast.FunctionDef, ast.AsyncFunctionDef)
        ) and node.name.startswith("test"):
            names.add(node.name)
        elif isinstance(node, ast.ClassDef) and node.name.startswith("Test"):
            names.update(
                f"{node.name}::{item.name}"
                for item in node.body
                if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef))
                and item.name.startswith("test")
            )
    return frozenset(names)


def table_rows() -> list[str]:
    rows = [
        line
        for line in DOC.read_text(encoding="utf-8").splitlines()
        if line.startswith("| ")
    ]
    return [
        row
        for row in rows
        if not row.startswith(("| bad input |", "| fault |", "| --- |"))
    ]


def test_every_test_the_tables_name_exists() -> None:
    references = REFERENCE.findall(DOC.read_text(encoding="utf-8"))
    assert len(references) > 40
    missing = [
        f"{path}::{name}"
        for path, name in references
        if not (REPO / path).is_file() or name not in names_in(REPO / path)
    ]
    assert missing == []


def test_every_row_names_how_it_is_tested() -> None:
    rows = table_rows()
    assert len(rows) > 25
    untested = [
        row[:80]
        for row in rows
        if not REFERENCE.search(row) and "benchmarks/" not in row
    ]
    assert untested == []


def test_a_missing_test_would_be_caught(tmp_path: Path) -> None:
    sample = tmp_path / "test_sample.py"
    sample.write_text(
        "def test_here():\n    pass\n\nclass TestGroup:\n    def test_inside(self):\n        pass\n\n"
        "def helper():\n    pass\n",
        encoding="utf-8",
    )
    assert names_in(sample) == {"test_here", "TestGroup::test_inside"}
