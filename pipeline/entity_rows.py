"""One entity's row in several tables (a holder in the 前10名股东 table and in the 前10名无限售条件股东 table): the
columns a template ties (持股数量 = 有限售 + 无限售 shares; pledged ≤ held; 无限售 = 股份种类 数量) must agree.

Rows are paired by their label (the entity's name, spaces ignored) within one document, columns by the patterns of
validation.json "entity_rows"; a pattern matching two cells of one entity leaves that entity unchecked, so a
repeated name never pairs the wrong rows. Only figures of one base unit are compared."""
from __future__ import annotations

from collections import defaultdict

import regex

from pipeline.checks import Outcome, _check, _flag, _sum_check, config, exact, fmt, half_unit
from schemas.records import Claim


def _cells(claims: list[Claim]) -> dict[tuple, dict[str, list[Claim]]]:
    """(doc, entity) → column header → the entity's cells under it."""
    out: dict[tuple, dict[str, list[Claim]]] = defaultdict(lambda: defaultdict(list))
    for c in claims:
        if c.table_id and c.kind == "level" and " " in (c.subject or "") and exact(c) is not None:
            entity, head = c.subject.rsplit(" ", 1)
            out[(c.doc_id, entity.replace(" ", ""))][head].append(c)
    return out


def _one(cols: dict[str, list[Claim]], pattern: str) -> Claim | None:
    hits = [c for head, cs in cols.items() if regex.search(pattern, head) for c in cs]
    return hits[0] if len(hits) == 1 else None


def entity_rows(claims: list[Claim], out: Outcome) -> None:
    cfg = config()["entity_rows"]
    for (_, entity), cols in _cells(claims).items():
        for rule in cfg["sums"] + [{"whole": b["whole"], "parts": [b["part"]], "at_most": True} for b in cfg["bounds"]]:
            whole, parts = _one(cols, rule["whole"]), [_one(cols, p) for p in rule["parts"]]
            if whole is None or None in parts or len({c.base_unit for c in [whole, *parts]}) > 1:
                continue
            _sum_check("part_whole", whole, parts, [1] * len(parts), out,
                       f"{entity}: 部分与整体不符 parts against the whole", at_most=rule.get("at_most", False))
        for rule in cfg["same"]:
            cs = [_one(cols, p) for p in rule["columns"]]
            zero = _one(cols, rule["zero"]) if rule.get("zero") else None
            if None in cs or len({c.base_unit for c in cs}) > 1 or (rule.get("zero") and (zero is None or exact(zero))):
                continue
            a, b = cs[0], next((x for x in cs[1:] if abs(exact(x) - exact(cs[0])) > half_unit(x) + half_unit(cs[0])),
                               cs[-1])
            tol = half_unit(a) + half_unit(b)
            ok = abs(exact(a) - exact(b)) <= tol
            out.checks.append(_check("restatement", cs + ([zero] if zero else []), fmt(exact(a)), fmt(exact(b)),
                                     fmt(tol), "pass" if ok else "fail"))
            if not ok:
                out.flags.append(_flag("restatement", "error", f"同一数字前后不一致 one figure stated twice differs: "
                                       f"{entity} «{a.raw}» vs «{b.raw}»", fmt(exact(a)), fmt(exact(b)), cs))
