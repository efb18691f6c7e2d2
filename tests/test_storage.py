"""The storage contract, run against every backend (only SQLite so far; PostgreSQL joins here)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import date, datetime, timedelta
from pathlib import Path

import aiosqlite
import pytest

from storage.migrations import MIGRATIONS
from storage.records import AbsenceRecord, Contact, Pupil
from storage.sqlite import DatabaseTooNew, SqliteStore

NOW = datetime.fromisoformat("2026-11-23T07:30:00+00:00")
SAM = Pupil("P1", "Sam", "Patel", "Year 3", cp_plan=True)
AVA = Pupil("P2", "Ava", "Patel", "Year 1")
MUM = "+447400100001"


@pytest.fixture(params=["sqlite"])
async def store(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[SqliteStore]:
    store = await SqliteStore.open(tmp_path / "contract.sqlite3")
    await store.import_roster(
        [SAM, AVA], [Contact("P1", "Mum", "mother", MUM, 1), Contact("P2", "Mum", "mother", MUM, 1)], NOW
    )
    yield store
    await store.close()


async def test_reimport_updates_and_never_duplicates(store: SqliteStore) -> None:
    renamed = Pupil("P1", "Samuel", "Patel", "Year 3")
    added, updated = await store.import_roster(
        [renamed], [Contact("P1", "Dad", "father", "+447400100002", 2)], NOW
    )
    assert (added, updated) == (0, 1)
    assert (await store.pupil("P1")) == renamed
    assert [c.name for c in await store.contacts_of("P1")] == ["Dad"]
    assert [p.id for p in await store.pupils_with_phone(MUM)] == ["P2"]


async def test_failed_import_leaves_nothing_behind(store: SqliteStore) -> None:
    with pytest.raises(aiosqlite.IntegrityError):
        await store.import_roster(
            [Pupil("P3", "Leo", "Hall")], [Contact("NOPE", "X", "", "+447400100009", 1)], NOW
        )
    assert await store.pupil("P3") is None


async def test_transaction_rolls_back_everything(store: SqliteStore) -> None:
    with pytest.raises(RuntimeError):
        async with store.transaction():
            await store.link(42, ["P1"], "contact", NOW, MUM)
            raise RuntimeError("boom")
    assert (await store.chat(42)).pupils == ()


async def test_an_update_is_claimed_once(store: SqliteStore) -> None:
    assert await store.claim_update("telegram", "1", NOW)
    assert not await store.claim_update("telegram", "1", NOW)
    assert await store.claim_update("slack", "1", NOW)


async def test_link_codes_are_single_use_and_expire(store: SqliteStore) -> None:
    await store.save_link_code("hash-a", "P1", NOW, NOW + timedelta(hours=1))
    await store.save_link_code("hash-b", "P2", NOW, NOW + timedelta(hours=1))
    assert await store.redeem_link_code("hash-a", 42, NOW) == "P1"
    assert await store.redeem_link_code("hash-a", 43, NOW) is None
    assert await store.redeem_link_code("hash-b", 42, NOW + timedelta(hours=2)) is None
    assert await store.redeem_link_code("unknown", 42, NOW) is None


async def test_amended_records_keep_the_original(store: SqliteStore, tmp_path: Path) -> None:
    report_id = (await store.create_report(42, {"status": "confirmed", "pupil_ids": ["P1"]}, NOW)).id
    first = [AbsenceRecord("P1", date(2026, 11, 23), "am", "I", report_id)]
    second = [AbsenceRecord("P1", date(2026, 11, 24), "am", "I", report_id)]
    await store.replace_absences(report_id, first, NOW)
    await store.replace_absences(report_id, second, NOW)
    assert await store.absences("P1", date(2026, 11, 1), date(2026, 11, 30)) == second
    await store.end_absences(report_id, NOW)
    assert await store.absences("P1", date(2026, 11, 1), date(2026, 11, 30)) == []
    async with aiosqlite.connect(tmp_path / "contract.sqlite3") as db:
        rows = await (await db.execute("SELECT day, state FROM absence_records ORDER BY id")).fetchall()
    assert [tuple(r) for r in rows] == [("2026-11-23", "superseded"), ("2026-11-24", "withdrawn")]


async def test_outbox_retries_until_sent(store: SqliteStore) -> None:
    item = await store.enqueue("slack", {"report_id": 1}, NOW)
    assert [i.id for i in await store.due(NOW, ["slack"])] == [item]
    await store.mark_failed(item, "RateLimited", NOW + timedelta(seconds=30))
    assert await store.due(NOW, ["slack"]) == []
    (retry,) = await store.due(NOW + timedelta(seconds=30), ["slack"])
    assert retry.attempts == 1 and retry.payload == {"report_id": 1}
    assert await store.due(NOW + timedelta(seconds=30), ["telegram"]) == []
    await store.mark_sent(item, NOW)
    assert await store.due(NOW + timedelta(days=1), ["slack"]) == []


async def test_reopening_keeps_data(store: SqliteStore, tmp_path: Path) -> None:
    reopened = await SqliteStore.open(tmp_path / "contract.sqlite3")
    assert (await reopened.pupil("P1")) == SAM
    await reopened.close()


async def test_a_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite3"
    async with aiosqlite.connect(path) as db:
        await db.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
        await db.commit()
    with pytest.raises(DatabaseTooNew):
        await SqliteStore.open(path)


async def test_wal_mode_is_on(store: SqliteStore, tmp_path: Path) -> None:
    async with aiosqlite.connect(tmp_path / "contract.sqlite3") as db:
        (mode,) = await (await db.execute("PRAGMA journal_mode")).fetchone()  # type: ignore[misc]
    assert mode == "wal"
