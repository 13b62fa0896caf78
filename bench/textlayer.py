"""Text-layer bench: the pipeline's page text against the source, next to plain `page.extract_text()`.

    python -m bench.textlayer [--pdf fixtures/pdf/report-2025.pdf] [--alt] [--repeat 3]

For each rendering (the committed fixture and, with --alt, `.cache/fixtures/report-2025-alt.pdf`, built by
`python -m fixtures.build --large`):

- CER: edit distance between all pages' text and the source's printed text (map.json `lines`, in source
  order), whitespace, bullet glyphs and table tabs ignored, over the reference length;
- numeric tokens: every number printed in the source found in the output (multiset);
- order: on two-column pages, source lines (as drawn, from map.json `boxes`) found in the page text in the
  order they were drawn (inversions counted);
- running lines: pages whose text holds the running title or a bare page number line;
- speed: seconds per page inside the read + layout stages (pdfplumber `extract_text()` for the baseline),
  best of --repeat runs, one process, one core.
"""
from __future__ import annotations

import argparse
import difflib
import json
import re
import time
from collections import Counter
from pathlib import Path

import pdfplumber

from pipeline import layout
from pipeline.pages import read_pages

ROOT = Path(__file__).resolve().parent.parent
MAIN = ROOT / "fixtures" / "pdf" / "report-2025.pdf"
ALT = ROOT / ".cache" / "fixtures" / "report-2025-alt.pdf"
NUM = re.compile(r"\d+(?:[.,]\d+)*%?")
DEBUG = False
DROP = re.compile(r"[\s•●▪■◆]")


def norm(s: str) -> str:
    return DROP.sub("", s)


def cer(ref: str, hyp: str) -> tuple[int, int]:
    """(edits, len(ref)) from difflib's alignment (no junk heuristic), done page-sized piece by piece."""
    sm = difflib.SequenceMatcher(None, ref, hyp, autojunk=False)
    edits = 0
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op != "equal":
            edits += max(i2 - i1, j2 - j1)
    return edits, len(ref)


def chunked_cer(ref_lines: list[str], hyp: str) -> tuple[int, int]:
    """Align source lines to the output in order (each line found near where the last ended), then diff."""
    ref = "".join(norm(l) for l in ref_lines)
    hyp = norm(hyp)
    # anchor every ~2000 reference characters on a 12-character exact match to keep difflib cheap
    edits, total, i, j = 0, 0, 0, 0
    step = 2000
    while i < len(ref):
        ie, je = len(ref), len(hyp)
        for cand in range(i + step, min(len(ref) - 12, i + 3 * step), 41):
            k = hyp.find(ref[cand:cand + 12], j)
            if k >= 0 and k - j < 3 * step and hyp.find(ref[cand:cand + 12], k + 1) < 0:
                ie, je = cand, k
                break
        e, n = cer(ref[i:ie], hyp[j:je])
        if DEBUG and e > 20:
            print(f"   chunk {i}: {e} edits\n     ref {ref[i:ie][:300]}\n     hyp {hyp[j:je][:300]}")
        edits, total, i, j = edits + e, total + n, ie, je
    return edits, total


def ref_lines(meta: dict) -> list[str]:
    lines = meta["lines"]
    return [lines[k] for k in sorted(lines, key=int)]


def order_inversions(meta: dict, page_texts: dict[int, str], two_col_pages: set[int]) -> tuple[int, int]:
    bad = checked = 0
    for p in sorted(two_col_pages):
        text = norm(page_texts.get(p, ""))
        at, seen = 0, set()
        for b in meta["boxes"]:
            if b["page"] != p or b["kind"] not in ("para", "bullet", "heading") or b["line"] in seen:
                continue  # a paragraph split over two columns is drawn (and mapped) twice
            seen.add(b["line"])
            key = norm(meta["lines"][str(b["line"])])[:14]
            if len(key) < 6 or key not in text:
                continue
            checked += 1
            k = text.find(key, at)  # the next occurrence after the previous line (keys can repeat)
            if k < 0:
                bad += 1
                k = text.find(key)
            at = k + 1
    return bad, checked


def two_column_pages(meta: dict) -> set[int]:
    width = meta["pagesize"][0]
    pages = set()
    for b in meta["boxes"]:
        if b["kind"] == "para" and b["x1"] - b["x0"] < width * 0.45:
            pages.add(b["page"])
    return pages


def running_in_text(meta: dict, page_texts: dict[int, str]) -> int:
    title = norm(meta["title"])
    n = 0
    for p, t in page_texts.items():
        lines = [norm(l) for l in t.split("\n")]
        if any(l == title for l in lines) or (p > 1 and lines and str(p) in (lines[0], lines[-1])):
            n += 1
    return n


def numbers_missing(ref: list[str], hyp: str) -> list[str]:
    """Numbers are tokens between whitespace-or-text boundaries, so they are cut per line (table cells are
    tab-separated in the source), not after whitespace removal (which would fuse "05" and "3 加强")."""
    want = Counter(t for l in ref for t in NUM.findall(l))
    got = Counter(NUM.findall(hyp))
    return sorted((want - got).elements())


def pipeline_texts(pdf: Path, n: int) -> tuple[dict[int, str], float]:
    t0 = time.perf_counter()
    pages = read_pages(pdf, "bench", list(range(1, n + 1)))
    layout.finalize(pages)
    dt = time.perf_counter() - t0
    return {p.page: p.text for p in pages}, dt


def baseline_texts(pdf: Path) -> tuple[dict[int, str], float]:
    t0 = time.perf_counter()
    with pdfplumber.open(str(pdf)) as pl:
        out = {i + 1: p.extract_text() or "" for i, p in enumerate(pl.pages)}
    return out, time.perf_counter() - t0


def bench(pdf: Path, repeat: int) -> None:
    meta = json.loads(pdf.with_suffix(".map.json").read_text(encoding="utf-8"))
    n = meta["pages"]
    ref = ref_lines(meta)
    two = two_column_pages(meta)
    print(f"\n{pdf.name}: {n} pages, {len(two)} two-column pages, {sum(len(norm(l)) for l in ref)} reference chars")
    print(f"{'reader':22s} {'CER':>8s} {'numbers missing':>16s} {'order inv.':>11s} {'running':>8s} {'s/page':>8s} "
          f"{'pages/s':>8s}")
    for name, fn in (("extract_text baseline", lambda: baseline_texts(pdf)),
                     ("pipeline", lambda: pipeline_texts(pdf, n))):
        best = None
        for _ in range(repeat):
            texts, dt = fn()
            best = dt if best is None else min(best, dt)
        full = "\n".join(texts[p] for p in sorted(texts))
        e, tot = chunked_cer(ref, full)
        miss = numbers_missing(ref, full)
        inv, chk = order_inversions(meta, texts, two)
        run = running_in_text(meta, texts)
        print(f"{name:22s} {100 * e / tot:7.3f}% {len(miss):>7d} of {sum(len(NUM.findall(l)) for l in ref):<6d}"
              f" {inv:>4d}/{chk:<5d} {run:>8d} {best / n:8.4f} {n / best:8.1f}")
        if miss and name == "pipeline":
            print("   missing:", miss[:20])


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--pdf", type=Path, default=MAIN)
    ap.add_argument("--alt", action="store_true", help="also the second rendering (.cache/fixtures)")
    ap.add_argument("--repeat", type=int, default=1)
    a = ap.parse_args(argv)
    bench(a.pdf, a.repeat)
    if a.alt:
        if not ALT.exists():
            print(f"{ALT} missing: run `python -m fixtures.build --large`")
            return 1
        bench(ALT, a.repeat)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
