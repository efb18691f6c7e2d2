"""The words and patterns of day expressions, per language, for the date layer (`dates.py`).

The vocabulary is data; `grammar()` builds the regular expressions from it once per language. The
patterns' shape (day before month, "the 3rd", "monday to wednesday") is English's; a language that
writes dates differently needs its own builder, not only its own words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """One language's words for days and their roles; the patterns below are built from them."""

    weekdays: dict[str, int]
    months: dict[str, int]
    counts: dict[str, int | None]  # number words; None means an unknown few
    relative: dict[str, int]  # words for days counted from today
    ordinal_suffix: str
    past_markers: tuple[str, ...]
    present_markers: tuple[str, ...]
    # Regular expressions for the text just before a mention that give it a role.
    until_tail: str
    end_connector: str
    list_connector: str
    alternative_connector: str
    return_tail: str
    negation_tail: str
    negation: str
    start_tail: str
    since_tail: str
    no_duration_tail: str
    clause_break: str
    # A clause about keeping the school informed, whose days are not days absent: "will let you know
    # about tomorrow".
    aside: str


VOCABULARY: dict[str, Vocabulary] = {
    "en": Vocabulary(
        weekdays={
            "monday": 0,
            "tuesday": 1,
            "wednesday": 2,
            "thursday": 3,
            "friday": 4,
            "saturday": 5,
            "sunday": 6,
        },
        months={
            "january": 1,
            "jan": 1,
            "february": 2,
            "feb": 2,
            "march": 3,
            "mar": 3,
            "april": 4,
            "apr": 4,
            "may": 5,
            "june": 6,
            "jun": 6,
            "july": 7,
            "jul": 7,
            "august": 8,
            "aug": 8,
            "september": 9,
            "sept": 9,
            "sep": 9,
            "october": 10,
            "oct": 10,
            "november": 11,
            "nov": 11,
            "december": 12,
            "dec": 12,
        },
        counts={
            "a": 1,
            "an": 1,
            "one": 1,
            "two": 2,
            "three": 3,
            "four": 4,
            "five": 5,
            "six": 6,
            "seven": 7,
            "eight": 8,
            "nine": 9,
            "ten": 10,
            "a couple of": 2,
            "couple of": 2,
            "a couple": 2,
            "a few": None,
            "few": None,
            "several": None,
        },
        relative={
            "the day after tomorrow": 2,
            "day after tomorrow": 2,
            "the day before yesterday": -2,
            "day before yesterday": -2,
            "tomorrow": 1,
            "yesterday": -1,
            "today": 0,
            "this morning": 0,
            "this afternoon": 0,
        },
        ordinal_suffix=r"st|nd|rd|th",
        past_markers=(
            "was",
            "were",
            "wasn't",
            "weren't",
            "missed",
            "been",
            "had",
            "didn't",
            "did",
            "stayed",
            "kept",
            "went",
            "couldn't",
            "came",
            "took",
            "ago",
        ),
        present_markers=(
            "will",
            "won't",
            "'ll",
            "is",
            "isn't",
            "are",
            "aren't",
            "am",
            "be",
            "going",
            "can't",
            "cannot",
            "has",
            "have",
            "needs",
            "need",
            "got",
            "'s",
            "'re",
            "'m",
        ),
        until_tail=r"\b(?:until|up until|up to|before)\s*(?:the\s+)?$",
        end_connector=r"^\s*(?:-|to|through|through to|up to and including|and including)\s*(?:the\s+)?$",
        list_connector=r"^\s*(?:,|and|&|\+|, and)\s*(?:the\s+|on\s+|also\s+)?$",
        alternative_connector=r"^\s*(?:or|/|or maybe|maybe)\s*(?:the\s+|on\s+)?$",
        return_tail=(
            r"\b(?:back|return|returns|returning|be in|in school|(?:coming|come|going|go) (?:in|to school)"
            r"|fine|ok|okay|ready|well enough|better)"
            r"(?:\s+(?:in|to|at|school|on|by|for|from|again|hopefully|probably|maybe|the))*\s*$"
        ),
        negation_tail=r"(?:n't|\bnot|\bnever)\s+(?:\w+\s+)?$",
        negation=r"n't\b|\bnot\b|\bnever\b|\bneither\b",
        start_tail=r"\b(?:from|starting|starting from|beginning|as of|as from|commencing|w/?c)\s*(?:the\s+)?$",
        since_tail=r"\bsince\s*(?:the\s+)?$",
        no_duration_tail=r"\b(?:in|within|after|every|than)\s*$",
        clause_break=(
            r"[,.;:!?\n]|\b(?:but|so|because|as|although|though|however)\b"
            r"|\band\b(?= (?:see|let|update|keep|will|we'll|i'll|we will|i will)\b)"
        ),
        aside=(
            r"\b(?:let (?:you|the school) know|keep (?:you|the school) (?:updated|posted|informed)"
            r"|update (?:you|the school)|see how (?:she|he|they|it) (?:is|goes|feels|gets on)|in touch)\b"
        ),
    ),
}


