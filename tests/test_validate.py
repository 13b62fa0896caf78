"""Validator rules on claims written by hand from the report's sentences and the BYD balance sheet."""
from decimal import Decimal

import pytest

from pipeline import validate as V
from pipeline.restatement import restatement
from schemas.records import Claim


def C(raw, value, norm, base, *, kind="level", decimals=None, context="", subject="", table_id="", row=-1, col=-1,
      metric_id="", page=1, direction="", period="", source="text", confidence=100.0, edition=2025, doc="d"):
    if decimals is None:
        decimals = len(str(value).split(".")[1]) if "." in str(value) else 0
    return Claim(claim_id=f"{doc}-{raw}-{row}-{col}-{page}-{context[:6]}", doc_id=doc, edition=edition, page=page,
                 x0=0, top=0, x1=1, bottom=1, section="", context=context, subject=subject, raw=raw, value=value,
                 unit="", norm_value=float(norm), norm_exact=str(norm), decimals=decimals, base_unit=base, kind=kind,
                 direction=direction, period=period, metric_id=metric_id, source=source, confidence=confidence,
                 table_id=table_id, row=row, col=col)


# NSFC table, rows 1–17 and 总计, read from the transcription (lines 676–693)
NSFC = [("面上项目", 2467, "121325.00"), ("重点项目", 111, "24586.00"), ("重大项目-课题申请", 29, "10346.65"),
        ("重大研究计划", 58, "11244.91"), ("外国学者研究基金项目", 45, "3524.00"), ("青年科学基金项目", 2070, "62100.00"),
        ("优秀青年科学基金项目", 100, "20000.00"), ("国家杰出青年科学基金", 56, "25240.00"),
        ("创新研究群体项目", 15, "14800.00"), ("基础科学中心项目", 4, "24000.00"), ("联合基金项目", 117, "30976.00"),
        ("国家重大科研仪器研制项目-部门推荐", 1, "8104.00"), ("国家重大科研仪器研制项目-自由申请", 4, "3015.25"),
        ("国际(地区)合作与交流项目", 113, "11736.70"), ("数学天元基金项目", 12, "465.00"), ("专项项目", 264, "16489.20"),
        ("面向全球的科学研究基金项目", 18, "3319.00"), ("总计", 5484, "391271.71")]


def nsfc_claims(mutate=None):
    out = []
    for r, (label, n, amount) in enumerate(NSFC, start=1):
        if mutate and mutate[0] == r:
            n = mutate[1]
        out.append(C(str(n), n, n, "count", subject=f"{label} 立项数", table_id="t1", row=r, col=1))
        wan = Decimal(amount)
        out.append(C(amount, float(wan), wan * 10000, "CNY", decimals=2, subject=f"{label} 资助额", table_id="t1",
                     row=r, col=2))
    return out


def run(rule, claims):
    out = V.Outcome([], [])
    rule(claims, out)
    return out


def test_nsfc_totals_verified_in_both_columns():
    out = run(V.table_totals, nsfc_claims())
    assert [(k.outcome, len(k.claim_ids.split("|"))) for k in out.checks] == [("pass", 18), ("pass", 18)]
    assert out.flags == []


def test_nsfc_row_mutation_flags_the_total():
    out = run(V.table_totals, nsfc_claims(mutate=(6, 2170)))  # 青年科学基金项目 2070 → 2170
    assert [k.outcome for k in out.checks] == ["fail", "pass"]
    assert out.flags[0].rule == "table_total" and out.flags[0].severity == "error"
    assert out.flags[0].observed == "5584"


# BYD 2025Q1 balance sheet, 期末余额 column, read from the PDF (pages 5–6), in 元
BYD = [("流动资产合计", "409994229000"), ("非流动资产合计", "430532916000"), ("资产总计", "840527145000"),
       ("流动负债合计", "505797075000"), ("非流动负债合计", "88568505000"), ("负债合计", "594365580000"),
       ("归属于母公司所有者权益合计", "233361322000"), ("少数股东权益", "12800243000"),
       ("所有者权益合计", "246161565000"), ("负债和所有者权益总计", "840527145000")]


