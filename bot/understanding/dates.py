"""The date layer, part one: finds the day expressions in a message and what role each plays.

A mention is what the parent wrote ("next wednesday", "23/11", "the rest of the week", "for 3 days");
its role says how it bounds the absence ("back thursday" is the return, "until wednesday" is the day
the absence ends before, "monday to wednesday" gives a first and last day). Turning mentions into
calendar days is `period.py`'s job.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from enum import Enum
from typing import Literal, NamedTuple

from bot.understanding.date_grammar import Grammar, Vocabulary, grammar


class Role(Enum):
    PLAIN = "plain"  # a day absent
    START = "start"  # "from monday"
    SINCE = "since"  # "since monday": absent from then and still
    END = "end"  # the last day absent, inclusive: "monday to wednesday"
    UNTIL = "until"  # "until wednesday": DESIGN.md §4 reads it as the return day
    RETURN = "return"  # "back thursday"


# "this", "next", "previous": that weekday in this, the following or the previous Monday-to-Sunday week
# ("next tuesday" is next week's, as UK speakers mean it; "last wednesday" is last week's); "coming":
# strictly after today; "last": the latest before today ("this past friday"); "week": a week after
# the day meant ("monday week").
Qualifier = Literal["this", "next", "previous", "coming", "last", "week"]


@dataclass(frozen=True, slots=True)
class DayRef:
    """One calendar day as written: relative (`offset`), a weekday, a date, or a weekday with a date."""

    offset: int | None = None
    weekday: int | None = None
    qualifier: Qualifier | None = None
    day: int | None = None
    month: int | None = None
    year: int | None = None
    # Months from this one, for "the 20th of next month" (a day), or added to `offset` ("in 2 months").
    months: int | None = None
    # The day `offset` counts from, when not today ("3 days after the 12th"); with no offset, the day
    # whose Monday-to-Sunday week holds `weekday` ("monday two weeks from now").
    base: DayRef | None = None
    nth: int | None = None  # the nth `weekday` of the month (or year); -1 is the last
    years: int | None = None  # for an nth of a year without its number: "the first week of next year"
    easter: int | None = None  # days after Easter Sunday ("easter monday" is 1)
    workdays: bool = False  # `offset` counts Monday-to-Friday days: "in 4 business days"
    bank_holiday: bool = False  # one of England's bank holidays (on `weekday`, if set)
    # "next friday" with no week named: said early in the week, this week's Friday to some, next week's to others
    said_next: bool = False


@dataclass(frozen=True, slots=True)
class WeekRef:
    """A Monday-to-Sunday week, or the part of it from weekday `first` to weekday `last`."""

    which: Literal["this", "next", "rest", "previous", "after next", "of"]
    end_only: bool = False  # "the end of the week": as an end, only its last day is meant
    first: int = 0
    last: int = 6
    from_today: bool = False  # "later this week": not before today
    anchor: DayRef | None = None  # "the week of the 18th": the week holding that day
    joined: bool = False  # "halloween weekend": the weekend next to `anchor`, with it if a Friday or Monday

    @property
    def weekend(self) -> bool:
        return self.first >= 5


@dataclass(frozen=True, slots=True)
class DurationRef:
    count: int | None  # None: "a few days", a length the parent does not know
    unit: Literal["day", "week", "weekday"]  # "weekday": "3 school days", "4 business days"
    ahead: bool = False  # "the next 3 days": counted from tomorrow when no first day is stated
    back: bool = False  # "the past 3 weeks": the days before today
    within: bool = False  # "within 5 days": a bound, not how long; the days from today up to it


@dataclass(frozen=True, slots=True)
class TermRef:
    """School days at an edge of a term: "the last week of term", "the first two days back"."""

    edge: Literal["end", "start"]  # the last days before a holiday, or the first after one
    count: int = 1
    unit: Literal["day", "week"] = "day"
    # the day as the parent also wrote it, to agree: "the last day of term, friday 18th"
    stated: DayRef | None = None
    before: int = 0  # school days before the edge: "the day before you break up" is the last day but one
    weekday: int | None = None  # "the friday before half term": that weekday of the last week


Ref = DayRef | WeekRef | DurationRef | TermRef


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    ref: Ref
    role: Role
    past: bool  # spoken of in the past tense
    about_absence: bool  # its clause speaks of being absent, not only of being ill
    aside: bool = False  # its clause promises news to come ("i'll let you know about friday")
    event: bool = False  # the day something happened ("the spots came up yesterday"), not one missed
    implied: bool = False  # today, as "off tomorrow as well" implies: not once the school day is over


@dataclass(frozen=True, slots=True)
class Mentions:
    found: tuple[Mention, ...]
    # The parent gave alternatives or a date that does not exist ("monday or tuesday", "31/2").
    unclear: bool


class _Tense(NamedTuple):
    """A verb or marker that gives the mentions after it (or, failing those, before it) their tense."""

    start: int
    past: bool
    reporting: bool  # "said": its own tense is not that of the words said after it
    event: bool  # "started", "fell": what happened on a day, not the day being missed


@dataclass(frozen=True, slots=True)
class _Found:
    start: int
    end: int
    ref: Ref | None  # None: a date that cannot be, such as 31/2
    role: Role | None = None  # set when the expression itself says it ("23rd-25th")
    follows: bool = False  # counted from the day mentioned before it, if any: "monday and the day after"


# The day a condition the absence lasts until is met: "off until it's crusted over, which should be by
# friday", "can't go back until he's had 48 hours of the cream, so realistically that's monday".
_UNTIL_MET = re.compile(r"\buntil (?:he|she|they|it|the|his|her|their|all)\b")
_WHEN_MET = re.compile(
    r"\b(?:which|that)(?:'s| is|'ll be| will be| should be| would be| ought to be)(?: (?:hopefully|probably|about|around))?"
    r"(?: by| on)?(?: the)? *$"
)
_LAST_IN_BEFORE = re.compile(
    r"\b(?:finish(?:es|ing)?(?: (?:school|term))?|last day (?:at|in) school(?: for (?:him|her|them))? (?:is|will be))"
    r"(?: on)?(?: the)? *$"
)
_PART_OF_THE_DAY = re.compile(
    r",? (?:only )?(?:at|by|from|around|about|after|until|till) (?:about |around )?(?:\d|lunch|noon|midday|half|quarter|dinner)"
)
# "took him out at lunchtime yesterday": the day he missed, not only a day something happened
_TAKEN_OUT = re.compile(r"\b(?:took|taken) (?:him|her|them|\w+) out\b(?! of (?:the )?(?:bath|oven|car|pool))")
_LAST_IN_AFTER = re.compile(r",? (?:will be|is|'ll be|'s) (?:his|her|their) last day\b")
# "we're heading off on wednesday after school": that day is spent in school
_SETTING_OFF = re.compile(
    r"\b(?:head|set|leav|driv|fl[yi]|travel|go)\w*(?: off| out| up| down| away)?(?: on)?(?: the)? *$"
)
_AFTER_SCHOOL = re.compile(r" after school\b")
_BACK_AFTER = re.compile(
    r",? (?:he|she|they|both|both of them)(?:'s|'re| is| are| will be|'ll be| come| comes| will come)"
    r" (?:back|in(?: school)? as (?:normal|usual))"
    r"(?: (?:at|in|to) school)?(?: i think| hopefully| i hope| insha'?allah| inshallah| in ?sha ?allah)?(?= *(?:[.,!;\n]|$))"  # not "today, he'll be back on monday"
)
# "sorry i didn't ring yesterday, ivy was off": the day not told of is the day missed.
NOT_TOLD_WORDS = ("didn't", "did not", "forgot to", "never", "should have")
_NOT_TOLD = re.compile(
    rf"\b(?:{'|'.join(NOT_TOLD_WORDS)}) (?:message|ring|call|phone|text|email|let you know|rang|called|phoned"
    r"|messaged|texted|emailed)\b|\bnot (?:messaging|ringing|calling|phoning|texting|emailing|letting you know)\b"
)
_SAME_DAY = DayRef(offset=0)
# "off tomorrow as well", "tomorrow he'll probably stay home too"
_TOO = re.compile(
    r"(?:\s+[\w']+){0,6}?\s+(?:as well|too|also|either)\b(?=\s*(?:[.,!;\n]|$))|\s+(?:as well|too|also|either)\b"
)
_APPOSITION = re.compile(r"\s*[,(-]?\s*(?:on\s+|the\s+|which is\s+)?")
_INCLUSIVE = re.compile(r",?\s+(?:inclusive|included|inclusively)\b")
_INCLUSIVE_BEFORE = re.compile(
    r"\b(?:up to and including|(?:up )?until and including|to and including)\s*(?:the\s+)?$"
)
_EITHER = re.compile(r"\beither\s+(?:on\s+)?(?:the\s+)?$")
# A day the parent does not know yet: "it'll be one day next week".
_VAGUE = re.compile(
    r"\b(?:(?:one|some) ?day|sometime|some time|at some point|(?:a few|a couple of|some|two|three|2|3) days)"
    r"(?: midweek| (?:at )?(?:the )?(?:end|start|beginning) of)? (?:last|next|this|that|the following) week\b"
    # a part of a month: "off for the rest of the month", "not back till the end of january"
    r"|\b(?:rest|remainder|end|start|beginning|middle) of (?:the |this |next )?"
    r"(?:month|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\b"
    r"|\b(?<!of )(?:next|later this|sometime this|some time this|early next) month\b"
    r"|\b(?:sometime|some time|at some point) (?:in|during) (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b"
)
# Someone other than the child, whose coming back is no day of the absence.
_SOMEONE_ELSE = re.compile(
    r"\b(?:(?:her|his|their|my|our|the kids'?) )?(?:mum|mam|mom|mummy|dad|daddy|father|mother|husband|wife"
    r"|partner|nan|nanna|gran|granny|grandma|grandad|grandpa|grandparents|childminder|nanny)"
    r"(?:'s|'ll be| is| are| will be| should be| gets| comes)? *$"
)
_EVENING_AFTER = re.compile(r"\s+(?:(?:in the |at )?(?:night|evening)|after school)\b")
_EVENING_END = re.compile(r"\s(?:night|evening)$")
# Leaving on an evening: "we're flying tomorrow night", "setting off on friday evening".
_DEPARTING = re.compile(
    r"\b(?:fly|flying|leave|leaving|travel|travelling|set off|setting off|drive|driving|head|heading) (?:off |out |down |up )?"
    r"(?:to \w+ )?$"
)
_TALKED_ON = re.compile(
    r"(?:\b(?:after|following|since|at|in|from) (?:our|the|my|your) (?:meeting|call|phone call|chat|conversation|talk)"
    r"(?: with [\w ]{1,20})?|\b(?:ring|call|phone|email|contact) (?:me|us)(?: back)?) (?:on |by )?(?:the )?$"
)
_WENT_IN_ON = re.compile(
    r"\b(?:went|came) in(?: to school)?(?: on)?(?: (?:the )?(?:monday|tuesday|wednesday|thursday|friday)(?: and|,))* "
    r"(?:the )?$"
)
_BACK_AT_A_CLINIC = re.compile(
    r"\bback (?:at|to) (?:the )?(?:\w+ )?(?:clinic|hospital|gp|doctor'?s|dentist|surgery)(?: on)?(?: the)? $"
)
# What kept a child away running again: "i hope tomorrow the buses come", "it'll be running again tomorrow".
_RUNNING_AGAIN = re.compile(
    r"\b(?:running|open|reopen\w*|cleared) again\b|\b(?:the )?(?:buses|bus|trains?|ferry|ferries|taxi) (?:come|comes|run|runs"
    r"|are running|is running)\b"
)
_EVENING_BEFORE = re.compile(r"\b(?:tea ?time|bedtime|bed time|(?:the )?evening|after school) *$")
# "the message i sent about our trip on thursday 17": the parent's telling, not something that happened that day
_TELLING = frozenset({"sent", "told", "rang", "phoned"})
_BY_US = re.compile(r"\b(?:i|we)(?: (?:already|also|just))? $")
# A clause about a grown-up of the family: "my father had a fall on saturday and he's been admitted".
_AN_ADULT = re.compile(
    r"\W*(?:and |but |so )?(?:my|our) (?:father|mother|dad|mum|mam|husband|wife|partner|nan|nana|nanna|gran"
    r"|granny|grandma|grandad|grandpa|grandfather|grandmother|uncle|aunt|auntie|father-in-law|mother-in-law)\b"
)
_NO_WAY = re.compile(r"\bno (?:way|chance)\b")
_HOURS_AFTER = re.compile(
    r"\s*(?:-|to|till|until|til)\s*\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm)?(?![\d/.]|st|nd|rd|th)\b"
)


def find_mentions(text: str, absence: re.Pattern[str], language: str = "en") -> Mentions:
    """The day expressions in normalised `text`; `absence` matches phrases of being absent."""
    g = grammar(language)
    found = _without_overlaps(_candidates(text, g), len(text))
    v = g.vocabulary
    tenses = [
        _Tense(
            m.start(),
            m.group() in v.past_markers,
            m.group() in v.reporting_markers,
            m.group() in v.event_markers
            and not (m.group() in _TELLING and _BY_US.search(text, max(0, m.start() - 16), m.start())),
        )
        for m in g.tense.finditer(text)
    ]
    tense_starts = [tense.start for tense in tenses]
    sentence_starts = [0, *(m.end() for m in g.sentence.finditer(text))]
    clause_starts = [0, *(m.end() for m in g.clause.finditer(text))]
    # clause index: (about being absent, an aside, a day not told of)
    clauses: dict[int, tuple[bool, bool, bool]] = {}
    mentions: list[Mention] = []
    unclear = False
    previous: Mention | None = None
    dated: list[tuple[int, DayRef]] = []  # the days named with both their weekday and their date, so far
    the_day_of_a_week: DayRef | None = None  # the last weekday named with its week: "next monday"
    that_day: DayRef | None = None  # the day "that day" and "the day after" follow
    found = _dated_later(text, found)
    for item in found:
        if item.ref is None:
            unclear = True
            continue
        sentence_start = sentence_starts[bisect_right(sentence_starts, item.start) - 1]
        # "thursday 17 ... on friday": the 18th; "from wed 9th till sun 13th, they'll miss wed thu fri": the
        # last day dated, or one dated before it in the same sentence
        bases = [ref for _, ref in dated[-1:]] + [
            ref for start, ref in dated[-2::-1] if start >= sentence_start
        ]
        if the_day_of_a_week is not None and text.endswith("the ", 0, item.start):
            bases.append(the_day_of_a_week)  # "a week on monday ... that day and the tuesday"
        if isinstance(item.ref, DayRef) and item.ref.day is not None and item.ref.weekday is not None:
            dated.append((item.start, item.ref))
        elif (base := next((ref for ref in bases if _later_in_its_week(item.ref, ref)), None)) is not None:
            item = replace(item, ref=replace(item.ref, base=base))
        elif isinstance(item.ref, DayRef) and item.ref.weekday is not None and item.ref.qualifier in _A_WEEK:
            the_day_of_a_week = item.ref
        linked = previous if previous is not None and previous.end >= sentence_start else None
        gap = text[linked.end : item.start] if linked else ""
        listed = linked is not None and g.list_connector.match(gap) is not None
        if linked is not None and g.alternative_connector.match(gap):
            # "won't be in monday or tuesday" is neither day; "off monday or tuesday" is a guess to ask about,
            # and so is "won't be in either tuesday or wednesday".
            if g.negation.search(text, sentence_start, linked.start) and not _EITHER.search(
                text, sentence_start, linked.start
            ):
                listed = True
            else:
                unclear = True
        joined = listed or (linked is not None and g.end_connector.match(gap) is not None)
        if linked is not None and linked is mentions[-1] and _same_day_restated(linked.ref, item.ref, gap):
            previous = mentions[-1] = replace(linked, end=item.end, ref=replace(linked.ref, stated=item.ref))
            continue
        if item.follows and that_day is not None:
            item = replace(item, ref=replace(item.ref, base=that_day))
        elif item.follows and item.ref == _SAME_DAY:
            continue  # "that day" with no day before it to be
        tail = text[max(sentence_start, linked.end if linked else 0, item.start - 40) : item.start]
        role = item.role or _role(item.ref, tail, gap, linked, listed, g)
        if role is Role.UNTIL and _NO_WAY.search(text, sentence_start, item.start):
            role = None  # "no way they'll all be scabbed over before friday, so off till after christmas"
        if (
            role is Role.PLAIN
            and _WHEN_MET.search(tail)
            and _UNTIL_MET.search(text, sentence_start, item.start)
        ):
            role = Role.UNTIL  # "off until it's crusted over, which should be by friday": until friday
        elif role is Role.PLAIN and _BACK_AFTER.match(text, item.end):
            role = Role.RETURN  # "on wednesday 20th they are back at school"
        elif (
            role is Role.RETURN
            and item.ref == _SAME_DAY
            and not item.follows
            and _PART_OF_THE_DAY.match(text, item.end)
        ):
            role = Role.PLAIN  # "she'll be in today at 11", "in today only until lunch": part of today missed
        if (
            isinstance(item.ref, DayRef)
            and role in (Role.PLAIN, Role.START)
            and (
                _LAST_IN_BEFORE.search(tail)
                or _LAST_IN_AFTER.match(text, item.end)
                or (_SETTING_OFF.search(tail) and _AFTER_SCHOOL.match(text, item.end))
            )
        ):
            # "she will finish on wednesday 16th", "thursday will be their last day in": off from the day after
            item, role = replace(item, ref=DayRef(offset=1, base=item.ref)), Role.START
        back_that_day = isinstance(item.ref, DayRef) and item.follows and item.ref.offset == 0
        if role is None or (back_that_day and role in (Role.RETURN, Role.UNTIL)):
            continue  # "not back to school that day": the day before it again, no day back
        if (role is Role.UNTIL and _INCLUSIVE.match(text, item.end)) or _INCLUSIVE_BEFORE.search(tail):
            role = (
                Role.END
            )  # "until wednesday inclusive", "up to and including wednesday": off on wednesday too
        evening = bool(
            _EVENING_AFTER.match(text, item.end)
            or _EVENING_END.search(text, item.start, item.end)
            or _EVENING_BEFORE.search(tail) is not None  # "sick since teatime yesterday"
        )
        back_that_evening = role is Role.RETURN and evening
        if back_that_evening:
            role = Role.END  # "back tuesday night": away all tuesday, in on wednesday
        clause = bisect_right(clause_starts, item.start) - 1
        clause_end = [*clause_starts[1:], len(text)][clause]
        after = bisect_right(tense_starts, item.start)
        marker = after - 1
        # "the doctor said she can stay home until wednesday": what was said has its own tense, not that of
        # a clause before ("she broke her ankle, the clinic said no school for a fortnight")
        verbs_from = sentence_start
        while marker >= 0 and tenses[marker].reporting and tenses[marker].start >= sentence_start:
            marker -= 1
            verbs_from = clause_starts[clause]
        if marker < 0 or tenses[marker].start < verbs_from:
            # no verb before it: the first after it, in its clause ("the doctor on friday said")
            marker = after if after < len(tenses) and tenses[after].start < clause_end else -1
        past = marker >= 0 and tenses[marker].past
        if clause not in clauses:
            start, end = clause_starts[clause], clause_end
            not_told = _NOT_TOLD.search(text, start, end) is not None
            about_an_adult = _AN_ADULT.match(text, start) is not None
            clauses[clause] = (
                (absence.search(text, start, end) is not None and not about_an_adult) or not_told,
                g.aside.search(text, start, end) is not None,
                not_told,
            )
        about_absence, aside, not_told = clauses[clause]
        if (
            role is Role.PLAIN
            and not about_absence
            and _RUNNING_AGAIN.search(text, clause_starts[clause], clause_end)
        ):
            role = Role.RETURN  # "no ferry today... hopefully it'll be running again tomorrow": back then
        past = past or not_told  # "i never called on thursday": a day gone
        evening_aside = evening and not back_that_evening
        # "tonight" is left as it is: said in the morning, the child may well miss today too
        ahead = isinstance(item.ref, DayRef) and item.ref.offset is not None and item.ref.offset > 0
        if evening_aside and not past and ahead and item.ref.base is None and _DEPARTING.search(tail):
            # "we're flying tomorrow night, back on the 14th": from the day after
            after = Mention(
                item.start, item.end, replace(item.ref, offset=item.ref.offset + 1), Role.START, False, True
            )
            previous = mention = after
            mentions.append(after)
            continue
        if (not about_absence and evening_aside) or (past and evening_aside):
            continue  # "we land tomorrow night": no school day
        if not about_absence and aside:
            mentions.append(Mention(item.start, item.end, item.ref, role, past, about_absence, aside=True))
            continue
        if joined and linked is not None:
            if (
                listed
                and about_absence
                and not linked.about_absence
                and linked.role is Role.PLAIN
                and linked is mentions[-1]
            ):
                # "today, tomorrow and friday won't be in": the list's first day too
                linked = mentions[-1] = replace(linked, about_absence=True)
            past, about_absence = linked.past, linked.about_absence or about_absence
        past = past or role is Role.SINCE  # "since friday" is always the last one
        if (
            joined
            and linked is not None
            and linked is mentions[-1]
            and (start := _completed(linked.ref, item.ref))
        ):
            mentions[-1] = replace(linked, ref=start)
        elif joined and linked is not None and (end := _in_the_same_week(linked.ref, item.ref)):
            item = replace(item, ref=end)  # "last week on thursday and friday": that week's friday
        taken_out = _TAKEN_OUT.search(text, clause_starts[clause], clause_end) is not None
        event = past and marker >= 0 and tenses[marker].event and not not_told and not taken_out
        mention = Mention(
            item.start, item.end, item.ref, role, past, about_absence and not event, event=event
        )
        mentions.append(mention)
        too = _TOO.match(text, item.end)
        bare = _bare_weekday(item.ref)
        if (
            too
            and isinstance(item.ref, DayRef)
            and not past
            and (item.ref.offset == 1 or (bare and too.group().endswith("either")))
        ):
            # "off tomorrow as well", "monday he won't be in either": and today
            mentions.append(replace(mention, ref=DayRef(offset=0), implied=True))
        previous = mention
        if isinstance(mention.ref, DayRef) and role is not Role.UNTIL:
            that_day = mention.ref  # not "postponed until the new year, so not off that day after all"
    return Mentions(
        _weeks_of_a_weekday(text, _weeks_carried(text, _months_carried(mentions))),
        unclear or _VAGUE.search(text) is not None,
    )


def _months_carried(mentions: list[Mention]) -> tuple[Mention, ...]:
    """A bare date after one with its month is in that month when it comes later in it: "the ticket back is
    16 january, back at school on the 18th"."""
    carried, month = [], None
    for m in mentions:
        ref = m.ref
        if isinstance(ref, DayRef) and ref.day is not None and ref.base is None:
            if ref.month is not None:
                month = ref
            elif month is not None and ref.day > (month.day or 0) and ref.offset is None:
                m = replace(m, ref=replace(ref, month=month.month, year=month.year))
        carried.append(m)
    return tuple(carried)


