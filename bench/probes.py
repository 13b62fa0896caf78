"""Relation recall on the hand-written relation probes (fixtures/probes/*.relations.csv).

    python -m bench.probes [--errors] [--mutate SEED] [--claims [--scanned]] [--notes]

Each probe is a document written in the report's style by hand, with the arithmetic relations among its
figures known by construction (not gold, not read off the extractor). The probe is built into a PDF and read
by the real stages; a relation counts as checked when one check holds all its figures, and as right when the
check's outcome agrees with `holds`. Probes written before any change made for them measure how the
validators generalise beyond the gold's tune split.

--mutate SEED: also changes one figure per relation that holds (a digit, 亿→万, a decimal point), a few
relations per rebuild, and counts how many mutations raise a flag naming the mutated figure.
"""
from __future__ import annotations

import argparse
import csv
import json
import random
import re
import tempfile
from collections import Counter, defaultdict
from decimal import Decimal
from pathlib import Path

from bench import gold as G
from bench import mutate as M
from bench.score import _subject_ok, run
from extractors.claims import find_claims
from fixtures.build import build_scanned
from fixtures.render import build_report, write_map
from pipeline import validate as V

PROBES = Path(__file__).resolve().parent.parent / "fixtures" / "probes"


def probes(only: str = "") -> list[tuple[Path, list[dict]]]:
    out = []
    for rel in sorted(PROBES.glob("*.relations.csv")):
        if only and rel.name.split(".")[0] not in only.split(","):
            continue
        md = rel.with_name(rel.name.replace(".relations.csv", ".md"))
        out.append((md, list(csv.DictReader(rel.open(encoding="utf-8")))))
    return out


def figures(r: dict) -> list[tuple[int, str]]:
    out = []
    for f in r["figures"].split("|"):
        line, raw = f.split(":", 1)
        out.append((int(line), raw.strip()))
    return out


def read(md_text: str, workdir: Path, scanned: bool = False):
    """Build the probe into a PDF and read it: claims, checks, flags and each claim's source line.
    scanned: read the probe's pages as the scanned fixture's are made (rendered, rotated, blurred, JPEG; no
    text layer), so every figure goes through OCR."""
    md = workdir / "probe.md"
    md.write_text(md_text, encoding="utf-8")
    pdf = workdir / "probe.pdf"
    write_map(build_report(pdf, seed=md), pdf.with_suffix(".map.json"))
    if scanned:
        import pypdfium2 as pdfium
        n = len(pdfium.PdfDocument(str(pdf)))
        scan = workdir / "probe-scanned.pdf"
        meta = build_scanned(pdf, list(range(1, n + 1)), scan)
        scan.with_suffix(".map.json").write_text(json.dumps(meta), encoding="utf-8")
        pdf = scan
    _, claims, checks = run(pdf, 2025, find_claims)
    loc = G.locator_for(pdf)
    lines = {c.claim_id: loc.line(c.page, c.x0, c.top, c.x1, c.bottom) for c in claims}
    _, flags = V.validate(claims)
    return claims, checks, flags, lines


def _key(s: str) -> str:
    return s.replace(" ", "").replace(",", "")


def candidates(claims, lines, line: int, raw: str) -> list:
    """The claims printed as `raw` on `line` (by printed text, else by number): a line may print one figure twice
    (…团组412个，在412个来访团组中…), and the relation may hold either copy."""
    on_line = [c for c in claims if lines.get(c.claim_id) == line]
    same = [c for c in on_line if _key(c.raw) == _key(raw)]
    if same:
        return same
    num = G.number(_key(raw).rstrip("%‰"))
    if num is None:
        import regex
        m = regex.search(r"[-\d.]+", _key(raw))
        num = G.number(m.group()) if m else None
    return [c for c in on_line if num is not None and G.same_number(num, c.value)]


