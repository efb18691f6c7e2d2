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
    # Abbreviations that are also common words ("sat", "sun"): days only after a word that introduces one.
    short_weekdays: dict[str, int]
    months: dict[str, int]
    counts: dict[str, int | None]  # number words; None means an unknown few
    relative: dict[str, int]  # words for days counted from today
    holidays: dict[str, tuple[int, int]]  # days named for the date they fall on: (day, month)
    easter_holidays: dict[str, int]  # days named for their distance from Easter Sunday
    # Days of the month in words: ordinals ("twenty first") and the numbers only read next to a month.
    day_ordinals: dict[str, int]
    day_numbers: dict[str, int]
    ordinal_suffix: str
    past_markers: tuple[str, ...]
    present_markers: tuple[str, ...]
    # Past markers that report words said ("the doctor said"): past for a day named before them only.
    reporting_markers: frozenset[str]
    # Past markers of something that happened on the day, not of being absent ("started antibiotics
    # yesterday", "fell off his bike on saturday"): such a day, though its clause tells of an absence,
    # is not one of it.
    event_markers: frozenset[str]
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


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


_NUMBERS = _words(
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen"
    " seventeen eighteen nineteen twenty"
)
_ORDINALS = _words(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth"
    " fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
)


def _day_words(words: tuple[str, ...]) -> dict[str, int]:
    """ "twenty first": 21, ... "thirty first": 31, from the words for 1 to 20 in order."""
    table = {word: n for n, word in enumerate(words, 1)}
    units = {word: n for word, n in table.items() if n < 10}
    table |= {f"twenty {word}": 20 + n for word, n in units.items()}
    ordinal = words[0] == "first"
    table["thirtieth" if ordinal else "thirty"] = 30
    table["thirty first" if ordinal else "thirty one"] = 31
    return table


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
        short_weekdays={"sat": 5, "sun": 6},
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
            "couple": 2,
        },
        relative={
            "the day after tomorrow": 2,
            "day after tomorrow": 2,
            "the day before yesterday": -2,
            "day before yesterday": -2,
            # a week from a day: "tomorrow week", "a week today", "this time next week"
            "tomorrow week": 8,
            "a week tomorrow": 8,
            "a week today": 7,
            "today week": 7,
            "this time next week": 7,
            "tomorrow": 1,
            "yesterday": -1,
            "today": 0,
            "this morning": 0,
            "this afternoon": 0,
            "this evening": 0,
            "end of the day": 0,
            "end of today": 0,
            "end of day": 0,
            "tonight": 0,
            "otd": 0,  # "on this day"
        },
        holidays={
            "christmas": (25, 12),
            "christmas day": (25, 12),
            "xmas": (25, 12),
            "christmas eve": (24, 12),
            "boxing day": (26, 12),
            "new year's eve": (31, 12),
            "new years eve": (31, 12),
            "new year's day": (1, 1),
            "new years day": (1, 1),
            "new year day": (1, 1),
            "new year": (1, 1),
            "bonfire night": (5, 11),
            "halloween": (31, 10),
            "valentine's day": (14, 2),
            "st patrick's day": (17, 3),
            "saint patrick": (17, 3),
            "independence day": (4, 7),
            "juneteenth": (19, 6),
            "workers' day": (1, 5),
        },
        easter_holidays={"easter": 0, "easter sunday": 0, "easter monday": 1, "good friday": -2},
        day_ordinals=_day_words(_ORDINALS),
        day_numbers=_day_words(_NUMBERS),
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
            # "told miss hughes on friday that...": when the parent said it, not a day absent
            "told",
            "said",
            "spoke",
            "passed",
            "gave",
            "saw",
            "started",
            "rang",
            "phoned",
            "woke",
            "fell",
            "broke",
            "caught",
            "felt",
            "sent",
            "mentioned",
            "emailed",
            "appeared",
            "forgot",
            "brought",  # "the bug her cousins brought over at new year"
        ),
        reporting_markers=frozenset({"said"}),
        event_markers=frozenset(
            {
                "started",
                "gave",
                "saw",
                "fell",
                "broke",
                "caught",
                "rang",
                "phoned",
                "woke",
                "sent",
                "told",
                "took",
                "came",  # "the spots came up yesterday", "came home poorly on friday"
                "passed",  # "passed away last week"
                "appeared",
            }
        ),
        present_markers=(
            # "he has been invited for an interview on thursday": the day is to come
            "invited",
            "booked",
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
            # "has caught a cold, staying at home today and tomorrow"
            "staying",
            "keeping",
            "can't",
            "cannot",
            "has",
            "have",
            "needs",
            "need",
            "got",
            # "has been booked for wednesday": arranged in the past, happening ahead
            "booked",
            "scheduled",
            "arranged",
            "due",
            "'s",
            "'re",
            "'m",
        ),
        until_tail=r"\b(?:until|up until|up to|before)\s*(?:after\s+)?(?:the\s+)?$",  # "until after x": x is the last
        end_connector=r"^\s*(?:-|to|through|through to|up to and including|and including)\s*(?:the\s+)?$",
        list_connector=r"^\s*(?:,|and|&|\+|, and)\s*(?:the\s+|on\s+|also\s+)?$",
        alternative_connector=r"^\s*(?:or|/|or maybe|maybe)\s*(?:the\s+|on\s+)?$",
        return_tail=(
            r"(?:^[\s,;-]*(?:hopefully|fingers crossed|all being well)|\b(?:back|return|returns|returning|resume|resumes|resuming|be in|in school|(?:coming|come|going|go) (?:in|to school)"
            r"|see you|hoping for|fine|ok|okay|alright|all right|recovered|ready|well enough|better|managing|coping|start (?:fresh|again|afresh)"
            r"|try again|(?:we'll |we will )try|(?:we're |we are )?looking at|(?:is |are |'s )?(?:sorted|back to normal)|(?:try (?:and|to) )?get (?:him|her|them) in|right as rain|(?:be )?right for|(?:him|her)self again"
            r"|(?:i'll|i will|we'll|we will) (?:bring|send|drop) (?:him|her|them)(?: in| back| to school)?)|(?:'s|'re|\bis|\bare|\bwas|\bwere) in)"
            r"(?:\s+(?:in|to|at|school|on|by|for|from|again|hopefully|probably|maybe|the|date|day|is|are|since|after that"
            r"|as (?:normal|usual) on"
            r"|with (?:you|us)|when (?:it|school|term) (?:re)?(?:opens|starts|begins)"
            # "fingers crossed she's right for christmas lunch on friday" ("christmas" is glossed "festive")
            r"|(?:the |her |his |their )?(?:festive )?(?:lunch|dinner|party|play|trip|disco|concert|nativity)"
            r"|then|next|this|coming|after (?:the )?(?:holidays?|half ?term|break|christmas|easter|new year),?)|\s*[:-])*\s*$"
        ),
        negation_tail=(
            r"(?:n't|\bnot|\bcannot|\bnever|\bno way|\bno chance|\btoo(?! and\b)|\bdoubt|\brefus\w+ to|\b(?:neither|nor|none)(?: of \w+)?|\bcan't see (?:her|him|them))"
            r"\s+(?:[\w']+\s+){0,3}$"
        ),
        negation=r"n't\b|\bnot\b|\bnever\b|\bneither\b|\bnone\b",
        start_tail=r"\b(?:from|starting|starting from|beginning|as of|as from|commencing|w/?c)\s*(?:the\s+)?$",
        since_tail=r"\bsince\s*(?:the\s+)?$",
        no_duration_tail=r"\b(?:(?<!be )(?<!been )in|within|after|every|than)\s*$",  # not "won't be in for 2 days"
        clause_break=(
            r"[,;!?\n]|[.:](?!\d)|\b(?:but|so|because|as|although|though|however|anyway)\b"  # not "12:00"
            r"|\band\b(?= (?:see|let|update|keep|will|we'll|i'll|we will|i will)\b)"
        ),
        aside=(
            # "i'll let you know" promises news later; "just to let you know" opens the news itself
            r"\b(?:(?<!to )let (?:you|the school) know|keep (?:you|the school) (?:updated|posted|informed)"
            r"|(?<!to )update (?:you|the school)|see how (?:she|he|they|it) (?:is|goes|feels|gets on)|in touch"
            r"|(?:give|drop) (?:you|the school|the office) (?:a )?(?:call|ring|bell|message|text|email)"
            r"|let (?:you|the school) know how (?:she|he|they)(?:'s| is| are|'re)?"
            r"|(?:pick(?:ing)? up|collect(?:ing)?) (?:some |his |her |their )?(?:school ?)?(?:work|homework|books|work pack)"
            r"|parents'? ?evening|parents'? consultation"
            r"|(?:clinic|hospital|doctor|gp|consultant|physio)s? (?:are|is|'re|will be|'ll be) (?:seeing|checking|reviewing)"
            r" (?:him|her|them))\b"
        ),
    ),
}


