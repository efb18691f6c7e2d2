"""Siblings a message says will be in school as usual: "ava is off sick, sam is coming in as normal".

Such a sibling is one the message mentions, not one the report is about, and their clause is no
withdrawal of the report.
"""

from __future__ import annotations

import re

from bot.codes import Category
from bot.understanding import intent
from bot.understanding.children import COMMON_WORD_NAMES, name_spans
from bot.understanding.reasons import find_reason
from bot.understanding.text import AFTER_SCHOOL

_COMMON_WORD_NAMES = COMMON_WORD_NAMES["en"]
# Words saying a child will be in school as usual ("will be in as normal", "is coming in"), and the
# names listed before them ("ethan and archie will be in"), said in the clause after a sibling's name.
_ATTENDS = re.compile(
    # not "rufus's library book is in clemmie's bag"
    r"(?<!book )(?<!books )(?<!bag )(?<!kit )(?<!letter )(?<!form )(?<!money )(?<!coat )(?<!lunch )(?<!bottle )"
    r"(?:\b(?:is|are|will|'ll|'s|should|can)|^) (?:still |both |now |already )?(?:be )?(?:coming |going )?(?:back )?"
    r"(?:in(?! school)|in school|into school|to school|at school)\b(?! (?:later|late|after|by|for|at|around|about|tomorrow|on|pain|bed|tears"
    r"|hospital|agony|a&e|a|an)\b)"  # not "she's in a sling"
    r"|\bwent (?:in|to school)(?: (?:on time|as normal|as usual|fine|this morning))?(?=[.!?,;\n]|$)"
    r"|\b(?:is|are|'s|'re) on (?:his|her|their|the) way(?: in| to school)?\b|^[\s,]*on (?:his|her|their) way\b"
    r"|\b(?:is|are|'s|'re) (?:walking|taking|bringing|dropping) (?:him|her|them) in\b"
    r"|\b(?:is|are|'s|'re) (?:walking|cycling|scooting|getting the bus) (?:in|to school)\b"
    r"|\b(?:is|are|'s|'re) (?:fine|ok|okay|well enough) to (?:come|go) in\b(?! ?\?)"
    r"|\b(?:will|'ll) (?:bring|take|walk|drop) (?:him|her|them) in\b"
    r"(?! (?:later|late|after|by|for|at|around|about|straight|right|once|when|as soon)\b)"
    r"|\b(?:picked up|collected)(?: at [\d.:]+)? as (?:normal|usual)\b"
    r"|\bat the (?:school )?gates? as (?:normal|usual)\b|\b(?:got|caught) the (?:school )?bus\b"  # "i'll drop kieran and ben at the gate as normal"
    r"|\b(?:will|'ll) go to (?:school|after ?school club|breakfast club|class)\b"
    # a sibling said to be well: "ana is fine", "phoebe isn't affected", "ifeoma is coming normal time"
    r"|(?<!that)(?<!that )(?<!\bit)(?<!\bit )(?<!this)(?<!this )\b(?:is|'s|are|'re) (?:absolutely |totally |perfectly )?"
    r"(?:fine|ok|okay|well|not affected|unaffected"
    r"|raring to go)\b(?! to (?:come|go) back| to return)|\b(?:isn't|is not) affected\b"
    r"|\b(?:is|'s|are|'re) coming (?:in )?(?:at )?(?:the )?(?:normal time|normal|normally|as normal|as usual)\b"
    r"|\bfine to (?:come|go) in\b"
    # English as a second language: "stefan come to school", "omar go to school on the bus", "sophia is coming."
    r"|^ (?:come|comes|go|goes) (?:to )?school\b|\b(?:is|'s|are|'re) on the (?:school )?bus\b"
    r"|\b(?:is|'s) coming(?= *(?:[.!,;\n]|$))"
    r"|\b(?:can |will |'ll )?stay(?:s|ing)? (?:in school )?(?:till|until|for) (?:home ?time|the end of the day|the whole day)\b"
    r"|\b(?:is|'s) staying (?:all day|for the (?:whole|full) day|for the afternoon|(?:till|until) home ?time)\b"
    r"|\b(?:was|were) in (?:all week|school|as normal|every day)\b"
    r"|\b(?:will|'ll) be there (?:as normal|as usual|normally)\b"
    # errands in school: "jude will bring the appointment card in", "maya will bring his reading book back"
    r"|\b(?:will|'ll|can) (?:bring|take|give|hand)(?: in| back)? (?:the|his|her|their|a|an) (?!straight|right|back|home)\w+"
    r"(?: \w+){0,2} (?:in|back)\b"
    r"|\bcoming (?:in )?(?:as )?(?:normal|normally|as usual)\b"
)
_BOUNDARY = re.compile(r"[.!?;\n]|, | but | x ")  # "not coming in today soz x ivy fine"
# names listed after one, in any script: ", ana and maria", Arabic " ويوسف" ("and yousef", "and" attached)
_LISTED_ANY_SCRIPT = re.compile(r"(?:(?:,| and| &) [^\W\d_]+| و[^\W\d_]+)*")
_WRITER = re.compile(
    r"\b(?:this is|it's|its|it is|i'm|im|i am)\b[\w' ]*'?s (?:mum|mam|mom|dad|nan|nana|gran|granny|grandad|grandma|grandpa"
    r"|aunt\w*|uncle|carer|childminder|step\w*)\b"
)
_EVERYONE = re.compile(
    r"\b(?:all (?:three|3|four|4|of them|of mine)|both(?: of (?:them|mine|my kids|my children|the kids|the children)"
    r"| (?:my |the )?(?:kids|children))|the kids|the children)\b"
)
# Words of a child being in school or on their way, as a sibling's clause has them.
_PRESENCE = re.compile(
    r"\b(?:in(?! (?:the|a|an|bed|pain|tears|hospital|his|her|my|agony)\b)|into|school|class|normal|normally"
    r"|usual|fine|ok|okay|well|bus|went|gone|go|goes|going|come|comes|coming|will be|already|there"
    r"|dropping|drop|dropped|bringing|taking)\b"
)
# Words that make a clause part of a report though it names no absence: a day, a time, or a sibling
# sharing it ("ava too", "both", "the same").
_REPORT_WORDS = re.compile(
    r"\b(?:too|also|as well|same|both|all|either|neither|nor|none|not|today|tomorrow|tonight|yesterday"
    r"|monday|tuesday|wednesday|thursday|friday|week|morning|afternoon|\d+)\b"
)
_THE_OTHERS = re.compile(
    r"\b(?:the other (?:two|three|one|kids|children|ones)|the others|(?:his|her|their) (?:brothers?|sisters?|siblings))\b"
)
_ASKS = re.compile(r"^\W*(?:\w+ )?(?:can|could|would) you (?:tell|let|remind|send|check|ask)\b")
_NEGATION = re.compile(r"\b(?:neither|none|nor|not|never|no)\b|n't\b")
# Where the words leading up to a name begin: a stop, or a day that ends the clause before it, unpunctuated
# ("he's not coming in today harlow is coming in as normal").
_LEAD = re.compile(r"[.!?;,\n]|\b(?:today|tomorrow|tonight|monday|tuesday|wednesday|thursday|friday)\b")
# After "but", the same child: "... but he's fine to come in".
_THEN_THEY = re.compile(r" (?:he|she|they)(?:'s|'re|'ll| is| are| will)\b")
# "... but", and a new clause of what is done with another child: "... as normal and bring jess in after"
_CLAUSE_END = re.compile(r"[.!?;\n](?!\d)|,? but\b|,? and (?:i'll |we'll )?(?:bring|take|collect|pick)\b")


