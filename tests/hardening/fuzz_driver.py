"""Read hostile files through the importer (dry run) in one process; report per file.

    python fuzz_driver.py FILE...   ->  one JSON object on stdout

A file that raises anything but a refused-file result is a crash (its traceback is
reported). Peak memory is this process's maximum resident set size.
"""

from __future__ import annotations

import json
import resource
import sys
import time
import traceback


def main(paths: list[str]) -> dict:
    from congress_desk.core.intake.importer import import_files

    # Hard ceiling: a runaway reader dies here instead of taking the machine down.
    resource.setrlimit(resource.RLIMIT_AS, (3 * 1024**3, 3 * 1024**3))
    out = {"cases": [], "crashes": []}
    for path in paths:
        start = time.perf_counter()
        try:
            report = import_files([path], db=None, dry_run=True)
            data = report.as_json()
            json.dumps(data)
            f = data["files"][0]
            outcome = "refused" if not f["ok"] else ("problems" if f["problems"] else "read")
            if not f["ok"] and not f["message"]:
                out["crashes"].append({"file": path, "error": "ok:false without a message"})
        except Exception:  # noqa: BLE001 - the point: anything escaping is a failure
            outcome = "crash"
            out["crashes"].append({"file": path, "error": traceback.format_exc()})
        seconds = time.perf_counter() - start
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
        out["cases"].append({"file": path, "outcome": outcome, "seconds": round(seconds, 3), "rss": rss})
    out["peak_rss"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    return out


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1:])))
