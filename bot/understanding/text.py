"""Normalisation: one lowercase spelling of what parents type, so the later layers match few forms.

A message in another language is glossed here into the English words the keyword tables and the date
layer read (the glosses are in lexicon/, a module per language), so those layers keep one vocabulary.
"""

from __future__ import annotations

import gc
import math
import re
import string
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from re import _constants as re_constants
from re import _parser as re_parser
from typing import Any

from bot.understanding.lexicon import CLOCK, EITHER_DAY, GLOSSES
from bot.understanding.lexicon._english import MONTHS
from bot.understanding.regex_cache import Built, compile_all, compile_built

# A parent's message longer than this is cut: nothing a parent reports needs more (the longest of the
# 1,048 in the corpus is 716), and it bounds the time every later regular expression can take.
MAX_CHARS = 1200


def any_of(patterns: tuple[str, ...]) -> re.Pattern[str]:
    """One regular expression matching any of `patterns` as whole words."""
    return re.compile(r"\b(?:" + "|".join(patterns) + r")\b")


# Parents' spellings, text-speak and abbreviations, per language, each mapped to the one word the
# keyword tables use. Weekday abbreviations that are also common words ("sat", "sun", "wed" is kept
# because it is rarely "married" in a note to school) are left alone.


def _slips(word: str) -> set[str]:
    """Spellings one slip from `word`, its first letter kept: a letter left out ("wenesday"), added, typed
    wrong ("fryday") or swapped with the next ("thurdsay"). Not its plural ("fridays"), nor the word without
    its last letter, which is a name as often as a slip ("frida")."""
    slips = set()
    for i in range(1, len(word) + 1):
        head, tail = word[:i], word[i:]
        for letter in string.ascii_lowercase:
            slips.add(head + letter + tail)
            if tail:
                slips.add(head + letter + tail[1:])
        if tail:
            slips.add(head + tail[1:])
        if len(tail) > 1:
            slips.add(head + tail[1] + tail[0] + tail[2:])
    return slips - {word, word + "s", word[:-1]}


# Words of days long enough that one slip from them is no other word.
_SLIPPED = (
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "august",
    "september",
    "october",
    "november",
    "december",
    "tomorrow",
    "yesterday",
)

