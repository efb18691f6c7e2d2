"""The date layer, part two: from a message's mentions to the school days absent (DESIGN.md §4).

Days the parent means are calendar days; the absence is in school days. A day meant that is not a
school day moves forward to the next one ("tomorrow" on a Friday evening is Monday), or back to the
previous one when it is in the past or ends the absence. Whenever the mentions disagree with each other
or with the calendar, the period is unknown and the bot asks: a confident wrong date is the worst
outcome.
"""

from __future__ import annotations

import itertools
from calendar import monthrange
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from functools import cache

import holidays

from bot.calendar import SchoolCalendar
from bot.understanding.dates import DayRef, DurationRef, Mention, Mentions, Role, TermRef, WeekRef

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
    # Words of being absent somewhere in the message; without them a past day named is the day absent
    # ("was poorly on thursday, forgot to say"), with them it is when the illness began.
    absence_stated: bool = True


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
    untils: list[date] = field(default_factory=list)  # "until friday": back then, unless told otherwise
    durations: list[DurationRef] = field(default_factory=list)
    since: bool = False  # "since monday": absent from then and still
    onwards: bool = False  # "from monday": absent from then on
    # Days the parent named ("saturday", "the 24th"), not counted from today: such a day alone that is
    # no school day is a mistake to ask about, where "tomorrow" on a Friday evening plainly means Monday.
    named: list[date] = field(default_factory=list)


def _period(mentions: Mentions, c: Circumstances) -> Period:
    today = c.now.date()
    day_over = c.now.time() >= c.day_end
    cal = c.calendar
    stated = _Stated()
    default_first = _default_first(c, today, day_over)
    # A past day is only when the illness began if the absence is told of elsewhere.
    background = c.absence_stated or any(not m.past for m in mentions.found if m.role in _START_ROLES)
    found = _this_week_and_next(mentions.found, today)
    for m in found:
        if m.implied and day_over:
            continue  # "she won't be in tomorrow either", said this evening: today was told of before
        if m.role in _START_ROLES and isinstance(m.ref, TermRef):
            days = _term_days(cal, m.ref, today, past=m.past)
            if m.about_absence or days[0] > today or not background:  # not "first day back and ..., tomorrow"
                _add_term_start(stated, days, m.past, default_first)
        elif m.role in _START_ROLES:
            _add_start(stated, m, today, day_over, default_first, background)

    first_meant = min(stated.starts) if stated.starts else default_first
    if first_meant is None:
        raise _Unclear
    # "poorly since yesterday", a Sunday: absent from the school day after it
    since_a_day_off = stated.since and not cal.is_school_day(first_meant)
    if first_meant >= today or since_a_day_off:
        first_day = _required(cal.next_school_day(first_meant, inclusive=True))
    else:
        # a past week from its first school day: "off all last week", the week after christmas
        in_the_week = cal.next_school_day(first_meant, inclusive=True)
        if stated.span_end is not None and in_the_week is not None and in_the_week <= stated.span_end:
            first_day = in_the_week
        else:
            first_day = _required(cal.previous_school_day(first_meant, inclusive=True))
    if c.fixed_day and len(stated.starts) == 1 and stated.span_end is None and first_day != first_meant:
        raise _Unclear

    # A return stated with no first day is read from tomorrow: "back monday", sent on a Friday evening,
    # means no school day is missed, which must not become a week off.
    earliest_return = (first_day if stated.starts else today) + _ONE_DAY
    for m in found:
        if m.role not in _START_ROLES and isinstance(m.ref, TermRef):
            _add_term_end(stated, m.role, _term_days(cal, m.ref, today, past=False))
        elif m.role not in _START_ROLES:
            _add_end(stated, m, today, day_over, first_day, earliest_return)
    _settle_untils(stated)

    ends = stated.ends or stated.returns or stated.durations or stated.span_end
    alone = not ends and len(set(stated.starts)) == 1
    if alone and any(day >= today and not cal.is_school_day(day) for day in stated.named):
        raise _Unclear  # a range may start on a closed day; a single named day should not be one
    one_day = len(set(stated.starts)) == 1 and not (stated.ends or stated.durations or stated.span_end)
    if one_day and any(day >= today and _closed_weekday(cal, day) for day in stated.named):
        raise _Unclear  # "he'll miss school on friday, back monday", friday being a training day
    told_end = bool(stated.ends or stated.returns)
    hedged = c.open_ended and not told_end  # "for at least two weeks"
    # "a few more days" leaves the end open; "a few more days, back on monday" does not
    vague = not told_end and any(d.count is None for d in stated.durations)
    if stated.durations and (hedged or vague):
        return Period(first_day, None, None, True)
    if c.open_ended and not ends and stated.starts and min(stated.starts) < today:
        # "off yesterday, still not right so off today": the days listed are not the end of it
        return Period(first_day, None, None, True)
    last_day = _stated_last_day(cal, first_day, stated)
    if last_day is None:
        closed = c.one_day or c.retrospective or (stated.starts and max(stated.starts) < today)
        onwards = stated.onwards and not c.fixed_day  # "won't be in from tomorrow" goes on past tomorrow
        if stated.since or onwards or c.open_ended or not closed:
            return Period(first_day, None, None, True)
        last_day = first_day
    if last_day < first_day:
        raise _Unclear
    return Period(first_day, last_day, cal.next_school_day(last_day), False)