def test_balance_sheet_identities_verified():
    cl = [C(f"{Decimal(v):,}.00", float(v), v, "CNY", decimals=2, subject=f"{lab} 期末余额", table_id="bs",
            row=i, col=1) for i, (lab, v) in enumerate(BYD)]
    out = run(V.table_totals, cl)
    got = [(k.claim_ids.split("|")[0].split("-")[2], len(k.claim_ids.split("|")), k.outcome) for k in out.checks]
    # 资产总计 = 流动 + 非流动; 负债合计 = 流动负债合计 + 非流动负债合计; 所有者权益合计 = 归属 + 少数;
    # 负债和所有者权益总计 = 负债合计 + 所有者权益合计 (rows 2, 5, 8, 9); and the identity 资产总计 (row 2) =
    # 负债和所有者权益总计 (row 9)
    assert got == [("2", 3, "pass"), ("5", 3, "pass"), ("8", 3, "pass"), ("9", 3, "pass"), ("2", 2, "pass")]
    cl[9].norm_exact = "840527146000"  # 负债和所有者权益总计 off by 1000 元: both its sum and the identity fail
    out = run(V.table_totals, cl)
    assert [k.outcome for k in out.checks] == ["pass", "pass", "pass", "fail", "fail"]


def test_part_whole_awards():
    # 2024年度上海市科学技术奖授奖206项（人）。其中，科技功臣奖2人，青年科技杰出贡献奖10人，自然科学奖56项，
    # 技术发明奖30项，科技进步奖97项，科学技术普及奖8项，国际科技合作奖3人 (line 2978)
    ctx = ("2024年度上海市科学技术奖授奖206项（人）。其中，科技功臣奖2人，青年科技杰出贡献奖10人，自然科学奖56项，"
           "技术发明奖30项，科技进步奖97项，科学技术普及奖8项，国际科技合作奖3人")
    raws = ["206项", "2人", "10人", "56项", "30项", "97项", "8项", "3人"]
    cl = [C(r, int(r[:-1]), int(r[:-1]), "count", context=ctx) for r in raws]
    out = run(V.part_whole, cl)
    assert len(out.checks) == 1 and out.checks[0].outcome == "pass" and "exact breakdown" in out.checks[0].observed
    bad = ctx.replace("科技功臣奖2人", "科技功臣奖200人")
    raws[1] = "200人"
    out = run(V.part_whole, [C(r, int(r[:-1]), int(r[:-1]), "count", context=bad) for r in raws])
    assert out.flags and out.flags[0].rule == "part_whole"


def test_part_whole_scope_stops_at_another_unit():
    # line 2044: 征集企业需求1270项,其中长三角需求1093项,撬动企业意向投资44.47亿元,征集解决方案598个
    ctx = "征集企业需求1270项,其中长三角需求1093项,撬动企业意向投资44.47亿元,征集解决方案598个"
    cl = [C("1270项", 1270, 1270, "count", context=ctx), C("1093项", 1093, 1093, "count", context=ctx),
          C("44.47亿元", 44.47, "4447000000", "CNY", context=ctx), C("598个", 598, 598, "count", context=ctx)]
    out = run(V.part_whole, cl)
    assert [(k.outcome, len(k.claim_ids.split("|"))) for k in out.checks] == [("pass", 2)]


def test_direction_from_to():
    ctx = "合作企业从2021年的2家拓展至22家"  # line 817
    out = run(V.direction, [C("2家", 2, 2, "count", context=ctx), C("22家", 22, 22, "count", context=ctx)])
    assert [k.outcome for k in out.checks] == ["pass"]
    ctx2 = "合作企业从2021年的2家拓展至1家"
    out = run(V.direction, [C("2家", 2, 2, "count", context=ctx2), C("1家", 1, 1, "count", context=ctx2)])
    assert [k.outcome for k in out.checks] == ["fail"] and out.flags[0].rule == "direction"


def test_restatement_across_units_within_rounding():
    a = C("391271.71", 391271.71, "3912717100", "CNY", decimals=2, metric_id="nsfc_funding", page=20,
          subject="获批自然科学基金项目经费")
    b = C("39.13亿元", 39.13, "3913000000", "CNY", decimals=2, metric_id="nsfc_funding", page=66,
          subject="获国家自然科学基金项目经费")
    out = run(restatement, [a, b])
    assert [k.outcome for k in out.checks] == ["pass"]  # 39.1271亿 rounds to 39.13
    c = C("39.31亿元", 39.31, "3931000000", "CNY", decimals=2, metric_id="nsfc_funding", page=66,
          subject="获国家自然科学基金项目经费")
    # the same metric for another population (新建 vs 已建) is not a restatement
    d = C("6家", 6, 6, "count", metric_id="incubators", page=7, subject="新建高质量孵化器")
    e = C("12家", 12, 12, "count", metric_id="incubators", page=46, subject="已建孵化器在孵企业")
    assert run(restatement, [d, e]).checks == []
    out = run(restatement, [a, c])
    assert [k.outcome for k in out.checks] == ["fail"] and out.flags[0].rule == "restatement"


def test_tolerance_from_printed_decimals():
    assert V.half_unit(C("6496.79亿元", 6496.79, "649679000000", "CNY")) == Decimal("500000")
    assert V.half_unit(C("24.9%", 24.9, "24.9", "percent")) == Decimal("0.05")


