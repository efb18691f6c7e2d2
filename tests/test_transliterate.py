"""Roster names written in Arabic, Urdu, Bengali and Gurmukhi script."""

from __future__ import annotations

import pytest

from bot.understanding.children import which_children
from bot.understanding.text import fold
from bot.understanding.transliterate import written_in_script, written_without_vowels


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # Bengali: vowel signs, য়, and case endings
        ("আমিনার জ্বর", "Amina", True),
        ("সাফিয়ার হাসপাতালে", "Safiya", True),
        ("ইউসুফের পায়ে", "Yusuf", True),
        ("ইসহাক, সাফিয়া আর রায়হান", "Raihan", True),
        ("হামজা", "Hamza", True),
        ("মরিয়ম", "Mariam", True),
        ("আমিনার জ্বর", "Yusuf", False),
        ("সবাই আসছে", "Sabah", False),
        ("আমার", "Amar", False),
        # Arabic: ta marbuta, attached "and", "for", "with"
        ("حمزة عنده موعد", "Hamza", True),
        ("عمر وليلى", "Layla", True),
        ("مريم وحمزة وياسمين", "Yasmin", True),
        ("مريم", "Maryam", True),
        ("مريم", "Miriam", True),
        ("لحمزة", "Hamza", True),
        ("لـحمزة", "Hamza", True),
        ("عائشة", "Aisha", True),
        ("عبدالله", "Abdullah", True),
        ("محمد", "Muhammad", True),
        ("حسين", "Hussain", True),
        ("أمينة", "Amina", True),
        # different names are not the same word
        ("عمر", "Amir", False),
        ("أمير", "Omar", False),
        ("عامر", "Omar", False),
        ("سارة", "Samir", False),
        ("سمير", "Sara", False),
        ("أمين", "Amina", False),
        ("أمينة", "Amin", False),
        # everyday words are not short names
        ("على الطريق", "Ali", False),
        ("ليلة امبارح", "Layla", False),
        ("بحالة صعبة", "Hala", False),
        ("ما رح", "Mia", False),
        ("إن شاء الله", "Ian", False),
        ("کی", "Kai", False),
        ("আমি", "Amy", False),
        # Urdu and Gurmukhi
        ("علی، فاطمہ اور موسیٰ", "Ali", True),
        ("علی، فاطمہ اور موسیٰ", "Fatima", True),
        ("علی، فاطمہ اور موسیٰ", "Musa", True),
        ("آئیں گے", "Ayaan", False),
        ("ਜਸਪ੍ਰੀਤ, ਮਨਵੀਰ ਤੇ ਅਮ੍ਰਿਤ", "Jaspreet", True),
        ("ਜਸਪ੍ਰੀਤ, ਮਨਵੀਰ ਤੇ ਅਮ੍ਰਿਤ", "Amrit", True),
        ("ਗੁਰਵੀਰ ਦੇ ਦਾਦਾ", "Gurveer", True),
    ],
)
def test_written_in_script(text: str, name: str, expected: bool) -> None:
    assert written_in_script(fold(text), name) is expected


@pytest.mark.parametrize(
    ("roster", "text", "expected"),
    [
        (["Gurnoor Kaur", "Fatehveer Singh"], "ਅੱਜ ਨੂਰ ਬਿਮਾਰ ਹੈ", ("Gurnoor Kaur",)),
        (["Gurnoor Kaur", "Fatehveer Singh"], "ਫ਼ਤਿਹ ਲੇਟ ਹੋਵੇਗਾ", ("Fatehveer Singh",)),
        (["Simranjeet Kaur", "Arjun Singh"], "simran is off sick", ("Simranjeet Kaur",)),
        (["Sahib Randhawa", "Jasmeet Randhawa"], "ਜੱਸ ਬਿਮਾਰ ਹੈ", ("Jasmeet Randhawa",)),
        (["Tegbir Singh", "Navneet Kaur"], "tegi is off with a cold", ("Tegbir Singh",)),
    ],
)
def test_punjabi_names_called_by_their_word(roster: list[str], text: str, expected: tuple[str, ...]) -> None:
    language = "pa" if not text.isascii() else "en"
    assert which_children(fold(text), roster, language) == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("ਗਰਲਨ", "Gurleen", True),  # ਗੁਰਲੀਨ as normalised text has it, without its vowel signs
        ("ਜਸਕਰਨ", "Jaskaran", True),
        ("ਗਰਲਨ", "Jaskaran", False),
        ("ਜਸ", "Jas", True),  # a short name is matched as it is written
        ("রইস", "Raisa", True),  # রাইসা: two consonants, but three letters left
        ("নয", "Naya", False),  # a two-letter word is too many things to be a name
    ],
)
def test_a_name_without_its_vowel_signs(text: str, name: str, expected: bool) -> None:
    assert written_in_script(text, name, vowels_dropped=True) is expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("مناہل کو بخار ہے", "Minahil", True),  # Urdu writes no short vowels
        ("لأن لديه موعد", "Lina", False),  # a name of two consonants is too like everyday words
    ],
)
def test_a_name_written_without_short_vowels(text: str, name: str, expected: bool) -> None:
    assert written_without_vowels(text, name) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("šiandien augustą pasiimsiu 11:45", ("Augustas Petraitis",)),
        ("augusto temperatūra", ("Augustas Petraitis",)),
        ("liepa serga", ("Liepa Petraitytė",)),
    ],
)
def test_a_lithuanian_name_declined(text: str, expected: tuple[str, ...]) -> None:
    assert which_children(fold(text), ["Augustas Petraitis", "Liepa Petraitytė"], "lt") == expected
