"""Sums down the numbered outline of a financial statement (利润表, 资产负债表 in the standard Chinese layout),
column by column within one table:

- a numbered result row after rows all marked 加：/减： is the row before them plus and minus those rows
  (四、利润总额 = 三、营业利润 + 加：营业外收入 − 减：营业外支出);
- a row followed by runs of items numbered from 1. (1.持续经营净利润 2.终止经营净利润, then 1.归属于母公司…
  2.少数股东损益) equals each run's sum: each run splits the same figure another way;
- a figure-bearing （一）/（二） row equals the items numbered under it.

A run is only summed when the next outline row closes it on the same page (a statement running on to the next
page has items there that this page does not show). The outline marks are data (validation.json
"statement_tree").
"""
from __future__ import annotations

from collections import defaultdict

import regex

from pipeline.restated_rows import _labels
from pipeline.validate import Outcome, _sum_check, config, exact
from schemas.records import Claim

RULE = "table_total"


def statement_tree(claims: list[Claim], out: Outcome) -> None:
    cfg = config()["statement_tree"]
    top, group, item = (regex.compile(cfg[k]) for k in ("top", "group", "item"))
    plus, minus = regex.compile(cfg["plus"]), regex.compile(cfg["minus"])
    cells = [c for c in claims if c.table_id and c.kind == "level" and exact(c) is not None]
    labels = _labels(cells)
    columns: dict[tuple, list[Claim]] = defaultdict(list)
    for c in cells:
        if c.claim_id in labels:
            columns[(c.doc_id, c.page, c.table_id.split(".")[0], c.col)].append(c)
    for cs in columns.values():
        cs.sort(key=lambda c: c.row)
        lab = [labels[c.claim_id].strip() for c in cs]
        for i, c in enumerate(cs):
            if top.match(lab[i]):
                # running result: every row since the previous numbered row is marked 加 or 减
                j = next((j for j in range(i - 1, -1, -1) if top.match(lab[j])), None)
                between = range(j + 1, i) if j is not None else range(0)
                if j is not None and between and all(plus.match(lab[k]) or minus.match(lab[k]) for k in between):
                    parts = [cs[j], *(cs[k] for k in between)]
                    signs = [1, *(-1 if minus.match(lab[k]) else 1 for k in between)]
                    _sum_check(RULE, c, parts, signs, out, f"{lab[i]} = {lab[j]} ± 加/减 rows")
            if not (top.match(lab[i]) or group.match(lab[i])):
                continue
            # runs of numbered items right below, each closed by the next outline row
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
            if runs and k < len(cs) and (top.match(lab[k]) or group.match(lab[k])):
                for run in (runs if top.match(lab[i]) else runs[:1]):
                    _sum_check(RULE, c, run, [1] * len(run), out, f"{lab[i]} = Σ its numbered items")
