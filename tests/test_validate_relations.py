"""part_whole, list_total, share and rate on the report's own sentences (tune spans), outcomes worked out by hand.

Each case builds the claims a reader finds in the sentence (value, unit, kind) and checks which relation the
rule records and whether it holds; a mutated copy of the sentence must fail and raise a flag of that rule.
"""
from decimal import Decimal

from pipeline import validate as V
from pipeline.shares import _ratio_check
from test_validate import C, run


def claims_in(ctx: str, figures: list[tuple], page: int = 1) -> list:
    """figures: (raw, value, norm_exact, base_unit[, kind]) in reading order; unit = raw without the digits."""
    out = []
    for f in figures:
        raw, value, norm, base = f[:4]
        kind = f[4] if len(f) > 4 else "level"
        c = C(raw, value, norm, base, kind=kind, context=ctx, page=page)
        c.unit = raw.lstrip("0123456789.,")
        out.append(c)
    return out


def summary(out):
    return [(k.rule, k.outcome, [i.split("-")[1] for i in k.claim_ids.split("|")]) for k in out.checks]


# line 825
NSFC_SH = ("新增设立青年项目专题，强化对青年科研人员的支持力度，全年立项项目1006个，资助经费23105万元，其中面上项目409个，"
           "资助经费8180万元，青年项目597个，资助经费14925万元")


def nsfc_sh(ctx=NSFC_SH, young="14925万元"):
    return claims_in(ctx, [("1006个", 1006, 1006, "count"), ("23105万元", 23105, 231050000, "CNY"),
                           ("409个", 409, 409, "count"), ("8180万元", 8180, 81800000, "CNY"),
                           ("597个", 597, 597, "count"),
                           (young, int(young[:-2]), int(young[:-2]) * 10000, "CNY")])


def test_qizhong_parallel_clauses_with_two_units():
    out = run(V.part_whole, nsfc_sh())
    # 409 + 597 = 1006 projects; 8180 + 14925 = 23105 万元: one check per measure, both exact
    assert summary(out) == [("part_whole", "pass", ["1006个", "409个", "597个"]),
                            ("part_whole", "pass", ["23105万元", "8180万元", "14925万元"])]
    assert all("exact breakdown" in k.observed for k in out.checks)
    bad = NSFC_SH.replace("14925万元", "24925万元")
    out = run(V.part_whole, nsfc_sh(bad, "24925万元"))
    assert [k.outcome for k in out.checks] == ["pass", "fail"]
    assert out.flags[0].rule == "part_whole" and "23105万元" in out.flags[0].message


def test_qizhong_whole_in_the_parts_measure_word_and_item_only_clauses():
    # line 1768: 966家 companies bought 1905单 orders; the parts are orders (单); the clause
    # "其中技术转移转化" names an item without a figure and does not end the scope; 3.84亿元 (no whole) does
    ctx = ("全年共有966家企业使用创新券购买科技服务1905单，其中技术转移转化、科技金融、科技咨询服务类289单，技术研发、"
           "检验检测、创新资源开放共享服务类1616单，订单服务总额3.84亿元，创新券抵用金额1.63亿元")
    cl = claims_in(ctx, [("966家", 966, 966, "count"), ("1905单", 1905, 1905, "count"), ("289单", 289, 289, "count"),
                         ("1616单", 1616, 1616, "count"), ("3.84亿元", 3.84, 384000000, "CNY"),
                         ("1.63亿元", 1.63, 163000000, "CNY")])
    out = run(V.part_whole, cl)
    assert summary(out) == [("part_whole", "pass", ["1905单", "289单", "1616单"])]  # 289 + 1616 = 1905