def _this_week_and_next(found: tuple[Mention, ...], today: date) -> tuple[Mention, ...]:
    """At the weekend "this week" is the coming one, so in "this week and next week" next week is the one after."""
    weeks = [m for m in found if isinstance(m.ref, WeekRef) and m.ref.anchor is None]
    if today.weekday() <= 4 or {"this", "next"} - {m.ref.which for m in weeks if isinstance(m.ref, WeekRef)}:
        return found
    return tuple(
        replace(m, ref=replace(m.ref, which="after next"))
        if m in weeks and isinstance(m.ref, WeekRef) and m.ref.which == "next"
        else m
        for m in found
    )


def _add_start(
    stated: _Stated, m: Mention, today: date, day_over: bool, default_first: date | None, background: bool
) -> None:
    if isinstance(m.ref, DurationRef) or (isinstance(m.ref, WeekRef) and m.ref.weekend):
        return  # a duration is only ever an end, and a weekend has no school days
    first, last = _interval(m.ref, today, day_over, past=m.past, after=None)
    past_week = m.past and isinstance(m.ref, WeekRef)  # "has been struggling this week"
    if not m.about_absence and (last < today or past_week) and background:
        return  # "the bug her brother had last week", "sick since saturday": not days absent
    if isinstance(m.ref, WeekRef) and m.ref.which == "this" and not m.about_absence and background:
        return  # when something else happens: "i'm doing the school run this week... physio on wednesday"
    if isinstance(m.ref, WeekRef):
        if m.ref.end_only:
            stated.ends.append(last)
            return
        if m.past:
            last = min(last, today)
        elif default_first is not None:
            first = max(first, default_first)
        if m.ref.which == "rest" and stated.starts:
            first = max(first, min(stated.starts))  # "off tuesday and the rest of the week"
        if first > last:
            raise _Unclear
        stated.span_end = max(stated.span_end or last, last)
    elif not m.about_absence and first == today and (m.past or day_over) and background:
        return  # when the child fell ill ("sick since saturday", "sick this evening"), not a day absent
    elif isinstance(m.ref, DayRef) and m.ref.offset is None:
        stated.named.append(first)
    stated.starts.append(first)
    stated.since = stated.since or m.role is Role.SINCE
    stated.onwards = stated.onwards or m.role is Role.START


def _add_end(
    stated: _Stated, m: Mention, today: date, day_over: bool, first_day: date, earliest_return: date
) -> None:
    if isinstance(m.ref, DurationRef):
        # "been ill for 3 days" is how long, not how much longer; "within 5 days" is a bound
        if not m.past and not m.ref.back and not m.ref.within:
            stated.durations.append(m.ref)
        return
    after = first_day if m.role is Role.END else earliest_return
    first, last = _interval(m.ref, today, day_over, past=False, after=after)
    if m.role is Role.END or (isinstance(m.ref, WeekRef) and m.ref.end_only):
        stated.ends.append(last)
    elif m.role is Role.UNTIL:
        stated.untils.append(first)
    else:
        stated.returns.append(first)


def _term_days(cal: SchoolCalendar, ref: TermRef, today: date, *, past: bool) -> tuple[date, date]:
    """The school days at the edge of a term: of the coming holiday, or of the last one when told of as past."""
    days = _term_edge(cal, ref, today, past=past)
    stated = ref.stated
    if stated is not None and stated.day is None:  # "the first day back on tuesday": that weekday
        if stated.weekday != days[0].weekday():
            raise _Unclear
    elif stated is not None and _day(stated, today, False, past=past, after=None) != days[0]:
        raise _Unclear  # "the last day of term, monday 21st december"
    return days