WHOLE_WEEK = re.compile(r"(?:all|the whole|whole|for the) week")


def _weeks_carried(text: str, mentions: tuple[Mention, ...]) -> tuple[Mention, ...]:
    """ "all week" after another week is that week: "he has his operation next week, he won't be in all week"."""
    carried: list[Mention] = []
    week = None
    for m in mentions:
        if isinstance(m.ref, WeekRef) and m.ref.anchor is None and not m.ref.weekend:
            if WHOLE_WEEK.fullmatch(text, m.start, m.end) and week is not None:
                m = replace(m, ref=replace(m.ref, which=week))
            else:
                week = m.ref.which
        carried.append(m)
    return tuple(carried)


_NEXT_TO = re.compile(r"\s*,?\s*(?:(?:from|starting|beginning|as from|commencing) )?")


def _weeks_of_a_weekday(text: str, mentions: tuple[Mention, ...]) -> tuple[Mention, ...]:
    """ "from monday all week", "all week from monday": the week that weekday is in."""
    anchored = list(mentions)
    for i, m in enumerate(mentions):
        if not (isinstance(m.ref, WeekRef) and m.ref.anchor is None and m.ref.which == "this"):
            continue
        if not WHOLE_WEEK.fullmatch(text, m.start, m.end):
            continue
        beside = [
            other
            for other in (mentions[i - 1] if i else None, mentions[i + 1] if i + 1 < len(mentions) else None)
            if other is not None
            and _bare_weekday(other.ref)
            and _NEXT_TO.fullmatch(text, min(m.end, other.end), max(m.start, other.start))
        ]
        if beside and isinstance(beside[0].ref, DayRef):
            anchored[i] = replace(m, ref=replace(m.ref, anchor=beside[0].ref))
    return tuple(anchored)


