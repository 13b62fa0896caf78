"""Fuzz: damaged variants of the fixtures through the stages in-process (pages in their isolated workers).

Every file gets a Document or a one-line DocumentError naming it; every page a result or an error naming
file and page; no page runs past its time limit by more than a second; the batch never stops.
"""
import json
import time
from collections import Counter
from pathlib import Path

import pytest

import hostile_variants as hv
from pipeline import claims as claims_stage
from pipeline import document, isolate, layout, validate
from pipeline.errors import DocumentError

PAGE_TIMEOUT = 4.0
LIMITS = isolate.Limits(page_timeout=PAGE_TIMEOUT, memory_mb=1536)


def run_batch(folder: Path, variants, monkeypatch) -> dict:
    monkeypatch.setattr(isolate, "OPEN_TIMEOUT", 10.0)
    data = folder / "data"
    stats = Counter()
    overrun = -1e9
    for kind, path in variants:
        t0 = time.monotonic()
        try:
            doc = document.open_document(path, 2025, data)
        except DocumentError as e:
            msg = str(e)
            assert path.name in msg and "\n" not in msg and e.reason, msg
            # each child call is bounded (open, repair, open again)
            assert time.monotonic() - t0 <= 3 * (isolate.OPEN_TIMEOUT + 1), (path, msg)
            stats[f"file error ({kind})"] += 1
            stats["files"] += 1
            continue
        pages = isolate.read_pages(doc.stored_path, doc.doc_id, list(range(1, doc.pages + 1)), None, LIMITS,
                                   label=path.name)
        assert [p.page for p in pages] == list(range(1, doc.pages + 1)), path
        for p in pages:
            assert p.status in ("ok", "error"), (path, p.page)
            if p.status == "error":
                assert f"{path.name} page {p.page}" in p.error and "\n" not in p.error, p.error
                stats["page errors"] += 1
                stats["timeouts"] += "timed out" in p.error
            overrun = max(overrun, p.seconds - PAGE_TIMEOUT)
            assert p.seconds <= PAGE_TIMEOUT + 1, (path, p.page, p.seconds, p.error)
        layout.finalize(pages)  # the later stages take whatever the pages hold
        cl = [c for p in pages for c in claims_stage.page_claims(p, 2025)]
        validate.validate(cl)
        stats["files"] += 1
        stats["pages"] += len(pages)
        stats["pages ok"] += sum(p.status == "ok" for p in pages)
    stats["max overrun ms"] = round(overrun * 1000)
    return dict(stats)


def test_fuzz_quick(tmp_path, monkeypatch):
    vs = hv.variants(tmp_path, 32, seed=8)
    assert {k for k, _ in vs} >= {"flip", "truncate", "delete", "absurd-size", "bomb-flate", "bomb-ccitt",
                                  "endless-ops", "endless-form"}
    stats = run_batch(tmp_path, vs, monkeypatch)
    print("fuzz quick:", json.dumps(stats, ensure_ascii=False))
    assert stats["files"] == len(vs)
    assert stats["pages ok"] > 0


@pytest.mark.slow
def test_fuzz_long(tmp_path, monkeypatch):
    vs = hv.variants(tmp_path, 240, seed=2025, scanned=True)
    stats = run_batch(tmp_path, vs, monkeypatch)
    print("fuzz long:", json.dumps(stats, ensure_ascii=False))
    assert stats["files"] == len(vs) >= 200
