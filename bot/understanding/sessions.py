"""Which sessions of the first day are missed, and when a late child expects to arrive."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import time
from functools import cache

from bot.understanding.result import Sessions
from bot.understanding.text import HOME_TIME, HOUR_WORDS, LATE_EN, any_of


@dataclass(frozen=True, slots=True)
class SessionPhrases:
    """One language's phrases, each a regular expression over the normalised text."""

    # The child comes in after the morning register ("bring her in after the dentist").
    arrives_later: tuple[str, ...]
    # The child goes home before the afternoon register ("collecting her at lunchtime").
    leaves_early: tuple[str, ...]
    # The child has been taken home from school ("sent home", "just collected her"): said in school hours,
    # of today.
    taken_home: tuple[str, ...]
    # An appointment, whose time says which session it takes.
    appointment: tuple[str, ...]
    # With an appointment, the part of the day that puts it after lunch ("the dentist on Wednesday afternoon").
    afternoon: tuple[str, ...]
    # With an appointment, the part of the day that puts it before the register ("the dentist thurs am").
    morning: tuple[str, ...]
    # The whole day is missed, whatever the appointment's time ("won't be in, hospital at 2").
    whole_day: tuple[str, ...]
    # Said outright, the whole day is missed, whatever time is named beside it: "we have to be there by 12 so
    # she'll be out all day".
    all_day: tuple[str, ...]
    # A clock time, with the groups `hour`, `minute` and `meridiem`, or `noon` for midday words.
    time: str


# A time a child arrives by, not a date or a count: "for 11", "until 1pm", never "until 3rd".
_ARRIVAL_HOUR = (
    r"(?:[89]|1[0-2]|[12])(?:[:.]\d\d)?(?: ?[ap]m)?\b(?![/.]?\d|st|nd|rd|th)"
    r"(?!\s*(?:days?|weeks?|mins?|minutes?|hours?|hrs?)\b)"
)

# A day as parents shorten it, before the part of it: "wed pm", "tmrw am", "thursday morning".
_DAY = r"\b(?:today|tomorrow|tmrw|mon|tue|wed|thu|fri)\w*"

