"""Understanding-step figures on the hand-labelled corpus tests/corpus/messages.jsonl (DESIGN.md §4).

Every corpus message goes through the real entry point, `bot.understanding.understand`, with the sample
school's calendar and AM register close, and its `to_contract()` object is compared with the record's
"expected" object, which says what a careful school office would want (asking where the message is
genuinely ambiguous).

- understanding_correct: the share whose contract object is entirely right.
- understanding_wrong: the share with at least one field *confidently wrong*: a value that differs from
  the expected one while the parser did not put the matching question (`child` for the child; `dates`
  for the days and sessions; `dates` or `return_day` for the end of the absence). is_report, cancel,
  category, code and language are never covered by a question, and a question the office would ask but
  the parser left out counts as wrong too.
- understanding_asked: the share that is not entirely right only because the parser asked (a covered
  field, or a question the office would not have needed).
- understanding_correct_other_languages: understanding_correct over the messages not in English.
- understanding_correct_worst_language: the lowest understanding_correct of any one language.
- heldout_correct, heldout_wrong, heldout_asked (and heldout_correct_en, heldout_correct_other_languages):
  the same on tests/corpus/heldout/, batches written blind to the parser and never fixed against; these,
  not the corpus's, say how a message the parser has never seen is read.
- parse_p99_ms, parse_msgs_per_s: warm in-process latency per message (99th percentile) and throughput
  on one core, over 3 timed passes of the corpus.
- parse_jsonl_1000_s: wall time of `absence-bot parse --jsonl` over 1,000 messages as one process,
  start-up included.

For a message that is not a report (expected is_report false) only is_report, cancel, category, code
and language are scored: the child and dates of a question about the nativity do not matter. For a
withdrawal that names no day, its days are not scored. Questions are compared as sets.
A breakdown goes to stderr: accuracy per field, per category_tag, per language, and the mistakes.
"""

from __future__ import annotations

import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from bot.settings import Settings, load_settings
from bot.understanding import understand
from bot.understanding.text import prepare

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "corpus" / "messages.jsonl"
# Batches written blind and scored by every run, never read for fixes (tests/corpus/BLIND.md).
HELDOUT = ROOT / "tests" / "corpus" / "heldout"
SCHOOL = ROOT / "sample" / "school.toml"

FIELDS = (
    "is_report",
    "cancel",
    "child",
    "first_day",
    "last_day",
    "return_day",
    "first_sessions",
    "open_ended",
    "category",
    "code",
    "questions",
    "language",
)
NON_REPORT_FIELDS = ("is_report", "cancel", "category", "code", "language")
# Which of the parser's questions make a differing field "asked" rather than "wrong".
COVERED_BY: dict[str, frozenset[str]] = {
    "child": frozenset({"child"}),
    "first_day": frozenset({"dates"}),
    "first_sessions": frozenset({"dates"}),
    "last_day": frozenset({"dates", "return_day"}),
    "return_day": frozenset({"dates", "return_day"}),
    "open_ended": frozenset({"dates", "return_day"}),
}
# A withdrawal that names no day ("scrap that, he's going in") withdraws the earlier report, whichever
# days it held: reading it as today's is as right as leaving the days null.
UNNAMED_WITHDRAWAL_SKIPS = frozenset({"first_day", "last_day", "return_day"})
MISTAKE_LINES = 40


@dataclass
class Verdict:
    record: dict[str, Any]
    got: dict[str, Any]
    status: str  # "correct", "asked" or "wrong"
    differing: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)


def load(path: Path = CORPUS) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def _unasked(want: set[str], have: set[str]) -> set[str]:
    """The questions the office would ask and the parser did not. Asking for the days asks for the day
    back too: the bot's "dates" question takes "back on Thursday" as an answer."""
    covered = have | ({"return_day"} if "dates" in have else set())
    return want - covered


def judge(expected: dict[str, Any], got: dict[str, Any]) -> tuple[str, list[str], list[str]]:
    """("correct" | "asked" | "wrong", the fields that differ, the fields confidently wrong)."""
    fields = FIELDS if expected["is_report"] else NON_REPORT_FIELDS
    if expected["cancel"] and expected["first_day"] is None:
        fields = tuple(name for name in fields if name not in UNNAMED_WITHDRAWAL_SKIPS)
    asked = set(got.get("questions") or [])
    differing: list[str] = []
    wrong: list[str] = []
    for name in fields:
        want, have = expected.get(name), got.get(name)
        if name == "questions":
            if set(want or []) == set(have or []):
                continue
            differing.append(name)
            if _unasked(set(want or []), set(have or [])):
                wrong.append(name)
            continue
        if want == have:
            continue
        differing.append(name)
        if not (COVERED_BY.get(name, frozenset()) & asked):
            wrong.append(name)
    status = "wrong" if wrong else ("asked" if differing else "correct")
    return status, differing, wrong


