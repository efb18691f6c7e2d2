"""understand(): parents' messages as they really write them, and the contract DESIGN.md §4 expects."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.calendar import SchoolCalendar
from bot.codes import Category
from bot.understanding import Understanding, understand
from bot.understanding.language import detect_language
from bot.understanding.transliterate import written_in_script
from tests.expected import report, withdrawal

SAMPLE = Path(__file__).resolve().parent.parent / "sample" / "school.toml"
LONDON = ZoneInfo("Europe/London")

PATELS = ("Sam Patel", "Ava Patel")
LEO = ("Leo Jones",)
SMITHS = ("Will Smith", "Grace Smith", "Oscar Smith")

# Late November 2026: Friday 27 is an INSET day, so the week of the 23rd has four school days.
MON_0742 = "2026-11-23T07:42"
MON_0840 = "2026-11-23T08:40"
MON_1030 = "2026-11-23T10:30"
TUE_0830 = "2026-11-24T08:30"
TUE_1300 = "2026-11-24T13:00"
WED_0805 = "2026-11-25T08:05"
THU_1800 = "2026-11-26T18:00"
FRI_1930 = "2026-11-20T19:30"
SUN_2100 = "2026-11-22T21:00"


def at(moment: str) -> datetime:
    return datetime.fromisoformat(moment).replace(tzinfo=LONDON)


def ill_until_unknown(
    child: str | None, first: str, *, sessions: str = "both", ask_child: bool = False
) -> dict[str, Any]:
    questions = ("child", "return_day") if ask_child else ("return_day",)
    return report(
        child, first, category=Category.ILLNESS, sessions=sessions, open_ended=True, questions=questions
    )




def not_a_report(child: str | None = None, language: str = "en") -> dict[str, Any]:
    return {
        "is_report": False,
        "cancel": False,
        "child": child,
        "first_day": None,
        "last_day": None,
        "return_day": None,
        "first_sessions": "both",
        "open_ended": False,
        "category": None,
        "code": None,
        "questions": [],
        "language": language,
    }


ILL, MED, EXC, REL, HOL = (
    Category.ILLNESS,
    Category.MEDICAL,
    Category.EXCEPTIONAL,
    Category.RELIGIOUS,
    Category.HOLIDAY,
)

# fmt: off
MESSAGES: list[tuple[str, str, tuple[str, ...], str, dict[str, Any]]] = [
    # --- illness, open-ended or with a return day -----------------------------------------------
    ("design-example", MON_0742, PATELS, "Sam's been sick in the night, won't be in today, hopefully back Wednesday",
     report("Sam Patel", "2026-11-23", "2026-11-24", "2026-11-25", ILL)),
    ("tomorrow-on-friday-evening", FRI_1930, PATELS, "sam wont be in tmrw hes got a temp",
     ill_until_unknown("Sam Patel", "2026-11-23")),
    ("both-kids-d-and-v", MON_0742, PATELS, "both kids off with d&v", ill_until_unknown("ALL", "2026-11-23")),
    ("d-and-v-spelt-out", MON_0742, PATELS, "Ava has D and V, she won't be in",
     ill_until_unknown("Ava Patel", "2026-11-23")),
    ("one-child-no-name", MON_0742, LEO, "off sick today, temperature of 39",
     ill_until_unknown("Leo Jones", "2026-11-23")),
    ("several-children-none-named", MON_0742, PATELS, "one of mine is poorly, won't be in",
     ill_until_unknown(None, "2026-11-23", ask_child=True)),
    ("bare-off-sick", MON_0742, PATELS, "off sick", ill_until_unknown(None, "2026-11-23", ask_child=True)),
    ("emoji-and-typos", MON_0742, PATELS, "Sams poorly 🤒 keeping him off",
     ill_until_unknown("Sam Patel", "2026-11-23")),
    ("text-speak-2day", MON_0742, PATELS, "ava wont be in 2day shes got a sick bug",
     ill_until_unknown("Ava Patel", "2026-11-23")),
    ("sunday-evening-tomorrow", SUN_2100, PATELS, "Sam won't be in tomorrow, he's got a bad cough",
     ill_until_unknown("Sam Patel", "2026-11-23")),
    ("friday-evening-monday", FRI_1930, LEO, "Leo has been vomiting, won't be in Monday",
     ill_until_unknown("Leo Jones", "2026-11-23")),
    ("until-thursday", MON_0742, PATELS, "sams got tonsillitis, off until thursday",
     report("Sam Patel", "2026-11-23", "2026-11-25", "2026-11-26", ILL)),
    ("till-wed", MON_0742, PATELS, "Ava off till wed, migraine",
     report("Ava Patel", "2026-11-23", "2026-11-24", "2026-11-25", ILL)),
    ("rest-of-week-over-inset", MON_0742, LEO, "leo off for the rest of the week with flu",
     report("Leo Jones", "2026-11-23", "2026-11-26", "2026-11-30", ILL)),
    ("all-week", MON_0742, PATELS, "Sam will be off all week, chest infection",
     report("Sam Patel", "2026-11-23", "2026-11-26", "2026-11-30", ILL)),
    ("this-week-said-on-sunday", SUN_2100, LEO, "leo's off this week, broken arm",
     report("Leo Jones", "2026-11-23", "2026-11-26", "2026-11-30", ILL)),
    ("three-school-days-over-inset", WED_0805, LEO, "leo off for 3 days with chickenpox",
     report("Leo Jones", "2026-11-25", "2026-11-30", "2026-12-01", ILL)),
    ("today-and-tomorrow", MON_0742, PATELS, "ava tonsillitis again 😩 off today and tomorrow",
     report("Ava Patel", "2026-11-23", "2026-11-24", "2026-11-25", ILL)),
    ("a-week", MON_0742, PATELS, "Sam and Ava both have chickenpox. They'll be off for a week",
     report("ALL", "2026-11-23", "2026-11-26", "2026-11-30", ILL)),
    ("further-notice", MON_0742, PATELS, "sam won't be in until further notice, he's in hospital",
     ill_until_unknown("Sam Patel", "2026-11-23")),
    ("mental-health", MON_0742, PATELS, "Sam is off today with anxiety, will let you know about tomorrow",
     ill_until_unknown("Sam Patel", "2026-11-23")),
    ("keep-off-and-see", MON_0742, PATELS, "Ava has a temp of 38.5, I'll keep her off today and see how she is tomorrow",
     ill_until_unknown("Ava Patel", "2026-11-23")),
    ("until-better", MON_0742, PATELS, "I'm keeping Ava off until she's better",
     ill_until_unknown("Ava Patel", "2026-11-23")),
    ("see-how-tomorrow", MON_0742, PATELS, "sam is poorly today, we'll see how he is tomorrow",
     ill_until_unknown("Sam Patel", "2026-11-23")),
    ("since-monday", WED_0805, LEO, "leo has been off since monday with a virus",
     ill_until_unknown("Leo Jones", "2026-11-23")),
    ("ill-since-weekend", WED_0805, LEO, "Leo's been ill since the weekend, won't be in today",
     ill_until_unknown("Leo Jones", "2026-11-25")),
    ("reason-only", MON_0742, LEO, "Leo has hand foot and mouth",
     ill_until_unknown("Leo Jones", "2026-11-23")),
    ("back-tomorrow", MON_0742, LEO, "leo's feeling better, back tomorrow",
     report("Leo Jones", "2026-11-23", "2026-11-23", "2026-11-24")),
    ("back-next-monday", MON_0742, LEO, "Leo will be back in school on Monday, still coughing",
     report("Leo Jones", "2026-11-23", "2026-11-26", "2026-11-30", ILL)),
    ("sent-home-at-lunch", TUE_1300, PATELS, "I've collected Ava at lunchtime, she has a temperature",
     ill_until_unknown("Ava Patel", "2026-11-24", sessions="pm")),
    # --- appointments and single days ---------------------------------------------------------
    ("dentist-then-in", MON_0742, PATELS, "Ava has a dentist appt at 10 tomorrow, will bring her in after",
     report("Ava Patel", "2026-11-24", "2026-11-24", "2026-11-25", MED, sessions="am")),
    ("pick-up-at-1pm", MON_0742, PATELS, "picking sam up at 1pm for the orthodontist",
     report("Sam Patel", "2026-11-23", "2026-11-23", "2026-11-24", MED, sessions="pm")),
    ("hospital-thursday", MON_0742, PATELS, "Sam has a hospital appointment on Thursday",
     report("Sam Patel", "2026-11-26", "2026-11-26", "2026-11-30", MED)),
    ("afternoon-appointment", MON_0742, PATELS, "ava has the orthodontist at 2:30 so I'll collect her at 2",
     report("Ava Patel", "2026-11-23", "2026-11-23", "2026-11-24", MED, sessions="pm")),
    ("drop-off-after-dentist", MON_0742, PATELS, "ava's dad will drop her off at 11 after the dentist",
     report("Ava Patel", "2026-11-23", "2026-11-23", "2026-11-24", MED, sessions="am")),
    ("eye-test-then-in", MON_0742, PATELS, "Sam's got an eye test at 9.30 then I'll bring him in",
     report("Sam Patel", "2026-11-23", "2026-11-23", "2026-11-24", MED, sessions="am")),
    ("orthodontist-in-for-11", MON_0742, PATELS, "sam is at the orthodontist this morning, he'll be in for 11",
     report("Sam Patel", "2026-11-23", "2026-11-23", "2026-11-24", MED, sessions="am")),
    ("gp-then-in-by-10", MON_0742, LEO, "Leo has a GP appointment at 8.45, will be in by 10",
     report("Leo Jones", "2026-11-23", "2026-11-23", "2026-11-24", MED, sessions="am")),
    ("speech-therapy-afternoon", MON_0742, LEO, "leo has a speech therapy session this afternoon, I'll pick him up at 1",
     report("Leo Jones", "2026-11-23", "2026-11-23", "2026-11-24", MED, sessions="pm")),
    ("dentist-on-a-saturday", FRI_1930, PATELS, "sam has a dentist appointment tomorrow",
     report("Sam Patel", None, category=MED, questions=("dates",))),
    ("camhs-on-inset-day", MON_0742, LEO, "leo has an appointment at camhs on friday",
     report("Leo Jones", None, category=MED, questions=("dates",))),
    ("next-wednesday-on-monday", MON_0742, PATELS, "Sam off next Wednesday for his grandad's funeral",
     report("Sam Patel", "2026-12-02", "2026-12-02", "2026-12-03", EXC)),
    ("next-wednesday-on-sunday", SUN_2100, PATELS, "sam off next wednesday, hospital appointment",
     report("Sam Patel", "2026-11-25", "2026-11-25", "2026-11-26", MED)),
    ("funeral-today-both", MON_0742, PATELS, "both off today, funeral",
     report("ALL", "2026-11-23", "2026-11-23", "2026-11-24", EXC)),
    ("eid-on-the-2nd", MON_0742, PATELS, "the kids won't be in on the 2nd, it's Eid",
     report("ALL", "2026-12-02", "2026-12-02", "2026-12-03", REL)),
    ("diwali-thursday", MON_0742, PATELS, "Both off for Diwali on Thursday",
     report("ALL", "2026-11-26", "2026-11-26", "2026-11-30", REL)),
    ("interview-full-date", MON_0742, PATELS, "Sam has an interview at St Mary's on Wednesday 25th November",
     report("Sam Patel", "2026-11-25", "2026-11-25", "2026-11-26", Category.INTERVIEW)),
    ("modelling", MON_0742, LEO, "Leo has a modelling job tomorrow, licensed by the council",
     report("Leo Jones", "2026-11-24", "2026-11-24", "2026-11-25", Category.PERFORMANCE)),
    ("dentist-beats-late", MON_1030, PATELS, "Sam will be late, he's at the dentist",
     report("Sam Patel", "2026-11-23", "2026-11-23", "2026-11-24", MED, sessions="am")),
    ("in-after-lunch", MON_0742, PATELS, "Sam won't be in till after lunch, he's got the dentist",
     report("Sam Patel", "2026-11-23", "2026-11-23", "2026-11-24", MED, sessions="am")),
    ("check-up-beats-late", MON_0742, PATELS, "sam is going to be late tomorrow, he has a check up at 9",
     report("Sam Patel", "2026-11-24", "2026-11-24", "2026-11-25", MED, sessions="am")),
    ("eid-full-date", MON_0742, PATELS, "both will be off on Monday 30th Nov for Eid",
     report("ALL", "2026-11-30", "2026-11-30", "2026-12-01", REL)),
    ("this-coming-monday", MON_0742, PATELS, "this coming monday sam has the dentist",
     report("Sam Patel", "2026-11-30", "2026-11-30", "2026-12-01", MED)),
    # --- other reasons ------------------------------------------------------------------------
    ("holiday-next-week-said-on-sunday", SUN_2100, PATELS, "ava off next week, we're going to pakistan",
     report("Ava Patel", "2026-11-23", "2026-11-26", "2026-11-30", HOL)),
    ("holiday-next-week-said-on-friday", FRI_1930, LEO, "leo won't be in next week, we're flying to spain for my sister's wedding",
     report("Leo Jones", "2026-11-23", "2026-11-26", "2026-11-30", HOL)),
    ("holiday-over-christmas-and-inset", MON_0742, PATELS, "both boys off on holiday from the 14th dec, back on the 6th jan",
     report("ALL", "2026-12-14", "2026-12-18", "2027-01-06", HOL)),
    ("visiting-family-over-christmas", MON_0742, PATELS,
     "Ava will be away from 7th Dec to 18th Dec visiting family in India",
     report("Ava Patel", "2026-12-07", "2026-12-18", "2027-01-06", HOL)),
    ("council-taxi", MON_0742, LEO, "taxi didn't turn up this morning so Leo can't get in",
     report("Leo Jones", "2026-11-23", "2026-11-23", "2026-11-24", Category.TRANSPORT_PROVIDED_UNAVAILABLE)),
    ("snow", MON_0742, LEO, "leo's stuck at home, road closed because of the snow",
     report("Leo Jones", "2026-11-23", "2026-11-23", "2026-11-24", Category.TRAVEL_DISRUPTION)),
    ("train-strike", MON_0742, PATELS, "Both off tomorrow, train strike",
     report("ALL", "2026-11-24", "2026-11-24", "2026-11-25", Category.TRAVEL_DISRUPTION)),
    ("told-to-isolate", MON_0742, LEO, "UKHSA have told us leo has to isolate",
     report("Leo Jones", "2026-11-23", category=Category.PUBLIC_HEALTH, open_ended=True, questions=("return_day",))),
    ("birthday-treat", MON_0742, PATELS, "taking ava out for a birthday treat today",
     report("Ava Patel", "2026-11-23", "2026-11-23", "2026-11-24", Category.UNACCEPTABLE)),
    ("looking-after-sibling", MON_0742, PATELS, "sam needs to stay home to look after his little sister",
     report("Sam Patel", "2026-11-23", "2026-11-23", "2026-11-24", Category.UNACCEPTABLE)),
    ("travelling-for-work", MON_0742, LEO, "We're travelling for work with the fair so Leo will be off for 2 weeks",
     report("Leo Jones", "2026-11-23", "2026-12-04", "2026-12-07", Category.PARENT_TRAVEL_OCCUPATIONAL)),
    # --- late -----------------------------------------------------------------------------------
    ("late-after-close", MON_1030, PATELS, "sam running late be in by 10",
     report("Sam Patel", "2026-11-23", "2026-11-23", "2026-11-24", Category.LATE_AFTER_CLOSE, sessions="am")),
    ("late-before-close", MON_0840, LEO, "running late, traffic is awful, be there for 9",
     report("Leo Jones", "2026-11-23", "2026-11-23", "2026-11-24", Category.LATE, sessions="am")),
    ("late-arriving-after-close", MON_0840, LEO, "Leo will be late, car won't start. Be there about 9.40",
     report("Leo Jones", "2026-11-23", "2026-11-23", "2026-11-24", Category.LATE_AFTER_CLOSE, sessions="am")),
    # --- no reason, ranges ----------------------------------------------------------------------
    ("monday-to-wednesday", SUN_2100, PATELS, "Sam off monday to wednesday",
     report("Sam Patel", "2026-11-23", "2026-11-25", "2026-11-26")),
    ("from-23rd-25th", MON_0742, PATELS, "sam is off from 23rd-25th",
     report("Sam Patel", "2026-11-23", "2026-11-25", "2026-11-26")),
    ("numeric-range", MON_0742, PATELS, "Ava off 23/11 to 25/11",
     report("Ava Patel", "2026-11-23", "2026-11-25", "2026-11-26")),
    ("range-ending-on-inset", MON_0742, LEO, "Leo off wed-fri",
     report("Leo Jones", "2026-11-25", "2026-11-26", "2026-11-30")),
    ("two-days-ending-on-inset", WED_0805, PATELS, "Ava off thursday and friday",
     report("Ava Patel", "2026-11-26", "2026-11-26", "2026-11-30")),
    ("week-from-wednesday", MON_0742, LEO, "leo off from wednesday for a week",
     report("Leo Jones", "2026-11-25", "2026-12-01", "2026-12-02")),
    ("back-thursday-no-reason", MON_0742, PATELS, "Sam won't be in, back Thursday",
     report("Sam Patel", "2026-11-23", "2026-11-25", "2026-11-26")),
    ("negated-or-is-both-days", MON_0742, LEO, "Leo won't be in tomorrow or wednesday",
     report("Leo Jones", "2026-11-24", "2026-11-25", "2026-11-26")),
    ("monday-or-tuesday-next-week", FRI_1930, PATELS, "Sam won't be in Monday or Tuesday next week, we are away",
     report("Sam Patel", "2026-11-23", "2026-11-24", "2026-11-25")),
    ("hi-then-report", MON_0742, PATELS, "Hi, just to let you know Sam won't be in tomorrow",
     report("Sam Patel", "2026-11-24", "2026-11-24", "2026-11-25")),
    ("weekday-is-today", MON_0742, PATELS, "sam won't be in monday",
     report("Sam Patel", "2026-11-23", "2026-11-23", "2026-11-24")),
    ("monday-said-after-school-on-monday", "2026-11-23T16:00", PATELS, "sam won't be in monday",
     report("Sam Patel", "2026-11-30", "2026-11-30", "2026-12-01")),
    ("monday-week", MON_0742, PATELS, "sam won't be in monday week",
     report("Sam Patel", "2026-11-30", "2026-11-30", "2026-12-01")),
    ("bare-date-answer", MON_0742, LEO, "Thursday",
     report("Leo Jones", "2026-11-26", "2026-11-26", "2026-11-30")),
    # --- retrospective --------------------------------------------------------------------------
    ("off-today-said-in-the-evening", THU_1800, PATELS, "sam was off today, sorry forgot to say",
     report("Sam Patel", "2026-11-26", "2026-11-26", "2026-11-30")),
    ("was-off-said-in-the-morning", MON_0742, PATELS, "sorry sam was off, forgot to message",
     report("Sam Patel", "2026-11-20", "2026-11-20", "2026-11-23")),
    ("was-off-said-after-school", THU_1800, PATELS, "Ava was off sick, sorry I forgot to let you know",
     report("Ava Patel", "2026-11-26", "2026-11-26", "2026-11-30", ILL)),
    ("last-friday", MON_0742, PATELS, "sam was off last friday, he had a migraine",
     report("Sam Patel", "2026-11-20", "2026-11-20", "2026-11-23", ILL)),
    ("missed-friday", MON_0742, PATELS, "sorry ava missed friday, she was poorly",
     report("Ava Patel", "2026-11-20", "2026-11-20", "2026-11-23", ILL)),
    ("missed-yesterday", TUE_0830, LEO, "Sorry he missed school yesterday",
     report("Leo Jones", "2026-11-23", "2026-11-23", "2026-11-24")),
    ("mon-and-tue-past", WED_0805, LEO, "leo was off mon and tue with a bug",
     report("Leo Jones", "2026-11-23", "2026-11-24", "2026-11-25", ILL)),
    # --- children's names -----------------------------------------------------------------------
    ("common-word-name", MON_0742, SMITHS, "Will has a temperature",
     ill_until_unknown("Will Smith", "2026-11-23")),
    ("will-the-verb", MON_0742, SMITHS, "will be off today, she's poorly",
     ill_until_unknown(None, "2026-11-23", ask_child=True)),
    ("possessive-common-name", MON_0742, SMITHS, "grace's off with a cold",
     ill_until_unknown("Grace Smith", "2026-11-23")),
    ("two-of-three", MON_0742, SMITHS, "Oscar and Grace are both off with a bug",
     ill_until_unknown(None, "2026-11-23")),
    ("full-name", MON_0742, PATELS, "Ava Patel is unwell today",
     ill_until_unknown("Ava Patel", "2026-11-23")),
    # --- dates the bot must ask about -----------------------------------------------------------
    ("weekday-date-contradiction", MON_0742, PATELS, "Ava won't be in Tuesday the 3rd",
     report("Ava Patel", None, questions=("dates",))),
    ("weekday-date-contradiction-month", MON_0742, LEO, "leo off monday 24th november, hospital",
     report("Leo Jones", None, category=MED, questions=("dates",))),
    ("impossible-date", MON_0742, PATELS, "sam is off on 31/11",
     report("Sam Patel", None, questions=("dates",))),
    ("alternatives", MON_0742, LEO, "leo will be off tuesday or wednesday, not sure which",
     report("Leo Jones", None, questions=("dates",))),
    ("days-per-child", FRI_1930, PATELS, "Sam off Monday, Ava off Tuesday",
     report("ALL", None, questions=("dates",))),
    ("not-one-absence", MON_0742, LEO, "leo off tuesday and thursday",
     report("Leo Jones", None, questions=("dates",))),
    ("back-before-off", FRI_1930, LEO, "Leo is poorly, back Monday",
     report("Leo Jones", None, category=ILL, questions=("dates",))),
    # --- withdrawals ----------------------------------------------------------------------------
    ("better-after-all", MON_0742, PATELS, "she's better, she'll be in after all",
     withdrawal(None, "2026-11-23", "2026-11-23", "2026-11-24")),
    ("ignore-last-message", MON_0742, LEO, "ignore my last message, he's going in",
     withdrawal("Leo Jones", "2026-11-23", "2026-11-23", "2026-11-24")),
    ("cancel-that", MON_0742, PATELS, "cancel that, sam is going in",
     withdrawal("Sam Patel", "2026-11-23", "2026-11-23", "2026-11-24")),
    ("appointment-cancelled", MON_0742, PATELS, "Ava's appointment got cancelled so she'll be in today",
     withdrawal("Ava Patel", "2026-11-23", "2026-11-23", "2026-11-24")),
    ("cancel-something-else", MON_0742, PATELS, "Sam won't be in today, please cancel his school dinner",
     report("Sam Patel", "2026-11-23", "2026-11-23", "2026-11-24")),
    ("no-longer-off", MON_0742, PATELS, "Sam is no longer off tomorrow",
     withdrawal("Sam Patel", "2026-11-24", "2026-11-24", "2026-11-25")),
    # --- not reports ----------------------------------------------------------------------------
    ("question", MON_0742, PATELS, "what time does school finish?", not_a_report()),
    ("thanks", MON_0742, PATELS, "thanks", not_a_report()),
    ("hi-one-child", MON_0742, LEO, "hi", not_a_report("Leo Jones")),
    ("thumbs-up", MON_0742, PATELS, "👍", not_a_report()),
    ("empty", MON_0742, PATELS, "", not_a_report()),
    ("is-school-open", MON_0742, PATELS, "Is school open on Friday?", not_a_report()),
    ("term-dates", MON_0742, PATELS, "can i have the term dates please", not_a_report()),
    ("note-question", MON_0742, LEO, "does leo need a note for the dentist?", not_a_report("Leo Jones")),
    ("happy-birthday", MON_0742, PATELS, "Thank you for Sam's birthday card!", not_a_report("Sam Patel")),
    ("dropping-off", MON_0742, PATELS, "Sam's grandma is dropping him off today", not_a_report("Sam Patel")),
]
# fmt: on


@pytest.mark.parametrize(
    ("now", "children", "text", "expected"),
    [
        pytest.param(now, children, text, expected, id=name)
        for name, now, children, text, expected in MESSAGES
    ],
)
def test_parent_messages(
    calendar: SchoolCalendar, now: str, children: tuple[str, ...], text: str, expected: dict[str, Any]
) -> None:
    result = understand(text, at(now), list(children), calendar)
    assert result.to_contract(children) == expected


def test_the_table_is_realistic_and_large() -> None:
    assert len(MESSAGES) >= 60
    assert len({name for name, *_ in MESSAGES}) == len(MESSAGES)


@pytest.mark.parametrize(
    ("text", "hint", "expected"),
    [
        ("Sam is off sick today", None, "en"),
        ("Sam is off sick today", "pl", "en"),
        ("Leo jest chory dzisiaj, nie będzie w szkole", None, "pl"),
        ("Leo este bolnav azi", None, "ro"),
        ("O Leo está doente hoje, não vai à escola", None, "pt"),
        ("Leo está enfermo hoy", None, "es"),
        ("Leo šiandien serga", None, "lt"),
        ("Leo est malade aujourd'hui", None, "fr"),
        ("ليو مريض اليوم", None, "ar"),
        ("لیو آج بیمار ہے، اسکول نہیں آئے گا", None, "ur"),
        ("লিও আজ অসুস্থ", None, "bn"),
        ("ਲੀਓ ਅੱਜ ਬਿਮਾਰ ਹੈ", None, "pa"),
        ("ok", "pl", "pl"),
        ("ok", "pt-br", "pt"),
        ("ok", None, "en"),
        ("👍", "ro", "ro"),
    ],
)
def test_language(calendar: SchoolCalendar, text: str, hint: str | None, expected: str) -> None:
    assert understand(text, at(MON_0742), list(LEO), calendar, language_hint=hint).language == expected


BAD_INPUT = [
    "",
    "   \n\t ",
    "\x00\x01\x02\x7f",
    "a" * 10_000,
    "sick " * 2_000,
    "😀" * 500,
    "🤒🤢🤮",
    bytes(range(256)).decode("latin-1"),
    "\ud800 lone surrogate",
    "31/02/2026 99/99/99 0/0 32nd 00/13",
    "1/1/1/1/1/1/1/1/1/1 -------- //// ....",
    "off on 31/12/9999 back 1/1/1",
    "next next next monday to to to until until back back",
    "from the 1st-31st of february",
    "Sam " * 3_000,
    "写真を送ります",
    "Лео болен сегодня",
    "\u202e\u200b\u2066hidden\u2069",
]


@pytest.mark.parametrize("text", BAD_INPUT)
def test_bad_input_never_raises(calendar: SchoolCalendar, text: str) -> None:
    result = understand(text, at(MON_0742), list(PATELS), calendar)
    assert isinstance(result, Understanding)
    assert result.to_contract(PATELS)["questions"] in (
        [],
        ["child"],
        ["dates"],
        ["child", "dates"],
        ["return_day"],
        ["child", "return_day"],
    )


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=300), hour=st.integers(0, 23))
def test_any_text_never_raises(calendar: SchoolCalendar, text: str, hour: int) -> None:
    now = at(MON_0742).replace(hour=hour)
    result = understand(text, now, ["Sam Patel", "Ava Patel", ""], calendar, language_hint="xx-YY")
    if result.first_day and result.last_day:
        assert result.first_day <= result.last_day


WORDS = [
    "monday",
    "tuesday",
    "wednesday",
    "friday",
    "saturday",
    "next",
    "last",
    "this",
    "coming",
    "the",
    "3rd",
    "31st",
    "23/11",
    "31/2",
    "1/1/2027",
    "-",
    "to",
    "until",
    "back",
    "from",
    "since",
    "off",
    "sick",
    "was",
    "won't",
    "be",
    "in",
    "for",
    "3",
    "days",
    "a",
    "few",
    "week",
    "or",
    "and",
    ",",
    ".",
    "rest",
    "of",
    "tomorrow",
    "yesterday",
    "today",
    "late",
    "at",
    "10",
    "2pm",
    "dentist",
    "cancel",
    "after",
    "all",
    "both",
    "sam",
    "ava",
    "further",
    "notice",
    "dec",
    "14th",
    "jan",
    "2027",
    "appointment",
    "collect",
    "lunch",
    "wed-fri",
    "week",
    "end",
    "missed",
    "still",
    "poorly",
    "2",
    "weeks",
    "fortnight",
    "half",
    "term",
    "holiday",
    "9.40",
    "by",
    "then",
]


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    words=st.lists(st.sampled_from(WORDS), max_size=20),
    now=st.datetimes(min_value=datetime(2026, 8, 20), max_value=datetime(2027, 8, 1)),
)
def test_any_words_give_a_consistent_period(
    calendar: SchoolCalendar, words: list[str], now: datetime
) -> None:
    result = understand(" ".join(words), now.replace(tzinfo=LONDON), list(PATELS), calendar)
    if result.first_day is None:
        assert result.last_day is None and result.return_day is None and not result.open_ended
    else:
        assert calendar.is_school_day(result.first_day)
    if result.open_ended:
        assert result.last_day is None and result.return_day is None
        assert "return_day" in result.questions
    if result.last_day is not None:
        assert result.first_day is not None and result.first_day <= result.last_day
        assert calendar.is_school_day(result.last_day)
        assert result.return_day == calendar.next_school_day(result.last_day)


def test_odd_rosters_never_raise(calendar: SchoolCalendar) -> None:
    for roster in (
        [],
        [""],
        ["  "],
        ["Sam Patel", "Sam Patel"],
        ["Sam Jones", "Sam Patel"],
        ["O'Brien (Jr) ["],
    ):
        understand("Sam is off sick", at(MON_0742), roster, calendar)


def test_same_first_name_needs_the_surname(calendar: SchoolCalendar) -> None:
    roster = ["Sam Jones", "Sam Patel"]
    assert understand("sam is off sick", at(MON_0742), roster, calendar).children == ()
    assert understand("sam patel is off sick", at(MON_0742), roster, calendar).children == ("Sam Patel",)


# fmt: off
# General rules the evaluation corpus showed missing: each case is written afresh, not taken from it.
RULES: list[tuple[str, str, tuple[str, ...], str, dict[str, Any]]] = [
    ("sick-emoji", MON_0742, PATELS, "Ava 🤒 not coming in today", ill_until_unknown("Ava Patel", "2026-11-23")),
    ("misspelt-fever", MON_0742, LEO, "leo has a fevor, keeping him off", ill_until_unknown("Leo Jones", "2026-11-23")),
    ("misspelt-unwell", MON_0742, LEO, "leo is unwel today", ill_until_unknown("Leo Jones", "2026-11-23")),
    ("off-with-colds", MON_0742, PATELS, "Sam and Ava are off with colds", ill_until_unknown("ALL", "2026-11-23")),
    ("still-not-right", TUE_0830, LEO, "leo was off yesterday, still not right so off today too",
     ill_until_unknown("Leo Jones", "2026-11-23")),
    ("neither-is-not-a-withdrawal", MON_0742, PATELS, "they've both got a bug so neither will be in today",
     ill_until_unknown("ALL", "2026-11-23")),
    ("operation-is-illness", MON_0742, LEO, "Leo has an operation tomorrow and will be off until Thursday",
     report("Leo Jones", "2026-11-24", "2026-11-25", "2026-11-26", ILL)),
    ("wedding-abroad", MON_0742, LEO, "leo off tomorrow and wednesday, we're at a family wedding in ireland",
     report("Leo Jones", "2026-11-24", "2026-11-25", "2026-11-26", HOL)),
    ("holy-day", MON_0742, LEO, "leo won't be in thursday, it's a holy day for our church",
     report("Leo Jones", "2026-11-26", "2026-11-26", "2026-11-30", REL)),
    ("named-weekend-day", MON_0742, LEO, "leo won't be in on saturday", report("Leo Jones", None, questions=("dates",))),
    ("evening-before-inset", THU_1800, LEO, "leo won't be in tomorrow, he was sick this evening",
     ill_until_unknown("Leo Jones", "2026-11-30")),
    ("in-straight-after", MON_0742, LEO, "leo has the dentist at 9.30, I'll bring him in straight after",
     report("Leo Jones", "2026-11-23", "2026-11-23", "2026-11-24", MED, sessions="am")),
    ("getting-him-is-leaving", MON_0742, LEO, "leo has the dentist this afternoon so i'm getting him at 1:15",
     report("Leo Jones", "2026-11-23", "2026-11-23", "2026-11-24", MED, sessions="pm")),
    ("just-picked-up", TUE_1300, LEO, "just picked leo up, he was sick at lunch",
     ill_until_unknown("Leo Jones", "2026-11-24", sessions="pm")),
    ("lowercase-common-word-name", MON_0742, SMITHS, "grace has a temp so she's off",
     ill_until_unknown("Grace Smith", "2026-11-23")),
    ("shortened-name", MON_0742, ("Archibald Stone", "Rosie Stone"), "arch has a temp, off today",
     ill_until_unknown("Archibald Stone", "2026-11-23")),
    ("misspelt-name", MON_0742, ("Archibald Stone", "Rosie Stone"), "rossie is off sick today",
     ill_until_unknown("Rosie Stone", "2026-11-23")),
    ("none-of-them", MON_0742, SMITHS, "all three have flu, none of them will be in",
     ill_until_unknown("ALL", "2026-11-23")),
    ("sibling-coming-in", MON_0742, SMITHS, "Oscar is off sick today but Grace is coming in",
     ill_until_unknown("Oscar Smith", "2026-11-23")),
    ("late-message-not-late-child", MON_1030, LEO, "leo is off today with a bad cold, sorry this is late",
     ill_until_unknown("Leo Jones", "2026-11-23")),
    ("weekday-in-brackets-disagrees", MON_0742, LEO, "leo off on the 3rd (wednesday)",
     report("Leo Jones", None, questions=("dates",))),
    ("length-from-a-start", MON_0742, LEO, "leo will be away for 2 days from tomorrow",
     report("Leo Jones", "2026-11-24", "2026-11-25", "2026-11-26")),
    ("not-off-is-withdrawal", MON_0742, LEO, "sorry, leo isn't off today, I got the days mixed up",
     withdrawal("Leo Jones", "2026-11-23", "2026-11-23", "2026-11-24")),
    ("they-cancelled-the-appointment", MON_0742, LEO, "the clinic cancelled leo's appointment so he'll be in tomorrow",
     withdrawal("Leo Jones", "2026-11-24", "2026-11-24", "2026-11-25")),
    ("past-day-ill-told-late", MON_0742, LEO, "leo was poorly on thursday, sorry I forgot to ring",
     report("Leo Jones", "2026-11-19", "2026-11-19", "2026-11-20", ILL)),
    ("back-today-is-news", MON_0742, PATELS, "good morning! both back today", not_a_report("ALL")),
    ("booked-ahead", MON_0742, LEO, "leo has been booked for a photo shoot on wednesday",
     report("Leo Jones", "2026-11-25", "2026-11-25", "2026-11-26", Category.PERFORMANCE)),
    ("names-without-commas", MON_0742, SMITHS, "oscar grace and will are all off today with a bug",
     ill_until_unknown("ALL", "2026-11-23")),
    ("duvet-day", MON_0742, LEO, "leo is having a duvet day",
     report("Leo Jones", "2026-11-23", "2026-11-23", "2026-11-24", Category.UNACCEPTABLE)),
    ("half-day-on-several-days", MON_0742, LEO, "leo has trials tuesday and wednesday afternoons, collecting him at 12 both days",
     report("Leo Jones", None, sessions="pm", questions=("dates",))),
    ("asking-after-illness-in-school", TUE_1300, PATELS, "sam says he felt sick in class, is he alright?",
     not_a_report("Sam Patel")),
    ("until-end-of-term", "2026-12-14T07:50", LEO, "leo is off till the end of term with a broken wrist",
     report("Leo Jones", "2026-12-14", "2026-12-18", "2027-01-06", ILL)),
    ("ill-on-the-last-day-of-term", "2026-12-18T07:40", LEO, "leo is poorly, won't be in today",
     report("Leo Jones", "2026-12-18", "2026-12-18", "2027-01-06", ILL)),
    ("told-on-a-past-day", MON_0742, LEO, "told his teacher on friday that leo has the dentist wednesday morning",
     report("Leo Jones", "2026-11-25", "2026-11-25", "2026-11-26", MED)),
    ("past-week-is-background", WED_0805, LEO, "leo won't be in today, he's been struggling a lot this week",
     ill_until_unknown("Leo Jones", "2026-11-25")),
    ("landing-tomorrow-night", MON_0742, LEO, "leo isn't in, our flight was delayed, we land tomorrow night so he'll be back wednesday",
     report("Leo Jones", "2026-11-23", "2026-11-24", "2026-11-25", HOL)),
    ("withdrawal-beside-a-past-mention", MON_0742, LEO, "my mistake, leo isn't off today, I was thinking of next week",
     withdrawal("Leo Jones", "2026-11-23", "2026-11-23", "2026-11-24")),
    ("forty-eight-hours", TUE_0830, LEO, "leo has d&v so he's off for 48 hours",
     report("Leo Jones", "2026-11-24", "2026-11-25", "2026-11-26", ILL)),
    ("name-after-so", MON_0742, SMITHS, "morning! so grace has a cough and won't be in",
     ill_until_unknown("Grace Smith", "2026-11-23")),
    ("on-his-way", MON_0840, LEO, "leo is on his way in now",
     report("Leo Jones", "2026-11-23", "2026-11-23", "2026-11-24", Category.LATE, sessions="am")),
    ("sibling-attends-later-in-clause", MON_0742, PATELS, "ava has a fever. sam is at his nan's tonight and will be in as usual",
     ill_until_unknown("Ava Patel", "2026-11-23")),
    ("sibling-attending-is-no-withdrawal", MON_0742, SMITHS, "grace has a bug, oscar seems fine so he'll be in",
     ill_until_unknown("Grace Smith", "2026-11-23")),
    ("a-day-to-decide-on-later", MON_0742, LEO, "leo has a temperature, keeping him home today, will let you know about tomorrow",
     ill_until_unknown("Leo Jones", "2026-11-23")),
    ("most-of-the-week-is-no-end", MON_0742, LEO, "leo has flu, he'll be off today and probably most of the week",
     ill_until_unknown("Leo Jones", "2026-11-23")),
    ("the-rule-not-a-length", THU_1800, LEO, "leo was sick tonight so he won't be in tomorrow, 48 hours and all that",
     ill_until_unknown("Leo Jones", "2026-11-30")),
    ("season's-greetings", "2026-12-18T07:40", LEO, "leo has a cold so he's staying home. merry christmas to all the staff!",
     report("Leo Jones", "2026-12-18", "2026-12-18", "2027-01-06", ILL)),
    ("christmas-shopping-is-not-christmas-day", "2026-12-14T07:50", LEO, "taking leo christmas shopping on wednesday",
     report("Leo Jones", "2026-12-16", "2026-12-16", "2026-12-17", Category.UNACCEPTABLE)),
    ("a-festival-of-the-family's-faith", "2027-01-06T06:50", LEO, "leo won't be in tomorrow, it's our orthodox christmas",
     report("Leo Jones", "2027-01-07", "2027-01-07", "2027-01-08", Category.RELIGIOUS)),
    ("the-op-postponed", THU_1800, LEO, "leo's op on monday has been postponed so he'll be in school on monday as normal after all",
     withdrawal("Leo Jones", "2026-11-30", "2026-11-30", "2026-12-01")),
    ("not-going-anymore", THU_1800, LEO, "we're not going to the christening on monday any more, leo will be in",
     withdrawal("Leo Jones", "2026-11-30", "2026-11-30", "2026-12-01")),
    ("missed-the-email", MON_0742, LEO, "when is the christmas fair? I missed the email", not_a_report("Leo Jones")),
    ("doctor-with-symptoms-is-illness", MON_0742, LEO, "leo has an awful earache, won't be in, I'll call the doctor later",
     ill_until_unknown("Leo Jones", "2026-11-23")),
    ("an-injury", MON_0742, LEO, "leo twisted his ankle at football and is on crutches, keeping him off today",
     ill_until_unknown("Leo Jones", "2026-11-23")),
    ("catching-a-ferry", "2026-12-18T07:40", PATELS, "can I collect sam and ava at 1pm today, we have a ferry to catch",
     report("ALL", "2026-12-18", "2026-12-18", "2027-01-06", HOL, sessions="pm")),
    ("not-back-for-the-afternoon", MON_0742, LEO, "picking leo up at 12.30 for the dentist, he won't be back for the afternoon",
     report("Leo Jones", "2026-11-23", "2026-11-23", "2026-11-24", MED, sessions="pm")),
    ("in-for-half-ten", MON_0840, LEO, "sorry, car trouble, i'll have leo in for about half 10",
     report("Leo Jones", "2026-11-23", "2026-11-23", "2026-11-24", Category.LATE_AFTER_CLOSE, sessions="am")),
    ("in-today-after-a-past-day", WED_0805, LEO, "leo was off yesterday with a headache, sorry I forgot to ring, he's in today",
     report("Leo Jones", "2026-11-24", "2026-11-24", "2026-11-25", ILL)),
    ("managing-by-a-day", MON_0742, LEO, "leo sprained his wrist, keeping him off today, he should be managing by wednesday",
     report("Leo Jones", "2026-11-23", "2026-11-24", "2026-11-25", ILL)),
    ("in-for-half-ten-no-reason", MON_0840, LEO, "chaotic morning! i'll get leo in for half 10",
     report("Leo Jones", "2026-11-23", "2026-11-23", "2026-11-24", Category.LATE_AFTER_CLOSE, sessions="am")),
    ("just-to-let-you-know-opens-the-news", MON_0742, LEO,
     "just to let you know that leo has his hearing test at the hospital on thursday 26th november",
     report("Leo Jones", "2026-11-26", "2026-11-26", "2026-11-30", MED)),
    ("back-in-school-until-an-hour", MON_0742, LEO,
     "leo has the optician at 9 on wednesday so he won't be back in school until about 10.30",
     report("Leo Jones", "2026-11-25", "2026-11-25", "2026-11-26", MED, sessions="am")),
    ("asking-whether-to-keep-off", MON_0742, LEO,
     "leo has a rash on his arm, the gp says it's eczema. can he still come in or should I keep him home?",
     not_a_report("Leo Jones")),
    ("a-request-is-no-question", MON_0840, LEO,
     "the school minibus hasn't turned up and i can't get leo there. could someone please ring transport?",
     report("Leo Jones", "2026-11-23", "2026-11-23", "2026-11-24", Category.TRANSPORT_PROVIDED_UNAVAILABLE)),
    ("a-length-at-least", MON_0742, LEO, "leo has glandular fever, he'll be off for at least a week",
     ill_until_unknown("Leo Jones", "2026-11-23")),
    ("length-with-the-day-to-come", MON_0742, LEO,
     "leo has whooping cough and has to stay off for 10 days, i'll confirm the date he can go back",
     ill_until_unknown("Leo Jones", "2026-11-23")),
    ("hours-after-the-last-episode", MON_0742, LEO, "leo has d&v, keeping him off for 48 hours after he was last sick",
     ill_until_unknown("Leo Jones", "2026-11-23")),
    ("whether-in-tomorrow-is-deferred", MON_0742, LEO,
     "leo has a migraine so he's off today, i'll see how he is and tell you whether he'll be in tomorrow",
     ill_until_unknown("Leo Jones", "2026-11-23")),
    ("a-day-before-a-past-verb", MON_0742, LEO, "leo still has a temperature so he won't be in. the nurse on friday said it's a virus",
     ill_until_unknown("Leo Jones", "2026-11-23")),
    ("a-form-with-expected-return", MON_0742, LEO, "Absence: Leo Jones. Reason: illness. Expected return: Wednesday",
     report("Leo Jones", "2026-11-23", "2026-11-24", "2026-11-25", ILL)),
    ("finishing-early", MON_0742, LEO, "leo will be finishing at 1pm today for his brother's graduation",
     report("Leo Jones", "2026-11-23", "2026-11-23", "2026-11-24", sessions="pm")),
    ("a-relative-taken-ill", MON_0742, PATELS, "my mum has been rushed into hospital overnight so the kids won't be in today",
     report("ALL", "2026-11-23", "2026-11-23", "2026-11-24", Category.EXCEPTIONAL)),
    ("a-house-fire", MON_0742, LEO, "we had a house fire last night, everyone is safe but leo won't be in today",
     report("Leo Jones", "2026-11-23", "2026-11-23", "2026-11-24", Category.EXCEPTIONAL)),
    ("the-parent's-job-interview", MON_0742, LEO, "leo has to stay home today, i've got a job interview and no one to mind the baby",
     report("Leo Jones", "2026-11-23", "2026-11-23", "2026-11-24", Category.UNACCEPTABLE)),
    ("an-entrance-exam-with-its-hours", MON_0742, LEO, "leo has an entrance exam at st mary's on wednesday, 9 till 12, so he won't be in",
     report("Leo Jones", "2026-11-25", "2026-11-25", "2026-11-26", Category.INTERVIEW)),
    ("anxiety-is-illness-beside-an-appointment", MON_0742, LEO,
     "leo's anxiety is really bad so he's staying home today, we have a camhs call on thursday",
     ill_until_unknown("Leo Jones", "2026-11-23")),
    ("the-taxi-driver-is-off-sick", MON_0840, LEO, "the council taxi has cancelled again, the driver is off sick, so leo can't get in today",
     report("Leo Jones", "2026-11-23", "2026-11-23", "2026-11-24", Category.TRANSPORT_PROVIDED_UNAVAILABLE)),
    ("all-three-beside-a-name", MON_0840, SMITHS, "sorry, went back for oscar's reading book, all three will be 10 mins late",
     report("ALL", "2026-11-23", "2026-11-23", "2026-11-24", Category.LATE, sessions="am")),
    ("none-of-mine", MON_0742, PATELS, "none of mine will be in today, we're flying to spain for a family wedding",
     report("ALL", "2026-11-23", category=HOL, open_ended=True, questions=("return_day",))),
    ("no-need-to-keep-him-off", THU_1800, LEO, "leo is much better, no need to keep him off on monday after all",
     withdrawal("Leo Jones", "2026-11-30", "2026-11-30", "2026-12-01")),
    ("will-be-in-school-that-week", THU_1800, LEO, "we had to cancel the trip so leo will be in school as normal that week",
     withdrawal("Leo Jones", None)),
    ("attending-beside-a-question", THU_1800, LEO, "leo is nervous about the spelling test on monday. could he sit it at lunch? he'll be in",
     not_a_report("Leo Jones")),
    ("keeping-home-then-a-question", MON_0742, LEO, "leo was sick twice this morning so i'm keeping him home - could he do the test another day?",
     ill_until_unknown("Leo Jones", "2026-11-23")),
    ("throat-hurts-no-afternoon", TUE_1300, LEO, "just collected leo, his throat hurts and he's burning up. he won't be back this afternoon",
     ill_until_unknown("Leo Jones", "2026-11-24", sessions="pm")),
    ("thanks-for-the-panto", MON_0742, PATELS, "the kids loved the panto last week, thank you all!", not_a_report("ALL")),
    ("probably-not-tomorrow-either", MON_0742, LEO, "leo has been sick all night, not in today and prob not tomorrow either",
     ill_until_unknown("Leo Jones", "2026-11-23")),
    ("back-after-christmas", "2026-12-14T07:50", LEO, "leo has his tonsils out today, he won't be back til after christmas",
     report("Leo Jones", "2026-12-14", "2026-12-18", "2027-01-06", ILL)),
    ("see-you-in-january", "2026-12-14T07:50", LEO, "leo has flu, can't see him being back before you break up",
     report("Leo Jones", "2026-12-14", "2026-12-18", "2027-01-06", ILL)),
    ("in-at-dinner-time", MON_0840, LEO, "leo was up late with a nosebleed so i'll bring him in at dinner time",
     report("Leo Jones", "2026-11-23", "2026-11-23", "2026-11-24", ILL, sessions="am")),
    ("not-coming-back-after", MON_0742, LEO, "I will take leo from school at 11 today for the dentist, he will not come back after",
     report("Leo Jones", "2026-11-23", "2026-11-23", "2026-11-24", MED, sessions="pm")),
    ("the-day-put-right", THU_1800, LEO, "sorry, leo's hospital appointment is tuesday not monday",
     report("Leo Jones", "2026-12-01", "2026-12-01", "2026-12-02", MED)),
    ("either-one-day-or-another", MON_0742, LEO, "leo won't be in either tuesday or wednesday, it depends on the moon",
     report("Leo Jones", None, questions=("dates",))),
    ("back-after-the-holidays-is-no-arrival", MON_0742, LEO, "leo is off from 14 to 18 december, back after the holidays",
     report("Leo Jones", "2026-12-14", "2026-12-18", "2027-01-06")),
    ("from-a-day-goes-on", MON_0742, LEO, "leo won't be in from tomorrow",
     report("Leo Jones", "2026-11-24", open_ended=True, questions=("return_day",))),
    ("until-a-day-inclusive", MON_0742, LEO, "leo has bronchitis, the doctor said he must stay home until wednesday inclusive",
     report("Leo Jones", "2026-11-23", "2026-11-25", "2026-11-26", ILL)),
    ("an-emoji-ends-a-clause", SUN_2100, LEO, "leo has been sick tonight 😩 he won't be in tomorrow",
     ill_until_unknown("Leo Jones", "2026-11-23")),
    ("on-the-way-then-turned-round", MON_0840, LEO, "leo was sick on the way in so we turned round, he won't be in today",
     ill_until_unknown("Leo Jones", "2026-11-23")),
    ("text-speak", MON_0742, LEO, "leo aint goin in 2day, hes got a rank cold n keepin him in bed",
     ill_until_unknown("Leo Jones", "2026-11-23")),
    ("ringing-tomorrow-to-say", MON_0742, LEO, "leo has a sickness bug so he's off today. I will telephone tomorrow to say how he is",
     ill_until_unknown("Leo Jones", "2026-11-23")),
    ("kept-home-this-morning", "2026-11-23T09:52", LEO, "sorry i should have rung before 9, leo has a temp so i've kept him home",
     ill_until_unknown("Leo Jones", "2026-11-23")),
    ("thanks-to-a-teacher-called-miss", MON_0742, LEO, "thank you to miss okafor for everything she has done for leo this term",
     not_a_report("Leo Jones")),
    ("a-complaint-about-today", "2026-11-23T18:45", LEO, "leo came home with a cut lip today and nobody told me, please call me tomorrow",
     not_a_report("Leo Jones")),
    ("fell-off-his-bike", "2026-11-20T20:40", LEO, "leo fell off his bike this afternoon and has stitches, he won't be in on monday",
     ill_until_unknown("Leo Jones", "2026-11-23")),
    ("a-day-and-the-rest-of-the-week", SUN_2100, LEO, "leo has his op on tuesday, he'll be off tuesday and the rest of the week",
     report("Leo Jones", "2026-11-24", "2026-11-26", "2026-11-30", ILL)),
    ("back-on-an-evening", MON_0742, LEO, "leo is off on wednesday for a funeral in ireland, we're back wednesday night",
     report("Leo Jones", "2026-11-25", "2026-11-25", "2026-11-26", Category.EXCEPTIONAL)),
    ("one-day-next-week", MON_0742, LEO, "leo's hospital appointment will be one day next week, they're ringing with the time",
     report("Leo Jones", None, category=MED, questions=("dates",))),
    ("ready-at-reception", "2026-11-23T11:00", LEO, "can leo be ready at reception for 2, he has an eye test at 2.30",
     report("Leo Jones", "2026-11-23", "2026-11-23", "2026-11-24", MED, sessions="pm")),
    ("a-late-shift", THU_1800, LEO, "i can't make parents' evening as i'm on a late shift, could we have a phone call instead?",
     not_a_report("Leo Jones")),
    ("flat-battery", MON_0840, LEO, "car battery's dead, neighbour is jump starting it, leo should make it for about ten past nine",
     report("Leo Jones", "2026-11-23", "2026-11-23", "2026-11-24", Category.LATE, sessions="am")),
    ("health-advice-quoted", THU_1800, LEO, "leo has impetigo, the ukhsa sheet says 48 hours after starting cream, so he's off tomorrow",
     report("Leo Jones", "2026-11-30", None, None, ILL, open_ended=True, questions=("return_day",))),
    ("a-parent-very-ill-abroad", MON_0742, LEO, "my mother in poland is very ill in hospital, we are flying out tonight, leo will miss school",
     report("Leo Jones", "2026-11-23", "2026-11-23", "2026-11-24", Category.EXCEPTIONAL)),
    ("bring-in-after-that", MON_0742, LEO, "leo has the dentist at 9, after that i'll bring him in",
     report("Leo Jones", "2026-11-23", "2026-11-23", "2026-11-24", MED, sessions="am")),
    ("a-sibling-attending-by-pet-name", MON_0742, ("Carla Ruiz", "Hugo Ruiz"), "hugo is off with a fever today, carlita will be in as normal",
     ill_until_unknown("Hugo Ruiz", "2026-11-23")),
    ("a-sibling's-coming-in", MON_0742, PATELS, "sam's been sick all night so he won't be in, ava's coming in as normal",
     ill_until_unknown("Sam Patel", "2026-11-23")),
    ("a-sibling-walked-in", MON_0742, PATELS, "sam has a temperature, his nan is walking ava in",
     ill_until_unknown("Sam Patel", "2026-11-23")),
    ("probably-a-couple-of-days", MON_0742, LEO, "leo has d&v, he'll probably be off a couple of days, i'll let you know",
     ill_until_unknown("Leo Jones", "2026-11-23")),
    ("a-question-after-a-comma", "2026-11-23T16:50", LEO, "nits again, do i have to keep leo off tomorrow or can he come in",
     not_a_report("Leo Jones")),
    ("a-named-operation", MON_0742, LEO, "leo has his hernia operation on wednesday and will be off until monday",
     report("Leo Jones", "2026-11-25", "2026-11-26", "2026-11-30", ILL)),
    ("back-on-the-first-day-in-january", "2026-12-03T19:05", LEO, "we fly to jamaica on wednesday 16th december, leo will be back on the first day in january",
     report("Leo Jones", "2026-12-16", "2026-12-18", "2027-01-06", HOL)),
    ("a-parent-in-a-crash", MON_0742, LEO, "leo's dad has been in a crash, he's ok but i've had to take leo with me, he won't be in today",
     report("Leo Jones", "2026-11-23", "2026-11-23", "2026-11-24", Category.EXCEPTIONAL)),
    ("a-sheet-of-ice", MON_0742, LEO, "our road is a sheet of ice and the bus isn't running, leo won't make it in today",
     report("Leo Jones", "2026-11-23", "2026-11-23", "2026-11-24", Category.TRAVEL_DISRUPTION)),
    ("frozen-car-then-late", MON_0840, LEO, "the car was frozen solid, leo will be late, about 9.30",
     report("Leo Jones", "2026-11-23", "2026-11-23", "2026-11-24", Category.LATE_AFTER_CLOSE, sessions="am")),
    ("the-driver-phoned-in-sick", MON_0840, LEO, "the sen taxi has let us down again, the driver phoned in sick, leo is stuck at home",
     report("Leo Jones", "2026-11-23", "2026-11-23", "2026-11-24", Category.TRANSPORT_PROVIDED_UNAVAILABLE)),
    ("actually-another-day", MON_0742, LEO, "sorry i said leo has the dentist on thursday but it's actually friday",
     report("Leo Jones", None, category=MED, questions=("dates",))),
    ("a-few-days-last-week", MON_0742, LEO, "sorry leo was off a few days last week with a virus, he's fine now",
     report("Leo Jones", None, category=ILL, questions=("dates",))),
    ("a-dentist-after-school", MON_0742, LEO, "leo has the dentist at 4 today so i'll be on time at the gate for once",
     not_a_report("Leo Jones")),
    ("no-school-missed", "2026-12-16T18:00", LEO, "we fly to pakistan on saturday and land back on 3rd january so leo won't miss any school",
     not_a_report("Leo Jones")),
    ("decided-not-to-go", THU_1800, LEO, "the head said no to our leave request so we've decided not to go, leo will be in on monday",
     withdrawal("Leo Jones", "2026-11-30", "2026-11-30", "2026-12-01")),
    ("a-burst-pipe", MON_0742, PATELS, "the kids won't be in today, a pipe has burst and i'm waiting for the emergency plumber",
     report("ALL", "2026-11-23", "2026-11-23", "2026-11-24", Category.EXCEPTIONAL)),
    ("a-weekday-after-a-dated-day", "2026-12-10T20:30", LEO, "on thursday 17 i'm collecting leo at 12 for our flight, on friday he won't be in",
     report("Leo Jones", "2026-12-17", "2026-12-18", "2027-01-06", HOL, sessions="pm")),
    ("for-christmas-beside-a-day", "2026-12-14T07:50", LEO, "leo will be off from wednesday, we fly to jamaica for christmas, back in january",
     report("Leo Jones", "2026-12-16", "2026-12-18", "2027-01-06", HOL)),
    ("for-christmas-alone", "2026-12-10T15:10", LEO, "we go to poland for christmas and our flight back is on 7 january in the evening",
     report("Leo Jones", "2027-01-06", "2027-01-07", "2027-01-08", HOL)),
    ("a-sibling-is-fine", MON_0742, PATELS, "sam has tonsillitis, the gp said keep him home. ava is fine.",
     ill_until_unknown("Sam Patel", "2026-11-23")),
    ("ill-after-the-holiday", MON_0742, LEO, "leo is ill with a high temperature after the holiday, he cannot come today",
     ill_until_unknown("Leo Jones", "2026-11-23")),
    ("a-festival-at-the-mandir", THU_1800, LEO, "leo will be off on monday for hindu new year, we go to the mandir early",
     report("Leo Jones", "2026-11-30", "2026-11-30", "2026-12-01", Category.RELIGIOUS)),
    ("a-ski-trip", MON_0742, LEO, "we've booked skiing in andorra so leo will be off wednesday and thursday",
     report("Leo Jones", "2026-11-25", "2026-11-26", "2026-11-30", HOL)),
    ("stuck-behind-a-lorry", MON_0840, LEO, "stuck behind a broken down lorry, leo will be there about 9.40",
     report("Leo Jones", "2026-11-23", "2026-11-23", "2026-11-24", Category.LATE_AFTER_CLOSE, sessions="am")),
    ("a-fracture-is-illness", "2026-11-20T18:50", LEO, "leo has fractured his wrist, we're at a&e waiting for the x-ray, he won't be in on monday",
     ill_until_unknown("Leo Jones", "2026-11-23")),
    ("late-because-the-baby-was-sick", MON_0840, LEO, "sorry we are late because the baby was sick in the car, leo will be in at 9.30",
     report("Leo Jones", "2026-11-23", "2026-11-23", "2026-11-24", Category.LATE_AFTER_CLOSE, sessions="am")),
    ("text-speak-late", MON_0840, LEO, "leo runnin l8 lost his shoe b there 9.10",
     report("Leo Jones", "2026-11-23", "2026-11-23", "2026-11-24", Category.LATE, sessions="am")),
    ("back-since-a-day", "2026-11-26T13:05", LEO, "leo was poorly on monday and tuesday, he has been back since wednesday",
     report("Leo Jones", "2026-11-23", "2026-11-24", "2026-11-25", ILL)),
    ("sending-him-in-after-all", MON_0742, LEO, "update - leo's temperature has gone down so i'm sending him in after all",
     withdrawal("Leo Jones", "2026-11-23", "2026-11-23", "2026-11-24")),
    ("the-friday-of-a-dated-week", "2026-11-18T20:15", LEO, "the wedding is on friday 27th november, leo will be off on the friday only",
     report("Leo Jones", None, questions=("dates",), category=HOL)),
    ("a-tribunal", MON_0742, LEO, "leo must come with me to the immigration tribunal on thursday, he will not be in school that day",
     report("Leo Jones", "2026-11-26", "2026-11-26", "2026-11-30", Category.EXCEPTIONAL)),
    ("the-parent's-council-appointment", MON_0742, LEO, "i have an appointment at the council housing office at 8.30, i'll bring leo in straight after, by half ten",
     report("Leo Jones", "2026-11-23", "2026-11-23", "2026-11-24", Category.LATE_AFTER_CLOSE, sessions="am")),
    ("picked-up-at-home-time", "2026-11-23T11:50", LEO, "just a reminder that leo is being picked up by his auntie at home time today",
     not_a_report("Leo Jones")),
    ("a-clinic-after-school", "2026-11-23T16:05", LEO, "leo had his cast off at the fracture clinic after school today, all healed",
     not_a_report("Leo Jones")),
    ("initials-for-a-double-name", "2026-11-23T08:02", ("Tyler-James Cox", "Lacey Cox"), "tj opticians 2.10 2day, gettin him at half 1 from office",
     report("Tyler-James Cox", "2026-11-23", "2026-11-23", "2026-11-24", MED, sessions="pm")),
    ("an-audition", "2026-11-20T17:10", LEO, "leo has his audition at the music school on tuesday at 11, he'll be out all day",
     report("Leo Jones", "2026-11-24", "2026-11-24", "2026-11-25", Category.INTERVIEW)),
    ("the-day-not-told-of", TUE_0830, LEO, "sorry didnt message yesterday, leo was off with a temp and still not right so keeping him home again",
     ill_until_unknown("Leo Jones", "2026-11-23")),
    ("right-as-rain-for-monday", "2026-11-20T07:55", LEO, "leo has a streaming cold so i'm keeping him home today, he should be right as rain for monday",
     report("Leo Jones", "2026-11-20", "2026-11-20", "2026-11-23", ILL)),
    ("the-long-weekend-to-get-over-it", "2026-11-26T07:20", LEO, "leo has conjunctivitis so he's home today, he's got the long weekend to get over it",
     ill_until_unknown("Leo Jones", "2026-11-26")),
    ("started-antibiotics-yesterday", TUE_0830, LEO, "leo has tonsillitis, started antibiotics yesterday and the gp said keep him off till thursday",
     report("Leo Jones", "2026-11-24", "2026-11-25", "2026-11-26", ILL)),
    ("tomorrow-as-well", TUE_1300, LEO, "i'm on my way to get leo now, i'll keep him off tomorrow as well",
     report("Leo Jones", "2026-11-24", "2026-11-25", "2026-11-26", sessions="pm")),
    ("the-boys-are-fine", MON_0742, SMITHS, "grace was sick twice in the night so she's staying home today. the boys are fine, their dad is dropping them in",
     ill_until_unknown("Grace Smith", "2026-11-23")),
    ("let-you-know-how-she-is", MON_0742, LEO, "leo won't be in today, he's got a bad cough, i'll let you know how he is tomorrow",
     ill_until_unknown("Leo Jones", "2026-11-23")),
    ("cant-see-him-well-enough", "2026-11-20T20:45", LEO, "leo has a temperature and earache, can't see him being well enough for monday",
     ill_until_unknown("Leo Jones", "2026-11-23")),
    ("the-appointment-moved", THU_1800, LEO, "the hospital rang to move leo's appointment so he won't need collecting tomorrow after all",
     withdrawal("Leo Jones", "2026-11-30", "2026-11-30", "2026-12-01")),
    ("a-christening-abroad", MON_0742, LEO, "leo will be off on friday 4th december, we're going over to cork for his cousin's christening",
     report("Leo Jones", "2026-12-04", category=HOL, open_ended=True, questions=("return_day",))),
    ("let-you-know-about-friday", "2026-11-25T12:35", LEO, "on my way to get leo now, it's the bug going round. i'll keep him off tomorrow as well and let you know about friday",
     report("Leo Jones", "2026-11-25", None, None, ILL, sessions="pm", open_ended=True, questions=("return_day",))),
    ("a-name-without-its-diacritics", MON_0742, ("Ionuț Stan", "Maria Stan"), "ionut and maria are off with flu today",
     ill_until_unknown("ALL", "2026-11-23")),
    ("voice-punctuation", MON_0742, PATELS, "sam is off with a cold today comma he should be alright by wednesday full stop ava is coming in with her dad",
     report("Sam Patel", "2026-11-23", "2026-11-24", "2026-11-25", ILL)),
    ("sibling-coming-normal", MON_0742, PATELS, "sam has a fever, ava is coming normal",
     ill_until_unknown("Sam Patel", "2026-11-23")),
    ("sibling-on-her-way-in", MON_0742, PATELS, "sam has been sick, ava's on her way in with her nan",
     ill_until_unknown("Sam Patel", "2026-11-23")),
    ("orthodox-christmas", "2027-01-04T19:40", LEO, "leo will be off on wednesday 6 january for serbian christmas, back thursday",
     report("Leo Jones", "2027-01-06", "2027-01-06", "2027-01-07", Category.RELIGIOUS)),
    ("vague-length-then-return", MON_0742, LEO, "leo has tonsillitis, the doctor says a few more days at home, hoping he's back on thursday",
     report("Leo Jones", "2026-11-23", "2026-11-25", "2026-11-26", ILL)),
    ("neither-nor-will-be-in", MON_0742, PATELS, "neither sam nor ava will be in today, they both have the sickness bug",
     ill_until_unknown("ALL", "2026-11-23")),
    ("a-guess-with-question-marks", MON_0742, LEO, "leo's woken up with a rash all over, looks like chickenpox?? taking him to the gp this morning",
     ill_until_unknown("Leo Jones", "2026-11-23")),
    ("taken-home-in-school-hours", TUE_1300, LEO, "just collected leo, he was sick after lunch. he won't be in tomorrow",
     ill_until_unknown("Leo Jones", "2026-11-24", sessions="pm")),
    ("sent-home-from-cubs", "2026-11-24T19:00", LEO, "leo was sent home from cubs tonight with a temperature, he won't be in tomorrow",
     ill_until_unknown("Leo Jones", "2026-11-25")),
    ("won't-make-school", MON_0742, LEO, "leo has an ear infection so we won't make school today",
     ill_until_unknown("Leo Jones", "2026-11-23")),
    ("all-3-minutes-late", MON_0840, SMITHS, "the bus never came, all 3 will be 10 mins late",
     report("ALL", "2026-11-23", "2026-11-23", "2026-11-24", Category.LATE, sessions="am")),
    ("the-day-the-spots-came-out", MON_0742, LEO, "leo has chickenpox, the spots came out on saturday, he'll be back next monday",
     report("Leo Jones", "2026-11-23", "2026-11-26", "2026-11-30", ILL)),
    ("a-phone-that-died", "2026-11-23T09:30", LEO, "so sorry, my phone died overnight and we overslept, leo will be in by 10",
     report("Leo Jones", "2026-11-23", "2026-11-23", "2026-11-24", Category.LATE_AFTER_CLOSE, sessions="am")),
    ("a-broken-down-minibus", MON_0840, LEO, "leo's minibus has broken down, i'll drive him in but he won't be in until 11",
     report("Leo Jones", "2026-11-23", "2026-11-23", "2026-11-24", Category.TRANSPORT_PROVIDED_UNAVAILABLE, sessions="am")),
    ("trains-cancelled", "2026-11-23T06:40", LEO, "trains from the coast are cancelled this morning, leo will be with you about 10:30",
     report("Leo Jones", "2026-11-23", "2026-11-23", "2026-11-24", Category.TRAVEL_DISRUPTION, sessions="am")),
    ("back-after-that-on", MON_1030, LEO, "the gp has signed leo off for a week with anxiety, he'll be back after that on monday 30th",
     report("Leo Jones", "2026-11-23", "2026-11-26", "2026-11-30", ILL)),
    ("thanks-to-two-teachers", MON_0742, PATELS, "a huge thank you to miss patel and mrs jones for the lovely concert, ava loved it",
     not_a_report("Ava Patel")),
    ("probably-not-monday-either", "2026-11-20T07:10", PATELS, "family emergency, the children won't be in today and probably not monday either",
     report("ALL", "2026-11-20", category=Category.EXCEPTIONAL, open_ended=True, questions=("return_day",))),
    ("a-couple-of-days-end-of-last-week", MON_0742, LEO, "leo was off a couple of days at the end of last week with his chest, sorry i didn't ring",
     report("Leo Jones", None, category=ILL, questions=("dates",))),
    ("a-time-outside-the-appointment", MON_0742, LEO, "leo was awake until after 2 with his cough. he's staying home today and i've booked the gp.",
     ill_until_unknown("Leo Jones", "2026-11-23")),
    ("on-and-off-since", MON_0742, LEO, "leo's asthma has been bad on and off since half term, he's off today",
     ill_until_unknown("Leo Jones", "2026-11-23")),
    ("the-one-not-named", MON_0742, SMITHS, "the little one has a temperature, grace and oscar are going in as normal",
     ill_until_unknown("Will Smith", "2026-11-23")),
    ("until-then-back", MON_0742, LEO, "leo has flu and has to stay home until wednesday, back thursday",
     report("Leo Jones", "2026-11-23", "2026-11-25", "2026-11-26", ILL)),
    ("a-sibling-who-will-be", SUN_2100, PATELS, "sam's got croup again tonight so he won't be in tomorrow. ava will be.",
     ill_until_unknown("Sam Patel", "2026-11-23")),
    ("a-sibling-who-went-in", "2026-11-23T09:20", PATELS, "sam's running late, on our way now, 10 mins. ava went in with her mum.",
     report("Sam Patel", "2026-11-23", "2026-11-23", "2026-11-24", Category.LATE_AFTER_CLOSE, sessions="am")),
    ("an-illness-in-words-not-known", MON_0742, PATELS, "sam is really rough, ava isn't too bad but she's got a temp so i'm keeping them both home",
     ill_until_unknown("ALL", "2026-11-23")),
    ("a-relative's-fall", MON_0742, LEO, "my mum has had a fall and i'm at the hospital with her, leo is with me so he won't be in today",
     report("Leo Jones", "2026-11-23", "2026-11-23", "2026-11-24", EXC)),
    ("a-break-in", MON_0742, LEO, "we were broken into last night, the police are here, leo is too shaken to come in today, back tomorrow",
     report("Leo Jones", "2026-11-23", "2026-11-23", "2026-11-24", EXC)),
    ("a-concussion-seen-by-a-physio", MON_0742, LEO, "leo has a mild concussion from rugby, the physio says rest for 48 hours so he's off today and tomorrow",
     report("Leo Jones", "2026-11-23", "2026-11-24", "2026-11-25", ILL)),
    ("not-off-after-all", "2026-11-20T15:30", LEO, "the hospital moved leo's scan, so he won't be off on tuesday after all, he'll be in as normal",
     withdrawal("Leo Jones", "2026-11-24", "2026-11-24", "2026-11-25")),
    ("drop-him-in-after-all", MON_0742, LEO, "leo has perked up and eaten his toast so i'll drop him in after all",
     withdrawal("Leo Jones", "2026-11-23", "2026-11-23", "2026-11-24")),
    ("an-inhaler-since-lunchtime", SUN_2100, LEO, "leo's asthma has flared up, he's been on his inhaler since lunchtime and the doctor gave him steroids. he won't be in tomorrow",
     ill_until_unknown("Leo Jones", "2026-11-23")),
    ("pick-both-up", "2026-11-23T20:40", PATELS, "could i pick sam and ava up at 1pm on thursday please? we are driving up for hanukkah",
     report("ALL", "2026-11-26", "2026-11-26", "2026-11-30", REL, sessions="pm")),
    ("a-filling", MON_0742, LEO, "leo's having a filling at 9.10 so i'll bring him straight in afterwards, about quarter past 10",
     report("Leo Jones", "2026-11-23", "2026-11-23", "2026-11-24", MED, sessions="am")),
    ("minutes-late-after-close", "2026-11-23T09:05", LEO, "leo spilt porridge down his jumper, we've gone back to change, he'll be about 20 mins late",
     report("Leo Jones", "2026-11-23", "2026-11-23", "2026-11-24", Category.LATE_AFTER_CLOSE, sessions="am")),
    ("get-him-in-at-the-doctors", MON_0742, LEO, "leo has been coughing all night so i'm keeping him home today and will try to get him in at the doctors",
     ill_until_unknown("Leo Jones", "2026-11-23")),
    ("no-way-she's-going-in", MON_0742, PATELS, "she's been up all night with earache, no way she's going in today. will let you know",
     ill_until_unknown(None, "2026-11-23", ask_child=True)),
    ("tomorrow-is-unlikely", MON_0742, LEO, "leo has norovirus, he won't be in today and i'd say tomorrow is unlikely too",
     ill_until_unknown("Leo Jones", "2026-11-23")),
    ("a-review", "2026-11-25T16:45", LEO, "leo has his sickle cell review at the hospital tomorrow so he'll be absent all day, back on monday",
     report("Leo Jones", "2026-11-26", "2026-11-26", "2026-11-30", MED)),
    ("a-relative's-operation", MON_0742, LEO, "my mum is having a major operation today so leo is staying with us at the hospital, back tomorrow",
     report("Leo Jones", "2026-11-23", "2026-11-23", "2026-11-24", EXC)),
    ("the-other-of-two", MON_0742, PATELS, "the little one has a fever and a cough, ava is coming in as normal",
     ill_until_unknown("Sam Patel", "2026-11-23")),
    ("one-on-his-way", "2026-11-23T09:28", PATELS, "sam is on his way, he missed the bus. will be there around 9.45",
     report("Sam Patel", "2026-11-23", "2026-11-23", "2026-11-24", Category.LATE_AFTER_CLOSE, sessions="am")),
    ("collected-at-a-clock-time", MON_0742, PATELS, "i'll pick up sam and ava at 12:00 today, they'll be off tomorrow and wednesday for a family funeral, back thursday",
     report("ALL", "2026-11-23", "2026-11-25", "2026-11-26", Category.EXCEPTIONAL, sessions="pm")),
]
# fmt: on


@pytest.mark.parametrize(
    ("now", "children", "text", "expected"),
    [pytest.param(now, children, text, expected, id=name) for name, now, children, text, expected in RULES],
)
def test_general_rules(
    calendar: SchoolCalendar, now: str, children: tuple[str, ...], text: str, expected: dict[str, Any]
) -> None:
    result = understand(text, at(now), list(children), calendar)
    assert result.to_contract(children) == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("مریم آج بیمار ہے", "Maryam", True),  # Urdu: short vowels unwritten
        ("مریم آج بیمار ہے", "Ayaan", False),
        ("ایان اور مریم", "Ayaan", True),  # a short skeleton matches with its vowels
        ("ਹਰਲੀਨ ਬਿਮਾਰ ਹੈ", "Harleen", True),  # Gurmukhi
        ("ਹਰਲੀਨ ਬਿਮਾਰ ਹੈ", "Arjun", False),
        ("সাব্বির অসুস্থ", "Sabbir", True),  # Bengali, with a doubled consonant
        ("ليلى مريضة", "Layla", True),  # Arabic
        ("ليلى مريضة", "Yusuf", False),
        ("Sam is ill", "Sam", False),  # Latin script is matched elsewhere
    ],
)
def test_names_written_in_other_scripts(text: str, name: str, expected: bool) -> None:
    assert written_in_script(text, name) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("dziekuje bardzo, do jutra", "pl"),  # Polish typed without its letters
        ("simran nu bukhar aa, ajj nahi aaugi", "pa"),  # Punjabi typed in Latin letters
        ("simran ko bukhar hai, aaj nahi aayegi", "ur"),  # Urdu typed so
    ],
)
def test_latin_typed_languages(text: str, expected: str) -> None:
    assert detect_language(text) == expected
