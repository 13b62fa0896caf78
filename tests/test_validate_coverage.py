"""Relations the coverage audit (bench/audit_relations.py) found unchecked outside the gold spans, table-driven.

Each case is a sentence of the report outside the held-out spans (source line in the comment), the figures a
reader finds in it, and the checks a reader expects, worked out by hand: (rule, outcome, [whole, parts…]).
A mutated copy (one figure changed) shows the check can fail.
"""
import pytest

from pipeline import validate as V
from test_validate import C, run


def claims_in(ctx: str, figures: list[tuple], page: int = 1) -> list:
    """figures: (raw, value, base_unit, measure word[, qualifier]) in reading order; counts are exact."""
    out = []
    for f in figures:
        raw, value, base, unit = f[:4]
        c = C(raw, value, value, base, context=ctx, page=page)
        c.unit = unit
        c.qualifier = f[4] if len(f) > 4 else ""
        out.append(c)
    return out


def summary(out):
    return [(k.rule, k.outcome, [i.split("-")[1] for i in k.claim_ids.split("|")]) for k in out.checks]


# line 1250: this year's TEU within the cumulative TEU; the flow clause runs on after its figure (运输量)
TEU = "持续推进洋山港智能重卡常态化示范运营，全年完成20.9万 TEU运输量，累计完成63.4万 TEU运输量，4辆智能重卡获主驾无人示范运营证照"
# line 1738: 新立项 names this year's flow; 累计扶持 the stock
XJR = "新立项支持92家，累计扶持3018家"

FLOWS = [
    # 20.9万 ≤ 63.4万 TEU; 4辆 is another thing and joins no check
    ("teu", TEU, [("20.9万 TEU", 209000, "other:TEU", "万 TEU"), ("63.4万 TEU", 634000, "other:TEU", "万 TEU"),
                  ("4辆", 4, "count", "辆")],
     [("part_whole", "pass", ["63.4万 TEU", "20.9万 TEU"])]),
    # a dropped digit: this year's 20.9万 cannot exceed a cumulative 6.34万
    ("teu mutated", TEU.replace("63.4万", "6.34万"),
     [("20.9万 TEU", 209000, "other:TEU", "万 TEU"), ("6.34万 TEU", 63400, "other:TEU", "万 TEU")],
     [("part_whole", "fail", ["6.34万 TEU", "20.9万 TEU"])]),
    ("新立项 flow", XJR, [("92家", 92, "count", "家"), ("3018家", 3018, "count", "家")],
     [("part_whole", "pass", ["3018家", "92家"])]),
    ("新立项 flow mutated", "新立项支持92家，累计扶持30家", [("92家", 92, "count", "家"), ("30家", 30, "count", "家")],
     [("part_whole", "fail", ["30家", "92家"])]),
    # the same two clauses stock first: the flow named in the clause right after the cumulative figure
    ("stock then flow", "累计扶持3018家，新立项支持92家", [("3018家", 3018, "count", "家"), ("92家", 92, "count", "家")],
     [("part_whole", "pass", ["3018家", "92家"])]),
    ("stock then flow mutated", "累计扶持30家，新立项支持92家", [("30家", 30, "count", "家"), ("92家", 92, "count", "家")],
     [("part_whole", "fail", ["30家", "92家"])]),
    # line 1738's clauses with the thing counted written out: the stock figure stands apart from 累计, and
    # the words before it name what the flow counts
    ("stock named apart", "新立项支持科技小巨人企业92家，累计扶持科技小巨人企业3018家",
     [("92家", 92, "count", "家"), ("3018家", 3018, "count", "家")], [("part_whole", "pass", ["3018家", "92家"])]),
    ("stock named apart mutated", "新立项支持科技小巨人企业92家，累计扶持科技小巨人企业30家",
     [("92家", 92, "count", "家"), ("30家", 30, "count", "家")], [("part_whole", "fail", ["30家", "92家"])]),
    ("flow elides the noun", "累计扶持科技小巨人企业3018家，新立项92家",
     [("3018家", 3018, "count", "家"), ("92家", 92, "count", "家")], [("part_whole", "pass", ["3018家", "92家"])]),
    # line 1900: firms in incubation and platforms built are different things, though both are counted in 家
    ("another thing counted", "专业孵化服务完善，全年在孵企业超350家，累计建设专业技术平台30余家",
     [("350家", 350, "count", "家", "over"), ("30余家", 30, "count", "家", "over")], []),
    # line 1250 opens with 累计 too: 13家 firms got 192张 licences; the next clause names no flow (no check)
    ("累计 without a flow", "累计向全市13家企业或企业联合体发放示范运营牌照192张，智能出租载人示范运营约55.6万单",
     [("13家", 13, "count", "家"), ("192张", 192, "count", "张"), ("55.6万单", 556000, "count", "万单", "approx")], []),
]


