"""Mutation test for the validators: `python -m bench.mutate [--sites 30] [--per-build 6] [--seed 2025]`.

A seeded generator draws mutation sites from the relations gold (a digit, a unit 亿→万, a decimal point) in
relations that do not share lines; a site is a mutation that falsifies its relation by the gold's own values
(expected column): per relation its (claim, mutation) alternatives are tried in seeded order and those that leave
the relation true (1741→174.1 with a part of 120; 从2家拓展至22家 with 2→0.2) are skipped and counted. It applies
several to the report text per rebuild of the born-digital fixture, runs the stages in-process, and asks whether each mutation raised a flag from the relation's rule
on the mutated claim (the claim of the mutated line that carries the mutated number). False flags are flags
of the mutated run that the unmutated run did not raise and that involve no mutated claim. Prints one row per
tune site, detection by split (sites of held-out relations, and of tune relations reaching into a held-out span,
are counted only, never shown), by rule, the detection rate and the false-flag count.
"""
from __future__ import annotations

import argparse
import random
import re
import tempfile
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from bench import gold as G
from bench.score import run
from decimal import Decimal
from extractors.claims import find_claims
from fixtures.render import build_report, write_map
from fixtures.seed import seed_path

RULE_OF = {"table_total": {"table_total"}, "list_total": {"list_total", "table_total", "part_whole"},
           "part_whole": {"part_whole", "table_total"}, "restatement": {"restatement"},
           "direction": {"direction"}, "share": {"share"}, "rate": {"rate"}}
NUM = re.compile(r"\d[\d,]*(?:\.\d+)?")


@dataclass
class Site:
    relation: dict
    key: str  # the gold claim mutated
    line: int
    kind: str  # digit | unit | decimal
    old: str = ""
    new: str = ""


def _locate(line_text: str, raw: str, occ: int) -> tuple[int, int] | None:
    """Span of the occ-th standalone occurrence of raw's number in the markdown line."""
    m = NUM.match(raw.lstrip("-"))
    if not m:
        return None
    num = m.group(0)
    seen = 0
    for k in re.finditer(re.escape(num), line_text):
        s, e = k.span()
        if (s and (line_text[s - 1].isdigit() or line_text[s - 1] in ".,")) or \
                (e < len(line_text) and (line_text[e].isdigit() or (line_text[e] in ".," and e + 1 < len(line_text)
                                                                     and line_text[e + 1].isdigit()))):
            continue
        seen += 1
        if seen == occ:
            return s, e
    return None


def mutate_number(num: str, kind: str) -> str:
    if kind == "digit":
        i = next(k for k, ch in enumerate(num) if ch.isdigit() and ch != "0") if num.strip("0,.") else 0
        d = int(num[i])
        nd = d + 1 if d < 9 else d - 1
        return num[:i] + str(nd) + num[i + 1:]
    if kind == "decimal":  # one place to the left
        digits = num.replace(",", "")
        if "." in digits:
            a, b = digits.split(".")
            return (a[:-1] or "0") + "." + a[-1:] + b if len(a) > 1 else "0.0" + a + b
        return digits[:-1] + "." + digits[-1] if len(digits) > 1 else "0." + digits
    raise ValueError(kind)


def _num(tok: str) -> Decimal | None:
    try:
        return Decimal(tok.replace(",", ""))
    except ArithmeticError:
        return None


def _value_after(site_kind: str, old: str, new: str) -> Decimal:
    x = _num(old)
    return x / 10000 if site_kind == "unit" else _num(new)


_CMP = re.compile(r"<=|>=|≈|=|<|>")
_ANNOTATED = re.compile(r"(\d[\d,]*(?:\.\d+)?)([^\d\s=<>+;]+)=(\d[\d,]*(?:\.\d+)?)")  # 708万元=7080000


def _holds(expr: str) -> bool:
    """One gold comparison chain (`a+b=c`, `64<=343`, `0.39<0.8`, `4000=4000`) within the printed precision."""
    sides = _CMP.split(expr)
    ops = _CMP.findall(expr)
    vals, tols = [], []
    for side in sides:
        side = re.sub(r"round\(([^)]*)\)", r"\1", side)
        terms = re.findall(r"([+-]?)\s*(\d[\d,]*(?:\.\d+)?)(?:/(\d+))?", side)
        if not terms:
            return True  # not a figure we can evaluate: never claim it was falsified
        v, t = Decimal(0), Decimal(0)
        for sign, num, den in terms:
            x = _num(num) / (Decimal(den) if den else 1)  # 100/3 is a quotient
            v += -x if sign == "-" else x
            t += Decimal(1).scaleb(-len(num.split(".")[1]) if "." in num else 0) / 2 / (Decimal(den) if den else 1)
        vals.append(v), tols.append(t)
    for (x, tx), op, (y, ty) in zip(zip(vals, tols), ops, zip(vals[1:], tols[1:])):
        tol = tx + ty
        ok = {"=": abs(x - y) <= tol, "≈": abs(x - y) <= tol, "<=": x <= y + tol, ">=": x + tol >= y,
              "<": x < y + tol, ">": x + tol > y}[op]
        if not ok:
            return False
    return True


