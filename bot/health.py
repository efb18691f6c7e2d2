"""Public-health exclusion guidance for common childhood illnesses (UKHSA, "Health protection in
children and young people settings"), and the earliest school day a child may return under it.

The bot only suggests: the parent chooses the return day, and the school decides.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from bot.calendar import SchoolCalendar
from bot.understanding.text import fold, normalise


class Condition(StrEnum):
    DIARRHOEA_VOMITING = "diarrhoea_vomiting"
    CHICKENPOX = "chickenpox"
    SCARLET_FEVER = "scarlet_fever"
    IMPETIGO = "impetigo"
    MEASLES = "measles"
    MUMPS = "mumps"
    COVID = "covid"


@dataclass(frozen=True, slots=True)
class Exclusion:
    """Stay away for `length`, counted from the report (`from_day_start` False: from the moment it
    was sent, the best estimate of the last episode or the first dose) or from the start of that
    day (the rash, the swelling or the test appeared that day)."""

    length: timedelta
    from_day_start: bool


EXCLUSIONS: dict[Condition, Exclusion] = {
    Condition.DIARRHOEA_VOMITING: Exclusion(timedelta(hours=48), from_day_start=False),
    Condition.CHICKENPOX: Exclusion(timedelta(days=5), from_day_start=True),
    Condition.SCARLET_FEVER: Exclusion(timedelta(hours=24), from_day_start=False),
    Condition.IMPETIGO: Exclusion(timedelta(hours=48), from_day_start=False),
    Condition.MEASLES: Exclusion(timedelta(days=4), from_day_start=True),
    Condition.MUMPS: Exclusion(timedelta(days=5), from_day_start=True),
    # "Stay at home for 3 days after the day of the test": from the end of that day.
    Condition.COVID: Exclusion(timedelta(days=4), from_day_start=True),
}

# Over the normalised English text (other languages are glossed into English by the text layer).
# "Off sick" is just ill in British English; "was sick" and "been sick" mean vomiting.
_SIGNS: dict[Condition, str] = {
    Condition.DIARRHOEA_VOMITING: (
        r"vomit\w*|\bd ?& ?v\b|\bd and v\b|diarrh\w*|threw up|throw\w* up|\b(?:was|been|being|were) sick\b"
        r"|sick (?:in|during) the night|(?:sickness|tummy|stomach) (?:bug|virus)|norovirus|the runs"
    ),
    Condition.CHICKENPOX: r"chicken ?pox",
    Condition.SCARLET_FEVER: r"scarlet fever|scarlatina",
    Condition.IMPETIGO: r"impetigo",
    Condition.MEASLES: r"(?<!german )measles",
    Condition.MUMPS: r"\bmumps\b",
    Condition.COVID: r"(?:covid|corona\w*)\W+(?:\w+\W+){0,6}positive|positive\W+(?:\w+\W+){0,6}(?:covid|corona\w*)",
}
_PATTERNS = {condition: re.compile(pattern) for condition, pattern in _SIGNS.items()}


def condition_in(text: str, language: str = "en") -> Condition | None:
    """The first condition with exclusion guidance that a parent's message names, if any."""
    words = normalise(fold(text), language)
    return next((c for c, pattern in _PATTERNS.items() if pattern.search(words)), None)


def earliest_return(
    condition: Condition, reported_at: datetime, calendar: SchoolCalendar, school_starts: time
) -> date | None:
    """The first school day whose start falls after the exclusion ends."""
    rule = EXCLUSIONS[condition]
    start = (
        reported_at.replace(hour=0, minute=0, second=0, microsecond=0) if rule.from_day_start else reported_at
    )
    ends = start + rule.length
    day = calendar.next_school_day(ends.date(), inclusive=True)
    if day is not None and day == ends.date() and datetime.combine(day, school_starts, ends.tzinfo) < ends:
        day = calendar.next_school_day(day)
    return day
