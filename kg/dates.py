"""Resolve the date expressions of news sentences against a reference date.

A result is ``(value, datatype)`` with datatype ``date``, ``gYearMonth`` or
``gYear``; an expression that cannot be resolved gives ``None``, never a guess.

>>> from datetime import date
>>> resolve_date("Thursday", date(2025, 10, 31))
('2025-10-30', 'date')
>>> resolve_date("in February", date(2025, 10, 31))
('2025-02', 'gYearMonth')
>>> resolve_date("June 1, 2018", None)
('2018-06-01', 'date')
>>> resolve_date("recent years", date(2025, 10, 31)) is None
True
"""

from __future__ import annotations

import re
from datetime import date, timedelta

__all__ = ["resolve_date"]

_MONTHS = {
    name: number
    for number, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
         ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"),
         ("november", "nov"), ("december", "dec")],
        start=1,
    )
    for name in names
}
_WEEKDAYS = {name: i for i, name in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"


def _day(year: int, month: int, day: int) -> tuple[str, str] | None:
    try:
        return date(year, month, day).isoformat(), "date"
    except ValueError:
        return None


def resolve_date(text: str, reference: date | None) -> tuple[str, str] | None:
    """The calendar date (or month, or year) that ``text`` names, read against ``reference``."""
    t = re.sub(r"\s+", " ", text.strip().lower()).removeprefix("on ").removeprefix("in ").removeprefix("the ")
    t = t.rstrip(".,")
    if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", t):
        return _day(int(m[1]), int(m[2]), int(m[3]))
    if m := re.fullmatch(_MONTH + r" (?P<day>\d{1,2})(?:st|nd|rd|th)?(?:,? (?P<year>\d{4}))?", t) or re.fullmatch(
        r"(?P<day>\d{1,2})(?:st|nd|rd|th)? " + _MONTH + r"(?:,? (?P<year>\d{4}))?", t
    ):
        month, day = _MONTHS[m["month"]], int(m["day"])
        if m["year"]:
            return _day(int(m["year"]), month, day)
        if reference is None:
            return None
        year = reference.year if (month, day) <= (reference.month, reference.day) else reference.year - 1
        return _day(year, month, day)
    if m := re.fullmatch(_MONTH + r"(?:,? (?P<year>\d{4}))?", t):
        month = _MONTHS[m["month"]]
        if m["year"]:
            return f"{int(m['year']):04d}-{month:02d}", "gYearMonth"
        if reference is None:
            return None
        year = reference.year if month <= reference.month else reference.year - 1
        return f"{year:04d}-{month:02d}", "gYearMonth"
    if m := re.fullmatch(r"(?:the year )?(\d{4})", t):
        return m[1], "gYear"
    if reference is None:
        return None
    if t in {"today", "this morning", "this afternoon", "this evening", "tonight"}:
        return reference.isoformat(), "date"
    if t in {"yesterday", "last night"}:
        return (reference - timedelta(days=1)).isoformat(), "date"
    if m := re.fullmatch(r"(?:last |this |on )?(" + "|".join(_WEEKDAYS) + r")(?: night| morning| afternoon| evening)?", t):
        back = (reference.weekday() - _WEEKDAYS[m[1]]) % 7
        return (reference - timedelta(days=back)).isoformat(), "date"
    if t in {"this year", "earlier this year"}:
        return str(reference.year), "gYear"
    if t == "last year":
        return str(reference.year - 1), "gYear"
    if t in {"this month", "earlier this month"}:
        return f"{reference.year:04d}-{reference.month:02d}", "gYearMonth"
    return None
