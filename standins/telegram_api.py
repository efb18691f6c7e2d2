"""A local stand-in for the Telegram Bot API, served by aiohttp on 127.0.0.1.

It speaks the real wire format (``/bot<token>/<method>`` with form, JSON or multipart bodies,
``{"ok": ..., "result": ...}`` answers, Telegram's error codes and descriptions) closely enough
that python-telegram-bot cannot tell it from api.telegram.org. Tests push updates in, the bot
long-polls them with getUpdates, and every call the bot makes is recorded for assertions.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import time
from collections import defaultdict, deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Any

from aiohttp import web

from standins.calls import Call, CallLog, Predicate
from standins.server import StandIn
from standins.telegram_updates import TelegramUpdates

JSONDict = dict[str, Any]
_Handler = Callable[[JSONDict], Awaitable[Any]]

# Parameters that are free text (or opaque ids) and must never be JSON-decoded.
_STRING_FIELDS = frozenset(
    {
        "text",
        "caption",
        "callback_query_id",
        "inline_message_id",
        "file_id",
        "parse_mode",
        "url",
        "secret_token",
        "action",
        "language_code",
        "photo",
        "document",
    }
)
_NOT_MODIFIED = (
    "Bad Request: message is not modified: specified new message content and reply markup "
    "are exactly the same as a current content and reply markup of the message"
)
_QUERY_INVALID = "Bad Request: query is too old and response timeout expired or query ID is invalid"
_BLOCKED = "Forbidden: bot was blocked by the user"
_DELIVERING_PREFIXES = ("send", "edit", "copy", "forward")
_MAX_TEXT = 4096
_MAX_CAPTION = 1024
_MAX_CALLBACK_DATA = 64


# ---------------------------------------------------------------------------------------------
# The Telegram stand-in


class _BotApiError(Exception):
    """A failed Bot API call, rendered as Telegram's ``{"ok": false, ...}`` body."""

    def __init__(self, code: int, description: str, parameters: JSONDict | None = None) -> None:
        super().__init__(description)
        self.code = code
        self.description = description
        self.parameters = parameters

    def body(self) -> JSONDict:
        body: JSONDict = {"ok": False, "error_code": self.code, "description": self.description}
        if self.parameters:
            body["parameters"] = self.parameters
        return body


@dataclass(frozen=True)
class _StoredFile:
    file_id: str
    file_unique_id: str
    file_path: str
    content: bytes

    def as_file(self) -> JSONDict:
        return {
            "file_id": self.file_id,
            "file_unique_id": self.file_unique_id,
            "file_size": len(self.content),
            "file_path": self.file_path,
        }


