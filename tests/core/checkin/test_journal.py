"""Journal lines: format, torn and damaged lines, foreign journals, the background copy."""

from __future__ import annotations

import json
import os

from congress_desk.core.checkin.journal import (
    Copier,
    JournalCache,
    LocalJournal,
    encode,
    make_event,
    parse_bytes,
    read_journal,
)
from congress_desk.core.registry.codes import make_code

UID = "a" * 32
CODE = make_code(1_000_001)


def _line(**kw):
    return encode(make_event(UID, kw.pop("desk", "Bàn 1"), kw.pop("type_", "checkin"), kw.pop("code", CODE), **kw))


def test_round_trip_keeps_every_field():
    ev = make_event(UID, "Bàn 1", "substitute", CODE, {"name": "Lê Văn Hoà", "position": "Phó Giám đốc"})
    res = parse_bytes(encode(ev), "x.jsonl", UID)
    assert res.problems == [] and res.torn == 0
    assert res.events == [ev]
    assert ev["at"][-6] in "+-"  # time carries its offset


def test_torn_last_line_is_skipped_quietly():
    good = _line()
    torn = _line()[:-20]
    res = parse_bytes(good + torn, "x.jsonl", UID)
    assert len(res.events) == 1 and res.torn == 1 and res.problems == []


def test_damaged_and_foreign_lines_are_reported_not_merged():
    good = _line()
    edited = json.loads(_line())
    edited["code"] = make_code(1_000_002)          # changed by hand: CRC no longer matches
    foreign = encode(make_event("b" * 32, "Bàn 9", "checkin", CODE))
    bad_code = json.loads(_line())
    bad_code["code"] = "10000011"
    data = (good + b"{not json\n" + (json.dumps(edited) + "\n").encode() + foreign
            + encode(bad_code) + b"\xff\xfe\n" + b"[1, 2]\n")
    res = parse_bytes(data, "ban-1.jsonl", UID)
    assert [e["id"] for e in res.events] == [json.loads(good)["id"]]
    assert [p.line for p in res.problems] == [2, 3, 4, 5, 6, 7]
    assert res.foreign == 1
    assert all(p.file == "ban-1.jsonl" and p.message for p in res.problems)


def test_local_journal_cuts_a_torn_tail_and_keeps_earlier_lines(tmp_path):
    path = tmp_path / "ban-1.jsonl"
    first, second = _line(), _line()
    path.write_bytes(first + second[:37])        # a desk killed mid-write
    journal = LocalJournal(path)
    ev = make_event(UID, "Bàn 1", "checkin", make_code(1_000_003))
    journal.append(ev)
    journal.close()
    res = read_journal(path, UID)
    assert res.problems == [] and res.torn == 0
    assert [e["id"] for e in res.events] == [json.loads(first)["id"], ev["id"]]


def test_copier_puts_a_whole_copy_in_the_share_and_survives_a_missing_share(tmp_path):
    local = tmp_path / "local" / "ban-1.jsonl"
    journal = LocalJournal(local)
    journal.append(make_event(UID, "Bàn 1", "checkin", make_code(1_000_009)))
    blocked = tmp_path / "share-is-a-file"
    blocked.write_text("not a folder")
    bad = Copier(local, blocked / "ban-1.jsonl")
    assert bad.flush(timeout=5) is False and bad.error
    share = tmp_path / "share" / "ban-1-x.jsonl"
    copier = Copier(local, share)
    for i in range(5):
        journal.append(make_event(UID, "Bàn 1", "checkin", make_code(1_000_010 + i)))
    os.write(journal._fd, b'{"half a line')   # being written while the copy runs
    assert copier.flush(timeout=5)
    res = read_journal(share, UID)
    assert len(res.events) == 6 and res.torn == 0 and res.problems == []
    assert not list(share.parent.glob("*.tmp"))
    copier.stop()
    bad.stop(timeout=0.1)
    journal.close()


def test_cache_rereads_only_changed_files(tmp_path):
    folder = tmp_path / "journals"
    folder.mkdir()
    (folder / "a.jsonl").write_bytes(_line())
    cache = JournalCache(UID)
    events, problems, changed = cache.read([folder])
    assert len(events) == 1 and changed
    events, _, changed = cache.read([folder])
    assert len(events) == 1 and not changed
    with open(folder / "a.jsonl", "ab") as fh:
        fh.write(_line())
    events, _, changed = cache.read([folder])
    assert len(events) == 2 and changed