@dataclass(frozen=True, slots=True)
class Grammar:
    """One language's patterns, compiled."""

    vocabulary: Vocabulary
    day_range: re.Pattern[str]
    numeric: re.Pattern[str]
    numeric_range: re.Pattern[str]
    year_first: re.Pattern[str]
    day_month: re.Pattern[str]
    month_day: re.Pattern[str]
    ordinal: re.Pattern[str]
    nth: re.Pattern[str]
    weekday: re.Pattern[str]
    short_weekday: re.Pattern[str]
    weekday_before: re.Pattern[str]
    on_weekday: re.Pattern[str]
    weekdays_from_now: re.Pattern[str]
    bare_day: re.Pattern[str]
    relative: re.Pattern[str]
    offset: re.Pattern[str]
    offset_from: re.Pattern[str]
    holiday: re.Pattern[str]
    weekend_of: re.Pattern[str]
    bank_holiday: re.Pattern[str]
    weekend_after: re.Pattern[str]
    week: re.Pattern[str]
    week_and_next: re.Pattern[str]
    term_end: re.Pattern[str]
    term_start: re.Pattern[str]
    week_of: re.Pattern[str]
    week_number: re.Pattern[str]
    next_day: re.Pattern[str]
    duration: re.Pattern[str]
    within: re.Pattern[str]
    now_until: re.Pattern[str]
    to_date: re.Pattern[str]
    time_start: re.Pattern[str]
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
    """Longest first; a space in a phrase matches any spacing, and a hyphen too ("twenty-first")."""
    return "|".join(
        re.escape(word).replace(r"\ ", r"[\s-]+") for word in sorted(words, key=len, reverse=True)
    )


