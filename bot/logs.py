"""Logging for a running bot: our own events at INFO, libraries quieter.

httpx logs every request URL at INFO, and a Telegram Bot API URL contains the bot token, so
it is held at WARNING. Our own log lines carry ids, never names or message text.
"""

from __future__ import annotations

import logging

_QUIET = ("httpx", "httpcore", "apscheduler", "slack_bolt", "slack_sdk", "aiohttp.access")


def configure_logging(level: int = logging.INFO) -> None:
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    for name in _QUIET:
        logging.getLogger(name).setLevel(max(level, logging.WARNING))
    logging.getLogger("slack_bolt.AsyncApp").addFilter(_not_the_token_warning)


def _not_the_token_warning(record: logging.LogRecord) -> bool:
    # slack-bolt reads SLACK_BOT_TOKEN itself and warns that the client we give it (pointed at
    # SLACK_API_URL) takes precedence: that is the intent, so the warning is noise.
    return "`token` will be unused" not in record.getMessage()
