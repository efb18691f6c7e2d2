"""The school's calendar: which days are school days (DESIGN.md §5).

A school day is a weekday inside a term (both ends inclusive) that is neither a planned closure
(INSET day) nor a bank holiday. The days are worked out once, so every question asked per message
is a binary search over a sorted tuple.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from datetime import date, timedelta

import holidays

# holidays' subdivision of the United Kingdom for each value of `bank_holidays` in school.toml.
_SUBDIVISIONS: dict[str, str | None] = {
    "england": "ENG",
    "scotland": "SCT",
    "wales": "WLS",
    "northern_ireland": "NIR",
    "none": None,
}


# Gaps between school days longer than this are holidays (half term included): a long weekend of a bank
# holiday and an INSET day is at most five days.
BREAK_DAYS = 6


class SchoolCalendar:
    def __init__(
        self, terms: Sequence[tuple[date, date]], closures: Iterable[date], bank_holidays: str
    ) -> None:
        if bank_holidays not in _SUBDIVISIONS:
            raise ValueError(
                f"unknown bank holidays {bank_holidays!r}; expected one of {list(_SUBDIVISIONS)}"
            )
        closed = set(closures)
        years = {year for start, end in terms for year in range(start.year, end.year + 1)}
        subdivision = _SUBDIVISIONS[bank_holidays]
        if subdivision is not None and years:
            closed.update(holidays.country_holidays("GB", subdiv=subdivision, years=sorted(years)))
        days: set[date] = set()
        for start, end in terms:
            day = start
            while day <= end:
                if day.weekday() < 5 and day not in closed:
                    days.add(day)
                day += timedelta(days=1)
        self._days: tuple[date, ...] = tuple(sorted(days))
        self._day_set = frozenset(days)

    def is_school_day(self, day: date) -> bool:
        return day in self._day_set

    def next_school_day(self, day: date, *, inclusive: bool = False) -> date | None:
        """The first school day after `day` (or on it, when inclusive); None beyond the last term."""
        index = bisect_left(self._days, day) if inclusive else bisect_right(self._days, day)
        return self._days[index] if index < len(self._days) else None

    def previous_school_day(self, day: date, *, inclusive: bool = False) -> date | None:
        """The last school day before `day` (or on it, when inclusive); None before the first term."""
        index = (bisect_right(self._days, day) if inclusive else bisect_left(self._days, day)) - 1
        return self._days[index] if index >= 0 else None

    def school_days(self, start: date, end: date) -> list[date]:
        """The school days from `start` to `end`, both inclusive."""
        return list(self._days[bisect_left(self._days, start) : bisect_right(self._days, end)])

    def count_school_days(self, start: date, end: date) -> int:
        return max(0, bisect_right(self._days, end) - bisect_left(self._days, start))

    def add_school_days(self, day: date, n: int) -> date | None:
        """The n-th school day after `day` (before it when n is negative); `day` itself when n is 0."""
        if n == 0:
            return day
        index = bisect_right(self._days, day) + n - 1 if n > 0 else bisect_left(self._days, day) + n
        return self._days[index] if 0 <= index < len(self._days) else None

    def term_end(self, day: date, *, before: bool = False) -> date | None:
        """The last school day before a holiday: the first such on or after `day`, or the last before it."""
        current = self.previous_school_day(day) if before else self.next_school_day(day, inclusive=True)
        while current is not None:
            following = self.next_school_day(current)
            if following is None or (following - current).days > BREAK_DAYS:
                return current
            current = self.previous_school_day(current) if before else following
        return None

    def term_start(self, day: date, *, before: bool = False) -> date | None:
        """The first school day after a holiday: the first such on or after `day`, or the last on or before it."""
        current = (
            self.previous_school_day(day, inclusive=True)
            if before
            else self.next_school_day(day, inclusive=True)
        )
        while current is not None:
            previous = self.previous_school_day(current)
            if previous is None or (current - previous).days > BREAK_DAYS:
                return current
            current = previous if before else self.next_school_day(current)
        return None