@pytest.mark.parametrize("name,ctx,figures,expected", FLOWS, ids=[c[0] for c in FLOWS])
def test_flow_within_stock(name, ctx, figures, expected):
    out = run(V.part_whole, claims_in(ctx, figures))
    assert summary(out) == expected
    assert [f.rule for f in out.flags] == [r for r, o, _ in expected if o == "fail"]


# line 2370: "包括a位X、b位Y等近百位…": items open their segments with their figure, the last runs on to 等
ETC = "包括20余位未来科学大奖获奖者、4位诺贝尔奖获得者等近百位国际级科学家及国际知名科学奖项代表参加"
# lines 1080, 1090, 1091: bullets the layout runs into one passage (no sentence mark between them)
L1080 = "模力双塔、模力社区、模力岛等70余万平方米产业空间被纳入张江人工智能创新小镇"
L1090 = "12位图灵奖、诺贝尔奖等顶奖得主，80余位中外院士和多个国际顶尖实验室代表等1200余位嘉宾参会"
L1091 = "接待来自中国、英国、西班牙、约旦等10余个国家的156个采购团组，大会期间发布采购需求300余项"

ETCS = [
    # 20 + 4 = 24 ≤ 近百 (100)
    ("包括…等近百位", [(ETC, [("20余位", 20, "count", "位", "over"), ("4位", 4, "count", "位"),
                              ("百位", 100, "count", "位", "near")])],
     [("list_total", "pass", ["百位", "20余位", "4位"])]),
    # 400 Nobel laureates cannot be among nearly 100 guests
    ("包括…等近百位 mutated", [(ETC.replace("4位", "400位"), [
        ("20余位", 20, "count", "位", "over"), ("400位", 400, "count", "位"), ("百位", 100, "count", "位", "near")])],
     [("list_total", "fail", ["百位", "20余位", "400位"])]),
    # 12 + 80 = 92 ≤ 1200余; 70余万平方米 (line 1080) is area, 10余个/156个 (line 1091) come after: not items
    ("bullets run together", [
        (L1080, [("70余万平方米", 700000, "m2", "万平方米", "over")]),
        (L1090, [("12位", 12, "count", "位"), ("80余位", 80, "count", "位", "over"), ("1200余位", 1200, "count", "位", "over")]),
        (L1091, [("10余个", 10, "count", "个", "over"), ("156个", 156, "count", "个"), ("300余项", 300, "count", "项", "over")])],
     [("list_total", "pass", ["1200余位", "12位", "80余位"])]),
    # 1212 + 80 > 1200, but "1200余" is a lower bound: not comparable rather than a flag
    ("bullets mutated, total a bound", [
        (L1090.replace("12位", "1212位"), [("1212位", 1212, "count", "位"), ("80余位", 80, "count", "位", "over"),
                                          ("1200余位", 1200, "count", "位", "over")])],
     [("list_total", "not_comparable", ["1200余位", "1212位", "80余位"])]),
    # line 227: the items before 等 are named, not counted: nothing to check
    ("named items", [("围绕光计算芯片与系统、具身智能、绿色燃料制备、海洋清洁资源、原子级制造等8个方向进行择优遴选,启动10家重点实验室建设",
                      [("8个", 8, "count", "个"), ("10家", 10, "count", "家")])], []),
    # a figure inside its clause ("启动10家…建设") does not open a list segment: not an item of 等N
    ("figure inside its clause", [("启动10家重点实验室建设，光计算芯片、具身智能等8家", [("10家", 10, "count", "家"),
                                                                         ("8家", 8, "count", "家")])], []),
]


@pytest.mark.parametrize("name,contexts,expected", ETCS, ids=[c[0] for c in ETCS])
def test_items_before_etc_total(name, contexts, expected):
    cl = [c for ctx, figs in contexts for c in claims_in(ctx, figs)]
    out = run(V.list_total, cl)
    assert summary(out) == expected
    assert [f.rule for f in out.flags] == [r for r, o, _ in expected if o == "fail"]


