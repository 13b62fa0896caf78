"""Relation coverage audit, gold-free: report lines with a relation cue next to the checks on their claims.

    python -m bench.audit_relations [--pdf fixtures/pdf/report-2025.pdf] [--exclude 913-1010 …] [--all]

Runs the pipeline on the fixture, ties each claim to its source line (the builder's map), and for every line
outside the held-out spans that carries a relation cue (其中, 分别, 共/合计/总计/累计, 占…的/占比, 从…至,
…率, a list of figures sharing a unit, 等N) prints the line, its claims and the checks (rule, outcome, the
other lines involved) on them. A cue with no check (`--` marker) is a candidate miss, to be read against the
source. Held-out spans are never printed; `--exclude` skips more line ranges (spans being annotated, so that
their later score stays an honest estimate). `--all` also prints cue lines whose claims are all checked.
"""
from __future__ import annotations

import argparse
import re
from collections import defaultdict
from pathlib import Path

from bench import gold as G
from bench.score import run
from extractors.claims import find_claims

CUES = {
    "其中": r"其中|(?<!不)包括",
    "分别": r"分别|依次",
    "total": r"共计|合计|总计|累计|总共|共有|共\d|共[^同享建性识赢创]",
    "share": r"占(?!据|领|有|优)|占比|比重",
    "from-to": r"[从由][^，。；]{0,24}?(?:至|到)",
    "rate": r"[\u4e00-\u9fff]率",
    "etc": r"等\d",
    "paren": r"[（(][^）)]*\d[^）)]*[）)]",
}
STRONG = {"其中", "分别", "total", "etc"}  # cues that may tie a lone figure to figures on other lines
_NUM = r"\d+(?:\.\d+)?"
LIST = re.compile(rf"{_NUM}[^\d，。；、]{{0,6}}、[^\d，。；、]{{0,12}}{_NUM}")


def cues(line: str) -> list[str]:
    t = re.sub(r"\*\*|</?b>|</?sup>", "", line)
    found = [k for k, pat in CUES.items() if re.search(pat, t)]
    if LIST.search(t):
        found.append("list")
    return found


def _unchecked_passages(claims, checks_of, line_of, hidden) -> None:
    from pipeline.checks import _AMOUNT
    from pipeline.passages import _build_passages, _measure

    print("\n#### passages with ≥2 unchecked figures of one measure word")
    for p in _build_passages(claims, False):
        lines = {line_of.get(c.claim_id) for _, c in p.placed}
        if not lines or any(x is None or hidden(x) for x in lines):
            continue
        free = defaultdict(list)
        for _, c in p.placed:
            if c.kind in _AMOUNT and not any(k.rule != "restatement" for k in checks_of[c.claim_id]):
                free[(c.base_unit, _measure(c))].append(c)
        groups = {k: v for k, v in free.items() if len(v) >= 2 and k[0] not in ("year", "percent")}
        if groups:
            print(f"\nL{sorted(lines)} {p.text[:260]}")
            for (bu, mw), cs in groups.items():
                print(f"   {bu}/{mw}: {' '.join(c.raw for c in cs)}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--pdf", default=str(G.FIX / "report-2025.pdf"))
    ap.add_argument("--exclude", nargs="*", default=[], help="more line ranges to skip, e.g. 913-1010")
    ap.add_argument("--all", action="store_true", help="also print cue lines whose claims are all checked")
    ap.add_argument("--passages", action="store_true",
                    help="also print passages (as the validators join them) holding ≥2 unchecked figures of one "
                         "measure word, with or without a cue: relations the wording does not announce")
    a = ap.parse_args(argv)
    pdf = Path(a.pdf)
    _, claims, checks = run(pdf, 2025, find_claims)
    hidden = G.hidden_lines(a.exclude)
    line_of = G.lines_of(claims, pdf)
    by_line = defaultdict(list)
    for c in claims:
        if line_of[c.claim_id] is not None:
            by_line[line_of[c.claim_id]].append(c)
    raw = {c.claim_id: c.raw for c in claims}
    checks_of = defaultdict(list)
    for k in checks:
        if k.rule == "unit_plausibility":
            continue
        for cid in k.claim_ids.split("|"):
            checks_of[cid].append(k)
    src = G.SEED.read_text(encoding="utf-8").split("\n")
    n_cue = n_miss = 0
    for i, text in enumerate(src, 1):
        if hidden(i) or not text.strip():
            continue
        cs = by_line.get(i, [])
        found = cues(text)
        if not cs or not found or len(cs) < 2 and not set(found) & STRONG:
            continue  # a lone figure with a weak cue relates to nothing on its line
        n_cue += 1
        rel = {k.check_id: k for c in cs for k in checks_of[c.claim_id] if k.rule != "restatement"}
        if not rel:
            n_miss += 1
        elif not a.all:
            continue
        print(f"\n{'--' if not rel else 'ok'} L{i} [{','.join(found)}] {text[:300]}")
        print("   claims: " + " ".join(f"{c.raw}({c.kind[:3]},{c.base_unit})" for c in cs))
        for k in rel.values():
            lines = sorted({line_of.get(x) or 0 for x in k.claim_ids.split("|")})
            print(f"   {k.rule:11} {k.outcome:14} {'|'.join(raw.get(x, '?') for x in k.claim_ids.split('|'))}"
                  f"  exp={k.expected} obs={k.observed} lines={lines}")
    if a.passages:
        _unchecked_passages(claims, checks_of, line_of, hidden)
    print(f"\n#### {n_cue} cue lines outside held-out spans; {n_miss} with no relation check")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
