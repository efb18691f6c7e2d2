"""Which of the parent's children a message is about."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache, lru_cache

from bot.understanding import lexicon
from bot.understanding.nicknames import pet_names, plain
from bot.understanding.text import WORD_END, WORD_START, any_of, compiled
from bot.understanding.transliterate import written_in_script, written_without_vowels

# Phrases meaning every child of the parent ("both", "the kids"), per language.
ALL_CHILDREN: dict[str, tuple[str, ...]] = {
    "en": (
        r"both(?! (?:sessions?|am|pm|mornings?|afternoons?|days?|of (?:us|you)))",
        r"all (?:of )?(?:them|three|four|five|my (?:kids|children|boys|girls))",
        # not "one of the twins", which asks which
        r"(?<!one of )(?:the|my|our) (?:kids|children|boys|girls|twins|two|three|four)",
        r"(?<!one of the )(?<!one of my )(?:kids|children)\b(?!'s)",
        r"(?:neither|none|all|each) of (?:them|mine|my lot|the kids|the children)",
        r"my lot",
    ),
    **lexicon.ALL_CHILDREN,
}

# Children told apart by sex or as a sibling of the one named: all of two, but not known of three.
_SOME_OF_THEM = re.compile(
    r"\b(?:(?<!one of )(?:both|the|my|our) (?:boys|girls)|(?:and|&) (?:his|her|their) (?:little |big |younger |older )?"
    r"(?:brother|sister))\b"
)
_OTHER_SCRIPT_WORD = re.compile(r"[^\sa-z0-9.,!?;:()'\"&/+@-]+")
# Said after "the boys": they are well and in school, so they are not among those the message is about.
_FINE = re.compile(r" (?:are|'re) (?:fine|ok|okay|well|in|coming in|going in)\b")
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
# Endings of given names in languages that decline them ("Avy", "Samowi", "Leo" → "Leui"), added to
# the name without its final vowel.
CASE_ENDINGS = lexicon.CASE_ENDINGS
NOMINATIVE_ENDINGS = lexicon.NOMINATIVE_ENDINGS
_VOWELS = frozenset("aeiouy")
# Words that begin a name or are one letter from one but are nearly always just the word.
_NOT_NICKNAMES = frozenset(
    [
        "the",
        "her",
        "his",
        "him",
        "she",
        "and",
        "are",
        "all",
        "any",
        "was",
        "has",
        "had",
        "can",
        "for",
        "not",
        "off",
        "may",
        "one",
        "eve",
        "ill",
        "old",
        "new",
        "day",
        "art",
        "our",
        "own",
        "was",
        "who",
        "why",
        "how",
        "too",
        "two",
        "she's",
        "he's",
        "its",
        "it's",
        "this",
        "that",
        "then",
        "they",
        "them",
        "there",
        "these",
    ]
)
# What follows a common-word name when it is the word, not the name.
_WORD_USE = r"(?!\s+(?:be|not|have|i|we|you|he|she|they|\d))"
# What follows a child's name as the subject of a report ("max has", "lily and archie", "alf is off"):
# a lowercase common-word name or a shortened name counts there.
_SUBJECT_USE = (
    r"(?=\s+(?:has|have|is|was|are|were|won't|wont|will be|isn't|isnt|wasn't|had|hasn't|hasnt|and|&|nt|not"
    r"|feels|felt|got|woke|said|off|needs|can't|cant|didn't|didnt|'s|s|too|also|both|all|fell|hurt|broke|been"
    r"|came|threw|vomited)\b|'s\b)"
)


@cache
def _all_children(language: str) -> re.Pattern[str]:
    phrases = ALL_CHILDREN.get(language, ALL_CHILDREN["en"])
    if language == "en" or language not in ALL_CHILDREN:
        return any_of(phrases)
    # Other scripts' vowel signs are not \w, so their words end where no letter of theirs follows.
    return re.compile(f"{WORD_START}(?:" + "|".join(phrases) + f"){WORD_END}")


def which_children(folded: str, roster: Sequence[str], language: str = "en") -> tuple[str, ...]:
    """The roster names the message is about: the only child, those named, all for "both", or none."""
    if len(roster) == 1:
        return (roster[0],)
    if (unsigned := _SIGNATURE.sub("", folded)) != folded and (
        named := which_children(unsigned, roster, language)
    ):
        return named  # "les trois enfants ne viendront pas mardi. maman de grâce": all three
    folded = _TEACHER.sub(" ", folded)  # "let Miss Sophie know Max won't be in": Sophie is no sibling
    lowered = folded.lower()
    common = COMMON_WORD_NAMES.get(language, COMMON_WORD_NAMES["en"])
    first_names = [name.split()[0].lower() for name in roster]
    named = []
    for full_name, first in zip(roster, first_names, strict=True):
        unique = first_names.count(first) == 1
        if (
            _names(lowered, full_name.lower())
            or (unique and _names_first(folded, lowered, first, first in common))
            or (unique and _declined(lowered, first, language))
            or (unique and _shortened(lowered, first, first_names))
            or (unique and _pet_name(lowered, first, first_names, language))
            or (unique and any(written_in_script(folded, form) for form in (first, *pet_names(first))))
            or (unique and written_without_vowels(folded, first))
        ):
            named.append(full_name)
    if language == "en" and (some := _SOME_OF_THEM.search(lowered)) and not _FINE.match(lowered, some.end()):
        # "the girls", "scarlett and her brother": which of three or more the words mean is not known
        if len(roster) > 2:
            return ()
        return tuple(roster)
    if not named and language == "en" and len(roster) > 2 and _TWO_OF_THEM.search(lowered):
        return ()  # "the twins", "both" of three: which two is not said
    if not named and _all_children(language).search(lowered):
        return tuple(roster)
    both = _BOTH_OF_THEM if language == "en" else _all_children(language)
    if len(roster) == 2 and both.search(lowered):
        return tuple(
            roster
        )  # "freddie had a meltdown about his shoes... both of them will be there about 9.45"
    if (
        language == "en"
        and len(roster) in _COUNTED
        and compiled(rf"\b(?:all|the|my) {_COUNTED[len(roster)]}\b").search(lowered)
    ):
        return tuple(roster)  # "all three will be late", though one is named for "rory's pe kit"
    return tuple(named)


# A sign-off naming the writer by one child: "thanks, grace's mum", "maman de grâce".
_SIGNATURE = re.compile(
    r"[,.!\n]\s*(?:(?:many )?thanks?(?: you)?|regards|merci|cheers|ta)?,?\s*(?:\w+'s (?:mum|mam|mom|dad|nan|gran)"
    r"|(?:mum|mam|mom|dad|maman|papa) (?:of|de|d') ?\w+)\W*$",
    re.IGNORECASE,
)
_BOTH_OF_THEM = re.compile(
    r"\bboth (?:of (?:them|mine|the kids|the children|my kids|my children)|(?:my |the )?(?:kids|children))\b"
    r"(?! (?:are|is|were|'re|r) (?:fine|ok|okay|well|in)\b)"
)
_COUNTED = {2: "(?:two|2)", 3: "(?:three|3)", 4: "(?:four|4)", 5: "(?:five|5)"}
_TWO_OF_THEM = re.compile(r"\b(?:both|(?:the|my|our) (?:twins|two))\b(?! of (?:you|us)\b)")
_TEACHER = re.compile(
    r"\b(?:[Mm]rs|[Mm]r|[Mm]s|[Mm]x|[Dd]r|MRS|MR|MS|DR)\.? \w+|\b(?:[Mm]iss|MISS) [A-Z][\w'-]*"
)


def _shortened(lowered: str, first: str, first_names: Sequence[str]) -> bool:
    """ "alf" for Alfie, "soph" for Sophie, "lilly" for Lily, said as the subject of the report."""
    for m in re.finditer(rf"\b[a-z]{{3,}}\b{_SUBJECT_USE}", lowered):
        word = m.group()
        if word == first or word in _NOT_NICKNAMES:
            continue
        short = len(word) < len(first) and first.startswith(word)
        if short and sum(name.startswith(word) for name in first_names) == 1:
            return True
        if len(first) >= 4 and _one_edit(word, first):
            return True
        if len(first) >= 6 and abs(len(word) - len(first)) <= 1 and word[:5] == first[:5]:
            return True  # "charley" for Charlie, "sophia" for Sophie
    return False


def _pet_name(lowered: str, first: str, first_names: Sequence[str], language: str) -> bool:
    """ "Kuba" for Jakub, "Ibby" for Ibrahim, "Zuzi" (declined "Zuzia") for Zuzanna: a pet form no
    sibling's name shares."""
    text = _without_diacritics(lowered)
    return any(_form_matches(text, form, language) for form in _own_pet_names(first, first_names))


