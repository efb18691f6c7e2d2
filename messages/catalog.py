"""Load the per-language TOML catalogs and render lines in a parent's language.

Catalogs are flat tables of `key = "sentence with {placeholders}"`, grouped in TOML sections.
A key missing in a language falls back to English; dates and lists are written with Babel so
that "Wednesday 25 November" and "Sam and Ava" read naturally in every language.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from babel import Locale, UnknownLocaleError
from babel.dates import format_date
from babel.lists import format_list

DEFAULT_LANGUAGE = "en"
_CATALOG_DIR = Path(__file__).parent


@dataclass(frozen=True, slots=True)
class Line:
    """One sentence to say: a catalog key and its parameters (dates and lists are formatted)."""

    key: str
    params: Mapping[str, Any] = field(default_factory=dict)


class Catalog:
    def __init__(self, directory: Path = _CATALOG_DIR) -> None:
        self._texts: dict[str, dict[str, str]] = {
            path.stem: _flatten(tomllib.loads(path.read_text(encoding="utf-8")))
            for path in sorted(directory.glob("*.toml"))
        }
        if DEFAULT_LANGUAGE not in self._texts:
            raise RuntimeError(f"no {DEFAULT_LANGUAGE}.toml catalog in {directory}")

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(self._texts)

    def speaks(self, language: str | None) -> bool:
        return bool(language) and language.split("-")[0].lower() in self._texts  # type: ignore[union-attr]

    def language_for(self, *candidates: str | None) -> str:
        """The first candidate we have a catalog for, else English."""
        for candidate in candidates:
            if candidate and candidate.split("-")[0].lower() in self._texts:
                return candidate.split("-")[0].lower()
        return DEFAULT_LANGUAGE

    def keys(self, language: str) -> frozenset[str]:
        return frozenset(self._texts.get(language, {}))

    def render(self, line: Line, language: str) -> str:
        template = self._texts.get(language, {}).get(line.key)
        if template is None:
            language = DEFAULT_LANGUAGE
            template = self._texts[DEFAULT_LANGUAGE][line.key]
        params = {name: self._format(value, language) for name, value in line.params.items()}
        return template.format(**params)

    def text(self, key: str, language: str, **params: Any) -> str:
        return self.render(Line(key, params), language)

    def render_all(self, lines: Sequence[Line], language: str) -> str:
        return "\n".join(self.render(line, language) for line in lines)

    def _format(self, value: Any, language: str) -> Any:
        if isinstance(value, Line):
            return self.render(value, language)
        if isinstance(value, date):
            return format_date(value, "EEEE d MMMM", locale=_locale(language))
        if isinstance(value, list | tuple):
            return format_list(
                [str(self._format(item, language)) for item in value], locale=_locale(language)
            )
        return value


# English is written the British way: "Sam, Ava and Leo", not "Sam, Ava, and Leo".
_REGIONAL = {"en": "en_GB"}


@lru_cache(maxsize=64)
def _locale(language: str) -> Locale:
    try:
        return Locale.parse(_REGIONAL.get(language, language))
    except (UnknownLocaleError, ValueError):
        return Locale.parse(DEFAULT_LANGUAGE)


def _flatten(table: Mapping[str, Any], prefix: str = "") -> dict[str, str]:
    flat: dict[str, str] = {}
    for name, value in table.items():
        key = f"{prefix}{name}"
        if isinstance(value, Mapping):
            flat.update(_flatten(value, f"{key}."))
        else:
            flat[key] = str(value)
    return flat
