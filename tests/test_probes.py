"""The probes (tests/corpus/probes/): short messages written blind to test the breadth of the parser's
vocabulary of reasons, of ways to say when, and of messages that are not plain reports.

Each must be well formed, and the parser must not read them worse than the ceilings below, measured on
2026-11-23 (reasons 0.988 right; dates 0.893 right, 0.053 wrong; other intents 0.833 right, 0.150 wrong;
sessions 0.942 right, 0.025 wrong; children 0.917 right, 0.042 wrong; the ten other languages 0.987 right,
0.010 wrong).
"""

from __future__ import annotations

import json
from typing import Any

import pytest

import tests.test_corpus as corpus
from bench.probes import PROBES, score_reasons
from bench.understanding import load, score_corpus
from bot.codes import Category
from bot.settings import Settings

REASONS_FLOOR = 0.97
WRONG_CEILINGS = {"dates": 0.08, "intent": 0.2, "sessions": 0.06, "children": 0.07, "languages": 0.04}
KINDS = {"report", "cancel", "non_report"}


@pytest.fixture(scope="module")
def reasons() -> list[dict[str, Any]]:
    with (PROBES / "reasons.jsonl").open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def test_reason_probes_are_well_formed(reasons: list[dict[str, Any]]) -> None:
    ids = [p["id"] for p in reasons]
    assert len(set(ids)) == len(ids)
    categories = {c.value for c in Category}
    for p in reasons:
        assert set(p) == {"id", "language", "kind", "category", "child", "text"}, p["id"]
        assert p["kind"] in KINDS and p["text"].strip() and p["child"].strip(), p["id"]
        assert (p["category"] in categories) if p["kind"] == "report" else p["category"] is None, p["id"]
    assert {p["language"] for p in reasons} == corpus.OTHER_LANGUAGES | {"en"}


@pytest.mark.parametrize("name", sorted(WRONG_CEILINGS))
def test_corpus_style_probes_are_well_formed(name: str, settings: Settings) -> None:
    corpus.test_every_record_is_well_formed(load(PROBES / f"{name}.jsonl"), settings)


def test_reasons_are_read_right(reasons: list[dict[str, Any]]) -> None:
    share, right, total = score_reasons(reasons)
    assert share >= REASONS_FLOOR, {k: f"{right[k]}/{total[k]}" for k in total}


@pytest.mark.parametrize("name", sorted(WRONG_CEILINGS))
def test_probes_are_not_confidently_wrong_more_often(name: str) -> None:
    shares, _ = score_corpus(load(PROBES / f"{name}.jsonl"))
    assert shares["understanding_wrong"] <= WRONG_CEILINGS[name], shares


@pytest.fixture(scope="module")
def settings() -> Settings:
    return corpus.load_settings(corpus.SCHOOL)
