"""Punjabi (Gurmukhi): the words the understanding step reads in this language (see lexicon/__init__.py)."""

from __future__ import annotations

_VERB = r"(?:ਆਵੇ|ਜਾਵੇ|ਆ ਸਕੇ|ਜਾ ਸਕੇ)(?:ਗਾ|ਗੀ)|ਆਉਣਗੇ|ਜਾਣਗੇ|ਆ ਸਕਦਾ|ਆ ਸਕਦੀ|ਜਾ ਸਕਦਾ|ਜਾ ਸਕਦੀ"

GLOSSES: tuple[tuple[str, str], ...] = (
    (r"ਪਿਛਲਾ ਸੁਨੇਹਾ (?:ਨਜ਼ਰਅੰਦਾਜ਼|ਅਣਡਿੱਠਾ|ਇਗਨੋਰ) ਕਰ\S*", "ignore my last message"),
    (r"(?:ਅਪੌਇੰਟਮੈਂਟ|ਅਪਾਇੰਟਮੈਂਟ) (?:ਰੱਦ|ਕੈਂਸਲ) ਹੋ\S*", "appointment has been cancelled"),
    (r"(?:ਰੱਦ|ਕੈਂਸਲ) ਕਰ\S*", "cancel that"),
    (r"(?:ਗਲਤੀ|ਗ਼ਲਤੀ) ਹੋ ਗਈ", "ignore my last message"),
    (r"ਪਤਾ ਨਹੀਂ ਕਦੋਂ", "not sure when"),
    (r"ਠੀਕ ਹੋਣ ਤੱਕ", "until she's better"),
    (r"(?:ਸਕੂਲ )?ਨਹੀਂ (?:ਆਇਆ|ਆਈ|ਗਿਆ|ਗਈ)", "wasn't in"),
    (r"(?:ਸਕੂਲ )?ਨਹੀਂ (?:" + _VERB + ")", "won't be in"),
    (r"ਛੁੱਟੀਆਂ", "holiday"),
    (r"ਛੁੱਟੀ", "off"),
    (r"ਗ਼ੈਰਹਾਜ਼ਰ|ਗੈਰਹਾਜ਼ਰ|ਗੈਰ ਹਾਜ਼ਰ|ਗ਼ੈਰ ਹਾਜ਼ਰ", "absent"),
    (r"ਘਰ (?:ਹੀ )?(?:ਰਹੇਗਾ|ਰਹੇਗੀ)|ਘਰ", "staying at home"),
    (r"ਦੇਰ ਨਾਲ|ਲੇਟ", "late"),
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
    (r"ਚਿਕਨ ਪਾਕਸ|ਮਾਤਾ ਨਿਕਲੀ", "chicken pox"),
    (r"ਵਾਪਸ", "back"),
    (r"ਤੋਂ", "from"),
    (r"ਤੱਕ|ਤਕ", "until"),
    (r"ਸਵੇਰੇ|ਸਵੇਰ", "morning"),
    (r"ਦੁਪਹਿਰ", "afternoon"),
    (r"ਇਨਫੈਕਸ਼ਨ|ਲਾਗ", "infection"),
    (r"ਬਿਮਾਰ|ਬੀਮਾਰ", "ill"),
    (r"ਬੁਖ਼ਾਰ|ਬੁਖਾਰ", "temperature"),
    (r"ਉਲਟੀ\S*", "vomiting"),
    (r"ਖੰਘ", "cough"),
    (r"ਜ਼ੁਕਾਮ|ਜੁਕਾਮ", "a bad cold"),
    (r"ਸਿਰ (?:ਵਿੱਚ )?ਦਰਦ|ਸਿਰਦਰਦ", "headache"),
    (r"(?:ਢਿੱਡ|ਪੇਟ) (?:ਵਿੱਚ )?ਦਰਦ", "stomach"),
    (r"(?:ਤਬੀਅਤ )?ਠੀਕ ਨਹੀਂ", "unwell"),
    (r"ਟੁੱਟ (?:ਗਈ|ਗਿਆ)", "fractured"),
    (r"ਸੱਟ", "injury"),
    (r"ਅਪੌਇੰਟਮੈਂਟ|ਅਪਾਇੰਟਮੈਂਟ", "appointment"),
    (r"ਦੰਦਾਂ ਦੇ ਡਾਕਟਰ", "dentist"),
    (r"ਡਾਕਟਰ", "doctor"),
    (r"ਹਸਪਤਾਲ", "hospital"),
    (r"ਸਸਕਾਰ|ਅੰਤਿਮ ਸੰਸਕਾਰ|ਭੋਗ", "funeral"),
    (r"ਮੌਤ|ਗੁਜ਼ਰ ਗਏ|ਚਲਾਣਾ", "died"),
    (r"ਅਪਰੇਸ਼ਨ|ਓਪਰੇਸ਼ਨ|ਆਪਰੇਸ਼ਨ", "operation"),
    (r"ਟ੍ਰੈਫਿਕ|ਟ੍ਰੈਫ਼ਿਕ|ਟਰੈਫਿਕ", "traffic"),
    (r"ਗੁਰਪੁਰਬ", "gurpurab"),
    (r"ਵਿਸਾਖੀ|ਵੈਸਾਖੀ", "vaisakhi"),
    (r"ਦੀਵਾਲੀ", "diwali"),
    (r"(?:ਭਾਰਤ|ਇੰਡੀਆ|ਪੰਜਾਬ) ਜਾ\S*", "going to india"),
    (r"ਸਕੂਲ", "school"),
    (r"ਨੂੰ", ""),
    (r"ਸੀ", "was"),
)

# Common words of the language that are not English words too (Latin-script detection).
STOPWORDS = frozenset(
    [
        "aa",
        "aauga",
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
    ]
)

# Phrases meaning every child of the parent.
ALL_CHILDREN = (r"ਦੋਵੇਂ|ਦੋਨੋਂ|(?:ਸਾਰੇ |ਦੋਵੇਂ )?ਬੱਚੇ",)

# Words meaning both "tomorrow" and "yesterday", and the past-tense words that make them yesterday.
EITHER_DAY = (r"ਕੱਲ੍ਹ|ਕੱਲ", r"ਸੀ|ਗਿਆ|ਗਈ|ਆਇਆ|ਆਈ")
