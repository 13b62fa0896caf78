"""Bounds and remainders on the report's own sentences (tune spans; transcription lines named), worked out by hand.

- A figure stated as a bound stands for a range: N余 / N多 less than one unit of its last significant digit more
  (1200余家: 1200–1300; 14.2万余小时: 14.2万–14.3万), 超N less than one unit of its leading digit more (超600家:
  600–700; 超60家: 60–70). A part beyond even that is an inconsistency, not a matter of rounding.
- Line 2444: the 80 trainees come 40% from Shanghai universities, 46% from the other (除上海外其他) domestic ones and
  14% from abroad: naming the rest of the group, the list covers it, 40 + 46 + 14 = 100.
"""
from decimal import Decimal

import pytest

from pipeline import validate as V
from pipeline.checks import bound_reach
from test_validate import C, run
from test_validate_coverage import L1074, claims_in, summary


@pytest.mark.parametrize("raw,value,norm,reach", [
    ("1200余家", 1200, 1200, 1300), ("150余家", 150, 150, 160), ("14.2万余小时", 14.2, 142000, 143000),
    ("10余篇", 10, 10, 20), ("600家", 600, 600, 700), ("60家", 60, 60, 70), ("5000万元", 5000, 50000000, 60000000),
])
def test_the_most_a_bound_stands_for(raw, value, norm, reach):
    c = C(raw, value, norm, "count")
    assert bound_reach(c) == Decimal(reach)


def area(whole: int) -> list:
    return claims_in(L1074.format(whole),
                     [("150余家", 150, "count", "家", "over"), (f"{whole}家", whole, "count", "家", "over")])


def test_a_part_beyond_the_reach_of_a_bound_whole_is_flagged():
    # line 1074: 150余家 park firms among the district's 超600家 holds; 超60家 cannot hold 150 (60 < whole < 70)
    assert summary(run(V.part_whole, area(600))) == [("part_whole", "pass", ["600家", "150余家"])]
    out = run(V.part_whole, area(60))
    assert summary(out) == [("part_whole", "fail", ["60家", "150余家"])]
    assert [(f.rule, f.severity) for f in out.flags] == [("part_whole", "warning")]


def test_a_part_within_the_reach_of_a_bound_whole_is_not_comparable():
    # 超140家 may stand for up to 240: 150余家 within it is possible, so not comparable rather than flagged
    out = run(V.part_whole, area(140))
    assert summary(out) == [("part_whole", "not_comparable", ["140家", "150余家"])] and out.flags == []


L2444 = ("训练营汇聚80名海内外大学生创业青年,其中{}来自上海高校、46%来自除上海外其他国内高校、14%来自国外高校;"
         "参营青年与不同国家和文化的创业者交流")


def trainees(first: str, value, ctx: str = L2444) -> list:
    cl = claims_in(ctx.format(first), [("80名", 80, "count", "名"), (first, value, "percent", "%"),
                                       ("46%", 46, "percent", "%"), ("14%", 14, "percent", "%")])
    for c in cl:
        c.kind = "share" if c.base_unit == "percent" else "level"
    cl[1].decimals = len(first.split(".")[1].rstrip("%")) if "." in first else 0
    return cl


def test_shares_naming_the_rest_of_a_group_cover_it():
    out = run(V.list_total, trainees("40%", 40))
    assert summary(out) == [("list_total", "pass", ["40%", "46%", "14%"])] and "exact" in out.checks[0].observed
    out = run(V.list_total, trainees("4.0%", 4.0))  # 4.0 + 46 + 14 = 64: the rest named, yet short of the whole
    assert summary(out) == [("list_total", "fail", ["4.0%", "46%", "14%"])]
    assert [(f.rule, f.severity) for f in out.flags] == [("list_total", "warning")]


def test_shares_without_the_rest_may_fall_short():
    # the same list naming two groups only (上海高校, 北京高校): nothing says they are all, 40 + 46 ≤ 100 holds
    ctx = "训练营汇聚80名海内外大学生创业青年,其中{}来自上海高校、46%来自北京高校;参营青年与不同国家和文化的创业者交流"
    cl = trainees("40%", 40, ctx)[:3]
    out = run(V.list_total, cl)
    assert summary(out) == [("list_total", "pass", ["40%", "46%"])] and out.flags == []
