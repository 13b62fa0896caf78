"""Checks on claims. Every check made is recorded, so "no flags" differs from "nothing checked"."""
from __future__ import annotations

import hashlib
from decimal import Decimal

from schemas.records import BASE_UNITS, KINDS, Check, Claim, Flag


def _id(*parts: str) -> str:
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:20]


def _flag(rule: str, severity: str, message: str, expected: str, observed: str, claims: list[Claim]) -> Flag:
    c = claims[0]
    ids = "|".join(x.claim_id for x in claims)
    return Flag(flag_id=_id(rule, ids), doc_id=c.doc_id, rule=rule, severity=severity, message=message,
                expected=expected, observed=observed, claim_ids=ids, page=c.page, x0=c.x0, top=c.top, x1=c.x1,
                bottom=c.bottom)


def unit_plausibility(c: Claim) -> tuple[Check, Flag | None]:
    """The base unit is in the vocabulary; shares are 0–100%; counts are whole."""
    flag = None
    outcome, expected, observed = "pass", "known base unit", c.base_unit or "(none)"
    if not (c.base_unit in BASE_UNITS or c.base_unit.startswith("other:")) or c.kind not in KINDS:
        outcome = "fail"
        flag = _flag("unit_plausibility", "warning", f"未知单位 unknown unit «{c.unit}» in «{c.raw}»",
                     expected, observed, [c])
    elif c.kind == "share" and c.base_unit == "percent" and not (0 <= c.value <= 100):
        outcome, expected, observed = "fail", "0 ≤ share ≤ 100%", f"{c.value}%"
        flag = _flag("unit_plausibility", "error", f"占比超出0–100% share out of range: {c.raw}", expected,
                     observed, [c])
    elif c.base_unit == "count" and c.norm_exact and "." in c.norm_exact and "/" not in c.norm_exact:
        outcome, expected, observed = "fail", "a whole count", c.norm_exact
        flag = _flag("unit_plausibility", "warning", f"计数不是整数 count with a fraction: {c.raw}", expected,
                     observed, [c])
    check = Check(check_id=_id("unit_plausibility", c.claim_id), doc_id=c.doc_id, rule="unit_plausibility",
                  claim_ids=c.claim_id, expected=expected, observed=observed, tolerance="", outcome=outcome)
    return check, flag


RULES = (unit_plausibility,)


def validate(claims: list[Claim]) -> tuple[list[Check], list[Flag]]:
    checks, flags = [], []
    for c in claims:
        for rule in RULES:
            chk, flg = rule(c)
            checks.append(chk)
            if flg is not None:
                flags.append(flg)
    return checks, flags


def tolerance(raw_number: str) -> Decimal:
    """Half a unit of the last printed decimal: 6496.79 → 0.005."""
    d = raw_number.split(".", 1)[1] if "." in raw_number else ""
    return Decimal(1).scaleb(-len(d)) / 2
