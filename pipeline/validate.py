"""Checks on claims, each a small named rule; every check made is recorded.

A check has an outcome (pass, fail, not_comparable) and a tolerance derived from the printed precision:
a number printed with d decimals stands for ±half a unit of its last place (6496.79亿元 → ±0.005亿元),
a sum carries the sum of its parts' half-units. Failing checks become flags for QA.

Rules are general: none names a metric, a figure or a page of a report. What they need to know about
wording (total-row labels, 其中, from/to verbs) and thresholds is data in schemas/validation.json.
"""
from __future__ import annotations

import hashlib
import json
import re
from collections import defaultdict
from contextvars import ContextVar
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from schemas import data_file
from pipeline.restatement import common_run, common_tail, restatement
from pipeline.table_labels import common_suffix
from schemas.records import BASE_UNITS, KINDS, Check, Claim, Flag


@lru_cache(maxsize=1)
def config() -> dict:
    return json.loads(data_file("validation.json").read_text(encoding="utf-8"))


def _id(*parts: str) -> str:
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:20]


def exact(c: Claim) -> Decimal | None:
    try:
        s = c.norm_exact
        if "/" in s:
            a, b = s.split("/", 1)
            return Decimal(a) / Decimal(b)
        return Decimal(s) if s else None
    except (InvalidOperation, ZeroDivisionError):
        return None


def half_unit(c: Claim) -> Decimal:
    """Half a unit of the last printed digit, in the claim's base unit (6496.79亿元 → 0.005亿 = 500000 CNY).

    A whole count printed in full (32人, 1905单) is exact, not rounded: its half-unit is 0 (1.9万家 keeps ±0.05万)."""
    v, n = Decimal(str(c.value)) if c.value else Decimal(0), exact(c)
    scale = (n / v) if (n is not None and v not in (0, Decimal(0))) else Decimal(1)
    if c.base_unit in config()["exact_counts"] and not c.decimals and scale == 1:
        return Decimal(0)
    return abs(Decimal(1).scaleb(-int(c.decimals or 0)) / 2 * scale)


def fmt(d: Decimal) -> str:
    s = format(d.normalize(), "f") if d == d.to_integral() else format(d, "f")
    return s.rstrip("0").rstrip(".") if "." in s else s


@dataclass
class Outcome:
    checks: list[Check]
    flags: list[Flag]


def _check(rule: str, claims: list[Claim], expected: str, observed: str, tol: str, outcome: str) -> Check:
    ids = "|".join(c.claim_id for c in claims)
    return Check(check_id=_id(rule, ids), doc_id=claims[0].doc_id, rule=rule, claim_ids=ids, expected=expected,
                 observed=observed, tolerance=tol, outcome=outcome)


def _flag(rule: str, severity: str, message: str, expected: str, observed: str, claims: list[Claim]) -> Flag:
    c = claims[0]
    ids = "|".join(x.claim_id for x in claims)
    return Flag(flag_id=_id(rule, ids), doc_id=c.doc_id, rule=rule, severity=severity, message=message,
                expected=expected, observed=observed, claim_ids=ids, page=c.page, x0=c.x0, top=c.top, x1=c.x1,
                bottom=c.bottom)


def _sum_check(rule: str, total: Claim, parts: list[Claim], signs: list[int], out: Outcome, what: str,
               at_most: bool = False, loose: bool = False) -> None:
    """total = Σ sign·part within the summed half-units (or total ≥ Σ parts when at_most).

    loose: the figures are bounds (超, 约): a mismatch is recorded as not comparable, not flagged, unless (at_most)
    parts stated exactly or as lower bounds exceed even the most a bound whole may stand for (bound_reach): a
    warning."""
    t = exact(total)
    ps = [exact(p) for p in parts]
    if t is None or any(p is None for p in ps):
        return
    s = sum((sg * p for sg, p in zip(signs, ps)), Decimal(0))
    tol = half_unit(total) + sum((half_unit(p) for p in parts), Decimal(0))
    claims = [total, *parts]
    if at_most:
        ok = s <= t + tol
        exp, obs = f"Σ parts ≤ {fmt(t)}", fmt(s)
    else:
        ok = abs(s - t) <= tol
        exp, obs = fmt(t), fmt(s)
    outcome = "pass" if ok else "not_comparable" if loose else "fail"
    severity = "error"
    if outcome == "not_comparable" and at_most and total.qualifier in ("over", "approx") and \
            all(p.qualifier in ("", "over") for p in parts) and (reach := bound_reach(total)) is not None and \
            s > reach + tol:
        outcome, severity = "fail", "warning"
        exp = f"Σ parts ≤ {fmt(t)} (a bound: < {fmt(reach)})"
    out.checks.append(_check(rule, claims, exp, obs, fmt(tol), outcome))
    if outcome == "fail":
        out.flags.append(_flag(rule, severity, f"{what}: «{total.raw}» ≠ Σ {len(parts)} parts = {obs} "
                                               f"({total.base_unit}, ±{fmt(tol)})", exp, obs, claims))


def bound_reach(c: Claim) -> Decimal | None:
    """The most a figure stated as a bound (超, 约, 余) may stand for: N余/N多 is less than one unit of its last
    significant digit more (1200余家 < 1300家, 14.2万余小时 < 14.3万小时); 超N, 约N, N以上 less than one unit of
    its leading digit more (超600家 < 700家, 超60家 < 70家): a writer knowing of 150 would not write 超60."""
    x = exact(c)
    v = Decimal(str(c.value)) if c.value else None
    if x is None or not v:
        return None
    n = abs(v).normalize()
    place = n.as_tuple().exponent if re.search(config()["bound_reach"]["tight"], c.raw or "") else n.adjusted()
    return (abs(v) + Decimal(1).scaleb(place)) * abs(x / v)


# ---------------------------------------------------------------- unit plausibility
def unit_plausibility(claims: list[Claim], out: Outcome, catalog: dict | None = None) -> None:
    """The base unit is in the vocabulary (and the catalog's for the metric); shares 0–100%; counts whole.

    A table column whose cells carry no unit (its header names none) is one flag for QA, not one per cell.
    """
    no_unit: dict[tuple, list[Claim]] = defaultdict(list)
    for c in claims:
        flag = None
        outcome, expected, observed = "pass", "known base unit", c.base_unit or "(none)"
        want = (catalog or {}).get(c.metric_id, {}).get("base_unit") if c.metric_id else None
        if not (c.base_unit in BASE_UNITS or c.base_unit.startswith("other:")) or c.kind not in KINDS:
            outcome = "fail"
            flag = ("warning", f"未知单位 unknown unit «{c.unit}» in «{c.raw}»")
        elif want and c.kind == "level" and c.base_unit != want:
            outcome, expected = "fail", f"{want} for {c.metric_id}"
            flag = ("warning", f"单位与指标不符 unit {c.base_unit} does not fit {c.metric_id} ({want}): «{c.raw}»")
        elif c.kind == "share" and c.base_unit == "percent" and not (0 <= c.value <= 100):
            outcome, expected, observed = "fail", "0 ≤ share ≤ 100%", f"{c.value}%"
            flag = ("error", f"占比超出0–100% share out of range: «{c.raw}»")
        elif c.base_unit in ("count", "person_times") and c.kind == "level" and c.decimals == 0 and \
                (n := exact(c)) is not None and n != n.to_integral():
            outcome, expected, observed = "fail", "a whole count", c.norm_exact
            flag = ("warning", f"计数不是整数 count with a fraction: «{c.raw}»")
        out.checks.append(_check("unit_plausibility", [c], expected, observed, "", outcome))
        if flag and c.table_id and not c.unit and not c.base_unit:
            no_unit[(c.doc_id, c.table_id, c.col)].append(c)
        elif flag:
            out.flags.append(_flag("unit_plausibility", flag[0], flag[1], expected, observed, [c]))
    for (_, tid, col), cs in no_unit.items():
        if len(cs) == 1:
            c = cs[0]
            out.flags.append(_flag("unit_plausibility", "warning", f"未知单位 unknown unit «» in «{c.raw}»",
                                   "known base unit", "(none)", cs))
            continue
        sample = ", ".join(f"«{c.raw}»" for c in cs[:3])
        out.flags.append(_flag("unit_plausibility", "warning",
                               f"表格列无单位 {len(cs)} cells without a unit in table {tid}, column {col}: {sample} …",
                               "known base unit", "(none)", cs))


# ---------------------------------------------------------------- table totals
def _label_kind(label: str) -> str:
    cfg = config()["table_total"]
    lab = re.sub(r"\s", "", label)
    if re.search(cfg["net_row"], lab):
        return "net"
    if re.search(cfg["grand_total"], lab):
        return "grand"
    if re.search(cfg["subtotal"], lab):
        return "sub"
    return "item"


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


def _header(c: Claim) -> str:
    return re.sub(r"\s", "", (c.subject or "").rsplit(" ", 1)[1]) if " " in (c.subject or "") else ""


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


def table_totals(claims: list[Claim], out: Outcome) -> None:
    """Rows against 总计/合计/小计 rows, per numeric column, in table order (a continued table keeps its id).

    A subtotal sums the item rows since the previous total row (其中 rows are inside an item; 减： rows
    subtract), plus the earlier subtotals whose stems end with its stem (负债 ← 流动负债, 非流动负债);
    a grand total sums the outermost subtotals since the previous grand total, or all items. A total printed
    above its items sums the rows under it; a column headed 合计/总计 sums the other columns of its unit.
    """
    cfg = config()["table_total"]
    by_table: dict[tuple, list[Claim]] = defaultdict(list)
    for c in claims:
        if c.table_id and c.row >= 0 and c.col >= 0 and (c.kind in ("level", "other") or
                                                          c.kind == "share" and c.base_unit == "percent"):
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
        for col, cells in cols.items():
            rows = sorted(cells)
            start = 0  # index into rows after the last total of any kind
            grand_start = 0
            summed: set[int] = set()  # item rows a subtotal has summed
            for i, r in enumerate(rows):
                kind = _label_kind(labels.get(r, ""))
                if kind == "item":
                    continue
                if kind == "net":  # 流入小计 − 流出小计: a derived row, neither an item nor a total of the rows above
                    start = i + 1
                    continue
                seg = rows[start:i]
                items = [x for x in seg if _label_kind(labels.get(x, "")) == "item"
                         and not re.match(cfg["inner_item"], labels.get(x, ""))]
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
                    if 2 <= named < len(items) and len(items) - named < named:
                        items = items[-named:]
                    parts = children + items  # 所有者权益合计 = 归属于母公司…合计 + 少数股东权益
                    summed.update(items)
                else:
                    outer = [x for x in subs if not any(
                        _stem(labels.get(y, "")) != _stem(labels.get(x, "")) and
                        _stem(labels.get(x, "")).endswith(_stem(labels.get(y, ""))) and y > x for y in subs)]
                    loose_items = [x for x in rows[grand_start:i] if _label_kind(labels.get(x, "")) == "item"
                                   and not re.match(cfg["inner_item"], labels.get(x, "")) and x not in summed]
                    # 小计 over some rows, then rows of their own, then 合计: the subtotals and the rows no subtotal took
                    parts = sorted(outer + loose_items) if outer else loose_items
                    grand_start = i + 1
                start = i + 1
                if len(parts) < 2 or total.base_unit == "percent" and exact(total) != 100:
                    continue  # a column of shares adds up only in a row stating the whole (合计 100.0)
                signs = _signs(parts, labels, cfg)
                piece = Outcome([], [])
                _sum_check("table_total", total, [cells[x] for x in parts], signs, piece,
                           f"表格合计不符 table total «{labels.get(r, '')}» (table {tid}, column {col})")
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


# ---------------------------------------------------------------- running text
def _by_context(claims: list[Claim], tables: bool = False) -> dict[tuple, list[tuple[int, Claim]]]:
    """Claims of one context in reading order, with their character offsets in that context.

    tables: table cells too, keyed by their row, so that a row's cells read as one passage."""
    groups: dict[tuple, list[Claim]] = defaultdict(list)
    for c in claims:
        if not c.table_id:
            groups[(c.doc_id, c.page, c.context)].append(c)
        elif tables:
            groups[(c.doc_id, (c.table_id, c.row), c.context)].append(c)
    out = {}
    for key, cs in groups.items():
        pos, placed = 0, []
        for c in cs:
            k = key[2].find(c.raw, pos)
            if k < 0:
                k = key[2].find(c.raw)
            placed.append((max(k, 0), c))
            pos = max(k, 0) + len(c.raw)
        out[key] = sorted(placed, key=lambda t: t[0])
    return out


@dataclass
class Passage:
    """Running text: consecutive contexts of one page joined while a sentence runs on across them
    (a context cut at a line end, "…21.64亿元（" + "累计49.57亿元）"), with each claim's offset in it."""
    text: str
    placed: list[tuple[int, Claim]]
    pieces: list[int]  # offsets where each joined context starts
    row: bool = False  # the cells of one table row

    def within(self, a: int, b: int) -> list[Claim]:
        return [c for k, c in self.placed if a <= k < b]

    def at(self, claim: Claim) -> int:
        return next(k for k, c in self.placed if c is claim)

    def end(self, claim: Claim) -> int:
        return self.at(claim) + len(claim.raw)

    def sentence(self, i: int) -> tuple[int, int]:
        """Bounds of the sentence holding offset i."""
        breaks = config()["part_whole"]["sentence_breaks"]
        start = max(self.text.rfind(p, 0, i) for p in breaks) + 1
        ends = [e for e in (self.text.find(p, i) for p in breaks) if e >= 0]
        return start, (min(ends) if ends else len(self.text))

    def piece(self, i: int) -> tuple[int, int]:
        """Bounds of the context (before joining) holding offset i."""
        start = max(k for k in self.pieces if k <= i)
        return start, next((k for k in self.pieces if k > i), len(self.text))


# passages built once per validate() call and shared by its rules; a context variable, not a module global,
# so that documents validated at the same time in threads (a Dask worker) never see each other's passages
_MEMO: ContextVar[dict | None] = ContextVar("passages", default=None)


