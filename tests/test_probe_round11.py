"""Forms found unchecked or misjudged on the eleventh session's fresh probes (fresh-bg … fresh-bj, claims-k36, k37;
written by helpers, scored by bench/probes.py before any change for them). Each case is a passage in the report's
style, the figures a reader finds in it with the subjects a reader gives them, and the outcome a reader works out by
hand; a mutated copy shows the check can fail."""
import dataclasses
import re
from decimal import Decimal

import pytest

from pipeline import validate as V
from test_validate import C, run


def _c(raw, value, base, context, subject, page, kind="level", scale=100000000):
    c = C(raw, value, value * scale if base == "CNY" else value, base, context=context, subject=subject, page=page,
          kind=kind)
    return dataclasses.replace(c, unit=re.sub(r"^[\d.,]+", "", raw))  # the unit as printed (个, 台, 亿元, %)


def _share_checks(claims):
    return sorted((k.outcome, k.claim_ids.split("|")[0].split("-")[1], k.expected)
                  for k in run(V.share, claims).checks)


def _share_figures(claims):
    return [{i.split("-")[1] for i in k.claim_ids.split("|")} for k in run(V.share, claims).checks]


# ---------------------------------------------------------------- a worded whole: 全市 for 本市, verbs on both sides

SUMMARY = "全年全市机器人产业产值1286.4亿元，同比增长21.7%。"
CHAPTER = "全年本市机器人产业实现产值1286.40亿元，同比增长21.7%。其中，工业机器人整机及核心零部件合计710.32亿元，" \
          "占全市机器人产业产值的{}%。"


@pytest.mark.parametrize("printed,outcome", [("55.2", "pass"), ("52.5", "fail")])
def test_a_whole_named_with_the_citys_scope_word_takes_the_latest_figure_saying_the_other(printed, outcome):
    # 710.32 / 1286.40 = 55.22%; the whole is the paragraph's own 本市…实现产值1286.40亿元, not the summary's copy
    text = CHAPTER.format(printed)
    claims = [_c("1286.4亿元", 1286.4, "CNY", SUMMARY, "全市机器人产业产值", 1),
              _c("1286.40亿元", 1286.40, "CNY", text, "本市机器人产业实现产值", 4),
              _c("710.32亿元", 710.32, "CNY", text, "工业机器人整机及核心零部件", 4),
              _c(f"{printed}%", float(printed), "percent", text, "工业机器人整机及核心零部件占全市机器人产业产值", 4,
                 kind="share")]
    assert _share_checks(claims) == [(outcome, f"{printed}%", f"{printed}%")]
    assert _share_figures(claims) == [{f"{printed}%", "710.32亿元", "1286.40亿元"}]


def test_the_other_scope_word_inside_a_subject_names_no_whole():
    # 申报本市瞪羚企业1562家 counts the applicants: 占全市瞪羚企业总数的25.5% is of the firms holding the title,
    # 318 / 1248 = 25.48%; with the holders' figure gone nothing may be checked against the applicants'
    text = "全年共有1562家企业申报本市瞪羚企业，新认定427家。截至年底，全市有效期内瞪羚企业1248家。" \
           "分区看，浦东新区瞪羚企业318家，占全市瞪羚企业总数的25.5%。"
    claims = [_c("1562家", 1562, "count", text, "申报本市瞪羚企业", 3),
              _c("427家", 427, "count", text, "新认定", 3),
              _c("1248家", 1248, "count", text, "全市有效期内瞪羚企业", 3),
              _c("318家", 318, "count", text, "浦东新区瞪羚企业", 3),
              _c("25.5%", 25.5, "percent", text, "浦东新区瞪羚企业占全市瞪羚企业总数", 3, kind="share")]
    assert _share_checks(claims) == [("pass", "25.5%", "25.5%")]
    assert _share_figures(claims) == [{"25.5%", "318家", "1248家"}]
    assert _share_checks([c for c in claims if c.raw != "1248家"]) == []


OPEN = "截至年底，市公共数据开放平台累计开放数据集6268个，开放接口1744个。"
KINDS = "按开放属性看，无条件开放数据集4135个，占累计开放数据集的{}%。"


@pytest.mark.parametrize("printed,outcome", [("66.0", "pass"), ("60.6", "fail")])
def test_a_verb_in_the_worded_whole_is_no_part_of_its_name(printed, outcome):
    # 4135 / 6268 = 65.97%: 占累计开放数据集的 names 平台累计开放数据集 (累计 dropped on both sides)
    claims = [_c("6268个", 6268, "count", OPEN, "市公共数据开放平台累计开放数据集", 2),
              _c("1744个", 1744, "count", OPEN, "开放接口", 2),
              _c("4135个", 4135, "count", KINDS.format(printed), "无条件开放数据集", 3),
              _c(f"{printed}%", float(printed), "percent", KINDS.format(printed), "无条件开放数据集占累计开放数据集", 3,
                 kind="share")]
    assert [k[:2] for k in _share_checks(claims)] == [(outcome, f"{printed}%")]


# ---------------------------------------------------------------- the part's own change between the part and 占

HUMANOID = "人形机器人产业增势强劲，全年实现产值96.48亿元，同比增长1.5倍，占全市机器人产业产值的{}%。"


@pytest.mark.parametrize("printed,outcome", [("7.5", "pass"), ("5.7", "fail")])
def test_a_share_after_its_parts_change_clause_takes_the_part(printed, outcome):
    # 96.48 / 1286.40 = 7.50%: the clause 同比增长1.5倍 stands between the part and 占
    text = HUMANOID.format(printed)
    claims = [_c("1286.40亿元", 1286.40, "CNY", CHAPTER.format("55.2"), "本市机器人产业实现产值", 4),
              _c("96.48亿元", 96.48, "CNY", text, "人形机器人产业产值", 5),
              _c("1.5倍", 1.5, "times", text, "人形机器人产业产值", 5, kind="change"),
              _c(f"{printed}%", float(printed), "percent", text, "人形机器人产业占全市机器人产业产值", 5, kind="share")]
    assert _share_checks(claims) == [(outcome, f"{printed}%", f"{printed}%")]


