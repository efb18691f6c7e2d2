"""Plain records the store reads and writes. They carry no behaviour and no transport detail."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

VULNERABILITY_FLAGS = ("cp_plan", "child_in_need", "looked_after", "social_worker")


@dataclass(frozen=True, slots=True)
class Pupil:
    id: str
    first_name: str
    last_name: str
    year_group: str = ""
    class_name: str = ""
    cp_plan: bool = False
    child_in_need: bool = False
    looked_after: bool = False
    send: bool = False
    social_worker: bool = False

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"

    @property
    def vulnerable(self) -> bool:
        return any(getattr(self, flag) for flag in VULNERABILITY_FLAGS)


@dataclass(frozen=True, slots=True)
class Chat:
    """What the bot knows of one parent's chat, read in one go."""

    chat_id: int
    pupils: tuple[Pupil, ...]  # the children this chat is linked to, by first name
    language: str | None  # the parent's language, once linked
    awaiting: tuple[int, str] | None  # the report the bot has a question open on, and what it asked
    loose_attachments: int  # photos sent before any report, kept for the next one


@dataclass(frozen=True, slots=True)
class Contact:
    pupil_id: str
    name: str
    relationship: str
    phone: str  # E.164
    priority: int


@dataclass(frozen=True, slots=True)
class Report:
    id: int
    chat_id: int
    status: str  # see ReportStatus
    pupil_ids: tuple[str, ...]
    category: str | None
    first_day: date | None
    last_day: date | None
    return_day: date | None
    first_sessions: str
    open_ended: bool
    language: str
    created_at: datetime
    acknowledged_at: datetime | None = None
    # What the conversation still waits for: "child", "dates", "return_day", "confirm", or "".
    awaiting: str = ""
    attachments: int = 0
    health_condition: str | None = None


class ReportStatus:
    DRAFT = "draft"
    CONFIRMED = "confirmed"
    CANCELLED = "cancelled"  # a draft the parent dropped
    WITHDRAWN = "withdrawn"  # a confirmed report the parent took back


@dataclass(frozen=True, slots=True)
class AbsenceRecord:
    pupil_id: str
    day: date
    session: str  # "am" or "pm"
    code: str
    report_id: int
    provisional: bool = True


@dataclass(frozen=True, slots=True)
class OutboxItem:
    id: int
    channel: str  # "slack" or "telegram"
    payload: dict[str, Any] = field(default_factory=dict)
    attempts: int = 0