class TelegramStandIn(StandIn):
    """A Telegram Bot API server for one bot, running in the current event loop.

    Args:
        token: The bot token clients must use; any other token is answered 401.
        bot_username: The bot's username, as getMe reports it.
        bot_first_name: The bot's display name (derived from the username by default).

    Attributes:
        blocked_chats: Chat ids whose user "blocked the bot": sending to them answers 403.
        updates: A :class:`TelegramUpdates` factory wired to this server: shared message
            numbering, and every update it builds is passed to :meth:`observe`.
    """

    def __init__(
        self,
        token: str = "123456:TEST-TOKEN",
        bot_username: str = "oakfield_absence_bot",
        *,
        bot_first_name: str | None = None,
    ) -> None:
        self.token = token
        self.bot_username = bot_username
        self.blocked_chats: set[int] = set()
        self.updates = TelegramUpdates(self)
        self._bot_user = _bot_user(token, bot_username, bot_first_name)
        self._log = CallLog()
        self._failures: defaultdict[str, deque[_BotApiError]] = defaultdict(deque)
        self._pending: list[JSONDict] = []
        self._last_update_id = 0
        self._poll_generation = 0
        self._wakeup = asyncio.Event()
        self._closing = False
        self._webhook: JSONDict = {}
        self._commands: dict[tuple[str, str], list[JSONDict]] = {}
        self._chats: dict[int, JSONDict] = {}
        self._last_message_id: defaultdict[int, int] = defaultdict(int)
        self._messages: dict[tuple[int, int], JSONDict] = {}
        self._open_queries: set[str] = set()
        self._files: dict[str, _StoredFile] = {}
        self._file_serials = itertools.count(1)
        self._runner: web.AppRunner | None = None
        self._port = 0
        self._methods: dict[str, tuple[str, _Handler]] = {
            name.lower(): (name, handler) for name, handler in self._handlers().items()
        }

    # -- lifecycle ------------------------------------------------------------------------

    async def start(self) -> None:
        """Start serving on an ephemeral 127.0.0.1 port."""
        app = web.Application(client_max_size=50 * 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._handle_method)
        app.router.add_get("/file/bot{token}/{path:.+}", self._handle_file)
        self._runner = web.AppRunner(app, access_log=None, handler_cancellation=True, shutdown_timeout=5.0)
        await self._runner.setup()
        await web.TCPSite(self._runner, "127.0.0.1", 0).start()
        self._port = self._runner.addresses[0][1]

    async def stop(self) -> None:
        """Answer pending long polls with no updates and shut the server down."""
        self._closing = True
        self._wake_pollers()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    @property
    def base_url(self) -> str:
        """What ``ApplicationBuilder().base_url()`` takes; PTB appends ``<token>/<method>``."""
        return f"http://127.0.0.1:{self._port}/bot"

    @property
    def base_file_url(self) -> str:
        """What ``ApplicationBuilder().base_file_url()`` takes."""
        return f"http://127.0.0.1:{self._port}/file/bot"

    @property
    def bot_user(self) -> JSONDict:
        """The bot's wire-format ``User`` (as in getMe and in ``from`` of its messages)."""
        return dict(self._bot_user)

    # -- test controls --------------------------------------------------------------------

    def push_update(self, update: JSONDict) -> None:
        """Queue a wire-format update for getUpdates, assigning ``update_id`` if missing.

        Raises:
            ValueError: if the given ``update_id`` is not above every earlier one, since the
                bot confirms updates by offset and would never receive it.
        """
        update = dict(update)
        update_id = update.setdefault("update_id", self._last_update_id + 1)
        if update_id <= self._last_update_id:
            raise ValueError(
                f"update_id {update_id} must be greater than the last one ({self._last_update_id})"
            )
        self._last_update_id = update_id
        self.observe(update)
        self._pending.append(update)
        self._wake_pollers()

    def observe(self, update: JSONDict) -> None:
        """Learn the chats, message ids, callback query ids and files an update carries.

        :meth:`push_update` and ``updates`` call this; call it yourself for hand-built updates
        handed to the bot some other way (``Application.process_update``).
        """
        if query := update.get("callback_query"):
            self._open_queries.add(query["id"])
        message = update.get("message") or update.get("edited_message")
        if not message:
            return
        chat_id = message["chat"]["id"]
        self._chats[chat_id] = message["chat"]
        self._last_message_id[chat_id] = max(self._last_message_id[chat_id], message["message_id"])
        for kind, file in _attached_files(message):
            self._register_placeholder(kind, file)

    def fail_next(
        self, method: str, error_code: int, description: str, retry_after: int | None = None
    ) -> None:
        """Make the next call of ``method`` fail with ``error_code`` and ``description``.

        With ``retry_after`` the body carries ``"parameters": {"retry_after": N}`` as Telegram's
        429 flood-control answers do.
        """
        parameters = None if retry_after is None else {"retry_after": retry_after}
        self._failures[method.lower()].append(_BotApiError(error_code, description, parameters))

    def next_message_id(self, chat_id: int) -> int:
        """Allocate the next message id in ``chat_id`` (shared by user and bot messages)."""
        self._last_message_id[chat_id] += 1
        return self._last_message_id[chat_id]

    def add_file(
        self, file_id: str, content: bytes, *, file_unique_id: str = "", file_path: str = ""
    ) -> JSONDict:
        """Make ``file_id`` known to getFile and downloadable; returns its ``File`` object."""
        serial = next(self._file_serials)
        stored = _StoredFile(
            file_id=file_id,
            file_unique_id=file_unique_id or f"AgAD{serial:06d}",
            file_path=file_path or f"documents/file_{serial}",
            content=content,
        )
        self._files[file_id] = stored
        return stored.as_file()

    # -- recorded calls -------------------------------------------------------------------

    def calls(self, method: str | None = None) -> list[Call]:
        """All recorded calls, optionally of one method (case-insensitive)."""
        return self._log.calls(method)

    def sent_to(self, chat_id: int | str) -> list[Call]:
        """Calls that sent, edited, copied or forwarded something to ``chat_id``, in order."""
        return [
            call
            for call in self._log.calls()
            if str(call.params.get("chat_id")) == str(chat_id)
            and call.method.startswith(_DELIVERING_PREFIXES)
            and call.method != "sendChatAction"
        ]

    def mark(self) -> int:
        """The current number of recorded calls, for ``wait_for(..., after=mark)``."""
        return self._log.mark()

    async def wait_for(
        self,
        method: str,
        predicate: Predicate | None = None,
        *,
        count: int = 1,
        after: int = 0,
        timeout: float = 5.0,  # noqa: ASYNC109 - the documented test-helper API
    ) -> list[Call]:
        """Wait for ``count`` calls of ``method`` matching ``predicate`` recorded after ``after``.

        See :meth:`CallLog.wait_for`.
        """
        return await self._log.wait_for(method, predicate, count=count, after=after, timeout=timeout)

    # -- HTTP layer -----------------------------------------------------------------------

    async def _handle_method(self, request: web.Request) -> web.Response:
        at = time.monotonic()
        params = await _read_params(request)
        requested = request.match_info["method"]
        name, handler = self._methods.get(requested.lower(), (requested, None))
        try:
            result = await self._dispatch(request.match_info["token"], name, handler, params)
            status, body = 200, {"ok": True, "result": result}
        except _BotApiError as error:
            status, body = error.code, error.body()
        self._log.record(Call(name, params, at, body))
        return web.json_response(body, status=status)

    async def _dispatch(self, token: str, method: str, handler: _Handler | None, params: JSONDict) -> Any:
        if token != self.token:
            raise _BotApiError(401, "Unauthorized")
        if handler is None:
            raise _BotApiError(404, "Not Found")
        if queued := self._failures[method.lower()]:
            raise queued.popleft()
        if _chat_id_or_none(params) in self.blocked_chats:
            raise _BotApiError(403, _BLOCKED)
        return await handler(params)

    async def _handle_file(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return web.json_response(_BotApiError(401, "Unauthorized").body(), status=401)
        path = request.match_info["path"]
        for stored in self._files.values():
            if stored.file_path == path:
                return web.Response(body=stored.content, content_type="application/octet-stream")
        return web.json_response(_BotApiError(404, "Not Found").body(), status=404)

    def _handlers(self) -> dict[str, _Handler]:
        return {
            "getMe": self._get_me,
            "getUpdates": self._get_updates,
            "sendMessage": self._send_message,
            "editMessageText": self._edit_message_text,
            "editMessageReplyMarkup": self._edit_message_reply_markup,
            "deleteMessage": self._delete_message,
            "answerCallbackQuery": self._answer_callback_query,
            "sendPhoto": self._send_photo,
            "sendDocument": self._send_document,
            "sendChatAction": _returns_true,
            "getFile": self._get_file,
            "setWebhook": self._set_webhook,
            "deleteWebhook": self._delete_webhook,
            "getWebhookInfo": self._get_webhook_info,
            "setMyCommands": self._set_my_commands,
            "getMyCommands": self._get_my_commands,
            "deleteMyCommands": self._delete_my_commands,
            "close": _returns_true,
            "logOut": _returns_true,
        }

    # -- updates --------------------------------------------------------------------------

    def _register_placeholder(self, kind: str, file: JSONDict) -> None:
        if file["file_id"] in self._files:
            return
        seed = file["file_unique_id"].encode()
        size = file.get("file_size", len(seed))
        content = (seed * (size // len(seed) + 1))[:size]
        extension = {"photos": "jpg", "voice": "oga", "stickers": "webp"}.get(kind, "bin")
        serial = next(self._file_serials)
        self.add_file(
            file["file_id"],
            content,
            file_unique_id=file["file_unique_id"],
            file_path=f"{kind}/file_{serial}.{extension}",
        )

    def _wake_pollers(self) -> None:
        self._wakeup.set()
        self._wakeup = asyncio.Event()

    async def _get_updates(self, params: JSONDict) -> list[JSONDict]:
        if self._webhook.get("url"):
            raise _BotApiError(
                409,
                "Conflict: can't use getUpdates method while webhook is active; "
                "use deleteWebhook to delete the webhook first",
            )
        self._confirm(int(params.get("offset", 0)))
        self._poll_generation += 1
        generation = self._poll_generation
        self._wake_pollers()  # an older long poll, if any, is now terminated with 409
        await self._long_poll(generation, float(params.get("timeout", 0)))
        if generation != self._poll_generation:
            raise _BotApiError(
                409,
                "Conflict: terminated by other getUpdates request; "
                "make sure that only one bot instance is running",
            )
        limit = min(max(int(params.get("limit", 100)), 1), 100)
        return self._pending[:limit]

    def _confirm(self, offset: int) -> None:
        if offset > 0:
            self._pending = [u for u in self._pending if u["update_id"] >= offset]
        elif offset < 0:
            self._pending = self._pending[offset:]

    async def _long_poll(self, generation: int, seconds: float) -> None:
        deadline = asyncio.get_running_loop().time() + seconds
        while not (self._pending or self._closing or generation != self._poll_generation):
            remaining = deadline - asyncio.get_running_loop().time()
            if remaining <= 0:
                return
            try:
                await asyncio.wait_for(self._wakeup.wait(), remaining)
            except TimeoutError:
                return

    # -- messages -------------------------------------------------------------------------

    async def _get_me(self, params: JSONDict) -> JSONDict:
        return self.bot_user

    async def _send_message(self, params: JSONDict) -> JSONDict:
        chat_id = _require_chat_id(params)
        text, entities = _formatted(params, "text", "entities", _MAX_TEXT)
        fields: JSONDict = {"text": text, **_optional("entities", entities)}
        return self._new_bot_message(chat_id, fields, params)

    async def _send_photo(self, params: JSONDict) -> JSONDict:
        chat_id = _require_chat_id(params)
        stored = self._stored_upload(params.get("photo"), "photos", "jpg")
        photo = {k: v for k, v in stored.as_file().items() if k != "file_path"}
        fields: JSONDict = {"photo": [dict(photo, width=800, height=600)]}
        return self._new_bot_message(chat_id, fields | self._caption(params), params)

    async def _send_document(self, params: JSONDict) -> JSONDict:
        chat_id = _require_chat_id(params)
        upload = params.get("document")
        stored = self._stored_upload(upload, "documents", "bin")
        document = {k: v for k, v in stored.as_file().items() if k != "file_path"}
        if isinstance(upload, dict):
            document |= {"file_name": upload["file_name"], "mime_type": upload["mime_type"]}
        fields: JSONDict = {"document": document}
        return self._new_bot_message(chat_id, fields | self._caption(params), params)

    async def _edit_message_text(self, params: JSONDict) -> JSONDict | bool:
        text, entities = _formatted(params, "text", "entities", _MAX_TEXT)
        changes: JSONDict = {"text": text, "entities": entities}
        return self._edit(params, changes)

    async def _edit_message_reply_markup(self, params: JSONDict) -> JSONDict | bool:
        return self._edit(params, {})

    async def _delete_message(self, params: JSONDict) -> bool:
        key = (_require_chat_id(params), int(params.get("message_id", 0)))
        if self._messages.pop(key, None) is None:
            raise _BotApiError(400, "Bad Request: message to delete not found")
        return True

    def _new_bot_message(self, chat_id: int, fields: JSONDict, params: JSONDict) -> JSONDict:
        message: JSONDict = {
            "message_id": self.next_message_id(chat_id),
            "from": {k: self._bot_user[k] for k in ("id", "is_bot", "first_name", "username")},
            "chat": self._chat(chat_id),
            "date": int(time.time()),
            **fields,
            **_optional("reply_markup", _inline_markup(params)),
        }
        self._messages[(chat_id, message["message_id"])] = message
        return message

    def _edit(self, params: JSONDict, changes: JSONDict) -> JSONDict | bool:
        markup = _inline_markup(params)
        if params.get("inline_message_id"):
            return True
        key = (_require_chat_id(params), int(params.get("message_id", 0)))
        current = self._messages.get(key)
        if current is None:
            raise _BotApiError(400, "Bad Request: message to edit not found")
        edited = {k: v for k, v in current.items() if k not in ("entities", "reply_markup")}
        edited |= {k: v for k, v in changes.items() if v}
        edited |= _optional("reply_markup", markup)
        if "text" not in changes:
            edited |= _optional("entities", current.get("entities"))
        if _content(edited) == _content(current):
            raise _BotApiError(400, _NOT_MODIFIED)
        edited["edit_date"] = int(time.time())
        self._messages[key] = edited
        return edited

    def _chat(self, chat_id: int) -> JSONDict:
        return self._chats.get(chat_id) or {"id": chat_id, "first_name": "User", "type": "private"}

    def _caption(self, params: JSONDict) -> JSONDict:
        if not params.get("caption"):
            return {}
        caption, entities = _formatted(params, "caption", "caption_entities", _MAX_CAPTION)
        return {"caption": caption, **_optional("caption_entities", entities)}

    def _stored_upload(self, value: Any, kind: str, extension: str) -> _StoredFile:
        if isinstance(value, str) and value in self._files:
            return self._files[value]
        if isinstance(value, dict):
            content = value["content"]
        elif isinstance(value, str) and value:
            content = value.encode()  # a URL Telegram would fetch; keep something to serve
        else:
            raise _BotApiError(400, f"Bad Request: there is no {kind[:-1]} in the request")
        serial = next(self._file_serials)
        file_id = f"StandIn{kind.capitalize()}{serial:06d}"
        self.add_file(file_id, content, file_path=f"{kind}/file_{serial}.{extension}")
        return self._files[file_id]

    # -- callbacks, files, webhook, commands ------------------------------------------------

    async def _answer_callback_query(self, params: JSONDict) -> bool:
        query_id = str(params.get("callback_query_id", ""))
        if query_id not in self._open_queries:
            raise _BotApiError(400, _QUERY_INVALID)
        self._open_queries.discard(query_id)
        return True

    async def _get_file(self, params: JSONDict) -> JSONDict:
        stored = self._files.get(str(params.get("file_id", "")))
        if stored is None:
            raise _BotApiError(400, "Bad Request: invalid file_id")
        return stored.as_file()

    async def _set_webhook(self, params: JSONDict) -> bool:
        if params.get("drop_pending_updates"):
            self._pending.clear()
        self._webhook = {k: v for k, v in params.items() if k != "drop_pending_updates"}
        return True

    async def _delete_webhook(self, params: JSONDict) -> bool:
        if params.get("drop_pending_updates"):
            self._pending.clear()
        self._webhook = {}
        self._wake_pollers()
        return True

    async def _get_webhook_info(self, params: JSONDict) -> JSONDict:
        info: JSONDict = {
            "url": self._webhook.get("url", ""),
            "has_custom_certificate": False,
            "pending_update_count": len(self._pending),
        }
        for field in ("max_connections", "ip_address", "allowed_updates"):
            info |= _optional(field, self._webhook.get(field))
        return info

    async def _set_my_commands(self, params: JSONDict) -> bool:
        self._commands[_command_scope(params)] = list(params.get("commands", []))
        return True

    async def _get_my_commands(self, params: JSONDict) -> list[JSONDict]:
        return self._commands.get(_command_scope(params), [])

    async def _delete_my_commands(self, params: JSONDict) -> bool:
        self._commands.pop(_command_scope(params), None)
        return True


async def _returns_true(params: JSONDict) -> bool:
    return True


# ---------------------------------------------------------------------------------------------
# Request parsing and message helpers


async def _read_params(request: web.Request) -> JSONDict:
    """Merge query string and body (form, multipart or JSON) and decode JSON-encoded values."""
    raw: JSONDict = dict(request.query)
    if request.can_read_body:
        if request.content_type == "application/json":
            body = await request.json()
            raw.update(body if isinstance(body, dict) else {})
        else:
            form = await request.post()
            raw.update({key: _form_value(value) for key, value in form.items()})
    return {key: _decode(key, value) for key, value in raw.items()}


def _form_value(value: str | bytes | web.FileField) -> Any:
    if isinstance(value, web.FileField):
        return {
            "file_name": value.filename,
            "mime_type": value.content_type,
            "content": value.file.read(),
        }
    return value


def _decode(key: str, value: Any) -> Any:
    """PTB JSON-encodes every non-string parameter inside form bodies; undo that."""
    if not isinstance(value, str) or key in _STRING_FIELDS:
        return value
    try:
        decoded = json.loads(value)
    except ValueError:
        return value
    return decoded if isinstance(decoded, dict | list | int | float) else value


def _bot_user(token: str, username: str, first_name: str | None) -> JSONDict:
    prefix = token.split(":", 1)[0]
    return {
        "id": int(prefix) if prefix.isdigit() else 1,
        "is_bot": True,
        "first_name": first_name or username.replace("_", " ").title(),
        "username": username,
        "can_join_groups": True,
        "can_read_all_group_messages": False,
        "supports_inline_queries": False,
        "can_connect_to_business": False,
        "has_main_web_app": False,
    }


def _chat_id_or_none(params: JSONDict) -> int | None:
    try:
        return int(params["chat_id"])
    except (KeyError, TypeError, ValueError):
        return None


def _require_chat_id(params: JSONDict) -> int:
    if "chat_id" not in params:
        raise _BotApiError(400, "Bad Request: chat_id is empty")
    chat_id = _chat_id_or_none(params)
    if chat_id is None:
        raise _BotApiError(400, "Bad Request: chat not found")
    return chat_id


def _optional(key: str, value: Any) -> JSONDict:
    return {key: value} if value else {}


def _content(message: JSONDict) -> tuple[Any, ...]:
    return tuple(message.get(k) for k in ("text", "entities", "caption", "reply_markup"))


def _command_scope(params: JSONDict) -> tuple[str, str]:
    scope = params.get("scope") or {"type": "default"}
    return json.dumps(scope, sort_keys=True), str(params.get("language_code", ""))


def _attached_files(message: JSONDict) -> list[tuple[str, JSONDict]]:
    files = [("photos", size) for size in message.get("photo", [])]
    for field, kind in (("document", "documents"), ("voice", "voice"), ("sticker", "stickers")):
        if field in message:
            files.append((kind, message[field]))
    return files


def _inline_markup(params: JSONDict) -> JSONDict | None:
    """The markup Telegram echoes in the Message: only inline keyboards, validated."""
    markup = params.get("reply_markup")
    if not isinstance(markup, dict) or "inline_keyboard" not in markup:
        return None
    for row in markup["inline_keyboard"]:
        for button in row:
            _check_inline_button(button)
    return markup


def _check_inline_button(button: JSONDict) -> None:
    if set(button) <= {"text"}:
        raise _BotApiError(
            400,
            "Bad Request: can't parse inline keyboard button: "
            "Text buttons are unallowed in the inline keyboard",
        )
    data = button.get("callback_data")
    if data is not None and not 1 <= len(str(data).encode()) <= _MAX_CALLBACK_DATA:
        raise _BotApiError(400, "Bad Request: BUTTON_DATA_INVALID")


def _formatted(params: JSONDict, text_key: str, entities_key: str, limit: int) -> tuple[str, list[JSONDict]]:
    """Parse ``parse_mode`` markup, trim whitespace and enforce limits like Telegram does."""
    source = str(params.get(text_key, ""))
    explicit = params.get(entities_key)
    if explicit:
        text, entities = source, list(explicit)
    else:
        text, entities = _parse_markup(source, params.get("parse_mode"))
    text, entities = _trim(text, entities)
    if not text:
        raise _BotApiError(400, f"Bad Request: message {text_key} is empty")
    if len(text) > limit:
        what = "message is too long" if text_key == "text" else "message caption is too long"
        raise _BotApiError(400, f"Bad Request: {what}")
    return text, entities


def _trim(text: str, entities: list[JSONDict]) -> tuple[str, list[JSONDict]]:
    """Telegram strips leading and trailing whitespace and clips entities to what is left."""
    shift = _utf16_len(text) - _utf16_len(text.lstrip())
    stripped = text.strip()
    end = _utf16_len(stripped)
    trimmed = []
    for entity in entities:
        start = max(entity["offset"] - shift, 0)
        stop = min(entity["offset"] + entity["length"] - shift, end)
        if stop > start:
            trimmed.append(entity | {"offset": start, "length": stop - start})
    return stripped, trimmed


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _byte_offset(source: str, index: int) -> int:
    return len(source[:index].encode())


# ---------------------------------------------------------------------------------------------
# parse_mode: HTML, MarkdownV2 and legacy Markdown to plain text + entities


class _EntityError(Exception):
    pass


def _parse_markup(source: str, parse_mode: Any) -> tuple[str, list[JSONDict]]:
    mode = str(parse_mode or "").lower()
    parsers: dict[str, Callable[[str], tuple[str, list[JSONDict]]]] = {
        "": lambda text: (text, []),
        "html": _parse_html,
        "markdownv2": lambda text: _MarkdownParser(text, v2=True).parse(),
        "markdown": lambda text: _MarkdownParser(text, v2=False).parse(),
    }
    if mode not in parsers:
        raise _BotApiError(400, f"Bad Request: unsupported parse_mode {parse_mode}")
    try:
        text, entities = parsers[mode](source)
    except _EntityError as error:
        raise _BotApiError(400, f"Bad Request: can't parse entities: {error}") from None
    return text, sorted(entities, key=lambda e: (e["offset"], -e["length"]))


_HTML_ENTITY_TYPES = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "tg-spoiler": "spoiler",
    "span": "spoiler",
    "code": "code",
    "pre": "pre",
    "a": "text_link",
    "blockquote": "blockquote",
    "tg-emoji": "custom_emoji",
}


def _parse_html(source: str) -> tuple[str, list[JSONDict]]:
    parser = _HtmlEntities(source)
    parser.feed(source)
    parser.close()
    return parser.finish()


class _HtmlEntities(HTMLParser):
    """Telegram's HTML subset: unsupported or unbalanced tags are errors, not text."""

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=True)
        self._source = source
        self._parts: list[str] = []
        self._length = 0
        self._open: list[tuple[str, int, JSONDict | None]] = []
        self.entities: list[JSONDict] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        kind = _HTML_ENTITY_TYPES.get(tag)
        if kind is None or (tag == "span" and attributes.get("class") != "tg-spoiler"):
            raise _EntityError(f'Unsupported start tag "{tag}" at byte offset {self._at()}')
        entity: JSONDict | None = {"type": kind}
        language = str(attributes.get("class") or "").removeprefix("language-")
        if tag == "code" and self._open and self._open[-1][0] == "pre":
            pre = self._open[-1][2]
            if pre is not None and language:
                pre["language"] = language
            entity = None  # <pre><code> is a single pre entity
        elif tag == "a":
            entity = {"type": kind, "url": attributes.get("href") or ""}
        elif tag == "blockquote" and "expandable" in attributes:
            entity = {"type": "expandable_blockquote"}
        elif tag == "tg-emoji":
            entity = {"type": kind, "custom_emoji_id": attributes.get("emoji-id") or ""}
        self._open.append((tag, self._length, entity))

    def handle_endtag(self, tag: str) -> None:
        if not self._open or self._open[-1][0] != tag:
            expected = f'"</{self._open[-1][0]}>"' if self._open else "no end tag"
            raise _EntityError(
                f'Unmatched end tag at byte offset {self._at()}, expected {expected}, found "</{tag}>"'
            )
        _, offset, entity = self._open.pop()
        if entity is not None and self._length > offset:
            self.entities.append(entity | {"offset": offset, "length": self._length - offset})

    def handle_data(self, data: str) -> None:
        self._parts.append(data)
        self._length += _utf16_len(data)

    def finish(self) -> tuple[str, list[JSONDict]]:
        if self._open:
            tag = self._open[-1][0]
            raise _EntityError(f'Can\'t find end tag corresponding to start tag "{tag}"')
        return "".join(self._parts), self.entities

    def _at(self) -> int:
        line, column = self.getpos()
        lines = self._source.splitlines(keepends=True)
        return _byte_offset(self._source, sum(len(text) for text in lines[: line - 1]) + column)


_MD_TYPES = {
    "*": "bold",
    "_": "italic",
    "__": "underline",
    "~": "strikethrough",
    "||": "spoiler",
    "`": "code",
    "```": "pre",
    "[": "text_link",
}
_MD_V2_MARKERS = ("```", "||", "__", "`", "*", "_", "~", "[")
_MD_LEGACY_MARKERS = ("```", "`", "*", "_", "[")
_MD_V2_RESERVED = frozenset("_*[]()~`>#+-=|{}.!")


class _MarkdownParser:
    """Telegram's MarkdownV2 (``v2=True``) or legacy Markdown, to text plus entities."""

    def __init__(self, source: str, *, v2: bool) -> None:
        self._source = source
        self._v2 = v2
        self._markers = _MD_V2_MARKERS if v2 else _MD_LEGACY_MARKERS
        self._parts: list[str] = []
        self._length = 0
        self._open: list[tuple[str, int, int, JSONDict]] = []  # marker, offset, index, extras
        self._quote_start: int | None = None
        self.entities: list[JSONDict] = []

    def parse(self) -> tuple[str, list[JSONDict]]:
        index = 0
        while index < len(self._source):
            index = self._step(index)
        self._end_quote()
        if self._open:
            marker, _, start, _ = self._open[-1]
            raise _EntityError(self._unclosed(marker, start))
        return "".join(self._parts), self.entities

    def _step(self, index: int) -> int:
        source, char = self._source, self._source[index]
        if self._escapes(index):
            self._emit(source[index + 1])
            return index + 2
        if self._open and self._open[-1][0] in ("`", "```"):
            return self._in_code(index)
        at_line_start = index == 0 or source[index - 1] == "\n"
        if self._v2 and char == ">" and at_line_start:
            if self._quote_start is None:
                self._quote_start = self._length
            return index + 1
        if self._v2 and char == "\n" and not source.startswith(">", index + 1):
            self._end_quote()
        marker = next((m for m in self._markers if source.startswith(m, index)), None)
        if marker is not None:
            return self._toggle(marker, index)
        if char == "]" and self._open and self._open[-1][0] == "[":
            return self._close_link(index)
        if self._v2 and char in _MD_V2_RESERVED:
            raise _EntityError(f"Character '{char}' is reserved and must be escaped with the preceding '\\'")
        self._emit(char)
        return index + 1

    def _escapes(self, index: int) -> bool:
        """MarkdownV2 lets '\\' escape any ASCII character; legacy Markdown only markers."""
        if self._source[index] != "\\" or index + 1 >= len(self._source):
            return False
        escaped = self._source[index + 1]
        return ord(escaped) < 127 if self._v2 else escaped in "_*`[\\"

    def _in_code(self, index: int) -> int:
        marker = self._open[-1][0]
        if self._source.startswith(marker, index):
            self._close()
            return index + len(marker)
        self._emit(self._source[index])
        return index + 1

    def _toggle(self, marker: str, index: int) -> int:
        top = self._open[-1][0] if self._open else None
        if top == marker and marker != "[":
            self._close()
            return index + len(marker)
        if top is not None and not self._v2:  # legacy Markdown entities do not nest
            self._emit(marker)
            return index + len(marker)
        extras: JSONDict = {}
        after = index + len(marker)
        if marker == "```":
            newline = self._source.find("\n", after)
            language = self._source[after:newline] if newline != -1 else ""
            if language and " " not in language:
                extras["language"] = language
                after = newline + 1
        self._open.append((marker, self._length, index, extras))
        return after

    def _close(self) -> None:
        marker, offset, _, extras = self._open.pop()
        if self._length > offset:
            entity = {"type": _MD_TYPES[marker], "offset": offset, "length": self._length - offset}
            self.entities.append(entity | extras)

    def _close_link(self, index: int) -> int:
        start = self._open[-1][2]
        if not self._source.startswith("(", index + 1):
            raise _EntityError(self._unclosed("[", start))
        url: list[str] = []
        position = index + 2
        while position < len(self._source) and self._source[position] != ")":
            escaped = self._source[position] == "\\" and position + 1 < len(self._source)
            if escaped:
                position += 1
            url.append(self._source[position])
            position += 1
        if position >= len(self._source):
            raise _EntityError(self._unclosed("[", start))
        self._open[-1][3]["url"] = "".join(url)
        self._close()
        return position + 1

    def _end_quote(self) -> None:
        if self._quote_start is not None and self._length > self._quote_start:
            length = self._length - self._quote_start
            self.entities.append({"type": "blockquote", "offset": self._quote_start, "length": length})
        self._quote_start = None

    def _emit(self, text: str) -> None:
        self._parts.append(text)
        self._length += _utf16_len(text)

    def _unclosed(self, marker: str, start: int) -> str:
        offset = _byte_offset(self._source, start)
        if not self._v2:
            return f"Can't find end of the entity starting at byte offset {offset}"
        name = _MD_TYPES[marker].replace("_", " ").title().replace(" ", "")
        return f"Can't find end of {name} entity at byte offset {offset}"
