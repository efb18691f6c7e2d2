"""Which of the parent's children a message is about."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

# Phrases meaning every child of the parent ("both", "the kids"), per language.
ALL_CHILDREN: dict[str, tuple[str, ...]] = {
    "en": (
        r"both(?! (?:sessions?|am|pm|mornings?|afternoons?|days?|of (?:us|you)))",
        r"all (?:of )?(?:them|three|four|five|my (?:kids|children|boys|girls))",
        r"(?:the|my|our) (?:kids|children|boys|girls|twins|two|three|four)",
        r"kids",
        r"(?:neither|none) of them",
    ),
}

# Given names that are also everyday words: "will" in a message is nearly always the verb. Such a name
# counts only when written with a capital and not followed by what the word usually is ("Will be
# late"), as a possessive ("will's off"), or with the surname.
COMMON_WORD_NAMES: dict[str, frozenset[str]] = {
    "en": frozenset(
        [
            "will",
            "may",
            "june",
            "april",
            "august",
            "grace",
            "hope",
            "faith",
            "joy",
            "rose",
            "summer",
            "autumn",
            "sky",
            "dawn",
            "eve",
            "holly",
            "ivy",
            "penny",
            "sandy",
            "honey",
            "bill",
            "pat",
            "sue",
            "ray",
            "art",
            "mark",
            "frank",
            "rich",
            "chase",
            "grant",
            "hunter",
            "river",
            "star",
            "storm",
            "sunny",
            "jay",
            "kit",
            "amber",
            "daisy",
            "poppy",
            "lily",
            "jade",
            "pearl",
            "angel",
            "sonny",
            "miles",
            "reed",
            "cliff",
            "drew",
            "rob",
            "don",
            "nick",
            "max",
            "mo",
            "bob",
        ]
    ),
}
# What follows a common-word name when it is the word, not the name.
_WORD_USE = r"(?!\s+(?:be|not|have|i|we|you|he|she|they|\d))"


@cache
def _all_children(language: str) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(ALL_CHILDREN.get(language, ALL_CHILDREN["en"])) + r")\b")


def which_children(folded: str, roster: Sequence[str], language: str = "en") -> tuple[str, ...]:
    """The roster names the message is about: the only child, those named, all for "both", or none."""
    if len(roster) == 1:
        return (roster[0],)
    lowered = folded.lower()
    common = COMMON_WORD_NAMES.get(language, COMMON_WORD_NAMES["en"])
    first_names = [name.split()[0].lower() for name in roster]
    named = []
    for full_name, first in zip(roster, first_names, strict=True):
        if _names(lowered, full_name.lower()) or (
            first_names.count(first) == 1 and _names_first(folded, lowered, first, first in common)
        ):
            named.append(full_name)
    if not named and _all_children(language).search(lowered):
        return tuple(roster)
    return tuple(named)


def _names(lowered: str, name: str) -> bool:
    return re.search(rf"\b{re.escape(name)}(?:'?s)?\b", lowered) is not None


def _names_first(folded: str, lowered: str, first: str, is_common_word: bool) -> bool:
    if not is_common_word:
        return _names(lowered, first)
    if re.search(rf"\b{re.escape(first)}'s\b", lowered):
        return True
    capitalised = f"(?:{re.escape(first.capitalize())}|{re.escape(first.upper())})"
    return re.search(rf"\b{capitalised}\b{_WORD_USE}", folded) is not None