def _same_day_restated(ref: Ref, then: Ref | None, gap: str) -> bool:
    """ "the last day of term, friday 18th", "the first day back on tuesday": one day written twice."""
    one_day = isinstance(ref, TermRef) and ref.count == 1 and ref.unit == "day" and ref.weekday is None
    return (
        one_day
        and isinstance(then, DayRef)
        and (then.day is not None or _bare_weekday(then))
        and _APPOSITION.fullmatch(gap) is not None
    )


def _dated_later(text: str, found: list[_Found]) -> list[_Found]:
    """ "only free from the thursday, so off thursday 11th": "the thursday" is the one dated after it."""
    dated = [
        c.ref
        for c in found
        if isinstance(c.ref, DayRef) and c.ref.day is not None and c.ref.weekday is not None
    ]
    if not dated:
        return found
    return [
        replace(c, ref=later)
        if isinstance(c.ref, DayRef)
        and c.ref == DayRef(weekday=c.ref.weekday)
        and text.endswith("the ", 0, c.start)
        and (later := next((d for d in dated if d.weekday == c.ref.weekday), None)) is not None
        else c
        for c in found
    ]


_A_WEEK = frozenset({"week", "next", "this"})


def _bare_weekday(ref: Ref | None) -> bool:
    """A weekday and nothing more: "friday", not "next friday" nor "friday 18th"."""
    return isinstance(ref, DayRef) and ref.weekday is not None and ref == DayRef(weekday=ref.weekday)


