"""The office's side: what a staff notice about a report shows, and acknowledging a report."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from bot.clock import Clock
from storage.interface import Store
from storage.records import Pupil, Report

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class ReportNotice:
    report: Report
    pupils: tuple[Pupil, ...]
    event: str  # "confirmed", "changed", "withdrawn", "acknowledged"
    acknowledged_by: str | None = None


class StaffDesk:
    def __init__(self, store: Store, clock: Clock) -> None:
        self._store = store
        self._clock = clock

    async def notice(self, report_id: int, event: str) -> ReportNotice | None:
        async with self._store.transaction():
            report = await self._store.report(report_id)
            if report is None:
                return None
            pupils = [await self._store.pupil(pupil_id) for pupil_id in report.pupil_ids]
        # Vulnerable pupils first, so the office sees them before anyone else.
        ordered = sorted(
            (p for p in pupils if p), key=lambda p: (not p.vulnerable, p.last_name, p.first_name)
        )
        return ReportNotice(report, tuple(ordered), event)

    async def posted(self, report_id: int) -> tuple[str, str] | None:
        """The channel and message where the staff channel already shows this report."""
        async with self._store.transaction():
            return await self._store.staff_post(report_id)

    async def remember_post(self, report_id: int, channel: str, ts: str) -> None:
        await self._store.save_staff_post(report_id, channel, ts)

    async def acknowledge(self, report_id: int, staff_user: str) -> ReportNotice | None:
        """Mark the report seen by the office; the parent can no longer change it."""
        now = self._clock()
        async with self._store.transaction():
            report = await self._store.report(report_id)
            if report is None:
                return None
            if report.acknowledged_at is None:
                await self._store.update_report(report_id, {"acknowledged_at": now}, now)
                await self._store.audit(
                    f"slack:{staff_user}", "report_acknowledged", "report", str(report_id), {}, now
                )
                log.info("report %s acknowledged by %s", report_id, staff_user)
            notice = await self.notice(report_id, "acknowledged")
        if notice is None:
            return None
        return ReportNotice(notice.report, notice.pupils, notice.event, acknowledged_by=staff_user)
