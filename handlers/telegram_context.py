"""Typed access to the bot's services from python-telegram-bot callbacks."""

from __future__ import annotations

from typing import Any

from telegram.ext import Application, CallbackContext, ExtBot

from bot.parents import ParentDesk
from messages import Catalog


class BotContext(CallbackContext[ExtBot[None], dict[Any, Any], dict[Any, Any], dict[str, Any]]):
    @property
    def desk(self) -> ParentDesk:
        desk: ParentDesk = self.bot_data["desk"]
        return desk

    @property
    def catalog(self) -> Catalog:
        catalog: Catalog = self.bot_data["catalog"]
        return catalog


BotApplication = Application[Any, BotContext, Any, Any, dict[str, Any], Any]
