"""`absence-bot run` as a school runs it: a separate process configured only by school.toml and the
environment, talking to the Telegram and Slack stand-ins as if they were the real services."""

from __future__ import annotations

import asyncio
import os
import shutil
import signal
import sys
from pathlib import Path

from standins.slack_api import SlackStandIn
from standins.telegram_api import TelegramStandIn
from tests.conftest import CLAIRE_PHONE, SAMPLE

TOKEN = "123456:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw"


async def test_run_serves_parents_until_told_to_stop(tmp_path: Path) -> None:
    config = tmp_path / "school.toml"
    shutil.copy(SAMPLE / "school.toml", config)
    command = [sys.executable, "-m", "bot.cli"]
    importer = await asyncio.create_subprocess_exec(
        *command,
        "roster",
        "import",
        str(SAMPLE / "roster.csv"),
        "--config",
        str(config),
        stdout=asyncio.subprocess.DEVNULL,
    )
    assert await importer.wait() == 0
    async with TelegramStandIn(token=TOKEN) as telegram, SlackStandIn() as slack:
        env = {
            key: value for key, value in os.environ.items() if not key.startswith(("TELEGRAM_", "SLACK_"))
        } | {
            "TELEGRAM_BOT_TOKEN": TOKEN,
            "TELEGRAM_API_URL": telegram.base_url.removesuffix("/bot"),
            "SLACK_BOT_TOKEN": slack.bot_token,
            "SLACK_APP_TOKEN": slack.app_token,
            "SLACK_API_URL": slack.base_url,
        }
        bot = await asyncio.create_subprocess_exec(
            *command, "run", "--config", str(config), env=env, stderr=asyncio.subprocess.PIPE
        )
        try:
            await slack.wait_for("apps.connections.open", timeout=30)
            mark = telegram.mark()
            telegram.push_update(
                telegram.updates.contact(telegram.updates.user(7003, "Claire"), CLAIRE_PHONE)
            )
            (reply,) = await telegram.wait_for("sendMessage", after=mark, timeout=30)
            assert "linked to Leo" in reply.params["text"]
        finally:
            bot.send_signal(signal.SIGTERM)
            _, stderr = await asyncio.wait_for(bot.communicate(), timeout=30)
    assert bot.returncode == 0
    log = stderr.decode()
    assert "bot started for Oakfield Primary" in log and "bot stopped" in log
    assert "WARNING" not in log and "ERROR" not in log
    assert TOKEN not in log and "Leo" not in log
