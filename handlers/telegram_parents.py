"""Parents' updates from python-telegram-bot: each handler is payload in, one desk call, reply out."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.error import Forbidden, NetworkError, RetryAfter
from telegram.ext import CallbackQueryHandler, CommandHandler, MessageHandler, filters

from handlers.telegram_context import BotApplication, BotContext
from handlers.telegram_render import answer_press, send

log = logging.getLogger(__name__)
PRIVATE = filters.ChatType.PRIVATE


async def start(update: Update, context: BotContext) -> None:
    assert update.effective_chat and update.effective_user
    code = context.args[0] if context.args else ""
    reply = await context.desk.start(
        update.update_id, update.effective_chat.id, update.effective_user.language_code, code
    )
    if reply:
        await send(context.bot, update.effective_chat.id, reply, context.catalog)


async def help_command(update: Update, context: BotContext) -> None:
    assert update.effective_chat and update.effective_user
    reply = await context.desk.help(update.effective_chat.id, update.effective_user.language_code)
    await send(context.bot, update.effective_chat.id, reply, context.catalog)


async def contact(update: Update, context: BotContext) -> None:
    message = update.effective_message
    assert message and message.contact and update.effective_user and update.effective_chat
    reply = await context.desk.contact(
        update.update_id,
        update.effective_chat.id,
        update.effective_user.id,
        message.contact.user_id,
        message.contact.phone_number,
        update.effective_user.language_code,
    )
    if reply:
        await send(context.bot, update.effective_chat.id, reply, context.catalog)


async def text(update: Update, context: BotContext) -> None:
    message = update.effective_message
    assert message and message.text is not None and update.effective_user and update.effective_chat
    reply = await context.desk.message(
        update.update_id, update.effective_chat.id, message.text, update.effective_user.language_code
    )
    if reply:
        await send(context.bot, update.effective_chat.id, reply, context.catalog)


async def photo(update: Update, context: BotContext) -> None:
    message = update.effective_message
    assert message and message.photo and update.effective_user and update.effective_chat
    largest = message.photo[-1]
    reply = await context.desk.photo(
        update.update_id,
        update.effective_chat.id,
        largest.file_id,
        largest.file_unique_id,
        message.caption,
        update.effective_user.language_code,
    )
    if reply:
        await send(context.bot, update.effective_chat.id, reply, context.catalog)


async def unsupported(update: Update, context: BotContext) -> None:
    assert update.effective_chat and update.effective_user
    reply = await context.desk.unsupported(
        update.update_id, update.effective_chat.id, update.effective_user.language_code
    )
    if reply:
        await send(context.bot, update.effective_chat.id, reply, context.catalog)


async def press(update: Update, context: BotContext) -> None:
    query = update.callback_query
    assert query is not None
    reply = await context.desk.press(
        update.update_id, query.from_user.id, query.data or "", query.from_user.language_code
    )
    if reply:
        await answer_press(query, reply, context.catalog)
    else:
        await query.answer()


async def on_error(update: object, context: BotContext) -> None:
    """One error policy: log with ids only, then tell the parent something useful if we can."""
    error = context.error
    update_id = update.update_id if isinstance(update, Update) else None
    if isinstance(error, Forbidden):
        log.info("update %s: the parent has blocked the bot", update_id)
        return
    if isinstance(error, RetryAfter | NetworkError):
        log.warning("update %s: Telegram unavailable (%s)", update_id, type(error).__name__)
        return
    log.error("update %s failed", update_id, exc_info=error)
    if isinstance(update, Update) and update.effective_chat is not None:
        language = update.effective_user.language_code if update.effective_user else None
        await context.bot.send_message(
            update.effective_chat.id,
            context.catalog.text("reply.error", context.catalog.language_for(language)),
        )


def register(app: BotApplication) -> None:
    # Order matters: commands and contact cards before free text; the catch-all last.
    app.add_handler(CommandHandler("start", start, filters=PRIVATE))
    app.add_handler(CommandHandler("help", help_command, filters=PRIVATE))
    app.add_handler(MessageHandler(PRIVATE & filters.CONTACT, contact))
    app.add_handler(MessageHandler(PRIVATE & filters.PHOTO, photo))
    app.add_handler(MessageHandler(PRIVATE & filters.TEXT & ~filters.COMMAND, text))
    app.add_handler(CallbackQueryHandler(press))
    app.add_handler(MessageHandler(PRIVATE & ~filters.COMMAND & ~filters.StatusUpdate.ALL, unsupported))
    app.add_error_handler(on_error)
