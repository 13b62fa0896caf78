"""Score pipeline claims and checks against the hand-made gold, per split.

    python -m bench.score [--pdf fixtures/pdf/report-2025.pdf] [--real]

Runs the stages in-process (no Prefect) twice on each document: with the plain-regex baseline
(bench/baseline.py) and with the pipeline's grammar (extractors/), and prints precision, recall,
field accuracies and relation recall for the `tune` and `heldout` splits.

Matching: a gold claim (is_claim=1) and a pipeline claim match when they sit on the same source line
(fixtures: the builder's map ties boxes to lines; real PDFs: the same page) and carry the same number as
written (gold `value` vs pipeline `value`), one to one in reading order. Pipeline claims on annotated lines
that match no gold claim are false positives (this includes every non-claim numeral they picked up).
"""
from __future__ import annotations

import argparse
import hashlib
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from bench import gold as G
from bench.baseline import find_plain
from extractors.claims import find_claims
from pipeline import layout, validate
from pipeline.claims import doc_claims
from pipeline.pages import read_pages

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT.parent / "shared" / "real"
REAL_DOCS = {"byd": REAL / "cn_byd_2025q1_report.pdf", "gaoce": REAL / "cn_broker_research_gaoce_688556.pdf"}


def run(pdf: Path, edition: int, finder) -> tuple[list, list, list]:
    """document → pages → layout → claims → validate, as plain functions."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(pdf))
    n = len(doc)
    doc.close()
    doc_id = hashlib.sha256(pdf.read_bytes()).hexdigest()
    pages = read_pages(pdf, doc_id, list(range(1, n + 1)))
    layout.finalize(pages)
    claims = doc_claims(pages, edition, finder)
    checks, _ = validate.validate(claims)
    return pages, claims, checks


@dataclass
class Tally:
    gold: int = 0
    pred: int = 0
    tp: int = 0
    fields: dict = field(default_factory=lambda: defaultdict(int))
    rel_total: int = 0
    rel_checked: int = 0
    rel_right: int = 0
    rel_by_rule: dict = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    rel_copy: int = 0  # not checked as the gold names its figures, but on a verified copy of one (secondary)
    rel_copy_right: int = 0
    rel_unmatched: int = 0  # not checked because one of the relation's figures was not extracted at all

    def prf(self):
        p = self.tp / self.pred if self.pred else 0.0
        r = self.tp / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


def _subject_ok(g: str, p: str) -> bool:
    g, p = g.replace(" ", ""), (p or "").replace(" ", "")
    if not g:
        return not p
    if not p:
        return False
    short, long_ = sorted((g, p), key=len)
    return short in long_ and len(short) / len(long_) >= 0.5


def _field_hits(g: dict, c) -> dict:
    hits = {
        "value+unit": (G.same_number(g["norm_exact"], c.norm_exact) and g["base_unit"] == c.base_unit),
        "kind": g["kind"] == c.kind,
        "qualifier": g["qualifier"] == c.qualifier,
        "direction": g["direction"] == c.direction,
        "period": g["period"] == c.period,
        "subject": _subject_ok(g["subject"], c.subject),
    }
    return hits


def score(doc_key: str, pdf: Path, claims: list, checks: list, tallies: dict[str, Tally],
          locator: G.LineLocator | None, errors: list | None = None) -> dict:
    """errors: when a list, tune-split errors are appended to it (held-out errors are never listed).
    Returns the gold claims matched: claim_key → pipeline claim."""
    spans = {s.span_id: s for s in G.spans().values() if s.doc == doc_key}
    gold = [g for g in G.claims() if g["doc"] == doc_key and g["span_id"] in spans or
            (g["doc"] == doc_key and g["span_id"] == "X-cross")]
    # locate each pipeline claim: a source line (fixtures) or its page (real PDFs)
    def loc_of(c):
        if locator is None:
            return c.page
        return locator.line(c.page, c.x0, c.top, c.x1, c.bottom)

    def split_of(loc):
        for s in spans.values():
            if s.start <= loc <= s.end:
                return s.split
        return None

    def span_of(loc):
        # per-span tallies for tune spans only: held-out spans are scored in aggregate, never listed
        for s in spans.values():
            if s.start <= loc <= s.end and s.split == "tune":
                return s.span_id
        return None

    by_loc = defaultdict(list)
    for c in claims:
        loc = loc_of(c)
        if loc is not None:
            by_loc[loc].append(c)
    matched: dict[str, object] = {}
    for loc, cs in by_loc.items():
        sp = split_of(loc)
        if sp is None:
            continue
        tallies[sp].pred += len(cs)
        if (sid := span_of(loc)) is not None:
            tallies["span:" + sid].pred += len(cs)
    gold_by_loc = defaultdict(list)
    for g in gold:
        if g["span_id"] in spans or g["span_id"] == "X-cross":  # X-cross: lines outside spans, for relations
            gold_by_loc[int(g["loc"])].append(g)
    for loc, gs in gold_by_loc.items():
        if locator is not None and loc not in locator.lines:
            continue  # a variant printing only some pages (the scanned one) is scored on those
        sp = split_of(loc)
        free = list(by_loc.get(loc, []))
        listing = errors is not None and sp == "tune"
        for g in gs:
            if g["is_claim"] != "1":
                continue
            tallies[sp].gold += 1
            # by line, as the split is: X-cross rows (annotated earlier for relations) count in the span holding them
            per = tallies["span:" + span_of(loc)] if span_of(loc) is not None else None
            if per is not None:
                per.gold += 1
            hit = next((c for c in free if G.same_number(g["value"], c.value)), None)
            if hit is None:
                if listing:
                    errors.append(f"MISS {g['claim_key']} {g['kind']} subj={g['subject']}")
                continue
            free.remove(hit)
            matched[g["claim_key"]] = hit
            t = tallies[sp]
            t.tp += 1
            if per is not None:
                per.tp += 1
            for k, ok in _field_hits(g, hit).items():
                t.fields[k] += ok
                if per is not None:
                    per.fields[k] += ok
                if listing and not ok:
                    gv = {"value+unit": f"{g['norm_exact']} {g['base_unit']}", "subject": g["subject"]}.get(k, g.get(k))
                    pv = {"value+unit": f"{hit.norm_exact} {hit.base_unit}", "subject": hit.subject}.get(
                        k, getattr(hit, k, None))
                    errors.append(f"FIELD {k} {g['claim_key']} gold={gv!r} got={pv!r} | {hit.context[:80]}")
        if listing:
            for c in free:
                errors.append(f"FP {doc_key}:{loc} {c.raw!r} | {c.context[:80]}")
    if errors is not None:
        for loc, cs in by_loc.items():
            if split_of(loc) == "tune" and loc not in gold_by_loc:
                errors += [f"FP {doc_key}:{loc} {c.raw!r} | {c.context[:80]}" for c in cs]
    # relations: checked when one check involves the matched claims of the relation
    check_sets = [(set(k.claim_ids.split("|")), k) for k in checks if k.rule != "unit_plausibility"]
    copies = G.verified_copies(checks)
    for r in G.relations():
        keys = r["claims"].split("|")
        if not all(k.split(":", 1)[0] == doc_key for k in keys):
            continue
        if not any(f"{doc_key}:" in k for k in keys):
            continue
        if locator is not None and doc_key == "seed" and not all(int(k.split(":")[1]) in locator.lines for k in keys):
            continue
        t = tallies[r["split"]]
        # a span's own relations (ids S14-R01 …) are tallied with it too; cross-span (X-) ones only in the split
        own = spans.get(r["relation_id"].split("-")[0])
        per = tallies["span:" + own.span_id] if own is not None and own.split == "tune" else None
        for x in filter(None, (t, per)):
            x.rel_total += 1
            x.rel_by_rule[r["rule"]][1] += 1
        listing = errors is not None and r["split"] == "tune"
        ids = {matched[k].claim_id for k in keys if k in matched}
        if len(ids) < len(set(keys)):
            for x in filter(None, (t, per)):
                x.rel_unmatched += 1
            if listing:
                errors.append(f"REL unmatched {r['relation_id']} {r['rule']} {r['note'][:70]} | "
                              f"missing {[k for k in keys if k not in matched]}")
            continue
        chk = next((k for s, k in check_sets if ids <= s), None)
        if chk is None:
            on_copy = G.check_on_copies([{i} for i in ids], check_sets, copies)
            if on_copy is not None:
                for x in filter(None, (t, per)):
                    x.rel_copy += 1
                    x.rel_copy_right += (on_copy.outcome == "pass") == (r["holds"] == "yes")
            if listing:
                subj = " / ".join(f"{matched[k].subject}[{matched[k].metric_id}]" for k in keys)
                errors.append(f"REL unchecked {r['relation_id']} {r['rule']} {r['note'][:70]} | {subj[:160]}")
            continue
        holds = r["holds"] == "yes"
        right = (chk.outcome == "pass") == holds if r["holds"] != "n/a" else chk.outcome == "not_comparable"
        for x in filter(None, (t, per)):
            x.rel_checked += 1
            x.rel_by_rule[r["rule"]][0] += 1
            x.rel_right += right
        if listing and not right:
            errors.append(f"REL wrong {r['relation_id']} {r['rule']} outcome={chk.outcome} holds={r['holds']}")
    return matched


def score_text(finder, tallies: dict[str, Tally], edition: int = 2025) -> None:
    """The grammar alone on the transcription's paragraph lines (no PDF, no layout): what it reaches once
    the layout delivers whole paragraphs. Table lines (tab-separated) are left out: they need the table stage."""
    from fixtures.seed import plain, seed_path, to_markup

    src = seed_path().read_text(encoding="utf-8").split("\n")
    spans = [s for s in G.spans().values() if s.doc == "seed"]
    gold_by_loc = defaultdict(list)
    for g in G.claims():
        if g["doc"] == "seed" and g["is_claim"] == "1" and any(s.span_id == g["span_id"] for s in spans):
            gold_by_loc[int(g["loc"])].append(g)
    for s in spans:
        for loc in range(s.start, s.end + 1):
            line = src[loc - 1]
            if "\t" in line or not line.strip():
                continue
            text = plain(to_markup(line.lstrip("#").strip()))
            found = finder(text)
            for f in found:
                f.period = getattr(f, "period", "").replace("@", str(edition))
            t = tallies[s.split]
            t.pred += len(found)
            free = list(found)
            for g in gold_by_loc.get(loc, []):
                t.gold += 1
                hit = next((c for c in free if G.same_number(g["value"], c.value)), None)
                if hit is None:
                    continue
                free.remove(hit)
                t.tp += 1
                for k, ok in _field_hits(g, hit).items():
                    t.fields[k] += ok


def report(title: str, tallies: dict[str, Tally]) -> list[str]:
    out = [f"## {title}", "| split | gold | pred | P | R | F1 | value+unit | kind | qualifier | direction | period |"
           " subject | relations checked (right) |", "|" + "---|" * 13]
    for sp in ("tune", "heldout"):
        t = tallies[sp]
        p, r, f = t.prf()
        acc = {k: (t.fields[k] / t.tp if t.tp else 0.0) for k in
               ("value+unit", "kind", "qualifier", "direction", "period", "subject")}
        rel = f"{t.rel_checked}/{t.rel_total} ({t.rel_right})" if t.rel_total else "–"
        out.append(f"| {sp} | {t.gold} | {t.pred} | {p:.3f} | {r:.3f} | {f:.3f} | {acc['value+unit']:.3f} | "
                   f"{acc['kind']:.3f} | {acc['qualifier']:.3f} | {acc['direction']:.3f} | {acc['period']:.3f} | "
                   f"{acc['subject']:.3f} | {rel} |")
    for sp in ("tune", "heldout"):
        by = tallies[sp].rel_by_rule
        if by:
            out.append(f"relations checked by rule ({sp}): " +
                       ", ".join(f"{k} {v[0]}/{v[1]}" for k, v in sorted(by.items())))
        if tallies[sp].rel_total > tallies[sp].rel_checked:
            t = tallies[sp]
            out.append(f"relations not checked ({sp}): {t.rel_total - t.rel_checked}, of which a figure not "
                       f"extracted: {t.rel_unmatched}")
        if tallies[sp].rel_copy:
            out.append(f"not checked as the gold names them, but checked on a verified copy of a figure ({sp}): "
                       f"{tallies[sp].rel_copy} ({tallies[sp].rel_copy_right} right)")
    return out


def report_spans(tallies: dict[str, Tally]) -> list[str]:
    """Per tune span: recall, the accuracy of the fields the grammar decides and the span's own relations (an
    extra view, same scoring) — e.g. to score a newly annotated span before tuning on it."""
    keys = sorted(k for k in tallies if isinstance(k, str) and k.startswith("span:"))
    if not keys:
        return []
    out = ["| tune span | gold | pred | P | R | value+unit | kind | qualifier | period | subject | own relations checked (right) |",
           "|" + "---|" * 11]
    for k in keys:
        t = tallies[k]
        p, r, _ = t.prf()
        acc = {f: (t.fields[f] / t.tp if t.tp else 0.0) for f in ("value+unit", "kind", "qualifier", "period", "subject")}
        rel = f"{t.rel_checked}/{t.rel_total} ({t.rel_right})" if t.rel_total else "–"
        out.append(f"| {k[5:]} | {t.gold} | {t.pred} | {p:.3f} | {r:.3f} | {acc['value+unit']:.3f} | {acc['kind']:.3f} | "
                   f"{acc['qualifier']:.3f} | {acc['period']:.3f} | {acc['subject']:.3f} | {rel} |")
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--pdf", type=Path, default=G.FIX / "report-2025.pdf")
    ap.add_argument("--edition", type=int, default=2025)
    ap.add_argument("--real", action="store_true", help="also score the annotated real-PDF pages")
    ap.add_argument("--errors", action="store_true", help="list the grammar's errors and the unchecked relations on the tune split only")
    ap.add_argument("--spans", action="store_true", help="also print the grammar's scores and relations per tune span")
    ap.add_argument("--text", action="store_true",
                    help="also score the grammar alone on the transcription's paragraph lines (no layout)")
    a = ap.parse_args(argv)
    lines = []
    targets = [("seed", a.pdf, a.edition)]
    if a.real:
        targets += [(k, p, 2025) for k, p in REAL_DOCS.items() if p.exists()]
    for name, finder in (("plain-regex baseline", find_plain), ("pipeline grammar", find_claims)):
        for key, pdf, ed in targets:
            t0 = time.perf_counter()
            _, claims, checks = run(pdf, ed, finder)
            tallies = defaultdict(Tally)
            errs = [] if a.errors and finder is find_claims else None
            score(key, pdf, claims, checks, tallies, G.locator_for(pdf) if key == "seed" else None, errs)
            lines += errs or []
            lines += report(f"{name} — {pdf.name} ({time.perf_counter() - t0:.1f}s)", tallies)
            if a.spans and finder is find_claims:
                lines += report_spans(tallies)
            lines.append("")
    if a.text:
        for name, finder in (("plain-regex baseline", find_plain), ("pipeline grammar", find_claims)):
            tallies = defaultdict(Tally)
            score_text(finder, tallies, a.edition)
            lines += report(f"{name} — transcription paragraph lines (grammar only, no layout)", tallies) + [""]
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
