"""Roster names (Latin letters) found in messages written in Arabic, Urdu, Gurmukhi or Bengali script.

Those scripts leave short vowels unwritten, so a name is compared by its consonants: "مریم" and
"Maryam" are both m-r-m, "ਹਰਲੀਨ" and "Harleen" r-l-n. Vowels and the letters that double as vowels
(y, w, h) are dropped on both sides; a short skeleton must also start alike, or match with its vowels.
"""

from __future__ import annotations

import re
from functools import cache

_LETTERS: dict[str, str] = {
    # Arabic and Urdu
    **dict.fromkeys("اآأإٱعء", "a"),
    "ب": "b",
    "پ": "p",
    **dict.fromkeys("تٹطة", "t"),
    **dict.fromkeys("ثسصش", "s"),
    **dict.fromkeys("جچ", "j"),
    **dict.fromkeys("حهہھۃ", "h"),
    **dict.fromkeys("خكکقگغ", "k"),
    **dict.fromkeys("دڈ", "d"),
    **dict.fromkeys("ذزژضظ", "z"),
    **dict.fromkeys("رڑ", "r"),
    "ف": "f",
    "ل": "l",
    "م": "m",
    **dict.fromkeys("نں", "n"),
    **dict.fromkeys("وؤ", "w"),
    **dict.fromkeys("یيىےئ", "y"),
    # Gurmukhi
    **dict.fromkeys("ਅਆਇਈਉਊਏਐਓਔ", "a"),
    **dict.fromkeys("ਕਖਗਘ", "k"),
    **dict.fromkeys("ਙਞਣਨ", "n"),
    **dict.fromkeys("ਚਛ", "j"),
    **dict.fromkeys("ਜਝ", "j"),
    **dict.fromkeys("ਟਠਤਥ", "t"),
    **dict.fromkeys("ਡਢਦਧ", "d"),
    "ਪ": "p",
    "ਫ": "f",
    **dict.fromkeys("ਬਭ", "b"),
    "ਮ": "m",
    "ਯ": "y",
    **dict.fromkeys("ਰੜ", "r"),
    "ਲ": "l",
    "ਵ": "w",
    "ਸ": "s",
    "ਹ": "h",
    # Bengali
    **dict.fromkeys("অআইঈউঊএঐওঔ", "a"),
    **dict.fromkeys("কখগঘ", "k"),
    **dict.fromkeys("ঙঞণন", "n"),
    **dict.fromkeys("চছ", "j"),
    **dict.fromkeys("জঝয", "j"),
    **dict.fromkeys("টঠতথ", "t"),
    **dict.fromkeys("ডঢদধ", "d"),
    "প": "p",
    "ফ": "f",
    **dict.fromkeys("বভ", "b"),
    "ম": "m",
    **dict.fromkeys("রড়ঢ়", "r"),
    "ল": "l",
    **dict.fromkeys("শষস", "s"),
    "হ": "h",
    "য়": "y",
}
_LATIN = (("sh", "s"), ("ch", "j"), ("kh", "k"), ("ph", "f"), ("q", "k"), ("c", "k"), ("g", "k"), ("v", "w"))
# Words of other scripts; fold() has already made their punctuation Latin.
_NON_LATIN_WORD = re.compile(r"[^\sa-zA-Z0-9.,!?;:()'\"-]+")
_VOWELISH = re.compile(r"[aeiouyhw]")
_DOUBLES = re.compile(r"(.)\1+")


def _transliterated(word: str) -> str:
    letters = "".join(_LETTERS.get(char, "") for char in word)  # vowel signs and viramas drop out
    return _DOUBLES.sub(r"\1", letters)


@cache
def _latin(name: str) -> str:
    name = name.lower()
    for spelling, letter in _LATIN:
        name = name.replace(spelling, letter)
    return _DOUBLES.sub(r"\1", re.sub(r"[^a-z]", "", name))


def _skeleton(letters: str) -> str:
    return _VOWELISH.sub("", letters)


def _vowels_as_a(letters: str) -> str:
    return _DOUBLES.sub(r"\1", re.sub(r"[aeiou]", "a", letters))


def written_in_script(text: str, first_name: str) -> bool:
    """Whether a word of `text` in a non-Latin script is `first_name`."""
    latin = _latin(first_name)
    skeleton = _skeleton(latin)
    for word in _NON_LATIN_WORD.findall(text):
        letters = _transliterated(word)
        if not letters:
            continue
        if _vowels_as_a(letters) == _vowels_as_a(latin):
            return True
        if _skeleton(letters) != skeleton or not skeleton:
            continue
        if len(skeleton) >= 3 or (len(skeleton) == 2 and letters[0] == _vowels_as_a(latin)[0]):
            return True
    return False
