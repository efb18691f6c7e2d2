"""Builders for wire-format Telegram updates, as the Bot API returns them from getUpdates.

Every method returns a plain ``dict`` shaped exactly like the JSON Telegram sends, so it can be
queued with :meth:`standins.telegram_api.TelegramStandIn.push_update` and parsed by the real
python-telegram-bot. Only private chats are modelled: the chat id equals the user id.
"""

from __future__ import annotations

import itertools
import time
from typing import Any, Protocol

JSONDict = dict[str, Any]

_PHOTO_SIZES = ((90, 67, 1_211), (320, 240, 14_848), (800, 600, 52_113), (1280, 960, 98_304))


class UpdateSink(Protocol):
    """The server side of a factory; :class:`~standins.telegram_api.TelegramStandIn` is one."""

    def next_message_id(self, chat_id: int) -> int:
        """Allocate the next message id in ``chat_id``."""
        ...

    def observe(self, update: JSONDict) -> None:
        """Learn the chats, callback queries and files an update carries."""
        ...


class TelegramUpdates:
    """Factory for Telegram ``Update`` dicts with increasing ``update_id`` and ``message_id``.

    Args:
        server: Optional server the updates are meant for (``TelegramStandIn.updates`` is wired
            to its stand-in). Telegram numbers a private chat's messages in one sequence shared
            by both sides, so message ids come from the server; and every update built is
            reported to it, so callback queries can be answered and files downloaded even when
            the update reaches the bot through ``Application.process_update`` rather than
            getUpdates. Without a server a local message counter is used.
        first_update_id: The ``update_id`` of the first update built.
    """

    def __init__(self, server: UpdateSink | None = None, *, first_update_id: int = 1) -> None:
        self._update_ids = itertools.count(first_update_id)
        self._local_message_ids = itertools.count(1)
        self._server = server
        self._files = itertools.count(1)
        self._callback_ids = itertools.count(1)

    @staticmethod
    def user(
        id: int,
        first_name: str,
        language_code: str | None = "en",
        *,
        last_name: str | None = None,
        username: str | None = None,
    ) -> JSONDict:
        """Return a wire-format ``User`` (a human, ``is_bot`` false)."""
        fields = {"last_name": last_name, "username": username, "language_code": language_code}
        user: JSONDict = {"id": id, "is_bot": False, "first_name": first_name}
        user.update({key: value for key, value in fields.items() if value is not None})
        return user

    def text(self, user: JSONDict, text: str, *, language_code: str | None = None) -> JSONDict:
        """A text message; ``language_code`` overrides the sender's for this update only."""
        sender = dict(user, language_code=language_code) if language_code else user
        return self._message_update(sender, {"text": text})

    def command(self, user: JSONDict, command: str, args: str = "") -> JSONDict:
        """A command such as ``/start`` (with optional arguments) carrying a bot_command entity."""
        text = f"{command} {args}" if args else command
        entity = {"type": "bot_command", "offset": 0, "length": len(command)}
        return self._message_update(user, {"text": text, "entities": [entity]})

    def contact(self, user: JSONDict, phone_number: str, *, contact_user_id: int | None = None) -> JSONDict:
        """A shared contact. ``contact_user_id`` defaults to the sender (pass another to forge).

        The phone number is sent verbatim: real clients often omit the leading ``+``.
        """
        contact: JSONDict = {
            "phone_number": phone_number,
            "first_name": user["first_name"],
            "user_id": user["id"] if contact_user_id is None else contact_user_id,
        }
        if "last_name" in user:
            contact["last_name"] = user["last_name"]
        return self._message_update(user, {"contact": contact})

    def photo(self, user: JSONDict, caption: str | None = None) -> JSONDict:
        """A photo in the four sizes Telegram generates, optionally with a caption."""
        base_id, unique = self._file_ids("AgACAgQAAxkBAAI")
        sizes = [
            {
                "file_id": f"{base_id}{index}",
                "file_unique_id": f"{unique}{index}",
                "file_size": size,
                "width": width,
                "height": height,
            }
            for index, (width, height, size) in enumerate(_PHOTO_SIZES)
        ]
        fields: JSONDict = {"photo": sizes}
        if caption is not None:
            fields["caption"] = caption
        return self._message_update(user, fields)

    def sticker(self, user: JSONDict, emoji: str = "👍") -> JSONDict:
        """A regular static sticker."""
        file_id, unique = self._file_ids("CAACAgIAAxkBAAI")
        sticker = {
            "file_id": file_id,
            "file_unique_id": unique,
            "type": "regular",
            "width": 512,
            "height": 512,
            "is_animated": False,
            "is_video": False,
            "emoji": emoji,
            "set_name": "StandInStickers",
            "file_size": 23_040,
        }
        return self._message_update(user, {"sticker": sticker})

    def voice(self, user: JSONDict, duration: int = 3) -> JSONDict:
        """A voice note (OGG/Opus)."""
        file_id, unique = self._file_ids("AwACAgQAAxkBAAI")
        voice = {
            "file_id": file_id,
            "file_unique_id": unique,
            "duration": duration,
            "mime_type": "audio/ogg",
            "file_size": 4_000 * duration,
        }
        return self._message_update(user, {"voice": voice})

    def document(
        self,
        user: JSONDict,
        *,
        file_name: str = "note.pdf",
        mime_type: str = "application/pdf",
        caption: str | None = None,
    ) -> JSONDict:
        """A document (file attachment), optionally with a caption."""
        file_id, unique = self._file_ids("BQACAgQAAxkBAAI")
        document = {
            "file_name": file_name,
            "mime_type": mime_type,
            "file_id": file_id,
            "file_unique_id": unique,
            "file_size": 10_240,
        }
        fields: JSONDict = {"document": document}
        if caption is not None:
            fields["caption"] = caption
        return self._message_update(user, fields)

    def callback(self, user: JSONDict, message: JSONDict, data: str) -> JSONDict:
        """A press on an inline button of ``message`` (the Message object the bot sent)."""
        query = {
            "id": str(4_382_000_000_000_000_000 + next(self._callback_ids)),
            "from": user,
            "message": message,
            "chat_instance": str(-(7_000_000_000_000_000_000 + message["chat"]["id"])),
            "data": data,
        }
        return self._built({"update_id": next(self._update_ids), "callback_query": query})

    def _message_update(self, user: JSONDict, fields: JSONDict) -> JSONDict:
        chat = {"id": user["id"], "first_name": user["first_name"], "type": "private"}
        chat.update({key: user[key] for key in ("last_name", "username") if key in user})
        message = {
            "message_id": self._next_message_id(user["id"]),
            "from": user,
            "chat": chat,
            "date": int(time.time()),
            **fields,
        }
        return self._built({"update_id": next(self._update_ids), "message": message})

    def _built(self, update: JSONDict) -> JSONDict:
        if self._server is not None:
            self._server.observe(update)
        return update

    def _next_message_id(self, chat_id: int) -> int:
        if self._server is not None:
            return self._server.next_message_id(chat_id)
        return next(self._local_message_ids)

    def _file_ids(self, prefix: str) -> tuple[str, str]:
        serial = next(self._files)
        return f"{prefix}{serial:06d}StandIn", f"AQAD{serial:06d}"
