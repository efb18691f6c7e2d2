"""Health guidance: the bot suggests the earliest return day UKHSA guidance allows, says why,
and leaves the choice to the parent."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from bot.health import Condition, condition_in, earliest_return
from bot.settings import Settings
from standins.telegram_parent import SimulatedParent


@pytest.mark.parametrize(
    ("text", "condition"),
    [
        ("Sam was sick in the night and has diarrhoea", Condition.DIARRHOEA_VOMITING),
        ("ava's been throwing up since 4am", Condition.DIARRHOEA_VOMITING),
        ("tummy bug, off today", Condition.DIARRHOEA_VOMITING),
        ("Leo has chicken pox spots everywhere", Condition.CHICKENPOX),
        ("doctor says it's scarlet fever, on antibiotics now", Condition.SCARLET_FEVER),
        ("he's got impetigo on his face", Condition.IMPETIGO),
        ("Mia has mumps", Condition.MUMPS),
        ("tested positive for covid this morning", Condition.COVID),
        ("off sick with a cold", None),
        ("she's sick today, temperature", None),
        ("covid test was negative, just a cold", None),
    ],
)
def test_conditions_with_guidance_are_recognised(text: str, condition: Condition | None) -> None:
    assert condition_in(text) is condition


@pytest.mark.parametrize(
    ("condition", "reported", "earliest"),
    [
        (Condition.DIARRHOEA_VOMITING, datetime(2026, 11, 23, 7, 30), date(2026, 11, 25)),  # Mon → Wed
        (
            Condition.DIARRHOEA_VOMITING,
            datetime(2026, 11, 23, 12, 0),
            date(2026, 11, 26),
        ),  # 48 h ends mid-Wed
        (Condition.DIARRHOEA_VOMITING, datetime(2026, 11, 25, 7, 0), date(2026, 11, 30)),  # Fri is INSET
        (Condition.SCARLET_FEVER, datetime(2026, 11, 23, 18, 0), date(2026, 11, 25)),
        (Condition.CHICKENPOX, datetime(2026, 11, 23, 7, 30), date(2026, 11, 30)),  # Sat → Monday
        (Condition.COVID, datetime(2026, 11, 23, 9, 0), date(2026, 11, 30)),  # home Tue to Thu, Fri INSET
    ],
)
def test_earliest_return_days(
    settings: Settings, condition: Condition, reported: datetime, earliest: date
) -> None:
    moment = reported.replace(tzinfo=settings.tz)
    assert earliest_return(condition, moment, settings.school_calendar, time(8, 45)) == earliest


async def test_the_bot_suggests_the_earliest_return_and_lets_the_parent_choose(
    claire: SimulatedParent,
) -> None:
    (question,) = await claire.say("Leo has been sick twice this morning, keeping him off")
    assert "48 hours after the last bout" in question.text
    assert "earliest day back would be Wednesday 25 November" in question.text
    assert question.labels[0] == "Wednesday 25 November"
    (summary,) = await claire.press("Wednesday 25 November")
    assert "UKHSA" not in summary.text  # the chosen day follows the guidance: nothing more to say


async def test_a_return_day_earlier_than_guidance_gets_a_suggestion(claire: SimulatedParent) -> None:
    (summary,) = await claire.say("Leo has chickenpox, back tomorrow hopefully")
    assert "at least 5 days from when the rash appeared" in summary.text
    assert "earliest day back would be Monday 30 November" in summary.text
    assert summary.labels == ["Confirm", "Back Monday 30 November", "Change dates", "Cancel"]
    (changed,) = await claire.press("Back Monday 30 November")
    assert "Back at school: Monday 30 November" in changed.text and "UKHSA" not in changed.text
    (recorded,) = await claire.press("Confirm")
    assert "Received" in recorded.text
