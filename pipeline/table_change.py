"""Changes printed in a table against the levels they are computed from.

Two layouts: a change column (本报告期比上年同期增减（%）, 变动率) against the current and prior figures of its
own row, and a growth row ((+/-)YOY(%), 增长率) against the row of levels above it, each year against the one
before. Which figure is current and which prior comes from the periods of their columns (2025 against 2024,
2025-03-end against 2024-end); a row whose periods do not tell is left unchecked rather than guessed.

Tolerance follows the printed precision: half a unit of the change's last digit, plus what the rounding of
the two levels can move their ratio. Conventions a reader cannot see are accepted either way: over a
negative base the sign of a change is printed both ways (BYD prints 财务费用 -19.1亿 vs -1.9亿 as +883.88%),
so magnitudes are compared; a change of a rate may be in points or relative.
"""
from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

import regex

from extractors.patterns import HEADER_CHANGE
from pipeline.table_labels import common_prefix
from pipeline.checks import Outcome, _check, _flag, exact, fmt, half_unit
from schemas.records import Claim

RULE = "table_change"
HUNDRED = Decimal(100)
# what a label carries besides the metric: signs, percent marks, brackets, spaces
STEM_NOISE = regex.compile(r"[（(][^)）]*[)）]|[\s()（）%％+/\-]")


def _year(c: Claim) -> int | None:
    p = c.period[:4]
    return int(p) if p.isdigit() else None


def _expected(cur: Claim, prev: Claim) -> list[tuple[str, Decimal, Decimal]]:
    """(basis, change in percent or points, tolerance from the levels' rounding) for each reading that fits."""
    a, b = exact(cur), exact(prev)
    if a is None or b is None or b == 0:
        return []
    ha, hb = half_unit(cur), half_unit(prev)
    rel = (a - b) / abs(b) * HUNDRED
    rel_tol = (abs(a) + ha) / (abs(b) - hb) * HUNDRED - abs(a) / abs(b) * HUNDRED if abs(b) > hb else None
    out = []
    if rel_tol is not None:
        out.append(("relative", rel, abs(rel_tol)))
    if cur.base_unit == prev.base_unit == "percent":
        out.append(("points", a - b, ha + hb))
    return out


def _compare(change: Claim, cur: Claim, prev: Claim, out: Outcome) -> None:
    obs = exact(change)
    readings = _expected(cur, prev)
    if obs is None or not readings:
        return
    negative_base = exact(prev) < 0
    hu = half_unit(change)
    best = None
    for basis, exp, tol in readings:
        gap = abs(abs(obs) - abs(exp)) if negative_base else abs(obs - exp)
        if best is None or gap - (tol + hu) < best[0]:
            best = (gap - (tol + hu), basis, exp, tol + hu)
    slack, basis, exp, tol = best
    claims = [change, cur, prev]
    shown = f"({fmt(exact(cur))} − {fmt(exact(prev))}) / |{fmt(exact(prev))}| = {fmt(round(exp, 4))}%" \
        if basis == "relative" else f"{fmt(exact(cur))} − {fmt(exact(prev))} = {fmt(exp)} points"
    if negative_base:
        shown += " (negative base: magnitudes compared)"
    ok = slack <= 0
    out.checks.append(_check(RULE, claims, shown, fmt(obs), fmt(round(tol, 6)), "pass" if ok else "fail"))
    if not ok:
        out.flags.append(_flag(RULE, "error", f"表内增减不符 change in table: «{change.raw}» but «{cur.raw}» against "
                                             f"«{prev.raw}» gives {fmt(round(exp, 2))} ({basis}, ±{fmt(round(tol, 4))})",
                               fmt(round(exp, 4)), fmt(obs), claims))


def _levels(cs: list[Claim]) -> list[Claim]:
    return [c for c in cs if c.kind != "change" and exact(c) is not None and _year(c) is not None]


def _label(cs: list[Claim]) -> str:
    """A row's label: what the subjects of its cells (row label + column header) have in common."""
    return common_prefix([c.subject for c in cs]).strip()


def _stem(label: str) -> str:
    """What a growth row's label says grows: 营业收入增长率 → 营业收入; a bare (+/-)YOY(%) names nothing."""
    return STEM_NOISE.sub("", HEADER_CHANGE.sub("", label))


def _level_row(rows: dict[int, list[Claim]], row: int, label: str,
               page_rows: list[tuple[str, list[Claim]]]) -> list[Claim] | None:
    """The levels a growth row is computed from: the row its label names (anywhere on the page, one reading
    only), else for a bare YOY row the row right above it that holds levels."""
    stem = _stem(label)
    if stem:
        named = [lv for lab, lv in page_rows if STEM_NOISE.sub("", lab) == stem]
        values = {tuple((_year(c), exact(c)) for c in sorted(lv, key=lambda c: c.period)) for lv in named}
        return named[0] if len(values) == 1 else None
    r = max((r for r in rows if r < row and rows[r]), default=None)
    return _levels(rows[r]) if r is not None and len(_levels(rows[r])) >= 2 else None


def table_change(claims: list[Claim], out: Outcome) -> None:
    tables: dict[tuple, dict[int, list[Claim]]] = defaultdict(lambda: defaultdict(list))
    for c in claims:
        if c.table_id and c.row >= 0:
            tables[(c.doc_id, c.page, c.table_id)][c.row].append(c)
    pages: dict[tuple, list[tuple[str, list[Claim]]]] = defaultdict(list)
    for (doc, page, _), rows in tables.items():
        for cs in rows.values():
            levels = _levels(cs)
            if len(levels) >= 2 and not any(c.kind == "change" for c in cs):
                pages[(doc, page)].append((_label(cs), levels))
    for (doc, page, _), rows in tables.items():
        for row, cs in rows.items():
            changes = [c for c in cs if c.kind == "change" and c.base_unit == "percent"]
            if not changes:
                continue
            levels = _levels(cs)
            if len(changes) == 1 and len(levels) == 2:  # a change column beside its two levels
                a, b = sorted(levels, key=lambda c: c.period)
                if a.base_unit == b.base_unit and _year(b) - _year(a) == 1:
                    _compare(changes[0], b, a, out)
                continue
            if levels:
                continue
            # a growth row: each year against the one before, in the row of levels it names or stands under
            source = _level_row(rows, row, _label(cs), pages[(doc, page)])
            if not source:
                continue
            by_year = {_year(c): c for c in source}
            for ch in changes:
                cur, prev = by_year.get(_year(ch)), by_year.get((_year(ch) or 0) - 1)
                if cur is not None and prev is not None and prev.base_unit == cur.base_unit:
                    _compare(ch, cur, prev, out)