def score(rels: list[dict], claims, checks, lines, errors: list | None = None, tag: str = "") -> Counter:
    t = Counter()
    sets = [(set(k.claim_ids.split("|")), k) for k in checks if k.rule != "unit_plausibility"]
    copies = G.verified_copies(checks)
    for r in rels:
        t["total"] += 1
        t[f"total:{r['rule']}"] += 1
        cands = [(line, raw, candidates(claims, lines, line, raw)) for line, raw in figures(r)]
        missing = [f"{line}:{raw}" for line, raw, cs in cands if not cs]
        if missing:
            if errors is not None:
                errors.append(f"{tag}{r['relation_id']} {r['rule']} UNMATCHED {missing} | {r['figures']}")
            continue

        def covers(ids: set) -> bool:
            used: set = set()
            for _, _, cs in cands:
                c = next((c for c in cs if c.claim_id in ids and c.claim_id not in used), None)
                if c is None:
                    return False
                used.add(c.claim_id)
            return True
        chk = next((k for s, k in sets if covers(s)), None)
        if chk is None:
            on_copy = G.check_on_copies([{c.claim_id for c in cs} for _, _, cs in cands], sets, copies)
            if on_copy is not None:
                t["copy"] += 1
                t["copy_right"] += (on_copy.outcome == "pass") == (r["holds"] == "yes")
            if errors is not None:
                how = "UNCHECKED" if on_copy is None else f"ON_COPY({on_copy.outcome})"
                errors.append(f"{tag}{r['relation_id']} {r['rule']} {how} {r['figures']} | {r['expected']}")
            continue
        right = (chk.outcome == "pass") == (r["holds"] == "yes")
        t["checked"] += 1
        t[f"checked:{r['rule']}"] += 1
        t["right"] += right
        t[f"right:{r['rule']}"] += right
        if errors is not None and not right:
            errors.append(f"{tag}{r['relation_id']} {r['rule']} WRONG outcome={chk.outcome} holds={r['holds']} "
                          f"rule={chk.rule} | {r['expected']}")
    return t


def mutate_one(text: str, line: int, raw: str, rng: random.Random) -> tuple[str, str, str, str] | None:
    """The figure `raw` on `line` changed as a slip would (bench.mutate's kinds: a digit, 亿→万, a decimal
    point): the new text, the kind, the old number and the new one."""
    src = text.split("\n")
    s = src[line - 1].replace("**", "")
    m = M.NUM.search(raw)
    if raw not in s or m is None:
        return None
    kinds = ["digit", "decimal"] + (["unit"] if "亿" in raw else [])
    kind = rng.choice(kinds)
    old = m.group(0)
    new_raw = raw.replace("亿", "万", 1) if kind == "unit" else raw.replace(old, M.mutate_number(old, kind), 1)
    hit = re.search(r"(?<![\d.,])" + re.escape(raw), s)  # the figure itself, not the tail of 103家 for 3家
    if hit is None:
        return None
    src[line - 1] = s[:hit.start()] + new_raw + s[hit.end():]
    return "\n".join(src), kind, old, (old if kind == "unit" else M.mutate_number(old, kind))


def claim_probes(only: str = "") -> list[tuple[Path, list[dict]]]:
    out = []
    for f in sorted(PROBES.glob("claims-*.csv")):
        if only and f.stem not in only.split(","):
            continue
        out.append((f.with_suffix(".md"), list(csv.DictReader(f.open(encoding="utf-8")))))
    return out


