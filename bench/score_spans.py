"""Relation figures of chosen gold spans only (a generalisation estimate on newly annotated tune spans).

    python -m bench.score_spans S14 S15 S16 S17 [--pdf fixtures/pdf/report-2025.pdf] [--errors]

Scores the pipeline grammar on the fixture as bench/score.py does, with the relations gold restricted to the
relations of the named spans (relation ids S14-R01 …); --errors lists those relations that were not checked or
checked with the wrong outcome (only ever pass tune spans).
"""
from __future__ import annotations

import argparse
from collections import defaultdict
from pathlib import Path

from bench import gold as G
from bench import score as S
from extractors.claims import find_claims


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("spans", nargs="+")
    ap.add_argument("--pdf", type=Path, default=G.FIX / "report-2025.pdf")
    ap.add_argument("--errors", action="store_true")
    a = ap.parse_args(argv)
    split = {s.span_id: s.split for s in G.spans().values()}
    if any(split.get(s) != "tune" for s in a.spans):
        raise SystemExit("only tune spans")
    spans = [s for s in G.spans().values() if s.span_id in a.spans]

    def ours(r: dict) -> bool:
        """A relation of the span's own file, or a cross-span one (X-…) with a statement on the span's lines."""
        if r["relation_id"].split("-")[0] in a.spans:
            return True
        lines = [int(k.split(":")[1]) for k in r["claims"].split("|") if k.startswith(spans[0].doc + ":")]
        return r["relation_id"].startswith("X-") and any(s.start <= n <= s.end for s in spans for n in lines)

    every = G.relations
    G.relations = lambda: [r for r in every() if ours(r)]  # noqa: E731
    try:
        _, claims, checks = S.run(a.pdf, 2025, find_claims)
        tallies = defaultdict(S.Tally)
        errs = [] if a.errors else None
        S.score("seed", a.pdf, claims, checks, tallies, G.locator_for(a.pdf), errs)
    finally:
        G.relations = every
    t = tallies["tune"]
    print(f"relations of {' '.join(a.spans)}: {t.rel_total}, checked {t.rel_checked}, right {t.rel_right}")
    print("by rule (checked/total): " + ", ".join(f"{k} {v[0]}/{v[1]}" for k, v in sorted(t.rel_by_rule.items())))
    for e in errs or []:
        if e.startswith("REL"):
            print(e)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