# line 2266 ("上海共7人当选，其中中国科学院院士3人、中国工程院院士4人") written with 分别, and line 1672's list with a
# closing total: the figures after 分别 in the whole's own measure are its parts, not a count of listed items
L2266 = "上海共7人当选，其中中国科学院院士、中国工程院院士分别为3人和4人"
L1672 = "全年新增领航级智能工厂2家、卓越级智能工厂16家、先进级智能工厂81家，共99家"
LISTS = [
    # 3 + 4 = 7; "7人 … 分别为 3人和4人" is not "7 items listed, 2 found"
    ("分别 parts of 共N", L2266, [("7人", 7, "count", "人"), ("3人", 3, "count", "人"), ("4人", 4, "count", "人")],
     [("list_total", "pass", ["7人", "3人", "4人"])]),
    # 2 + 16 + 81 = 99
    ("closing 共", L1672, [("2家", 2, "count", "家"), ("16家", 16, "count", "家"), ("81家", 81, "count", "家"),
                          ("99家", 99, "count", "家")],
     [("list_total", "pass", ["99家", "2家", "16家", "81家"])]),
    ("closing 共 mutated", L1672.replace("99家", "89家"),
     [("2家", 2, "count", "家"), ("16家", 16, "count", "家"), ("81家", 81, "count", "家"), ("89家", 89, "count", "家")],
     [("list_total", "fail", ["89家", "2家", "16家", "81家"])]),
    # 共建 is a verb, not a total
    ("共建 is no total", L1672.replace("共99家", "共建3家"),
     [("2家", 2, "count", "家"), ("16家", 16, "count", "家"), ("81家", 81, "count", "家"), ("3家", 3, "count", "家")], []),
]


@pytest.mark.parametrize("name,ctx,figures,expected", LISTS, ids=[c[0] for c in LISTS])
def test_lists_against_totals(name, ctx, figures, expected):
    out = run(V.list_total, claims_in(ctx, figures))
    assert summary(out) == expected
    assert [f.rule for f in out.flags] == [r for r, o, _ in expected if o == "fail"]


# line 817 ("参与企业从2021年的2家拓展至22家"), and the same move with its step printed
DIRECTIONS = [
    ("从X拓展至Y", "参与企业从2021年的2家拓展至22家", [("2家", 2, "count", "家"), ("22家", 22, "count", "家")],
     [("direction", "pass", ["2家", "22家"])]),
    # 2 + 20 = 22
    ("step printed", "参与企业从2021年的2家增加20家至22家",
     [("2家", 2, "count", "家"), ("20家", 20, "count", "家"), ("22家", 22, "count", "家")],
     [("direction", "pass", ["2家", "20家", "22家"])]),
    # up, but 2 + 10 ≠ 22
    ("step mutated", "参与企业从2021年的2家增加10家至22家",
     [("2家", 2, "count", "家"), ("10家", 10, "count", "家"), ("22家", 22, "count", "家")],
     [("direction", "fail", ["2家", "10家", "22家"])]),
]


@pytest.mark.parametrize("name,ctx,figures,expected", DIRECTIONS, ids=[c[0] for c in DIRECTIONS])
def test_direction(name, ctx, figures, expected):
    out = run(V.direction, claims_in(ctx, figures))
    assert summary(out) == expected
    assert [f.rule for f in out.flags] == [r for r, o, _ in expected if o == "fail"]


# lines 707 and 709–711: the per-journal rows of the CNS table (48, 86, 46 篇) against 180篇 of the sentence naming
# the three journals. Cases: the sentence printed on the page after the table; the table closing with its own 合计 row
# (a total row is not one of the items: 48 + 86 + 46 = 180, not 360).
CNS_TEXT = "全年,上海科学家在《细胞》《自然》《科学》发表论文180篇,占全国的30.6%。"
JOURNALS = [("《细胞》", 48), ("《自然》", 86), ("《科学》", 46)]
TABLES = [
    ("text on the page after", JOURNALS, 2, [("list_total", "pass", ["180篇", "48篇", "86篇", "46篇"])]),
    ("table with its own total row", JOURNALS + [("合计", 180)], 1,
     [("list_total", "pass", ["180篇", "48篇", "86篇", "46篇"])]),
    # 《自然》 86 → 96: 48 + 96 + 46 = 190 ≠ 180
    ("mutated row", [("《细胞》", 48), ("《自然》", 96), ("《科学》", 46), ("合计", 180)], 1,
     [("list_total", "fail", ["180篇", "48篇", "96篇", "46篇"])]),
]