def test_a_clause_with_another_amount_between_stops_the_part():
    # …96.48亿元，带动投资31.2亿元，占…: the clause between holds an amount of its own, so 96.48 is not the share's
    # part and 31.2 is no part either (the clause is not a change); nothing is checked rather than a guess
    text = "人形机器人全年实现产值96.48亿元，同比增长1.5倍，带动社会投资超过31.2亿元以上，占全市机器人产业产值的7.5%。"
    claims = [_c("1286.40亿元", 1286.40, "CNY", CHAPTER.format("55.2"), "本市机器人产业实现产值", 4),
              _c("96.48亿元", 96.48, "CNY", text, "人形机器人产值", 5),
              _c("1.5倍", 1.5, "times", text, "人形机器人产值", 5, kind="change"),
              _c("31.2亿元", 31.2, "CNY", text, "带动社会投资", 5),
              _c("7.5%", 7.5, "percent", text, "占全市机器人产业产值", 5, kind="share")]
    assert all(f != {"7.5%", "96.48亿元", "1286.40亿元"} for f in _share_figures(claims))


# ---------------------------------------------------------------- 占全市的 after a sentence with a longer subject

SITES = "截至年底，全市累计建成各类低空起降点362个，其中eVTOL垂直起降场24个。浦东新区建成起降点96个，占全市的{}%。"


@pytest.mark.parametrize("printed,outcome", [("26.5", "pass"), ("25.6", "fail")])
def test_a_scope_share_takes_the_one_figure_before_sharing_its_head_noun(printed, outcome):
    # 96 / 362 = 26.52%: the city's figure says more (累计建成各类低空…) than the district's (建成起降点); the only
    # figure of the sentence before that is large enough and counts 起降点
    text = SITES.format(printed)
    claims = [_c("362个", 362, "count", text, "全市累计建成各类低空起降点", 2),
              _c("24个", 24, "count", text, "eVTOL垂直起降场", 2),
              _c("96个", 96, "count", text, "浦东新区建成起降点", 2),
              _c(f"{printed}%", float(printed), "percent", text, "浦东新区建成起降点占全市", 2, kind="share")]
    assert _share_checks(claims) == [(outcome, f"{printed}%", f"{printed}%")]


def test_a_scope_share_with_two_such_figures_before_checks_nothing():
    # two city figures of 起降点 in the sentence before (built, and planned): which one 占全市 means is not said
    text = "全市累计建成各类低空起降点362个，规划建设低空起降点580个。浦东新区建成起降点96个，占全市的26.5%。"
    claims = [_c("362个", 362, "count", text, "全市累计建成各类低空起降点", 2),
              _c("580个", 580, "count", text, "全市规划建设低空起降点", 2),
              _c("96个", 96, "count", text, "浦东新区建成起降点", 2),
              _c("26.5%", 26.5, "percent", text, "浦东新区建成起降点占全市", 2, kind="share")]
    assert _share_checks(claims) == []


# ---------------------------------------------------------------- a named part of a 其中 list opening its sentence

PARTS = "全年本市机器人核心零部件企业实现产值268.95亿元，同比增长25.5%。其中，精密减速器产值74.36亿元、伺服电机及" \
        "驱动器产值98.52亿元、控制器产值51.23亿元。伺服电机及驱动器产值占核心零部件产值的{}%。"


@pytest.mark.parametrize("printed,outcome", [("36.6", "pass"), ("33.6", "fail")])
def test_a_named_share_after_a_list_opening_its_own_sentence_takes_the_whole_before(printed, outcome):
    # 98.52 / 268.95 = 36.63%: the 其中 list is a sentence of its own; its whole closes the sentence before
    text = PARTS.format(printed)
    claims = [_c("268.95亿元", 268.95, "CNY", text, "本市机器人核心零部件企业实现产值", 3),
              _c("25.5%", 25.5, "percent", text, "本市机器人核心零部件企业实现产值", 3, kind="change"),
              _c("74.36亿元", 74.36, "CNY", text, "精密减速器产值", 3),
              _c("98.52亿元", 98.52, "CNY", text, "伺服电机及驱动器产值", 3),
              _c("51.23亿元", 51.23, "CNY", text, "控制器产值", 3),
              _c(f"{printed}%", float(printed), "percent", text, "伺服电机及驱动器产值占核心零部件产值", 3,
                 kind="share")]
    assert _share_checks(claims) == [(outcome, f"{printed}%", f"{printed}%")]
    assert _share_figures(claims) == [{f"{printed}%", "98.52亿元", "268.95亿元"}]


# ---------------------------------------------------------------- the rest opening the next sentence closes a list

def _sums(rule, claims):
    return [(k.outcome, k.expected, k.observed.split(" (")[0]) for k in run(rule, claims).checks]


SITES_LIST = "全市建成低空飞行测试场11个。其中，综合测试场4个、eVTOL专用测试场3个；其余{}个为无人机物流测试场。"


@pytest.mark.parametrize("rest,outcome", [("4", "pass"), ("3", "fail")])
def test_the_rest_after_a_semicolon_completes_a_list_after_qizhong(rest, outcome):
    # 4 + 3 + 4 = 11: with the rest the list is the whole breakdown, so a rest of 3 (Σ 10) is an error, not a
    # list of main items below the whole
    text = SITES_LIST.format(rest)
    claims = [_c("11个", 11, "count", text, "全市建成低空飞行测试场", 2),
              _c("4个", 4, "count", text, "综合测试场", 2),
              _c("3个", 3, "count", text, "eVTOL专用测试场", 2),
              _c(f"{rest}个", int(rest), "count", text, "其余", 2)]
    checks = run(V.part_whole, claims).checks
    assert [(k.outcome, len(k.claim_ids.split("|"))) for k in checks] == [(outcome, 4)]


