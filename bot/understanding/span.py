"""The calendar span a text means: the date layer alone, before any school-day rule (for tests and the bench)."""

from __future__ import annotations

import re
from datetime import date, datetime, time

from bot.understanding.dates import find_mentions
from bot.understanding.period import calendar_span as _mentions_span
from bot.understanding.text import fold, normalise

# Every clause counts as about the dates: nothing is set aside as an aside.
_EVERY_CLAUSE = re.compile("")
_TIME_OF_DAY = re.compile(
    r"\b\d{1,2}(?:[.:]\d{2})?\s*(?:-\s*\d{1,2}(?:[.:]\d{2})?\s*)?(?:am|pm|a\.m|p\.m)\b"
    r"|\bat\s+\d{1,2}(?:[.:][0-5]\d)?\b(?![.:/-]?\d|\s*(?:%|per\s*cent|percent))"
    r"|\bin\s+the\s+(?:morning|afternoon|evening)\b"
    r"|\bfor\s+\d+(?:\.\d+)?\s*(?:hours?|hrs?|minutes?|mins?)\b"
)
# "$12 december 27": an amount of money is not a day; normalising would drop the sign and keep the number.
_MONEY = re.compile(r"[$£€]\s?\d[\d,]*(?:\.\d+)?")


def calendar_span(text: str, now: datetime, day_end: time | None = None) -> tuple[date | None, date | None]:
    """The first and last calendar day `text` (English) means, said at `now`; None where it does not say.

    `day_end`: after this time a weekday named without qualifier means next week's ("friday" on a
    Friday evening); by default the whole day is still ahead.
    """
    folded = normalise(fold(_MONEY.sub(" ", text)), "en")
    mentions = find_mentions(folded, _EVERY_CLAUSE, "en")
    if not mentions.found and not mentions.unclear and _TIME_OF_DAY.search(folded):
        # Only a time ("5-6 pm", "at 6.45"): today's, as the bot reads a message that names no day.
        return now.date(), now.date()
    return _mentions_span(mentions, now, day_end)