@pytest.mark.parametrize("name,rows,text_page,expected", TABLES, ids=[c[0] for c in TABLES])
def test_table_rows_against_text_total(name, rows, text_page, expected):
    cl = claims_in(CNS_TEXT, [("180篇", 180, "count", "篇"), ("30.6%", 30.6, "percent", "%")], page=text_page)
    cl[1].kind = "share"
    for r, (label, n) in enumerate(rows):
        c = C(f"{n}篇", n, n, "count", context=f"{label} {n}篇", subject=label, table_id="t", row=r, col=0, page=1)
        c.unit = "篇"
        cl.append(c)
    out = run(V.list_total, cl)
    assert summary(out) == expected
    assert [f.rule for f in out.flags] == [r for r, o, _ in expected if o == "fail"]


# the NSFC table (lines 676–693) printed the way statistical tables often are, its 总计 row first: the 17 rows under
# it add up to 5484 projects and 391271.71万元 (sums by hand in test_validate.NSFC; a later total row would bound them)
def nsfc_total_first(change=None):
    from decimal import Decimal
    from test_validate import NSFC
    rows = [NSFC[-1], *NSFC[:-1]]
    out = []
    for r, (label, n, amount) in enumerate(rows):
        if change and change[0] == label:
            n = change[1]
        out.append(C(str(n), n, n, "count", subject=f"{label} 立项数", table_id="t1", row=r, col=1))
        out.append(C(amount, float(amount), Decimal(amount) * 10000, "CNY", decimals=2, subject=f"{label} 资助额",
                     table_id="t1", row=r, col=2))
    return out


TOTAL_FIRST = [
    ("总计 first", None, [("table_total", "pass", 18), ("table_total", "pass", 18)]),
    # 青年科学基金项目 2070 → 2170: the count column no longer adds up to 5484 (Σ = 5584)
    ("总计 first, mutated", ("青年科学基金项目", 2170), [("table_total", "fail", 18), ("table_total", "pass", 18)]),
]


@pytest.mark.parametrize("name,change,expected", TOTAL_FIRST, ids=[c[0] for c in TOTAL_FIRST])
def test_total_row_above_its_items(name, change, expected):
    out = run(V.table_totals, nsfc_total_first(change))
    assert [(k.rule, k.outcome, len(k.claim_ids.split("|"))) for k in out.checks] == expected
    assert [f.rule for f in out.flags] == [r for r, o, _ in expected if o == "fail"]


# line 1672 ("全年新增领航级智能工厂2家、卓越级智能工厂16家、先进级智能工厂81家") set as a table row with a 合计 column:
# 2 + 16 + 81 = 99; a share column (占比) is not summed
def factories(total=99):
    cols = [("领航级", 2, "count"), ("卓越级", 16, "count"), ("先进级", 81, "count"), ("合计", total, "count"),
            ("占比", 5.0, "percent")]
    return [C(str(v), v, v, base, subject=f"智能工厂 {h}", table_id="f", row=1, col=k) for k, (h, v, base) in enumerate(cols)]


COLUMNS = [("合计 column", 99, [("table_total", "pass", ["99", "2", "16", "81"])]),
           ("合计 column mutated", 89, [("table_total", "fail", ["89", "2", "16", "81"])])]


@pytest.mark.parametrize("name,total,expected", COLUMNS, ids=[c[0] for c in COLUMNS])
def test_total_column(name, total, expected):
    out = run(V.table_totals, factories(total))
    assert summary(out) == expected
    assert [f.rule for f in out.flags] == [r for r, o, _ in expected if o == "fail"]


# line 825 ("全年立项项目1006个，…其中面上项目409个，…青年项目597个…") with each part's share printed after it: "，占x%"
# right after a 其中 part is that part's share of the 其中 whole (409 / 1006 = 40.66% → 40.7%; 597 / 1006 = 59.34% →
# 59.3%). A clause stating only the share of the part before it leaves the 其中 list open: 409 + 597 = 1006, an exact
# breakdown.
L825 = "全年立项项目1006个，其中面上项目409个，占40.7%，青年项目597个，占59.3%"
L825_FIGS = [("1006个", 1006, "count", "个"), ("409个", 409, "count", "个"), ("40.7%", 40.7, "percent", "%"),
             ("597个", 597, "count", "个"), ("59.3%", 59.3, "percent", "%")]
