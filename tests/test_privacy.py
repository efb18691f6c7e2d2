"""Logs carry ids, never children's names, parents' words, phone numbers or tokens."""

from __future__ import annotations

import logging

import pytest

from bot.app import Services
from bot.logs import configure_logging
from standins.slack_api import SlackStandIn
from standins.telegram_api import TelegramStandIn
from tests.conftest import PRIYA_PHONE, ParentFactory


async def test_a_morning_of_reports_logs_nothing_personal(
    caplog: pytest.LogCaptureFixture,
    parent: ParentFactory,
    services: Services,
    telegram: TelegramStandIn,
    slack: SlackStandIn,
) -> None:
    configure_logging(logging.INFO)
    caplog.set_level(logging.INFO)
    priya = parent(7001, "Priya")
    await priya.share_contact(PRIYA_PHONE)
    await priya.say("Sam was sick in the night, back Wednesday hopefully")
    await priya.press("Confirm")
    await priya.say("she's better, Sam will be in after all")
    await priya.press("Withdraw")
    await parent(9001, "Mallory").share_contact(PRIYA_PHONE, contact_user_id=7001)
    await services.outbox.deliver_due()
    logged = caplog.text
    assert "7001" in logged  # ids are there to trace what happened
    for secret in (
        "Sam",
        "Patel",
        "Priya",
        "sick",
        "Wednesday",
        PRIYA_PHONE,
        "7400",
        telegram.token,
        slack.bot_token,
    ):
        assert secret not in logged, secret