def falsifies(relation: dict, old: str, site_kind: str, new: str) -> bool:
    """Whether replacing the figure `old` by the mutation makes the gold relation false, decided from the gold's
    own expected values (every occurrence of the figure is tried: an ambiguous one must be falsified in all)."""
    expected = relation["expected"].split(" (")[0]
    if relation["rule"] == "restatement" and not re.search(r"[<>]", expected):
        return True  # a moved figure disagrees with its copies (the moves exceed rounding; units differ: 万 = 亿)
    if expected.startswith("count("):
        return False  # a list counted by its items: a changed item figure leaves the count true
    if relation["rule"] == "part_whole":
        # 其中 parts need not be exhaustive: the rule (and a reader) can only hold them to parts <= whole
        # a computed sum inside the chain ("64+58+14=136<=580") is no printed figure: drop it, or the changed part
        # would be held to the old sum (64+58+24 <= 136) and a mutation leaving the relation true counted as a site
        expected = re.sub(r"(\+[^=<>]*)=\s*[\d.,]+(?=\s*<=)", r"\1", expected)
        expected = expected.replace("<=", "=").replace("=", "<=")
    target = _num(old)
    after = _value_after(site_kind, old, new)
    if _ANNOTATED.search(expected):
        # "708万元=7080000 < 14.9亿元=1490000000": figures of different units compared in the base unit; the
        # mutated figure's base value scales with it, the others stand as their base values
        hit = []

        def base(m):
            raw, norm = _num(m.group(1)), _num(m.group(3))
            if raw == target:
                hit.append(1)
                return format(after * norm / raw, "f")
            return m.group(3)
        parts = [_ANNOTATED.sub(base, p) for p in expected.split(";")]
        return bool(hit) and not all(_holds(p) for p in parts)
    results = []
    for part in expected.split(";"):
        for m in re.finditer(r"\d[\d,]*(?:\.\d+)?", part):
            if _num(m.group(0)) != target:
                continue
            results.append(_holds(part[:m.start()] + format(after, "f") + part[m.end():]))
    return bool(results) and not any(results)


def _alternatives(rng: random.Random, r: dict, lines: list[str]) -> list[tuple[str, str]]:
    alts = []
    for key in dict.fromkeys(r["claims"].split("|")):
        _, ln, rest = key.split(":", 2)
        raw = rest.rsplit("#", 1)[0]
        kinds = ["digit", "decimal"] + (["unit"] if re.search(r"\d\**亿", lines[int(ln) - 1]) and "亿" in raw else [])
        alts += [(key, k) for k in kinds]
    rng.shuffle(alts)
    return alts


def draw(rng: random.Random, n: int, lines: list[str], stats: dict | None = None) -> list[Site]:
    """Sites drawn in seeded random order: per relation, its (claim, mutation) alternatives in seeded order, the
    first that falsifies the relation by its gold values is taken. stats["skipped"] counts the drawn candidates
    left aside because the mutation left the relation true (1741→174.1 with a part of 120)."""
    rels = [r for r in G.relations() if all(k.startswith("seed:") for k in r["claims"].split("|"))
            and r["holds"] == "yes" and r["rule"] in RULE_OF]
    rng.shuffle(rels)
    stats = stats if stats is not None else {}
    stats.setdefault("skipped", 0)
    sites, used_lines = [], set()
    for r in rels:
        keys = r["claims"].split("|")
        rel_lines = {int(k.split(":")[1]) for k in keys}
        if rel_lines & used_lines:
            continue
        for key, kind in _alternatives(rng, r, lines):
            _, ln, rest = key.split(":", 2)
            raw, occ = rest.rsplit("#", 1)
            ln = int(ln)
            span = _locate(lines[ln - 1], raw, int(occ))
            if span is None:
                continue
            old = lines[ln - 1][span[0]:span[1]]
            new = old if kind == "unit" else mutate_number(old, kind)  # the unit is changed in apply
            if not falsifies(r, old, kind, new):
                stats["skipped"] += 1
                continue
            sites.append(Site(r, key, ln, kind, old, new))
            used_lines |= rel_lines
            break
        if len(sites) >= n:
            break
    return sites


def apply(lines: list[str], sites: list[Site]) -> list[str]:
    out = list(lines)
    for s in sites:
        _, _, rest = s.key.split(":", 2)
        raw, occ = rest.rsplit("#", 1)
        t = out[s.line - 1]
        a, b = _locate(t, raw, int(occ))
        if s.kind == "unit":
            k = t.index("亿", b)
            t = t[:k] + "万" + t[k + 1:]
        else:
            t = t[:a] + s.new + t[b:]
        out[s.line - 1] = t
    return out


