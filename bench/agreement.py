"""How far two careful annotators agree on subjects, beside how far the extractor agrees with each.

    python -m bench.agreement

A second annotator, who saw neither the first annotation nor any program output, wrote the `subject` of the
same figures again (fixtures/gold/second/<span>.csv for tune spans of the gold; fixtures/probes/second/<probe>.csv
for the claims probes that carry subjects). Agreement is the gold scorer's own subject test (`_subject_ok`):
it says what the subject score can be expected to reach when the reference is one annotator's reading.
Held-out spans are never re-annotated nor listed here.
"""
from __future__ import annotations

import csv
import tempfile
from collections import defaultdict
from pathlib import Path

from bench import gold as G
from bench import probes as P
from bench.score import Tally, _subject_ok, run, score
from extractors.claims import find_claims

SECOND_GOLD = G.FIX.parent / "gold" / "second"
SECOND_PROBES = P.PROBES / "second"


def _rate(pairs: list[tuple[str, str]]) -> str:
    if not pairs:
        return "–"
    return f"{sum(_subject_ok(a, b) for a, b in pairs) / len(pairs):.3f} ({len(pairs)})"


def _row(name: str, first: list[str], second: list[str], extracted: list[str | None]) -> str:
    both = [(a, b) for a, b in zip(first, second)]
    on_hits = [(a, b, e) for a, b, e in zip(first, second, extracted) if e is not None]
    either = sum(_subject_ok(a, e) or _subject_ok(b, e) for a, b, e in on_hits)
    return (f"| {name} | {len(first)} | {_rate(both)} | {_rate([(a, b) for a, b, _ in on_hits])} | "
            f"{_rate([(a, e) for a, _, e in on_hits])} | {_rate([(b, e) for _, b, e in on_hits])} | "
            f"{either / len(on_hits):.3f} |" if on_hits else f"| {name} | {len(first)} | {_rate(both)} | – | – | – | – |")


def gold_rows() -> list[str]:
    spans = G.spans()
    files = sorted(SECOND_GOLD.glob("S*.csv"))
    if not files:
        return []
    pdf = G.FIX / "report-2025.pdf"
    _, claims, checks = run(pdf, 2025, find_claims)
    matched = score("seed", pdf, claims, checks, defaultdict(Tally), G.locator_for(pdf))
    first = {g["claim_key"]: g["subject"] for g in G.claims() if g["doc"] == "seed" and g["is_claim"] == "1"}
    out, tot = [], ([], [], [])
    for f in files:
        if spans[f.stem].split != "tune":
            raise SystemExit(f"{f}: {f.stem} is not a tune span; held-out spans are not re-annotated")
        rows = list(csv.DictReader(f.open(encoding="utf-8")))
        a = [first[r["claim_key"]] for r in rows]
        b = [r["subject"] for r in rows]
        e = [matched[r["claim_key"]].subject or "" if r["claim_key"] in matched else None for r in rows]
        out.append(_row(f"gold {f.stem}", a, b, e))
        for acc, xs in zip(tot, (a, b, e)):
            acc.extend(xs)
    out.append(_row("**gold, tune spans**", *tot))
    return out


def probe_rows() -> list[str]:
    files = sorted(SECOND_PROBES.glob("claims-*.csv"))
    out, tot = [], ([], [], [])
    for f in files:
        md = P.PROBES / f"{f.stem}.md"
        rows = list(csv.DictReader((P.PROBES / f"{f.stem}.csv").open(encoding="utf-8")))
        second = list(csv.DictReader(f.open(encoding="utf-8")))
        claims_rows = [(i, r) for i, r in enumerate(rows) if r["is_claim"] == "1"]
        if [(r["line"], r["raw"]) for _, r in claims_rows] != [(s["line"], s["raw"]) for s in second]:
            raise SystemExit(f"{f}: rows differ from {f.stem}.csv's claims (line, raw, order)")
        with tempfile.TemporaryDirectory() as tmp:
            claims, _, _, lines = P.read(md.read_text(encoding="utf-8"), Path(tmp))
        hits: dict = {}
        P.score_claims(rows, claims, lines, hits=hits)
        a = [r["subject"] for _, r in claims_rows]
        b = [s["subject"] for s in second]
        e = [(hits[i].subject or "") if i in hits else None for i, _ in claims_rows]
        out.append(_row(f"probe {f.stem}", a, b, e))
        for acc, xs in zip(tot, (a, b, e)):
            acc.extend(xs)
    if files:
        out.append(_row("**probes**", *tot))
    return out


def main() -> None:
    print("| set | figures | second vs first annotator | the same, on figures the extractor found | "
          "extractor vs first | extractor vs second | extractor vs either |")
    print("|---|---|---|---|---|---|---|")
    for line in gold_rows() + probe_rows():
        print(line, flush=True)


if __name__ == "__main__":
    main()