PHRASES: dict[str, SessionPhrases] = {
    "en": SessionPhrases(
        arrives_later=(
            r"(?:(?<!n't )(?<!need to )(?<!have to )(?<!got to )be|come|coming|bring\w*(?: \w+)?|have (?!rung|rang|called|phoned|messaged|texted|emailed|told|let)\w+|drop\w*(?: \w+)?|arriv\w+|driv\w+ \w+"
            r"|back|then|came)"
            r"(?: back)?(?: (?:straight |right )?(?:in(?: ?to)?(?: school)?|to school)| at school| there| with you"
            r"| at the (?:office|reception|gate))?"
            r",? (?:a bit |a little |just |straight |right |probably |hopefully )?"
            r"(?:later|after(?:wards)?(?! school| (?:the |half )?(?:holidays?|christmas|easter|half term|term|new year"
            r"|weekend)| the break| \d+ (?:hours?|days?|weeks?))"
            r"(?! that,? on (?:monday|tuesday|wednesday|thursday|friday)\b)"  # "back after that on monday 7th"
            r"|by(?! (?:monday|tuesday|wednesday|thursday|friday|tomorrow|the|next)\b)|around|about|before (?:lunch|\d)"
            r"|for (?:the )?(?:afternoon|lunch|dinner)|(?:at|from) (?:about |around )?(?:half (?:past )?)?\d+|at (?:lunch|dinner) ?time"
            r"|(?:maybe|probably|prob|hopefully) (?:about |around |by )?"
            + _ARRIVAL_HOUR
            + "|for (?:about |around )?(?:half (?:past )?)?"
            + _ARRIVAL_HOUR
            + ")",
            # "she will come today at 11"
            r"(?:be|come|coming|bring\w*(?: \w+)?|drop\w*(?: \w+)?)(?: in(?: school)?)? (?:today|tomorrow)"
            r" (?:at|by|around|about|from) (?:about |around )?\d+",
            # "get him in by 11"; "getting him at 1:15" is a collection
            r"get\w*(?: \w+)? in(?:to school)? (?:later|after|by|around|about|for"
            r"|at(?! (?:the )?(?:doctor|gp|dentist|surgery|hospital|clinic)))",  # not "get her in at the doctors"
            # not "on our way up to leeds" nor "on our way home"
            r"(?<!in the car )on (?:our|his|her|their|the) way(?: in| to school)?(?: now)?(?! (?:up |down |over )?to (?!school)| home| back)"
            r"(?![\w' ]{0,30}\b(?:turned (?:round|around|back)|(?:gone|went|headed|heading|come|came) (?:back )?home))",
            r"in (?:school )?later",
            # "will bring ianis and daria to school after the service, around 12"
            r"bring\w* (?:[\w']+ ){1,4}?(?:in|to school) (?:after\b(?! school)|for the afternoon\b)",
            r"(?:won't|will not|not) be (?:in |there )?until (?:after |about |around )?(?:lunch\w*|"
            + _ARRIVAL_HOUR
            + ")",
            r"(?:'ll|will) be in (?:as soon as|once|when(?:ever)?)",
            r"(?:'ll|will) (?:get|bring|drop|take) (?:him|her|them) in (?:as soon as|once|when(?:ever)?)",
            r"(?:afterwards|after(?= i| we)|after (?:that|it|(?:the |his |her )?(?:appointment|dentist|doctor'?s?|hospital"
            r"|clinic|test|scan|check-?up))),? (?:i'll|i will|i|we'll|we will|we)"
            r" (?:bring|drop|take) (?:him|her|them)",
            r"be there in \d+(?!\d)(?! (?:mins? |minutes )?to (?:get|collect|pick|fetch|take))",
            r"be there (?:by |for |at |about |around )?\d{1,2}[.:]\d\d",
            r"get\w* (?:him|her|them) (?:there|to school) (?:for|by|at|around|about)",
            r"(?:bring|drop|take)\w* (?:him|her|them) (?:in|to school) (?:as soon as|once|when)",
            r"bring\w* (?:him|her|them)(?: [\w']+){0,3} (?:at|for|by|around|about) (?:\d|half|quarter)",
            r"(?:in|back)(?: in)?(?: school)? until (?:after |about |around )?(?:lunch\w*|the afternoon|later|"
            + _ARRIVAL_HOUR
            + ")",
            LATE_EN,
            # not "then was sick in the car on the way in"
            r"then\b(?! (?:was|were|he|she|they|started|got|to (?!school))\b)[\w' ]{0,25}\b(?:in|school)",
            r"miss(?:es|ing)? (?:the )?morning",
            r"missed (?:\w+ )?morning",
            r"came in (?:at|after|for) (?:lunch\w*|\d)",
            r"miss(?:es|ing)? (?:\w+ )?am\b",
            r"morning off",
            r"(?<!in )for the morning",  # "off for the morning", not "only in for the morning"
            r"(?:in for the )?afternoon only",
            r"in for the afternoon",
            r"overslept",
            r"(?:just )?(?:been )?dropped (?:off )?at (?:the )?(?:gate|reception|office)",
            r"signed (?:him |her |them )?in at (?:the )?(?:reception|office|front desk)",
            r"slept (?:straight )?through (?:the|my|our) alarm",
            r"make it (?:in )?(?:for|by) (?:about |around )?(?:\d|ten|quarter|twenty|half|five)",
            r"slept in",
        ),
        leaves_early=(
            r"(?:(?<!meant to )(?<!supposed to )collect\w*|finish\w*|getting|(?:tak(?:e|ing)|took) \w+ (?:from|out of) school|pick\w*(?: \w+){0,3}? up|(?<!we're )(?<!we are )(?<!we )leav\w+(?!(?: early)? for work| the house| home\b)|going home|go home|(?:tak(?:e|ing)|took) \w+ out)\b[\w' ]{0,40}?"
            rf"\b(?:lunch\w*|midday|noon|early|afternoon|(?!{HOME_TIME})\d{{1,2}}(?:[:.]\d\d)?\s*pm"
            rf"|(?:at|around|about) (?!{HOME_TIME})\d{{1,2}}(?:[:.]\d\d)?"
            r"|at (?:quarter|half) (?:past|to) (?:\d|one|two|three)|at half (?:\d|one|two|three))",
            r"be ready (?:at|in) (?:the )?(?:reception|office|front desk) (?:for|at|by)",
            r"(?:have|get) \w+ ready (?:at|in) (?:the )?(?:reception|office|front desk)",
            # "he will only be in school in the morning today"
            r"only (?:be )?(?:in|at) (?:school )?(?:in |for )?the morning",
            # "no need to have him at reception at 1.30"
            r"(?:have|get|send) (?:him|her|them) (?:at|to) (?:the )?(?:reception|office|front desk) (?:at|for|by)"
            r" (?:about |around )?(?:1[2-5]|[1-3])\b",
            r"(?:(?:have|hav|get) \w+ ready|be ready|send \w+ out) (?:for|4|by|at) (?:about |around )?(?:1[2-5]|[1-3])"
            r"(?:[:.]\d\d)?(?: ?pm)?\b",
            r"send \w+ (?:to|down to) the (?:office|reception)(?: \w+){0,2} (?:at|for|by)",
            r"be sent (?:down )?to (?:the )?(?:office|reception) (?:at|for|by)",
            r"be (?:there|at (?:the )?(?:office|reception|front desk)) (?:for|at|by) (?:about |around )?\d{1,2}(?:[:.]\d\d)?"
            r" to (?:get|collect|pick|fetch|take)",
            r"sign(?:ed|ing)? (?:\w+ )?out (?:at|before)",
            r"(?:won't|will not|not) be (?:in|back) after lunch",
            r"\b(?:in|there|at school)(?: today| tomorrow)? (?:only )?(?:until|till) (?:lunch\w*|midday|noon|12)\b",
            r"miss(?:es|ing)? (?:the )?afternoon",
            r"miss(?:es|ing)? (?:\w+ )?pm\b",
            r"(?:only )?(?:be )?in (?:school )?for the morning",
            r"afternoon off",
            r"morning only",
            r"(?:(?<!fell )(?<!came )off|(?<!-)in|miss\w*|leav\w+|home|out(?! of hours))\b[\w ]{0,15}\bthis afternoon",
            r"afternoon appointment",
            r"\bleft (?:school )?(?:at|before|after) (?:lunch\w*|midday|noon|1[0-2][:.]\d\d|[1-3](?:[:.]\d\d)?)\b",
        ),
        taken_home=(
            r"(?<!work )(?<!be )sent home",  # not "could some work be sent home"
            r"on (?:my|our) way (?:to (?:collect|pick|get|fetch)|for)",
            r"just (?:picked|collected) \w+(?: up)?",
            r"(?:just|i've|i have|we've) (?:got|fetched|brought) \w+ (?:home )?from (?:the office|reception|school)",
            r"(?:i've|i have|we've|we have) got (?:him|her|them|\w+) (?:now|home)\b",
            r"(?:i'm|i am|we're|we are) (?:picking|collecting) \w+(?: up)? now",
            r"(?:i|we) (?:need|have) to (?:collect|pick up|fetch|get) (?:\w+ ){0,2}now\b",
            r"(?:i'll|i will|we'll|we will) (?:collect|fetch|get|pick up|come (?:and|to) (?:get|collect)) (?:him|her|them)"
            r"(?: up)? now\b",
            r"(?:got|had) (?:the|your) call",
            r"(?:leaving|left) (?:work|home) (?:now )?to (?:fetch|collect|get|pick up)",
            r"(?:thanks?|thank you) for (?:ringing|calling|phoning|the call)",  # the office rang: collected
            r"be there in \d+ (?:mins? |minutes )?to (?:get|collect|pick|fetch|take)",
            r"(?:i'm|i am|we're|we are) coming (?:in \d+ (?:mins?|minutes) )?to (?:get|collect|pick|fetch|take)",
        ),
        appointment=(
            r"appointment",
            r"dentist",
            r"doctor",
            r"orthodontist",
            r"optician",
            r"hospital",
            r"clinic",
            r"gp",
            r"camhs",
            r"therapy",
            r"scan",
        ),
        afternoon=(r"afternoon", r"after lunch", _DAY + r" p\.?m\b"),
        morning=(_DAY + r" (?:morning|a\.?m\b)",),
        all_day=(
            r"(?:out|off|away|miss\w*|won't be in|not be in|(?:won't|will not|not) come (?:in|to school))(?: at school| school| in school)?"
            r" (?:all day|the (?:whole|full) day"
            r"|for the (?:whole|full|rest of the) day|(?:for )?the rest of the day|that day)",
        ),
        whole_day=(
            r"(?:whole|all|full) day",
            r"won't be in",
            r"not be in",
            r"not coming (?:in|to school)",
        ),
        time=(
            r"(?:\b(?:at|@|by|for|around|about|from|after|before)\s+|\b)(?P<hour>[01]?\d|2[0-3])"
            r"(?:[:.](?P<minute>[0-5]\d))?\s*(?P<meridiem>am|pm|a\.m\.|p\.m\.)?(?![\d/])"
            r"(?!\s*(?:days?|weeks?|mins?|minutes?|hours?|hrs?|years?|st|nd|rd|th)\b)"
            r"(?!\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)"  # "from 14 december": a date
            r"|\b(?P<noon>midday|noon|lunch\s?time|dinner\s?time)\b"
            r"|\bhalf (?:past )?(?P<half>[1-9]|1[0-2]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
            r"\b(?![:.]?\d)"
        ),
    ),
}


