"""Date words of news sentences become calendar dates, months or years, or nothing."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rdflib import Graph

from kg.dates import parse_iso_date, resolve_date
from kg.errors import InputError
from kg.namespace import KG
from kg.read import parse_published

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
        (
            "last Thursday",
            THURSDAY,
            ("2025-10-23", "date"),
        ),  # not the reference day itself
        ("Monday night", FRIDAY, ("2025-10-27", "date")),
        ("next Tuesday", FRIDAY, ("2025-11-04", "date")),
        ("yesterday", FRIDAY, ("2025-10-30", "date")),
        ("today", FRIDAY, ("2025-10-31", "date")),
        ("three days ago", FRIDAY, ("2025-10-28", "date")),
        # weeks: their month when the whole week is in one, else their year, else nothing
        ("last week", FRIDAY, ("2025-10", "gYearMonth")),  # 20–26 October
        ("last week", date(2025, 10, 3), ("2025-09", "gYearMonth")),  # 22–28 September
        (
            "earlier this week",
            date(2025, 10, 2),
            ("2025", "gYear"),
        ),  # 29 September – 5 October
        ("last week", date(2026, 1, 2), ("2025-12", "gYearMonth")),  # 22–28 December
        (
            "this week",
            date(2025, 12, 31),
            None,
        ),  # 29 December – 4 January: no one month or year
        ("next week", FRIDAY, ("2025-11", "gYearMonth")),  # 3–9 November
        # months and years
        ("in February", FRIDAY, ("2025-02", "gYearMonth")),
        (
            "in December",
            FRIDAY,
            ("2024-12", "gYearMonth"),
        ),  # a past December, unless planned
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
        (
            "Nov 2",
            date(2025, 11, 1),
            ("2025-11-02", "date"),
        ),  # a dateline a day ahead of publication
        (
            "Dec 30",
            date(2026, 1, 2),
            ("2025-12-30", "date"),
        ),  # last year's December, not next
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
def test_a_planned_event_reads_undated_days_and_months_forward(
    text: str, expected: tuple[str, str]
) -> None:
    assert resolve_date(text, FRIDAY, future=True) == expected


FORMS = [
    "Thursday", "last Monday", "next Sunday", "yesterday", "last week", "this week", "next week", "last month",
    "in March", "in December", "March 3", "3 March", "Feb 29", "earlier this year", "last year", "two weeks ago",
    "five months ago", "late January", "today",
]  # fmt: skip
LEXICAL = {
    "date": r"\d{4}-\d{2}-\d{2}",
    "gYearMonth": r"\d{4}-(0[1-9]|1[0-2])",
    "gYear": r"\d{4}",
}


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


FIRST_DAY, LAST_DAY = date(1, 1, 1), date(9999, 12, 31)


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        # relative dates that would leave the calendar: the text stays, no date is resolved
        ("yesterday", FIRST_DAY, None),
        ("last week", FIRST_DAY, None),
        ("last Monday", FIRST_DAY, None),
        ("last month", date(1, 1, 5), None),
        ("in June", date(1, 1, 3), None),  # June of year 0
        ("Dec 30", date(1, 1, 2), None),
        ("tomorrow", LAST_DAY, None),
        ("next week", LAST_DAY, None),
        ("next Tuesday", LAST_DAY, None),
        ("next year", date(9999, 6, 1), None),
        ("Jan 2", LAST_DAY, None),
        ("99999999999 days ago", FRIDAY, None),
        ("999999999 days ago", FRIDAY, None),
        ("5" * 5000 + " days ago", FRIDAY, None),
        # no year 0 and no negative year
        ("2025 years ago", FRIDAY, None),
        ("3000 years ago", FRIDAY, None),
        ("in 0000", FRIDAY, None),
        ("June 0000", FRIDAY, None),
        ("2024 years ago", FRIDAY, ("0001", "gYear")),  # the first year still is one
        ("yesterday", date(1, 1, 2), ("0001-01-01", "date")),
        ("today", LAST_DAY, ("9999-12-31", "date")),
    ],
)
def test_a_date_that_would_leave_the_calendar_is_not_resolved(
    text: str, reference: date, expected: tuple[str, str] | None
) -> None:
    assert resolve_date(text, reference) == expected


@given(
    text=st.one_of(
        st.sampled_from(FORMS),
        st.builds(
            lambda n, unit: f"{n} {unit} ago",
            st.integers(0, 10**12),
            st.sampled_from(["days", "weeks", "months", "years"]),
        ),
    ),
    reference=st.dates(),  # any day of the calendar, year 1 to 9999
    future=st.booleans(),
)
def test_any_reference_day_gives_a_date_in_the_calendar_or_none(
    text: str, reference: date, future: bool
) -> None:
    resolved = resolve_date(text, reference, future=future)
    if resolved is not None:
        value, kind = resolved
        assert re.fullmatch(LEXICAL[kind], value)
        assert 1 <= int(value[:4]) <= 9999


@pytest.mark.parametrize(
    ("published", "day"),
    [
        ("2025-10-31", date(2025, 10, 31)),
        (" 2025-10-31\n", date(2025, 10, 31)),
        ("2025-10-31T08:00:00Z", date(2025, 10, 31)),
        ("2025-10-31T08:00", date(2025, 10, 31)),
        (
            "2025-10-31T23:30:00.123456-05:00",
            date(2025, 10, 31),
        ),  # the day as written, not moved to UTC
        ("2025-10-31 08:00:00+0530", date(2025, 10, 31)),
        ("0001-01-01", date(1, 1, 1)),
        ("9999-12-31", date(9999, 12, 31)),
        ("2025-01-01 is a lie", None),
        ("2025-10-31T08:00:00Z and more", None),
        ("2025-10-31garbage", None),
        ("2025-02-30", None),
        ("0000-01-01", None),
        ("2025-10-31T25:00", None),
        ("20251031", None),
        ("31/10/2025", None),
        ("last week", None),
        ("", None),
    ],
)
def test_published_is_an_iso_8601_date_or_date_time_and_nothing_else(
    published: str, day: date | None
) -> None:
    assert parse_iso_date(published) == day
    if day is None:
        with pytest.raises(InputError, match="is not a date like 2025-10-31"):
            parse_published(published)
    else:
        assert parse_published(published) == day


@pytest.mark.model
@pytest.mark.parametrize(
    ("published", "when"),
    [
        ("0001-01-01", "yesterday"),
        ("9999-12-31", "next week"),
        ("9999-12-31", "tomorrow"),
        ("2025-10-31", "3000 years ago"),
    ],
)
def test_a_document_dated_at_the_edge_of_the_calendar_builds_and_keeps_the_date_text(
    build: Callable[..., Graph], published: str, when: str
) -> None:
    graph = build(
        f"Chile and Peru signed a water treaty in Lima {when}.", published=published
    )
    events = set(graph.subjects(KG.dateText, None))
    assert events, graph.serialize(format="nt")
    assert {str(graph.value(event, KG.dateText)) for event in events} == {when}
    assert list(graph.objects(None, KG.date)) == []


@pytest.mark.parametrize(
    ("day", "published", "same"),
    [
        (
            LAST_DAY,
            LAST_DAY,
            True,
        ),  # the last day of the calendar plus the window would be past it
        (date(9999, 12, 25), LAST_DAY, True),
        (FIRST_DAY, FIRST_DAY, True),
        (LAST_DAY, date(9999, 12, 30), False),  # published before the event it reports
    ],
)
def test_reports_dated_at_the_edge_of_the_calendar_can_still_be_merged(
    day: date, published: date, same: bool
) -> None:
    from rdflib import URIRef

    from kg.link import EventReport, compatible

    dated = EventReport(
        URIRef("x:1"), KG.Meeting, "asserted", frozenset(), span=(day, day)
    )
    undated = EventReport(
        URIRef("x:2"), KG.Meeting, "asserted", frozenset(), published=published
    )
    assert compatible(dated, undated) is same