def test_flow_within_cumulative_stock_across_cut_contexts():
    # line 2960, printed over two lines that the layout gives as two contexts
    a = "全年牵头承担国家科技重大专项81项（累计250项），获中央财政资金预算支持21.64亿元（"
    b = "累计49.57亿元）"
    cl = claims_in(a, [("81项", 81, 81, "count"), ("250项", 250, 250, "count"),
                       ("21.64亿元", 21.64, 2164000000, "CNY")]) + claims_in(b, [("49.57亿元", 49.57, 4957000000, "CNY")])
    out = run(V.part_whole, cl)
    assert summary(out) == [("part_whole", "pass", ["250项", "81项"]),
                            ("part_whole", "pass", ["49.57亿元", "21.64亿元"])]
    # this year's 81 cannot exceed the cumulative 25 (a dropped digit)
    cl = claims_in(a.replace("250项", "25项"), [("81项", 81, 81, "count"), ("25项", 25, 25, "count")])
    out = run(V.part_whole, cl)
    assert [k.outcome for k in out.checks] == ["fail"] and out.flags[0].rule == "part_whole"


def test_flow_needs_its_own_clause_marker():
    # "年内新增X家，累计Y家" is a flow within a stock; two unrelated counts glued together are not
    cl = claims_in("年内新增孵化器12家，累计达到80家", [("12家", 12, 12, "count"), ("80家", 80, 80, "count")])
    assert summary(run(V.part_whole, cl)) == [("part_whole", "pass", ["80家", "12家"])]
    cl = claims_in("入库服务商87家累计43家企业科创板上市", [("87家", 87, 87, "count"), ("43家", 43, 43, "count")])
    assert run(V.part_whole, cl).checks == []


def test_parenthesised_national_total():
    # line 2974: “医学界”2025十大临床突破，上海牵头和参与3项（全国共5项）
    ctx = "“医学界”2025十大临床突破，上海牵头和参与3项（全国共5项）"
    cl = claims_in(ctx, [("3项", 3, 3, "count"), ("5项", 5, 5, "count")])
    assert summary(run(V.part_whole, cl)) == [("part_whole", "pass", ["5项", "3项"])]
    cl = claims_in(ctx.replace("3项", "8项"), [("8项", 8, 8, "count"), ("5项", 5, 5, "count")])
    assert [k.outcome for k in run(V.part_whole, cl).checks] == ["fail"]


def test_part_in_parentheses_after_its_whole():
    ctx = "累计入库企业2397家(新增94家)"  # line of the 科创板 paragraph (S05 page)
    cl = claims_in(ctx, [("2397家", 2397, 2397, "count"), ("94家", 94, 94, "count")])
    assert summary(run(V.part_whole, cl)) == [("part_whole", "pass", ["2397家", "94家"])]


def test_averages_are_not_parts():
    # line 827 style: 平均年龄36岁，其中青年项目平均年龄31.98岁: ages do not add up
    ctx = "项目负责人平均年龄36岁，其中青年项目平均年龄31.98岁"
    cl = claims_in(ctx, [("36岁", 36, 36, "year"), ("31.98岁", 31.98, "31.98", "year")])
    assert run(V.part_whole, cl).checks == []


def test_whole_over_qualifier_is_not_flagged():
    ctx = "用户累计发表SCI论文2600余篇，其中A领域1800篇，B领域900篇"
    cl = claims_in(ctx, [("2600余篇", 2600, 2600, "count"), ("1800篇", 1800, 1800, "count"),
                         ("900篇", 900, 900, "count")])
    cl[0].qualifier = "over"
    out = run(V.part_whole, cl)
    assert [k.outcome for k in out.checks] == ["not_comparable"] and out.flags == []


# ---------------------------------------------------------------- list_total
RANKS = ("“科技创新环境指数”“科技创新投入指数”“科技创新产出指数”“高新技术产业指数”“创新促进发展指数”5个一级指标数值"
         "在全国的排名分别为第2、5、1、2、2位。")


