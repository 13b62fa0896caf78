"""First grammar: cases taken from the report's own sentences (values read from the source)."""
import pytest

from extractors.claims import find_claims
from extractors.units import normalize


@pytest.mark.parametrize("number,unit,base,exact", [
    ("6496.79", "亿元", "CNY", "649679000000"),
    ("16.4", "亿元", "CNY", "1640000000"),  # not 1639999999.99
    ("391271.71", "万元", "CNY", "3912717100"),
    ("39.13", "亿元", "CNY", "3913000000"),
    ("13.55", "万件", "count", "135500"),
    ("24.9", "%", "percent", "24.9"),
    ("1.02", "万亿元", "CNY", "1020000000000"),
    ("170,360,448,000.00", "元", "CNY", "170360448000"),
    ("337.61", "亿美元", "USD", "33761000000"),
    ("2", "个百分点", "pct_point", "2"),
    ("1.1", "倍", "times", "1.1"),
    ("35000", "m²", "m2", "35000"),
    ("3", "THz", "other:THz", "3"),
])
def test_normalize_exact(number, unit, base, exact):
    n = normalize(number, unit)
    assert (n.base_unit, n.norm_exact) == (base, exact)


def test_headline_sentence():
    fs = find_claims("全市技术合同成交额6496.79亿元，同比增长24.9%。")
    assert [(f.raw, f.kind, f.direction) for f in fs] == [("6496.79亿元", "level", ""), ("24.9%", "change", "up")]
    assert fs[0].subject == "全市技术合同成交额" and fs[0].decimals == 2


@pytest.mark.parametrize("text", ["2025年是圆满完成“十四五”规划的收官之年", "G60科创走廊", "2025年9月", "1.1 国家实验室高质量建设运行"])
def test_non_claims(text):
    assert find_claims(text) == []


def test_qualifier_and_rank():
    fs = find_claims("组建7个全国创新联盟，参与单位超150家")
    assert [(f.raw, f.qualifier) for f in fs] == [("7个", ""), ("150家", "over")]
    (r,) = find_claims("上海-苏州创新集群居全球第6位")
    assert (r.kind, r.value, r.base_unit) == ("rank", 6.0, "rank")
