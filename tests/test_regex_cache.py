"""The compiled-pattern cache gives what re.compile gives, from a fresh, a stored or a spoilt file."""

from __future__ import annotations

import os
import re
import time
from collections.abc import Sequence
from pathlib import Path

import pytest

from bot.understanding import regex_cache
from bot.understanding.regex_cache import Built, compile_all, compile_built
from bot.understanding.text import WORD_END, WORD_START

PATTERNS = [
    rf"{WORD_START}(?:(kal)|(?P<day>parso|پرسوں)|(\d{{1,2}}) baje){WORD_END}",
    r"(?i)\bback (?:on )?(monday|tuesday)\b(?! after)",
    "[\u0980-\u09ff]+",
]


@pytest.fixture(autouse=True)
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    return tmp_path / "absence-bot"


def _same_as_re(compiled: list[re.Pattern[str]], patterns: list[str]) -> None:
    for got, pattern in zip(compiled, patterns, strict=True):
        expected = re.compile(pattern)
        assert got == expected  # the same pattern, flags and program
        assert (got.groups, got.groupindex) == (expected.groups, expected.groupindex)


def _not_parsed_again(pattern: str) -> None:
    raise AssertionError(f"{pattern!r} parsed again")


def test_fresh_and_stored_patterns_are_re_compiles(cache_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _same_as_re(compile_all("test", PATTERNS), PATTERNS)
    assert len(list(cache_home.iterdir())) == 1
    monkeypatch.setattr(regex_cache, "_program", _not_parsed_again)
    _same_as_re(compile_all("test", PATTERNS), PATTERNS)


def test_each_version_has_its_file_until_another_outlives_it_by_a_week(cache_home: Path) -> None:
    compile_all("test", PATTERNS)
    [old] = cache_home.iterdir()
    changed = [*PATTERNS[:2], r"\bsick\b"]
    _same_as_re(compile_all("test", changed), changed)
    assert len(list(cache_home.iterdir())) == 2
    week_ago = time.time() - 8 * 24 * 3600
    os.utime(old, (week_ago, week_ago))
    compile_all("other", PATTERNS)  # another name's files are not this one's to delete
    assert old.exists()
    compile_all("test", [*changed, "b"])
    assert not old.exists()
    assert len(list(cache_home.glob("test.*"))) == 2


def test_a_spoilt_file_is_compiled_again(cache_home: Path) -> None:
    compile_all("test", PATTERNS)
    [path] = cache_home.iterdir()
    path.write_bytes(path.read_bytes()[:100])
    _same_as_re(compile_all("test", PATTERNS), PATTERNS)


def _reversed_and_counted(source: Sequence[str]) -> Built:
    return list(reversed(source)), len(source)


def test_what_a_recipe_makes_is_kept_with_it(monkeypatch: pytest.MonkeyPatch) -> None:
    compiled, extra = compile_built("test", PATTERNS, _reversed_and_counted)
    _same_as_re(compiled, PATTERNS[::-1])
    assert extra == len(PATTERNS)
    monkeypatch.setattr(regex_cache, "_program", _not_parsed_again)
    assert compile_built("test", PATTERNS, _reversed_and_counted) == (compiled, extra)
