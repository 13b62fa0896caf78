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
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from schemas import data_file
from pipeline.restatement import restatement
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
    """Half a unit of the last printed digit, in the claim's base unit (6496.79亿元 → 0.005亿 = 500000 CNY)."""
    v, n = Decimal(str(c.value)) if c.value else Decimal(0), exact(c)
    scale = (n / v) if (n is not None and v not in (0, Decimal(0))) else Decimal(1)
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
               at_most: bool = False) -> None:
    """total = Σ sign·part within the summed half-units (or total ≥ Σ parts when at_most)."""
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
    out.checks.append(_check(rule, claims, exp, obs, fmt(tol), "pass" if ok else "fail"))
    if not ok:
        out.flags.append(_flag(rule, "error", f"{what}: «{total.raw}» ≠ Σ {len(parts)} parts = {obs} "
                                              f"({total.base_unit}, ±{fmt(tol)})", exp, obs, claims))


# ---------------------------------------------------------------- unit plausibility
def unit_plausibility(claims: list[Claim], out: Outcome, catalog: dict | None = None) -> None:
    """The base unit is in the vocabulary (and the catalog's for the metric); shares 0–100%; counts whole."""
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
        if flag:
            out.flags.append(_flag("unit_plausibility", flag[0], flag[1], expected, observed, [c]))


# ---------------------------------------------------------------- table totals
def _label_kind(label: str) -> str:
    cfg = config()["table_total"]
    lab = re.sub(r"\s", "", label)
    if re.search(cfg["grand_total"], lab):
        return "grand"
    if re.search(cfg["subtotal"], lab):
        return "sub"
    return "item"


def _stem(label: str) -> str:
    cfg = config()["table_total"]
    return re.sub(cfg["strip"], "", re.sub(r"\s", "", label))


def table_totals(claims: list[Claim], out: Outcome) -> None:
    """Rows against 总计/合计/小计 rows, per numeric column, in table order (a continued table keeps its id).

    A subtotal sums the item rows since the previous total row (其中 rows are inside an item; 减： rows
    subtract), plus the earlier subtotals whose stems end with its stem (负债 ← 流动负债, 非流动负债);
    a grand total sums the outermost subtotals since the previous grand total, or all items.
    """
    cfg = config()["table_total"]
    by_table: dict[tuple, list[Claim]] = defaultdict(list)
    for c in claims:
        if c.table_id and c.row >= 0 and c.col >= 0 and c.kind in ("level", "other"):
            by_table[(c.doc_id, c.table_id)].append(c)
    for (_, tid), cs in by_table.items():
        labels: dict[int, str] = {}
        for c in cs:
            labels.setdefault(c.row, (c.subject or "").rsplit(" ", 1)[0] if " " in (c.subject or "") else
                              (c.subject or ""))
        cols: dict[int, dict[int, Claim]] = defaultdict(dict)
        for c in cs:
            cols[c.col].setdefault(c.row, c)
        for col, cells in cols.items():
            rows = sorted(cells)
            start = 0  # index into rows after the last total of any kind
            grand_start = 0
            for i, r in enumerate(rows):
                kind = _label_kind(labels.get(r, ""))
                if kind == "item":
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
                    parts = children + items  # 所有者权益合计 = 归属于母公司…合计 + 少数股东权益
                else:
                    outer = [x for x in subs if not any(
                        _stem(labels.get(y, "")) != _stem(labels.get(x, "")) and
                        _stem(labels.get(x, "")).endswith(_stem(labels.get(y, ""))) and y > x for y in subs)]
                    parts = outer or [x for x in rows[grand_start:i] if _label_kind(labels.get(x, "")) == "item"
                                      and not re.match(cfg["inner_item"], labels.get(x, ""))]
                    grand_start = i + 1
                start = i + 1
                if len(parts) < 2:
                    continue
                signs = [-1 if re.match(cfg["minus_item"], labels.get(x, "")) else 1 for x in parts]
                _sum_check("table_total", total, [cells[x] for x in parts], signs, out,
                           f"表格合计不符 table total «{labels.get(r, '')}» (table {tid}, column {col})")


