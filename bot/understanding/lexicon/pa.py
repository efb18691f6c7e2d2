"""Punjabi (Gurmukhi): the words the understanding step reads in this language (see lexicon/__init__.py)."""

from __future__ import annotations

_VERB = (
    r"(?:ਆਵੇ|ਜਾਵੇ|ਆ ਸਕੇ|ਜਾ ਸਕੇ|ਆ ਜਾਵੇ)(?:ਗਾ|ਗੀ)|ਆਉਣਗੇ|ਜਾਣਗੇ|ਆ ਸਕਣਗੇ|ਜਾ ਸਕਣਗੇ|ਆਉਣਗੀਆਂ|ਜਾਣਗੀਆਂ"
    r"|ਆ ਸਕਦਾ|ਆ ਸਕਦੀ|ਆ ਸਕਦੇ|ਜਾ ਸਕਦਾ|ਜਾ ਸਕਦੀ|ਜਾ ਸਕਦੇ|ਆ ਰਿਹਾ|ਆ ਰਹੀ|ਆ ਰਹੇ|ਜਾ ਰਿਹਾ|ਜਾ ਰਹੀ|ਜਾ ਰਹੇ"
)
# Coming (back) in the future: "ਆਵੇਗੀ", "ਆ ਜਾਵੇਗਾ", "ਆਉਣਗੇ".
_COME = r"(?:ਆਵੇ|ਆ ਜਾਵੇ|ਆ ਸਕੇ|ਆਊ|ਆ ਜਾਊ)(?:ਗਾ|ਗੀ)|ਆਉਣਗੇ|ਆਉਣਗੀਆਂ|ਆ ਜਾਣਗੇ|ਆ ਜਾਣਗੀਆਂ|ਆ ਸਕਣਗੇ"
# Months, as Punjabi writes the English calendar's.
_MONTHS = (
    (r"ਜਨਵਰੀ", "january"),
    (r"ਫ਼ਰਵਰੀ|ਫਰਵਰੀ", "february"),
    (r"ਮਾਰਚ", "march"),
    (r"ਅਪ੍ਰੈਲ|ਅਪਰੈਲ", "april"),
    (r"ਮਈ", "may"),
    (r"ਜੂਨ", "june"),
    (r"ਜੁਲਾਈ", "july"),
    (r"ਅਗਸਤ", "august"),
    (r"ਸਤੰਬਰ", "september"),
    (r"ਅਕਤੂਬਰ", "october"),
    (r"ਨਵੰਬਰ", "november"),
    (r"ਦਸੰਬਰ", "december"),
)

# Places families travel to, as Punjabi writes them.
_PLACES = (
    ("ਕੈਨੇਡਾ|ਕਨੇਡਾ", "canada"),
    ("ਅਮਰੀਕਾ", "america"),
    ("ਆਸਟ੍ਰੇਲੀਆ|ਆਸਟਰੇਲੀਆ", "australia"),
    ("ਨਿਊਜ਼ੀਲੈਂਡ", "new zealand"),
    ("ਦੁਬਈ", "dubai"),
    ("ਪਾਕਿਸਤਾਨ", "pakistan"),
    ("ਅੰਮ੍ਰਿਤਸਰ", "amritsar"),
    ("ਦਿੱਲੀ", "delhi"),
    ("ਜਲੰਧਰ|ਲੁਧਿਆਣਾ|ਲੁਧਿਆਣੇ|ਮੋਹਾਲੀ|ਚੰਡੀਗੜ੍ਹ|ਪਟਿਆਲਾ|ਪਟਿਆਲੇ|ਹੁਸ਼ਿਆਰਪੁਰ|ਫਗਵਾੜਾ|ਫਗਵਾੜੇ", "india"),
)

# "ਕੱਲ੍ਹ" is both tomorrow and yesterday: the first tense marker after it in its clause decides.
_CLAUSE = r"[^.,!?\n\u0964\u0965]"
_GURMUKHI = "\u0a00-\u0a7f"
_PAST = (
    r"(?<![\u0a00-\u0a7f])(?:ਸੀ|ਸਨ|ਸਾਂ|ਗਿਆ|ਗਈ|ਗਏ|ਗਈਆਂ|ਆਇਆ|ਆਈ|ਆਏ|ਹੋਇਆ|ਹੋਈ|ਹੋਏ|ਦਿੱਤਾ|ਦਿੱਤੀ|ਦਿੱਤੇ|ਦਿੱਤੀਆਂ|ਕੀਤਾ|ਕੀਤੀ|ਕੀਤੇ|ਲੱਗਾ|ਲੱਗੀ)"
    r"(?![" + _GURMUKHI + r"])"
)
# future endings: ਕਰੇਗਾ, ਜਾਵਾਂਗੇ, ਆਉਣਗੇ, ਕਰਨਗੇ, ਕਰੋਗੇ, ਆਊਗਾ
_FUTURE = r"(?:ੇ|ਾਂ|ਣ|ਨ|ੋ|ੂ|ਊ|ਏ)(?:ਗਾ|ਗੀ|ਗੇ|ਗੀਆਂ)(?![" + _GURMUKHI + r"])|ਜਾ ਰਹ(?:ੇ|ੀ|ਾ)(?![" + _GURMUKHI + r"])"
_KAL = r"(?:ਕੱਲ੍ਹ|ਕੱਲ|ਕਲ)(?! ਰਾਤ)"
_KAL_PAST = _KAL + r"(?=(?:(?!" + _FUTURE + r")" + _CLAUSE + r")*(?:" + _PAST + r"))"
_KAL_FUTURE = _KAL + r"(?=(?:(?!" + _PAST + r")" + _CLAUSE + r")*(?:" + _FUTURE + r"))"
# "ਕੱਲ੍ਹ ਤੋਂ ਬੁਖਾਰ ਹੈ": since yesterday, a present tense before any future one.
_PRESENT = r"(?<![\u0a00-\u0a7f])(?:ਹੈ|ਹਨ|ਨੇ)(?![\u0a00-\u0a7f])"
_KAL_SINCE = _KAL + r" ਤੋਂ(?=(?:(?!" + _FUTURE + r")" + _CLAUSE + r")*(?:" + _PRESENT + r"))"

# "ਪਰਸੋਂ" is both the day after tomorrow and the day before yesterday: the tense decides, as for "ਕੱਲ੍ਹ".
_PARSON = r"(?:ਪਰਸੋਂ|ਪਰਸੋਂ|ਪਰਸੋ|ਪਰਸੂੰ)"
_PAST_AHEAD = r"(?=(?:(?!" + _FUTURE + r")" + _CLAUSE + r")*(?:" + _PAST + r"))"
_ILL = r"ਬਿਮਾਰ|ਬੀਮਾਰ|ਬੁਖਾਰ|ਬੁਖ਼ਾਰ|ਤਾਪ|ਖੰਘ|ਉਲਟੀ|ਦਰਦ|ਪੀੜ|ਤਬੀਅਤ|flu|ਫਲੂ"
_WEEKDAY_WORDS = (
    ("ਸੋਮਵਾਰ", "monday"),
    ("ਮੰਗਲਵਾਰ", "tuesday"),
    ("ਬੁੱਧਵਾਰ|ਬੁਧਵਾਰ", "wednesday"),
    ("ਵੀਰਵਾਰ", "thursday"),
    ("ਸ਼ੁੱਕਰਵਾਰ|ਸੁੱਕਰਵਾਰ|ਸ਼ੁਕਰਵਾਰ", "friday"),
)

# Just after "ਲੱਗਦਾ ਨਹੀਂ <day> ਨੂੰ " (I don't think ... on <day>): one fixed-width look-behind per day.
_AFTER_NOT_THINK = (
    "(?:"
    + "|".join(
        f"(?<=ਨਹੀਂ {day} ਨੂੰ )|(?<=ਨਹੀਂ {day} )"
        for day in ("ਸੋਮਵਾਰ", "ਮੰਗਲਵਾਰ", "ਬੁੱਧਵਾਰ", "ਬੁਧਵਾਰ", "ਵੀਰਵਾਰ", "ਸ਼ੁੱਕਰਵਾਰ", "ਕੱਲ੍ਹ", "ਕੱਲ", "ਅੱਜ")
    )
    + ")"
)

# "ਸਾਢੇ 9 ਵਜੇ" 9:30, "ਸਵਾ 9" 9:15, "ਪੌਣੇ 9" 8:45.
CLOCK: tuple[tuple[str, str], ...] = (
    # "1 ਵਜੇ reception ਤੋਂ ਲੈ ਜਾਵਾਂਗਾ": collecting the child at that time
    (
        r"(?<![\d:.])(?P<h>\d{1,2})(?:[:.](?P<m>\d\d))?(?: ਵਜੇ)?(?=(?: \S+){0,5} (?:ਲੈ (?:ਜਾਵਾਂਗੀ|ਜਾਵਾਂਗਾ|ਜਾਵਾਂਗੇ|ਜਾਊਂਗੀ|ਜਾਊਂਗਾ)"
        r"|ਲੈਣ (?:ਲਈ )?(?:ਆਵਾਂਗੀ|ਆਵਾਂਗਾ|ਆਵਾਂਗੇ|ਆਊਂਗੀ|ਆਊਂਗਾ|ਆ ਜਾਵਾਂਗੀ|ਆ ਜਾਵਾਂਗਾ|ਆ ਜਾਵਾਂਗੇ|ਆ ਰਹੀ|ਆ ਰਿਹਾ|ਆ ਰਹੇ|ਜਾ ਰਹੀ|ਜਾ ਰਿਹਾ|ਜਾ ਰਹੇ)))",
        "collect at {h}:{m}",
    ),
    # "10:30 ਤੱਕ school ਛੱਡ ਜਾਵਾਂਗੇ": we will bring her in by that time (the time comes first in Punjabi)
    (
        r"(?<![\d:.])(?P<h>\d{1,2})(?:[:.](?P<m>\d\d))?(?: ਵਜੇ)? (?:ਤੱਕ |ਤਕ )?(?:ਸਕੂਲ |school )?(?:ਛੱਡ|ਪਹੁੰਚਾ) "
        r"(?:ਜਾਵਾਂਗੇ|ਜਾਵਾਂਗੀ|ਜਾਵਾਂਗਾ|ਦਿਆਂਗੇ|ਦਿਆਂਗੀ|ਦਿਆਂਗਾ|ਆਵਾਂਗੇ|ਆਵਾਂਗੀ|ਆਵਾਂਗਾ|ਦੇਵਾਂਗੇ|ਦੇਵਾਂਗੀ|ਦੇਵਾਂਗਾ|ਜਾਊਂਗੀ|ਜਾਊਂਗਾ)",
        "will bring her in by {h}:{m}",
    ),
    # "9:05 ਤੱਕ ਪਹੁੰਚ ਜਾਵਾਂਗੇ", "9 ਵਜੇ ਤੋਂ ਪਹਿਲਾਂ ਪਹੁੰਚ ਜਾਵੇਗੀ": in (late) by that time
    (
        r"(?<![\d:.])(?P<h>\d{1,2})(?:[:.](?P<m>\d\d))?(?:-\d{1,2}(?:[:.]\d\d)?)?(?: ਵਜੇ)? (?:ਤੱਕ|ਤਕ|ਤੋਂ ਪਹਿਲਾਂ|ਤੋਂ ਪਹਿਲਾ) "
        r"(?:ਸਕੂਲ |school )?(?:(?:ਪਹੁੰਚ|ਪੁੱਜ|ਆ) "
        r"(?:ਜਾਵਾਂਗੇ|ਜਾਵਾਂਗੀ|ਜਾਵਾਂਗਾ|ਜਾਵੇਗਾ|ਜਾਵੇਗੀ|ਜਾਣਗੇ|ਜਾਣਗੀਆਂ|ਜਾਊਗਾ|ਜਾਊਗੀ|ਜਾਊਂਗੀ|ਜਾਊਂਗਾ|ਜਾਊ)"
        r"|ਪਹੁੰਚਣਗੇ|ਪਹੁੰਚਣਗੀਆਂ|ਪਹੁੰਚੇਗਾ|ਪਹੁੰਚੇਗੀ|ਪਹੁੰਚੂਗਾ|ਪਹੁੰਚੂਗੀ|ਪਹੁੰਚਾਂਗੇ)",
        "will be in by {h}:{m}",
    ),
    # "10 ਵਜੇ ਤੋਂ 12 ਵਜੇ ਤੱਕ": from one hour to another
    (r"(?<![\d:.])(?P<h>\d{1,2}) ਵਜੇ ਤੋਂ (?P<m>\d{1,2}) ਵਜੇ (?:ਤੱਕ|ਤਕ)", "from {h}:00 to {m}:00"),
    # "24 ਤਰੀਕ ਨੂੰ": on the 24th (a day of the month, not a clock time)
    (
        r"(?<![\d:./])(?P<h>\d{1,2}) (?:ਤਰੀਕ|ਤਾਰੀਖ਼|ਤਾਰੀਖ) ਤੋਂ (?P<m>\d{1,2}) (?:ਤਰੀਕ|ਤਾਰੀਖ਼|ਤਾਰੀਖ) (?:ਤੱਕ|ਤਕ)",
        "from the {h}th to the {m}th",
    ),
    (
        r"(?<![\d:./])(?P<h>\d{1,2}) (?:ਤਰੀਕ|ਤਾਰੀਖ਼|ਤਾਰੀਖ) (?:ਨੂੰ )?(?:ਸਕੂਲ |school )?ਵਾਪਸ(?: (?:ਆਵੇ|ਆਊ|ਆ ਜਾਵੇ|ਆ ਜਾਊ)(?:ਗਾ|ਗੀ)| ਆਉਣਗੇ| ਆ ਜਾਣਗੇ)?",
        "back on the {h}th",
    ),
    (r"(?<![\d:./])(?P<h>\d{1,2}) (?:ਤਰੀਕ|ਤਾਰੀਖ਼|ਤਾਰੀਖ) (?:ਤੱਕ|ਤਕ)", "until the {h}th inclusive"),
    (r"(?<![\d:./])(?P<h>\d{1,2}) (?:ਤਰੀਕ|ਤਾਰੀਖ਼|ਤਾਰੀਖ) ਤੋਂ", "from the {h}th"),
    (r"(?<![\d:./])(?P<h>\d{1,2}) (?:ਤਰੀਕ|ਤਾਰੀਖ਼|ਤਾਰੀਖ)", "the {h}th"),
    (r"ਸਾਢੇ (?P<h>\d{1,2})(?: ਵਜੇ)?", "{h}:30"),
    (r"ਸਵਾ (?P<h>\d{1,2})(?: ਵਜੇ)?", "{h}:15"),
    (r"(?:ਪੌਣੇ|ਪੋਣੇ) (?P<h>\d{1,2})(?: ਵਜੇ)?", "{before}:45"),
    # "..., 12:30 ਤੱਕ।": by that time, said after the verb
    (r"(?<![\d:./])(?P<h>\d{1,2})[:.](?P<m>\d\d)(?: ਵਜੇ)? (?:ਤੱਕ|ਤਕ)(?= *[.,!?\u0964]| *$)", "by {h}:{m}"),
)