SHARES = [
    ("shares of 其中 parts", L825, L825_FIGS,
     [("part_whole", "pass", ["1006个", "409个", "597个"]), ("share", "pass", ["40.7%", "409个", "1006个"]),
      ("share", "pass", ["59.3%", "597个", "1006个"])]),
    # 49.3% cannot be 597 of 1006
    ("share mutated", L825.replace("59.3%", "49.3%"), L825_FIGS[:4] + [("49.3%", 49.3, "percent", "%")],
     [("part_whole", "pass", ["1006个", "409个", "597个"]), ("share", "pass", ["40.7%", "409个", "1006个"]),
      ("share", "fail", ["49.3%", "597个", "1006个"])]),
    # "占全国的20%": the share of an unprinted whole is not checked
    ("share of another whole", "全年立项项目1006个，其中面上项目409个，占全国的20%",
     [("1006个", 1006, "count", "个"), ("409个", 409, "count", "个"), ("20%", 20, "percent", "%")],
     [("part_whole", "pass", ["1006个", "409个"])]),
]


@pytest.mark.parametrize("name,ctx,figures,expected", SHARES, ids=[c[0] for c in SHARES])
def test_shares_of_qizhong_parts(name, ctx, figures, expected):
    cl = claims_in(ctx, figures)
    for c in cl:
        c.kind = "share" if c.base_unit == "percent" else "level"
    out = run(V.part_whole, cl)
    share = run(V.share, cl)
    assert summary(out) + summary(share) == expected
    assert [f.rule for f in out.flags + share.flags] == [r for r, o, _ in expected if o == "fail"]


# new tune spans: line 1811 (S14) — this year's 818 projects, a clause about them (其中…占83.9%), then the cumulative
# 17603 named apart from 累计; line 2028 (S15) — this year's 367.46亿元, a clause on another measure (1.7万项), then the
# cumulative 1002.14亿元; line 2752 (S17) — a figure named 现场成交额 after the 总成交额 it is part of.
L1811 = ("全年共认定高新技术成果转化项目818个, 其中电子信息、生物医药、新材料、先进制造与自动化等重点领域项目占83.9%, "
         "累计认定高新技术成果转化项目17603个; 在沪高校、科研院所、医疗卫生机构等科研事业单位技术合同认定登记22530项")
L2028 = ("上海技术交易所参与全国统一技术要素市场体系建设, 全年进场交易额367.46亿元, 累计进场成果超过1.7万项, "
         "累计交易额1002.14亿元, 服务国际国内科研机构337家")
L2752 = "第7届G60科技成果拍卖会线上线下总成交额202亿元，同比增长66.7%，现场成交额6.89亿元"
ASIDES = [
    # 818 ≤ 17603
    ("flow, aside, stock", L1811, [("818个", 818, "count", "个"), ("83.9%", 83.9, "percent", "%", "", "share"),
                                   ("17603个", 17603, "count", "个"), ("22530项", 22530, "count", "项")],
     [("part_whole", "pass", ["17603个", "818个"])]),
    # a shifted decimal point: 818 > 176.03
    ("flow, aside, stock mutated", L1811.replace("17603个", "176.03个"),
     [("818个", 818, "count", "个"), ("83.9%", 83.9, "percent", "%", "", "share"), ("176.03个", 176.03, "count", "个"),
      ("22530项", 22530, "count", "项")], [("part_whole", "fail", ["176.03个", "818个"])]),
    # 367.46 ≤ 1002.14 亿元; 1.7万项 is counted in 项 (no flow of its own) and 337家 is another thing
    ("another measure between", L2028,
     [("367.46亿元", 367.46, "CNY", "亿元"), ("1.7万项", 17000, "count", "万项", "over"),
      ("1002.14亿元", 1002.14, "CNY", "亿元"), ("337家", 337, "count", "家")],
     [("part_whole", "pass", ["1002.14亿元", "367.46亿元"])]),
    # 6.89 ≤ 202 亿元
    ("component after its 总", L2752, [("202亿元", 202, "CNY", "亿元"), ("66.7%", 66.7, "percent", "%", "", "change"),
                                       ("6.89亿元", 6.89, "CNY", "亿元")],
     [("part_whole", "pass", ["202亿元", "6.89亿元"])]),
    # 202 written 万 instead of 亿: 2.02亿元 < 6.89亿元
    ("component after its 总 mutated", L2752.replace("202亿元", "202万元"),
     [("202万元", 202, "CNY", "万元"), ("66.7%", 66.7, "percent", "%", "", "change"), ("6.89亿元", 6.89, "CNY", "亿元")],
     [("part_whole", "fail", ["202万元", "6.89亿元"])]),
    # line 2736: 总金额 comes second; nothing names a part of it after it
    ("总 figure last", "长三角科技创新券全年兑付金额超7000万元，带动服务合同总金额超2.7亿元",
     [("7000万元", 7000, "CNY", "万元", "over"), ("2.7亿元", 2.7, "CNY", "亿元", "over")], []),
]


