"""What table cells say about their rows, read back from the claims (for the rules that compare rows):
the label and header as printed, and each row's label as what its cells share."""
from __future__ import annotations

from collections import defaultdict

from schemas.records import Claim


def common_prefix(xs: list[str]) -> str:
    k = 0
    while all(len(x) > k for x in xs) and len({x[k] for x in xs}) == 1:
        k += 1
    return xs[0][:k]


def common_suffix(xs: list[str]) -> str:
    k = 0
    while all(len(x) > k for x in xs) and len({x[-1 - k] for x in xs}) == 1:
        k += 1
    return xs[0][len(xs[0]) - k:] if k else ""


def printed(c: Claim) -> str:
    """A table cell's row label and column header as printed: its context without the cell's own text."""
    return c.context.rsplit(": ", 1)[0] if ": " in c.context else c.subject


def row_labels(cells: list[Claim]) -> dict[str, str]:
    """claim_id → its row label as printed (with its outline number: the statement outline needs it): the cell's
    label and header without the column header its column's cells share (in a one-row table, what the row's
    cells share)."""
    cols: dict[tuple, list[Claim]] = defaultdict(list)
    rows: dict[tuple, list[Claim]] = defaultdict(list)
    for c in cells:
        cols[(c.doc_id, c.page, c.table_id, c.col)].append(c)
        rows[(c.doc_id, c.page, c.table_id, c.row)].append(c)
    out = {}
    for cs in rows.values():  # a one-row table: the label is what its cells share
        if len(cs) >= 2:
            shared = common_prefix([printed(c) for c in cs])
            shared = shared[:shared.rfind(" ")] if " " in shared else ""
            for c in cs:
                if shared:
                    out[c.claim_id] = shared
    for cs in cols.values():
        if len(cs) < 2:
            continue
        head = common_suffix([printed(c) for c in cs])
        head = head[head.find(" "):] if " " in head else ""  # the header starts after the label's last word
        for c in cs:
            text = printed(c)
            out[c.claim_id] = text[:len(text) - len(head)] if head else text
    return out
