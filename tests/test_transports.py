"""The ways updates reach the bot for real: Telegram long polling and webhook, Slack over HTTP."""

from __future__ import annotations

import json
import socket
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from urllib.parse import urlencode

import aiohttp
from slack_sdk.signature import SignatureVerifier

from bot.app import BotRunner, Services
from bot.clock import SettableClock
from bot.roster import read_roster
from bot.settings import Settings
from standins.endpoints import stand_in_endpoints
from standins.slack_api import SlackStandIn
from standins.telegram_api import TelegramStandIn
from tests.conftest import CLAIRE_PHONE, SAMPLE

SIGNING_SECRET = "test-signing-secret"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@asynccontextmanager
async def running(
    settings: Settings, clock: SettableClock, tmp_path: Path, telegram: TelegramStandIn, slack: SlackStandIn
) -> AsyncIterator[BotRunner]:
    services = await Services.open(settings, clock, tmp_path / "transport.sqlite3")
    roster = read_roster(SAMPLE / "roster.csv")
    await services.store.import_roster(roster.pupils, roster.contacts, clock())
    endpoints = stand_in_endpoints(telegram, slack, slack_signing_secret=SIGNING_SECRET)
    runner = BotRunner(services, endpoints)
    await runner.start()
    try:
        yield runner
    finally:
        await runner.stop()
        await services.close()


async def test_long_polling_receives_updates(
    settings: Settings, clock: SettableClock, tmp_path: Path, telegram: TelegramStandIn, slack: SlackStandIn
) -> None:
    async with running(settings, clock, tmp_path, telegram, slack):
        user = telegram.updates.user(7003, "Claire")
        mark = telegram.mark()
        telegram.push_update(telegram.updates.contact(user, CLAIRE_PHONE))
        (reply,) = await telegram.wait_for("sendMessage", after=mark)
        assert "linked to Leo" in reply.params["text"]


async def test_the_command_menu_is_described_in_each_language(
    settings: Settings, clock: SettableClock, tmp_path: Path, telegram: TelegramStandIn, slack: SlackStandIn
) -> None:
    async with running(settings, clock, tmp_path, telegram, slack):
        menus = {
            call.params.get("language_code"): call.params["commands"]
            for call in telegram.calls("setMyCommands")
        }
    assert [command["command"] for command in menus[None]] == ["start", "help"]
    assert menus["pl"][1]["description"] == "Jak zgłosić nieobecność"
    assert len(menus) == 11


async def test_webhook_mode_accepts_only_telegrams_secret(
    settings: Settings, clock: SettableClock, tmp_path: Path, telegram: TelegramStandIn, slack: SlackStandIn
) -> None:
    port = free_port()
    webhook = settings.telegram.model_copy(
        update={
            "mode": "webhook",
            "webhook_url": "https://bot.example.org/telegram",
            "webhook_listen": "127.0.0.1",
            "webhook_port": port,
        }
    )
    settings = settings.model_copy(update={"telegram": webhook})
    async with running(settings, clock, tmp_path, telegram, slack):
        (registration,) = telegram.calls("setWebhook")
        assert registration.params["url"] == "https://bot.example.org/telegram"
        secret = registration.params["secret_token"]
        update = telegram.updates.contact(telegram.updates.user(7003, "Claire"), CLAIRE_PHONE)
        url = f"http://127.0.0.1:{port}/telegram"
        async with aiohttp.ClientSession() as http:
            forged = await http.post(url, json=update, headers={"X-Telegram-Bot-Api-Secret-Token": "guess"})
            assert forged.status == 403
            mark = telegram.mark()
            real = await http.post(url, json=update, headers={"X-Telegram-Bot-Api-Secret-Token": secret})
            assert real.status == 200
        (reply,) = await telegram.wait_for("sendMessage", after=mark)
        assert "linked to Leo" in reply.params["text"]


async def test_slack_http_mode_verifies_signatures(
    settings: Settings, clock: SettableClock, tmp_path: Path, telegram: TelegramStandIn, slack: SlackStandIn
) -> None:
    port = free_port()
    settings = settings.model_copy(
        update={"slack": settings.slack.model_copy(update={"mode": "http", "http_port": port})}
    )
    async with running(settings, clock, tmp_path, telegram, slack) as runner:
        services = runner.services
        report = await services.store.create_report(
            7003, {"status": "confirmed", "pupil_ids": ["A100010"], "category": "illness"}, clock()
        )
        report_id = report.id
        await services.store.enqueue("slack", {"report_id": report_id, "event": "confirmed"}, clock())
        await services.outbox.deliver_due()
        (post,) = slack.calls("chat.postMessage")
        payload = {
            "type": "block_actions",
            "user": {"id": "U0OFFICE"},
            "team": {"id": slack.team_id},
            "channel": {"id": post.response["channel"]},
            "message": post.response["message"],
            "actions": [{"action_id": "report_acknowledge", "value": str(report_id), "type": "button"}],
        }
        body = urlencode({"payload": json.dumps(payload)})
        timestamp = str(int(time.time()))
        signature = SignatureVerifier(SIGNING_SECRET).generate_signature(timestamp=timestamp, body=body)
        headers = {
            "X-Slack-Request-Timestamp": timestamp,
            "Content-Type": "application/x-www-form-urlencoded",
        }
        url = f"http://127.0.0.1:{port}/slack/events"
        async with aiohttp.ClientSession() as http:
            bad = await http.post(url, data=body, headers=headers | {"X-Slack-Signature": "v0=forged"})
            assert bad.status == 401
            good = await http.post(url, data=body, headers=headers | {"X-Slack-Signature": signature})
            assert good.status == 200
        report = await services.store.report(report_id)
        assert report is not None and report.acknowledged_at is not None
        (update,) = await slack.wait_for("chat.update")
        assert "Seen by <@U0OFFICE>" in str(update.params["blocks"])
