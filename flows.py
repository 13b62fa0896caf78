"""Prefect orchestration: the only module that knows Prefect. Stages stay plain functions."""
from __future__ import annotations

import contextlib
import dataclasses
import json
import os
import traceback
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from prefect import flow, task
from prefect.cache_policies import NO_CACHE, CachePolicy
from prefect.runtime import flow_run
from prefect.task_runners import ThreadPoolTaskRunner
from prefect.transactions import get_transaction
from prefect.utilities.annotations import quote

from extractors import metrics
from pipeline import claims as claims_stage
from pipeline import document, fingerprint, inbox, isolate, layout, publish, store, validate
from pipeline.errors import DocumentError
from schemas import SCHEMA_VERSION

CHUNK_PAGES = 4  # pages per read task: the unit of caching and of distribution
YEARLY_CRON = "0 6 1 7 *"  # 06:00 on 1 July: the report appears in the first half of the year


@dataclass
class DocResult:
    path: str
    ok: bool
    error: str = ""
    doc_id: str = ""
    edition: int = 0
    pages: int = 0
    pages_failed: int = 0
    ocr_pages: int = 0
    claims: int = 0
    tables: int = 0
    checks: int = 0
    flags: int = 0
    export: str = ""
    seconds: float = 0.0
    repaired: bool = False  # read from a copy qpdf rebuilt: the original was damaged
    page_errors: list[str] = field(default_factory=list)
    stages: dict = field(default_factory=dict)  # per stage: from the cache or computed, and its key


@task(cache_policy=NO_CACHE, name="open-document")
def open_document_task(path: str, edition: int, data_dir: str, password: str | None, recorded_path: str | None):
    """Bad input is an outcome, not a task failure: the error comes back as a value."""
    try:
        return document.open_document(path, edition, Path(data_dir), password, recorded_path)
    except DocumentError as e:
        return e


class StageKey(CachePolicy):
    """A stage's cache key is the `key` argument the flow computed for it (pipeline.fingerprint: the stage's
    code and data, and the identity of its inputs), never a hash of the inputs themselves (pages are large)."""

    def compute_key(self, task_ctx, inputs, flow_parameters, **kwargs):
        k = inputs.get("key")
        return f"reportpipe-{task_ctx.task.name}-{k}" if k else None


# results are pickled into Prefect's result storage ($PREFECT_HOME/storage, or PREFECT_RESULTS_LOCAL_STORAGE_PATH)
_CACHED = dict(cache_policy=StageKey(), persist_result=True, result_serializer="pickle")


def _keep_out_of_cache() -> None:
    """This run's result is returned but not stored: a page that failed (a timeout on a busy machine, a
    memory limit) must be tried again on the next run, not remembered as failed."""
    txn = get_transaction()
    if txn is not None:
        txn.write_on_commit = False


@task(name="read-pages", **_CACHED)
def read_pages_task(key: str, stored_path: str, doc_id: str, pagenos: list[int], password: str | None,
                    limits: isolate.Limits | None, label: str):
    """Some pages, each in a killable worker (time and memory limits)."""
    pages = isolate.read_pages(stored_path, doc_id, pagenos, password, limits, label=label)
    if any(p.status != "ok" for p in pages):
        _keep_out_of_cache()
    return pages


@task(name="layout", **_CACHED)
def layout_task(key: str, pages):
    layout.finalize(pages)
    return pages


@task(name="claims", **_CACHED)
def claims_task(key: str, pages, edition: int):
    return claims_stage.doc_claims(pages, edition)


@task(name="validate", **_CACHED)
def validate_task(key: str, claims):
    return validate.validate(claims, metrics.by_id())


@task(cache_policy=NO_CACHE, name="store")
def store_task(data_dir: str, doc, pages, claims, checks, flags, run: dict) -> None:
    store.write_document(Path(data_dir), doc, pages, claims, checks, flags, run)


@task(cache_policy=NO_CACHE, name="publish")
def publish_task(data_dir: str, doc) -> str:
    """Cross-edition checks, review decisions, then the Parquet exports of every document touched."""
    touched = publish.cross_edition(Path(data_dir), doc.edition)
    publish.sync_reviews(Path(data_dir))
    for other in store.documents(Path(data_dir), touched - {doc.doc_id}):
        store.export_document(Path(data_dir), other)
    return str(store.export_document(Path(data_dir), doc))


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _chunks(n_pages: int, size: int) -> list[list[int]]:
    return [list(range(i, min(i + size, n_pages + 1))) for i in range(1, n_pages + 1, size)]


_CACHE_MODES = {"use": {}, "refresh": dict(refresh_cache=True), "off": dict(cache_policy=NO_CACHE, persist_result=False)}


def _stage(task_, cache: str):
    """The stage's task under a cache mode: 'use' reads and writes the stage cache; 'refresh' recomputes and
    overwrites; 'off' neither."""
    if cache not in _CACHE_MODES:
        raise ValueError(f"cache must be use, refresh or off, not {cache!r}")
    return task_.with_options(**_CACHE_MODES[cache]) if _CACHE_MODES[cache] else task_


