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
    os.environ.setdefault("PREFECT_LOGGING_EXTRA_LOGGERS", "")
    os.environ.setdefault("DASK_LOGGING__DISTRIBUTED", "warning")


def _limits(a):
    from pipeline.isolate import Limits
    return Limits(page_timeout=a.page_timeout, memory_mb=a.memory_mb, workers=a.workers)


def _run_flow(a, run) -> list:
    """run(data_dir, limits, dask address) → DocResults; on a Dask cluster started here when --dask local."""
    _quiet_prefect()
    import contextlib

    from flows import local_dask_cluster

    data_dir = str(Path(a.data_dir).resolve())
    cluster = (local_dask_cluster(a.dask_workers) if a.dask == "local" else contextlib.nullcontext(a.dask))
    with cluster as address:
        return run(data_dir, _limits(a), address)


def _report(results, data_dir) -> int:
    failed = 0
    for r in results:
        if not r.ok:
            failed += 1
            print(f"error: {r.error}", file=sys.stderr)
            continue
        cached = [s for s in ("layout", "claims", "validate") if r.stages.get(s)]
        read = r.stages.get("read", {})
        from_cache = (f"; from cache: pages {read.get('cached', 0)}/{read.get('chunks', 0)} chunks"
                      f"{', ' + ', '.join(cached) if cached else ''}") if read.get("cached") or cached else ""
        print(f"ok: {r.path}: {r.pages} pages ({r.ocr_pages} OCR, {r.pages_failed} failed), {r.claims} claims, "
              f"{r.tables} tables, {r.checks} checks, {r.flags} flags in {r.seconds}s{from_cache} → {r.export}")
        if r.repaired:
            print(f"  note: {r.path}: damaged file, read from a copy repaired by qpdf", file=sys.stderr)
        for e in r.page_errors:
            print(f"  page error: {e}", file=sys.stderr)
    print(f"{len(results) - failed} of {len(results)} files ingested; store: {Path(data_dir) / 'reportpipe.duckdb'}")
    return 1 if failed else 0


def cmd_ingest(a) -> int:
    def run(data_dir, limits, dask):
        from flows import ingest_batch
        return ingest_batch([str(p) for p in a.pdf], a.edition, data_dir, a.password, limits, a.cache, dask)
    return _report(_run_flow(a, run), a.data_dir)


def cmd_rerun(a) -> int:
    def run(data_dir, limits, dask):
        from flows import rerun_store
        return rerun_store(data_dir, a.password, limits, a.cache, dask)
    results = _run_flow(a, run)
    if not results:
        print(f"no documents in the store at {Path(a.data_dir).resolve()}", file=sys.stderr)
        return 1
    return _report(results, a.data_dir)


def cmd_yearly(a) -> int:
    if not Path(a.inbox).is_dir():
        print(f"error: {a.inbox}: no such folder (the inbox)", file=sys.stderr)
        return 2
    out = []

    def run(data_dir, limits, dask):
        from flows import yearly_ingest
        got = yearly_ingest(str(Path(a.inbox).resolve()), data_dir, a.password, limits, a.cache, dask)
        out.extend(got.skipped)
        return got.ingested
    results = _run_flow(a, run)
    for s in out:
        print(f"skipped: {s}")
    return _report(results, a.data_dir) if results else 0


def cmd_serve(a) -> int:
    """Serve the yearly job on its schedule (needs a Prefect API that runs schedules: `prefect server start`
    and PREFECT_API_URL; the ephemeral API of a single run schedules nothing)."""
    from prefect import serve

    from flows import YEARLY_CRON, yearly_deployment

    if not Path(a.inbox).is_dir():
        print(f"error: {a.inbox}: no such folder (the inbox)", file=sys.stderr)
        return 2

    a.cron = a.cron or YEARLY_CRON
    dep = yearly_deployment(a.inbox, a.data_dir, a.cron, a.timezone)
    print(f"serving yearly-ingest on '{a.cron}' ({a.timezone}): inbox {Path(a.inbox).resolve()}, "
          f"store {Path(a.data_dir).resolve()}")
    serve(dep)
    return 0


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
    from pipeline import isolate

    def run_options(p, inbox=False):
        p.add_argument("--data-dir", default=os.environ.get("REPORTPIPE_DATA", "data"))
        p.add_argument("--password", default=None, help="password for encrypted PDFs")
        p.add_argument("--page-timeout", type=float, default=isolate.PAGE_TIMEOUT, metavar="S",
                       help="wall-time limit per page in seconds; a page over it is killed and recorded as an error")
        p.add_argument("--workers", type=int, default=0, help="pages read side by side (default: one per core)")
        p.add_argument("--memory-mb", type=int, default=isolate.WORKER_MEMORY_MB,
                       help="address-space limit per page worker in MB")
        p.add_argument("--cache", default="use", choices=["use", "refresh", "off"],
                       help="stage cache: use it (default), recompute and overwrite it, or leave it alone")
        p.add_argument("--dask", default=None, metavar="ADDRESS",
                       help="read pages on a Dask cluster: a scheduler address (tcp://host:8786), or 'local' "
                            "for one started here")
        p.add_argument("--dask-workers", type=int, default=0, help="workers of the --dask local cluster")

    ing = sub.add_parser("ingest", help="ingest PDFs into the store")
    ing.add_argument("pdf", nargs="+", type=Path)
    ing.add_argument("--edition", type=int, required=True, help="the report's edition year, e.g. 2025")
    run_options(ing)
    ing.set_defaults(func=cmd_ingest)
    rr = sub.add_parser("rerun", help="extract every stored document again with this code (cached stages reused)")
    run_options(rr)
    rr.set_defaults(func=cmd_rerun)
    yr = sub.add_parser("yearly", help="the yearly job once: ingest the inbox's PDFs not yet in the store")
    yr.add_argument("--inbox", required=True, type=Path, help="folder the new editions are dropped in")
    run_options(yr)
    yr.set_defaults(func=cmd_yearly)
    sv = sub.add_parser("serve", help="serve the yearly job on its schedule (a Prefect deployment)")
    sv.add_argument("--inbox", required=True, type=Path)
    sv.add_argument("--data-dir", default=os.environ.get("REPORTPIPE_DATA", "data"))
    sv.add_argument("--cron", default=None, help="cron schedule (default: 06:00 on 1 July)")
    sv.add_argument("--timezone", default="Asia/Shanghai")
    sv.set_defaults(func=cmd_serve)
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
