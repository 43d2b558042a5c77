"""Tables of honoree vetting (migration 4): nominations, their evidence, the
append-only workflow history, council meetings and votes, unit statistics."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..migrations import migration

if TYPE_CHECKING:
    from sqlite_utils import Database

STATES = (
    "proposed", "documents_checked", "criteria_checked", "at_council",
    "approved", "rejected", "returned", "submitted_upward", "awarded",
)


@migration(4)
def create_vetting(db: Database) -> None:
    states = ", ".join(f"'{s}'" for s in STATES)
    db.executescript(
        f"""
        CREATE TABLE nominations (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('individual', 'collective')),
            nominee TEXT NOT NULL,
            delegate_id INTEGER REFERENCES delegates(id) ON DELETE SET NULL,
            nominee_unit_id INTEGER REFERENCES units(id) ON DELETE SET NULL,
            gender TEXT CHECK (gender IN ('male', 'female')),
            birth_year INTEGER,
            position TEXT,
            unit_id INTEGER REFERENCES units(id) ON DELETE SET NULL,
            form TEXT NOT NULL,
            year INTEGER,
            proposal_number TEXT,
            proposal_date TEXT,
            summary TEXT,
            years_of_service INTEGER,
            excellent_completion INTEGER NOT NULL DEFAULT 0,
            members_total INTEGER,
            members_ldtt INTEGER,
            members_completed INTEGER,
            members_cstdcs INTEGER,
            posthumous INTEGER NOT NULL DEFAULT 0,
            state TEXT NOT NULL DEFAULT 'proposed' CHECK (state IN ({states})),
            decision_number TEXT,
            decision_date TEXT,
            public_comment_from TEXT,
            public_comment_to TEXT,
            public_comment_result TEXT,
            national_congress INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX nominations_unit ON nominations(unit_id);
        CREATE INDEX nominations_delegate ON nominations(delegate_id);
        CREATE INDEX nominations_state ON nominations(state);

        CREATE TABLE nomination_titles (
            id INTEGER PRIMARY KEY,
            nomination_id INTEGER NOT NULL REFERENCES nominations(id) ON DELETE CASCADE,
            year INTEGER NOT NULL,
            title TEXT NOT NULL,
            decision_number TEXT,
            decision_date TEXT
        );
        CREATE INDEX nomination_titles_nom ON nomination_titles(nomination_id);

        CREATE TABLE nomination_initiatives (
            id INTEGER PRIMARY KEY,
            nomination_id INTEGER NOT NULL REFERENCES nominations(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            level TEXT NOT NULL CHECK (level IN ('grassroots', 'province', 'national')),
            year INTEGER,
            recognition TEXT,
            used_for TEXT,
            used_year INTEGER
        );
        CREATE INDEX nomination_initiatives_nom ON nomination_initiatives(nomination_id);

        CREATE TABLE nomination_discipline (
            id INTEGER PRIMARY KEY,
            nomination_id INTEGER NOT NULL REFERENCES nominations(id) ON DELETE CASCADE,
            year INTEGER,
            level TEXT NOT NULL CHECK (level IN ('reprimand', 'warning', 'demotion', 'dismissal')),
            person TEXT,
            note TEXT
        );
        CREATE INDEX nomination_discipline_nom ON nomination_discipline(nomination_id);

        -- Append-only: triggers refuse any change or deletion. No foreign key, so the
        -- record of what happened outlives a deleted nomination.
        CREATE TABLE nomination_history (
            id INTEGER PRIMARY KEY,
            nomination_id INTEGER NOT NULL,
            at TEXT NOT NULL,
            actor TEXT,
            from_state TEXT,
            to_state TEXT NOT NULL,
            reason TEXT,
            detail TEXT
        );
        CREATE INDEX nomination_history_nom ON nomination_history(nomination_id);
        CREATE TRIGGER nomination_history_no_update BEFORE UPDATE ON nomination_history
        BEGIN SELECT RAISE(ABORT, 'nomination history is append-only'); END;
        CREATE TRIGGER nomination_history_no_delete BEFORE DELETE ON nomination_history
        BEGIN SELECT RAISE(ABORT, 'nomination history is append-only'); END;

        CREATE TABLE council_meetings (
            id INTEGER PRIMARY KEY,
            held_on TEXT NOT NULL,
            title TEXT,
            members_total INTEGER NOT NULL CHECK (members_total > 0),
            members_present INTEGER NOT NULL CHECK (members_present >= 0),
            written_votes INTEGER NOT NULL DEFAULT 0 CHECK (written_votes >= 0),
            note TEXT,
            created_at TEXT NOT NULL
        );

        CREATE TABLE council_votes (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES council_meetings(id) ON DELETE CASCADE,
            nomination_id INTEGER NOT NULL REFERENCES nominations(id) ON DELETE CASCADE,
            approve INTEGER NOT NULL CHECK (approve >= 0),
            against INTEGER NOT NULL DEFAULT 0 CHECK (against >= 0),
            passed INTEGER NOT NULL,
            rule TEXT NOT NULL,
            detail TEXT NOT NULL,
            recorded_at TEXT NOT NULL,
            UNIQUE (meeting_id, nomination_id)
        );
        CREATE INDEX council_votes_nom ON council_votes(nomination_id);

        CREATE TABLE unit_title_stats (
            unit_id INTEGER NOT NULL REFERENCES units(id) ON DELETE CASCADE,
            year INTEGER NOT NULL,
            ldtt INTEGER NOT NULL CHECK (ldtt >= 0),
            PRIMARY KEY (unit_id, year)
        );
        """
    )


@migration(8)
def add_decisions(db: Database) -> None:
    """Decisions as records, a person's judgement, the award register and emulation clusters.

    ``decisions``: one row per act — a decision (…/QĐ-UBND, …/QĐ-TTg, …/QĐ-CTN) or the
    city's Tờ trình proposing central forms (…/TTr-UBND) — with its number, date,
    issuer (``province``, ``prime_minister``, ``president``), signer and the forms it
    covers. A nomination points to the decision that awards it (``decision_id``) and,
    for forms decided above the city, to the Tờ trình that proposed it
    (``submission_id``). ``register_number`` is the number in the award register (sổ
    vàng). ``judgement`` is a person's verdict on criteria the law leaves to judgement
    ("outstanding in the movement"): NULL not judged yet, 1 met, 0 not met.
    ``exemplar`` marks an "điển hình tiên tiến" honoured at the congress; ``received_by``
    names the family member who receives a posthumous award ("truy tặng").
    ``emulation_leaders`` records which unit led which emulation cluster or block
    (cụm, khối thi đua) in a year — the test of the city's Cờ thi đua."""
    db.executescript(
        """
        CREATE TABLE decisions (
            id INTEGER PRIMARY KEY,
            number TEXT NOT NULL UNIQUE,
            date TEXT,
            issuer TEXT NOT NULL CHECK (issuer IN ('province', 'prime_minister', 'president')),
            kind TEXT NOT NULL DEFAULT 'decision' CHECK (kind IN ('decision', 'submission')),
            signer TEXT,
            signer_title TEXT,
            subject TEXT,
            forms TEXT NOT NULL DEFAULT '[]',
            created_at TEXT NOT NULL
        );
        ALTER TABLE nominations ADD COLUMN decision_id INTEGER REFERENCES decisions(id) ON DELETE SET NULL;
        ALTER TABLE nominations ADD COLUMN submission_id INTEGER REFERENCES decisions(id) ON DELETE SET NULL;
        ALTER TABLE nominations ADD COLUMN register_number TEXT;
        ALTER TABLE nominations ADD COLUMN judgement INTEGER CHECK (judgement IN (0, 1));
        ALTER TABLE nominations ADD COLUMN judgement_note TEXT;
        ALTER TABLE nominations ADD COLUMN exemplar INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE nominations ADD COLUMN received_by TEXT;
        CREATE INDEX nominations_decision ON nominations(decision_id);
        CREATE TABLE emulation_leaders (
            unit_id INTEGER NOT NULL REFERENCES units(id) ON DELETE CASCADE,
            year INTEGER NOT NULL,
            cluster TEXT NOT NULL,
            PRIMARY KEY (unit_id, year)
        );
        """
    )
    # Decisions already typed on nominations become records, their issuer read from the symbol.
    from .decisions import issuer_of

    rows = db.execute("SELECT id, decision_number, decision_date, form FROM nominations "
                      "WHERE decision_number IS NOT NULL").fetchall()
    for nid, number, date, form in rows:
        issuer = issuer_of(number)
        if issuer is None:
            continue
        found = db.execute("SELECT id FROM decisions WHERE number = ?", [number]).fetchone()
        if found is None:
            cur = db.execute("INSERT INTO decisions(number, date, issuer, kind, forms, created_at) "
                             "VALUES (?, ?, ?, 'decision', ?, datetime('now'))",
                             [number, date, issuer, f'["{form}"]'])
            did = cur.lastrowid
        else:
            did = found[0]
        db.execute("UPDATE nominations SET decision_id = ? WHERE id = ?", [did, nid])
