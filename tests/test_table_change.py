"""Changes printed in tables against their levels (pipeline.table_change), and the table reading they need:
a change column split from the text cell beside it, each table's own 单位 caption, the header row nearest
above a cell, prior-year columns dated a year back. Expected figures are computed by hand from BYD pages 2–3
and 高测 page 2 (tune) as printed, e.g. (170,360,448,000 − 124,944,397,000) / 124,944,397,000 = 36.349% → 36.35%."""
from __future__ import annotations

import pytest

from conftest import REAL
from pipeline import layout
from pipeline import validate as V
from pipeline.claims import doc_claims
from pipeline.pages import read_pages
from pipeline.table_change import table_change
from test_validate import C

BYD = REAL / "cn_byd_2025q1_report.pdf"
GAOCE = REAL / "cn_broker_research_gaoce_688556.pdf"


def _claims(pdf, pagenos):
    if not pdf.exists():
        pytest.skip("real PDFs not present")
    pages = read_pages(pdf, "r", pagenos)
    layout.finalize(pages)
    return doc_claims(pages, 2025)


@pytest.fixture(scope="module")
def byd():
    return _claims(BYD, [1, 2, 3])


def _row(claims, page, label):
    return {c.col: c for c in claims if c.page == page and c.table_id and c.subject.startswith(label)}


def test_change_column_is_not_glued_to_the_reason_beside_it(byd):
    # page 3: "应收款项融资 5,736,785,000.00 10,449,966,000.00 -45.10% 主要是票据背书和贴现增加所致"
    row = _row(byd, 3, "应收款项融资")
    assert sorted(c.raw for c in row.values()) == ["-45.10%", "10,449,966,000.00", "5,736,785,000.00"]
    assert row[3].kind == "change" and row[3].direction == "down"


def test_each_table_takes_the_unit_caption_above_it(byd):
    # page 3 has 单位：元 over three tables and 单位：股 over the shareholders' table below them
    assert _row(byd, 3, "存货")[1].base_unit == "CNY"
    assert _row(byd, 3, "营业收入")[1].unit == "元"


def test_second_header_row_heads_the_rows_below_it(byd):
    # page 2: 本报告期 / 上年同期 over the flow rows, 本报告期末 / 上年度末 over 总资产
    rev, assets = _row(byd, 2, "营业收入"), _row(byd, 2, "总资产")
    assert rev[2].subject == "营业收入 上年同期" and rev[2].period == "2024-Q1" and rev[1].period == "2025-Q1"
    assert assets[2].subject == "总资产 上年度末" and assets[2].period == "2024-end"
    assert assets[1].period == "2025-03-end"


def test_byd_changes_reconcile(byd):
    out = V.Outcome([], [])
    table_change(byd, out)
    by_change = {c.claim_ids.split("|")[0]: c for c in out.checks}
    raws = {c.claim_id: c.raw for c in byd}
    got = {raws[k]: chk.outcome for k, chk in by_change.items()}
    # page 2: 7 flow rows + 2 stock rows; page 3: 4 + 10 + 1 rows
    assert len(out.checks) == 24 and set(got.values()) == {"pass"} and not out.flags
    # a rate's change is in points: 4.37% − 3.24% = 1.13
    assert got["1.13%"] == "pass"
    # over a negative base the sign is printed either way: 财务费用 −1,908,346,000 vs −193,961,000 → 883.88%,
    # 信用减值损失 −23,694,000 vs −326,448,000 → −92.74%, 筹资 38,000,266,000 vs −5,183,543,000 → 833.09%
    assert {got[r] for r in ("883.88%", "-92.74%", "833.09%")} == {"pass"}


def _levels_and_change(change_raw, change, cur="170360448000", prev="124944397000", cur_period="2025",
                       prev_period="2024"):
    t = dict(table_id="p2t1", row=1, subject="营业收入 x")
    return [C("170,360,448,000.00", float(cur), cur, "CNY", decimals=2, col=1, period=cur_period, **t),
            C("124,944,397,000.00", float(prev), prev, "CNY", decimals=2, col=2, period=prev_period, **t),
            C(change_raw, change, change, "percent", kind="change", col=3, period=cur_period, **t)]