@cache
def grammar(language: str) -> Grammar:
    v = VOCABULARY.get(language, VOCABULARY["en"])
    wd, month, ords = _alternation(list(v.weekdays)), _alternation(list(v.months)), v.ordinal_suffix
    counts = _alternation(list(v.counts))
    ordinal_words = _alternation(list(v.day_ordinals))
    day_words = _alternation([*v.day_ordinals, *v.day_numbers])
    not_a_quantity = (
        r"(?!\s*(?:am|pm|a\.m|p\.m|mins?|minutes?|hours?|hrs?|days?|weeks?|years?|o'?clock|times?)\b)"
    )
    markers = _alternation([m for m in v.past_markers + v.present_markers if not m.startswith("'")])
    year = r"(?:,?\s+(?:of\s+|in\s+)?(?P<y>(?:19|20)\d\d)\b)?"
    # "sat"/"sun" are days before a day number: "sun 14th"
    short = _alternation(list(v.short_weekdays))
    # "on monday 7": the day with its date, not "on monday" alone
    weekday_first = (
        rf"(?:\b(?:on\s+)?(?P<wd>{wd}|(?:{short})(?=\s+(?:the\s+)?\d))(?:,?\s+|\s*-\s*)(?:the\s+)?)?"
    )
    clock = r"\d{1,2}(?:[.:][0-5]\d)?\s*(?:am|pm)"
    time_range = rf"\s+{clock}(?:\s*(?:to|-|until)\s*{clock})?"
    week_which = r"next|this|last|previous|following|coming|current"
    month_shift = r"(?P<shift>this|next|last|previous|the)\s+month"
    year_shift = r"(?P<yshift>this|next|last|previous)\s+year\b"
    return Grammar(
        vocabulary=v,
        day_range=re.compile(
            rf"(?<![\d/.:])(?:\b(?P<m0>{month})\.?\s+(?:the\s+)?)?(?:(?P<between>between)\s+(?:the\s+)?)?"
            rf"(?:the\s+)?(?P<d1>[0-3]?\d|{day_words})(?P<o1>{ords})?(?:\s+(?:of\s+)?(?P<m1>{month}))?"
            rf"\s*(?P<conn>-|to|until|through|and)\s*(?:the\s+)?(?:(?P<m2b>{month})\.?\s+)?"
            rf"(?P<d2>[0-3]?\d|{day_words})(?P<o2>{ords})?"
            rf"(?:\s+(?:of\s+|in\s+)?(?:(?P<m2>{month})|{month_shift}))?\b(?![/:.]\d){not_a_quantity}"
        ),
        numeric=re.compile(
            # "on 4.22": after "on" or "in" a dotted or hyphenated pair is a date, elsewhere a time or a count.
            rf"(?:\b(?P<wd>{wd})\s+(?:the\s+)?|\b(?P<on>on|in)\s+)?(?<![\d/.:-])"
            rf"(?P<d>[0-3]?\d)(?P<sep>[/.-])(?P<m>[0-3]?\d)(?:(?P=sep)(?P<y>\d{{4}}|\d{{2}}))?(?![\d/]|\.\d)"
            rf"{not_a_quantity}"
        ),
        numeric_range=re.compile(
            r"(?<![\d/.:-])(?P<d1>[0-3]?\d)/(?P<m1>[0-3]?\d)(?:/(?P<y1>\d{4}|\d{2}))?\s*(?P<conn>-|to|until|through)\s*"
            r"(?P<d2>[0-3]?\d)/(?P<m2>[0-3]?\d)(?:/(?P<y2>\d{4}|\d{2}))?(?![\d/]|\.\d)"
        ),
        year_first=re.compile(
            rf"(?<![\d/.:])\b(?P<y>(?:19|20)\d\d)(?:(?P<sep>[-/. ])(?P<m>[01]?\d|{month})(?P=sep)(?P<d>[0-3]?\d)"
            r"|(?P<m8>[01]\d)(?P<d8>[0-3]\d))\b(?![/.-]\d)"
        ),
        day_month=re.compile(
            rf"{weekday_first}\b(?:the\s+)?(?P<d>[0-3]?\d|{ordinal_words})(?:{ords})?\.?\s+(?:day\s+)?(?:of\s+)?"
            rf"(?:(?P<m>{month})|{month_shift})\b\.?{year}"
        ),
        month_day=re.compile(
            rf"{weekday_first}\b(?P<m>{month})(?:\.?\s*[/-]\s*|[.,]\s*|\s+|(?=\d))(?:the\s+)?"
            rf"(?P<d>[0-3]?\d|{day_words})(?:{ords})?\b(?![:.]\d){not_a_quantity}{year}"
        ),
        ordinal=re.compile(
            rf"{weekday_first}\b(?:(?P<the>the)\s+)?(?P<d>[0-3]?\d|{day_words})(?P<o>{ords})?\b(?![:./-]\d)"
            rf"{not_a_quantity}(?!\s+(?:day|child|son|daughter|one|grade|class|place|birthday|time|year|attempt"
            r"|week|weekend|term|half|lesson|round|wave|thing|period|dose|injection|jab|session|appointment|form|floor)\b)"
        ),
        nth=re.compile(
            r"\b(?:the\s+)?(?P<nth>first|1st|second|2nd|third|3rd|fourth|4th|last)\s+"
            rf"(?:(?P<wd>{wd})|(?P<week>(?P<weeks>two|three|four|[2-4])\s+weeks|week))\b"
            rf"(?:\s+(?:morning|afternoon|evening)|{time_range})?(?:\s+(?:of|in)\s+(?:the\s+)?"
            rf"(?:(?P<m>{month})\b\.?(?:\s+(?P<y>(?:19|20)\d\d))?|(?P<y2>(?:19|20)\d\d)|{month_shift})"
            rf"|\s+(?:(?:of|in)\s+)?{year_shift})?"
        ),
        weekday=re.compile(
            rf"\b(?:(?:the\s+)?(?P<wk>{week_which})\s+week(?:\s+on|\s*-|,)?\s+|(?P<aweek>a\s+week(?:\s+on)?\s+))?"
            r"(?:(?P<q>this\s+coming|this\s+upcoming|this\s+past|this|next|last|previous|past|following|coming"
            # not "friday's message", which names the message
            rf"|upcoming|on)\s+)?(?P<wd>{wd})\b(?!'s (?:message|msg|text|email|note|call|letter))"
            r"(?:\s+(?:morning|afternoon|evening|night))?"
            rf"(?:\s+(?:of\s+)?(?:the\s+)?(?P<q2>(?:{week_which})\s+week|week)\b"
            # "the wednesday after next", "monday fortnight": a week or two after the coming one
            r"|\s+(?P<after_next>after\s+next)\b|\s+(?P<fortnight>fortnight)\b)?"
        ),
        short_weekday=re.compile(
            rf"\b(?P<q>on|this|next|last|coming|by|from|until|to)\s+"
            rf"(?P<wd>{_alternation(list(v.short_weekdays))})\b"
            r"(?=\s*(?:$|[,.!?;&-]|\d|(?:at|the|and|or|to|morning|afternoon|evening|night)\b))"
        ),
        # "monday two weeks from now", "in 3 days on friday": that weekday of the week holding the day.
        weekday_before=re.compile(rf"\b(?P<wd>{wd})\s+"),
        on_weekday=re.compile(rf",?\s+on\s+(?P<wd>{wd})\b"),
        weekdays_from_now=re.compile(
            rf"\b(?P<n>\d|{counts})\s+(?P<wd>{wd})s?\s+(?:from\s+now|later|hence)\b"
        ),
        # "on 15", "for the 27.": a bare number where only a day can stand (not "for the one").
        bare_day=re.compile(r"\b(?:on|for\s+the)\s+(?:the\s+)?(?P<d>[0-3]?\d)(?=\s*(?:[.!?]|$))"),
        relative=re.compile(rf"\b(?P<rel>{_alternation(list(v.relative))})\b"),
        offset=re.compile(
            rf"\b(?:(?P<in>in)\s+(?:the\s+)?)?(?P<n>\d{{1,2}}|{counts})\s+(?P<work>(?:business|working|school)\s+)?"
            r"(?P<unit>days?|weeks?|fortnights?|months?)\b"
            # "1 month and 21 days ago": a second, smaller unit added to the first.
            rf"(?:,?\s+(?:and\s+)?(?P<n2>\d{{1,2}}|{counts})\s+(?P<unit2>days?|weeks?)\b)?"
            r"(?:'s)?(?:\s+time\b)?(?:\s+(?P<dir>ago|later|from\s+now|(?:from|after|before)\s+"
            r"(?P<base>today|tomorrow|yesterday))\b)?"
        ),
        offset_from=re.compile(
            # Not "for 3 days from monday", which is a length.
            rf"(?<!for )\b(?P<n>\d{{1,2}}|{counts})\s+(?P<unit>days?|weeks?|fortnights?|months?)\s+"
            r"(?P<dir>from|after|before)\s+"
        ),
        holiday=re.compile(
            r"\b(?:(?P<hq>last|previous|next|following|this)\s+)?"
            # not "hindu new year", "chinese new year": the feast, not 1 january
            r"(?<!hindu\s)(?<!chinese\s)(?<!lunar\s)(?<!jewish\s)(?<!islamic\s)(?<!sikh\s)(?<!persian\s)"
            rf"(?P<h>{_alternation([*v.holidays, *v.easter_holidays])})\b"
            # A school's "christmas play" or "easter holidays" is not the day itself.
            r"(?!\s+(?:play|fair|party|parties|jumper|concert|dinner|lunch|holiday|holidays|break|show|service"
            r"|performance|disco|market|card|cards|egg|eggs|bonnet|hunt|term|assembly|nativity|production))"
            rf"(?:\s+(?P<hy>(?:19|20)\d\d)\b|\s+of\s+{year_shift})?"
        ),
        weekend_of=re.compile(r"\b(?:the\s+)?weekend\s+of\s+(?:the\s+)?$"),
        bank_holiday=re.compile(
            rf"\b(?:the\s+)?bank\s+holiday(?:\s+(?P<wd>{wd}))?(?P<weekend>\s+weekend)?\b(?!s)"
        ),
        weekend_after=re.compile(r"\s+weekend\b(?:\s+(?P<y>(?:19|20)\d\d)\b)?"),
        # "this week and next": next week, written as "next" alone
        week_and_next=re.compile(
            r"\bweek\s+(?:and|&)\s+(?P<next>next)\b(?!\s+(?:week|\w+day|month|term|time)\b)"
        ),
        # "the last week of term", "the last 3 days before christmas"
        term_end=re.compile(
            rf"\b(?:the\s+)?(?:(?:(?P<last>last|final)\s+(?:(?P<n>\d|{counts})\s+)?(?:school\s+)?)?(?P<unit>days?|weeks?)"
            rf"|(?:last\s+)?(?P<wd>{wd}))\s+"  # "the friday before half term": that weekday of the last week
            r"(?:of\s+(?:the\s+|this\s+)?(?:(?:autumn|spring|summer)\s+)?term"
            r"|before\s+(?:the\s+)?(?:(?:christmas|easter|summer|half[\s-]term)\s+)?(?:holidays?|break)"
            r"|before\s+(?:half[\s-]term|christmas|easter)|before\s+(?P<break_up>(?:we|they|you|school)\s+breaks?\s+up))\b"
        ),
        # "the first day back", "the first week of the new term", "the first 2 days after christmas"
        term_start=re.compile(
            rf"\b(?:the\s+)?first\s+(?:(?P<n>\d|{counts})\s+)?(?:school\s+)?(?P<unit>days?|weeks?)\s+"
            r"(?:back|of\s+(?:the\s+)?(?:new|next|spring|summer|autumn)\s+term"
            r"|after\s+(?:the\s+)?(?:(?:christmas|easter|summer|half[\s-]term)\s+)?(?:holidays?|break)"
            r"|after\s+(?:half[\s-]term|christmas|easter|the\s+new\s+year)|in\s+january)\b"
        ),
        week=re.compile(
            r"\b(?:(?:for\s+)?(?:the\s+)?(?P<rest>rest|remainder|remaining)\s+(?:of\s+)?(?:the\s+|this\s+)?week"
            r"|(?:the\s+)?(?P<part>end|start|beginning|middle|mid|early|earlier|late|later)\s+(?:of\s+|in\s+)?(?:the\s+)?"
            rf"(?P<pw>{week_which})?\s*week"
            r"|(?P<after_next>(?:the\s+)?(?P<anw>week|weekend)\s+after\s+(?:the\s+)?next)"
            rf"|(?:all\s+(?:of\s+)?|(?:the\s+)?whole\s+(?:of\s+)?|the\s+)?(?P<which>{week_which}|past)\s+"
            r"(?P<kind>week|weekend|working\s+week|workweek|school\s+week)"
            r"|(?P<all>all\s+week|(?:the\s+)?whole\s+week|for\s+the\s+week)"
            r"|(?:the\s+|over\s+the\s+|on\s+)?(?P<weekend>weekend)"
            # "the next fortnight" is the one after this week's and next week's; "for the next fortnight" and
            # "the past fortnight" are lengths, as "the past 2 weeks" is.
            r"|(?:the\s+)?(?P<fw>next|coming|following|this)\s+fortnight|(?P<fortnight>the\s+fortnight)"
            r"|(?P<bare>(?:the|my)\s+week)"
            r"(?!\s+(?:\d|(?:before|after|of|beginning|starting|commencing|ending|in|at|off|to|on|that|when)\b)))\b"
        ),
        week_of=re.compile(
            r"\b(?:the\s+)?(?:week\s+of|w/?c|week\s+(?:beginning|starting|commencing)(?:\s+on)?)\s+"
        ),
        # "week 10": the ISO week of this year; not a school's own count ("week 2 of term").
        week_number=re.compile(
            r"\bweek\s+(?P<iso>[1-4]?\d|5[0-3])\b(?![:./-]\d)(?!\s+(?:of\s+)?(?:the\s+)?(?:term|half|holidays?)\b)"
            rf"(?:\s+of\s+{year_shift})?"
        ),
        # "the next day", "the day before": a day from the one mentioned before it, else from today.
        # "the next day", "the day before", "that day": a day from the one mentioned before it
        next_day=re.compile(
            r"\b(?:(?:the\s+)?(?P<next>next|following)\s+day|the\s+day\s+(?P<dir>after|before)|(?P<same>that|the\s+same)\s+day)\b"
            r"(?!\s+(?:tomorrow|yesterday|today)\b)"
        ),
        duration=re.compile(
            r"\b(?:for\s+)?(?:another\s+|a\s+further\s+|(?P<ahead>(?:the\s+)?next\s+)"
            rf"|(?P<back>(?:the\s+)?(?:past|previous|last)\s+)|the\s+)?(?P<n>\d{{1,2}}|{counts})\s+"
            r"(?P<next>next\s+)?(?:more\s+|whole\s+|full\s+)?(?P<work>(?:school|business|working)\s+)?"
            r"(?P<unit>days?|weeks?|fortnight)\b"
            r"(?:\s+(?P<hence>hence|in\s+the\s+future)\b)?(?!\s+ago)"
            r"|\bfor\s+(?:the|a)\s+(?P<single>day)\b"
            r"|\bfor\s+(?:the\s+)?(?P<fahead>next|coming)\s+fortnight\b"
            r"|\b(?:for\s+)?(?:the\s+)?(?P<fback>past|last|previous)\s+fortnight\b"
        ),
        # "within 5 days", "less than 2 weeks from today": the days up to a bound.
        within=re.compile(
            rf"\b(?:within|(?:in\s+)?less\s+than)\s+(?:the\s+next\s+)?(?P<n>\d{{1,2}}|{counts})\s+"
            r"(?P<unit>days?|weeks?|fortnights?)\b(?:\s+(?:from|after)\s+(?P<base>today|tomorrow|now))?"
        ),
        now_until=re.compile(r"\b(?P<now>between\s+now)\s+and\s+(?:the\s+)?"),
        to_date=re.compile(r"(?<!\bup )\b(?:to|till|until)\s+date\b(?!\s+\d)"),
        # "from 2pm until tomorrow": a time starting a range is today's.
        time_start=re.compile(
            rf"\bfrom\s+{clock}(?=\s+(?:until|till|to|-)\s+(?:tomorrow|next|the|{wd}|{month})\b)"
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
