"""The date layer, part one: finds the day expressions in a message and what role each plays.

A mention is what the parent wrote ("next wednesday", "23/11", "the rest of the week", "for 3 days");
its role says how it bounds the absence ("back thursday" is the return, "until wednesday" is the day
the absence ends before, "monday to wednesday" gives a first and last day). Turning mentions into
calendar days is `period.py`'s job.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from enum import Enum
from typing import Literal

from bot.understanding.date_grammar import Grammar, Vocabulary, grammar


class Role(Enum):
    PLAIN = "plain"  # a day absent
    START = "start"  # "from monday"
    SINCE = "since"  # "since monday": absent from then and still
    END = "end"  # the last day absent, inclusive: "monday to wednesday"
    UNTIL = "until"  # "until wednesday": DESIGN.md §4 reads it as the return day
    RETURN = "return"  # "back thursday"


@dataclass(frozen=True, slots=True)
class DayRef:
    """One calendar day as written: relative (`offset`), a weekday, a date, or a weekday with a date."""

    offset: int | None = None
    weekday: int | None = None
    # "next": in the following week; "coming": strictly after today; "week": a week after the day
    # meant ("monday week"); "last": the latest before today.
    qualifier: Literal["next", "last", "coming", "week"] | None = None
    day: int | None = None
    month: int | None = None
    year: int | None = None


@dataclass(frozen=True, slots=True)
class WeekRef:
    which: Literal["this", "next", "rest"]
    end_only: bool = False  # "the end of the week": only its last day is meant


@dataclass(frozen=True, slots=True)
class DurationRef:
    count: int | None  # None: "a few days", a length the parent does not know
    unit: Literal["day", "week"]


Ref = DayRef | WeekRef | DurationRef


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    ref: Ref
    role: Role
    past: bool  # spoken of in the past tense
    about_absence: bool  # its clause speaks of being absent, not only of being ill


@dataclass(frozen=True, slots=True)
class Mentions:
    found: tuple[Mention, ...]
    # The parent gave alternatives or a date that does not exist ("monday or tuesday", "31/2").
    unclear: bool


@dataclass(frozen=True, slots=True)
class _Found:
    start: int
    end: int
    ref: Ref | None  # None: a date that cannot be, such as 31/2
    role: Role | None = None  # set when the expression itself says it ("23rd-25th")


def find_mentions(text: str, absence: re.Pattern[str], language: str = "en") -> Mentions:
    """The day expressions in normalised `text`; `absence` matches phrases of being absent."""
    g = grammar(language)
    found = _without_overlaps(_candidates(text, g), len(text))
    tenses = [(m.start(), m.group() not in g.vocabulary.past_markers) for m in g.tense.finditer(text)]
    tense_starts = [start for start, _ in tenses]
    sentence_starts = [0, *(m.end() for m in g.sentence.finditer(text))]
    clause_starts = [0, *(m.end() for m in g.clause.finditer(text))]
    clauses: dict[int, tuple[bool, bool]] = {}  # clause index: (about being absent, an aside)
    mentions: list[Mention] = []
    unclear = False
    previous: Mention | None = None
    for item in found:
        if item.ref is None:
            unclear = True
            continue
        sentence_start = sentence_starts[bisect_right(sentence_starts, item.start) - 1]
        linked = previous if previous is not None and previous.end >= sentence_start else None
        gap = text[linked.end : item.start] if linked else ""
        listed = linked is not None and g.list_connector.match(gap) is not None
        if linked is not None and g.alternative_connector.match(gap):
            # "won't be in monday or tuesday" is neither day; "off monday or tuesday" is a guess to ask about.
            if g.negation.search(text, sentence_start, linked.start):
                listed = True
            else:
                unclear = True
        joined = listed or (linked is not None and g.end_connector.match(gap) is not None)
        tail = text[max(sentence_start, linked.end if linked else 0, item.start - 40) : item.start]
        role = item.role or _role(item.ref, tail, gap, linked, listed, g)
        if role is None:
            continue
        marker = bisect_right(tense_starts, item.start) - 1
        past = marker >= 0 and tenses[marker][0] >= sentence_start and not tenses[marker][1]
        clause = bisect_right(clause_starts, item.start) - 1
        if clause not in clauses:
            start, end = clause_starts[clause], [*clause_starts[1:], len(text)][clause]
            clauses[clause] = (
                absence.search(text, start, end) is not None,
                g.aside.search(text, start, end) is not None,
            )
        about_absence, aside = clauses[clause]
        if aside and not about_absence:
            continue
        if joined and linked is not None:
            past, about_absence = linked.past, linked.about_absence or about_absence
        mention = Mention(item.start, item.end, item.ref, role, past, about_absence)
        mentions.append(mention)
        previous = mention
    return Mentions(tuple(mentions), unclear)


def _role(ref: Ref, tail: str, gap: str, linked: Mention | None, listed: bool, g: Grammar) -> Role | None:
    """The role the words before a mention give it; None when it is not about the absence at all."""
    if isinstance(ref, DurationRef):
        return None if g.no_duration_tail.search(tail) else Role.END
    if linked is not None and g.end_connector.match(gap):
        return Role.END
    if linked is not None and listed and linked.role in (Role.PLAIN, Role.START):
        return Role.PLAIN
    if g.until_tail.search(tail):
        return Role.UNTIL
    back = g.return_tail.search(tail)
    if back and not g.negation_tail.search(tail[: back.start()]):
        return Role.RETURN
    if g.since_tail.search(tail):
        return Role.SINCE
    if g.start_tail.search(tail):
        return Role.START
    return Role.PLAIN


def _candidates(text: str, g: Grammar) -> list[_Found]:
    """Every expression of a day, week or length in the text; they may overlap."""
    v = g.vocabulary
    found: list[_Found] = []
    for m in g.day_range.finditer(text):
        found.extend(_day_range(m, v))
    for m in g.numeric.finditer(text):
        if m["sep"] != "/" and not m["y"]:
            continue  # "9.30" is a time and "3-4" a count; only "3/12" is a date without a year
        day, month = int(m["d"]), int(m["m"])
        if 1 <= day <= 31 and 1 <= month <= 12:
            year = int(m["y"]) + (2000 if len(m["y"]) == 2 else 0) if m["y"] else None
            found.append(_Found(m.start(), m.end(), _date_ref(day, month, year, _weekday(m["wd"], v))))
    for pattern in (g.day_month, g.month_day):
        for m in pattern.finditer(text):
            year = int(m["y"]) if m["y"] else None
            ref = _date_ref(int(m["d"]), v.months[m["m"]], year, _weekday(m["wd"], v))
            found.append(_Found(m.start(), m.end(), ref))
    for m in g.ordinal.finditer(text):
        if m["o"] or m["wd"]:
            found.append(_Found(m.start(), m.end(), _date_ref(int(m["d"]), None, None, _weekday(m["wd"], v))))
    for m in g.weekday.finditer(text):
        qualifier = _qualifier(m["q"], m["q2"])
        found.append(_Found(m.start(), m.end(), DayRef(weekday=v.weekdays[m["wd"]], qualifier=qualifier)))
    for m in g.relative.finditer(text):
        found.append(_Found(m.start(), m.end(), DayRef(offset=v.relative[_spaced(m["rel"])])))
    for m in g.week.finditer(text):
        found.append(_Found(m.start(), m.end(), _week(m)))
    for m in g.duration.finditer(text):
        found.append(_Found(m.start(), m.end(), _duration(m, v)))
    return found


def _day_range(m: re.Match[str], v: Vocabulary) -> list[_Found]:
    """ "23rd-25th", "23-25 nov", "30th nov to 2nd dec": two mentions, the second ending the range."""
    if not (m["o1"] or m["o2"] or m["m1"] or m["m2"]):
        return []  # "9-3" is school hours, not dates
    first_day, last_day = int(m["d1"]), int(m["d2"])
    month_1 = v.months[m["m1"]] if m["m1"] else None
    month_2 = v.months[m["m2"]] if m["m2"] else None
    if last_day >= first_day:  # one month named serves both ends
        month_1, month_2 = month_1 or month_2, month_2 or month_1
    role = Role.UNTIL if m["conn"] == "until" else Role.END
    return [
        _Found(m.start(), m.start("conn"), _date_ref(first_day, month_1)),
        _Found(m.end("conn"), m.end(), _date_ref(last_day, month_2), role),
    ]


def _week(m: re.Match[str]) -> WeekRef:
    if m["rest"]:
        return WeekRef("rest")
    if m["which"]:
        return WeekRef("next" if m["which"] == "next" else "this")
    if m["all"]:
        return WeekRef("this")
    return WeekRef("next" if m["end"] == "next" else "this", end_only=True)


def _duration(m: re.Match[str], v: Vocabulary) -> DurationRef:
    if m["single"]:
        return DurationRef(1, "day")
    number, unit = m["n"], m["unit"]
    count = int(number) if number.isdigit() else v.counts[_spaced(number)]
    if unit == "fortnight":
        return DurationRef(None if count is None else 2 * count, "week")
    return DurationRef(count, "week" if unit.startswith("week") else "day")


def _without_overlaps(found: list[_Found], length: int) -> list[_Found]:
    """The longest expression wherever two overlap, in the order they appear."""
    taken = bytearray(length)
    kept: list[_Found] = []
    for item in sorted(found, key=lambda f: f.end - f.start, reverse=True):
        if not any(taken[item.start : item.end]):
            taken[item.start : item.end] = b"\x01" * (item.end - item.start)
            kept.append(item)
    return sorted(kept, key=lambda f: f.start)


def _date_ref(
    day: int, month: int | None, year: int | None = None, weekday: int | None = None
) -> DayRef | None:
    if not 1 <= day <= 31:
        return None
    return DayRef(weekday=weekday, day=day, month=month, year=year)


def _weekday(word: str | None, v: Vocabulary) -> int | None:
    return v.weekdays[word] if word else None


def _qualifier(before: str | None, after: str | None) -> Literal["next", "last", "coming", "week"] | None:
    if after:
        return "next" if after.startswith("next") else None if after.startswith("this") else "week"
    if before in ("next", "last"):
        return "next" if before == "next" else "last"
    return "coming" if before and before.endswith("coming") else None


def _spaced(words: str) -> str:
    return " ".join(words.split())
