"""`reportpipe` command line: sits on top of the flows and the store."""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path


def _quiet_prefect() -> None:
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    os.environ.setdefault("PREFECT_LOGGING_TO_API_ENABLED", "false")
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")


def cmd_ingest(a) -> int:
    _quiet_prefect()
    from flows import ingest_batch
    from pipeline.isolate import Limits

    data_dir = str(Path(a.data_dir).resolve())
    limits = Limits(page_timeout=a.page_timeout, memory_mb=a.memory_mb, workers=a.workers)
    results = ingest_batch([str(p) for p in a.pdf], a.edition, data_dir, a.password, limits)
    failed = 0
    for r in results:
        if not r.ok:
            failed += 1
            print(f"error: {r.error}", file=sys.stderr)
            continue
        print(f"ok: {r.path}: {r.pages} pages ({r.ocr_pages} OCR, {r.pages_failed} failed), {r.claims} claims, "
              f"{r.tables} tables, {r.checks} checks, {r.flags} flags in {r.seconds}s → {r.export}")
        if r.repaired:
            print(f"  note: {r.path}: damaged file, read from a copy repaired by qpdf", file=sys.stderr)
        for e in r.page_errors:
            print(f"  page error: {e}", file=sys.stderr)
    print(f"{len(results) - failed} of {len(results)} files ingested; store: {Path(data_dir) / 'reportpipe.duckdb'}")
    return 1 if failed else 0


def cmd_summary(a) -> int:
    from pipeline import store

    con = store.connect(Path(a.data_dir), read_only=True)
    try:
        for t in ("documents", "pages", "claims", "tables", "checks", "flags", "runs"):
            n = con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]
            print(f"{t:10s} {n}")
        for rule, status, n in con.execute("SELECT rule, status, count(*) FROM flag_queue GROUP BY ALL ORDER BY ALL"
                                           ).fetchall():
            print(f"flags      {rule}/{status}: {n}")
        for outcome, n in con.execute("SELECT outcome, count(*) FROM checks GROUP BY ALL ORDER BY ALL").fetchall():
            print(f"checks     {outcome}: {n}")
    finally:
        con.close()
    return 0


def cmd_flags(a) -> int:
    """The QA queue: flags with their latest decision, report text shown as plain text."""
    from pipeline import store

    con = store.connect(Path(a.data_dir), read_only=True)
    try:
        rows = con.execute("SELECT f.flag_id, f.status, f.severity, f.rule, d.path, f.page, f.message, f.expected, "
                           "f.observed FROM flag_queue f JOIN documents d USING (doc_id) "
                           "WHERE (? = 'all' OR f.status = ?) ORDER BY d.path, f.page", [a.status, a.status]).fetchall()
    finally:
        con.close()
    for fid, status, sev, rule, path, page, msg, exp, obs in rows:
        print(f"{fid}  {status:9s} {sev:7s} {rule:18s} {Path(path).name} p.{page}: {msg} "
              f"[expected {exp}, observed {obs}]")
    print(f"{len(rows)} flags")
    return 0


def cmd_review(a) -> int:
    """Record a decision in reviews.sqlite (the reviewers' file), then bring it into the store and exports."""
    from pipeline import publish

    try:
        counts = publish.record_decision(Path(a.data_dir), a.id, a.decision, a.reviewer, a.value or "", a.note or "")
    except (LookupError, ValueError) as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    print(f"recorded {a.decision} on {a.id}; {counts['decisions']} decisions, {counts['orphaned']} orphaned")
    return 0


def cmd_review_app(a) -> int:
    """Serve the QA review app on this machine (127.0.0.1 unless told otherwise)."""
    import uvicorn

    from review_app import create_app

    print(f"review app on http://{a.host}:{a.port}/ (store: {Path(a.data_dir).resolve()})")
    uvicorn.run(create_app(Path(a.data_dir)), host=a.host, port=a.port, log_level="warning")
    return 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="reportpipe", description="Annual report PDFs → a checked dataset.")
    sub = ap.add_subparsers(dest="cmd", required=True)
    ing = sub.add_parser("ingest", help="ingest PDFs into the store")
    ing.add_argument("pdf", nargs="+", type=Path)
    ing.add_argument("--edition", type=int, required=True, help="the report's edition year, e.g. 2025")
    ing.add_argument("--data-dir", default=os.environ.get("REPORTPIPE_DATA", "data"))
    ing.add_argument("--password", default=None, help="password for encrypted PDFs")
    from pipeline import isolate

    ing.add_argument("--page-timeout", type=float, default=isolate.PAGE_TIMEOUT, metavar="S",
                     help="wall-time limit per page in seconds; a page over it is killed and recorded as an error")
    ing.add_argument("--workers", type=int, default=0, help="page worker processes (default: one per core)")
    ing.add_argument("--memory-mb", type=int, default=isolate.WORKER_MEMORY_MB,
                     help="address-space limit per page worker in MB")
    ing.set_defaults(func=cmd_ingest)
    sm = sub.add_parser("summary", help="row counts in the store")
    sm.add_argument("--data-dir", default=os.environ.get("REPORTPIPE_DATA", "data"))
    sm.set_defaults(func=cmd_summary)
    fl = sub.add_parser("flags", help="list flagged mismatches for QA")
    fl.add_argument("--data-dir", default=os.environ.get("REPORTPIPE_DATA", "data"))
    fl.add_argument("--status", default="open", choices=["open", "accepted", "corrected", "dismissed", "all"])
    fl.set_defaults(func=cmd_flags)
    rv = sub.add_parser("review", help="record a QA decision on a flag or a claim")
    rv.add_argument("id", help="a flag_id or a claim_id")
    rv.add_argument("--decision", required=True, choices=["accepted", "corrected", "dismissed", "reopened"])
    rv.add_argument("--reviewer", required=True)
    rv.add_argument("--value", help="the corrected value (with --decision corrected)")
    rv.add_argument("--note")
    rv.add_argument("--data-dir", default=os.environ.get("REPORTPIPE_DATA", "data"))
    rv.set_defaults(func=cmd_review)
    app = sub.add_parser("review-app", help="serve the QA review web app (the flag queue and decisions)")
    app.add_argument("--data-dir", default=os.environ.get("REPORTPIPE_DATA", "data"))
    app.add_argument("--host", default="127.0.0.1")
    app.add_argument("--port", type=int, default=8765)
    app.set_defaults(func=cmd_review_app)
    a = ap.parse_args(argv)
    return a.func(a)


if __name__ == "__main__":
    raise SystemExit(main())