def _passages(claims: list[Claim], tables: bool = False) -> list[Passage]:
    """A context is continued by the next one on its page unless it ends a sentence or ends on a figure
    (contexts cut at a paragraph end, "…上海牵头和参与3项", end on their last figure more often than not)."""
    memo = _MEMO.get()
    if memo is None:
        return _build_passages(claims, tables)
    if tables not in memo:
        memo[tables] = _build_passages(claims, tables)
    return memo[tables]


def _build_passages(claims: list[Claim], tables: bool) -> list[Passage]:
    breaks = tuple(config()["part_whole"]["sentence_breaks"]) + ("！", "？", "!", "?")
    out: list[Passage] = []
    last_key = None
    for (doc, page, ctx), placed in _by_context(claims, tables).items():
        prev = out[-1] if out else None
        row = isinstance(page, tuple)  # a table row's cells always read as one passage
        tail = prev.text.rstrip().rstrip(")）”’\"'") if prev else ""
        on_figure = prev is not None and any(tail.endswith(c.raw) or prev.text.rstrip().endswith(c.raw)
                                             for _, c in prev.placed[-1:])  # (248项（人）: a unit in brackets)
        cont = re.match(config()["part_whole"]["continues"], ctx) is not None  # "，其中…" opens a cut context
        opens = re.match(config()["part_whole"]["opens"], ctx) is not None  # "其中，…" refers back past a 。
        dated = re.match(config()["part_whole"]["dated_entry"], ctx) is not None  # a chronology's "4月，…" item
        if prev is not None and last_key == (doc, page) and not dated and (
                row or opens or not tail.endswith(breaks) and (cont or not on_figure)):
            prev.text += "，" if row else ""
            base = len(prev.text)
            prev.text += ctx
            prev.placed += [(base + k, c) for k, c in placed]
            prev.pieces.append(base)
        else:
            out.append(Passage(ctx, list(placed), [0], row))
        last_key = (doc, page)
    return out


# kinds that state an amount which parts add up to (a target "达到100家，其中…" too); shares, changes, ranks do not
_AMOUNT = ("level", "target", "other")
_DIGIT = re.compile(r"\d")


def _loose(whole: Claim, parts: list[Claim]) -> bool:
    """Qualifiers (超, 约, 近, 不足) make a printed figure a bound: a failed comparison is then not conclusive."""
    return whole.qualifier in ("over", "approx") or any(p.qualifier in ("approx", "under", "near") for p in parts)


# ---------------------------------------------------------------- 其中 parts, flows within stocks
def part_whole(claims: list[Claim], out: Outcome) -> None:
    """Parts cannot exceed their whole; an exact sum verifies the breakdown.

    - "…N，其中A a、B b": the parts after 其中 against the whole before it, unit by unit, so parallel clauses
      with several measures ("1006个，资助经费23105万元，其中面上项目409个，资助经费8180万元，…") give one check
      per measure; a whole ending the previous sentence ("…206项。其中，…") counts;
    - a year's flow against the stock it adds to: "全年…81项（累计250项）", "年内新增X家，累计Y家", "新立项支持92家，
      累计扶持3018家" and the other way round; a stock named apart from 累计 ("累计认定高新技术成果转化项目17603个")
      must count what the flow counts; clauses about the flow may stand between them;
    - a figure named like a 总 figure before it: "总成交额202亿元，…，现场成交额6.89亿元";
    - a figure against the total printed in parentheses after it: "参与3项（全国共5项）", and a part printed in
      parentheses after its whole: "累计入库企业2397家(新增94家)";
    - a table row labelled 其中 against the row above it.
    Running text is read across contexts cut by the layout (see Passage); averages, shares and ranks do not add up
    and are left out (validation.json: not_additive).
    """
    for p in _passages(claims, tables=True):
        _parts_after_marker(p, out)
        _part_of_stock(p, out)
        _flow_after_stock(p, out)
        _component_after_total(p, out)
        _nested_bands(p, out)
        _part_of_wider_scope(p, out)
        _selected_from(p, out)
        _chosen_from_among(p, out)
        _items_after_scoped_whole(p, out)
        _parts_among(p, out)
        _part_of_named_whole(p, out)
    _table_inner_rows(claims, out)


_BAND_SCALE = {"percent": Decimal("0.01"), "permille": Decimal("0.001")}


def _parts_among(p: Passage, out: Outcome) -> None:
    """"在97篇…论文中，高校占63篇、科研院所占26篇", "独角兽企业66家中，人工智能领域占19家": the figures each clause
    says a group 占 (takes) of the figure before 中 are parts of it (Σ ≤ whole)."""
    cfg = config()["part_whole"]
    if p.row:
        return
    among = re.compile(cfg["among"])
    for k, w in p.placed:
        if w.kind not in _AMOUNT or w.base_unit in cfg["not_additive"]:
            continue
        m = among.match(p.text, p.end(w))  # (matched in place: no copy of the rest per figure)
        if not m:
            continue
        _, s1 = p.sentence(p.end(w))
        parts = _subsets(p, m.end(), s1, w)
        if parts and exact(w) is not None and all(exact(x) is not None for x in parts):
            _sum_check("part_whole", w, parts, [1] * len(parts), out,
                       "部分超过总数 parts of a whole exceed it", at_most=True, loose=_loose(w, parts))


def _named_whole(p: Passage, s0: int) -> tuple[Claim, int] | None:
    """"…全市有效期内高新技术企业25012家…。高新技术企业中，营业收入超亿元的企业3487家": a sentence opening with
    "<noun>中，" and no figure of its own takes as its whole the figure stated just before under a subject ending
    with that noun (the two sentences before it at most); returns the whole and where the sentence's text starts."""
    cfg = config()["part_whole"]
    m = re.match(cfg["among_lead"], p.text[s0:])
    if not m or s0 == 0:
        return None
    lo = p.sentence(s0 - 1)[0]
    if m.group("ref"):  # "上述联合研发项目中，…": the figure the sentence before stated
        last = [c for c in p.within(lo, s0) if c.kind in _AMOUNT and c.base_unit not in cfg["not_additive"]]
        return (last[-1], s0 + m.end()) if last else None
    lo = p.sentence(lo - 1)[0] if lo > 0 else lo
    for c in reversed(p.within(lo, s0)):
        if c.kind in _AMOUNT and c.base_unit not in cfg["not_additive"] and \
                re.sub(r"\s", "", c.subject or "").endswith(m.group("n")):
            return c, s0 + m.end()
    return None


def _subsets(p: Passage, pos: int, s1: int, w: Claim) -> list[Claim]:
    """The figures of the clauses from pos that each name a subset of w (…中，A占a、B b): one per clause, a name
    with 占 or a short name before it, in w's base unit."""
    cfg = config()["part_whole"]
    parts = []
    for clause in re.split(cfg["clause_breaks"], p.text[pos:s1]):
        inside = [c for c in p.within(pos, pos + len(clause)) if c.kind in _AMOUNT]
        lead = p.text[pos:p.at(inside[0])] if inside else ""
        pos += len(clause) + 1
        if not inside:
            continue
        if inside[0].base_unit != w.base_unit or w.base_unit == "count" and _counted_as(inside[0]) != _counted_as(w):
            break  # (新增的42款中，…9款、…26款、…7款，应用覆盖…15个行业: 15个 counts something else)
        if not re.search(cfg["takes"] + r"$", lead) and (re.search(r"\d", lead) or len(lead) > cfg["among_name_chars"]):
            break
        # "192位在沪院士中，中国科学院院士占108人，中国工程院院士84人", "9位院士中，高校4人、企业2人"
        parts.append(inside[0])
    return parts


def _among_whole(p: Passage, s0: int, k: int) -> tuple[Claim, int] | None:
    """The figure a sentence names as the set its next clause picks from ("在孵企业1912家中，…"), before k."""
    cfg = config()["part_whole"]
    for c in p.within(s0, k):
        if c.kind in _AMOUNT and (m := re.compile(cfg["among"]).match(p.text, p.end(c))):
            return c, m.end()
    return None


def _part_of_named_whole(p: Passage, out: Outcome) -> None:
    """The first figure of a sentence opening "<noun>中，" is part of the whole that noun names (_named_whole)."""
    if p.row:
        return
    starts = {p.sentence(k)[0] for k, _ in p.placed}
    for s0 in sorted(starts):
        named = _named_whole(p, s0)
        if named is None:
            continue
        whole, k = named
        parts = _subsets(p, k, p.sentence(s0)[1], whole)
        if not parts or exact(whole) is None or any(exact(x) is None for x in parts):
            continue
        _sum_check("part_whole", whole, parts, [1] * len(parts), out, "部分超过总数 parts of a whole exceed it",
                   at_most=True, loose=_loose(whole, parts))


def _nested_bands(p: Passage, out: Outcome) -> None:
    """"200个学科进入全球前1%，44个学科进入全球前1‰，3个学科进入全球前0.1‰": clauses worded alike (figures masked)
    counting what falls within a top band (前P) nest: the count of a narrower band is within that of a wider one."""
    cfg = config()["part_whole"]
    for s0, s1 in sorted({p.sentence(k) for k, _ in p.placed}):
        bands: list[tuple[str, Claim, Decimal]] = []
        pos = s0
        for clause in re.split(cfg["clause_breaks"], p.text[s0:s1]):
            inside = p.within(pos, pos + len(clause))
            pos += len(clause) + 1
            if len(inside) < 2:
                continue
            c, t = inside[0], inside[1]
            if c.kind not in _AMOUNT or c.base_unit in cfg["not_additive"] or exact(c) is None or exact(t) is None:
                continue
            if not re.search(cfg["band_marker"] + r"$", p.text[p.end(c):p.at(t)]):
                continue
            frame = p.text[p.end(c):p.at(t)] + "#" + _measure(c) + t.base_unit.replace("permille", "percent")
            bands.append((frame, c, exact(t) * _BAND_SCALE.get(t.base_unit, Decimal(1))))
        groups: dict[str, list[tuple[Decimal, Claim]]] = defaultdict(list)
        for frame, c, width in bands:
            groups[frame].append((width, c))
        for members in groups.values():
            members.sort(key=lambda t: t[0], reverse=True)
            for (w1, wide), (w2, narrow) in zip(members, members[1:]):
                if w2 < w1:
                    _sum_check("part_whole", wide, [narrow], [1], out,
                               "较窄区间的数目超过较宽区间 a narrower top band counts more than a wider one",
                               at_most=True, loose=_loose(wide, [narrow]))


def _noun_following(p: Passage, c: Claim) -> str:
    """The words right after a figure, up to the clause end ("150余家大模型企业入驻" → 大模型企业入驻)."""
    return re.split(config()["part_whole"]["clause_breaks"] + r"|[。；;（()）\d]", p.text[p.end(c):])[0].strip()


def _part_of_wider_scope(p: Passage, out: Outcome) -> None:
    """"吸引150余家大模型企业入驻, 带动全区超600家大模型企业": a figure of the next clause scoped to the whole area
    (全区, 全市, 全国) and followed by the same noun counts the earlier figure's things among its own."""
    cfg = config()["part_whole"]
    for k, y in p.placed:
        if y.kind not in _AMOUNT or y.base_unit in cfg["not_additive"]:
            continue
        s0, _ = p.sentence(k)
        head = re.split(cfg["clause_breaks"], p.text[s0:k])[-1]
        if not re.search(cfg["wider_scope"] + r"$", head):
            continue
        ny = _noun_following(p, y)
        clause0 = k - len(head)
        for x in reversed(p.within(s0, clause0)):
            if x.kind not in _AMOUNT or x.base_unit != y.base_unit or _measure(x) != _measure(y):
                continue
            nx = _noun_following(p, x)
            n = 0
            while n < min(len(nx), len(ny)) and nx[n] == ny[n]:
                n += 1
            if n >= cfg["same_thing_chars"]:
                _sum_check("part_whole", y, [x], [1], out, "部分超过全区/全市总数 a figure exceeds the area-wide one "
                           "counting the same things", at_most=True, loose=_loose(y, [x]))
            break  # the nearest figure of the measure only


def _items_after_scoped_whole(p: Passage, out: Outcome) -> None:
    """"全年运行2941.5小时,1拍瓦激光系统运行1852小时,10拍瓦激光系统运行1089小时": a whole stated with a scope word and a
    verb only (全年运行) followed by clauses naming items that do the same (…运行) in its measure: the items are
    its parts (Σ ≤ whole: nothing says the items are all)."""
    cfg = config()["part_whole"]
    for s0, s1 in sorted({p.sentence(k) for k, _ in p.placed}):
        clauses, pos = [], s0
        for clause in re.split(cfg["clause_breaks"], p.text[s0:s1]):
            inside = p.within(pos, pos + len(clause))
            # the clause's last figure is what it states (1拍瓦激光系统运行1852小时: 1拍瓦 names the item)
            lead = p.text[pos:p.at(inside[-1])].strip() if inside else None
            clauses.append((lead, inside[-1] if inside else None))
            pos += len(clause) + 1
        for i, (lead, y) in enumerate(clauses):
            m = re.fullmatch(cfg["scoped_whole"], lead or "")
            if m is None or y.kind not in _AMOUNT or y.base_unit in cfg["not_additive"]:
                continue
            verb, parts = m.group("verb"), []
            for lead2, x in clauses[i + 1:]:
                if x is None or x.base_unit != y.base_unit or _measure(x) != _measure(y) or x.kind not in _AMOUNT \
                        or not lead2.endswith(verb) or len(lead2) <= len(verb):
                    break
                parts.append(x)
            if len(parts) >= 2:
                _sum_check("part_whole", y, parts, [1] * len(parts), out,
                           "各项之和超过总数 the items named after a whole exceed it", at_most=True,
                           loose=_loose(y, parts))