def test_unit_plausibility():
    out = V.Outcome([], [])
    V.unit_plausibility([C("130%", 130, 130, "percent", kind="share"), C("2.5家", 2.5, "2.5", "count", decimals=1),
                         C("180篇", 180, 180, "count", metric_id="cns_papers")], out,
                        {"cns_papers": {"base_unit": "count"}})
    assert [k.outcome for k in out.checks] == ["fail", "pass", "pass"]
    V.unit_plausibility([C("180亿元", 180, "18000000000", "CNY", metric_id="cns_papers")], out,
                        {"cns_papers": {"base_unit": "count"}})
    assert out.checks[-1].outcome == "fail"


@pytest.mark.parametrize("prev,stated,basis,outcome", [
    ("5201.59", 24.9, "同比增长", "pass"),      # the 2024 fixture's value, consistent
    ("5401.59", 24.9, "同比增长", "fail"),
    ("640.0", 5.5, "比上年执行数增长", "not_comparable"),
])
def test_growth_across_editions(prev, stated, basis, outcome):
    ctx = f"全市技术合同成交额6496.79亿元，{basis}{stated}%"
    old = C(f"{prev}亿元", float(prev), str(Decimal(prev) * 100000000), "CNY", metric_id="m", edition=2024,
            doc="d24", context="x")
    lvl = C("6496.79亿元", 6496.79, "649679000000", "CNY", metric_id="m", context=ctx)
    ch = C(f"{stated}%", stated, stated, "percent", kind="change", direction="up", context=ctx, metric_id="m")
    checks, flags = V.growth_across_editions([old], [lvl, ch])
    assert [k.outcome for k in checks] == [outcome]
    assert bool(flags) == (outcome == "fail")


def test_times_growth_is_plus_n_hundred_percent():
    ctx = "规模达21亿元，增长1.1倍"
    old = C("10亿元", 10, "1000000000", "CNY", metric_id="m", edition=2024, doc="d24")
    lvl = C("21亿元", 21, "2100000000", "CNY", metric_id="m", context=ctx)
    ch = C("1.1倍", 1.1, "1.1", "times", kind="change", direction="up", context=ctx, metric_id="m")
    checks, _ = V.growth_across_editions([old], [lvl, ch])
    assert [k.outcome for k in checks] == ["pass"]  # 10 → 21 is +110%


def test_ocr_doubt():
    out = run(V.ocr_doubt, [C("5484", 5484, 5484, "count", source="ocr", confidence=41.0),
                            C("2467", 2467, 2467, "count", source="ocr", confidence=96.0)])
    assert [k.outcome for k in out.checks] == ["fail", "pass"] and out.flags[0].severity == "info"


def test_cash_flow_net_row_is_not_an_item_of_the_next_subtotal():
    # BYD 2025Q1 cash flow statement (page 8), 本期发生额, in 元: the 投资活动 inflow rows after
    # 经营活动产生的现金流量净额 sum to 投资活动现金流入小计 (34,650,000 + 300,287,000 + 324,254,000 + 2,000,000
    # + 10,089,505,000 = 10,750,696,000)
    rows = [("经营活动现金流出小计", "190249949000"), ("经营活动产生的现金流量净额", "8580961000"),
            ("收回投资收到的现金", "34650000"), ("取得投资收益收到的现金", "300287000"),
            ("处置固定资产、无形资产和其他长期资产收回的现金净额", "324254000"),
            ("处置子公司及其他营业单位收到的现金净额", "2000000"), ("收到其他与投资活动有关的现金", "10089505000"),
            ("投资活动现金流入小计", "10750696000")]
    cl = [C(f"{Decimal(v):,}.00", float(v), v, "CNY", decimals=2, subject=f"{lab} 本期发生额", table_id="cf",
            row=i, col=1) for i, (lab, v) in enumerate(rows)]
    out = run(V.table_totals, cl)
    assert [(k.outcome, len(k.claim_ids.split("|"))) for k in out.checks] == [("pass", 6)]


def test_a_table_column_without_units_is_one_flag():
    """BYD's shareholder table prints share counts with no unit in its header: one flag per column, each cell checked."""
    cells = [C(raw, float(raw.replace(",", "")), raw.replace(",", ""), "", table_id="p4t1", row=r, col=3)
             for r, raw in enumerate(["155,149,602", "125,417,624", "18,299,740"], start=1)]
    lone = C("5.8", 5.8, "5.8", "", context="分别为同比的1.7倍和5.8")
    checks, flags = V.validate(cells + [lone])
    unit = [f for f in flags if f.rule == "unit_plausibility"]
    assert len([c for c in checks if c.rule == "unit_plausibility" and c.outcome == "fail"]) == 4
    assert len(unit) == 2
    column = next(f for f in unit if "p4t1" in f.message)
    assert column.claim_ids.count("|") == 2 and "3 cells" in column.message


