"""What the understanding step knows of each language besides English, one module per language.

A module holds only data, so a language is added or reviewed without touching code:

- GLOSSES: (regular expression, English) pairs. A message is rewritten into the English words the
  keyword tables and the date layer read, so those layers keep one vocabulary. Earlier entries win over
  later ones, so phrases come before their words; patterns hold no capturing groups.
- CLOCK: (regular expression, English) pairs for numbers the English must carry over, read before the
  glosses: clock times said in words ("9 e meia"), and days of the month ("el 3", "24 ਤਰੀਕ ਨੂੰ"). A
  pattern has the number as group `h` and may have a second as group `m`; the English is a format
  string of `h`, `m` and `before` (the hour before: "9 إلا ربع" is 8:45). A day of the month is written
  "the {h}th", which the date layer reads as an ordinal whatever the number.
- STOPWORDS, DISTINCT_LETTERS (Latin-script languages, and Urdu and Punjabi typed in Latin letters):
  common words and letters that point to the language.
- ALL_CHILDREN: phrases meaning every child of the parent ("both", "the kids").
- CASE_ENDINGS (languages that decline given names): endings added to a name without its final vowel,
  or without its NOMINATIVE_ENDING where it has one ("Augustas" is "Augustą").
- EITHER_DAY: a word meaning both "tomorrow" and "yesterday" ("kal"), and the past-tense words that
  make it yesterday.

`_english.py` names the English words (the months) that several modules' glosses point at.

The glosses are a first draft awaiting review by native speakers, like the catalogs in messages/.
"""

from __future__ import annotations

from importlib import import_module
from types import ModuleType

LANGUAGES = ("pl", "ro", "pt", "es", "fr", "lt", "ur", "pa", "bn", "ar")
_MODULES: dict[str, ModuleType] = {code: import_module(f"{__name__}.{code}") for code in LANGUAGES}


def _each(name: str) -> dict[str, object]:
    return {code: getattr(module, name) for code, module in _MODULES.items() if hasattr(module, name)}


GLOSSES: dict[str, tuple[tuple[str, str], ...]] = _each("GLOSSES")  # type: ignore[assignment]
CLOCK: dict[str, tuple[tuple[str, str], ...]] = _each("CLOCK")  # type: ignore[assignment]
STOPWORDS: dict[str, frozenset[str]] = _each("STOPWORDS")  # type: ignore[assignment]
DISTINCT_LETTERS: dict[str, frozenset[str]] = _each("DISTINCT_LETTERS")  # type: ignore[assignment]
ALL_CHILDREN: dict[str, tuple[str, ...]] = _each("ALL_CHILDREN")  # type: ignore[assignment]
CASE_ENDINGS: dict[str, str] = _each("CASE_ENDINGS")  # type: ignore[assignment]
NOMINATIVE_ENDINGS: dict[str, str] = _each("NOMINATIVE_ENDINGS")  # type: ignore[assignment]
EITHER_DAY: dict[str, tuple[str, str]] = _each("EITHER_DAY")  # type: ignore[assignment]
