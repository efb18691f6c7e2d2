"""The stand-ins must fool the real client stacks: python-telegram-bot, slack_sdk and slack-bolt.

Nothing here sleeps to synchronise; every wait is on a recorded call or a Socket Mode ack.
"""

from __future__ import annotations

import datetime as dtm
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import pytest
from slack_bolt.adapter.socket_mode.aiohttp import AsyncSocketModeHandler
from slack_bolt.async_app import AsyncApp, AsyncRespond
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.constants import ParseMode
from telegram.error import BadRequest, EndPointNotFound, Forbidden, InvalidToken, RetryAfter
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from standins.slack_api import SlackStandIn
from standins.telegram_api import TelegramStandIn

PARENT_ID = 111


@pytest.fixture
async def tg() -> AsyncIterator[TelegramStandIn]:
    async with TelegramStandIn() as stand_in:
        yield stand_in


@pytest.fixture
async def slack() -> AsyncIterator[SlackStandIn]:
    async with SlackStandIn() as stand_in:
        yield stand_in


def build_application(tg: TelegramStandIn) -> Application[Any, Any, Any, Any, Any, Any]:
    return ApplicationBuilder().token(tg.token).base_url(tg.base_url).base_file_url(tg.base_file_url).build()


@asynccontextmanager
async def polling(app: Application[Any, Any, Any, Any, Any, Any]) -> AsyncIterator[None]:
    async with app:
        await app.start()
        await app.updater.start_polling()
        try:
            yield
        finally:
            await app.updater.stop()
            await app.stop()


# -- Telegram ---------------------------------------------------------------------------------


async def test_bot_methods_return_real_telegram_objects(tg: TelegramStandIn) -> None:
    async with build_application(tg) as app:
        first = await app.bot.send_message(PARENT_ID, "Hello")
        second = await app.bot.send_message(
            PARENT_ID, "<b>Sam</b> is marked absent", parse_mode=ParseMode.HTML
        )

    assert isinstance(first, Message)
    assert app.bot.username == tg.bot_username
    assert first.from_user is not None and first.from_user.username == tg.bot_username
    assert (first.chat.id, first.chat.type, first.text) == (PARENT_ID, "private", "Hello")
    assert second.message_id == first.message_id + 1
    assert second.text == "Sam is marked absent"
    assert [(e.type, e.offset, e.length) for e in second.entities] == [("bold", 0, 3)]
    assert [c.method for c in tg.sent_to(PARENT_ID)] == ["sendMessage", "sendMessage"]


async def test_handlers_receive_pushed_updates_and_reply(tg: TelegramStandIn) -> None:
    async def on_start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        keyboard = [[InlineKeyboardButton("Confirm", callback_data="confirm:42")]]
        await update.effective_message.reply_text(
            "Report an absence?", reply_markup=InlineKeyboardMarkup(keyboard)
        )

    async def on_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await update.effective_message.reply_text(f"You said: {update.effective_message.text}")

    async def on_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.callback_query
        await query.answer("Thanks")
        await query.edit_message_text(f"Confirmed ({query.data})")

    app = build_application(tg)
    app.add_handler(CommandHandler("start", on_start))
    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, on_text))
    app.add_handler(CallbackQueryHandler(on_button))
    parent = tg.updates.user(PARENT_ID, "Ann")

    async with polling(app):
        mark = tg.mark()
        tg.push_update(tg.updates.command(parent, "/start"))
        tg.push_update(tg.updates.text(parent, "Sam has a cold"))
        greeting, echo = await tg.wait_for("sendMessage", count=2, after=mark)

        tg.push_update(tg.updates.callback(parent, greeting.response["result"], "confirm:42"))
        [edit] = await tg.wait_for("editMessageText", after=mark)

    assert greeting.params["reply_markup"] == {
        "inline_keyboard": [[{"text": "Confirm", "callback_data": "confirm:42"}]]
    }
    assert greeting.response["result"]["reply_markup"] == greeting.params["reply_markup"]
    assert echo.params["text"] == "You said: Sam has a cold"
    [answer] = tg.calls("answerCallbackQuery")
    assert answer.params["text"] == "Thanks"
    assert edit.response["result"]["text"] == "Confirmed (confirm:42)"
    assert "reply_markup" not in edit.response["result"]  # an edit without markup drops it
    assert [c.params.get("text") for c in tg.sent_to(PARENT_ID)] == [
        "Report an absence?",
        "You said: Sam has a cold",
        "Confirmed (confirm:42)",
    ]


