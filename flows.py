"""Prefect orchestration: the only module that knows Prefect. Stages stay plain functions."""
from __future__ import annotations

import os
import traceback
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from prefect import flow, task
from prefect.cache_policies import NO_CACHE
from prefect.runtime import flow_run

from extractors import metrics
from pipeline import claims as claims_stage
from pipeline import document, isolate, layout, publish, store, validate
from pipeline.errors import DocumentError
from schemas import SCHEMA_VERSION


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


@task(cache_policy=NO_CACHE, name="open-document")
def open_document_task(path: str, edition: int, data_dir: str, password: str | None):
    """Bad input is an outcome, not a task failure: the error comes back as a value."""
    try:
        return document.open_document(path, edition, Path(data_dir), password)
    except DocumentError as e:
        return e


@task(cache_policy=NO_CACHE, name="read-pages")
def read_pages_task(stored_path: str, doc_id: str, pagenos: list[int], password: str | None,
                    limits: isolate.Limits | None, label: str):
    """Each page in a killable worker (time and memory limits); the workers run the pages in parallel."""
    return isolate.read_pages(stored_path, doc_id, pagenos, password, limits, label=label)


@task(cache_policy=NO_CACHE, name="layout")
def layout_task(pages):
    layout.finalize(pages)
    return pages


@task(cache_policy=NO_CACHE, name="claims")
def claims_task(pages, edition: int):
    return claims_stage.doc_claims(pages, edition)


@task(cache_policy=NO_CACHE, name="validate")
def validate_task(claims):
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


@flow(name="ingest-document", log_prints=False)
def ingest_document(path: str, edition: int, data_dir: str, password: str | None = None,
                    limits: isolate.Limits | None = None) -> DocResult:
    started = _now()
    t0 = datetime.now(timezone.utc)
    run = {"run_id": uuid.uuid4().hex, "flow_run_id": str(flow_run.get_id() or ""), "path": str(path),
           "edition": int(edition), "started_at": started, "code_version": store.code_version(),
           "schema_version": SCHEMA_VERSION}
    doc = open_document_task(path, edition, data_dir, password)
    if isinstance(doc, DocumentError):
        e = doc
        store.record_failed_run(Path(data_dir), {**run, "doc_id": "", "status": "error", "error": e.reason,
                                                 "finished_at": _now()})
        return DocResult(path=str(path), ok=False, error=str(e))
    pages = read_pages_task(doc.stored_path, doc.doc_id, list(range(1, doc.pages + 1)), password, limits,
                            Path(path).name)
    pages = layout_task(pages)
    claims = claims_task(pages, int(edition))
    checks, flags = validate_task(claims)
    failed = [p for p in pages if p.status != "ok"]
    run.update(doc_id=doc.doc_id, status="ok" if not failed else "partial", error="; ".join(p.error for p in failed)[:2000],
               finished_at=_now(), pages=doc.pages, pages_failed=len(failed), claims=len(claims),
               tables=len({(c.page, c.table_id) for p in pages for c in p.cells}), checks=len(checks),
               flags=len(flags))
    store_task(data_dir, doc, pages, claims, checks, flags, run)
    out = publish_task(data_dir, doc)
    return DocResult(path=str(path), ok=True, doc_id=doc.doc_id, edition=int(edition), pages=doc.pages,
                     pages_failed=len(failed), ocr_pages=sum(p.kind == "ocr" for p in pages), claims=len(claims),
                     tables=run["tables"], checks=len(checks), flags=len(flags), export=out,
                     seconds=round((datetime.now(timezone.utc) - t0).total_seconds(), 2),
                     repaired=doc.stored_path.endswith(".repaired.pdf"),
                     page_errors=[p.error for p in failed])


@flow(name="ingest-batch", log_prints=False)
def ingest_batch(paths: list[str], edition: int, data_dir: str, password: str | None = None,
                 limits: isolate.Limits | None = None) -> list[DocResult]:
    """Every file gets a result; one file's failure never stops the others."""
    results = []
    for p in paths:
        try:
            results.append(ingest_document(p, edition, data_dir, password, limits))
        except Exception as e:  # noqa: BLE001 — report and go on with the batch
            results.append(DocResult(path=str(p), ok=False,
                                     error=f"{p}: internal error: {type(e).__name__}: {e}"))
            if os.environ.get("REPORTPIPE_DEBUG"):
                traceback.print_exc()
    return results
