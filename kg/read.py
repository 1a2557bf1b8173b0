"""Stage 1: read news documents from text files, folders and JSON Lines.

Reading never stops at a bad input: each problem is yielded as a
:class:`Problem` beside the documents that could be read.

>>> doc = Document(id="note-1", text="India and Japan signed a pact.")
>>> doc.content_hash[:12]
'1833b6ba4d2d'
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Callable, Iterable, Iterator
from contextlib import suppress
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import NamedTuple

from kg.dates import parse_iso_date
from kg.errors import InputError

__all__ = [
    "DEFAULT_MAX_BYTES",
    "JSONL_SUFFIXES",
    "JSON_SUFFIXES",
    "TEXT_SUFFIXES",
    "Document",
    "Problem",
    "decode_text",
    "document_from_record",
    "input_size",
    "parse_published",
    "read_inputs",
]

DEFAULT_MAX_BYTES = 50_000_000
TEXT_SUFFIXES = frozenset({".txt", ".text"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
#: JSON: an array of records, or JSON Lines saved under this name.
JSON_SUFFIXES = frozenset({".json"})
_ARTICLES = TEXT_SUFFIXES | JSONL_SUFFIXES | JSON_SUFFIXES  # what is read in folders

_PRETTY = (
    "this looks like pretty-printed JSON (a record spread over several lines): JSON Lines needs one "
    "record per line; write one per line, or save a JSON array of records as a .json file"
)
_NOT_REGULAR = (
    "skipped: not a regular file (a pipe, socket or device); save it to a file first"
)

# Leading bytes of common formats that are not text.
_MAGIC = {
    b"%PDF": "a PDF document",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"PK\x03\x04": "a ZIP archive (or an Office document)",
    b"\x7fELF": "an executable",
    b"\x1f\x8b": "a gzip archive",
}


@dataclass(frozen=True)
class Document:
    """One news text and what the input says about it."""

    id: str
    text: str
    source: str | None = None
    published: date | None = None
    title: str | None = None
    origin: str | None = field(default=None, compare=False)
    #: The file it was read from, as an absolute path (``origin`` adds the line or record).
    file: str | None = field(default=None, compare=False)

    @property
    def content_hash(self) -> str:
        """SHA-256 of the text and metadata: equal hashes mean an unchanged document."""
        parts = [
            self.id,
            self.text,
            self.source or "",
            str(self.published or ""),
            self.title or "",
        ]
        return hashlib.sha256(
            "\x00".join(parts).encode("utf-8", "surrogatepass")
        ).hexdigest()


@dataclass(frozen=True)
class Problem:
    """An input, or a part of one, that could not be read; ``where`` names it.

    ``ignored`` marks a file met in a folder that is not an article (a README, an
    image): skipped and counted, not a failure.
    """

    where: str
    message: str
    ignored: bool = False

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


def parse_published(value: object) -> date:
    """Read a publication date given as ``YYYY-MM-DD`` or an ISO 8601 timestamp.

    >>> parse_published("2025-10-31T08:00:00Z")
    datetime.date(2025, 10, 31)
    """
    if isinstance(value, date):
        return value if not isinstance(value, datetime) else value.date()
    if not isinstance(value, str):
        raise InputError(
            f"published must be a date string like 2025-10-31, not {type(value).__name__}"
        )
    parsed = parse_iso_date(value)
    if parsed is None:
        raise InputError(
            f"published {value!r} is not a date like 2025-10-31 (an ISO 8601 date, or a date-time like 2025-10-31T08:00:00Z)"
        )
    return parsed


def read_inputs(
    paths: Iterable[str | os.PathLike[str]],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    on_read: Callable[[int], None] | None = None,
) -> Iterator[Document | Problem]:
    """Yield every document under ``paths`` (files, folders, JSON Lines) and every problem met.

    Document ids are unique: a later document with an id already seen is a problem.
    ``max_bytes`` limits each text file and each JSON Lines record (line).
    ``on_read`` is called with the number of bytes of each file, line or JSON
    file read, out of the :func:`input_size` of ``paths``: a progress measure
    that needs no first pass over the inputs.
    """
    if not isinstance(max_bytes, int) or isinstance(max_bytes, bool) or max_bytes < 1:
        raise InputError(
            f"the size limit (--max-bytes) must be a positive number of bytes, not {max_bytes!r}"
        )
    seen: dict[str, str] = {}
    read = _Reading(max_bytes, on_read or _ignore)
    for raw in paths:
        for item in _read_path(Path(raw), read):
            if isinstance(item, Document):
                first = seen.get(item.id)
                if first is not None:
                    yield Problem(
                        item.origin or item.id,
                        f"duplicate id {item.id!r} (first read from {first}); refused",
                    )
                    continue
                seen[item.id] = item.origin or item.id
            yield item


def input_size(paths: Iterable[str | os.PathLike[str]]) -> int:
    """The bytes :func:`read_inputs` reads under ``paths`` (its ``on_read`` calls add up to this), found without reading.

    >>> input_size([])
    0
    """
    total = 0
    for raw in paths:
        path = Path(raw)
        files = [path]
        if path.is_dir():
            files = [
                file
                for file in _folder_files(path)
                if isinstance(file, Path) and file.suffix.lower() in _ARTICLES
            ]
        for file in files:
            with suppress(OSError):
                if file.is_file():
                    total += file.stat().st_size
    return total


class _Reading(NamedTuple):
    """How to read: the size limit, and whom to tell of each piece read."""

    max_bytes: int
    on_read: Callable[[int], None]


def _ignore(size: int) -> None:
    """Tell nobody."""


def _read_path(path: Path, read: _Reading) -> Iterator[Document | Problem]:
    if path.is_symlink() and not path.exists():
        yield Problem(str(path), "dangling symbolic link")
    elif path.is_dir():
        yield from _read_folder(path, read)
    elif not path.exists():
        yield Problem(str(path), "no such file or folder")
    elif not path.is_file():
        yield Problem(str(path), _NOT_REGULAR)
    elif path.suffix.lower() in JSONL_SUFFIXES:
        yield from _read_jsonl(path, read)
    elif path.suffix.lower() in JSON_SUFFIXES:
        yield from _read_json(path, read)
    else:
        yield _read_text_file(path, path.stem, read)


def _read_folder(folder: Path, read: _Reading) -> Iterator[Document | Problem]:
    for entry in _folder_files(folder):
        if isinstance(entry, Problem):
            yield entry
        else:
            yield from _read_folder_file(folder, entry, read)


def _folder_files(folder: Path) -> Iterator[Path | Problem]:
    """Every file under ``folder`` but hidden ones, in sorted order; links to folders are not followed."""
    unreadable: list[Problem] = []

    def report(exc: OSError) -> None:
        unreadable.append(
            Problem(
                str(exc.filename or folder),
                f"cannot read folder: {exc.strerror or exc}",
            )
        )

    for root, dirs, names in os.walk(folder, onerror=report):
        yield from unreadable
        unreadable.clear()
        here = Path(root)
        for name in sorted(dirs):
            if name.startswith(".") or (here / name).is_symlink():
                dirs.remove(name)
                if not name.startswith("."):
                    yield Problem(
                        str(here / name),
                        "skipped: a link to a folder (not followed; name the folder itself)",
                    )
        dirs.sort()
        for name in sorted(names):
            if not name.startswith("."):
                yield here / name
    yield from unreadable


def _read_folder_file(
    folder: Path, path: Path, read: _Reading
) -> Iterator[Document | Problem]:
    suffix = path.suffix.lower()
    if path.is_symlink() and not path.exists():
        yield Problem(str(path), "dangling symbolic link")
    elif not path.is_file():
        yield Problem(str(path), _NOT_REGULAR)
    elif suffix in JSONL_SUFFIXES:
        yield from _read_jsonl(path, read)
    elif suffix in JSON_SUFFIXES:
        yield from _read_json(path, read)
    elif suffix in TEXT_SUFFIXES:
        doc_id = path.relative_to(folder).with_suffix("").as_posix()
        yield _read_text_file(path, doc_id, read)
    else:
        kinds = ", ".join(sorted(_ARTICLES))
        yield Problem(
            str(path),
            f"skipped: not an article (reads {kinds} in folders)",
            ignored=True,
        )


def _read_text_file(path: Path, doc_id: str, read: _Reading) -> Document | Problem:
    try:
        size = path.stat().st_size
        read.on_read(size)
        if size > read.max_bytes:
            return Problem(
                str(path),
                f"{size:,} bytes is over the size limit of {read.max_bytes:,} bytes (raise it with --max-bytes)",
            )
        data = path.read_bytes()
    except OSError as exc:
        return Problem(str(path), f"cannot read: {exc.strerror or exc}")
    try:
        text = decode_text(data)
        _check_id(doc_id, "the file name")
    except InputError as exc:
        return Problem(str(path), str(exc))
    return Document(id=doc_id, text=text, origin=str(path), file=str(path.absolute()))


def decode_text(data: bytes) -> str:
    """Decode the bytes of a text file, refusing binaries, non-UTF-8 and empty text."""
    for magic, kind in _MAGIC.items():
        if data.startswith(magic):
            raise InputError(f"skipped: this is {kind}, not text")
    if b"\x00" in data[:8192]:
        raise InputError("skipped: binary data (NUL bytes), not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"not UTF-8 (invalid byte 0x{data[exc.start]:02x} at offset {exc.start}); convert it to UTF-8 first"
        ) from None
    if not text.strip():
        raise InputError("empty: no text to read")
    return text


def _read_jsonl(path: Path, read: _Reading) -> Iterator[Document | Problem]:
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield Problem(str(path), f"cannot read: {exc.strerror or exc}")
        return
    number = 0
    with handle:
        while True:
            try:
                raw = handle.readline(
                    read.max_bytes + 2
                )  # never more than a record and its line end in memory
                size = len(raw)
                while (
                    raw and not raw.endswith(b"\n") and size > read.max_bytes
                ):  # an over-long line: skip the rest of it
                    more = handle.readline(1 << 16)
                    size += len(more)
                    if not more or more.endswith(b"\n"):
                        break
            except OSError as exc:
                yield Problem(
                    f"{path}:{number + 1}", f"cannot read: {exc.strerror or exc}"
                )
                return
            if not raw:
                return
            read.on_read(size)
            number += 1
            where = f"{path}:{number}"
            if size - (raw.endswith(b"\r\n") + raw.endswith(b"\n")) > read.max_bytes:
                yield Problem(
                    where,
                    f"line of {size:,} bytes is over the size limit of {read.max_bytes:,} bytes "
                    "(raise it with --max-bytes); line skipped",
                )
                continue
            if number == 1 and raw.startswith(
                b"\xef\xbb\xbf"
            ):  # a UTF-8 byte-order mark
                raw = raw[3:]
            if not raw.strip():
                continue
            try:
                record = _parse_json(raw)
            except InputError as exc:
                pretty = raw.strip() == b"{" or raw.lstrip().startswith(
                    b"["
                )  # not one record a line
                if number == 1 and pretty and str(exc).startswith("not valid JSON"):
                    yield Problem(str(path), f"not JSON Lines: {_PRETTY}")
                    return
                yield Problem(where, f"{exc}; line skipped")
                continue
            yield _record(record, where, path)


def _parse_json(raw: bytes) -> object:
    """One JSON value; whatever stops the parser (bad bytes, a 5,000-digit number, deep nesting) is an InputError."""
    try:
        return json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise InputError(f"not UTF-8 (invalid byte at offset {exc.start})") from None
    except json.JSONDecodeError as exc:
        raise InputError(
            f"not valid JSON ({exc.msg} at line {exc.lineno} column {exc.colno})"
            if exc.lineno > 1
            else f"not valid JSON ({exc.msg} at column {exc.colno})"
        ) from None
    except ValueError as exc:  # a number too long to convert
        raise InputError(f"not readable JSON ({str(exc).split(';')[0]})") from None
    except RecursionError:
        raise InputError("not readable JSON (nested too deeply)") from None


def _record(record: object, where: str, path: Path) -> Document | Problem:
    try:
        return replace(
            document_from_record(record, origin=where), file=str(path.absolute())
        )
    except InputError as exc:
        return Problem(where, str(exc))


def _read_json(path: Path, read: _Reading) -> Iterator[Document | Problem]:
    """A ``.json`` file: a JSON array of records (or one record), else JSON Lines saved under that name."""
    try:
        with path.open("rb") as handle:
            head = handle.read(4096).removeprefix(b"\xef\xbb\xbf").lstrip()
    except OSError as exc:
        yield Problem(str(path), f"cannot read: {exc.strerror or exc}")
        return
    if not head.startswith((b"[", b"{")) or (
        head.startswith(b"{") and _one_line_record(path)
    ):
        yield from _read_jsonl(path, read)
        return
    try:
        size = path.stat().st_size
        read.on_read(size)
        if size > read.max_bytes:
            yield Problem(
                str(path),
                f"{size:,} bytes is over the size limit of {read.max_bytes:,} bytes for a JSON file "
                "(raise it with --max-bytes, or write it as JSON Lines, one record a line)",
            )
            return
        value = _parse_json(path.read_bytes().removeprefix(b"\xef\xbb\xbf"))
    except OSError as exc:
        yield Problem(str(path), f"cannot read: {exc.strerror or exc}")
        return
    except InputError as exc:
        yield Problem(str(path), str(exc))
        return
    records = value if isinstance(value, list) else [value]
    for number, record in enumerate(records, start=1):
        yield _record(
            record, f"{path}[{number}]" if isinstance(value, list) else str(path), path
        )


def _one_line_record(path: Path) -> bool:
    """Whether the file's first line is a whole JSON object (so the file is JSON Lines)."""
    with path.open("rb") as handle:
        first = handle.readline(1 << 20).removeprefix(b"\xef\xbb\xbf")
    try:
        return isinstance(_parse_json(first), dict)
    except InputError:
        return False


