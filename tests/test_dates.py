"""Date words of news sentences become calendar dates, months or years, or nothing."""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.dates import resolve_date

FRIDAY = date(2025, 10, 31)  # the reference day of most cases below
THURSDAY = date(2025, 10, 30)


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        # weekdays: the latest one on or before the reference day
        ("Thursday", FRIDAY, ("2025-10-30", "date")),
        ("on Thursday", FRIDAY, ("2025-10-30", "date")),
        ("on Friday", FRIDAY, ("2025-10-31", "date")),
        ("Saturday", FRIDAY, ("2025-10-25", "date")),
        ("last Thursday", THURSDAY, ("2025-10-23", "date")),  # not the reference day itself
        ("Monday night", FRIDAY, ("2025-10-27", "date")),
        ("next Tuesday", FRIDAY, ("2025-11-04", "date")),
        ("yesterday", FRIDAY, ("2025-10-30", "date")),
        ("today", FRIDAY, ("2025-10-31", "date")),
        ("three days ago", FRIDAY, ("2025-10-28", "date")),
        # weeks: their month when the whole week is in one, else their year, else nothing
        ("last week", FRIDAY, ("2025-10", "gYearMonth")),  # 20–26 October
        ("last week", date(2025, 10, 3), ("2025-09", "gYearMonth")),  # 22–28 September
        ("earlier this week", date(2025, 10, 2), ("2025", "gYear")),  # 29 September – 5 October
        ("last week", date(2026, 1, 2), ("2025-12", "gYearMonth")),  # 22–28 December
        ("this week", date(2025, 12, 31), None),  # 29 December – 4 January: no one month or year
        ("next week", FRIDAY, ("2025-11", "gYearMonth")),  # 3–9 November
        # months and years
        ("in February", FRIDAY, ("2025-02", "gYearMonth")),
        ("in December", FRIDAY, ("2024-12", "gYearMonth")),  # a past December, unless planned
        ("late October", FRIDAY, ("2025-10", "gYearMonth")),
        ("last month", date(2026, 1, 15), ("2025-12", "gYearMonth")),
        ("earlier this month", FRIDAY, ("2025-10", "gYearMonth")),
        ("earlier this year", FRIDAY, ("2025", "gYear")),
        ("last year", FRIDAY, ("2024", "gYear")),
        ("in 2019", FRIDAY, ("2019", "gYear")),
        ("early 2024", FRIDAY, ("2024", "gYear")),
        # days named without a year take the reference's year
        ("Oct 31", date(2025, 11, 1), ("2025-10-31", "date")),
        ("October 30", date(2025, 11, 3), ("2025-10-30", "date")),
        ("30th October", date(2025, 11, 3), ("2025-10-30", "date")),
        ("Nov 2", date(2025, 11, 1), ("2025-11-02", "date")),  # a dateline a day ahead of publication
        ("Dec 30", date(2026, 1, 2), ("2025-12-30", "date")),  # last year's December, not next
        ("June 1, 2018", FRIDAY, ("2018-06-01", "date")),
        ("2025-10-30", None, ("2025-10-30", "date")),
        # nothing to go on: no date rather than a guess
        ("recent years", FRIDAY, None),
        ("soon", FRIDAY, None),
        ("", FRIDAY, None),
        ("Thursday", None, None),
        ("last week", None, None),
        ("in February", None, None),
        ("February 30", FRIDAY, None),
        ("February 30, 2025", None, None),
    ],
)
def test_a_date_expression_resolves_against_the_reference(
    text: str, reference: date | None, expected: tuple[str, str] | None
) -> None:
    assert resolve_date(text, reference) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thursday", ("2025-11-06", "date")),  # the coming Thursday
        ("on Friday", ("2025-10-31", "date")),  # the reference day itself
        ("last Thursday", ("2025-10-30", "date")),  # said so: the past one
        ("in December", ("2025-12", "gYearMonth")),
        ("in February", ("2026-02", "gYearMonth")),
        ("March 3", ("2026-03-03", "date")),
        ("next year", ("2026", "gYear")),
    ],
)
def test_a_planned_event_reads_undated_days_and_months_forward(text: str, expected: tuple[str, str]) -> None:
    assert resolve_date(text, FRIDAY, future=True) == expected


FORMS = [
    "Thursday", "last Monday", "next Sunday", "yesterday", "last week", "this week", "next week", "last month",
    "in March", "in December", "March 3", "3 March", "Feb 29", "earlier this year", "last year", "two weeks ago",
    "five months ago", "late January", "today",
]  # fmt: skip
LEXICAL = {"date": r"\d{4}-\d{2}-\d{2}", "gYearMonth": r"\d{4}-(0[1-9]|1[0-2])", "gYear": r"\d{4}"}


@given(
    text=st.sampled_from(FORMS),
    reference=st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)),
    future=st.booleans(),
)
def test_every_result_is_a_valid_value_of_its_datatype_near_the_reference(
    text: str, reference: date, future: bool
) -> None:
    resolved = resolve_date(text, reference, future=future)
    if resolved is None:
        return
    value, kind = resolved
    assert re.fullmatch(LEXICAL[kind], value)
    if kind == "date":
        assert abs((date.fromisoformat(value) - reference).days) <= 366
    else:
        assert abs(int(value[:4]) - reference.year) <= 1
