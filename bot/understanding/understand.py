"""understand(): one parent message, read into what it reports (DESIGN.md §4).

A pure function of the text, the moment it was sent, the parent's children and the school calendar.
Each layer is a module of its own; this one composes them and decides what to ask.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime, time, timedelta

from bot.calendar import SchoolCalendar
from bot.codes import Category
from bot.understanding import intent
from bot.understanding.children import name_spans, which_children
from bot.understanding.dates import (
    DayRef,
    DurationRef,
    Mention,
    Mentions,
    Role,
    TermRef,
    WeekRef,
    find_mentions,
)
from bot.understanding.days_meant import days_meant, told_on
from bot.understanding.language import detect_language
from bot.understanding.period import UNKNOWN, Circumstances, Period, absence_period
from bot.understanding.reasons import find_reason
from bot.understanding.result import Question, Sessions, Understanding
from bot.understanding.sessions import (
    arrival_time,
    clock_times,
    first_sessions,
    taken_home,
    withdrawn_sessions,
)
from bot.understanding.siblings import without_attending, without_spans
from bot.understanding.text import AFTER_SCHOOL, LATE_EN, fold, normalise

AM_REGISTER_CLOSE = time(9, 15)
SCHOOL_DAY_END = time(15, 30)

# With no end stated, the absence is the first day only.
ONE_DAY_REASONS = frozenset(
    {
        Category.MEDICAL,
        Category.INTERVIEW,
        Category.RELIGIOUS,
        Category.EXCEPTIONAL,
        Category.PERFORMANCE,
        Category.LATE,
        Category.LATE_AFTER_CLOSE,
        Category.UNACCEPTABLE,
        Category.NONE_GIVEN,
        Category.TRAVEL_DISRUPTION,
        Category.TRANSPORT_PROVIDED_UNAVAILABLE,
    }
)
# Reasons that happen on the day stated: such a day that is not a school day is a mistake to ask about.
FIXED_DAY_REASONS = frozenset(
    {Category.MEDICAL, Category.INTERVIEW, Category.RELIGIOUS, Category.EXCEPTIONAL, Category.PERFORMANCE}
)
# Reasons whose words alone make a message a report; the others ("birthday", "snow") also need words
# of being absent or a day, or "happy birthday!" would be one.
SELF_EVIDENT_REASONS = frozenset(
    {
        Category.ILLNESS,
        Category.MEDICAL,
        Category.EXCEPTIONAL,
        Category.LATE,
        Category.TRANSPORT_PROVIDED_UNAVAILABLE,
        Category.INTERVIEW,
    }
)

# Reasons that make a child late rather than absent when the message says they will be late.
_LATE_FOR_ANY = frozenset(
    {
        Category.TRAVEL_DISRUPTION,
        Category.ILLNESS,
        Category.TRANSPORT_PROVIDED_UNAVAILABLE,
        Category.EXCEPTIONAL,
    }
)
# A brother's or sister's appointment: what makes this child late, not an appointment of theirs.
_SIBLING_APPOINTMENT = re.compile(
    r"\b(?:(?:brother|sister|sibling|baby)(?:'s| has| had| is)|(?:take|taking) the baby for)(?: [\w':.]+){0,12}?"
    r" (?:appointment|dentist|doctor's|doctors|hospital|clinic|check-?up|jabs?|injections?|vaccinations?)"
    # "i'm at the gp with the baby": the appointment is the little one's
    r"|\b(?:gp|doctor'?s|dentist|hospital|clinic|surgery)\b[\w' ]{0,15} with (?:the|my|our|his|her) "
    r"(?:baby|little one|(?:little |baby |younger )?(?:brother|sister))\b"
    r"|\bbaby\b[\w' ]{0,25}\b(?:gp|appointment|jabs?|clinic|doctor'?s?|hospital|injections?|vaccinations?"
    r"|check[- ]?ups?)\b"
)
# Where a child poorly or hurt that day is seen about it.
_SEEN_ABOUT_IT = re.compile(
    r"\b(?:(?:an? |the )?(?:gp|doctor'?s?|docs?|surgery|practice nurse|nurse|walk-in(?: centre)?|urgent care|111"
    r"|x-?rays?|a&e|minor injuries(?: unit)?)(?: (?:appointment|appt))?|appointment|appt)\b"
    r"(?: (?:in|at) (?:the )?hospital\b)?"  # "an appointment in hospital" is no stay "in hospital"
)
_APPOINTMENT = re.compile(r"\b(?:gp|doctor'?s?|dentist|appointment|appt)\b")
_HOSPITAL_APPOINTMENT = re.compile(
    r"\b(?:hospital|clinic|consultant|specialist|outpatients?) (?:appointment|appt)\b"
    r"|\b(?:appointment|appt) (?:at|in|with) (?:the )?(?:\w+ )?(?:hospital|clinic|consultant)\b"
    r"|\b(?:appointment|appt)\b[\w' ]{0,40}\babout (?:his|her|their)\b"  # "her appointment at the royal berks about her tonsils"
)
# An appointment or event moved to another day: "the hospital have moved it from wednesday to friday".
_MOVED_TO = re.compile(
    r"\b(?:moved|changed|rearranged|brought forward|put back|switched)\b[\w' ]{0,40}?(?P<to>\bto )"
    r"(?:(?:this|next|the) )?(?P<day>today|tomorrow|monday|tuesday|wednesday|thursday|friday|\d{1,2}(?:st|nd|rd|th)?\b)"
    r"(?! after school| at (?:[3-7](?![:.]?\d)|[3-7][:.]\d\d) ?(?:pm)?)"  # not moved out of the school day
)
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)?")
_ARRIVING_LATE = re.compile(
    r"\b(?:is|'s|are|'re) on (?:his|her|their|our) way(?: in| to school)?(?: now)?"
    r"(?: with (?:his|her|their|my|our) \w+)?(?= *(?:[.,!]|$))|"
    rf"\b(?:are|is|'s|'re|will be|be|running|runs|coming in|come in) "
    rf"(?:a (?:bit|little) |(?:about |around )?\d+(?:(?: or |-)\d+)? ?(?:mins?|minutes) )?(?:{LATE_EN})\b"
    r"|\b(?:running|(?:are|is|'s|'re) running|be|'ll be|will be) (?:a (?:bit|little) |(?:about |around )?\d+(?:(?: or |-)\d+)?"
    r" ?(?:mins?|minutes) )?behind\b"
    r"|\bbe there (?:at |by )?(?:about |around )?(?:9|1[01])[:.]\d\d\b"  # "lost a shoe, be there 9.05 latest"
    r"|\b(?:leaving|setting off|heading off) now,? (?:be there in )?\d+ ?(?:mins?|minutes)\b"
    r"|\bbe there in \d+(?!\d)(?! (?:mins? |minutes )?to (?:get|collect|pick|fetch|take))"
    r"|\b(?:won't|will not|not) be there (?:till|until) (?:about |around )?\d"
    r"|\b(?:will|'ll) be (?:in|there|with you) (?:for|by) (?:about |around )?(?:9|1[01])(?:[:.]\d\d)?(?: ?am)?\b"
    r"(?![/.]?\d|st|nd|rd|th)"
    r"|\b(?:got|came) in late\b|\b(?:arrived|got in) (?:at |about |around )?(?:9|1[01])[:.]\d\d"
    r"|\b(?:was|were) late (?:yesterday|this morning|on (?:monday|tuesday|wednesday|thursday|friday))\b"
    r"|\bnot (?:till|until) (?:about |around )?half (?:9|nine|10|ten)\b"
)
_TERM_END = re.compile(
    # "back after the holidays", not "ill after the holiday"
    r"\b(?:end of (?:the )?term|this term|(?:until|till|til|(?:back|return\w*|in|off|away)(?: (?:in|at|to) school)? after"
    r"|before) (?:after )?"
    r"(?:the |las |les )?"
    r"(?:christmas |easter |summer |half[- ]term )?(?:holidays?|break)"
    r"|(?:until|till|til) after (?:christmas|easter|half[- ]term|the new year)"
    r"|before (?:you|we|school|they) breaks? up|(?:back|sending \w+ back) before half[- ]term"
    r"|(?:back|see you(?: all)?|return\w*)(?: (?:in|at|to) school)? (?:in|after) (?:january|the new year|the new term)"
    r"|back after half[- ]term"
    r"|(?:the )?first day (?:back )?(?:in|of|after) (?:january|the new year|the new term|the holidays)"
    r"|(?:the )?last (?:\w+ )?days? (?:of|before the end of) (?:the )?term"
    r"|when (?:the )?(?:new )?(?:school|term) (?:starts?|begins?|opens?|goes back))\b"
)
# What tired them out last night is no reason for today: "v tired after diwali last nite... b there for 9".
_LAST_NIGHTS_EVENT = re.compile(
    r"\bafter (?:the |a |our )?[\w' ]{1,20}? (?:last night|last nite|yesterday evening)\b"
)
_KEPT_OFF = re.compile(r"\b(?:i|we) kept (?:him|her|them) (?:off|home|at home)\b")
_KEPT_POSTED = re.compile(r"\b(?:keep you posted|keep you updated|let you know (?:before|when|how))\b")
_BACK_AFTER_HOLIDAYS = re.compile(
    r"\b(?:back|return\w*|coming back|come back|until|till|til) (?:(?:to|in|at) school )?after (?:the )?"
    r"(?:christmas |easter |summer |half[- ]term )?"
    r"(?:holidays?|christmas|easter|half[- ]term)\b|\b(?:for )?the rest of (?:the )?term\b"
    r"|\bsee you (?:all )?(?:in january|in the new year|after (?:christmas|the holidays))\b"
)
# To the end of term; with "every day", in school after all every day to it.
_UNTIL_TERM_ENDS = (
    r"\b(?:until|till|til|up to|up until|to) (?:the end of (?:the )?term|(?:you|we|school|they) breaks? up"
    r"|the (?:very )?last day(?: of term)?)\b"
)
_UNTIL_TERM_END = re.compile(_UNTIL_TERM_ENDS)
_IN_TO_TERM_END = re.compile(_UNTIL_TERM_ENDS + r"|\bevery day (?:until|till|up to)\b")
# The next day told only as a maybe: "if she's still being sick she won't be in tomorrow either", "i'll let
# you know about tomorrow", "i can't see her being in on monday".
_NEXT_DAY_UNSURE = re.compile(
    r"\bif (?:s?he|they|it|\w+)(?:'s| is| are|'re) still\b[^.!?]{0,60}\b(?:won't|wont|will not|not) be (?:in|back)\b"
    r"|\b(?:let you know|keep you posted|update you) (?:about|re|regarding|on) (?:tomorrow|monday|the morning)\b"
    r"|\bcan'?t see (?:him|her|them) (?:being|coming|going) in\b"
)
_EACH_DAY = re.compile(
    r"\b(?:mornings|afternoons|both days|each day|every day|each morning|each afternoon)\b"
)
_MINUTES_LATE = re.compile(
    r"\b(?:\d+(?: or |-))?(\d{1,2}) ?(?:mins?|minutes) (?:late|behind|away)\b"
    r"|\bin (?:about |around |another )?(?:\d+(?: or |-))?(\d{1,2}) ?(?:mins?|minutes)\b"  # "be there in about 20 min"
)
_SENT_IN = re.compile(
    r"\b(?:(?:i've|i have|we've|we have|i|we) )?(?:sent|brought|dropped) (?:him|her|them) in\b"
)
# A reply to the school's call about a child taken ill, who stayed: "thanks for calling, he went back to class".
_BACK_TO_CLASS = re.compile(
    r"\b(?:thanks?|thank you) for (?:calling|ringing|phoning|the call)\b[\w' ,.!]{0,150}"
    r"\b(?:(?:went|gone|go|is|'s) back (?:in|to|into) (?:class|school|the classroom)|stay(?:ed)? in school)\b"
)
# A message written to thank someone, which tells of no absence.
_THANKS = re.compile(
    r"^\W*(?:\w+,? )?(?:(?:(?:i |we )?(?:just )?(?:wanted|want|would like|'d like) to say )(?:a )?(?:huge |massive |big "
    r"|quick |special )?(?:thank you|thanks)(?: so much)? (?:to|for)|(?:a )?(?:huge |massive |big |special )?"
    r"(?:thank you|thanks)(?: so much)? to)\b"
)
_REPORTED_AT_THE_TIME = re.compile(
    r"\b(?:i|we) (?:reported|rang about|told you about|let you know about) (?:it|this|that|them) at the time\b"
)
_MISSED_A_TEST = re.compile(
    r"\bmissed (?:his|her|their|the) (?:\w+ )?(?:mocks?|exams?|tests?|assessments?)\b"
)
# An errand for the office: "i'll drop it into the office with the medicine form".
_ERRAND = re.compile(
    r"\b(?:medicine|medication) form\b|\bdrop (?:it|them|the \w+) (?:in|into|off at|round) (?:to )?the office\b"
)
# Well again, the absence over: "they're fully over the chickenpox so they'll both be in today".
_RECOVERED = re.compile(
    r"\b(?:is|are|'s|'re) (?:fully |completely |totally |now |all )?(?:over|recovered from|better from)"
    r" (?:the|his|her|their|it)\b(?! (?:weekend|week|holidays?|christmas|half[- ]term|next|coming|night|break))"
    r"|\bno need to worry\b|\b(?:been|is|'s) (?:absolutely |totally |completely |perfectly )?fine since\b"
)
_IN_ON_TIME = re.compile(r"\b(?:is|'s|are|'re|will be|'ll be) in on time\b")
_BACK_TODAY = re.compile(r"\b(?:is|'s|are|'re) back(?: in)?(?: school)? today\b")
_THOSE_DAYS = re.compile(r"\b(?:that|those) (?:days?|weeks?)\b")
# Said to have happened in school, with a question: a parent asking after their child, not reporting.
_IN_SCHOOL = re.compile(r"\b(?:at|in) (?:school|class)\b")
_NONE_MISSED = re.compile(
    r"\b(?:won't|wont|will not|not|never|doesn't|don't) (?:have to )?miss (?:any )?(?:school|days?|lessons?|anything)"
    r"|\bno need (?:for \w+ )?to (?:take \w+ out|leave early|collect \w+ early)|\bno school (?:missed|to miss)"
    r"|\bnothing to worry about for school|(?<!collecting him )(?<!collecting her )(?<!collect him )(?<!collect her )"
    r"\bat the normal time\b"
)
# The school's letter or figures about a child's attendance, which a parent answers.
_ATTENDANCE_FIGURES = re.compile(
    r"\battendance (?:is|was|has been|of|at|letter|figures?|percentage|record|meeting|officer)\b"
    r"|\bletter\b[\w' ]{0,40}\battendance\b|\battendance\b[\w' ]{0,20}\b\d{2}(?:\.\d)? ?%"
)


def understand(
    text: str,
    now: datetime,
    children: Sequence[str],
    calendar: SchoolCalendar,
    language_hint: str | None = None,
    *,
    am_close: time = AM_REGISTER_CLOSE,
    day_end: time = SCHOOL_DAY_END,
) -> Understanding:
    """What a parent's message reports. `now` is aware, in the school's time zone; never raises."""
    folded = fold(text)
    language = detect_language(folded, language_hint)
    words = normalise(folded, language)
    roster = tuple(dict.fromkeys(name.strip() for name in children if name.strip()))
    mentioned = which_children(folded, roster, language)
    named, attending = without_attending(words, mentioned, roster, language)
    found = find_mentions(words, intent.absence_pattern(language), language)
    mentions = _back_at_school(words, days_meant(words, found))

    # "i kept him off", written once school has begun, is today
    kept_off_today = _KEPT_OFF.search(words) is not None and _in_school_hours(
        now, calendar, am_close, day_end
    )

    def circumstances(category: Category | None, *, one_day: bool) -> Circumstances:
        return Circumstances(
            now=now,
            calendar=calendar,
            day_end=day_end,
            one_day=one_day,
            fixed_day=category in FIXED_DAY_REASONS,
            retrospective=intent.is_retrospective(words, language) and not kept_off_today,
            open_ended=intent.is_open_ended(words, language),
            absence_stated=intent.mentions_absence(words, language),
        )

    moved_to = _moved_to(words, mentions)
    if intent.sends_in_regardless(words, language):
        return _not_a_report(named, language)
    if moved_to is not None:
        mentions = moved_to  # "the dentist has been moved to thursday": a report of the new day
    elif intent.is_withdrawal(without_spans(words, attending), language) and not (
        _RECOVERED.search(words) and not intent.takes_back(words, language)
    ):
        # Every day a withdrawal names is a day no longer absent, "she'll be in today" included, and
        # with none named, the day a report would be about ("ignore my text, she's coming in after all"),
        # unless it is a trip called off or "that week", whose days are those of the earlier message.
        # ...but not a day told of in passing ("i was mixed up with next week") beside one withdrawn.
        in_to_term_end = _IN_TO_TERM_END.search(words)
        untold = tuple(
            m
            for m in mentions.found
            if not told_on(words, m)
            # the end of term they are in up to is no day withdrawn
            and not (in_to_term_end and isinstance(m.ref, TermRef) and m.start >= in_to_term_end.start())
        )
        in_school = tuple(m for m in untold if not AFTER_SCHOOL.match(words, m.end + 1))  # not "moved to 4pm"
        kept = (
            tuple(m for m in in_school if m.about_absence)
            or tuple(m for m in in_school if not m.past)  # not "she perked up this afternoon"
            or untold
        )
        # the end of a range stays one ("in school 8th-12th feb after all")
        plain = tuple(m if m.role is Role.END else replace(m, role=Role.PLAIN) for m in kept)
        if not any(m.about_absence for m in plain):
            # "i emailed before christmas about the 11th and 12th february": the days asked for then are to come
            plain = tuple(replace(m, past=False) for m in plain)
        days = Mentions(plain, mentions.unclear)
        earlier = find_reason(words, language) is Category.HOLIDAY or _THOSE_DAYS.search(words)
        withdrawn = circumstances(None, one_day=True)
        period = UNKNOWN if earlier and not days.found else absence_period(days, withdrawn)
        if in_to_term_end:
            # "not flying out on the 10th after all, they'll be in right up to the end of term": from that day,
            # or with none named from the next school day
            first = period.first_day or calendar.next_school_day(now.date(), inclusive=now.time() < am_close)
            last = calendar.term_end(first) if first else None
            if first is not None and last is not None:
                period = Period(first, last, calendar.next_school_day(last), False)
        if period.open_ended and period.first_day is not None:  # a withdrawal leaves nothing open
            period = Period(
                period.first_day, period.first_day, calendar.next_school_day(period.first_day), False
            )
        # those said to be in school after all are the ones the withdrawal is about
        sessions = withdrawn_sessions(without_spans(words, attending), language)
        return _report(named or mentioned, period, sessions, None, cancel=True, language=language)

    mentions = _outside_spans(mentions, attending)
    reason = find_reason(
        _LAST_NIGHTS_EVENT.sub(" ", words), language, youngest_at_school=len(roster) > 1 and not mentioned
    )
    if not _is_report(words, reason, mentions, language, day_end):
        return _not_a_report(named, language)
    told_of = without_spans(words, attending)  # the words about the children the report is about
    ill = reason is Category.ILLNESS or (
        reason is Category.MEDICAL and _seen_for_the_illness(told_of, language)
    )
    sessions = first_sessions(told_of, language, for_appointment=not ill)
    went_home = taken_home(words, language) and _in_school_hours(now, calendar, am_close, day_end)
    if went_home:
        sessions = "pm"
        reason = reason or Category.ILLNESS  # the school rang to have the child collected
    if ill and sessions == "both":
        reason = Category.ILLNESS
    elif reason is Category.ILLNESS and sessions != "both" and not went_home and _APPOINTMENT.search(told_of):
        reason = Category.MEDICAL  # "the gp can see her at 2.40 about her ear, i'll get her at 2.15"
    if reason is None and _coming_in_later_today(words, sessions, mentions, language):
        reason = Category.LATE
    late_for_any = reason in _LATE_FOR_ANY or (
        reason is Category.MEDICAL and _SIBLING_APPOINTMENT.search(words)
    )
    if (late_for_any or reason is None) and not went_home and _ARRIVING_LATE.search(told_of):
        reason = Category.LATE  # "the car was frozen solid, they'll be late": late, for whatever reason
    category = reason or Category.NONE_GIVEN
    if _tomorrow_in_doubt(words, mentions, now, calendar):
        mentions = Mentions(mentions.found, unclear=True)
    period = absence_period(
        mentions, circumstances(category, one_day=sessions == "am" or category in ONE_DAY_REASONS)
    )
    if _starts_differ_by_child(words, named, roster, found, language) or _part_of_several_days(
        words, sessions, period
    ):
        period = UNKNOWN
    elif _returns_differ_by_child(words, named, roster, mentions, language):
        period = Period(period.first_day, None, None, True)
    period = _to_term_end(words, period, calendar, language, mentions)
    if category is Category.HOLIDAY:
        period = _after_the_holidays(mentions, period, now, calendar)
    elif category is Category.RELIGIOUS and not mentions.found and not _FESTIVAL_TODAY.search(words):
        period = UNKNOWN  # "off for eid" names the day only by a festival whose date is not ours to guess
    if went_home and period.first_day is not None and period.first_day > now.date():
        period = replace(period, first_day=now.date())  # "just collected her... won't be in tomorrow"
    if period.first_day is not None and _day_back_unsure(words, period, mentions, calendar):
        period = Period(period.first_day, None, None, True)
    if category is Category.LATE and _after_register_close(words, now, period.first_day, am_close, language):
        category = Category.LATE_AFTER_CLOSE
    if category in (Category.LATE, Category.LATE_AFTER_CLOSE):
        sessions = "am"  # a late mark is the morning's
    return _report(named, period, sessions, category, cancel=False, language=language)


# The festival is today: "eid mubarak!", "it's diwali so she won't be in".
_FESTIVAL_TODAY = re.compile(r"\b(?:it's|it is|its|today is|today's|happy)\b|\bmubarak\b")
_CLOSURE_KNOWN = re.compile(
    r"\b(?:training|inset|teacher day|staff day|no school|school'?s? (?:is )?closed)\b"
)
_SMALL_HOURS_END = time(4)


_AT_SCHOOL = re.compile(
    r"\b(?:back|be|return\w*) (?:(?:at|in|to|into) school|in class|with you)\W+(?:\w+\W+){0,2}$"
    r"|\b(?:won't|will not|not) be (?:back|in) (?:until|till|til) (?:the )?$"
)


_JOURNEY_HOME = re.compile(
    r"\b(?:flights?|fly|flying|land|lands|landing|drive|driving|get|getting|arrive|arriving|come|coming)"
    r"(?: us| them| me)? (?:back|home)\b(?: \w+){0,3}\s*$"
)


def _back_at_school(words: str, mentions: Mentions) -> Mentions:
    """A day back at school told beside the family's own journey ("we come back on tuesday 2nd, so he'll be back
    at school on wednesday 3rd", "our flight back is now the 12th", "the earliest they can get us home is friday,
    so he won't be back until monday 11th") is the day back: the other is the journey's."""
    returns = [m for m in mentions.found if m.role in (Role.RETURN, Role.UNTIL)]
    at_school = [
        m for m in returns if _AT_SCHOOL.search(words, max(0, m.start - 40), m.start) and not _is_today(m.ref)
    ]  # not a sibling's "will be in school today"
    if not at_school:
        return mentions
    journey = [
        m
        for m in mentions.found
        if m not in at_school
        and (
            (m.role is Role.RETURN and any(school.role is Role.RETURN for school in at_school))
            or _JOURNEY_HOME.search(words, max(0, m.start - 40), m.start)
        )
    ]
    if not journey:
        return mentions
    return Mentions(tuple(m for m in mentions.found if m not in journey), mentions.unclear)


def _tomorrow_in_doubt(words: str, mentions: Mentions, now: datetime, calendar: SchoolCalendar) -> bool:
    """ "won't be in tomorrow" sent after midnight (which day is tomorrow?), or during term on the eve of a
    weekday the school is closed that the parent does not mention (the day after, or a mistake?): the bot
    asks."""
    days = [m for m in mentions.found if m.role in (Role.PLAIN, Role.START) and not m.past]
    if [m.ref for m in days[:1]] != [DayRef(offset=1)]:
        return False  # "today and tomorrow" starts today
    if now.time() < _SMALL_HOURS_END:
        return True
    today, day = now.date(), now.date() + timedelta(days=1)
    # in the holidays, "tomorrow" before a closed first day of term is the first day back
    closed = day.weekday() < 5 and not calendar.is_school_day(day) and calendar.is_school_day(today)
    return closed and not _CLOSURE_KNOWN.search(words)


def _outside_spans(mentions: Mentions, spans: list[tuple[int, int]]) -> Mentions:
    """The days not told of in a sibling's clause ("rosa's coming back in today, but alfie's off"): those
    are that sibling's. (A withdrawal's days are in such a clause: "they'll be in school 8th-12th".)"""
    kept = tuple(m for m in mentions.found if not any(start <= m.start < end for start, end in spans))
    return mentions if len(kept) == len(mentions.found) else Mentions(kept, mentions.unclear)


def _moved_to(words: str, mentions: Mentions) -> Mentions | None:
    """The new school day an appointment or event is moved to ("moved from wednesday to friday, so he'll
    be in on wednesday"), as the one day of the report; None when nothing is moved to a named day."""
    moved = _MOVED_TO.search(words)
    if moved is None:
        return None
    new = next(
        (
            m
            for m in mentions.found
            if m.start >= moved.start("to")
            and isinstance(m.ref, DayRef)
            and moved["day"] in words[m.start : m.end]
        ),
        None,
    )
    if new is None:
        return None
    return Mentions((replace(new, role=Role.PLAIN, past=False, about_absence=True),), unclear=False)


def _seen_for_the_illness(words: str, language: str) -> bool:
    """ "a rash all over, gp appointment at 10 so she won't be in today", "fell yesterday, at the hospital
    for an x-ray": a day off ill or hurt, with the family doctor or A&E seen about it, is the illness; a
    clinic, a dentist or a review is the appointment, and so is a hospital appointment ("at the hospital
    for her allergies on friday")."""
    if _HOSPITAL_APPOINTMENT.search(words):
        return False
    return find_reason(_SEEN_ABOUT_IT.sub(" ", words), language) is Category.ILLNESS


def _is_report(words: str, reason: Category | None, mentions: Mentions, language: str, day_end: time) -> bool:
    if _NONE_MISSED.search(words):
        return False  # "we land back on the 3rd, so the children won't miss any school"
    if _ATTENDANCE_FIGURES.search(words) and all(_gone(m) or not m.about_absence for m in mentions.found):
        return False  # "i've had a letter saying his attendance is 89%... he's only been off when ill"
    told_before = _REPORTED_AT_THE_TIME.search(words) or (
        _MISSED_A_TEST.search(words) and all(_gone(m) for m in mentions.found)
    )
    if told_before and intent.is_question(words, language):
        return False  # "she was off ill the last week of term (i reported it at the time). can she sit the mock?"
    told = intent.without_questions(words, language)
    if intent.mentions_absence(told, language) or _ARRIVING_LATE.search(told):
        return True
    if reason is Category.MEDICAL and (times := clock_times(words, language)) and min(times) >= day_end:
        return False  # "the dentist at 4 today": after school
    if reason in (Category.MEDICAL, Category.ILLNESS) and AFTER_SCHOOL.search(words):
        return False  # "had his cast off at the fracture clinic after school today, all healed"
    back = [m for m in mentions.found if m.role in (Role.RETURN, Role.UNTIL) and not _is_today(m.ref)]
    # "travelling with us for the fair... back with you monday 14th. can his teacher do him a work pack?"
    back_told = reason is not None and any(
        m.role is Role.RETURN and words[m.start : m.end] in told for m in back
    )
    if (intent.is_question(words, language) or ("?" in words and _IN_SCHOOL.search(words))) and not back_told:
        return False
    if _SENT_IN.search(words) or _BACK_TO_CLASS.search(words) or _RECOVERED.search(words):
        return False  # "a bit sniffly but no temperature so i've sent him in", "fully over the chickenpox"
    if _IN_ON_TIME.search(words):
        return False  # "had the dentist at 8 but she's in on time"
    if _THANKS.search(words) or _ERRAND.search(words):
        return False  # "a massive thank you to miss tan for looking after ruby", "i'll drop the inhaler in"
    if _BACK_TODAY.search(words) and not any(
        m.past and (m.about_absence or reason is Category.ILLNESS) for m in mentions.found
    ):
        return False  # "freddie's back in today after the sickness bug": the absence is over
    if reason is not None and (reason in SELF_EVIDENT_REASONS or not all(map(_gone, mentions.found))):
        return True
    if not mentions.found:
        return False
    if back:
        return True  # "back on monday" tells of an absence until then; "back today" of none to come
    return intent.is_date_answer(_WORD.findall(_outside(words, mentions)), language)


def _gone(m: Mention) -> bool:
    """Said of a time already past: "loved the panto last week", "the party yesterday was great"."""
    if isinstance(m.ref, WeekRef):
        return m.past or m.ref.which == "previous"
    return m.past or (isinstance(m.ref, DayRef) and m.ref.offset is not None and m.ref.offset < 0)


def _is_today(ref: object) -> bool:
    return isinstance(ref, DayRef) and ref.offset == 0 and ref.base is None


def _outside(words: str, mentions: Mentions) -> str:
    """The text around the mentions."""
    parts, position = [], 0
    for m in mentions.found:
        parts.append(words[position : m.start])
        position = m.end
    parts.append(words[position:])
    return " ".join(parts)


def _to_term_end(
    words: str, period: Period, calendar: SchoolCalendar, language: str, mentions: Mentions
) -> Period:
    """An absence with no end but the term's ("off till the end of term"), or with none stated that
    starts on the last day of term, ends with the term: the holidays are no school days to ask about.
    So does a single day with "back after the holidays" and no other end ("we fly on the 14th, from that
    day he won't be in, back after the holidays")."""
    first = period.first_day
    if first is None:
        return period
    # a length of time is the doctor's guidance, not the parent's plan: "infectious for 24 hours ... but i'm
    # keeping him home for the rest of term"
    ends = [m for m in mentions.found if m.role in (Role.END, Role.RETURN, Role.UNTIL)]
    guided = bool(ends) and all(isinstance(m.ref, DurationRef) for m in ends)
    one_day = (period.last_day == first and not ends) or guided
    if one_day and (_BACK_AFTER_HOLIDAYS.search(words) or _UNTIL_TERM_END.search(words)):
        last = calendar.term_end(first) or first
        return Period(first, last, calendar.next_school_day(last), False)
    if not period.open_ended:
        return period
    last = calendar.term_end(first) or first
    if not _TERM_END.search(words) and (last != first or intent.is_open_ended(words, language)):
        return period  # "until further notice" stays open, even on the last day
    return Period(first, last, calendar.next_school_day(last), False)


def _day_back_unsure(words: str, period: Period, mentions: Mentions, calendar: SchoolCalendar) -> bool:
    """The day back told only as a maybe, with no end told after it ("if she's still being sick she won't be in
    tomorrow either"), or left to be told after the holidays ("off sick until christmas ... i'll let you know
    before term starts")."""
    unsure = _NEXT_DAY_UNSURE.search(words)
    if unsure and not any(
        m.role in (Role.END, Role.RETURN, Role.UNTIL) and m.start >= unsure.end() for m in mentions.found
    ):
        return True
    back = period.return_day
    return (
        back is not None
        and _KEPT_POSTED.search(words) is not None
        and calendar.term_start(back, before=True) == back
    )


def _after_the_holidays(
    mentions: Mentions, period: Period, now: datetime, calendar: SchoolCalendar
) -> Period:
    """ "we fly back on 7 january, so they'll be back at school on friday 8th", sent in December with no first
    day: the days missed are those of the new term before the day back, not the rest of this one."""
    first, last = period.first_day, period.last_day
    if (
        first is None
        or last is None
        or any(
            m.role in (Role.PLAIN, Role.START, Role.SINCE)
            and isinstance(m.ref, DayRef)
            and m.ref.offset in (0, 1)
            for m in mentions.found
        )
    ):
        return period
    soon = calendar.next_school_day(now.date(), inclusive=now.time() < SCHOOL_DAY_END)
    end_of_term = calendar.term_end(first)
    if first != soon or end_of_term is None or end_of_term >= last:
        return period
    return replace(period, first_day=calendar.term_start(last, before=True) or first)


def _part_of_several_days(words: str, sessions: Sessions, period: Period) -> bool:
    """ "wednesday and thursday afternoons": a half day on each day, which one report cannot hold."""
    several = period.last_day is not None and period.last_day != period.first_day
    return sessions != "both" and several and _EACH_DAY.search(words) is not None


def _starts_differ_by_child(
    words: str, named: tuple[str, ...], roster: tuple[str, ...], mentions: Mentions, language: str
) -> bool:
    """ "Sam off monday, Ava off tuesday", "alfie on tuesday and izzy on wednesday": days of each child's
    own, which one report cannot hold. Days gone are when each fell ill ("nia came out in spots on sunday")."""
    to_come = Mentions(tuple(m for m in mentions.found if not m.past), mentions.unclear)
    return _told_per_child(words, named, roster, to_come, language, (Role.PLAIN, Role.START, Role.SINCE))


def _returns_differ_by_child(
    words: str, named: tuple[str, ...], roster: tuple[str, ...], mentions: Mentions, language: str
) -> bool:
    """ "mabel will be back thursday, but arthur won't be back till friday": the day back is each child's
    own, so the bot asks it."""
    return _told_per_child(words, named, roster, mentions, language, (Role.RETURN, Role.UNTIL))


def _told_per_child(
    words: str,
    named: tuple[str, ...],
    roster: tuple[str, ...],
    mentions: Mentions,
    language: str,
    roles: tuple[Role, ...],
) -> bool:
    """Whether days of these roles are told after the first child named and again after the second."""
    if len(named) < 2:
        return False
    first_names = [name.split()[0].lower() for name in roster]
    positions = sorted(
        spans[0][0]
        for name in named
        if (spans := name_spans(words, name.split()[0].lower(), first_names, language))
    )
    if len(positions) < 2:
        return False
    first, second = positions[:2]
    days = [m.start for m in mentions.found if m.role in roles]
    return any(first < day < second for day in days) and any(day > second for day in days)


def _in_school_hours(now: datetime, calendar: SchoolCalendar, am_close: time, day_end: time) -> bool:
    return calendar.is_school_day(now.date()) and am_close <= now.time() < day_end


def _coming_in_later_today(words: str, sessions: Sessions, mentions: Mentions, language: str) -> bool:
    """ "I'll have her in for about half 10", with no reason given and no other day: a late arrival."""
    today = all(_is_today(m.ref) for m in mentions.found if not m.past)  # not "a double shift yesterday"
    return sessions == "am" and today and arrival_time(words, language) is not None


def _after_register_close(
    words: str, now: datetime, first_day: date | None, am_close: time, language: str
) -> bool:
    """A late child arrives after the AM register closes: by the time they give, the minutes late they
    say from now ("about 20 mins late", sent at 9:05), or by the clock."""
    arrival = arrival_time(words, language)
    if arrival is not None:
        return arrival > am_close
    if first_day != now.date():
        return False
    minutes = [int(late or within) for late, within in _MINUTES_LATE.findall(words)]
    return (now + timedelta(minutes=max(minutes, default=0))).time() > am_close


def _not_a_report(named: tuple[str, ...], language: str) -> Understanding:
    return Understanding(
        is_report=False,
        cancel=False,
        children=named,
        first_day=None,
        last_day=None,
        return_day=None,
        first_sessions="both",
        open_ended=False,
        category=None,
        questions=(),
        language=language,
    )


def _report(
    named: tuple[str, ...],
    period: Period,
    sessions: Sessions,
    category: Category | None,
    *,
    cancel: bool,
    language: str,
) -> Understanding:
    questions: list[Question] = []
    if not named:
        questions.append(
            "child"
        )  # a withdrawal too: "feeling better, he'll be in after all" from a parent of two
    if not cancel:
        if period.first_day is None:
            questions.append("dates")
        elif period.open_ended:
            questions.append("return_day")
    return Understanding(
        is_report=True,
        cancel=cancel,
        children=named,
        first_day=period.first_day,
        last_day=period.last_day,
        return_day=period.return_day,
        first_sessions=sessions,
        open_ended=period.open_ended,
        category=category,
        questions=tuple(questions),
        language=language,
    )