GLOSSES: tuple[tuple[str, str], ...] = (
    (_PARSON + _PAST_AHEAD, "the day before yesterday"),
    (_PARSON, "the day after tomorrow"),
    # "ਸੋਮਵਾਰ ਤੋਂ ਬਿਮਾਰ ਹੈ": ill since (last) Monday, said in the present
    *(
        (
            rf"(?:{days}) ਤੋਂ(?=(?:(?!{_FUTURE}){_CLAUSE})*(?:{_ILL}))(?=(?:(?!{_FUTURE}){_CLAUSE})*(?:{_PRESENT}))",
            f"off since {day}",
        )
        for days, day in _WEEKDAY_WORDS
    ),
    # "ਸੋਮਵਾਰ ਤੋਂ ਬੁੱਧਵਾਰ ਤੱਕ ਬਿਮਾਰ ਸੀ": was off ill (told afterwards)
    *(
        (
            rf"(?:{days}) ਤੋਂ (?:{days2}) (?:ਤੱਕ|ਤਕ) (?:ਬਿਮਾਰ|ਬੀਮਾਰ|ਢਿੱਲਾ|ਢਿੱਲੀ|ਢਿੱਲੇ|ਠੀਕ ਨਹੀਂ|ਘਰ|ਘਰੇ|ਛੁੱਟੀ ਤੇ)"
            r"(?: ਰਿਹਾ| ਰਹੀ| ਰਹੇ)? (?:ਸੀ|ਸਨ|ਸੀਗਾ|ਸੀਗੀ)",
            f"was off ill {day} to {day2}",
        )
        for days, day in _WEEKDAY_WORDS
        for days2, day2 in _WEEKDAY_WORDS
    ),
    # "ਸ਼ੁੱਕਰਵਾਰ ਸਮੇਤ": up to and including Friday
    *((rf"(?:{days}) (?:ਸਮੇਤ|ਤੱਕ ਸਮੇਤ)", f"until {day} inclusive") for days, day in _WEEKDAY_WORDS),
    (r"(?:ਬਾਕੀ|ਬਾਕੀ ਦਾ|ਬਾਕੀ ਸਾਰਾ) (?:ਹਫ਼ਤਾ|ਹਫਤਾ|ਹਫ਼ਤੇ|ਹਫਤੇ)", "the rest of the week"),
    (r"ਦੇਰ ਨਾਲ (?:ਦੱਸ|ਮੈਸਜ|ਸੁਨੇਹਾ|message)\S*", "sorry for the late message"),
    (r"(?:ਮੈਥੋਂ |ਮੇਰੇ ਤੋਂ |ਸਾਡੇ ਤੋਂ )?(?:ਗਲਤੀ|ਗ਼ਲਤੀ) ਹੋ (?:ਗਈ|ਗਿਆ)", "i made a mistake"),
    # "ਕੱਲ੍ਹ ਆਮ ਵਾਂਗ ਆਵੇਗੀ": back tomorrow as usual (not off tomorrow)
    (
        _KAL
        + r"(?: (?:ਉਹ|ਇਹ|ਫਿਰ|ਫੇਰ|ਤੋਂ)){0,2} (?:ਆਮ ਵਾਂਗ|ਆਮ ਵਾਂਗੂੰ|ਆਮ ਵਾਂਗੂ|ਹਮੇਸ਼ਾ ਵਾਂਗ|ਵਾਪਸ) (?:ਸਕੂਲ )?(?:"
        + _COME
        + r")",
        "back tomorrow",
    ),
    # "ਕੱਲ੍ਹ ਤੋਂ ਉਹਦੇ ਪਾਪਾ ਛੱਡ ਦਿਆ ਕਰਨਗੇ": from tomorrow her dad will drop her off, so she is back then
    (
        _KAL + r" ਤੋਂ(?=(?: \S+){0,3} ਛੱਡ (?:ਦਿਆ ਕਰ|ਜਾਇਆ ਕਰ|ਆਇਆ ਕਰ|ਦੇਣਗੇ|ਜਾਣਗੇ|ਦੇਵੇਗਾ|ਦੇਵੇਗੀ|ਜਾਵੇਗਾ|ਜਾਵੇਗੀ))",
        "back tomorrow",
    ),
    (_KAL_PAST, "yesterday"),
    (_KAL_SINCE, "since yesterday"),
    (_KAL_FUTURE, "tomorrow"),
    (r"(?:ਕੱਲ੍ਹ|ਕੱਲ) ਰਾਤ|ਪਿਛਲੀ ਰਾਤ", "last night"),
    # "ਠੀਕ ਹੋਣ ਤੇ ਦੱਸਾਂਗੀ": I'll let you know when she is better (no end known yet)
    (
        r"(?:ਠੀਕ|ਚੰਗਾ|ਚੰਗੀ|ਤੰਦਰੁਸਤ) (?:ਹੋਣ|ਹੋ ਜਾਣ|ਹੋਏ|ਹੋਈ) (?:ਤੇ|ਉੱਤੇ|ਤੋਂ ਬਾਅਦ|ਤੋਂ ਬਾਦ|ਮਗਰੋਂ|ਤੇ ਮੈਂ)"
        r" (?:ਦੱਸਾਂਗੀ|ਦੱਸਾਂਗਾ|ਦੱਸਾਂਗੇ|ਦੱਸ ਦਿਆਂਗੀ|ਦੱਸ ਦਿਆਂਗਾ|ਦੱਸ ਦੇਵਾਂਗੀ|ਦੱਸ ਦੇਵਾਂਗਾ|ਦੱਸ ਦਿਆਂਗੇ|ਦੱਸ ਦੇਵਾਂਗੇ|ਮੈਸਜ ਕਰਾਂਗੀ|message ਕਰਾਂਗੀ)",
        "i will let you know when she's better",
    ),
    (
        r"(?:ਦੱਸਾਂਗੀ|ਦੱਸਾਂਗਾ|ਦੱਸਾਂਗੇ|ਦੱਸ ਦਿਆਂਗੀ|ਦੱਸ ਦਿਆਂਗਾ|ਦੱਸ ਦੇਵਾਂਗੀ|ਦੱਸ ਦੇਵਾਂਗਾ|ਦੱਸ ਦਿਆਂਗੇ|ਦੱਸ ਦੇਵਾਂਗੇ)",
        "i will let you know",
    ),
    (r"(?:ਦੱਸ ਨਹੀਂ (?:ਸਕੀ|ਸਕਿਆ|ਸਕੇ)|ਨਹੀਂ ਦੱਸਿਆ|ਦੱਸਿਆ ਨਹੀਂ|ਦੱਸਣਾ ਭੁੱਲ (?:ਗਈ|ਗਿਆ|ਗਏ))", "i didn't let you know"),
    (r"(?:ਉਹਨੂੰ |ਓਹਨੂੰ |ਉਸਨੂੰ |ਉਹਨਾਂ ਨੂੰ )?(?:ਘਰ|ਘਰੇ) (?:ਹੀ )?(?:ਰੱਖਿਆ|ਰੱਖੀ|ਰੱਖੇ)(?: ਸੀ)?", "kept her at home"),
    # "ਘਰ ਸੀ", "ਘਰ ਹੀ ਰਹੀ": was (off) at home
    (r"(?:ਘਰ|ਘਰੇ) (?:ਹੀ )?(?:ਸੀ|ਸਨ|ਰਿਹਾ|ਰਹੀ|ਰਹੇ)(?![\u0a00-\u0a7f])", "was at home"),
    # "ਅੱਜ ਤੋਂ school ਆ ਗਈ ਹੈ": back in school today
    (
        r"(?:ਅੱਜ|ਅਜ)(?: ਤੋਂ)? (?:ਵਾਪਸ )?(?:ਸਕੂਲ|school) (?:ਵਾਪਸ )?(?:ਆ|ਚਲਾ|ਚਲੀ|ਚਲੇ) (?:ਗਿਆ|ਗਈ|ਗਏ)(?: ਹੈ| ਆ| ਨੇ| ਹਨ)?",
        "is back in school today",
    ),
    (
        r"(?:ਵਾਪਸ )?(?:ਸਕੂਲ|school) (?:ਵਾਪਸ )?(?:ਆ|ਚਲਾ|ਚਲੀ|ਚਲੇ) (?:ਗਿਆ|ਗਈ|ਗਏ)(?: ਹੈ| ਆ| ਨੇ| ਹਨ)?",
        "is back in school",
    ),
    # "ਜਸਲੀਨ ਸਕੂਲ ਗਈ ਹੋਈ ਆ": (a sibling) has gone to school, is in today
    (
        r"(?:ਸਕੂਲ|school) (?:ਆਈ|ਆਇਆ|ਆਏ|ਗਈ|ਗਿਆ|ਗਏ)(?: (?:ਹੋਈ|ਹੋਇਆ|ਹੋਏ))? (?:ਆ|ਹੈ|ਨੇ|ਹਨ)(?![\u0a00-\u0a7f])",
        "is in school today",
    ),
    (r"ਕੁਝ (?:ਹਫ਼ਤੇ|ਹਫਤੇ|ਹਫ਼ਤਿਆਂ|ਹਫਤਿਆਂ)(?: ਲਈ)?", "for a few weeks"),
    (r"ਕੁਝ ਦਿਨ(?: ਲਈ)?", "for a few days"),
    (r"(?:ਇਹ|ਏਹ|ਇਸ) (?:ਹਫ਼ਤਾ|ਹਫਤਾ|ਹਫ਼ਤੇ|ਹਫਤੇ)", "this week"),
    # "ਪਿਛਲੇ ਹਫ਼ਤੇ ਵੀਰਵਾਰ ਤੇ ਸ਼ੁੱਕਰਵਾਰ": on Thursday and Friday of last week
    (
        r"(?:ਪਿਛਲੇ|ਪਿੱਛਲੇ|ਲੰਘੇ) (?:ਹਫ਼ਤੇ|ਹਫਤੇ)(?= (?:ਸੋਮ|ਮੰਗਲ|ਬੁੱਧ|ਬੁਧ|ਵੀਰ|ਸ਼ੁੱਕਰ|ਸੁੱਕਰ|ਸ਼ੁਕਰ)ਵਾਰ)"
        r"|(?:pichhle|pichle|pishle) (?:hafte|hafteh)(?= (?:monday|tuesday|wednesday|thursday|friday"
        r"|somvar|mangalvar|budhvar|veervar|shukarvar))",
        "last week on",
    ),
    (r"(?:ਪਿਛਲੇ|ਪਿਛਲਾ|ਪਿੱਛਲੇ|ਲੰਘੇ) (?:ਹਫ਼ਤੇ|ਹਫਤੇ|ਹਫ਼ਤਾ|ਹਫਤਾ)", "last week"),
    (r"(?:ਘਰ|ਘਰੇ) (?:ਰੱਖੋ|ਰੱਖਣਾ|ਰੱਖਣ|ਰੱਖਾਂਗੇ|ਰੱਖਾਂਗੀ|ਰੱਖਣਾ ਹੈ)", "keep at home"),
    # --- everyday words of each category, as a dictionary lists them ---
    # symptoms and conditions
    (
        r"(?:ਮਾਹਵਾਰੀ|ਪੀਰੀਅਡਜ਼|ਪੀਰੀਅਡਸ|ਪੀਰੀਅਡ|ਮਹੀਨਾ)(?: (?:ਦਾ|ਦੀ|ਦੇ))? (?:ਦਰਦ|ਪੀੜ)|ਮਾਹਵਾਰੀ",
        "period pain",
    ),
    (r"ਨੱਕ (?:ਵਗ|ਬੰਦ|ਚੋ)\S*(?: (?:ਰਿਹਾ|ਰਹੀ|ਗਿਆ))?", "runny nose"),
    (r"ਛਿੱਕਾਂ|ਛਿੱਕ", "sniffles"),
    (r"(?:ਠੀਕ|ਚੰਗਾ|ਚੰਗੀ) ਮਹਿਸੂਸ ਨਹੀਂ ਕਰ (?:ਰਿਹਾ|ਰਹੀ|ਰਹੇ)", "not feeling well"),
    # not "ਢਿੱਲੀ ਸੀ", which is read below as off ill (told afterwards)
    (r"(?:ਢਿੱਲਾ|ਢਿੱਲੀ|ਢਿੱਲੇ)(?! (?:ਰਿਹਾ |ਰਹੀ |ਰਹੇ )?(?:ਸੀ|ਸਨ|ਸੀਗਾ|ਸੀਗੀ)(?![\u0a00-\u0a7f]))", "poorly"),
    (r"ਛਾਲੇ|ਛਾਲਾ", "mouth ulcers"),
    (r"ਫਲੂ|ਫ਼ਲੂ", "flu"),
    # "ਟੌਂਸਿਲ ਦਾ ਅਪਰੇਸ਼ਨ": an operation to recover from (the illness), not an appointment
    (
        r"(?:ਟੌਂਸਿਲ\S*|ਟਾਂਸਿਲ\S*|ਟੌਨਸਿਲ\S*|ਐਡੀਨੌਇਡ\S*|ਅਪੈਂਡਿਕਸ|ਹਰਨੀਆ) (?:ਦਾ|ਦੀ|ਦੇ) (?:ਅਪਰੇਸ਼ਨ|ਓਪਰੇਸ਼ਨ|ਆਪਰੇਸ਼ਨ|ਸਰਜਰੀ|operation)",
        "an operation",
    ),
    (r"ਟੌਂਸਿਲ\S*|ਟਾਂਸਿਲ\S*|ਟੌਨਸਿਲ\S*", "tonsillitis"),
    (r"ਫੂਡ ਪੋਇਜ਼ਨਿੰਗ|ਫੂਡ ਪੁਆਇਜ਼ਨਿੰਗ|ਫੂਡ ਪੌਇਜ਼ਨਿੰਗ|ਫੂਡ ਪੋਇਜ਼ਨ", "food poisoning bug"),
    (r"ਮਾਈਗ੍ਰੇਨ|ਮਾਈਗਰੇਨ|ਮਾਈਗ੍ਰੇਨ|ਅੱਧੇ ਸਿਰ ਦਾ ਦਰਦ", "migraine"),
    (r"ਸਕਾਰਲੇਟ ਫੀਵਰ|ਸਕਾਰਲੈੱਟ ਫੀਵਰ|ਸਕਾਰਲੈਟ ਫੀਵਰ", "scarlet fever"),
    (r"ਹੈਂਡ,? ਫੁੱਟ (?:ਐਂਡ|ਤੇ|ਅਤੇ) ਮਾਊਥ|ਹੱਥ,? ਪੈਰ (?:ਤੇ|ਅਤੇ) ਮੂੰਹ", "hand foot and mouth"),
    (r"ਇੰਪੈਟੀਗੋ|ਇਮਪੈਟੀਗੋ|ਇੰਪੇਟੀਗੋ", "impetigo"),
    (r"ਕੋਵਿਡ|ਕਰੋਨਾ|ਕੋਰੋਨਾ", "covid"),
    (r"ਬ੍ਰੌਂਕਾਈਟਿਸ|ਬਰੌਂਕਾਈਟਿਸ|ਬ੍ਰੋਂਕਾਈਟਿਸ", "bronchitis"),
    (r"ਨਿਮੋਨੀਆ|ਨਮੂਨੀਆ|ਨਿਮੂਨੀਆ", "pneumonia"),
    (r"ਪੀਲੀਆ", "ill with jaundice"),
    (r"ਐਲਰਜੀ|ਅਲਰਜੀ", "allergy"),
    (r"ਵਾਇਰਲ|ਵਾਇਰਸ", "virus"),
    (r"ਮਿਰਗੀ(?: ਦਾ ਦੌਰਾ)?|ਦੌਰਾ ਪਿਆ|ਦੌਰੇ ਪੈ\S*", "seizure"),
    (r"ਘਬਰਾਹਟ|ਐਂਗਜ਼ਾਇਟੀ|ਐਂਗਜ਼ਾਈਟੀ|ਐਂਗਜ਼ਾਇਟੀ", "anxiety"),
    (r"ਪੈਨਿਕ ਅਟੈਕ", "panic attack"),
    (r"ਉਦਾਸ|ਉਦਾਸੀ|ਡਿਪਰੈਸ਼ਨ", "low mood"),
    (r"ਕਨਕਸ਼ਨ", "concussion"),
    (r"ਟਾਂਕੇ", "stitches"),
    (r"ਪਲੱਸਤਰ|ਪਲਸਤਰ|ਪਲਾਸਟਰ", "in a cast"),
    # appointments
    (r"(?:ਅੱਖਾਂ|ਅੱਖ|ਨਜ਼ਰ) (?:ਦਾ|ਦੀ) (?:ਟੈਸਟ|ਚੈੱਕਅਪ|ਚੈਕਅਪ|ਜਾਂਚ)", "eye test"),
    (r"(?:ਸੁਣਨ|ਕੰਨਾਂ) (?:ਦਾ|ਦੀ) (?:ਟੈਸਟ|ਚੈੱਕਅਪ|ਜਾਂਚ)|ਹੀਅਰਿੰਗ ਟੈਸਟ", "hearing test"),
    (r"(?:ਖੂਨ|ਖ਼ੂਨ) (?:ਦਾ|ਦੀ) (?:ਟੈਸਟ|ਜਾਂਚ)|ਬਲੱਡ ਟੈਸਟ", "blood test"),
    (r"ਆਰਥੋਡੌਂਟਿਸਟ|ਆਰਥੋਡੋਂਟਿਸਟ|ਆਰਥੋਡੌਨਟਿਸਟ|ਬਰੇਸਿਸ|ਬ੍ਰੇਸਿਜ਼|ਬਰੇਸਿਜ਼|ਬ੍ਰੇਸਿਸ", "orthodontist"),
    (r"ਟੀਕੇ|ਟੀਕਾਕਰਨ|ਵੈਕਸੀਨ\S*", "vaccinations"),
    (r"ਕਲੀਨਿਕ", "clinic"),
    (r"ਫਿਜ਼ੀਓ ?ਥੈਰੇਪੀ|ਫਿਜ਼ਿਓ ?ਥੈਰੇਪੀ|ਫਿਜ਼ੀਓ|ਫਿਜ਼ਿਓ", "physiotherapy"),
    (r"ਸਪੀਚ ਥੈਰੇਪੀ", "speech therapy"),
    (r"ਥੈਰੇਪੀ", "therapy"),
    (r"ਕੰਸਲਟੈਂਟ", "consultant"),
    (r"ਫਾਲੋ ?ਅੱਪ|ਫਾਲੋ ?ਅਪ", "follow-up"),
    (r"ਚੈੱਕ ?ਅੱਪ|ਚੈੱਕ ?ਅਪ|ਚੈਕ ?ਅਪ", "check-up"),
    (r"ਐਕਸ ?ਰੇ", "x-ray"),
    (r"ਸਕੈਨ", "scan"),
    (r"ਡੈਂਟਿਸਟ|ਡੈਨਟਿਸਟ", "dentist"),
    (r"(?:ਦੰਦ|ਦਾੜ੍ਹ) (?:ਕਢਵਾ|ਕੱਢ)\S*", "tooth extraction"),
    # festivals and the gurdwara
    (r"ਅੰਮ੍ਰਿਤ (?:ਛਕ|ਛਕਣ|ਛਕਣਾ|ਸੰਚਾਰ)\S*", "religious ceremony at the gurdwara"),
    (r"ਨਗਰ ਕੀਰਤਨ", "religious procession"),
    (r"ਲੋਹੜੀ", "lohri"),
    (r"ਸ਼ਹੀਦੀ (?:ਦਿਹਾੜਾ|ਦਿਹਾੜੇ|ਦਿਵਸ|ਪੁਰਬ|ਗੁਰਪੁਰਬ)", "gurpurab"),
    (r"ਜਨਮ ਅਸ਼ਟਮੀ|ਜਨਮਾਸ਼ਟਮੀ", "janmashtami"),
    (r"ਨਵਰਾਤਰੇ|ਨਵਰਾਤਰੀ", "navratri"),
    # family events
    (r"(?:ਦਾ|ਦੀ) (?:ਐਕਸੀਡੈਂਟ|ਹਾਦਸਾ) ਹੋ (?:ਗਿਆ|ਗਈ)", "was in an accident"),
    (
        r"(?:ਛੋਟੀ )?(?:ਭੈਣ|ਧੀ|ਬੱਚੀ|ਕੁੜੀ) (?:ਪੈਦਾ|ਜੰਮੀ) (?:ਹੋਈ|ਹੋਈ ਹੈ)?|(?:ਛੋਟੀ )?(?:ਭੈਣ|ਧੀ|ਬੱਚੀ|ਕੁੜੀ) ਜੰਮੀ",
        "baby sister was born",
    ),
    (r"(?:ਛੋਟਾ )?(?:ਭਰਾ|ਵੀਰ|ਪੁੱਤ|ਬੱਚਾ|ਮੁੰਡਾ) (?:ਪੈਦਾ ਹੋਇਆ|ਜੰਮਿਆ)", "baby brother was born"),
    (r"(?:ਘਰ|ਘਰੇ|ਰਸੋਈ) (?:ਵਿੱਚ |ਵਿਚ |ਚ )?ਪਾਣੀ (?:ਭਰ|ਵੜ) (?:ਗਿਆ|ਆਇਆ)", "house flooded"),
    (r"(?:(?:ਘਰ|ਰਸੋਈ) (?:ਨੂੰ|ਵਿੱਚ|ਵਿਚ|ਚ) )?ਅੱਗ ਲੱਗ (?:ਗਈ|ਗਿਆ)", "there was a fire in our house"),
    (r"(?:ਕੋਰਟ|ਅਦਾਲਤ|ਕਚਹਿਰੀ) (?:ਵਿੱਚ |ਵਿਚ |ਚ |ਦੀ )?(?:ਪੇਸ਼ੀ|ਤਾਰੀਖ|ਤਰੀਕ|ਸੁਣਵਾਈ)|ਪੇਸ਼ੀ", "court hearing"),
    # trips, interviews, work
    *(
        (
            rf"(?:{place}) (?:ਜਾ (?:ਰਹੇ|ਰਹੀ|ਰਿਹਾ)(?: (?:ਹਾਂ|ਹੈ|ਹਨ|ਆਂ|ਨੇ|ਆ))?|ਜਾਵਾਂਗੇ|ਜਾਵਾਂਗੀ|ਜਾਵਾਂਗਾ|ਜਾਣਾ(?: ਹੈ)?|ਜਾਣਗੇ"
            r"|ਜਾਵੇਗੀ|ਜਾਵੇਗਾ|ਜਾਊਗੀ|ਜਾਊਗਾ|ਗਏ|ਗਈ|ਗਿਆ)",
            f"going to {english}",
        )
        for place, english in _PLACES
    ),
    *((rf"(?:{place})(?= (?:ਵਿੱਚ|ਵਿਚ|ਚ)(?![{_GURMUKHI}]))", f"in {english}") for place, english in _PLACES),
    (
        r"ਛੁੱਟੀਆਂ (?:ਤੇ|'ਤੇ|ਉੱਤੇ|ਮਨਾਉਣ) (?:ਜਾ (?:ਰਹੇ|ਰਹੀ|ਰਿਹਾ)(?: (?:ਹਾਂ|ਹੈ|ਹਨ|ਆਂ|ਨੇ|ਆ))?|ਜਾਵਾਂਗੇ|ਜਾਵਾਂਗੀ|ਜਾਣਾ(?: ਹੈ)?|ਜਾਣਗੇ|ਜਾਵੇਗੀ|ਜਾਵੇਗਾ)",
        "going on holiday",
    ),
    (r"ਫਲਾਈਟ|ਫ਼ਲਾਈਟ|ਫਲਾਈਟਾਂ", "flight"),
    (r"ਇੰਟਰਵਿਊ|ਇੰਟਰਵਿਉ", "interview"),
    (
        r"(?:ਦਾਖਲਾ|ਦਾਖ਼ਲਾ|ਦਾਖਲੇ ਦਾ|ਦਾਖ਼ਲੇ ਦਾ|ਦਾਖਲੇ ਦੀ|ਐਂਟਰੈਂਸ) (?:ਟੈਸਟ|ਇਮਤਿਹਾਨ|ਇਮਤਿਹਾਨ|ਪੇਪਰ|ਪ੍ਰੀਖਿਆ)",
        "entrance test",
    ),
    (r"ਆਡੀਸ਼ਨ", "audition"),
    (r"ਫੌਜ (?:ਵਿੱਚ|ਵਿਚ|ਚ|ਦੀ) ਪੋਸਟਿੰਗ|ਫੌਜੀ ਪੋਸਟਿੰਗ", "army posting"),
    (r"ਪੋਸਟਿੰਗ", "posting"),
    (r"ਕੰਮ ਦੇ ਸਿਲਸਿਲੇ (?:ਵਿੱਚ|ਵਿਚ|ਚ)(?: (?:ਬਾਹਰ|ਸਫ਼ਰ|ਦੌਰਾ|ਦੌਰੇ))?", "travelling for work"),
    # the way in
    (
        r"(?:ਟੈਕਸੀ|ਵੈਨ|ਟਰਾਂਸਪੋਰਟ|ਮਿੰਨੀ ਬੱਸ|ਸਕੂਲ ਬੱਸ|ਸਕੂਲ ਦੀ ਬੱਸ|ਕੌਂਸਲ ਦੀ ਬੱਸ)(?: \S+){0,3} ਨਹੀਂ (?:ਆਈ|ਆਇਆ|ਪਹੁੰਚੀ|ਪਹੁੰਚਿਆ)",
        "taxi didn't come",
    ),
    (r"(?:ਬੱਸ|ਟਰੇਨ) (?:ਨਿਕਲ|ਛੁੱਟ|ਮਿਸ ਹੋ) (?:ਗਈ|ਗਿਆ)", "missed the bus"),
    (r"ਬਰਫ਼? (?:ਜੰਮ|ਜੰਮੀ|ਜੰਮੀਆਂ)\S*", "ice"),
    (r"ਬਰਫ਼?(?: ?ਬਾਰੀ| ਪਈ| ਪੈ ਰਹੀ| ਡਿੱਗੀ)?", "snow"),
    (r"(?:ਸੜਕ|ਸੜਕਾਂ|ਰੋਡ) (?:ਬੰਦ|ਬਲਾਕ)", "road closed"),
    (r"ਹੜ੍ਹ|ਹੜ", "flooding"),
    (r"(?:ਟਰੇਨਾਂ|ਟ੍ਰੇਨਾਂ|ਟਰੇਨ|ਟ੍ਰੇਨ|ਰੇਲਗੱਡੀਆਂ|ਰੇਲਗੱਡੀ) (?:ਕੈਂਸਲ|ਰੱਦ|ਬੰਦ)", "trains cancelled"),
    (r"(?:ਗੱਡੀਆਂ|ਟਰੇਨਾਂ|ਬੱਸਾਂ) ਨਹੀਂ ਚੱਲ (?:ਰਹੀਆਂ|ਰਹੇ|ਰਹੀ)", "trains not running"),
    (r"ਹੜਤਾਲ", "strike"),
    (r"ਤੂਫ਼ਾਨ|ਤੂਫਾਨ|ਹਨੇਰੀ", "storm"),
    (r"ਨਹੀਂ ਪਹੁੰਚ (?:ਸਕੇਗਾ|ਸਕੇਗੀ|ਸਕਣਗੇ|ਸਕਦਾ|ਸਕਦੀ|ਸਕਦੇ|ਪਾਵੇਗਾ|ਪਾਵੇਗੀ)", "won't be in"),
    # told to stay away
    (r"(?:ਆਈਸੋਲੇਟ|ਇਕਾਂਤਵਾਸ|ਵੱਖ) (?:ਕਰਨ|ਹੋਣ|ਰਹਿਣ) (?:ਲਈ|ਨੂੰ) (?:ਕਿਹਾ|ਆਖਿਆ)", "told to isolate"),
    (r"ਆਈਸੋਲੇਟ", "isolate"),
    (r"ਕੁਆਰੰਟੀਨ|ਕੁਆਰਨਟੀਨ|ਕੁਆਰਨਟਾਈਨ", "quarantine"),
    # days out and minding siblings
    (r"ਛੋਟੇ (?:ਭਰਾ|ਵੀਰ) (?:ਨੂੰ ਸੰਭਾਲ|ਦਾ ਧਿਆਨ ਰੱਖ|ਦੀ ਦੇਖਭਾਲ)\S*", "looking after her little brother"),
    (r"ਛੋਟੀ ਭੈਣ (?:ਨੂੰ ਸੰਭਾਲ|ਦਾ ਧਿਆਨ ਰੱਖ|ਦੀ ਦੇਖਭਾਲ)\S*", "looking after her little sister"),
    (r"ਥੀਮ ਪਾਰਕ", "theme park"),
    (r"ਚਿੜੀਆਘਰ", "zoo"),
    (r"ਸਿਨੇਮਾ", "cinema"),
    # work
    (r"ਸ਼ੂਟਿੰਗ", "filming"),
    (r"ਫੋਟੋ ?ਸ਼ੂਟ|ਫ਼ੋਟੋ ?ਸ਼ੂਟ", "photoshoot"),
    (r"ਮਾਡਲਿੰਗ", "modelling"),
    (r"ਲਾਇਸੈਂਸ|ਲਾਈਸੈਂਸ", "licence"),
    # --- reasons vocabulary ---
    (r"(?:ਵਿਆਹ|ਵਿਆਹਾਂ) (?:ਦੀ|ਲਈ|ਵਾਸਤੇ) (?:shopping|ਸ਼ਾਪਿੰਗ|ਖਰੀਦਦਾਰੀ|ਖ਼ਰੀਦਦਾਰੀ)", "shopping"),
    (
        r"(?:ਸਕੂਲ |school )?ਨਹੀਂ (?:ਆਊਗਾ|ਆਊਗੀ|ਆਊ|ਆਉਣਗੇ|ਆਉਂਦਾ|ਆਉਂਦੀ|ਆਉਂਦੇ|ਆਉਣਾ|ਜਾਊਗਾ|ਜਾਊਗੀ|ਜਾਣਾ|ਆਵੇਗਾ|ਆਵੇਗੀ)",
        "won't be in",
    ),
    (r"(?:ਹੁਣ |ਹੁਣ ਉਹ |ਉਹ )?(?:ਠੀਕ|ਚੰਗਾ|ਚੰਗੀ) (?:ਆ|ਹੈ|ਹੋ ਗਿਆ ਹੈ|ਹੋ ਗਈ ਹੈ)(?= *[,.\u0964])", "she is better now"),
    (r"(?:ਛੱਡਣ|ਲੈ ਕੇ) (?:ਆ ਰਿਹਾ|ਆ ਰਹੀ|ਆ ਰਹੇ)(?: (?:ਹਾਂ|ਆਂ|ਹੈ))?", "we are bringing her in now"),
    (r"(?:ਦੱਸਿਆ|ਮੈਸਜ ਕੀਤਾ|message ਕੀਤਾ) (?:ਸੀ|ਸੀਗਾ)", "i said"),
    (r"(?:ਬੁਖਾਰ|ਬੁਖ਼ਾਰ|ਤਾਪ) ਉੱਤਰ (?:ਗਿਆ|ਗਈ)", "fever has gone down"),
    (r"(?:ਘਰ|ਘਰੇ) (?:ਰਹਿ|ਰਹਿ) (?:ਗਿਆ|ਗਈ|ਗਏ)", "was left behind"),
    (r"ਦੇ (?:ਜਾਊਂਗੀ|ਜਾਊਂਗਾ|ਜਾਵਾਂਗੀ|ਜਾਵਾਂਗਾ)", "hand it in"),
    (r"ਜੀ (?:ਕੱਚਾ|ਮਚਲ|ਖਰਾਬ)\S*|ਮਤਲੀ|ਕੱਚਾ ਜੀ", "nausea"),
    (r"(?:ਕੰਨ|ਕੰਨਾਂ) (?:ਵਿੱਚ |ਵਿਚ |ਚ )?(?:ਬਹੁਤ )?(?:ਦਰਦ|ਪੀੜ)", "earache"),
    (r"(?:ਸਿਰ) (?:ਵਿੱਚ |ਵਿਚ |ਚ )?(?:ਬਹੁਤ )?(?:ਦਰਦ|ਪੀੜ)", "headache"),
    (r"(?:ਦੰਦ|ਦਾੜ੍ਹ) (?:ਵਿੱਚ |ਵਿਚ |ਚ )?(?:ਬਹੁਤ )?(?:ਪੀੜ)", "toothache"),
    (r"ਪੀੜ|ਦੁਖਦਾ|ਦੁਖਦੀ|ਦੁੱਖਦਾ", "pain"),
    (r"ਤਾਪ(?: ਚੜ੍ਹਿਆ| ਚੜ੍ਹ ਗਿਆ)?|ਬੁਖਾਰ ਚੜ੍ਹਿਆ", "temperature"),
    (r"(?:ਸਰੀਰ|ਪਿੰਡਾ|ਜਿਸਮ) (?:ਟੁੱਟਦਾ|ਟੁੱਟ ਰਿਹਾ|ਦੁਖਦਾ|ਦਰਦ)\S*", "aches"),
    (r"ਮੋਚ|ਮੁਚ", "sprained"),
    (r"ਗਿੱਟਾ|ਗਿੱਟੇ", "ankle"),
    (r"ਗੁੱਟ", "wrist"),
    (r"ਸੁੱਜ (?:ਗਿਆ|ਗਈ|ਗਏ)|ਸੋਜ|ਸੋਜਾ", "swollen"),
    (r"ਸੱਟ|ਚੋਟ", "injury"),
    (r"ਡਿੱਗ (?:ਪਿਆ|ਪਈ|ਗਿਆ|ਗਈ)", "fell"),
    (r"ਖਾਰਸ਼|ਖੁਜਲੀ|ਧੱਫੜ|ਦਾਣੇ|ਰੈਸ਼", "rash"),
    (r"ਦਸਤ|ਟੱਟੀਆਂ", "diarrhoea"),
    (r"ਉਲਟੀ\S*|ਉਲਟੀਆਂ", "vomiting"),
    (r"ਦਮਾ|ਦਮੇ", "asthma"),
    (r"ਖੰਘ|ਖਾਂਸੀ", "cough"),
    (r"ਜ਼ੁਕਾਮ|ਜੁਕਾਮ|ਨਜ਼ਲਾ|ਨਜਲਾ", "a bad cold"),
    (r"ਚੱਕਰ", "dizzy"),
    (r"ਕਮਜ਼ੋਰੀ|ਕਮਜੋਰੀ", "poorly"),
    (r"ਮਾਤਾ ਨਿਕਲ\S*|ਚਿਕਨਪੌਕਸ|ਚਿਕਨ ਪੌਕਸ", "chicken pox"),
    (r"(?:ਬਹੁਤ )?(?:ਸੀਰੀਅਸ|ਗੰਭੀਰ|ਸੀਰੀਅਸ ਬੀਮਾਰ)", "critical"),
    (r"(?:ਹਸਪਤਾਲ|hospital) (?:ਵਿੱਚ|ਵਿਚ|ਚ) (?:ਦਾਖਲ|ਦਾਖ਼ਲ|admit)", "in hospital"),
    (r"(?:ਦੇ|ਦੀ)(?= (?:ਨਾਨੀ|ਦਾਦੀ|ਨਾਨਾ|ਦਾਦਾ|ਭੂਆ|ਮਾਸੀ|ਚਾਚਾ|ਤਾਇਆ|ਮਾਮਾ|ਪਿਤਾ|ਡੈਡੀ|ਮੰਮੀ|ਪਾਪਾ|ਮਾਤਾ))", "her"),
    (r"ਨਾਨੀ|ਦਾਦੀ|ਬੀਬੀ", "nan"),
    (r"ਨਾਨਾ|ਦਾਦਾ|ਬਾਪੂ", "grandad"),
    (r"ਭੂਆ|ਮਾਸੀ|ਚਾਚੀ|ਤਾਈ|ਮਾਮੀ", "aunt"),
    (r"ਚਾਚਾ|ਤਾਇਆ|ਮਾਮਾ|ਫੁੱਫੜ|ਮਾਸੜ", "uncle"),
    (r"ਪਤੀ|ਘਰਵਾਲੇ", "husband"),
    (r"ਮੇਰੇ|ਮੇਰੀ|ਮੇਰਾ|ਸਾਡੇ|ਸਾਡੀ|ਸਾਡਾ", "my"),
    (r"ਐਕਸੀਡੈਂਟ|ਹਾਦਸਾ", "accident"),
    (
        r"(?:ਪੂਰੇ|ਪੂਰਾ|ਪੂਰੀ) ਹੋ (?:ਗਏ|ਗਿਆ|ਗਈ)|ਅਕਾਲ ਚਲਾਣਾ ਕਰ (?:ਗਏ|ਗਿਆ|ਗਈ)|ਚੜ੍ਹਾਈ ਕਰ (?:ਗਏ|ਗਿਆ|ਗਈ)|ਗੁਜ਼ਰ (?:ਗਏ|ਗਿਆ|ਗਈ)|ਮੌਤ",
        "died",
    ),
    # "ਅਖੰਡ ਪਾਠ ਦਾ ਭੋਗ", "ਸਹਿਜ ਪਾਠ": the close of a reading of the Guru Granth Sahib, a religious ceremony
    (r"(?:ਅਖੰਡ |ਸਹਿਜ |ਸੁਖਮਨੀ )?ਪਾਠ(?: ਸਾਹਿਬ)?(?: ਦਾ| ਦੇ)?(?: ਭੋਗ)?", "religious ceremony at the gurdwara"),
    (r"ਸਸਕਾਰ|ਸੰਸਕਾਰ|ਅੰਤਿਮ ਅਰਦਾਸ|ਅੰਤਿਮ ਭੋਗ|ਅੰਤਮ ਸੰਸਕਾਰ", "funeral"),
    # "ਭੋਗ ਪੈਣਾ": the close of a reading of the Guru Granth Sahib (a funeral says so in its own words)
    (r"ਭੋਗ", "religious ceremony at the gurdwara"),
    # "emergency dentist", "ਐਮਰਜੈਂਸੀ appointment": an urgent appointment, not a family emergency
    (
        r"(?:ਐਮਰਜੈਂਸੀ|emergency)(?= (?:dentist|ਡੈਂਟਿਸਟ|ਦੰਦਾਂ|doctor|ਡਾਕਟਰ|gp|appointment|ਅਪੌਇੰਟਮੈਂਟ|ਅਪਾਇੰਟਮੈਂਟ|a&e))",
        "emergency",
    ),
    (r"ਮੁਸੀਬਤ|ਐਮਰਜੈਂਸੀ|emergency", "family emergency"),
    (r"ਘੁੰਮਣ|ਘੁੰਮਣ ਫਿਰਨ|ਸੈਰ|ਛੁੱਟੀਆਂ ਮਨਾਉਣ", "holiday"),
    (r"ਸ਼ਾਪਿੰਗ|ਖਰੀਦਦਾਰੀ|ਖ਼ਰੀਦਦਾਰੀ", "shopping"),
    (r"ਜਨਮਦਿਨ|ਬਰਥਡੇ", "birthday"),
    # "ਛੁੱਟੀਆਂ ਤੱਕ": until the (Christmas, Easter) holidays; "ਨਵੀਂ term ਦੇ ਪਹਿਲੇ ਦਿਨ": the new term's first day
    (r"(?:ਕ੍ਰਿਸਮਸ |ਕ੍ਰਿਸਮਿਸ |christmas )?ਛੁੱਟੀਆਂ (?:ਹੋਣ |ਸ਼ੁਰੂ ਹੋਣ )?(?:ਤੱਕ|ਤਕ)", "until the holidays"),
    (
        r"(?:ਨਵੀਂ |ਨਵੇਂ |ਅਗਲੀ |ਅਗਲੇ )?(?:term|ਟਰਮ|ਸਮੈਸਟਰ) (?:ਦੇ|ਦਾ) (?:ਪਹਿਲੇ|ਪਹਿਲਾ) (?:ਦਿਨ|ਦਿਨੇ)(?: ਹੀ)?",
        "on the first day of the new term",
    ),
    (r"(?:ਛੁੱਟੀਆਂ|ਛੁੱਟੀ) (?:ਤੋਂ|ਦੇ) (?:ਬਾਅਦ|ਮਗਰੋਂ|ਪਿੱਛੋਂ)", "after the holidays"),
    (r"(?:ਕੱਲ੍ਹ|ਕੱਲ) ਸ਼ਾਮ|(?:ਕੱਲ੍ਹ|ਕੱਲ) ਸਾਮ", "yesterday evening"),
    (r"ਉਸ ਦਿਨ|ਓਸ ਦਿਨ|ਉਸੇ ਦਿਨ", "that day"),
    # "ਬੁੱਧਵਾਰ ਨੂੰ ਆਮ ਵਾਂਗ ਆਉਣਗੇ": back on that day as usual
    (
        r"(?<=ਵਾਰ )ਨੂੰ (?:ਆਮ ਵਾਂਗ|ਆਮ ਵਾਂਗੂੰ|ਆਮ ਵਾਂਗੂ|ਹਮੇਸ਼ਾ ਵਾਂਗ) (?:ਸਕੂਲ |school )?(?:" + _COME + r")",
        "back as usual",
    ),
    (
        r"(?:ਆਮ ਵਾਂਗ|ਆਮ ਵਾਂਗੂੰ|ਆਮ ਵਾਂਗੂ|ਆਮ ਤੌਰ ਤੇ|ਹਮੇਸ਼ਾ ਵਾਂਗ) (?:ਸਕੂਲ )?(?:" + _COME + r"|ਆਵੇਗਾ|ਆਵੇਗੀ)",
        "will be in as usual",
    ),
    (
        r"(?:ਆਮ ਵਾਂਗ|ਆਮ ਵਾਂਗੂੰ|ਆਮ ਵਾਂਗੂ|ਹਮੇਸ਼ਾ ਵਾਂਗ) (?:ਸਕੂਲ )?(?:ਆ|ਜਾ) (?:ਰਿਹਾ|ਰਹੀ|ਰਹੇ) (?:ਹੈ|ਹਨ|ਨੇ|ਆ)",
        "will be in as usual",
    ),
    (r"ਆਮ ਵਾਂਗ|ਆਮ ਵਾਂਗੂੰ|ਆਮ ਵਾਂਗੂ|ਆਮ ਤੌਰ ਤੇ|ਹਮੇਸ਼ਾ ਵਾਂਗ", "as usual"),
    (r"ਸ਼ਾਮ|ਸਾਮ", "evening"),
    (r"ਆਰਾਮ", "rest"),
    (
        r"(?:\S+ )?(?:ਸੁਨੇਹਾ|ਮੈਸੇਜ|message|msg) (?:ignore|ਇਗਨੋਰ|ਨਜ਼ਰਅੰਦਾਜ਼|cancel|ਕੈਂਸਲ|ਰੱਦ) ਕਰ\S*(?: ਦਿਓ| ਦੇਣਾ| ਦਿਉ)?",
        "ignore my last message",
    ),
    (
        r"ਅੱਜ (?:ਸਕੂਲ )?(?:" + _COME + r"|ਆ ਰਿਹਾ ਹੈ|ਆ ਰਹੀ ਹੈ|ਆ ਰਹੇ ਹਨ|ਜਾ ਰਿਹਾ ਹੈ|ਜਾ ਰਹੀ ਹੈ|ਜਾ ਰਹੇ ਹਨ)",
        "will be in school today",
    ),
    (
        r"(?:ਦੇਰ ਨਾਲ|ਲੇਟ) (?:" + _COME + r"|ਹੋ (?:ਜਾਵੇਗਾ|ਜਾਵੇਗੀ|ਜਾਣਗੇ|ਜਾਣਗੀਆਂ)|ਹੋਣਗੇ|ਹੋਣਗੀਆਂ|ਹੋਵੇਗਾ|ਹੋਵੇਗੀ|ਹੋਊਗਾ|ਹੋਊਗੀ)",
        "will be late",
    ),
    # "ਮੈਂ ਪੁੱਛਣਾ ਸੀ ਕਿ", "ਮੈਂ ਪੁੱਛਣਾ ਚਾਹੁੰਦੀ ਸੀ": I wanted to ask (a question, not a report)
    (
        r"(?:ਮੈਂ|ਅਸੀਂ) (?:ਇਹ |ਤੁਹਾਨੂੰ |ਤੁਹਾਡੇ ਤੋਂ |ਤੁਹਾਥੋਂ )?(?:ਪੁੱਛਣਾ|ਪੁੱਛਣਾ ਚਾਹੁੰਦਾ|ਪੁੱਛਣਾ ਚਾਹੁੰਦੀ|ਪੁੱਛਣਾ ਚਾਹੁੰਦੇ)"
        r" (?:ਸੀ|ਸੀਗਾ|ਸੀਗੀ|ਸਾਂ|ਹੈ|ਹਾਂ)(?: ਕਿ)?",
        "i wanted to ask if",
    ),
    # "ਕੰਮ ਤੋਂ ਛੁੱਟੀ ਲੈਣੀ ਹੈ": the parent's leave from work, not the child's day off
    (
        r"(?:ਕੰਮ|ਨੌਕਰੀ|work) (?:ਤੋਂ|ਤੋ|ਤੇ|ਤੋਂ ਵੀ) (?:ਛੁੱਟੀ|ਛੁਟੀ)(?: (?:ਲੈਣੀ|ਲੈਣੀ ਪਊ|ਲੈਣੀ ਪਵੇਗੀ|ਲੈਣੀ ਪੈਣੀ|ਲਵਾਂਗੀ|ਲਵਾਂਗਾ|ਲੈ ਲਵਾਂਗੀ|ਲੈ ਲਵਾਂਗਾ))?",
        "leave from work",
    ),
    # "ਸਕੂਲ ਬੰਦ ਹੈ?": is the school closed?
    (r"(?:ਕੀ )?(?:ਸਕੂਲ|school) ਬੰਦ (?:ਹੈ|ਹੋਵੇਗਾ|ਰਹੇਗਾ|ਆ)(?= *\?)", "is the school closed"),
    (r"ਬੰਦ (?:ਹੈ|ਹੋਵੇਗਾ|ਰਹੇਗਾ)", "is closed"),
    # "ਕੀ ਇਹ 6 ਵਜੇ ਹੋ ਸਕਦੀ ਹੈ?": can it be (moved to) 6?
    (r"ਕੀ (?:ਇਹ|ਇਸ ਨੂੰ|ਇਸਨੂੰ|ਇਹਨੂੰ)(?= [^?\u0964]*ਹੋ ਸਕਦ)", "can it be at"),
    (r"ਹੋ ਸਕਦ(?:ੀ|ਾ|ੇ) (?:ਹੈ|ਹਨ|ਆ)(?= *\?)", ""),
    # "ਮੈਂ ਕੰਮ ਤੋਂ ਲੇਟ ਆਉਂਦਾ ਹਾਂ": I get back late from work (habitually)
    (
        r"(?:ਕੰਮ|ਡਿਊਟੀ|work) (?:ਤੋਂ|ਤੋ) (?:ਲੇਟ|ਦੇਰ ਨਾਲ|late) (?:ਆਉਂਦਾ|ਆਉਂਦੀ|ਆਉਂਦੇ|ਮੁੜਦਾ|ਮੁੜਦੀ|ਮੁੜਦੇ|ਆਂਦਾ|ਆਂਦੀ) (?:ਹਾਂ|ਹੈ|ਹਨ|ਆਂ|ਹੁੰਦਾ|ਹੁੰਦੀ)",
        "because of my work hours",
    ),
    # "ਇਸ ਕਰਕੇ": so; "ਵਿਆਹ ਕਰਕੇ", "ਬੁਖਾਰ ਕਰਕੇ": because of
    (r"ਇਸ ਕਰਕੇ|ਇਸ ਲਈ|ਏਸ ਕਰਕੇ|ਤਾਂ ਕਰਕੇ", "so"),
    (r"(?<!ਇਸ )(?<!ਹੋਣ )ਕਰਕੇ(?! (?:ਆ|ਜਾ|ਆਵਾਂਗੇ|ਆਵਾਂਗੀ)(?![\u0a00-\u0a7f]))", "because of"),
    # "ਵਿਆਹ ਦੀ ਤਰੀਕ ਅੱਗੇ ਪੈ ਗਈ ਹੈ": (the date) has been put back
    (
        r"(?:(?:ਦੀ |ਦਾ )?(?:ਤਰੀਕ|ਤਾਰੀਖ਼|ਤਾਰੀਖ|ਦਿਨ) )?(?:ਅੱਗੇ|ਅਗਾਂਹ|ਅੱਗੇ ਨੂੰ) (?:ਪੈ|ਹੋ|ਕਰ) (?:ਗਈ|ਗਿਆ|ਗਏ|ਦਿੱਤੀ|ਦਿੱਤਾ)(?: (?:ਹੈ|ਹਨ|ਆ|ਏ))?"
        r"|(?:ਮੁਲਤਵੀ) (?:ਹੋ|ਕਰ) (?:ਗਈ|ਗਿਆ|ਗਏ|ਦਿੱਤੀ|ਦਿੱਤਾ)(?: (?:ਹੈ|ਹਨ|ਆ|ਏ))?",
        "has been postponed",
    ),
    # "ਹਰਨੂਰ ਤੇ ਗੁਰਲੀਨ ਆਉਂਦੀਆਂ ਰਹਿਣਗੀਆਂ": the siblings will keep coming in
    (
        r"(?:ਸਕੂਲ |school )?(?:ਆਉਂਦੀਆਂ|ਆਉਂਦੇ|ਆਉਂਦਾ|ਆਉਂਦੀ|ਜਾਂਦੀਆਂ|ਜਾਂਦੇ|ਜਾਂਦਾ|ਜਾਂਦੀ) (?:ਰਹਿਣਗੀਆਂ|ਰਹਿਣਗੇ|ਰਹੇਗਾ|ਰਹੇਗੀ|ਰਹੂਗਾ|ਰਹੂਗੀ)",
        "will be in as normal",
    ),
    # "ਲੱਗਦਾ ਨਹੀਂ ਸੋਮਵਾਰ ਨੂੰ ਆ ਸਕੇਗਾ": I don't think he'll manage to come on Monday
    (
        r"(?:ਲੱਗਦਾ|ਲਗਦਾ|ਲੱਗਦੀ|ਲਗਦੀ) ਨਹੀਂ(?: ਕਿ)?(?: ਉਹ)?(?= \S+ (?:ਨੂੰ )?(?:ਆ ਸਕੇ|ਆ ਸਕਣ|ਆ ਪਾਵੇ|ਆਵੇ))",
        "probably",
    ),
    (
        _AFTER_NOT_THINK + r"(?:ਆ ਸਕੇ|ਆ ਪਾਵੇ|ਆਵੇ)(?:ਗਾ|ਗੀ)|" + _AFTER_NOT_THINK + r"(?:ਆ ਸਕਣਗੇ|ਆ ਸਕਣਗੀਆਂ|ਆਉਣਗੇ)",
        "won't be in",
    ),
    (r"(?:ਤੋਂ |ਵਾਪਸ )*(?:ਸਕੂਲ|school) (?:ਵਾਪਸ )?(?:" + _COME + ")", "back in school"),
    (r"ਉਹ (?:" + _COME + ")", "will be in"),  # "ਉਹ ਆਵੇਗੀ": (s)he will come, said of a sibling
    # "ਗੁਰਲੀਨ ਆਵੇਗੀ।": a name, then "will come" ending the clause, with no day or "back" before it
    (
        r"(?<!ਨੂੰ )(?<!ਤੋਂ )(?<!ਵਾਪਸ )(?<!ਕੱਲ੍ਹ )(?<!ਕੱਲ )(?<!ਕਲ )(?<!ਵਾਰ )(?<!ਸਕੂਲ )(?<![\d] )(?<!ਹਫ਼ਤੇ )(?<!ਹਫਤੇ )(?<!ਬਾਅਦ )(?<!ਤੱਕ )"
        r"(?:ਆਵੇਗਾ|ਆਵੇਗੀ|ਆਉਣਗੇ|ਆਉਣਗੀਆਂ)(?= *[\u0964.!,\n]| *$)",
        "will be in",
    ),
    (r"(?:ਤੋਂ |ਵਾਪਸ )*(?:" + _COME + ")", "back"),
    # "ਸਾਹਿਬ ਆ ਰਿਹਾ ਹੈ।": a sibling is coming in (today), the clause ending there
    (
        r"(?<!ਨਹੀਂ )(?<!ਵਾਪਸ )(?<!ਬੁਖਾਰ )(?<!ਬੁਖ਼ਾਰ )(?<!ਉਲਟੀ )(?:ਆ|ਜਾ) (?:ਰਿਹਾ|ਰਹੀ|ਰਹੇ) (?:ਹੈ|ਹਨ|ਨੇ|ਆ)(?: ਜੀ)?(?= *[\u0964.!,\n]| *$)",
        "will be in school",
    ),
    (
        r"(?:ਲੈਣ|ਲੈਣ ਲਈ) (?:ਆਵਾਂਗੀ|ਆਵਾਂਗਾ|ਆਵਾਂਗੇ|ਆਊਂਗੀ|ਆਊਂਗਾ|ਆ ਜਾਵਾਂਗੀ|ਆ ਜਾਵਾਂਗਾ|ਆ ਜਾਵਾਂਗੇ|ਆ ਰਹੀ|ਆ ਰਿਹਾ|ਆ ਰਹੇ)(?: ਹਾਂ| ਆਂ)?"
        r"|ਲੈ (?:ਜਾਵਾਂਗੀ|ਜਾਵਾਂਗਾ|ਜਾਵਾਂਗੇ)",
        "will collect",
    ),
    # someone else takes the child in as usual: "ਪ੍ਰਭ ਨੂੰ ਉਹਦੇ ਪਾਪਾ ਸਕੂਲ ਛੱਡ ਜਾਣਗੇ"
    (
        r"(?:ਸਕੂਲ |school )?ਛੱਡ (?:ਜਾਣਗੇ|ਆਉਣਗੇ|ਦੇਣਗੇ|ਜਾਵੇਗਾ|ਜਾਵੇਗੀ|ਆਵੇਗਾ|ਆਵੇਗੀ|ਦੇਵੇਗਾ|ਦੇਵੇਗੀ)",
        "will take her in",
    ),
    # "Ekam nu papa ne time te chhad dita si", "ਟਾਈਮ ਸਿਰ ਪਹੁੰਚ ਗਈ ਸੀ": that sibling was in on time
    (
        r"(?:ਟਾਈਮ|ਸਮੇਂ) (?:ਤੇ|ਸਿਰ) (?:ਸਕੂਲ |school )?(?:ਛੱਡ|ਪਹੁੰਚ|ਪੁੱਜ) (?:ਦਿੱਤਾ|ਦਿੱਤੇ|ਗਿਆ|ਗਈ|ਗਏ)(?: (?:ਸੀ|ਸਨ|ਹੈ))?",
        "was in",
    ),
    # "lunch time tak school chhad dawangi": in after lunch (the morning missed)
    (
        r"(?:lunch|ਲੰਚ)(?: (?:time|ਟਾਈਮ))? (?:ਤੱਕ|ਤਕ) (?:(?:school|ਸਕੂਲ) )?ਛੱਡ "
        r"(?:ਦਿਆਂਗੀ|ਦਿਆਂਗਾ|ਦਿਆਂਗੇ|ਦੇਵਾਂਗੀ|ਦੇਵਾਂਗਾ|ਦੇਵਾਂਗੇ|ਜਾਵਾਂਗੀ|ਜਾਵਾਂਗਾ|ਜਾਵਾਂਗੇ)",
        "will be in after lunch",
    ),
    (
        r"(?:ਪਹਿਲਾਂ|ਪਹਿਲਾ) ਹੀ (?:ਸਕੂਲ |school )?ਛੱਡ (?:ਗਏ|ਗਿਆ|ਗਈ|ਆਏ|ਆਇਆ|ਆਈ|ਦਿੱਤਾ|ਦਿੱਤੇ)(?: ਸੀ| ਸਨ| ਹਨ| ਹੈ)?",
        "are in school already",
    ),
    # "ਸਾਢੇ ਗਿਆਰਾਂ ਵਜੇ ਤੱਕ ਸਕੂਲ ਛੱਡ ਦੇਵਾਂਗੇ": an hour of the morning said in words, then in
    (
        r"(?:(?:ਸਾਢੇ|ਸਵਾ|ਪੌਣੇ|ਪੋਣੇ) )?(?:ਨੌਂ|ਨੌ|ਦਸ|ਗਿਆਰਾਂ|ਗਿਆਰਾ|ਗਿਆਰਾਂ|ਬਾਰਾਂ|ਬਾਰਾ|ਬਾਰ੍ਹਾਂ)(?: ਵਜੇ)? (?:ਤੱਕ|ਤਕ) (?:ਸਕੂਲ |school )?(?:ਛੱਡ|ਪਹੁੰਚਾ|ਪਹੁੰਚ) "
        r"(?:ਜਾਵਾਂਗੇ|ਜਾਵਾਂਗੀ|ਜਾਵਾਂਗਾ|ਦਿਆਂਗੇ|ਦਿਆਂਗੀ|ਦਿਆਂਗਾ|ਆਵਾਂਗੇ|ਆਵਾਂਗੀ|ਆਵਾਂਗਾ|ਦੇਵਾਂਗੇ|ਦੇਵਾਂਗੀ|ਦੇਵਾਂਗਾ|ਜਾਊਂਗੀ|ਜਾਊਂਗਾ|ਜਾਵੇਗਾ|ਜਾਵੇਗੀ)",
        "will bring her in later in the morning",
    ),
    (
        r"(?:ਉਹਨੂੰ |ਉਸਨੂੰ |ਉਹਨਾਂ ਨੂੰ )?(?:ਸਕੂਲ|school) ਛੱਡ "
        r"(?:ਜਾਵਾਂਗੀ|ਜਾਵਾਂਗਾ|ਜਾਵਾਂਗੇ|ਦਿਆਂਗੀ|ਦਿਆਂਗਾ|ਦਿਆਂਗੇ|ਆਵਾਂਗੀ|ਆਵਾਂਗਾ|ਆਵਾਂਗੇ|ਦੇਵਾਂਗੀ|ਦੇਵਾਂਗਾ|ਦੇਵਾਂਗੇ)",
        "will bring them to school",
    ),
    (r"(?:ਲੰਚ|lunch|ਰੋਟੀ|ਦੁਪਹਿਰ ਦੀ ਰੋਟੀ|ਦੁਪਹਿਰ ਦੇ ਖਾਣੇ) (?:ਤੋਂ|ਦੇ) (?:ਬਾਅਦ|ਬਾਦ|ਮਗਰੋਂ|ਪਿੱਛੋਂ)", "after lunch"),
    # "ਮੈਂ ਉਹਨੂੰ ਘਰ ਲੈ ਆਈ ਹਾਂ": I have brought her home (from school, today).
    (r"ਘਰ ਲੈ (?:ਆਈ|ਆਇਆ|ਆਏ|ਆਈਆਂ|ਗਈ|ਗਿਆ|ਗਏ) (?:ਹਾਂ|ਹੈ|ਹਨ|ਹੈਗੀ)", "sent home today"),
    (r"ਘਰ ਲੈ (?:ਆਈ|ਆਇਆ|ਆਏ|ਆਈਆਂ|ਗਈ|ਗਿਆ|ਗਏ)", "sent home"),
    (r"ਸਕੂਲ ਭੇਜ(?:ਾਂਗੇ|ਾਂਗੀ|ਾਂਗਾ|ਣਗੇ|ਦਿਆਂਗੇ|ਦੇਵਾਂਗੇ|ਦੇਵਾਂਗੀ|ਦਿਆਂਗੀ|ਾਂਗੇ ਜੀ)(?! ?ਨਹੀਂ)", "back in school"),
    (r"ਫ਼ੋਨ ਆਇਆ|ਫੋਨ ਆਇਆ", "called"),
    # "ਸੋਮਵਾਰ ਨੂੰ ਵੀ ਨਹੀਂ ਆਵੇਗਾ": won't come on Monday either
    (r"ਵੀ(?= ਨਹੀਂ)", "either"),
    (r"ਵੀ", "too"),
    (r"ਹਫ਼ਤੇ ਦੇ (?:ਅਖੀਰ|ਅਖ਼ੀਰ|ਅੰਤ) ਤੱਕ|ਹਫਤੇ ਦੇ (?:ਅਖੀਰ|ਅੰਤ) ਤੱਕ", "until the end of the week"),
    (r"(?:ਗੱਡੀ|ਕਾਰ) (?:ਖ਼ਰਾਬ|ਖਰਾਬ) ਹੋ (?:ਗਈ|ਗਿਆ)|(?:ਗੱਡੀ|ਕਾਰ) ਸਟਾਰਟ ਨਹੀਂ (?:ਹੋਈ|ਹੋ ਰਹੀ)", "the car broke down"),
    (r"(?:ਹਾਲੇ|ਅਜੇ|ਹਜੇ)(?: ਵੀ)?", "still"),
    (
        r"(?:appointment|ਅਪੌਇੰਟਮੈਂਟ|ਅਪਾਇੰਟਮੈਂਟ|ਟੈਸਟ|test|checkup|ਚੈੱਕਅਪ) (?:ਤੋਂ|ਦੇ) (?:ਬਾਅਦ|ਬਾਦ|ਮਗਰੋਂ|ਪਿੱਛੋਂ)",
        "appointment, then",
    ),
    (r"(?:ਸਕੂਲ|school|ਛੁੱਟੀ) (?:ਤੋਂ|ਦੇ) (?:ਬਾਅਦ|ਬਾਦ|ਮਗਰੋਂ|ਪਿੱਛੋਂ)", "after school"),
    (r"ਉਸ ਤੋਂ ਬਾਅਦ|ਉਸ ਤੋਂ ਮਗਰੋਂ|ਫਿਰ|ਫੇਰ|ਫਿਰ", "then"),
    (r"ਤੋਂ ਬਾਅਦ|ਤੋਂ ਮਗਰੋਂ", "afterwards"),
    (r"ਲਗਭਗ|ਤਕਰੀਬਨ", "by around"),
    (r"ਵਜੇ ਤੱਕ|ਵਜੇ ਤਕ|ਵਜੇ", "o'clock"),
    (r"ਪੂਰੇ ਹੋ ਗਏ|ਪੂਰੇ ਹੋ ਗਈ|ਪੂਰੀ ਹੋ ਗਈ|ਪੂਰਾ ਹੋ ਗਿਆ|ਗੁਜ਼ਰ ਗਏ|ਗੁਜ਼ਰ ਗਈ|ਗੁਜਰ ਗਏ|ਸਵਰਗਵਾਸ|ਅਕਾਲ ਚਲਾਣਾ", "died"),
    (r"ਹੁਣ ਠੀਕ|ਠੀਕ ਹੋ ਗਿਆ|ਠੀਕ ਹੋ ਗਈ", "better now"),
    (r"ਦੰਦ (?:ਵਿੱਚ |ਵਿਚ )?(?:ਬਹੁਤ )?ਦਰਦ|ਦੰਦ ਦਾ ਦਰਦ|ਦਾੜ੍ਹ (?:ਵਿੱਚ )?(?:ਬਹੁਤ )?ਦਰਦ", "toothache"),
    (r"ਕੰਨ (?:ਵਿੱਚ |ਵਿਚ )?(?:ਬਹੁਤ )?ਦਰਦ", "earache"),
    (
        r"(?:ਗਲ਼ਾ|ਗਲਾ) (?:ਬਹੁਤ |ਕਾਫ਼ੀ |ਕਾਫੀ )?(?:ਖ਼ਰਾਬ|ਖਰਾਬ)|(?:ਗਲ਼ੇ|ਗਲੇ) (?:ਵਿੱਚ |ਵਿਚ |ਚ )?(?:ਬਹੁਤ )?(?:ਦਰਦ|ਪੀੜ)",
        "sore throat",
    ),
    (r"ਛੁੱਟੀ ਤੇ|ਛੁੱਟੀ ਉੱਤੇ|ਛੁੱਟੀ 'ਤੇ", "off"),
    (r"ਭੁੱਲ ਗਈ|ਭੁੱਲ ਗਿਆ", "forgot"),
    (r"ਤਰੀਕ|ਤਾਰੀਖ਼|ਤਾਰੀਖ", ""),
    (r"ਮਾਫ਼ ਕਰਨਾ|ਮਾਫ ਕਰਨਾ|ਮੁਆਫ਼ੀ|ਮਾਫ਼ੀ", "sorry"),
    (r"ਧੰਨਵਾਦ|ਸ਼ੁਕਰੀਆ", "thanks"),
    (r"ਅਤੇ|ਤੇ", "and"),
    *_MONTHS,
    (r"ਪਿਛਲਾ ਸੁਨੇਹਾ (?:ਨਜ਼ਰਅੰਦਾਜ਼|ਅਣਡਿੱਠਾ|ਇਗਨੋਰ) ਕਰ\S*", "ignore my last message"),
    (r"(?:ਅਪੌਇੰਟਮੈਂਟ|ਅਪਾਇੰਟਮੈਂਟ) (?:ਰੱਦ|ਕੈਂਸਲ) ਹੋ\S*", "appointment has been cancelled"),
    (
        r"(?:ਉਹ |ਇਹ )?(?:ਰੱਦ|ਕੈਂਸਲ|cancel|canceled|cancelled) (?:ਹੋ (?:ਗਈ|ਗਿਆ|ਗਏ|ਗਈਆਂ)|ਹੋਈ|ਹੋਇਆ|ਕਰ ਦਿੱਤੀ|ਕਰ ਦਿੱਤਾ)(?: ਹੈ| ਹਨ)?",
        "it has been cancelled",
    ),
    # "appointment ਅਗਲੇ ਹਫ਼ਤੇ ਕਰ ਦਿੱਤੀ ਹੈ": the appointment has been moved to next week (the child stays in)
    (
        r"(?:appointment|ਅਪੌਇੰਟਮੈਂਟ|ਮੁਲਾਕਾਤ)(?: ਹੁਣ)? (?:ਅਗਲੇ ਹਫ਼ਤੇ|ਅਗਲੇ ਹਫਤੇ) (?:ਕਰ|ਪਾ|ਰੱਖ) (?:ਦਿੱਤੀ|ਦਿੱਤਾ|ਦਿੱਤੇ)(?: (?:ਹੈ|ਆ|ਗਈ|ਗਿਆ))?",
        "appointment has been moved to next week",
    ),
    (r"(?:ਰੱਦ|ਕੈਂਸਲ) ਕਰ\S*", "cancel that"),
    (
        r"(?:(?:ਪੂਰਾ|ਸਾਰਾ) ਦਿਨ )?(?:ਸਕੂਲ|school)(?: ਵਿੱਚ| ਵਿਚ| ਚ| ਹੀ)? (?:ਰਹੇਗਾ|ਰਹੇਗੀ|ਰਹਿਣਗੇ|ਰਹਿਣਗੀਆਂ|ਰਹੂਗਾ|ਰਹੂਗੀ)"
        r"(?: (?:ਪੂਰਾ|ਸਾਰਾ) ਦਿਨ)?",
        "will be in school",
    ),
    (r"(?:ਪੂਰਾ|ਸਾਰਾ) ਦਿਨ", "all day"),
    (r"(?:ਗਲਤੀ|ਗ਼ਲਤੀ) ਹੋ ਗਈ", "ignore my last message"),
    (r"ਪਤਾ ਨਹੀਂ ਕਦੋਂ", "not sure when"),
    # "ਵਾਪਸੀ ਦਾ ਹਾਲੇ ਕੁਝ ਪਤਾ ਨਹੀਂ": when (we'll be) back is not known yet
    (r"ਵਾਪਸੀ (?:ਦਾ|ਬਾਰੇ) (?:ਹਾਲੇ |ਅਜੇ |ਹਜੇ )?(?:ਕੁਝ |ਕੋਈ )?ਪਤਾ ਨਹੀਂ", "not sure when she will be back"),
    # "ਮੇਰੇ ਪਿਤਾ ਜੀ", "ਡੈਡੀ ਜੀ": father
    (r"(?:ਪਿਤਾ|ਡੈਡੀ|ਬਾਪੂ)(?: ਜੀ)?", "father"),
    # "ਤਬੀਅਤ ਬਹੁਤ ਖਰਾਬ ਹੈ": very unwell
    (r"(?:ਤਬੀਅਤ|ਸਿਹਤ) (?:ਬਹੁਤ |ਕਾਫ਼ੀ |ਕਾਫੀ )?(?:ਖ਼ਰਾਬ|ਖਰਾਬ)", "very ill"),
    (r"ਜਦੋਂ ਤੱਕ (?:ਠੀਕ|ਚੰਗਾ|ਚੰਗੀ) ਨਹੀਂ (?:ਹੋ ਜਾਂਦਾ|ਹੋ ਜਾਂਦੀ|ਹੋ ਜਾਂਦੇ|ਹੁੰਦਾ|ਹੁੰਦੀ|ਹੁੰਦੇ)", "until she's better"),
    (r"ਜਦੋਂ ਤੱਕ|ਜਦ ਤੱਕ", "until"),
    (r"(?:ਅਗਲੇ ਪੂਰੇ|ਪੂਰਾ ਅਗਲਾ|ਸਾਰਾ ਅਗਲਾ) (?:ਹਫ਼ਤੇ|ਹਫਤੇ|ਹਫ਼ਤਾ|ਹਫਤਾ)", "all next week"),
    (r"ਠੀਕ ਹੋਣ ਤੱਕ", "until she's better"),
    (r"ਵਾਪਸ (?:ਸਕੂਲ )?ਨਹੀਂ (?:" + _VERB + ")|ਸਕੂਲ ਵਾਪਸ ਨਹੀਂ (?:" + _VERB + ")", "won't be back"),
    # no appointment yet: "GP ਤੋਂ appointment ਲੈਣ ਦੀ ਕੋਸ਼ਿਸ਼ ਕਰ ਰਹੇ ਹਾਂ"
    (
        r"(?:appointment|ਅਪੌਇੰਟਮੈਂਟ|ਅਪਾਇੰਟਮੈਂਟ) ਲੈਣ ਦੀ ਕੋਸ਼ਿਸ਼ (?:ਕਰ (?:ਰਹੇ|ਰਹੀ|ਰਿਹਾ) (?:ਹਾਂ|ਹੈ|ਹਨ)|ਕਰਾਂਗੇ|ਕਰਾਂਗੀ|ਕਰਾਂਗਾ)",
        "trying to see the doctor",
    ),
    (r"ਸਕੂਲ (?:ਆ|ਜਾ) (?:ਰਿਹਾ|ਰਹੀ|ਰਹੇ) (?:ਹੈ|ਹਨ)", "will be in school"),
    (r"ਸਕੂਲ (?:ਜਾਵੇਗਾ|ਜਾਵੇਗੀ|ਜਾਣਗੇ|ਜਾਣਗੀਆਂ|ਜਾਊਗਾ|ਜਾਊਗੀ|ਜਾਊ|ਜਾਂਦਾ ਰਹੇਗਾ)(?! ?ਨਹੀਂ)", "will be in school"),
    (r"(?:ਸਕੂਲ )?ਨਹੀਂ (?:ਆਇਆ|ਆਈ|ਆਏ|ਗਿਆ|ਗਈ|ਗਏ)(?: (?:ਸੀ|ਸਨ|ਸੀਗਾ|ਸੀਗੀ))?", "wasn't in"),
    # "ਨਵਲੀਨ ਕੱਲ੍ਹ ਆਈ ਸੀ": a sibling came in (that day); not a fever or a message coming
    (
        r"(?<!ਨਹੀਂ )(?<!ਬੁਖਾਰ )(?<!ਬੁਖ਼ਾਰ )(?<!ਤਾਪ )(?<!ਉਲਟੀ )(?<!ਫੋਨ )(?<!ਫ਼ੋਨ )(?<!ਮੈਸਜ )(?<!ਘਰ )(?<!ਘਰੇ )(?<!ਵਾਪਸ )"
        r"(?<!message )(?<!ਸੁਨੇਹਾ )(?:ਸਕੂਲ )?(?:ਆਇਆ|ਆਈ|ਆਏ) (?:ਸੀ|ਸਨ|ਸੀਗਾ|ਸੀਗੀ)",
        "was in school",
    ),
    (r"(?:ਸਕੂਲ )?ਨਹੀਂ (?:" + _VERB + ")", "won't be in"),
    (
        r"(?:ਸਕੂਲ )?ਨਹੀਂ ਭੇਜ (?:ਰਹੀ|ਰਿਹਾ|ਰਹੇ|ਸਕਦੀ|ਸਕਦਾ|ਸਕਦੇ|ਸਕਾਂਗੀ|ਸਕਾਂਗਾ|ਸਕਾਂਗੇ)|ਨਹੀਂ ਭੇਜਾਂਗੀ|ਨਹੀਂ ਭੇਜਾਂਗਾ|ਨਹੀਂ ਭੇਜਾਂਗੇ",
        "won't be in",
    ),
    (r"ਛੁੱਟੀਆਂ", "holiday"),
    (r"ਛੁੱਟੀ", "off"),
    (r"ਗ਼ੈਰਹਾਜ਼ਰ|ਗੈਰਹਾਜ਼ਰ|ਗੈਰ ਹਾਜ਼ਰ|ਗ਼ੈਰ ਹਾਜ਼ਰ", "absent"),
    (
        r"(?:ਘਰ|ਘਰੇ) (?:ਹੀ )?ਰੱਖ (?:ਰਹੇ|ਰਹੀ|ਰਿਹਾ) (?:ਹਾਂ|ਹੈ|ਹਨ|ਆਂ)|(?:ਘਰ|ਘਰੇ) (?:ਹੀ )?ਰੱਖ(?:ਾਂਗੇ|ਾਂਗੀ|ਾਂਗਾ|ਿਆ|ੀ)",
        "keeping her at home",
    ),
    (r"(?:ਘਰ|ਘਰੇ) (?:ਹੀ )?(?:ਰਹੇਗਾ|ਰਹੇਗੀ|ਰਹੂਗਾ|ਰਹੂਗੀ|ਰਹਿਣਗੇ|ਰਹਿਣਗੀਆਂ|ਰਹੂ)|ਘਰ", "staying at home"),
    (r"ਦੇਰ ਨਾਲ|ਲੇਟ|late", "late"),
    (r"ਦਰਦ", "pain"),
    (r"ਅੱਜ ਸਵੇਰੇ", "this morning"),
    (r"ਅੱਜ", "today"),
    (r"ਭਲਕੇ", "tomorrow"),
    (r"ਅਗਲੇ ਹਫ਼ਤੇ|ਅਗਲੇ ਹਫਤੇ", "next week"),
    (r"ਇਸ ਹਫ਼ਤੇ|ਇਸ ਹਫਤੇ", "this week"),
    (r"(?:ਪੂਰਾ|ਸਾਰਾ) (?:ਹਫ਼ਤਾ|ਹਫਤਾ)", "all week"),
    (r"ਅਗਲੇ|ਅਗਲਾ|ਅਗਲੀ|ਆਉਂਦੇ", "next"),
    (r"ਸੋਮਵਾਰ", "monday"),
    (r"ਮੰਗਲਵਾਰ", "tuesday"),
    (r"ਬੁੱਧਵਾਰ|ਬੁਧਵਾਰ", "wednesday"),
    (r"ਵੀਰਵਾਰ", "thursday"),
    (r"ਸ਼ੁੱਕਰਵਾਰ|ਸੁੱਕਰਵਾਰ|ਸ਼ੁਕਰਵਾਰ", "friday"),
    (r"ਸ਼ਨੀਵਾਰ|ਸਨੀਵਾਰ", "saturday"),
    (r"ਐਤਵਾਰ", "sunday"),
    (r"(?:ਇੱਕ) ਦਿਨ", "1 days"),
    (r"(?:ਦੋ) ਦਿਨ", "2 days"),
    (r"(?:ਤਿੰਨ) ਦਿਨ", "3 days"),
    (r"(?:ਚਾਰ) ਦਿਨ", "4 days"),
    (r"(?:ਪੰਜ) ਦਿਨ", "5 days"),
    (r"ਚਿਕਨ ਪਾਕਸ|ਮਾਤਾ ਨਿਕਲੀ|ਖਸਰਾ", "chicken pox"),
    (r"ਦਸਤ|ਟੱਟੀਆਂ", "diarrhoea"),
    (r"ਚੱਕਰ", "dizzy"),
    (r"ਅੱਖਾਂ ਦੇ ਡਾਕਟਰ|ਐਨਕਾਂ", "optician"),
    (r"ਵਿਆਹ(?: (?:ਤੇ|ਉੱਤੇ|'ਤੇ|ਲਈ|ਵਿੱਚ|ਵਿਚ))?", "wedding"),
    (r"ਗੁਰਦੁਆਰੇ|ਗੁਰਦੁਆਰਾ|ਗੁਰੂਘਰ|ਗੁਰੂ ਘਰ", "to the gurdwara"),
    (r"ਮੰਦਰ|ਮੰਦਿਰ", "to the temple"),
    (r"ਧਾਰਮਿਕ", "religious"),
    (r"ਗੁਰੂ ਨਾਨਕ", "guru nanak"),
    (r"ਹੋਲਾ ਮਹੱਲਾ|ਹੋਲੀ", "holi"),
    (r"ਬੰਦੀ ਛੋੜ", "diwali"),
    (r"ਵਾਪਸ", "back"),
    (r"(?<=\d )ਤੋਂ(?= \d)", "to"),
    (r"(?<!ਵਾਰ )ਰਾਤ ਤੋਂ", "since last night"),
    (r"ਰਾਤ", "night"),
    (r"ਤੋਂ", "from"),
    (r"ਤੱਕ|ਤਕ", "until"),
    (r"ਸਵੇਰੇ|ਸਵੇਰ", "morning"),
    (r"ਦੁਪਹਿਰ", "afternoon"),
    (r"ਇਨਫੈਕਸ਼ਨ|ਲਾਗ", "infection"),
    # "ਸੋਮਵਾਰ ਤੇ ਮੰਗਲਵਾਰ ਬਿਮਾਰ ਸੀ": was off ill (told afterwards)
    (r"(?:ਬਿਮਾਰ|ਬੀਮਾਰ|ਢਿੱਲਾ|ਢਿੱਲੀ|ਢਿੱਲੇ)(?: ਰਿਹਾ| ਰਹੀ| ਰਹੇ)? (?:ਸੀ|ਸਨ|ਸੀਗਾ|ਸੀਗੀ)", "was off ill"),
    (r"ਬਿਮਾਰ|ਬੀਮਾਰ", "ill"),
    (r"ਬੁਖ਼ਾਰ|ਬੁਖਾਰ", "temperature"),
    (r"ਉਲਟੀ\S*", "vomiting"),
    (r"ਖੰਘ", "cough"),
    (r"ਜ਼ੁਕਾਮ|ਜੁਕਾਮ", "a bad cold"),
    (r"ਸਿਰ (?:ਵਿੱਚ )?ਦਰਦ|ਸਿਰਦਰਦ", "headache"),
    # "ਢਿੱਡ ਦਰਦ ਕਰਦਾ", "ਪੇਟ ਵਿੱਚ ਦਰਦ ਹੈ": has a stomach ache (still, now)
    (
        r"(?:ਢਿੱਡ|ਪੇਟ) (?:ਵਿੱਚ |ਚ )?(?:ਦਰਦ|ਪੀੜ) (?:ਕਰਦਾ|ਕਰਦੀ|ਕਰਦੇ|ਕਰ ਰਿਹਾ|ਕਰ ਰਹੀ|ਹੁੰਦਾ|ਹੁੰਦੀ|ਹੈ|ਆ)(?: ਹੈ| ਆ| ਪਿਆ| ਪਈ)?",
        "has stomach ache",
    ),
    (r"ਮੰਮੀ(?: ਜੀ)?|ਮੰਮਾ|ਮਾਤਾ ਜੀ", "mum"),
    (r"ਪਾਪਾ(?: ਜੀ)?|ਡੈਡੀ(?: ਜੀ)?|ਪਿਤਾ ਜੀ", "dad"),
    # "ਮੰਮੀ ਜੀ ਨੂੰ ambulance ਲੈ ਗਈ": a family emergency
    (r"(?:ambulance|ਐਂਬੂਲੈਂਸ|ਐਂਬੂਲੈਂਸ) (?:ਲੈ|ਲੈ ਕੇ) (?:ਗਈ|ਗਿਆ|ਗਏ)", "was rushed to hospital"),
    (r"(?:ਢਿੱਡ|ਪੇਟ) (?:ਵਿੱਚ )?ਦਰਦ", "stomach"),
    (r"(?:ਢਿੱਡ|ਪੇਟ) (?:(?:ਬਹੁਤ|ਬੜਾ|ਥੋੜ੍ਹਾ|ਥੋੜਾ|ਕਾਫ਼ੀ|ਕਾਫੀ) )?(?:ਖ਼ਰਾਬ|ਖਰਾਬ)", "upset stomach"),
    (r"(?:ਢਿੱਡ|ਪੇਟ)(?: ਵਾਲਾ| ਦਾ)? (?:bug|ਬੱਗ|ਇਨਫੈਕਸ਼ਨ|infection)", "stomach bug"),
    (r"(?:ਤਬੀਅਤ )?ਠੀਕ ਨਹੀਂ", "unwell"),
    # "ਲੱਤ ਦੀ ਹੱਡੀ ਟੁੱਟ ਗਈ", "ਬਾਂਹ ਟੁੱਟ ਗਈ": broke a leg, an arm
    (r"(?:ਲੱਤ|ਲੱਤਾਂ)(?: ਦੀ ਹੱਡੀ)? ਟੁੱਟ (?:ਗਈ|ਗਿਆ|ਗਈਆਂ)", "broke her leg"),
    (r"(?:ਬਾਂਹ|ਬਾਹ|ਹੱਥ)(?: ਦੀ ਹੱਡੀ)? ਟੁੱਟ (?:ਗਈ|ਗਿਆ)", "broke her arm"),
    (r"(?:ਗੁੱਟ|ਵੀਣੀ)(?: ਦੀ ਹੱਡੀ)? ਟੁੱਟ (?:ਗਈ|ਗਿਆ)", "broke her wrist"),
    (r"ਟੁੱਟ (?:ਗਈ|ਗਿਆ)", "fractured"),
    (r"ਸੱਟ", "injury"),
    (r"ਅਪੌਇੰਟਮੈਂਟ|ਅਪਾਇੰਟਮੈਂਟ", "appointment"),
    (r"ਦੰਦਾਂ ਦੇ ਡਾਕਟਰ", "dentist"),
    (r"ਡਾਕਟਰ", "doctor"),
    (r"ਹਸਪਤਾਲ", "hospital"),
    (r"ਸਸਕਾਰ|ਅੰਤਿਮ ਸੰਸਕਾਰ|ਅੰਤਿਮ ਭੋਗ|ਅੰਤਿਮ ਅਰਦਾਸ", "funeral"),
    (r"ਮੌਤ|ਚਲਾਣਾ|ਦੇਹਾਂਤ", "died"),
    (r"ਅਪਰੇਸ਼ਨ|ਓਪਰੇਸ਼ਨ|ਆਪਰੇਸ਼ਨ", "operation"),
    (r"ਦਵਾਈ", "medicine"),
    (r"ਟ੍ਰੈਫਿਕ|ਟ੍ਰੈਫ਼ਿਕ|ਟਰੈਫਿਕ", "traffic"),
    (r"ਗੁਰਪੁਰਬ", "gurpurab"),
    (r"ਮਾਘੀ ਦਾ ਦਿਹਾੜਾ|ਮਾਘੀ ਦਾ ਦਿਨ|ਮਾਘੀ", "maghi"),
    (r"ਦੀਵਾਨ", "religious congregation"),
    (r"ਵਿਸਾਖੀ|ਵੈਸਾਖੀ", "vaisakhi"),
    (r"ਦੀਵਾਲੀ", "diwali"),
    (r"(?:ਭਾਰਤ|ਇੰਡੀਆ|ਪੰਜਾਬ|india|punjab) (?:ਜਾ (?:ਰਹੇ|ਰਹੀ|ਰਿਹਾ)(?: ਹਾਂ| ਹੈ| ਹਨ| ਆਂ)?|ਜਾ\S*)", "going to india"),
    # "ਨਾਨਕੇ ਜਾ ਰਹੇ ਹਾਂ", "ਦਾਦੀ ਜੀ ਕੋਲ ਜਾ ਰਹੇ ਹਾਂ": going to (stay with) the grandparents
    (
        r"(?:(?:ਨਾਨਕੇ|ਦਾਦਕੇ|ਨਾਨਕਿਆਂ|ਦਾਦਕਿਆਂ)(?: ਘਰ| ਪਿੰਡ)?|(?:ਨਾਨੀ|ਦਾਦੀ|ਨਾਨਾ|ਦਾਦਾ|ਬੀਬੀ|ਬਾਪੂ)(?: ਜੀ)? (?:ਕੋਲ|ਦੇ ਘਰ|ਦੇ ਕੋਲ|ਘਰ))"
        r"(?!(?: \S+){0,2} ਹਸਪਤਾਲ)(?: \S+){0,2} (?:ਜਾ ਰਹੇ|ਜਾ ਰਹੀ|ਜਾਵਾਂਗੇ|ਜਾਵਾਂਗੀ|ਜਾਣਾ|ਚੱਲੇ|ਚਲੇ|ਰਹਿ ਰਹੇ|ਰਹਾਂਗੇ|ਰੁਕੇ)(?: ਹਾਂ| ਹੈ| ਆਂ| ਹਨ)?",
        "we are going to my grandparents",
    ),
    (r"ਸਕੂਲ", "school"),
    (r"ਨੂੰ", ""),
    (r"ਸੀ", "was"),
)