def score_claims(rows: list[dict], claims, lines, errors: list | None = None, tag: str = "",
                 hits: dict | None = None) -> Counter:
    """Claims on the probe's annotated lines against its rows: matched by line and number, one to one; a
    pipeline claim on an annotated line matching no claim row is a false positive (a non-claim read as one).
    hits: when a dict, each matched row's index in rows → the pipeline claim."""
    t = Counter()
    annotated = {int(r["line"]) for r in rows}
    by_line = defaultdict(list)
    for c in claims:
        if lines.get(c.claim_id) in annotated:
            by_line[lines[c.claim_id]].append(c)
    t["pred"] = sum(len(v) for v in by_line.values())
    for i, r in enumerate(rows):
        if r["is_claim"] != "1":
            continue
        t["gold"] += 1
        free = by_line.get(int(r["line"]), [])
        hit = next((c for c in free if G.same_number(r["value"], c.value)), None)
        if hit is None:
            if errors is not None:
                errors.append(f"{tag}MISS {r['line']}:{r['raw']} {r['kind']}")
            continue
        free.remove(hit)
        if hits is not None:
            hits[i] = hit
        t["tp"] += 1
        fields = {"unit": (r["unit"], hit.unit), "base_unit": (r["base_unit"], hit.base_unit),
                  "kind": (r["kind"], hit.kind), "qualifier": (r["qualifier"], hit.qualifier),
                  "direction": (r["direction"], hit.direction)}
        for k, (want, got) in fields.items():
            ok = (want or "") == (got or "")
            t[k] += ok
            if errors is not None and not ok:
                errors.append(f"{tag}{k} {r['line']}:{r['raw']} want={want!r} got={got!r} | {hit.context[:60]}")
        if r.get("subject"):  # probes written with subjects (claims-k41 on) are scored as the gold's are
            t["subject_n"] += 1
            ok = _subject_ok(r["subject"], hit.subject)
            t["subject"] += ok
            if errors is not None and not ok:
                errors.append(f"{tag}subject {r['line']}:{r['raw']} want={r['subject']!r} got={hit.subject!r}"
                              f" | {hit.context[:60]}")
    if errors is not None:
        for ln, cs in sorted(by_line.items()):
            errors += [f"{tag}FP {ln}:{c.raw} | {c.context[:60]}" for c in cs]
    return t


def _summary(what: str, total: Counter) -> None:
    """One line: P, R, F1 over the probes' claims, and the field accuracies of the matched ones."""
    tp = total["tp"]
    p = tp / total["pred"] if total["pred"] else 0.0
    r = tp / total["gold"] if total["gold"] else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    print(f"{what}: gold {total['gold']}, pred {total['pred']}, P {p:.3f}, R {r:.3f}, F1 {f1:.3f}; of matched: "
          + ", ".join(f"{k} {total[k] / tp:.3f}" for k in ("unit", "base_unit", "kind", "qualifier", "direction")
                      if tp)
          + (f"; subject {total['subject'] / total['subject_n']:.3f} of {total['subject_n']}"
             if total["subject_n"] else ""))


def claims_run(only: str, work: Path, errors: list | None, scanned: bool = False) -> dict[str, Counter]:
    """Score the claims probes born-digital, and with `scanned` also through OCR in the same run."""
    out = {}
    for mode in ["born-digital"] + (["scanned"] if scanned else []):
        total = Counter()
        for md, rows in claim_probes(only):
            claims, _, _, lines = read(md.read_text(encoding="utf-8"), work, scanned=mode == "scanned")
            total.update(score_claims(rows, claims, lines, errors, tag=f"{mode} {md.stem}: "))
        _summary(f"claims probes, {mode}", total)
        out[mode] = total
    return out


def note_probes(only: str = "") -> list[tuple[Path, list[dict]]]:
    out = []
    for f in sorted(PROBES.glob("note-*.csv")):
        if only and f.stem not in only.split(","):
            continue
        rows = list(csv.DictReader(f.open(encoding="utf-8")))
        for r in rows:
            r["line"] = "1"  # scored by page, as the real PDFs are: `where` names the place for a reader
        out.append((f.with_suffix(".json"), rows))
    return out


