"""Durable delivery of alerts and notices: queued in the same transaction as the change that
caused them, sent by a background loop, retried with back-off until the other side accepts."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from datetime import timedelta
from typing import Any

from bot.clock import Clock
from storage.interface import Store

log = logging.getLogger(__name__)

Sender = Callable[[dict[str, Any]], Awaitable[None]]
MAX_BACKOFF = timedelta(minutes=10)
POLL_SECONDS = 5.0


class RetryLater(Exception):
    """A sender's word that the other side asked us to wait this long before trying again."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"retry in {seconds}s")
        self.seconds = seconds


class Outbox:
    def __init__(self, store: Store, clock: Clock) -> None:
        self._store = store
        self._clock = clock
        self._senders: dict[str, Sender] = {}
        self._wake = asyncio.Event()
        self._delivering = asyncio.Lock()

    def route(self, channel: str, sender: Sender) -> None:
        """Deliver items for this channel with sender; items for an unrouted channel wait."""
        self._senders[channel] = sender

    def wake(self) -> None:
        """Something was queued: deliver now rather than at the next poll."""
        self._wake.set()

    async def deliver_due(self) -> int:
        """Send everything due now; returns how many were delivered."""
        async with self._delivering:
            return await self._deliver_due()

    async def _deliver_due(self) -> int:
        async with self._store.transaction():
            items = await self._store.due(self._clock(), list(self._senders))
        delivered = 0
        for item in items:
            try:
                await self._senders[item.channel](item.payload)
            except Exception as error:
                delay = _retry_delay(error, item.attempts)
                log.warning("outbox item %s failed (%s); retry in %s", item.id, type(error).__name__, delay)
                await self._store.mark_failed(item.id, type(error).__name__, self._clock() + delay)
            else:
                await self._store.mark_sent(item.id, self._clock())
                delivered += 1
        return delivered

    async def run(self) -> None:
        while True:
            try:
                await self.deliver_due()
            except Exception:
                log.exception("outbox pass failed")
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), POLL_SECONDS)
            self._wake.clear()


def _retry_delay(error: Exception, attempts: int) -> timedelta:
    if isinstance(error, RetryLater):
        return timedelta(seconds=error.seconds)
    return min(timedelta(seconds=2 ** min(attempts, 10)), MAX_BACKOFF)
