"""What the understanding step concludes about one parent message (DESIGN.md §4)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from bot.codes import PROVISIONAL_CODE, Category

Sessions = Literal["am", "pm", "both"]
Question = Literal["child", "dates", "return_day"]
ALL_CHILDREN = "ALL"


@dataclass(frozen=True, slots=True)
class Understanding:
    is_report: bool
    cancel: bool
    # Roster full names the message is about; empty when the parent has several and did not say.
    children: tuple[str, ...]
    first_day: date | None
    last_day: date | None
    return_day: date | None
    first_sessions: Sessions
    open_ended: bool
    category: Category | None
    questions: tuple[Question, ...]
    language: str

    @property
    def code(self) -> str | None:
        return PROVISIONAL_CODE[self.category] if self.category else None

    def child_field(self, all_children: tuple[str, ...]) -> str | None:
        """The contract's `child`: one name, "ALL" for every child of a several-child family, or null."""
        if len(self.children) == 1:
            return self.children[0]
        if len(all_children) > 1 and set(self.children) == set(all_children):
            return ALL_CHILDREN
        return None

    def to_contract(self, all_children: tuple[str, ...]) -> dict[str, Any]:
        """The JSON object `absence-bot parse` prints, field for field as DESIGN.md §4 lists."""
        return {
            "is_report": self.is_report,
            "cancel": self.cancel,
            "child": self.child_field(all_children),
            "first_day": _iso(self.first_day),
            "last_day": _iso(self.last_day),
            "return_day": _iso(self.return_day),
            "first_sessions": self.first_sessions,
            "open_ended": self.open_ended,
            "category": self.category.value if self.category else None,
            "code": self.code,
            "questions": list(self.questions),
            "language": self.language,
        }


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None