FIELDS = "截至年底，全市建成投运具身智能训练场12个，部署各类机器人本体1790台。按建设主体看，由龙头企业牵头建设的5个，" \
         "由新型研发机构建设的4个；其余{}个由高校与产业园区联合建设。"


@pytest.mark.parametrize("rest,outcome", [("3", "pass"), ("2", "fail")])
def test_the_rest_after_a_semicolon_completes_a_breakdown_after_a_lead(rest, outcome):
    # 5 + 4 + 3 = 12 训练场 (not the 1790台 of robots): with the rest, Σ = total
    text = FIELDS.format(rest)
    claims = [_c("12个", 12, "count", text, "全市建成投运具身智能训练场", 2),
              _c("1790台", 1790, "count", text, "部署各类机器人本体", 2),
              _c("5个", 5, "count", text, "由龙头企业牵头建设", 2),
              _c("4个", 4, "count", text, "由新型研发机构建设", 2),
              _c(f"{rest}个", int(rest), "count", text, "其余", 2)]
    checks = [k for k in run(V.list_total, claims).checks if "12个" in k.claim_ids]
    assert [(k.outcome, len(k.claim_ids.split("|"))) for k in checks] == [(outcome, 4)]


def test_a_rest_of_another_measure_is_no_item():
    # 其余3台 counts robots, not 训练场: the list of 个 stays open (Σ ≤ total, 9 ≤ 12)
    text = FIELDS.format("3").replace("其余3个由", "其余3台机器人由")
    claims = [_c("12个", 12, "count", text, "全市建成投运具身智能训练场", 2),
              _c("5个", 5, "count", text, "由龙头企业牵头建设", 2),
              _c("4个", 4, "count", text, "由新型研发机构建设", 2),
              _c("3台", 3, "count", text, "其余", 2)]
    checks = [k for k in run(V.list_total, claims).checks if "12个" in k.claim_ids]
    assert [(k.outcome, len(k.claim_ids.split("|"))) for k in checks] == [("pass", 3)]


# ---------------------------------------------------------------- a table's total printed again at another scale

def _restated(text_raw, text_value, norm, qualifier=""):
    from test_restatement import C as RC, run as restate
    total = RC("486320", 486320, 486320, "count", "合计\t252\t486320\t169800", subject="合计 飞行架次(架次)", page=6,
               table_id="p6t3", row=7)
    total.section = "3 低空航线 > 表3 2025年本市低空航线及飞行情况"
    total.unit = "架次"
    text = RC(text_raw, text_value, norm, "count", f"全年全市低空飞行{text_raw}，同比增长31.2%。",
              subject="全年全市低空飞行", page=2, qualifier=qualifier)
    text.unit = "万架次"
    raw = {c.claim_id: c.raw for c in (total, text)}
    return [(k.outcome, sorted(raw[i] for i in k.claim_ids.split("|"))) for k in restate([total, text]).checks]


def test_a_tables_total_restated_at_another_scale_is_verified():
    # 48.63万架次 is 486320 rounded to its printed hundredth of 万 (486300 ± 50): the same figure under a header
    # (飞行架次) that shares few words with the sentence
    assert _restated("48.63万架次", 48.63, 486300) == [("pass", sorted(["486320", "48.63万架次"]))]


@pytest.mark.parametrize("raw,value,norm,qualifier", [
    ("48.36万架次", 48.36, 483600, ""),  # two digits swapped: no copy by value (and too few shared words to flag)
    ("近49万架次", 49, 490000, "near"),  # a bound: its value proves nothing
])
def test_no_pairing_by_value_for_a_figure_that_does_not_print_it(raw, value, norm, qualifier):
    assert _restated(raw, value, norm, qualifier) == []


# ---------------------------------------------------------------- 超N is a threshold, not a rounded figure

@pytest.mark.parametrize("bound,qualifier,exact,outcome", [
    ("超19万架", "over", 18.64, "fail"),   # 18.64万 is not over 19万, though 19 is printed to the 万
    ("超18万架", "over", 18.64, "pass"),
    ("近19万架", "near", 18.64, "pass"),   # a little short of 19万: the word the data page should have used
    ("不足18.5万架", "under", 18.64, "fail"),  # 18.64万 is not under 18.5万, though within its half-unit
])
def test_a_one_sided_bound_admits_no_figure_on_its_wrong_side(bound, qualifier, exact, outcome):
    from test_restatement import C as RC, run as restate
    printed = re.search(r"[\d.]+", bound).group(0)
    value = float(printed) if "." in printed else int(printed)  # (the printed decimals set the half-unit)
    text = RC(f"{exact}万架", exact, exact * 10000, "count", f"截至年底，全市实名登记民用无人机{exact}万架，比上年末增加1.75万架。",
              subject="全市实名登记民用无人机", page=4)
    data = RC(re.sub(r"^[^\d]+", "", bound), value, value * 10000, "count",
              f"实名登记民用无人机{bound}", subject="实名登记民用无人机", page=9, qualifier=qualifier)
    text.unit = data.unit = "万架"
    assert [k.outcome for k in restate([text, data]).checks] == [outcome]


# ---------------------------------------------------------------- a share whose part is a table's row

STATIONS = "浦东新区建有观测站412个，占全市的{}%，站网规模居各区首位。"


def _station_table(rows, caption="表1 2025年本市各区地面气象观测站分布情况"):
    out = []
    for r, (label, n) in enumerate(rows, start=1):
        c = _c(str(n), n, "count", "\t".join([label, str(n)]), f"{label} 观测站(个)", 3)
        out.append(dataclasses.replace(c, table_id="p3t1", row=r, col=1, section=f"1 观测站网 > {caption}",
                                       claim_id=f"d-{n}-{r}-1-3-t"))
    return out


