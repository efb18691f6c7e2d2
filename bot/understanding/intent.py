"""What kind of message it is: an absence, a withdrawal of one, a question, or something else."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from bot.understanding.text import HOME_TIME, LATE_EN, any_of


@dataclass(frozen=True, slots=True)
class Phrases:
    """One language's phrases, each a regular expression over the normalised text."""

    # The child will miss school, or did ("won't be in", "off", "kept her home", "late").
    absence: tuple[str, ...]
    # Spoken of as past: the report is retrospective ("was off", "missed").
    past_absence: tuple[str, ...]
    # The parent withdraws what they reported ("ignore my last message", "she'll be in after all").
    withdrawal: tuple[str, ...]
    # The child will be in school, with no absence in the same message.
    attending: tuple[str, ...]
    # The parent does not know when the child will be back, or says the absence goes on.
    open_end: tuple[str, ...]
    # Words a question starts with, when the parent leaves out the question mark.
    question_starts: tuple[str, ...]
    # Words around a bare date that still leave it a bare date: "back on the 3rd please".
    date_answer_words: frozenset[str]


PHRASES: dict[str, Phrases] = {
    "en": Phrases(
        absence=(
            # not "off to bed", nor "fell off his bike"
            r"(?<!cast )(?<!taken )(?<!slept it )(?<!sleep it )(?<!start it )(?<!set it )off(?! to (?:school|bed)| (?:his|her|their|the|a|my) (?:bike|scooter|skateboard|horse|pony|trampoline"
            r"|walls?|swing|slide|bed|chair|stairs|climbing frame)\b)",
            r"(?:won't|will not|not|isn't|aren't|can't|cannot|couldn't|wasn't|weren't|didn't|don't|doesn't"
            r"|unable to|not able to)(?: be)? (?:in(?! the (?:pool|water|play|show|team|choir))|coming|come|going|go|attend\w*"
            r"|(?:starting|start) back"
            r"|make it|there|at school"
            r"|make (?:today|school|the (?:\w+ )?day)\b)",
            r"absen(?:t|ce)",
            r"\b(?:took|taken|take|taking) (?:him|her|them|\w+) out(?: of school)? (?:at|for|before|after|early)\b",
            r"(?:stay|stays|staying|stayed|keep|keeping|kept)(?: \w+)? (?:at home|home|off|in bed)",
            r"(?:keep|keeping|kept) (?:him|her|them) (?:here |at home )?with (?:me|us)",
            # not "left his pe kit at home"
            r"(?<!things )(?<!going on )(?<!problems )(?<!issues )(?<!trouble )(?<!kit )(?<!bag )(?<!book )(?<!books )"
            r"(?<!box )(?<!bottle )(?<!coat )(?<!inhaler )(?<!glasses )(?<!homework )(?<!jumper )(?<!money )(?<!letter )"
            r"(?<!form )(?<!shoes )(?<!trainers )(?<!folder )(?<!lunch )at home(?! time)",
            r"(?<!came )(?<!come )(?<!comes )home (?:today|tomorrow|sick|ill|poorly)",
            # not "going home with sarah pell tonight"
            r"(?<!came )(?<!come )(?<!comes )(?<!going )(?<!go )(?<!goes )(?<!walking )home with",
            r"(?<!won't )(?<!wont )(?<!not )(?<!never )(?<!thanks to )(?<!much to )(?<!thank you to )(?<!dear )(?<!hi )(?<!hello )"
            r"(?<!gone )(?<!go )(?<!went )(?<!goes )"  # "her jumper has gone missing"
            # not "she'll miss it" or "miss out" (a trip or a treat), nor "missed the bus"
            # "a heads up for miss barker": a teacher
            r"(?:miss(?:es|ed|ing)|(?<!for )(?<!dear )(?<!hi )(?<!hello )(?<!tell )(?<!ask )miss)"
            r"(?! (?:the |your |an? |my )?(?:e-?mail|message|call|letter|text|post|deadline|booking|bus|train)| it\b"
            r"| out\b)"
            # "thank you to miss okafor for everything": a teacher, not missing school
            r"(?! (?!school|today|tomorrow|class|lessons?|swimming|pe|it|out|the|a|her|his|this|next)[a-z]+(?:'s)?"
            r" (?:for|said|says|told|knows|know|class|about|is|was|has|had|mentioned|asked|that|and (?:mrs?|miss|ms)\b))",
            LATE_EN,
            r"running (?:\w+ ){0,4}behind",
            r"(?:won't|will not|not) be back",
            # "i don't think we'll see you again before christmas"
            r"(?:won't|will not|don't think (?:you|we)(?:'ll| will)|not) see (?:you|him|her|them)(?: again)?"
            r" (?:before|until|till|this week|for)",
            r"drop(?:ping)? (?:him|her|them)(?: back)?(?: in| off| to school)? (?:straight after|after lunch"
            r"|(?:at|around|about|by) (?:\d+|half|quarter))",
            r"(?:can|could|should|be allowed to) (?:go|come) back (?:to school|in)\b",  # off until then
            r"refus\w+ to (?:come|go|get)",
            r"(?:not|don't|do not|isn't|wouldn't) (?:[\w']+ ){0,3}(?:fair|right|sensible|a good idea) to send (?:him|her|them)",
            r"(?:no way of|can't|cannot|couldn't|unable to|(?:won't|will not|not) be able to) get(?:ting)? "
            r"(?!hold\b)(?:[\w']+ ){0,4}(?:(?:to|into|in to) school|in\b(?! touch| contact))",
            r"(?:not|isn't|isnt|aren't|(?:don't|dont|do not) think (?:he|she|they)(?:'s|'re| is| are))"
            r" (?:fit|well enough|up to (?:it|going|coming))",
            r"(?:leave|leaves|leaving|left|finish|finishing) (?:school )?(?:early|at)",
            r"(?:don't|do not) think (?:he|she|they)(?:'ll| will) be (?:in|back|at school|well enough)\b",
            r"(?:won't|will not|not) be\b[\w' ,-]{0,60}\bor in (?:lessons|school|class)\b",
            # the register's mark: "i think she's down as unexplained for last wednesday"
            r"\b(?:unexplained|unauthori[sz]ed|(?:down|marked) as absent)(?: absence)? (?:for|on)\b",
            r"no one to (?:take|bring|drop) \w+ (?:in|to school)",
            r"(?:'s|is|be) in for the afternoon",
            r"be there (?:about|around|by|for|at) (?:\d+|half|quarter|ten|twenty)",
            rf"(?:going|go|goes) home (?:early|at (?!{HOME_TIME})\d+|at lunch\w*)",
            r"(?:be )?out (?:all|the whole) day",
            r"no way (?:we|i) can get",
            r"get (?:him|her|them) (?:there|in|to school) (?:for|by|at|around|about) (?:\d|half|quarter)",
            r"no (?:way|chance) (?:she|he|they)(?:'s|'re| is| are| will| can)(?: be)? (?:going|coming|go|come|in)",
            r"(?:not|\w+n't) (?:be )?send(?:ing)? (?:him|her|them) (?:in|to school)",
            r"(?:self[- ]?)?isolat(?:e|es|ing)|quarantin(?:e|es|ing)",
            r"pick(?:ing|ed)? (?:\w+ )?up (?:early|at|from school at|before|after lunch)",
            rf"(?:pick(?:ing|ed)? up|collect(?:ing|ed)?) (?:both |all )?(?!it\b)\w+(?: (?:and|&) \w+| both| all)? (?:early|at (?!{HOME_TIME})\d+(?:[:.]\d\d)?(?: ?[ap]m)?|at lunch\w*|before|after lunch)",
            rf"collect(?:ing|ed)? (?!it\b)(?:\w+ )?(?:from (?:the )?(?:[\w-]+ ){{0,2}}(?:school|office|reception) )?"
            rf"(?:early|at(?! {HOME_TIME})|before|after lunch)",
            r"be ready (?:at|in) (?:the )?(?:reception|office|front desk) (?:for|at|by)",
            r"on (?:my|our) way to (?:collect|pick|get)",
            r"(?:take|taking|took) (?:\w+ )?out(?: of school)?(?: early| for| at)",
            r"sent home",
            r"(?:be|come|coming|(?:bring|have|get)\w* \w+) in (?:straight |right |just )?(?:later|after|by|at|for|around"
            r"|about)",
            r"in (?:school )?later",
            r"no school (?:for|today|tomorrow|until|till|til)",
            r"be away",
            r"duvet day",
            # "neither will be in": words of attending, said of no child
            r"(?:neither|none)(?: of (?:them|us|mine|my \w+|the \w+))?(?: \w+)? (?:will|is|are|can|could|'ll)"
            r"(?: be)? (?:in|coming|going|attend\w*|make it)",
        ),
        past_absence=(
            r"(?:was|were|been) (?:off|absent|at home|home|kept home)",
            r"\bleft (?:school )?early\b",
            # not "missed the bus", "missed the 50" or "missed it" (a thing, not the school day)
            r"missed(?! (?:the |your |an? |my |his |her |their )?(?:school )?(?:e-?mail|message|call|letter|text|post|deadline|booking|bus"
            r"|train|flight|plane|ferry|coach|lift|appointment|jabs?|injections?|vaccinations?|spray|\d+\b)|"
            r" it\b)",
            r"(?:wasn't|weren't|was not|were not) (?:in|at school)",
            r"(?<!bus )(?<!taxi )(?<!driver )(?:didn't|did not|couldn't|could not) (?:come|go(?! off)|attend|make it)",
            r"stayed (?:at )?home",
            r"(?<!'ve )(?<!have )kept \w+ (?:off|home|at home)",  # "i've kept him home" is today
            r"had (?:the|a) day off",
        ),
        withdrawal=(
            r"(?<!don't )(?<!not )(?:ignore|disregard|forget) (?:my|the|that|this|previous|last|earlier|what i (?:said|sent)"
            r"|\w+'s (?:message|msg|text|email))",
            # "cancel that", not "please cancel his school dinner"
            r"cancel(?: (?:that|this|it|(?:my|the|his|her|their) (?:last )?(?:absence|report|message)))?"
            r"(?= *(?:[.!,]|$|please|thanks|thank|\w+ is|\w+'s|she|he|they))",
            r"scrap (?:that|what i said|my|the|last|last night's|this morning's)",
            # "she won't be off that day after all", "i'll drop him in after all"
            r"(?:won't|will not|not|no longer|doesn't|does not|don't) (?:be |need to |have to )?(?:be )?"
            r"(?:off|absent|missing|miss|collect\w*|pick\w*|ready|leav\w+)"
            r"(?: [\w'.]+){0,8} (?:after all|any ?more)",
            r"(?:drop|bring|send|take)\w* (?:him|her|them) in after all",
            # "i write before that andrei is sick but now he say he feel better"
            r"(?:wrote|write|said|told you|messaged|texted)(?: you)? (?:before|earlier|this morning|last night)\b"
            r"[\w' ,.]{0,80}\bbut (?:now )?(?:he|she|they)(?: says?| said)?(?: he| she| they)?(?: feels?| is feeling|'s feeling"
            r"| are feeling|'re feeling| is|'s| are|'re) (?:much |a lot |loads |a bit )?better\b",
            r"(?:'ll|will) be (?:in|there)(?: [\w.:]+){0,8} after all",
            # "after all grandma got an appointment for saturday, so lara will be in as normal"
            r"\bafter all\b[\w' ,.]{0,80}\b(?:'ll|will) be in (?:school )?as (?:normal|usual)\b",
            r"(?:won't|will not|doesn't|don't) need (?:collecting|picking up|to be collected)(?: [\w.:]+){0,5}"
            r" (?:any ?more|after all)",
            r"(?:'s|is|are|'re) (?:bringing|taking|dropping|sending) (?:him|her|them) in now(?= *(?:[.!,]|$))",
            r"never ?mind",
            r"no need (?:to|for) (?:have |get |send |mark )?(?:\w+ )?(?:ready|collect\w*|pick\w*(?: \w+)? up|out|(?:as )?late)\b",
            r"false alarm",
            r"sent (?:this|that|it) (?:by mistake|to the wrong)",
            r"(?<!n't )(?<!not )(?:be|coming|going|come|go|sending \w+|send \w+) (?:in|to school)(?: [\w./-]+){0,5} after all",
            r"(?:appointment|operation|op|surgery|procedure|trip|wedding|funeral|interview|audition|christening|baptism"
            r"|ceremony|party|celebration|visit|holiday|it)(?: [\w.:'/-]+){0,8} "
            r"(?:got|has been|was|is|'s been|has|had|been) (?:been )?"
            r"(?:cancelled|canceled|postponed|moved)",
            # "the passport appointment in london, it's been cancelled so he'll be in as normal"
            r"\b(?:it|that)(?:'s| has| was| got)(?: been)? (?:cancelled|canceled|postponed|called off),?"
            r" (?:so|and) (?:he|she|they)(?:'ll| will) be (?:in|at school|going in)\b",
            r"no longer (?:off|absent|ill|sick|poorly|needs?|going|travelling|flying)",
            r"not (?:off|absent) after all",
            r"not (?:going|off|travelling|flying)(?: \w+){0,6} (?:after all|any ?more)",
            r"(?:isn't|is not|aren't|are not) (?:off|absent)(?! (?:sick|ill|poorly|with|because|as|for))",
            r"cancell?ed (?:[\w']+ ){0,2}(?:appointment|appt|operation|op|surgery|trip|booking|holiday)\b",
            r"(?:had|have) to cancel (?:the |our |my )?(?:trip|holiday|flights?|booking|plans|it)\b",
            r"(?:to )?(?:move|moved|cancel|cancelled|postpone|postponed) (?:\w+'s |the |her |his )?appointment",
            r"decided (?:not to go|to cancel|against (?:it|going)|not to take (?:\w+ ){1,2}out)",
            r"(?:going to|gonna|will|'ll) let (?:him|her|them) (?:try|go in|go to school)",
            r"won't be coming with us\b[\w' ,.]{0,40}\b(?:'ll|will) be in\b",
            r"no need to keep (?:him|her|them|\w+) (?:off|home|at home)",
            r"no need to have (?:him|her|them|\w+) (?:ready |waiting )?(?:at|in) (?:the )?(?:office|reception)",
            r"(?:won't|will not|doesn't|does not|don't|do not|no longer) need (?:[\w']+ ){0,3}off\b",
            r"no longer (?:be )?(?:off|absent|away|missing)",
            r"(?:take|taking|took) (?:him|her|them|\w+) off the (?:absence|absent|absences) list",
            r"cancel (?:the |his |her |their |my |our )?(?:absence|leave|request|earlier request)\b",
            # an appointment moved out of school hours: "moved to 4pm", "is now after school"
            r"(?:appointment|appt|op|operation|physio|dentist|check|review|test|it)(?:'s)?(?: [\w.:']+){0,6}"
            r" (?:moved|changed|rearranged|put back) (?:to|till|until) (?:after school|the weekend|saturday|sunday|[4-6]"
            r"|half[- ]term|the holidays)",
            r"(?:is|'s) now (?:after school|at the weekend|on (?:a )?(?:saturday|sunday))",
            # "i said rehan won't be in tomorrow, but she is better now, she'll be in", "i said theo would be late
            # ... but it's next week! he's on his way in now"
            r"(?:i|we) (?:said|told you|tell you|messaged|texted|wrote|emailed)\b[\w' ,]{0,60}"
            r"\b(?:(?:won't|wouldn't|will not|would not) be in|(?:would|'d) be (?:off|absent|late)|(?:is|was) (?:sick|ill|poorly))"
            r"\b[\w' ,.!]{0,60}\b(?:but|however)\b[\w' ,.!]{0,60}"
            r"\b(?:(?:'ll|will) (?:be in|come)|(?:'s|is) on (?:his|her|their) way in|(?:he|she|they)(?:'s|'re| is| are) better)\b",
            r"(?:don't|do not|no need to|please don't) mark (?:him|her|them|\w+) (?:as )?(?:absent|off)",
        ),
        attending=(
            # not "the other two are in", said of siblings
            r"(?<!other two )(?<!other one )(?<!others )(?<!the rest )"
            r"(?:'ll|will|is|'s|are|'re) (?:all |both )?(?:be )?(?:coming |going )?(?:in|in school|into school|to school|at school)"
            r"(?: (?:today|now|as normal|as usual|this morning|after all))?(?: (?:that|this) (?:week|day))?"
            r"(?= *(?:[.!,]|$|thanks|thank|sorry|but\b))",
            r"(?:'ll|will) come(?: in| to school)?(?: today| tomorrow)?(?: as)? (?:normal(?:ly)?|as usual)",
        ),
        open_end=(
            r"until further notice",
            r"(?:for )?the foreseeable(?: future)?",
            r"indefinitely",
            r"(?:not|isn't|won't be) in (?:today|tomorrow) either",
            r"(?:not sure|don't know|do not know|no idea|unsure) (?:when|how long|yet)",
            r"(?:will|'ll) (?:confirm|let you know|tell you|update you(?: on)?) (?:the (?:exact )?(?:date|day)|when)",
            r"(?:when|once) (?:i|we) (?:know|hear) more",
            r"doubt (?:he|she|they)(?:'ll| will) be (?:back|in)",
            r"at least (?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|another|the next|a couple)",
            # "off for 48 hours after they were last sick": counted from a moment not yet known
            r"(?:hours|hrs|days) (?:after|from) (?:the|their|his|her|they|he|she)(?: \w+)? last",
            r"until (?:she|he|they)(?:'s|'re| is| are| feels?| gets?)?(?: feeling)?(?: (?:a (?:bit|little|lot)|much))?"
            r" (?:better|well|recovered)",
            r"most of (?:next|the|this) week",
            r"for a while",
            r"still (?:ill|poorly|sick|off|unwell|not well|not right|in hospital|in bed|has|got|coughing"
            r"|vomiting|being sick|has a temperature)",
        ),
        question_starts=(
            "what",
            "when",
            "where",
            "why",
            "how",
            "who",
            "which",
            "is",
            "are",
            "does",
            "do",
            "can",
            "could",
            "should",
            "would",
            "shall",
            "has",
            "have",
            "am",
        ),
        date_answer_words=frozenset(
            [
                "on",
                "the",
                "from",
                "until",
                "to",
                "and",
                "back",
                "in",
                "please",
                "it's",
                "its",
                "he",
                "she",
                "they",
                "will",
                "be",
                "is",
                "hopefully",
                "probably",
                "school",
                "at",
                "by",
                "for",
                "he'll",
                "she'll",
                "they'll",
                "i",
                "think",
                "should",
                "maybe",
                "ok",
                "okay",
                "we",
                "sorry",
                "i'm",
                "thanks",
                "thank",
                "you",
            ]
        ),
    ),
}