TYPOS: dict[str, dict[str, str]] = {
    "en": {
        **{slip: word for word in _SLIPPED for slip in _slips(word)},
        **dict.fromkeys(
            [
                "tommorow",
                "tomorow",
                "tommorrow",
                "tomorrw",
                "tomoro",
                "tomorro",
                "tmrw",
                "tmr",
                "tmrrw",
                "tmoz",
                "tomoz",
                "2moro",
                "2morro",
                "2morrow",
                "2mrw",
                "2mora",
                "tomorra",
                "tomrrow",
            ],
            "tomorrow",
        ),
        **dict.fromkeys(["2day", "tday", "todat", "tody"], "today"),
        **dict.fromkeys(["2moz", "2mz", "2mro"], "tomorrow"),
        **dict.fromkeys(["infecshun", "infekshun", "infectoin", "infecion"], "infection"),
        **dict.fromkeys(["docter", "doctore"], "doctor"),
        **dict.fromkeys(["anitbiotics", "antibiotcs", "antibiotiks", "antibotics"], "antibiotics"),
        "eer": "ear",
        "pickin": "picking",
        **dict.fromkeys(["hopefly", "hopfully", "hopefuly", "hopefull", "hpfly"], "hopefully"),
        **dict.fromkeys(["gna", "gunna", "gona"], "going to"),
        "rly": "really",
        "nt": "not",
        **dict.fromkeys(["yday", "yest", "yesterdy", "yesteday", "yestarday", "ystday"], "yesterday"),
        **dict.fromkeys(["mon", "mond", "monady", "mondy"], "monday"),
        **dict.fromkeys(["tue", "tues", "tuesay", "teusday", "tuseday", "tusday"], "tuesday"),
        **dict.fromkeys(
            ["wed", "weds", "wednsday", "wensday", "wedensday", "wendsday", "wednesay", "wedsday", "wednes"],
            "wednesday",
        ),
        **dict.fromkeys(["thu", "thur", "thurs", "thursay", "thrusday", "thurday", "thursd"], "thursday"),
        **dict.fromkeys(["fri", "firday", "friady", "fridy"], "friday"),
        **dict.fromkeys(["skool", "skl", "schl", "scool", "shcool", "schoool", "scholl"], "school"),
        **dict.fromkeys(
            ["appt", "appts", "apt", "apointment", "appoinment", "appointmnt", "appointement", "appointmet"],
            "appointment",
        ),
        **dict.fromkeys(["doc", "docs", "doctors", "dr", "drs"], "doctor"),
        **dict.fromkeys(["dentists", "dentis", "dentst"], "dentist"),
        **dict.fromkeys(["temp", "temprature", "temperture", "tempreture", "temperatur"], "temperature"),
        **dict.fromkeys(["poorley", "poorlie", "porly", "poory"], "poorly"),
        **dict.fromkeys(["fevor", "fevar", "feaver", "fevour"], "fever"),
        **dict.fromkeys(["unwel", "unwll", "unwelll"], "unwell"),
        **dict.fromkeys(["throught", "throut", "thoat", "throaght"], "throat"),
        **dict.fromkeys(["nether", "niether", "neighter"], "neither"),
        **dict.fromkeys(["vomitting", "vommiting", "vomitin", "vomming"], "vomiting"),
        **dict.fromkeys(
            ["diarrhea", "diarrea", "diahorrea", "diarhoea", "diarreah", "diarrohea"], "diarrhoea"
        ),
        **dict.fromkeys(["tonsilitis", "tonsillitus"], "tonsillitis"),
        **dict.fromkeys(["migrane", "migrain", "migranes"], "migraine"),
        **dict.fromkeys(["headach", "hedache"], "headache"),
        **dict.fromkeys(["hosp", "hospitle", "hosptial"], "hospital"),
        **dict.fromkeys(["coz", "cos", "cuz", "bc", "becuase", "becasue", "bcos"], "because"),
        **dict.fromkeys(["til", "till", "untill", "untl", "tll"], "until"),
        **dict.fromkeys(["pls", "plz", "pleas"], "please"),
        **dict.fromkeys(["thx", "thanx", "ty", "thnx"], "thanks"),
        "sked": "schedule",
        "bk": "back",
        "nxt": "next",
        "wk": "week",
        "wknd": "weekend",
        "thru": "through",
        "gonna": "going to",
        "wont": "won't",
        "cant": "can't",
        "isnt": "isn't",
        "wasnt": "wasn't",
        "werent": "weren't",
        "didnt": "didn't",
        "doesnt": "doesn't",
        "dont": "don't",
        "hasnt": "hasn't",
        "couldnt": "couldn't",
        "shes": "she's",
        "hes": "he's",
        "theyre": "they're",
        "shell": "she'll",
        "theyll": "they'll",
        "im": "i'm",
        "ive": "i've",
        "u": "you",
        "r": "are",
        "ortho": "orthodontist",
        # text-speak that drops the g or spells by sound
        **dict.fromkeys(["aint", "ain't"], "isn't"),
        "goin": "going",
        "gettin": "getting",
        "infecton": "infection",
        "hopfully": "hopefully",
        "runnin": "running",
        "l8": "late",
        "l8r": "later",
        "b": "be",
        "comin": "coming",
        "keepin": "keeping",
        "stayin": "staying",
        "feelin": "feeling",
        "n": "and",
        "wiv": "with",
    },
}

AFTER_SCHOOL = re.compile(r"\bafter school\b")

# A clock time at home time or after ("3:15", "4pm"): a pick-up then is no early leaving.
HOME_TIME = r"(?:3[:.](?:1[5-9]|[2-5]\d)|[4-6](?:[:.]\d\d)?)(?![\d:.])"

# "Late" meaning the child arrives late, not "late last night", "sorry for the late notice", "the clinic
# always runs late" or "a late shift".
LATE_EN = (
    r"(?<!runs )(?<!too )(?<!\ba )(?<!message )(?<!messaging )(?<!text )(?<!texting )(?<!writing )(?<!replying )"
    # not the journey home: "we drive back late thursday", "we come home very late"
    r"(?<!ringing )(?<!calling )(?<!so )(?<!home )(?<!home very )(?<!back )late"
    r"(?! (?:last |the |that )?(?:night|tonight|evening|afternoon|yesterday|on|notice|message|msg|reply|text"
    r"|txt|email|response|shift|saturday|sunday)| (?:for|to) (?:pick[- ]?up|parents'? evening|collection|home ?time"
    r"|the meeting)| (?:from|for) work)"
)

# Ways of saying a day that read the same in every language once glossed: "back after the weekend" is back on
# Monday, "from thursday he will be in" is back on Thursday.
SAME_DAY_SAID: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), fix)
    for pattern, fix in (
        (r"\b(back(?: in)?|in) today after the (?:long )?weekend\b", r"\1 today"),
        (
            r"\b(?:(?:be )?back|better|fine|right as rain|in)(?: (?:in|at|to) school)? after the (?:long )?weekend\b",
            "back on monday",
        ),
        (
            r"\bfrom ((?:mon|tues|wednes|thurs|fri)day|tomorrow)(,? (?:he|she|they)(?:'ll| will) be (?:back )?in)\b",
            r"back on \1\2",
        ),
        # no length to count: "off for a day or two"
        (r"\b(?:a day or (?:two|so)|(?:one|1) or (?:two|2) days|1-2 days)\b", "a few days"),
    )
)