def without_attending(
    words: str, named: tuple[str, ...], roster: tuple[str, ...], language: str
) -> tuple[tuple[str, ...], list[tuple[int, int]]]:
    """The named children less those the message says will be in, if any are left; and the clauses that
    say so, which are about those siblings, not a withdrawal of the report.

    When all those named will be in and the rest of the message tells of an absence or an illness, it is
    the absence of the one child of the roster not named, if there is one: "sebi has bronchitis, bianca and răzvan
    will be in as normal" (Sebi being a name the roster does not show)."""
    # "ayla's got a temperature, the other two are on their way in with dad", "his brother is fine and will be in"
    unnamed = _attending_clause(words, "", [m.span() for m in _THE_OTHERS.finditer(words)], [])
    if not named or len(roster) < 2:
        return named, [unnamed] if unnamed else []
    firsts = [name.split()[0].lower() for name in named]
    where = {first: name_spans(words, first, firsts, language) for first in firsts}
    companions = _companions(words, where)
    along = tuple(name for name, first in zip(named, firsts, strict=True) if first in companions)
    named = tuple(name for name in named if name not in along)
    firsts = [first for first in firsts if first not in companions]
    clauses = {
        first: _attending_clause(
            words, first, where[first], [span for other in firsts if other != first for span in where[other]]
        )
        for first in firsts
    }
    bystanders = _bystanders(
        words, {first: where[first] for first in firsts if clauses[first] is None}, language
    )
    clauses.update(bystanders)
    spans = [span for span in clauses.values() if span is not None] + list(companions.values())
    spans += [unnamed] if unnamed else []
    absent = tuple(name for name, first in zip(named, firsts, strict=True) if clauses[first] is None)
    if absent:
        return absent, spans
    rest = tuple(name for name in roster if name not in named and name not in along)
    told = without_spans(words, spans)
    illness = find_reason(told, language) is Category.ILLNESS
    if len(named) > 1 and (illness or intent.mentions_absence(told, language)):
        return (rest if len(rest) == 1 else ()), spans
    if illness and rest:  # "the little one has a fever, tymek will be in as normal"; of two others, which?
        return (rest if len(rest) == 1 else ()), spans
    return named, list(companions.values())