def _selected_from(p: Passage, out: Outcome) -> None:
    """"吸引729个项目…参赛，…；遴选优秀创新创业型项目40个": what is selected (遴选, 评选出) is among the figure of the
    same measure before it in its paragraph whose noun closes the selected ones' name (项目 / 优秀…项目)."""
    cfg = config()["part_whole"]
    for m in re.finditer(cfg["selection"], p.text):
        p0, p1 = p.piece(m.start())
        ys = [c for c in p.within(m.end(), p1) if not re.search(r"[，,。；;、（()）]", p.text[m.end():p.at(c)])]
        if not ys or ys[0].kind not in _AMOUNT or ys[0].base_unit in cfg["not_additive"]:
            continue
        y = ys[0]
        name = p.text[m.end():p.at(y)] + _noun_following(p, y)
        for x in reversed(p.within(p0, m.start())):
            if x.kind not in _AMOUNT or x.base_unit != y.base_unit or _measure(x) != _measure(y):
                continue
            nx = re.match(r"[\u4e00-\u9fff]{2,}", _noun_following(p, x))
            noun = nx.group(0)[:cfg["same_thing_chars"]] if nx else ""
            # 发现35种新材料，验证32种: a bare measure after the verb counts the things named before
            if noun and (noun in name or not name.strip()):
                _sum_check("part_whole", x, [y], [1], out, "选出的数目超过参选总数 more selected than there were",
                           at_most=True, loose=_loose(x, [y]))
            break


def _chosen_from_among(p: Passage, out: Outcome) -> None:
    """"从520万个候选成分中成功设计出2种…合金": what comes out of a pool named with 从…中 is at most the pool."""
    for m in re.finditer(config()["part_whole"]["from_among"], p.text):
        p0, p1 = p.piece(m.start())
        pool = [c for c in p.within(m.start(), m.end()) if c.kind in _AMOUNT and c.base_unit == "count"]
        if len(pool) != 1:
            continue
        end = next((k.start() for k in re.finditer(r"[，,。；;]", p.text[m.end():p1])), p1 - m.end()) + m.end()
        out_of = [c for c in p.within(m.end(), end) if c.kind in _AMOUNT and c.base_unit == "count"]
        if out_of:
            _sum_check("part_whole", pool[0], out_of[:1], [1], out, "选出的数目超过候选总数 more chosen than the pool",
                       at_most=True, loose=_loose(pool[0], out_of[:1]))


def _table_inner_rows(claims: list[Claim], out: Outcome) -> None:
    """A table row labelled 其中 ("其中：永续债") is a part of the nearest row above it that is not one."""
    cfg = config()["table_total"]
    cells: dict[tuple, dict[int, Claim]] = defaultdict(dict)
    for c in claims:
        if c.table_id and c.row >= 0 and c.col >= 0 and c.kind in _AMOUNT:
            cells[(c.doc_id, c.table_id, c.col)].setdefault(c.row, c)
    for col in cells.values():
        label = {r: (c.subject or "").rsplit(" ", 1)[0] for r, c in col.items()}
        inner = [r for r in sorted(col) if re.match(cfg["inner_item"], label[r])]
        groups: dict[int, list[Claim]] = defaultdict(list)
        for r in inner:
            above = [x for x in col if x < r and not re.match(cfg["inner_item"], label[x])]
            if above:
                groups[max(above)].append(col[r])
        for r, parts in groups.items():
            whole = col[r]
            if whole.base_unit != parts[0].base_unit or any(
                    (exact(x) is None or exact(x) < 0 or x.base_unit != whole.base_unit) for x in [whole, *parts]):
                continue  # signed amounts (a loss with a gain inside it) do not bound their parts
            _sum_check("part_whole", whole, parts, [1] * len(parts), out,
                       f"表中其中行超过上一行 其中 rows exceed the row above (table {whole.table_id})", at_most=True,
                       loose=_loose(whole, parts))


def _parts_after_marker(p: Passage, out: Outcome) -> None:
    cfg = config()["part_whole"]
    text = p.text
    for m in re.finditer(cfg["marker"], text):
        # whole and parts stay in the marker's own context, unless the whole is cut off into the one before
        p0, p1 = p.piece(m.start())
        if p.row and not p.text[p0:m.start()].strip():
            continue  # a row label "其中：…" (see _table_inner_rows)
        s0, s1 = p.sentence(m.start())
        s1 = min(s1, p1)
        additive = [c for c in p.placed if c[1].kind in _AMOUNT and c[1].base_unit not in cfg["not_additive"]]
        before = [c for k, c in additive if max(s0, p0) <= k < m.start()]
        if not before and not [c for c in p.within(p0, m.start()) if c.kind in _AMOUNT]:
            before = [c for k, c in additive if s0 <= k < m.start()]  # the whole is cut off into the context before
        if not before and s0 > 0 and (not text[s0:m.start()].strip() or
                                      re.fullmatch(cfg["breakdown_lead"], text[s0:m.start()].strip())):
            # "…206项。其中，…": a marker opening its sentence refers to the whole ending the previous one (also
            # after a lead naming the breakdown: "…成交额7318.46亿元。按合同类型分，共包括…")
            q0, _ = p.sentence(s0 - 1)
            lo = q0 if not p.within(p0, m.start()) else max(q0, p0)
            before = [c for k, c in additive if lo <= k < s0]
            before = _not_items(p, _not_listed(p, lo, s0, before))
        elif not before and s0 > 0 and re.fullmatch(cfg["whole_lead"], text[s0:m.start()].strip()):
            # "…新增推广燃料电池汽车1326辆，累计推广达到5418辆。新增车辆包括…": a lead naming the whole picks it
            # from the sentence before, by the longest run of words it shares with a figure's subject
            lead = text[s0:m.start()].strip()
            q0, _ = p.sentence(s0 - 1)
            named = [(common_run(lead, c.subject or ""), k, c) for k, c in additive if q0 <= k < s0]
            best = max(named, key=lambda t: (t[0], t[1]), default=(0, 0, None))
            if best[0] >= cfg["whole_lead_chars"] and [t for t in named if t[0] == best[0]] == [best]:
                before = [best[2]]
        # (…412.6万千瓦，较上年末的333.6万千瓦增长23.7%。其中，…: the prior year's figure is no whole, nor is a
        # share's base: …1286项，占全国(5312项)的24.2%；其中…187项)
        before = [c for c in before if not _base_or_prior(text, p.at(c))] or before
        if not before:
            continue
        units = {c.base_unit for c in before}
        measures = {_measure(c) for c in before}
        # The 其中 scope runs clause by clause while each clause with a figure states a part in a whole's unit; a
        # clause stating only a rate of the part before it ("其中物理实验打靶686发次,成功率96.3%") leaves it open
        parts, pos, lo = [], m.end(), m.end()
        while True:
            for clause in re.split(cfg["clause_breaks"], text[lo:s1]):
                start = pos
                inside = p.within(pos, pos + len(clause))
                pos += len(clause) + 1
                if not inside:
                    continue  # a clause naming items only ("其中技术转移转化、科技金融、…")
                if parts and all(c.kind not in _AMOUNT or c.base_unit in cfg["not_additive"] for c in inside):
                    continue
                if re.match(cfg["share_clause"], clause):
                    break  # "…，占全国授奖总数271项的17.0%": the amount in a share's clause is its base, no part
                if parts and re.match(cfg["consequence_clause"], clause):
                    break  # "其中上海出资5.82亿元，占33.6%，带动企业和社会资金投入超过40亿元": what the whole brought about
                scope = re.match(cfg["scope_clause"], clause)
                if parts and scope and scope.group("w") not in text[s0:m.start()]:
                    break  # "新增…186家，其中…64家、…122家，累计培育…超过两千八百家": a cumulative count is no new part
                same = [c for c in inside if c.kind in _AMOUNT and c.base_unit in units]
                if not same:
                    break
                if parts and text[start - 1:start] in "，," and any(
                        len(h := (w.subject or "")[-2:]) == 2 and clause.lstrip().startswith(h) for w in before):
                    break  # "…园区24家，其中…5家、…19家，园区集聚农业科技企业超过六百家": the whole again, doing more
                parts += same
            else:
                nxt = _parallel_part(p, parts, s1, p1)
                if nxt is not None:  # "…；技术提升实验打靶98发次": the list of parts runs on past a ；
                    lo = pos = s1 + 1
                    s1 = min(p.sentence(lo)[1], p1)
                    continue
            break
        by_unit: dict[str, list[Claim]] = defaultdict(list)
        for c in parts:
            by_unit[c.base_unit].append(c)
        weak = re.match(cfg["content_marker"], m.group(0)) is not None
        for bu, ps in by_unit.items():
            cands = [c for c in before if c.base_unit == bu]
            words = {c.unit for c in ps}
            # 涵盖/包含 list contents as often as parts ("两批指南,涵盖9大专题、55个研究方向"): only items counted
            # alike (40余款…、50余款…) and either in the whole's measure or at least two of them are read as parts
            if weak and (len({_measure(c) for c in ps}) > 1 or
                         len(ps) < 2 and all(_measure(c) != _measure(w) for c in ps for w in cands)):
                continue
            # 966家企业…1905单，其中…289单: the whole is counted with the parts' measure word when one is
            whole = next((c for c in reversed(cands) if c.base_unit != "count" or c.unit in words), cands[-1])
            if exact(whole) is None or any(exact(x) is None for x in ps):
                continue
            own = [c for c in ps if c.base_unit != "count" or _measure(c) in measures]
            if own and len(own) < len(ps) and sum((exact(x) for x in ps), Decimal(0)) > exact(whole):
                # the report counts one thing in several measure words (5位…3人, 3000余项展品…60余款), but a count in
                # another word that would overflow the whole is another thing (其中上海牵头104项，带动…600余家单位参与)
                ps = own
            t, s = exact(whole), sum((exact(x) for x in ps), Decimal(0))
            tol = half_unit(whole) + sum((half_unit(x) for x in ps), Decimal(0))
            _sum_check("part_whole", whole, ps, [1] * len(ps), out,
                       "其中部分超过总数 parts after 其中 exceed the whole", at_most=True, loose=_loose(whole, ps))
            if len(ps) >= 2 and abs(s - t) <= tol:
                out.checks[-1].observed += " (exact breakdown)"


def _not_listed(p: Passage, lo: int, hi: int, cands: list[Claim]) -> list[Claim]:
    """The figures of a sentence (lo..hi) that precede its 分别 list, when it has one and any precede it: the
    listed items are no whole of what follows, their total is (…专利4860件，分别来自高校2135件、…和企业1339件；其中…)."""
    listed = list(re.finditer(config()["list_total"]["list_marker"], p.text[lo:hi]))
    if not listed:
        return cands
    return [c for c in cands if p.at(c) < lo + listed[-1].start()] or cands


def _not_items(p: Passage, cands: list[Claim]) -> list[Claim]:
    """The figures of a sentence that are no items of a list (joined by 、/和, or the rest 其余N), when some are not
    (…加氢站21座，分布于嘉定区8座、临港新片区5座和宝山区3座，其余5座…。其中，…: the 其中 refers to the 21座)."""
    cfg = config()["list_total"]
    items = set()
    for prev, c in zip(cands, cands[1:]):
        gap = p.text[p.end(prev):p.at(c)]
        if re.search(cfg["item_join"], gap) and not re.search(r"[，,；;。]", gap):
            items |= {id(prev), id(c)}
        if re.match(cfg["rest_figure"], re.split(r"[，,；;]", gap)[-1].strip() + c.raw):
            items.add(id(c))
    return [c for c in cands if id(c) not in items] or cands


def _parallel_part(p: Passage, parts: list[Claim], s1: int, p1: int) -> Claim | None:
    """The first figure after a ；ending a 其中 list, when it is one more item of that list: the same measure word
    as the list's first part and named alike (a common ending of the words before the figures: 物理实验打靶 /
    技术提升实验打靶)."""
    if not parts or s1 >= p1 or p.text[s1] not in "；;":
        return None
    cfg = config()["part_whole"]
    if re.match(cfg["parallel_not"], p.text[s1 + 1:]):
        return None  # "…其中A 4人、B 5人；截至年底，在沪两院院士192人": a new statement, dated apart
    nxt = p.within(s1 + 1, min(p.sentence(s1 + 1)[1], p1))
    if not nxt:
        return None
    first, c = parts[0], nxt[0]
    if c.kind not in _AMOUNT or c.base_unit != first.base_unit or _measure(c) != _measure(first):
        return None

    def lead(x: Claim) -> str:
        k = p.at(x)
        return re.split(cfg["clause_breaks"] + "|[。；;]", p.text[:k])[-1]

    return c if len(common_suffix([lead(first), lead(c)])) >= cfg["parallel_tail_chars"] else None


def _measure(c: Claim) -> str:
    """The measure word without scale or qualifier (2.4万家, 80余家 → 家)."""
    return re.sub(config()["part_whole"]["measure_noise"], "", c.unit or "")


def is_person(c: Claim) -> bool:
    """A count of persons (人, 名, 位, 万人), not of things (家, 项)."""
    return re.match(config()["restatement"]["person_measure"], _measure(c)) is not None


def _counted_as(c: Claim) -> str:
    """What a count counts by its measure word, persons as one (5位 and 3人 count alike; 个 and 批次 do not)."""
    return "人" if is_person(c) else _measure(c)


def _base_or_prior(text: str, at: int, lo: int = 0) -> bool:
    """The figure at `at` is a share's base (占全国(74款)的) or the prior year's (较上年末的333.6万千瓦): no whole."""
    return re.search(config()["share"]["prior_before"] + r"$|" + config()["list_total"]["share_base_before"],
                     text[max(lo, at - 24):at]) is not None


def _counts_other(x: Claim, y: Claim) -> bool:
    """Both counted with a measure word, of different things (23个 platforms, 1870批次 of service)."""
    return bool(_measure(x) and _measure(y)) and _counted_as(x) != _counted_as(y)


def _persons_and_things(x: Claim, y: Claim) -> bool:
    """One counts persons, the other things: no flow of one adds to a stock of the other."""
    return is_person(x) != is_person(y)


def _counts_same(flow_words: str, x: Claim, stock_words: str, y: Claim) -> bool:
    """A stock figure set apart from 累计 by words names what it counts; the flow must count the same: the same
    measure word, and the flow's words (its markers dropped) either elided or sharing a run of characters with
    the stock's (新认定高新技术企业 / 累计认定高新技术企业; 全年新认定 / 累计认定…; not 在孵企业 / 建设专业技术平台)."""
    cfg = config()["part_whole"]
    w = re.sub(r"[^\u4e00-\u9fff]", "", re.sub(cfg["flow_marker"], "", flow_words))
    if _measure(x) != _measure(y):
        return False
    if not w:
        return True
    return common_run(w, stock_words) >= min(len(w), cfg["same_thing_chars"])


