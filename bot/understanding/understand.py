"""understand(): one parent message, read into what it reports (DESIGN.md §4).

A pure function of the text, the moment it was sent, the parent's children and the school calendar.
Each layer is a module of its own; this one composes them and decides what to ask.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime, time

from bot.calendar import SchoolCalendar
from bot.codes import Category
from bot.understanding import intent
from bot.understanding.children import COMMON_WORD_NAMES, name_spans, which_children
from bot.understanding.dates import DayRef, DurationRef, Mention, Mentions, Role, WeekRef, find_mentions
from bot.understanding.language import detect_language
from bot.understanding.period import UNKNOWN, Circumstances, Period, absence_period
from bot.understanding.reasons import find_reason
from bot.understanding.result import Question, Sessions, Understanding
from bot.understanding.sessions import arrival_time, clock_times, first_sessions
from bot.understanding.text import LATE_EN, fold, normalise

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

_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)?")
_LATE = re.compile(rf"\b{LATE_EN}")
_COMMON_WORD_NAMES = COMMON_WORD_NAMES["en"]
# Gaps between school days longer than this are holidays: a long weekend of a bank holiday and an
# INSET day is at most five days.
TERM_GAP_DAYS = 6
_TERM_END = re.compile(
    r"\b(?:end of (?:the )?term|this term|(?:until|till|til|after|before) (?:after )?(?:the |las |les )?"
    r"(?:christmas |easter |summer |half[- ]term )?(?:holidays?|break)"
    r"|(?:until|till|til) after (?:christmas|easter|half[- ]term|the new year)"
    r"|before (?:you|we|school|they) breaks? up"
    r"|(?:back|see you|return\w*) (?:in|after) (?:january|the new year|the new term)"
    r"|(?:the )?first day (?:back )?(?:in|of|after) (?:january|the new year|the new term|the holidays)"
    r"|(?:the )?last (?:\w+ )?days? (?:of|before the end of) (?:the )?term"
    r"|when (?:the )?(?:new )?(?:school|term) (?:starts?|begins?|opens?|goes back))\b"
)
_EACH_DAY = re.compile(
    r"\b(?:mornings|afternoons|both days|each day|every day|each morning|each afternoon)\b"
)
# Said to have happened in school, with a question: a parent asking after their child, not reporting.
_IN_SCHOOL = re.compile(r"\b(?:at|in) (?:school|class)\b")
# Words saying a child will be in school as usual ("will be in as normal", "is coming in"), and the
# names listed before them ("ethan and archie will be in"). Said in the clause after a sibling's name,
# they make that sibling one mentioned, not one the report is about.
_ATTENDS = re.compile(
    r"(?:\b(?:is|are|will|'ll|'s|should|can)|^) (?:still |both |now )?(?:be )?(?:coming |going )?"
    r"(?:in|into school|to school|at school)\b(?! (?:later|late|after|by|for|at|around|about|tomorrow|on)\b)"
    r"|\b(?:is|are|'s|'re) on (?:his|her|their|the) way(?: in| to school)?\b"
    r"|\b(?:is|are|'s|'re) (?:walking|taking|bringing|dropping) (?:him|her|them) in\b"
    r"|\b(?:will|'ll) (?:bring|take|walk|drop) (?:him|her|them) in\b(?! (?:later|late|after|by|for|at|around|about)\b)"
    r"|\b(?:picked up|collected)(?: at [\d.:]+)? as (?:normal|usual)\b"
    r"|\b(?:will|'ll) go to (?:school|after ?school club|breakfast club|class)\b"
)
_LISTED = re.compile(r"(?:(?:,| and| &) [a-z]+)*")
_NEGATION = re.compile(r"\b(?:neither|none|nor|not|never|no)\b")
_LEAD = re.compile(r"[.!?;,\n]")
_CLAUSE_END = re.compile(r"[.!?;\n](?!\d)|,? but\b")
# Before a day: the parent will decide later ("will update re tomorrow", "test again tomorrow"), so the
# day is not one of the absence.
_NONE_MISSED = re.compile(
    r"\b(?:won't|wont|will not|not|never|doesn't|don't) (?:have to )?miss (?:any )?(?:school|days?|lessons?)"
)
_CORRECTED = re.compile(r"(?:,| |\()not (?:on )?(?:the )?$")
_ACTUALLY = re.compile(r"\bactually (?:on |for )?(?:the )?$")
# A length said with a hedge before it ("he'll probably be off a couple of days"): a guess, not an end.
_HEDGED = re.compile(r"\b(?:probably|prob|maybe|might|possibly|perhaps)\b[\w' ]{0,20}$")
_DEFERRED = re.compile(
    r"\b(?:update(?: you)?|let you know|keep you (?:posted|updated)|see how (?:she|he|they|it)(?:'s| is| goes"
    r"| feels| gets on)?|test(?: \w+)? again|re-?test|decide|confirm|most of"
    r"|(?:whether|if) (?:he|she|they)(?:'ll| will)? be (?:in|back|ok|okay|well enough)"
    r"|(?:maybe|probably|prob|possibly|perhaps|doubt)(?: also| not| too)?|(?:don't|do not) know(?: yet)? about(?: the)?"
    r"|(?:will|'ll) (?:telephone|phone|ring|call|text|message|email|contact)(?: you| the school| the office)?(?: again)?)"
    r"(?: (?:re|about|on|for|regarding|again|by))? *$"
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
    named, attending = _without_attending(words, which_children(folded, roster, language), language)
    found = find_mentions(words, intent.absence_pattern(language), language)
    mentions = _without_asides(_without_corrected(words, _without_deferred(words, found)))

    def circumstances(category: Category | None, *, one_day: bool) -> Circumstances:
        return Circumstances(
            now=now,
            calendar=calendar,
            day_end=day_end,
            one_day=one_day,
            fixed_day=category in FIXED_DAY_REASONS,
            retrospective=intent.is_retrospective(words, language),
            open_ended=intent.is_open_ended(words, language),
            absence_stated=intent.mentions_absence(words, language),
        )

    if intent.is_withdrawal(_without_spans(words, attending), language):
        # Every day a withdrawal names is a day no longer absent, "she'll be in today" included.
        # ...but not a day told of in passing ("i was mixed up with next week") beside one withdrawn.
        kept = tuple(m for m in mentions.found if m.about_absence or not m.past) or mentions.found
        days = Mentions(tuple(replace(m, role=Role.PLAIN) for m in kept), mentions.unclear)
        period = absence_period(days, circumstances(None, one_day=True)) if days.found else UNKNOWN
        return _report(named, period, "both", None, cancel=True, language=language)

    reason = find_reason(words, language)
    if not _is_report(words, reason, mentions, language, day_end):
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
    sessions = first_sessions(_without_spans(words, attending), language)
    if reason is None and _coming_in_later_today(words, sessions, mentions, language):
        reason = Category.LATE
    if reason is Category.TRAVEL_DISRUPTION and _LATE.search(words):
        reason = Category.LATE  # "the car was frozen solid, they'll be late": late, for whatever reason
    category = reason or Category.NONE_GIVEN
    period = absence_period(
        mentions, circumstances(category, one_day=sessions == "am" or category in ONE_DAY_REASONS)
    )
    if _days_differ_by_child(words, named, mentions) or _part_of_several_days(words, sessions, period):
        period = UNKNOWN
    period = _to_term_end(words, period, calendar, language)
    if category is Category.LATE and _after_register_close(words, now, period.first_day, am_close, language):
        category = Category.LATE_AFTER_CLOSE
    return _report(named, period, sessions, category, cancel=False, language=language)


def _without_attending(
    words: str, named: tuple[str, ...], language: str
) -> tuple[tuple[str, ...], list[tuple[int, int]]]:
    """The named children less those the message says will be in, if any are left; and the clauses that
    say so, which are about those siblings, not a withdrawal of the report."""
    if len(named) < 2:
        return named, []
    firsts = [name.split()[0].lower() for name in named]
    clauses = {first: _attending_clause(words, first, firsts, language) for first in firsts}
    absent = tuple(name for name, first in zip(named, firsts, strict=True) if clauses[first] is None)
    if not absent:
        return named, []
    return absent, [span for span in clauses.values() if span is not None]


def _attending_clause(words: str, first: str, firsts: list[str], language: str) -> tuple[int, int] | None:
    """Where the clause after `first` says that child will be in school: "theo is staying at his dad's
    and will be in as normal". Not when an absence or another child comes first ("sam is off and ava
    will be in" says nothing of Sam attending)."""
    others = [other for other in firsts if other != first]
    for start, named_end in name_spans(words, first, firsts, language):
        if _NEGATION.search(_LEAD.split(words[:start])[-1]):
            continue  # "no way of getting tyrese and nevaeh to school"
        if words.startswith("'s ", named_end):
            named_end += 2  # "ruby's coming in as normal": "is", as a clause opening with the name reads it
        end = _CLAUSE_END.search(words, named_end)
        clause = words[named_end : end.start() if end else len(words)]
        attends = _ATTENDS.search(clause)
        if attends is None:
            continue
        before = clause[_LISTED.match(clause).end() : attends.start()]  # type: ignore[union-attr]
        if (
            intent.mentions_absence(before)
            or _NEGATION.search(before)
            or any(re.search(rf"\b{other}\b", before) for other in others)
        ):
            continue
        # "none of them will be in" is the verb, not Will
        if first in _COMMON_WORD_NAMES and re.match(r" (?:be|in)\b", clause):
            continue
        return start, named_end + attends.end()
    return None


