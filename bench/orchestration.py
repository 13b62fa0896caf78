"""Orchestration bench: what the stage cache saves on a rerun, and page reading on a Dask cluster.

All runs are real Prefect flow runs in this process, on a fresh store, with the OCR image cache off (every
scanned page is recognized unless its stage result is cached) and a result storage of the bench's own:

  cold        ingest with an empty stage cache (the baseline: what every rerun cost before the cache)
  rerun       the same document again, nothing changed: every stage from the cache
  validators  again after a change to the validators' code (simulated by their fingerprint): pages and claims
              from the cache, validation recomputed
  grammar     again after a change to the claims grammar: pages from the cache, claims and validation recomputed

With --dask, the scanned fixture is also read on a local Dask cluster (2 single-threaded workers) next to the
default thread runner, both uncached. Figures are wall seconds of the whole flow (best of --repeat).

    python -m bench.orchestration [--repeat 2] [--dask]
"""
from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

os.environ["REPORTPIPE_OCR_CACHE"] = "0"
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DASK_LOGGING__DISTRIBUTED", "warning")
os.environ.setdefault("PREFECT_HOME", tempfile.mkdtemp(prefix="bench-prefect-"))

ROOT = Path(__file__).resolve().parent.parent
FIX = ROOT / "fixtures" / "pdf"
DOCS = [("born-digital", FIX / "report-2025.pdf"), ("scanned", FIX / "report-2025-scanned.pdf")]


# (all pages, layout, claims, validate) taken from the cache
EXPECTED = {"cold": (False, False, False, False), "rerun": (True, True, True, True),
            "validators": (True, True, True, False), "grammar": (True, True, False, False)}


def _timed(fn):
    t = time.perf_counter()
    out = fn()
    return time.perf_counter() - t, out


def cache_runs(repeat: int) -> None:
    from prefect.settings import PREFECT_RESULTS_LOCAL_STORAGE_PATH, temporary_settings

    import flows
    from pipeline import fingerprint

    real = fingerprint.stage
    print(f"{'document':13s} {'cold s':>7s} {'rerun s':>8s} {'×':>5s} {'validators s':>13s} {'×':>5s} "
          f"{'grammar s':>10s} {'×':>5s}  claims (same in every run)")
    for name, pdf in DOCS:
        best: dict[str, float] = {}
        claims = set()
        for _ in range(repeat):
            with tempfile.TemporaryDirectory() as tmp, \
                    temporary_settings({PREFECT_RESULTS_LOCAL_STORAGE_PATH: str(Path(tmp) / "results")}):
                data = str(Path(tmp) / "data")
                runs = {"cold": (), "rerun": (), "validators": ("validate",), "grammar": ("claims",)}
                for label, edited in runs.items():
                    # an edit to a stage's code is a change of its fingerprint (the key of what follows it too)
                    fingerprint.stage = lambda s, e=edited: real(s) + ("-edited" if s in e else "")
                    try:
                        s, r = _timed(lambda: flows.ingest_document(str(pdf), 2025, data))
                    finally:
                        fingerprint.stage = real
                    assert r.ok, r.error
                    st = r.stages
                    took = (st["read"]["cached"] == st["read"]["chunks"], st["layout"], st["claims"], st["validate"])
                    assert took == EXPECTED[label], (label, st)  # the figure is of the run it claims to be
                    claims.add((r.claims, r.checks, r.flags))
                    best[label] = min(best.get(label, 1e9), s)
        c = best["cold"]
        print(f"{name:13s} {c:7.2f} {best['rerun']:8.2f} {c / best['rerun']:5.1f} {best['validators']:13.2f} "
              f"{c / best['validators']:5.1f} {best['grammar']:10.2f} {c / best['grammar']:5.1f}  "
              f"{sorted(claims)}")


def dask_runs(repeat: int) -> None:
    import flows

    name, pdf = DOCS[1]
    with tempfile.TemporaryDirectory() as tmp:
        threads = min(_timed(lambda: flows.ingest_batch([str(pdf)], 2025, f"{tmp}/t{i}", cache="off"))[0]
                      for i in range(repeat))
        with flows.local_dask_cluster(2) as address:
            dask = min(_timed(lambda: flows.ingest_batch([str(pdf)], 2025, f"{tmp}/d{i}", cache="off",
                                                         dask=address))[0] for i in range(repeat))
    print(f"{name}: threads {threads:.2f} s, local Dask cluster (2 workers) {dask:.2f} s, "
          f"ratio {threads / dask:.2f} (2 cores: no more hands, only the cost of shipping pages)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--dask", action="store_true")
    a = ap.parse_args()
    # one run first so that the ephemeral Prefect server's start-up is in no figure
    import flows
    with tempfile.TemporaryDirectory() as tmp:
        flows.ingest_document(str(FIX / "report-2024-synthetic.pdf"), 2024, tmp, cache="off")
    cache_runs(a.repeat)
    if a.dask:
        dask_runs(a.repeat)


if __name__ == "__main__":
    main()
