"""`absence-bot`: run the bot, play the demo, load the roster, issue link codes, parse messages.

asyncio and signal are imported by the commands that use them: `parse` runs without them, and asyncio
takes about a tenth of a second to import.
"""

from __future__ import annotations

import argparse
import gc
import json
import logging
import os
import sys
from collections.abc import Sequence
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from bot.logs import configure_logging
from bot.settings import Settings, SettingsError, load_settings

SAMPLE_DIR = Path(__file__).resolve().parent.parent / "sample"


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    configure_logging(logging.INFO if args.command == "run" else logging.WARNING)
    try:
        result: int = args.handler(args)
        return result
    except SettingsError as error:
        print(f"absence-bot: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="absence-bot", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    def command(name: str, handler: Any, help_text: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, description=help_text)
        sub.set_defaults(handler=handler)
        return sub

    def with_config(sub: argparse.ArgumentParser) -> None:
        sub.add_argument(
            "--config", type=Path, default=Path("school.toml"), help="the school's settings file"
        )

    run = command("run", _run, "Serve a real school with the tokens in the environment.")
    with_config(run)

    demo = command("demo", _demo, "Play a school morning against local stand-ins of Telegram and Slack.")
    demo.add_argument("--interactive", action="store_true", help="type as a parent yourself")

    roster = command("roster", None, "Manage the roster.")
    roster_commands = roster.add_subparsers(dest="roster_command", required=True)
    roster_import = roster_commands.add_parser(
        "import", help="Load or update pupils and contacts from a CSV."
    )
    roster_import.set_defaults(handler=_roster_import)
    roster_import.add_argument("file", type=Path)
    with_config(roster_import)

    link_code = command("link-code", _link_code, "Issue a one-time code that links a parent to a pupil.")
    link_code.add_argument("pupil_id")
    with_config(link_code)

    parse = command("parse", _parse, "Print what the bot understands of a parent's message (JSON).")
    with_config(parse)
    parse.add_argument("--now", help="when the message was sent, ISO 8601 (default: now)")
    parse.add_argument("--child", action="append", default=[], help="a child of the parent (repeat)")
    parse.add_argument("--language", help="Telegram's language_code for the parent")
    parse.add_argument("--jsonl", type=Path, help='a file of {"id","text","now","children"} lines')
    parse.add_argument("text", nargs="?", default=None)
    return parser


def _run(args: argparse.Namespace) -> int:
    import asyncio
    import signal

    from bot.app import BotRunner, Endpoints, Services, telegram_base_urls
    from bot.clock import system_clock
    from bot.environment import read_environment
    from bot.understanding.text import prepare

    settings = load_settings(args.config)
    env = read_environment(os.environ, settings.slack.mode)
    prepare()  # the language tables, built before the first parent writes
    base_url, base_file_url = (
        telegram_base_urls(env.telegram_api_url) if env.telegram_api_url else (None, None)
    )
    endpoints = Endpoints(
        telegram_token=env.telegram_bot_token.get_secret_value(),
        telegram_base_url=base_url,
        telegram_base_file_url=base_file_url,
        slack_bot_token=_secret(env.slack_bot_token),
        slack_app_token=_secret(env.slack_app_token),
        slack_signing_secret=_secret(env.slack_signing_secret),
        slack_base_url=env.slack_api_url,
    )

    async def serve() -> None:
        services = await Services.open(settings, system_clock(settings.tz))
        runner = BotRunner(services, endpoints)
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(signum, stop.set)
        try:
            await runner.start()
            await stop.wait()
        finally:
            await runner.stop()
            await services.close()

    asyncio.run(serve())
    return 0


def _secret(value: Any) -> str | None:
    return value.get_secret_value() if value is not None else None


def _demo(args: argparse.Namespace) -> int:
    import asyncio

    from bot.demo import play

    asyncio.run(play(SAMPLE_DIR, interactive=args.interactive))
    return 0


def _roster_import(args: argparse.Namespace) -> int:
    import asyncio

    from bot.roster import RosterError, read_roster
    from storage.sqlite import SqliteStore

    settings = load_settings(args.config)
    try:
        roster = read_roster(args.file)
    except RosterError as error:
        print(f"absence-bot: {args.file}: {error}; nothing was imported.", file=sys.stderr)
        return 1

    async def load() -> tuple[int, int]:
        store = await SqliteStore.open(settings.storage.database)
        try:
            return await store.import_roster(roster.pupils, roster.contacts, datetime.now(settings.tz))
        finally:
            await store.close()

    added, updated = asyncio.run(load())
    print(
        f"Imported {len(roster.pupils)} pupils ({added} new, {updated} updated) and {len(roster.contacts)} contacts."
    )
    return 0


def _link_code(args: argparse.Namespace) -> int:
    import asyncio

    from bot.linking import deep_link, hash_link_code, new_link_code
    from storage.sqlite import SqliteStore

    settings = load_settings(args.config)
    now = datetime.now(settings.tz)
    code = new_link_code()

    async def save() -> bool:
        store = await SqliteStore.open(settings.storage.database)
        try:
            if await store.pupil(args.pupil_id) is None:
                return False
            expires = now + timedelta(hours=settings.policy.link_code_hours)
            await store.save_link_code(hash_link_code(code), args.pupil_id, now, expires)
            return True
        finally:
            await store.close()

    if not asyncio.run(save()):
        print(f"absence-bot: no pupil with id {args.pupil_id} on the roster.", file=sys.stderr)
        return 1
    print(f"Link code: {code} (single use, valid for {settings.policy.link_code_hours} hours)")
    username = settings.telegram.bot_username
    print(f"Link: {deep_link(username, code)}" if username else f"Parent sends the bot: /start {code}")
    return 0


def _parse(args: argparse.Namespace) -> int:
    from bot.understanding import understand

    settings = load_settings(args.config)
    calendar = settings.school_calendar

    def one(text: str, now_text: str | None, children: Sequence[str], language: str | None) -> dict[str, Any]:
        now = _moment(now_text, settings)
        result = understand(
            text, now, list(children), calendar, language_hint=language, am_close=settings.registers.am_close
        )
        return result.to_contract(tuple(children))

    if args.jsonl is not None:
        # A batch leaves no reference cycles worth collecting, and the collector's passes over the thousands
        # of objects the language tables are built from cost it about a second.
        gc.disable()
        lines = sys.stdin if str(args.jsonl) == "-" else args.jsonl.open(encoding="utf-8")
        with lines:
            for number, line in enumerate(lines, start=1):
                if not line.strip():
                    continue
                try:
                    item = json.loads(line)
                    output = one(
                        str(item["text"]), item.get("now"), item.get("children") or [], item.get("language")
                    )
                except (ValueError, KeyError, TypeError) as error:
                    print(f"absence-bot: {args.jsonl}:{number}: {error}", file=sys.stderr)
                    return 1
                print(json.dumps({"id": item.get("id"), **output}, ensure_ascii=False))
        return 0
    if args.text is None:
        print("absence-bot: give the message TEXT, or --jsonl FILE.", file=sys.stderr)
        return 2
    print(json.dumps(one(args.text, args.now, args.child, args.language), ensure_ascii=False))
    return 0


def _moment(text: str | None, settings: Settings) -> datetime:
    if not text:
        return datetime.now(settings.tz)
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise SettingsError(f"--now {text!r} is not an ISO 8601 time such as 2026-11-23T07:42.") from None
    return moment.replace(tzinfo=settings.tz) if moment.tzinfo is None else moment.astimezone(settings.tz)


if __name__ == "__main__":
    sys.exit(main())
