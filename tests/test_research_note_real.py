"""The grammar on a broker research note (高测股份, 德邦研究所): cases from pages 2–4 of
../shared/real/cn_broker_research_gaoce_688556.pdf, expectations written by reading the pages (page 1 is
held out and not used here), plus the publisher's usual forms of forecast figures written by hand."""
from __future__ import annotations

from decimal import Decimal

import pytest

from extractors.claims import find_claims


def _by_value(text: str, **kw) -> dict[Decimal, object]:
    return {Decimal(str(f.value)): f for f in find_claims(text, **kw)}


# sidebar label/value rows of page 2 (股票数据): the unit is in the label's brackets
@pytest.mark.parametrize("text, value, unit, norm, base", [
    ("总股本(百万股)： 227.92", "227.92", "百万股", "227920000", "other:股"),
    ("流通 A 股(百万股)： 167.01", "167.01", "百万股", "167010000", "other:股"),
    ("总市值(百万元)： 18,785.44", "18785.44", "百万元", "18785440000", "CNY"),
    ("总资产(百万元)： 3,508.81", "3508.81", "百万元", "3508810000", "CNY"),
    ("每股净资产(元)： 5.50", "5.5", "元", "5.5", "CNY"),
])
def test_sidebar_label_unit(text, value, unit, norm, base):
    f = _by_value(text)[Decimal(value)]
    assert (f.unit, f.norm_exact, f.base_unit) == (unit, norm, base)


def test_sidebar_label_is_subject():
    f = _by_value("总资产(百万元)： 3,508.81")[Decimal("3508.81")]
    assert f.subject == "总资产"


def test_unit_label_alone_is_no_amount():
    # (百万股) is a unit label: no claim "百 万股"
    assert find_claims("总股本(百万股)：") == []
    assert find_claims("营业收入(百万元)") == []


def test_price_range_both_bounds_take_the_unit():
    fs = _by_value("52 周内股价区间(元)： 21.60-97.40")
    lo, hi = fs[Decimal("21.6")], fs[Decimal("97.4")]
    assert (lo.role, hi.role) == ("low", "high")
    assert lo.base_unit == hi.base_unit == "CNY"
    assert Decimal("52") in fs and fs[Decimal("52")].unit == "周"


# table cells of pages 2–3, with the unit of their row label or section
@pytest.mark.parametrize("cell, hint, value, norm, base", [
    ("1,567", "百万元", "1567", "1567000000", "CNY"),
    ("83.8%", "%", "83.8", "83.8", "percent"),
    ("-33", "百万元", "-33", "-33000000", "CNY"),
    ("82.90", "倍", "82.9", "82.9", "times"),
    ("10,141", "百万元", "10141", "10141000000", "CNY"),
])
def test_table_cells(cell, hint, value, norm, base):
    f = _by_value(cell, unit_hint=hint)[Decimal(value)]
    assert (f.norm_exact, f.base_unit) == (norm, base)


# page 4 (信息披露): rating bands and the analyst's experience
def test_rating_band_signed_bounds():
    fs = find_claims("相对市场表现在-5%~+5%之间波动")
    assert sorted(f.value for f in fs) == [-5.0, 5.0]


def test_rating_band_over():
    f = find_claims("相对强于市场表现20%以上")[0]
    assert (f.value, f.base_unit, f.qualifier) == (20.0, "percent", "over")


def test_experience_years_are_durations():
    fs = find_claims("拥有5年机械研究经验，1年高端装备产业经验")
    assert [(f.value, f.base_unit) for f in fs] == [(5.0, "year"), (1.0, "year")]


def test_six_month_window():
    f = find_claims("以报告发布后的6个月内的市场表现为比较标准")[0]
    assert (f.value, f.base_unit) == (6.0, "month")


# the publisher's forms of forecast figures (hand-written, in the style of the note)
def test_slashed_list_shares_last_unit():
    fs = find_claims("预计公司2023-2025年归母净利润分别为1.20/2.40/3.60亿元，对应PE分别为30/20/10倍。")
    got = [(f.value, f.norm_exact, f.base_unit) for f in fs]
    assert got == [(1.2, "120000000", "CNY"), (2.4, "240000000", "CNY"), (3.6, "360000000", "CNY"),
                   (30.0, "30", "times"), (20.0, "20", "times"), (10.0, "10", "times")]
    assert fs[0].subject and fs[1].subject == fs[0].subject == fs[2].subject


