"""Sums down the numbered outline of a financial statement (利润表, 资产负债表 in the standard Chinese layout),
column by column within one table:

- a numbered result row after rows all marked 加：/减： is the row before them plus and minus those rows
  (四、利润总额 = 三、营业利润 + 加：营业外收入 − 减：营业外支出);
- a row followed by runs of items numbered from 1. (1.持续经营净利润 2.终止经营净利润, then 1.归属于母公司…
  2.少数股东损益) equals each run's sum: each run splits the same figure another way;
- a figure-bearing （一）/（二） row equals the items numbered under it;
- line items the statement template defines as sums of others (营业利润, 综合收益总额 and its owners' shares),
  from a list in validation.json, when the template's anchor rows are printed;
- a net cash flow is its 流入小计 less its 流出小计, and the change in cash the sum of the net flows and the
  numbered rows after them (汇率变动的影响);
- a numbered row is at least the sum of the 其中 rows right under it (二、营业总成本 其中：营业成本, 税金及附加, …),
  up to the next marked row, so a nested 其中 (财务费用's 利息费用) is not added in.

A run is only summed when the next outline row closes it on the same page (a statement running on to the next
page has items there that this page does not show). The outline marks are data (validation.json
"statement_tree").
"""
from __future__ import annotations

from collections import defaultdict

import regex

from pipeline.table_labels import common_suffix, printed, row_labels
from pipeline.checks import Outcome, _sum_check, config, exact
from schemas.records import Claim

RULE = "table_total"


def _columns(cells: list[Claim], labels: dict[str, str]) -> list[list[Claim]]:
    """Each table column's cells in row order; a statement running on to the next page (its first table there
    under the same column header) continues the column of the last table on the page before."""
    cols: dict[tuple, list[Claim]] = defaultdict(list)
    for c in cells:
        if c.claim_id in labels:
            cols[(c.doc_id, c.page, _table_no(c.table_id), c.col)].append(c)
    for cs in cols.values():
        cs.sort(key=lambda c: c.row)
    heads = {k: common_suffix([printed(c) for c in cs]).strip() for k, cs in cols.items()}
    tables = defaultdict(set)
    for doc, page, t, _ in cols:
        tables[(doc, page)].add(t)
    for key in sorted(cols, key=lambda k: (k[0], k[1], k[2], k[3])):
        doc, page, t, col = key
        if t != min(tables[(doc, page)]) or not tables.get((doc, page - 1)):
            continue
        before = (doc, page - 1, max(tables[(doc, page - 1)]), col)
        if before in cols and heads[key] and heads[key] == heads[before]:
            cols[before] += cols.pop(key)
            heads[key] = ""
    return [cs for cs in cols.values() if cs]


def _table_no(table_id: str) -> int:
    m = regex.search(r"t(\d+)", table_id)
    return int(m.group(1)) if m else 0


def _identities(cs: list[Claim], names: list[str], cfg: dict, out: Outcome) -> None:
    """Line items the statement template defines as sums of others (营业利润 = 营业总收入 − 营业总成本 + 其他收益 + …,
    综合收益总额 = 净利润 + 其他综合收益的税后净额), matched on the item's name alone."""
    for ident in cfg["identities"]:
        totals = [i for i, n in enumerate(names) if regex.fullmatch(ident["total"], n)]
        if len(totals) != 1 or not all(any(regex.fullmatch(a, n) for n in names) for a in ident.get("anchors", [])):
            continue
        parts, signs = [], []
        for sign, key in ((1, "plus"), (-1, "minus")):
            for pat in ident[key]:
                hit = [i for i, n in enumerate(names) if regex.fullmatch(pat, n)]
                if len(hit) == 1:
                    parts.append(cs[hit[0]])
                    signs.append(sign)
        if len(parts) >= 2:
            _sum_check(RULE, cs[totals[0]], parts, signs, out, f"{names[totals[0]]}: the template's sum")


