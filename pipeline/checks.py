"""Recording checks and flags, and the printed precision they are judged by.

A number printed with d decimals stands for ±half a unit of its last place (6496.79亿元 → ±0.005亿元); a sum
carries the sum of its parts' half-units; a figure stated as a bound (超, 约, 余) reaches only so far
(`bound_reach`). Every rule module records its checks through `_check`/`_sum_check` and its flags through
`_flag`, so that "no flags" can be told apart from "nothing checked".
"""
from __future__ import annotations

import hashlib
import json
import re
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from schemas import data_file
from schemas.records import Check, Claim, Flag


@lru_cache(maxsize=1)
def config() -> dict:
    return json.loads(data_file("validation.json").read_text(encoding="utf-8"))


def _id(*parts: str) -> str:
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:20]


def size(c: Claim) -> float:
    """A figure's magnitude in its base unit: 10亿元 is more than 500万元, whatever the printed numbers."""
    return c.norm_value if c.norm_value is not None else c.value


def exact(c: Claim) -> Decimal | None:
    try:
        s = c.norm_exact
        if "/" in s:
            a, b = s.split("/", 1)
            return Decimal(a) / Decimal(b)
        return Decimal(s) if s else None
    except (InvalidOperation, ZeroDivisionError):
        return None


def half_unit(c: Claim) -> Decimal:
    """Half a unit of the last printed digit, in the claim's base unit (6496.79亿元 → 0.005亿 = 500000 CNY).

    A whole count printed in full (32人, 1905单) is exact, not rounded: its half-unit is 0 (1.9万家 keeps ±0.05万)."""
    v, n = Decimal(str(c.value)) if c.value else Decimal(0), exact(c)
    scale = (n / v) if (n is not None and v not in (0, Decimal(0))) else Decimal(1)
    if (c.base_unit in config()["exact_counts"] or c.base_unit == "day" and
            re.search(config()["counted_days"], c.subject or "")) and not c.decimals and scale == 1:
        return Decimal(0)  # (首要污染物超标天数37天: days counted, not a duration measured)
    return abs(Decimal(1).scaleb(-int(c.decimals or 0)) / 2 * scale)


def _sum_tolerance(total: Claim, parts: list[Claim]) -> Decimal:
    """The summed half-units; parts of a count of days (超标天数37天：臭氧24天、…) count whole days as it does."""
    whole_days = total.base_unit == "day" and half_unit(total) == 0
    return half_unit(total) + sum((Decimal(0) if whole_days and c.base_unit == "day" and not c.decimals
                                   else half_unit(c) for c in parts), Decimal(0))


def adds_up(total: Claim, parts: list[Claim]) -> bool:
    """Σ parts = total within the summed half-units (an exact breakdown); False when a figure has no exact value."""
    if exact(total) is None or any(exact(c) is None for c in parts):
        return False
    tol = _sum_tolerance(total, parts)
    gap = abs(sum((exact(c) for c in parts), Decimal(0)) - exact(total))
    return gap < tol or gap == 0


def breakdown_totals(claims: list[Claim], out: "Outcome", rules: tuple[str, ...] = ("list_total", "part_whole"),
                     complete: bool = True) -> dict[str, list[Claim]]:
    """For each claim that is a part in a list or 其中 check made so far, the totals of those checks (complete: only
    checks that add up or fail to; a breakdown only staying under its whole, Σ ≤ total, may have been paired with a
    figure of another scope: 按全国…15820亿元计算…。其中，设计业…1762.35亿元)."""
    byid = {c.claim_id: c for c in claims}
    by_part: dict[str, list[Claim]] = defaultdict(list)
    for chk in out.checks:
        if chk.rule not in rules:
            continue
        total, *parts = [byid[i] for i in chk.claim_ids.split("|")]
        if not complete or chk.outcome == "fail" or adds_up(total, parts):
            for c in parts:
                if all(t is not total for t in by_part[c.claim_id]):
                    by_part[c.claim_id].append(total)
    return by_part


def fmt(d: Decimal) -> str:
    s = format(d.normalize(), "f") if d == d.to_integral() else format(d, "f")
    return s.rstrip("0").rstrip(".") if "." in s else s


@dataclass
class Outcome:
    checks: list[Check]
    flags: list[Flag]


