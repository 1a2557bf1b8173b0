"""Hostile inputs to ``kg build``: each bad input is named on stderr, the rest is built, the exit says so.

Also the reader's limits (pipes, links to folders, unreadable folders, lines
too long to hold in memory) and a 1.5 MB document whose every sentence is read.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tracemalloc
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyoxigraph
import pytest
from rdflib import RDF

from kg.namespace import KG
from kg.read import Document, Problem, read_inputs


def _permissions_apply() -> bool:
    """Whether a file without read permission is unreadable here (not so for root, as in CI)."""
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        probe = Path(folder) / "probe"
        probe.write_bytes(b"x")
        probe.chmod(0)
        try:
            probe.read_bytes()
        except PermissionError:
            return True
        return False


needs_permissions = pytest.mark.skipif(
    not _permissions_apply(),
    reason="this user reads files whatever their permissions (root)",
)


def kg(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kg.cli", *args],
        capture_output=True,
        text=True,
        timeout=300,
    )


def documents_in(turtle: Path) -> set[str]:
    ids = set()
    for quad in pyoxigraph.parse(turtle.read_bytes(), pyoxigraph.RdfFormat.TURTLE):
        if quad.predicate.value == str(KG.documentId):
            ids.add(quad.object.value)
    return ids


def _read(*paths: Path, max_bytes: int = 1000) -> tuple[list[Document], list[Problem]]:
    items = list(read_inputs(paths, max_bytes=max_bytes))
    return [i for i in items if isinstance(i, Document)], [
        i for i in items if isinstance(i, Problem)
    ]


# ------------------------------------------------------------------ the kg command


@pytest.mark.model
def test_build_names_each_bad_input_builds_the_rest_and_exits_1(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "good.txt").write_text(
        "Chile and Peru signed a water treaty.", encoding="utf-8"
    )
    (folder / "scan.pdf").write_bytes(b"%PDF-1.7\n")
    (folder / "photo.txt").write_bytes(b"\xff\xd8\xff\xe0 JFIF")
    (folder / "tool.txt").write_bytes(b"\x7fELF\x02\x01\x01")
    (folder / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    (folder / "loop.txt").symlink_to(folder / "loop.txt")
    (folder / "elsewhere").symlink_to(folder / "sub", target_is_directory=True)
    os.mkfifo(folder / "pipe.txt")  # reading it would wait for ever
    lines = [
        json.dumps({"id": "j1", "text": "Peru met Chile."}),
        "{broken",
        json.dumps({"id": "j3", "text": "Japan met India."}),
    ]
    (folder / "sub" / "news.jsonl").write_text(
        "\n".join(lines) + "\n", encoding="utf-8"
    )
    out = tmp_path / "out"
    result = kg("build", str(folder), "--out", str(out), "--no-html", "--quiet")
    assert result.returncode == 1
    err = result.stderr
    assert (
        f"skipped 1 files in folders that are not articles ({folder / 'scan.pdf'})"
        in err
    )
    assert f"{folder / 'photo.txt'}: skipped: this is a JPEG image, not text" in err
    assert f"{folder / 'tool.txt'}: skipped: this is an executable, not text" in err
    assert f"{folder / 'gone.txt'}: dangling symbolic link" in err
    assert f"{folder / 'loop.txt'}: dangling symbolic link" in err
    assert f"{folder / 'elsewhere'}: skipped: a link to a folder (not followed" in err
    assert f"{folder / 'pipe.txt'}: skipped: not a regular file" in err
    assert f"{folder / 'sub' / 'news.jsonl'}:2: not valid JSON" in err
    assert "3 of 3 documents built" in err
    assert "Traceback" not in err
    assert documents_in(out / "graph.ttl") == {"good", "j1", "j3"}


@pytest.mark.model
def test_build_refuses_a_second_document_with_the_same_id(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    first = tmp_path / "a" / "story.txt"
    first.write_text("Chile and Peru signed a water treaty.", encoding="utf-8")
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        json.dumps({"id": "story", "text": "Japan met India."}) + "\n", encoding="utf-8"
    )
    out = tmp_path / "out"
    result = kg("build", str(first), str(feed), "--out", str(out), "--no-html")
    assert result.returncode == 1
    assert (
        f"{feed}:1: duplicate id 'story' (first read from {first}); refused"
        in result.stderr
    )
    assert "1 of 1 documents built" in result.stderr
    turtle = (out / "graph.ttl").read_text(encoding="utf-8")
    assert "water treaty" in turtle and "Japan" not in turtle


@pytest.mark.model
def test_build_names_binary_files_given_by_name_and_writes_nothing(
    tmp_path: Path,
) -> None:
    files = {
        "report.pdf": b"%PDF-1.4\n",
        "chart.png": b"\x89PNG\r\n\x1a\n",
        "data.bin": b"\x00\x01\x02\x03",
        "pack.zip": b"PK\x03\x04",
        "logo.gif": b"GIF89a",
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    result = kg(
        "build", *(str(tmp_path / n) for n in files), "--out", str(tmp_path / "out")
    )
    assert result.returncode == 1
    for name, kind in [
        ("report.pdf", "a PDF document"),
        ("chart.png", "a PNG image"),
        ("pack.zip", "a ZIP archive"),
        ("logo.gif", "a GIF image"),
    ]:
        assert f"{tmp_path / name}: skipped: this is {kind}" in result.stderr
    assert (
        f"{tmp_path / 'data.bin'}: skipped: binary data (NUL bytes), not text"
        in result.stderr
    )
    assert "no document could be read; nothing written" in result.stderr
    assert not (tmp_path / "out").exists()


@pytest.mark.model
def test_the_size_limit_is_configurable_and_says_how_to_raise_it(
    tmp_path: Path,
) -> None:
    small = tmp_path / "small.txt"
    small.write_text("Peru met Chile.", encoding="utf-8")
    big = tmp_path / "big.txt"
    big.write_text("Chile and Peru signed a water treaty. " * 10, encoding="utf-8")
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        json.dumps({"id": "long", "text": "Japan met India. " * 20})
        + "\n"
        + json.dumps({"id": "short", "text": "Japan met India."})
        + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    result = kg(
        "build",
        str(small),
        str(big),
        str(feed),
        "--max-bytes",
        "100",
        "--out",
        str(out),
        "--no-html",
    )
    assert result.returncode == 1
    assert (
        f"{big}: 380 bytes is over the size limit of 100 bytes (raise it with --max-bytes)"
        in result.stderr
    )
    assert (
        f"{feed}:1: line of 367 bytes is over the size limit of 100 bytes (raise it with --max-bytes)"
        in result.stderr
    )
    assert documents_in(out / "graph.ttl") == {"small", "short"}
    raised = kg(
        "build", str(big), "--max-bytes", "1000", "--out", str(out), "--no-html"
    )
    assert raised.returncode == 0, raised.stderr
    zero = kg("build", str(small), "--max-bytes", "0", "--out", str(out))
    assert zero.returncode == 2
    assert (
        "kg build: error: the size limit (--max-bytes) must be a positive number of bytes, not 0"
        in zero.stderr
    )


@needs_permissions
@pytest.mark.model
def test_build_names_unreadable_files_and_folders(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    (folder / "locked").mkdir(parents=True)
    (folder / "locked" / "hidden.txt").write_text("Peru met Chile.", encoding="utf-8")
    (folder / "good.txt").write_text(
        "Chile and Peru signed a water treaty.", encoding="utf-8"
    )
    secret = folder / "secret.txt"
    secret.write_text("Japan met India.", encoding="utf-8")
    secret.chmod(0)
    (folder / "locked").chmod(0)
    try:
        result = kg("build", str(folder), "--out", str(tmp_path / "out"), "--no-html")
    finally:
        (folder / "locked").chmod(0o755)
        secret.chmod(0o644)
    assert result.returncode == 1
    assert f"{secret}: cannot read: Permission denied" in result.stderr
    assert (
        f"{folder / 'locked'}: cannot read folder: Permission denied" in result.stderr
    )
    assert "1 of 1 documents built" in result.stderr


# ------------------------------------------------------------------ the reader


def test_a_pipe_given_by_name_is_refused_without_reading_it(tmp_path: Path) -> None:
    pipe = tmp_path / "feed.jsonl"
    os.mkfifo(pipe)
    docs, problems = _read(pipe)
    assert docs == [] and [p.message for p in problems] == [
        "skipped: not a regular file (a pipe, socket or device); save it to a file first"
    ]


def test_a_line_too_long_to_hold_is_skipped_and_the_next_line_read(
    tmp_path: Path,
) -> None:
    feed = tmp_path / "feed.jsonl"
    with feed.open("wb") as out:
        out.write(b'{"id": "huge", "text": "' + b"x" * 5_000_000 + b'"}\r\n')
        out.write(
            b'{"id": "next", "text": "Peru met Chile."}'
        )  # no line end at the end of the file
    tracemalloc.start()
    try:
        docs, problems = _read(feed, max_bytes=1000)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 1_000_000  # the 5 MB line is never held whole
    assert [d.id for d in docs] == ["next"]
    assert [str(p) for p in problems] == [
        f"{feed}:1: line of 5,000,028 bytes is over the size limit of 1,000 bytes (raise it with --max-bytes); line skipped"
    ]


def test_a_line_exactly_at_the_limit_is_read(tmp_path: Path) -> None:
    record = json.dumps({"id": "edge", "text": "Peru met Chile."}).encode()
    feed = tmp_path / "feed.jsonl"
    feed.write_bytes(record + b"\r\n")
    docs, _ = _read(feed, max_bytes=len(record))
    assert [d.id for d in docs] == ["edge"]
    _, problems = _read(feed, max_bytes=len(record) - 1)
    assert "over the size limit" in problems[0].message


@needs_permissions
def test_an_unreadable_folder_given_by_name_is_reported(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0)
    try:
        docs, problems = _read(locked)
    finally:
        locked.chmod(0o755)
    assert docs == [] and [str(p) for p in problems] == [
        f"{locked}: cannot read folder: Permission denied"
    ]


@pytest.mark.parametrize("limit", [0, -5, True])
def test_a_size_limit_below_one_byte_is_refused(limit: int) -> None:
    from kg.errors import InputError

    with pytest.raises(InputError, match="must be a positive number of bytes"):
        list(read_inputs([], max_bytes=limit))


# ------------------------------------------------------------------ long documents

SENTENCES = (  # facts, and sentences without any between them
    "Chile and Peru signed a water treaty in Lima.",
    "Markets were calm all week.",
    "President Ana Ruiz met Prime Minister Ivo Petrov in Quito.",
    "The weather stayed mild.",
    "The United States imposed tariffs on steel from Canada.",
    "Analysts expect little change this year.",
    "Japan and India signed a trade pact in Tokyo on Monday.",
    "Officials gave no further details.",
)


def _long_text(size: int) -> tuple[str, list[tuple[int, str]]]:
    """Sentences laid out in paragraphs, in lines, and in one paragraph longer than a chunk."""
    from kg.stage import CHUNK_CHARS

    parts: list[str] = []
    starts: list[tuple[int, str]] = []
    length = n = 0

    def add(sentence: str, after: str) -> None:
        nonlocal length
        starts.append((length, sentence))
        parts.append(sentence + after)
        length += len(sentence) + len(after)

    while length < size:
        section = (length // CHUNK_CHARS) % 3
        block_end = length + int(CHUNK_CHARS * 1.3)
        while length < min(block_end, size):
            sentence = SENTENCES[n % len(SENTENCES)]
            n += 1
            if section == 0:  # paragraphs of 7 sentences
                add(sentence, "\n\n" if n % 7 == 0 else " ")
            elif section == 1:  # one sentence a line
                add(sentence, "\n")
            else:  # one long paragraph: only sentence ends to cut at
                add(sentence, " ")
        parts.append("\n\n")
        length += 2
    return "".join(parts), starts


@pytest.mark.model
@pytest.mark.slow
def test_a_document_of_1_5_mb_is_read_to_its_last_sentence(nlp: object) -> None:
    from kg.build import GraphBuilder

    expected = {}
    for sentence in SENTENCES:
        graph = GraphBuilder(nlp=nlp).add(sentence, doc_id="one")  # type: ignore[arg-type]
        expected[sentence] = Counter(
            str(graph.value(e, RDF.type)) for e in graph.subjects(KG.evidence, None)
        )
    assert sum(1 for kinds in expected.values() if kinds) == 4
    text, starts = _long_text(1_500_000)
    assert len(text.encode("utf-8")) > 1_500_000 > nlp.max_length  # type: ignore[attr-defined]
    graph = GraphBuilder(nlp=nlp).add(text, doc_id="long")  # type: ignore[arg-type]
    found: dict[int, Counter[str]] = {}
    for event in graph.subjects(KG.evidence, None):
        found.setdefault(int(graph.value(event, KG.startOffset)), Counter())[
            str(graph.value(event, RDF.type))
        ] += 1
    missing = [
        (start, sentence)
        for start, sentence in starts
        if found.get(start, Counter()) != expected[sentence]
    ]
    assert missing == []
    assert set(found) == {start for start, sentence in starts if expected[sentence]}


@pytest.mark.model
def test_build_reads_each_input_once_and_still_counts_the_documents(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import kg.read
    from kg.cli import main

    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        '{"id": "a", "text": "Chile and Peru signed a water treaty in Lima."}\n'
        "not json\n"
        '{"id": "b", "text": "Norway met Iceland in Oslo."}\n',
        encoding="utf-8",
    )
    real_read_inputs = kg.read.read_inputs
    read: list[str] = []

    def recorded(*args: Any, **kwargs: Any) -> Iterator[Document | Problem]:
        for item in real_read_inputs(*args, **kwargs):
            read.append(item.id if isinstance(item, Document) else item.where)
            yield item

    monkeypatch.setattr(kg.read, "read_inputs", recorded)
    assert main(["build", str(feed), "--out", str(tmp_path / "out"), "-q"]) == 1
    assert read == ["a", f"{feed}:2", "b"]  # each record and each problem once
    err = capsys.readouterr().err
    assert f"kg build: {feed}:2: not valid JSON" in err
    assert "2 of 2 documents built" in err
    assert "0 documents failed and 1 inputs were not read" in err
