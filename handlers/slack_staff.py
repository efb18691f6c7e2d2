"""The staff channel in Slack: report notices out (through the outbox) and the "Seen" button in."""

from __future__ import annotations

from typing import Any

from slack_bolt.async_app import AsyncAck, AsyncApp
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.outbox import RetryLater
from bot.staff import StaffDesk
from messages import Catalog
from messages.slack import ACKNOWLEDGE_ACTION, report_notice


class StaffChannel:
    """Posts a report's notice once; later events about it edit the same message in place."""

    def __init__(self, client: AsyncWebClient, channel: str, staff: StaffDesk, catalog: Catalog) -> None:
        self._client = client
        self._channel = channel
        self._staff = staff
        self._catalog = catalog

    async def deliver(self, payload: dict[str, Any]) -> None:
        try:
            await self._deliver(payload)
        except SlackApiError as error:
            if error.response.status_code == 429:
                headers = {name.lower(): value for name, value in error.response.headers.items()}
                raise RetryLater(float(headers.get("retry-after", 1))) from error
            raise

    async def _deliver(self, payload: dict[str, Any]) -> None:
        notice = await self._staff.notice(int(payload["report_id"]), str(payload["event"]))
        if notice is None:
            return
        text, blocks = report_notice(notice, self._catalog)
        posted = await self._staff.posted(notice.report.id)
        if posted is not None:
            channel, ts = posted
            await self._client.chat_update(channel=channel, ts=ts, text=text, blocks=blocks)
            return
        response = await self._client.chat_postMessage(channel=self._channel, text=text, blocks=blocks)
        await self._staff.remember_post(notice.report.id, str(response["channel"]), str(response["ts"]))


def register(app: AsyncApp, staff: StaffDesk, catalog: Catalog) -> None:
    async def acknowledge(
        ack: AsyncAck, body: dict[str, Any], action: dict[str, Any], client: AsyncWebClient
    ) -> None:
        await ack()
        notice = await staff.acknowledge(int(action["value"]), body["user"]["id"])
        if notice is None:
            return
        text, blocks = report_notice(notice, catalog)
        await client.chat_update(
            channel=body["channel"]["id"], ts=body["message"]["ts"], text=text, blocks=blocks
        )

    app.action(ACKNOWLEDGE_ACTION)(acknowledge)