def _check(rule: str, claims: list[Claim], expected: str, observed: str, tol: str, outcome: str) -> Check:
    ids = "|".join(c.claim_id for c in claims)
    return Check(check_id=_id(rule, ids), doc_id=claims[0].doc_id, rule=rule, claim_ids=ids, expected=expected,
                 observed=observed, tolerance=tol, outcome=outcome)


def _flag(rule: str, severity: str, message: str, expected: str, observed: str, claims: list[Claim]) -> Flag:
    c = claims[0]
    ids = "|".join(x.claim_id for x in claims)
    return Flag(flag_id=_id(rule, ids), doc_id=c.doc_id, rule=rule, severity=severity, message=message,
                expected=expected, observed=observed, claim_ids=ids, page=c.page, x0=c.x0, top=c.top, x1=c.x1,
                bottom=c.bottom)


def _sum_check(rule: str, total: Claim, parts: list[Claim], signs: list[int], out: Outcome, what: str,
               at_most: bool = False, loose: bool = False) -> None:
    """total = Σ sign·part within the summed half-units (or total ≥ Σ parts when at_most); strictly within (or exactly, for whole
    counts), since each printed figure stands for a half-open interval (5.2 for [5.15, 5.25): 1.4 + 1.3 + 2.7 ≥ 5.25
    is no 5.2).

    loose: the figures are bounds (超, 约): a mismatch is recorded as not comparable, not flagged, unless (at_most)
    parts stated exactly or as lower bounds exceed even the most a bound whole may stand for (bound_reach): a
    warning."""
    t = exact(total)
    ps = [exact(p) for p in parts]
    if t is None or any(p is None for p in ps):
        return
    s = sum((sg * p for sg, p in zip(signs, ps)), Decimal(0))
    tol = _sum_tolerance(total, parts)
    claims = [total, *parts]
    if at_most:
        ok = s < t + tol or s <= t
        exp, obs = f"Σ parts ≤ {fmt(t)}", fmt(s)
    else:
        ok = abs(s - t) < tol or s == t
        exp, obs = fmt(t), fmt(s)
    outcome = "pass" if ok else "not_comparable" if loose else "fail"
    severity = "error"
    if outcome == "not_comparable" and at_most and total.qualifier in ("over", "approx") and \
            all(p.qualifier in ("", "over") for p in parts) and (reach := bound_reach(total)) is not None and \
            s > reach + tol:
        outcome, severity = "fail", "warning"
        exp = f"Σ parts ≤ {fmt(t)} (a bound: < {fmt(reach)})"
    out.checks.append(_check(rule, claims, exp, obs, fmt(tol), outcome))
    if outcome == "fail":
        # the sum in the total's own printed scale first (a cell of a table in 万元 reads 58734600, not 587346000000)
        k = t / Decimal(str(total.value)) if total.value else Decimal(1)
        shown = f"{fmt(s / k)}{total.unit} = {obs}" if k != 1 and total.unit else obs
        out.flags.append(_flag(rule, severity, f"{what}: «{total.raw}» ≠ Σ {len(parts)} parts = {shown} "
                                               f"({total.base_unit}, ±{fmt(tol)})", exp, obs, claims))


def bound_reach(c: Claim) -> Decimal | None:
    """The most a figure stated as a bound (超, 约, 余) may stand for: N余/N多 is less than one unit of its last
    significant digit more (1200余家 < 1300家, 14.2万余小时 < 14.3万小时); 超N, 约N, N以上 less than one unit of
    its leading digit more (超600家 < 700家, 超60家 < 70家): a writer knowing of 150 would not write 超60."""
    x = exact(c)
    v = Decimal(str(c.value)) if c.value else None
    if x is None or not v:
        return None
    n = abs(v).normalize()
    place = n.as_tuple().exponent if re.search(config()["bound_reach"]["tight"], c.raw or "") else n.adjusted()
    return (abs(v) + Decimal(1).scaleb(place)) * abs(x / v)


# kinds that state an amount which parts add up to (a target "达到100家，其中…" too); shares, changes, ranks do not
_AMOUNT = ("level", "target", "other")
_DIGIT = re.compile(r"\d")


def _loose(whole: Claim, parts: list[Claim]) -> bool:
    """Qualifiers (超, 约, 近, 不足) make a printed figure a bound: a failed comparison is then not conclusive."""
    return whole.qualifier in ("over", "approx") or any(p.qualifier in ("approx", "under", "near") for p in parts)
