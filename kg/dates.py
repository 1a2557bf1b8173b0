"""Resolve the date expressions of news sentences against a reference date.

The reference is the document's dateline date, else its publication date. A
result is ``(value, datatype)`` with datatype ``date``, ``gYearMonth`` or
``gYear``: as precise as the words allow, never more. An expression that
cannot be resolved gives ``None``, never a guess.

>>> from datetime import date
>>> ref = date(2025, 10, 31)  # a Friday
>>> resolve_date("Thursday", ref)
('2025-10-30', 'date')
>>> resolve_date("in February", ref)
('2025-02', 'gYearMonth')
>>> resolve_date("last week", ref)
('2025-10', 'gYearMonth')
>>> resolve_date("earlier this year", ref)
('2025', 'gYear')
>>> resolve_date("June 1, 2018", None)
('2018-06-01', 'date')
>>> resolve_date("recent years", ref) is None
True

A date that would leave the calendar (before year 1 or after 9999) is not
resolved: the text is kept, the date is not written.

>>> resolve_date("3000 years ago", ref), resolve_date("tomorrow", date(9999, 12, 31))
(None, None)

Without a year, a day or month is the latest one not much after the reference
(a dateline may run a few days ahead of the publication date); with
``future=True`` (for planned events) it is the next one:

>>> resolve_date("Oct 31", date(2025, 11, 1)), resolve_date("Dec 30", date(2026, 1, 2))
(('2025-10-31', 'date'), ('2025-12-30', 'date'))
>>> resolve_date("in June", date(2026, 4, 3)), resolve_date("in June", date(2026, 4, 3), future=True)
(('2025-06', 'gYearMonth'), ('2026-06', 'gYearMonth'))
"""

from __future__ import annotations

import re
from datetime import MAXYEAR, MINYEAR, date, datetime, timedelta
from functools import lru_cache

__all__ = ["SLACK_DAYS", "parse_iso_date", "resolve_date"]

#: A day named without a year may lie this many days after the reference and still be in its year.
SLACK_DAYS = 7

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_WEEKDAYS = {
    name: i
    for i, name in enumerate(
        ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    )
}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
            "nine": 9, "ten": 10}  # fmt: skip
_PART_OF = r"(?:(?:early|mid|late|the end of|the start of|the beginning of|the middle of)[- ])?"


def _day(year: int, month: int, day: int) -> tuple[str, str] | None:
    try:
        return date(year, month, day).isoformat(), "date"
    except ValueError:
        return None


def _month(year: int, month: int) -> tuple[str, str] | None:
    return (
        (f"{year:04d}-{month:02d}", "gYearMonth")
        if MINYEAR <= year <= MAXYEAR
        else None
    )


def _year(year: int) -> tuple[str, str] | None:
    return (f"{year:04d}", "gYear") if MINYEAR <= year <= MAXYEAR else None


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _period(first: date, last: date) -> tuple[str, str] | None:
    """The finest calendar unit holding both days: their month, else their year."""
    if (first.year, first.month) == (last.year, last.month):
        return _month(first.year, first.month)
    if first.year == last.year:
        return _year(first.year)
    return None


def _year_of(month: int, day: int, reference: date, future: bool) -> int:
    """The year of a day named without one, read against ``reference``."""
    year = reference.year
    try:
        candidate = date(year, month, day)
    except ValueError:  # 29 February: try the neighbouring leap year the rule points to
        candidate = date(year, month, 28)
    if future:
        return year if candidate >= reference - timedelta(days=SLACK_DAYS) else year + 1
    return year if candidate <= reference + timedelta(days=SLACK_DAYS) else year - 1


def _clean(text: str) -> str:
    t = re.sub(r"\s+", " ", text.strip().lower()).rstrip(".,;")
    for prefix in ("on ", "in ", "during ", "since ", "from ", "by ", "the "):
        t = t.removeprefix(prefix)
    return t


@lru_cache(maxsize=2**12)
def resolve_date(
    text: str, reference: date | None, *, future: bool = False
) -> tuple[str, str] | None:
    """The calendar date (or month, or year) that ``text`` names, read against ``reference`` (answers kept a while).

    ``future`` reads a weekday, day or month named without a year as the next
    one rather than the last one, as for an event a text says is planned.
    """
    try:
        return _resolve(_clean(text), reference, future)
    except (
        OverflowError
    ):  # date arithmetic that leaves the calendar: "yesterday" on 1 January of year 1
        return None