# Fixes that need the next word: "ill be late" is "i'll be late", not illness.
PHRASE_FIXES: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (
        (
            r"\bill (?=(?:be|pick|let|bring|send|call|collect|take|drop|keep|get|update|ring|phone|text|try|see"
            r"|have|do|make|email)\b)",
            "i'll ",
        ),
        (r"\b(drop(?:s|ped|ping)?(?: \w+)?) off\b", r"\1"),  # dropping her off is not being off
        (r"\bd ?(?:&|\+|and|n) ?v\b", "d&v"),
        (r"\bthis side of (?:christmas|the holidays)\b", "before the holidays"),
        # punctuation spoken to voice-to-text: "...by wednesday full stop owen's coming in"
        (r" ?\b(?:full stop|new paragraph|new line)\b", "."),
        (r" ?\bcomma\b", ","),
        (r" ?\bquestion mark\b", "?"),
        (r" ?@ ?", " at "),  # "pickin jay up @ 2"
        (r"\bil (?=let|be|ring|call|text|bring|pick)", "i'll "),
        (r"\blet (?:you|yous|u) no\b", "let you know"),
        (r"\b(\d{1,2}(?:[:.]\d\d)?) ?-?ish\b", r"\1"),  # "drop him at 11ish"
        # the parent's own appointment is no reason of the child's: "i'm at the hospital for my own scan"
        (
            r"\b(?:i'm at the (?:hospital|doctor'?s|dentist'?s?) for my own \w+|my own (?:appointment|scan|check-?up)"
            r"|i(?:'ve got| have) (?:a |an )?(?:hospital |doctor'?s |gp |dentist )?(?:appointment|scan))\b",
            "i am busy",
        ),
        (r"\bconsent form for (?:the |his |her |their )?[\w ]{1,20}?(?=[.,!]|$)", "consent form"),
        # "staying with us while her parents are abroad": where the parents are, not the child
        (
            r"\b(?:while|whilst|as) (?:his|her|their) (?:parents?|mum|dad|mother|father)(?: and (?:dad|mum))? (?:is|are)"
            r" (?:abroad|away|on holiday|at a (?:wedding|funeral)(?: in \w+)?)\b",
            "meanwhile",
        ),
        (r"\bto day\b", "today"),
        (r"^(?:miss|sir)(?=[,!.]| thanks?\b)", "teacher"),  # "miss, thank you so much": the teacher addressed
        (r"\b(?:on and off|off and on)\b", "intermittently"),  # "been like this on and off since christmas"
        (r"\ba ?(?:&|and) ?e\b", "a&e"),
        # "sorry it's late" is the message, not the child
        (
            r"\b(?:it's|this is|this message is|message is) (?:a bit |so |very )?late\b",
            "this is a late message",
        ),
        # "the 9th (tuesday)": the weekday checks the date, as in "tuesday the 9th"
        (
            r"\bthe (\d{1,2}(?:st|nd|rd|th))\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
            r"\2 the \1",
        ),
        # "off for 48 hours" (the rule after sickness and diarrhoea) is a count of school days
        # ("48 hrs and all that", "48 hrs clear" name the rule, not a length)
        (r"\b(for|another|further|next|least) 24 ?(?:hrs|hours)\b", r"\1 1 day"),
        (r"\b(for|another|further|next|least) 48 ?(?:hrs|hours)\b", r"\1 2 days"),
        (r"\b(for|another|further|next|least) 72 ?(?:hrs|hours)\b", r"\1 3 days"),
        # Season's greetings are not days: "merry christmas!", "have a lovely easter"
        (
            r"\b(?:merry|happy|lovely|good|great|nice|wonderful|fab|restful|peaceful) (?:christmas|xmas|easter"
            r"|new year|holidays?|half term|break|weekend)\b",
            "season's greetings",
        ),
        # "christmas shopping", "the christmas party": an event of the season, not 25 december
        (
            r"\b(?:christmas|xmas) (?=(?:shopping|party|parties|jumper|dinner|fair|play|concert|show|lunch|market"
            r"|cards?|films?|performance|nativity|tree|presents?|panto)\b)",
            "festive ",
        ),
        # "it is our christmas (ethiopian orthodox)": a festival of the family's faith, not 25 december
        (
            r"\b(?:our|orthodox|coptic|ethiopian|eritrean|armenian|russian|serbian|ukrainian|greek) "
            r"(?:christmas|xmas|easter|new year)\b",
            "religious festival",
        ),
        # "for 3 weeks from tomorrow" is a length from a start, not the day 3 weeks after tomorrow
        (
            r"\bfor ((?:\d+|a|an|one|two|three|four|five|six) (?:days?|weeks?)) from (today|tomorrow|monday|tuesday"
            r"|wednesday|thursday|friday)\b",
            r"from \2 for \1",
        ),
    ),
}