@pytest.mark.parametrize("printed,outcome", [("22.1", "pass"), ("21.2", "fail")])
def test_a_share_whose_part_is_a_table_row_takes_the_tables_total(printed, outcome):
    # 412 / 1862 = 22.13%: the part is 表1's row 浦东新区, the whole its 合计 row (no figure of the text states it)
    text = STATIONS.format(printed)
    table = _station_table([("浦东新区", 412), ("闵行区", 156), ("嘉定区", 138), ("其他区", 1156), ("合计", 1862)])
    claims = [_c("412个", 412, "count", text, "浦东新区建有观测站", 2),
              _c(f"{printed}%", float(printed), "percent", text, "浦东新区建有观测站占全市", 2, kind="share")] + table
    assert _share_checks(claims) == [(outcome, f"{printed}%", f"{printed}%")]
    assert _share_figures(claims) == [{f"{printed}%", "412个", "1862"}]


def test_a_share_of_a_group_takes_the_groups_row():
    # 占未来信息领域营业收入的81.5%: 846.19 / 1038.48 = 81.49%, the 未来信息小计 row, not the 合计 (34.8%)
    text = "全年未来网络与6G领域重点企业实现营业收入846.19亿元，占未来信息领域营业收入的81.5%。"
    table = []
    for r, (label, v) in enumerate([("量子科技", 63.72), ("未来网络与6G", 846.19), ("类脑智能", 128.57),
                                    ("未来信息小计", 1038.48), ("合成生物", 752.86), ("合计", 2434.39)], start=1):
        c = _c(f"{v}", v, "CNY", f"{label}\t{v}", f"{label} 2025年", 5)
        table.append(dataclasses.replace(c, table_id="p5t2", row=r, col=2, claim_id=f"d-{v}-{r}-2-5-t"))
    claims = [_c("846.19亿元", 846.19, "CNY", text, "未来网络与6G领域重点企业实现营业收入", 4),
              _c("81.5%", 81.5, "percent", text, "未来网络与6G领域重点企业占未来信息领域营业收入", 4, kind="share")] + table
    assert _share_checks(claims) == [("pass", "81.5%", "81.5%")]
    assert _share_figures(claims) == [{"81.5%", "846.19亿元", "1038.48"}]


def test_a_national_share_takes_no_citys_table_total():
    text = "浦东新区建有观测站412个，占全国的0.6%。"
    table = _station_table([("浦东新区", 412), ("闵行区", 156), ("合计", 1862)])
    claims = [_c("412个", 412, "count", text, "浦东新区建有观测站", 2),
              _c("0.6%", 0.6, "percent", text, "浦东新区建有观测站占全国", 2, kind="share")] + table
    assert _share_checks(claims) == []


# ---------------------------------------------------------------- a whole breakdown names its whole by its sum

DIGITAL = ("全年本市完成馆藏文物数字化采集86420件/套，比上年增长18.6%。截至年底，累计完成数字化采集412680件/套。"
           "从采集主体看，上海博物馆完成31260件/套，上海图书馆完成18540件/套；其余{}件/套由各区属博物馆完成。")


@pytest.mark.parametrize("rest,outcome", [("36620", "pass"), ("3662", "fail")])
def test_a_complete_breakdown_adding_up_to_the_years_figure_breaks_that_down(rest, outcome):
    # 31260 + 18540 + 36620 = 86420, the year's figure (a sentence further back), not the 412680 accumulated;
    # a slip in the rest (3662) matches neither and is flagged
    text = DIGITAL.format(rest)
    claims = [_c(f"{v}件/套", v, "count", text, s, 2) for v, s in [
        (86420, "全年本市完成馆藏文物数字化采集"), (412680, "累计完成数字化采集"), (31260, "上海博物馆完成"),
        (18540, "上海图书馆完成"), (int(rest), "其余")]]
    checks = [k for k in run(V.list_total, claims).checks if len(k.claim_ids.split("|")) == 4]
    assert [k.outcome for k in checks] == [outcome]
    if outcome == "pass":
        assert any("86420" in i for i in checks[0].claim_ids.split("|"))


@pytest.mark.parametrize("rest,outcome", [("1122", "pass"), ("1212", "fail")])
def test_with_the_rest_the_parts_are_those_counted_as_the_whole(rest, outcome):
    # 724 + 1122 = 1846处; 五个新城 in the first part's clause says where, it is no part
    text = (f"全年本市新建改建智慧健身设施1846处。其中，市级财政资金支持建设724处，重点布局在中心城区和五个新城。"
            f"其余{rest}处由各区统筹建设。")
    claims = [_c("1846处", 1846, "count", text, "全年本市新建改建智慧健身设施", 2),
              _c("724处", 724, "count", text, "市级财政资金支持建设", 2),
              dataclasses.replace(_c("五个", 5, "count", text, "新城", 2), unit="个"),
              _c(f"{rest}处", int(rest), "count", text, "其余", 2)]
    got = [(k.outcome, len(k.claim_ids.split("|"))) for k in run(V.part_whole, claims).checks]
    assert got == [(outcome, 3)]


def test_a_rest_in_another_measure_word_keeps_the_parts():
    # 426台、738架、312台, 其余384台（套）: 1860台（套）, each part in its own word; 426 + 738 + 312 + 384 = 1860
    text = ("全年新增智能农机装备1860台（套），其中无人驾驶拖拉机426台、植保无人机738架、智能插秧机312台。"
            "其余384台（套）为智能收获和烘干装备。")
    claims = [_c("1860台（套）", 1860, "count", text, "全年新增智能农机装备", 2),
              _c("426台", 426, "count", text, "无人驾驶拖拉机", 2), _c("738架", 738, "count", text, "植保无人机", 2),
              _c("312台", 312, "count", text, "智能插秧机", 2), _c("384台（套）", 384, "count", text, "其余", 2)]
    assert [(k.outcome, len(k.claim_ids.split("|"))) for k in run(V.part_whole, claims).checks] == [("pass", 5)]