def test_stated_count_against_listed_ranks():
    # line 2998: 5个一级指标 … 分别为第2、5、1、2、2位 → five figures listed
    figs = [("5个", 5, 5, "count")] + [(r, int(r[0]), int(r[0]), "rank", "rank") for r in ("2", "5", "1", "2", "2位")]
    out = run(V.list_total, claims_in(RANKS, figs))
    assert summary(out) == [("list_total", "pass", ["5个", "2", "5", "1", "2", "2位"])]
    bad = RANKS.replace("5个", "6个")
    figs[0] = ("6个", 6, 6, "count")
    out = run(V.list_total, claims_in(bad, figs))
    assert [k.outcome for k in out.checks] == ["fail"] and out.flags[0].rule == "list_total"


def test_stated_count_across_cut_contexts():
    # line 3024, cut by the layout: "…四个自然科学" + "领域,上海的排名保持为第2、2、4、6位"
    a = "(2023—2024年调整后份额增长近20%)。在物理、化学、地球与环境科学、生物科学四个自然科学"
    b = "领域,上海的排名保持为第2、2、4、6位,其中在地球与环境科学领域排名比上年上升1位。"
    cl = claims_in(a, [("20%", 20, 20, "percent", "change"), ("四个", 4, 4, "count")])
    cl += claims_in(b, [(r, int(r[0]), int(r[0]), "rank", "rank") for r in ("2", "2", "4", "6位")]
                    + [("1位", 1, 1, "rank", "change")])
    assert summary(run(V.list_total, cl)) == [("list_total", "pass", ["四个", "2", "2", "4", "6位"])]


def test_listed_figures_against_total_marked_by_gong():
    # line 651: 2批共32人入选，其中… is part_whole; the same list after 分别 is a list_total
    ctx = "发布“尚思探索学者”项目，2批共32人入选，分别为生命科学方向19人，化学与交叉方向13人"
    cl = claims_in(ctx, [("2批", 2, 2, "count"), ("32人", 32, 32, "count"), ("19人", 19, 19, "count"),
                         ("13人", 13, 13, "count")])
    assert summary(run(V.list_total, cl)) == [("list_total", "pass", ["32人", "19人", "13人"])]
    cl[3].norm_exact, cl[3].value = "31", 31
    out = run(V.list_total, cl)
    assert [k.outcome for k in out.checks] == ["fail"] and "32人" in out.flags[0].message


def test_closing_total_after_the_list():
    ctx = "新建创新平台：市级平台12家，区级平台30家，合计42家"
    cl = claims_in(ctx, [("12家", 12, 12, "count"), ("30家", 30, 30, "count"), ("42家", 42, 42, "count")])
    assert summary(run(V.list_total, cl)) == [("list_total", "pass", ["42家", "12家", "30家"])]


def test_table_rows_against_the_total_in_the_text():
    # lines 707 and 709–711: the per-journal rows of first/corresponding-author papers sum to 109 (31 + 51 + 27)
    text = ("全年,上海科学家在《细胞》《自然》《科学》发表论文180篇,占全国(不含港澳台,下同)的30.6%。其中,以第一作者或"
            "通讯作者发表论文109篇,占全国的24.2%。")
    cl = claims_in(text, [("180篇", 180, 180, "count"), ("30.6%", 30.6, "30.6", "percent", "share"),
                          ("109篇", 109, 109, "count"), ("24.2%", 24.2, "24.2", "percent", "share")])
    rows = [("《细胞》", 48, 36.6, 31, 29.0), ("《自然》", 86, 29.1, 51, 23.9), ("《科学》", 46, 28.4, 27, 20.6)]
    for r, (j, n, s, a, s2) in enumerate(rows):
        cell = f"占全国的 {s}% ,其中以第一作者或通讯作者发表论文 {a} 篇,占全国的 {s2}%"
        for raw, v, base, kind in ((f"{a} 篇", a, "count", "level"),):
            c = C(raw, v, v, base, kind=kind, context=f"{j} {n}篇 {cell}", table_id="t", row=r, col=1)
            cl.append(c)
    out = run(V.list_total, cl)
    assert summary(out) == [("list_total", "pass", ["109篇", "31 篇", "51 篇", "27 篇"])]
    cl[-1].norm_exact, cl[-1].value = "37", 37  # 《科学》 27 → 37
    out = run(V.list_total, cl)
    assert [k.outcome for k in out.checks] == ["fail"] and out.flags[0].rule == "list_total"


