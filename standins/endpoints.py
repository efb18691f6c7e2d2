"""Point the bot at the stand-ins instead of the real Telegram and Slack."""

from __future__ import annotations

from bot.app import Endpoints
from standins.slack_api import SlackStandIn
from standins.telegram_api import TelegramStandIn


def stand_in_endpoints(
    telegram: TelegramStandIn, slack: SlackStandIn, *, slack_signing_secret: str | None = None
) -> Endpoints:
    return Endpoints(
        telegram_token=telegram.token,
        telegram_base_url=telegram.base_url,
        telegram_base_file_url=telegram.base_file_url,
        slack_bot_token=slack.bot_token,
        slack_app_token=slack.app_token,
        slack_signing_secret=slack_signing_secret,
        slack_base_url=slack.base_url,
    )