def test_signed_change_after_tongbi():
    fs = find_claims("公司实现营业收入10.50亿元，同比+45.60%；归母净利润1.10亿元，同比-12.30%。")
    ch = [(f.value, f.kind, f.direction) for f in fs if f.base_unit == "percent"]
    assert ch == [(45.6, "change", "up"), (-12.3, "change", "down")]
    assert "营业收入" in fs[1].subject


def test_pct_is_percentage_points():
    f = [f for f in find_claims("毛利率为35.00%，环比提升1.5pct。") if f.value == 1.5][0]
    assert (f.base_unit, f.kind, f.direction) == ("pct_point", "change", "up")


@pytest.mark.parametrize("text, value, unit, base", [
    ("切片产能规划20GW", 20.0, "GW", "other:GW"),
    ("出货2.5亿片", 2.5, "亿片", "count"),
    ("度电成本0.3元/kWh", 0.3, "元/kWh", "CNY"),
])
def test_industry_units(text, value, unit, base):
    f = find_claims(text)[0]
    assert (f.value, f.unit, f.base_unit) == (value, unit, base)


def test_slogans_still_not_claims():
    assert find_claims("按照1+N的布局") == []


def test_year_columns_after_a_unit_label_are_no_amounts():
    # page 3: 现金流量表(百万元) 2021 2022E 2023E 2024E is a table title with its year columns
    assert find_claims("现金流量表(百万元) 2021 2022E 2023E 2024E") == []


# the layout → claims path on the real pages 2–3 (expectations read from the rendered pages)
@pytest.fixture(scope="module")
def note_claims():
    import hashlib
    from pathlib import Path

    from pipeline import layout
    from pipeline.claims import doc_claims
    from pipeline.pages import read_pages

    pdf = Path(__file__).resolve().parents[1].parent / "shared" / "real" / "cn_broker_research_gaoce_688556.pdf"
    if not pdf.exists():
        pytest.skip("real research note not available")
    pages = read_pages(pdf, hashlib.sha256(pdf.read_bytes()).hexdigest(), [2, 3, 4])
    layout.finalize(pages)
    return doc_claims(pages, 2025)


def _values(claims, page):
    return [Decimal(str(c.value)) for c in claims if c.page == page]


def test_forecast_table_rows_are_not_fused(note_claims):
    # page 2, 主要财务数据及预测: 净利润(百万元) 59 173 471 717 933 and 营业收入 746 … 5,752
    got = _values(note_claims, 2)
    for v in ("59", "173", "471", "717", "933", "746", "1567", "5752", "83.8", "0.43"):
        assert Decimal(v) in got, v
    assert not any(v > 100000 for v in got if v == v.to_integral())  # no 20207464-style fused cells


def test_statement_integers_are_figures(note_claims):
    # page 3, 利润表(百万元): 营业费用 63 147 193 209; 现金流量表: 营运资金变动 -220 -382 -195 -283
    got = _values(note_claims, 3)
    for v in ("63", "147", "193", "209", "-220", "-382", "-195", "-283"):
        assert Decimal(v) in got, v
    assert Decimal("2021") not in got  # year columns are no figures


def test_section_title_gives_the_unit(note_claims):
    # page 3: 营业费用 sits under 利润表(百万元): 193 → 193000000 CNY
    c = next(c for c in note_claims if c.page == 3 and c.value == 193.0)
    assert (c.norm_exact, c.base_unit) == ("193000000", "CNY")


def test_signed_slashed_changes_and_yoy():
    fs = find_claims("毛利率30.00%/净利率10.00%，分别同比+1.20/+3.40pct；净利润1.00亿元（YoY+20.00%）")
    got = {f.value: (f.base_unit, f.kind) for f in fs}
    assert got[1.2] == ("pct_point", "change") and got[3.4] == ("pct_point", "change")
    assert got[20.0] == ("percent", "change")