def _later_in_its_week(ref: Ref, dated: DayRef) -> bool:
    """A bare weekday after the dated day's in the week: "on thursday 17 ... on friday"."""
    if not isinstance(ref, DayRef) or ref.weekday is None or dated.weekday is None:
        return False
    bare = ref.day is None and ref.qualifier is None and ref.offset is None and ref.base is None
    return bare and ref.weekday >= dated.weekday  # "wedding on friday 5th ... off on the friday only"


def _completed(start: Ref, end: Ref) -> Ref | None:
    """What the second of two days joined says of the first too: the year ("26 june to 28 june 2027"), the
    month ("monday 8 to friday 12 february") or the week ("thursday and friday next week", "the thursday and
    friday before half term")."""
    if not isinstance(start, DayRef):
        return None
    bare = _bare_weekday(start)
    if isinstance(end, TermRef):
        later = end.weekday is not None and start.weekday is not None and start.weekday < end.weekday
        return replace(end, weekday=start.weekday) if bare and later else None
    if not isinstance(end, DayRef):
        return None
    if end.year and not start.year and start.month is not None and end.month is not None:
        return replace(start, year=end.year) if start.month <= end.month else None
    if start.day is not None and start.month is None and end.day is not None and end.month is not None:
        if start.day <= end.day:
            return replace(start, month=end.month, year=end.year)
        earlier = end.month - 1 or 12  # "28 to 3 march": february's 28th
        return replace(
            start, month=earlier, year=end.year and (end.year if earlier < end.month else end.year - 1)
        )
    if bare and end.qualifier in ("this", "next", "previous") and end.day is None and end.weekday is not None:
        return replace(start, qualifier=end.qualifier) if start.weekday < end.weekday else None
    return None


