"""Shared fixtures: the sample school, an injected clock, a real SQLite file, and the bot running
through the real python-telegram-bot and slack-bolt stacks against local stand-ins."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from telegram import Update

from bot.app import BotRunner, Services
from bot.calendar import SchoolCalendar
from bot.clock import SettableClock
from bot.roster import read_roster
from bot.settings import Settings, load_settings
from standins.endpoints import stand_in_endpoints
from standins.slack_api import SlackStandIn
from standins.telegram_api import TelegramStandIn
from standins.telegram_parent import SimulatedParent

SAMPLE = Path(__file__).resolve().parent.parent / "sample"
PRIYA_PHONE = "447400100001"  # mother of Sam and Ava Patel, as Telegram sends it (no "+")
ANNA_PHONE = "+447400100003"  # mother of Zofia, Jan and Lena Kowalska
CLAIRE_PHONE = "447400100100"  # mother of Leo Thompson (an only child)


@pytest.fixture(autouse=True)
def _no_tokens(monkeypatch: pytest.MonkeyPatch) -> None:
    """No real token may leak into a test from the developer's environment."""
    for name in (
        "TELEGRAM_BOT_TOKEN",
        "TELEGRAM_API_URL",
        "SLACK_BOT_TOKEN",
        "SLACK_APP_TOKEN",
        "SLACK_SIGNING_SECRET",
        "SLACK_API_URL",
    ):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(scope="session")
def settings() -> Settings:
    return load_settings(SAMPLE / "school.toml")


@pytest.fixture(scope="session")
def calendar(settings: Settings) -> SchoolCalendar:
    """The sample school's calendar: autumn term, INSET day 2026-11-27, England's bank holidays."""
    return settings.school_calendar


@pytest.fixture
def clock(settings: Settings) -> SettableClock:
    return SettableClock(datetime(2026, 11, 23, 7, 30, tzinfo=settings.tz))  # a Monday in term


@pytest.fixture
async def services(settings: Settings, clock: SettableClock, tmp_path: Path) -> AsyncIterator[Services]:
    services = await Services.open(settings, clock, tmp_path / "school.sqlite3")
    roster = read_roster(SAMPLE / "roster.csv")
    await services.store.import_roster(roster.pupils, roster.contacts, clock())
    yield services
    await services.close()


@pytest.fixture
async def telegram() -> AsyncIterator[TelegramStandIn]:
    async with TelegramStandIn() as server:
        yield server


@pytest.fixture
async def slack() -> AsyncIterator[SlackStandIn]:
    async with SlackStandIn() as server:
        yield server


@asynccontextmanager
async def serve(
    services: Services, telegram: TelegramStandIn, slack: SlackStandIn, errors: list[object] | None = None
) -> AsyncIterator[BotRunner]:
    """The bot, started; tests hand it updates through Application.process_update.

    Handlers' exceptions are collected in `errors`; leaving the block fails the test if any are
    left there (a test that provokes one removes it after checking it).
    """
    endpoints = stand_in_endpoints(telegram, slack)
    runner = BotRunner(services, endpoints)
    errors = [] if errors is None else errors

    async def collect(update: object, context: Any) -> None:
        errors.append(context.error)

    runner.telegram.add_error_handler(collect)
    await runner.start(autonomous=False)
    try:
        yield runner
    finally:
        await runner.stop()
    assert not errors, f"handlers raised: {errors!r}"


@pytest.fixture
def handler_errors() -> list[object]:
    return []


@pytest.fixture
async def runner(
    services: Services, telegram: TelegramStandIn, slack: SlackStandIn, handler_errors: list[object]
) -> AsyncIterator[BotRunner]:
    async with serve(services, telegram, slack, handler_errors) as running:
        yield running


def deliver_to(runner: BotRunner) -> Callable[[dict[str, Any]], Awaitable[None]]:
    async def deliver(payload: dict[str, Any]) -> None:
        await runner.telegram.process_update(Update.de_json(payload, runner.telegram.bot))

    return deliver


ParentFactory = Callable[..., SimulatedParent]


@pytest.fixture
def parent(runner: BotRunner, telegram: TelegramStandIn) -> ParentFactory:
    """Make a simulated parent whose updates go through the real PTB dispatcher."""
    deliver = deliver_to(runner)

    def make(user_id: int = 7001, first_name: str = "Priya", language_code: str = "en") -> SimulatedParent:
        return SimulatedParent(telegram, telegram.updates.user(user_id, first_name, language_code), deliver)

    return make


@pytest.fixture
async def priya(parent: ParentFactory) -> SimulatedParent:
    """Sam and Ava Patel's mother, linked by sharing her contact."""
    who = parent(7001, "Priya")
    await who.share_contact(PRIYA_PHONE)
    return who


@pytest.fixture
async def claire(parent: ParentFactory) -> SimulatedParent:
    """Leo Thompson's mother (one child), linked."""
    who = parent(7003, "Claire")
    await who.share_contact(CLAIRE_PHONE)
    return who