def _row_cells(rows, tid="t9", cols=(1,)):
    """rows: (label, value per column); values in 元 with two decimals as BYD prints them."""
    out = []
    for r, (label, *vals) in enumerate(rows, start=1):
        for col, v in zip(cols, vals):
            out.append(C(f"{v:,.2f}", v, Decimal(str(v)).quantize(Decimal("0.01")), "CNY", decimals=2,
                         subject=f"{label} 本期", table_id=tid, row=r, col=col))
    return out


def test_parallel_rows_after_jian_are_subtracted_too():
    """BYD 2025Q1 p.2, 非经常性损益 (read from the PDF): 减：所得税影响额 177,664,000.00 and the row under it,
    少数股东权益影响额 28,699,000.00, are both subtracted: 1,189,721,000 − 177,664,000 − 28,699,000 = 983,358,000."""
    rows = [("非流动性资产处置损益", -247483000.0), ("计入当期损益的政府补助", 450821000.0),
            ("公允价值变动损益", 489398000.0), ("单独进行减值测试的应收款项减值准备转回", 205000.0),
            ("除上述各项之外的其他营业外收入和支出", 496780000.0), ("减：所得税影响额", 177664000.0),
            ("少数股东权益影响额", 28699000.0), ("合计", 983358000.0)]
    checks, flags = V.validate(_row_cells(rows))
    assert [k.outcome for k in checks if k.rule == "table_total"] == ["pass"] and not flags


def test_jian_does_not_carry_to_an_unlike_row():
    """BYD balance sheet p.6, 期末余额 (read from the PDF): 减：库存股 is subtracted, 其他综合收益 after it is added."""
    rows = [("股本", 3039066000.0), ("其他权益工具", 15000000000.0), ("资本公积", 99569473000.0),
            ("减：库存股", 723968000.0), ("其他综合收益", 1197714000.0), ("专项储备", 30606000.0),
            ("盈余公积", 7374087000.0), ("未分配利润", 107874344000.0), ("归属于母公司所有者权益合计", 233361322000.0)]
    checks, flags = V.validate(_row_cells(rows))
    assert [k.outcome for k in checks if k.rule == "table_total"] == ["pass"] and not flags


def test_a_summary_table_short_in_every_column_is_not_comparable():
    """A broker note's summary balance sheet prints 非流动资产合计 under only some of its items: the parts fall
    short in every year column (not a flag); one wrong cell breaks one column only (a flag)."""
    rows = [("长期股权投资", 0.0, 0.0), ("固定资产", 370.0, 429.0), ("在建工程", 169.0, 300.0), ("无形资产", 42.0, 45.0),
            ("非流动资产合计", 811.0, 1010.0)]
    checks, flags = V.validate(_row_cells(rows, cols=(1, 2)))
    assert {k.outcome for k in checks if k.rule == "table_total"} == {"not_comparable"} and not flags
    rows[-1] = ("非流动资产合计", 581.0, 1010.0)  # column 1 adds up; column 2 is short
    checks, flags = V.validate(_row_cells(rows, cols=(1, 2)))
    assert sorted(k.outcome for k in checks if k.rule == "table_total") == ["fail", "pass"]
    assert [f.rule for f in flags] == ["table_total"]


def test_documents_validated_at_once_in_threads_keep_their_own_passages():
    """The passages the rules share are per call: two documents validated concurrently (a threaded Dask worker)
    give the same checks as one after the other."""
    from concurrent.futures import ThreadPoolExecutor

    def doc(name, whole, parts):
        ctx = f"全年立项项目{whole}个，其中" + "，".join(f"{k}项目{v}个" for k, v in parts)
        return [C(f"{whole}个", whole, whole, "count", context=ctx, doc=name)] + \
            [C(f"{v}个", v, v, "count", context=ctx, doc=name) for _, v in parts]

    docs = [doc(f"d{i}", 1006, [("面上", 409), ("青年", 597 + i % 2 * 900)]) for i in range(8)]
    alone = [sorted((k.rule, k.outcome) for k in V.validate(d)[0]) for d in docs]
    with ThreadPoolExecutor(4) as pool:
        together = [sorted((k.rule, k.outcome) for k in r[0]) for r in pool.map(V.validate, docs)]
    assert together == alone
    assert ("part_whole", "fail") in alone[1] and ("part_whole", "fail") not in alone[0]
