"""Reading the roster CSV the school exports from its MIS: one row per pupil and contact.

Columns (header row required, order free):
    pupil_id, first_name, last_name, year, class,
    cp_plan, child_in_need, looked_after, send, social_worker   (yes/no, blank = no)
    contact_name, relationship, phone, priority                  (blank for a pupil with no contact)
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

from bot.linking import normalise_phone
from storage.records import Contact, Pupil

REQUIRED = ("pupil_id", "first_name", "last_name")
FLAGS = ("cp_plan", "child_in_need", "looked_after", "send", "social_worker")
COLUMNS = (*REQUIRED, "year", "class", *FLAGS, "contact_name", "relationship", "phone", "priority")
_YES = {"y", "yes", "true", "1"}
_NO = {"", "n", "no", "false", "0"}


class RosterError(ValueError):
    """A row could not be read; the message names its line."""


@dataclass
class Roster:
    pupils: list[Pupil] = field(default_factory=list)
    contacts: list[Contact] = field(default_factory=list)


def read_roster(path: Path) -> Roster:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise RosterError(f"{path} does not exist") from None
    except UnicodeDecodeError:
        raise RosterError(f"{path} is not a UTF-8 CSV file") from None
    return parse_roster(text)


def parse_roster(text: str) -> Roster:
    reader = csv.DictReader(io.StringIO(text))
    header = [name.strip() for name in reader.fieldnames or []]
    missing = [name for name in REQUIRED if name not in header]
    if missing:
        raise RosterError(f"line 1: the header lacks the column(s) {', '.join(missing)}")
    unknown = [name for name in header if name not in COLUMNS]
    if unknown:
        raise RosterError(f"line 1: unknown column(s) {', '.join(unknown)}")
    pupils: dict[str, Pupil] = {}
    contacts: dict[tuple[str, str], Contact] = {}
    for row in reader:
        line = reader.line_num
        values = {key.strip(): (value or "").strip() for key, value in row.items() if key}
        pupil = _pupil(values, line)
        known = pupils.setdefault(pupil.id, pupil)
        if known != pupil:
            raise RosterError(f"line {line}: pupil {pupil.id} differs from an earlier row for the same pupil")
        contact = _contact(values, pupil.id, line)
        if contact is not None:
            contacts[(contact.pupil_id, contact.phone)] = contact
    return Roster(list(pupils.values()), list(contacts.values()))


def _pupil(values: dict[str, str], line: int) -> Pupil:
    for name in REQUIRED:
        if not values.get(name):
            raise RosterError(f"line {line}: {name} is empty")
    flags = {}
    for name in FLAGS:
        value = values.get(name, "").lower()
        if value not in _YES | _NO:
            raise RosterError(f"line {line}: {name} should be yes or no, not {value!r}")
        flags[name] = value in _YES
    return Pupil(
        id=values["pupil_id"],
        first_name=values["first_name"],
        last_name=values["last_name"],
        year_group=values.get("year", ""),
        class_name=values.get("class", ""),
        **flags,
    )


def _contact(values: dict[str, str], pupil_id: str, line: int) -> Contact | None:
    raw_phone = values.get("phone", "")
    if not raw_phone and not values.get("contact_name"):
        return None
    phone = normalise_phone(raw_phone)
    if phone is None:
        raise RosterError(f"line {line}: the phone number is missing or not valid")
    priority_text = values.get("priority") or "1"
    if not priority_text.isdigit() or int(priority_text) < 1:
        raise RosterError(f"line {line}: priority should be a whole number from 1")
    return Contact(
        pupil_id=pupil_id,
        name=values.get("contact_name") or "",
        relationship=values.get("relationship", ""),
        phone=phone,
        priority=int(priority_text),
    )
