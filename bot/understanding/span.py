"""The calendar span a text means: the date layer alone, before any school-day rule (for tests and the bench)."""

from __future__ import annotations

import re
from datetime import date, datetime, time

from bot.understanding.dates import find_mentions
from bot.understanding.period import calendar_span as _mentions_span
from bot.understanding.text import fold, normalise

# Every clause counts as about the dates: nothing is set aside as an aside.
_EVERY_CLAUSE = re.compile("")


def calendar_span(text: str, now: datetime, day_end: time | None = None) -> tuple[date | None, date | None]:
    """The first and last calendar day `text` (English) means, said at `now`; None where it does not say.

    `day_end`: after this time a weekday named without qualifier means next week's ("friday" on a
    Friday evening); by default the whole day is still ahead.
    """
    mentions = find_mentions(normalise(fold(text), "en"), _EVERY_CLAUSE, "en")
    return _mentions_span(mentions, now, day_end)
