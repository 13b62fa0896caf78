"""Table totals: rows and columns against 总计/合计/小计 rows or columns, signed rows (减：), groups summed
by their 小计, and a leading total row or column.
"""
from __future__ import annotations

import re
from collections import defaultdict
from decimal import Decimal, InvalidOperation

from pipeline.checks import adds_up, config, exact, Outcome, _sum_check
from pipeline.passages import _header, _label_kind
from schemas.records import Claim


def _stem(label: str) -> str:
    cfg = config()["table_total"]
    return re.sub(cfg["strip"], "", re.sub(r"\s", "", label))


def _abridged(pieces: list[Outcome]) -> None:
    """A total whose printed parts fall short of it in every column is a summary table that leaves rows out
    (broker notes print 非流动资产合计 under four of its items): not comparable rather than a flag. A wrong cell
    breaks one column, not all of them."""
    checks = [c for p in pieces for c in p.checks]
    if len(checks) < 2 or any(c.outcome != "fail" for c in checks):
        return
    try:
        short = all(Decimal(c.observed) < Decimal(c.expected) for c in checks)
    except (InvalidOperation, ValueError):
        return
    if short:
        for p in pieces:
            for c in p.checks:
                c.outcome, c.observed = "not_comparable", f"{c.observed} (parts short in every column: rows not printed)"
            p.flags.clear()


def _tail(label: str) -> str:
    core = re.sub(r"[（(][^）)]*[）)]", "", label)
    return core[-3:] if len(core) >= 4 else ""


def _signs(parts: list[int], labels: dict[int, str], cfg: dict) -> list[int]:
    """"减：" subtracts its row and the parallel item rows right after it (减：所得税影响额 / 少数股东权益影响额,
    the same last three characters) until "加：", another row or a subtotal."""
    sign, state, tail = {}, 1, ""
    for x in sorted(parts):
        lab = re.sub(r"\s", "", labels.get(x, ""))
        if _label_kind(lab) != "item":
            state, sign[x] = 1, 1
            continue
        if re.match(cfg["minus_item"], lab):
            state, tail = -1, _tail(lab)
        elif re.match(cfg["plus_item"], lab):
            state = 1
        elif state == -1 and not (tail and _tail(lab) == tail):
            state = 1  # 减：库存股 then 其他综合收益: only parallel rows (…影响额, …影响额) stay subtracted
        sign[x] = state
    return [sign[x] for x in parts]


def _leading_total(cells: dict[int, Claim], rows: list[int], labels: dict[int, str], cfg: dict, tid: str, col: int,
                   pending: dict[int, list[Outcome]]) -> None:
    """A total printed first (statistical tables: 总计 above its items) sums the item rows under it, when no
    other total row follows them in the column."""
    if len(rows) < 3 or _label_kind(labels.get(rows[0], "")) not in ("grand", "sub"):
        return
    rest = rows[1:]
    if any(_label_kind(labels.get(x, "")) != "item" for x in rest):
        return
    parts = [x for x in rest if not re.match(cfg["inner_item"], labels.get(x, ""))]
    if len(parts) < 2 or cells[rows[0]].base_unit == "percent" and exact(cells[rows[0]]) != 100:
        return
    piece = Outcome([], [])
    _sum_check("table_total", cells[rows[0]], [cells[x] for x in parts], _signs(parts, labels, cfg), piece,
               f"表格合计不符 table total «{labels.get(rows[0], '')}» (table {tid}, column {col})")
    pending[rows[0]].append(piece)


def _total_columns(cs: list[Claim], tid: str, cfg: dict, pending: dict) -> None:
    """A column headed 合计/总计 sums, row by row, the other columns of its unit (not 其中 columns, not shares)."""
    rows: dict[int, dict[int, Claim]] = defaultdict(dict)
    for c in cs:
        rows[c.row].setdefault(c.col, c)
    for r, cells in rows.items():
        for col, total in cells.items():
            if _label_kind(_header(total)) == "item" or total.base_unit in config()["part_whole"]["not_additive"]:
                continue
            parts = [c for k, c in sorted(cells.items()) if k != col and c.base_unit == total.base_unit
                     and _label_kind(_header(c)) == "item" and not re.match(cfg["inner_item"], _header(c))]
            if len(parts) < 2:
                continue
            piece = Outcome([], [])
            _sum_check("table_total", total, parts, [1] * len(parts), piece,
                       f"表格合计列不符 total column «{_header(total)}» (table {tid}, row {r})")
            pending[(r, col)].append(piece)


