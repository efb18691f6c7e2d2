"""What parents say, as a dictionary would list it: one short message per way of saying a thing.

- tests/vocabulary/<language>.tsv: the reasons, `category<TAB>child's roster name<TAB>message`, written from
  each language's everyday words for illnesses, injuries, appointments, festivals, family events, travel and
  the rest of DESIGN.md §4's categories. Each message must be read as a report with that category.
- tests/vocabulary/days/<language>.tsv: the days and sessions, `first_day<TAB>last_day<TAB>return_day<TAB>
  first_sessions<TAB>message` ("-" for null), all sent on Monday 30 November 2026 at 07:42, a week of school
  days before two more weeks of term. Each message must be read as a report with those days.

Both are written from the languages, not from the corpus's mistakes; lines starting with # are comments.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.calendar import SchoolCalendar
from bot.codes import Category
from bot.understanding import understand

VOCABULARY = Path(__file__).resolve().parent / "vocabulary"
LONDON = ZoneInfo("Europe/London")
REASONS_SENT = datetime(2026, 11, 23, 7, 42, tzinfo=LONDON)
DAYS_SENT = datetime(2026, 11, 30, 7, 42, tzinfo=LONDON)
CHILD = "Sam Taylor"


def _lines(folder: Path, columns: int) -> list[pytest.param]:
    entries = []
    for table in sorted(folder.glob("*.tsv")):
        for number, line in enumerate(table.read_text(encoding="utf-8").splitlines(), start=1):
            if line.strip() and not line.startswith("#"):
                fields = line.split("\t")
                assert len(fields) == columns, f"{table.name}:{number} has {len(fields)} columns"
                entries.append(pytest.param(table.stem, *fields, id=f"{table.stem}:{number}"))
    return entries


@pytest.mark.parametrize(("language", "category", "child", "message"), _lines(VOCABULARY, 3))
def test_each_way_of_giving_a_reason_is_read(
    language: str, category: str, child: str, message: str, calendar: SchoolCalendar
) -> None:
    result = understand(message, REASONS_SENT, [child], calendar).to_contract((child,))
    assert (result["is_report"], result["language"], result["category"]) == (
        True,
        language,
        Category(category),
    )


@pytest.mark.parametrize(
    ("language", "first", "last", "back", "sessions", "message"), _lines(VOCABULARY / "days", 5)
)
def test_each_way_of_naming_the_days_is_read(
    language: str, first: str, last: str, back: str, sessions: str, message: str, calendar: SchoolCalendar
) -> None:
    result = understand(message, DAYS_SENT, [CHILD], calendar).to_contract((CHILD,))
    days = tuple(result[name] or "-" for name in ("first_day", "last_day", "return_day", "first_sessions"))
    assert (result["is_report"], result["language"], days) == (True, language, (first, last, back, sessions))