def test_wire_diameter_units():
    fs = find_claims("金刚线线径降至36μm，硅片厚度150微米")
    assert [(f.value, f.base_unit) for f in fs] == [(36.0, "other:um"), (150.0, "other:um")]


def test_kerned_digits_stay_one_number(note_claims):
    # page 3: 每股股利 0.11 0.11 0.11 0.11 (the two 1s overlap in their loose boxes); EV/EBITDA … 11.46
    got = _values(note_claims, 3)
    assert got.count(Decimal("0.11")) == 4
    assert Decimal("11.46") in got and Decimal("1.46") not in got


def test_side_by_side_tables_keep_their_own_units(note_claims):
    # page 3: 价值评估(倍) heads P/E on the left, 营业费用 63 147 193 209 on the right is in 利润表(百万元)
    pe = next(c for c in note_claims if c.page == 3 and c.value == 82.9)
    assert pe.base_unit == "times"
    fee = next(c for c in note_claims if c.page == 3 and c.value == 209.0)
    assert (fee.norm_exact, fee.base_unit) == ("209000000", "CNY")


def test_a_statement_stacked_under_another_is_its_own_table(note_claims):
    # page 3, right column: 利润表(百万元) (营业总收入 1,567) and, under its own header row, 资产负债表(百万元)
    # (流动资产合计 2,424; 负债和所有者权益合计 3,235): the balance sheet's totals do not sum 利润表 rows
    income = next(c for c in note_claims if c.page == 3 and c.raw == "1,567")
    assets = next(c for c in note_claims if c.page == 3 and c.raw == "2,424")
    assert income.table_id != assets.table_id


def test_an_abridged_statement_is_not_flagged(note_claims):
    # the note's summary balance sheet prints 非流动资产合计 811 under 0 + 370 + 169 + 42 = 581 (rows left out)
    from pipeline import validate

    checks, flags = validate.validate(note_claims)
    assert not [f for f in flags if f.rule == "table_total"]
    assert any(k.rule == "table_total" and k.outcome == "pass" for k in checks)


def test_balance_sheet_year_columns_are_year_ends(note_claims):
    # page 3: 资产负债表(百万元) 资产总计 2021: 3,235 is the balance at the end of 2021; 利润表 营业总收入 2021:
    # 1,567 is the year's flow
    assets = next(c for c in note_claims if c.page == 3 and c.raw == "3,235" and "资产总计" in c.subject)
    income = next(c for c in note_claims if c.page == 3 and c.raw == "1,567")
    assert (assets.period, income.period) == ("2021-end", "2021")


def test_prose_either_side_of_an_open_sided_ruled_table_is_kept(note_claims):
    # page 4, 投资评级说明: the ruled grid (类别, 评级) has no right border; the 说明 column beside it and the
    # notes left of it share baselines with the grid's rows and were dropped as lines across the table
    got = _values(note_claims, 4)
    for v in ("20", "5", "-5", "10", "-10", "6"):
        assert Decimal(v) in got, v


def test_spaced_year_dates_the_award_rank(note_claims):
    # page 4: 所在团队曾获机械行业 2019 年新财富第三名 (the text layer sets spaces around the digits)
    c = next(c for c in note_claims if c.page == 4 and c.raw == "三名")
    assert c.period == "2019" and "年" not in c.subject[:1]


# the publisher's usual forms of forecast sentences (hand-written in the note's style, not from page 1)
def test_year_span_dates_each_value_of_a_list():
    fs = find_claims("预计公司2022-2024年归母净利润分别为4.71、7.17、9.33亿元，对应PE分别为30、20、15倍。")
    assert [(f.value, f.period) for f in fs] == [(4.71, "2022"), (7.17, "2023"), (9.33, "2024"),
                                                 (30.0, "2022"), (20.0, "2023"), (15.0, "2024")]
    assert [f.unit for f in fs[:3]] == ["亿元"] * 3
    assert {f.subject for f in fs[3:]} == {"PE"}  # the list names its own metric
    assert all("2022" not in f.subject for f in fs)


