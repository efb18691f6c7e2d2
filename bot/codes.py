"""England's national attendance codes (2024 regulations) and the categories parents' reasons map to."""

from __future__ import annotations

from enum import StrEnum


class Category(StrEnum):
    ILLNESS = "illness"
    MEDICAL = "medical"
    RELIGIOUS = "religious"
    EXCEPTIONAL = "exceptional"
    HOLIDAY = "holiday"
    INTERVIEW = "interview"
    PARENT_TRAVEL_OCCUPATIONAL = "parent_travel_occupational"
    TRANSPORT_PROVIDED_UNAVAILABLE = "transport_provided_unavailable"
    TRAVEL_DISRUPTION = "travel_disruption"
    PUBLIC_HEALTH = "public_health"
    LATE = "late"
    LATE_AFTER_CLOSE = "late_after_close"
    UNACCEPTABLE = "unacceptable"
    NONE_GIVEN = "none_given"
    PERFORMANCE = "performance"


PROVISIONAL_CODE: dict[Category, str] = {
    Category.ILLNESS: "I",
    Category.MEDICAL: "M",
    Category.RELIGIOUS: "R",
    Category.EXCEPTIONAL: "C",
    Category.HOLIDAY: "G",
    Category.INTERVIEW: "J1",
    Category.PARENT_TRAVEL_OCCUPATIONAL: "T",
    Category.TRANSPORT_PROVIDED_UNAVAILABLE: "Y1",
    Category.TRAVEL_DISRUPTION: "Y2",
    Category.PUBLIC_HEALTH: "Y6",
    Category.LATE: "L",
    Category.LATE_AFTER_CLOSE: "U",
    Category.UNACCEPTABLE: "O",
    Category.NONE_GIVEN: "N",
    Category.PERFORMANCE: "C1",
}


class CodeGroup(StrEnum):
    PRESENT = "present"
    APPROVED_ACTIVITY = "approved educational activity"
    LEAVE_OF_ABSENCE = "leave of absence (authorised)"
    OTHER_AUTHORISED = "other authorised"
    UNABLE_TO_ATTEND = "unable to attend (unavoidable)"
    UNAUTHORISED = "unauthorised"
    NOT_COUNTED = "not counted"


NATIONAL_CODES: dict[str, tuple[CodeGroup, str]] = {
    "/": (CodeGroup.PRESENT, "present (AM)"),
    "\\": (CodeGroup.PRESENT, "present (PM)"),
    "L": (CodeGroup.PRESENT, "late before register close"),
    "K": (CodeGroup.APPROVED_ACTIVITY, "LA-arranged provision"),
    "V": (CodeGroup.APPROVED_ACTIVITY, "educational visit or trip"),
    "P": (CodeGroup.APPROVED_ACTIVITY, "supervised sport"),
    "W": (CodeGroup.APPROVED_ACTIVITY, "work experience"),
    "B": (CodeGroup.APPROVED_ACTIVITY, "other approved activity"),
    "C1": (CodeGroup.LEAVE_OF_ABSENCE, "regulated performance or employment abroad"),
    "M": (CodeGroup.LEAVE_OF_ABSENCE, "medical or dental appointment"),
    "J1": (CodeGroup.LEAVE_OF_ABSENCE, "interview"),
    "S": (CodeGroup.LEAVE_OF_ABSENCE, "study leave"),
    "C2": (CodeGroup.LEAVE_OF_ABSENCE, "part-time timetable"),
    "C": (CodeGroup.LEAVE_OF_ABSENCE, "exceptional circumstances"),
    "T": (CodeGroup.OTHER_AUTHORISED, "parent travelling for occupational purposes"),
    "R": (CodeGroup.OTHER_AUTHORISED, "religious observance"),
    "I": (CodeGroup.OTHER_AUTHORISED, "illness"),
    "E": (CodeGroup.OTHER_AUTHORISED, "suspended or excluded, no alternative provision"),
    "Q": (CodeGroup.UNABLE_TO_ATTEND, "lack of access arrangements"),
    "Y1": (CodeGroup.UNABLE_TO_ATTEND, "provided transport unavailable"),
    "Y2": (CodeGroup.UNABLE_TO_ATTEND, "widespread travel disruption"),
    "Y3": (CodeGroup.UNABLE_TO_ATTEND, "part of premises closed"),
    "Y4": (CodeGroup.UNABLE_TO_ATTEND, "whole site closed"),
    "Y5": (CodeGroup.UNABLE_TO_ATTEND, "criminal justice detention"),
    "Y6": (CodeGroup.UNABLE_TO_ATTEND, "public health guidance or law"),
    "Y7": (CodeGroup.UNABLE_TO_ATTEND, "other unavoidable cause"),
    "G": (CodeGroup.UNAUTHORISED, "holiday not granted"),
    "N": (CodeGroup.UNAUTHORISED, "no reason yet"),
    "O": (CodeGroup.UNAUTHORISED, "other or unknown circumstances"),
    "U": (CodeGroup.UNAUTHORISED, "arrived after register close"),
    "D": (CodeGroup.NOT_COUNTED, "dual registered"),
    "X": (CodeGroup.NOT_COUNTED, "not required to attend"),
    "Z": (CodeGroup.NOT_COUNTED, "not yet on roll"),
    "#": (CodeGroup.NOT_COUNTED, "planned closure"),
}
