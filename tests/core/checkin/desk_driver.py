"""One desk in its own process, for the multi-desk test (not a test module).

    python desk_driver.py EVENT DESK SHARED LOCAL GO CODES DELAY run|report

``run`` waits for the file GO, scans each code in CODES (one per line), printing one
JSON line per result and reading the other desks' journals every few scans; then,
like ``report``, flushes its journal to SHARED, reads everything and prints the
attendance it sees.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from congress_desk.core.checkin.desk import Desk


def main(argv: list[str]) -> int:
    event, desk_name, shared, local, go, codes_file, delay, mode = argv
    desk = Desk(event, desk=desk_name, journal_dir=shared, local_dir=local)
    print(json.dumps({"ready": True}), flush=True)
    if mode == "run":
        while not Path(go).exists():
            time.sleep(0.005)
        codes = Path(codes_file).read_text().split()
        for i, code in enumerate(codes):
            res = desk.scan(code)
            print(json.dumps({"code": code, "status": res.status, "desk": res.desk, "at": res.at}), flush=True)
            if i % 4 == 3:
                desk.refresh()
            time.sleep(float(delay))
    flushed = desk.flush(20)
    desk.refresh()
    snapshot = {code: list(v) for code, v in desk.attendance.snapshot().items()}
    print(json.dumps({"snapshot": snapshot, "flushed": flushed, "problems": [str(p) for p in desk.problems]}),
          flush=True)
    desk.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