# Common words of the language that are not English words too (Latin-script detection).
STOPWORDS = frozenset(
    [
        "aa",
        "ch",
        "vajje",
        "pohnch",
        "pahunch",
        "chhadan",
        "chaddan",
        "hune",
        "haje",
        "usnu",
        "kiha",
        "dovaan",
        "bhejange",
        "aaunge",
        "aauga",
        "dange",
        "davange",
        "hoyea",
        "hoya",
        "jado",
        "jadon",
        "janda",
        "jande",
        "jandi",
        "kado",
        "kadon",
        "kehnda",
        "kehndi",
        "kehnde",
        "ohda",
        "ohdi",
        "rakho",
        "sanu",
        "tuhada",
        "tuhadi",
        "aaugi",
        "ajj",
        "auga",
        "augi",
        "mainu",
        "nu",
        "ohnu",
        "saada",
        "sadda",
        "tuhanu",
        "vich",
        "akal",
        "bachche",
        "bacche",
        "bachay",
        "teene",
        "tinne",
        "dovein",
        "rehnge",
        "rehnga",
        "rehngi",
        "lagda",
        "lagdi",
        "saare",
        "kharab",
        "bimaar",
        "ultiyan",
        "karda",
        "kardi",
        "hunde",
        "honge",
        "hovega",
        "hovegi",
        "sri",
        "chhad",
        "chhadd",
        "chadd",
        "jaange",
        "javange",
        "jaavange",
        "aavange",
        "pehlan",
        # everyday romanised Punjabi that Urdu says otherwise ("si" for "tha", "te" for "aur", "vi" for "bhi")
        "aunge",
        "aavangi",
        "nanke",
        "dadke",
        "vaje",
        "vje",
        "waje",
        "lai",
        "jaangi",
        "jaanga",
        "dangi",
        "danga",
        "davangi",
        "davanga",
        "devangi",
        "devanga",
        "sakdi",
        "sakda",
        "sakde",
        "aavega",
        "aavegi",
        "aavange",
        "ehnu",
        "haan",
        "si",
        "te",
        "vi",
        "ohde",
        "ohdey",
        "ohna",
        "ohnanu",
        "inhanu",
        "dassna",
        "dasna",
        "dassya",
        "dasya",
        "dassange",
        "dassangi",
        "vaari",
        "vari",
        "kudi",
        "kuri",
        "munda",
        "puttar",
        "tusi",
        "assi",
        "saanu",
        "kall",
        "haiga",
        "hegi",
        "hega",
        "reha",
        "jaugi",
        "jauga",
        "hoyi",
        "hoi",
        "layi",
        "ghare",
        "dhanvaad",
        "dhanwaad",
        "dhanvad",
        "labh",
        "labhda",
        "labhdi",
        "labhde",
    ]
)

