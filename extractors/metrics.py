"""The metric catalog (schemas/metrics.csv): a claim's subject → canonical metric_id, by alias."""
from __future__ import annotations

import csv
from functools import lru_cache

from schemas import data_file

# kinds whose base unit differs from the metric's own (a change of a count is a percent)
_ANY_UNIT_KINDS = {"change", "rank", "share", "ratio"}


@lru_cache(maxsize=1)
def catalog() -> list[tuple[str, str, str]]:
    """(alias, metric_id, base_unit), longest alias first."""
    rows = []
    with open(data_file("metrics.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            rows += [(a.strip(), r["metric_id"], r["base_unit"]) for a in r["aliases"].split("|") if a.strip()]
    return sorted(rows, key=lambda t: len(t[0]), reverse=True)


def metric_for(subject: str, base_unit: str, kind: str = "level") -> str:
    """The metric a subject names, or "" — the longest alias found in the subject whose unit fits."""
    s = (subject or "").replace(" ", "")
    if not s:
        return ""
    for alias, mid, unit in catalog():
        if alias in s and (unit == base_unit or kind in _ANY_UNIT_KINDS):
            return mid
    return ""