def _stock_figure(p: Passage, k: int, cumulative: bool) -> tuple[Claim | None, bool]:
    """The figure a stock marker ending at k announces: the first one of its clause, right after the marker
    ("累计250项", near) or, after 累计 only, past a verb and a noun ("累计认定高新技术企业2.4万家", not near)."""
    cfg = config()["part_whole"]
    reach = cfg["stock_reach"] if cumulative else cfg["stock_gap"]
    ys = [c for c in p.within(k, k + reach + 1) if not re.search(r"[，,。；;、（()）]", p.text[k:p.at(c)])]
    if not ys or ys[0].kind not in _AMOUNT or ys[0].base_unit in cfg["not_additive"]:
        return None, False
    return ys[0], p.at(ys[0]) - k <= cfg["stock_gap"]


def _part_of_stock(p: Passage, out: Outcome) -> None:
    cfg = config()["part_whole"]
    text = p.text
    for m in re.finditer(cfg["stock_marker"], text):
        cumulative = re.search(cfg["cumulative"], m.group(0)) is not None
        y, near = _stock_figure(p, m.end(), cumulative)
        if y is None:
            continue
        s0, _ = p.sentence(m.start())
        xs = [c for c in p.within(s0, m.start()) if c.kind in _AMOUNT and c.base_unit == y.base_unit]
        if not xs:
            continue
        x = xs[-1]
        gap = text[p.end(x):m.start()]
        clause = re.split(cfg["clause_breaks"], text[s0:p.at(x)])[-1]
        in_paren = near and re.fullmatch(cfg["stock_paren"], gap) is not None
        # "年内新增X家，累计Y家": the flow is named in its own clause and the stock follows in the next one, or after
        # clauses about the flow that state nothing in its unit ("全年认定818个，其中…占83.9%，累计认定17603个"); a
        # stock figure further from 累计 must count the same thing (家 and 家, not 张 and 家)
        flow = (cumulative and (re.fullmatch(cfg["flow_gap"], gap) or re.fullmatch(cfg["flow_aside"], gap))
                and re.search(cfg["flow_marker"], clause) is not None
                and (near or _counts_same(clause, x, text[m.end():p.at(y)], y)))
        if not (in_paren or flow) or _persons_and_things(x, y):
            continue
        what = ("当年数超过累计数 this year's figure exceeds the cumulative one" if flow else
                "部分超过括号中的总数 a figure exceeds the total given with it")
        _sum_check("part_whole", y, [x], [1], out, what, at_most=True, loose=_loose(y, [x]))
    # "累计入库企业2397家(新增94家)": a part given in parentheses right after its whole
    for m in re.finditer(cfg["part_paren"], text):
        xs = [c for c in p.within(m.end(), m.end() + cfg["stock_gap"] + 1)
              if not re.search(r"[，,。；;、（()）]", text[m.end():p.at(c)])]
        ys = [c for c in p.within(max(0, m.start() - 12), m.start() + 1) if p.end(c) == m.start()]
        if not xs or not ys:
            continue
        x, y = xs[0], ys[-1]
        if x.kind not in _AMOUNT or y.kind not in _AMOUNT or x.base_unit != y.base_unit \
                or y.base_unit in cfg["not_additive"]:
            continue
        _sum_check("part_whole", y, [x], [1], out, "括号中的部分超过总数 the part in parentheses exceeds the figure",
                   at_most=True, loose=_loose(y, [x]))


def _component_after_total(p: Passage, out: Outcome) -> None:
    """"总成交额202亿元，同比增长66.7%，现场成交额6.89亿元": a figure named by the same noun as a 总 figure before it
    in the sentence is a component of that total (the next figure of the unit only)."""
    cfg = config()["part_whole"]
    for k, w in p.placed:
        if w.kind not in _AMOUNT or w.base_unit in cfg["not_additive"]:
            continue
        s0, s1 = p.sentence(k)
        # a figure opening its line (a label set above it) is named by its subject
        lead = p.text[s0:k] if p.text[s0:k].strip() else (w.subject or "")
        m = re.search(cfg["total_noun"] + r"$", lead)
        if m is None:
            continue
        noun = m.group("noun")
        for c in p.within(k + 1, s1):
            if c.kind not in _AMOUNT or c.base_unit != w.base_unit:
                continue
            head = re.split(cfg["clause_breaks"] + "|[。；;]", p.text[p.end(w):p.at(c)])[-1]
            if re.search(noun + cfg["total_noun_tail"] + "$", head) and "总" + noun not in head:
                _sum_check("part_whole", w, [c], [1], out, "分项超过总数 a component exceeds the total named before it",
                           at_most=True, loose=_loose(w, [c]))
            break  # only the next figure of the unit


def _flow_after_stock(p: Passage, out: Outcome) -> None:
    """"累计扶持Y家，新立项支持X家": the stock first, this year's flow in the very next clause."""
    cfg = config()["part_whole"]
    text = p.text
    for m in re.finditer(cfg["cumulative"], text):
        y, near = _stock_figure(p, m.end(), True)
        if y is None:
            continue
        gap = re.match(r"[^\d，,。；;、（()）]{0,8}[，,]", text[p.end(y):])
        if gap is None:
            continue
        k = p.end(y) + gap.end()
        clause = re.split(r"[，,。；;、（()）]", text[k:])[0]
        xs = p.within(k, k + len(clause))
        if not xs or xs[0].base_unit != y.base_unit or xs[0].kind not in _AMOUNT or _persons_and_things(xs[0], y):
            continue
        x = xs[0]
        if _counts_other(x, y):
            continue  # 累计建成23个，全年…提供中试服务1870批次: another thing counted
        if re.search(cfg["flow_marker"], text[k:p.at(x)]) is None or \
                not (near or _counts_same(text[k:p.at(x)], x, text[m.end():p.at(y)], y)):
            continue  # the next clause must name a flow before its figure (新增, 全年, …)
        _sum_check("part_whole", y, [x], [1], out, "当年数超过累计数 this year's figure exceeds the cumulative one",
                   at_most=True, loose=_loose(y, [x]))


def direction(claims: list[Claim], out: Outcome) -> None:
    """"从X提升至Y" rises, "从X降至Y" falls; "从X提升N个百分点至Y" also moves by N (Y − X = N within rounding)."""
    cfg = config()["direction"]
    pat = re.compile(cfg["pattern"])
    for psg in _passages(claims):
        ctx, placed = psg.text, psg.placed
        for m in pat.finditer(ctx):
            a = [c for k, c in placed if m.start("a") <= k < m.end("a")]
            b = [c for k, c in placed if m.start("b") <= k < m.end("b")]
            if not a or not b or a[0].base_unit != b[0].base_unit:
                continue
            x, y = exact(a[0]), exact(b[0])
            if x is None or y is None:
                continue
            up = m.group("verb") in cfg["up_verbs"] or any(v in m.group("verb") for v in cfg["up_verbs"])
            by = [c for k, c in placed if m.start("by") <= k < m.end("by")]
            step = by[0] if len(by) == 1 and _step_unit(by[0], a[0]) and exact(by[0]) is not None else None
            ok = y > x if up else y < x
            exp, tol, claims_ = f"{'>' if up else '<'} {fmt(x)}", "", [a[0], b[0]]
            if step is not None:  # the printed step must also match the move
                d = exact(step) if up else -exact(step)
                t = half_unit(a[0]) + half_unit(b[0]) + half_unit(step)
                ok = ok and abs((y - x) - d) <= t
                exp, tol, claims_ = f"{fmt(x + d)} ({fmt(x)} {'+' if up else '−'} {fmt(abs(d))})", fmt(t), \
                    [a[0], step, b[0]]
            out.checks.append(_check("direction", claims_, exp, fmt(y), tol, "pass" if ok else "fail"))
            if not ok:
                out.flags.append(_flag("direction", "error", f"方向不符 «{m.group(0)}»: {fmt(x)} → {fmt(y)}", exp,
                                       fmt(y), claims_))


def _step_unit(step: Claim, level: Claim) -> bool:
    """A step is in the levels' own unit, or in percentage points between percentages."""
    return step.base_unit == level.base_unit or (step.base_unit == "pct_point" and level.base_unit == "percent")


# ---------------------------------------------------------------- lists against their totals
def list_total(claims: list[Claim], out: Outcome) -> None:
    """Per-item figures against a stated total, and a stated number of items against the items listed.

    - "共N项，分别为A a项、B b项", "A a家、B b家，共N家": the listed figures sum to the total (共/合计/总计 marks
      it as one); "A a家、B b家等N家", "包括a位X、b位Y等近百位": the figures before 等 are among the N;
    - "5个一级指标…排名分别为第2、5、1、2、2位": as many figures listed as the count says (figures in the count's
      own measure are its parts instead);
    - a table whose rows each state a figure ("其中以第一作者或通讯作者发表论文 31 篇") against the total the
      text states with the same words on that page (or the page before or after it), or naming every row label
      before it; the table's own total and 其中 rows are not items;
    - a total announced in a section ("提出16条举措") against one figure of the same wording in each of its
      subsections ("…7条举措", "…4条举措", "…5条举措").
    """
    for p in _passages(claims):
        _breakdown_after_lead(p, out)
        _listed_sum(p, out)
        _sum_before_total(p, out)
        _parts_before_etc(p, out)
        _listed_count(p, out)
        _shares_after_marker(p, out)
        _listed_shares(p, out)
        _rest_completes(p, out)
    _table_rows_vs_text(claims, out)
    _section_breakdown(claims, out)


def _listed_sum(p: Passage, out: Outcome) -> None:
    cfg = config()["list_total"]
    for m in re.finditer(cfg["list_marker"], p.text):
        s0, s1 = p.sentence(m.start())
        # (an amount inside a share's clause is its base, not the figure listed: 11款，占全国(74款)的14.9%，分别为…;
        # nor is the prior year's)
        before = [c for c in p.within(s0, m.start()) if c.kind in _AMOUNT and not _base_or_prior(p.text, p.at(c), s0)]
        lead = re.sub(cfg["lead_pointer"], "", p.text[s0:m.start()].strip())
        if not before and s0 > 0 and p.text[s0 - 1] in "；;。！？!?" and re.fullmatch(r"[\u4e00-\u9fff]{2,12}", lead):
            # "…认定通过7420家，通过率75.3%；新认定企业分别为…": the list's lead names a figure of the clause before ；
            # (or of the sentence before: "…获批183款。获批游戏分别为…", "…“灯塔工厂”12家。这些“灯塔工厂”分别为…",
            # then only one figure named most alike)
            q0 = p.sentence(s0 - 1)[0]
            nc = config()["restatement"]["marker_classes"]["new_or_cumulative"]
            said = {k for k, w in nc.items() if re.search(w, lead)}
            named = [(common_run(lead, _clause_before(p, c) + (c.subject or "")), c) for c in p.within(q0, s0 - 1)
                     if c.kind in _AMOUNT and not _base_or_prior(p.text, p.at(c), q0)
                     # (全年新增项目分别为… divides no running total: 累计支持…381项)
                     and not any(re.search(w, _clause_before(p, c) + (c.subject or "")) for k, w in nc.items()
                                 if said and k not in said)]
            best = max((n for n, _ in named), default=0)
            alike = [c for n, c in named if n == best]
            if best >= 2 and (p.text[s0 - 1] in "；;" or len(alike) == 1):
                before = alike[-1:]  # (the nearest of those named alike)
        if not before:
            continue
        total = before[-1]
        k = p.at(total)
        items = _list_items(p, [c for c in p.within(m.end(), s1) if c.kind in _AMOUNT
                                and c.base_unit == total.base_unit], cfg)
        at_most = False
        if not re.search(cfg["total_marker"] + r"$", p.text[max(s0, k - 4):k]):
            # "发表论文162篇，…，分别为《细胞》41篇、《自然》78篇和《科学》43篇": the list names its items after 分别为,
            # so it breaks the figure before it down
            same = [c for c in before if c.base_unit == total.base_unit and _counted_as(c) == _counted_as(items[0])] \
                if items else []
            if not same or re.search(config()["part_whole"]["marker"], p.text[p.at(same[-1]):m.start()]):
                continue  # (after 其中 the list names some parts only: part_whole holds them to the whole)
            if not re.fullmatch(cfg["named_item"], p.text[m.end():p.at(items[0])]):
                # names before 分别 (…发布地方标准138项，智能制造、生物医药…和公共服务领域分别为34项、…和36项): the
                # named categories are parts of the figure before, all of them only when one is the rest (其他)
                names = re.split(r"[，,；;：:]", p.text[p.end(same[-1]):m.start()])[-1]
                if re.search(config()["part_whole"]["marker"], p.text[s0:p.at(same[-1])]):
                    continue  # (…其中医药制造2762.13亿元、医疗器械制造1096.52亿元，医药商业流通和…分别实现…: a 其中 item)
                verb = _clause_before(p, same[-1]).strip()[-2:]
                if len(re.findall(cfg["item_join"], names)) < len(items) - 1 or _DIGIT.search(names) or \
                        len(verb) == 2 and verb in names:
                    continue  # (…上海牵头31项，江苏、浙江和安徽牵头分别为…: the names do what the figure's owner did)
                at_most = not re.search(cfg["remainder"], names)
            total = same[-1]
        if len(items) < 2 or any(exact(c) is None for c in [total, *items]):
            continue
        _sum_check("list_total", total, items, [1] * len(items), out,
                   "分项之和与总数不符 listed figures do not add up to the total", at_most=at_most,
                   loose=_loose(total, items) or any(c.qualifier for c in items))