@pytest.mark.parametrize("name,ctx,figures,expected", ASIDES, ids=[c[0] for c in ASIDES])
def test_flows_and_components_across_clauses(name, ctx, figures, expected):
    from decimal import Decimal
    cl = []
    for f in figures:
        raw, value, base, unit = f[:4]
        scale = {"亿元": 10 ** 8, "万元": 10 ** 4, "万项": 1}.get(unit, 1)
        norm = Decimal(str(value)) * scale if base == "CNY" else value
        c = C(raw, value, norm, base, kind=f[5] if len(f) > 5 else "level", context=ctx)
        c.unit, c.qualifier = unit, f[4] if len(f) > 4 else ""
        cl.append(c)
    out = run(V.part_whole, cl)
    assert summary(out) == expected
    assert [f.rule for f in out.flags] == [r for r, o, _ in expected if o == "fail"]


def _section_claim(raw, value, section, context, page=1):
    from dataclasses import replace
    c = C(raw, value, value, "count", context=context, page=page)
    return replace(c, section=section, unit="条", claim_id=f"{c.claim_id}-{section[-4:]}-{len(context)}")


def test_a_section_total_printed_twice_still_meets_its_subsections():
    # 提出16条举措, then the same 16 as a display figure "16 / 条 / 举 / 措"; subsections 7 + 4 + 5 (lines 1966–1984)
    sec = "报告 > 推动科技服务业改革创新"
    claims = [_section_claim("16条", 16, sec, "提出16条举措"), _section_claim("16条", 16, sec, "16条举措"),
              _section_claim("7条", 7, sec + " > 提升科技服务供给质量", "出台7条举措"),
              _section_claim("4条", 4, sec + " > 促进科技服务市场升级", "提出4条举措"),
              _section_claim("5条", 5, sec + " > 强化科技服务要素保障", "明确5条举措")]
    checks, flags = V.validate(claims)
    sums = [c for c in checks if c.rule == "list_total"]
    assert sums and all(c.outcome == "pass" for c in sums) and not flags
    # a section stating two different such figures has no single total to break down
    claims[1] = _section_claim("15条", 15, sec, "另有15条举措")
    checks, _ = V.validate(claims)
    assert not [c for c in checks if c.rule == "list_total"]
    # the display figure miscopied (26 for 16): 7 + 4 + 5 = 16 says the text's 16 is the total; the display's 26 is
    # checked against the subsections too and fails (26 ≠ 16)
    claims[1] = _section_claim("26条", 26, sec, "26条举措")
    checks, flags = V.validate(claims)
    assert sorted((c.outcome, c.claim_ids.split("|")[0] == claims[1].claim_id) for c in checks
                  if c.rule == "list_total") == [("fail", True), ("pass", False)]
    # (and the display figure restates the text's 16 with one digit changed: a restatement error too)
    assert sorted(f.rule for f in flags) == ["list_total", "restatement"]


