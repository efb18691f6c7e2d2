"""Turn the domain's replies into Telegram messages, keyboards and callback answers."""

from __future__ import annotations

import asyncio

from telegram import (
    Bot,
    CallbackQuery,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    KeyboardButton,
    ReplyKeyboardMarkup,
    ReplyKeyboardRemove,
)

from bot.replies import Keyboard, Reply
from messages import Catalog

Markup = InlineKeyboardMarkup | ReplyKeyboardMarkup | ReplyKeyboardRemove | None


def markup(reply: Reply, catalog: Catalog) -> Markup:
    if reply.buttons:
        return InlineKeyboardMarkup(
            [
                [
                    InlineKeyboardButton(catalog.render(b.label, reply.language), callback_data=b.data)
                    for b in row
                ]
                for row in reply.buttons
            ]
        )
    if reply.keyboard is Keyboard.SHARE_CONTACT:
        label = catalog.text("button.share_contact", reply.language)
        return ReplyKeyboardMarkup(
            [[KeyboardButton(label, request_contact=True)]], resize_keyboard=True, one_time_keyboard=True
        )
    if reply.keyboard is Keyboard.REMOVE:
        return ReplyKeyboardRemove()
    return None


async def send(bot: Bot, chat_id: int, reply: Reply, catalog: Catalog) -> None:
    if reply.lines:
        text = catalog.render_all(reply.lines, reply.language)
        await bot.send_message(chat_id, text, reply_markup=markup(reply, catalog))


async def answer_press(query: CallbackQuery, reply: Reply, catalog: Catalog) -> None:
    """Answer the button press, then replace the pressed message or send a new one."""
    notice = catalog.render(reply.notice, reply.language) if reply.notice else None
    if not reply.lines:
        await query.answer(notice)
        return
    text = catalog.render_all(reply.lines, reply.language)
    keyboard = markup(reply, catalog)
    if reply.edit and query.message is not None and isinstance(keyboard, InlineKeyboardMarkup | None):
        shown = query.edit_message_text(text, reply_markup=keyboard)
    else:
        shown = query.get_bot().send_message(query.from_user.id, text, reply_markup=keyboard)
    # Both go to Telegram at once: the spinner stops as the new text arrives.
    await asyncio.gather(query.answer(notice), shown)