# Letters of the scripts whose vowel signs Python's \w does not count as letters; a gloss matches only
# whole words, so that "کل" is not read inside "مشکل".
_SCRIPT_LETTERS = "\u0621-\u065f\u0670-\u06d3\u06d5-\u06ed\u0980-\u09ff\u0a00-\u0a7f"
LETTER = rf"(?:[^\W\d_]|[{_SCRIPT_LETTERS}])"
WORD_START = rf"(?<!{LETTER})"
WORD_END = rf"(?!{LETTER})"

# A glossed day, for the fixes below: "monday", "8 february", "monday 14", "8/2".
_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_MONTH = rf"(?:{'|'.join(MONTHS)})"
_DAY = (
    rf"(?:today|tomorrow|yesterday|(?:{_WEEKDAY} )?\d{{1,2}} {_MONTH}(?: {_WEEKDAY})?|{_WEEKDAY} \d{{1,2}}|{_WEEKDAY}"
    r"|next week"
    r"|\d{1,2}/\d{1,2})"
)
# "od poniedziałku do środy" glosses to "from monday until wednesday", which English means otherwise.
_GLOSS_FIXES: tuple[tuple[str, str], ...] = ((rf"\bfrom ({_DAY}) until (?={_DAY})", r"from \1 to "),)
# Urdu, Punjabi and Bengali put "from", "until" and "back" after the day: "پیر سے بدھ تک".
_POSTPOSITION_FIXES: tuple[tuple[str, str], ...] = (
    (rf"\b({_DAY}) from ({_DAY}) until\b", r"from \1 to \2"),
    (
        rf"\b(\d{{1,2}}) (?:from )?to (?:until )?(\d{{1,2}} {_MONTH})(?: until)?\b",
        r"from \1 to \2",
    ),  # "১০ থেকে ১৪ ফেব্রুয়ারি পর্যন্ত"
    (rf"\b({_DAY}) until\b", r"until \1"),
    (rf"\b({_DAY}) from\b", r"from \1"),
    (rf"\b({_DAY}) back\b", r"back on \1"),
)
POSTPOSITIONAL = frozenset({"ur", "pa", "bn"})


@dataclass(frozen=True, slots=True)
class _Glossary:
    clock: tuple[tuple[re.Pattern[str], str], ...]
    words: re.Pattern[str]
    english: tuple[str, ...]  # what each group of `words` glosses to
    either_day: re.Pattern[str] | None
    past: re.Pattern[str] | None
    fixes: tuple[tuple[re.Pattern[str], str], ...]

    def apply(self, text: str) -> str:
        if self.either_day is not None and self.past is not None:
            day = "yesterday" if self.past.search(text) else "tomorrow"
            text = self.either_day.sub(f" {day} ", text)
        for pattern, english in self.clock:
            text = pattern.sub(lambda m, english=english: _clock_time(m, english), text)
        text = self.words.sub(lambda m: f" {self.english[(m.lastindex or 1) - 1]} ", text)
        text = _SPACES.sub(" ", text)
        for pattern, fix in self.fixes:
            text = pattern.sub(fix, text)
        return text


@cache
def _glossary(language: str) -> _Glossary | None:
    """A language's glossary. Its words are grouped by first letter (`first_letter_alternation`), which
    reads a message 3 to 5 times faster than one alternation of hundreds of patterns tried at every word
    but takes two to three times as long to build: once per machine, as the build is kept on disk."""
    table = GLOSSES.get(language)
    if table is None:
        return None
    [words], owners = compile_built(f"words-{language}", [pattern for pattern, _ in table], _word_alternation)
    clock = CLOCK.get(language, ())
    either = EITHER_DAY.get(language)
    fixes = _GLOSS_FIXES + (_POSTPOSITION_FIXES if language in POSTPOSITIONAL else ())
    patterns = [
        *(f"(?:{pattern}){WORD_END}" for pattern, _ in clock),
        *((f"{WORD_START}(?:{either[0]}){WORD_END}", either[1]) if either else ()),
        *(pattern for pattern, _ in fixes),
    ]
    compiled = iter(compile_all(f"glossary-{language}", patterns))  # taken in the order listed
    return _Glossary(
        clock=tuple((next(compiled), english) for _, english in clock),
        words=words,
        english=tuple(table[i][1] for i in owners),
        either_day=next(compiled) if either else None,
        past=next(compiled) if either else None,
        fixes=tuple((next(compiled), fix) for _, fix in fixes),
    )