def test_table_row_labels_named_in_the_text_sentence():
    # the per-journal totals (48, 86, 46 篇) against 180篇 of the sentence naming the three journals
    text = "全年,上海科学家在《细胞》《自然》《科学》发表论文180篇,占全国的30.6%。"
    cl = claims_in(text, [("180篇", 180, 180, "count"), ("30.6%", 30.6, "30.6", "percent", "share")])
    for r, (j, n) in enumerate((("《细胞》", 48), ("《自然》", 86), ("《科学》", 46))):
        cl.append(C(f"{n}篇", n, n, "count", context=f"{j} {n}篇", table_id="t", row=r, col=0))
    assert summary(run(V.list_total, cl)) == [("list_total", "pass", ["180篇", "48篇", "86篇", "46篇"])]


# ---------------------------------------------------------------- share and rate
def test_share_with_part_and_whole_printed():
    # built on line 2982's figures: 5.28 / 13.55 = 38.97% → 39.0% holds within ±0.05 + carried rounding (≈0.05)
    ctx = "全市专利授权量13.55万件，其中发明专利授权量5.28万件，占专利授权量13.55万件的{}%"
    def cl(p):
        return claims_in(ctx.format(p), [("13.55万件", 13.55, 135500, "count"), ("5.28万件", 5.28, 52800, "count"),
                                         ("13.55万件", 13.55, 135500, "count"),
                                         (f"{p}%", float(p), p, "percent", "share")])
    assert [k.outcome for k in run(V.share, cl("39.0")).checks] == ["pass"]
    out = run(V.share, cl("40.0"))
    assert [k.outcome for k in out.checks] == ["fail"] and out.flags[0].rule == "share"


def test_share_of_an_unprinted_whole_is_not_checked():
    # line 707: 占全国…的30.6%: the national total is not printed
    ctx = "全年,上海科学家在《细胞》《自然》《科学》发表论文180篇,占全国(不含港澳台,下同)的30.6%。"
    cl = claims_in(ctx, [("180篇", 180, 180, "count"), ("30.6%", 30.6, "30.6", "percent", "share")])
    assert run(V.share, cl).checks == []


def test_rate_against_its_counts():
    ctx = "全年申报项目120项，获批30项，获批率{}%"
    def cl(r):
        return claims_in(ctx.format(r), [("120项", 120, 120, "count"), ("30项", 30, 30, "count"),
                                         (f"{r}%", float(r), r, "percent", "share")])
    out = run(V.rate, cl("25"))
    assert summary(out) == [("rate", "pass", ["25%", "30项", "120项"])]  # 30 / 120 = 25%
    out = run(V.rate, cl("35"))
    assert [k.outcome for k in out.checks] == ["fail"] and out.flags[0].rule == "rate"


def test_share_tolerance_carries_part_and_whole_rounding():
    s = C("39.0%", 39.0, "39.0", "percent", kind="share", decimals=1)
    a, b = C("5.28万件", 5.28, 52800, "count"), C("13.55万件", 13.55, 135500, "count")
    out = V.Outcome([], [])
    _ratio_check("share", s, a, b, out, "x")
    # 0.05 + 100·(50/135500 + 52800·50/135500²) = 0.05 + 0.0369 + 0.0144
    assert Decimal(out.checks[0].tolerance) == Decimal("0.101")


def test_new_rules_are_in_the_rule_list():
    names = {r.__name__ for r in V.RULES}
    assert {"part_whole", "list_total", "share", "rate", "direction"} <= names