def _breakdown_after_lead(p: Passage, out: Outcome) -> None:
    """"…共2864项。按转化方式看，转让1326项，许可1157项，作价投资381项": a sentence opening with a breakdown lead
    naming a dimension (按转化方式看, 从类型看, 分阶段看) lists the parts of the largest figure of the sentence before
    in the same measure word (a level, not the change after it: 1247家，较上年末增加63家。从类型看，…; not a share's
    base or the prior year's). With a remainder item (其他, 其余) the list is the whole breakdown (Σ = total); without
    one it may name the main items only (Σ ≤ total)."""
    cfg = config()["list_total"]
    for m in re.finditer(cfg["breakdown_lead"], p.text):
        s0, s1 = p.sentence(m.start())
        if s0 == 0 or p.text[s0:m.start()].strip() or p.text[s0 - 1] not in "。！？!?":
            continue  # the lead must open a sentence (not a clause after ；), after one holding the whole
        # (从领域看，178项新增首台（套）装备中，高端能源装备46项、…: a figure naming the scope (…中，) is the whole again)
        scoped = [c for c in p.within(m.end(), s1) if c.kind in _AMOUNT and re.match(cfg["scope_restated"], p.text[p.end(c):s1])]
        items = _list_items(p, [c for c in p.within(m.end(), s1) if c.kind in _AMOUNT and c not in scoped], cfg)
        if len(items) < 2:
            continue
        q0 = max(p.text.rfind(x, 0, s0 - 1) for x in "。！？!?") + 1  # the whole sentence before, past its ；
        wholes = [c for c in p.within(q0, s0) if c.kind == "level" and c.base_unit == items[0].base_unit
                  and _counted_as(c) == _counted_as(items[0]) and exact(c) is not None
                  and not _base_or_prior(p.text, p.at(c), q0)]
        if re.match(cfg["scoped_part_sentence"], p.text[q0:s0].lstrip()):
            continue  # (入库企业中，首次入库企业9420家。按技术领域看，…: that sentence states a part of a whole before it)
        if not wholes or any(exact(c) is None for c in items):
            continue
        # the largest: the sentence's other figures in that word are its parts (其中…187项) or a new batch; a
        # figure after 其中 is a part even when it is not smaller (a miscopied whole: 0.0642亿元，其中…1.38亿元)
        marker = config()["part_whole"]["marker"]
        wholes = [c for c in wholes if not re.search(marker, p.text[q0:p.at(c)])] or wholes
        whole = max(wholes, key=exact)
        if scoped and scoped[0].base_unit == items[0].base_unit and exact(scoped[0]) is not None:
            whole = scoped[0]  # the scope restated names the whole (178项…中), not the sentence before's largest
        complete = re.search(cfg["remainder"], p.text[m.end():p.end(items[-1])]) is not None
        _sum_check("list_total", whole, items, [1] * len(items), out,
                   "分项之和与总数不符 the breakdown does not add up to the total", at_most=not complete,
                   loose=_loose(whole, items) or any(c.qualifier for c in items))


def _rest_completes(p: Passage, out: Outcome) -> None:
    """"…项目196项，由企业牵头承担的142项，占比超过七成。其余54项由高校…牵头": the rest (其余N) and the parts named
    before it, since the whole, make the whole up (Σ = total). The whole is the first figure of that measure word in
    the rest's sentence or, when the rest opens its sentence, in the sentence before."""
    cfg = config()["list_total"]
    for m in re.finditer(cfg["rest_figure"], p.text):
        rest = next((c for c in p.within(m.end(), m.end() + 1) if c.kind == "level"), None)
        if rest is None or exact(rest) is None:
            continue
        s0, _ = p.sentence(m.start())
        q0 = p.sentence(s0 - 1)[0] if s0 > 0 and not p.text[s0:m.start()].strip() else s0
        same = [c for c in p.within(q0, m.start()) if c.kind == "level" and c.base_unit == rest.base_unit
                and _counted_as(c) == _counted_as(rest) and exact(c) is not None and not _base_or_prior(p.text, p.at(c), q0)]
        whole, parts = (same[0], same[1:] + [rest]) if len(same) >= 2 else (None, [])
        if whole is None or re.match(cfg["breakdown_lead"], p.text[s0:].lstrip()) or \
                re.match(cfg["breakdown_lead"], p.text[q0:].lstrip()) or \
                p.text[p.end(whole):p.end(whole) + 1] == "、" or \
                exact(whole) <= sum((exact(c) for c in same[1:]), Decimal(0)):
            continue  # (after 分阶段看 the whole is before the lead, 浦东新区52家、… is an item; a whole counts more)
        _sum_check("list_total", whole, parts, [1] * len(parts), out,
                   "分项与其余之和与总数不符 the parts and the rest do not add up to the total",
                   loose=_loose(whole, parts) or any(c.qualifier for c in parts))


def _list_items(p: Passage, cands: list[Claim], cfg: dict) -> list[Claim]:
    """The items of a list: they share a measure word, and the list ends with the item joined by 和/及/与
    ("…395个和温室气体监测站70个，全年获取有效监测数据4.7亿条": the 4.7亿条 is no item)."""
    out: list[Claim] = []
    for c in cands:
        if out and _counts_other(c, out[0]):
            break
        out.append(c)
        if len(out) > 1 and re.search(cfg["last_item_join"], p.text[p.end(out[-2]):p.at(c)]):
            break
    return out


def _amount_right_after(p: Passage, pos: int) -> Claim | None:
    """The amount printed right after a total marker (合计, 等), in its clause: "合计 N项", "等近百位"."""
    ys = [c for c in p.within(pos, pos + 3) if not re.search(r"[，,。；;、（()）]", p.text[pos:p.at(c)])]
    return ys[0] if ys and ys[0].kind in _AMOUNT else None


def _sum_before_total(p: Passage, out: Outcome) -> None:
    """"A a项，B b项，合计N项": the figures of the clauses right before a closing total add up to it."""
    cfg = config()["list_total"]
    for m in re.finditer(cfg["closing_total"], p.text):
        total = _amount_right_after(p, m.end())
        if total is None:
            continue
        s0, _ = p.sentence(m.start())
        lead = re.search(r"[，,、]" + cfg["total_lead"] + r"$", p.text[s0:m.start()])
        if not re.fullmatch(r"\s*[，,、]\s*", p.text[max(s0, m.start() - 1):m.start()] or "x") and not lead:
            continue  # the total opens its own clause right after the list (after a word counting the items: 四区合计)
        if lead and re.search(r"[和及与]", lead.group(0)):
            continue  # (…徐汇区71家、黄浦区和静安区合计96家: the total of the names it follows, not of the figures)
        end = s0 + lead.start() if lead else m.start()
        items = []
        for k, c in reversed([(k, c) for k, c in p.placed if s0 <= k < end]):
            if c.kind not in _AMOUNT or c.base_unit != total.base_unit:
                break
            items.insert(0, c)
        if len(items) < 2 or any(exact(c) is None for c in [total, *items]):
            continue
        _sum_check("list_total", total, items, [1] * len(items), out,
                   "分项之和与合计不符 listed figures do not add up to the stated total",
                   loose=_loose(total, items) or any(c.qualifier for c in items))


def _parts_before_etc(p: Passage, out: Outcome) -> None:
    """The figures listed before 等 are among the N after it (Σ ≤ N; 等 leaves room for more):

    - "A a家、B b家等N家": 等 right after the last figure;
    - "a位X、b位Y等N位" (包括20余位…获奖者、4位…获得者等近百位…): each item opens its list segment with its
      figure, and the last one runs on to 等 within its clause."""
    cfg = config()["list_total"]
    for m in re.finditer(cfg["etc_total"], p.text):
        total = _amount_right_after(p, m.end())
        if total is None:
            continue
        s0, _ = p.sentence(m.start())
        before = [c for k, c in p.placed if s0 <= k < m.start()]
        if not before:
            continue
        if p.end(before[-1]) == m.start():
            items = []
            for c in reversed(before):
                if c.kind not in _AMOUNT or c.base_unit != total.base_unit:
                    break
                items.insert(0, c)
        else:
            items = _leading_items(p, before, m.start(), total)
        if not items or any(exact(c) is None for c in [total, *items]):
            continue
        _sum_check("list_total", total, items, [1] * len(items), out,
                   "列举各项超过“等”后的总数 the figures listed exceed the total after 等", at_most=True,
                   loose=_loose(total, items))


def _listed_shares(p: Passage, out: Outcome) -> None:
    """"技术开发、技术服务和技术转让合同成交额占比分别为42.3%、38.6%和19.1%": the shares a 分别 list gives to parts
    named with one head noun (…占比, …比重) are parts of one whole: Σ ≤ 100% (the list need not name every part)."""
    cfg = config()["list_total"]
    for m in re.finditer(cfg["list_marker"], p.text):
        s0, s1 = p.sentence(m.start())
        items = [c for c in p.within(m.end(), s1) if c.kind == "share" and c.base_unit == "percent"]
        seps = [p.text[p.end(a):p.at(b)] for a, b in zip(items, items[1:])]
        if len(items) < 2 or not all(re.fullmatch(cfg["list_separator"], x) for x in seps) or \
                p.text[m.end():p.at(items[0])].strip() or any(exact(c) is None for c in items):
            continue
        subjects = [c.subject or "" for c in items]
        head = common_suffix(subjects)
        if len(head) < cfg["share_head_chars"] or not re.search(cfg["share_head"], head) or \
                len(set(subjects)) != len(items) or head in subjects:
            continue  # one whole's parts: one head noun, a name each
        _shares_of_one_whole(items, out)


def _shares_after_marker(p: Passage, out: Outcome) -> None:
    """"80名…，其中40%来自上海高校、46%来自其他国内高校、14%来自国外高校": shares of one printed whole listed after
    其中, each opening its clause and followed by the same words (来自), split that whole: Σ ≤ 100%. Shares not
    worded alike (其中45岁以下占比近九成、硕博学历超50%) may overlap and are not added up. A list naming the rest
    of a group (…来自除上海外其他国内高校) is meant to cover the whole: Σ = 100% within rounding, short of it a
    warning."""
    cfg = config()["list_total"]
    pw = config()["part_whole"]
    for m in re.finditer(pw["marker"], p.text):
        s0, s1 = p.sentence(m.start())
        if not [c for c in p.within(s0, m.start()) if c.kind in _AMOUNT]:
            continue  # shares of a whole the sentence does not print
        items, follow, pos, rest = [], [], m.end(), False
        for clause in re.split(pw["clause_breaks"], p.text[m.end():s1]):
            inside = p.within(pos, pos + len(clause))
            k0 = pos
            pos += len(clause) + 1
            if len(inside) != 1 or inside[0].kind != "share" or inside[0].base_unit != "percent" \
                    or p.text[k0:p.at(inside[0])].strip():
                break
            items.append(inside[0])
            follow.append(p.text[p.end(inside[0]):k0 + len(clause)][:cfg["share_follow_chars"]])
            rest = rest or re.search(cfg["remainder"], clause) is not None
        if len(items) < 2 or len(set(follow)) != 1 or len(follow[0]) < cfg["share_follow_chars"] \
                or any(exact(c) is None for c in items):
            continue
        _shares_of_one_whole(items, out, rest)


def _shares_of_one_whole(items: list[Claim], out: Outcome, rest: bool = False) -> None:
    """Shares of parts of one whole: Σ ≤ 100% within the summed half-units (a share stated as a bound, 约/近/不足,
    cannot break it); when the list names the rest of the group, Σ = 100%, short of it a warning."""
    s = sum((exact(c) for c in items), Decimal(0))
    tol = sum((half_unit(c) for c in items), Decimal(0))
    bounded = any(c.qualifier in ("approx", "under", "near") for c in items)
    ok = s <= 100 + tol or bounded
    note = " (exact)" if abs(s - 100) <= tol else ""
    short = ok and rest and s < 100 - tol and not any(c.qualifier for c in items)
    exp = "Σ shares = 100 (the rest of the group named)" if rest else "Σ shares ≤ 100"
    out.checks.append(_check("list_total", items, exp, fmt(s) + note, fmt(tol), "pass" if ok and not short else "fail"))
    if not ok:
        out.flags.append(_flag("list_total", "error", f"同一总体的各部分占比之和超过100% shares of one whole add up "
                               f"to {fmt(s)}% ({', '.join(c.raw for c in items)})", "≤ 100", fmt(s), items))
    elif short:
        out.flags.append(_flag("list_total", "warning", f"列出其余部分的占比之和不足100% shares naming the rest of "
                               f"the group add up to {fmt(s)}% ({', '.join(c.raw for c in items)})", "= 100",
                               fmt(s), items))


def _opens_segment(p: Passage, c: Claim, lo: int) -> bool:
    """The figure opens its list segment: only a list opener (包括, 其中) since the last 、/，/：, the start of
    its context (a bullet line run on from the one above) or lo."""
    cfg = config()["list_total"]
    k = p.at(c)
    seg = re.split(cfg["segment_breaks"], p.text[max(lo, p.piece(k)[0]):k])[-1]
    return re.fullmatch(r"\s*" + cfg["item_opener"] + r"\s*", seg) is not None


def _leading_items(p: Passage, before: list[Claim], end: int, total: Claim) -> list[Claim]:
    """Items "a位X、b位Y" that each open their segment, the last one running on to `end` within its clause."""
    cfg = config()["list_total"]
    s0, _ = p.sentence(end)
    last = before[-1]
    tail = p.text[p.end(last):end]
    if len(tail) > cfg["etc_gap"] or re.search(r"[\d，,。；;（()）]", tail):
        return []
    items = []
    for c in reversed(before):
        if c.kind not in _AMOUNT or c.base_unit != total.base_unit or _measure(c) != _measure(total) \
                or not _opens_segment(p, c, s0):
            break
        items.insert(0, c)
    return items if items and items[-1] is last else []


def _number_runs(p: Passage) -> list[list[Claim]]:
    """Figures printed as one list: "第2、5、1、2、2位" (only 、/和/及 between them)."""
    sep = re.compile(config()["list_total"]["list_separator"])
    runs: list[list[Claim]] = []
    prev = None
    for k, c in p.placed:
        if prev is not None and prev.base_unit == c.base_unit and \
                sep.fullmatch(p.text[p.end(prev):k]) is not None:
            runs[-1].append(c)
        else:
            runs.append([c])
        prev = c
    return [r for r in runs if len(r) >= 2]