def statement_tree(claims: list[Claim], out: Outcome) -> None:
    cfg = config()["statement_tree"]
    top, group, item, inner = (regex.compile(cfg[k]) for k in ("top", "group", "item", "inner"))
    plus, minus = regex.compile(cfg["plus"]), regex.compile(cfg["minus"])
    parent, minority = regex.compile(cfg["parent_share"]), regex.compile(cfg["minority_share"])
    net, net_change = regex.compile(cfg["net_flow"]), regex.compile(cfg["net_change"])
    inflow, outflow = regex.compile(cfg["inflow"]), regex.compile(cfg["outflow"])
    cells = [c for c in claims if c.table_id and c.kind == "level" and exact(c) is not None]
    labels = row_labels(cells)
    for cs in _columns(cells, labels):
        lab = [labels[c.claim_id].strip() for c in cs]
        bare = [regex.sub(cfg["item_marks"], "", x) for x in lab]  # the item's name alone
        _identities(cs, bare, cfg, out)
        nets = [i for i, x in enumerate(bare) if net.search(x)]
        for n, i in enumerate(nets):
            # a net flow is its inflow subtotal less its outflow subtotal, both since the net flow before it
            lo = nets[n - 1] + 1 if n else 0
            ins = [cs[k] for k in range(lo, i) if inflow.search(bare[k])]
            outs = [cs[k] for k in range(lo, i) if outflow.search(bare[k])]
            if len(ins) == 1 and len(outs) == 1:
                _sum_check(RULE, cs[i], [ins[0], outs[0]], [1, -1], out, f"{lab[i]} = 流入小计 − 流出小计")
        for i, c in enumerate(cs):
            if net_change.search(bare[i]) and nets and nets[-1] < i:
                # the change in cash: every net flow above it and the numbered rows after the last one (汇率变动)
                parts = [cs[k] for k in nets] + [cs[k] for k in range(nets[-1] + 1, i) if top.match(lab[k])]
                _sum_check(RULE, c, parts, [1] * len(parts), out, f"{lab[i]} = Σ net flows")
            if top.match(lab[i]):
                # running result: every row since the previous numbered row is marked 加 or 减
                j = next((j for j in range(i - 1, -1, -1) if top.match(lab[j])), None)
                between = range(j + 1, i) if j is not None else range(0)
                if j is not None and between and all(plus.match(lab[k]) or minus.match(lab[k]) for k in between):
                    parts = [cs[j], *(cs[k] for k in between)]
                    signs = [1, *(-1 if minus.match(lab[k]) else 1 for k in between)]
                    _sum_check(RULE, c, parts, signs, out, f"{lab[i]} = {lab[j]} ± 加/减 rows")
                # its split by owner: the parent's share and the minority's, before the next numbered row
                nxt = next((k for k in range(i + 1, len(cs)) if top.match(lab[k])), len(cs))
                p = [cs[k] for k in range(i + 1, nxt) if parent.match(bare[k])]
                m = [cs[k] for k in range(i + 1, nxt) if minority.match(bare[k])]
                if len(p) == 1 and len(m) == 1:
                    _sum_check(RULE, c, [p[0], m[0]], [1, 1], out, f"{lab[i]} = parent's + minority's share")
            if top.match(lab[i]) and i + 1 < len(cs) and inner.match(lab[i + 1]) and exact(c) >= 0:
                # a numbered row's 其中 rows, up to the next marked row (a nested 其中, 加/减, the next number):
                # its parts, not always all of them (营业总收入 其中：营业收入)
                k = i + 2
                while k < len(cs) and not any(p.match(lab[k]) for p in (inner, plus, minus, top, group, item)):
                    k += 1
                if k < len(cs):
                    parts = cs[i + 1:k]
                    _sum_check(RULE, c, parts, [1] * len(parts), out, f"{lab[i]} ≥ Σ its 其中 rows", at_most=True)
            if not top.match(lab[i]) and not item.match(lab[i]) and i + 1 < len(cs) and group.match(lab[i + 1]):
                # an unnumbered row whose （一）（二） groups (each with its items) follow: their sum
                k, groups = i + 1, []
                while k < len(cs) and (group.match(lab[k]) or item.match(lab[k])):
                    if group.match(lab[k]):
                        groups.append(cs[k])
                    k += 1
                if len(groups) >= 2 and k < len(cs):
                    _sum_check(RULE, c, groups, [1] * len(groups), out, f"{lab[i]} = Σ its （一）（二） groups")
            if not (top.match(lab[i]) or group.match(lab[i])):
                continue
            # runs of numbered items right below, each closed by a row that is no item
            k, runs = i + 1, []
            while k < len(cs) and item.match(lab[k]):
                run = [cs[k]]
                n = int(item.match(lab[k]).group(1))
                k += 1
                while k < len(cs) and (m := item.match(lab[k])) and int(m.group(1)) > n:
                    run.append(cs[k])
                    n = int(m.group(1))
                    k += 1
                runs.append(run)
            if runs and k < len(cs):
                for run in (runs if top.match(lab[i]) else runs[:1]):
                    _sum_check(RULE, c, run, [1] * len(run), out, f"{lab[i]} = Σ its numbered items")