@dataclass(frozen=True, slots=True)
class _Compiled:
    absence: re.Pattern[str]
    past_absence: re.Pattern[str]
    withdrawal: re.Pattern[str]
    attending: re.Pattern[str]
    open_end: re.Pattern[str]
    question_start: re.Pattern[str]
    date_answer_words: frozenset[str]


@cache
def _compiled(language: str) -> _Compiled:
    phrases = PHRASES.get(language, PHRASES["en"])

    return _Compiled(
        absence=any_of(phrases.absence),
        past_absence=any_of(phrases.past_absence),
        withdrawal=any_of(phrases.withdrawal),
        attending=any_of(phrases.attending),
        open_end=any_of(phrases.open_end),
        question_start=re.compile(r"^(?:" + "|".join(phrases.question_starts) + r")\b(?!')"),  # not "can't"
        date_answer_words=phrases.date_answer_words,
    )


def absence_pattern(language: str = "en") -> re.Pattern[str]:
    """Phrases of the child being (or having been) absent."""
    return _compiled(language).absence


def mentions_absence(text: str, language: str = "en") -> bool:
    return _compiled(language).absence.search(text) is not None


def is_open_ended(text: str, language: str = "en") -> bool:
    """The parent says the absence goes on with no end they know ("until further notice")."""
    return _compiled(language).open_end.search(text) is not None


