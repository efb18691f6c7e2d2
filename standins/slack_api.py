"""A local stand-in for the Slack Web API, Socket Mode and response_url, served by aiohttp.

The Web API lives under ``/api/<method>`` (form, JSON or query parameters; ``Authorization:
Bearer`` token), Socket Mode under ``/socket`` (a WebSocket handed out by
``apps.connections.open``) and response URLs under ``/response/<id>``. The answers follow
Slack's real shapes closely enough that slack_sdk and slack-bolt cannot tell the difference.
Every request is recorded as a :class:`~standins.telegram_api.Call` for assertions.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import time
import uuid
from collections import defaultdict, deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from aiohttp import WSMsgType, web

from standins.calls import Call, CallLog, Predicate
from standins.server import StandIn

JSONDict = dict[str, Any]
_Handler = Callable[[JSONDict], JSONDict]

_JSON_FIELDS = frozenset({"blocks", "attachments", "view", "metadata"})
_APP_TOKEN_METHODS = frozenset({"apps.connections.open"})
_SCOPES = "chat:write,commands,users:read,channels:read,im:write"
_MAX_BLOCKS = 50
_SELECT_TYPES = ("static_select", "overflow", "radio_buttons")


class _SlackError(Exception):
    """A failed Web API call: ``{"ok": false, "error": ...}``, HTTP 200 unless rate limited."""

    def __init__(self, error: str, retry_after: int | None = None) -> None:
        super().__init__(error)
        self.error = error
        self.retry_after = retry_after

    @property
    def status(self) -> int:
        return 429 if self.error == "ratelimited" else 200

    @property
    def headers(self) -> dict[str, str]:
        return {} if self.retry_after is None else {"Retry-After": str(self.retry_after)}


@dataclass(frozen=True)
class _Reply:
    status: int
    body: JSONDict
    headers: dict[str, str]


class SlackStandIn(StandIn):
    """A Slack workspace with one bot, running in the current event loop.

    Args:
        bot_token: The ``xoxb-`` token accepted by Web API methods.
        app_token: The ``xapp-`` token accepted by ``apps.connections.open``.
        team_id: The workspace id.
        bot_user_id: The bot's user id (``auth.test`` ``user_id``).
        app_id: The app id carried in payloads (``api_app_id``).
        bot_id: The bot id (``B...``) of messages the bot posts.
        team_domain: The workspace subdomain.

    Attributes:
        channels: Channel name (without ``#``) to id; ``chat.postMessage`` resolves names here.
        users: User id to the wire-format user object ``users.info`` returns.
        verification_token: The legacy verification token put in every payload's ``token``.
    """

    def __init__(
        self,
        bot_token: str = "xoxb-test",
        app_token: str = "xapp-test",
        team_id: str = "T0001",
        bot_user_id: str = "U0BOT",
        *,
        app_id: str = "A0001",
        bot_id: str = "B0BOT",
        team_domain: str = "oakfield",
    ) -> None:
        self.bot_token = bot_token
        self.app_token = app_token
        self.team_id = team_id
        self.bot_user_id = bot_user_id
        self.app_id = app_id
        self.bot_id = bot_id
        self.team_domain = team_domain
        self.verification_token = "stand-in-verification-token"
        self.channels: dict[str, str] = {"attendance": "C0ATTEND"}
        self.users: dict[str, JSONDict] = {}
        self.add_user(bot_user_id, "Absence Bot", name="absence_bot", is_bot=True)
        self._log = CallLog()
        self._failures: defaultdict[str, deque[_SlackError]] = defaultdict(deque)
        self._ts_counter = itertools.count(1)
        self._ids = itertools.count(1)
        self._messages: dict[tuple[str, str], JSONDict] = {}
        self._views: dict[str, JSONDict] = {}
        self._triggers: set[str] = set()
        self._response_ids: set[str] = set()
        self._tickets: set[str] = set()
        self._sockets: list[web.WebSocketResponse] = []
        self._socket_changed = asyncio.Event()
        self._acks: dict[str, asyncio.Future[JSONDict]] = {}
        self._runner: web.AppRunner | None = None
        self._port = 0
        self._methods: dict[str, _Handler] = {
            "auth.test": self._auth_test,
            "chat.postMessage": self._chat_post_message,
            "chat.update": self._chat_update,
            "chat.postEphemeral": self._chat_post_ephemeral,
            "conversations.info": self._conversations_info,
            "users.info": self._users_info,
            "views.open": self._views_open,
            "views.update": self._views_update,
            "views.publish": self._views_publish,
            "apps.connections.open": self._apps_connections_open,
        }

    # -- lifecycle ------------------------------------------------------------------------

    async def start(self) -> None:
        """Start serving on an ephemeral 127.0.0.1 port."""
        app = web.Application()
        app.router.add_route("*", "/api/{method}", self._handle_api)
        app.router.add_post("/response/{id}", self._handle_response_url)
        app.router.add_get("/socket", self._handle_socket)
        self._runner = web.AppRunner(app, access_log=None, handler_cancellation=True, shutdown_timeout=5.0)
        await self._runner.setup()
        await web.TCPSite(self._runner, "127.0.0.1", 0).start()
        self._port = self._runner.addresses[0][1]

    async def stop(self) -> None:
        """Close Socket Mode connections and shut the server down.

        Close the Socket Mode client first: a client still connected would try to reconnect.
        """
        for socket in list(self._sockets):
            await socket.close()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    @property
    def base_url(self) -> str:
        """What ``AsyncWebClient(base_url=...)`` takes."""
        return f"http://127.0.0.1:{self._port}/api/"

    def response_url(self, response_id: str) -> str:
        """The response_url for ``response_id``; POSTs to it are recorded as ``response_url``."""
        self._response_ids.add(response_id)
        return f"http://127.0.0.1:{self._port}/response/{response_id}"

    # -- configuration and failure injection ----------------------------------------------

    def add_user(
        self,
        user_id: str,
        real_name: str,
        *,
        name: str | None = None,
        email: str | None = None,
        is_admin: bool = False,
        is_bot: bool = False,
        tz: str = "Europe/London",
    ) -> JSONDict:
        """Register a workspace member for ``users.info``; returns the user object."""
        handle = name or real_name.lower().replace(" ", ".")
        profile: JSONDict = {
            "real_name": real_name,
            "real_name_normalized": real_name,
            "display_name": handle,
            "display_name_normalized": handle,
            "team": self.team_id,
        }
        if email is not None:
            profile["email"] = email
        user: JSONDict = {
            "id": user_id,
            "team_id": self.team_id,
            "name": handle,
            "deleted": False,
            "real_name": real_name,
            "tz": tz,
            "tz_label": "Greenwich Mean Time",
            "tz_offset": 0,
            "profile": profile,
            "is_admin": is_admin,
            "is_owner": False,
            "is_bot": is_bot,
            "is_app_user": False,
            "updated": 1_700_000_000,
        }
        self.users[user_id] = user
        return user

    def fail_next(self, method: str, error: str = "ratelimited", retry_after: int = 1) -> None:
        """Make the next call of ``method`` fail with ``error``.

        ``ratelimited`` answers HTTP 429 with a ``Retry-After`` header, as Slack does; other
        errors answer HTTP 200 with ``{"ok": false, "error": error}``.
        """
        delay = retry_after if error == "ratelimited" else None
        self._failures[method].append(_SlackError(error, delay))

    # -- recorded calls -------------------------------------------------------------------

    def calls(self, method: str | None = None) -> list[Call]:
        """All recorded calls (``response_url`` POSTs included), optionally of one method."""
        return self._log.calls(method)

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

        See :meth:`standins.telegram_api.CallLog.wait_for`.
        """
        return await self._log.wait_for(method, predicate, count=count, after=after, timeout=timeout)

    # -- Socket Mode test helpers ---------------------------------------------------------

    async def send_slash_command(
        self,
        command: str = "/absence",
        text: str = "status Sam",
        user_id: str = "U123",
        channel_id: str = "C0ATTEND",
        *,
        timeout: float = 5.0,  # noqa: ASYNC109 - the documented test-helper API
    ) -> JSONDict:
        """Deliver a slash command over Socket Mode and return the client's ack."""
        payload = {
            "token": self.verification_token,
            "team_id": self.team_id,
            "team_domain": self.team_domain,
            "channel_id": channel_id,
            "channel_name": self._channel_name(channel_id),
            "user_id": user_id,
            "user_name": self._user_name(user_id),
            "command": command,
            "text": text,
            "api_app_id": self.app_id,
            "is_enterprise_install": "false",
            "response_url": self.response_url(f"cmd-{uuid.uuid4().hex}"),
            "trigger_id": self._new_trigger(),
        }
        return await self._deliver("slash_commands", payload, accepts_response=True, timeout=timeout)

    async def send_block_action(
        self,
        action_id: str,
        value: str,
        user_id: str = "U123",
        *,
        message: JSONDict | None = None,
        channel_id: str = "C0ATTEND",
        timeout: float = 5.0,  # noqa: ASYNC109 - the documented test-helper API
    ) -> JSONDict:
        """Click ``action_id`` (choosing ``value``) in ``message`` and return the client's ack.

        ``message`` is a message as ``chat.postMessage`` returned it (``call.response
        ["message"]``); by default the bot's latest message in ``channel_id``. The action's
        block id, type and label are taken from the element with that ``action_id``.
        """
        message = message or self._latest_message(channel_id)
        payload = {
            "type": "block_actions",
            "user": self._payload_user(user_id),
            "api_app_id": self.app_id,
            "token": self.verification_token,
            "container": {
                "type": "message",
                "message_ts": message["ts"],
                "channel_id": channel_id,
                "is_ephemeral": False,
            },
            "trigger_id": self._new_trigger(),
            "team": {"id": self.team_id, "domain": self.team_domain},
            "enterprise": None,
            "is_enterprise_install": False,
            "channel": {"id": channel_id, "name": self._channel_name(channel_id)},
            "message": message,
            "state": {"values": {}},
            "response_url": self.response_url(f"act-{uuid.uuid4().hex}"),
            "actions": [self._action(message, action_id, value)],
        }
        return await self._deliver("interactive", payload, accepts_response=False, timeout=timeout)

    async def send_event(
        self,
        event: JSONDict,
        *,
        timeout: float = 5.0,  # noqa: ASYNC109 - the documented test-helper API
    ) -> JSONDict:
        """Deliver an Events API ``event`` (``event_ts`` filled in) and return the ack."""
        payload = {
            "token": self.verification_token,
            "team_id": self.team_id,
            "context_team_id": self.team_id,
            "context_enterprise_id": None,
            "api_app_id": self.app_id,
            "event": {"event_ts": self._next_ts(), **event},
            "type": "event_callback",
            "event_id": f"Ev{uuid.uuid4().hex[:10].upper()}",
            "event_time": int(time.time()),
            "authorizations": [
                {
                    "enterprise_id": None,
                    "team_id": self.team_id,
                    "user_id": self.bot_user_id,
                    "is_bot": True,
                    "is_enterprise_install": False,
                }
            ],
            "is_ext_shared_channel": False,
            "event_context": f"4-{uuid.uuid4().hex}",
        }
        extra = {"retry_attempt": 0, "retry_reason": ""}
        return await self._deliver(
            "events_api", payload, accepts_response=False, timeout=timeout, extra=extra
        )

    async def _deliver(
        self,
        kind: str,
        payload: JSONDict,
        *,
        accepts_response: bool,
        timeout: float,  # noqa: ASYNC109 - forwarded from the public helpers
        extra: JSONDict | None = None,
    ) -> JSONDict:
        envelope_id = str(uuid.uuid4())
        envelope = {
            "envelope_id": envelope_id,
            "type": kind,
            "payload": payload,
            "accepts_response_payload": accepts_response,
            **(extra or {}),
        }
        ack: asyncio.Future[JSONDict] = asyncio.get_running_loop().create_future()
        self._acks[envelope_id] = ack
        try:
            async with asyncio.timeout(timeout):
                socket = await self._connection()
                await socket.send_json(envelope)
                return await ack
        except TimeoutError:
            state = "no ack (does the app listen for it?)" if self._sockets else "no connection"
            message = f"Socket Mode: {state} for {kind} envelope {envelope_id} within {timeout}s"
            raise TimeoutError(message) from None
        finally:
            del self._acks[envelope_id]

    async def _connection(self) -> web.WebSocketResponse:
        while not self._sockets:
            await self._socket_changed.wait()
        return self._sockets[-1]

    # -- HTTP layer -----------------------------------------------------------------------

    async def _handle_api(self, request: web.Request) -> web.Response:
        at = time.monotonic()
        params = await _read_params(request)
        token = _bearer(request) or params.pop("token", None)
        method = request.match_info["method"]
        reply = self._dispatch(method, token, params)
        self._log.record(Call(method, params, at, reply.body))
        return web.json_response(reply.body, status=reply.status, headers=reply.headers)

    def _dispatch(self, method: str, token: str | None, params: JSONDict) -> _Reply:
        try:
            handler = self._methods.get(method)
            if handler is None:
                raise _SlackError("unknown_method")
            self._authenticate(method, token)
            if queued := self._failures[method]:
                raise queued.popleft()
            return _Reply(200, handler(params), {"x-oauth-scopes": _SCOPES})
        except _SlackError as error:
            return _Reply(error.status, {"ok": False, "error": error.error}, error.headers)

    def _authenticate(self, method: str, token: str | None) -> None:
        if not token:
            raise _SlackError("not_authed")
        if token not in (self.bot_token, self.app_token):
            raise _SlackError("invalid_auth")
        wants_app_token = method in _APP_TOKEN_METHODS
        if (token == self.app_token) != wants_app_token:
            raise _SlackError("not_allowed_token_type")

    async def _handle_response_url(self, request: web.Request) -> web.Response:
        response_id = request.match_info["id"]
        if response_id not in self._response_ids:
            return web.Response(status=404, text="no_service", content_type="text/plain")
        body = await request.json()
        self._log.record(Call("response_url", body, time.monotonic(), "ok", target=response_id))
        return web.Response(text="ok", content_type="text/plain")

    async def _handle_socket(self, request: web.Request) -> web.StreamResponse:
        ticket = request.query.get("ticket", "")
        if ticket not in self._tickets:
            return web.Response(status=401, text="invalid_ticket", content_type="text/plain")
        self._tickets.discard(ticket)
        socket = web.WebSocketResponse()
        await socket.prepare(request)
        await socket.send_json(self._hello())
        self._set_socket(socket, connected=True)
        try:
            async for frame in socket:
                if frame.type == WSMsgType.TEXT:
                    self._on_ack(json.loads(frame.data))
        finally:
            self._set_socket(socket, connected=False)
        return socket

    def _set_socket(self, socket: web.WebSocketResponse, *, connected: bool) -> None:
        if connected:
            self._sockets.append(socket)
        else:
            self._sockets.remove(socket)
        self._socket_changed.set()
        self._socket_changed = asyncio.Event()

    def _hello(self) -> JSONDict:
        return {
            "type": "hello",
            "num_connections": len(self._sockets) + 1,
            "debug_info": {
                "host": "applink-stand-in",
                "build_number": 1,
                "approximate_connection_time": 18060,
            },
            "connection_info": {"app_id": self.app_id},
        }

    def _on_ack(self, ack: JSONDict) -> None:
        pending = self._acks.get(str(ack.get("envelope_id")))
        if pending is not None and not pending.done():
            pending.set_result(ack)

    # -- Web API methods ------------------------------------------------------------------

    def _auth_test(self, params: JSONDict) -> JSONDict:
        return {
            "ok": True,
            "url": f"https://{self.team_domain}.slack.com/",
            "team": self.team_domain.title(),
            "user": self.users[self.bot_user_id]["name"],
            "team_id": self.team_id,
            "user_id": self.bot_user_id,
            "bot_id": self.bot_id,
            "is_enterprise_install": False,
        }

    def _chat_post_message(self, params: JSONDict) -> JSONDict:
        channel = self._resolve_channel(params.get("channel"))
        ts = self._next_ts()
        message = self._bot_message(ts, params)
        self._messages[(channel, ts)] = message
        return {"ok": True, "channel": channel, "ts": ts, "message": message}

    def _chat_update(self, params: JSONDict) -> JSONDict:
        channel, ts = str(params.get("channel", "")), str(params.get("ts", ""))
        if channel not in self.channels.values() and not channel.startswith("D"):
            raise _SlackError("channel_not_found")
        current = self._messages.get((channel, ts))
        if current is None:
            raise _SlackError("message_not_found")
        message = self._bot_message(ts, params) | {
            "edited": {"user": self.bot_user_id, "ts": self._next_ts()}
        }
        self._messages[(channel, ts)] = message
        text = message["text"]
        return {"ok": True, "channel": channel, "ts": ts, "text": text, "message": message}

    def _chat_post_ephemeral(self, params: JSONDict) -> JSONDict:
        self._resolve_channel(params.get("channel"))
        if str(params.get("user", "")) not in self.users:
            raise _SlackError("user_not_in_channel")
        _require_content(params)
        return {"ok": True, "message_ts": self._next_ts()}

    def _conversations_info(self, params: JSONDict) -> JSONDict:
        channel_id = str(params.get("channel", ""))
        names = {cid: name for name, cid in self.channels.items()}
        if channel_id not in names:
            raise _SlackError("channel_not_found")
        channel = {
            "id": channel_id,
            "name": names[channel_id],
            "is_channel": True,
            "is_group": False,
            "is_im": False,
            "is_private": False,
            "is_archived": False,
            "is_general": False,
            "is_member": True,
            "created": 1_700_000_000,
            "creator": self.bot_user_id,
            "context_team_id": self.team_id,
            "name_normalized": names[channel_id],
        }
        return {"ok": True, "channel": channel}

    def _users_info(self, params: JSONDict) -> JSONDict:
        user = self.users.get(str(params.get("user", "")))
        if user is None:
            raise _SlackError("user_not_found")
        return {"ok": True, "user": user}

    def _views_open(self, params: JSONDict) -> JSONDict:
        if params.get("trigger_id") not in self._triggers:
            raise _SlackError("invalid_trigger_id")
        return {"ok": True, "view": self._store_view(params, view_id=None)}

    def _views_update(self, params: JSONDict) -> JSONDict:
        view_id = params.get("view_id") or next(
            (vid for vid, v in self._views.items() if v["external_id"] == params.get("external_id")),
            None,
        )
        if view_id not in self._views:
            raise _SlackError("not_found")
        return {"ok": True, "view": self._store_view(params, view_id=view_id)}

    def _views_publish(self, params: JSONDict) -> JSONDict:
        if str(params.get("user_id", "")) not in self.users:
            raise _SlackError("user_not_found")
        return {"ok": True, "view": self._store_view(params, view_id=None)}

    def _apps_connections_open(self, params: JSONDict) -> JSONDict:
        ticket = uuid.uuid4().hex
        self._tickets.add(ticket)
        url = f"ws://127.0.0.1:{self._port}/socket?ticket={ticket}&app_id={self.app_id}"
        return {"ok": True, "url": url}

    # -- helpers --------------------------------------------------------------------------

    def _bot_message(self, ts: str, params: JSONDict) -> JSONDict:
        _require_content(params)
        message: JSONDict = {
            "user": self.bot_user_id,
            "type": "message",
            "ts": ts,
            "bot_id": self.bot_id,
            "app_id": self.app_id,
            "text": str(params.get("text") or ""),
            "team": self.team_id,
            "bot_profile": {
                "id": self.bot_id,
                "app_id": self.app_id,
                "name": self.users[self.bot_user_id]["real_name"],
                "deleted": False,
                "team_id": self.team_id,
            },
        }
        for field in ("attachments", "thread_ts", "metadata"):
            if params.get(field):
                message[field] = params[field]
        if params.get("blocks"):
            message["blocks"] = [_with_block_id(block) for block in params["blocks"]]
        return message

    def _store_view(self, params: JSONDict, view_id: str | None) -> JSONDict:
        view = params.get("view")
        if not isinstance(view, dict) or "type" not in view:
            raise _SlackError("invalid_arguments")
        view_id = view_id or f"V{next(self._ids):010d}"
        stored = {
            "id": view_id,
            "team_id": self.team_id,
            "type": view["type"],
            "blocks": view.get("blocks", []),
            "private_metadata": view.get("private_metadata", ""),
            "callback_id": view.get("callback_id", ""),
            "external_id": view.get("external_id", params.get("external_id", "")),
            "state": {"values": {}},
            "hash": f"{int(time.time())}.{uuid.uuid4().hex[:8]}",
            "clear_on_close": view.get("clear_on_close", False),
            "notify_on_close": view.get("notify_on_close", False),
            "root_view_id": view_id,
            "previous_view_id": None,
            "app_id": self.app_id,
            "app_installed_team_id": self.team_id,
            "bot_id": self.bot_id,
        }
        for field in ("title", "close", "submit"):
            if field in view:
                stored[field] = view[field]
        self._views[view_id] = stored
        return stored

    def _resolve_channel(self, channel: Any) -> str:
        name = str(channel or "").removeprefix("#")
        if name in self.channels:
            return self.channels[name]
        if name in self.channels.values():
            return name
        if name in self.users:
            return f"D{name[1:]}"  # posting to a user id goes to the bot's DM with them
        raise _SlackError("channel_not_found")

    def _next_ts(self) -> str:
        micros = next(self._ts_counter) * 100
        return f"{1_700_000_000 + micros // 1_000_000}.{micros % 1_000_000:06d}"

    def _new_trigger(self) -> str:
        trigger = f"{next(self._ids)}.{self.team_id[1:]}.{uuid.uuid4().hex}"
        self._triggers.add(trigger)
        return trigger

    def _channel_name(self, channel_id: str) -> str:
        names = {cid: name for name, cid in self.channels.items()}
        return names.get(channel_id, "directmessage" if channel_id.startswith("D") else "unknown")

    def _user_name(self, user_id: str) -> str:
        return str(self.users.get(user_id, {}).get("name", user_id.lower()))

    def _payload_user(self, user_id: str) -> JSONDict:
        name = self._user_name(user_id)
        return {"id": user_id, "username": name, "name": name, "team_id": self.team_id}

    def _latest_message(self, channel_id: str) -> JSONDict:
        posted = [m for (channel, _), m in self._messages.items() if channel == channel_id]
        if posted:
            return posted[-1]
        return {"type": "message", "user": self.bot_user_id, "ts": self._next_ts(), "text": ""}

    def _action(self, message: JSONDict, action_id: str, value: str) -> JSONDict:
        block_id, element = _find_element(message.get("blocks", []), action_id)
        kind = element.get("type", "button")
        action: JSONDict = {
            "action_id": action_id,
            "block_id": block_id,
            "type": kind,
            "action_ts": f"{time.time():.6f}",
        }
        if kind in _SELECT_TYPES:
            options = element.get("options", [])
            chosen = next((o for o in options if o.get("value") == value), {"value": value})
            return action | {"selected_option": chosen}
        text = element.get("text", {"type": "plain_text", "text": value, "emoji": True})
        return action | {"text": text, "value": value}


async def _read_params(request: web.Request) -> JSONDict:
    """Merge query string and form or JSON body; decode JSON-encoded ``blocks``-like fields."""
    params: JSONDict = dict(request.query)
    if request.can_read_body:
        if request.content_type == "application/json":
            body = await request.json()
            params.update(body if isinstance(body, dict) else {})
        else:
            form = await request.post()
            params.update({k: v for k, v in form.items() if isinstance(v, str)})
    for key in _JSON_FIELDS & params.keys():
        if isinstance(params[key], str):
            params[key] = _json_or_text(params[key])
    return params


def _json_or_text(value: str) -> Any:
    """Form bodies carry ``blocks`` and friends as JSON text; malformed JSON stays text."""
    try:
        return json.loads(value)
    except ValueError:
        return value


def _bearer(request: web.Request) -> str | None:
    scheme, _, token = request.headers.get("Authorization", "").partition(" ")
    return token if scheme.lower() == "bearer" and token else None


def _require_content(params: JSONDict) -> None:
    if not any(params.get(field) for field in ("text", "blocks", "attachments")):
        raise _SlackError("no_text")
    blocks = params.get("blocks")
    if blocks is not None and not _valid_blocks(blocks):
        raise _SlackError("invalid_blocks")


def _valid_blocks(blocks: Any) -> bool:
    return (
        isinstance(blocks, list)
        and len(blocks) <= _MAX_BLOCKS
        and all(isinstance(block, dict) and "type" in block for block in blocks)
    )


def _with_block_id(block: JSONDict) -> JSONDict:
    """Slack assigns a short random ``block_id`` to every block posted without one."""
    return block if "block_id" in block else {**block, "block_id": uuid.uuid4().hex[:5]}


def _find_element(blocks: list[JSONDict], action_id: str) -> tuple[str, JSONDict]:
    """The block id and interactive element with ``action_id`` in a message's blocks."""
    for block in blocks:
        candidates = [*block.get("elements", []), block.get("accessory"), block.get("element")]
        for element in candidates:
            if isinstance(element, dict) and element.get("action_id") == action_id:
                return str(block.get("block_id") or uuid.uuid4().hex[:5]), element
    return uuid.uuid4().hex[:5], {}