def split_of(s: Site, hidden=None) -> str:
    """The site's split: its relation's, except that a tune relation with a claim on a held-out line (a cross-span
    relation reaching into a held-out span) counts apart, as "tune/held-out lines": such sites are counted, never
    shown or studied."""
    if s.relation["split"] != "tune":
        return s.relation["split"]
    hidden = hidden or G.hidden_lines()
    return "tune/held-out lines" if any(hidden(int(k.split(":")[1])) for k in s.relation["claims"].split("|")) \
        else "tune"


def _mutated(on_line: list, s: Site) -> list:
    """The claims of the mutated line that carry the mutated number (the unit mutation keeps the number)."""
    num = s.old if s.kind == "unit" else s.new
    try:
        want = Decimal(num.replace(",", ""))
    except ArithmeticError:
        return []
    out = [c for c in on_line if G.same_number(want, c.value)]
    if s.kind == "unit":
        out = [c for c in out if "万" in (c.raw + c.unit)]
    return out


def flags_for(md: Path, workdir: Path):
    pdf = workdir / "m.pdf"
    meta = build_report(pdf, seed=md)
    write_map(meta, workdir / "m.map.json")
    _, claims, _ = run(pdf, 2025, find_claims)
    from pipeline import validate
    _, flags = validate.validate(claims)
    return claims, flags, G.LineLocator(workdir / "m.map.json")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sites", type=int, default=30)
    ap.add_argument("--per-build", type=int, default=6)
    ap.add_argument("--seed", type=int, default=2025)
    a = ap.parse_args(argv)
    lines = seed_path().read_text(encoding="utf-8").split("\n")
    rng = random.Random(a.seed)
    stats = {}
    hidden = G.hidden_lines()
    sites = draw(rng, a.sites, lines, stats)
    with tempfile.TemporaryDirectory() as td:
        td = Path(td)
        (td / "base.md").write_text("\n".join(lines), encoding="utf-8")
        _, base_flags, _ = flags_for(td / "base.md", td)
        base_ids = {(f.rule, f.message) for f in base_flags}
        detected, false_flags, rows, false_rows = 0, 0, [], []
        by_rule = defaultdict(lambda: [0, 0])
        by_split = defaultdict(lambda: [0, 0])
        for i in range(0, len(sites), a.per_build):
            batch = sites[i:i + a.per_build]
            md = td / f"m{i}.md"
            md.write_text("\n".join(apply(lines, batch)), encoding="utf-8")
            claims, flags, loc = flags_for(md, td)
            mutated_ids, targets = set(), []
            for s in batch:
                on_line = [c for c in claims if loc.line(c.page, c.x0, c.top, c.x1, c.bottom) == s.line]
                ids = {c.claim_id for c in _mutated(on_line, s)} or {c.claim_id for c in on_line}
                mutated_ids |= ids
                targets.append(ids)
            for s, ids in zip(batch, targets):
                hit = [f for f in flags if f.rule in RULE_OF[s.relation["rule"]] and ids & set(f.claim_ids.split("|"))]
                detected += bool(hit)
                by_rule[s.relation["rule"]][0] += bool(hit)
                by_rule[s.relation["rule"]][1] += 1
                sp = split_of(s, hidden)
                by_split[sp][0] += bool(hit)
                by_split[sp][1] += 1
                if sp != "tune":
                    continue  # sites on held-out lines are counted, never shown (those lines stay out of sight)
                rows.append(f"| {s.relation['relation_id']} | {s.relation['rule']} | {s.key} | {s.kind} "
                            f"{s.old}→{s.new if s.kind != 'unit' else '万'} | {'yes: ' + hit[0].rule if hit else 'no'} |")
            new_flags = [f for f in flags if (f.rule, f.message) not in base_ids
                         and not (mutated_ids & set(f.claim_ids.split("|")))]
            false_flags += len(new_flags)
            false_rows += [f"false flag ({f.rule}): {f.message}" for f in new_flags]
    print("| relation | rule | mutated claim | mutation | flagged |\n|---|---|---|---|---|")
    print("\n".join(rows))
    print("\n".join(false_rows))
    print("detected by split: " + ", ".join(f"{k} {v[0]}/{v[1]}" for k, v in sorted(by_split.items())))
    print("detected by rule: " + ", ".join(f"{k} {v[0]}/{v[1]}" for k, v in sorted(by_rule.items())))
    print(f"\ndrawn candidates skipped because the mutation left the relation true: {stats['skipped']}")
    print(f"mutations: {len(sites)}, detected by the right rule: {detected} ({detected / max(len(sites), 1):.0%}), "
          f"false flags: {false_flags}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
