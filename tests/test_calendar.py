"""The school calendar: school days from terms, closures and bank holidays."""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

import pytest

from bot.calendar import SchoolCalendar

SAMPLE = Path(__file__).resolve().parent.parent / "sample" / "school.toml"


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2026, 11, 23), True),  # a Monday in term
        (date(2026, 11, 21), False),  # Saturday
        (date(2026, 11, 22), False),  # Sunday
        (date(2026, 11, 27), False),  # INSET day
        (date(2026, 10, 28), False),  # half term
        (date(2026, 9, 3), True),  # first day of the year, inclusive
        (date(2026, 12, 18), True),  # last day of term, inclusive
        (date(2026, 12, 21), False),  # Christmas holidays
        (date(2027, 1, 5), False),  # INSET day opening the spring term
        (date(2027, 1, 6), True),
        (date(2027, 3, 26), False),  # Good Friday, the last day of a term
        (date(2027, 5, 3), False),  # Early May bank holiday, in term
        (date(2027, 7, 21), True),
        (date(2027, 7, 22), False),  # after the last configured term
    ],
)
def test_is_school_day(calendar: SchoolCalendar, day: date, expected: bool) -> None:
    assert calendar.is_school_day(day) is expected


@pytest.mark.parametrize(
    ("day", "before", "end", "start"),
    [
        # an INSET day and a weekend do not end a term; half term and Christmas do
        (date(2026, 11, 23), False, date(2026, 12, 18), date(2027, 1, 6)),
        (date(2026, 11, 23), True, date(2026, 10, 23), date(2026, 11, 2)),
        (date(2026, 12, 18), False, date(2026, 12, 18), date(2027, 1, 6)),
        (date(2026, 12, 20), False, date(2027, 2, 12), date(2027, 1, 6)),
        (date(2027, 1, 6), True, date(2026, 12, 18), date(2027, 1, 6)),
        (
            date(2027, 3, 1),
            False,
            date(2027, 3, 25),
            date(2027, 4, 12),
        ),  # Good Friday ends the term a day early
    ],
)
def test_term_edges(calendar: SchoolCalendar, day: date, before: bool, end: date, start: date) -> None:
    assert calendar.term_end(day, before=before) == end
    assert calendar.term_start(day, before=before) == start


def test_next_school_day_skips_weekends_inset_and_half_term(calendar: SchoolCalendar) -> None:
    assert calendar.next_school_day(date(2026, 11, 20)) == date(2026, 11, 23)
    assert calendar.next_school_day(date(2026, 11, 26)) == date(2026, 11, 30)
    assert calendar.next_school_day(date(2026, 10, 23)) == date(2026, 11, 2)
    assert calendar.next_school_day(date(2026, 12, 18)) == date(2027, 1, 6)


def test_next_school_day_inclusive(calendar: SchoolCalendar) -> None:
    assert calendar.next_school_day(date(2026, 11, 23), inclusive=True) == date(2026, 11, 23)
    assert calendar.next_school_day(date(2026, 11, 22), inclusive=True) == date(2026, 11, 23)
    assert calendar.next_school_day(date(2026, 11, 23)) == date(2026, 11, 24)


def test_no_school_day_beyond_the_terms(calendar: SchoolCalendar) -> None:
    assert calendar.next_school_day(date(2027, 7, 21)) is None
    assert calendar.previous_school_day(date(2026, 9, 3)) is None
    assert calendar.next_school_day(date(2026, 1, 1)) == date(2026, 9, 3)


def test_previous_school_day(calendar: SchoolCalendar) -> None:
    assert calendar.previous_school_day(date(2026, 11, 30)) == date(2026, 11, 26)
    assert calendar.previous_school_day(date(2026, 11, 28), inclusive=True) == date(2026, 11, 26)
    assert calendar.previous_school_day(date(2026, 11, 26), inclusive=True) == date(2026, 11, 26)
    assert calendar.previous_school_day(date(2026, 11, 2)) == date(2026, 10, 23)


def test_school_days_and_count(calendar: SchoolCalendar) -> None:
    week = [date(2026, 11, 23), date(2026, 11, 24), date(2026, 11, 25), date(2026, 11, 26)]
    assert calendar.school_days(date(2026, 11, 22), date(2026, 11, 29)) == week
    assert calendar.count_school_days(date(2026, 11, 22), date(2026, 11, 29)) == 4
    assert calendar.count_school_days(date(2026, 11, 28), date(2026, 11, 29)) == 0
    assert calendar.count_school_days(date(2026, 11, 29), date(2026, 11, 28)) == 0
    assert calendar.school_days(date(2026, 11, 29), date(2026, 11, 28)) == []


def test_add_school_days(calendar: SchoolCalendar) -> None:
    assert calendar.add_school_days(date(2026, 11, 25), 1) == date(2026, 11, 26)
    assert calendar.add_school_days(date(2026, 11, 25), 2) == date(2026, 11, 30)
    assert calendar.add_school_days(date(2026, 11, 28), 1) == date(2026, 11, 30)
    assert calendar.add_school_days(date(2026, 11, 30), -1) == date(2026, 11, 26)
    assert calendar.add_school_days(date(2026, 11, 25), 0) == date(2026, 11, 25)
    assert calendar.add_school_days(date(2027, 7, 20), 5) is None


@pytest.mark.parametrize(
    ("region", "day", "expected"),
    [
        ("england", date(2027, 1, 1), False),
        ("scotland", date(2027, 1, 4), False),  # 2 January is a bank holiday in Scotland (observed)
        ("england", date(2027, 1, 4), True),
        ("northern_ireland", date(2027, 3, 17), False),  # St Patrick's Day
        ("wales", date(2027, 3, 17), True),
        ("none", date(2027, 1, 1), True),
    ],
)
def test_bank_holidays_by_nation(region: str, day: date, expected: bool) -> None:
    calendar = SchoolCalendar([(date(2026, 12, 28), date(2027, 3, 31))], [], region)
    assert calendar.is_school_day(day) is expected


def test_unknown_bank_holidays_is_refused() -> None:
    with pytest.raises(ValueError, match="bank holidays"):
        SchoolCalendar([(date(2026, 9, 1), date(2026, 12, 18))], [], "atlantis")


def test_a_calendar_without_terms_has_no_school_days() -> None:
    calendar = SchoolCalendar([], [], "england")
    assert calendar.next_school_day(date(2026, 11, 23)) is None
    assert calendar.school_days(date(2026, 1, 1), date(2026, 12, 31)) == []


def test_lookups_are_fast(calendar: SchoolCalendar) -> None:
    started = time.perf_counter()
    for _ in range(10_000):
        calendar.next_school_day(date(2026, 11, 26))
        calendar.is_school_day(date(2026, 11, 27))
    assert time.perf_counter() - started < 0.5
