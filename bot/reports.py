"""Rules about a report once understood: its per-session records and what the school's policy says."""

from __future__ import annotations

from datetime import date

from bot.calendar import SchoolCalendar
from bot.codes import PROVISIONAL_CODE, Category
from bot.settings import Policy
from messages import Line
from storage.records import AbsenceRecord, Report

# Days offered as buttons when the bot asks when a child will be back.
RETURN_CHOICES = 4


def school_days_absent(report: Report, calendar: SchoolCalendar) -> list[date]:
    """The school days the report covers; an open-ended report covers its first day so far."""
    if report.first_day is None:
        return []
    last = report.last_day or report.first_day
    return calendar.school_days(report.first_day, max(last, report.first_day))


def absence_records(report: Report, calendar: SchoolCalendar) -> list[AbsenceRecord]:
    category = Category(report.category or Category.NONE_GIVEN)
    code = PROVISIONAL_CODE[category]
    records = []
    for index, day in enumerate(school_days_absent(report, calendar)):
        first = report.first_sessions if index == 0 else "both"
        sessions = ("am", "pm") if first == "both" else (first,)
        records.extend(
            AbsenceRecord(pupil_id=pupil_id, day=day, session=session, code=code, report_id=report.id)
            for pupil_id in report.pupil_ids
            for session in sessions
        )
    return records


def return_choices(report: Report, calendar: SchoolCalendar, not_before: date | None = None) -> list[date]:
    """The next few school days after the first day absent (and from `not_before`, when health
    guidance keeps the child off until then), for a parent to pick a return day."""
    choices: list[date] = []
    day = report.first_day
    if day is not None and not_before is not None and not_before > day:
        day = calendar.previous_school_day(not_before)
    while day is not None and len(choices) < RETURN_CHOICES:
        day = calendar.next_school_day(day)
        if day is not None:
            choices.append(day)
    return choices


def policy_lines(report: Report, calendar: SchoolCalendar, policy: Policy) -> tuple[Line, ...]:
    """What the school expects next, from its policy (DESIGN.md §2.2, §6)."""
    lines = []
    if report.category == Category.HOLIDAY:
        lines.append(Line("policy.holiday"))
    days = len(school_days_absent(report, calendar))
    if report.open_ended or days > policy.note_after_school_days:
        lines.append(Line("policy.note_on_return", {"days": policy.note_after_school_days}))
    return tuple(lines)


def dates_line(report: Report) -> Line:
    """The days of a report as one catalog line."""
    if report.first_day is None:
        return Line("dates.unknown")
    session = {"am": "dates.morning_only", "pm": "dates.afternoon_only"}.get(report.first_sessions)
    if report.open_ended or report.last_day is None:
        return Line("dates.open", {"first": report.first_day})
    if report.last_day == report.first_day:
        if session:
            return Line(session, {"day": report.first_day})
        return Line("dates.one", {"day": report.first_day})
    return Line("dates.range", {"first": report.first_day, "last": report.last_day})