def _listed_count(p: Passage, out: Outcome) -> None:
    cfg = config()["list_total"]
    for run in _number_runs(p):
        k0 = p.at(run[0])
        s0, _ = p.sentence(k0)
        before = p.within(s0, k0)
        if not before:
            continue
        n = before[-1]  # the count is the last figure before the list, with nothing in between
        if n.kind != "level" or n.base_unit != "count" or n.decimals or not (2 <= n.value <= cfg["max_items"]):
            continue
        gap = p.text[p.end(n):k0]
        if len(gap) > cfg["count_gap"] or not re.search(cfg["count_intro"], gap):
            continue
        if all(c.kind in _AMOUNT and _measure(c) == _measure(n) for c in run):
            continue  # "26家，其中A、B分别为12家和8家": amounts of n's own measure are its parts, not its items
        if len(before) >= 2 and before[-2].kind in _AMOUNT and _measure(before[-2]) == _measure(n) and \
                re.fullmatch(cfg["item_join"], re.sub(r"[^、和及与，,]", "", p.text[p.end(before[-2]):p.at(n)])):
            continue  # "1类创新药11款和第三类创新医疗器械8款，分别位居全国第二和第三": 8款 is an item, not a count
        names = re.split(r"[，,；;：:]", gap)[-1]
        if len(re.findall(cfg["item_join"], names)) == len(run) - 1 >= 1:
            continue  # "…40个，平均减环节、减时间、减材料分别超过50%、60%和70%": the figures are of the names listed
        ok = len(run) == int(n.value)
        exp, obs = f"{int(n.value)} items", f"{len(run)} listed"
        out.checks.append(_check("list_total", [n, *run], exp, obs, "0", "pass" if ok else "fail"))
        if not ok:
            out.flags.append(_flag("list_total", "error",
                                   f"列举项数与所述数目不符 «{n.raw}» but {len(run)} figures listed "
                                   f"({', '.join(c.raw for c in run)})", exp, obs, [n, *run]))


def _noun_after(c: Claim) -> str:
    k = c.context.find(c.raw)
    m = re.match(r"[\u4e00-\u9fff]{1,2}", c.context[k + len(c.raw):]) if k >= 0 else None
    return m.group(0) if m else ""


def _section_breakdown(claims: list[Claim], out: Outcome) -> None:
    text = [c for c in claims if not c.table_id and c.kind in _AMOUNT and c.section]
    nouns = [_noun_after(c) for c in text]
    wording = defaultdict(set)  # (section, unit, noun) → the values the section itself states so
    for c, n in zip(text, nouns):
        wording[(c.section, c.unit, n)].add(c.value)
    for i, t in enumerate(text):
        noun = nouns[i]
        told = wording[(t.section, t.unit, noun)]
        if not noun or exact(t) is None or len(told) > 2:
            continue  # the section states other such figures (a heading lost by the layout, or no breakdown);
            # the same figure twice (the text and its display figure) is one statement
        prefix = t.section + " > "
        subs: dict[str, list[Claim]] = {}
        for c, n in zip(text[i + 1:], nouns[i + 1:]):
            if not c.section.startswith(prefix):
                if c.section == t.section:
                    continue
                break  # the section is over
            sub = prefix + c.section[len(prefix):].split(" > ")[0]
            subs.setdefault(sub, [])
            if c.section == sub and c.unit == t.unit and n == noun:
                subs[sub].append(c)
        if len(subs) < 2 or any(len(v) != 1 for v in subs.values()):
            continue  # a subsection without (or with several) such figures: the breakdown is not complete
        items = [v[0] for v in subs.values()]
        if any(exact(c) is None for c in items):
            continue
        if len(told) == 2:
            # the total stated twice, differently, in the text and as a display figure (a context holding only the
            # figure and its noun: "16条举措"): the subsections say which is the total; the other is a miscopy of
            # it and is checked (and flagged) too. Two figures in running text: no single total, no breakdown.
            same = [c for c, n in zip(text, nouns) if c.section == t.section and c.unit == t.unit and n == noun]
            display = [c for c in same if re.sub(r"\s", "", c.context) == c.raw + noun]
            if len(same) != 2 or len(display) != 1:
                continue
            total = sum((exact(c) for c in items), Decimal(0))
            tol = sum((half_unit(c) for c in items), Decimal(0))
            if not any(abs(Decimal(str(v)) - total) <= tol + half_unit(t) for v in told):
                continue
        _sum_check("list_total", t, items, [1] * len(items), out,
                   f"各小节分项之和与总数不符 the subsections' figures do not add up to «{t.raw}{noun}»",
                   loose=_loose(t, items) or any(c.qualifier for c in items))


def _phrase_before(text: str, k: int) -> str:
    """The words right before offset k back to the previous punctuation, without 其中/共/合计 and spaces."""
    cfg = config()["list_total"]
    head = re.split(r"[，,。；;：:（()）]", text[:k])[-1]
    head = re.sub(r"\s", "", head)
    head = re.sub(cfg["phrase_noise"], "", head)
    return head


def _row_label(c: Claim) -> str:
    return (c.subject or "").rsplit(" ", 1)[0] if " " in (c.subject or "") else (c.subject or "")


def _table_rows_vs_text(claims: list[Claim], out: Outcome) -> None:
    cfg = config()["list_total"]
    text_by_page: dict[tuple, list[Passage]] = defaultdict(list)
    for p in _passages(claims):
        c0 = p.placed[0][1]
        text_by_page[(c0.doc_id, c0.page)].append(p)
    tables: dict[tuple, list[Claim]] = defaultdict(list)
    for c in claims:
        if c.table_id and c.kind in _AMOUNT:
            tables[(c.doc_id, c.table_id)].append(c)
    for (doc, tid), cs in tables.items():
        # series: the j-th figure of a unit in each row's cell of one column
        series: dict[tuple, dict[int, Claim]] = defaultdict(dict)
        seen: dict[tuple, int] = defaultdict(int)
        for c in cs:
            j = seen[(c.row, c.col, c.base_unit)]
            seen[(c.row, c.col, c.base_unit)] += 1
            series[(c.col, c.base_unit, j)].setdefault(c.row, c)
        for _, rows in series.items():
            # the table's own total rows and its 其中 rows are not items of the list
            items = [rows[r] for r in sorted(rows) if _label_kind(_row_label(rows[r])) == "item"
                     and not re.match(config()["table_total"]["inner_item"], _row_label(rows[r]))]
            if len(items) < 2 or any(exact(c) is None for c in items) or \
                    re.match(config()["table_total"]["inner_item"], _header(items[0])):
                continue  # (a 其中 column, 其中一等奖(项), holds parts of its row, not the text's total)
            phrases = []
            for c in items:
                k = c.context.find(c.raw)
                phrases.append(_phrase_before(c.context, k) if k >= 0 else "")
            labels = [re.split(r"\s", c.context.strip(), maxsplit=1)[0] for c in items]
            common = phrases[0] if len(set(phrases)) == 1 and len(phrases[0]) >= cfg["min_phrase_chars"] else ""
            pages = {c.page for c in items}
            total = None
            # the text beside the table first, then the page before it (the lead-in), then the page after it
            for pg in [*sorted(pages, reverse=True), min(pages) - 1, max(pages) + 1]:
                for p in text_by_page.get((doc, pg), []):
                    for k, t in p.placed:
                        if t.kind not in _AMOUNT or t.base_unit != items[0].base_unit or _base_or_prior(p.text, k):
                            continue  # (nor a share's base: 占全国科创板上市企业(595家)的)
                        if common and _phrase_before(p.text, k) == common:
                            total = t
                        elif not common and len(set(labels)) == len(labels) and all(
                                len(lab) >= 2 and lab in p.text[p.sentence(k)[0]:k] for lab in labels) and \
                                not any(_phrase_before(p.text, k).endswith(lab) for lab in labels):
                            total = t  # (…分别为A221家、B309家和C17家: a figure right after a row's label is that row)
                if total is not None:
                    break
            if total is None:
                continue
            _sum_check("list_total", total, items, [1] * len(items), out,
                       f"表中各行之和与正文总数不符 table rows (table {tid}) do not add up to the total in the text",
                       loose=_loose(total, items) or any(c.qualifier for c in items))


# ---------------------------------------------------------------- shares and rates
def _ratio_check(rule: str, stated: Claim, part: Claim, whole: Claim, out: Outcome, what: str) -> None:
    """stated% = 100·part/whole within the stated rounding plus the rounding of part and whole carried through."""
    s, a, b = exact(stated), exact(part), exact(whole)
    if s is None or a is None or not b:
        return
    implied = a / b * 100
    tol = half_unit(stated) + 100 * (half_unit(part) / abs(b) + abs(a) * half_unit(whole) / (b * b))
    ok = abs(implied - s) <= tol
    claims = [stated, part, whole]
    outcome = "pass" if ok else ("not_comparable" if _loose(whole, [part, stated]) or stated.qualifier else "fail")
    exp, obs = f"{fmt(s)}%", f"{implied:.2f}%"
    out.checks.append(_check(rule, claims, exp, obs, f"{tol:.3f}", outcome))
    if outcome == "fail":
        out.flags.append(_flag(rule, "error", f"{what}: «{stated.raw}» but {part.raw} / {whole.raw} = {obs}",
                               exp, obs, claims))


def _table_share_column(claims: list[Claim], out: Outcome) -> None:
    """A table's share column (占比(%), 占全市比重(%)) beside an amount column with a total row: each row's share is
    its amount over the total row's amount (the nearest amount column to the share's left: 产业规模 | 同比增长(%) |
    占比(%) takes 产业规模). The total row's own 100 is the column-of-shares sum (table_totals)."""
    cfg = config()
    grand = re.compile(cfg["table_total"]["grand_total"])
    header = re.compile(cfg["share"]["column_header"])
    rows: dict[str, dict[int, dict[int, Claim]]] = defaultdict(lambda: defaultdict(dict))  # table → row → col
    for c in claims:
        if c.table_id and c.row >= 0 and c.col >= 0:
            rows[c.table_id][c.row].setdefault(c.col, c)
    for table in rows.values():
        label = {r: _row_label(next(iter(row.values()))) for r, row in table.items()}
        totals = [r for r, lab in label.items() if grand.search(lab)]
        if len(totals) != 1:
            continue
        total_row = table[totals[0]]
        for r, row in table.items():
            if r == totals[0] or re.match(cfg["table_total"]["inner_item"], label[r]):
                continue
            for col, s in row.items():
                if s.base_unit != "percent" or not header.search(_header(s)):
                    continue
                left = [k for k, c in row.items() if k < col and c.base_unit != "percent" and c.kind in _AMOUNT]
                if not left:
                    continue
                part, whole = row[max(left)], total_row.get(max(left))
                if whole is not None and whole.base_unit == part.base_unit:
                    _ratio_check("share", s, part, whole, out, "表中占比与该行/合计行之比不符 share ≠ row / total")


def share(claims: list[Claim], out: Outcome) -> None:
    """A share printed with its part and its whole equals part/whole: "A a，占B b的x%", and
    "B b，其中A a，占比x%" (占比 naming no other base: the share is of the 其中 whole); a table's share column."""
    _table_share_column(claims, out)
    cfg = config()["share"]
    index = {id(c): i for i, c in enumerate(claims)}  # reading order: a whole stated before, for the worded shares
    for p in _passages(claims):
        for k, s in p.placed:
            if s.kind != "share" or s.base_unit != "percent":
                continue
            s0, _ = p.sentence(k)
            if (named := _defined_ratio(p, s, k, claims, index)) is not None:
                _ratio_check("share", s, *named, out, "比率与其定义不符 ratio ≠ its defining part / whole")
                continue
            z = re.search(cfg["of_whole"] + r"$", p.text[s0:k])
            if z:
                amounts = [c for c in p.within(s0, s0 + z.start()) if c.kind in _AMOUNT]
                # (a breakdown lead, 分领域看，…, opens a list of parts as 其中 does)
                part_marker = config()["part_whole"]["marker"] + "|" + config()["list_total"]["breakdown_lead"]
                markers = [q for q in re.finditer(part_marker, p.text[s0:k])]
                if not markers and s0 > 0 and p.text[s0 - 1] in "；;" and len(amounts) == 1:
                    # "…其中，量子科技领域…412件，占9.5%；未来网络与6G领域1386件，占32.0%": the list runs on past ；
                    q0 = p.sentence(s0 - 1)[0]
                    if re.search(part_marker, p.text[q0:s0]):
                        s0 = q0
                        markers = list(re.finditer(part_marker, p.text[s0:k]))
                named = None if markers else (_named_whole(p, s0) or _among_whole(p, s0, k))
                if named is not None and amounts and amounts[-1].base_unit == named[0].base_unit:
                    # "高新技术企业中，营业收入超亿元的企业3487家，占13.9%": of the whole the sentence opens with
                    _ratio_check("share", s, amounts[-1], named[0], out, "占比与部分/总数不符 share ≠ part / whole")
                elif amounts and markers and p.at(amounts[-1]) > s0 + markers[-1].start():
                    part = amounts[-1]
                    lo = s0
                    if not p.text[s0:s0 + markers[-1].start()].strip() and s0 > 0:
                        lo = p.sentence(s0 - 1)[0]  # "…服务用户14620人次。其中企业用户2830人次，占…": the sentence before
                    wholes = _not_listed(p, lo, s0 + markers[-1].start(),
                                         [c for c in p.within(lo, s0 + markers[-1].start())
                                          if c.kind in _AMOUNT and c.base_unit == part.base_unit])
                    if wholes:
                        _ratio_check("share", s, part, _named_most_alike(part, wholes), out,
                                     "占比与部分/总数不符 share ≠ part / whole")
                continue
            m = None
            for m in re.finditer(cfg["marker"], p.text[s0:k]):
                pass
            if m is None:
                continue
            at = s0 + m.start()
            # (a whole printed after 占 closes its phrase, 占全国授奖总数271项的 / 占全国(616篇)的; a figure naming a
            # thing, 占12英寸晶圆月产能的, is no whole)
            wholes = [c for c in p.within(at, k) if c.kind in _AMOUNT and re.match(r"\s*[)）]?\s*的", p.text[p.end(c):])]
            if not wholes and (named := _named_share(p, s0, at, k) or _scope_share(p, s0, at, k) or
                               _worded_share(p, s0, at, k, claims, index) or
                               _page_scope_share(p, s0, at, k, claims, index) or
                               _total_worded_share(p, s0, at, k, claims, index)) is not None:
                _ratio_check("share", s, *named, out, "占比与部分/总数不符 share ≠ part / whole")
                continue
            if len(wholes) != 1:
                continue  # the whole is not printed ("占全国的30.6%"), or it is unclear which figure it is
            whole = wholes[0]
            parts = [c for c in p.within(s0, at) if c.kind in _AMOUNT and c.base_unit == whole.base_unit
                     and not re.search(cfg["prior_before"] + r"$", p.text[max(s0, p.at(c) - 8):p.at(c)])]
            if not parts:
                continue  # (发表论文196篇，较上年的172篇明显增加，占全国(616篇)的31.8%: the prior year's is no part)
            part = parts[-1]
            listed = list(re.finditer(config()["list_total"]["list_marker"], p.text[s0:at]))
            if listed and (before_list := [c for c in parts if p.at(c) < s0 + listed[-1].start()]):
                # "…24个，分别为化学药10个、…和中药创新药3个，占全国…(76个)的31.6%": the share is the list's total's
                part = before_list[-1]
            mk = list(re.finditer(config()["part_whole"]["marker"], p.text[s0:at]))
            if mk and len([c for c in parts if p.at(c) > s0 + mk[-1].start()]) >= 2:
                # "获奖46项，其中A 9项、B 8项、C 29项，占全国授奖总数271项的17.0%": after a list of several parts,
                # the share is the whole's (one part, "其中发明专利5.28万件，占…", keeps its own)
                part = next((c for c in reversed(parts) if p.at(c) < s0 + mk[-1].start()), part)
            _ratio_check("share", s, part, whole, out, "占比与部分/总数不符 share ≠ part / whole")