@dataclass(frozen=True, slots=True)
class _Compiled:
    arrives_later: re.Pattern[str]
    leaves_early: re.Pattern[str]
    taken_home: re.Pattern[str]
    appointment: re.Pattern[str]
    afternoon: re.Pattern[str]
    morning: re.Pattern[str]
    whole_day: re.Pattern[str]
    all_day: re.Pattern[str]
    time: re.Pattern[str]


@cache
def _compiled(language: str) -> _Compiled:
    phrases = PHRASES.get(language, PHRASES["en"])

    return _Compiled(
        arrives_later=any_of(phrases.arrives_later),
        leaves_early=any_of(phrases.leaves_early),
        taken_home=any_of(phrases.taken_home),
        appointment=any_of(phrases.appointment),
        afternoon=any_of(phrases.afternoon),
        morning=any_of(phrases.morning),
        whole_day=any_of(phrases.whole_day),
        all_day=any_of(phrases.all_day),
        time=re.compile(phrases.time),
    )


def first_sessions(text: str, language: str = "en", *, for_appointment: bool = True) -> Sessions:
    """ "am" when the child arrives later, "pm" when they leave early, else "both". An appointment's time
    says which session is missed only when the appointment is why (`for_appointment`): a poorly child
    with a GP appointment this afternoon is off all day."""
    c = _compiled(language)
    text = _SYMPTOM_BACK.sub(" ", text)
    if c.all_day.search(text):
        return "both"
    leaves = c.leaves_early.search(text)
    if leaves and (out_and_back := _out_and_back(text, leaves, language)):
        return out_and_back
    if any(_arrives(text, m) for m in c.arrives_later.finditer(text)):
        return "am"
    if leaves:
        return "pm"
    if not for_appointment:
        return "both"
    if any(t >= time(12) for t in _appointment_times(text, c, language)):
        return "pm"
    if c.appointment.search(text) and not c.whole_day.search(text):
        if c.afternoon.search(text):
            return "pm"
        morning = c.morning.search(text)
        if morning and c.appointment.search(_sentence_of(text, morning)):
            return "am"  # the appointment's morning, not "dad's in hospital. we fly out tomorrow morning"
    return "both"