def test_section_total_against_its_subsections():
    # lines 1966–1984: 提出16条举措 in the section opener; each of the three subsections ends "…N条举措" (7 + 4 + 5)
    sec = "报告 > 推动科技服务业改革创新"
    rows = [("提出16条举措。", "16条", sec), ("积极培育科技服务新业态新模式7条举措", "7条", sec + " > 提升科技服务供给质量"),
            ("提升科技服务业全球化能力4条举措", "4条", sec + " > 促进科技服务市场升级"),
            ("优化科技服务业发展推进机制5条举措", "5条", sec + " > 强化科技服务要素保障")]

    def build(rows):
        cl = []
        for ctx, raw, section in rows:
            c = claims_in(ctx, [(raw, int(raw[:-1]), int(raw[:-1]), "count")])[0]
            c.section = section
            cl.append(c)
        return cl
    assert summary(run(V.list_total, build(rows))) == [("list_total", "pass", ["16条", "7条", "4条", "5条"])]
    rows[2] = ("提升科技服务业全球化能力6条举措", "6条", rows[2][2])
    out = run(V.list_total, build(rows))
    assert [k.outcome for k in out.checks] == ["fail"] and out.flags[0].rule == "list_total"
    # a subsection without such a figure leaves the breakdown incomplete: no check
    rows[2] = ("提升科技服务业全球化能力", "", rows[2][2])
    cl = build([r for r in rows if r[1]]) + [C("3家", 3, 3, "count", context="新建3家", page=1)]
    cl[-1].section = rows[2][2]
    assert run(V.list_total, cl).checks == []


def test_direction_wider_verbs():
    ctx = "目标价由30元上调至36元"
    out = run(V.direction, claims_in(ctx, [("30元", 30, 30, "CNY"), ("36元", 36, 36, "CNY")]))
    assert [k.outcome for k in out.checks] == ["pass"]
    ctx = "毛利率从40%下滑至45%"
    out = run(V.direction, claims_in(ctx, [("40%", 40, 40, "percent"), ("45%", 45, 45, "percent")]))
    assert [k.outcome for k in out.checks] == ["fail"] and out.flags[0].rule == "direction"


def test_table_other_rows_inside_the_row_above():
    # BYD balance sheet (page 6): 其他权益工具 15,000,000,000.00 and 其中：永续债 15,000,000,000.00
    cl = [C("15,000,000,000.00", 15e9, "15000000000", "CNY", decimals=2, subject="其他权益工具 期末余额",
            table_id="bs", row=1, col=1),
          C("15,000,000,000.00", 15e9, "15000000000", "CNY", decimals=2, subject="其中：永续债 期末余额",
            table_id="bs", row=2, col=1, page=2)]
    assert [k.outcome for k in run(V.part_whole, cl).checks] == ["pass"]
    cl[1].norm_exact = "16000000000"
    out = run(V.part_whole, cl)
    assert [k.outcome for k in out.checks] == ["fail"] and out.flags[0].rule == "part_whole"


def test_baokuo_zainei_names_the_whole_not_a_part():
    # line 659: 吸引集聚包括菲尔茨奖获得者在内的110余名研究学者 (110 is the whole; no part follows)
    ctx = "组建10支科研团队，吸引集聚包括菲尔茨奖获得者在内的110余名研究学者"
    cl = claims_in(ctx, [("10支", 10, 10, "count"), ("110余名", 110, 110, "count")])
    assert run(V.part_whole, cl).checks == []
    ctx = "服务企业300家，包括高新技术企业120家"
    cl = claims_in(ctx, [("300家", 300, 300, "count"), ("120家", 120, 120, "count")])
    assert [k.outcome for k in run(V.part_whole, cl).checks] == ["pass"]