def test_a_wrong_change_is_flagged_with_its_evidence():
    out = V.Outcome([], [])
    table_change(_levels_and_change("63.35%", 63.35), out)
    assert [c.outcome for c in out.checks] == ["fail"]
    assert out.flags[0].rule == "table_change" and "63.35%" in out.flags[0].message
    assert out.flags[0].expected.startswith("36.349")


def test_swapped_columns_are_read_by_their_periods():
    # the prior year printed first: still (cur − prev) / prev
    cs = _levels_and_change("36.35%", 36.35)
    cs[0].col, cs[1].col = 2, 1
    out = V.Outcome([], [])
    table_change(cs, out)
    assert [c.outcome for c in out.checks] == ["pass"]


def test_columns_whose_periods_do_not_tell_are_left_unchecked():
    out = V.Outcome([], [])
    table_change(_levels_and_change("36.35%", 36.35, cur_period="", prev_period=""), out)
    assert out.checks == []


def _forecast(growth_raw, growth, label="(+/-)YOY(%)"):
    # 高测 page 2: 营业收入(百万元) 746 / 1,567 (2020, 2021), then a YOY row under it
    t = dict(table_id="p2w1")
    return [C("746", 746, "746000000", "CNY", row=1, col=1, period="2020", subject="营业收入", **t),
            C("1,567", 1567, "1567000000", "CNY", row=1, col=2, period="2021", subject="营业收入", **t),
            C("4.5%", 4.5, "4.5", "percent", kind="change", row=2, col=1, period="2020", subject=label, **t),
            C(growth_raw, growth, str(growth), "percent", kind="change", row=2, col=2, period="2021", subject=label,
              **t)]


def test_growth_row_against_the_levels_above():
    # 1567 / 746 − 1 = 110.05%; the printed 110.0% holds within 746 ± 0.5 and 1567 ± 0.5
    out = V.Outcome([], [])
    table_change(_forecast("110.0%", 110.0), out)
    assert [c.outcome for c in out.checks] == ["pass"]  # 2020 has no 2019 beside it: unchecked
    out = V.Outcome([], [])
    table_change(_forecast("101.0%", 101.0), out)
    assert [c.outcome for c in out.checks] == ["fail"]


def test_growth_row_naming_another_row_is_not_read_against_the_row_above():
    # 净利润增长率 under a row of 营业收入 levels: no 净利润 row on the page, so nothing to check
    out = V.Outcome([], [])
    table_change(_forecast("110.0%", 110.0, label="净利润增长率"), out)
    assert out.checks == []


def test_gaoce_forecast_growth_rows_reconcile():
    claims = _claims(GAOCE, [2, 3])
    out = V.Outcome([], [])
    table_change(claims, out)
    # page 2: 营业收入 and 净利润 YOY, 2021–2024 each; page 3: EBIT and 净利润 增长率 2022–2024 each
    assert len(out.checks) >= 14 and {c.outcome for c in out.checks} == {"pass"}


# ---------------------------------------------------------------- statement outline and rows restated across tables
def _checks(claims, rule_fn):
    out = V.Outcome([], [])
    rule_fn(claims, out)
    return out


@pytest.fixture(scope="module")
def byd_statements():
    return _claims(BYD, [1, 2, 3, 5, 6, 7, 8])


def _value_of(claims, page, label_start, col_head):
    """The cell whose row label, as printed (outline number included), starts so, under that column."""
    return next(c for c in claims if c.page == page and c.context.startswith(label_start) and
                c.subject.endswith(col_head))


def test_statement_subjects_name_the_item_without_outline_marks(byd_statements):
    # page 7: "三、营业利润（亏损以“－”号填列）" is the item 营业利润; its number and fill-in note stay in the context
    c = _value_of(byd_statements, 7, "三、营业利润", "本期发生额")
    assert c.subject == "营业利润 本期发生额" and c.raw == "11,020,649,000.00"
    assert _value_of(byd_statements, 7, "1.归属于母公司", "本期发生额").subject == "归属于母公司所有者的净利润 本期发生额"


