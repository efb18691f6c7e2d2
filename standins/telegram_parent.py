"""A simulated parent: sends wire-format updates to the bot and reads back what the bot said.

Used by the tests, the demo and the benchmark. `deliver` hands one update to the bot and returns
once the bot has finished with it (through `Application.process_update`, or through long polling
with a completion hook), so no test waits on a clock.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from standins.calls import Call
from standins.telegram_api import TelegramStandIn

JSONDict = dict[str, Any]
Deliver = Callable[[JSONDict], Awaitable[None]]
_SHOWN = ("sendMessage", "editMessageText", "answerCallbackQuery")


@dataclass(frozen=True)
class BotMessage:
    """Something the bot showed the parent: a message, an edit, or a notice on a button press."""

    kind: str  # "message", "edit" or "notice"
    text: str
    buttons: list[list[tuple[str, str]]] = field(default_factory=list)
    contact_button: str | None = None
    message: JSONDict = field(default_factory=dict)

    @property
    def labels(self) -> list[str]:
        return [label for row in self.buttons for label, _ in row]


class SimulatedParent:
    def __init__(self, telegram: TelegramStandIn, user: JSONDict, deliver: Deliver) -> None:
        self.telegram = telegram
        self.user = user
        self.chat_id: int = user["id"]
        self._deliver = deliver
        self._updates = telegram.updates
        self.last_with_buttons: BotMessage | None = None
        self.last: BotMessage | None = None

    async def send(self, update: JSONDict) -> list[BotMessage]:
        mark = self.telegram.mark()
        await self._deliver(update)
        shown = [_shown(call) for call in self.telegram.calls()[mark:] if self._is_for_me(call)]
        for message in shown:
            if message.buttons:
                self.last_with_buttons = message
            if message.kind != "notice":
                self.last = message
        return [m for m in shown if m.text]

    async def say(self, text: str, *, language_code: str | None = None) -> list[BotMessage]:
        return await self.send(self._updates.text(self.user, text, language_code=language_code))

    async def start(self, code: str = "") -> list[BotMessage]:
        return await self.send(self._updates.command(self.user, "/start", code))

    async def share_contact(self, phone: str, *, contact_user_id: int | None = None) -> list[BotMessage]:
        owner = self.chat_id if contact_user_id is None else contact_user_id
        return await self.send(self._updates.contact(self.user, phone, contact_user_id=owner))

    async def photo(self, caption: str | None = None) -> list[BotMessage]:
        return await self.send(self._updates.photo(self.user, caption=caption))

    async def press(self, label: str, on: BotMessage | None = None) -> list[BotMessage]:
        """Press the button with this label on the latest bot message that has buttons."""
        message = on or self.last_with_buttons
        if message is None:
            raise LookupError("the bot has shown no buttons")
        for row in message.buttons:
            for text, data in row:
                if text == label:
                    return await self.send(self._updates.callback(self.user, message.message, data))
        raise LookupError(f"no button {label!r}; the buttons are {message.labels}")

    def _is_for_me(self, call: Call) -> bool:
        if call.method == "answerCallbackQuery":
            return bool(call.params.get("text"))
        return call.method in _SHOWN and str(call.params.get("chat_id")) == str(self.chat_id)


def _shown(call: Call) -> BotMessage:
    if call.method == "answerCallbackQuery":
        return BotMessage("notice", str(call.params.get("text", "")))
    markup = call.params.get("reply_markup") or {}
    buttons = [
        [(b["text"], b.get("callback_data", "")) for b in row] for row in markup.get("inline_keyboard", [])
    ]
    contact = next(
        (
            b["text"]
            for row in markup.get("keyboard", [])
            for b in row
            if isinstance(b, dict) and b.get("request_contact")
        ),
        None,
    )
    result = call.response.get("result") if isinstance(call.response, dict) else None
    return BotMessage(
        kind="edit" if call.method == "editMessageText" else "message",
        text=str(call.params.get("text", "")),
        buttons=buttons,
        contact_button=contact,
        message=result if isinstance(result, dict) else {},
    )