# ---------------------------------------------------------------- this year's figure is last year's moved by the difference

@pytest.mark.parametrize("text,outcome", [
    ("全市接入各类物联感知终端182.6万个，比上年的163.6万个增加19.0万个。", "pass"),
    ("全市接入各类物联感知终端182.6万个，比上年的163.6万个增加16.0万个。", "fail"),
    ("全市实名登记民用无人机18.64万架，比上年末的16.89万架增加1.75万架。", "pass"),
    ("全市燃油公交车0.82万辆，较上年末的1.05万辆减少0.23万辆。", "pass"),
    ("全市燃油公交车0.82万辆，较上年末的1.05万辆减少0.32万辆。", "fail"),
])
def test_a_stated_difference_moves_last_years_figure_to_this_years(text, outcome):
    nums = re.findall(r"([\d.]+)(万个|万架|万辆)", text)
    claims = [_c(f"{v}{u}", float(v), "count", text, "终端", 2, kind="change" if i == 2 else "level", scale=1)
              for i, (v, u) in enumerate(nums)]
    claims = [dataclasses.replace(c, norm_value=c.value * 10000, norm_exact=str(round(c.value * 10000))) for c in claims]
    got = [(k.outcome, len(k.claim_ids.split("|"))) for k in run(V.direction, claims).checks]
    assert got == [(outcome, 3)]


def test_a_difference_from_no_printed_prior_checks_nothing():
    # 较上年末增加63家: last year's figure is not printed, so nothing to add up
    text = "全市高新技术企业1247家，较上年末增加63家。"
    claims = [_c("1247家", 1247, "count", text, "全市高新技术企业", 2), _c("63家", 63, "count", text, "", 2, kind="change")]
    assert run(V.direction, claims).checks == []


# ---------------------------------------------------------------- units: a daily capacity, pieces or sets

@pytest.mark.parametrize("text,raw,unit,base,norm", [
    ("全市城镇污水处理能力达到1052.5万立方米/日，同比增长4.6%。", "1052.5万立方米/日", "万立方米/日", "other:m3/日", 10525000),
    ("全年新增馆藏文物数字化采集84620件/套。", "84620件/套", "件/套", "count", 84620),
])
def test_a_daily_capacity_and_pieces_or_sets_keep_their_unit(text, raw, unit, base, norm):
    # GUIDE §5: 台(套), 台/套 are counts with the unit as printed; a capacity per day is no volume (万立方米)
    from decimal import Decimal
    from extractors.claims import find_claims
    got = {f.raw: f for f in find_claims(text)}
    assert raw in got
    assert (got[raw].unit, got[raw].base_unit, Decimal(got[raw].norm_exact)) == (unit, base, Decimal(norm))


def test_a_stock_named_by_its_verb_alone_is_no_worded_whole():
    # 占累计采集总量的11.7%: without 累计, 采集 alone would name the year's 86420 (48260 / 86420 = 55.8%, a false flag)
    text = ("全年本市完成馆藏文物数字化采集86420件/套。截至年底，累计完成数字化采集412680件/套。"
            "三维扫描累计完成48260件/套，占累计采集总量的11.7%。")
    claims = [_c("86420件/套", 86420, "count", text, "全年本市完成馆藏文物数字化采集", 2),
              _c("412680件/套", 412680, "count", text, "累计完成数字化采集", 2),
              _c("48260件/套", 48260, "count", text, "三维扫描累计完成", 2),
              _c("11.7%", 11.7, "percent", text, "三维扫描占累计采集总量", 2, kind="share")]
    assert all(k.outcome != "fail" for k in run(V.share, claims).checks)


# ---------------------------------------------------------------- a share reached is the share stated elsewhere

@pytest.mark.parametrize("summary", ["8.6", "6.8"])
def test_a_share_reached_from_last_years_is_the_share_stated_elsewhere(summary):
    # the summary's 8.6% is the 8.6% the move reached (it was left unpaired, its direction differing); a summary
    # printing 6.8% is never passed, and last year's 9.8% is no statement of this year's share
    from test_restatement import C as RC, run as restate
    body = "全年本市公共供水总量31.42亿立方米，公共供水管网漏损率从上年的9.8%下降至8.6%，提前完成目标。"
    head = f"全市公共供水管网漏损率降至{summary}%，城镇污水处理能力持续提升。"
    a = RC(f"{summary}%", float(summary), float(summary), "percent", head, kind="share", subject="全市公共供水管网漏损率",
           page=1)
    prior = RC("9.8%", 9.8, 9.8, "percent", body, kind="share", subject="公共供水管网漏损率", page=3, direction="down")
    reached = RC("8.6%", 8.6, 8.6, "percent", body, kind="share", subject="公共供水管网漏损率", page=3, direction="down")
    checks = restate([a, prior, reached]).checks
    assert all(prior.claim_id not in k.claim_ids.split("|") for k in checks)
    if summary == "8.6":
        assert [(k.outcome, set(k.claim_ids.split("|"))) for k in checks] == [("pass", {a.claim_id, reached.claim_id})]
    else:
        assert all(k.outcome != "pass" for k in checks)


# ---------------------------------------------------------------- a 其中 part with its predicate; a bare 占 after a share