def _in_the_same_week(start: Ref, end: Ref) -> DayRef | None:
    """A bare weekday joined to an earlier one of a stated week is in that week: "last week on thursday and
    friday", "next tuesday and wednesday"."""
    if not (isinstance(start, DayRef) and isinstance(end, DayRef)) or start.weekday is None:
        return None
    bare = _bare_weekday(end)
    week_told = isinstance(start.base, WeekRef) or start.qualifier in ("this", "next", "previous")
    of_a_week = week_told and start.day is None and start.offset is None
    if not (bare and of_a_week and start.weekday < end.weekday):
        return None
    return replace(start, weekday=end.weekday, said_next=False)  # the week is the first day's


def _role(ref: Ref, tail: str, gap: str, linked: Mention | None, listed: bool, g: Grammar) -> Role | None:
    """The role the words before a mention give it; None when it is not about the absence at all."""
    if isinstance(ref, DurationRef):
        # "in 3 days" is a day, not a length; "in the next 3 days" is a length again.
        return None if g.no_duration_tail.search(tail) and not ref.ahead else Role.END
    if linked is not None and g.end_connector.match(gap):
        return Role.END
    if linked is not None and listed and linked.role in (Role.PLAIN, Role.START):
        return Role.PLAIN
    if g.until_tail.search(tail):
        return Role.UNTIL
    if _TALKED_ON.search(tail) or _WENT_IN_ON.search(tail) or _BACK_AT_A_CLINIC.search(tail):
        # "after our meeting yesterday...", "ring me this week", "he went in on monday": no day off
        return None
    back = g.return_tail.search(tail)
    if back and _SOMEONE_ELSE.search(tail, 0, back.start()):
        return None  # "her mum is back on saturday"
    if back and not g.negation_tail.search(tail[: back.start()]):
        return Role.RETURN
    if g.since_tail.search(tail):
        return Role.SINCE
    if g.start_tail.search(tail):
        return Role.START
    return Role.PLAIN


def _candidates(text: str, g: Grammar) -> list[_Found]:
    """Every expression of a day, week or length in the text; they may overlap."""
    v = g.vocabulary
    found: list[_Found] = []
    for m in g.day_range.finditer(text):
        found.extend(_day_range(m, v))
    for m in g.numeric_range.finditer(text):
        found.extend(_numeric_range(m))
    for m in g.numeric.finditer(text):
        if m["sep"] != "/" and not m["y"] and m["on"] is None:
            continue  # "9.30" is a time and "3-4" a count; only "3/12" is a date without a year
        found.append(_Found(m.start("d") if m["on"] else m.start(), m.end(), _numeric(m, v)))
    for m in g.year_first.finditer(text):
        month = m["m"] or m["m8"]
        month_number = int(month) if month.isdigit() else v.months[month]
        found.append(_Found(m.start(), m.end(), _date_ref(int(m["d"] or m["d8"]), month_number, int(m["y"]))))
    for pattern in (g.day_month, g.month_day):
        for m in pattern.finditer(text):
            year = int(m["y"]) if m["y"] else None
            ref = _date_ref(_day_number(m["d"], v), _month(m["m"], v), year, _weekday(m["wd"], v))
            if ref is not None and m.re is g.day_month and m["shift"]:
                ref = replace(ref, months=_MONTH_SHIFT[m["shift"]])
            found.append(_Found(m.start(), m.end(), ref))
    for m in g.ordinal.finditer(text):
        # "the 3rd", "the third", "friday the 15", "friday the fifteen"; not "the two of them"
        if m["wd"] and not m["o"] and _HOURS_AFTER.match(text, m.end()):
            continue  # "thursday, 9 till 3": the hours of the day, not the 9th
        if m["o"] or m["wd"] or (m["the"] and _spaced(m["d"]) in v.day_ordinals):
            ref = _date_ref(_day_number(m["d"], v), None, None, _weekday(m["wd"], v))
            found.append(_Found(m.start(), m.end(), ref))
    for m in g.nth.finditer(text):
        if (ref := _nth(m, v)) is not None:
            found.append(_Found(m.start(), m.end(), ref))
    for m in g.weekday.finditer(text):
        weekday = v.weekdays[m["wd"]]
        if m["after_next"] or m["fortnight"]:
            ref = DayRef(
                offset=7, base=DayRef(weekday=weekday, qualifier="coming" if m["after_next"] else "week")
            )
        else:
            qualifier = "week" if m["aweek"] else _qualifier(m["wk"] or m["q2"], m["q"])
            said_next = not (m["aweek"] or m["wk"] or m["q2"]) and _spaced(m["q"] or "") == "next"
            ref = DayRef(weekday=weekday, qualifier=qualifier, said_next=said_next)
        found.append(_Found(m.start(), m.end(), ref))
    for m in g.short_weekday.finditer(text):
        qualifier = _qualifier(None, m["q"])
        ref = DayRef(weekday=v.short_weekdays[m["wd"]], qualifier=qualifier)
        found.append(_Found(m.start() if qualifier else m.start("wd"), m.end(), ref))
    for m in g.weekdays_from_now.finditer(text):
        # "two sundays from now": the second Sunday after today
        if (count := _offset_count(m["n"], v, ago=False)) is not None:
            coming = DayRef(weekday=v.weekdays[m["wd"]], qualifier="coming")
            found.append(_Found(m.start(), m.end(), DayRef(offset=7 * (count - 1), base=coming)))
    for m in g.bare_day.finditer(text):
        found.append(_Found(m.start("d"), m.end(), _date_ref(_day_number(m["d"], v), None)))
    for m in g.relative.finditer(text):
        found.append(_Found(m.start(), m.end(), DayRef(offset=v.relative[_spaced(m["rel"])])))
    for m in g.offset.finditer(text):
        if (m["in"] or m["dir"]) and (ref := _offset(m, v)) is not None:
            found.append(_Found(m.start(), m.end(), ref))
    for m in g.holiday.finditer(text):
        found.append(_holiday_weekend(text, m, g) or _Found(m.start(), m.end(), _holiday(m, v)))
    for m in g.week.finditer(text):
        found.append(_Found(m.start(), m.end(), _week(m)))
    for m in g.week_and_next.finditer(text):
        found.append(_Found(m.start("next"), m.end(), WeekRef("next")))
    for pattern, edge in ((g.term_end, "end"), (g.term_start, "start")):
        for m in pattern.finditer(text):
            found.append(_Found(m.start(), m.end(), _term(m, edge, v)))
    for m in g.next_day.finditer(text):
        offset = 0 if m["same"] else -1 if m["dir"] == "before" else 1
        found.append(_Found(m.start(), m.end(), DayRef(offset=offset), follows=True))
    for m in g.bank_holiday.finditer(text):
        found.append(_bank_holiday(text, m, g))
    for m in g.to_date.finditer(text):
        found.append(_Found(m.start(), m.end(), DayRef(offset=0), Role.END))
    for m in g.time_start.finditer(text):
        found.append(_Found(m.start(), m.end(), DayRef(offset=0), Role.START))
    for m in g.week_number.finditer(text):
        if (number := int(m["iso"])) >= 1:
            # ISO week n is the Monday-to-Sunday week holding the year's nth Thursday.
            years = _MONTH_SHIFT[m["yshift"]] if m["yshift"] else 0
            day = DayRef(weekday=_THURSDAY, nth=number, years=years)
            found.append(_Found(m.start(), m.end(), WeekRef("of", anchor=day)))
    # Before the rest, so that where one has the same extent as another it is the one kept.
    found[:0] = _anchored(text, g, found)
    found[:0] = _weekday_of_week(text, g, found)
    for m in g.within.finditer(text):
        if (ref := _within(m, v)) is not None:
            found.append(_Found(m.start(), m.end(), ref))
    for m in g.duration.finditer(text):
        if m["next"] and not m.group().startswith(("the ", "for the ")):
            continue  # "the 3 next days" is a length, "only 3 next week" is not
        found.append(_Found(m.start(), m.end(), _duration(m, v)))
    return found


