"""Ordered schema steps. Each runs once, in its own transaction; the version lives in PRAGMA user_version.

Append new steps; never edit one that has shipped.
"""

from __future__ import annotations

MIGRATIONS: tuple[str, ...] = (
    # 1: roster, parent links, reports with per-session records, delivery and audit trails.
    """
    CREATE TABLE pupils (
        id            TEXT PRIMARY KEY,
        first_name    TEXT NOT NULL,
        last_name     TEXT NOT NULL,
        year_group    TEXT NOT NULL DEFAULT '',
        class_name    TEXT NOT NULL DEFAULT '',
        cp_plan       INTEGER NOT NULL DEFAULT 0,
        child_in_need INTEGER NOT NULL DEFAULT 0,
        looked_after  INTEGER NOT NULL DEFAULT 0,
        send          INTEGER NOT NULL DEFAULT 0,
        social_worker INTEGER NOT NULL DEFAULT 0,
        updated_at    TEXT NOT NULL
    );
    CREATE TABLE contacts (
        pupil_id     TEXT NOT NULL REFERENCES pupils(id) ON DELETE CASCADE,
        phone        TEXT NOT NULL,
        name         TEXT NOT NULL,
        relationship TEXT NOT NULL DEFAULT '',
        priority     INTEGER NOT NULL DEFAULT 1,
        PRIMARY KEY (pupil_id, phone)
    );
    CREATE INDEX contacts_by_phone ON contacts(phone);
    CREATE TABLE parents (
        chat_id    INTEGER PRIMARY KEY,
        language   TEXT NOT NULL DEFAULT 'en',
        phone      TEXT,
        created_at TEXT NOT NULL
    );
    CREATE TABLE links (
        chat_id   INTEGER NOT NULL REFERENCES parents(chat_id),
        pupil_id  TEXT NOT NULL REFERENCES pupils(id) ON DELETE CASCADE,
        method    TEXT NOT NULL CHECK (method IN ('contact', 'code')),
        linked_at TEXT NOT NULL,
        PRIMARY KEY (chat_id, pupil_id)
    );
    CREATE INDEX links_by_pupil ON links(pupil_id);
    CREATE TABLE link_codes (
        code_hash  TEXT PRIMARY KEY,
        pupil_id   TEXT NOT NULL REFERENCES pupils(id) ON DELETE CASCADE,
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        used_at    TEXT,
        used_by    INTEGER
    );
    CREATE TABLE reports (
        id              INTEGER PRIMARY KEY,
        chat_id         INTEGER NOT NULL,
        status          TEXT NOT NULL
                        CHECK (status IN ('draft', 'confirmed', 'cancelled', 'withdrawn')),
        category        TEXT,
        first_day       TEXT,
        last_day        TEXT,
        return_day      TEXT,
        first_sessions  TEXT NOT NULL DEFAULT 'both',
        open_ended      INTEGER NOT NULL DEFAULT 0,
        language        TEXT NOT NULL DEFAULT 'en',
        message_text    TEXT NOT NULL DEFAULT '',
        created_at      TEXT NOT NULL,
        updated_at      TEXT NOT NULL,
        confirmed_at    TEXT,
        acknowledged_at TEXT,
        acknowledged_by TEXT
    );
    CREATE INDEX reports_by_chat ON reports(chat_id, id);
    CREATE TABLE report_pupils (
        report_id INTEGER NOT NULL REFERENCES reports(id),
        pupil_id  TEXT NOT NULL REFERENCES pupils(id),
        PRIMARY KEY (report_id, pupil_id)
    );
    CREATE INDEX report_pupils_by_pupil ON report_pupils(pupil_id);
    CREATE TABLE absence_records (
        id            INTEGER PRIMARY KEY,
        pupil_id      TEXT NOT NULL REFERENCES pupils(id),
        day           TEXT NOT NULL,
        session       TEXT NOT NULL CHECK (session IN ('am', 'pm')),
        code          TEXT NOT NULL,
        provisional   INTEGER NOT NULL DEFAULT 1,
        report_id     INTEGER REFERENCES reports(id),
        state         TEXT NOT NULL DEFAULT 'active'
                      CHECK (state IN ('active', 'superseded', 'withdrawn')),
        created_at    TEXT NOT NULL,
        ended_at      TEXT
    );
    CREATE INDEX absence_records_by_pupil_day ON absence_records(pupil_id, day, session);
    CREATE INDEX absence_records_by_report ON absence_records(report_id);
    CREATE TABLE attachments (
        id             INTEGER PRIMARY KEY,
        chat_id        INTEGER NOT NULL,
        report_id      INTEGER REFERENCES reports(id),
        file_id        TEXT NOT NULL,
        file_unique_id TEXT NOT NULL,
        received_at    TEXT NOT NULL
    );
    CREATE TABLE conversations (
        chat_id    INTEGER PRIMARY KEY,
        report_id  INTEGER NOT NULL REFERENCES reports(id),
        awaiting   TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE TABLE processed_updates (
        source       TEXT NOT NULL,
        key          TEXT NOT NULL,
        processed_at TEXT NOT NULL,
        PRIMARY KEY (source, key)
    );
    CREATE TABLE outbox (
        id              INTEGER PRIMARY KEY,
        channel         TEXT NOT NULL CHECK (channel IN ('slack', 'telegram')),
        payload         TEXT NOT NULL,
        created_at      TEXT NOT NULL,
        next_attempt_at TEXT NOT NULL,
        attempts        INTEGER NOT NULL DEFAULT 0,
        sent_at         TEXT,
        last_error      TEXT
    );
    CREATE INDEX outbox_due ON outbox(next_attempt_at) WHERE sent_at IS NULL;
    CREATE TABLE staff_posts (
        report_id INTEGER PRIMARY KEY REFERENCES reports(id),
        channel   TEXT NOT NULL,
        ts        TEXT NOT NULL
    );
    CREATE TABLE audit_log (
        id        INTEGER PRIMARY KEY,
        at        TEXT NOT NULL,
        actor     TEXT NOT NULL,
        action    TEXT NOT NULL,
        entity    TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        details   TEXT NOT NULL DEFAULT '{}'
    );
    """,
    # 2: the illness with public-health exclusion guidance a report names, if any.
    """
    ALTER TABLE reports ADD COLUMN health_condition TEXT
    """,
)