# Fresh tune spans S18–S21, mechanisms worked out by hand on their sentences:
# line 574 (S19): the 其中 list runs past a rate clause (成功率96.3%) and past a ；to a part worded alike (…实验打靶):
#   686 + 98 = 784, an exact breakdown; with 98 read as 198 the parts exceed the whole (884 > 784).
L574 = "全年运行2714小时,完成大能量打靶784发次,其中物理实验打靶686发次,成功率96.3%;技术提升实验打靶{}发次,成功率100.0%"
# line 1098 (S20): 涵盖 lists four kinds of exhibits counted alike (款) among 3000余项: 40+50+60+100 = 250 ≤ 3000.
L1098 = "3000余项前沿展品集中亮相，涵盖40余款大模型、50余款AI终端产品、60余款智能机器人及100余款重磅新品"
# line 699: 涵盖 lists the contents of two guides (专题, 方向), counted otherwise than the whole (批): no check.
L699 = "依托国家战略科技力量实施集成电路基础研究专项计划,发布两批集成电路领域专项指南,涵盖9大专题、55个研究方向"
# line 241 (S18): top bands nest: 44 ≤ 200 (前1‰ within 前1%), 3 ≤ 44 (前0.1‰ within 前1‰).
L241 = "ESI中国内地高校排名显示,上海高校200个学科进入全球前1%,{}个学科进入全球前1‰,3个学科进入全球前0.1‰"
FRESH = [
    ("其中 past a rate and a ；", L574.format(98),
     [("2714小时", 2714, "hours", "小时"), ("784发次", 784, "count", "发次"), ("686发次", 686, "count", "发次"),
      ("96.3%", 96.3, "percent", "%"), ("98发次", 98, "count", "发次"), ("100.0%", 100.0, "percent", "%")],
     [("part_whole", "pass", ["784发次", "686发次", "98发次"])]),
    ("其中 past a ；mutated", L574.format(198),
     [("2714小时", 2714, "hours", "小时"), ("784发次", 784, "count", "发次"), ("686发次", 686, "count", "发次"),
      ("96.3%", 96.3, "percent", "%"), ("198发次", 198, "count", "发次"), ("100.0%", 100.0, "percent", "%")],
     [("part_whole", "fail", ["784发次", "686发次", "198发次"])]),
    ("涵盖 items counted alike", L1098,
     [("3000余项", 3000, "count", "项", "over"), ("40余款", 40, "count", "款", "over"), ("50余款", 50, "count", "款", "over"),
      ("60余款", 60, "count", "款", "over"), ("100余款", 100, "count", "款", "over")],
     [("part_whole", "pass", ["3000余项", "40余款", "50余款", "60余款", "100余款"])]),
    ("涵盖 contents counted otherwise", L699,
     [("两批", 2, "count", "批"), ("9大", 9, "count", "大"), ("55个", 55, "count", "个")], []),
    ("nested top bands", L241.format(44),
     [("200个", 200, "count", "个"), ("1%", 1, "percent", "%", "under"), ("44个", 44, "count", "个"),
      ("1‰", 1, "permille", "‰", "under"), ("3个", 3, "count", "个"), ("0.1‰", 0.1, "permille", "‰", "under")],
     [("part_whole", "pass", ["200个", "44个"]), ("part_whole", "pass", ["44个", "3个"])]),
    ("nested top bands mutated", L241.format(440),  # 440 in 前1‰ cannot exceed the 200 in 前1%
     [("200个", 200, "count", "个"), ("1%", 1, "percent", "%", "under"), ("440个", 440, "count", "个"),
      ("1‰", 1, "permille", "‰", "under"), ("3个", 3, "count", "个"), ("0.1‰", 0.1, "permille", "‰", "under")],
     [("part_whole", "fail", ["200个", "440个"]), ("part_whole", "pass", ["440个", "3个"])]),
]


@pytest.mark.parametrize("name,ctx,figures,expected", FRESH, ids=[c[0] for c in FRESH])
def test_fresh_span_part_whole(name, ctx, figures, expected):
    cl = claims_in(ctx, figures)
    for c in cl:
        c.kind = "rank" if c.base_unit in ("percent", "permille") and c.qualifier == "under" else \
            "share" if c.base_unit == "percent" else "level"
    out = run(V.part_whole, cl)
    assert summary(out) == expected
    assert [f.rule for f in out.flags] == [r for r, o, _ in expected if o == "fail"]


# line 2444 (S21): 80名 split by origin, the shares worded alike (…来自…): 40 + 46 + 14 = 100 ≤ 100; with 40 read as
# 50 they add up to 110. Line 2430 (S21): 45岁以下占比近九成、硕博学历超50% describe overlapping groups: no check.
L2444 = "训练营汇聚80名海内外大学生创业青年,其中{}%来自上海高校、46%来自除上海外其他国内高校、14%来自国外高校"
SHARE_SPLITS = [
    ("shares split a whole", L2444.format(40), [("80名", 80, "count", "名"), ("40%", 40, "percent", "%"),
                                                 ("46%", 46, "percent", "%"), ("14%", 14, "percent", "%")],
     [("list_total", "pass", ["40%", "46%", "14%"])]),
    ("shares split a whole mutated", L2444.format(50), [("80名", 80, "count", "名"), ("50%", 50, "percent", "%"),
                                                         ("46%", 46, "percent", "%"), ("14%", 14, "percent", "%")],
     [("list_total", "fail", ["50%", "46%", "14%"])]),
    ("overlapping shares", "吸引729个项目、2551名工程技术人员参赛,其中45岁以下占比90%、硕博学历超50%",
     [("729个", 729, "count", "个"), ("2551名", 2551, "count", "名"), ("90%", 90, "percent", "%"),
      ("50%", 50, "percent", "%", "over")], []),
]