def _named_most_alike(part: Claim, wholes: list[Claim]) -> Claim:
    """Of a 其中 part's candidate wholes, the one whose subject shares the longest run of words with the part's, the
    last among equals (…发明专利授权4326件，提交PCT国际专利申请594件。其中，量子科技领域发明专利授权412件，占9.5%)."""
    sp = re.sub(r"\s", "", part.subject or "")
    return max(reversed(wholes), key=lambda c: common_run(sp, re.sub(r"\s", "", c.subject or "")))


def _total_worded_share(p: Passage, s0: int, at: int, k: int, claims: list[Claim] | None = None,
                        index: dict[int, int] | None = None) -> tuple[Claim, Claim] | None:
    """"2025年度国家科学技术奖授奖项目共270项。上海…获奖项目41项，占全国授奖总数的15.2%": 占 naming a total in
    words its figure's subject does not repeat word for word (…总数, …总量, …总规模, …总额) takes a figure counted
    alike before the part in its passage, larger than the part, whose subject shares most of those words (then the
    largest); with none in the passage, such a figure of the part's section stated before it (占平台仪器总量的34.3%
    after the paragraph stating the platform's 48260台（套）)."""
    cfg = config()["share"]
    if not (tm := re.fullmatch(cfg["total_worded"], p.text[at + 1:k])):
        return None
    words = tm.group("w")
    amounts = [c for c in p.within(s0, at) if c.kind in _AMOUNT]
    if not amounts or not re.fullmatch(r"\s*[，,]\s*", p.text[p.end(amounts[-1]):at]):
        return None
    part = amounts[-1]
    lo = 0  # anywhere in the passage before the part (its paragraph and what the layout cut from it)
    # (the total's words and the figure's subject share a word, and a scope the words name — 全国 — is the figure's
    # sentence's too: a national total that is not printed is no local figure)
    scope = re.search(cfg["scope_word"], words)
    # (a national total may be named 国家…/我国…: validation.json scope_names)
    said = re.compile(cfg["scope_names"].get(scope.group(0), re.escape(scope.group(0)))) if scope else None
    wholes = [c for c in p.within(lo, p.at(part)) if c.kind in _AMOUNT and c.base_unit == part.base_unit
              and _counted_as(c) == _counted_as(part) and exact(c) is not None and exact(c) > exact(part)
              and not _base_or_prior(p.text, p.at(c), lo) and common_run(words, c.subject or "") >= 2
              and not re.match(r"\s*[，,]\s*占", p.text[p.end(c):])  # (a part of a share of its own: 358人，占比…)
              and not _listed_item(c)  # (an item of a 分别 list is a part, no total)
              and (said is None or said.search(p.text[p.sentence(p.at(c))[0]:p.end(c)]))]
    if not wholes and claims is not None and index is not None and part.section and not any(
            _counted_as(c) == _counted_as(part) and c.base_unit == part.base_unit for c in p.within(0, p.at(part))):
        # (only when the passage counts nothing alike before the part: its own figures were weighed above)
        wholes = [c for c in _stated_before(part, claims, index) if c.section == part.section and exact(c) is not None
                  and _counted_as(c) == _counted_as(part) and exact(c) > exact(part)
                  and common_run(words, c.subject or "") >= 2
                  and (said is None or said.search((c.subject or "") + (c.context or "")))]
    if not wholes or exact(part) is None:
        return None
    # the figure named most alike (主导制定标准总数: 主导制定1046项 before 主导和参与制定1284项), then the nearest before
    # the part (占入库企业总数的: 经审核入库28436家 after 31250家企业提交申请), then the largest
    return part, max(wholes, key=lambda c: (common_run(words, c.subject or ""), index.get(id(c), 0) if index else 0,
                                            exact(c)))


def _defined_ratio(p: Passage, s: Claim, k: int, claims: list[Claim],
                   index: dict[int, int]) -> tuple[Claim, Claim] | None:
    """"重点企业实现营业收入5268.4亿元，研发投入312.6亿元，研发投入强度达到5.93%": a share named as a ratio the
    report defines (validation.json: defined_ratios) is its part over its whole, the latest figures so named before
    it in its passage; the whole may be stated earlier in the document when the part names an owner the whole's
    subject names too (科学城研发投入 / 张江科学城实现营业总收入). A starting value (从上年的4.6%) is last year's."""
    cfg = config()["share"]
    for d in cfg["defined_ratios"]:
        if not re.search(d["name"], s.subject or ""):
            continue
        if _base_or_prior(p.text, k):
            return None
        before = [c for c in p.within(0, k) if c.kind == "level" and c.base_unit in ("CNY", "USD", "EUR") and not c.table_id]
        named = [c for c in before if re.search(d["part"], c.subject or "")]
        if not named:
            return None
        # the whole of the latest sentence naming it (科学城研发投入486.2亿元，其中企业研发投入…: not a 其中 part)
        last = p.sentence(p.at(named[-1]))
        part = max((c for c in named if p.sentence(p.at(c)) == last), key=lambda c: exact(c) or 0)
        verbs = cfg["subject_verbs"]
        whole = next((c for c in reversed(before) if c is not part and
                      re.search(d["whole"], re.sub(verbs, "", c.subject or ""))), None)
        owner = re.sub(d["part"], "", part.subject or "")
        if whole is None and len(owner) >= 2:
            whole = next((c for c in reversed(_stated_before(part, claims, index)) if owner in (c.subject or "") and
                          re.search(d["whole"], re.sub(verbs, "", c.subject or ""))), None)
        return (part, whole) if whole is not None and whole.base_unit == part.base_unit else None
    return None


def _stated_before(part: Claim, claims: list[Claim], index: dict[int, int]) -> list[Claim]:
    """The amounts of the part's document in the text (no table cell) before it in reading order, in its base
    unit and at least as large: the wholes a worded share may name."""
    return [c for c in claims[:index[id(part)]] if c.doc_id == part.doc_id and not c.table_id and c.kind in _AMOUNT
            and c.base_unit == part.base_unit and c.value >= part.value and not _listed_item(c)]


def _listed_item(c: Claim) -> bool:
    """An item of a 分别 list (…48260台（套），分别为分析测试仪器21480台（套）、…): a part, no whole a later share names."""
    k = c.context.find(c.raw)
    sentence = re.split(r"[。；;！？]", c.context[:k])[-1] if k >= 0 else ""
    return re.search(config()["list_total"]["list_marker"], sentence) is not None


def _worded_share(p: Passage, s0: int, at: int, k: int, claims: list[Claim],
                  index: dict[int, int]) -> tuple[Claim, Claim] | None:
    """"基础研究经费279.2亿元，占全社会研发经费支出的12.6%" after "全社会研发经费支出2215.6亿元" (a line above, or a
    page before): 占 naming, word for word, the subject of a figure stated earlier in the document (same base unit,
    not smaller than the part; the latest such); the part is the figure right before 占."""
    cfg = config()["share"]
    m = re.fullmatch(cfg["whole_name"], p.text[at + 1:k])
    part = _last_outside_brackets(p, s0, at)  # (…41.28万辆，出口量占…: the part may be named again before 占)
    if not m or part is None:
        return None
    words = m.group(1)
    if len(words) < cfg["worded_whole_chars"]:
        return None
    # (the subject may close on a measure noun the share leaves out: 科研经费总额 for …科研经费投入)
    tail = re.compile(re.escape(words) + cfg["whole_subject_tail"])
    # (a verb inside the subject is no part of the name: 张江科学城实现营业总收入 for 科学城营业总收入)
    named = [c for c in _stated_before(part, claims, index)
             if tail.search(re.sub(cfg["subject_verbs"], "", re.sub(r"\s", "", c.subject or "")))
             # (a share's base, 占全国技术进出口合同金额（1723.4亿美元）的12.6%, is the scope's figure, no whole)
             and not ((at_c := c.context.find(c.raw)) >= 0 and _base_or_prior(c.context, at_c))]
    return (part, named[-1]) if named else None


def _last_outside_brackets(p: Passage, s0: int, at: int) -> Claim | None:
    """The last amount before `at` in its sentence, past a bracket right before 占 (61家（其中…），占…)."""
    text = p.text[s0:at].rstrip("，, ")
    named = re.search(r"[，,]\s*([\u4e00-\u9fff]{2,8})$", text)  # "在孵企业2865家，在孵企业数占…": named again
    if named:
        text = text[:named.start()]
    if text.endswith(("）", ")")):
        opening = max(text.rfind("（"), text.rfind("("))
        text = text[:opening] if opening >= 0 else text
    amounts = [c for c in p.within(s0, s0 + len(text)) if c.kind in _AMOUNT]
    if not amounts or p.text[p.end(amounts[-1]):s0 + len(text)].strip():
        return None
    if named and common_run(named.group(1), amounts[-1].subject or "") < 2:
        return None
    return amounts[-1]


def _page_scope_share(p: Passage, s0: int, at: int, k: int, claims: list[Claim],
                      index: dict[int, int]) -> tuple[Claim, Claim] | None:
    """"浦东…在孵企业2865家，…占全市的23.0%" after "全市…在孵企业12437家" earlier in the document: 占 naming a scope
    (全市) whose figure of the same thing was stated before (its sentence names the scope; one subject is the
    other's tail; the same measure word; larger than the part); the latest such figure."""
    cfg = config()["share"]
    m = re.match(cfg["scope_whole"], p.text[at + 1:k]) or re.match(cfg["scope_total"], p.text[at + 1:k])
    part = _last_outside_brackets(p, s0, at)
    if not m or part is None:
        return None
    scope = m.group("scope")
    head = re.sub(r"\s", "", part.subject or "")
    cands = []
    for c in _stated_before(part, claims, index):
        if _measure(c) != _measure(part) or c.value == part.value:
            continue
        subj = re.sub(r"\s", "", c.subject or "")
        sentence = re.split(r"[。；;]", c.context[:c.context.find(c.raw)] if c.raw in c.context else "")[-1]
        short = min(len(subj), len(head))
        # one subject is the other's tail (在孵企业 / 在孵企业; 企业输出技术合同成交额 / 技术合同成交额)
        if scope in sentence + subj and short >= cfg["scope_head_chars"] and len(common_suffix([subj, head])) == short:
            cands.append(c)
    return (part, cands[-1]) if cands else None


def _scope_share(p: Passage, s0: int, at: int, k: int) -> tuple[Claim, Claim] | None:
    """"全国…共资助400名，上海入选52人，占全国的13.0%": 占 naming a scope (全国, 全市) whose figure the sentence
    stated before the part: the part is the figure right before 占, the whole the one whose clause opens with
    that scope (same base unit, not smaller)."""
    cfg = config()["share"]
    m = re.match(cfg["scope_whole"], p.text[at + 1:k])
    amounts = [c for c in p.within(s0, at) if c.kind in _AMOUNT]
    if not m or not amounts or not re.fullmatch(r"\s*[，,]\s*", p.text[p.end(amounts[-1]):at]):
        return None
    part = amounts[-1]
    wholes = [c for c in amounts[:-1] if c.base_unit == part.base_unit and c.value >= part.value and
              re.split(r"[，,。；;]", p.text[:p.at(c)])[-1].lstrip().startswith(m.group("scope"))]
    if not wholes and s0 > 0:
        # "全市研发经费支出2438.6亿元，…。浦东新区研发经费支出1012.4亿元，占全市的41.5%": the sentence before states
        # the scope's figure of the same measure (the part's subject ends with the whole's, past the scope word)
        q0 = p.sentence(s0 - 1)[0]
        wholes = [c for c in p.within(q0, s0) if c.base_unit == part.base_unit and c.kind in _AMOUNT and
                  c.value >= part.value and (c.subject or "").startswith(m.group("scope")) and
                  common_tail(c.subject, part.subject or "") >= cfg["scope_whole_tail_chars"] and
                  common_tail(c.subject, part.subject or "") >= len(c.subject) - len(m.group("scope"))]
    return (part, wholes[-1]) if wholes else None