def _rows_it_sums(items: list[int], cells: dict[int, Claim], total: Claim,
                  decided: list[int] | None = None) -> list[int]:
    """The item rows a subtotal sums: all since the last total, or, when they do not add up to it and the last two
    or more alone do exactly, those (…核电装备小计 | 先进核能装备 | 同位素… | 核医学… | 辐照… | 核技术应用小计: the row
    between two groups stands alone, and the grand total takes it with the subtotals). decided: the rows another
    column of the table showed this subtotal to sum, taken when this column's figures decide nothing (a miscopied
    cell: the grouping is the table's, not the column's)."""
    if len(items) < 3 or adds_up(total, [cells[x] for x in items]):
        return items
    tails = [items[k:] for k in range(1, len(items) - 1) if adds_up(total, [cells[x] for x in items[k:]])]
    if len(tails) == 1:
        return tails[0]
    if decided and set(decided) < set(items) and items[-len(decided):] == decided:
        return decided
    return items


def _subtotal_segments(cells: dict[int, Claim], labels: dict[int, str], cfg: dict) -> list[tuple[int, list[int]]]:
    """Each subtotal row of a column with the item rows since the last total (as table_totals reads them, before a
    subtotal's named group or children narrow them)."""
    out, start = [], 0
    rows = sorted(cells)
    for i, r in enumerate(rows):
        kind = _label_kind(labels.get(r, ""))
        if kind == "item":
            continue
        if kind == "sub":
            out.append((r, _items(rows[start:i], labels, cfg)))
        start = i + 1
    return out


def _items(rows: list[int], labels: dict[int, str], cfg: dict) -> list[int]:
    """The item rows among rows (其中 rows are inside an item, totals are none)."""
    return [x for x in rows if _label_kind(labels.get(x, "")) == "item"
            and not re.match(cfg["inner_item"], labels.get(x, ""))]


