"""The hand-labelled corpus of parents' messages (tests/corpus/messages.jsonl) and its scorer.

Every record must be a well-formed DESIGN.md §4 object whose days fit the sample school's calendar,
and the share of messages the parser gets *confidently wrong* must not grow past today's ceiling.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from bench.understanding import CORPUS, FIELDS, HELDOUT, SCHOOL, judge, load, score_corpus
from bot.codes import PROVISIONAL_CODE, Category
from bot.settings import Settings, load_settings

# Measured on 2026-11-23 on 5,028 messages (the last 470, blind35 to blind38, fitted in two sessions): correct
# 0.973, wrong 0.0097, asked 0.018. The bar is 1%. New blind batches go to tests/corpus/heldout/, not
# here, so the ceiling only guards against a change that makes the fitted corpus worse.
WRONG_CEILING = 0.012

QUESTIONS = {"child", "dates", "return_day"}
OTHER_LANGUAGES = {"pl", "ro", "ur", "pa", "bn", "ar", "pt", "es", "lt", "fr"}
RECORD_KEYS = {"id", "text", "now", "children", "category_tag", "language", "expected"}
ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@pytest.fixture(scope="module")
def records() -> list[dict[str, Any]]:
    return load(CORPUS)


@pytest.fixture(scope="module")
def settings() -> Settings:
    return load_settings(SCHOOL)


def test_the_corpus_is_large_and_varied(records: list[dict[str, Any]]) -> None:
    assert len(records) >= 300
    ids = [r["id"] for r in records]
    assert len(set(ids)) == len(ids), "ids must be unique"
    languages = Counter(r["language"] for r in records)
    for code in OTHER_LANGUAGES:
        assert languages[code] >= 10, f"only {languages[code]} messages in {code}"
    tags = Counter(r["category_tag"] for r in records)
    for tag in (
        "retrospective",
        "sibling",
        "half_day",
        "range_weekend",
        "range_inset",
        "range_christmas",
        "until_further_notice",
        "weekday_date_contradiction",
        "non_report",
        "cancellation",
        "late",
        "holiday",
        "typos",
        "text_speak",
        "emoji",
        "rambling",
        "teacher_name",
        "last_day_of_term",
    ):
        assert tags[tag] >= 3, f"only {tags[tag]} messages tagged {tag}"


def _day(value: Any, where: str) -> date | None:
    if value is None:
        return None
    assert isinstance(value, str) and ISO_DAY.match(value), f"{where}: {value!r} is not an ISO date"
    return date.fromisoformat(value)


def test_every_record_is_well_formed(records: list[dict[str, Any]], settings: Settings) -> None:
    calendar = settings.school_calendar
    for r in records:
        rid = r["id"]
        assert set(r) == RECORD_KEYS, f"{rid}: keys {sorted(r)}"
        assert isinstance(r["text"], str)
        now = datetime.fromisoformat(r["now"])
        assert now.tzinfo is None, f"{rid}: now is local time, without an offset"
        children = r["children"]
        assert children and all(isinstance(c, str) and " " in c.strip() for c in children), rid
        assert len(set(children)) == len(children), rid
        assert re.fullmatch(r"[a-z]{2}", r["language"]), rid

        e = r["expected"]
        assert list(e) == list(FIELDS), f"{rid}: expected fields {list(e)}"
        assert e["language"] == r["language"], rid
        assert isinstance(e["is_report"], bool) and isinstance(e["cancel"], bool), rid
        assert isinstance(e["open_ended"], bool), rid
        assert e["first_sessions"] in ("am", "pm", "both"), rid
        assert isinstance(e["questions"], list) and set(e["questions"]) <= QUESTIONS, rid
        assert len(set(e["questions"])) == len(e["questions"]), rid
        if e["child"] == "ALL":
            assert len(children) > 1, f"{rid}: ALL needs several children"
        elif e["child"] is not None:
            assert e["child"] in children, f"{rid}: {e['child']} is not the parent's child"
        elif e["is_report"] and not e["cancel"] and len(children) == 1:
            pytest.fail(f"{rid}: a parent with one child: that child")

        if e["category"] is None:
            assert e["code"] is None, rid
        else:
            assert e["code"] == PROVISIONAL_CODE[Category(e["category"])], f"{rid}: code for {e['category']}"

        first, last, back = (_day(e[k], f"{rid}.{k}") for k in ("first_day", "last_day", "return_day"))
        for name, day in (("first_day", first), ("last_day", last), ("return_day", back)):
            if day is not None:
                assert calendar.is_school_day(day), f"{rid}: {name} {day} is not a school day"
        if first and last:
            assert first <= last, rid
        if last and back:
            assert back == calendar.next_school_day(last), f"{rid}: return_day is not the day after last_day"
        if (last is None) != (back is None):
            pytest.fail(f"{rid}: last_day and return_day are known together")

        if not e["is_report"]:
            assert not e["cancel"] and e["category"] is None and first is None and not e["questions"], rid
        elif e["cancel"]:
            assert e["category"] is None and not e["open_ended"], rid
        else:
            assert e["category"] is not None, f"{rid}: a report has a category"
            if first is None:
                assert "dates" in e["questions"], f"{rid}: unknown days must be asked"
            if e["open_ended"]:
                assert first is not None and last is None and "return_day" in e["questions"], rid
            elif first is not None:
                assert last is not None, f"{rid}: a closed absence has a last day"


def test_the_parser_is_not_confidently_wrong_more_often(records: list[dict[str, Any]]) -> None:
    shares, verdicts = score_corpus(records)
    by_language: dict[str, Counter[str]] = {}
    for v in verdicts:
        by_language.setdefault(v.record["language"], Counter())[v.status] += 1
    print(f"\nunderstanding on {len(verdicts)} corpus messages: {shares}")
    for code, c in sorted(by_language.items()):
        print(f"  {code}: {dict(c)}")
    assert shares["understanding_correct"] + shares["understanding_wrong"] + shares[
        "understanding_asked"
    ] == pytest.approx(1.0, abs=0.002)
    assert shares["understanding_wrong"] <= WRONG_CEILING, (
        f"confidently wrong on {shares['understanding_wrong']:.1%} of the corpus, ceiling {WRONG_CEILING:.0%}; "
        "run `python -m bench.understanding` for the list"
    )


def test_the_held_out_batches_are_well_formed_and_apart(
    records: list[dict[str, Any]], settings: Settings
) -> None:
    heldout = [record for path in sorted(HELDOUT.glob("*.jsonl")) for record in load(path)]
    assert heldout, "no held-out batch: write one blind (tests/corpus/BLIND.md)"
    test_every_record_is_well_formed(heldout, settings)
    assert not {r["id"] for r in heldout} & {r["id"] for r in records}, "a held-out message is in the corpus"


def test_the_corpus_path_is_the_one_the_bench_reads() -> None:
    assert Path(__file__).resolve().parent / "corpus" / "messages.jsonl" == CORPUS


def test_asking_for_the_days_also_asks_for_the_day_back() -> None:
    expected = {"is_report": True, "cancel": False, "first_day": "2026-11-23", "open_ended": True}
    expected |= {"last_day": None, "return_day": None, "questions": ["return_day"]}
    asked_days = {"is_report": True, "cancel": False, "first_day": None, "open_ended": False}
    asked_days |= {"last_day": None, "return_day": None, "questions": ["dates"]}
    assert judge(expected, asked_days)[0] == "asked"
    assert judge(expected | {"questions": ["child", "return_day"]}, asked_days)[0] == "wrong"
