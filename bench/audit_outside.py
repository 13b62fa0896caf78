"""Dump the grammar's claims on the report lines outside every gold span, for error audits by reading.

    python -m bench.audit_outside [--pdf fixtures/pdf/report-2025.pdf] > audit.txt

Outside the spans nothing is scored, so the tune/held-out split stays clean: each claim is printed with its
fields next to its source line, then the lines whose Arabic numerals gave no claim (names, dates and
misses alike — read them against fixtures/gold/GUIDE.md). Lines within one of a span's edges are skipped.
"""
from __future__ import annotations

import argparse
from collections import defaultdict

import regex

from bench import gold as G
from bench.score import run
from extractors.claims import find_claims



def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--pdf", default=str(G.FIX / "report-2025.pdf"))
    a = ap.parse_args(argv)
    from pathlib import Path
    pdf = Path(a.pdf)
    _, claims, _ = run(pdf, 2025, find_claims)
    line_of = G.lines_of(claims, pdf)
    spans = [s for s in G.spans().values() if s.doc == "seed"]
    outside = lambda i: not any(s.start - 1 <= i <= s.end + 1 for s in spans)  # noqa: E731
    src = G.SEED.read_text(encoding="utf-8").split("\n")
    by = defaultdict(list)
    for c in claims:
        line = line_of[c.claim_id]
        if line is not None and outside(line):
            by[line].append(c)
    for i in sorted(by):
        print(f"\n## L{i}: {src[i - 1][:400]}")
        for c in by[i]:
            print(f"  {c.raw!r:14} v={c.value:g} u={c.unit} b={c.base_unit} k={c.kind} d={c.direction} "
                  f"q={c.qualifier} p={c.period} s={c.subject}")
    print("\n#### numerals outside spans with no claim starting with them")
    for i, t in enumerate(src, 1):
        if not outside(i):
            continue
        t = regex.sub(r"\*\*|</?b>|</?sup>", "", t)
        raws = [c.raw for c in by.get(i, [])]
        left = [n for n in regex.findall(r"\d+(?:[.,]\d+)*", t)
                if not regex.fullmatch(r"(?:19|20)\d\d", n) and not any(r.startswith(n) for r in raws)]
        if left:
            print(f"L{i}: {left}  | {t[:260]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
