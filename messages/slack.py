"""Block Kit for the staff channel. Staff-facing text is in English, from the catalog."""

from __future__ import annotations

from typing import Any

from bot.codes import PROVISIONAL_CODE, Category
from bot.reports import dates_line
from bot.staff import ReportNotice
from messages.catalog import Catalog, Line
from storage.records import ReportStatus

ACKNOWLEDGE_ACTION = "report_acknowledge"
STAFF_LANGUAGE = "en"


def report_notice(notice: ReportNotice, catalog: Catalog) -> tuple[str, list[dict[str, Any]]]:
    """The fallback text and the blocks for a report notice in the staff channel."""

    def text(key: str, **params: Any) -> str:
        return catalog.render(Line(key, params), STAFF_LANGUAGE)

    report = notice.report
    category = Category(report.category or Category.NONE_GIVEN)
    if report.status == ReportStatus.WITHDRAWN:
        heading = text("staff.report_withdrawn")
    else:
        heading = text("staff.report_changed" if notice.event == "changed" else "staff.report_confirmed")
    lines = []
    for pupil in notice.pupils:
        line = text(
            "staff.report_line",
            pupil=pupil.full_name,
            year=pupil.year_group or "-",
            dates=dates_line(report),
            reason=Line(f"category.{category}"),
            code=PROVISIONAL_CODE[category],
        )
        if pupil.vulnerable:
            line = f"{text('staff.vulnerable')} {line}"
        lines.append(line)
    blocks: list[dict[str, Any]] = [
        {"type": "header", "text": {"type": "plain_text", "text": heading}},
        {"type": "section", "text": {"type": "mrkdwn", "text": "\n".join(lines)}},
        {
            "type": "context",
            "elements": [{"type": "mrkdwn", "text": text("staff.reference", reference=report.id)}],
        },
    ]
    if notice.acknowledged_by or report.acknowledged_at:
        seen = (
            text("staff.acknowledged", user=notice.acknowledged_by)
            if notice.acknowledged_by
            else text("staff.acknowledged_earlier")
        )
        blocks.append({"type": "context", "elements": [{"type": "mrkdwn", "text": seen}]})
    elif report.status == ReportStatus.CONFIRMED:
        blocks.append(
            {
                "type": "actions",
                "elements": [
                    {
                        "type": "button",
                        "action_id": ACKNOWLEDGE_ACTION,
                        "text": {"type": "plain_text", "text": text("staff.acknowledge")},
                        "value": str(report.id),
                        "style": "primary",
                    }
                ],
            }
        )
    return f"{heading}: {' / '.join(lines)}", blocks
