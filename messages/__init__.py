"""Every sentence the bot says, per language, and how days and lists are written in each."""

from messages.catalog import Catalog, Line

__all__ = ["Catalog", "Line"]