def _attending_clause(
    words: str, first: str, spans: list[tuple[int, int]], others: list[tuple[int, int]]
) -> tuple[int, int] | None:
    """Where the clause after `first` says that child will be in school: "theo is staying at his dad's
    and will be in as normal". Not when an absence or another child (named at `others`) comes first
    ("sam is off and ava will be in" says nothing of Sam attending)."""
    for start, named_end in spans:
        if _NEGATION.search(_LEAD.split(words[:start])[-1]):
            continue  # "no way of getting tyrese and nevaeh to school"
        end = _CLAUSE_END.search(words, named_end)
        if end and end.group().endswith("but") and _THEN_THEY.match(words, end.end()):
            end = _CLAUSE_END.search(words, end.end())  # "ivo's got a cold but he's fine to come in"
        clause = words[named_end : end.start() if end else len(words)]
        if clause.startswith("'s "):
            clause = " is" + clause[2:]  # "ruby's coming in as normal", "ruby's on her way in"
        attends = _ATTENDS.search(clause)
        if attends is None:
            continue
        listed = _LISTED_ANY_SCRIPT.match(clause).end()  # type: ignore[union-attr]
        before = clause[listed : attends.start()]
        if (
            intent.mentions_absence(before)
            or _NEGATION.search(before)
            or (first and _THE_OTHERS.search(before))  # "sam has been sick, his sister will be in"
            or any(named_end + listed <= other < named_end + attends.start() for other, _ in others)
        ):
            continue
        # "none of them will be in" is the verb, not Will
        if first in _COMMON_WORD_NAMES and re.match(r" (?:be|in)\b", clause):
            continue
        return start, end.start() if end else len(words)  # the whole clause is about that sibling
    return None