@pytest.mark.parametrize("printed,outcome", [("59.4", "pass"), ("61.3", "fail")])
def test_a_part_followed_by_what_it_does_is_the_shares_part(printed, outcome):
    # 98 / 165 = 59.39%; 61.3% is the probe's slip (98 / 160, last year's count)
    text = f"截至年底，全市备案博物馆165家，比上年增加5家。其中98家建成智慧导览系统，占全市备案博物馆的{printed}%。"
    claims = [_c("165家", 165, "count", text, "全市备案博物馆", 2), _c("5家", 5, "count", text, "全市备案博物馆", 2, kind="change"),
              _c("98家", 98, "count", text, "建成智慧导览系统", 2),
              _c(f"{printed}%", float(printed), "percent", text, "占全市备案博物馆", 2, kind="share")]
    assert _share_checks(claims) == [(outcome, f"{printed}%", f"{printed}%")]


@pytest.mark.parametrize("printed,outcome", [("25.4", "pass"), ("28.3", "fail")])
def test_a_bare_share_after_a_share_keeps_its_whole(printed, outcome):
    # 46.3 / 182.6 = 25.36%: 燃气监测终端占… names no whole, the clause before's (物联感知终端总数) holds
    text1 = ("全市接入各类城市运行安全物联感知终端182.6万个。其中，燃气监测终端46.3万个、电力设施监测终端55.4万个。")
    text2 = f"电力设施监测终端占物联感知终端总数的30.3%，燃气监测终端占{printed}%，城市生命线实现实时感知。"
    claims = [_c("182.6万个", 182.6, "count", text1, "全市接入各类城市运行安全物联感知终端", 3, scale=10000),
              _c("46.3万个", 46.3, "count", text1, "燃气监测终端", 3, scale=10000),
              _c("55.4万个", 55.4, "count", text1, "电力设施监测终端", 3, scale=10000),
              _c("30.3%", 30.3, "percent", text2, "电力设施监测终端占物联感知终端总数", 4, kind="share"),
              _c(f"{printed}%", float(printed), "percent", text2, "燃气监测终端", 4, kind="share")]
    claims = [dataclasses.replace(c, norm_value=c.value * 10000, norm_exact=str(round(c.value * 10000)))
              if c.base_unit == "count" else c for c in claims]
    got = [k for k in _share_checks(claims) if k[1] == f"{printed}%"]
    assert got == [(outcome, f"{printed}%", f"{printed}%")]


@pytest.mark.parametrize("bound,exact,flagged", [
    ("超9亿元", 8.974, True),    # just below the threshold: the data page should say 近9亿元
    ("超9亿元", 9.12, False),
    ("近9亿元", 8.974, False),
])
def test_a_figure_just_below_an_over_bound_is_a_slip(bound, exact, flagged):
    from test_restatement import C as RC, run as restate
    body = RC(f"{exact}亿元", exact, round(exact * 1e8), "CNY", f"全年本市水务领域研发投入合计{exact}亿元，同比增长15.6%。",
              subject="全年本市水务领域研发投入", page=5)
    data = RC("9亿元", 9, 900000000, "CNY", f"水务领域研发投入{bound}", subject="水务领域研发投入", page=9,
              qualifier="over" if bound.startswith("超") else "near")
    body.unit = data.unit = "亿元"
    # (other figures of the report: what the two statements share is weighed against the rest's wording)
    others = [RC(f"{v}亿元", v, round(v * 1e8), "CNY", f"{s}{v}亿元", subject=s, page=6)
              for v, s in [(3.03, "市级和区级财政科技投入合计"), (4.77, "水务企业研发投入"), (12.6, "海绵城市建设投资")]]
    out = restate([body, data] + others)
    assert bool(out.flags) == flagged


# ---------------------------------------------------------------- lists: names after 分别; a lead named alike by two

@pytest.mark.parametrize("last,outcome", [("25", "pass"), ("52", "fail")])
def test_names_listed_after_fenbie_one_per_figure_break_the_figure_before_down(last, outcome):
    # 63 + 58 + 25 = 146 (three performers named, three figures); 63 + 58 + 52 = 173 > 146 is an error
    text = f"全年共立项防灾减灾领域科技项目146项，分别由企业、高校和科研院所牵头63项、58项和{last}项，聚焦灾害机理。"
    claims = [_c(f"{v}项", int(v), "count", text, s, 2) for v, s in
              [("146", "立项防灾减灾领域科技项目"), ("63", "牵头"), ("58", "牵头"), (last, "牵头")]]
    got = [(k.outcome, len(k.claim_ids.split("|"))) for k in run(V.list_total, claims).checks]
    assert got == [(outcome, 4)]


@pytest.mark.parametrize("last,checked", [("23", True), ("32", False)])
def test_a_lead_named_alike_by_two_figures_breaks_down_the_one_its_items_add_up_to(last, checked):
    # 落地场景 shares 场景 with 128个 (征集…场景) and 落地 with 96个 (遴选落地): 24 + 31 + 18 + 23 = 96 tells which; a
    # list adding up to neither is left unchecked rather than held to a guessed total
    text = ("全年征集“体育+科技”赛事应用场景128个，遴选落地96个，落地率75.0%。落地场景分别为智能计时与辅助判罚24个、"
            f"智慧观赛31个、运动员数据监测18个和赛事安保与运行{last}个。")
    claims = [_c(f"{v}个", int(v), "count", text, s, 2) for v, s in
              [("128", "征集“体育+科技”赛事应用场景"), ("96", "遴选落地"), ("24", "智能计时与辅助判罚"), ("31", "智慧观赛"),
               ("18", "运动员数据监测"), (last, "赛事安保与运行")]]
    got = [(k.outcome, sorted(k.claim_ids.split("|"))[0]) for k in run(V.list_total, claims).checks]
    assert (got == [("pass", sorted(c.claim_id for c in claims[1:])[0])]) == checked
    assert all("128个" not in k.claim_ids for k in run(V.list_total, claims).checks)


# ---------------------------------------------------------------- spurious flags of the third batch (fresh-bo … br)