def _holiday(m: re.Match[str], v: Vocabulary, year: str | None = None) -> DayRef:
    """ "christmas", "after easter", "last easter", "christmas 2027", "halloween of this year": a "last" one
    is before today, a "next" one after."""
    name, which = _spaced(m["h"]), m["hq"]
    qualifier: Qualifier | None = "previous" if which in ("last", "previous") else "next" if which else None
    year = m["hy"] or year
    years = _MONTH_SHIFT[m["yshift"]] if m["yshift"] else None
    dated = DayRef(qualifier=qualifier, year=int(year) if year else None, years=years)
    if name in v.easter_holidays:
        return replace(dated, easter=v.easter_holidays[name])
    day, month = v.holidays[name]
    return replace(dated, day=day, month=month)


def _holiday_weekend(text: str, m: re.Match[str], g: Grammar) -> _Found | None:
    """ "the weekend of halloween", "halloween weekend 2021", "easter weekend" (Good Friday to Easter Monday)."""
    before = g.weekend_of.search(text, max(0, m.start() - 20), m.start())
    after = None if before else g.weekend_after.match(text, m.end())
    if before is None and after is None:
        return None
    day = _holiday(m, g.vocabulary, after["y"] if after else None)
    if day.easter == 0:
        week = WeekRef("of", first=4, last=7, anchor=day)
    else:
        week = WeekRef("of", anchor=day, joined=True)
    return _Found(before.start() if before else m.start(), after.end() if after else m.end(), week)


def _bank_holiday(text: str, m: re.Match[str], g: Grammar) -> _Found:
    """ "the bank holiday", "bank holiday monday", "the bank holiday weekend"."""
    day = DayRef(weekday=_weekday(m["wd"], g.vocabulary), bank_holiday=True)
    before = g.weekend_of.search(text, max(0, m.start() - 20), m.start())
    if not (m["weekend"] or before):
        return _Found(m.start(), m.end(), day)
    return _Found(before.start() if before else m.start(), m.end(), WeekRef("of", anchor=day, joined=True))


def _numeric(m: re.Match[str], v: Vocabulary) -> DayRef | None:
    """ "3/12" is the 3rd of December; "11/20", which cannot be day first, is read month first."""
    day, month = _day_first(int(m["d"]), int(m["m"]))
    return _numeric_date(day, month, m["y"], _weekday(m["wd"], v))


def _numeric_range(m: re.Match[str]) -> list[_Found]:
    """ "2/29-3/1": the second date is written in the order of the first, month first if either must be."""
    first, second = (int(m["d1"]), int(m["m1"])), (int(m["d2"]), int(m["m2"]))
    if _day_first(*first) != first or _day_first(*second) != second:
        first, second = first[::-1], second[::-1]
    role = Role.UNTIL if m["conn"] == "until" else Role.END
    return [
        _Found(m.start(), m.start("conn"), _numeric_date(*first, m["y1"])),
        _Found(m.end("conn"), m.end(), _numeric_date(*second, m["y2"]), role),
    ]


def _day_first(day: int, month: int) -> tuple[int, int]:
    """Day and month of a numeric date, day first (as in the UK) unless only month first can be."""
    return (month, day) if month > 12 >= day else (day, month)


def _numeric_date(day: int, month: int, year: str | None, weekday: int | None = None) -> DayRef | None:
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return None
    full_year = int(year) + (2000 if len(year) == 2 else 0) if year else None
    return _date_ref(day, month, full_year, weekday)


def _offset(m: re.Match[str], v: Vocabulary) -> DayRef | None:
    """ "in 2 weeks", "3 days ago", "1 month and 21 days ago", "two days after tomorrow"; None for "in a
    few days"."""
    direction = _spaced(m["dir"] or "")
    ago = direction == "ago"
    count = _offset_count(m["n"], v, ago)
    extra = m.groupdict().get("n2")
    if count is None:
        return None
    # "in 2 weeks and a few days": the unknown part is left out, as before it was read.
    extra_count = _offset_count(extra, v, ago) if extra else None
    days = extra_count * _unit_days(m["unit2"]) if extra_count else 0
    sign = -1 if ago or direction.startswith("before") else 1
    base = v.relative[base_word] if (base_word := m.groupdict().get("base")) else 0
    unit = m["unit"]
    if m.groupdict().get("work") and unit.startswith("day"):
        return DayRef(offset=sign * count, workdays=True, base=DayRef(offset=base) if base else None)
    if unit.startswith("month"):
        return DayRef(offset=base + sign * days, months=sign * count)
    return DayRef(offset=base + sign * (count * _unit_days(unit) + days))