@flow(name="ingest-document", log_prints=False, task_runner=ThreadPoolTaskRunner(max_workers=os.cpu_count() or 1))
def ingest_document(path: str, edition: int, data_dir: str, password: str | None = None,
                    limits: isolate.Limits | None = None, cache: str = "use", chunk_pages: int = CHUNK_PAGES,
                    recorded_path: str | None = None) -> DocResult:
    """One PDF, stage by stage. Pages are read in chunks submitted to the flow's task runner (threads here,
    Dask workers under `ingest_batch(dask=...)`), each chunk one worker process at a time. Each stage's result
    is cached under a key made of its code's fingerprint and its inputs' identity, so a rerun after a change
    to the claims grammar or the validators reads no page again."""
    started = _now()
    t0 = datetime.now(timezone.utc)
    run = {"run_id": uuid.uuid4().hex, "flow_run_id": str(flow_run.get_id() or ""),
           "path": str(recorded_path or path), "edition": int(edition), "started_at": started,
           "code_version": store.code_version(), "schema_version": SCHEMA_VERSION}
    doc = open_document_task(path, edition, data_dir, password, recorded_path)
    if isinstance(doc, DocumentError):
        e = doc
        store.record_failed_run(Path(data_dir), {**run, "doc_id": "", "status": "error", "error": e.reason,
                                                 "finished_at": _now()})
        return DocResult(path=str(recorded_path or path), ok=False, error=str(e))
    pages, read_keys, read = _read(doc, Path(recorded_path or path).name, password, limits or isolate.Limits(),
                                   cache, chunk_pages)
    pages, claims, checks, flags, stages = _extract(pages, read_keys, int(edition), cache)
    stages["read"] = read
    failed = [p for p in pages if p.status != "ok"]
    run.update(doc_id=doc.doc_id, status="ok" if not failed else "partial", error="; ".join(p.error for p in failed)[:2000],
               finished_at=_now(), pages=doc.pages, pages_failed=len(failed), claims=len(claims),
               tables=len({(c.page, c.table_id) for p in pages for c in p.cells}), checks=len(checks),
               flags=len(flags), stages=json.dumps(stages, sort_keys=True))
    store_task(data_dir, doc, quote(pages), quote(claims), quote(checks), quote(flags), run)
    out = publish_task(data_dir, doc)
    return DocResult(path=doc.path, ok=True, doc_id=doc.doc_id, edition=int(edition), pages=doc.pages,
                     pages_failed=len(failed), ocr_pages=sum(p.kind == "ocr" for p in pages), claims=len(claims),
                     tables=run["tables"], checks=len(checks), flags=len(flags), export=out,
                     seconds=round((datetime.now(timezone.utc) - t0).total_seconds(), 2),
                     repaired=doc.stored_path.endswith(".repaired.pdf"),
                     page_errors=[p.error for p in failed], stages=stages)


def _read(doc, label: str, password: str | None, limits: isolate.Limits, cache: str, chunk_pages: int):
    """The pages in chunks on the task runner, each chunk cached under its own key: (pages, keys, counts)."""
    chunk_limits = dataclasses.replace(limits, workers=1)  # the task runner runs the chunks side by side
    source = f"{doc.doc_id}{'.repaired' if doc.stored_path.endswith('.repaired.pdf') else ''}"
    keys, futures = [], []
    for chunk in _chunks(doc.pages, max(1, chunk_pages)):
        keys.append(fingerprint.key(fingerprint.stage("read"), source, chunk[0], chunk[-1]))
        futures.append(_stage(read_pages_task, cache).submit(keys[-1], doc.stored_path, doc.doc_id, chunk, password,
                                                             chunk_limits, label))
    pages, counts = [], {"chunks": len(futures), "cached": 0}
    for f in futures:
        pages.extend(f.result())
        counts["cached"] += f.state.name == "Cached"
    return pages, keys, counts


def _extract(pages, read_keys: list[str], edition: int, cache: str):
    """Layout, claims and validation, each cached under a key chained from the one before:
    (pages, claims, checks, flags, what came from the cache and the keys)."""
    keys = {"read": fingerprint.stage("read")[:16]}
    layout_key = fingerprint.key(fingerprint.stage("layout"), *read_keys)
    claims_key = fingerprint.key(fingerprint.stage("claims"), layout_key, edition)
    validate_key = fingerprint.key(fingerprint.stage("validate"), claims_key)
    # what follows a failed page is not cached either: its key cannot tell it from the complete document's
    later = "off" if any(p.status != "ok" for p in pages) else cache
    stages: dict = {"cache": cache if later == cache else f"{cache} (pages only: a page failed)"}
    state = _stage(layout_task, later)(layout_key, quote(pages), return_state=True)
    pages, stages["layout"] = state.result(), state.name == "Cached"
    state = _stage(claims_task, later)(claims_key, quote(pages), edition, return_state=True)
    claims, stages["claims"] = state.result(), state.name == "Cached"
    state = _stage(validate_task, later)(validate_key, quote(claims), return_state=True)
    (checks, flags), stages["validate"] = state.result(), state.name == "Cached"
    stages["keys"] = {**keys, "layout": layout_key[:16], "claims": claims_key[:16], "validate": validate_key[:16]}
    return pages, claims, checks, flags, stages


