"""Builders for the understanding step's expected output (DESIGN.md §4), shared by the tests."""

from __future__ import annotations

from typing import Any

from bot.codes import PROVISIONAL_CODE, Category


def report(
    child: str | None,
    first: str | None,
    last: str | None = None,
    back: str | None = None,
    category: Category = Category.NONE_GIVEN,
    *,
    sessions: str = "both",
    open_ended: bool = False,
    questions: tuple[str, ...] = (),
    language: str = "en",
) -> dict[str, Any]:
    return {
        "is_report": True,
        "cancel": False,
        "child": child,
        "first_day": first,
        "last_day": last,
        "return_day": back,
        "first_sessions": sessions,
        "open_ended": open_ended,
        "category": category.value,
        "code": PROVISIONAL_CODE[category],
        "questions": list(questions),
        "language": language,
    }


def withdrawal(
    child: str | None,
    first: str | None = None,
    last: str | None = None,
    back: str | None = None,
    *,
    sessions: str = "both",
    language: str = "en",
) -> dict[str, Any]:
    """A report taken back; the days (and the part of the first) it names are no longer absent."""
    return {
        "is_report": True,
        "cancel": True,
        "child": child,
        "first_day": first,
        "last_day": last,
        "return_day": back,
        "first_sessions": sessions,
        "open_ended": False,
        "category": None,
        "code": None,
        "questions": [],
        "language": language,
    }