def test_a_row_printing_two_amounts_of_one_period_restates_no_other_tables_row():
    # 表2 卫星应用与数据服务 2025年 437.65亿元 (revenue) and 表3 卫星应用与数据服务 | 市级财政经费 5180 | 带动企业投入 13970
    # (万元, 2025): one label, one period, but 表3's row prints two amounts; neither is the revenue
    from pipeline.restated_rows import restated_rows
    def cell(raw, value, norm, table, page, col, header):
        c = C(raw, value, norm, "CNY", context=f"卫星应用与数据服务\t{raw}", subject=f"卫星应用与数据服务 {header}",
              page=page, table_id=table, row=5, col=col, period="2025")
        return c
    claims = [cell("437.65", 437.65, 43765000000, "p6t2", 6, 2, "2025年"),
              cell("5180", 5180, 51800000, "p7t3", 7, 2, "市级财政经费(万元)"),
              cell("13970", 13970, 139700000, "p7t3", 7, 3, "带动企业投入(万元)")]
    out = V.Outcome([], [])
    restated_rows(claims, out)
    assert out.flags == [] and out.checks == []


def test_a_header_closing_on_a_measure_word_of_times_gives_the_unit():
    from pipeline.claims import _header_measure
    assert [_header_measure(h) for h in ("抽检批次", "不合格批次", "服务人次", "入选人数", "抽检环节", "企业家")] == \
        ["批次", "批次", "人次", "人", "", ""]


def test_a_scoped_lead_names_the_whole_before_its_qizhong_items():
    # 首发新品中，智能化、数字化新品532款: of the 1386款 stated first, not of its item 全球首发214款
    text = ("全年在沪首发新品1386款，其中全球首发新品214款、亚洲首发168款，中国首发1004款。"
            "首发新品中，智能化、数字化新品532款，新品类不断涌现。")
    claims = [_c(f"{v}款", v, "count", text, s, 4) for v, s in
              [(1386, "全年在沪首发新品"), (214, "全球首发新品"), (168, "亚洲首发"), (1004, "中国首发"), (532, "智能化、数字化新品")]]
    checks = [k for k in run(V.part_whole, claims).checks if any("532款" in i for i in k.claim_ids.split("|"))]
    assert [k.outcome for k in checks] == ["pass"] and any("1386款" in i for i in checks[0].claim_ids.split("|"))


@pytest.mark.parametrize("last,outcome", [("46", "pass"), ("64", "fail")])
def test_parts_adding_up_to_the_whole_are_not_run_on_past_a_semicolon(last, outcome):
    # 183 + 97 + 46 = 326: 上市企业17家 and 小巨人企业23家 after the ； count the 326 another way
    text = (f"全市区块链与隐私计算重点企业326家，较上年增加39家，其中区块链企业183家、隐私计算企业97家、密码与安全企业{last}家；"
            "上市企业17家，国家级专精特新“小巨人”企业23家。")
    claims = [_c(f"{v}家", int(v), "count", text, s, 5) for v, s in
              [("326", "全市区块链与隐私计算重点企业"), ("183", "区块链企业"), ("97", "隐私计算企业"), (last, "密码与安全企业"),
               ("17", "上市企业"), ("23", "国家级专精特新“小巨人”企业")]]
    claims[1:1] = [_c("39家", 39, "count", text, "较上年增加", 5, kind="change")]
    got = [(k.outcome, len(k.claim_ids.split("|"))) for k in run(V.part_whole, claims).checks]
    # the mutated list (183 + 97 + 64 = 344 > 326) overflows alone, whatever it runs on to
    assert got == [("pass", 4)] if outcome == "pass" else [o for o, _ in got] == ["fail"]


def test_times_are_no_part_of_things():
    # …接入数据节点2.64万个，其中金融机构节点占比37.4%；隐私计算平台全年调用量4.6亿次: 次 counts calls, not nodes
    text = "隐私计算平台47个，接入数据节点2.64万个，其中金融机构节点占比37.4%，隐私计算平台全年调用量4.6亿次。"
    claims = [_c("47个", 47, "count", text, "隐私计算平台", 9), _c("2.64万个", 2.64, "count", text, "接入数据节点", 9, scale=1),
              _c("37.4%", 37.4, "percent", text, "金融机构节点占比", 9, kind="share"),
              _c("4.6亿次", 4.6, "count", text, "隐私计算平台全年调用量", 9, scale=1)]
    claims = [dataclasses.replace(c, norm_value=v, norm_exact=str(v)) if v else c
              for c, v in zip(claims, [None, 26400, None, 460000000])]
    assert [k for k in run(V.part_whole, claims).flags] == []


@pytest.mark.parametrize("other,unit,subject,slip", [
    ("12", "个", "建设数字化转型实训基地", False),        # 服务商120家 / 实训基地12个: two things, not a shifted copy
    ("12", "家", "遴选发布消费品工业数字化转型服务商", True),  # the same measure word: a zero dropped in the copy
    ("1.2", "个", "建设数字化转型实训基地", True),        # a fractional count is a slip whatever the words
])
def test_a_whole_count_shifted_in_another_measure_word_names_another_thing(other, unit, subject, slip):
    from pipeline import restatement as R
    from test_restatement import C as RC
    data = RC("120家", 120, 120, "count", "数字化转型服务商120家，行业级工业互联网平台24个", subject="数字化转型服务商", page=8)
    value = float(other) if "." in other else int(other)
    body = RC(f"{other}{unit}", value, value, "count", f"{subject}{other}{unit}，形成全流程服务能力。", subject=subject,
              page=7)
    data.unit, body.unit = "家", unit
    claims = [data, body]
    a, b = R._candidates(claims, R._placements(claims))
    assert R.slip(a, b, similarity=0.55) == slip