def _task_runner(limits: isolate.Limits | None, dask: str | None):
    """Threads on this machine (one chunk per core at a time), or the workers of a running Dask cluster.
    Dask workers must be allowed child processes (`distributed.worker.daemon: False`): pages are read in
    killable children there too."""
    if dask:
        from prefect_dask import DaskTaskRunner
        return DaskTaskRunner(address=dask)
    n = (limits.workers if limits and limits.workers else 0) or os.cpu_count() or 1
    return ThreadPoolTaskRunner(max_workers=n)


def _ingest_each(items: list[tuple], data_dir: str, password: str | None, limits, cache: str,
                 dask: str | None) -> list[DocResult]:
    """items: (path, edition) or (path to read, edition, path to record)."""
    one = ingest_document.with_options(task_runner=_task_runner(limits, dask))
    results = []
    for p, edition, *recorded in items:
        try:
            results.append(one(p, edition, data_dir, password, limits, cache,
                               recorded_path=recorded[0] if recorded else None))
        except Exception as e:  # noqa: BLE001 — report and go on with the batch
            results.append(DocResult(path=str(p), ok=False,
                                     error=f"{p}: internal error: {type(e).__name__}: {e}"))
            if os.environ.get("REPORTPIPE_DEBUG"):
                traceback.print_exc()
    return results


@flow(name="ingest-batch", log_prints=False)
def ingest_batch(paths: list[str], edition: int, data_dir: str, password: str | None = None,
                 limits: isolate.Limits | None = None, cache: str = "use", dask: str | None = None
                 ) -> list[DocResult]:
    """Every file gets a result; one file's failure never stops the others.
    dask: a Dask scheduler's address (tcp://host:8786) whose workers read the pages."""
    return _ingest_each([(p, edition) for p in paths], data_dir, password, limits, cache, dask)


@flow(name="rerun-store", log_prints=False)
def rerun_store(data_dir: str, password: str | None = None, limits: isolate.Limits | None = None,
                cache: str = "use", dask: str | None = None) -> list[DocResult]:
    """Every document in the store again, from the copy kept by hash, oldest edition first, with this code:
    what a researcher runs after changing the grammar, the validators or the catalog. Cached stages whose code
    did not change are not recomputed; review decisions carry over as on any re-ingestion."""
    items = [(kept, edition, recorded) for kept, edition, recorded in inbox.stored(Path(data_dir))]
    return _ingest_each(items, data_dir, password, limits, cache, dask)


@dataclass
class YearlyResult:
    ingested: list[DocResult]
    skipped: list[str]  # "path: reason", for files already in the store or whose edition is unknown


@flow(name="yearly-ingest", log_prints=False)
def yearly_ingest(inbox_dir: str, data_dir: str, password: str | None = None, limits: isolate.Limits | None = None,
                  cache: str = "use", dask: str | None = None) -> YearlyResult:
    """The scheduled job: every PDF in the inbox not yet in the store, oldest edition first (so each edition's
    growth rates meet the one before). The edition is the year in the file name, or editions.csv beside them."""
    todo, skipped = inbox.new_files(Path(inbox_dir), Path(data_dir))
    return YearlyResult(ingested=_ingest_each(todo, data_dir, password, limits, cache, dask), skipped=skipped)


def yearly_deployment(inbox_dir: str, data_dir: str, cron: str = YEARLY_CRON, timezone_name: str = "Asia/Shanghai"):
    """The yearly job as a Prefect deployment with its schedule (served by `reportpipe serve`)."""
    from prefect.schedules import Cron
    return yearly_ingest.to_deployment(
        name="yearly-ingest", schedule=Cron(cron, timezone=timezone_name),
        parameters={"inbox_dir": str(Path(inbox_dir).resolve()), "data_dir": str(Path(data_dir).resolve())},
        description="Ingest the new editions found in the inbox, once a year.")


@contextlib.contextmanager
def local_dask_cluster(workers: int | None = None):
    """A Dask cluster on this machine (one single-threaded process per core); yields its address.
    Its workers may start child processes, as page reading needs."""
    import dask
    from distributed import LocalCluster

    with dask.config.set({"distributed.worker.daemon": False}):
        with LocalCluster(n_workers=workers or os.cpu_count() or 1, threads_per_worker=1, processes=True,
                          dashboard_address=None) as cluster:
            yield cluster.scheduler_address