def _word_alternation(patterns: Sequence[str]) -> Built:
    alternatives, owners = first_letter_alternation(list(patterns))
    return [f"{WORD_START}(?:{alternatives}){WORD_END}"], owners


def prepare() -> None:
    """Build every language's glossary now, so that no parent's message waits for it: a server calls
    this once at start. What is built by then lives as long as the process, so it is taken out of the
    cycle collector's passes, which would otherwise stall a message now and then by walking it."""
    for language in GLOSSES:
        _glossary(language)
    gc.collect()
    gc.freeze()


def first_letter_alternation(patterns: list[str]) -> tuple[str, list[int]]:
    """One alternation of `patterns` in which each is tried only where the text has a letter it can start
    with: a glossary holds hundreds, and trying each at every word of a long message costs tens of
    milliseconds. Each pattern is followed by an empty capturing group; the list says which pattern each
    group is. Where several can match, the first in the table still wins."""
    # The group comes after its pattern, not around it: `re` clears every group numbered below one it
    # opens, so opening group 1,500 at each try of a pattern cost more than the try; closing it, only
    # once the pattern has matched, costs that once.
    # A pattern that is an alternation ("tarpor|তারপর") would go in whole to every bucket its branches start
    # in; split, each branch goes only to its own, and the tables compile in three quarters of the time.
    pieces = [
        (branch, owner) for owner, pattern in enumerate(patterns) for branch in _top_level_branches(pattern)
    ]
    buckets: dict[str, list[int]] = {}
    anywhere: list[int] = []
    for index, (piece, _) in enumerate(pieces):
        letters, empty = _first_letters(re_parser.parse(piece))
        if letters is None or empty:
            anywhere.append(index)
        else:
            for letter in sorted(letters):  # an order of its own would change the pattern every run
                buckets.setdefault(letter, []).append(index)
    branches: list[tuple[str, str]] = []
    owners: list[int] = []
    for letter, indexes in buckets.items():
        merged = sorted({*indexes, *anywhere})
        seconds: list[tuple[str, str]] = []
        for second, members in _second_letter_groups(letter, [pieces[i][0] for i in merged]):
            seconds.append((second, "|".join(f"(?:{pieces[merged[i]][0]})()" for i in members)))
            owners.extend(pieces[merged[i]][1] for i in members)
        fallback = [body for second, body in seconds if not second]
        split = _dispatch(letter, seconds[: len(seconds) - len(fallback)])
        branches.append((letter, "|".join([*([split] if split else []), *fallback])))
    alternation = _dispatch("", branches)
    if anywhere:
        alternation += "|" + "|".join(f"(?:{pieces[i][0]})()" for i in anywhere)
        owners.extend(pieces[i][1] for i in anywhere)
    return alternation, owners


_CHUNK_FROM = 8


def _dispatch(prefix: str, branches: list[tuple[str, str]]) -> str:
    """One alternation of `branches`, each tried only where the text has `prefix` and its letter. Only one
    letter can be there, so the order they are tried in changes nothing; each lookahead tried costs, so
    many are grouped under lookaheads of their letters together, halving the ones tried in a word."""
    if len(branches) < _CHUNK_FROM:
        return "|".join(f"(?={re.escape(prefix + letter)})(?:{body})" for letter, body in branches)
    size = math.isqrt(len(branches) - 1) + 1
    chunks = [branches[start : start + size] for start in range(0, len(branches), size)]
    return "|".join(
        f"(?={re.escape(prefix)}[{''.join(re.escape(letter) for letter, _ in chunk)}])(?:{_dispatch(prefix, chunk)})"
        for chunk in chunks
    )


_SPLIT_AT = 24  # a bucket of fewer patterns is tried whole: splitting it would save less than it costs


def _second_letter_groups(letter: str, pieces: list[str]) -> list[tuple[str, list[int]]]:
    """`pieces`, all tried where the text has `letter`, grouped by the letter after it: each group (a
    second letter and the indexes of the pieces that can match with it there, in order) is then tried
    only where the text has those two letters, and the last group ("", the pieces that can match with
    any letter there or none) everywhere else. A piece is left out only of the groups it cannot match in,
    so the first piece in order that matches at a position is still the first tried."""
    if len(pieces) < _SPLIT_AT:
        return [("", list(range(len(pieces))))]
    seconds: list[set[str] | None] = [_second_letters(letter, piece) for piece in pieces]
    letters = sorted({second for found in seconds if found is not None for second in found})
    groups = [
        (second, [i for i, found in enumerate(seconds) if found is None or second in found])
        for second in letters
    ]
    return [*groups, ("", [i for i, found in enumerate(seconds) if found is None])]


