"""The metric catalog (schemas/metrics.csv): a claim's subject → canonical metric_id, by alias."""
from __future__ import annotations

import csv
import re
from functools import lru_cache

from schemas import data_file

# kinds whose base unit differs from the metric's own (a change of a count is a percent)
_ANY_UNIT_KINDS = {"change", "rank", "share", "ratio"}


@lru_cache(maxsize=1)
def catalog() -> list[tuple[str, str, str, object]]:
    """(alias, metric_id, base_unit, exclude pattern or None), longest alias first."""
    rows = []
    with open(data_file("metrics.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            ex = re.compile(r["exclude"]) if (r.get("exclude") or "").strip() else None
            rows += [(a.strip(), r["metric_id"], r["base_unit"], ex) for a in r["aliases"].split("|") if a.strip()]
    return sorted(rows, key=lambda t: len(t[0]), reverse=True)


def metric_for(subject: str, base_unit: str, kind: str = "level") -> str:
    """The metric a subject names, or "" — the longest alias found in the subject whose unit fits."""
    s = (subject or "").replace(" ", "")
    if not s:
        return ""
    for alias, mid, unit, exclude in catalog():
        if alias in s and (unit == base_unit or kind in _ANY_UNIT_KINDS):
            # a subject naming a part of the population (科研事业单位…, 输出…) is not the headline metric
            return "" if exclude is not None and exclude.search(s) else mid
    return ""


@lru_cache(maxsize=1)
def by_id() -> dict[str, dict]:
    """metric_id → its catalog row (base_unit, description, …)."""
    with open(data_file("metrics.csv"), encoding="utf-8") as f:
        return {r["metric_id"]: r for r in csv.DictReader(f)}
