"""Date-layer figures on 663 external English expressions (../shared/data/README.md).

- dates_both_ends: the share whose first and last calendar day our date layer gets right.
- dates_both_ends_dateparser: the same for plain dateparser.search_dates, first to last date found.

A side that the data leaves null is not scored; a record tagged "negative" is right only when nothing
is found. A per-tag breakdown goes to stderr.
"""

from __future__ import annotations

import json
import sys
import warnings
from collections import Counter
from collections.abc import Callable, Iterable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from bot.understanding.span import calendar_span

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "recognizers-text-en-dates.jsonl"

Span = tuple[date | None, date | None]
Reader = Callable[[str, datetime], Span]


def dateparser_span(text: str, now: datetime) -> Span:
    """Plain dateparser: UK day order, future preference, the first and last date it finds."""
    from dateparser.search import search_dates  # only the baseline needs it, and it is slow to import

    settings = {"PREFER_DATES_FROM": "future", "DATE_ORDER": "DMY", "RELATIVE_BASE": now}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        found = search_dates(text, languages=["en"], settings=settings)
    if not found:
        return None, None
    return found[0][1].date(), found[-1][1].date()


def is_right(record: dict[str, Any], span: Span) -> bool:
    if "negative" in record["tags"]:
        return span == (None, None)
    start, end = (date.fromisoformat(d) if d else None for d in (record["start_date"], record["end_date"]))
    return (start is None or span[0] == start) and (end is None or span[1] == end)


def score(records: Iterable[dict[str, Any]], reader: Reader) -> tuple[float, dict[str, tuple[int, int]]]:
    """The share of records read right, and (right, total) per tag ("all" for every record)."""
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for record in records:
        ok = is_right(record, reader(record["text"], datetime.fromisoformat(record["ref"])))
        for tag in ("all", *record["tags"]):
            total[tag] += 1
            right[tag] += ok
    share = round(right["all"] / total["all"], 3) if total["all"] else 0.0
    return share, {tag: (right[tag], total[tag]) for tag in total}


def load(path: Path = DATA) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def measure_dates(path: Path = DATA) -> dict[str, float]:
    if not path.exists():
        print(f"dates: {path} not found; skipping the date-layer figures", file=sys.stderr)
        return {}
    records = load(path)
    ours, our_tags = score(records, calendar_span)
    theirs, their_tags = score(records, dateparser_span)
    print(f"{'tag':>24}  {'ours':>9}  {'dateparser':>10}", file=sys.stderr)
    for tag in sorted(our_tags, key=lambda t: (t != "all", t)):
        (mine, total), (base, _) = our_tags[tag], their_tags[tag]
        print(f"{tag:>24}  {mine:>4}/{total:<4}  {base:>5}/{total:<4}", file=sys.stderr)
    return {"dates_both_ends": ours, "dates_both_ends_dateparser": theirs}


if __name__ == "__main__":
    print(json.dumps(measure_dates()))