async def test_updates_from_the_factory_also_work_through_process_update(
    tg: TelegramStandIn,
) -> None:
    downloads: list[bytes] = []

    async def on_photo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        file = await update.effective_message.photo[-1].get_file()
        downloads.append(bytes(await file.download_as_bytearray()))
        keyboard = [[InlineKeyboardButton("Keep", callback_data="keep")]]
        await update.effective_message.reply_text("Got it", reply_markup=InlineKeyboardMarkup(keyboard))

    async def on_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await update.callback_query.answer()

    app = build_application(tg)
    app.add_handler(MessageHandler(filters.PHOTO, on_photo))
    app.add_handler(CallbackQueryHandler(on_button))
    parent = tg.updates.user(PARENT_ID, "Ann")
    async with app:
        photo = tg.updates.photo(parent, caption="sick note")
        await app.process_update(Update.de_json(photo, app.bot))
        [reply] = tg.calls("sendMessage")
        press = tg.updates.callback(parent, reply.response["result"], "keep")
        await app.process_update(Update.de_json(press, app.bot))

    assert [len(content) for content in downloads] == [photo["message"]["photo"][-1]["file_size"]]
    assert reply.response["result"]["message_id"] == photo["message"]["message_id"] + 1
    assert tg.calls("answerCallbackQuery")[0].response == {"ok": True, "result": True}


async def test_get_updates_long_polls_and_confirms_by_offset(tg: TelegramStandIn) -> None:
    parent = tg.updates.user(PARENT_ID, "Ann")
    async with build_application(tg) as app:
        tg.push_update(tg.updates.text(parent, "one"))
        [first] = await app.bot.get_updates(timeout=0)
        assert await app.bot.get_updates(offset=first.update_id, timeout=0) == (first,)

        tg.push_update(tg.updates.text(parent, "two"))
        [second] = await app.bot.get_updates(offset=first.update_id + 1, timeout=5)
        assert second.message is not None and second.message.text == "two"
        assert await app.bot.get_updates(offset=second.update_id + 1, timeout=0) == ()


