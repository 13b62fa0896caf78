"""Checks on claims: the in-document rules run in order over one document's claims, and growth across editions.

Each rule is a small named function in a module of its own (table_totals, part_whole, list_total, shares, rates,
direction, restatement, …) that records every check it makes and flags the ones that fail, with a tolerance
derived from the printed precision (pipeline.checks). Rules are general: none names a metric, a figure or a page
of a report; what they need to know about wording and thresholds is data in schemas/validation.json.
"""
from __future__ import annotations

import re
from collections import defaultdict
from decimal import Decimal

from pipeline.checks import _check, config, exact, _flag, fmt, half_unit, Outcome
from pipeline.direction import direction
from pipeline.entity_rows import entity_rows
from pipeline.list_total import list_total
from pipeline.part_whole import part_whole
from pipeline.passages import _by_context, _MEMO
from pipeline.plausibility import ocr_doubt, unit_plausibility
from pipeline.rates import rate
from pipeline.restated_rows import restated_rows
from pipeline.restatement import restatement
from pipeline.shares import share
from pipeline.statement_tree import statement_tree
from pipeline.table_change import table_change
from pipeline.table_totals import table_totals
from schemas.records import Check, Claim, Flag

RULES = (unit_plausibility, table_totals, statement_tree, part_whole, list_total, share, rate, direction,
         restatement, restated_rows, entity_rows, table_change, ocr_doubt)


def validate(claims: list[Claim], catalog: dict | None = None) -> tuple[list[Check], list[Flag]]:
    """All in-document rules over one document's claims."""
    out = Outcome([], [])
    token = _MEMO.set({})
    try:
        for rule in RULES:
            if rule is unit_plausibility:
                rule(claims, out, catalog)
            else:
                rule(claims, out)
    finally:
        _MEMO.reset(token)
    # one check per id: a relation found twice (e.g. a restated pair) is checked once
    seen, checks = set(), []
    for c in out.checks:
        if c.check_id not in seen:
            seen.add(c.check_id)
            checks.append(c)
    fseen, flags = set(), []
    for f in out.flags:
        if f.flag_id not in fseen:
            fseen.add(f.flag_id)
            flags.append(f)
    return checks, flags


# ---------------------------------------------------------------- growth across editions
def growth_across_editions(prev: list[Claim], cur: list[Claim]) -> tuple[list[Check], list[Flag]]:
    """A stated growth rate (cur edition) against the previous edition's level of the same metric.

    Pairs: in `cur`, a change claim and the level claim of the same metric_id and period in the same context;
    in `prev`, a level claim of that metric_id. 增长N倍 is +N×100%; a change on another basis (可比, 执行数)
    is recorded as not comparable.
    """
    cfg = config()["growth_edition"]
    out = Outcome([], [])
    prev_levels: dict[str, list[Claim]] = defaultdict(list)
    for c in prev:
        if c.metric_id and c.kind == "level" and exact(c) is not None:
            prev_levels[c.metric_id].append(c)
    for (_, _, ctx), placed in _by_context(cur).items():
        levels = [c for _, c in placed if c.kind == "level" and c.metric_id]
        for k, ch in placed:
            if ch.kind != "change" or ch.base_unit not in ("percent", "times"):
                continue
            if not ch.metric_id:
                continue  # a change with no known metric cannot be paired safely
            lvl = next((l for l in reversed(levels) if l.metric_id == ch.metric_id and ctx.find(l.raw) <= k), None)
            if lvl is None or not prev_levels.get(lvl.metric_id):
                continue
            old = max(prev_levels[lvl.metric_id], key=lambda c: c.decimals)
            claims = [ch, lvl, old]
            if re.search(cfg["other_basis"], ctx[max(0, k - 12):k]):
                out.checks.append(_check("growth_edition", claims, "", "", "", "not_comparable"))
                continue
            a, b = exact(old), exact(lvl)
            if not a:
                continue
            stated = Decimal(str(ch.value)) * (100 if ch.base_unit == "times" else 1)
            if ch.direction == "down":
                stated = -abs(stated)
            implied = (b / a - 1) * 100
            # rounding of both levels moves the implied rate; the stated rate carries its own half-unit
            rel = (half_unit(lvl) / abs(b) + half_unit(old) / abs(a)) * (b / a) * 100 if b else Decimal(0)
            tol = Decimal(1).scaleb(-int(ch.decimals or 0)) / 2 * (100 if ch.base_unit == "times" else 1) + rel
            ok = abs(implied - stated) <= tol
            exp, obs = f"{fmt(stated)}%", f"{implied:.2f}%"
            out.checks.append(_check("growth_edition", claims, exp, obs, f"{tol:.3f}", "pass" if ok else "fail"))
            if not ok:
                out.flags.append(_flag(
                    "growth_edition", "error",
                    f"增速与上年数据不符 stated growth {exp} for {lvl.metric_id} but {old.raw} ({old.edition}) → "
                    f"{lvl.raw} ({lvl.edition}) is {obs}", exp, obs, claims))
    return out.checks, out.flags
