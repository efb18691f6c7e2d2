"""The message catalogs: every language says every parent-facing line, with the same placeholders."""

from __future__ import annotations

import re
import string
import tomllib
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from messages.catalog import Catalog, Line

CATALOGS = Path(__file__).resolve().parent.parent / "messages"
LANGUAGES = ("pl", "ro", "ur", "pa", "bn", "ar", "pt", "es", "lt", "fr")
# Staff messages go to the office in English only.
STAFF_PREFIX = "staff."

SAMPLE_PARAMS: dict[str, Any] = {
    "children": ["Sam", "Ava"],
    "reference": "A7K3",
    "day": date(2026, 11, 25),
    "first": date(2026, 11, 23),
    "last": date(2026, 11, 25),
    "dates": "23-25/11",
    "reason": "illness",
    "count": 2,
    "days": 3,
    "name": "Sam",
}

# Words that would tell a parent the absence is authorised or approved: the school decides that.
AUTHORISED: dict[str, str] = {
    "en": r"\bauthori[sz]|\bapprov|\bexcused\b",
    "pl": r"usprawiedliw|zatwierdzon",
    "ro": r"motivat|aprobat|autorizat",
    "pt": r"justificad|aprovad|autorizad",
    "es": r"justificad|aprobad|autorizad",
    "fr": r"justifié|autorisé|approuvé",
    "lt": r"pateisint",
    "ar": r"مبرر|موافق عليه|مصرح",
    "ur": r"منظور",
    "pa": r"ਮਨਜ਼ੂਰ",
    "bn": r"অনুমোদিত",
}


def _flat(language: str) -> dict[str, str]:
    def walk(table: dict[str, Any], prefix: str = "") -> dict[str, str]:
        flat: dict[str, str] = {}
        for name, value in table.items():
            if isinstance(value, dict):
                flat.update(walk(value, f"{prefix}{name}."))
            else:
                flat[f"{prefix}{name}"] = value
        return flat

    return walk(tomllib.loads((CATALOGS / f"{language}.toml").read_text(encoding="utf-8")))


def _placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


ENGLISH = _flat("en")
PARENT_KEYS = {key for key in ENGLISH if not key.startswith(STAFF_PREFIX)}


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return Catalog()


def test_catalog_loads_every_language(catalog: Catalog) -> None:
    assert set(LANGUAGES) | {"en"} <= set(catalog.languages)


@pytest.mark.parametrize("language", LANGUAGES)
def test_has_exactly_the_english_parent_keys(language: str) -> None:
    keys = set(_flat(language))
    assert keys - PARENT_KEYS == set(), "keys English does not have"
    assert PARENT_KEYS - keys == set(), "keys missing"


@pytest.mark.parametrize("language", LANGUAGES)
def test_same_placeholders_as_english(language: str) -> None:
    texts = _flat(language)
    wrong = {key for key in PARENT_KEYS if _placeholders(texts[key]) != _placeholders(ENGLISH[key])}
    assert wrong == set()


@pytest.mark.parametrize("language", LANGUAGES)
def test_marked_as_awaiting_review(language: str) -> None:
    head = (CATALOGS / f"{language}.toml").read_text(encoding="utf-8").splitlines()[0]
    assert head.startswith("#") and "native speaker" in head


@pytest.mark.parametrize("language", ("en", *LANGUAGES))
def test_every_line_renders(catalog: Catalog, language: str) -> None:
    for key in PARENT_KEYS:
        params = {name: SAMPLE_PARAMS[name] for name in _placeholders(ENGLISH[key])}
        rendered = catalog.render(Line(key, params), language)
        assert rendered and "{" not in rendered, key
        if language != "en" and key not in {"button.child", "button.day", "dates.one"}:
            assert rendered != catalog.render(Line(key, params), "en"), f"{key} is not translated"


def test_dates_and_lists_in_the_readers_language(catalog: Catalog) -> None:
    line = Line("dates.range", {"first": date(2026, 11, 23), "last": date(2026, 11, 25)})
    assert "poniedziałek" in catalog.render(line, "pl")
    assert "lunes" in catalog.render(line, "es")
    assert "Sam i Ava" in catalog.render(Line("link.linked", {"children": ["Sam", "Ava"]}), "pl")


@pytest.mark.parametrize("language", ("en", *LANGUAGES))
def test_never_says_the_absence_is_authorised(language: str) -> None:
    pattern = re.compile(AUTHORISED[language], re.IGNORECASE)
    said = {key: text for key, text in _flat(language).items() if not key.startswith(STAFF_PREFIX)}
    assert {key for key, text in said.items() if pattern.search(text)} == set()
