"""Roster names (Latin letters) found in messages written in Arabic, Urdu, Gurmukhi or Bengali script.

A written word becomes a row of letters, each with the Latin letters it may stand for: "مريم" is
m, r, y|i|e, m. A name matches when its Latin letters can be lined up with that row, in order:

- every Latin consonant is written (an "h" after a consonant may be part of "sh", "kh", "th");
- a Latin vowel may be unwritten, as Arabic and Urdu leave short vowels out and Bengali and Gurmukhi
  letters carry an "a" of their own; but a name's first and last vowel are always written;
- a written long vowel, or a vowel sign, must be one of the name's vowels, so "عمر" is Omar and
  "أمير" is Amir. An unwritten "i" or "u" standing alone is a cost: a name of three consonants or
  more may have one (Fatima is "فاطمة"), a shorter one none (Amir is not "عمر"), unless it is the
  short vowel after a name's first letter, the name ends in a vowel, and the word is joined by "and"
  to another word that may be a name: "عمر وهدى" is Omar and Huda, "زین اور حرا" Zain and Hira;
- a letter written twice may stand for two with a vowel between ("অনন্যা" is Ananya).

Before matching, a word loses what is attached to a name: Arabic "و" (and), "ف", "ب", "ل" (for) in
front, and Bengali case endings (-র, -এর, -ের, -কে, -রা) behind.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from itertools import pairwise

_VOWELS = "aeiou"
_ANY_VOWEL = "aeiou"
_I = "iey"
_U = "uow"

# Letters that always stand for the same Latin letters.
_CONSONANTS: dict[str, str] = {
    # Arabic and Urdu
    "ب": "bp",
    "پ": "p",
    **dict.fromkeys("تطٹ", "t"),
    "ث": "st",
    **dict.fromkeys("سص", "s"),
    "ش": "s",
    "ج": "jg",
    "چ": "c",
    **dict.fromkeys("حه", "h"),
    "خ": "k",
    **dict.fromkeys("دڈ", "d"),
    **dict.fromkeys("ذضظ", "zd"),
    **dict.fromkeys("زژ", "z"),
    **dict.fromkeys("رڑ", "r"),
    "ف": "fv",
    "ق": "kg",
    **dict.fromkeys("كک", "k"),
    **dict.fromkeys("گغ", "g"),
    "ل": "l",
    "م": "m",
    **dict.fromkeys("نں", "n"),
    "ہ": "h",  # noqa: RUF001
    # Gurmukhi
    **dict.fromkeys("ਕਖ", "k"),
    **dict.fromkeys("ਗਘ", "g"),
    **dict.fromkeys("ਙਞਣਨ", "n"),
    **dict.fromkeys("ਚਛ", "c"),
    **dict.fromkeys("ਜਝ", "j"),
    **dict.fromkeys("ਟਠਤਥ", "t"),
    **dict.fromkeys("ਡਢਦਧ", "d"),
    "ਪ": "p",
    "ਫ": "fp",
    **dict.fromkeys("ਬਭ", "b"),
    "ਮ": "m",
    "ਯ": "y",
    **dict.fromkeys("ਰੜ", "r"),
    "ਲ": "l",
    "ਵ": "vw",
    "ਸ": "s",
    "ਹ": "h",
    # Bengali
    **dict.fromkeys("কখ", "k"),
    **dict.fromkeys("গঘ", "g"),
    **dict.fromkeys("ঙঞণন", "n"),
    **dict.fromkeys("চছ", "c"),
    **dict.fromkeys("জঝ", "jz"),
    "য": "jzy",
    **dict.fromkeys("টঠতথৎ", "t"),
    **dict.fromkeys("ডঢদধ", "d"),
    "প": "p",
    "ফ": "fp",
    "ব": "bvw",
    "ভ": "bv",
    "ম": "m",
    "র": "r",
    "ল": "l",
    **dict.fromkeys("শষস", "s"),
    "হ": "h",
}
# Bengali letters with a nukta written as one character, as normalised text keeps them.
_NUKTA_PARTS = str.maketrans({"\u09dc": "\u09a1\u09bc", "\u09dd": "\u09a2\u09bc", "\u09df": "\u09af\u09bc"})
# A letter with a nukta below: ਜ਼ z, ਫ਼ f, য় y, ড় r.
_NUKTA = "਼়"
_WITH_NUKTA: dict[str, str] = {
    "ਜ": "z",
    "ਫ": "f",
    "ਖ": "k",
    "ਗ": "g",
    "ਸ": "s",
    "ਲ": "l",
    "ড": "r",
    "ঢ": "r",
}
# Vowel letters and signs, which must be one of the name's vowels.
_VOWEL_LETTERS: dict[str, str] = {
    # Arabic and Urdu (alef, ayn, hamza on alef, ta marbuta and final heh are handled apart)
    "آ": "a",
    "إ": "ie",
    "ٱ": "a",
    "ى": "a",  # alef maqsura: Layla, Musa
    **dict.fromkeys("يی", _I),
    "ے": "eayi",
    "و": "wvuo",
    # Gurmukhi
    **dict.fromkeys("ਅਆਾ", "ae"),
    **dict.fromkeys("ਇਈਿੀ", _I),
    **dict.fromkeys("ਉਊੁੂ", _U),
    **dict.fromkeys("ਏੇ", "eai"),
    **dict.fromkeys("ਐੈ", "aei"),
    **dict.fromkeys("ਓੋ", _U),
    **dict.fromkeys("ਔੌ", "aou"),
    # Bengali
    "অ": "aoe",
    **dict.fromkeys("আা", "a"),
    **dict.fromkeys("ইঈিী", _I),
    **dict.fromkeys("উঊুূ", _U),
    **dict.fromkeys("এে", "eai"),
    **dict.fromkeys("ঐৈ", "aoie"),
    **dict.fromkeys("ওো", _U),
    **dict.fromkeys("ঔৌ", "aou"),
}
# Letters that may also stand for nothing: hamza and its seats, ayn, Urdu's aspiration mark,
# nasal marks, Bengali's য় between vowels.
_SILENT: dict[str, str] = {
    "ء": _ANY_VOWEL,
    "ھ": "h",  # noqa: RUF001
    **dict.fromkeys("ংঁ", "n"),
    "ঃ": "h",
    **dict.fromkeys("ੰਂ", "n"),
}
_ARABIC_PREFIXES = ("و", "ف", "ب", "ل")
_BENGALI_ENDINGS = ("য়ের", "েরা", "ের", "এর", "দের", "কেও", "কে", "রা", "র")
# Everyday words that look like short names (Layla, Sana, Hala, Sam, Dan, Ella, Ann, Kal, Amy, Aya, and
# beside "and" Lina, Huda, Hira...).
_COMMON_WORDS = frozenset(
    [
        "নয",  # Bengali "not" and "is", as normalised text has them, without their vowel signs
        "হয",
        "ليلة",
        "سنة",
        "مرة",
        "حالة",
        "جمعة",
        "صباح",
        "مساء",
        "صبح",
        "شام",
        "دن",
        "کل",
        "كل",
        "بن",
        "نہ",
        "تم",
        "جان",
        "إلى",
        "الى",
        "على",
        "الله",
        "لنا",
        "هذا",
        "هدا",
        "هذه",
        "ہرا",
        "اللہ",
        "ان",
        "إن",
        "أن",
        "انه",
        "إنه",
        "عنا",
        "قال",
        "آئے",
        "কাল",
        "দিন",
        "আমি",
        "আমার",
        "না",
        "ਦਿਨ",
        "ਮੈਂ",
        "ਆਇਆ",
        "ਨੇ",
    ]
)
# Two vowels that spell one sound, so either may go unwritten.
_DIGRAPHS = frozenset(("ai", "ei", "ie", "ou", "au", "ae"))
_LATIN = (("ch", "c"), ("ck", "k"), ("c", "k"), ("q", "k"), ("x", "ks"), ("ph", "f"))
# Words of other scripts; fold() has already made their punctuation Latin.
_NON_LATIN_WORD = re.compile(r"[^\sa-zA-Z0-9.,!?;:()'\"-]+")
_DOUBLES = re.compile(r"(.)\1+")

Token = tuple[str, bool]  # the Latin letters a written letter may stand for; whether it may be silent


# Gurmukhi writes the "e" of "Sehaj" and "Mehak" as an "i" sign on the ਹ after it.
_GURMUKHI_EH = re.compile("(?<=[ਕ-ਹ])ਹਿ")


def _tokens(word: str) -> tuple[Token, ...]:
    word = word.replace("ـ", "").replace("یٰ", "ى").replace("ىٰ", "ى")
    word = _GURMUKHI_EH.sub("ੇਹ", word)
    tokens: list[Token] = []
    last = len(word) - 1
    for i, char in enumerate(word):
        after = word[i + 1] if i < last else ""
        final = i == last or (i == last - 1 and after in "ًٌٍَُِّْ")
        if after and after in _NUKTA and char in _WITH_NUKTA:
            tokens.append((_WITH_NUKTA[char], False))
        elif char == "য" and (after in _NUKTA or (i and word[i - 1] == "্")):
            tokens.append((_I, True))  # য় between vowels, or য-phala
        elif char in "اأ":
            if not tokens:
                tokens.append((_ANY_VOWEL, False))
            else:
                silent = char == "أ"
                tokens.append((_ANY_VOWEL if after == "ل" or silent else "ae", silent))
        elif char in "ئؤ":
            tokens.append((_I if char == "ئ" else _U, False))
        elif char == "ع":
            # Latin spellings leave ayn out at the start (Isa) and beside a long vowel (Ismail).
            beside_vowel = after in "اويیى" or (i and word[i - 1] in "اويیى")
            tokens.append((_ANY_VOWEL, not tokens or beside_vowel))
        elif char in "ةۃ" or (char in "هہ" and final and tokens):  # noqa: RUF001
            tokens.append(("aeh", False))  # Hamza, Fatima, Sarah
        elif char in "ঋৃ":  # the vowel "ri": Ritika, Krishna
            tokens.extend((("r", False), (_I, False)))
        elif char in _CONSONANTS:
            tokens.append((_CONSONANTS[char], False))
        elif char in _VOWEL_LETTERS:
            tokens.append((_VOWEL_LETTERS[char], False))
        elif char in _SILENT:
            tokens.append((_SILENT[char], True))
        # vowel-less marks (virama, shadda, harakat, addak) stand for nothing
    # A letter written twice may be one Latin letter (Bengali "আন্না", Anna) or two with a vowel between
    # (Bengali "অনন্যা", Ananya, whose first "ন" carries its own "a"): the second may stand for nothing.
    deduped: list[Token] = []
    for i, token in enumerate(tokens):
        if i and token == tokens[i - 1] and token[0][0] not in _VOWELS:
            deduped.append((token[0], True))
        else:
            deduped.append(token)
    return tuple(deduped)


def _forms(word: str) -> set[str]:
    """The word, and the word without what a name may carry in front or behind."""
    forms = {word}
    for prefix in _ARABIC_PREFIXES:
        if word.startswith(prefix) and len(word) > 3:
            rest = word[1:].lstrip("ـ")
            forms.add(rest)
            if rest[:1] in ("ل", "ب") and len(rest) > 3:
                forms.add(rest[1:].lstrip("ـ"))
    for ending in _BENGALI_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 2:
            forms.add(word[: -len(ending)])
    return {form for form in forms if form not in _COMMON_WORDS}


@cache
def _latin(name: str) -> str:
    name = re.sub(r"[^a-z]", "", name.lower())
    for spelling, letter in _LATIN:
        name = name.replace(spelling, letter)
    # A doubled vowel is long, so it is written: "aa" becomes "A".
    name = re.sub(r"([aeiou])\1+", lambda m: m.group(1).upper(), name)
    return _DOUBLES.sub(r"\1", name)


def _skip_cost(latin: str, j: int) -> int | None:
    """What leaving latin[j] unwritten costs, or None if it must be written."""
    char = latin[j]
    before = latin[j - 1] if j else ""
    after = latin[j + 1] if j + 1 < len(latin) else ""
    if char == "h":
        return 0 if before and (before.lower() not in _VOWELS or not after) else None
    if char not in _VOWELS or j == 0 or not after or (after == "h" and j + 2 == len(latin)):
        return None  # consonants, long vowels, and a name's first and last vowels are written
    if _consonants(latin) < 2:
        return None  # a name like Ali, Mia or Kai is written in full
    if char in "aeo" or before + char in _DIGRAPHS or char + after in _DIGRAPHS:
        return 0
    return 1


def _cost(tokens: tuple[Token, ...], latin: str, vowels_dropped: bool = False) -> float:
    """The fewest lone unwritten "i" and "u" with which the tokens spell `latin`: row by row, a row holding
    the best cost of spelling each start of `latin` with the tokens so far."""
    inf = float("inf")
    lowered = latin.lower()
    skips = _skip_costs(latin, vowels_dropped)
    row = _after_skips([0, *([inf] * len(latin))], skips)
    for letters, silent in tokens:
        following = row.copy() if silent else [inf] * len(row)
        for j, char in enumerate(lowered):
            if char in letters and row[j] < following[j + 1]:
                following[j + 1] = row[j]
        row = _after_skips(following, skips)
        if min(row) == inf:
            return inf  # the tokens so far spell no start of the name
    return row[-1]


def _after_skips(row: list[float], skips: tuple[int | None, ...]) -> list[float]:
    for j, skip in enumerate(skips):
        if skip is not None and row[j] + skip < row[j + 1]:
            row[j + 1] = row[j] + skip
    return row


@lru_cache(maxsize=4096)
def _skip_costs(latin: str, vowels_dropped: bool) -> tuple[int | None, ...]:
    """What leaving each letter of the name unwritten costs, or None where it must be written."""
    return tuple(
        0 if vowels_dropped and char.lower() in _VOWELS else _skip_cost(latin, j)
        for j, char in enumerate(latin)
    )


@cache
def _consonants(latin: str) -> int:
    """How many consonants the name has, not counting the "h" of "sh" or of a final "ah"."""
    return len(re.sub(r"[aeiouAEIOU]", "", re.sub(r"(?<=[^aeiouAEIOU])h|(?<=[aeiou])h$", "", latin)))


def _allowance(latin: str) -> int:
    return 1 if _consonants(latin) >= 3 else 0


def written_in_script(text: str, first_name: str, *, vowels_dropped: bool = False) -> bool:
    """Whether a word of `text` in a non-Latin script is `first_name`. In normalised text, whose Gurmukhi
    and Bengali lose their vowel signs, `vowels_dropped` lets any vowel go unwritten ("ਗਰਲਨ" is Gurleen),
    for names of two consonants or more."""
    latin = _latin(first_name)
    if len(latin) < 2:
        return False
    consonants = _consonants(latin)
    return _written(text, latin, consonants, vowels_dropped)


def written_without_vowels(text: str, first_name: str) -> bool:
    """Whether `text` writes a name of three consonants or more without its short vowels, as Urdu and
    Arabic script does ("مناہل" is Minahil); shorter names are too like everyday words ("لأن", Lina)."""
    latin = _latin(first_name)
    consonants = _consonants(latin)
    return consonants >= 3 and _written(text, latin, consonants, True)


def _written(text: str, latin: str, consonants: int, vowels_dropped: bool) -> bool:
    words = _NON_LATIN_WORD.findall(text)
    if consonants >= 3:  # a name of two parts may be written as two words: "ماہ نور" is Mahnoor
        words += [a + b for a, b in pairwise(words) if len(a) + len(b) <= 8]
    for word in dict.fromkeys(words):  # each word once, however often it is written
        if word in _COMMON_WORDS:
            continue
        # A name of two consonants with its vowels gone may be a word of two letters ("সম" is Sami, "মহ" Mahi):
        # vowels_dropped is asked only where the child is already known to be named, to find the place.
        dropped = vowels_dropped and consonants >= 2
        for tokens in _spellings(word):
            if _cost(tokens, latin, dropped) <= _allowance(latin):
                return True
        if _short_vowel_name(latin, consonants) and _paired(text, word):
            # the word itself, or after an attached "and": "وهدى" but not "وبدنا" (Dina)
            forms = (word[1:],) if word.startswith(_ATTACHED_AND) else (word,)
            for form in forms:
                if form not in _COMMON_WORDS and _cost(_tokens(form), latin, dropped) == 1:
                    return True
    return False


def _short_vowel_name(latin: str, consonants: int) -> bool:
    """A name like Huda or Hira: two consonants, the first its first letter, and a short "u" or "i" after
    it that Arabic script leaves out, then a written long vowel at the end. Not Amir ("عمر" is Omar)."""
    return consonants == 2 and latin[0] not in _VOWELS and latin[-1].lower() in _VOWELS and latin[1] in "iu"


# "and" as a word of its own, in each script a name may be written in.
_AND = frozenset(("و", "اور", "আর", "ও", "এবং", "ਤੇ", "ਅਤੇ", "and", "&"))
_ATTACHED_AND = "و"
# Words, and the marks between them (fold() has made most punctuation Latin).
_WORD_OR_MARK = re.compile("[^\\s,.!?;:()'\"\u060c\u061b\u06d4\u0964]+|[,.!?;:()'\"\u060c\u061b\u06d4\u0964]")


def _paired(text: str, word: str) -> bool:
    """Whether `word` is joined by "and" to a word that may be a name too: "عمر وهدى", "زین اور حرا".
    A name of two consonants may then leave one short "i" or "u" unwritten (Huda is "هدى", Hira "حرا"),
    as everyday words of that shape seldom stand beside "and" and another name."""
    words = _words(text)
    for i, found in enumerate(words):
        if found != word:
            continue
        before = words[i - 1] if i else ""
        after = words[i + 1] if i + 1 < len(words) else ""
        if word.startswith(_ATTACHED_AND) and len(word) > 2 and _name_like(before):
            return True  # "عمر وهدى"
        if before in _AND and i >= 2 and _name_like(words[i - 2]):
            return True  # "زین اور حرا"
        if after in _AND and i + 2 < len(words) and _name_like(words[i + 2]):
            return True  # "حرا اور زین"
        if after.startswith(_ATTACHED_AND) and len(after) > 3 and _name_like(after[1:]):
            return True  # "هدى وعمر"
    return False


@lru_cache(maxsize=256)
def _words(text: str) -> tuple[str, ...]:
    return tuple(_WORD_OR_MARK.findall(text))


def _name_like(word: str) -> bool:
    """A word of another script that is no everyday word: one that may be a sibling's name."""
    return (
        len(word) >= 2
        and word not in _COMMON_WORDS
        and word not in _AND
        and _NON_LATIN_WORD.fullmatch(word) is not None
    )


@lru_cache(maxsize=4096)
def _spellings(word: str) -> tuple[tuple[Token, ...], ...]:
    """The letters of each form of a word that may be a name: a message's words are tried against each
    child's name, so each is read once."""
    word = word.translate(_NUKTA_PARTS)  # "য়" kept whole in normalised text: the letter and its nukta
    return tuple(tokens for form in _forms(word) if len(tokens := _tokens(form)) >= 2)
