"""The parent's side of the conversation: linking, reporting, answering the bot's questions.

Each entry point handles one incoming Telegram update inside one transaction that also records
the update as handled, so a report is committed before the parent hears of it and an update
delivered twice has effect once (the second delivery returns None: nothing to say).
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from bot.clock import Clock
from bot.codes import Category
from bot.health import Condition, condition_in, earliest_return
from bot.linking import hash_link_code, normalise_phone
from bot.replies import Button, Keyboard, Reply, say
from bot.reports import (
    absence_records,
    dates_line,
    policy_lines,
    return_choices,
)
from bot.settings import Settings
from bot.understanding import Understanding, understand
from messages import Catalog, Line
from storage.interface import Store
from storage.records import Chat, Pupil, Report, ReportStatus

log = logging.getLogger(__name__)

# Telegram caps a message at 4096 characters; anything longer did not come from a parent's keyboard.
MAX_TEXT = 4096
# A photo with no report waiting is kept with the parent's latest report if it is this recent.
ATTACH_WINDOW = timedelta(days=14)
# How many of a parent's reports to offer when they withdraw without saying which.
WITHDRAW_CHOICES = 4
ALL = "ALL"


class ParentDesk:
    def __init__(
        self,
        store: Store,
        settings: Settings,
        clock: Clock,
        catalog: Catalog,
        on_commit: Callable[[], None] = lambda: None,
    ) -> None:
        self._store = store
        self._on_commit = on_commit
        self._settings = settings
        self._calendar = settings.school_calendar
        self._clock = clock
        self._catalog = catalog

    # Entry points, one per kind of update

    async def start(self, update_id: int, chat_id: int, language_code: str | None, code: str) -> Reply | None:
        return await self._once(update_id, lambda: self._start(chat_id, language_code, code))

    async def contact(
        self,
        update_id: int,
        chat_id: int,
        sender_id: int,
        contact_user_id: int | None,
        phone: str,
        language_code: str | None,
    ) -> Reply | None:
        return await self._once(
            update_id, lambda: self._contact(chat_id, sender_id, contact_user_id, phone, language_code)
        )

    async def message(
        self, update_id: int, chat_id: int, text: str, language_code: str | None
    ) -> Reply | None:
        return await self._once(update_id, lambda: self._message(chat_id, text, language_code))

    async def press(self, update_id: int, chat_id: int, data: str, language_code: str | None) -> Reply | None:
        return await self._once(update_id, lambda: self._press(chat_id, data, language_code))

    async def photo(
        self,
        update_id: int,
        chat_id: int,
        file_id: str,
        file_unique_id: str,
        caption: str | None,
        language_code: str | None,
    ) -> Reply | None:
        return await self._once(
            update_id, lambda: self._photo(chat_id, file_id, file_unique_id, caption, language_code)
        )

    async def unsupported(self, update_id: int, chat_id: int, language_code: str | None) -> Reply | None:
        async def answer() -> Reply:
            return say("reply.text_only", self._language(await self._store.chat(chat_id), language_code))

        return await self._once(update_id, answer)

    async def help(self, chat_id: int, language_code: str | None) -> Reply:
        async with self._store.transaction():
            chat = await self._store.chat(chat_id)
        language = self._language(chat, language_code)
        if chat.pupils:
            return say("reply.help", language)
        return Reply((Line("start.welcome"),), language, keyboard=Keyboard.SHARE_CONTACT)

    async def _once(self, update_id: int, work: Callable[[], Awaitable[Reply]]) -> Reply | None:
        async with self._store.transaction():
            if not await self._store.claim_update("telegram", str(update_id), self._clock()):
                log.info("update %s already handled", update_id)
                return None
            reply = await work()
        self._on_commit()
        return reply

    def _language(self, chat: Chat, language_code: str | None, message_language: str | None = None) -> str:
        """The message's own language if we speak it, else the parent's, else Telegram's."""
        return self._catalog.language_for(message_language, chat.language, language_code)

    # Linking

    async def _start(self, chat_id: int, language_code: str | None, code: str) -> Reply:
        chat = await self._store.chat(chat_id)
        language = self._language(chat, language_code)
        if code:
            pupil_id = await self._store.redeem_link_code(hash_link_code(code), chat_id, self._clock())
            if pupil_id is None:
                log.info("chat %s offered an unusable link code", chat_id)
                return say("link.code_invalid", language)
            await self._store.link(chat_id, [pupil_id], "code", self._clock(), phone=None)
            return await self._linked(chat_id, language, "code")
        if chat.pupils:
            return say("start.linked", language, children=[p.first_name for p in chat.pupils])
        return Reply((Line("start.welcome"),), language, keyboard=Keyboard.SHARE_CONTACT)

    async def _contact(
        self,
        chat_id: int,
        sender_id: int,
        contact_user_id: int | None,
        phone: str,
        language_code: str | None,
    ) -> Reply:
        language = self._language(await self._store.chat(chat_id), language_code)
        if contact_user_id != sender_id:
            log.info("chat %s shared a contact that is not their own", chat_id)
            return Reply((Line("link.not_own_contact"),), language, keyboard=Keyboard.SHARE_CONTACT)
        number = normalise_phone(phone)
        pupils = await self._store.pupils_with_phone(number) if number else []
        if not pupils:
            log.info("chat %s shared a number not on the roster", chat_id)
            return Reply((Line("link.no_match"),), language, keyboard=Keyboard.REMOVE)
        await self._store.link(chat_id, [p.id for p in pupils], "contact", self._clock(), phone=number)
        return await self._linked(chat_id, language, "contact")

    async def _linked(self, chat_id: int, language: str, method: str) -> Reply:
        await self._store.ensure_parent(chat_id, language, self._clock())
        pupils = (await self._store.chat(chat_id)).pupils
        await self._store.audit(
            f"telegram:{chat_id}",
            "link",
            "chat",
            str(chat_id),
            {"method": method, "pupils": [p.id for p in pupils]},
            self._clock(),
        )
        log.info("chat %s linked to %d pupils by %s", chat_id, len(pupils), method)
        return Reply(
            (Line("link.linked", {"children": [p.first_name for p in pupils]}), Line("reply.help")),
            language,
            keyboard=Keyboard.REMOVE,
        )

    # Reporting

    async def _message(self, chat_id: int, text: str, language_code: str | None) -> Reply:
        chat = await self._store.chat(chat_id)
        pupils = chat.pupils
        if not pupils:
            language = self._language(chat, language_code)
            return Reply((Line("link.needed"),), language, keyboard=Keyboard.SHARE_CONTACT)
        text = text.strip()[:MAX_TEXT]
        names = [p.full_name for p in pupils]
        understood = understand(
            text,
            self._clock(),
            names,
            self._calendar,
            language_hint=language_code,
            am_close=self._settings.registers.am_close,
        )
        language = self._language(chat, language_code, understood.language)
        if not text:
            return say("reply.empty", language)
        if language != chat.language:
            # Remembered for what the bot sends unprompted later (nudges, check-ins).
            await self._store.ensure_parent(chat_id, language, self._clock())
        pending = chat.awaiting
        open_report = await self._store.report(pending[0]) if pending else None
        if pending is not None and open_report is not None:
            answer = await self._answer(open_report, pending[1], text, understood, pupils, language)
            if answer is not None:
                return answer
        if not understood.is_report:
            return say("reply.not_a_report", language)
        draft = open_report if open_report and open_report.status == ReportStatus.DRAFT else None
        if understood.cancel:
            if draft is not None:
                return await self._cancel(draft, "", pupils, language)
            return await self._offer_withdrawal(chat_id, understood, pupils, language)
        if draft is not None:
            # A new report replaces a draft the parent left unconfirmed.
            await self._store.update_report(draft.id, {"status": ReportStatus.CANCELLED}, self._clock())
        return await self._new_report(chat, text, understood, language)

    async def _new_report(self, chat: Chat, text: str, understood: Understanding, language: str) -> Reply:
        now = self._clock()
        by_name = {p.full_name: p.id for p in chat.pupils}
        fields: dict[str, Any] = {
            "status": ReportStatus.DRAFT,
            "pupil_ids": [by_name[name] for name in understood.children if name in by_name],
            "category": understood.category.value if understood.category else None,
            "language": language,
            "message_text": text,
            "health_condition": _condition(understood, text),
            **_dates(understood),
        }
        report = await self._store.create_report(chat.chat_id, fields, now)
        if chat.loose_attachments:
            await self._store.adopt_attachments(chat.chat_id, report.id)
            report = replace(report, attachments=chat.loose_attachments)
        log.info("chat %s drafted report %s", chat.chat_id, report.id)
        return await self._advance(report, chat.pupils, language)

    async def _answer(
        self,
        report: Report,
        awaiting: str,
        text: str,
        understood: Understanding,
        pupils: Sequence[Pupil],
        language: str,
    ) -> Reply | None:
        """A reply to the bot's open question, or None when the message is about something else."""
        now = self._clock()
        if awaiting == "child":
            by_name = {p.full_name: p.id for p in pupils}
            chosen = [by_name[name] for name in understood.children if name in by_name]
            if not chosen or understood.first_day not in (None, report.first_day):
                return None
            await self._store.update_report(report.id, {"pupil_ids": chosen}, now)
            return await self._advance(replace(report, pupil_ids=tuple(sorted(chosen))), pupils, language)
        if awaiting == "dates":
            if understood.first_day is None:
                return say("ask.dates_again", language) if understood.is_report else None
            return await self._set_dates(report, _dates(understood), pupils, language)
        if awaiting == "return_day":
            back = understand(f"back {text}", self._clock(), [p.full_name for p in pupils], self._calendar)
            if back.return_day is None or report.first_day is None or back.return_day <= report.first_day:
                # A message that is a report of its own starts afresh; anything else means
                # the parent does not know yet.
                return None if understood.is_report else await self._summary(report, pupils, language)
            last_day = self._calendar.previous_school_day(back.return_day)
            fields = {"return_day": back.return_day, "last_day": last_day, "open_ended": False}
            return await self._set_dates(report, fields, pupils, language, ask_return=False)
        return None

    async def _set_dates(
        self,
        report: Report,
        fields: dict[str, Any],
        pupils: Sequence[Pupil],
        language: str,
        *,
        ask_return: bool = True,
    ) -> Reply:
        now = self._clock()
        await self._store.update_report(report.id, fields, now)
        report = replace(report, **fields)
        if report.status == ReportStatus.CONFIRMED:
            await self._store.replace_absences(report.id, absence_records(report, self._calendar), now)
            await self._store.clear_awaiting(report.chat_id)
            await self._tell_staff(report, "changed")
            return Reply(
                (Line("report.updated"), *self._summary_lines(report, pupils)),
                language,
                buttons=self._recorded_buttons(report),
            )
        return await self._advance(report, pupils, language, ask_return=ask_return)

    async def _advance(
        self, report: Report, pupils: Sequence[Pupil], language: str, *, ask_return: bool = True
    ) -> Reply:
        """Ask the next thing the report still lacks, or show the summary to confirm."""
        now = self._clock()
        if not report.pupil_ids:
            await self._store.set_awaiting(report.chat_id, report.id, "child", now)
            buttons = [
                Button(Line("button.child", {"name": p.first_name}), f"{report.id}:child:{p.id}")
                for p in pupils
            ]
            buttons.append(Button(Line("button.all_children"), f"{report.id}:child:{ALL}"))
            return Reply((Line("ask.child"),), language, buttons=tuple((b,) for b in buttons))
        if report.first_day is None:
            await self._store.set_awaiting(report.chat_id, report.id, "dates", now)
            return say("ask.dates", language)
        if ask_return and report.open_ended and report.return_day is None:
            await self._store.set_awaiting(report.chat_id, report.id, "return_day", now)
            guidance = self._guidance(report)
            days = return_choices(report, self._calendar, not_before=guidance[1] if guidance else None)
            buttons = [
                Button(Line("button.day", {"day": day}), f"{report.id}:back:{day.isoformat()}")
                for day in days
            ]
            buttons.append(Button(Line("button.not_sure"), f"{report.id}:back:unknown"))
            names = self._names(report, pupils)
            lines = (Line("ask.return_day", {"children": names}), *self._guidance_lines(report, always=True))
            return Reply(lines, language, buttons=tuple((b,) for b in buttons))
        return await self._summary(report, pupils, language)

    async def _summary(self, report: Report, pupils: Sequence[Pupil], language: str) -> Reply:
        await self._store.set_awaiting(report.chat_id, report.id, "confirm", self._clock())
        buttons: list[tuple[Button, ...]] = [(Button(Line("button.confirm"), f"{report.id}:confirm"),)]
        suggested = self._suggested_return(report)
        if suggested is not None:
            label = Line("button.back_on", {"day": suggested})
            buttons.append((Button(label, f"{report.id}:back:{suggested.isoformat()}"),))
        buttons.append(
            (
                Button(Line("button.change"), f"{report.id}:change"),
                Button(Line("button.cancel"), f"{report.id}:cancel"),
            )
        )
        return Reply(
            (Line("summary.head"), *self._summary_lines(report, pupils)), language, buttons=tuple(buttons)
        )

    def _guidance(self, report: Report) -> tuple[Condition, date] | None:
        """The illness with exclusion guidance the report names, and the earliest return it allows."""
        if report.health_condition is None:
            return None
        condition = Condition(report.health_condition)
        earliest = earliest_return(
            condition, report.created_at, self._calendar, self._settings.registers.am_open
        )
        return (condition, earliest) if earliest is not None else None

    def _suggested_return(self, report: Report) -> date | None:
        """A return day to suggest instead of the parent's, when guidance says it is too early."""
        guidance = self._guidance(report)
        if guidance is None or report.return_day is None or report.return_day >= guidance[1]:
            return None
        return guidance[1]

    def _guidance_lines(self, report: Report, *, always: bool = False) -> tuple[Line, ...]:
        guidance = self._guidance(report)
        if guidance is None or not (always or self._suggested_return(report)):
            return ()
        condition, earliest = guidance
        return (Line(f"health.{condition}"), Line("health.earliest", {"day": earliest}))

    def _summary_lines(self, report: Report, pupils: Sequence[Pupil]) -> tuple[Line, ...]:
        lines = [
            Line("summary.children", {"children": self._names(report, pupils)}),
            Line("summary.when", {"dates": dates_line(report)}),
        ]
        if report.return_day:
            lines.append(Line("summary.back", {"day": report.return_day}))
        category = report.category or Category.NONE_GIVEN
        lines.append(Line("summary.reason", {"reason": Line(f"category.{category}")}))
        if report.attachments:
            lines.append(Line("summary.attachments", {"count": report.attachments}))
        lines.extend(self._guidance_lines(report))
        lines.extend(policy_lines(report, self._calendar, self._settings.policy))
        lines.append(Line("summary.school_decides"))
        return tuple(lines)

    def _recorded_buttons(self, report: Report) -> tuple[tuple[Button, ...], ...]:
        return (
            (
                Button(Line("button.change"), f"{report.id}:change"),
                Button(Line("button.withdraw"), f"{report.id}:withdraw"),
            ),
        )

    # Buttons

    async def _press(self, chat_id: int, data: str, language_code: str | None) -> Reply:
        report_part, _, rest = data.partition(":")
        action, _, argument = rest.partition(":")
        report = await self._store.report(int(report_part)) if report_part.isdigit() else None
        chat = await self._store.chat(chat_id)
        if report is None or report.chat_id != chat_id:
            log.warning("chat %s pressed a button for a report that is not theirs", chat_id)
            return Reply((), self._language(chat, language_code), notice=Line("button.stale"))
        language = report.language
        pupils = chat.pupils
        handler = {
            "child": self._choose_child,
            "back": self._choose_return,
            "confirm": self._confirm,
            "change": self._change,
            "cancel": self._cancel,
            "withdraw": self._withdraw,
            "keep": self._keep,
        }.get(action)
        if handler is None:
            return Reply((), language, notice=Line("button.stale"))
        return await handler(report, argument, pupils, language)

    async def _choose_child(
        self, report: Report, argument: str, pupils: Sequence[Pupil], language: str
    ) -> Reply:
        if report.status != ReportStatus.DRAFT:
            return Reply((), language, notice=Line("button.stale"))
        ids = [p.id for p in pupils] if argument == ALL else [p.id for p in pupils if p.id == argument]
        if not ids:
            return Reply((), language, notice=Line("button.stale"))
        await self._store.update_report(report.id, {"pupil_ids": ids}, self._clock())
        reply = await self._advance(replace(report, pupil_ids=tuple(sorted(ids))), pupils, language)
        return _as_edit(reply)

    async def _choose_return(
        self, report: Report, argument: str, pupils: Sequence[Pupil], language: str
    ) -> Reply:
        if report.status != ReportStatus.DRAFT or report.first_day is None:
            return Reply((), language, notice=Line("button.stale"))
        if argument == "unknown":
            return _as_edit(await self._summary(report, pupils, language))
        try:
            back = date.fromisoformat(argument)
        except ValueError:
            return Reply((), language, notice=Line("button.stale"))
        fields = {
            "return_day": back,
            "last_day": self._calendar.previous_school_day(back),
            "open_ended": False,
        }
        await self._store.update_report(report.id, fields, self._clock())
        return _as_edit(await self._summary(replace(report, **fields), pupils, language))

    async def _confirm(self, report: Report, _: str, pupils: Sequence[Pupil], language: str) -> Reply:
        if report.status != ReportStatus.DRAFT:
            return Reply((), language, notice=Line("button.already_done"))
        now = self._clock()
        await self._store.update_report(
            report.id, {"status": ReportStatus.CONFIRMED, "confirmed_at": now}, now
        )
        report = replace(report, status=ReportStatus.CONFIRMED)
        await self._store.replace_absences(report.id, absence_records(report, self._calendar), now)
        await self._store.clear_awaiting(report.chat_id)
        await self._tell_staff(report, "confirmed")
        log.info("chat %s confirmed report %s", report.chat_id, report.id)
        lines = (
            Line("report.recorded", {"children": self._names(report, pupils), "reference": report.id}),
            *self._summary_lines(report, pupils)[:-1],
            Line("report.can_change"),
        )
        return Reply(lines, language, buttons=self._recorded_buttons(report), edit=True)

    async def _change(self, report: Report, _: str, pupils: Sequence[Pupil], language: str) -> Reply:
        if report.status not in (ReportStatus.DRAFT, ReportStatus.CONFIRMED):
            return Reply((), language, notice=Line("button.stale"))
        if report.acknowledged_at is not None:
            return say("report.locked", language)
        await self._store.set_awaiting(report.chat_id, report.id, "dates", self._clock())
        return say("ask.dates", language)

    async def _cancel(self, report: Report, _: str, pupils: Sequence[Pupil], language: str) -> Reply:
        if report.status != ReportStatus.DRAFT:
            return Reply((), language, notice=Line("button.stale"))
        await self._store.update_report(report.id, {"status": ReportStatus.CANCELLED}, self._clock())
        await self._store.clear_awaiting(report.chat_id)
        return Reply((Line("report.cancelled"),), language, edit=True)

    async def _withdraw(self, report: Report, _: str, pupils: Sequence[Pupil], language: str) -> Reply:
        if report.status != ReportStatus.CONFIRMED:
            return Reply((), language, notice=Line("button.already_done"))
        if report.acknowledged_at is not None:
            return say("report.locked", language)
        now = self._clock()
        await self._store.update_report(report.id, {"status": ReportStatus.WITHDRAWN}, now)
        await self._store.end_absences(report.id, now)
        await self._tell_staff(report, "withdrawn")
        log.info("chat %s withdrew report %s", report.chat_id, report.id)
        names = self._names(report, pupils)
        return Reply((Line("report.withdrawn", {"children": names}),), language, edit=True)

    async def _keep(self, report: Report, _: str, pupils: Sequence[Pupil], language: str) -> Reply:
        return Reply((Line("report.kept"),), language, edit=True)

    async def _offer_withdrawal(
        self, chat_id: int, understood: Understanding, pupils: Sequence[Pupil], language: str
    ) -> Reply:
        today = self._clock().date()
        by_name = {p.full_name: p.id for p in pupils}
        named = {by_name[name] for name in understood.children if name in by_name}
        candidates = [
            report
            for report in await self._store.reports_of_chat(chat_id, [ReportStatus.CONFIRMED])
            if report.acknowledged_at is None
            and (report.open_ended or (report.last_day or report.first_day or today) >= today)
            and (not named or named & set(report.pupil_ids))
        ][:WITHDRAW_CHOICES]
        if not candidates:
            return say("withdraw.nothing", language)
        if len(candidates) == 1:
            report = candidates[0]
            return Reply(
                (
                    Line(
                        "withdraw.ask", {"children": self._names(report, pupils), "dates": dates_line(report)}
                    ),
                ),
                language,
                buttons=(
                    (
                        Button(Line("button.withdraw"), f"{report.id}:withdraw"),
                        Button(Line("button.keep"), f"{report.id}:keep"),
                    ),
                ),
            )
        buttons = tuple(
            (
                Button(
                    Line(
                        "button.withdraw_report", {"children": self._names(r, pupils), "dates": dates_line(r)}
                    ),
                    f"{r.id}:withdraw",
                ),
            )
            for r in candidates
        )
        return Reply((Line("withdraw.which"),), language, buttons=buttons)

    # Photos

    async def _photo(
        self,
        chat_id: int,
        file_id: str,
        file_unique_id: str,
        caption: str | None,
        language_code: str | None,
    ) -> Reply:
        chat = await self._store.chat(chat_id)
        language = self._language(chat, language_code)
        if not chat.pupils:
            return Reply((Line("link.needed"),), language, keyboard=Keyboard.SHARE_CONTACT)
        now = self._clock()
        if caption and caption.strip():
            await self._store.add_attachment(chat_id, None, file_id, file_unique_id, now)
            return await self._message(chat_id, caption, language_code)
        report = await self._report_for_photo(chat)
        await self._store.add_attachment(chat_id, report.id if report else None, file_id, file_unique_id, now)
        if report is None:
            return say("photo.kept_for_next", language)
        return say("photo.attached", language, children=self._names(report, chat.pupils))

    async def _report_for_photo(self, chat: Chat) -> Report | None:
        if chat.awaiting is not None:
            return await self._store.report(chat.awaiting[0])
        recent = await self._store.reports_of_chat(chat.chat_id, [ReportStatus.CONFIRMED])
        if recent and self._clock() - recent[0].created_at <= ATTACH_WINDOW:
            return recent[0]
        return None

    # Staff channel

    async def _tell_staff(self, report: Report, event: str) -> None:
        now = self._clock()
        await self._store.enqueue("slack", {"report_id": report.id, "event": event}, now)
        await self._store.audit(
            f"telegram:{report.chat_id}",
            f"report_{event}",
            "report",
            str(report.id),
            {
                "pupils": list(report.pupil_ids),
                "first_day": report.first_day,
                "last_day": report.last_day,
                "category": report.category,
            },
            now,
        )

    # Helpers

    @staticmethod
    def _names(report: Report, pupils: Sequence[Pupil]) -> list[str]:
        return [p.first_name for p in pupils if p.id in report.pupil_ids]


def _condition(understood: Understanding, text: str) -> str | None:
    if understood.category is not Category.ILLNESS:
        return None
    condition = condition_in(text, understood.language)
    return condition.value if condition else None


def _dates(understood: Understanding) -> dict[str, Any]:
    return {
        "first_day": understood.first_day,
        "last_day": understood.last_day,
        "return_day": understood.return_day,
        "first_sessions": understood.first_sessions,
        "open_ended": understood.open_ended,
    }


def _as_edit(reply: Reply) -> Reply:
    return Reply(reply.lines, reply.language, reply.buttons, reply.keyboard, edit=True, notice=reply.notice)
