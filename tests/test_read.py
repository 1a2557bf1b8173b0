"""Reading inputs: every bad input is a clear problem, and never loses the good ones."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.read import (
    Document,
    Problem,
    document_from_record,
    input_size,
    parse_published,
    read_inputs,
)


def _read(*paths: Path, **kwargs: int) -> tuple[list[Document], list[Problem]]:
    items = list(read_inputs(paths, **kwargs))
    return [i for i in items if isinstance(i, Document)], [
        i for i in items if isinstance(i, Problem)
    ]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"   \n\t\n", "empty"),
        (b"%PDF-1.7\n...", "PDF"),
        (b"\x89PNG\r\n\x1a\n....", "PNG image"),
        (b"abc\x00def\x00", "binary data"),
        (
            "Caf\u00e9 talks".encode("latin-1"),
            "not UTF-8 (invalid byte 0xe9 at offset 3)",
        ),
    ],
)
def test_a_bad_text_file_is_a_problem_with_a_clear_message(
    tmp_path: Path, content: bytes, message: str
) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    good = tmp_path / "good.txt"
    good.write_text("Chile and Peru signed a water treaty.", encoding="utf-8")
    docs, problems = _read(bad, good)
    assert [d.id for d in docs] == ["good"]
    assert len(problems) == 1 and problems[0].where == str(bad)
    assert message in problems[0].message


def test_a_utf8_bom_is_not_part_of_the_text(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffOslo hosted the talks.".encode())
    (doc,), _ = _read(path)
    assert doc.text == "Oslo hosted the talks."


def test_jsonl_reports_the_broken_line_and_reads_the_rest(tmp_path: Path) -> None:
    path = tmp_path / "news.jsonl"
    lines = [
        json.dumps(
            {
                "id": "a",
                "text": "First story.",
                "published": "2024-05-01",
                "source": "s",
                "title": "T",
            }
        ),
        '{"id": "b", "text": "unterminated',
        "",
        json.dumps({"id": "c"}),
        json.dumps({"id": "a", "text": "Same id again."}),
        json.dumps({"id": 4, "text": "Fourth story."}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    docs, problems = _read(path)
    assert [(d.id, d.published) for d in docs] == [("a", date(2024, 5, 1)), ("4", None)]
    assert docs[0].source == "s" and docs[0].title == "T"
    by_line = {p.where.rsplit(":", 1)[1]: p.message for p in problems}
    assert set(by_line) == {"2", "4", "5"}
    assert "not valid JSON" in by_line["2"]
    assert "lacks 'text'" in by_line["4"]
    assert "duplicate id 'a'" in by_line["5"]


def test_folders_are_read_recursively_and_skip_what_is_not_text(tmp_path: Path) -> None:
    (tmp_path / "2024").mkdir()
    (tmp_path / "2024" / "one.txt").write_text("One.", encoding="utf-8")
    (tmp_path / "two.txt").write_text("Two.", encoding="utf-8")
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / ".hidden.txt").write_text("Hidden.", encoding="utf-8")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "missing.txt")
    docs, problems = _read(tmp_path)
    assert sorted(d.id for d in docs) == ["2024/one", "two"]
    messages = {Path(p.where).name: p.message for p in problems}
    assert "not an article" in messages["scan.pdf"]
    assert [p.ignored for p in problems if Path(p.where).name == "scan.pdf"] == [
        True
    ]  # counted, not a failure
    assert messages["gone.txt"] == "dangling symbolic link"


def test_missing_and_oversized_files_are_problems(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("word " * 100, encoding="utf-8")
    _, problems = _read(tmp_path / "nope.txt", big, max_bytes=100)
    assert next(p.message for p in problems) == "no such file or folder"
    assert "over the size limit of 100 bytes" in problems[1].message


@pytest.mark.parametrize(
    ("record", "message"),
    [
        ([1, 2], "must be an object"),
        ({"id": "x", "text": ""}, "lacks 'text'"),
        ({"id": True, "text": "t"}, "'id' must be a string or an integer"),
        ({"id": "x", "text": 5}, "'text' must be a string"),
        (
            {"id": "x", "text": "t", "published": "last week"},
            "is not a date like 2025-10-31",
        ),
    ],
)
def test_bad_records_are_refused_with_the_reason(record: object, message: str) -> None:
    with pytest.raises(InputError, match=message.replace("(", r"\(")):
        document_from_record(record)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-10-31", date(2025, 10, 31)),
        ("2025-10-31T23:59:00+05:30", date(2025, 10, 31)),
        (date(2020, 1, 2), date(2020, 1, 2)),
    ],
)
def test_publication_dates(value: object, expected: date) -> None:
    assert parse_published(value) == expected


def test_content_hash_changes_with_the_text_only() -> None:
    a = Document(id="x", text="One.", origin="a.txt")
    assert a.content_hash == Document(id="x", text="One.", origin="b.txt").content_hash
    assert a.content_hash != Document(id="x", text="Two.").content_hash


@pytest.mark.parametrize(
    ("value", "kept"),
    [(0, "0"), (False, "false"), ("0", "0"), (3.5, "3.5"), ("", None), (None, None)],
)
def test_a_title_or_source_of_zero_or_false_is_kept_as_json_wrote_it(
    value: object, kept: str | None
) -> None:
    document = document_from_record(
        {"id": "a", "text": "Chile met Peru.", "title": value, "source": value}
    )
    assert (document.title, document.source) == (kept, kept)


def test_the_bytes_read_add_up_to_the_input_size_found_without_reading(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "news"
    (folder / "deep").mkdir(parents=True)
    (folder / "a.txt").write_text("Chile and Peru signed a treaty.")
    (folder / "deep" / "feed.jsonl").write_text(
        '{"id": "f1", "text": "Peru met Chile."}\n\nnot json\n{"id": "f2", "text": "x"}\n'
    )
    (folder / "records.json").write_text('[{"id": "r1", "text": "One."}]')
    (folder / "README.md").write_text("not an article, never read")
    (folder / ".hidden.txt").write_text("hidden, never read")
    alone = tmp_path / "alone.txt"
    alone.write_text("India met Japan.")
    article_bytes = sum(
        path.stat().st_size
        for path in (
            folder / "a.txt",
            folder / "deep" / "feed.jsonl",
            folder / "records.json",
            alone,
        )
    )
    read: list[int] = []
    items = list(read_inputs([folder, alone], on_read=read.append))
    assert {item.id for item in items if isinstance(item, Document)} == {
        "a",
        "f1",
        "f2",
        "r1",
        "alone",
    }
    assert sum(read) == input_size([folder, alone]) == article_bytes
    assert len(read) == 7  # two text files, the JSON file, and each of the four lines


def test_an_input_that_is_missing_counts_nothing() -> None:
    assert input_size([Path("/no/such/input.jsonl")]) == 0