def _named_share(p: Passage, s0: int, at: int, k: int) -> tuple[Claim, Claim] | None:
    """"新引进人才138213人，其中…外籍高层次人才4628人，外籍高层次人才占新引进人才总数的3.8%": a share naming its
    part and its whole in words, after a 其中 list: the part is the figure of the list named as the words before
    占, the whole the figure before 其中, when the words after 占 name it (a common run of characters). The 其中
    list may close the sentence before, when the share's sentence opens with the part's name ("…其中智能算力
    112.6EFLOPS、…。智能算力占全市算力总规模的75.9%")."""
    cfg = config()["share"]
    b = re.fullmatch(cfg["whole_name"], p.text[at + 1:k])
    # 占比达52.8%, and a bare 占70.0%: the share names no whole, so it is the 其中 whole's
    ratio_only = re.fullmatch(cfg["ratio_only"], p.text[at + 1:k]) is not None
    if not b and not ratio_only:
        return None
    mk = list(re.finditer(config()["part_whole"]["marker"], p.text[s0:at]))
    if mk:
        q = s0 + mk[-1].start()
        amounts = [c for c in p.within(q, at) if c.kind in _AMOUNT]
        a = re.search(cfg["part_name"] + r"$", p.text[s0:at])
        if a and ratio_only:
            # "其中科创板19家、北交所6家，科创板新增上市企业占比达52.8%": the part the name opens with, of the 其中 whole
            parts = [c for c in amounts if (sj := re.sub(r"\s", "", c.subject or "")) and (a.group(1).startswith(sj) or sj.startswith(a.group(1)))]
        elif a:
            parts = [c for c in amounts if re.sub(r"\s", "", c.subject or "").endswith(a.group(1))]
        else:
            # "其中，集成电路企业8740件，占重点产业企业发明专利授权量的41.3%": the figure right before 占
            parts = amounts[-1:] if amounts and re.fullmatch(r"\s*[，,]\s*", p.text[p.end(amounts[-1]):at]) else []
        lo = p.sentence(s0 - 1)[0] if s0 > 0 and not p.text[s0:q].strip() else s0  # 其中 opening its sentence
    else:
        name = p.text[s0:at].strip()
        if s0 == 0 or not re.fullmatch(r"[\u4e00-\u9fffA-Za-z0-9（）()]{2,16}", name):
            return None
        lo = p.sentence(s0 - 1)[0]
        mk = list(re.finditer(config()["part_whole"]["marker"], p.text[lo:s0]))
        if not mk:
            return None
        q = lo + mk[-1].start()
        # (…其中医疗卫生机构286个…；医疗卫生机构伦理委员会占比69.4%: a bare 占比 may name the part with its noun)
        parts = [c for c in p.within(q, s0) if c.kind in _AMOUNT
                 and (sj := re.sub(r"\s", "", c.subject or "")) and (sj.endswith(name) or sj.startswith(name) or
                                                                   len(sj) >= 2 and name.startswith(sj) and (
                                                                       ratio_only or re.fullmatch(cfg["part_measure"],
                                                                                                  name[len(sj):])))]
    # (a share's base in brackets is no whole of the 其中 parts: 占全国海洋生产总值（11.06万亿元）的10.7%。其中，…)
    wholes = _not_listed(p, lo, q, [c for c in p.within(lo, q) if c.kind in _AMOUNT and
                                    not _base_or_prior(p.text, p.at(c), lo)])
    if parts:  # "累计达到48家，覆盖21个国家和地区，其中…14家，占累计总数的29.2%": the whole counts what the part counts
        wholes = [c for c in wholes if _measure(c) == _measure(parts[0])] or wholes
    if len(parts) != 1 or not wholes or wholes[-1].base_unit != parts[0].base_unit:
        return None
    if ratio_only:
        # (…获发明专利授权4326件，提交PCT国际专利申请594件。其中，量子科技领域发明专利授权412件，占9.5%: the whole
        # named most like the part, then the last)
        return parts[0], _named_most_alike(parts[0], wholes)
    w = re.sub(r"\s", "", wholes[-1].subject or "") + _clause_before(p, wholes[-1])  # (…累计达到48家: 累计总数)
    scope = re.match(cfg["scope_word"], b.group(1))
    if scope and not w.startswith(scope.group(0)) and re.match(cfg["area_owner"], w):
        return None  # (浦东新区专利授权量32860件；其中…15620件，占全市发明专利授权量的29.2%: the city's, not 浦东's)
    words = re.sub(cfg["whole_scope_words"], "", b.group(1))
    run_ = common_run(words, w)
    # (占未来健康领域营业收入的4.2% after 未来产业…营业收入2434.39亿元，其中…: the words name a narrower whole)
    return (parts[0], wholes[-1]) if run_ >= cfg["whole_name_chars"] and \
        len(words) - run_ <= cfg["whole_name_unsaid_chars"] else None


def rate(claims: list[Claim], out: Outcome) -> None:
    """"申报N项，获批M项，获批率x%": a rate against its counts; M is the count stated with the rate's verb."""
    cfg = config()["rate"]
    for p in _passages(claims):
        for k, r in p.placed:
            if r.base_unit != "percent" or r.kind == "change":
                continue
            s0, _ = p.sentence(k)
            m = re.search(cfg["pattern"], p.text[s0:k])
            if not m:
                continue
            counts = [c for c in p.within(s0, s0 + m.start()) if c.kind in _AMOUNT]
            # 认定通过率: the count may say only the first word of a longer stem (经评审认定41家)
            stem, num = next(((st, c) for st in (m.group("stem"), m.group("pre")) if st
                              for c in reversed(counts) if _says(st, _clause_of(p, c))), (None, None))
            if stem is not None and stem != m.group("stem") and not [c for c in counts if p.at(c) < p.at(num)]:
                num = None  # (手术成功率 after …手术23例，其中22例…: the word before the stem named only the base)
            if num is None:
                # "受理申请142项，经审核给予补偿118项，支持率83.1%": no count says the stem, the rate follows two
                # counts of one measure word, the base first
                two = [c for c in counts if c.base_unit == "count"]
                # (a 其中 part named by its kind, 其中物理实验打靶686发次，成功率96.3%, is the base of its own rate:
                # the part must be the subset the rate counts, 其中22例实现稳定解码, saying what it did after the figure)
                kind_part = len(two) == 2 and not _clause_after(p, two[1]).strip() and \
                    re.search(config()["part_whole"]["marker"], p.text[p.end(two[0]):p.at(two[1])]) is not None
                if len(two) == 2 and _measure(two[0]) == _measure(two[1]) and two[0].value > two[1].value and \
                        not kind_part and not re.search(r"[。；;]", p.text[p.end(two[1]):k]) and \
                        re.fullmatch(cfg["right_after"], p.text[p.end(two[1]):s0 + m.start()]):
                    _ratio_check("rate", r, two[1], two[0], out, "比率与计数不符 rate ≠ count / base")
                continue
            # "建档2314万人，按常住人口2487万人计算，建档率93.0%": a base named in a 按…计算 clause after the count
            based = [c for c in counts if p.at(c) > p.at(num) and c.base_unit == num.base_unit and
                     re.match(cfg["base_clause"], _clause_before(p, c))]
            if based:
                _ratio_check("rate", r, num, based[-1], out, "比率与计数不符 rate ≠ count / base")
                continue
            dens = [c for c in counts if p.at(c) < p.at(num) and c.base_unit == num.base_unit
                    and not _says(stem, _clause_of(p, c))]
            if not dens:
                # "申请进站5120人，获批进站4380人，进站率85.5%": every count before says the stem, the one right before
                # the count (by another verb) is its base
                dens = [c for c in counts if p.at(c) < p.at(num) and c.base_unit == num.base_unit
                        and _measure(c) == _measure(num) and c.value >= num.value][-1:]
            if not dens and s0 > 0:  # "…购买科技服务2274单。截至年末已完成兑付2089单，兑付率91.9%": the sentence before
                q0 = p.sentence(s0 - 1)[0]
                dens = _not_listed(p, q0, s0, [c for c in p.within(q0, s0) if c.kind in _AMOUNT and
                                               c.base_unit == num.base_unit and not _says(stem, _clause_of(p, c))])
            # the base counts the same thing and holds the count (…2274单，其中…1703单、…571单。…兑付2089单): not a part
            # (a count in another measure word is no base: 标准机架5.42万架 … 核准兑付1037份，兑付率82.0%)
            dens = [c for c in dens if _measure(c) == _measure(num) and c.value >= num.value] or \
                ([] if any(p.at(c) < s0 for c in dens) else [c for c in dens if not _counts_other(c, num)])
            if not dens:
                continue
            _ratio_check("rate", r, num, dens[-1], out, "比率与计数不符 rate ≠ count / base")


def _says(stem: str, clause: str) -> bool:
    """A rate's stem said in a count's clause, its characters in order (获贷率: 2917户获得贷款); a quoted name
    says nothing (“一网通办”累计接入服务事项 does not say 网办)."""
    return re.search(".*?".join(map(re.escape, stem)), _QUOTED.sub("", clause)) is not None


_QUOTED = re.compile(r"“[^”]*”")


_CLAUSE_MARK = re.compile(r"[，,。；;、：:]")


def _clause_of(p: Passage, c: Claim) -> str:
    """A figure's clause around it: the words before (the verb of 获批M项) and after (14091人申报…，8652人通过)."""
    return _clause_before(p, c) + _clause_after(p, c)


def _clause_after(p: Passage, c: Claim) -> str:
    end = _CLAUSE_MARK.search(p.text, p.end(c))
    return p.text[p.end(c):end.start() if end else len(p.text)]


def _clause_before(p: Passage, c: Claim) -> str:
    # (found backwards from the figure, not by splitting the passage's text before it for every figure; a line's
    # label, 成果转化：…, is no clause of the count)
    k = p.at(c)
    return p.text[max(p.text.rfind(ch, 0, k) for ch in "，,。；;、：:") + 1:k]


# ---------------------------------------------------------------- OCR doubt
def ocr_doubt(claims: list[Claim], out: Outcome) -> None:
    """A figure read by OCR with low confidence goes to review."""
    th = config()["ocr_doubt"]["min_confidence"]
    for c in claims:
        if c.source != "ocr":
            continue
        ok = c.confidence >= th
        out.checks.append(_check("ocr_doubt", [c], f"confidence ≥ {th}", f"{c.confidence:.0f}", "",
                                 "pass" if ok else "fail"))
        if not ok:
            out.flags.append(_flag("ocr_doubt", "info", f"OCR读数存疑 low OCR confidence {c.confidence:.0f} for «{c.raw}»",
                                   f"≥ {th}", f"{c.confidence:.0f}", [c]))


from pipeline.entity_rows import entity_rows  # noqa: E402  (these build on the helpers above)
from pipeline.restated_rows import restated_rows  # noqa: E402
from pipeline.statement_tree import statement_tree  # noqa: E402
from pipeline.table_change import table_change  # noqa: E402

RULES = (unit_plausibility, table_totals, statement_tree, part_whole, list_total, share, rate, direction,
         restatement, restated_rows, entity_rows, table_change, ocr_doubt)


def validate(claims: list[Claim], catalog: dict | None = None) -> tuple[list[Check], list[Flag]]:
    """All in-document rules over one document's claims."""
    out = Outcome([], [])
    token = _MEMO.set({})
    try:
        for rule in RULES:
            if rule is unit_plausibility:
                rule(claims, out, catalog)
            else:
                rule(claims, out)
    finally:
        _MEMO.reset(token)
    # one check per id: a relation found twice (e.g. a restated pair) is checked once
    seen, checks = set(), []
    for c in out.checks:
        if c.check_id not in seen:
            seen.add(c.check_id)
            checks.append(c)
    fseen, flags = set(), []
    for f in out.flags:
        if f.flag_id not in fseen:
            fseen.add(f.flag_id)
            flags.append(f)
    return checks, flags


# ---------------------------------------------------------------- growth across editions
def growth_across_editions(prev: list[Claim], cur: list[Claim]) -> tuple[list[Check], list[Flag]]:
    """A stated growth rate (cur edition) against the previous edition's level of the same metric.

    Pairs: in `cur`, a change claim and the level claim of the same metric_id and period in the same context;
    in `prev`, a level claim of that metric_id. 增长N倍 is +N×100%; a change on another basis (可比, 执行数)
    is recorded as not comparable.
    """
    cfg = config()["growth_edition"]
    out = Outcome([], [])
    prev_levels: dict[str, list[Claim]] = defaultdict(list)
    for c in prev:
        if c.metric_id and c.kind == "level" and exact(c) is not None:
            prev_levels[c.metric_id].append(c)
    for (_, _, ctx), placed in _by_context(cur).items():
        levels = [c for _, c in placed if c.kind == "level" and c.metric_id]
        for k, ch in placed:
            if ch.kind != "change" or ch.base_unit not in ("percent", "times"):
                continue
            if not ch.metric_id:
                continue  # a change with no known metric cannot be paired safely
            lvl = next((l for l in reversed(levels) if l.metric_id == ch.metric_id and ctx.find(l.raw) <= k), None)
            if lvl is None or not prev_levels.get(lvl.metric_id):
                continue
            old = max(prev_levels[lvl.metric_id], key=lambda c: c.decimals)
            claims = [ch, lvl, old]
            if re.search(cfg["other_basis"], ctx[max(0, k - 12):k]):
                out.checks.append(_check("growth_edition", claims, "", "", "", "not_comparable"))
                continue
            a, b = exact(old), exact(lvl)
            if not a:
                continue
            stated = Decimal(str(ch.value)) * (100 if ch.base_unit == "times" else 1)
            if ch.direction == "down":
                stated = -abs(stated)
            implied = (b / a - 1) * 100
            # rounding of both levels moves the implied rate; the stated rate carries its own half-unit
            rel = (half_unit(lvl) / abs(b) + half_unit(old) / abs(a)) * (b / a) * 100 if b else Decimal(0)
            tol = Decimal(1).scaleb(-int(ch.decimals or 0)) / 2 * (100 if ch.base_unit == "times" else 1) + rel
            ok = abs(implied - stated) <= tol
            exp, obs = f"{fmt(stated)}%", f"{implied:.2f}%"
            out.checks.append(_check("growth_edition", claims, exp, obs, f"{tol:.3f}", "pass" if ok else "fail"))
            if not ok:
                out.flags.append(_flag(
                    "growth_edition", "error",
                    f"增速与上年数据不符 stated growth {exp} for {lvl.metric_id} but {old.raw} ({old.edition}) → "
                    f"{lvl.raw} ({lvl.edition}) is {obs}", exp, obs, claims))
    return out.checks, out.flags
