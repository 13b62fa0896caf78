"""The hand-made gold is checked for internal consistency (keys, lines, arithmetic), never against the program.

A gold row that cannot be right by its own fields (a key whose raw is not on its line, a norm_exact that is not
value × the unit's scale, a relation naming a claim that does not exist) would silently move every score the
project reports; these checks catch such slips when a span is added. The scale table is written here by hand, not
taken from schemas/, so a wrong factor in schemas/ cannot hide a wrong gold row.
"""
from __future__ import annotations

import csv
from collections import Counter
from decimal import Decimal, InvalidOperation
from pathlib import Path

import pytest
import regex

from bench.gold import GOLD, SEED

# scale words a unit may open with, longest first
SCALES = [("万亿", Decimal(10) ** 12), ("千亿", Decimal(10) ** 11), ("百亿", Decimal(10) ** 10),
          ("千万", Decimal(10) ** 7), ("百万", Decimal(10) ** 6), ("亿", Decimal(10) ** 8),
          ("万", Decimal(10) ** 4), ("千", Decimal(10) ** 3)]
# base units whose norm_exact is value × scale
SCALED = {"CNY", "USD", "EUR", "count", "person_times", "hours"}
# units that are their own scale (成 is tenths: 近九成 is value 9, norm 90 percent)
UNIT_FACTORS = {"成": Decimal(10)}
# base units with no scale at all (the value is the norm)
PLAIN = {"percent", "permille", "pct_point", "times", "rank", "year", "month", "day"}


def _read(path: Path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def _claim_files():
    return sorted((GOLD / "claims").glob("*.csv"))


def _all_claims() -> list[dict]:
    return [r for p in _claim_files() for r in _read(p)]


def _spans() -> dict[str, dict]:
    return {r["span_id"]: r for r in _read(GOLD / "spans.csv")}


def _seed_lines() -> list[str]:
    if not SEED.exists():
        pytest.skip(f"seed transcription not found at {SEED}")
    return SEED.read_text(encoding="utf-8").splitlines()


def _printed(line: str) -> str:
    """A markdown line as printed: emphasis and tags dropped (GUIDE §1)."""
    line = line.replace("<sup>2</sup>", "²").replace("<sup>3</sup>", "³")
    line = regex.sub(r"<[^>]+>", "", line)
    return line.replace("**", "").replace("__", "")


def _dec(s: str) -> Decimal | None:
    try:
        return Decimal(s.replace(",", ""))
    except (InvalidOperation, AttributeError):
        return None


def test_header_is_shared():
    header = (GOLD / "claims_header.txt").read_text(encoding="utf-8").strip().split(",")
    for p in _claim_files():
        with open(p, encoding="utf-8", newline="") as f:
            assert next(csv.reader(f)) == header, p.name


def test_claim_keys_unique_and_well_formed():
    rows = _all_claims()
    dup = [k for k, n in Counter(r["claim_key"] for r in rows).items() if n > 1]
    assert not dup, f"claim_keys in more than one row: {dup[:10]}"
    bad = [r["claim_key"] for r in rows
           if not r["claim_key"].startswith(f"{r['doc']}:{r['loc']}:{r['raw']}#")]
    assert not bad, f"claim_key does not read doc:loc:raw#occ: {bad[:10]}"


def test_rows_lie_in_their_span():
    """Rows outside a span's lines are allowed only when one of the gold relations needs them (R01 takes
    page-5 rows of the balance sheet whose totals are on page 6)."""
    spans = _spans()
    needed = {k for p in (GOLD / "relations").glob("*.csv") for r in _read(p) for k in r["claims"].split("|")}
    out = []
    for p in _claim_files():
        for r in _read(p):
            assert r["span_id"] == p.stem, (p.name, r["claim_key"])
            if r["span_id"] == "X-cross":  # lines outside spans, by design
                continue
            s = spans.get(r["span_id"])
            assert s is not None, f"{p.name}: span {r['span_id']} has no row in spans.csv"
            if not int(s["start"]) <= int(r["loc"]) <= int(s["end"]) and r["claim_key"] not in needed:
                out.append(r["claim_key"])
    assert not out, f"rows outside their span's lines: {out[:10]}"


def test_seed_raw_is_printed_on_its_line():
    lines = _seed_lines()
    missing = []
    for r in _all_claims():
        if r["doc"] != "seed":
            continue
        text = _printed(lines[int(r["loc"]) - 1]).replace("\t", " ")
        occ = int(r["claim_key"].rsplit("#", 1)[1])
        if text.count(r["raw"]) < occ and text.replace(" ", "").count(r["raw"].replace(" ", "")) < occ:
            missing.append(r["claim_key"])
    assert not missing, f"raw not printed (that many times) on its line: {missing[:10]}"


def test_norm_exact_is_value_times_scale():
    wrong = []
    for r in _all_claims():
        if r["is_claim"] != "1" or "/" in r["norm_exact"]:
            continue
        v, n, unit, base = _dec(r["value"]), _dec(r["norm_exact"]), r["unit"], r["base_unit"]
        if v is None or n is None:
            wrong.append((r["claim_key"], "unparsed"))
            continue
        if unit in UNIT_FACTORS:
            factor = UNIT_FACTORS[unit]
        elif base in PLAIN:
            factor = Decimal(1)
        elif base in SCALED:
            factor = next((f for w, f in SCALES if unit.startswith(w)), Decimal(1))
        else:
            continue  # other:<unit> and index carry their own conventions
        if v * factor != n:
            wrong.append((r["claim_key"], f"{v}×{factor}≠{n}"))
    assert not wrong, f"norm_exact disagrees with value × scale: {wrong[:10]}"


def test_non_claims_name_a_reason_and_claims_a_kind():
    reasons = {"time", "ordinal", "name", "section", "page", "slogan", "other"}
    kinds = {"level", "change", "share", "rank", "ratio", "target", "threshold", "other"}
    bad = []
    for r in _all_claims():
        if r["is_claim"] == "0" and r["nonclaim"] not in reasons:
            bad.append((r["claim_key"], r["nonclaim"]))
        if r["is_claim"] == "1" and r["kind"] not in kinds:
            bad.append((r["claim_key"], r["kind"]))
        if r["is_claim"] not in {"0", "1"}:
            bad.append((r["claim_key"], r["is_claim"]))
    assert not bad, bad[:10]


def test_relations_name_existing_claims():
    keys = {r["claim_key"] for r in _all_claims()}
    ids, bad = Counter(), []
    for p in sorted((GOLD / "relations").glob("*.csv")):
        for r in _read(p):
            ids[r["relation_id"]] += 1
            if r["split"] not in {"tune", "heldout"} or r["holds"] not in {"yes", "no", "n/a"}:
                bad.append((r["relation_id"], r["split"], r["holds"]))
            bad += [(r["relation_id"], k) for k in r["claims"].split("|") if k not in keys]
    assert not bad, f"relations with unknown claims or fields: {bad[:10]}"
    assert not [i for i, n in ids.items() if n > 1], "relation ids repeated"
