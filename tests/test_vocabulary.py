"""The reasons parents give, as a dictionary would list them: one short message per way of saying it.

tests/vocabulary/<language>.tsv holds lines of `category<TAB>child's roster name<TAB>message`, written from
each language's everyday words for illnesses, injuries, appointments, festivals, family events, travel and
the rest of DESIGN.md §4's categories, not from the corpus's mistakes. Each message must be read as a report
in its language with that category.
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
MONDAY_MORNING = datetime(2026, 11, 23, 7, 42, tzinfo=ZoneInfo("Europe/London"))


def _entries() -> list[pytest.param]:
    entries = []
    for table in sorted(VOCABULARY.glob("*.tsv")):
        for number, line in enumerate(table.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip() or line.startswith("#"):
                continue
            category, child, message = line.split("\t")
            entries.append(
                pytest.param(table.stem, Category(category), child, message, id=f"{table.stem}:{number}")
            )
    return entries


@pytest.mark.parametrize(("language", "category", "child", "message"), _entries())
def test_each_way_of_giving_a_reason_is_read(
    language: str, category: Category, child: str, message: str, calendar: SchoolCalendar
) -> None:
    result = understand(message, MONDAY_MORNING, [child], calendar).to_contract((child,))
    assert (result["is_report"], result["language"], result["category"]) == (True, language, category)