# "a few days ago" is about three: the day is past, so an estimate harms nothing; "in a few days" is asked.
_FEW_AGO = 3


def _offset_count(number: str, v: Vocabulary, ago: bool) -> int | None:
    count = int(number) if number.isdigit() else v.counts[_spaced(number)]
    return _FEW_AGO if count is None and ago else count


def _unit_days(unit: str) -> int:
    return 14 if unit.startswith("fortnight") else 7 if unit.startswith("week") else 1


_NTH = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "last": -1}
_THURSDAY = 3


def _nth(m: re.Match[str], v: Vocabulary) -> Ref | None:
    """ "the first friday of july", "the third tuesday", "the last week of next month", "the first week of 2027",
    "the last 3 weeks of this year"; "the second sunday", at the end of a clause, is of this month or the next.

    A week of a month or year is the Monday-to-Sunday week holding its nth Thursday (as ISO weeks are).
    """
    nth = _NTH[m["nth"]]
    year = m["y"] or m["y2"]
    months = _MONTH_SHIFT[m["shift"]] if m["shift"] else None
    of_month = m["m"] or year or months is not None or m["yshift"]
    if not of_month and not (m["wd"] and nth > 0 and _CLAUSE_END.match(m.string, m.end())):
        return None  # "last friday", "the first week (of term)", "the first monday back": not of a month
    day = DayRef(
        weekday=_THURSDAY if m["week"] else v.weekdays[m["wd"]],
        month=_month(m["m"], v),
        year=int(year) if year else None,
        months=months,
        nth=nth,
        years=_MONTH_SHIFT[m["yshift"]] if m["yshift"] else None,
    )
    if not m["week"]:
        return day
    weeks = _offset_count(m["weeks"], v, ago=False) if m["weeks"] else 1
    if weeks is None or weeks < 1:
        return None
    if nth < 0:  # "the last 3 weeks": the weeks up to the last one
        return WeekRef("of", first=-7 * (weeks - 1), anchor=day)
    return WeekRef("of", last=7 * weeks - 1, anchor=day)


_CLAUSE_END = re.compile(r"\s*(?:[,.!?;]|$)")


_MONTH_SHIFT = {"this": 0, "the": 0, "next": 1, "last": -1, "previous": -1}


def _month(word: str | None, v: Vocabulary) -> int | None:
    return v.months[word] if word else None


def _anchored(text: str, g: Grammar, found: list[_Found]) -> list[_Found]:
    """Expressions built on the day that follows them: "the week of the 18th", "w/c 4 feb", "3 days
    after christmas", "2 weeks from friday"."""
    days: dict[int, _Found] = {}
    for item in found:
        if isinstance(item.ref, DayRef):
            longest = days.get(item.start)
            if longest is None or item.end > longest.end:
                days[item.start] = item
    anchored = []
    for m in g.week_of.finditer(text):
        day = days.get(m.end())
        if day is not None and isinstance(day.ref, DayRef) and day.ref.day is not None:
            anchored.append(_Found(m.start(), day.end, WeekRef("of", anchor=day.ref)))
    for m in g.next_day.finditer(text):
        day = days.get(m.end() + 1)  # "the day before the 12th"
        if m["dir"] and day is not None and isinstance(day.ref, DayRef) and text[m.end()] == " ":
            offset = -1 if m["dir"] == "before" else 1
            anchored.append(_Found(m.start(), day.end, DayRef(offset=offset, base=day.ref)))
    for m in g.offset_from.finditer(text):
        day = days.get(m.end())
        if day is not None and isinstance(day.ref, DayRef) and (ref := _offset(m, g.vocabulary)) is not None:
            anchored.append(_Found(m.start(), day.end, replace(ref, base=day.ref)))
    for m in g.now_until.finditer(text):
        day = days.get(m.end())
        if day is not None:  # "between now and may 21st": from today to then
            anchored.append(_Found(m.start(), m.end("now"), DayRef(offset=0)))
            anchored.append(replace(day, role=Role.END))
    return anchored


def _weekday_of_week(text: str, g: Grammar, found: list[_Found]) -> list[_Found]:
    """ "monday two weeks from now", "in 3 days on friday", "the 1st week of october on friday": the weekday
    of the Monday-to-Sunday week holding the day (or the week) the expression gives."""
    weekdays = g.vocabulary.weekdays
    counted: dict[int, _Found] = {}
    for item in found:
        if isinstance(item.ref, DayRef) and item.ref.offset is not None:
            longest = counted.get(item.start)
            if longest is None or item.end > longest.end:
                counted[item.start] = item
    combined = []
    for m in g.weekday_before.finditer(text):
        item = counted.get(m.end())
        if item is not None and isinstance(item.ref, DayRef):
            combined.append(_Found(m.start(), item.end, DayRef(weekday=weekdays[m["wd"]], base=item.ref)))
    for item in found:
        ref = item.ref
        base = ref.anchor if isinstance(ref, WeekRef) and ref.which == "of" and not ref.joined else ref
        if not isinstance(base, DayRef) or (base is ref and base.offset is None):
            continue
        if (m := g.on_weekday.match(text, item.end)) is not None:
            combined.append(_Found(item.start, m.end(), DayRef(weekday=weekdays[m["wd"]], base=base)))
    return combined


def _term(m: re.Match[str], edge: Literal["end", "start"], v: Vocabulary) -> TermRef | None:
    if edge == "end" and m["wd"]:
        return TermRef("end", weekday=v.weekdays[m["wd"]])
    count = _offset_count(m["n"], v, ago=False) if m["n"] else 1
    if count is None:
        return None  # "the last few days of term": how many is not said
    before = 1 if edge == "end" and m["break_up"] and not m["last"] else 0
    return TermRef(edge, count, "week" if m["unit"].startswith("week") else "day", before=before)


def _within(m: re.Match[str], v: Vocabulary) -> DurationRef | None:
    """ "within 5 days", "less than 2 weeks from today", "less than 3 days after tomorrow"."""
    count = _offset_count(m["n"], v, ago=False)
    if count is None:
        return None  # "within a few days": no bound to read
    unit: Literal["day", "week"] = "day" if m["unit"].startswith("day") else "week"
    weeks = 2 if m["unit"].startswith("fortnight") else 1
    return DurationRef(count * weeks, unit, ahead=m["base"] == "tomorrow", within=True)