@pytest.mark.parametrize("text, period", [
    ("22H1公司实现营收15.2亿元", "2022-H1"),
    ("公司2022年上半年实现营业收入15.2亿元", "2022-H1"),
    ("2025年第一季度营业收入1703.6亿元", "2025-Q1"),
    ("2022Q2单季度营收8.1亿元", "2022-Q2"),
    ("2021年公司营收15.67亿元", "2021"),
])
def test_part_of_a_year(text, period):
    (f,) = find_claims(text)
    assert f.period == period


def test_list_item_after_he_takes_the_list_subject():
    fs = find_claims("营收分别为36.84亿元、50.56亿元和57.52亿元")
    assert [f.subject for f in fs] == ["营收"] * 3


def test_respectively_counted_thing_after_the_list():
    fs = find_claims("分别新增12、15、18家企业")
    assert len({f.subject for f in fs}) == 1 and "企业" in fs[0].subject


# BYD 2025Q1 report page 4 (tune gold R07), sentences as the text layer gives them (spaces around figures)
def test_shares_named_after_the_last_of_a_list():
    fs = find_claims("吕向阳先生及其配偶张长虹女士分别持有融捷投资控股集团有限公司 89.5%和 10.5%的股权；")
    assert [(f.value, f.kind) for f in fs] == [(89.5, "share"), (10.5, "share")]


def test_percentage_band_naming_a_class_is_a_threshold():
    (f, *_) = find_claims("持股 5%以上股东、前 10 名股东及前 10 名无限售流通股股东参与转融通业务出借股份情况")
    assert (f.value, f.kind) == (5.0, "threshold")


def test_range_of_percentages_with_a_plain_dash():
    # a minus right after a figure joins a range; it is not the sign of the next figure
    fs = find_claims("预计 2022H1 实现归母净利润 2.2-2.4 亿元，同比增长 263%-297%。")
    assert [(f.value, f.role, f.kind) for f in fs[2:]] == [(263.0, "low", "change"), (297.0, "high", "change")]
    assert fs[0].unit == fs[1].unit == "亿元" and fs[0].period == "2022-H1"


def test_slashed_forecast_list_dated_by_year_span():
    fs = find_claims("我们预计公司 2022-2024 年归母净利润分别为 4.71/7.17/9.33 亿元，对应 PE 分别为 30/20/15 倍")
    assert [f.period for f in fs] == ["2022", "2023", "2024"] * 2


@pytest.mark.parametrize("text, want", [
    ("毛利率/净利率分别为 35.3%/12.0%", [("毛利率", "share"), ("净利率", "share")]),
    ("营收、归母净利润分别同比增长 72.9%、193.4%", [("营收", "change"), ("归母净利润", "change")]),
    ("全市专利授权量和发明专利授权量分别为13.55万件和5.28万件", [("全市专利授权量", "level"), ("发明专利授权量", "level")]),
])
def test_names_listed_before_fenbie_each_take_their_value(text, want):
    assert [(f.subject, f.kind) for f in find_claims(text)] == want


def test_signed_percentage_in_brackets_is_the_level_change():
    fs = find_claims("归母净利润 4.71 亿元（+172.8%），营收 15.2 亿元（-12.3%），扣非归母净利润 4.5 亿元（YoY+180%）")
    got = [(f.value, f.kind, f.direction, f.subject) for f in fs if f.base_unit == "percent"]
    assert got == [(172.8, "change", "up", "归母净利润"), (-12.3, "change", "down", "营收"),
                   (180.0, "change", "up", "扣非归母净利润")]
    # an unsigned percentage restating a fraction (占到全国1/3以上(34.22%)) is not a change
    assert find_claims("占到全国1/3以上(34.22%)")[1].kind == "share"


def test_months_from_january_are_a_half_or_a_quarter():
    assert find_claims("2022 年 1-6 月公司实现营收 15.2 亿元")[0].period == "2022-H1"
    assert find_claims("2025年1-3月营业收入1703.6亿元")[0].period == "2025-Q1"


def test_last_listed_name_carries_the_shared_head_noun():
    fs = find_claims("集成电路、生物医药、人工智能产业规模分别为3900亿元、9800亿元、4500亿元")
    assert [f.subject for f in fs] == ["集成电路产业规模", "生物医药产业规模", "人工智能产业规模"]