# Phrases meaning every child of the parent.
ALL_CHILDREN = (
    # not "ਬਾਕੀ ਦੋਵੇਂ", "baaki dono": the other two
    r"(?<!ਬਾਕੀ )(?<!baaki )(?<!baki )(?<!baqi )(?<!baaqi )(?:ਦੋਵੇਂ|ਦੋਨੋਂ|ਦੋਵਾਂ|ਦੋਹਾਂ|ਤਿੰਨੇ|ਤਿੰਨੋਂ|(?:ਸਾਰੇ |ਦੋਵੇਂ |ਤਿੰਨੇ )?ਬੱਚੇ"
    r"|dovein|donve|doven|dovaan|dovan|donvaan|dohan|dono|donon|teene|tinne|tinno|teeno|tinnon)"
    r"|(?:saare |sare |dovein |donve |dono |teene |tinne )?(?:bachche|bacche|bache|bachay|bachian|bachiyan)",
)

# Words meaning both "tomorrow" and "yesterday", and the past-tense words that make them yesterday.
EITHER_DAY = (
    _KAL
    + r"(?!"
    + _CLAUSE
    + r"*(?:"
    + _PAST
    + "|"
    + _FUTURE
    + r"))(?! ਤੋਂ"
    + _CLAUSE
    + r"*(?:"
    + _PRESENT
    + r"))",
    # a word of its own, not the end of one ("ਬਰਸੀ", a death anniversary)
    r"(?<![" + _GURMUKHI + r"])(?:ਸੀ|ਗਿਆ|ਗਈ|ਆਇਆ|ਆਈ)(?![" + _GURMUKHI + r"])",
)
