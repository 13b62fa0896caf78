"""Direction: "从X提升至Y" and its kin must move the way their verb says.
"""
from __future__ import annotations

import re

from pipeline.checks import _AMOUNT, _check, config, exact, _flag, fmt, half_unit, Outcome, _sum_check
from pipeline.passages import _passages, Passage
from schemas.records import Claim


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
        _increment(psg, out)


def _increment(p: Passage, out: Outcome) -> None:
    """"终端182.6万个，比上年的163.6万个增加19.0万个": this year's figure is last year's printed one moved by the
    printed difference (Y = X ± Z within the three half-units)."""
    cfg = config()["direction"]
    for n, (k, x) in enumerate(p.placed):
        s0 = p.sentence(k)[0]
        if not re.search(cfg["increment_prior"], p.text[s0:k]) or n + 1 >= len(p.placed):
            continue
        k2, z = p.placed[n + 1]
        verb = re.match(cfg["increment_verb"], p.text[k + len(x.raw):k2])
        if verb is None or z.base_unit != x.base_unit:
            continue
        # this year's figure: the amount right before 比, in the same base unit (…182.6万个，比上年的…)
        lead = p.text[s0:k]
        ys = [c for c in p.within(s0, k) if c.kind in _AMOUNT and c.base_unit == x.base_unit]
        if not ys or not re.fullmatch(r"\s*[，,]?\s*" + cfg["increment_prior"].rstrip("$") + r"\s*",
                                      lead[p.end(ys[-1]) - s0:]):
            continue
        if any(exact(c) is None for c in (ys[-1], x, z)):
            continue
        sign = -1 if re.fullmatch(cfg["increment_down"], verb.group("verb")) else 1
        _sum_check("direction", ys[-1], [x, z], [1, sign], out,
                   "增减量与前后两年数值不符 this year's figure is not last year's moved by the stated difference")


def _step_unit(step: Claim, level: Claim) -> bool:
    """A step is in the levels' own unit, or in percentage points between percentages."""
    return step.base_unit == level.base_unit or (step.base_unit == "pct_point" and level.base_unit == "percent")