def _without_spans(words: str, spans: list[tuple[int, int]]) -> str:
    for start, end in sorted(spans, reverse=True):
        words = words[:start] + words[end:]
    return words


def _without_corrected(words: str, mentions: Mentions) -> Mentions:
    """ "thursday not wednesday": the day put right is not one of the absence; "it's actually friday":
    the days named before it were the mistake."""
    if len(mentions.found) < 2:
        return mentions
    kept = tuple(m for m in mentions.found if not _CORRECTED.search(words, max(0, m.start - 12), m.start))
    actually = [i for i, m in enumerate(kept) if _ACTUALLY.search(words, max(0, m.start - 20), m.start)]
    kept = kept[actually[-1] :] if actually else kept
    return Mentions(kept or mentions.found, mentions.unclear)


def _without_deferred(words: str, mentions: Mentions) -> Mentions:
    """The mentions less the days the parent will decide on later ("will update re tomorrow")."""
    kept = tuple(
        m
        for m in mentions.found
        if not _DEFERRED.search(words, max(0, m.start - 60), m.start)
        and not (isinstance(m.ref, DurationRef) and _HEDGED.search(words, max(0, m.start - 30), m.start))
    )
    return mentions if len(kept) == len(mentions.found) else Mentions(kept, mentions.unclear)


