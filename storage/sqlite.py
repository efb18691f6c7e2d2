"""The SQLite store: one aiosqlite connection in WAL mode, explicit transactions, versioned schema."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Iterable, Sequence
from contextlib import asynccontextmanager
from contextvars import ContextVar
from datetime import date, datetime
from pathlib import Path
from typing import Any

import aiosqlite

from storage.migrations import MIGRATIONS
from storage.records import AbsenceRecord, Chat, Contact, OutboxItem, Pupil, Report

REPORT_COLUMNS = (
    "status",
    "category",
    "first_day",
    "last_day",
    "return_day",
    "first_sessions",
    "open_ended",
    "language",
    "message_text",
    "confirmed_at",
    "acknowledged_at",
    "health_condition",
)
_PUPIL_FIELDS = (
    "id", "first_name", "last_name", "year_group", "class_name",
    "cp_plan", "child_in_need", "looked_after", "send", "social_worker",
)  # fmt: skip
_PUPIL_COLUMNS = ", ".join(_PUPIL_FIELDS)


class DatabaseTooNew(RuntimeError):
    """The file was written by a newer version of the bot; refusing to touch it."""


class SqliteStore:
    def __init__(self, connection: aiosqlite.Connection) -> None:
        self._db = connection
        self._lock = asyncio.Lock()
        self._in_transaction: ContextVar[bool] = ContextVar("in_transaction", default=False)

    @classmethod
    async def open(cls, path: str | Path) -> SqliteStore:
        if str(path) != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        # sqlite3 opens "BEGIN IMMEDIATE" itself before a transaction's first write, in the same
        # round trip to the database thread; each round trip costs more than a query here.
        db = await aiosqlite.connect(path, isolation_level="IMMEDIATE")
        db.row_factory = aiosqlite.Row
        for pragma in (
            "journal_mode = WAL",
            "synchronous = NORMAL",
            "foreign_keys = ON",
            "busy_timeout = 5000",
        ):
            await db.execute(f"PRAGMA {pragma}")
        store = cls(db)
        try:
            await store._migrate()
        except BaseException:
            await db.close()
            raise
        return store

    async def close(self) -> None:
        await self._db.close()

    async def _migrate(self) -> None:
        row = await self._row("PRAGMA user_version")
        version = row[0] if row else 0
        if version > len(MIGRATIONS):
            raise DatabaseTooNew(
                f"the database is at schema version {version}, newer than this bot "
                f"({len(MIGRATIONS)}); upgrade the bot"
            )
        for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
            await self._db.executescript(
                f"BEGIN IMMEDIATE; {script}; PRAGMA user_version = {number}; COMMIT;"
            )

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[None]:
        # One connection serves the whole process, so the lock keeps every other coroutine's
        # statements out until this unit commits; the database itself begins the transaction
        # at the first write. A unit that only reads costs no BEGIN or COMMIT at all.
        if self._in_transaction.get():
            yield
            return
        async with self._lock:
            token = self._in_transaction.set(True)
            try:
                yield
            except BaseException:
                if self._db.in_transaction:
                    await self._db.rollback()
                raise
            else:
                if self._db.in_transaction:
                    await self._db.commit()
            finally:
                self._in_transaction.reset(token)

    async def _execute(self, sql: str, params: Sequence[Any] = ()) -> int:
        """Run one write, inside the caller's transaction or one of its own; returns lastrowid."""
        async with self.transaction():
            cursor = await self._db.execute(sql, params)
            return cursor.lastrowid or 0

    async def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[aiosqlite.Row]:
        # One round trip to the database thread; each hop costs more than the query itself.
        return list(await self._db.execute_fetchall(sql, params))

    async def _row(self, sql: str, params: Sequence[Any] = ()) -> aiosqlite.Row | None:
        rows = await self._rows(sql, params)
        return rows[0] if rows else None

    async def claim_update(self, source: str, key: str, now: datetime) -> bool:
        async with self.transaction():
            cursor = await self._db.execute(
                "INSERT OR IGNORE INTO processed_updates (source, key, processed_at) VALUES (?, ?, ?)",
                (source, key, now.isoformat()),
            )
            return cursor.rowcount == 1

    # Roster

    async def import_roster(
        self, pupils: Sequence[Pupil], contacts: Sequence[Contact], now: datetime
    ) -> tuple[int, int]:
        added = updated = 0
        async with self.transaction():
            for pupil in pupils:
                existing = await self._row("SELECT 1 FROM pupils WHERE id = ?", (pupil.id,))
                await self._db.execute(
                    f"INSERT INTO pupils ({_PUPIL_COLUMNS}, updated_at)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                    " ON CONFLICT(id) DO UPDATE SET first_name = excluded.first_name,"
                    " last_name = excluded.last_name, year_group = excluded.year_group,"
                    " class_name = excluded.class_name, cp_plan = excluded.cp_plan,"
                    " child_in_need = excluded.child_in_need, looked_after = excluded.looked_after,"
                    " send = excluded.send, social_worker = excluded.social_worker,"
                    " updated_at = excluded.updated_at",
                    (
                        pupil.id,
                        pupil.first_name,
                        pupil.last_name,
                        pupil.year_group,
                        pupil.class_name,
                        pupil.cp_plan,
                        pupil.child_in_need,
                        pupil.looked_after,
                        pupil.send,
                        pupil.social_worker,
                        now.isoformat(),
                    ),
                )
                if existing:
                    updated += 1
                else:
                    added += 1
            await self._db.executemany("DELETE FROM contacts WHERE pupil_id = ?", [(p.id,) for p in pupils])
            await self._db.executemany(
                "INSERT INTO contacts (pupil_id, phone, name, relationship, priority)"
                " VALUES (?, ?, ?, ?, ?) ON CONFLICT(pupil_id, phone) DO UPDATE SET"
                " name = excluded.name, relationship = excluded.relationship,"
                " priority = MIN(priority, excluded.priority)",
                [(c.pupil_id, c.phone, c.name, c.relationship, c.priority) for c in contacts],
            )
        return added, updated

    async def pupil(self, pupil_id: str) -> Pupil | None:
        row = await self._row(f"SELECT {_PUPIL_COLUMNS} FROM pupils WHERE id = ?", (pupil_id,))
        return _pupil(row) if row else None

    async def pupils_with_phone(self, phone: str) -> list[Pupil]:
        rows = await self._rows(
            f"SELECT {_PUPIL_COLUMNS} FROM pupils WHERE id IN"
            " (SELECT pupil_id FROM contacts WHERE phone = ?) ORDER BY first_name, id",
            (phone,),
        )
        return [_pupil(row) for row in rows]

    async def contacts_of(self, pupil_id: str) -> list[Contact]:
        rows = await self._rows(
            "SELECT pupil_id, name, relationship, phone, priority FROM contacts"
            " WHERE pupil_id = ? ORDER BY priority, name",
            (pupil_id,),
        )
        return [Contact(*row) for row in rows]

    # Parents and links

    async def ensure_parent(self, chat_id: int, language: str, now: datetime) -> None:
        await self._execute(
            "INSERT INTO parents (chat_id, language, created_at) VALUES (?, ?, ?)"
            " ON CONFLICT(chat_id) DO UPDATE SET language = excluded.language",
            (chat_id, language, now.isoformat()),
        )

    async def link(
        self, chat_id: int, pupil_ids: Sequence[str], method: str, now: datetime, phone: str | None
    ) -> None:
        async with self.transaction():
            await self._db.execute(
                "INSERT INTO parents (chat_id, phone, created_at) VALUES (?, ?, ?)"
                " ON CONFLICT(chat_id) DO UPDATE SET phone = COALESCE(excluded.phone, phone)",
                (chat_id, phone, now.isoformat()),
            )
            await self._db.executemany(
                "INSERT OR IGNORE INTO links (chat_id, pupil_id, method, linked_at) VALUES (?, ?, ?, ?)",
                [(chat_id, pupil_id, method, now.isoformat()) for pupil_id in pupil_ids],
            )

    async def chat(self, chat_id: int) -> Chat:
        rows = await self._rows(
            f"SELECT {', '.join(f'p.{field}' for field in _PUPIL_FIELDS)},"
            " c.report_id, c.awaiting, parent.language,"
            " (SELECT count(*) FROM attachments a WHERE a.chat_id = q.chat_id AND a.report_id IS NULL)"
            "   AS loose"
            " FROM (SELECT ? AS chat_id) q"
            " LEFT JOIN links l ON l.chat_id = q.chat_id"
            " LEFT JOIN pupils p ON p.id = l.pupil_id"
            " LEFT JOIN conversations c ON c.chat_id = q.chat_id"
            " LEFT JOIN parents parent ON parent.chat_id = q.chat_id"
            " ORDER BY p.first_name, p.id",
            (chat_id,),
        )
        first = rows[0]
        return Chat(
            chat_id=chat_id,
            pupils=tuple(_pupil(row) for row in rows if row["id"] is not None),
            language=first["language"],
            awaiting=(int(first["report_id"]), str(first["awaiting"])) if first["report_id"] else None,
            loose_attachments=int(first["loose"]),
        )

    async def save_link_code(
        self, code_hash: str, pupil_id: str, now: datetime, expires_at: datetime
    ) -> None:
        await self._execute(
            "INSERT INTO link_codes (code_hash, pupil_id, created_at, expires_at) VALUES (?, ?, ?, ?)",
            (code_hash, pupil_id, now.isoformat(), expires_at.isoformat()),
        )

    async def redeem_link_code(self, code_hash: str, chat_id: int, now: datetime) -> str | None:
        async with self.transaction():
            row = await self._row(
                "SELECT pupil_id, expires_at FROM link_codes WHERE code_hash = ? AND used_at IS NULL",
                (code_hash,),
            )
            if row is None or datetime.fromisoformat(row["expires_at"]) <= now:
                return None
            await self._db.execute(
                "UPDATE link_codes SET used_at = ?, used_by = ? WHERE code_hash = ?",
                (now.isoformat(), chat_id, code_hash),
            )
            return str(row["pupil_id"])

    # Reports

    async def create_report(self, chat_id: int, fields: dict[str, Any], now: datetime) -> Report:
        fields = dict(fields)
        pupil_ids = tuple(fields.pop("pupil_ids", ()))
        columns = _report_columns(fields)
        async with self.transaction():
            report_id = await self._execute(
                f"INSERT INTO reports (chat_id, created_at, updated_at, {', '.join(columns)})"
                f" VALUES (?, ?, ?{', ?' * len(columns)})",
                (chat_id, now.isoformat(), now.isoformat(), *columns.values()),
            )
            await self._add_report_pupils(report_id, pupil_ids)
        return Report(
            id=report_id,
            chat_id=chat_id,
            status=fields.get("status", "draft"),
            pupil_ids=tuple(sorted(pupil_ids)),
            category=fields.get("category"),
            first_day=fields.get("first_day"),
            last_day=fields.get("last_day"),
            return_day=fields.get("return_day"),
            first_sessions=fields.get("first_sessions", "both"),
            open_ended=bool(fields.get("open_ended", False)),
            language=fields.get("language", "en"),
            created_at=now,
            health_condition=fields.get("health_condition"),
        )

    async def update_report(self, report_id: int, fields: dict[str, Any], now: datetime) -> None:
        fields = dict(fields)
        pupil_ids = fields.pop("pupil_ids", None)
        columns = _report_columns(fields)
        assignments = "".join(f", {name} = ?" for name in columns)
        async with self.transaction():
            await self._execute(
                f"UPDATE reports SET updated_at = ?{assignments} WHERE id = ?",
                (now.isoformat(), *columns.values(), report_id),
            )
            if pupil_ids is not None:
                await self._set_report_pupils(report_id, pupil_ids)

    async def _set_report_pupils(self, report_id: int, pupil_ids: Iterable[str]) -> None:
        await self._db.execute("DELETE FROM report_pupils WHERE report_id = ?", (report_id,))
        await self._add_report_pupils(report_id, pupil_ids)

    async def _add_report_pupils(self, report_id: int, pupil_ids: Iterable[str]) -> None:
        await self._db.executemany(
            "INSERT INTO report_pupils (report_id, pupil_id) VALUES (?, ?)",
            [(report_id, pupil_id) for pupil_id in pupil_ids],
        )

    async def report(self, report_id: int) -> Report | None:
        reports = await self._reports("r.id = ?", (report_id,))
        return reports[0] if reports else None

    async def reports_of_chat(self, chat_id: int, statuses: Sequence[str]) -> list[Report]:
        marks = ", ".join("?" * len(statuses))
        return await self._reports(f"r.chat_id = ? AND r.status IN ({marks})", (chat_id, *statuses))

    async def _reports(self, where: str, params: Sequence[Any]) -> list[Report]:
        rows = await self._rows(
            "SELECT r.*, (SELECT group_concat(pupil_id, char(31)) FROM"
            "   (SELECT pupil_id FROM report_pupils WHERE report_id = r.id ORDER BY pupil_id))"
            "   AS pupil_ids,"
            " (SELECT count(*) FROM attachments WHERE report_id = r.id) AS attachment_count,"
            " (SELECT awaiting FROM conversations c WHERE c.report_id = r.id) AS awaiting"
            f" FROM reports r WHERE {where} ORDER BY r.id DESC",
            params,
        )
        return [_report(row) for row in rows]

    async def replace_absences(self, report_id: int, records: Sequence[AbsenceRecord], now: datetime) -> None:
        async with self.transaction():
            await self._db.execute(
                "UPDATE absence_records SET state = 'superseded', ended_at = ?"
                " WHERE report_id = ? AND state = 'active'",
                (now.isoformat(), report_id),
            )
            await self._db.executemany(
                "INSERT INTO absence_records"
                " (pupil_id, day, session, code, provisional, report_id, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        r.pupil_id,
                        r.day.isoformat(),
                        r.session,
                        r.code,
                        r.provisional,
                        report_id,
                        now.isoformat(),
                    )
                    for r in records
                ],
            )

    async def end_absences(self, report_id: int, now: datetime) -> None:
        await self._execute(
            "UPDATE absence_records SET state = 'withdrawn', ended_at = ?"
            " WHERE report_id = ? AND state = 'active'",
            (now.isoformat(), report_id),
        )

    async def absences(self, pupil_id: str, start: date, end: date) -> list[AbsenceRecord]:
        rows = await self._rows(
            "SELECT pupil_id, day, session, code, report_id, provisional FROM absence_records"
            " WHERE pupil_id = ? AND day BETWEEN ? AND ? AND state = 'active'"
            " ORDER BY day, session",
            (pupil_id, start.isoformat(), end.isoformat()),
        )
        return [
            AbsenceRecord(
                pupil_id=row["pupil_id"],
                day=date.fromisoformat(row["day"]),
                session=row["session"],
                code=row["code"],
                report_id=row["report_id"],
                provisional=bool(row["provisional"]),
            )
            for row in rows
        ]

    async def add_attachment(
        self, chat_id: int, report_id: int | None, file_id: str, file_unique_id: str, now: datetime
    ) -> None:
        await self._execute(
            "INSERT INTO attachments (chat_id, report_id, file_id, file_unique_id, received_at)"
            " VALUES (?, ?, ?, ?, ?)",
            (chat_id, report_id, file_id, file_unique_id, now.isoformat()),
        )

    async def adopt_attachments(self, chat_id: int, report_id: int) -> int:
        async with self.transaction():
            cursor = await self._db.execute(
                "UPDATE attachments SET report_id = ? WHERE chat_id = ? AND report_id IS NULL",
                (report_id, chat_id),
            )
            return cursor.rowcount

    # Conversation

    async def set_awaiting(self, chat_id: int, report_id: int, awaiting: str, now: datetime) -> None:
        await self._execute(
            "INSERT INTO conversations (chat_id, report_id, awaiting, updated_at) VALUES (?, ?, ?, ?)"
            " ON CONFLICT(chat_id) DO UPDATE SET report_id = excluded.report_id,"
            " awaiting = excluded.awaiting, updated_at = excluded.updated_at",
            (chat_id, report_id, awaiting, now.isoformat()),
        )

    async def clear_awaiting(self, chat_id: int) -> None:
        await self._execute("DELETE FROM conversations WHERE chat_id = ?", (chat_id,))

    async def staff_post(self, report_id: int) -> tuple[str, str] | None:
        row = await self._row("SELECT channel, ts FROM staff_posts WHERE report_id = ?", (report_id,))
        return (str(row[0]), str(row[1])) if row else None

    async def save_staff_post(self, report_id: int, channel: str, ts: str) -> None:
        await self._execute(
            "INSERT OR REPLACE INTO staff_posts (report_id, channel, ts) VALUES (?, ?, ?)",
            (report_id, channel, ts),
        )

    # Outbox and audit

    async def enqueue(self, channel: str, payload: dict[str, Any], now: datetime) -> int:
        return await self._execute(
            "INSERT INTO outbox (channel, payload, created_at, next_attempt_at) VALUES (?, ?, ?, ?)",
            (channel, json.dumps(payload), now.isoformat(), now.isoformat()),
        )

    async def due(self, now: datetime, channels: Sequence[str], limit: int = 50) -> list[OutboxItem]:
        marks = ", ".join("?" * len(channels))
        rows = await self._rows(
            "SELECT id, channel, payload, attempts FROM outbox"
            f" WHERE sent_at IS NULL AND next_attempt_at <= ? AND channel IN ({marks}) ORDER BY id LIMIT ?",
            (now.isoformat(), *channels, limit),
        )
        return [
            OutboxItem(id=row[0], channel=row[1], payload=json.loads(row[2]), attempts=row[3]) for row in rows
        ]

    async def mark_sent(self, item_id: int, now: datetime) -> None:
        await self._execute(
            "UPDATE outbox SET sent_at = ?, attempts = attempts + 1 WHERE id = ?",
            (now.isoformat(), item_id),
        )

    async def mark_failed(self, item_id: int, error: str, retry_at: datetime) -> None:
        await self._execute(
            "UPDATE outbox SET attempts = attempts + 1, last_error = ?, next_attempt_at = ? WHERE id = ?",
            (error, retry_at.isoformat(), item_id),
        )

    async def audit(
        self,
        actor: str,
        action: str,
        entity: str,
        entity_id: str,
        details: dict[str, Any],
        now: datetime,
    ) -> None:
        await self._execute(
            "INSERT INTO audit_log (at, actor, action, entity, entity_id, details) VALUES (?, ?, ?, ?, ?, ?)",
            (now.isoformat(), actor, action, entity, entity_id, json.dumps(details, default=str)),
        )