def _term_edge(cal: SchoolCalendar, ref: TermRef, today: date, *, past: bool) -> tuple[date, date]:
    if ref.edge == "end":
        last = _required(cal.add_school_days(_required(cal.term_end(today, before=past)), -ref.before))
        if ref.weekday is not None:  # "the friday before half term", a school day of the last week
            day = last - timedelta(days=(last.weekday() - ref.weekday) % 7)
            if not cal.is_school_day(day):
                raise _Unclear
            return day, day
        if ref.unit == "week":
            return _monday(last) - timedelta(weeks=ref.count - 1), last
        return _required(cal.add_school_days(last, 1 - ref.count)), last
    first = _required(cal.term_start(today, before=past))
    if ref.unit == "week":
        return first, _monday(first) + timedelta(weeks=ref.count, days=-1)
    return first, _required(cal.add_school_days(first, ref.count - 1))


def _add_term_start(stated: _Stated, days: tuple[date, date], past: bool, default_first: date | None) -> None:
    first, last = days
    if not past and default_first is not None:
        first = max(first, default_first)  # "she'll miss the rest of the last week of term"
    if first > last:
        raise _Unclear
    stated.starts.append(first)
    if last != first:
        stated.span_end = max(stated.span_end or last, last)


def _add_term_end(stated: _Stated, role: Role, days: tuple[date, date]) -> None:
    first, last = days
    if role is Role.END:
        stated.ends.append(last)
    elif role is Role.UNTIL:
        stated.untils.append(first)
    else:
        stated.returns.append(first)


def _settle_untils(stated: _Stated) -> None:
    """ "Until friday" names the day back, unless a later day back is stated too: in "home until friday,
    back monday" friday is the last day absent."""
    if stated.returns and stated.untils and max(stated.untils) < min(stated.returns):
        stated.ends.extend(stated.untils)
    else:
        stated.returns.extend(stated.untils)


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
    if duration.unit != "week":
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
    """The calendar days a reference means; a week reference means Monday to Sunday, or part of it."""
    if isinstance(ref, WeekRef):
        return _week(ref, today, day_over, past=past, after=after)
    day = _day(ref, today, day_over, past=past, after=after)
    return day, day


_WEEKS_AHEAD = {"this": 0, "rest": 0, "of": 0, "next": 1, "previous": -1, "after next": 2}


def _week(ref: WeekRef, today: date, day_over: bool, *, past: bool, after: date | None) -> tuple[date, date]:
    if ref.joined and ref.anchor is not None:
        day = _day(ref.anchor, today, day_over, past=past, after=after)
        return _bank_weekend(day) if ref.anchor.bank_holiday else _joined_weekend(day)
    if ref.anchor is not None:
        monday = _monday(_day(ref.anchor, today, day_over, past=past, after=after))
    else:
        # At the weekend "this week" is the coming one.
        weekend = today.weekday() > 4 and ref.which in ("this", "rest") and not ref.weekend and not past
        monday = _monday(today) + timedelta(weeks=_WEEKS_AHEAD[ref.which] + weekend)
    first, last = monday + timedelta(days=ref.first), monday + timedelta(days=ref.last)
    if (ref.which == "rest" or ref.from_today) and today <= last:
        first = max(first, today)
    return first, last


def _joined_weekend(day: date) -> tuple[date, date]:
    """The weekend next to a holiday, with the holiday when it is a Friday or a Monday."""
    weekday = day.weekday()
    if weekday == 0:
        return day - timedelta(days=2), day
    if weekday == 4:
        return day, day + timedelta(days=2)
    if weekday < 4:
        raise _Unclear  # a holiday midweek: the weekend before or the one after
    saturday = _monday(day) + timedelta(days=5)
    return saturday, saturday + _ONE_DAY


def _bank_weekend(day: date) -> tuple[date, date]:
    """A bank holiday's long weekend: the days off around it, weekends and bank holidays (Good Friday to
    Easter Monday at Easter)."""
    first, last = day, day
    while _day_off(first - _ONE_DAY):
        first -= _ONE_DAY
    while _day_off(last + _ONE_DAY):
        last += _ONE_DAY
    if (last - first).days < 2:
        raise _Unclear  # a bank holiday midweek has no weekend of its own
    return first, last


def _closed_weekday(cal: SchoolCalendar, day: date) -> bool:
    """A weekday the school is closed in term time (a training day, a bank holiday), not in the holidays."""
    if day.weekday() >= 5 or cal.is_school_day(day):
        return False
    before, after = _weekday_from(day - _ONE_DAY, -1), _weekday_from(day + _ONE_DAY, 1)
    return cal.is_school_day(before) or cal.is_school_day(after)


def _day_off(day: date) -> bool:
    return day.weekday() > 4 or day in _bank_holidays(day.year)


@cache
def _bank_holidays(year: int) -> frozenset[date]:
    """England's bank holidays: the schools this bot serves are in England."""
    return frozenset(holidays.country_holidays("GB", subdiv="ENG", years=year))