def _resolve(t: str, reference: date | None, future: bool) -> tuple[str, str] | None:
    if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", t):
        return _day(int(m[1]), int(m[2]), int(m[3]))
    if m := re.fullmatch(
        _MONTH + r" (?P<day>\d{1,2})(?:st|nd|rd|th)?(?:,? (?P<year>\d{4}))?", t
    ) or re.fullmatch(
        r"(?P<day>\d{1,2})(?:st|nd|rd|th)?(?: of)? "
        + _MONTH
        + r"(?:,? (?P<year>\d{4}))?",
        t,
    ):
        month, day = _MONTHS[m["month"]], int(m["day"])
        if m["year"]:
            return _day(int(m["year"]), month, day)
        if reference is None:
            return None
        return _day(
            _year_of(month, day, reference, future), month, day
        )  # _day refuses years 0 and 10000
    if m := re.fullmatch(_PART_OF + _MONTH + r"(?:,? (?P<year>\d{4}))?", t):
        month = _MONTHS[m["month"]]
        if m["year"]:
            return _month(int(m["year"]), month)
        if reference is None:
            return None
        return _month(_year_of(month, 1, reference.replace(day=1), future), month)
    if m := re.fullmatch(_PART_OF + r"(?:the year )?(\d{4})", t):
        return _year(int(m[1]))
    if reference is None:
        return None
    return _relative(t, reference, future)


def _relative(t: str, reference: date, future: bool) -> tuple[str, str] | None:
    """Expressions that only make sense against the reference day."""
    if t in {
        "today",
        "this morning",
        "this afternoon",
        "this evening",
        "tonight",
        "earlier today",
    }:
        return reference.isoformat(), "date"
    if t in {
        "yesterday",
        "last night",
        "yesterday morning",
        "yesterday afternoon",
        "yesterday evening",
    }:
        return (reference - timedelta(days=1)).isoformat(), "date"
    if t in {"tomorrow", "tomorrow morning", "tomorrow afternoon", "tomorrow evening"}:
        return (reference + timedelta(days=1)).isoformat(), "date"
    weekday = (
        r"(" + "|".join(_WEEKDAYS) + r")(?:'s)?(?: night| morning| afternoon| evening)?"
    )
    if m := re.fullmatch(r"(this coming |this past |last |this |next |)" + weekday, t):
        which, target = m[1].strip(), _WEEKDAYS[m[2]]
        if which in {"next", "this coming"} or (future and which in {"", "this"}):
            ahead = (target - reference.weekday()) % 7 or (7 if which else 0)
            return (reference + timedelta(days=ahead)).isoformat(), "date"
        back = (reference.weekday() - target) % 7
        if which in {"last", "this past"} and back == 0:
            back = 7
        return (reference - timedelta(days=back)).isoformat(), "date"
    if m := re.fullmatch(
        r"(\d{1,9}|" + "|".join(_NUMBERS) + r") (day|week|month|year)s? ago", t
    ):
        n = int(m[1]) if m[1].isdigit() else _NUMBERS[m[1]]
        if m[2] == "day":
            return (reference - timedelta(days=n)).isoformat(), "date"
        if m[2] == "week":
            start = reference - timedelta(days=7 * n + reference.weekday())
            return _period(start, start + timedelta(days=6))
        if m[2] == "month":
            return _month(*_shift_month(reference.year, reference.month, -n))
        return _year(reference.year - n)
    monday = reference - timedelta(days=reference.weekday())
    weeks = {
        "last week": -1,
        "earlier this week": 0,
        "this week": 0,
        "next week": 1,
        "later this week": 0,
    }
    if t in weeks:
        start = monday + timedelta(days=7 * weeks[t])
        return _period(start, start + timedelta(days=6))
    months = {
        "last month": -1,
        "this month": 0,
        "earlier this month": 0,
        "later this month": 0,
        "next month": 1,
    }
    if t in months:
        return _month(*_shift_month(reference.year, reference.month, months[t]))
    years = {
        "last year": -1,
        "this year": 0,
        "earlier this year": 0,
        "later this year": 0,
        "next year": 1,
    }
    if t in years:
        return _year(reference.year + years[t])
    return None


_ISO = re.compile(
    r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
)


def parse_iso_date(text: str) -> date | None:
    """The day of an ISO 8601 date (``2025-10-31``) or date-time (``2025-10-31T08:00:00Z``); None for anything else.

    >>> parse_iso_date("2025-10-31T08:00:00+05:30"), parse_iso_date("2025-01-01 is a lie"), parse_iso_date("0000-01-01")
    (datetime.date(2025, 10, 31), None, None)
    """
    text = text.strip()
    if not _ISO.fullmatch(text):
        return None
    try:
        return datetime.fromisoformat(text.replace(",", ".")).date()
    except ValueError:  # no such day or time: 2025-02-30, 24:61
        return None