def table_totals(claims: list[Claim], out: Outcome) -> None:
    """Rows against 总计/合计/小计 rows, per numeric column, in table order (a continued table keeps its id).

    A subtotal sums the item rows since the previous total row (其中 rows are inside an item; 减： rows
    subtract), plus the earlier subtotals whose stems end with its stem (负债 ← 流动负债, 非流动负债);
    a grand total sums the outermost subtotals since the previous grand total, or all items. A total printed
    above its items sums the rows under it; a column headed 合计/总计 sums the other columns of its unit.
    """
    cfg = config()["table_total"]
    mean = re.compile(cfg["mean_header"])
    by_table: dict[tuple, list[Claim]] = defaultdict(list)
    for c in claims:
        # (a column of means, 年均沉降量(毫米), is no sum: its 合计 row is their average)
        if c.table_id and c.row >= 0 and c.col >= 0 and (c.kind in ("level", "other") or
                                                          c.kind == "share" and c.base_unit == "percent") and \
                not mean.search(_header(c)):
            by_table[(c.doc_id, c.table_id)].append(c)
    for (_, tid), cs in by_table.items():
        labels: dict[int, str] = {}
        for c in cs:
            labels.setdefault(c.row, (c.subject or "").rsplit(" ", 1)[0] if " " in (c.subject or "") else
                              (c.subject or ""))
        cols: dict[int, dict[int, Claim]] = defaultdict(dict)
        for c in cs:
            cols[c.col].setdefault(c.row, c)
        pending: dict[int, list[Outcome]] = defaultdict(list)
        ident = Outcome([], [])
        # each subtotal's rows as a column adding up exactly shows them, for the columns that do not
        decided: dict[int, list[int]] = {}
        all_rows: set[int] = set()  # subtotals another column shows to sum all the rows since the last total
        for cells in cols.values():
            for r, items in _subtotal_segments(cells, labels, cfg):
                rows_summed = _rows_it_sums(items, cells, cells[r])
                if rows_summed != items:
                    decided.setdefault(r, rows_summed)
                elif len(items) >= 2 and adds_up(cells[r], [cells[x] for x in items]):
                    all_rows.add(r)
        for col, cells in cols.items():
            rows = sorted(cells)
            start = 0  # index into rows after the last total of any kind
            grand_start = 0
            summed: set[int] = set()  # item rows a subtotal has summed
            broken: dict[int, list[int]] = {}  # subtotals failing their rows: the grand total takes the rows
            for i, r in enumerate(rows):
                kind = _label_kind(labels.get(r, ""))
                if kind == "item":
                    continue
                if kind == "net":  # 流入小计 − 流出小计: a derived row, neither an item nor a total of the rows above
                    start = i + 1
                    continue
                items = _items(rows[start:i], labels, cfg)
                subs = [x for x in rows[grand_start:i] if _label_kind(labels.get(x, "")) == "sub"]
                total = cells[r]
                if kind == "sub":
                    stem = _stem(labels.get(r, ""))
                    children = [x for x in subs if _stem(labels.get(x, "")) != stem and stem
                                and _stem(labels.get(x, "")).endswith(stem)]
                    # 事业单位 / 国有企业 / 民营企业 / 外资企业 / 企业小计: a subtotal naming its group sums the rows
                    # right above it that name the group too, not an item of another group before them
                    named = 0
                    while named < len(items) and len(stem) >= 2 and stem in labels.get(items[-1 - named], ""):
                        named += 1
                    # (fewer rows of other groups than of its own: a statement's 非流动资产合计 sums a long list that
                    # closes on 其他非流动资产)
                    # (部属高校 | 市属公办本科高校 | 民办本科高校 | 本科高校小计: all the rows since the last total adding up
                    # to it, the group is as printed, whatever its rows are called)
                    # (综合性大学 | 理工类高校 | 医药类高校 | 其他高校 | 高校小计 printed 1201 for 1210: the other columns
                    # show the group is all four rows, whatever three of them are called)
                    if 2 <= named < len(items) and len(items) - named < named and r not in all_rows and \
                            not adds_up(total, [cells[x] for x in items]):
                        items = items[-named:]
                    elif not children:
                        items = _rows_it_sums(items, cells, total, decided.get(r))
                    parts = children + items  # 所有者权益合计 = 归属于母公司…合计 + 少数股东权益
                    summed.update(items)
                else:
                    outer = [x for x in subs if not any(
                        _stem(labels.get(y, "")) != _stem(labels.get(x, "")) and
                        _stem(labels.get(x, "")).endswith(_stem(labels.get(y, ""))) and y > x for y in subs)]
                    loose_items = [x for x in _items(rows[grand_start:i], labels, cfg) if x not in summed]
                    # 小计 over some rows, then rows of their own, then 合计: the subtotals and the rows no subtotal took
                    parts = sorted(outer + loose_items) if outer else loose_items
                    # (西部三区小计 printed 482 for 428: a subtotal failing its rows is miscopied when the grand total is
                    # their sum and not the subtotals': read so, one miscopy raises one flag; when the subtotals add up
                    # to it, a row was miscopied instead, and the subtotals stand)
                    by_rows = sorted({y for x in parts for y in broken.get(x, [x])})
                    if by_rows != parts and not adds_up(total, [cells[x] for x in parts]) and \
                            adds_up(total, [cells[x] for x in by_rows]):
                        parts = by_rows
                    grand_start = i + 1
                start = i + 1
                if len(parts) < 2 or total.base_unit == "percent" and exact(total) != 100:
                    continue  # a column of shares adds up only in a row stating the whole (合计 100.0)
                signs = _signs(parts, labels, cfg)
                piece = Outcome([], [])
                _sum_check("table_total", total, [cells[x] for x in parts], signs, piece,
                           f"表格合计不符 table total «{labels.get(r, '')}» (table {tid}, column {col})")
                if kind == "sub" and piece.flags and not children and all(sg == 1 for sg in signs):
                    broken[r] = parts
                pending[r].append(piece)
            _leading_total(cells, rows, labels, cfg, tid, col, pending)
            # accounting identities between two totals of one column (资产总计 = 负债和所有者权益总计)
            for left, right in cfg["identities"]:
                a = [x for x in rows if re.search(left, re.sub(r"\s", "", labels.get(x, "")))]
                b = [x for x in rows if re.search(right, re.sub(r"\s", "", labels.get(x, "")))]
                if len(a) == 1 and len(b) == 1 and a != b:
                    _sum_check("table_total", cells[a[0]], [cells[b[0]]], [1], ident,
                               f"表内恒等式不成立 «{labels[a[0]]}» ≠ «{labels[b[0]]}» (table {tid}, column {col})")
        _total_columns(cs, tid, cfg, pending)
        for pieces in pending.values():
            _abridged(pieces)
            for piece in pieces:
                out.checks += piece.checks
                out.flags += piece.flags
        out.checks += ident.checks
        out.flags += ident.flags
