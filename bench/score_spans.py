"""Score claims and relations on chosen gold spans only: `python -m bench.score_spans S14 S15 [--by-span] [--errors]`.

bench/score.py reports whole splits; this restricts the gold to the spans named (and their relations: ids
starting with a span's id, or X-cross relations whose claims all lie in them), so that newly annotated spans
can be measured on their own — e.g. before the rules are tuned on them. Refuses held-out spans for --errors.
"""
from __future__ import annotations

import argparse
from collections import defaultdict

from bench import gold as G
from bench import score as S
from extractors.claims import find_claims


def _restricted(span_ids: set[str], spans_all: dict, relations: list[dict]):
    chosen = {k: v for k, v in spans_all.items() if k in span_ids}

    def in_chosen(key: str) -> bool:
        doc, loc = key.split(":")[:2]
        return any(s.doc == doc and s.start <= int(loc) <= s.end for s in chosen.values())

    rels = [r for r in relations if r["relation_id"].split("-")[0] in span_ids or
            (r["relation_id"].startswith("X-") and all(in_chosen(k) for k in r["claims"].split("|")))]
    # spans holding the other claims of those relations take part in matching, under a split of their own
    for r in rels:
        for key in r["claims"].split("|"):
            doc, loc = key.split(":")[:2]
            for k, s in spans_all.items():
                if k not in chosen and s.doc == doc and s.start <= int(loc) <= s.end:
                    chosen[k] = G.Span(s.span_id, s.doc, s.start, s.end, "context")
    return chosen, rels


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("spans", nargs="+")
    ap.add_argument("--by-span", action="store_true", help="one row per span")
    ap.add_argument("--errors", action="store_true", help="list unchecked/wrong relations (tune spans only)")
    a = ap.parse_args(argv)
    spans_all = G.spans()
    if a.errors and any(spans_all[s].split != "tune" for s in a.spans):
        raise SystemExit("--errors lists tune spans only")
    _, claims, checks = S.run(G.FIX / "report-2025.pdf", 2025, find_claims)
    loc = G.locator_for(G.FIX / "report-2025.pdf")
    groups = [[s] for s in a.spans] if a.by_span else [a.spans]
    real_spans, real_rel = G.spans, G.relations
    try:
        for group in groups:
            chosen, rels = _restricted(set(group), spans_all, real_rel())
            G.spans = lambda chosen=chosen: chosen
            G.relations = lambda rels=rels: rels
            tallies = defaultdict(S.Tally)
            errs = [] if a.errors else None
            S.score("seed", G.FIX / "report-2025.pdf", claims, checks, tallies, loc, errs)
            for sp, t in tallies.items():
                if sp in (None, "context"):
                    continue  # claims outside the chosen spans, there for matching only
                p, r, f = t.prf()
                by = ", ".join(f"{k} {v[0]}/{v[1]}" for k, v in sorted(t.rel_by_rule.items()))
                print(f"{'+'.join(group)} [{sp}] claims gold {t.gold} P {p:.3f} R {r:.3f} | relations checked "
                      f"{t.rel_checked}/{t.rel_total} (right {t.rel_right}) | {by}")
            for e in errs or []:
                if e.startswith("REL"):
                    print("  ", e)
    finally:
        G.spans, G.relations = real_spans, real_rel
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
