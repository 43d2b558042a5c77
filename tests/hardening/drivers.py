"""Small programs the kill tests run as real subprocesses and SIGKILL at random points.

    python drivers.py vote EVENT ROUNDS      # council votes, one transaction each
    python drivers.py checkin EVENT JOURNALS N [START]  # a desk scanning N badge codes from the START-th

Each prints one line per completed write (so a test can see how far it got).
"""

from __future__ import annotations

import random
import sys


def vote(path: str, rounds: int) -> None:
    from congress_desk.core.db import open_event
    from congress_desk.core.vetting.council import add_meeting, record_vote

    event = open_event(path)
    db = event.db
    meeting = add_meeting(db, held_on="2020-10-01", members_total=31, members_present=27, written_votes=2)
    ids = [r[0] for r in db.execute("SELECT id FROM nominations WHERE state = 'at_council' ORDER BY id")]
    rng = random.Random(meeting)
    for _ in range(rounds):
        for nid in ids:
            record_vote(db, meeting, nid, rng.randint(10, 29))
            print("vote", nid, flush=True)
    event.close()


def checkin(path: str, journals: str, n: int, start: int = 0) -> None:
    from congress_desk.core.checkin.desk import Desk
    from congress_desk.core.db import connect

    db = connect(path, read_only=True)
    codes = [r[0] for r in db.execute("SELECT code FROM delegates WHERE status = 'active' ORDER BY id")]
    db.close()
    desk = Desk(path, desk="Bàn kiểm thử", journal_dir=journals)
    start %= max(1, len(codes) - n)
    chosen = codes[start:start + n]  # runs given different STARTs scan different people: the same work each
    random.Random(n).shuffle(chosen)
    for code in chosen:
        desk.scan(code)
        print("scan", flush=True)
    desk.close(timeout=5)


if __name__ == "__main__":
    kind, *rest = sys.argv[1:]
    if kind == "vote":
        vote(rest[0], int(rest[1]))
    elif kind == "checkin":
        checkin(rest[0], rest[1], int(rest[2]), int(rest[3]) if len(rest) > 3 else 0)
    else:
        raise SystemExit(f"unknown driver {kind}")
