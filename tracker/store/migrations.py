"""The numbered schema migrations, applied in order, each in its own transaction.

Migration N (1-based) is `MIGRATIONS[N - 1]`; the applied ones are listed in `schema_migrations`.
Never edit a migration that has shipped: add a new one.
"""

from __future__ import annotations

# Each entry is applied once, in order, inside one transaction with its row in schema_migrations.
MIGRATIONS: list[str] = [
    # 1: the initial schema
    """
    CREATE TABLE messages (
        id INTEGER PRIMARY KEY,
        message_id TEXT,                 -- the Message-ID header, '' when absent
        content_hash TEXT NOT NULL UNIQUE, -- sha256 of the raw bytes
        raw BLOB NOT NULL,               -- kept for reprocessing
        size INTEGER NOT NULL,
        date TEXT,                       -- ISO 8601, UTC, from the Date header
        from_addr TEXT,
        from_name TEXT,
        subject TEXT,
        status TEXT NOT NULL DEFAULT 'new',  -- new | parsed | failed
        error TEXT,
        attempts INTEGER NOT NULL DEFAULT 0,
        fetched_at TEXT NOT NULL,
        -- classification (issue 3)
        kind TEXT,
        program TEXT,
        specialty TEXT,
        track TEXT,
        classification TEXT,             -- the whole result as JSON
        record_id INTEGER REFERENCES records(id),
        classified_at TEXT
    );
    CREATE INDEX messages_message_id ON messages(message_id);
    CREATE INDEX messages_status ON messages(status);

    -- Every place a message was seen, keyed as the server keys it.
    CREATE TABLE locations (
        account TEXT NOT NULL,
        folder TEXT NOT NULL,
        uidvalidity INTEGER NOT NULL,
        uid INTEGER NOT NULL,
        message INTEGER NOT NULL REFERENCES messages(id),
        seen_at TEXT NOT NULL,
        PRIMARY KEY (account, folder, uidvalidity, uid)
    );
    CREATE INDEX locations_message ON locations(message);

    -- Sync progress per folder; advances in the same transaction as the batch it describes.
    CREATE TABLE folders (
        account TEXT NOT NULL,
        folder TEXT NOT NULL,
        uidvalidity INTEGER NOT NULL,
        last_uid INTEGER NOT NULL DEFAULT 0,
        synced_at TEXT,
        PRIMARY KEY (account, folder)
    );

    -- User corrections: survive reprocessing.
    CREATE TABLE corrections (
        message INTEGER PRIMARY KEY REFERENCES messages(id),
        kind TEXT,
        program TEXT,
        specialty TEXT,
        track TEXT,
        updated_at TEXT NOT NULL
    );

    -- One record per (program, specialty, track).
    CREATE TABLE records (
        id INTEGER PRIMARY KEY,
        program TEXT NOT NULL,
        specialty TEXT,
        track TEXT,
        status TEXT NOT NULL,
        status_source TEXT NOT NULL DEFAULT 'mail',   -- mail | user
        invited_at TEXT,
        platform TEXT,
        format TEXT,
        respond_by TEXT,
        interview_dates TEXT NOT NULL DEFAULT '[]',   -- offered dates, JSON list of ISO dates
        interview_date TEXT,                          -- the chosen/booked date (ISO date or datetime)
        schedule_url TEXT,
        signal TEXT,                                  -- gold | silver | none
        notes TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE UNIQUE INDEX records_key
        ON records(lower(program), coalesce(specialty, ''), coalesce(track, ''));

    CREATE TABLE record_events (
        id INTEGER PRIMARY KEY,
        record INTEGER NOT NULL REFERENCES records(id),
        message INTEGER REFERENCES messages(id),
        status TEXT NOT NULL,
        source TEXT NOT NULL,            -- mail | user
        at TEXT NOT NULL,
        detail TEXT
    );
    CREATE INDEX record_events_record ON record_events(record);

    -- The outbox: alerts, reminders, digests, watchdog notices. `key` makes each one exactly once.
    CREATE TABLE notifications (
        id INTEGER PRIMARY KEY,
        key TEXT NOT NULL UNIQUE,
        type TEXT NOT NULL,              -- alert | summary | reminder | digest | watchdog | test
        payload TEXT NOT NULL,           -- JSON the templates render from
        created_at TEXT NOT NULL,
        sent_at TEXT                     -- set once every channel has delivered
    );
    CREATE TABLE deliveries (
        notification INTEGER NOT NULL REFERENCES notifications(id),
        channel TEXT NOT NULL,
        sent_at TEXT,
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at TEXT,
        last_error TEXT,
        PRIMARY KEY (notification, channel)
    );

    -- Sync health, for the watchdog and the digest.
    CREATE TABLE sync_runs (
        id INTEGER PRIMARY KEY,
        started_at TEXT NOT NULL,
        finished_at TEXT,
        ok INTEGER,
        new_messages INTEGER NOT NULL DEFAULT 0,
        error TEXT
    );

    -- Small key/value state (last digest, first-import flags, watchdog state).
    CREATE TABLE state (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    """,
    # 2: records.find_record looks messages up by sender; without an index each lookup scanned the
    # whole messages table (raw mail included), which made a 10,000-message first sync quadratic.
    """
    CREATE INDEX messages_from_addr ON messages(from_addr);
    """,
    # 3: a queued reminder that went stale before it could be delivered (its deadline passed, the
    # interview moved) is dropped, never sent: when and why. And the calendar UID of each interview,
    # bound to the messages of its record so that it outlives record ids and corrected keys.
    """
    ALTER TABLE notifications ADD COLUMN dropped_at TEXT;
    ALTER TABLE notifications ADD COLUMN dropped_reason TEXT;
    CREATE TABLE calendar_uids (
        message INTEGER PRIMARY KEY REFERENCES messages(id),
        uid TEXT NOT NULL
    );
    """,
    # 4: program identity. A record is one institution however its mail spells it: every spelling,
    # sender domain and state of a postal address seen is kept (the display name is the fullest),
    # the unique key on the exact name goes, and the user's decisions are kept apart from the mail
    # so that they outlive reprocessing: two names are (or are not) one institution; these messages
    # are another program.
    """
    DROP INDEX records_key;
    ALTER TABLE records ADD COLUMN names TEXT NOT NULL DEFAULT '[]';
    ALTER TABLE records ADD COLUMN domains TEXT NOT NULL DEFAULT '[]';
    ALTER TABLE records ADD COLUMN split_label TEXT;
    ALTER TABLE records ADD COLUMN places TEXT NOT NULL DEFAULT '[]';  -- states of its addresses
    UPDATE records SET names = json_array(program);
    CREATE INDEX records_key ON records(lower(program), coalesce(specialty, ''), coalesce(track, ''));
    CREATE TABLE identity_decisions (
        a TEXT NOT NULL,                 -- the two names' identity keys, a < b
        b TEXT NOT NULL,
        same INTEGER NOT NULL,           -- 1: one institution (merge), 0: keep apart
        at TEXT NOT NULL,
        PRIMARY KEY (a, b)
    );
    CREATE TABLE message_splits (
        message INTEGER PRIMARY KEY REFERENCES messages(id),
        label TEXT NOT NULL,             -- messages with one label make one record of their own
        at TEXT NOT NULL
    );
    """,
    # 5: the rank list. The applicant's impressions of an interview and the program's place on the
    # rank order list: the applicant's word on the record, like its signal and notes, so rebuilding
    # the records from the mail keeps them.
    """
    ALTER TABLE records ADD COLUMN rank INTEGER;       -- 1 = first choice; NULL = not ranked yet
    ALTER TABLE records ADD COLUMN impressions TEXT;
    """,
    # 6: exactly once across a crash, and big messages. A delivery being sent names the process
    # sending it, so a restart takes over a dead sender's delivery at once; each notification keeps
    # one Message-ID, so a copy sent again after a crash can be recognised. A message without a
    # Message-ID is known again by a hash of its content without the headers servers add (filled in
    # by the store). A big message keeps its first megabyte in messages.raw and the rest in pieces,
    # so updating its row never rewrites (nor holds in memory) the whole message.
    """
    ALTER TABLE deliveries ADD COLUMN claimed_by TEXT;  -- boot:pid:start of the sending process
    ALTER TABLE notifications ADD COLUMN ident TEXT;     -- made once: the Message-ID of its emails
    ALTER TABLE messages ADD COLUMN canonical_hash TEXT; -- '' for a message with a Message-ID
    CREATE INDEX messages_canonical_hash ON messages(canonical_hash);
    CREATE TABLE message_chunks (
        message INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,            -- 0, 1, ...: the bytes after messages.raw, in order
        data BLOB NOT NULL,
        PRIMARY KEY (message, seq)
    );
    """,
    # 7: program numbers. The ten-digit number ERAS gives a program ("Pediatrics (3204131201)") is
    # the surest word on which program a message is about, whatever name it uses: a record keeps
    # every number its mail gave (filled in as mail arrives or is reprocessed).
    """
    ALTER TABLE records ADD COLUMN program_ids TEXT NOT NULL DEFAULT '[]';
    """,
]

SCHEMA_VERSION = len(MIGRATIONS)
