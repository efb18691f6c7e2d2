"""The composition root: open the services, build the Telegram and Slack apps, start and stop them."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import secrets
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

from aiohttp import web
from slack_bolt.adapter.socket_mode.aiohttp import AsyncSocketModeHandler
from slack_bolt.async_app import AsyncApp
from slack_sdk.web.async_client import AsyncWebClient
from telegram import BotCommand, Update
from telegram.ext import ApplicationBuilder, ContextTypes

from bot.clock import Clock
from bot.outbox import Outbox
from bot.parents import ParentDesk
from bot.settings import Settings
from bot.staff import StaffDesk
from handlers import slack_staff, telegram_parents
from handlers.slack_staff import StaffChannel
from handlers.telegram_context import BotApplication, BotContext
from handlers.telegram_http import AiohttpRequest
from handlers.telegram_ordering import PerChatOrder
from messages import Catalog
from storage.sqlite import SqliteStore

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Endpoints:
    """Tokens and API addresses. Base URLs are None for the real Telegram and Slack."""

    telegram_token: str
    telegram_base_url: str | None = None
    telegram_base_file_url: str | None = None
    slack_bot_token: str | None = None
    slack_app_token: str | None = None
    slack_signing_secret: str | None = None
    slack_base_url: str | None = None


@dataclass
class Services:
    settings: Settings
    clock: Clock
    store: SqliteStore
    catalog: Catalog
    outbox: Outbox
    parents: ParentDesk
    staff: StaffDesk

    @classmethod
    async def open(cls, settings: Settings, clock: Clock, database: Path | None = None) -> Services:
        store = await SqliteStore.open(database or settings.storage.database)
        catalog = Catalog()
        outbox = Outbox(store, clock)
        parents = ParentDesk(store, settings, clock, catalog, on_commit=outbox.wake)
        return cls(settings, clock, store, catalog, outbox, parents, StaffDesk(store, clock))

    async def close(self) -> None:
        await self.store.close()


def telegram_base_urls(api_url: str) -> tuple[str, str]:
    """PTB's base_url and base_file_url for a self-hosted Bot API server at api_url."""
    root = api_url.rstrip("/").removesuffix("/bot")
    return f"{root}/bot", f"{root}/file/bot"


def build_telegram(services: Services, endpoints: Endpoints) -> BotApplication:
    builder = (
        ApplicationBuilder()
        .token(endpoints.telegram_token)
        .context_types(ContextTypes(context=BotContext))
        .concurrent_updates(PerChatOrder())
        .request(AiohttpRequest())
        .get_updates_request(AiohttpRequest(connection_pool_size=1))
    )
    if endpoints.telegram_base_url:
        builder = builder.base_url(endpoints.telegram_base_url)
    if endpoints.telegram_base_file_url:
        builder = builder.base_file_url(endpoints.telegram_base_file_url)
    app: BotApplication = builder.build()
    app.bot_data["desk"] = services.parents
    app.bot_data["catalog"] = services.catalog
    telegram_parents.register(app)
    return app


def build_slack(services: Services, endpoints: Endpoints) -> AsyncApp | None:
    if not endpoints.slack_bot_token:
        return None
    client_options = {"base_url": endpoints.slack_base_url} if endpoints.slack_base_url else {}
    client = AsyncWebClient(token=endpoints.slack_bot_token, **client_options)
    app = AsyncApp(name="absence-bot", client=client, signing_secret=endpoints.slack_signing_secret or "")
    slack_staff.register(app, services.staff, services.catalog)
    channel = StaffChannel(client, services.settings.slack.channel, services.staff, services.catalog)
    services.outbox.route("slack", channel.deliver)
    return app


class BotRunner:
    """Runs the whole bot: Telegram updates in, Slack in and out, the outbox in the background."""

    def __init__(self, services: Services, endpoints: Endpoints) -> None:
        self.services = services
        self.endpoints = endpoints
        self.telegram = build_telegram(services, endpoints)
        self.slack = build_slack(services, endpoints)
        self._socket_mode: AsyncSocketModeHandler | None = None
        self._slack_http: web.AppRunner | None = None
        self._outbox_task: asyncio.Task[None] | None = None

    async def start(self, *, autonomous: bool = True) -> None:
        """Start serving. With autonomous False (tests), the caller hands Telegram updates to
        Application.process_update and runs the outbox's delivery passes itself."""
        settings = self.services.settings
        await self.telegram.initialize()
        await self._describe_commands()
        await self.telegram.start()
        await self._start_slack()
        if autonomous:
            await self._start_telegram_updates()
            self._outbox_task = asyncio.create_task(self.services.outbox.run(), name="outbox")
        log.info("bot started for %s", settings.school.name)

    async def _describe_commands(self) -> None:
        """Telegram's command menu, in every language the bot speaks."""
        catalog = self.services.catalog
        for language in catalog.languages:
            commands = [
                BotCommand(name, catalog.text(f"command.{name}", language)) for name in ("start", "help")
            ]
            await self.telegram.bot.set_my_commands(
                commands, language_code=None if language == "en" else language
            )

    async def _start_telegram_updates(self) -> None:
        telegram = self.services.settings.telegram
        updater = self.telegram.updater
        assert updater is not None
        if telegram.mode == "webhook":
            assert telegram.webhook_url
            await updater.start_webhook(
                listen=telegram.webhook_listen,
                port=telegram.webhook_port,
                url_path=urlparse(telegram.webhook_url).path.lstrip("/"),
                webhook_url=telegram.webhook_url,
                secret_token=secrets.token_urlsafe(32),
                allowed_updates=Update.ALL_TYPES,
            )
        else:
            await updater.start_polling(allowed_updates=Update.ALL_TYPES, timeout=10)

    async def _start_slack(self) -> None:
        if self.slack is None:
            return
        if self.services.settings.slack.mode == "socket":
            self._socket_mode = AsyncSocketModeHandler(self.slack, self.endpoints.slack_app_token)
            await self._socket_mode.connect_async()
        else:
            runner = web.AppRunner(self.slack.web_app(path="/slack/events"))
            await runner.setup()
            await web.TCPSite(runner, port=self.services.settings.slack.http_port).start()
            self._slack_http = runner

    async def stop(self) -> None:
        if self._outbox_task is not None:
            self._outbox_task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._outbox_task
        if self._socket_mode is not None:
            await self._socket_mode.close_async()
        if self._slack_http is not None:
            await self._slack_http.cleanup()
        if self.slack is not None:
            await _close_client_session(self.slack.client)
        updater = self.telegram.updater
        if updater is not None and updater.running:
            await updater.stop()
        if self.telegram.running:
            await self.telegram.stop()
        await self.telegram.shutdown()
        log.info("bot stopped")


async def _close_client_session(client: AsyncWebClient) -> None:
    session = getattr(client, "session", None)
    if session is not None and not session.closed:
        await session.close()
