"""What every stand-in server shares: `async with` runs it on an ephemeral 127.0.0.1 port."""

from __future__ import annotations

from types import TracebackType
from typing import Self


class StandIn:
    async def start(self) -> None:
        raise NotImplementedError

    async def stop(self) -> None:
        raise NotImplementedError

    async def __aenter__(self) -> Self:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.stop()
