"""The narrow interface the domain uses to keep its records.

SQLite (storage.sqlite) is the embedded default; a PostgreSQL backend implements the same
protocol and runs the same contract tests (tests/test_storage.py, parametrised by backend).
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import AbstractAsyncContextManager
from datetime import date, datetime
from typing import Any, Protocol

from storage.records import AbsenceRecord, Chat, Contact, OutboxItem, Pupil, Report


class Store(Protocol):
    async def close(self) -> None: ...

    def transaction(self) -> AbstractAsyncContextManager[None]:
        """Everything awaited inside commits together or not at all. Nesting joins the outer one."""
        ...

    async def claim_update(self, source: str, key: str, now: datetime) -> bool:
        """Record that an incoming update was handled; False if it already was."""
        ...

    # Roster
    async def import_roster(
        self, pupils: Sequence[Pupil], contacts: Sequence[Contact], now: datetime
    ) -> tuple[int, int]:
        """Insert or update pupils and replace their contacts. Returns (added, updated)."""
        ...

    async def pupil(self, pupil_id: str) -> Pupil | None: ...
    async def pupils_with_phone(self, phone: str) -> list[Pupil]: ...
    async def contacts_of(self, pupil_id: str) -> list[Contact]: ...

    # Parents and links
    async def ensure_parent(self, chat_id: int, language: str, now: datetime) -> None: ...
    async def link(
        self, chat_id: int, pupil_ids: Sequence[str], method: str, now: datetime, phone: str | None
    ) -> None: ...
    async def chat(self, chat_id: int) -> Chat:
        """The chat's linked pupils, language, open question and loose photos."""
        ...

    async def save_link_code(
        self, code_hash: str, pupil_id: str, now: datetime, expires_at: datetime
    ) -> None: ...
    async def redeem_link_code(self, code_hash: str, chat_id: int, now: datetime) -> str | None:
        """Mark an unused, unexpired code used by this chat and return its pupil id."""
        ...

    # Reports and their per-session records
    async def create_report(self, chat_id: int, fields: dict[str, Any], now: datetime) -> Report: ...
    async def update_report(self, report_id: int, fields: dict[str, Any], now: datetime) -> None: ...
    async def report(self, report_id: int) -> Report | None: ...
    async def reports_of_chat(self, chat_id: int, statuses: Sequence[str]) -> list[Report]:
        """Newest first."""
        ...

    async def replace_absences(self, report_id: int, records: Sequence[AbsenceRecord], now: datetime) -> None:
        """Supersede the report's active records (kept for the audit) and add these."""
        ...

    async def end_absences(self, report_id: int, now: datetime) -> None:
        """Mark the report's active records withdrawn."""
        ...

    async def absences(self, pupil_id: str, start: date, end: date) -> list[AbsenceRecord]:
        """Active records for the pupil between start and end inclusive."""
        ...

    async def add_attachment(
        self, chat_id: int, report_id: int | None, file_id: str, file_unique_id: str, now: datetime
    ) -> None: ...
    async def adopt_attachments(self, chat_id: int, report_id: int) -> int:
        """Attach the chat's loose attachments to the report; returns how many."""
        ...

    # Conversation: at most one open question per chat
    async def set_awaiting(self, chat_id: int, report_id: int, awaiting: str, now: datetime) -> None: ...
    async def clear_awaiting(self, chat_id: int) -> None: ...

    # Where the staff channel shows a report, so later changes edit that message
    async def staff_post(self, report_id: int) -> tuple[str, str] | None: ...
    async def save_staff_post(self, report_id: int, channel: str, ts: str) -> None: ...

    # Outbox and audit
    async def enqueue(self, channel: str, payload: dict[str, Any], now: datetime) -> int: ...
    async def due(self, now: datetime, channels: Sequence[str], limit: int = 50) -> list[OutboxItem]:
        """Unsent items for these channels whose next attempt is due, oldest first."""
        ...

    async def mark_sent(self, item_id: int, now: datetime) -> None: ...
    async def mark_failed(self, item_id: int, error: str, retry_at: datetime) -> None: ...
    async def audit(
        self,
        actor: str,
        action: str,
        entity: str,
        entity_id: str,
        details: dict[str, Any],
        now: datetime,
    ) -> None: ...