def _day(ref: DayRef, today: date, day_over: bool, *, past: bool, after: date | None) -> date:
    if ref.offset is not None:
        start = today if ref.base is None else _day(ref.base, today, day_over, past=past, after=after)
        if ref.workdays:
            return _length_end(_weekday_from(start + _ONE_DAY, 1), DurationRef(ref.offset, "weekday"), 1)
        return _months_on(start + timedelta(days=ref.offset), ref.months or 0)
    if ref.base is not None:  # "monday two weeks from now": that weekday of the week holding the day
        monday = _monday(_day(ref.base, today, day_over, past=past, after=None))  # the day is its own anchor
        return monday + timedelta(days=ref.weekday or 0)
    if ref.nth is not None:
        return _nth_weekday(ref, today, past=past, after=after)
    if ref.bank_holiday:
        years = range(today.year - 1, today.year + 2)
        days = sorted(d for y in years for d in _bank_holidays(y) if ref.weekday in (None, d.weekday()))
        return _preferred(days, today, past=past, after=after)
    if ref.day is not None or ref.easter is not None:
        # A holiday's "last" or "next" one ("last easter") overrides the tense.
        past = ref.qualifier == "previous" or (past and ref.qualifier != "next")
    year = ref.year or (today.year + ref.years if ref.years is not None else None)
    if ref.easter is not None:
        years = [year] if year else range(today.year - 1, today.year + 2)
        days = [_easter(y) + timedelta(days=ref.easter) for y in years]
        return _preferred(days, today, past=past, after=after)
    if ref.day is None:
        return _weekday(ref, today, day_over, past=past, after=after)
    if ref.months is not None:
        day = _required(_valid(*_month_index(today, ref.months), ref.day))
    else:
        day = _date(ref.day, ref.month, year, today, past=past, after=after)
    if ref.weekday is not None and day.weekday() != ref.weekday:
        return _nearest_agreeing(ref, today)
    return day


_NEAR = timedelta(days=31)


def _nearest_agreeing(ref: DayRef, today: date) -> date:
    """ "this friday, 15 june" said on the 20th: the 15 June just past, if it is within a month and a Friday.

    Otherwise the weekday and the date disagree ("tuesday the 3rd" when the 3rd is a Thursday): not guessed.
    """
    if ref.month is None or ref.year is not None or ref.day is None:
        raise _Unclear
    years = (today.year - 1, today.year, today.year + 1)
    candidates = [d for y in years if (d := _valid(y, ref.month, ref.day))]
    nearest = min(candidates, key=lambda d: abs(d - today), default=None)
    if nearest is None or nearest.weekday() != ref.weekday or abs(nearest - today) > _NEAR:
        raise _Unclear
    return nearest


def _weekday(ref: DayRef, today: date, day_over: bool, *, past: bool, after: date | None) -> date:
    weekday = ref.weekday or 0
    if ref.qualifier in _WEEKS_AHEAD:
        # At the weekend "wednesday this week" is the coming one.
        weekend = ref.qualifier == "this" and today.weekday() > 4 and weekday < 5 and not past
        day = _monday(today) + timedelta(weeks=_WEEKS_AHEAD[ref.qualifier or "this"] + weekend, days=weekday)
        if ref.qualifier == "next" and not past and (day - today).days == 1:
            raise _Unclear  # "next monday" said on a Sunday: tomorrow, or the one after?
        if ref.said_next and not past and (day - timedelta(weeks=1) - today).days > 1:
            raise _Unclear  # "next friday" said on a Monday: this week's, or the one after?
        return day
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
    return _preferred(candidates, today, past=past, after=after)


def _preferred(candidates: list[date], today: date, *, past: bool, after: date | None) -> date:
    """The first on or after `after`; else the latest up to today when spoken of as past; else the next."""
    if after is not None:
        return _required(min((d for d in candidates if d >= after), default=None))
    if past:
        return _required(max((d for d in candidates if d <= today), default=None))
    return _required(min((d for d in candidates if d >= today), default=None))


def _nth_weekday(ref: DayRef, today: date, *, past: bool, after: date | None) -> date:
    """ "the first friday of july", "the last week of next month" (the week of its last Thursday)."""
    weekday, nth = ref.weekday or 0, ref.nth or 1
    of_year = ref.year is not None or ref.years is not None
    if ref.month is None and ref.months is None and of_year:  # "the first week of 2027", "week 10"
        return _required(_nth_in(ref.year or today.year + (ref.years or 0), None, weekday, nth))
    if ref.month is None and ref.months is None:  # "the second sunday": of a month near today
        months = [_month_index(today, shift) for shift in (-1, 0, 1)]
    elif ref.months is not None:
        months = [_month_index(today, ref.months)]
    else:
        years = [ref.year] if ref.year else range(today.year - 1, today.year + 2)
        months = [(year, ref.month or today.month) for year in years]
    candidates = [d for year, month in months if (d := _nth_in(year, month, weekday, nth))]
    return candidates[0] if len(candidates) == 1 else _preferred(candidates, today, past=past, after=after)


