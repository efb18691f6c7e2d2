"""`absence-bot demo`: a school morning played through the real python-telegram-bot and slack-bolt
stacks, against local stand-ins of the Telegram Bot API and the Slack Web API on 127.0.0.1."""

from __future__ import annotations

import asyncio
import sys
import tempfile
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path
from typing import Any

from telegram import Update
from telegram.ext import TypeHandler

from bot.app import BotRunner, Services
from bot.clock import SettableClock
from bot.linking import hash_link_code, new_link_code
from bot.roster import read_roster
from bot.settings import load_settings
from handlers.telegram_context import BotApplication
from standins.endpoints import stand_in_endpoints
from standins.slack_api import SlackStandIn
from standins.telegram_api import TelegramStandIn
from standins.telegram_parent import BotMessage, SimulatedParent

MORNING = datetime(2026, 11, 23, 7, 30)  # a Monday in the autumn term


class PolledDelivery:
    """Push an update for the bot's long polling and wait until the bot has handled it."""

    def __init__(self, telegram: TelegramStandIn, app: BotApplication) -> None:
        self._telegram = telegram
        self._handled: dict[int, asyncio.Future[None]] = {}
        # A last group runs after the parent handlers are done with the update.
        app.add_handler(TypeHandler(Update, self._done), group=99)

    async def _done(self, update: Update, _: Any) -> None:
        future = self._handled.pop(update.update_id, None)
        if future is not None and not future.done():
            future.set_result(None)

    async def __call__(self, update: dict[str, Any]) -> None:
        future = asyncio.get_running_loop().create_future()
        self._handled[update["update_id"]] = future
        self._telegram.push_update(update)
        await asyncio.wait_for(future, timeout=30)


class Transcript:
    def __init__(self, clock: SettableClock, slack: SlackStandIn) -> None:
        self._clock = clock
        self._slack = slack
        self._slack_seen = 0

    def scene(self, title: str, hour: int, minute: int) -> None:
        self._clock.set(self._clock().replace(hour=hour, minute=minute))
        print(f"\n── {self._clock():%a %d %b %H:%M} · {title} " + "─" * max(0, 50 - len(title)))

    def parent(self, name: str, said: str) -> None:
        print(f"  👤 {name}: {said}")

    def bot(self, messages: Iterable[BotMessage]) -> None:
        for message in messages:
            prefix = {"edit": "🤖 bot (updates its message)", "notice": "🤖 bot (pop-up)"}.get(
                message.kind, "🤖 bot"
            )
            body = message.text.replace("\n", "\n" + " " * 8)
            print(f"  {prefix}: {body}")
            if message.buttons:
                print("        " + "  ".join(f"[{i}] {label}" for i, label in enumerate(message.labels, 1)))
            if message.contact_button:
                print(f"        [📱 {message.contact_button}]")

    def staff_channel(self) -> None:
        calls = [c for c in self._slack.calls() if c.method in ("chat.postMessage", "chat.update")]
        for call in calls[self._slack_seen :]:
            verb = "posts" if call.method == "chat.postMessage" else "updates a post"
            print(f"  💬 Slack #attendance ({verb}): {_blocks_text(call.params)}")
        self._slack_seen = len(calls)


def _blocks_text(params: dict[str, Any]) -> str:
    parts = []
    for block in params.get("blocks") or []:
        if block.get("type") in ("header", "section"):
            parts.append(block["text"]["text"])
        elif block.get("type") == "context":
            parts.extend(element["text"] for element in block["elements"])
        elif block.get("type") == "actions":
            parts.append("  ".join(f"[{e['text']['text']}]" for e in block["elements"]))
    indent = "\n" + " " * 8
    return indent.join(line for part in parts for line in part.splitlines()) or str(params.get("text", ""))


async def play(sample_dir: Path, *, interactive: bool = False) -> None:
    settings = load_settings(sample_dir / "school.toml")
    clock = SettableClock(MORNING.replace(tzinfo=settings.tz))
    with tempfile.TemporaryDirectory(prefix="absence-demo-") as folder:
        async with TelegramStandIn() as telegram, SlackStandIn() as slack:
            services = await Services.open(settings, clock, Path(folder) / "demo.sqlite3")
            roster = read_roster(sample_dir / "roster.csv")
            await services.store.import_roster(roster.pupils, roster.contacts, clock())
            endpoints = stand_in_endpoints(telegram, slack)
            runner = BotRunner(services, endpoints)
            deliver = PolledDelivery(telegram, runner.telegram)
            await runner.start()
            print(
                f"{settings.school.name}: the bot is polling a local Telegram stand-in at {telegram.base_url}"
            )
            print(f"and posting to a local Slack stand-in at {slack.base_url} (Socket Mode).")
            try:
                script = Script(services, telegram, slack, deliver, Transcript(clock, slack))
                await script.morning()
                if interactive:
                    await script.interactive()
            finally:
                await runner.stop()
                await services.close()


