"""Unit plausibility (a metric's base unit against the catalog, shares above 100%, counts with fractions)
and OCR doubt (low-confidence or disagreeing readings go to review).
"""
from __future__ import annotations

from collections import defaultdict

from pipeline.checks import _check, config, exact, _flag, Outcome
from schemas.records import BASE_UNITS, Claim, KINDS


# ---------------------------------------------------------------- unit plausibility
def unit_plausibility(claims: list[Claim], out: Outcome, catalog: dict | None = None) -> None:
    """The base unit is in the vocabulary (and the catalog's for the metric); shares 0–100%; counts whole.

    A table column whose cells carry no unit (its header names none) is one flag for QA, not one per cell.
    """
    no_unit: dict[tuple, list[Claim]] = defaultdict(list)
    for c in claims:
        flag = None
        outcome, expected, observed = "pass", "known base unit", c.base_unit or "(none)"
        want = (catalog or {}).get(c.metric_id, {}).get("base_unit") if c.metric_id else None
        if not (c.base_unit in BASE_UNITS or c.base_unit.startswith("other:")) or c.kind not in KINDS:
            outcome = "fail"
            flag = ("warning", f"未知单位 unknown unit «{c.unit}» in «{c.raw}»")
        elif want and c.kind == "level" and c.base_unit != want:
            outcome, expected = "fail", f"{want} for {c.metric_id}"
            flag = ("warning", f"单位与指标不符 unit {c.base_unit} does not fit {c.metric_id} ({want}): «{c.raw}»")
        elif c.kind == "share" and c.base_unit == "percent" and not (0 <= c.value <= 100):
            outcome, expected, observed = "fail", "0 ≤ share ≤ 100%", f"{c.value}%"
            flag = ("error", f"占比超出0–100% share out of range: «{c.raw}»")
        elif c.base_unit in ("count", "person_times") and c.kind == "level" and c.decimals == 0 and \
                (n := exact(c)) is not None and n != n.to_integral():
            outcome, expected, observed = "fail", "a whole count", c.norm_exact
            flag = ("warning", f"计数不是整数 count with a fraction: «{c.raw}»")
        out.checks.append(_check("unit_plausibility", [c], expected, observed, "", outcome))
        if flag and c.table_id and not c.unit and not c.base_unit:
            no_unit[(c.doc_id, c.table_id, c.col)].append(c)
        elif flag:
            out.flags.append(_flag("unit_plausibility", flag[0], flag[1], expected, observed, [c]))
    for (_, tid, col), cs in no_unit.items():
        if len(cs) == 1:
            c = cs[0]
            out.flags.append(_flag("unit_plausibility", "warning", f"未知单位 unknown unit «» in «{c.raw}»",
                                   "known base unit", "(none)", cs))
            continue
        sample = ", ".join(f"«{c.raw}»" for c in cs[:3])
        out.flags.append(_flag("unit_plausibility", "warning",
                               f"表格列无单位 {len(cs)} cells without a unit in table {tid}, column {col}: {sample} …",
                               "known base unit", "(none)", cs))


# ---------------------------------------------------------------- OCR doubt
def ocr_doubt(claims: list[Claim], out: Outcome) -> None:
    """A figure read by OCR with low confidence goes to review."""
    th = config()["ocr_doubt"]["min_confidence"]
    for c in claims:
        if c.source != "ocr":
            continue
        ok = c.confidence >= th
        out.checks.append(_check("ocr_doubt", [c], f"confidence ≥ {th}", f"{c.confidence:.0f}", "",
                                 "pass" if ok else "fail"))
        if not ok:
            out.flags.append(_flag("ocr_doubt", "info", f"OCR读数存疑 low OCR confidence {c.confidence:.0f} for «{c.raw}»",
                                   f"≥ {th}", f"{c.confidence:.0f}", [c]))