def _own_pet_names(first: str, first_names: Sequence[str]) -> list[str]:
    siblings = [pet_names(name) for name in first_names if name != first]
    return [form for form in pet_names(first) if not any(form in theirs for theirs in siblings)]


def _form_matches(text: str, form: str, language: str) -> list[re.Match[str]]:
    """Where `text` has the name as a whole word, declined where the language declines names."""
    endings = CASE_ENDINGS.get(language)
    stem = _stem(form, language) if endings and len(form) > 3 else form  # "ili" is no "il"
    if not _may_hold(text, stem):
        return []
    tail = rf"(?:{endings}|'?s)?" if endings else r"(?:'?s)?"
    return list(compiled(rf"\b(?:{_spelt(form)}|{_spelt(stem)}{tail})\b").finditer(text))


def name_spans(words: str, first: str, first_names: Sequence[str], language: str) -> list[tuple[int, int]]:
    """Where normalised `words` name the child called `first` (lowercase): by name, by a pet form no
    sibling shares, or in another script. The sibling told of as attending may be named any of these ways."""
    forms = [plain(first), *_own_pet_names(first, first_names)]
    bare = _without_diacritics(words)
    text = (
        bare if len(bare) == len(words) else words
    )  # "guste" is Gustė: the same places, if no letter is lost
    spans = [
        m.span()
        for form in forms
        for m in _form_matches(text, form, language)
        if m.group() not in _NOT_NICKNAMES  # "and" is no short Andrei
    ]
    spans += [
        m.span()
        for m in _OTHER_SCRIPT_WORD.finditer(words)
        if any(written_in_script(m.group(), form, vowels_dropped=True) for form in forms)
    ]
    return sorted(spans)