@pytest.mark.parametrize("last,outcome", [("2421", "pass"), ("2241", "fail")])
def test_a_count_inside_an_items_name_is_no_item(last, outcome):
    # 3847 + 2421 = 6268: 16个区 names the second item's source, its figure is the 2421个 that closes it
    text = f"截至年底，市公共数据开放平台累计开放数据集6268个。6268个数据集分别来自市级部门3847个和16个区{last}个。"
    claims = [_c(f"{v}个", int(v), "count", text, s, 3) for v, s in
              [("6268", "累计开放数据集"), ("6268", "数据集"), ("3847", "市级部门"), ("16", "区"), (last, "区")]]
    got = [(k.outcome, len(k.claim_ids.split("|"))) for k in run(V.list_total, claims).checks
           if any(f"{last}个" in i for i in k.claim_ids.split("|"))]
    assert got == [(outcome, 3)]


def test_occurrences_are_counted_apart_from_things():
    # 融资事件 eVTOL领域21起 is no copy of eVTOL垂直起降场24个 (起 counts occurrences, as 次 does)
    from test_restatement import C as RC, run as restate
    a = RC("24个", 24, 24, "count", "全市累计建成各类低空起降点362个，其中eVTOL垂直起降场24个。", subject="eVTOL垂直起降场", page=5)
    b = RC("21起", 21, 21, "count", "其中eVTOL领域21起，无人机领域24起，其他领域12起", subject="eVTOL领域", page=8)
    a.unit, b.unit = "个", "起"
    assert restate([a, b]).checks == []


# ---------------------------------------------------------------- fourth batch (fresh-bs … bv)

NUCLEAR = [("核岛主设备", "214.36"), ("常规岛设备", "158.73"), ("辅助系统与仪控", "112.85"), ("核电装备小计", "485.94"),
           ("先进核能装备", "72.48"), ("同位素及放射性药品", "78.14"), ("核医学与放射治疗装备", "395.36"),
           ("辐照加工与检测服务", "254.55"), ("核技术应用小计", "728.05"), ("合计", "1286.47")]


@pytest.mark.parametrize("row,value,flagged", [(None, None, ""), (6, "87.14", "核技术应用小计"), (5, "82.48", "合计")])
def test_a_row_between_two_groups_stands_alone(row, value, flagged):
    # 核技术应用小计 728.05 = 78.14 + 395.36 + 254.55 (not with 先进核能装备 72.48 above them); 合计 1286.47 = 485.94 +
    # 72.48 + 728.05. A slip inside the group flags its subtotal; one in the row standing alone flags the 合计
    cells = []
    for r, (label, v) in enumerate(NUCLEAR, start=1):
        v = value if r == row else v
        cells.append(C(v, float(v), Decimal(v) * 100000000, "CNY", decimals=2, subject=f"{label} 2025年",
                       table_id="p6t2", row=r, col=2))
    out = run(V.table_totals, cells)
    labels = {c.claim_id: c.subject.split(" ")[0] for c in cells}
    got = [labels[f.claim_ids.split("|")[0]] for f in out.flags]
    # (a slip inside the group leaves no tail adding up, so the group takes the lone row back and the 合计 is flagged
    # too: two flags for one slip, the first naming the right total)
    assert (flagged in got) if flagged else got == []
    if row == 5:
        assert got == ["合计"]


@pytest.mark.parametrize("other,flagged", [("14.4", False), ("14.7", True)])
def test_one_measure_of_two_owners_is_no_slip(other, flagged):
    # 核能与核技术产业…同比增长14.2% and 核电装备…同比增长14.4%: two owners' growth, not one figure miscopied;
    # the same owner's growth printed 14.7% elsewhere is
    from test_restatement import C as RC, run as restate
    a = RC("14.2%", 14.2, 14.2, "percent", "全年本市核能与核技术产业实现产值1286.47亿元，同比增长14.2%。", kind="change",
           subject="核能与核技术产业实现产值", page=3, direction="up")
    subject = "核电装备实现产值" if not flagged else "核能与核技术产业实现产值"
    b = RC(f"{other}%", float(other), float(other), "percent", f"全年本市{subject}485.94亿元，同比增长{other}%。",
           kind="change", subject=subject, page=4, direction="up")
    out = restate([a, b])
    assert bool(out.flags) == flagged


def test_a_breakdown_overflowing_the_qizhong_part_before_it_is_not_held_to_it():
    # …有效漏洞12864个…。其中，高危漏洞4344个…。按发现主体看，7935个、2716个: the breakdown is of the valid ones (or
    # of all reported), not of the 高危 part; 7935 + 2716 > 4344 is no error of the report
    text = ("全年报送漏洞14350个，经审核确认有效漏洞12864个，有效率89.6%。其中，高危漏洞4344个，占有效漏洞总数的33.8%。"
            "按发现主体看，网络安全企业发现7935个，高校和科研院所发现2716个。")
    claims = [_c(f"{v}个", v, "count", text, s, 4) for v, s in
              [(14350, "报送漏洞"), (12864, "有效漏洞"), (4344, "高危漏洞"), (7935, "网络安全企业发现"), (2716, "高校和科研院所发现")]]
    assert run(V.list_total, claims).flags == []


@pytest.mark.parametrize("rest,outcome", [("33", "pass"), ("23", "fail")])
def test_the_rest_after_a_qizhong_sentence_completes_the_whole_before_it(rest, outcome):
    # 186 = 112 + 41 + 33: the whole is the 186场 before 其中, not the first part (112场)
    text = f"上海时装周全年举办发布活动186场。其中独立设计师品牌发布112场，国际品牌发布41场；其余{rest}场为院校专场。"
    claims = [_c(f"{v}场", int(v), "count", text, s, 5) for v, s in
              [("186", "举办发布活动"), ("112", "独立设计师品牌发布"), ("41", "国际品牌发布"), (rest, "其余")]]
    out = V.Outcome([], [])
    V.part_whole(claims, out)
    V.list_total(claims, out)
    assert sorted({k.outcome for k in out.checks}) == [outcome]
    assert all("186场" in k.claim_ids for k in out.checks)