def test_qizhong_inside_a_table_row():
    # line 709: 《细胞》 48篇 | 占全国的36.6%，其中以第一作者或通讯作者发表论文31篇，占全国的29.0% → 31 ≤ 48
    label = C("48篇", 48, 48, "count", context="《细胞》 48篇", table_id="t", row=0, col=0)
    cell = "占全国的 36.6% ,其中以第一作者或通讯作者发表论文 31 篇,占全国的 29.0%"
    cl = [label] + [C(r, v, v, b, kind=k, context=cell, table_id="t", row=0, col=1)
                    for r, v, b, k in (("36.6%", 36.6, "percent", "share"), ("31 篇", 31, "count", "level"),
                                       ("29.0%", 29.0, "percent", "share"))]
    assert summary(run(V.part_whole, cl)) == [("part_whole", "pass", ["48篇", "31 篇"])]
    cl[2].norm_exact = "58"
    assert [k.outcome for k in run(V.part_whole, cl).checks] == ["fail"]


def test_table_row_label_qizhong_is_not_a_text_marker():
    # BYD: "其中：永续债" in both columns: the 期初 cell is not a part of the 期末 cell
    cl = [C("15,000,000,000.00", 15e9, "15000000000", "CNY", decimals=2, subject="其中：永续债 期末余额",
            context="其中：永续债 期末余额: 15,000,000,000.00", table_id="bs", row=2, col=1),
          C("16,894,442,000.00", 16894442000, "16894442000", "CNY", decimals=2, subject="其中：永续债 期初余额",
            context="其中：永续债 期初余额: 16,894,442,000.00", table_id="bs", row=2, col=2)]
    assert run(V.part_whole, cl).checks == []


def test_share_of_the_qizhong_whole():
    # line 2982's figures with 占比: 5.28 / 13.55 = 38.97%
    ctx = "全市专利授权量13.55万件，其中发明专利授权量5.28万件，占比{}%"
    def cl(p):
        return claims_in(ctx.format(p), [("13.55万件", 13.55, 135500, "count"), ("5.28万件", 5.28, 52800, "count"),
                                         (f"{p}%", float(p), p, "percent", "share")])
    assert summary(run(V.share, cl("39"))) == [("share", "pass", ["39%", "5.28万件", "13.55万件"])]
    out = run(V.share, cl("49"))
    assert [k.outcome for k in out.checks] == ["fail"] and out.flags[0].rule == "share"
    # 占全国的24.2% names another base: not a share of the 其中 whole (line 707)
    ctx = "发表论文180篇。其中,以第一作者或通讯作者发表论文109篇,占全国的24.2%"
    c2 = claims_in(ctx, [("180篇", 180, 180, "count"), ("109篇", 109, 109, "count"),
                         ("24.2%", 24.2, "24.2", "percent", "share")])
    assert run(V.share, c2).checks == []


def test_buhaokuo_and_ci_shu_are_not_breakdowns():
    # BYD page 4 notes: "此数包括…1,000,000 股…；注 2：此数不包括王传福先生持有的 1,000,000 股 H 股" — 此数 is the
    # whole (not printed), 不包括 excludes
    ctx = ("注 1：此数包括王传福先生持有的 1,000,000 股 H 股和夏佐全先生分别持有的 195,000 股 H 股和 305,000 股 H 股；"
           "注 2：此数不包括王传福先生持有的 1,000,000 股 H 股")
    cl = claims_in(ctx, [("1,000,000 股", 1000000, 1000000, "other:股"), ("195,000 股", 195000, 195000, "other:股"),
                         ("305,000 股", 305000, 305000, "other:股"), ("1,000,000 股", 1000000, 1000000, "other:股")])
    assert run(V.part_whole, cl).flags == []


