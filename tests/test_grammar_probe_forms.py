"""Figure forms found misread on the hand-written claims probes (fixtures/probes/claims-k*.md; written by helpers
with the claims known by construction, scored by `python -m bench.probes --claims` before any change for them).
Each case is a sentence in the report's style and what a reader takes from it (GUIDE §3)."""
import pytest

from extractors.claims import find_claims

CASES = [
    # (text, [(raw, unit, kind, qualifier, direction), …])
    ("单个项目不超过3000万元", [("3000万元", "万元", "threshold", "under", "")]),
    ("每年不超过500万元的运营资助", [("500万元", "万元", "threshold", "under", "")]),
    ("天使投资阶段占比不低于40%", [("40%", "%", "threshold", "over", "")]),
    ("每年支持不少于300名青年科技人才", [("300名", "名", "threshold", "over", "")]),
    ("平均办理时长由15个工作日压缩至7个工作日",
     [("15个工作日", "个工作日", "level", "", "down"), ("7个工作日", "个工作日", "level", "", "down")]),
    ("加权平均利率从上年的3.82%降至3.41%", [("3.82%", "%", "share", "", "down"), ("3.41%", "%", "share", "", "down")]),
    ("分别比上年提高0.15和0.3个百分点",
     [("0.15", "个百分点", "change", "", "up"), ("0.3个百分点", "个百分点", "change", "", "up")]),
    ("按照“一人一策”给予5000万元至1亿元的综合支持",
     [("5000万元", "万元", "threshold", "", ""), ("1亿元", "亿元", "threshold", "", "")]),
]


@pytest.mark.parametrize("text,want", CASES, ids=[c[0][:12] for c in CASES])
def test_probe_forms(text, want):
    assert [(c.raw, c.unit, c.kind, c.qualifier, c.direction) for c in find_claims(text)] == want


@pytest.mark.parametrize("text,raw,qualifier", [
    ("数量和投资额均约占全国的1/4", "1/4", "approx"),
    ("约占全市规模以上工业总产值的三分之一", "三分之一", "approx"),
    ("新型储能装机规模约为上年的2.3倍", "2.3倍", "approx"),
    ("35岁以下青年科研人员约占四成", "四成", "approx"),
    ("签约占全部项目的30%", "30%", ""),  # 签约 is no 约
])
def test_qualifier_on_the_verb(text, raw, qualifier):
    (c,) = [c for c in find_claims(text) if c.raw == raw]
    assert c.qualifier == qualifier


def test_a_condition_a_policy_sets_is_a_threshold():
    (c,) = find_claims("申请时入孵企业数量需达到30家以上")
    assert (c.kind, c.qualifier) == ("threshold", "over")


def test_a_headings_section_number_is_no_claim():
    assert find_claims("4.1 人工智能：打造上海高地", heading=True) == []
    assert find_claims("4.2 量子、脑机接口与6G：布局颠覆性技术", heading=True) == []
    assert [c.raw for c in find_claims("2.5 万人次参加")] == ["2.5 万人次"]  # not a heading: a figure
