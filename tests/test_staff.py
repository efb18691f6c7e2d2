"""The office's Slack channel through the real slack-bolt stack over Socket Mode."""

from __future__ import annotations

from datetime import timedelta

from bot.app import Services
from bot.clock import SettableClock
from standins.slack_api import SlackStandIn
from standins.telegram_parent import SimulatedParent
from tests.conftest import ParentFactory


async def confirmed_report(who: SimulatedParent, text: str) -> None:
    await who.say(text)
    await who.press("Confirm")


async def test_the_office_marks_a_report_seen_and_the_parent_can_no_longer_change_it(
    claire: SimulatedParent, services: Services, slack: SlackStandIn
) -> None:
    await confirmed_report(claire, "Leo has the dentist tomorrow at 10")
    recorded = claire.last_with_buttons
    assert recorded is not None
    await services.outbox.deliver_due()
    (post,) = slack.calls("chat.postMessage")
    assert "[Seen]" not in post.params["text"]
    mark = slack.mark()
    ack = await slack.send_block_action(
        "report_acknowledge",
        post.params["blocks"][-1]["elements"][0]["value"],
        user_id="U0OFFICE",
        message=post.response["message"],
    )
    assert ack["envelope_id"]
    (update,) = await slack.wait_for("chat.update", after=mark)
    assert "Seen by <@U0OFFICE>" in str(update.params["blocks"])
    assert update.params["ts"] == post.response["ts"]
    (locked,) = await claire.press("Withdraw", on=recorded)
    assert "already dealt with" in locked.text


async def test_vulnerable_pupils_are_marked_in_the_notice(
    parent: ParentFactory, services: Services, slack: SlackStandIn
) -> None:
    kerry = parent(7020, "Kerry")
    await kerry.share_contact("+44 7400 100102")  # Noah Evans: child protection plan
    await confirmed_report(kerry, "Noah has a bad cough, off today, back tomorrow")
    await services.outbox.deliver_due()
    (post,) = slack.calls("chat.postMessage")
    assert ":warning: vulnerable pupil *Noah Evans*" in post.params["blocks"][1]["text"]["text"]


async def test_a_rate_limited_notice_is_retried_later_and_sent_once(
    claire: SimulatedParent, services: Services, slack: SlackStandIn, clock: SettableClock
) -> None:
    slack.fail_next("chat.postMessage", "ratelimited", retry_after=30)
    await confirmed_report(claire, "Leo is ill today, back tomorrow")
    assert await services.outbox.deliver_due() == 0
    assert await services.outbox.deliver_due() == 0  # not due yet
    clock.advance(timedelta(seconds=31))
    assert await services.outbox.deliver_due() == 1
    assert len([c for c in slack.calls("chat.postMessage") if c.response.get("ok")]) == 1