def _nth_in(year: int, month: int | None, weekday: int, nth: int) -> date | None:
    """The `nth` (-1: last) `weekday` of the month, or of the year when `month` is None."""
    first = date(year, month or 1, 1)
    last = date(year, month, monthrange(year, month)[1]) if month else date(year, 12, 31)
    if nth < 0:
        return last - timedelta(days=(last.weekday() - weekday) % 7)
    day = first + timedelta(days=(weekday - first.weekday()) % 7, weeks=nth - 1)
    return day if day <= last else None


def _easter(year: int) -> date:
    """Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    weekday = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * weekday) // 433
    month = (h + weekday - 7 * m + 90) // 25
    return date(year, month, (h + weekday - 7 * m + 33 * month + 19) % 32)


def _month_index(day: date, months: int) -> tuple[int, int]:
    """The year and month `months` after `day`'s."""
    index = day.year * 12 + day.month - 1 + months
    return index // 12, index % 12 + 1


def _months_on(day: date, months: int) -> date:
    """The same day of the month `months` later, or that month's last day ("31 jan" + 1 is 28 or 29 feb)."""
    year, month = _month_index(day, months)
    return date(year, month, min(day.day, monthrange(year, month)[1]))


def _valid(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def calendar_span(
    mentions: Mentions, now: datetime, day_end: time | None = None
) -> tuple[date | None, date | None]:
    """The calendar days the mentions span, first to last, before any school-day rule.

    The end is None when the text leaves it open ("since monday", "from the 3rd"); both are None when
    nothing is mentioned or the mentions cannot be read.
    """
    if mentions.unclear or not mentions.found:
        return None, None
    try:
        return _calendar_span(mentions.found, now.date(), day_end is not None and now.time() >= day_end)
    except _Unclear:
        return None, None


def _calendar_span(
    found: tuple[Mention, ...], today: date, day_over: bool
) -> tuple[date | None, date | None]:
    first: date | None = None
    last: date | None = None
    open_end = False
    for m in found:
        if isinstance(m.ref, (DurationRef, TermRef)):
            continue  # a length is counted below; a term's days need the school's calendar
        ending = m.role in (Role.END, Role.UNTIL) and first is not None
        begin, end = _interval(m.ref, today, day_over, past=m.past, after=first if ending else None)
        if ending:
            last = end
        else:
            first = begin if first is None else min(first, begin)
            last = end if last is None else max(last, end)
        open_end = m.role in (Role.SINCE, Role.START) and not ending
    # A length counts from the first day stated ("for 3 days from monday"), else from today, or from
    # tomorrow for "the next 3 days"; "the past 3 weeks" ends yesterday.
    for m in found:
        if not isinstance(m.ref, DurationRef) or m.past:
            continue
        weekdays = m.ref.unit == "weekday"
        if m.ref.back and first is None:
            last = _weekday_from(today - _ONE_DAY, -1) if weekdays else today - _ONE_DAY
            return _length_end(last, m.ref, -1), last
        if m.role is Role.END:
            if first is None:
                first = today + _ONE_DAY * m.ref.ahead
                first = _weekday_from(first, 1) if weekdays else first
            last, open_end = _length_end(first, m.ref, 1), False
            break
    if first is not None and last is not None and last < first:
        raise _Unclear
    return first, None if open_end else last


def _length_end(start: date, duration: DurationRef, step: int) -> date:
    """The other end of a length whose first (`step` 1) or last (`step` -1) day is `start`."""
    if duration.unit != "weekday":
        return start + timedelta(days=step * (_days(duration) - 1))
    day = _weekday_from(start, step)
    for _ in range(_days(duration) - 1):
        day = _weekday_from(day + timedelta(days=step), step)
    return day


def _weekday_from(day: date, step: int) -> date:
    """`day`, or the nearest Monday-to-Friday day after it (`step` 1) or before it (-1)."""
    while day.weekday() > 4:
        day += timedelta(days=step)
    return day


def _days(duration: DurationRef) -> int:
    if duration.count is None or duration.count < 1:
        raise _Unclear
    return duration.count * (7 if duration.unit == "week" else 1)
