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
            print(f"{t:10s} {con.execute(f'SELECT count(*) FROM {t}').fetchone()[0]}")
    finally:
        con.close()
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
    a = ap.parse_args(argv)
    return a.func(a)


if __name__ == "__main__":
    raise SystemExit(main())