def document_from_record(record: object, *, origin: str | None = None) -> Document:
    """Make a :class:`Document` from a JSON object with ``id``, ``text`` and optional metadata.

    >>> document_from_record({"id": 7, "text": "Hello.", "published": "2024-02-01"}).published
    datetime.date(2024, 2, 1)
    """
    if not isinstance(record, dict):
        raise InputError("a JSON Lines record must be an object with 'id' and 'text'")
    missing = [key for key in ("id", "text") if record.get(key) in (None, "")]
    if missing:
        raise InputError(
            f"record lacks {' and '.join(repr(m) for m in missing)} (needs 'id' and 'text'; optional 'source', 'published', 'title')"
        )
    doc_id, text = record["id"], record["text"]
    if not isinstance(doc_id, (str, int)) or isinstance(doc_id, bool):
        raise InputError("'id' must be a string or an integer")
    if not isinstance(text, str):
        raise InputError("'text' must be a string")
    if not text.strip():
        raise InputError("empty: 'text' has no text")
    _check_id(str(doc_id), "'id'")
    published = (
        parse_published(record["published"]) if record.get("published") else None
    )
    source = record.get("source")
    title = record.get("title")
    return Document(
        id=str(doc_id),
        text=_SURROGATE.sub("\ufffd", text),
        source=_SURROGATE.sub("\ufffd", _text(source))
        if source not in (None, "")
        else None,
        published=published,
        title=_SURROGATE.sub("\ufffd", _text(title))
        if title not in (None, "")
        else None,
        origin=origin,
    )


def _text(value: object) -> str:
    """A metadata value as text, JSON's spelling kept: a title ``0`` is "0", ``false`` is "false"."""
    return json.dumps(value) if isinstance(value, bool) else str(value)


#: A lone surrogate: half of a character that a scraper cut in two (not UTF-8, not RDF).
_SURROGATE = re.compile("[\ud800-\udfff]")


def _check_id(doc_id: str, what: str) -> None:
    """Refuse an id that no output can hold as it is: a lone surrogate or a NUL."""
    if bad := re.search("[\ud800-\udfff\x00]", doc_id):
        kind = (
            "a NUL"
            if bad.group() == "\x00"
            else "bytes that are not UTF-8"
            if what == "the file name"
            else "a lone surrogate"
        )
        raise InputError(
            f"{what} holds {kind} ({bad.group()!r} at position {bad.start()}); "
            f"give the document an id of valid text"
        )
