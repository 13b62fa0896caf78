"""Cost of page isolation: in-process pages.read_pages (the baseline, same run) against isolate.read_pages
with one worker and with one worker per core. Prints seconds and ratios to the baseline.

    python -m bench.isolation [--pages N]
"""
from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

from pipeline import isolate, pages

FIX = Path(__file__).resolve().parent.parent / "fixtures" / "pdf"


def _timed(fn) -> tuple[float, list]:
    t0 = time.perf_counter()
    out = fn()
    return time.perf_counter() - t0, out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, default=4, help="scanned pages to OCR (of 9)")
    a = ap.parse_args()
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    cores = os.cpu_count() or 1
    for name, nums in (("report-2025.pdf", list(range(1, 70))), ("report-2025-scanned.pdf", list(range(1, a.pages + 1)))):
        path = FIX / name
        base, ref = _timed(lambda: pages.read_pages(path, "bench", nums))
        print(f"{name}: {len(nums)} pages; in-process baseline {base:.2f}s")
        for w in sorted({1, cores}):
            t, got = _timed(lambda: isolate.read_pages(path, "bench", nums, limits=isolate.Limits(workers=w)))
            same = [p.text for p in got] == [p.text for p in ref] and all(p.status == "ok" for p in got)
            print(f"  isolated, {w} worker(s): {t:.2f}s  ratio {t / base:.2f}  same pages: {same}")


if __name__ == "__main__":
    main()