def is_date_answer(words: list[str], language: str = "en") -> bool:
    """Nothing but a day and filler remains: "thursday", "back on the 3rd" (an answer to the bot)."""
    return all(word in _compiled(language).date_answer_words for word in words)


def is_retrospective(text: str, language: str = "en") -> bool:
    """The parent reports an absence that has already happened ("she was off yesterday")."""
    return _compiled(language).past_absence.search(text) is not None


def takes_back(text: str, language: str = "en") -> bool:
    """The parent says outright that a report is taken back: "ignore my last message", "in after all"."""
    return _compiled(language).withdrawal.search(text) is not None


_BACK_ON_A_LATER_DAY = re.compile(r"\bback on (?:mon|tues|wednes|thurs|fri)day\b")


def is_withdrawal(text: str, language: str = "en") -> bool:
    """The parent takes back a report: explicitly, or by saying the child will be in after all."""
    compiled = _compiled(language)
    changed_mind = _CHANGED_MIND.search(text)
    if changed_mind is not None and compiled.attending.search(text, changed_mind.end()) is None:
        # "i'm going to send her in, actually no scrap that, she's just been sick. she won't be in": what
        # the parent takes back is what they had just said
        return compiled.absence.search(text, changed_mind.end()) is None
    if takes_back(text, language):
        return True
    # "she'll be in, is there any way she could sit it in a smaller room?" asks; it takes nothing back
    attending = compiled.attending.search(text)
    attends = attending is not None and compiled.absence.search(text) is None
    replying = _REPLY.search(text) is not None  # "got your message about his nits ... he'll be in as normal"
    # "i never rang thursday, he had a migraine ... he's in today": an absence told late, over by now
    untold = _UNTOLD.search(text) is not None
    return (
        attends
        and not replying
        and not untold
        and not _CORRECTION.search(text)
        and not _BACK_ON_A_LATER_DAY.search(text)  # "has been ill, from wednesday he'll be in": a day back
        and not _negated(text, attending.start())
        and not is_question(text, language)
    )