def test_figures_listed_before_deng():
    # line 825's figures written as a list closed by 等: 409 + 597 ≤ 1006
    ctx = "面上项目409个、青年项目597个等1006个项目获得资助"
    cl = claims_in(ctx, [("409个", 409, 409, "count"), ("597个", 597, 597, "count"), ("1006个", 1006, 1006, "count")])
    assert summary(run(V.list_total, cl)) == [("list_total", "pass", ["1006个", "409个", "597个"])]
    cl[2].norm_exact, cl[2].value = "906", 906
    assert [k.outcome for k in run(V.list_total, cl).checks] == ["fail"]


def test_qizhong_opening_a_new_context_refers_to_the_figure_before():
    # line 2978 as two contexts: "…授奖206项（人）。" and "其中，科技功臣奖2人，青年科技杰出贡献奖10人，…"
    a = "2024年度上海市科学技术奖授奖206项（人）。"
    b = "其中，科技功臣奖2人，青年科技杰出贡献奖10人，自然科学奖56项，技术发明奖30项，科技进步奖97项，科学技术普及奖8项，国际科技合作奖3人"
    cl = claims_in(a, [("206项（人）", 206, 206, "count")])
    cl += claims_in(b, [(r, int(r[:-1]), int(r[:-1]), "count") for r in
                        ("2人", "10人", "56项", "30项", "97项", "8项", "3人")])
    out = run(V.part_whole, cl)
    assert [(k.outcome, len(k.claim_ids.split("|"))) for k in out.checks] == [("pass", 8)]


def test_section_breakdown_needs_the_total_alone_in_its_section():
    # the scanned variant lost the heading 提升科技服务供给质量: 7条 then sits beside 16条 in the opener's section;
    # neither 16条 (7 is not inside a subsection) nor 7条 (not the section's only such figure) is checked
    sec = "报告 > 推动科技服务业改革创新"
    rows = [("提出16条举措。", "16条", sec), ("积极培育科技服务新业态新模式7条举措", "7条", sec),
            ("提升科技服务业全球化能力4条举措", "4条", sec + " > 促进科技服务市场升级"),
            ("优化科技服务业发展推进机制5条举措", "5条", sec + " > 强化科技服务要素保障")]
    cl = []
    for ctx, raw, section in rows:
        c = claims_in(ctx, [(raw, int(raw[:-1]), int(raw[:-1]), "count")])[0]
        c.section = section
        cl.append(c)
    assert run(V.list_total, cl).checks == []


# line 1657 (S23): 发现35种新材料, 验证32种 — the verified are among the found (the bare 32种 counts the same things)
FOUND = "上海高研院运用AI辅助开发润滑油添加剂、金属催化剂材料、高性能纤维材料等,发现35种新材料,验证32种,其中4种成功应用"


def test_verified_among_the_found():
    cs = claims_in(FOUND, [("35种", 35, 35, "count"), ("32种", 32, 32, "count"), ("4种", 4, 4, "count")])
    out = run(V.part_whole, cs)
    assert ("part_whole", "pass", ["35种", "32种"]) in summary(out)
    bad = claims_in(FOUND.replace("发现35种", "发现3.5种"), [("3.5种", 3.5, "3.5", "count"), ("32种", 32, 32, "count"),
                                                          ("4种", 4, 4, "count")])
    assert any(f.rule == "part_whole" for f in run(V.part_whole, bad).flags)


# line 1655 (S23): what comes out of a pool named with 从…中 is at most the pool
POOL = "上海交通大学发展高通量计算筛选方法,从520万个候选成分中成功设计出2种航空用高性能合金"


def test_chosen_from_among_a_pool():
    out = run(V.part_whole, claims_in(POOL, [("520万个", 520, 5200000, "count"), ("2种", 2, 2, "count")]))
    assert ("part_whole", "pass", ["520万个", "2种"]) in summary(out)
    bad = claims_in(POOL.replace("2种", "600万种"), [("520万个", 520, 5200000, "count"), ("600万种", 600, 6000000, "count")])
    assert any(f.rule == "part_whole" for f in run(V.part_whole, bad).flags)
