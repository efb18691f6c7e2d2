"""Which language a message is in (ISO 639-1): cheap signals only, no model.

Non-Latin scripts are told apart by Unicode block; Latin-script languages by a few common words and
letters only they use. Telegram's language_code breaks ties and names the language of a message that
has no signal at all ("ok", "👍").
"""

from __future__ import annotations

import re
from bisect import bisect_right

from bot.understanding import lexicon

# Letters looked at: enough for any script or stopword to show, bounded for very long messages.
_SAMPLE = 500

# Unicode blocks (first, last code point) → script.
_BLOCKS: tuple[tuple[int, int, str], ...] = (
    (0x0370, 0x03FF, "greek"),
    (0x0400, 0x04FF, "cyrillic"),
    (0x0590, 0x05FF, "hebrew"),
    (0x0600, 0x06FF, "arabic"),
    (0x0750, 0x077F, "arabic"),
    (0x08A0, 0x08FF, "arabic"),
    (0x0900, 0x097F, "devanagari"),
    (0x0980, 0x09FF, "bengali"),
    (0x0A00, 0x0A7F, "gurmukhi"),
    (0x0A80, 0x0AFF, "gujarati"),
    (0x0B80, 0x0BFF, "tamil"),
    (0x0E00, 0x0E7F, "thai"),
    (0x3040, 0x30FF, "kana"),
    (0x4E00, 0x9FFF, "han"),
    (0xAC00, 0xD7AF, "hangul"),
    (0xFB50, 0xFDFF, "arabic"),
    (0xFE70, 0xFEFF, "arabic"),
)
_BLOCK_STARTS = tuple(first for first, _, _ in _BLOCKS)

# Languages written in each script; the first is the one chosen when the hint names none of them.
SCRIPT_LANGUAGES: dict[str, tuple[str, ...]] = {
    "greek": ("el",),
    "cyrillic": ("ru", "uk", "bg", "sr", "mk", "be", "kk"),
    "hebrew": ("he", "yi"),
    "arabic": ("ar", "ur", "fa", "ps", "ku"),
    "devanagari": ("hi", "ne", "mr"),
    "bengali": ("bn", "as"),
    "gurmukhi": ("pa",),
    "gujarati": ("gu",),
    "tamil": ("ta",),
    "thai": ("th",),
    "kana": ("ja",),
    "han": ("zh", "ja"),
    "hangul": ("ko",),
}

# Letters Urdu uses and Arabic does not.
_URDU_LETTERS = frozenset("ٹڈڑںےہک")  # not گ, which Iraqi Arabic writes too
_UKRAINIAN_LETTERS = frozenset("єїіґ")

# Common words of each Latin-script language, chosen not to be English words too (English's here,
# the others' in lexicon/).
STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        [
            "the",
            "is",
            "and",
            "be",
            "in",
            "off",
            "won't",
            "will",
            "today",
            "tomorrow",
            "sick",
            "school",
            "he",
            "she",
            "not",
            "back",
            "my",
            "has",
            "have",
            "he's",
            "she's",
            "to",
            "of",
            "with",
            "at",
            "on",
            "for",
            "ill",
            "poorly",
            "it",
            "thanks",
            "thank",
            "you",
            "hi",
            "hello",
            "please",
            "morning",
            "late",
            "was",
            "son",
            "daughter",
            "her",
            "his",
            "they",
            "we",
            "can't",
            "isn't",
        ]
    ),
    **lexicon.STOPWORDS,
}
DISTINCT_LETTERS = lexicon.DISTINCT_LETTERS

_TOKEN = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")


def detect_language(text: str, hint: str | None = None) -> str:
    sample = text[:_SAMPLE]
    preferred = _hint(hint)
    script = _dominant_script(sample)
    if script is not None:
        languages = SCRIPT_LANGUAGES[script]
        if preferred in languages:
            return preferred
        if script == "arabic" and _URDU_LETTERS.intersection(sample):
            return "ur"
        if script == "cyrillic" and _UKRAINIAN_LETTERS.intersection(sample.lower()):
            return "uk"
        return languages[0]
    lowered = sample.lower()
    words = set(_TOKEN.findall(lowered))
    letters = set(lowered)
    scores = {
        language: len(words & stopwords) + 2 * len(letters & DISTINCT_LETTERS.get(language, frozenset()))
        for language, stopwords in STOPWORDS.items()
    }
    best = max(scores.values())
    if best == 0:
        return preferred or "en"
    leaders = [language for language, score in scores.items() if score == best]
    if preferred in leaders:
        return preferred
    return "en" if "en" in leaders else leaders[0]


def _hint(hint: str | None) -> str | None:
    """Telegram's language_code ("en", "pt-br") as an ISO 639-1 code, or None."""
    if not hint:
        return None
    code = hint.split("-")[0].split("_")[0].lower()
    return code if len(code) == 2 and code.isascii() and code.isalpha() else None


def _dominant_script(sample: str) -> str | None:
    """The non-Latin script most of the letters are in, or None when Latin letters are the majority."""
    counts: dict[str, int] = {}
    latin = 0
    for char in sample:
        point = ord(char)
        if point < 0x0250:
            latin += char.isalpha()
            continue
        index = bisect_right(_BLOCK_STARTS, point) - 1
        if index >= 0 and point <= _BLOCKS[index][1]:
            script = _BLOCKS[index][2]
            counts[script] = counts.get(script, 0) + 1
    if not counts:
        return None
    script = max(counts, key=counts.__getitem__)
    return script if counts[script] > latin else None