def _one_edit(a: str, b: str) -> bool:
    """One letter added, dropped or changed."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    shorter, longer = (a, b) if len(a) < len(b) else (b, a)
    return any(longer[:i] + longer[i + 1 :] == shorter for i in range(len(longer)))


def _declined(lowered: str, first: str, language: str) -> bool:
    endings = CASE_ENDINGS.get(language)
    if endings is None or len(first) < 3:
        return False
    stem = _stem(first, language)
    return stem in lowered and compiled(rf"\b{re.escape(stem)}(?:{endings})\b").search(lowered) is not None


def _stem(name: str, language: str) -> str:
    """The name less its nominative ending ("augustas": "august") or final vowel ("zosia": "zosi")."""
    nominative = NOMINATIVE_ENDINGS.get(language)
    if nominative and (m := compiled(rf"(?:{nominative})$").search(name)) and m.start() >= 3:
        return name[: m.start()]
    return name[:-1] if name[-1] in _VOWELS else name


def _names(lowered: str, name: str) -> bool:
    """The name as a word, with or without its diacritics: "Ionut" is Ionuț, and "ionuț" too."""
    key = plain(name)
    texts = (lowered,) if lowered.isascii() else (lowered, _without_diacritics(lowered))
    return any(_may_hold(text, key) and _name_pattern(key).search(text) is not None for text in texts)


def _name_pattern(key: str) -> re.Pattern[str]:
    # "mary kate" is Mary-Kate
    return compiled(rf"\b{_spelt(key)}(?:'?s)?\b")


def _spelt(name: str) -> str:
    """A name as a pattern, its hyphen written or not: "mary kate" is Mary-Kate."""
    return re.escape(name).replace(re.escape("-"), "[- ]?")


def _may_hold(text: str, name: str) -> bool:
    """Whether `text` has each part of `name` that `_spelt` keeps literal: a name's pattern cannot match
    otherwise, and a school's rosters hold too many names to compile a pattern for each."""
    return all(part in text for part in name.split("-"))


@lru_cache(maxsize=4)
def _without_diacritics(lowered: str) -> str:
    return plain(lowered)  # once a message, not once a name


def _names_first(folded: str, lowered: str, first: str, is_common_word: bool) -> bool:
    if not is_common_word:
        return _names(lowered, first)
    if first not in lowered and first.capitalize() not in folded and first.upper() not in folded:
        return False  # none of the patterns below can match
    if compiled(rf"\b{re.escape(first)}(?:'s\b|s? (?:mum|mam|mom|dad|nan|gran|brother|sister)\b)").search(
        lowered
    ):
        return True  # "jade's", "jades mum"
    capitalised = f"(?:{re.escape(first.capitalize())}|{re.escape(first.upper())})"
    if compiled(rf"\b{capitalised}\b{_WORD_USE}").search(folded):
        return True
    if compiled(rf"(?:^|[,.!]\s*|\b(?:and|so|but|because)\s+)\b{re.escape(first)}\b{_SUBJECT_USE}").search(
        lowered
    ):
        return True
    if compiled(rf"\b(?:could|can|would|will|should) {re.escape(first)} be\b").search(lowered):
        return True  # "could poppy be ready at 1.45"
    return compiled(rf"\b{re.escape(first)} (?:and|&) ").search(lowered) is not None  # "sophie max and evie"
