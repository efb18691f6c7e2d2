"""The understanding step: what a parent's message reports (DESIGN.md §4)."""

from bot.understanding.result import Understanding
from bot.understanding.understand import understand

__all__ = ["Understanding", "understand"]