async def test_blocked_chat_raises_forbidden_and_flood_raises_retry_after(
    tg: TelegramStandIn, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PTB_TIMEDELTA", "true")  # RetryAfter.retry_after as timedelta, no warning
    tg.blocked_chats.add(PARENT_ID)
    tg.fail_next("sendMessage", 429, "Too Many Requests: retry after 7", retry_after=7)
    async with build_application(tg) as app:
        with pytest.raises(RetryAfter) as flood:
            await app.bot.send_message(222, "hi")
        with pytest.raises(Forbidden, match="bot was blocked by the user"):
            await app.bot.send_message(PARENT_ID, "hi")
        delivered = await app.bot.send_message(222, "hi")

    assert flood.value.retry_after == dtm.timedelta(seconds=7)
    assert delivered.text == "hi"


async def test_telegram_rejects_what_telegram_rejects(tg: TelegramStandIn) -> None:
    async with build_application(tg) as app:
        with pytest.raises(BadRequest, match=r"(?i)can't parse entities"):
            await app.bot.send_message(PARENT_ID, "Dear <Sam>", parse_mode=ParseMode.HTML)
        sent = await app.bot.send_message(PARENT_ID, "Same")
        with pytest.raises(BadRequest, match=r"(?i)message is not modified"):
            await sent.edit_text("Same")
        with pytest.raises(EndPointNotFound):
            await app.bot.do_api_request("noSuchMethod")
    # A bare Bot, not an Application: Application.__aenter__ does not shut the bot's HTTP pool
    # down when initialize() fails, which would leak a socket (a ResourceWarning).
    wrong = Bot("999:WRONG", base_url=tg.base_url, base_file_url=tg.base_file_url)
    with pytest.raises(InvalidToken):
        async with wrong:
            pass
    assert tg.calls("getMe")[-1].response == {
        "ok": False,
        "error_code": 401,
        "description": "Unauthorized",
    }


async def test_files_from_pushed_updates_can_be_downloaded(tg: TelegramStandIn) -> None:
    update = tg.updates.document(tg.updates.user(PARENT_ID, "Ann"), file_name="letter.pdf")
    tg.push_update(update)
    document = update["message"]["document"]
    async with build_application(tg) as app:
        file = await app.bot.get_file(document["file_id"])
        content = await file.download_as_bytearray()
    assert file.file_path is not None and file.file_path.startswith(tg.base_file_url)
    assert len(content) == document["file_size"]


async def test_wait_for_times_out_with_recent_calls(tg: TelegramStandIn) -> None:
    async with build_application(tg) as app:
        await app.bot.send_message(PARENT_ID, "only this")
        with pytest.raises(TimeoutError, match="sendMessage"):
            await tg.wait_for("editMessageText", timeout=0.05)


# -- Slack ------------------------------------------------------------------------------------


def web_client(slack: SlackStandIn, token: str | None = None) -> AsyncWebClient:
    return AsyncWebClient(token=token or slack.bot_token, base_url=slack.base_url)


APPROVE_BLOCKS = [
    {"type": "section", "text": {"type": "mrkdwn", "text": "*Sam* is absent today"}},
    {
        "type": "actions",
        "elements": [
            {
                "type": "button",
                "action_id": "approve",
                "text": {"type": "plain_text", "text": "Approve"},
                "value": "absence-42",
            }
        ],
    },
]


async def test_web_client_posts_and_updates_messages(slack: SlackStandIn) -> None:
    client = web_client(slack)
    auth = await client.auth_test()
    posted = await client.chat_postMessage(channel="#attendance", text="Sam is absent", blocks=APPROVE_BLOCKS)
    updated = await client.chat_update(channel=posted["channel"], ts=posted["ts"], text="Approved")
    later = await client.chat_postMessage(channel="C0ATTEND", text="Next")

    assert (auth["user_id"], auth["team_id"], auth["bot_id"]) == ("U0BOT", "T0001", "B0BOT")
    assert posted["channel"] == "C0ATTEND"
    assert posted["message"]["blocks"][1]["elements"][0]["action_id"] == "approve"
    assert all("block_id" in block for block in posted["message"]["blocks"])
    assert (updated["ts"], updated["text"]) == (posted["ts"], "Approved")
    assert float(later["ts"]) > float(posted["ts"])
    [call] = slack.calls("chat.update")
    assert call.params == {"channel": "C0ATTEND", "ts": posted["ts"], "text": "Approved"}


async def test_slack_rejects_bad_tokens_and_rate_limits(slack: SlackStandIn) -> None:
    with pytest.raises(SlackApiError) as wrong:
        await web_client(slack, token="xoxb-wrong").auth_test()
    with pytest.raises(SlackApiError) as app_token_for_chat:
        await web_client(slack, token=slack.app_token).chat_postMessage(channel="C0ATTEND", text="x")
    with pytest.raises(SlackApiError) as wrong_app_token:
        await web_client(slack).apps_connections_open(app_token="xapp-wrong")
    slack.fail_next("chat.postMessage", retry_after=3)
    with pytest.raises(SlackApiError) as limited:
        await web_client(slack).chat_postMessage(channel="C0ATTEND", text="x")

    assert wrong.value.response["error"] == "invalid_auth"
    assert app_token_for_chat.value.response["error"] == "not_allowed_token_type"
    assert wrong_app_token.value.response["error"] == "invalid_auth"
    assert limited.value.response.status_code == 429
    assert limited.value.response.headers["Retry-After"] == "3"
    assert limited.value.response["error"] == "ratelimited"


async def test_bolt_over_socket_mode_handles_commands_and_actions(slack: SlackStandIn) -> None:
    app = AsyncApp(name="stand-in-check", client=web_client(slack))  # name: skips inspect.stack()

    @app.command("/absence")
    async def absence(ack: Any, respond: AsyncRespond, command: dict[str, Any]) -> None:
        await ack()
        await respond(f"Looking up {command['text'].removeprefix('status ')}")

    @app.action("approve")
    async def approve(ack: Any, respond: AsyncRespond, body: dict[str, Any]) -> None:
        await ack()
        await respond(replace_original=True, text=f"Approved {body['actions'][0]['value']}")

    handler = AsyncSocketModeHandler(app, slack.app_token)
    await handler.connect_async()
    try:
        mark = slack.mark()
        command_ack = await slack.send_slash_command(text="status Sam", user_id="U123")
        posted = await app.client.chat_postMessage(
            channel="C0ATTEND", text="Sam is absent", blocks=APPROVE_BLOCKS
        )
        action_ack = await slack.send_block_action("approve", "absence-42", message=posted["message"])
        replies = await slack.wait_for("response_url", count=2, after=mark)
    finally:
        await handler.close_async()

    assert set(command_ack) == {"envelope_id"}
    assert set(action_ack) == {"envelope_id"}
    assert [reply.params["text"] for reply in replies] == ["Looking up Sam", "Approved absence-42"]
    assert replies[1].params["replace_original"] is True
    assert [c.method for c in slack.calls()][:2] == ["apps.connections.open", "auth.test"]