def _second_letters(letter: str, piece: str) -> set[str] | None:
    """The letters a match of `piece` that starts with `letter` can have next (None: any, or none)."""
    heads = _heads(re_parser.parse(piece), 2)
    if heads is None:
        return None
    found: set[str] = set()
    for head in heads:
        if not head:
            return None
        if head[0] in (letter, _ANY):
            if len(head) < 2 or head[1] == _ANY:
                return None
            found.add(head[1])
    return found


_ANY = "\0any"  # stands for any one character in a head
_MAX_HEADS = 5000


def _heads(items: re_parser.SubPattern | list[Any], size: int) -> set[tuple[str, ...]] | None:
    """Every way a match of the parsed pattern can begin: the first `size` characters of each match (all
    of it if shorter), `_ANY` standing for a character not known. None where the pattern is beyond this
    reading or has too many beginnings to list."""
    heads: set[tuple[str, ...]] = {()}
    for op, value in items:
        if all(len(head) >= size for head in heads):
            break
        step = _step_heads(op, value, size)
        if step is None:
            return None
        heads = {
            head + tail[: size - len(head)] if len(head) < size else head for head in heads for tail in step
        }
        if len(heads) > _MAX_HEADS:
            return None
    return heads


def _step_heads(op: Any, value: Any, size: int) -> set[tuple[str, ...]] | None:
    """`_heads` of one parsed item."""
    if op is re_constants.LITERAL:
        return {(chr(value),)}
    if op is re_constants.NOT_LITERAL or op is re_constants.ANY:
        return {(_ANY,)}
    if op is re_constants.IN:
        letters: set[tuple[str, ...]] = set()
        for kind, item in value:
            if kind is re_constants.LITERAL:
                letters.add((chr(item),))
            elif kind is re_constants.RANGE and item[1] - item[0] <= 300:
                letters.update((chr(code),) for code in range(item[0], item[1] + 1))
            else:
                return {(_ANY,)}
        return letters
    if op in (re_constants.AT, re_constants.ASSERT, re_constants.ASSERT_NOT):
        return {()}
    if op is re_constants.BRANCH:
        union: set[tuple[str, ...]] = set()
        for branch in value[1]:
            found = _heads(branch, size)
            if found is None:
                return None
            union |= found
        return union
    if op is re_constants.SUBPATTERN:
        return None if value[1] or value[2] else _heads(value[3], size)
    if op in (re_constants.MAX_REPEAT, re_constants.MIN_REPEAT):
        low, high, inner = value
        # A match of `size` or more repetitions begins as one of exactly `size` does (fewer where some are
        # empty), so counting up to `size` repetitions is enough.
        union = set()
        for count in range(min(low, size), min(high, size) + 1):
            found = _heads(list(inner) * count, size)
            if found is None:
                return None
            union |= found
        return union
    return None


def _top_level_branches(pattern: str) -> list[str]:
    """The branches of `pattern`'s outermost alternation: `a|(?:b|c)d` is `a` and `(?:b|c)d`."""
    branches: list[str] = []
    depth, start, index, in_class = 0, 0, 0, False
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 1
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            index += pattern.startswith("^", index + 1)
            index += pattern.startswith("]", index + 1)
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            branches.append(pattern[start:index])
            start = index + 1
        index += 1
    branches.append(pattern[start:])
    return branches


def _first_letters(items: re_parser.SubPattern) -> tuple[set[str] | None, bool]:
    """The characters a match of the parsed pattern can start with (None: any), and whether it can be empty.
    The pattern is read by the standard library's own parser (`re._parser`, Python 3.11+): no public API
    parses a regular expression."""
    letters: set[str] = set()
    for op, value in items:
        if op is re_constants.LITERAL:
            return letters | {chr(value)}, False
        if op is re_constants.IN:
            for kind, item in value:
                if kind is re_constants.LITERAL:
                    letters.add(chr(item))
                elif kind is re_constants.RANGE and item[1] - item[0] <= 300:
                    letters.update(map(chr, range(item[0], item[1] + 1)))
                else:
                    return None, False
            return letters, False
        if op in (re_constants.AT, re_constants.ASSERT, re_constants.ASSERT_NOT):
            continue
        if op is re_constants.BRANCH:
            branches = [_first_letters(branch) for branch in value[1]]
            if any(found is None for found, _ in branches):
                return None, False
            letters.update(*(found for found, _ in branches if found is not None))
            if not any(empty for _, empty in branches):
                return letters, False
        elif op is re_constants.SUBPATTERN or op in (re_constants.MAX_REPEAT, re_constants.MIN_REPEAT):
            inner = value[3] if op is re_constants.SUBPATTERN else value[2]
            found, empty = _first_letters(inner)
            if found is None:
                return None, False
            letters |= found
            at_least_once = op is re_constants.SUBPATTERN or value[0] > 0
            if at_least_once and not empty:
                return letters, False
        else:
            return None, False
    return letters, True


