"""Time is injected: the bot asks a clock, so tests and the demo can set the hour."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

Clock = Callable[[], datetime]


def system_clock(tz: ZoneInfo) -> Clock:
    return lambda: datetime.now(tz)


class SettableClock:
    """A clock that stands still until told otherwise."""

    def __init__(self, now: datetime) -> None:
        if now.tzinfo is None:
            raise ValueError("a SettableClock needs an aware datetime")
        self._now = now

    def __call__(self) -> datetime:
        return self._now

    def set(self, now: datetime) -> None:
        self._now = now.replace(tzinfo=self._now.tzinfo) if now.tzinfo is None else now

    def advance(self, delta: timedelta) -> None:
        self._now += delta