@dataclass(frozen=True, slots=True)
class Grammar:
    """One language's patterns, compiled."""

    vocabulary: Vocabulary
    day_range: re.Pattern[str]
    numeric: re.Pattern[str]
    day_month: re.Pattern[str]
    month_day: re.Pattern[str]
    ordinal: re.Pattern[str]
    weekday: re.Pattern[str]
    relative: re.Pattern[str]
    week: re.Pattern[str]
    duration: re.Pattern[str]
    tense: re.Pattern[str]
    sentence: re.Pattern[str]
    clause: re.Pattern[str]
    aside: re.Pattern[str]
    until_tail: re.Pattern[str]
    end_connector: re.Pattern[str]
    list_connector: re.Pattern[str]
    alternative_connector: re.Pattern[str]
    return_tail: re.Pattern[str]
    negation_tail: re.Pattern[str]
    negation: re.Pattern[str]
    start_tail: re.Pattern[str]
    since_tail: re.Pattern[str]
    no_duration_tail: re.Pattern[str]


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in sorted(words, key=len, reverse=True))


@cache
def grammar(language: str) -> Grammar:
    v = VOCABULARY.get(language, VOCABULARY["en"])
    wd, month, ords = _alternation(list(v.weekdays)), _alternation(list(v.months)), v.ordinal_suffix
    counts = _alternation(list(v.counts))
    not_a_quantity = (
        r"(?!\s*(?:am|pm|a\.m|p\.m|mins?|minutes?|hours?|hrs?|days?|weeks?|years?|o'?clock|times?)\b)"
    )
    markers = _alternation([m for m in v.past_markers + v.present_markers if not m.startswith("'")])
    return Grammar(
        vocabulary=v,
        day_range=re.compile(
            rf"(?<![\d/.:])(?:the\s+)?(?P<d1>[0-3]?\d)(?P<o1>{ords})?(?:\s+(?:of\s+)?(?P<m1>{month}))?"
            rf"\s*(?P<conn>-|to|until|through)\s*(?:the\s+)?(?P<d2>[0-3]?\d)(?P<o2>{ords})?"
            rf"(?:\s+(?:of\s+)?(?P<m2>{month}))?\b(?![/:.]\d){not_a_quantity}"
        ),
        numeric=re.compile(
            rf"(?:\b(?P<wd>{wd})\s+(?:the\s+)?)?(?<![\d/.:])(?P<d>[0-3]?\d)(?P<sep>[/.-])(?P<m>[01]?\d)"
            rf"(?:(?P=sep)(?P<y>\d{{4}}|\d{{2}}))?(?![\d/]|\.\d)"
        ),
        day_month=re.compile(
            rf"(?:\b(?P<wd>{wd})\s+)?\b(?:the\s+)?(?P<d>[0-3]?\d)(?:{ords})?\s+(?:of\s+)?(?P<m>{month})\b"
            rf"(?:\s+(?P<y>20\d\d)\b)?"
        ),
        month_day=re.compile(
            rf"(?:\b(?P<wd>{wd})\s+)?\b(?P<m>{month})\s+(?:the\s+)?(?P<d>[0-3]?\d)(?:{ords})?\b(?![:.]\d)"
            rf"{not_a_quantity}(?:,?\s+(?P<y>20\d\d)\b)?"
        ),
        ordinal=re.compile(
            rf"(?:\b(?P<wd>{wd})\s+)?\b(?:the\s+)?(?P<d>[0-3]?\d)(?P<o>{ords})?\b(?![:./]\d){not_a_quantity}"
            r"(?!\s+(?:day|child|son|daughter|one|grade|class|place|birthday|time|year|attempt)\b)"
        ),
        weekday=re.compile(
            rf"\b(?:(?P<q>this\s+coming|this|next|last|coming|on)\s+)?(?P<wd>{wd})\b"
            r"(?:\s+(?P<q2>next\s+week|this\s+week|week)\b)?"
        ),
        relative=re.compile(rf"\b(?P<rel>{_alternation(list(v.relative))})\b"),
        week=re.compile(
            r"\b(?:(?:for\s+)?(?:the\s+)?(?P<rest>rest|remainder)\s+of\s+(?:the\s+|this\s+)?week"
            r"|(?:the\s+)?end\s+of\s+(?:the\s+)?(?P<end>this|next)?\s*week"
            r"|(?:all\s+(?:of\s+)?|(?:the\s+)?whole\s+(?:of\s+)?)?(?P<which>this|next)\s+week"
            r"|(?P<all>all\s+week|(?:the\s+)?whole\s+week|for\s+the\s+week))\b"
        ),
        duration=re.compile(
            rf"\b(?:for\s+)?(?:another\s+|a\s+further\s+|the\s+next\s+|next\s+)?(?P<n>\d{{1,2}}|{counts})\s+"
            r"(?:more\s+|whole\s+|school\s+|full\s+)?(?P<unit>days?|weeks?|fortnight)\b(?!\s+ago)"
            r"|\bfor\s+(?:the|a)\s+(?P<single>day)\b"
        ),
        tense=re.compile(rf"(?:\b(?:{markers})\b|'(?:ll|s|re|m)\b)"),
        sentence=re.compile(r"[.!?\n]+(?!\d)"),
        clause=re.compile(v.clause_break),
        aside=re.compile(v.aside),
        until_tail=re.compile(v.until_tail),
        end_connector=re.compile(v.end_connector),
        list_connector=re.compile(v.list_connector),
        alternative_connector=re.compile(v.alternative_connector),
        return_tail=re.compile(v.return_tail),
        negation_tail=re.compile(v.negation_tail),
        negation=re.compile(v.negation),
        start_tail=re.compile(v.start_tail),
        since_tail=re.compile(v.since_tail),
        no_duration_tail=re.compile(v.no_duration_tail),
    )