def test_income_statement_outline_sums(byd_statements):
    from pipeline.statement_tree import statement_tree
    out = _checks(byd_statements, statement_tree)
    assert out.checks and {c.outcome for c in out.checks} == {"pass"}
    ids = {frozenset(c.claim_ids.split("|")) for c in out.checks}
    cs = byd_statements
    # page 7, 本期发生额: 利润总额 11,190,883,000 = 11,020,649,000 + 585,882,000 − 415,648,000
    total = _value_of(cs, 7, "四、利润总额", "本期发生额")
    parts = [_value_of(cs, 7, x, "本期发生额") for x in ("三、营业利润", "加：营业外收入", "减：营业外支出")]
    assert total.raw == "11,190,883,000.00" and frozenset(x.claim_id for x in [total, *parts]) in ids
    # 净利润 9,443,140,000 = 归属于母公司所有者的净利润 9,154,985,000 + 少数股东损益 288,155,000
    net = _value_of(cs, 7, "五、净利润", "本期发生额")
    owners = [_value_of(cs, 7, x, "本期发生额") for x in ("1.归属于母公司", "2.少数股东损益")]
    assert frozenset(x.claim_id for x in [net, *owners]) in ids


def test_outline_sum_that_does_not_hold_is_flagged():
    from pipeline.statement_tree import statement_tree
    t = dict(table_id="p7t1", col=1)
    rows = [("三、营业利润 本期", "11020649000"), ("加：营业外收入 本期", "585882000"),
            ("减：营业外支出 本期", "415648000"), ("四、利润总额 本期", "11190883001")]
    cs = [C(f"{v}.00", float(v), v, "CNY", decimals=2, row=k, subject=s, **t) for k, (s, v) in enumerate(rows)]
    out = _checks(cs, statement_tree)
    assert [c.outcome for c in out.checks] == ["fail"] and out.flags[0].rule == "table_total"


def test_key_figures_restate_the_statements(byd_statements):
    from pipeline.restated_rows import restated_rows
    out = _checks(byd_statements, restated_rows)
    assert out.checks and {c.outcome for c in out.checks} == {"pass"}
    ids = {frozenset(c.claim_ids.split("|")) for c in out.checks}
    cs = byd_statements
    # 营业收入 170,360,448,000.00 on page 2 (本报告期) and page 7 (本期发生额); 归属于上市公司股东的净利润 on page 2
    # is 归属于母公司所有者的净利润 on page 7 (a synonym), 9,154,985,000.00 on both
    pairs = [(_value_of(cs, 2, "营业收入", "本报告期"), _value_of(cs, 7, "其中：营业收入", "本期发生额")),
             (_value_of(cs, 2, "归属于上市公司股东的净利润", "上年同期"), _value_of(cs, 7, "1.归属于母公司", "上期发生额"))]
    for a, b in pairs:
        assert frozenset((a.claim_id, b.claim_id)) in ids


def test_a_miscopied_restated_row_is_flagged():
    from pipeline.restated_rows import restated_rows
    a = [C("170,360,448,000.00", 170360448000.0, "170360448000", "CNY", decimals=2, table_id="p2t1", page=2, row=r,
           col=1, period="2025-Q1", subject=s) for r, s in ((1, "营业收入 本报告期"), (2, "营业成本 本报告期"))]
    b = [C("170,360,484,000.00", 170360484000.0, "170360484000", "CNY", decimals=2, table_id="p7t1", page=7, row=r,
           col=1, period="2025-Q1", subject=s) for r, s in ((1, "其中：营业收入 本期发生额"), (2, "营业总成本 本期发生额"))]
    out = _checks(a + b, restated_rows)
    assert [c.outcome for c in out.checks] == ["fail"] and "170,360,484,000.00" in out.flags[0].message


def test_cash_flow_nets_and_change_in_cash(byd_statements):
    from pipeline.statement_tree import statement_tree
    out = _checks(byd_statements, statement_tree)
    assert {c.outcome for c in out.checks} == {"pass"}
    ids = {frozenset(c.claim_ids.split("|")) for c in out.checks}
    cs = byd_statements
    # page 8, 本期发生额: 198,830,910,000 − 190,249,949,000 = 8,580,961,000
    net = _value_of(cs, 8, "经营活动产生的现金流量净额", "本期发生额")
    ins, outs = (_value_of(cs, 8, x, "本期发生额") for x in ("经营活动现金流入小计", "经营活动现金流出小计"))
    assert net.raw == "8,580,961,000.00" and frozenset(x.claim_id for x in (net, ins, outs)) in ids
    # 8,580,961,000 − 32,739,721,000 + 38,000,266,000 + 120,564,000 (四、汇率变动) = 13,962,070,000
    change = _value_of(cs, 8, "五、现金及现金等价物净增加额", "本期发生额")
    parts = [_value_of(cs, 8, x, "本期发生额") for x in ("经营活动产生的现金流量净额", "投资活动产生的现金流量净额",
                                                  "筹资活动产生的现金流量净额", "四、汇率变动")]
    assert frozenset(x.claim_id for x in (change, *parts)) in ids