def _moment(text: str, settings: Settings) -> datetime:
    moment = datetime.fromisoformat(text)
    return moment.replace(tzinfo=settings.tz) if moment.tzinfo is None else moment.astimezone(settings.tz)


def _prepared(records: list[dict[str, Any]], settings: Settings) -> list[tuple[str, datetime, list[str]]]:
    return [(r["text"], _moment(r["now"], settings), list(r["children"])) for r in records]


def score_corpus(
    records: list[dict[str, Any]] | None = None, settings: Settings | None = None
) -> tuple[dict[str, float], list[Verdict]]:
    """The three shares and each record's verdict; no timing."""
    records = load() if records is None else records
    settings = load_settings(SCHOOL) if settings is None else settings
    calendar, am_close = settings.school_calendar, settings.registers.am_close
    verdicts = []
    for record, (text, now, children) in zip(records, _prepared(records, settings), strict=True):
        result = understand(text, now, children, calendar, am_close=am_close)
        got = result.to_contract(tuple(children))
        status, differing, wrong = judge(record["expected"], got)
        verdicts.append(Verdict(record, got, status, differing, wrong))
    count = Counter(v.status for v in verdicts)
    total = len(verdicts) or 1
    shares = {
        "understanding_correct": round(count["correct"] / total, 3),
        "understanding_wrong": round(count["wrong"] / total, 3),
        "understanding_asked": round(count["asked"] / total, 3),
    }
    return shares, verdicts


def language_shares(verdicts: list[Verdict]) -> dict[str, float]:
    """The share entirely right over the non-English messages, and in the language read worst."""
    by_language = _breakdown(verdicts, "language")
    others = [c for code, c in by_language.items() if code != "en"]
    if not others:
        return {}
    right = sum(c["correct"] for c in others)
    return {
        "understanding_correct_other_languages": round(right / sum(c.total() for c in others), 3),
        "understanding_correct_worst_language": round(
            min(c["correct"] / c.total() for c in by_language.values()), 3
        ),
    }


def _breakdown(verdicts: list[Verdict], key: str) -> dict[str, Counter[str]]:
    groups: dict[str, Counter[str]] = defaultdict(Counter)
    for v in verdicts:
        groups[str(v.record[key])][v.status] += 1
    return groups


def report(verdicts: list[Verdict], out: Any = sys.stderr) -> None:
    """Per-field accuracy, per category_tag and per language shares, and the confidently wrong ids."""
    print(f"{'field':>24}  {'right':>9}  {'wrong':>5}  {'asked':>5}", file=out)
    for name in FIELDS:
        scored = [v for v in verdicts if v.record["expected"]["is_report"] or name in NON_REPORT_FIELDS]
        right = sum(name not in v.differing for v in scored)
        wrong = sum(name in v.wrong for v in scored)
        print(
            f"{name:>24}  {right:>4}/{len(scored):<4}  {wrong:>5}  {len(scored) - right - wrong:>5}", file=out
        )
    for key in ("category_tag", "language"):
        groups = _breakdown(verdicts, key)
        print(f"{key:>24}  {'n':>4}  {'correct':>7}  {'wrong':>5}  {'asked':>5}", file=out)
        for name, c in sorted(
            groups.items(), key=lambda item: (-item[1]["wrong"] / item[1].total(), item[0])
        ):
            n = c.total()
            print(
                f"{name:>24}  {n:>4}  {c['correct'] / n:>7.2f}  {c['wrong'] / n:>5.2f}  {c['asked'] / n:>5.2f}",
                file=out,
            )
    lines = [
        f"  {v.record['id']}: "
        + "; ".join(
            f"{name} got {v.got.get(name)!r} expected {v.record['expected'].get(name)!r}"
            for name in v.wrong
            if not (name == "code" and "category" in v.wrong)
        )
        for v in verdicts
        if v.status == "wrong"
    ]
    print(f"confidently wrong ({len(lines)} messages: id, field, got, expected):", file=out)
    for line in lines[:MISTAKE_LINES]:
        print(line, file=out)
    if len(lines) > MISTAKE_LINES:
        print(f"  ... and {len(lines) - MISTAKE_LINES} more", file=out)


