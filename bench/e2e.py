"""End-to-end figures: parents' reports through python-telegram-bot's long polling and the
stand-in Bot API, each committed to SQLite before its reply.

- e2e_reports_per_s: parents' report messages handled per second when parents send as fast
  as the bot takes them: each message understood, its report committed, then the reply sent.
- e2e_confirmed_reports_per_s: the whole exchange per second: the message and its reply, then
  the press on Confirm, the per-session records committed and the confirmation edited in.
- e2e_p99_ms: 99th percentile from an update entering the Bot API to the bot's reply leaving
  the bot, with reports offered at a steady 30 a second (Telegram's own sending cap).
- rss_mb: resident memory of the whole process afterwards (bot, stand-ins and all).
"""

from __future__ import annotations

import asyncio
import csv
import io
import statistics
import tempfile
import time
from datetime import datetime
from pathlib import Path
from typing import Any

import psutil

from bot.app import BotRunner, Services
from bot.clock import SettableClock
from bot.roster import parse_roster
from bot.settings import load_settings
from standins.calls import Call
from standins.endpoints import stand_in_endpoints
from standins.slack_api import SlackStandIn
from standins.telegram_api import TelegramStandIn

SAMPLE = Path(__file__).resolve().parent.parent / "sample"
PARENTS = 600
RATE = 30.0
LATENCY_REPORTS = 300
MESSAGES = (
    "{name} has a temperature, keeping {them} off today",
    "{name} was sick in the night, back wednesday hopefully",
    "{name} has the dentist at 2pm so I'll collect at lunch",
    "sorry {name} won't be in today, tummy bug 🤢",
    "{name} has a hospital appointment tomorrow morning",
    "{name} is off with tonsillitis, back Thursday",
)
FIRST_NAMES = ("Amir", "Bella", "Callum", "Daisy", "Ethan", "Fatima", "Grace", "Hugo", "Isla", "Jacob")


def _roster(count: int) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["pupil_id", "first_name", "last_name", "year", "contact_name", "relationship", "phone"])
    for n in range(count):
        name = FIRST_NAMES[n % len(FIRST_NAMES)]
        writer.writerow(
            [f"B{n:06d}", name, f"Family{n}", "Year 4", f"Parent {n}", "mother", f"07400 2{n:05d}"]
        )
    return out.getvalue()


def _replies(telegram: TelegramStandIn, after: int) -> list[Call]:
    return [c for c in telegram.calls()[after:] if c.method in ("sendMessage", "editMessageText")]


async def measure_e2e() -> dict[str, float]:
    settings = load_settings(SAMPLE / "school.toml")
    clock = SettableClock(datetime(2026, 11, 23, 7, 30, tzinfo=settings.tz))
    total = PARENTS + LATENCY_REPORTS
    with tempfile.TemporaryDirectory(prefix="absence-bench-") as folder:
        async with TelegramStandIn() as telegram, SlackStandIn() as slack:
            services = await Services.open(settings, clock, Path(folder) / "bench.sqlite3")
            roster = parse_roster(_roster(total))
            await services.store.import_roster(roster.pupils, roster.contacts, clock())
            endpoints = stand_in_endpoints(telegram, slack)
            runner = BotRunner(services, endpoints)
            await runner.start()
            try:
                users = [telegram.updates.user(100_000 + n, f"Parent{n}") for n in range(total)]
                await _link_all(telegram, users)
                per_s, confirmed_per_s = await _throughput(telegram, users[:PARENTS])
                p99, p50 = await _latency(telegram, users[PARENTS:])
            finally:
                await runner.stop()
                await services.close()
    rss = psutil.Process().memory_info().rss / 2**20
    return {
        "e2e_reports_per_s": round(per_s, 1),
        "e2e_confirmed_reports_per_s": round(confirmed_per_s, 1),
        "e2e_p50_ms": round(p50, 2),
        "e2e_p99_ms": round(p99, 2),
        "rss_mb": round(rss, 1),
    }


async def _link_all(telegram: TelegramStandIn, users: list[dict[str, Any]]) -> None:
    mark = telegram.mark()
    for n, user in enumerate(users):
        telegram.push_update(telegram.updates.contact(user, f"447400{200000 + n}"))
    await telegram.wait_for("sendMessage", count=len(users), after=mark, timeout=120)


def _text(n: int) -> str:
    name = FIRST_NAMES[n % len(FIRST_NAMES)]
    return MESSAGES[n % len(MESSAGES)].format(name=name, them="them")


async def _throughput(telegram: TelegramStandIn, users: list[dict[str, Any]]) -> tuple[float, float]:
    """Every parent sends a report, then presses Confirm on the summary (or the first button).

    Returns reports per second for the messages alone, and for the whole exchange."""
    start = time.perf_counter()
    mark = telegram.mark()
    for n, user in enumerate(users):
        telegram.push_update(telegram.updates.text(user, _text(n)))
    summaries = await telegram.wait_for("sendMessage", count=len(users), after=mark, timeout=120)
    messages_done = time.perf_counter()
    mark = telegram.mark()
    for call in summaries:
        message = call.response["result"]
        data = message["reply_markup"]["inline_keyboard"][0][0]["callback_data"]
        user = next(u for u in users if u["id"] == message["chat"]["id"])
        telegram.push_update(telegram.updates.callback(user, message, data))
    await telegram.wait_for("editMessageText", count=len(users), after=mark, timeout=120)
    return len(users) / (messages_done - start), len(users) / (time.perf_counter() - start)


async def _latency(telegram: TelegramStandIn, users: list[dict[str, Any]]) -> tuple[float, float]:
    """Offer one report message every 1/RATE seconds; time each from push to the bot's reply."""
    pushed: dict[int, float] = {}
    mark = telegram.mark()
    began = time.monotonic()
    for n, user in enumerate(users):
        await asyncio.sleep(max(0.0, began + n / RATE - time.monotonic()))  # the offered load's pacing
        pushed[user["id"]] = time.monotonic()
        telegram.push_update(telegram.updates.text(user, _text(n)))
    await telegram.wait_for("sendMessage", count=len(users), after=mark, timeout=60)
    latencies = sorted(
        (call.at - pushed[int(call.params["chat_id"])]) * 1000
        for call in _replies(telegram, mark)
        if int(call.params["chat_id"]) in pushed
    )
    p99 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))]
    return p99, statistics.median(latencies)