def _without_asides(mentions: Mentions) -> Mentions:
    """Beside a clause naming the days missed, a weekday, "tomorrow" or a week named only for something
    else: "he's staying home today, we have a camhs call on thursday". A date in full is kept, to be checked."""
    starts = (Role.PLAIN, Role.START, Role.SINCE)
    if not any(m.about_absence and m.role in starts for m in mentions.found):
        return mentions
    kept = tuple(
        m
        for m in mentions.found
        if m.about_absence
        or m.role is not Role.PLAIN
        or (isinstance(m.ref, DayRef) and m.ref.day is not None)
    )
    return Mentions(kept, mentions.unclear)


def _is_report(words: str, reason: Category | None, mentions: Mentions, language: str, day_end: time) -> bool:
    told = intent.without_questions(words, language)
    if intent.mentions_absence(told, language):
        return True
    if _NONE_MISSED.search(words):
        return False  # "we land back on the 3rd, so the children won't miss any school"
    if reason is Category.MEDICAL and (times := clock_times(words, language)) and min(times) >= day_end:
        return False  # "the dentist at 4 today": after school
    if intent.is_question(words, language) or ("?" in words and _IN_SCHOOL.search(words)):
        return False
    if reason is not None and (reason in SELF_EVIDENT_REASONS or not all(map(_gone, mentions.found))):
        return True
    if not mentions.found:
        return False
    if any(m.role in (Role.RETURN, Role.UNTIL) and not _is_today(m.ref) for m in mentions.found):
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


def _to_term_end(words: str, period: Period, calendar: SchoolCalendar, language: str) -> Period:
    """An absence with no end but the term's ("off till the end of term"), or with none stated that
    starts on the last day of term, ends with the term: the holidays are no school days to ask about."""
    first = period.first_day
    if first is None or not period.open_ended:
        return period
    last = _last_day_of_term(calendar, first)
    if not _TERM_END.search(words) and (last != first or intent.is_open_ended(words, language)):
        return period  # "until further notice" stays open, even on the last day
    return Period(first, last, calendar.next_school_day(last), False)


def _last_day_of_term(calendar: SchoolCalendar, day: date) -> date:
    following = calendar.next_school_day(day)
    while following is not None and (following - day).days <= TERM_GAP_DAYS:
        day, following = following, calendar.next_school_day(following)
    return day


def _part_of_several_days(words: str, sessions: Sessions, period: Period) -> bool:
    """ "wednesday and thursday afternoons": a half day on each day, which one report cannot hold."""
    several = period.last_day is not None and period.last_day != period.first_day
    return sessions != "both" and several and _EACH_DAY.search(words) is not None


def _days_differ_by_child(words: str, named: tuple[str, ...], mentions: Mentions) -> bool:
    """ "Sam off monday, Ava off tuesday": days of each child's own, which one report cannot hold."""
    positions = sorted(
        found.start()
        for name in named
        if (found := re.search(rf"\b{re.escape(name.split()[0].lower())}", words)) is not None
    )
    if len(positions) < 2:
        return False
    days = [m.start for m in mentions.found if m.role in (Role.PLAIN, Role.START, Role.SINCE)]
    return any(positions[0] < day < positions[1] for day in days) and any(day > positions[1] for day in days)


def _coming_in_later_today(words: str, sessions: Sessions, mentions: Mentions, language: str) -> bool:
    """ "I'll have her in for about half 10", with no reason given and no other day: a late arrival."""
    today = all(_is_today(m.ref) for m in mentions.found)
    return sessions == "am" and today and arrival_time(words, language) is not None


def _after_register_close(
    words: str, now: datetime, first_day: date | None, am_close: time, language: str
) -> bool:
    """A late child arrives after the AM register closes: by the time they give, or by the clock."""
    arrival = arrival_time(words, language)
    if arrival is not None:
        return arrival > am_close
    return first_day == now.date() and now.time() > am_close


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
    if not cancel:
        if not named:
            questions.append("child")
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