def _report_columns(fields: dict[str, Any]) -> dict[str, Any]:
    unknown = set(fields) - set(REPORT_COLUMNS)
    if unknown:
        raise ValueError(f"not report columns: {sorted(unknown)}")
    return {name: _to_sql(value) for name, value in fields.items()}


def _to_sql(value: Any) -> Any:
    if isinstance(value, date | datetime):
        return value.isoformat()
    return value


def _pupil(row: aiosqlite.Row) -> Pupil:
    return Pupil(
        id=row["id"],
        first_name=row["first_name"],
        last_name=row["last_name"],
        year_group=row["year_group"],
        class_name=row["class_name"],
        cp_plan=bool(row["cp_plan"]),
        child_in_need=bool(row["child_in_need"]),
        looked_after=bool(row["looked_after"]),
        send=bool(row["send"]),
        social_worker=bool(row["social_worker"]),
    )


def _report(row: aiosqlite.Row) -> Report:
    def day(name: str) -> date | None:
        return date.fromisoformat(row[name]) if row[name] else None

    return Report(
        id=row["id"],
        chat_id=row["chat_id"],
        status=row["status"],
        pupil_ids=tuple(row["pupil_ids"].split("\x1f")) if row["pupil_ids"] else (),
        category=row["category"],
        first_day=day("first_day"),
        last_day=day("last_day"),
        return_day=day("return_day"),
        first_sessions=row["first_sessions"],
        open_ended=bool(row["open_ended"]),
        language=row["language"],
        created_at=datetime.fromisoformat(row["created_at"]),
        acknowledged_at=(datetime.fromisoformat(row["acknowledged_at"]) if row["acknowledged_at"] else None),
        awaiting=row["awaiting"] or "",
        attachments=row["attachment_count"],
        health_condition=row["health_condition"],
    )