def sends_in_regardless(text: str, language: str = "en") -> bool:
    """Told of something the school should watch for, the child coming in all the same: "coughing but no
    temperature so he's coming in, his inhaler is in his bag if he needs it", "i was going to keep him off,
    but he's begging to go so he's coming in. if he gets worse can you ring me"."""
    compiled = _compiled(language)
    return (
        _HEADS_UP.search(text) is not None
        and compiled.attending.search(text) is not None
        and compiled.absence.search(_THOUGHT_OF.sub(" ", text)) is None
        and not takes_back(text, language)
    )


def _negated(text: str, at: int) -> bool:
    """The clause before `at` denies what follows: "neither mason nor poppy will be in"."""
    return _NEGATION.search(_CLAUSE_BREAK.split(text[:at])[-1]) is not None


def is_question(text: str, language: str = "en") -> bool:
    """A sentence of it asks something: "hi! what time does school finish on friday", "is it non-uniform day?"."""
    return any(_asks(sentence, language) for sentence in _SENTENCE.split(text))


def without_questions(text: str, language: str = "en") -> str:
    """What the message tells rather than asks: of a question, only what comes before its last clause.

    "jas has conjunctivitis, is he ok to come in or should he stay off?" tells only of the conjunctivitis;
    "he was off friday, i did ring but maybe it didn't go through??" still tells of friday.
    """
    return " ".join(
        _LAST_CLAUSE.sub("", sentence) if _asks(sentence, language) else sentence
        for sentence in _SENTENCE.split(text)
    )