def time_in_process(records: list[dict[str, Any]], settings: Settings, passes: int = 3) -> dict[str, float]:
    """Warm per-message latency (p99, ms) and messages per second on one core, over `passes` passes."""
    calendar, am_close = settings.school_calendar, settings.registers.am_close
    inputs = _prepared(records, settings)
    prepare()  # as `absence-bot run` does before its first message
    for text, now, children in inputs:  # warm-up
        understand(text, now, children, calendar, am_close=am_close)
    samples: list[float] = []
    for _ in range(passes):
        for text, now, children in inputs:
            start = time.perf_counter()
            understand(text, now, children, calendar, am_close=am_close)
            samples.append(time.perf_counter() - start)
    p99 = statistics.quantiles(samples, n=100, method="inclusive")[98] if len(samples) > 1 else samples[0]
    return {
        "parse_p99_ms": round(p99 * 1000, 3),
        "parse_msgs_per_s": round(len(samples) / sum(samples), 1),
    }


def time_worst_input(settings: Settings, count: int = 2000, seed: int = 7) -> dict[str, float]:
    """The slowest of `count` hostile inputs: random mixes of scripts, emoji, digits and date words,
    up to Telegram's 4,096 characters (the issue's bound is 50 ms for any input)."""
    rng = random.Random(seed)
    pieces = [
        *"abcdefghijklmnopqrstuvwxyz0123456789 /-.,:'!?",
        "monday ",
        "tomorrow ",
        "back ",
        "until ",
        "the 3rd ",
        "23/11 ",
        "next week ",
        "sick ",
        "🤒",
        "😷",
        "ąęłń",
        "ăîșț",
        "بیمار ",
        "ਬਿਮਾਰ ",
        "অসুস্থ ",
        "مريض ",
        "\u200f",
        "\n",
    ]
    calendar, am_close = settings.school_calendar, settings.registers.am_close
    now = datetime(2026, 11, 23, 7, 42, tzinfo=settings.tz)
    texts = [
        "".join(rng.choice(pieces) for _ in range(rng.choice((5, 50, 500, 4096))))[:4096]
        for _ in range(count)
    ]
    prepare()  # warm, as `absence-bot run` is before its first message
    for text in texts[:50]:
        understand(text, now, ["Sam Patel", "Ava Patel"], calendar, am_close=am_close)
    worst = 0.0
    for text in texts:
        start = time.perf_counter()
        understand(text, now, ["Sam Patel", "Ava Patel"], calendar, am_close=am_close)
        worst = max(worst, time.perf_counter() - start)
    return {"parse_worst_ms": round(worst * 1000, 3)}


def time_jsonl_process(records: list[dict[str, Any]], count: int = 1000) -> dict[str, float]:
    """`absence-bot parse --jsonl` over `count` messages (the corpus repeated), as one whole process."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "messages.jsonl"
        with path.open("w", encoding="utf-8") as out:
            for i in range(count):
                r = records[i % len(records)]
                line = {"id": f"{r['id']}#{i}", "text": r["text"], "now": r["now"], "children": r["children"]}
                out.write(json.dumps(line, ensure_ascii=False) + "\n")
        command = [sys.executable, "-m", "bot.cli", "parse", "--config", str(SCHOOL), "--jsonl", str(path)]
        start = time.perf_counter()
        done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
        elapsed = time.perf_counter() - start
    printed = sum(1 for line in done.stdout.splitlines() if line.strip())
    if done.returncode != 0 or printed != count:
        print(
            f"understanding: parse --jsonl exited {done.returncode} with {printed}/{count} lines: "
            f"{done.stderr.strip()[:300]}",
            file=sys.stderr,
        )
        return {}
    return {"parse_jsonl_1000_s": round(elapsed, 3)}


def heldout_shares(folder: Path = HELDOUT, settings: Settings | None = None) -> dict[str, float]:
    """The shares on the held-out batches: how the parser reads messages no one has fitted it to."""
    records = [record for path in sorted(folder.glob("*.jsonl")) for record in load(path)]
    if not records:
        return {}
    shares, verdicts = score_corpus(records, settings)
    english = [v for v in verdicts if v.record["language"] == "en"]
    others = [v for v in verdicts if v.record["language"] != "en"]
    figures = {f"heldout_{name.removeprefix('understanding_')}": share for name, share in shares.items()}
    for label, group in (("en", english), ("other_languages", others)):
        if group:
            figures[f"heldout_correct_{label}"] = round(
                sum(v.status == "correct" for v in group) / len(group), 3
            )
    return figures


def measure_understanding(path: Path = CORPUS) -> dict[str, float]:
    if not path.exists():
        print(f"understanding: {path} not found; skipping the understanding figures", file=sys.stderr)
        return {}
    records = load(path)
    settings = load_settings(SCHOOL)
    shares, verdicts = score_corpus(records, settings)
    report(verdicts)
    return {
        **shares,
        **language_shares(verdicts),
        **heldout_shares(HELDOUT, settings),
        **time_in_process(records, settings),
        **time_worst_input(settings),
        **time_jsonl_process(records),
    }


if __name__ == "__main__":
    print(json.dumps(measure_understanding()))
