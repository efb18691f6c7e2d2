"""The date layer, part two: from a message's mentions to the school days absent (DESIGN.md §4).

Days the parent means are calendar days; the absence is in school days. A day meant that is not a
school day moves forward to the next one ("tomorrow" on a Friday evening is Monday), or back to the
previous one when it is in the past or ends the absence. Whenever the mentions disagree with each other
or with the calendar, the period is unknown and the bot asks: a confident wrong date is the worst
outcome.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from bot.calendar import SchoolCalendar
from bot.understanding.dates import DayRef, DurationRef, Mention, Mentions, Role, WeekRef

_START_ROLES = (Role.PLAIN, Role.START, Role.SINCE)
_ONE_DAY = timedelta(days=1)


@dataclass(frozen=True, slots=True)
class Period:
    first_day: date | None
    last_day: date | None
    return_day: date | None
    open_ended: bool


UNKNOWN = Period(None, None, None, False)


@dataclass(frozen=True, slots=True)
class Circumstances:
    """What, besides the mentions, decides the period."""

    now: datetime
    calendar: SchoolCalendar
    day_end: time  # after this the school day is over and "no day stated" means the next one
    one_day: bool  # with no end stated, the absence is the first day only (an appointment, a late start)
    fixed_day: bool  # the reason happens on the day stated (an appointment), so a closed day is a mistake
    retrospective: bool  # "she was off": with no day stated, the day meant is today or before
    open_ended: bool  # "until further notice", "still poorly"


class _Unclear(Exception):
    """The mentions contradict each other or the calendar."""


def absence_period(mentions: Mentions, c: Circumstances) -> Period:
    if mentions.unclear:
        return UNKNOWN
    try:
        return _period(mentions, c)
    except _Unclear:
        return UNKNOWN


@dataclass(slots=True)
class _Stated:
    """What the mentions state, in calendar days."""

    starts: list[date] = field(default_factory=list)  # days absent, or first days of spans
    span_end: date | None = None  # the last day of a span such as "next week"
    ends: list[date] = field(default_factory=list)  # last days absent, inclusive
    returns: list[date] = field(default_factory=list)  # first days back
    durations: list[DurationRef] = field(default_factory=list)
    since: bool = False  # "since monday": absent from then and still


def _period(mentions: Mentions, c: Circumstances) -> Period:
    today = c.now.date()
    day_over = c.now.time() >= c.day_end
    cal = c.calendar
    stated = _Stated()
    default_first = _default_first(c, today, day_over)
    for m in mentions.found:
        if m.role in _START_ROLES:
            _add_start(stated, m, today, day_over, default_first)

    first_meant = min(stated.starts) if stated.starts else default_first
    if first_meant is None:
        raise _Unclear
    if first_meant >= today:
        first_day = _required(cal.next_school_day(first_meant, inclusive=True))
    else:
        first_day = _required(cal.previous_school_day(first_meant, inclusive=True))
    if c.fixed_day and len(stated.starts) == 1 and stated.span_end is None and first_day != first_meant:
        raise _Unclear

    # A return stated with no first day is read from tomorrow: "back monday", sent on a Friday evening,
    # means no school day is missed, which must not become a week off.
    earliest_return = (first_day if stated.starts else today) + _ONE_DAY
    for m in mentions.found:
        if m.role not in _START_ROLES:
            _add_end(stated, m, today, day_over, first_day, earliest_return)

    if any(d.count is None for d in stated.durations):
        return Period(first_day, None, None, True)
    last_day = _stated_last_day(cal, first_day, stated)
    if last_day is None:
        closed = c.one_day or c.retrospective or (stated.starts and max(stated.starts) < today)
        if stated.since or c.open_ended or not closed:
            return Period(first_day, None, None, True)
        last_day = first_day
    if last_day < first_day:
        raise _Unclear
    return Period(first_day, last_day, cal.next_school_day(last_day), False)


def _add_start(stated: _Stated, m: Mention, today: date, day_over: bool, default_first: date | None) -> None:
    if isinstance(m.ref, DurationRef):
        return  # a duration is only ever an end
    first, last = _interval(m.ref, today, day_over, past=m.past, after=None)
    if isinstance(m.ref, WeekRef):
        if m.ref.end_only:
            stated.ends.append(last)
            return
        if m.past:
            last = min(last, today)
        elif default_first is not None:
            first = max(first, default_first)
        if first > last:
            raise _Unclear
        stated.span_end = max(stated.span_end or last, last)
    elif first < today and not m.about_absence:
        return  # when the child fell ill ("sick since saturday"), not a day absent
    stated.starts.append(first)
    stated.since = stated.since or m.role is Role.SINCE


def _add_end(
    stated: _Stated, m: Mention, today: date, day_over: bool, first_day: date, earliest_return: date
) -> None:
    if isinstance(m.ref, DurationRef):
        if not m.past:  # "been ill for 3 days" is how long, not how much longer
            stated.durations.append(m.ref)
        return
    after = first_day if m.role is Role.END else earliest_return
    first, last = _interval(m.ref, today, day_over, past=False, after=after)
    if m.role is Role.END or (isinstance(m.ref, WeekRef) and m.ref.end_only):
        stated.ends.append(last)
    else:
        stated.returns.append(first)


def _stated_last_day(cal: SchoolCalendar, first_day: date, stated: _Stated) -> date | None:
    """The last day absent as the mentions state it; None when they state no end."""
    back = None
    if stated.returns:
        back = cal.next_school_day(min(stated.returns), inclusive=True)
        if back is None or back <= first_day:
            raise _Unclear
    if stated.ends:
        last = cal.previous_school_day(max(stated.ends), inclusive=True)
        if last is None or (back is not None and cal.next_school_day(last) != back):
            raise _Unclear
        return last
    if back is not None:
        return cal.previous_school_day(back)
    if stated.durations:
        return _after_duration(cal, first_day, stated.durations[0])
    if stated.span_end is not None:
        return _required(cal.previous_school_day(stated.span_end, inclusive=True))
    listed = sorted(set(stated.starts))
    if len(listed) > 1:
        for earlier, later in itertools.pairwise(listed):
            if cal.count_school_days(earlier + _ONE_DAY, later - _ONE_DAY):
                raise _Unclear  # "tuesday and thursday": not one absence
        return _required(cal.previous_school_day(listed[-1], inclusive=True))
    return None


def _after_duration(cal: SchoolCalendar, first_day: date, duration: DurationRef) -> date:
    count = duration.count or 0
    if count < 1:
        raise _Unclear
    if duration.unit == "day":
        return _required(cal.add_school_days(first_day, count - 1))
    back = _required(cal.next_school_day(first_day + timedelta(weeks=count), inclusive=True))
    return _required(cal.previous_school_day(back))


def _required(day: date | None) -> date:
    if day is None:
        raise _Unclear  # beyond the configured terms
    return day


def _default_first(c: Circumstances, today: date, day_over: bool) -> date | None:
    """The day meant when the parent states none: today while school is on, else the next school day.

    Spoken of as past ("she was off"), it is today once the school day is over, else the school day before.
    """
    if c.retrospective:
        return c.calendar.previous_school_day(today, inclusive=day_over)
    if c.calendar.is_school_day(today) and not day_over:
        return today
    return c.calendar.next_school_day(today)


def _interval(
    ref: DayRef | WeekRef, today: date, day_over: bool, *, past: bool, after: date | None
) -> tuple[date, date]:
    """The calendar days a reference means; a week reference means Monday to Sunday."""
    if isinstance(ref, WeekRef):
        # At the weekend "this week" is the coming one.
        monday = _monday(today) + timedelta(weeks=1 if ref.which == "next" or today.weekday() > 4 else 0)
        sunday = monday + timedelta(days=6)
        return (max(today, monday) if ref.which == "rest" else monday), sunday
    day = _day(ref, today, day_over, past=past, after=after)
    return day, day


def _day(ref: DayRef, today: date, day_over: bool, *, past: bool, after: date | None) -> date:
    if ref.offset is not None:
        return today + timedelta(days=ref.offset)
    if ref.day is None:
        return _weekday(ref, today, day_over, past=past, after=after)
    day = _date(ref.day, ref.month, ref.year, today, past=past, after=after)
    if ref.weekday is not None and day.weekday() != ref.weekday:
        raise _Unclear  # "tuesday the 3rd" when the 3rd is a Thursday
    return day


def _weekday(ref: DayRef, today: date, day_over: bool, *, past: bool, after: date | None) -> date:
    weekday = ref.weekday or 0
    if ref.qualifier == "next":
        return _monday(today) + timedelta(days=7 + weekday)
    if ref.qualifier == "last" or (past and after is None):
        days_back = (today.weekday() - weekday) % 7
        if days_back == 0 and (ref.qualifier == "last" or not day_over):
            days_back = 7
        return today - timedelta(days=days_back)
    start = after or today
    ahead = (weekday - start.weekday()) % 7
    if ahead == 0 and after is None and (day_over or ref.qualifier == "coming"):
        ahead = 7
    day = start + timedelta(days=ahead)
    return day + timedelta(weeks=1) if ref.qualifier == "week" else day


def _date(
    day: int, month: int | None, year: int | None, today: date, *, past: bool, after: date | None
) -> date:
    """A day of the month, in the month and year the parent most likely means when not written."""
    if month is not None and year is not None:
        return _required(_valid(year, month, day))
    if month is not None:
        candidates = [d for y in (today.year - 1, today.year, today.year + 1) if (d := _valid(y, month, day))]
    else:
        months = [today.year * 12 + today.month - 1 + shift for shift in range(-2, 3)]
        candidates = [d for index in months if (d := _valid(index // 12, index % 12 + 1, day))]
    if after is not None:
        return _required(min((d for d in candidates if d >= after), default=None))
    if month is not None:
        return _required(min(candidates, key=lambda d: (abs((d - today).days), d < today), default=None))
    if past:
        return _required(max((d for d in candidates if d <= today), default=None))
    return _required(min((d for d in candidates if d >= today), default=None))


def _valid(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())