class Script:
    def __init__(
        self,
        services: Services,
        telegram: TelegramStandIn,
        slack: SlackStandIn,
        deliver: PolledDelivery,
        transcript: Transcript,
    ) -> None:
        self.services = services
        self.telegram = telegram
        self.slack = slack
        self.show = transcript
        updates = telegram.updates

        def parent(user_id: int, name: str, language: str = "en") -> SimulatedParent:
            return SimulatedParent(telegram, updates.user(user_id, name, language), deliver)

        self.priya = parent(5001, "Priya")
        self.anna = parent(5002, "Anna", "pl")
        self.rasa = parent(5003, "Rasa", "lt")
        self.stranger = parent(5999, "Unknown")

    async def says(self, who: SimulatedParent, text: str, meaning: str = "") -> None:
        self.show.parent(who.user["first_name"], f"{text}  ({meaning})" if meaning else text)
        self.show.bot(await who.say(text))

    async def presses(self, who: SimulatedParent, label: str) -> None:
        self.show.parent(who.user["first_name"], f"taps [{label}]")
        self.show.bot(await who.press(label))

    async def staff_news(self) -> None:
        await self.services.outbox.deliver_due()
        self.show.staff_channel()

    async def morning(self) -> None:
        show = self.show
        show.scene("A parent of two links the chat", 7, 31)
        show.parent("Priya", "/start")
        show.bot(await self.priya.start())
        show.parent("Priya", "taps [📱 Share my phone number]")
        show.bot(await self.priya.share_contact("447400100001"))

        show.scene("Both children are ill; the bot asks when they'll be back", 7, 34)
        await self.says(self.priya, "Sam and Ava have both got a sickness bug 🤢 been up all night")
        await self.presses(self.priya, "Wednesday 25 November")
        await self.presses(self.priya, "Confirm")
        await self.staff_news()

        show.scene("A parent of three writes in Polish; an afternoon appointment", 7, 48)
        show.parent("Anna", "taps [📱 Udostępnij mój numer telefonu]")
        show.bot(await self.anna.share_contact("+44 7400 100003"))
        await self.says(
            self.anna,
            "Jan ma dziś o 13:30 wizytę u ortodonty, odbiorę go w porze lunchu",
            "Jan has the orthodontist at 13:30 today, I'll collect him at lunchtime",
        )
        await self.presses(self.anna, "Potwierdź")
        await self.staff_news()

        show.scene("A message the bot must ask about", 8, 5)
        await self.says(
            self.anna,
            "Jedna z moich córek ma gorączkę, zostaje dziś w domu",
            "one of my daughters has a temperature, she's staying home today",
        )
        await self.presses(self.anna, "Zofia")
        await self.presses(self.anna, "Jeszcze nie wiem")
        await self.presses(self.anna, "Potwierdź")
        show.parent("Anna", "sends a photo of the GP appointment card")
        show.bot(await self.anna.photo())
        await self.staff_news()

        show.scene("A parent with a new phone number uses a link code", 8, 20)
        code = new_link_code()
        await self.services.store.save_link_code(
            hash_link_code(code), "A100025", self.services.clock(), self.services.clock().replace(hour=23)
        )
        print(f"  (the office ran: absence-bot link-code A100025 → {code})")
        show.parent("Rasa", f"/start {code}")
        show.bot(await self.rasa.start(code))
        await self.says(
            self.rasa, "Jonas has a hospital appointment tomorrow morning, he'll be in after lunch"
        )
        await self.presses(self.rasa, "Confirm")
        await self.staff_news()

        show.scene("Someone who is not linked asks about a pupil", 8, 40)
        await self.says(self.stranger, "Is Sam Patel in school today?")

        show.scene("The office marks a report as seen in Slack", 8, 50)
        posted = self.slack.calls("chat.postMessage")[0]
        ack = await self.slack.send_block_action(
            "report_acknowledge",
            str(posted.params["blocks"][-1]["elements"][0]["value"]),
            user_id="U0OFFICE",
            message={"ts": posted.response["ts"], **posted.params},
            channel_id=posted.response["channel"],
        )
        print(f"  🧑‍💼 office taps [Seen] (Socket Mode envelope acknowledged: {bool(ack)})")
        await self.slack.wait_for("chat.update", after=0)
        self.show.staff_channel()

        show.scene("A plan changes: the appointment is cancelled", 9, 40)
        await self.says(
            self.anna,
            "Wizyta Jana została odwołana, jednak przyjdzie do szkoły na cały dzień",
            "Jan's appointment was cancelled, he'll be in school all day after all",
        )
        await self.presses(self.anna, "Wycofaj")
        await self.staff_news()
        print("\nEvery report above is in the SQLite file with per-session provisional codes;")
        print("the school decides what is authorised.")

    async def interactive(self) -> None:
        print("\nYour turn: you are Priya (linked to Sam and Ava). Type a message, a number to press a")
        print("button on the bot's last message, or an empty line to finish.")
        while True:
            line = await asyncio.to_thread(sys.stdin.readline)
            text = line.strip()
            if not text:
                return
            if text.isdigit() and self.priya.last is not None and self.priya.last.buttons:
                labels = self.priya.last.labels
                index = int(text) - 1
                if 0 <= index < len(labels):
                    await self.presses(self.priya, labels[index])
                    await self.staff_news()
                    continue
            await self.says(self.priya, text)
            await self.staff_news()
