"""What the domain answers a parent: lines from the catalog and buttons, no transport detail."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from messages import Line


class Keyboard(StrEnum):
    """A reply keyboard to show under the message, if any."""

    NONE = "none"
    SHARE_CONTACT = "share_contact"
    REMOVE = "remove"


@dataclass(frozen=True, slots=True)
class Button:
    label: Line
    data: str


@dataclass(frozen=True, slots=True)
class Reply:
    lines: tuple[Line, ...]
    language: str = "en"
    buttons: tuple[tuple[Button, ...], ...] = ()
    keyboard: Keyboard = Keyboard.NONE
    # For a button press: replace the pressed message rather than send a new one.
    edit: bool = False
    # A short notice for the button press itself (Telegram's answerCallbackQuery text).
    notice: Line | None = None


def say(key: str, language: str = "en", **params: object) -> Reply:
    return Reply(lines=(Line(key, params),), language=language)
