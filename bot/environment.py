"""Secrets and endpoints from the environment (DESIGN.md §5). Nothing here is ever printed or logged."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import urlparse

from pydantic import SecretStr

from bot.settings import SettingsError

_TELEGRAM_TOKEN = re.compile(r"^\d{3,}:[A-Za-z0-9_-]{20,}$")
_SLACK_PREFIXES = {
    "SLACK_BOT_TOKEN": "xoxb-",
    "SLACK_APP_TOKEN": "xapp-",
}


@dataclass(frozen=True)
class Environment:
    telegram_bot_token: SecretStr
    telegram_api_url: str | None
    slack_bot_token: SecretStr | None
    slack_app_token: SecretStr | None
    slack_signing_secret: SecretStr | None
    slack_api_url: str | None

    @property
    def has_slack(self) -> bool:
        return self.slack_bot_token is not None


def read_environment(environ: Mapping[str, str], slack_mode: str) -> Environment:
    """Check the variables `absence-bot run` needs; raise SettingsError naming the first problem."""

    def value(name: str) -> str | None:
        text = environ.get(name, "").strip()
        return text or None

    telegram = value("TELEGRAM_BOT_TOKEN")
    if telegram is None:
        raise SettingsError("TELEGRAM_BOT_TOKEN is not set: put the token BotFather gave you in it.")
    if not _TELEGRAM_TOKEN.match(telegram):
        raise SettingsError(
            "TELEGRAM_BOT_TOKEN does not look like a bot token (digits, a colon, then letters)."
        )
    for name, prefix in _SLACK_PREFIXES.items():
        token = value(name)
        if token is not None and not token.startswith(prefix):
            raise SettingsError(f"{name} should start with {prefix!r}.")
    slack_bot = value("SLACK_BOT_TOKEN")
    if slack_bot is not None:
        if slack_mode == "socket" and value("SLACK_APP_TOKEN") is None:
            raise SettingsError("SLACK_APP_TOKEN is not set, and Slack Socket Mode needs it.")
        if slack_mode == "http" and value("SLACK_SIGNING_SECRET") is None:
            raise SettingsError("SLACK_SIGNING_SECRET is not set, and Slack HTTP mode needs it.")
    for name in ("TELEGRAM_API_URL", "SLACK_API_URL"):
        url = value(name)
        if url is not None and urlparse(url).scheme not in ("http", "https"):
            raise SettingsError(f"{name} should be an http:// or https:// address.")

    def secret(name: str) -> SecretStr | None:
        text = value(name)
        return SecretStr(text) if text else None

    return Environment(
        telegram_bot_token=SecretStr(telegram),
        telegram_api_url=value("TELEGRAM_API_URL"),
        slack_bot_token=secret("SLACK_BOT_TOKEN"),
        slack_app_token=secret("SLACK_APP_TOKEN"),
        slack_signing_secret=secret("SLACK_SIGNING_SECRET"),
        slack_api_url=value("SLACK_API_URL"),
    )