def _clock_time(m: re.Match[str], english: str) -> str:
    if "h" not in m.re.groupindex:
        return english  # an hour in words made a number: "ساڑھے نو" is "9:30"
    hour = int(m["h"])
    minutes = m.groupdict().get("m") or "00"
    return english.format(h=hour, m=minutes, before=hour - 1 if hour > 1 else 12)


_APOSTROPHES = str.maketrans(
    {
        "\u2019": "'",
        "\u2018": "'",
        "`": "'",
        "\u00b4": "'",
        "\u2013": "-",
        "\u2014": "-",
        # Arabic-script and Indic punctuation, read by the clause and question layers as Latin's.
        "\u061f": "?",
        "\u060c": ",",
        "\u06d4": ".",
        "\u0964": ".",
        # Arabic-Indic, Persian, Bengali and Gurmukhi digits, read as 0-9.
        **{chr(zero + n): str(n) for zero in (0x0660, 0x06F0, 0x09E6, 0x0A66) for n in range(10)},
    }
)
# Anything that is not a letter, digit, space or the punctuation the date and time layers read.
_NOISE = re.compile(r"[^\w\s'&/.,:;!?+\-@]+|_")
_WORD = re.compile(r"[a-z0-9']+")
# Vowel signs of the Bengali, Gurmukhi and Arabic scripts, which \w does not count as letters: a word no
# gloss read keeps its consonants together ("ਜੱਸ" is "ਜਸ"), so that a child's name in it can still be found.
_VOWEL_SIGNS = re.compile(
    "[\u0981-\u0983\u09bc-\u09d7\u09e2\u09e3\u0a01-\u0a03\u0a3c-\u0a51\u0a70\u0a71\u0a75\u064b-\u065f\u0670]"
)
# A Bengali letter with a nukta is another letter ("য়" is y, "য" j): kept whole, as one letter, so that the
# vowel signs' going does not take its dot ("সাফওয়ান" is Safwan).
_NUKTA_LETTERS = re.compile("[\u09a1\u09a2\u09af]\u09bc")


def _whole(m: re.Match[str]) -> str:
    return {"\u09a1": "\u09dc", "\u09a2": "\u09dd", "\u09af": "\u09df"}[m.group()[0]]


_SPACES = re.compile(r"[ \t\r\f\v]+")
# A yeh with a superscript alef ("یحییٰ", Yahya) is a long a: kept as alef maksura when the sign is dropped.
_LONG_A = re.compile("[\u06cc\u064a\u0649]\u0670")
_GURMUKHI = re.compile("[\u0a00-\u0a7f]")
# Emoji of being ill (thermometer face, vomiting, sneezing, nauseated, bandaged, mask): in many a short
# message the only sign of the reason, so they are read as the word before emoji are dropped.
_EMOJI_WORDS = re.compile("[\U0001f912\U0001f92e\U0001f927\U0001f922\U0001f915\U0001f637]+")
_LINES = re.compile(r"\s*\n\s*")
# Two weekdays, then their two dates: "thursday and friday 17 and 18" is "thursday 17 and friday 18".
# (Capturing forms of the day, date and month, for the rewrites below.)
_SCHOOL_DAY_NAME = r"(monday|tuesday|wednesday|thursday|friday)"
_DATE = r"(?:the )?(\d{1,2})(?:st|nd|rd|th)?"
_MONTH_NAME = rf"({'|'.join(MONTHS)}|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)"
_PAIRED_DATES = re.compile(
    rf"\b{_SCHOOL_DAY_NAME} (?:and|&) {_SCHOOL_DAY_NAME},? {_DATE} (?:and|&) {_DATE}\b"
)
# Three dates and one month: "6, 7 and 8 january" is "6 january, 7 january and 8 january".
_LISTED_DATES = re.compile(rf"\b{_DATE}, {_DATE},? (?:and|&) {_DATE} {_MONTH_NAME}\b")
# Two dates and then their weekdays: "17 and 18 december thursday and friday", "december 3-4 (thursday and
# friday)" are "thursday 17 december and friday 18 december".
_DATES_THEN_WEEKDAYS = re.compile(
    rf"\b{_DATE} ?(and|&|-|to) ?{_DATE} {_MONTH_NAME},? (?:\(|- )?{_SCHOOL_DAY_NAME} (?:and|&|-|to) "
    rf"{_SCHOOL_DAY_NAME}\)?"
)
_MONTH_DATES_THEN_WEEKDAYS = re.compile(
    rf"\b{_MONTH_NAME} {_DATE} ?(and|&|-|to) ?{_DATE},? (?:\(|- )?{_SCHOOL_DAY_NAME} (?:and|&|-|to) "
    rf"{_SCHOOL_DAY_NAME}\)?"
)
# One date and then its weekday: "back on 14 december monday" is "back on monday 14 december".
_DATE_THEN_WEEKDAY = re.compile(
    rf"(?<![-&\d] )(?<!and )(?<!to )\b{_DATE} {_MONTH_NAME},? \(?{_SCHOOL_DAY_NAME}\b\)?(?! ?(?:and|&|-|to)\b)"
)
# Other emoji end a clause as a comma would: "sick tonight 😩 neither will be in tomorrow".
_PICTOGRAPHS = re.compile("[\u2600-\u27bf\U0001f300-\U0001faff]+")