# ---------------------------------------------------------------- 其中 parts and from/to
def _by_context(claims: list[Claim]) -> dict[tuple, list[tuple[int, Claim]]]:
    """Claims of one context in reading order, with their character offsets in that context."""
    groups: dict[tuple, list[Claim]] = defaultdict(list)
    for c in claims:
        if not c.table_id:
            groups[(c.doc_id, c.page, c.context)].append(c)
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


def part_whole(claims: list[Claim], out: Outcome) -> None:
    """"…N，其中A a、B b": parts of the same unit cannot exceed the whole; an exact sum verifies the breakdown."""
    cfg = config()["part_whole"]
    for (_, _, ctx), placed in _by_context(claims).items():
        for m in re.finditer(cfg["marker"], ctx):
            sent_start = max(ctx.rfind(p, 0, m.start()) for p in cfg["sentence_breaks"]) + 1
            ends = [e for e in (ctx.find(p, m.end()) for p in cfg["sentence_breaks"]) if e >= 0]
            sent_end = min(ends) if ends else len(ctx)
            before = [c for k, c in placed if sent_start <= k < m.start() and c.kind == "level"]
            if not before and sent_start > 0:  # "…206项。其中，…": the whole ends the previous sentence
                prev_start = max(ctx.rfind(p, 0, sent_start - 1) for p in cfg["sentence_breaks"]) + 1
                before = [c for k, c in placed if prev_start <= k < sent_start and c.kind == "level"]
            if not before:
                continue
            whole = before[-1]
            # The 其中 scope runs clause by clause while each clause states a part in the whole's unit.
            parts, pos = [], m.end()
            for clause in re.split(cfg["clause_breaks"], ctx[m.end():sent_end]):
                inside = [c for k, c in placed if pos <= k < pos + len(clause)]
                pos += len(clause) + 1
                if not clause.strip():
                    continue
                same = [c for c in inside if c.kind == "level" and c.base_unit == whole.base_unit]
                if not same:
                    break
                parts += same
            if not parts:
                continue
            t, s = exact(whole), sum((exact(p) or Decimal(0) for p in parts), Decimal(0))
            tol = half_unit(whole) + sum((half_unit(p) for p in parts), Decimal(0))
            if t is None:
                continue
            _sum_check("part_whole", whole, parts, [1] * len(parts), out,
                       "其中部分超过总数 parts exceed the whole", at_most=True)
            if len(parts) >= 2 and abs(s - t) <= tol:
                out.checks[-1].observed += " (exact breakdown)"


def direction(claims: list[Claim], out: Outcome) -> None:
    """"从X提升至Y" rises, "从X降至Y" falls."""
    cfg = config()["direction"]
    pat = re.compile(cfg["pattern"])
    for (_, _, ctx), placed in _by_context(claims).items():
        for m in pat.finditer(ctx):
            a = [c for k, c in placed if m.start("a") <= k < m.end("a")]
            b = [c for k, c in placed if m.start("b") <= k < m.end("b")]
            if not a or not b or a[0].base_unit != b[0].base_unit:
                continue
            x, y = exact(a[0]), exact(b[0])
            if x is None or y is None:
                continue
            up = m.group("verb") in cfg["up_verbs"] or any(v in m.group("verb") for v in cfg["up_verbs"])
            ok = y > x if up else y < x
            exp = f"{'>' if up else '<'} {fmt(x)}"
            out.checks.append(_check("direction", [a[0], b[0]], exp, fmt(y), "", "pass" if ok else "fail"))
            if not ok:
                out.flags.append(_flag("direction", "error", f"方向不符 «{m.group(0)}»: {fmt(x)} → {fmt(y)}", exp,
                                       fmt(y), [a[0], b[0]]))


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


RULES = (unit_plausibility, table_totals, part_whole, direction, restatement, ocr_doubt)


def validate(claims: list[Claim], catalog: dict | None = None) -> tuple[list[Check], list[Flag]]:
    """All in-document rules over one document's claims."""
    out = Outcome([], [])
    for rule in RULES:
        if rule is unit_plausibility:
            rule(claims, out, catalog)
        else:
            rule(claims, out)
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