def _sentence_of(text: str, match: re.Match[str]) -> str:
    start = max(text.rfind(stop, 0, match.start()) for stop in ".!?\n") + 1
    ends = [i for stop in ".!?\n" if (i := text.find(stop, match.end())) >= 0]
    return text[start : min(ends, default=len(text))]


def _out_and_back(text: str, leaves: re.Match[str], language: str) -> Sessions | None:
    """ "collect her at 11 and have her back for the afternoon": the session of the time the child leaves."""
    back = _BROUGHT_BACK.search(text, leaves.end())
    if back is None or _NEGATED.search(text, max(0, back.start() - 25), back.start()):
        return None
    left_at = clock_times(leaves.group(), language)
    if not left_at:
        return None
    return "am" if left_at[0] < time(12) else "pm"


def withdrawn_sessions(text: str, language: str = "en") -> Sessions:
    """The part of a day a withdrawal takes back: a collection ("won't need collecting at 1 after all")
    is the afternoon, a late arrival ("no need to mark him late", an appointment called off so she's "in on
    time") the morning; anything else,
    however the child comes in ("i'll drop her in after all"), the whole day."""
    c = _compiled(language)
    if c.leaves_early.search(text):
        return "pm"
    # "the 8.30 appointment is cancelled, so she'll be in on time after all"; "the appointment on monday
    # morning is cancelled"
    late = _LATENESS.search(text) or (
        c.appointment.search(text) and (_ON_TIME.search(text) or _MORNING_APPOINTMENT.search(text))
    )
    return "am" if late else "both"


