"""Figures on the probes (tests/corpus/probes/, how they were written: tests/corpus/BLIND.md).

- probe_reasons_correct: of 780 short messages in eleven languages, each giving one reason, the share
  whose kind (report, withdrawal, other message) and, for a report, category the parser gets right.
- probe_dates_correct / probe_dates_wrong: 150 reports written to vary how parents say when, scored
  as the corpus is.
- probe_intent_correct / probe_intent_wrong: 120 withdrawals, other messages and reports wrapped in
  questions, scored as the corpus is.
- probe_sessions_correct / probe_sessions_wrong: 120 half days, arrival and collection times.
- probe_children_correct / probe_children_wrong: 120 ways of naming (or not naming) which child.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from datetime import datetime
from pathlib import Path
from typing import Any

from bench.understanding import ROOT, SCHOOL, load, score_corpus
from bot.settings import load_settings
from bot.understanding import understand

PROBES = ROOT / "tests" / "corpus" / "probes"
# The reason probes carry no time: a school morning before the register closes, as their late ones need.
REASON_MOMENT = "2026-11-24T07:40"


def kind(result: dict[str, Any]) -> str:
    if result["cancel"]:
        return "cancel"
    return "report" if result["is_report"] else "non_report"


def reason_right(probe: dict[str, Any], result: dict[str, Any]) -> bool:
    if kind(result) != probe["kind"]:
        return False
    if probe["kind"] != "report":
        return True
    # a late arrival told after the register closed is the same reason
    return result["category"] == probe["category"] or (probe["category"], result["category"]) == (
        "late",
        "late_after_close",
    )


def score_reasons(probes: list[dict[str, Any]]) -> tuple[float, Counter[str], Counter[str]]:
    """The share right, and the right and total counts per language."""
    settings = load_settings(SCHOOL)
    now = datetime.fromisoformat(REASON_MOMENT).replace(tzinfo=settings.tz)
    calendar, am_close = settings.school_calendar, settings.registers.am_close
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for probe in probes:
        roster = (f"{probe['child']} Probe",)
        result = understand(probe["text"], now, roster, calendar, am_close=am_close).to_contract(roster)
        total[probe["language"]] += 1
        right[probe["language"]] += reason_right(probe, result)
    return round(sum(right.values()) / max(1, sum(total.values())), 3), right, total


def measure_probes(folder: Path = PROBES) -> dict[str, float]:
    if not folder.exists():
        print(f"probes: {folder} not found; skipping the probe figures", file=sys.stderr)
        return {}
    with (folder / "reasons.jsonl").open(encoding="utf-8") as lines:
        reasons = [json.loads(line) for line in lines if line.strip()]
    share, right, total = score_reasons(reasons)
    print("reason probes: " + ", ".join(f"{k} {right[k]}/{total[k]}" for k in sorted(total)), file=sys.stderr)
    figures = {"probe_reasons_correct": share}
    for name in ("dates", "intent", "sessions", "children", "languages"):
        shares, _ = score_corpus(load(folder / f"{name}.jsonl"))
        figures[f"probe_{name}_correct"] = shares["understanding_correct"]
        figures[f"probe_{name}_wrong"] = shares["understanding_wrong"]
    return figures


if __name__ == "__main__":
    print(json.dumps(measure_probes()))
