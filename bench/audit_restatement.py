"""Gold-free coverage audit of the restatement rule on the report lines outside the held-out spans.

    python -m bench.audit_restatement [--pdf fixtures/pdf/report-2025.pdf] [--skip 1803-1939 ...] > audit.txt

Runs the stages in-process (bench/score.py `run`), ties each claim to its source line (the fixture's .map.json)
and prints, for lines outside every held-out span (and outside the ranges given with --skip):

(a) pairs of candidate statements on different lines with the same value and base unit, or the same value within
    their printed rounding in another unit (391271.71万元 vs 39.13亿元), each with whether the rule paired them
    (and its outcome and evidence) or, when not, why (incompatible: which test; no evidence: similarity);
    (a2) the same for a claim the rule does not consider (its kind, a table cell off the total row) against one
    it does;
(b) the pairs the rule made, with their evidence (grade, similarity, shared weight, subjects, masked clauses,
    markers);
(c) simulated mutations of every pair of (b) that holds: in one statement a digit changed, 亿→万, or the decimal
    point moved, in memory (value, raw figure and context), then the rule re-run: does the pair survive and
    is a restatement flag raised on the mutated statement? Pairing by description must not depend on the values.

Nothing here reads the gold's claims or relations: only spans.csv, to leave the held-out lines out. Read (a)
against the source: the same metric stated twice (summary, chapter, data pages) vs a coincidence. One-digit
counts and ranks are left out of (a) and (a2) (3家 coincides everywhere); shares are kept. (c) re-runs the rule
once per mutation (about 250 runs: several minutes; --no-mutations skips it).
"""
from __future__ import annotations

import argparse
import dataclasses
import re
from decimal import Decimal
from pathlib import Path

from bench import gold as G
from bench.score import run
from extractors.claims import find_claims
from pipeline import restatement as R
from pipeline import validate as V


def _desc(s: R.Stmt) -> str:
    mk = ",".join(f"{k}={v}" for k, v in sorted(s.markers.items()) if v)
    return (f"«{s.c.raw}» subj={s.subject!r} win={s.window!r} lead={s.lead!r} mid={s.c.metric_id or '-'} "
            f"kind={s.c.kind} dir={s.c.direction or '-'} per={s.c.period or '-'} {mk}"
            + (f" names={s.names!r}" if s.names else "") + (" TOTAL" if s.total_cell else ""))


def why_not(a: R.Stmt, b: R.Stmt, ev: R.Evidence, cfg: dict) -> str:
    """Which test keeps two statements apart (mirrors compatible())."""
    x, y = a.c, b.c
    if a.sentence == b.sentence:
        return "same sentence"
    if x.base_unit != y.base_unit:
        return "other base unit"
    if x.kind != y.kind:
        return f"kind {x.kind}/{y.kind}"
    if x.direction != y.direction and x.kind != "level":
        return f"direction {x.direction}/{y.direction}"
    if x.metric_id and y.metric_id and x.metric_id != y.metric_id:
        return f"metric {x.metric_id}/{y.metric_id}"
    if R._year(x.period) and R._year(y.period) and R._year(x.period) != R._year(y.period):
        return f"year {x.period}/{y.period}"
    if x.base_unit == "count":
        person = re.compile(cfg["person_measure"])
        if bool(person.match(x.unit or "")) != bool(person.match(y.unit or "")):
            return f"person/thing {x.unit}/{y.unit}"
    if R.siblings(a, b):
        return "siblings"
    soft = cfg["soft_marker_classes"]
    for k in a.markers.keys() & b.markers.keys():
        if k not in soft and a.markers[k] != b.markers[k]:
            return f"marker {k} {a.markers[k]}/{b.markers[k]}"
    g, sim = ev.grade(a, b)
    _, shared = ev.similarity(a, b)
    if not g:
        return f"no evidence sim={sim:.2f} shared={shared:.1f}"
    return f"compatible {g} sim={sim:.2f} shared={shared:.1f} (lost the one-to-one assignment)"


def _same_value(a: R.Stmt, b: R.Stmt) -> bool:
    if a.c.base_unit != b.c.base_unit:
        return False
    return a.value == b.value or abs(a.value - b.value) < a.tol + b.tol