def _day_range(m: re.Match[str], v: Vocabulary) -> list[_Found]:
    """ "23rd-25th", "23-25 nov", "between the 3rd and 5th": two mentions, the second ending the range."""
    worded = not (m["d1"].isdigit() and m["d2"].isdigit())
    if not (m["o1"] or m["o2"] or m["m0"] or m["m1"] or m["m2"] or m["m2b"] or m["shift"] or worded):
        return []  # "9-3" is school hours, not dates
    if m["between"] and m["conn"] != "and":
        return []
    # "17 and 18 december" is two days; "between 3 and 4" a range
    listed = m["conn"] == "and" and not m["between"]
    if listed and not (m["m1"] or m["m2"] or m["m2b"] or m["shift"]):
        return []  # "3 and 4" is a count
    first_day, last_day = _day_number(m["d1"], v), _day_number(m["d2"], v)
    if worded and not (m["m0"] or m["m1"] or m["m2"] or m["m2b"]) and not _ordinal_words(m, v):
        return []  # "two to four people"
    month_1 = v.months[m["m1"] or m["m0"]] if m["m1"] or m["m0"] else None
    month_2 = _month(m["m2"] or m["m2b"], v)
    if last_day >= first_day:  # one month named serves both ends
        month_1, month_2 = month_1 or month_2, month_2 or month_1
    elif month_1 and not month_2:  # "april 27th to the 3rd" ends in May
        month_2 = month_1 % 12 + 1
    role = Role.UNTIL if m["conn"] == "until" else Role.END
    months = _MONTH_SHIFT[m["shift"]] if m["shift"] and not month_1 else None
    first, last = _date_ref(first_day, month_1), _date_ref(last_day, month_2)
    if months is not None and first is not None and last is not None:  # "4 to 22 this month"
        first, last = replace(first, months=months), replace(last, months=months)
    return [
        _Found(m.start(), m.start("conn"), first),
        _Found(m.end("conn"), m.end(), last, None if listed else role),
    ]


def _ordinal_words(m: re.Match[str], v: Vocabulary) -> bool:
    return all(d.isdigit() or _spaced(d) in v.day_ordinals for d in (m["d1"], m["d2"]))


def _day_number(word: str, v: Vocabulary) -> int:
    if word.isdigit():
        return int(word)
    key = _spaced(word)
    return v.day_ordinals.get(key) or v.day_numbers[key]


_WEEK_SHIFT: dict[str, Literal["this", "next", "previous"]] = {
    "next": "next",
    "following": "next",
    "coming": "next",
    "last": "previous",
    "previous": "previous",
    "past": "previous",
}
# Which days of the week a part of it means: "early next week" is Monday to Wednesday.
_WEEK_PARTS: dict[str, tuple[int, int, bool]] = {
    "start": (0, 2, False),
    "beginning": (0, 2, False),
    "early": (0, 2, False),
    "earlier": (0, 2, False),
    "middle": (1, 4, False),
    "mid": (1, 4, False),
    "late": (3, 6, True),
    "later": (3, 6, True),
    "end": (3, 6, True),
}


def _week(m: re.Match[str]) -> WeekRef:
    if m["rest"]:
        return WeekRef("rest")
    if m["fw"] or m["fortnight"]:
        # "the fortnight" starts this week's Monday; "the next fortnight" is the one after it
        if _WEEK_SHIFT.get(m["fw"] or "") == "next":
            return WeekRef("of", last=13, anchor=DayRef(offset=14))
        return WeekRef("this", last=13)
    if m["after_next"]:
        return WeekRef("after next", first=5, last=6) if m["anw"] == "weekend" else WeekRef("after next")
    if m["weekend"]:
        return WeekRef("this", first=5, last=6)
    if m["part"]:
        first, last, from_today = _WEEK_PARTS[m["part"]]
        which = _WEEK_SHIFT.get(m["pw"] or "", "this")
        return WeekRef(which, end_only=m["part"] == "end", first=first, last=last, from_today=from_today)
    if m["which"]:
        which = _WEEK_SHIFT.get(m["which"], "this")
        kind = _spaced(m["kind"])
        if kind == "weekend":
            return WeekRef(which, first=5, last=6)
        return WeekRef(which, last=6 if kind == "week" else 4)
    return WeekRef("this")


def _duration(m: re.Match[str], v: Vocabulary) -> DurationRef:
    if m["single"]:
        return DurationRef(1, "day")
    if m["fahead"] or m["fback"]:  # "for the next fortnight"
        return DurationRef(2, "week", ahead=bool(m["fahead"]), back=bool(m["fback"]))
    number, unit = m["n"], m["unit"]
    count = int(number) if number.isdigit() else v.counts[_spaced(number)]
    # "2 days hence", "4 weeks in the future": as "the next 2 days"
    ahead, back = bool(m["ahead"] or m["next"] or m["hence"]), m["back"] is not None
    if back and count is None:
        count = _FEW_AGO  # "the past few days": about three, and already past
    if unit == "fortnight":
        return DurationRef(None if count is None else 2 * count, "week", ahead, back)
    if unit.startswith("week"):
        return DurationRef(count, "week", ahead, back)
    return DurationRef(count, "weekday" if m["work"] else "day", ahead, back)


def _without_overlaps(found: list[_Found], length: int) -> list[_Found]:
    """The longest expression wherever two overlap, in the order they appear."""
    taken = bytearray(length)
    kept: list[_Found] = []
    for item in sorted(found, key=lambda f: f.end - f.start, reverse=True):
        if not any(taken[item.start : item.end]):
            taken[item.start : item.end] = b"\x01" * (item.end - item.start)
            kept.append(item)
    return sorted(kept, key=lambda f: f.start)


def _date_ref(
    day: int, month: int | None, year: int | None = None, weekday: int | None = None
) -> DayRef | None:
    if not 1 <= day <= 31:
        return None
    return DayRef(weekday=weekday, day=day, month=month, year=year)


def _weekday(word: str | None, v: Vocabulary) -> int | None:
    if word is None:
        return None
    return v.weekdays[word] if word in v.weekdays else v.short_weekdays[word]


def _qualifier(week: str | None, before: str | None) -> Qualifier | None:
    """ "next week on tuesday", "tuesday of last week", "this past friday", "monday week"."""
    if week:
        which = _spaced(week).removesuffix(" week")
        return "week" if which == "week" else _WEEK_SHIFT.get(which, "this")
    if not before:
        return None
    before = _spaced(before)
    if before in ("next", "following"):
        return "next"
    if before in ("last", "previous"):
        return "previous"
    if before.endswith("past"):
        return "last"
    return "coming" if before.endswith(("coming", "upcoming")) else None


def _spaced(words: str) -> str:
    return " ".join(words.replace("-", " ").split())