def _asks(sentence: str, language: str) -> bool:
    """Ends with a question mark, or it or its last clause opens as a question does ("nits again, do i
    have to keep her off")."""
    sentence = _GREETING.sub("", sentence.strip())
    last = _LAST_CLAUSE.search(sentence)
    last_clause = _CLAUSE_OPENING.sub("", last.group()) if last else sentence
    if _REQUEST.match(sentence) or _REQUEST.search(last_clause) or _GUESS.match(last_clause):
        return False
    if _WHEN_CLAUSE.match(sentence) and not sentence.endswith("?"):
        return False  # "when he is better i write to you" tells; "when is he back" asks
    question_start = _compiled(language).question_start
    return sentence.endswith("?") or bool(
        question_start.match(sentence) or _CLAUSE_QUESTION.match(last_clause)
    )


_WHEN_CLAUSE = re.compile(r"(?:when|once) (?:he|she|they|it|we|i|you|the|his|her|their|my)\b")
_REPLY = re.compile(
    r"\b(?:got|received|thanks for|thank you for) (?:your|the school's) (?:message|text|email|letter|call)\b"
)
_UNTOLD = re.compile(
    r"\b(?:never|didn't|did not|forgot to|forgotten to|sorry for not) (?:rang|ring|ringing|called|call|calling|phoned"
    r"|phone|let you know|letting you know|message|messaged|messaging|text|texted|email|emailed)\b"
)
# A day put right, whose "he'll be in on wednesday as normal" takes nothing back.
_CORRECTION = re.compile(
    r"\b(?:got (?:the|my) (?:days?|dates?) (?:wrong|mixed up)|wrong (?:day|date)|correction|mixed up the days"
    r"|not (?:on )?(?:monday|tuesday|wednesday|thursday|friday),? but)\b"
)
_HEADS_UP = re.compile(
    r"\bif (?:he|she|they) (?:gets?|feels?|starts?|is|'s|are|'re) (?:any )?(?:worse|unwell|poorly|ill)\b"
    r"|\b(?:ring|call|phone) me if\b|\bjust so you know\b|\bif (?:he|she|they) needs? (?:it|them)\b"
    r"|\b(?:just )?a heads up\b|\bexcuse\w* (?:him|her|them) from (?:pe|games|swimming)\b"
)
_CHANGED_MIND = re.compile(
    r"\b(?:actually,? (?:no,? )?|no,? wait,? |wait,? )(?:scrap|ignore|forget) (?:that|what i said)\b"
)
# An absence thought of and not taken: "i was going to keep him off, but he's begging to go".
_THOUGHT_OF = re.compile(r"\b(?:was|were) going to keep (?:him|her|them) (?:off|home|at home)\b")
_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n")
_CLAUSE_BREAK = re.compile(r"[.!?;,()\n]|\b(?:but|so|because)\b")
_NEGATION = re.compile(r"\b(?:neither|nor|none|nobody|no one|not|never|no way|no chance)\b")
_CLAUSE_OPENING = re.compile(r"^[,;:\s-]+")
# A clause asked after a statement: a question word, or a verb before its subject ("do i have to").
_CLAUSE_QUESTION = re.compile(
    r"^(?:(?:do|does|did|can|could|should|would|will|is|are|shall|may) (?:i|we|you|he|she|they|it)\b"
    r"|(?:what|when|where|why|how|who|which)\b)"
)
_LAST_CLAUSE = re.compile(r"(?:^|[,;:]\s|\s-\s)(?:[^,;:-]|\S-)*$")
# Asked as a question, a request to the school: "can someone please chase the transport team".
_REQUEST = re.compile(
    r"(?:(?:can|could) [\w ]{1,30} (?:finish|leave|go) (?:early|at)"
    r"|(?:can|could|would|will) (?:someone|somebody|you)(?: please)? (?:please|let|tell (?!me)|pass|chase|ring"
    r"|call|inform|make sure|send|mark)|(?:can|could|may) (?:i|we)(?: please)? (?:pick|collect|take)|(?:can|could) \w+ be (?:ready|collected|picked up)"
    # asking leave: "can millie be excused on friday", "is it ok if i pick her up at 11.30", "alright if he leaves at lunch"
    r"|(?:can|could|may) \w+(?: please)? (?:be excused(?! from (?:swimming|pe|games))|miss|have (?:the|a) day off|leave)"
    r"|(?:(?:is it|would it be|am i|are we) (?:ok|okay|alright|all right|possible|fine)|^(?:ok|okay|alright|all right))"
    r" (?:if|for|to) [\w' ]{0,30}?(?:pick|collect|leave|leaves|miss|misses|take|finish|be excused"
    r"|bring \w+ in (?:after|late|at)))\b"
)
# A guess with a question mark is still told, not asked: "his face is all swollen, looks like mumps??".
_GUESS = re.compile(
    r"(?:looks like|sounds like|seems like|i think|think it's|maybe|probably|might be|could be|(?:so )?i'm assuming"
    r"|i assume|i presume"
    # "should be fine for tomorrow.": a hope, with its subject left out, not "should he come in"
    r"|should be (?:fine|ok|okay|alright|all right|right|better|back)(?![^?]*\?))\b"
)
_GREETING = re.compile(
    r"^(?:(?:hi|hello|hey|hiya|morning|good (?:morning|afternoon|evening)|dear \w+|hola|bonjour|salut)"
    r"(?: there| all| everyone)?[,!.]*\s*)+"
)