# A symptom back, not the child: "her temperature came back at 7 this morning".
_SYMPTOM_BACK = re.compile(
    r"\b(?:temperature|temp|fever|rash|cough|sickness|pain|spots|symptoms)(?: \w+)? (?:came|has come|is|was) back\b"
    r"(?: (?:up|again))?(?: at [\d.:]+(?: ?[ap]m)?)?"
)
_BROUGHT_BACK = re.compile(
    r"\b(?:have|bring|get|drop|take)\w* (?:him|her|them) back\b|\bback (?:in )?(?:for|by)\b"
)
_LATENESS = re.compile(r"\bmark \w+ (?:as )?late\b|\b(?:be|being|coming|arriving) (?:in )?late\b")
_ON_TIME = re.compile(r"\bin (?:after all )?on time\b|\bnormal time\b|\bnot late\b")
_MORNING_APPOINTMENT = re.compile(r"\bappointment\b[\w' ]{0,40}\bmorning\b")


def taken_home(text: str, language: str = "en") -> bool:
    """The child has been taken home from school: "she's been sent home", "on my way for him now"."""
    return _compiled(language).taken_home.search(text) is not None


_SENTENCE_END = re.compile(r"[!?\n]|\.(?!\d)")  # not the dot of "2.30"
_SINCE = re.compile(r"\bsince [\w:.]+")  # "on his inhaler since lunchtime" is no appointment time


def _appointment_times(text: str, c: _Compiled, language: str) -> list[time]:
    """The times said in a sentence with an appointment ("the dentist at 2"), not elsewhere ("she was
    awake until after 2. i've booked the gp for friday")."""
    sentences = [_SINCE.sub("", s) for s in _SENTENCE_END.split(text) if c.appointment.search(s)]
    return [t for sentence in sentences for t in clock_times(sentence, language)]


# "will not come back after", "won't bother bringing him back after": no arrival
_NEGATED = re.compile(r"\b(?:not|never|won't|wont|n't|too late to)\b[\w' ]*$")


def _arrives(text: str, m: re.Match[str]) -> bool:
    """Not said with a "not" before it, unless that is "not until" ("won't be back until 11"); nor the
    parent's arrival to take the child ("i'll be there for about 12.15 to get him")."""
    if _TO_COLLECT.match(text, m.end()) or _NO_SCHOOL_TIME.match(text, m.end()):
        return False
    return " until " in m.group() or not _NEGATED.search(text, max(0, m.start() - 25), m.start())


_TO_COLLECT = re.compile(r"[\w.:]*\s+to (?:get|collect|pick|fetch|take)\b")
# A time no child arrives at school ("he finally dropped off about 5"), or one told of in the past ("then about
# 9 she started being sick").
_NO_SCHOOL_TIME = re.compile(
    r"\s*(?:midnight|[3-7](?:[:.]\d\d)?(?! ?pm)\b(?![/.]?\d)|(?:[1-7]|1[0-2])(?:[:.]\d\d)? ?am\b"
    r"|\d{1,2}(?:[:.]\d\d)?(?: ?[ap]m)?,? (?:he|she|they|i|we)"
    r" (?:was|were|started|woke|came|got|had|went|said|\w+ed)\b)"
)


def clock_times(text: str, language: str = "en") -> list[time]:
    """The times of day the message states, reading a bare "at 2" as 2pm (school hours)."""
    times = []
    for m in _compiled(language).time.finditer(text):
        if m["noon"]:
            times.append(time(12))
            continue
        if m["half"]:  # "half 10" and "half one" are half past
            hour = int(m["half"]) if m["half"].isdigit() else HOUR_WORDS.index(m["half"]) + 1
            times.append(time(hour + 12 if hour <= 6 else hour, 30))
            continue
        meridiem, minute = m["meridiem"], m["minute"]
        prefixed = not m.group().startswith(m["hour"])
        if not (meridiem or minute or prefixed):
            continue  # a bare number is a count, not a time
        hour = int(m["hour"])
        if (meridiem and meridiem.startswith("p") and hour < 12) or (not meridiem and 1 <= hour <= 6):
            hour += 12
        if hour < 24:
            times.append(time(hour, int(minute or 0)))
    return times


def arrival_time(text: str, language: str = "en") -> time | None:
    """The latest time of day a message about lateness states: when the child expects to be in."""
    times = [t for t in clock_times(text, language) if time(7) <= t < time(15)]
    return max(times, default=None)