def _mutations(c) -> list[tuple[str, object]]:
    """In-memory copies of a claim with one statement mutated: (label, claim)."""
    raw = c.raw or ""
    m = re.search(r"\d[\d,]*(?:\.\d+)?", raw)
    if not m:
        return []
    num = m.group(0)
    out = []
    i = next((k for k, ch in enumerate(num) if ch.isdigit() and ch != "0"), None)
    x = V.exact(c)
    if i is not None and x is not None:
        d = int(num[i])
        new = num[:i] + str(d + 1 if d < 9 else d - 1) + num[i + 1:]
        out.append(("digit " + num + "→" + new, new, None))
        digits = num.replace(",", "")
        if "." in digits:
            a, b = digits.split(".")
            dec = (a[:-1] or "0") + "." + a[-1:] + b if len(a) > 1 else "0.0" + a + b
        else:
            dec = digits[:-1] + "." + digits[-1] if len(digits) > 1 else "0." + digits
        out.append(("decimal " + num + "→" + dec, dec, None))
    if "亿" in raw[m.end():]:
        out.append(("unit 亿→万", num, "万"))
    res = []
    for label, new, unit in out:
        old_v = Decimal(num.replace(",", ""))
        new_v = Decimal(new.replace(",", ""))
        if unit:
            nx = x / 10000
            nraw = raw[:m.end()] + raw[m.end():].replace("亿", "万", 1)
        else:
            nx = x * new_v / old_v if old_v else x
            nraw = raw[:m.start()] + new + raw[m.end():]
        dec = len(new.split(".")[1]) if "." in new else 0
        mc = dataclasses.replace(c, raw=nraw, value=float(new_v), norm_exact=V.fmt(nx), decimals=dec,
                                 norm_value=float(nx), context=c.context.replace(raw, nraw, 1),
                                 unit=(c.unit.replace("亿", "万", 1) if unit else c.unit))
        res.append((label, mc))
    return res


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--pdf", default=str(G.FIX / "report-2025.pdf"))
    ap.add_argument("--skip", nargs="*", default=[], help="further line ranges to leave out, e.g. 1803-1939")
    ap.add_argument("--no-mutations", action="store_true")
    a = ap.parse_args(argv)
    pdf = Path(a.pdf)
    _, claims, _ = run(pdf, 2025, find_claims)
    hidden = G.hidden_lines(a.skip)
    line_of = G.lines_of(claims, pdf)
    keep = {k for k, ln in line_of.items() if ln is not None and not hidden(ln)}
    cfg = R._cfg()
    where = R._placements(claims)
    stmts = R._candidates(claims, where)
    edges = R.pairs(stmts)
    ev = R.Evidence(stmts)
    paired = {}
    for x, y, outcome, grade in edges:
        paired[frozenset((id(x), id(y)))] = (outcome, grade)

    def at(s: R.Stmt) -> str:
        return f"L{line_of[s.c.claim_id]}"

    inside = [s for s in stmts if s.c.claim_id in keep]
    print(f"# restatement audit: {len(claims)} claims, {len(stmts)} candidates, {len(inside)} outside held-out/"
          f"skipped lines; {len(edges)} pairs made\n")
    print("## (a) same value (within printed rounding), different lines")
    n_a = n_a_paired = 0
    for i, x in enumerate(inside):
        for y in inside[i + 1:]:
            if line_of[x.c.claim_id] == line_of[y.c.claim_id] or not _same_value(x, y):
                continue
            if len(R._digits(x.c)) < 2 and len(R._digits(y.c)) < 2 and x.c.kind != "share":
                continue  # one-digit counts and ranks coincide everywhere
            n_a += 1
            got = paired.get(frozenset((id(x), id(y))))
            n_a_paired += bool(got)
            state = f"PAIRED {got[0]} {got[1]}" if got else "unpaired: " + why_not(x, y, ev, cfg)
            print(f"- {at(x)} «{x.c.raw}» / {at(y)} «{y.c.raw}»: {state}")
            print(f"    {_desc(x)}\n    {_desc(y)}")
    print(f"\n{n_a} same-value pairs, {n_a_paired} paired\n")

    print("## (a2) same value, one statement not a candidate of the rule (its kind, a table cell off the total row)")
    cand = {s.c.claim_id for s in stmts}
    others = [c for c in claims if c.claim_id in keep and c.claim_id not in cand and V.exact(c) is not None]
    n_a2 = 0
    for c in others:
        x, tx = V.exact(c), V.half_unit(c)
        for s in inside:
            if s.c.base_unit != c.base_unit or line_of[s.c.claim_id] == line_of[c.claim_id]:
                continue
            if not (x == s.value or abs(x - s.value) < tx + s.tol) or len(R._digits(c)) < 2:
                continue
            n_a2 += 1
            why = f"kind {c.kind}" if c.kind not in cfg["kinds"] else f"table cell {c.subject!r}"
            print(f"- L{line_of[c.claim_id]} «{c.raw}» ({why}) / {at(s)} «{s.c.raw}» subj={s.subject!r}")
    print(f"\n{n_a2} such pairs\n")

    print("## (b) pairs made")
    shown = [(x, y, o, g) for x, y, o, g in edges if x.c.claim_id in keep and y.c.claim_id in keep]
    for x, y, outcome, grade in shown:
        sim, shared = ev.similarity(x, y)
        print(f"- {at(x)} / {at(y)}: {outcome} {grade} sim={sim:.2f} shared={shared:.1f}")
        print(f"    {_desc(x)}\n    {_desc(y)}")
    print(f"\n{len(shown)} pairs on kept lines ({sum(o == 'pass' for *_, o, _ in shown)} pass)\n")
    if a.no_mutations:
        return 0

    print("## (c) simulated mutations of the holding pairs")
    total = hit = 0
    index = {c.claim_id: k for k, c in enumerate(claims)}
    for x, y, outcome, grade in shown:
        if outcome != "pass":
            continue
        for s in (x, y):
            for label, mc in _mutations(s.c):
                mutated = list(claims)
                mutated[index[s.c.claim_id]] = mc
                out = V.Outcome([], [])
                R.restatement(mutated, out)
                flagged = [f for f in out.flags if mc.claim_id in f.claim_ids.split("|")]
                total += 1
                hit += bool(flagged)
                if not flagged:
                    m_stmts = R._candidates(mutated, R._placements(mutated))
                    me = next((t for t in m_stmts if t.c.claim_id == mc.claim_id), None)
                    other = next((t for t in m_stmts if t.c.claim_id == (y if s is x else x).c.claim_id), None)
                    kept = any({p.c.claim_id, q.c.claim_id} == {mc.claim_id, other.c.claim_id}
                               for p, q, *_ in R.pairs(m_stmts)) if me and other else False
                    print(f"- MISSED {at(s)} {label} in «{s.c.raw}» (pair {at(x)}/{at(y)} {grade}; "
                          f"pair kept: {kept})")
    print(f"\nsimulated mutations: {total}, flagged on the mutated statement: {hit}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