@cache
def _phrase_fixes(language: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple(
        (re.compile(pattern), fix) for pattern, fix in PHRASE_FIXES.get(language, PHRASE_FIXES["en"])
    )


@lru_cache(maxsize=8192)
def compiled(regex: str) -> re.Pattern[str]:
    """A regular expression built from a name, compiled once: the re module's own cache holds 512, which a
    school's rosters overflow."""
    return re.compile(regex)


def fold(text: str) -> str:
    """The message cut to MAX_CHARS, in one Unicode form, with one kind of apostrophe and dash."""
    return unicodedata.normalize("NFKC", text[:MAX_CHARS]).translate(_APOSTROPHES)


HOUR_WORDS = (
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
)
# "quarter past 12", "a quarter to ten", "half past one": times the later layers read in figures.
_QUARTER_HOUR = re.compile(
    rf"\b(?:a )?(?!half to\b)(quarter|half) (past|after|to) (1[0-2]|[1-9]|{'|'.join(HOUR_WORDS)})\b(?![:.]?\d)"
)


def _on_the_clock(m: re.Match[str]) -> str:
    hour = int(m[3]) if m[3].isdigit() else HOUR_WORDS.index(m[3]) + 1
    if m[2] == "to":
        return f"{hour - 1 or 12}:45"
    return f"{hour}:{15 if m[1] == 'quarter' else 30}"


def normalise(folded: str, language: str = "en") -> str:
    """A folded message lowercased, emoji and control characters removed, typos fixed, spaces collapsed.

    A language with glosses is rewritten into the English words the later layers read.
    """
    text = _PICTOGRAPHS.sub(", ", _EMOJI_WORDS.sub(" sick ", folded.lower()))
    # Punjabi typed in Latin letters shares its everyday words with Urdu typed so.
    glossary = _glossary("ur" if language == "pa" and not _GURMUKHI.search(folded) else language)
    if glossary is not None:
        text = _NOISE.sub(
            " ", _VOWEL_SIGNS.sub("", _NUKTA_LETTERS.sub(_whole, _LONG_A.sub("ى", glossary.apply(text))))
        )
    else:
        text = _NOISE.sub(" ", text)
        typos = TYPOS.get(language, TYPOS["en"])
        text = _WORD.sub(lambda word: typos.get(word.group(), word.group()), text)
        for pattern, replacement in _phrase_fixes(language):
            text = pattern.sub(replacement, text)
    for pattern, replacement in SAME_DAY_SAID:
        text = pattern.sub(replacement, text)
    text = _QUARTER_HOUR.sub(_on_the_clock, text)
    text = _LINES.sub("\n", _SPACES.sub(" ", text)).replace(" ,", ",").strip()
    text = _LISTED_DATES.sub(r"\1 \4, \2 \4 and \3 \4", text)
    text = _DATES_THEN_WEEKDAYS.sub(r"\5 \1 \4 \2 \6 \3 \4", text)
    text = _MONTH_DATES_THEN_WEEKDAYS.sub(r"\5 \2 \1 \3 \6 \4 \1", text)
    text = _DATE_THEN_WEEKDAY.sub(r"\3 \1 \2", text)
    return _PAIRED_DATES.sub(r"\1 \3 and \2 \4", text)
