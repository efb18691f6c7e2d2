"""What a stand-in records of each request, and waiting on that record without sleeping."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

JSONDict = dict[str, Any]
Predicate = Callable[["Call"], bool]


@dataclass(frozen=True)
class Call:
    """One request a client made to a stand-in.

    Attributes:
        method: The API method, canonically cased (``"sendMessage"``, ``"chat.postMessage"``).
        params: The decoded parameters; nested JSON (``reply_markup``, ``blocks``) as objects.
        at: ``time.monotonic()`` when the request arrived.
        response: The JSON body the stand-in answered with.
        target: For endpoints that are not API methods, the addressed resource
            (the id of a Slack ``response_url``); otherwise ``None``.
    """

    method: str
    params: JSONDict
    at: float
    response: Any = None
    target: str | None = None


class CallLog:
    """An in-order log of :class:`Call` objects that tests can wait on without polling."""

    def __init__(self) -> None:
        self._calls: list[Call] = []
        self._changed = asyncio.Event()

    def record(self, call: Call) -> None:
        """Append ``call`` and wake every waiter."""
        self._calls.append(call)
        self._changed.set()
        self._changed = asyncio.Event()

    def calls(self, method: str | None = None) -> list[Call]:
        """All calls so far, optionally only those of ``method`` (case-insensitive)."""
        return [call for call in self._calls if method is None or _same(call.method, method)]

    def mark(self) -> int:
        """The current number of calls; pass it as ``after=`` to only wait for newer calls."""
        return len(self._calls)

    async def wait_for(
        self,
        method: str,
        predicate: Predicate | None = None,
        *,
        count: int = 1,
        after: int = 0,
        timeout: float = 5.0,  # noqa: ASYNC109 - the documented test-helper API
    ) -> list[Call]:
        """Wait until ``count`` calls of ``method`` matching ``predicate`` exist after ``after``.

        Returns the first ``count`` matching calls. Raises :class:`TimeoutError` listing the
        most recent calls if they do not arrive within ``timeout`` seconds.
        """
        found: list[Call] = []
        seen = after
        try:
            async with asyncio.timeout(timeout):
                while True:
                    # Only the calls recorded since the last look are examined.
                    found += self._matching(method, predicate, seen)
                    seen = len(self._calls)
                    if len(found) >= count:
                        return found[:count]
                    await self._changed.wait()
        except TimeoutError:
            raise TimeoutError(self._timeout_message(method, count, after, timeout)) from None

    def _matching(self, method: str, predicate: Predicate | None, after: int) -> list[Call]:
        return [
            call
            for call in self._calls[after:]
            if _same(call.method, method) and (predicate is None or predicate(call))
        ]

    def _timeout_message(self, method: str, count: int, after: int, timeout: float) -> str:
        recent = "\n".join(
            f"  #{index} {call.method}{f' [{call.target}]' if call.target else ''} {call.params}"
            for index, call in list(enumerate(self._calls))[-10:]
        )
        return (
            f"timed out after {timeout}s waiting for {count} matching {method!r} call(s) "
            f"after mark {after}; got {len(self._matching(method, None, after))} {method!r} "
            f"call(s) of any shape. Most recent calls:\n{recent or '  (none)'}"
        )


def _same(method: str, wanted: str) -> bool:
    return method.lower() == wanted.lower()
