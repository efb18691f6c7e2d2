"""Normalisation: one lowercase spelling of what parents type, so the later layers match few forms."""

from __future__ import annotations

import re
import unicodedata
from functools import cache

# A parent's message longer than this is cut: nothing a parent reports needs more, and it bounds the
# time every later regular expression can take.
MAX_CHARS = 2000

# Parents' spellings, text-speak and abbreviations, per language, each mapped to the one word the
# keyword tables use. Weekday abbreviations that are also common words ("sat", "sun", "wed" is kept
# because it is rarely "married" in a note to school) are left alone.
TYPOS: dict[str, dict[str, str]] = {
    "en": {
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
        **dict.fromkeys(["yday", "yest", "yesterdy", "yesteday", "yestarday", "ystday"], "yesterday"),
        **dict.fromkeys(["mon", "mond", "monady", "mondy"], "monday"),
        **dict.fromkeys(["tue", "tues", "tuesay", "teusday", "tuseday", "tusday"], "tuesday"),
        **dict.fromkeys(
            ["wed", "weds", "wednsday", "wensday", "wedensday", "wendsday", "wednesay", "wedsday", "wednes"],
            "wednesday",
        ),
        **dict.fromkeys(["thu", "thur", "thurs", "thursay", "thrusday", "thurday", "thursd"], "thursday"),
        **dict.fromkeys(["fri", "firday", "friady", "fridy", "frida"], "friday"),
        **dict.fromkeys(["skool", "skl", "schl", "scool", "shcool", "schoool", "scholl"], "school"),
        **dict.fromkeys(
            ["appt", "appts", "apt", "apointment", "appoinment", "appointmnt", "appointement", "appointmet"],
            "appointment",
        ),
        **dict.fromkeys(["doc", "docs", "doctors", "dr", "drs"], "doctor"),
        **dict.fromkeys(["dentists", "dentis", "dentst"], "dentist"),
        **dict.fromkeys(["temp", "temprature", "temperture", "tempreture", "temperatur"], "temperature"),
        **dict.fromkeys(["poorley", "poorlie", "porly", "poory"], "poorly"),
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
    },
}

# "Late" meaning the child arrives late, not "late last night" or "sorry for the late notice".
LATE_EN = r"late(?! (?:last )?(?:night|evening|afternoon|yesterday|on|notice|message|reply|text|response))"

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
        (r"\ba ?(?:&|and) ?e\b", "a&e"),
    ),
}

_APOSTROPHES = str.maketrans(
    {"\u2019": "'", "\u2018": "'", "`": "'", "\u00b4": "'", "\u2013": "-", "\u2014": "-"}
)
# Anything that is not a letter, digit, space or the punctuation the date and time layers read.
_NOISE = re.compile(r"[^\w\s'&/.,:;!?+\-@]+|_")
_WORD = re.compile(r"[a-z0-9']+")
_SPACES = re.compile(r"[ \t\r\f\v]+")
_LINES = re.compile(r"\s*\n\s*")


@cache
def _phrase_fixes(language: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple(
        (re.compile(pattern), fix) for pattern, fix in PHRASE_FIXES.get(language, PHRASE_FIXES["en"])
    )


def fold(text: str) -> str:
    """The message cut to MAX_CHARS, in one Unicode form, with one kind of apostrophe and dash."""
    return unicodedata.normalize("NFKC", text[:MAX_CHARS]).translate(_APOSTROPHES)


def normalise(folded: str, language: str = "en") -> str:
    """A folded message lowercased, emoji and control characters removed, typos fixed, spaces collapsed."""
    text = _NOISE.sub(" ", folded.lower())
    typos = TYPOS.get(language, TYPOS["en"])
    text = _WORD.sub(lambda word: typos.get(word.group(), word.group()), text)
    for pattern, replacement in _phrase_fixes(language):
        text = pattern.sub(replacement, text)
    return _LINES.sub("\n", _SPACES.sub(" ", text)).strip()