@pytest.mark.parametrize("name,ctx,figures,expected", SHARE_SPLITS, ids=[c[0] for c in SHARE_SPLITS])
def test_shares_splitting_one_whole(name, ctx, figures, expected):
    cl = claims_in(ctx, figures)
    for c in cl:
        c.kind = "share" if c.base_unit == "percent" else "level"
    out = run(V.list_total, cl)
    assert summary(out) == expected
    assert [f.rule for f in out.flags] == [r for r, o, _ in expected if o == "fail"]


# line 1074 (S20): 150余家 large-model firms in the park are among the 超600家 of the whole district (全区), the same
# noun after both figures: 150 ≤ 600.
L1074 = "汇聚千亿元级基金矩阵吸引150余家大模型企业入驻, 带动全区超{}家大模型企业, 覆盖算力芯片、基础模型等人工智能全链条产业生态"
# line 2430 (S21): 40 projects selected (遴选) from the 729 entered: 40 ≤ 729; with 729 read as 29: 40 > 29.
L2430 = "大赛聚焦工程技术人才的选拔,吸引{}个项目、2551名工程技术人员参赛,其中45岁以下占比近九成;遴选优秀创新创业型项目40个,职称考核认定通过197人"
# line 578 (S19): the facility ran 2941.5 hours in the year (全年运行), its two laser systems ran (…运行) 1852 and 1089
# hours: 2941 ≤ 2941.5; with 1852 read as 2852 the items exceed the whole (3941 > 2941.5).
L578 = "全年运行2941.5小时,1拍瓦激光系统运行{}小时,10拍瓦激光系统运行1089小时,大能量打靶425发次"
SCOPES = [
    ("area-wide figure", L1074.format(600), [("150余家", 150, "count", "家", "over"), ("600家", 600, "count", "家", "over")],
     [("part_whole", "pass", ["600家", "150余家"])]),
    ("selected from the entered", L2430.format(729),
     [("729个", 729, "count", "个"), ("2551名", 2551, "count", "名"), ("40个", 40, "count", "个"),
      ("197人", 197, "count", "人")], [("part_whole", "pass", ["729个", "40个"])]),
    ("selected from the entered mutated", L2430.format(29),
     [("29个", 29, "count", "个"), ("2551名", 2551, "count", "名"), ("40个", 40, "count", "个"),
      ("197人", 197, "count", "人")], [("part_whole", "fail", ["29个", "40个"])]),
    ("items after a scoped whole", L578.format(1852),
     [("2941.5小时", 2941.5, "hours", "小时"), ("1拍瓦", 1, "other:拍瓦", "拍瓦"), ("1852小时", 1852, "hours", "小时"),
      ("10拍瓦", 10, "other:拍瓦", "拍瓦"), ("1089小时", 1089, "hours", "小时"), ("425发次", 425, "count", "发次")],
     [("part_whole", "pass", ["2941.5小时", "1852小时", "1089小时"])]),
    ("items after a scoped whole mutated", L578.format(2852),
     [("2941.5小时", 2941.5, "hours", "小时"), ("1拍瓦", 1, "other:拍瓦", "拍瓦"), ("2852小时", 2852, "hours", "小时"),
      ("10拍瓦", 10, "other:拍瓦", "拍瓦"), ("1089小时", 1089, "hours", "小时"), ("425发次", 425, "count", "发次")],
     [("part_whole", "fail", ["2941.5小时", "2852小时", "1089小时"])]),
    # line 574: 全年运行 is followed by another activity (打靶, another measure): no items
    ("scoped whole without items", "全年运行2714小时,完成大能量打靶784发次",
     [("2714小时", 2714, "hours", "小时"), ("784发次", 784, "count", "发次")], []),
]


@pytest.mark.parametrize("name,ctx,figures,expected", SCOPES, ids=[c[0] for c in SCOPES])
def test_scopes_selections_and_items(name, ctx, figures, expected):
    cl = claims_in(ctx, figures)
    out = run(V.part_whole, cl)
    assert summary(out) == expected
    assert [f.rule for f in out.flags] == [r for r, o, _ in expected if o == "fail"]
