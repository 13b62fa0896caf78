"""Property tests: a randomly formatted figure parses back to its value; arbitrary text never breaks the parser.

The formatter below has its OWN hand-written factor table: it must not read schemas/units.csv or scales.csv,
otherwise a wrong factor in the data would be checked against itself.
"""
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractors.claims import find_claims

# scale word → factor, written by hand
SCALES = {"": 1, "万": 10**4, "亿": 10**8, "万亿": 10**12, "千万": 10**7, "百万": 10**6}
# unit → (base unit, factor), written by hand
UNITS = {"元": ("CNY", 1), "美元": ("USD", 1), "欧元": ("EUR", 1), "家": ("count", 1), "项": ("count", 1),
         "篇": ("count", 1), "件": ("count", 1), "个": ("count", 1), "名": ("count", 1), "人次": ("person_times", 1),
         "平方米": ("m2", 1), "小时": ("hours", 1)}
PERCENTLIKE = {"%": "percent", "‰": "permille", "个百分点": "pct_point", "倍": "times"}
SUBJECTS = ["全市技术合同成交额", "科创板上市企业", "国家自然科学基金项目", "发明专利授权量", "全市财政科技支出"]
VERBS = ["", "达", "为", "共", "累计", "实现"]
FULLWIDTH = str.maketrans("0123456789.%", "０１２３４５６７８９．％")


def _fmt_int(n: int, commas: bool) -> str:
    return f"{n:,}" if commas else str(n)


@st.composite
def figure(draw):
    whole = draw(st.integers(min_value=1, max_value=99_999_999))
    decimals = draw(st.integers(min_value=0, max_value=3))
    frac = draw(st.integers(min_value=0, max_value=10**decimals - 1)) if decimals else 0
    commas = draw(st.booleans()) and whole >= 1000
    digits = _fmt_int(whole, commas) + (f".{frac:0{decimals}d}" if decimals else "")
    value = Decimal(f"{whole}.{frac:0{decimals}d}") if decimals else Decimal(whole)
    if draw(st.booleans()):
        unit = draw(st.sampled_from(sorted(PERCENTLIKE)))
        scale, base, factor = "", PERCENTLIKE[unit], 1
    else:
        scale = draw(st.sampled_from(sorted(SCALES)))
        unit = draw(st.sampled_from(sorted(UNITS)))
        base, f = UNITS[unit]
        factor = SCALES[scale] * f
    if draw(st.booleans()):
        digits = digits.translate(FULLWIDTH)
    sentence = draw(st.sampled_from(SUBJECTS)) + draw(st.sampled_from(VERBS)) + digits + scale + unit + "。"
    return sentence, value * factor, base


def _canon(d: Decimal) -> Decimal:
    return d.normalize()


@settings(max_examples=300, deadline=500)
@given(figure())
def test_formatted_figure_parses_back(case):
    sentence, expected, base = case
    fs = find_claims(sentence)
    assert len(fs) == 1, (sentence, [(f.raw, f.unit) for f in fs])
    assert fs[0].base_unit == base
    assert _canon(Decimal(fs[0].norm_exact)) == _canon(expected), sentence


@settings(max_examples=300, deadline=500, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.sampled_from(list("0123456789.,，。；:：/%‰—-+()（）年月日第前约超近余多万亿千百十两一二三四五"
                                             "元个项家篇位倍占比增长同比下降分别和至含不达GgA  ")) | st.characters(),
               max_size=200))
def test_parser_never_crashes_on_arbitrary_text(text):
    for f in find_claims(text):
        assert 0 <= f.start <= f.end <= len(text)
        Decimal(f.norm_exact.split("/")[0])  # always an exact decimal (or a fraction's numerator)


@settings(max_examples=100, deadline=2000)
@given(st.text(max_size=2000))
def test_parser_is_fast_on_long_text(text):
    find_claims(text)