def notes_run(only: str, work: Path, errors: list | None) -> dict[str, Counter]:
    """Synthetic broker-note first pages (fixtures/research_note.py drawing a probe's content): the grammar and
    the plain-regex baseline in the same run on the same PDF, claims matched by value on the page."""
    from bench.baseline import find_plain
    from fixtures.research_note import build_research_note
    finders = (("baseline", find_plain), ("grammar", find_claims))
    out = {name: Counter() for name, _ in finders}
    for js, rows in note_probes(only):
        pdf = work / f"{js.stem}.pdf"
        build_research_note(pdf, content=json.loads(js.read_text(encoding="utf-8")))
        for name, finder in finders:
            _, claims, _ = run(pdf, 2025, finder)
            out[name].update(score_claims(rows, claims, {c.claim_id: 1 for c in claims},
                                          errors if name == "grammar" else None, tag=f"{js.stem}: "))
    for name, total in out.items():
        _summary(f"note probes, {name}", total)
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--errors", action="store_true", help="list relations not checked or checked wrong")
    ap.add_argument("--mutate", type=int, default=None, metavar="SEED")
    ap.add_argument("--only", default="", help="probe names, comma-separated (fresh-a,fresh-b)")
    ap.add_argument("--claims", action="store_true", help="score the claims probes (fixtures/probes/claims-*.csv)")
    ap.add_argument("--notes", action="store_true",
                    help="score the broker-note page probes (fixtures/probes/note-*.json/.csv) against the baseline")
    ap.add_argument("--scanned", action="store_true",
                    help="with --claims: also read the probes as scanned pages (OCR), in the same run")
    a = ap.parse_args(argv)
    total = Counter()
    errors: list | None = [] if a.errors else None
    with tempfile.TemporaryDirectory() as d:
        work = Path(d)
        if a.notes:
            notes_run(a.only, work, errors)
            if errors:
                print("\n".join(errors))
            return 0
        if a.claims:
            claims_run(a.only, work, errors, a.scanned)
            if errors:
                print("\n".join(errors))
            return 0
        for md, rels in probes(a.only):
            claims, checks, flags, lines = read(md.read_text(encoding="utf-8"), work)
            t = score(rels, claims, checks, lines, errors, tag=f"{md.stem}: ")
            total.update(t)
            print(f"{md.name}: {len(claims)} claims, {len(checks)} checks, {len(flags)} flags; relations "
                  f"{t['checked']}/{t['total']} checked, {t['right']}/{t['total']} right")
        rules = sorted(k.split(":", 1)[1] for k in total if k.startswith("total:"))
        print("by rule (right/total): " + ", ".join(
            f"{r} {total['right:' + r]}/{total['total:' + r]}" for r in rules))
        print(f"all probes: {total['right']}/{total['total']} right = {total['right'] / max(1, total['total']):.3f}")
        print(f"not checked as written, but checked on a verified copy of a figure (a restatement the validators "
              f"passed): {total['copy']} ({total['copy_right']} right)")
        if errors:
            print("\n".join(errors))
        if a.mutate is not None:
            mutation_run(a.mutate, work, a.only)
    return 0


def holds(rule: str, vals: list, tols: list) -> bool:
    """Whether a relation holds over its figures' values (base units; the order of `figures`), within the summed
    half-units of the printed digits: the probes' `expected` column is prose as often as arithmetic."""
    tol = sum(tols)
    if rule in ("table_total", "list_total"):
        return abs(vals[0] - sum(vals[1:])) <= tol
    if rule == "part_whole":
        return sum(vals[1:]) <= vals[0] + tol
    if rule in ("share", "rate"):
        s, a, b = vals[:3]
        if not b:
            return True
        t = tols[0] + 100 * (tols[1] / abs(b) + abs(a) * tols[2] / (b * b))
        return abs(a / b * 100 - s) <= t
    if rule == "direction":
        return True  # judged against the unmutated direction in falsified()
    return True


def falsified(r: dict, base: list, k: int, after) -> bool:
    """A mutation of figure k (its value becoming `after`) makes the relation false: a restatement always (the
    moves exceed rounding), a direction when the step changes sign, the others by holds()."""
    vals, tols = [v for v, _ in base], [t for _, t in base]
    if r["rule"] == "restatement":
        return True
    new = vals[:k] + [after] + vals[k + 1:]
    if r["rule"] == "direction":
        return (vals[1] - vals[0]) * (new[1] - new[0]) <= 0
    return holds(r["rule"], vals, tols) and not holds(r["rule"], new, tols)


