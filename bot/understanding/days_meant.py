"""Of the days a message names, those it means as days of the absence.

A day the parent will decide on later ("will update re tomorrow", "i'll let you know about friday")
stands for an end not yet known. A day something happened on ("the spots came up yesterday"), a day put
right ("thursday not wednesday"), and beside the days missed
one named for something else ("we have a camhs call on thursday", "we fly to jamaica for christmas"), is
not one of them.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Literal

from bot.understanding.dates import (
    NOT_TOLD_WORDS,
    WHOLE_WEEK,
    DayRef,
    DurationRef,
    Mention,
    Mentions,
    Role,
    WeekRef,
)

_CHRISTMAS = DayRef(day=25, month=12)
_UNKNOWN_LENGTH = DurationRef(None, "day")
_FOR = re.compile(r"\bfor (?:the )?$")
# Before a day: one put right ("thursday not wednesday", "it's actually friday").
_CORRECTED = re.compile(r"(?:,| |\()not (?:on )?(?:the )?$")
_ACTUALLY = re.compile(r"\bactually (?:on |for )?(?:the )?$")
# A length said with a hedge before it ("he'll probably be off a couple of days"): a guess, not an end.
_HEDGED = re.compile(
    r"\b(?:probably|prob|maybe|might|possibly|perhaps|reckons?|about|around|roughly)\b[\w' ]{0,20}$"
    r"|\buntil (?:no|there's no|there is no) \w+ (?:for )?$"  # "until no fever for 24 hours": a condition, not a length
)
# Before a day: the parent will decide later ("will update re tomorrow", "test again tomorrow", "I doubt
# tomorrow either"), so the day is not one of the absence.
_DEFERRED = re.compile(
    # not "sorry i didn't let you know yesterday", a day gone that was not told of
    r"\b"
    + "".join(f"(?<!{word} )" for word in NOT_TOLD_WORDS)
    + r"(?:update(?: you)?|let you know|keep you (?:posted|updated)|see how (?:she|he|they|it)(?:'s| is| goes"
    r"| feels| gets on)?|see about|test(?: \w+)? again|re-?test|decide|confirm|most of"
    r"|(?:whether|if) (?:he|she|they)(?:'ll| will)? be (?:in|back|ok|okay|well enough)"
    # "if she's no better i'll keep her home tomorrow too"
    r"|(?:if|unless) (?:he|she|they)(?:'s|'re| is| are)? (?:no|not|still not|any) (?:better|improved?)\b[\w' ,]{0,30}"
    # "if he's better by this evening he'll be back tomorrow": a deadline of a condition, not an end
    r"|(?:if|unless) (?:he|she|they)(?:'s|'re| is| are| feels?)? (?:better|well|ok|okay|fine|improved?)(?: enough)?"
    r"|(?:doubt|(?:don't|do not) think) (?:he|she|they)(?:'ll| will)? be (?:in|back|going in|up to (?:it|school))"
    r"|(?:maybe|probably|prob|possibly|perhaps|(?:most )?likely|doubt|might need|may need|may|might)(?: also| not| too)?"
    r"(?: be(?: off| home| at home| in| back)?)?"
    r"|(?:don't|do not) know(?: yet)? about(?: the)?|not sure (?:yet )?about(?: the)?"
    r"|(?:let you know|update you|tell you) how (?:she|he|they) (?:is|are|gets on|get on)"
    r"|(?:will|'ll) (?:telephone|phone|ring|call|text|message|email|contact)(?: you| the school| the office)?(?: again)?"
    # "i'll message monday night about tuesday"
    r"(?: (?:on )?\w+ (?:night|evening|morning))?)"
    r"(?: (?:re|about|on|for|regarding|again|by))? *$"
)

# After a day: a doubt about it ("tomorrow is unlikely too", "friday's looking doubtful"), or news of it to
# come ("tomorrow i will tell you", "won't be in tomorrow. i'll message in the morning").
_DOUBTED = re.compile(
    r"(?: is|'s| looks| seems)? (?:looking )?(?:unlikely|doubtful|a maybe|not likely)\b"
    r"|[.,]?(?: but)? (?:i|we)(?:'ll| will) (?:tell you|let you know)\b(?! (?:the|about|when|what|if)\b)"
    r"|,? otherwise\b"  # "if he's better he'll be back tomorrow, otherwise i'll message again"
    r"|[.,]? (?:i|we)(?:'ll| will) (?:message|text|ring|call|update)(?: you)?"
    r" (?:in the morning|tomorrow|later|tonight)"
)

# Before a day of the absence, a condition: "if she's still got a temperature tonight i'll keep her off
# tomorrow as well". ("if she's better she'll be back tomorrow" is a day back, for the bot to confirm.)
_CONDITIONAL = re.compile(
    r"\bif (?:he|she|they)\b[\w' ,]{0,50}\b(?:off|home|keep\w*|stay\w*|need\w*)\b(?: (?:him|her|them))?(?: off)? *$"
)
# After a day named as one of the absence, a hint of more to come: "off today and tomorrow at least",
# "tomorrow, maybe longer". ("until friday at least" is left an end, for the bot to confirm.)
_AT_LEAST = re.compile(
    r"(?: as well| too)? at (?:the )?least\b|,? (?:(?:and )?(?:maybe|possibly|perhaps|probably)|or) (?:longer|more)\b"
    # "tomorrow she'll probably stay home too", "tomorrow probably off as well"
    r"|,?(?: (?:he|she|they)(?:'ll| will)?)? (?:probably|maybe|possibly|perhaps|likely)\b(?: [\w']+){0,4}?"
    r" (?:too|as well|also|off|home|stay\w*|keep\w*)\b"
)


def days_meant(words: str, mentions: Mentions) -> Mentions:
    """The mentions of `words` (normalised) that are days of the absence."""
    for step in (
        _without_sending_day,
        _without_waits,
        _without_closures,
        _without_deferred,
        _without_events,
        _without_seasons,
        _without_corrected,
        _without_asides,
        _in_the_week_named,
        _left_open,
    ):
        mentions = step(words, mentions)
    return mentions


_SENTENCE_END = re.compile(r"[.!?\n]")
_BACK = (Role.RETURN, Role.UNTIL)


def _in_the_week_named(words: str, mentions: Mentions) -> Mentions:
    """ "next week adam is off from wednesday to friday", "last week she was off on thursday": the week
    says which week the weekdays are in, and is no span of its own."""
    weeks = [
        m
        for m in mentions.found
        if isinstance(m.ref, WeekRef)
        and m.ref.which in ("this", "next", "previous")
        and (m.ref.first, m.ref.last, m.ref.anchor, m.ref.end_only) == (0, 6, None, False)
        and not WHOLE_WEEK.fullmatch(words, m.start, m.end)  # "from monday all week" names no week
    ]
    if len(weeks) != 1:
        return mentions
    week = weeks[0]
    weekdays = {  # bare weekdays in the week's sentence, and which they are
        id(m): m.ref.weekday
        for m in mentions.found
        if isinstance(m.ref, DayRef)
        and m.ref.weekday is not None
        and m.ref == DayRef(weekday=m.ref.weekday)
        # "sorry i never let you know last week... she was off on wednesday": past days, told apart
        and (
            (week.ref.which == "previous" and m.past)
            or not _SENTENCE_END.search(words, min(m.end, week.end), max(m.start, week.start))
        )
    }
    absent = [day for m in mentions.found if (day := weekdays.get(id(m))) is not None and m.role not in _BACK]
    if not absent:
        return mentions
    qualifier: Literal["this", "next", "previous"] = week.ref.which
    last_missed = max(absent)
    # a day back after those missed is in the same week: "off monday to wednesday next week, back thursday"
    located = tuple(
        replace(m, ref=DayRef(weekday=day, qualifier=qualifier))
        if (day := weekdays.get(id(m))) is not None and (m.role not in _BACK or day > last_missed)
        else m
        for m in mentions.found
        if m is not week
    )
    return Mentions(located, mentions.unclear)


# After the days missed: news to come ("won't be in this week. i'll be in touch when i can", "today and
# tomorrow, then we'll see").
_NEWS_TO_COME = re.compile(
    r"\b(?:i|we)(?:'ll| will) (?:be|get) in touch\b|\b(?:then|after that),? (?:we(?:'ll| will)? )?(?:will )?see\b"
)


def _left_open(words: str, mentions: Mentions) -> Mentions:
    """ "she won't be in this week, we'll be in touch": the days named are missed, and more may be."""
    news = _NEWS_TO_COME.search(words)
    if news is None:
        return mentions
    told = [m for m in mentions.found if m.role is Role.PLAIN and m.about_absence and m.end <= news.start()]
    if not told:
        return mentions
    more = Mention(told[-1].end, told[-1].end, _UNKNOWN_LENGTH, Role.END, past=False, about_absence=True)
    return Mentions((*mentions.found, more), mentions.unclear)


# After a day: the school is closed then ("with friday being a training day").
_CLOSED = re.compile(
    r"(?:,? (?:being|is|'s|will be|was))? (?:a |an |the )?(?:training|inset|staff training|teacher training)(?: day)?\b"
    r"|,? there(?:'s| is| will be) no school\b"  # "tomorrow there's no school anyway (inset)"
)


# Before a day: when the message itself is sent ("sorry for messaging this late on a saturday").
_SENT_ON = re.compile(
    r"\b(?:messag|text|email|e-mail|writ|contact|bother)\w*(?: you)?"
    r"(?:(?: so| this)? (?:late|early)(?: at night)?(?: on)?(?: a)?| on a) $"
)


# The day the earlier message was sent: "i said yesterday the kids would be off today".
_TOLD = r"(?:said|wrote|messaged|texted|emailed|told you|rang|called|phoned|sent)"
_TOLD_ON = re.compile(
    # not "the doctor said a week", nor "sorry i never rang yesterday", a day not told of
    rf"\b(?:i|we)(?: (?:already|also|just|only))? (?:{_TOLD}(?<!sent)|sent (?:you |the office |the school )?(?:a|my|the) (?:message|text|email))"
    r"(?: (?:you|the office|the school))? (?:on |before |after |over |during )?$"
    r"|\b(?:my|the|our) (?:e-?mail|message|text|note|call)(?: (?:i|we) sent)? (?:from|of|on|sent on) $"
)
# ...or named before it: "on monday i messaged you that she won't be in on friday".
_TOLD_AFTER = re.compile(rf",? (?:i|we) {_TOLD}\b")


# The day the parent meant to write, not a day absent: "dentist at 9.40 then coming in, sorry forgot to say
# yesterday". ("forgot to ring yesterday, he was off" is the day missed, told by its words of absence.)
_UNSAID_ON = re.compile(
    r"\b(?:forgot|forgotten|meant|meaning) to (?:say|tell you|mention|let you know)(?: this| that)?"
    r" (?:on |last )?$"
)


def told_on(words: str, m: Mention) -> bool:
    """The day an earlier message was sent: "i emailed last week saying she'd be off on thursday"."""
    return bool(_TOLD_ON.search(words, max(0, m.start - 30), m.start) or _TOLD_AFTER.match(words, m.end))


def _without_sending_day(words: str, mentions: Mentions) -> Mentions:
    """ "sorry for messaging this late on a saturday ... they won't be in on monday": the day the parent
    writes on, or wrote on before, is no day of the absence."""
    unsaid = tuple(
        m
        for m in mentions.found
        if not m.about_absence and _UNSAID_ON.search(words, max(0, m.start - 40), m.start)
    )
    kept = tuple(
        m
        for m in mentions.found
        if not _SENT_ON.search(words, max(0, m.start - 40), m.start)
        and not told_on(words, m)
        and m not in unsaid
    )
    if unsaid and not kept:
        return Mentions((), mentions.unclear)
    return Mentions(kept, mentions.unclear) if kept and len(kept) < len(mentions.found) else mentions


# Before a day: the first the doctor can see the child ("they can't see him till thursday").
_WAITED_FOR = re.compile(
    r"\b(?:can't|cannot|can not|couldn't|could not|not able to|unable to|won't)"
    r" (?:see|fit|get) (?:him|her|them|us|me|an? (?:\w+ )?appointment)(?: in)? (?:till|until|before) *$"
    r"|\b(?:no|an?|first|earliest|next) (?:\w+ )?appointments? (?:is |are )?(?:till|until|before|not till|not until) *$"
)


def _without_waits(words: str, mentions: Mentions) -> Mentions:
    """ "he won't be in today, the doctors can't see him till thursday": beside the days missed, the day
    the doctor can first see the child is not when the absence ends."""
    kept = tuple(m for m in mentions.found if not _WAITED_FOR.search(words, max(0, m.start - 60), m.start))
    return Mentions(kept, mentions.unclear) if kept and len(kept) < len(mentions.found) else mentions


def _without_closures(words: str, mentions: Mentions) -> Mentions:
    """ "keep him home until monday, with friday being a training day": a day named as the school's
    closure is why no more days are missed, not one of them."""
    kept = tuple(m for m in mentions.found if not _CLOSED.match(words, m.end))
    return mentions if len(kept) == len(mentions.found) or not kept else Mentions(kept, mentions.unclear)


def _without_events(words: str, mentions: Mentions) -> Mentions:
    """ "the spots came up yesterday ... back next monday": beside other days, the day something happened
    is not one of the absence."""
    kept = tuple(m for m in mentions.found if not m.event)
    return Mentions(kept, mentions.unclear) if kept and len(kept) < len(mentions.found) else mentions


def _without_seasons(words: str, mentions: Mentions) -> Mentions:
    """ "off from wednesday, we fly to jamaica for christmas": why, not when, beside another day. Alone
    ("we go to poland for christmas, back on the 8th") it is when the absence begins."""
    kept = tuple(m for m in mentions.found if not (m.ref == _CHRISTMAS and _FOR.search(words, 0, m.start)))
    starts = [m for m in kept if m.role in (Role.PLAIN, Role.START, Role.SINCE)]
    return Mentions(kept, mentions.unclear) if starts and len(kept) < len(mentions.found) else mentions


def _without_corrected(words: str, mentions: Mentions) -> Mentions:
    """ "thursday not wednesday": the day put right is not one of the absence; "it's actually friday":
    the days named before it were the mistake."""
    if len(mentions.found) < 2:
        return mentions
    # "probably not monday either" is a day not yet known, not one put right
    wrong = {
        m.ref
        for m in mentions.found
        if m.ref != _UNKNOWN_LENGTH and _CORRECTED.search(words, max(0, m.start - 12), m.start)
    }
    # the day put right is the mistake wherever it is named: "thursday not wednesday, so he's in on wednesday"
    kept = tuple(m for m in mentions.found if m.ref not in wrong)
    actually = [i for i, m in enumerate(kept) if _ACTUALLY.search(words, max(0, m.start - 20), m.start)]
    kept = kept[actually[-1] :] if actually else kept
    return Mentions(kept or mentions.found, mentions.unclear)


def _without_deferred(words: str, mentions: Mentions) -> Mentions:
    """The days the parent will decide on later ("will update re tomorrow", "probably off a couple of
    days") become a length not yet known: the absence goes on past the days stated, to an end unknown."""
    found = tuple(
        replace(m, ref=_UNKNOWN_LENGTH, role=Role.END, past=False, aside=False) if _deferred(words, m) else m
        for m in mentions.found
    )
    return mentions if found == mentions.found else Mentions(found, mentions.unclear)


def _deferred(words: str, m: Mention) -> bool:
    if m.aside or _DEFERRED.search(words, max(0, m.start - 60), m.start) or _DOUBTED.match(words, m.end):
        return True
    if m.role in (Role.RETURN, Role.UNTIL) and _EARLIEST.match(words, m.end):
        return True  # "we're looking at the week after next at the earliest"
    if m.role is Role.PLAIN and isinstance(m.ref, DayRef | WeekRef):
        return bool(
            _AT_LEAST.match(words, m.end) or _CONDITIONAL.search(words, max(0, m.start - 60), m.start)
        )
    return isinstance(m.ref, DurationRef) and _HEDGED.search(words, max(0, m.start - 30), m.start) is not None


_EARLIEST = re.compile(r",? at the (?:very )?earliest\b")


def _without_asides(words: str, mentions: Mentions) -> Mentions:
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