def test_balances_in_a_flow_statement_are_stocks(byd_statements):
    # 本期发生额 is 2025-Q1; its 期初 balance stands at 2024-end, its 期末 balance at 2025-03-end
    cs = byd_statements
    assert _value_of(cs, 8, "加：期初现金及现金等价物余额", "本期发生额").period == "2024-end"
    assert _value_of(cs, 8, "六、期末现金及现金等价物余额", "上期发生额").period == "2024-03-end"
    # a column of months from January: 2025年1-3月 is the first quarter
    assert _value_of(cs, 3, "营业收入", "2025 年 1-3 月").period == "2025-Q1"


def test_template_sums_of_an_income_statement(byd_statements):
    from pipeline.statement_tree import statement_tree
    out = _checks(byd_statements, statement_tree)
    ids = {frozenset(c.claim_ids.split("|")): c.outcome for c in out.checks}
    cs = byd_statements
    # page 7, 本期发生额: 营业利润 11,020,649,000 = 170,360,448,000 − 162,850,401,000 + 3,298,167,000 + 696,730,000
    #   + 246,269,000 − 23,694,000 − 709,812,000 + 2,942,000 (the template's items; 投资收益's 其中 rows not added)
    op = _value_of(cs, 7, "三、营业利润", "本期发生额")
    parts = [_value_of(cs, 7, x, "本期发生额") for x in ("一、营业总收入", "二、营业总成本", "加：其他收益", "投资收益",
                                                  "公允价值变动收益", "信用减值损失", "资产减值损失", "资产处置收益")]
    assert ids[frozenset(x.claim_id for x in (op, *parts))] == "pass"
    # page 8 continues page 7: 综合收益总额 9,201,223,000 = 净利润 9,443,140,000 + 其他综合收益 −241,917,000
    total = _value_of(cs, 8, "七、综合收益总额", "本期发生额")
    parts = [_value_of(cs, 7, x, "本期发生额") for x in ("五、净利润", "六、其他综合收益的税后净额")]
    assert ids[frozenset(x.claim_id for x in (total, *parts))] == "pass"


def test_undated_change_column_takes_the_row_current_period(byd):
    # page 3: 资产负债表 科目名称 | 2025/3/31 | 2024/12/31 | 变动率; 损益表 … | 2025年1-3月 | 2024年1-3月 | 变动率
    stock = next(c for c in byd if c.page == 3 and c.raw == "-45.10%")
    flow = next(c for c in byd if c.page == 3 and c.raw == "36.35%")
    assert (stock.kind, stock.period) == ("change", "2025-03-end")
    assert (flow.kind, flow.period) == ("change", "2025-Q1")


def test_change_columns_and_synonym_rows_restate_across_tables(byd_statements):
    # 营业收入's change: 36.35% on page 2 (本报告期比上年同期增减) and page 3 (变动率); 研究及开发费用 on page 3 is the
    # income statement's 研发费用 on page 7 (14,223,006,000.00)
    from pipeline.restated_rows import restated_rows
    out = _checks(byd_statements, restated_rows)
    ids = {frozenset(c.claim_ids.split("|")) for c in out.checks if c.outcome == "pass"}
    cs = byd_statements
    p2 = next(c for c in cs if c.page == 2 and c.raw == "36.35%")
    p3 = next(c for c in cs if c.page == 3 and c.raw == "36.35%")
    rd3 = next(c for c in cs if c.page == 3 and c.raw == "14,223,006,000.00")
    rd7 = next(c for c in cs if c.page == 7 and c.raw == "14,223,006,000.00")
    assert frozenset((p2.claim_id, p3.claim_id)) in ids
    assert frozenset((rd3.claim_id, rd7.claim_id)) in ids
