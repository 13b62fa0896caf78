"""Restatement between tables: a statement row printed again in another table of the document (the key-figures
table quoting the income statement) must agree within rounding.

Rows are paired by their label and their column's period, never by value, so a miscopied figure is still paired
and flagged: the label is what the subjects of a row's cells share once the column header (what the cells of a
column share) is taken off, compared without numbering, 其中/加/减 marks, bracketed notes and spaces
(validation.json "statement_tree" item_marks); labels naming no line item of their own (合计, 其他) are never paired.
Two tables sharing several row labels none of whose figures agree are two populations broken down alike (the
technology centres and the private firms, each by industry), not one printed twice: none of their pairs is checked.
"""
from __future__ import annotations

from collections import defaultdict
from itertools import combinations

import regex

from pipeline.restatement import common_run
from pipeline.table_labels import row_labels
from pipeline.checks import Outcome, _check, _flag, config, exact, fmt, half_unit
from schemas.records import Claim

RULE = "restatement"


def _key(label: str, marks: str, synonyms: list[list[str]]) -> str:
    key = regex.sub(marks, "", label)
    for names in synonyms:
        for n in names[1:]:
            key = key.replace(n, names[0])
    return key


def _column_measure(c: Claim, label: str, cfg: dict) -> str:
    """What the cell's column header names besides the period and the change (its subject is the row label, a
    space and the header)."""
    subject = c.subject or ""
    head = subject[len(label):] if label and subject.startswith(label) else \
        (subject.split(" ", 1)[1] if " " in subject else "")
    return regex.sub(cfg["period_header"], "", head)


def restated_rows(claims: list[Claim], out: Outcome) -> None:
    cfg, marks = config()["restated_rows"], config()["statement_tree"]["item_marks"]
    cells = [c for c in claims if c.table_id and c.period and c.kind in ("level", "change") and exact(c) is not None]
    labels = row_labels(cells)
    groups: dict[tuple, list[Claim]] = defaultdict(list)
    for c in cells:
        key = _key(labels.get(c.claim_id, ""), marks, cfg["synonyms"])
        if len(key) >= 2 and not regex.search(cfg["generic"], key):
            groups[(c.doc_id, key, c.period, c.base_unit, c.kind)].append(c)  # a change column restates a change
    by_tables: dict[tuple, list[tuple[Claim, Claim, bool]]] = defaultdict(list)
    for cs in groups.values():
        # (a row printing two amounts of one period, 市级财政经费 | 带动企业投入, names neither by its label: which
        # column would restate the other table's is not said)
        per_table = defaultdict(int)
        for c in cs:
            per_table[(c.page, c.table_id.split(".")[0])] += 1
        cs = [c for c in cs if per_table[(c.page, c.table_id.split(".")[0])] == 1]
        tables = {(c.page, c.table_id.split(".")[0]) for c in cs}
        if len(cs) > 4 or len(tables) < 2:
            continue  # one row per table; many alike rows are a repeated label, not one line item
        for a, b in combinations(cs, 2):
            if (a.page, a.table_id.split(".")[0]) == (b.page, b.table_id.split(".")[0]):
                continue
            ma = _column_measure(a, labels.get(a.claim_id, ""), cfg)
            mb = _column_measure(b, labels.get(b.claim_id, ""), cfg)
            if (ma or mb) and common_run(ma, mb) < 2:
                continue  # (装备 2025年 in a table of revenue, 装备 支持资金 in one of funds: two measures of one row name)
            ok = abs(exact(a) - exact(b)) <= half_unit(a) + half_unit(b)
            by_tables[tuple(sorted([(a.page, a.table_id.split(".")[0]), (b.page, b.table_id.split(".")[0])]))].append(
                (a, b, ok))
    for pairs in by_tables.values():
        if len(pairs) >= 2 and not any(ok for _, _, ok in pairs):
            continue  # (two tables of one breakdown, 生物医药 | 研发经费支出, of two populations: no row printed again)
        for a, b, ok in pairs:
            va, vb = exact(a), exact(b)
            out.checks.append(_check(RULE, [a, b], fmt(va), fmt(vb), fmt(half_unit(a) + half_unit(b)),
                                     "pass" if ok else "fail"))
            if not ok:
                out.flags.append(_flag(RULE, "error", f"表间重述不符 restated row differs: «{a.raw}» (page {a.page}) vs "
                                                      f"«{b.raw}» (page {b.page}), {a.period}", fmt(va), fmt(vb), [a, b]))