def _bystanders(
    words: str, candidates: dict[str, list[tuple[int, int]]], language: str
) -> dict[str, tuple[int, int]]:
    """Of the children named, those every clause naming them tells nothing of an absence, while another
    child's does: "sam's got croup so he won't be in tomorrow. lily will be." or "finn and jude are
    already in". The clause of such a child is about them, not the report. The clause where the writer
    says who they are ("this is nell and ellis's grandad") is left aside, but a child named only there
    is the one the message is about ("it's sasha's mum. she's not coping...")."""
    told: dict[str, list[tuple[int, int]]] = {}
    reported: list[str] = []
    for first, named_at in candidates.items():
        clauses = (_clause_around(words, start, end) for start, end in named_at)
        spans = [(start, end) for start, end in clauses if not _WRITER.search(words, start, end)]
        if not spans or any(_tells(words[start:end], language) for start, end in spans):
            reported.append(first)
        else:
            told[first] = spans
    if not reported or not told or _EVERYONE.search(words):
        return {}
    return {first: spans[0] for first, spans in told.items() if len(spans) == 1}


# Named only as going along with another child ("came in with andrei"), or as having had the illness
# before ("if it's the same bug tommy had").
_ALONG_OR_BEFORE = re.compile(
    r"\b(?:along |together )?with $|\bsame (?:bug|virus|thing|illness|sickness) (?:that |as )?$"
)


def _companions(words: str, where: dict[str, list[tuple[int, int]]]) -> dict[str, tuple[int, int]]:
    """Of the children named, those named only as going along with another named child: "i'll bring him in
    with ella after all", "came in with andrei", or as having had the same illness before ("if it's the same
    bug tommy had"). The report is not theirs."""
    along = {
        first: spans[0]
        for first, spans in where.items()
        if len(spans) == 1 and _ALONG_OR_BEFORE.search(words, max(0, spans[0][0] - 30), spans[0][0])
    }
    return along if len(along) < len(where) else {}


def _clause_around(words: str, start: int, end: int) -> tuple[int, int]:
    """The clause a name stands in, with the names listed after it ("niko, hania and tymek are home")."""
    before = [m.end() for m in _BOUNDARY.finditer(words, 0, start)]
    listed = _LISTED_ANY_SCRIPT.match(words, end)
    after = _BOUNDARY.search(words, listed.end() if listed else end)
    return (before[-1] if before else 0), (after.start() if after else len(words))


# In school on a day, and nothing more: "simran and arjan back on monday", "lily will be in tomorrow".
_IN_ON_A_DAY = re.compile(
    r"\b(?:back|(?:will|'ll) be in|(?:will|'ll) (?:come|go)(?: in| to school)?)(?: at school| in school| to school)?"
    r" (?:on )?(?:monday|tuesday|wednesday|thursday|friday|tomorrow)\b"
)


def _tells(clause: str, language: str) -> bool:
    """Whether a clause tells of an absence, a reason, a day, or says the child shares another's lot;
    or, saying nothing of being in school, may tell of an illness in words not known ("is really rough")."""
    if (AFTER_SCHOOL.search(clause) or _ASKS.search(clause)) and not intent.mentions_absence(
        clause, language
    ):
        return False  # "ruby has the dentist at 4 after school", "can you tell me when lola's slot is"
    reason = find_reason(clause, language)
    if _IN_ON_A_DAY.search(clause) and reason is None and not intent.mentions_absence(clause, language):
        return False  # "simran and arjan will be in on monday", beside another child's absence
    return (
        intent.mentions_absence(clause, language)
        or reason not in (None, Category.LATE)  # "niamh on her way in" is in school
        or _REPORT_WORDS.search(clause) is not None
        or _PRESENCE.search(clause) is None
    )


def without_spans(words: str, spans: list[tuple[int, int]]) -> str:
    """The words with the attending clauses cut out (two siblings listed share one clause)."""
    kept, position = [], 0
    for start, end in sorted(spans):
        kept.append(words[position : max(position, start)])
        position = max(position, end)
    return "".join(kept) + words[position:]
