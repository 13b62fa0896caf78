"""Restatement between tables: a statement row printed again in another table of the document (the key-figures
table quoting the income statement) must agree within rounding.

Rows are paired by their label and their column's period, never by value, so a miscopied figure is still paired
and flagged: the label is what the subjects of a row's cells share once the column header (what the cells of a
column share) is taken off, compared without numbering, 其中/加/减 marks, bracketed notes and spaces
(validation.json "restated_rows"); labels naming no line item of their own (合计, 其他) are never paired.
"""
from __future__ import annotations

from collections import defaultdict
from itertools import combinations

import regex

from pipeline.validate import Outcome, _check, _flag, config, exact, fmt, half_unit
from schemas.records import Claim

RULE = "restatement"


def _common_suffix(xs: list[str]) -> str:
    k = 0
    while all(len(x) > k for x in xs) and len({x[-1 - k] for x in xs}) == 1:
        k += 1
    return xs[0][len(xs[0]) - k:] if k else ""


def _common_prefix(xs: list[str]) -> str:
    k = 0
    while all(len(x) > k for x in xs) and len({x[k] for x in xs}) == 1:
        k += 1
    return xs[0][:k]


def _printed(c: Claim) -> str:
    """A table cell's row label and column header as printed: its context without the cell's own text."""
    return c.context.rsplit(": ", 1)[0] if ": " in c.context else c.subject


def _labels(cells: list[Claim]) -> dict[str, str]:
    """claim_id → its row label as printed (with its outline number: the statement outline needs it): the cell's
    label and header without the column header its column's cells share (in a one-row table, what the row's
    cells share)."""
    cols: dict[tuple, list[Claim]] = defaultdict(list)
    for c in cells:
        cols[(c.doc_id, c.page, c.table_id, c.col)].append(c)
    out = {}
    rows: dict[tuple, list[Claim]] = defaultdict(list)
    for c in cells:
        rows[(c.doc_id, c.page, c.table_id, c.row)].append(c)
    for cs in rows.values():  # a one-row table: the label is what its cells' subjects share
        if len(cs) >= 2:
            shared = _common_prefix([_printed(c) for c in cs])
            shared = shared[:shared.rfind(" ")] if " " in shared else ""
            for c in cs:
                if shared:
                    out[c.claim_id] = shared
    for cs in cols.values():
        if len(cs) < 2:
            continue
        head = _common_suffix([_printed(c) for c in cs])
        head = head[head.find(" "):] if " " in head else ""  # the header starts after the label's last word
        for c in cs:
            out[c.claim_id] = _printed(c)[:len(_printed(c)) - len(head)] if head else _printed(c)
    return out


def _key(label: str, cfg: dict) -> str:
    key = regex.sub(cfg["strip"], "", label)
    for names in cfg["synonyms"]:
        for n in names[1:]:
            key = key.replace(n, names[0])
    return key


def restated_rows(claims: list[Claim], out: Outcome) -> None:
    cfg = config()["restated_rows"]
    cells = [c for c in claims if c.table_id and c.period and c.kind == "level" and exact(c) is not None]
    labels = _labels(cells)
    groups: dict[tuple, list[Claim]] = defaultdict(list)
    for c in cells:
        key = _key(labels.get(c.claim_id, ""), cfg)
        if len(key) >= 2 and not regex.search(cfg["generic"], key):
            groups[(c.doc_id, key, c.period, c.base_unit)].append(c)
    for cs in groups.values():
        tables = {(c.page, c.table_id.split(".")[0]) for c in cs}
        if len(cs) > 4 or len(tables) < 2:
            continue  # one row per table; many alike rows are a repeated label, not one line item
        for a, b in combinations(cs, 2):
            if (a.page, a.table_id.split(".")[0]) == (b.page, b.table_id.split(".")[0]):
                continue
            va, vb = exact(a), exact(b)
            tol = half_unit(a) + half_unit(b)
            ok = abs(va - vb) <= tol
            out.checks.append(_check(RULE, [a, b], fmt(va), fmt(vb), fmt(tol), "pass" if ok else "fail"))
            if not ok:
                out.flags.append(_flag(RULE, "error", f"表间重述不符 restated row differs: «{a.raw}» (page {a.page}) vs "
                                                      f"«{b.raw}» (page {b.page}), {a.period}", fmt(va), fmt(vb), [a, b]))
