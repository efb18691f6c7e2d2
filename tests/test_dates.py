"""The date layer alone: the calendar days a text means, before any school-day rule, and the bench's scoring."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from bench.dates import is_right, score
from bot.understanding.span import calendar_span

# Monday 23 November 2026, before school.
MONDAY = datetime(2026, 11, 23, 7, 42)
THURSDAY = datetime(2026, 11, 26, 10, 0)
SUNDAY = datetime(2026, 11, 22, 21, 0)


def d(month: int, day: int, year: int = 2026) -> date:
    return date(year, month, day)


@pytest.mark.parametrize(
    ("text", "now", "start", "end"),
    [
        ("off today", MONDAY, d(11, 23), d(11, 23)),
        ("won't be in tomorrow", MONDAY, d(11, 24), d(11, 24)),
        ("back thursday", MONDAY, d(11, 26), d(11, 26)),
        # "Next Tuesday" is the Tuesday of next week, as UK speakers mean it, not tomorrow.
        ("off next tuesday", MONDAY, d(12, 1), d(12, 1)),
        ("next friday", THURSDAY, d(12, 4), d(12, 4)),
        ("this friday", MONDAY, d(11, 27), d(11, 27)),
        ("she was off last wednesday", THURSDAY, d(11, 18), d(11, 18)),
        ("tuesday of next week", MONDAY, d(12, 1), d(12, 1)),
        ("next week on wednesday", MONDAY, d(12, 2), d(12, 2)),
        ("friday week", MONDAY, d(12, 4), d(12, 4)),
        # Day first, British order.
        ("absent 3/12", MONDAY, d(12, 3), d(12, 3)),
        ("off 03/12/2026", MONDAY, d(12, 3), d(12, 3)),
        ("2026-12-03", MONDAY, d(12, 3), d(12, 3)),
        # Future preference: a date without a year is the next one.
        ("dentist on 19th june", MONDAY, d(6, 19, 2027), d(6, 19, 2027)),
        ("dentist on the 2nd", MONDAY, d(12, 2), d(12, 2)),
        ("friday the twenty-seventh", MONDAY, d(11, 27), d(11, 27)),
        ("twenty second of december", MONDAY, d(12, 22), d(12, 22)),
        ("december the twenty-second", MONDAY, d(12, 22), d(12, 22)),
        # Ranges include their last day.
        ("off monday to wednesday", MONDAY, d(11, 23), d(11, 25)),
        ("away 30th nov - 4th dec", MONDAY, d(11, 30), d(12, 4)),
        ("between the 1st and 3rd of december", MONDAY, d(12, 1), d(12, 3)),
        ("december 1st through 3rd", MONDAY, d(12, 1), d(12, 3)),
        ("from 26 june to 28 june 2027", MONDAY, d(6, 26, 2027), d(6, 28, 2027)),
        ("april 27th to the 3rd", MONDAY, d(4, 27, 2027), d(5, 3, 2027)),
        ("from 28 to 30 this month", MONDAY, d(11, 28), d(11, 30)),
        # Weeks and their parts.
        ("off this week", THURSDAY, d(11, 23), d(11, 29)),
        ("all next week", MONDAY, d(11, 30), d(12, 6)),
        ("rest of the week", THURSDAY, d(11, 26), d(11, 29)),
        ("early next week", MONDAY, d(11, 30), d(12, 2)),
        ("w/c 7th december", MONDAY, d(12, 7), d(12, 13)),
        ("the week beginning 7 december", MONDAY, d(12, 7), d(12, 13)),
        # At the weekend "this week" is the coming one.
        ("off this week", SUNDAY, d(11, 23), d(11, 29)),
        # Lengths and offsets.
        ("off for 3 days from wednesday", MONDAY, d(11, 25), d(11, 27)),
        ("for the next 3 days", MONDAY, d(11, 24), d(11, 26)),
        ("back in 2 weeks", MONDAY, d(12, 7), d(12, 7)),
        ("was off 2 days ago", MONDAY, d(11, 21), d(11, 21)),
        ("back in a fortnight's time", MONDAY, d(12, 7), d(12, 7)),
        ("after christmas", MONDAY, d(12, 25), d(12, 25)),
        ("for the next 3 school days", datetime(2026, 11, 26, 8, 0), d(11, 27), d(12, 1)),
        ("the past 2 weeks", MONDAY, d(11, 9), d(11, 22)),
        ("back in 2 months", MONDAY, d(1, 23, 2027), d(1, 23, 2027)),
        ("3 days after the 12th", MONDAY, d(12, 15), d(12, 15)),
        ("2 weeks before christmas", MONDAY, d(12, 11), d(12, 11)),
        # Holidays, and days and weeks counted within a month.
        ("easter monday", MONDAY, d(3, 29, 2027), d(3, 29, 2027)),
        ("the first monday of december", MONDAY, d(12, 7), d(12, 7)),
        ("the last friday of next month", MONDAY, d(12, 25), d(12, 25)),
        ("the first week of december", MONDAY, d(11, 30), d(12, 6)),
        # An open end.
        ("off since friday", MONDAY, d(11, 20), None),
        ("from monday 30th", MONDAY, d(11, 30), None),
        # Nothing to find.
        ("she has a cough", MONDAY, None, None),
        ("there are two to four children ill", MONDAY, None, None),
        ("one may ask", MONDAY, None, None),
        ("mortgages were at 6.45 percent", MONDAY, None, None),
        # A time of day alone is today's, as a message naming no day is; "9.30" is not 9 March.
        ("back at 9.30", MONDAY, d(11, 23), d(11, 23)),
        ("5-6 pm", MONDAY, d(11, 23), d(11, 23)),
        # ISO week numbers, of this year; a school's own week count is not one.
        ("week 10", MONDAY, d(3, 2), d(3, 8)),
        ("off week 2 of term", MONDAY, None, None),
        ("week 2 of next year", MONDAY, d(1, 11, 2027), d(1, 17, 2027)),
        ("the first week of next year", MONDAY, d(1, 4, 2027), d(1, 10, 2027)),
        # "ago" with two units, or with "a few" (about three, harmless for a day already past).
        ("1 month and 21 days ago", MONDAY, d(10, 2), d(10, 2)),
        ("2 weeks, 2 days ago", MONDAY, d(11, 7), d(11, 7)),
        ("a few days ago", MONDAY, d(11, 20), d(11, 20)),
        ("in a few days", MONDAY, None, None),
        ("back in 2 weeks and a few days", MONDAY, d(12, 7), d(12, 7)),
        ("ill for the past few days", MONDAY, d(11, 20), d(11, 22)),
        ("the weekend after next", MONDAY, d(12, 12), d(12, 13)),
        # "the day after" counts from the day mentioned before it, or from today when there is none.
        ("off wednesday and the day after", MONDAY, d(11, 25), d(11, 26)),
        ("the next day", MONDAY, d(11, 24), d(11, 24)),
        ("the day before the 2nd", MONDAY, d(12, 1), d(12, 1)),
        ("the day after boxing day", MONDAY, d(12, 27), d(12, 27)),
        # A numeric date that cannot be day first is month first, and a range's second date follows the
        # first's order; after "on" or "in" a dotted or hyphenated pair is a date. Ambiguous ones are day first.
        ("back on 4.22", MONDAY, d(4, 22, 2027), d(4, 22, 2027)),
        ("back on 4-22", MONDAY, d(4, 22, 2027), d(4, 22, 2027)),
        ("11/29-12/1", MONDAY, d(11, 29), d(12, 1)),
        ("on 5.12", MONDAY, d(12, 5), d(12, 5)),
        ("collect at 10.20", MONDAY, d(11, 23), d(11, 23)),
        # A weekday with a day and month: the date just past when only that one agrees.
        ("this friday 20 november", THURSDAY, d(11, 20), d(11, 20)),
        ("this friday-nov-20", THURSDAY, d(11, 20), d(11, 20)),
        # The nth weekday with no month is this month's; with a time between, still of the month named.
        ("back second sunday", THURSDAY, d(12, 13), d(12, 13)),
        ("was off the second monday", THURSDAY, d(11, 9), d(11, 9)),
        ("the first monday 1pm to 3pm of next month", MONDAY, d(12, 7), d(12, 7)),
        ("1st week of dec. on friday", MONDAY, d(12, 4), d(12, 4)),
        ("the last 3 weeks of this year", MONDAY, d(12, 14), d(1, 3, 2027)),
        # Weekdays counted, weekdays of a week some time ahead, and business days.
        ("two sundays from now", MONDAY, d(12, 6), d(12, 6)),
        ("back monday two weeks from now", THURSDAY, d(12, 7), d(12, 7)),
        ("in 3 days on friday", MONDAY, d(11, 27), d(11, 27)),
        ("2 weeks after christmas on friday", MONDAY, d(1, 8, 2027), d(1, 8, 2027)),
        ("in four business days", THURSDAY, d(12, 2), d(12, 2)),
        # Bounds and lengths ahead.
        ("back within 5 days", MONDAY, d(11, 23), d(11, 27)),
        ("back less than 2 weeks from today", MONDAY, d(11, 23), d(12, 6)),
        ("less than 3 days after tomorrow", MONDAY, d(11, 24), d(11, 26)),
        ("2 days hence", MONDAY, d(11, 24), d(11, 25)),
        ("between now and december 4th", MONDAY, d(11, 23), d(12, 4)),
        # Fortnights from this week's Monday; "for the next fortnight" is a length.
        ("the fortnight", THURSDAY, d(11, 23), d(12, 6)),
        ("the past fortnight", THURSDAY, d(11, 12), d(11, 25)),
        ("the next fortnight", THURSDAY, d(12, 7), d(12, 20)),
        ("for the next fortnight", THURSDAY, d(11, 27), d(12, 10)),
        ("in the week", THURSDAY, d(11, 23), d(11, 29)),
        ("my week", THURSDAY, d(11, 23), d(11, 29)),
        # A bare day where only a day can stand; a range's bare first day takes the end's month.
        ("back on 15", MONDAY, d(12, 15), d(12, 15)),
        ("booked for the 27.", MONDAY, d(11, 27), d(11, 27)),
        ("from 2 to december 7", MONDAY, d(12, 2), d(12, 7)),
        # "sat" and "sun" are days only after a word that introduces one.
        ("on sat at 5", THURSDAY, d(11, 28), d(11, 28)),
        ("she sat at the back", THURSDAY, None, None),
        ("from 2pm until tomorrow", MONDAY, d(11, 23), d(11, 24)),
        ("the meeting lasts for 2.5 hours", MONDAY, d(11, 23), d(11, 23)),
        ("otd", MONDAY, d(11, 23), d(11, 23)),
        ("how many to date", MONDAY, d(11, 23), d(11, 23)),
        ("we'll keep you up to date", MONDAY, None, None),
        ("paid $12 december 27", MONDAY, d(12, 27), d(12, 27)),
        # Holidays in a year, and their weekends: Saturday to Monday for a Monday holiday.
        ("christmas 2027", MONDAY, d(12, 25, 2027), d(12, 25, 2027)),
        ("halloween weekend 2026", MONDAY, d(10, 31), d(11, 1)),
        ("the weekend of halloween", MONDAY, d(10, 30, 2027), d(10, 31, 2027)),
        ("christmas weekend", MONDAY, d(12, 25), d(12, 27)),
        ("easter weekend", MONDAY, d(3, 26, 2027), d(3, 29, 2027)),
        # England's bank holidays, and their long weekends: Christmas 2026 is Friday to Monday's substitute day.
        ("the bank holiday weekend", MONDAY, d(12, 25), d(12, 28)),
        ("bank holiday weekend", datetime(2026, 4, 10, 9, 0), d(5, 2), d(5, 4)),
        ("bank holiday monday", MONDAY, d(12, 28), d(12, 28)),
    ],
)
def test_calendar_span(text: str, now: datetime, start: date | None, end: date | None) -> None:
    assert calendar_span(text, now) == (start, end)


def test_a_weekday_and_a_date_that_disagree_are_not_guessed() -> None:
    # The 3rd of December 2026 is a Thursday.
    assert calendar_span("back tuesday the 3rd of december", MONDAY) == (None, None)
    # 9 May 2027, the nearest, is a Sunday; the Tuesday 9 May of 2023 is too far to be meant.
    assert calendar_span("tue 9 may", MONDAY) == (None, None)
    # 20 November 2026 was a Friday, but a month without a name is not searched for one that agrees.
    assert calendar_span("friday the 20th", THURSDAY) == (None, None)
    # Christmas 2026 is a Friday; 2025's a Thursday: its weekend is not guessed.
    assert calendar_span("christmas weekend", datetime(2025, 11, 3, 9, 0)) == (None, None)


def test_past_tense_reads_back() -> None:
    assert calendar_span("he was off on the 20th", MONDAY) == (d(11, 20), d(11, 20))
    assert calendar_span("she missed friday", MONDAY) == (d(11, 20), d(11, 20))


def test_a_weekday_named_after_the_school_day_is_over_is_next_weeks() -> None:
    friday_evening = datetime(2026, 11, 27, 18, 0)
    assert calendar_span("friday", friday_evening) == (d(11, 27), d(11, 27))
    assert calendar_span("friday", friday_evening, day_end=time(15, 30)) == (d(12, 4), d(12, 4))


RECORDS = [
    {
        "text": "tomorrow",
        "ref": "2016-11-07T00:00:00",
        "start_date": "2016-11-08",
        "end_date": "2016-11-08",
        "tags": [],
    },
    {
        "text": "next week",
        "ref": "2018-06-26T00:00:00",
        "start_date": "2018-07-02",
        "end_date": "2018-07-08",
        "tags": ["span_from_multi"],
    },
    {
        "text": "until the 4th",
        "ref": "2018-06-26T00:00:00",
        "start_date": None,
        "end_date": "2018-07-04",
        "tags": ["open"],
    },
    {
        "text": "Nice day.",
        "ref": "2018-05-24T00:00:00",
        "start_date": None,
        "end_date": None,
        "tags": ["negative"],
    },
    {
        "text": "a thing",
        "ref": "2018-05-24T00:00:00",
        "start_date": "2018-05-24",
        "end_date": None,
        "tags": ["open"],
    },
]


def test_scoring_counts_both_ends_and_skips_null_sides() -> None:
    share, tags = score(RECORDS, calendar_span)
    assert share == 0.8  # the last one finds nothing, so its start is wrong
    assert tags["all"] == (4, 5)
    assert tags["negative"] == (1, 1)
    assert tags["open"] == (1, 2)


def test_a_negative_record_is_right_only_when_nothing_is_found() -> None:
    negative = RECORDS[3]
    assert is_right(negative, (None, None))
    assert not is_right(negative, (date(2018, 5, 24), None))