def mutation_run(seed: int, work: Path, only: str = "", per_build: int = 4) -> None:
    """Mutations that falsify their relation (decided from the figures' values, see falsified()), a few in
    unrelated relations per rebuild; caught = a flag from the relation's rule naming the mutated claim."""
    rng = random.Random(seed)
    caught = tried = false_flags = 0
    by_rule = defaultdict(lambda: [0, 0])
    for md, rels in probes(only):
        text = md.read_text(encoding="utf-8")
        bc, _, bf, bl = read(text, work)
        base = {(f.rule, frozenset(bl.get(i) for i in f.claim_ids.split("|"))) for f in bf}  # by lines: a message
        # quotes the words around a figure, which a mutation nearby changes
        sites = [r for r in rels if r["holds"] == "yes"]
        rng.shuffle(sites)
        for i in range(0, len(sites), per_build):
            t, muts, used = text, [], set()
            for r in sites[i:i + per_build]:
                cands = [candidates(bc, bl, line, raw) for line, raw in figures(r)]
                if not all(cands):
                    continue  # a figure the pipeline does not read: no value to mutate from
                base_vals = [(V.exact(cs[0]), V.half_unit(cs[0])) for cs in cands]
                if any(v is None for v, _ in base_vals):
                    continue
                figs = [(k, f) for k, f in enumerate(figures(r)) if f[0] not in used]
                rng.shuffle(figs)
                for k, (line, raw) in figs:
                    got = mutate_one(t, line, raw, rng)
                    if got is None:
                        continue
                    old_n, new_n = Decimal(got[2].replace(",", "")), Decimal(got[3].replace(",", ""))
                    if not old_n:
                        continue  # a zero has no digit to slip
                    after = base_vals[k][0] / 10000 if got[1] == "unit" else base_vals[k][0] * new_n / old_n
                    if not falsified(r, base_vals, k, after):
                        continue
                    t = got[0]
                    used.add(line)
                    muts.append((r, line, raw, got[1], got[2], got[3]))
                    break
            if not muts:
                continue
            claims, checks, flags, lines = read(t, work)
            all_ids = set()
            for r, line, raw, kind, old, new in muts:
                on_line = [c for c in claims if lines.get(c.claim_id) == line]
                want = G.number(old if kind == "unit" else new)
                ids = {c.claim_id for c in on_line if G.same_number(want, c.value)} or {c.claim_id for c in on_line}
                all_ids |= ids
                hit = [f for f in flags if f.rule in M.RULE_OF[r["rule"]] and ids & set(f.claim_ids.split("|"))]
                tried += 1
                by_rule[r["rule"]][1] += 1
                if hit:
                    caught += 1
                    by_rule[r["rule"]][0] += 1
                else:
                    print(f"  missed {md.stem} {r['relation_id']} {r['rule']}: {kind} {raw} ({old}→{new}) line {line}")
            # (a flag naming a figure of a deliberate error, holds=no, is right whatever copies it pairs after a
            # mutation re-clusters them)
            wrong = {c.claim_id for r in rels if r["holds"] == "no" for line, raw in figures(r)
                     for c in candidates(claims, lines, line, raw)}
            false = [f for f in flags if (f.rule, frozenset(lines.get(i) for i in f.claim_ids.split("|"))) not in base
                     and not ((all_ids | wrong) & set(f.claim_ids.split("|")))]
            false_flags += len(false)
            for f in false:
                print(f"  false flag {md.stem} ({f.rule}): {f.message[:140]} [mutated: "
                      + ", ".join(f"{line}:{raw}→{new}" for _, line, raw, _, _, new in muts) + "]")
    print(f"probe mutations (seed {seed}): {caught}/{tried} caught; by rule "
          + ", ".join(f"{k} {v[0]}/{v[1]}" for k, v in sorted(by_rule.items()))
          + f"; false flags: {false_flags}")


if __name__ == "__main__":
    raise SystemExit(main())
