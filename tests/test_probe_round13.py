"""The thirteenth session's subject rules. Each case is a sentence of a claims probe (claims-k41 … k44) whose subject
two annotators wrote alike without seeing each other's work or any program output (fixtures/probes/second/), and
which the extractor named otherwise before the session."""
import re

import pytest
from probe_docs import read_doc as _read

from extractors.claims import find_claims


def _subjects(text: str) -> dict[str, str]:
    return {f.raw: f.subject for f in find_claims(text)}


def test_a_share_named_with_its_own_word_ends_there():
    # k42: "…，占集成电路产业的比重首次超过四成" was named "…的比重首次比例"
    s = _subjects("集成电路设计业销售收入1426亿元，同比增长15.8%，占集成电路产业的比重首次超过四成。")
    assert s["四成"] == "集成电路设计业销售收入占集成电路产业比重"
    s = _subjects("民营企业购买技术金额同比增长28.4%，占企业购买额的比重从2023年的41.2%提升至46.5%。")
    assert s["46.5%"] == "民营企业购买技术金额占企业购买额比重"


def test_a_pair_of_changes_with_their_own_directions_follows_the_pair_of_levels():
    # k42: 分别比上年增长8.7%和下降4.5%: the 和下降 between them is no break of the list
    s = _subjects("2025年科创板上市公司实现营业收入4128亿元、净利润236亿元，分别比上年增长8.7%和下降4.5%。")
    assert s["8.7%"] == s["4128亿元"] == "科创板上市公司营业收入"
    assert s["4.5%"] == s["236亿元"] == "科创板上市公司净利润"


def test_a_listed_sibling_measure_takes_the_owner_and_a_named_owner_is_kept():
    s = _subjects("园区内规模以上生物医药企业实现工业产值1680亿元。")
    assert s["1680亿元"] == "园区内规模以上生物医药企业工业产值"
    # a name that carries its own owner word keeps it (集成电路、生物医药、人工智能产业规模)
    s = _subjects("集成电路、生物医药、人工智能产业规模分别为3900亿元、9800亿元、4500亿元")
    assert list(s.values()) == ["集成电路产业规模", "生物医药产业规模", "人工智能产业规模"]
    # a running total's 累计实现 is written as printed (tune gold)
    s = _subjects("探九公司孵化项目企业累计实现市场化融资额超过10亿元。")
    assert "累计实现" in s["10亿元"]


@pytest.mark.parametrize("text, raw, want", [
    ("40岁以下青年科研人员承担市级科技计划项目的比例达到58.3%。", "40岁", "青年科研人员年龄"),
    ("博士后平均年龄31.4岁，35岁以下的占92%。", "35岁", "博士后年龄"),
    ("到2027年，年龄在45岁以下的青年研发人员占比保持在七成左右。", "45岁", "青年研发人员年龄"),
    ("青年科学家项目面向年龄不超过35周岁的科研人员，每项资助不超过300万元。", "35周岁", "青年科学家项目科研人员年龄"),
    # the report's own: 40岁以下承担市科技项目负责人比例超过60% (tune gold 承担市科技项目负责人年龄)
    ("强化青年科技人才自主培养，40岁以下承担市科技项目负责人比例超过60%。", "40岁", "承担市科技项目负责人年龄"),
])
def test_an_age_limit_measures_the_age_of_the_people_it_bounds(text, raw, want):
    assert _subjects(text)[raw] == want


def test_an_age_with_no_bound_is_no_limit():
    fs = find_claims("技术经理人平均年龄36.5岁。")
    assert fs[0].subject == "技术经理人平均年龄"


@pytest.mark.parametrize("text, raw, want", [
    ("对首次认定的高新技术企业，给予最高20万元的一次性奖励。", "20万元", "首次认定高新技术企业一次性奖励"),
    ("对开展真实世界研究的产品，给予不超过200万元的一次性奖励。", "200万元", "开展真实世界研究产品一次性奖励"),
    ("对引进的顶尖科学家团队，给予1000万元至5000万元的综合资助，资助期5年。", "5000万元", "引进顶尖科学家团队综合资助"),
    ("对引进的顶尖科学家团队，给予1000万元至5000万元的综合资助，资助期5年。", "1000万元", "引进顶尖科学家团队综合资助"),
])
def test_a_granted_sum_is_the_grant_of_whom_the_sentence_names(text, raw, want):
    assert _subjects(text)[raw] == want


def test_a_grant_without_a_named_recipient_keeps_its_clause_subject():
    s = _subjects("每年最高补助100万元。")
    assert s["100万元"] != ""
    assert "给予" not in s["100万元"]


@pytest.mark.parametrize("text, raw, unit, base", [
    # 25千克 was read as 25千 (a scale) of nothing: a unit that opens with a scale is a unit
    ("单罐储氢量达到25千克。", "25千克", "千克", "other:公斤"),
    ("单枪功率最高达到600千瓦。", "600千瓦", "千瓦", "other:kW"),
    ("全长3.5千米。", "3.5千米", "千米", None),
    ("临港100兆瓦/200兆瓦时液流电池储能示范项目并网运行。", "200兆瓦时", "兆瓦时", "other:MWh"),
    ("平均每个服务区配置充电枪10—16把。", "16把", "把", "count"),
    # a scale before such a unit is still a scale (412.6万千瓦 is 4126000 kW)
    ("光伏装机412.6万千瓦。", "412.6万千瓦", "万千瓦", "other:kW"),
])
def test_a_unit_that_opens_with_a_scale_is_a_unit(text, raw, unit, base):
    f = next(f for f in find_claims(text) if f.raw == raw)
    assert f.unit == unit
    if base:
        assert f.base_unit == base
    if raw == "412.6万千瓦":
        assert f.norm_exact == "4126000"


def test_a_price_per_kilowatt_hour_opens_no_numeral():
    # 每千瓦时 was read as a claim 千瓦 (1000 W) beside the price
    raws = [f.raw for f in find_claims("按放电量给予每千瓦时0.2元的补贴，单个项目年度补贴最高不超过2000万元。")]
    assert raws == ["0.2元", "2000万元"]


def test_sessions_of_a_named_kind_are_counted():
    # 专题培训班64期: sessions, as 累计组织22期 (GUIDE); 第3期 stays an edition
    assert [f.raw for f in find_claims("全年举办科普讲解员、科学教师等专题培训班64期，培训7800余人次。")] == ["64期", "7800余人次"]
    assert [f.raw for f in find_claims("第3期培训班开班。")] == []


def test_a_price_per_unit_falls_from_one_figure_to_another():
    fs = find_claims("氢气终端售价从每公斤55元降至35元。")
    assert [(f.raw, f.direction, f.role) for f in fs] == [("55元", "down", "from"), ("35元", "down", "to")]


# ---------------------------------------------------------------- the relation probes fresh-ci … fresh-ck

@pytest.mark.parametrize("text", [
    "按市值规模看，市值超千亿元的企业5家、500亿—1000亿元的企业9家。",
    "市值在10亿元至30亿元、30亿元至100亿元和100亿元以上的企业分别为21家、48家和29家。",
    "本市创投机构管理人中，管理规模在百亿元以上的有63家，50亿元至100亿元的有48家。",
])
def test_a_band_naming_a_class_of_the_things_counted_is_a_threshold(text):
    # (fresh-ci; claims probes K35, K42: both annotators wrote threshold) the bounds of 500亿—1000亿元的企业 define the
    # class; the counts stay levels
    fs = find_claims(text)
    assert {f.kind for f in fs if f.role} == {"threshold"}
    assert {f.kind for f in fs if f.unit == "家"} == {"level"}


def test_a_band_of_a_stated_figure_is_no_threshold():
    fs = find_claims("全年研发投入在500亿—600亿元之间。")
    assert {f.kind for f in fs if f.role} != {"threshold"} or not fs


@pytest.mark.parametrize("mutate,flagged", [(False, False), (True, True)])
def test_items_of_breakdowns_of_two_totals_are_two_populations(tmp_path, mutate, flagged):
    # (fresh-ci) 受理…首发上市申请23家，分别为…生物医药6家… and 新认定的20家企业分别为…生物医药7家…: two lists of two totals,
    # so 6家 and 7家 are no copy of one figure; the second list restating the first (its total 23家) with 7 for 6 is
    from bench import probes as B
    text = (B.PROBES / "fresh-ci.md").read_text(encoding="utf-8")
    if mutate:
        text = text.replace("新认定的20家企业分别为集成电路8家、生物医药7家和人工智能5家",
                            "受理的23家申请分别为集成电路8家、生物医药7家、人工智能与软件5家和高端装备3家")
    claims, _, flags, lines = B.read(text, tmp_path)
    at = {c.claim_id: f"{lines.get(c.claim_id)}:{c.raw}" for c in claims}
    hit = [f for f in flags if f.rule == "restatement" and {"20:6家", "115:7家"} <= {at[i] for i in f.claim_ids.split("|")}]
    assert bool(hit) == flagged


@pytest.mark.parametrize("phd,outcome", [("6820", "pass"), ("16820", "fail")])
def test_a_named_whole_is_not_its_complement(tmp_path, phd, outcome):
    # (fresh-ck) 学历生31240人，非学历生27220人。学历生中，…: 非学历生 ends with 学历生 but names the others
    checks, _ = _read(tmp_path, f"2025年，在沪学习的国际学生共58460人，其中学历生31240人，非学历生27220人。学历生中，博士研究生{phd}人、"
                                "硕士研究生9150人、本科生15270人。")
    got = [(o, ws) for r, o, ws in checks if r == "part_whole" and "9150人" in ws]
    assert got == [(outcome, sorted(["31240人", f"{phd}人", "9150人", "15270人"]))]


@pytest.mark.parametrize("share,flagged", [("45.1%", False), ("54.1%", True)])
def test_a_sibling_is_no_total(tmp_path, share, flagged):
    # (fresh-ck) 境内嘉宾812位…境外嘉宾668位，占参会嘉宾总数的45.1%: 812 is the other part, the total is 1480
    # (668/1480 = 45.1%); two digits swapped are flagged against the total, never against the sibling
    _, flags = _read(tmp_path, "论坛共邀请中外嘉宾1480位，其中顶奖得主28位。",
                     f"从嘉宾来源看，境内嘉宾812位，主要来自在沪高校。境外嘉宾668位，占参会嘉宾总数的{share}。")
    shares = [ws for r, ws in flags if r == "share"]
    assert not [ws for ws in shares if "812位" in ws]
    assert bool([ws for ws in shares if "1480位" in ws]) == flagged


@pytest.mark.parametrize("sentence,flagged", [
    ("获资助的214名青年科学家分别为亚洲86人、欧洲71人、非洲33人和拉丁美洲24人。", False),
    ("境外嘉宾668位分别来自欧洲300位、北美340位和拉丁美洲24位。", True),
])
def test_an_item_of_a_list_of_another_total_is_no_copy_of_a_table_row(tmp_path, sentence, flagged):
    # (fresh-ck) 表1 境外嘉宾 by region (拉丁美洲 28 of 668) and 资助的214名青年科学家分别为…拉丁美洲24人: two populations,
    # no restatement; a list of the table's own total (668) with 24 for 28 is still flagged (its items miss the total)
    _, flags = _read(tmp_path, "### 表1 境外嘉宾来源（单位：位）\n地区\t嘉宾\n欧洲\t300\n北美\t340\n拉丁美洲\t28\n合计\t668",
                     sentence)
    item = re.search(r"拉丁美洲(24.)", sentence).group(1)
    assert not [ws for r, ws in flags if r == "restatement" and item in ws and "28" in ws and not flagged]
    assert bool([ws for r, ws in flags if item in ws]) == flagged


def test_the_probe_s_funded_scientists_by_region_are_no_copy_of_its_guests_by_region(tmp_path):
    # (fresh-ck, the whole probe: 表1 拉丁美洲 28 guests, 资助的214名…拉丁美洲24人; flagged as a miscopy before)
    from bench import probes as B
    claims, _, flags, lines = B.read((B.PROBES / "fresh-ck.md").read_text(encoding="utf-8"), tmp_path)
    at = {c.claim_id: f"{lines.get(c.claim_id)}:{c.raw}" for c in claims}
    assert not [f for f in flags if "106:24人" in {at[i] for i in f.claim_ids.split("|")}]


def test_a_worded_share_takes_its_whole_as_stated_in_its_own_passage(tmp_path):
    # (fresh-ci) the summary's 科创板上市企业研发投入642.85亿元 (line 14) and the chapter's 全年研发投入合计642.85亿元 (line 90),
    # then …生物医药领域研发投入142.74亿元，占科创板上市企业研发投入总额的24.2% (line 90; a deliberate error, 22.2%):
    # the whole checked is the one in front of the reader, and the error is flagged
    from bench import probes as B
    claims, checks, flags, lines = B.read((B.PROBES / "fresh-ci.md").read_text(encoding="utf-8"), tmp_path)
    at = {c.claim_id: f"{lines.get(c.claim_id)}:{c.raw}" for c in claims}
    got = [sorted(at[i] for i in k.claim_ids.split("|")) for k in checks if k.rule == "share" and
           "90:24.2%" in {at[i] for i in k.claim_ids.split("|")}]
    assert got == [["90:142.74亿元", "90:24.2%", "90:642.85亿元"]]
    assert [f for f in flags if "90:24.2%" in {at[i] for i in f.claim_ids.split("|")}]


def test_a_header_closing_on_its_unit_heads_its_column_whatever_figure_it_names(tmp_path):
    # (fresh-cl) 区域 | 12英寸产能(万片/月) | 8英寸产能(万片/月) | …: the 12 and 8 of the headers made the row read as a row of
    # sentences, so the table had no header, its cells no unit, and its totals went unchecked
    checks, flags = _read(tmp_path, "### 表2 2025年本市主要晶圆制造基地产能情况\n区域\t12英寸产能(万片/月)\t8英寸产能(万片/月)\n"
                                    "浦东张江\t21.6\t18.4\n临港新片区\t18.5\t2.0\n合计\t40.1\t20.4")
    assert ("table_total", "pass", ["18.5", "21.6", "40.1"]) in checks
    assert not [f for f in flags if f[0] == "unit_plausibility"]


@pytest.mark.parametrize("second,flagged", [("52710", False), ("384.36", True)])
def test_one_row_name_in_tables_of_two_measures_restates_nothing(tmp_path, second, flagged):
    # (fresh-cl) 表1 装备 2025年 384.63 (销售收入, 亿元) and 表3 装备 支持资金 52710 (万元): one row name, two measures; the
    # same measure in both (a second revenue table) with two digits swapped is still a miscopy
    head = "支持方向\t支持资金(万元)" if second == "52710" else "环节\t2025年"
    unit = "" if second == "52710" else "（单位：亿元）"
    checks, flags = _read(tmp_path, "### 表1 2024—2025年本市集成电路产业各环节销售收入（单位：亿元）\n环节\t2024年\t2025年\n"
                                    "设计\t1502.26\t1762.35\n装备\t328.94\t384.63\n合计\t1831.20\t2146.98",
                          "正文。", f"### 表3 2025年集成电路情况{unit}\n{head}\n设计\t1762.35\n装备\t{second}")
    assert bool([f for f in flags if f[0] == "restatement" and "384.63" in f[1]]) == flagged


@pytest.mark.parametrize("n,outcome", [("8", "pass"), ("18", "fail")])
def test_past_a_clause_after_a_list_its_items_are_no_whole_of_a_qizhong(tmp_path, n, outcome):
    # (fresh-cl) …项目14个，分别为…5个、…3个和…6个，计划总投资超过一千二百亿元，其中临港新片区承接项目8个: 8 of the 14, not of the 6
    checks, _ = _read(tmp_path, "全年新开工集成电路重大产业项目14个，分别为晶圆制造类5个、先进封装测试类3个和装备材料类6个，"
                                f"计划总投资超过一千二百亿元，其中临港新片区承接项目{n}个。")
    got = [(o, ws) for r, o, ws in checks if r == "part_whole" and f"{n}个" in ws]
    assert got == [(outcome, sorted(["14个", f"{n}个"]))]


def test_a_whole_naming_its_kinds_has_no_part_of_another_kind_past_a_semicolon(tmp_path):
    # (fresh-co) 技术转让和技术许可合同合计3503项，…其中技术许可合同1368项，以…为主；技术咨询合同4917项: the consulting
    # contracts are no kind the whole names; its one part is checked alone either way
    checks, flags = _read(tmp_path, "技术转让和技术许可合同合计3503项，成交额805.26亿元，其中技术许可合同1368项，以专利实施许可和技术秘密"
                                    "许可为主；技术咨询合同4917项，成交额76.83亿元，单项金额相对较小。")
    assert not [ws for r, ws in flags if r == "part_whole"]
    assert ("part_whole", "pass", ["1368项", "3503项"]) in checks


def test_a_parallel_part_of_a_whole_not_naming_kinds_runs_on_past_a_semicolon(tmp_path):
    # the rule above leaves the report's own form alone: 其中物理实验打靶686发次…；技术提升实验打靶98发次 (the whole names no kinds)
    checks, _ = _read(tmp_path, "全年完成打靶实验800发次，其中物理实验打靶686发次，成功率96.3%；技术提升实验打靶98发次。")
    assert ("part_whole", "pass", ["686发次", "800发次", "98发次"]) in checks


def _probe_checks(tmp_path, name):
    from bench import probes as B
    claims, checks, flags, lines = B.read((B.PROBES / f"{name}.md").read_text(encoding="utf-8"), tmp_path)
    at = {c.claim_id: f"{lines.get(c.claim_id)}:{c.raw}" for c in claims}
    return [(k.rule, k.outcome, sorted(at[i] for i in k.claim_ids.split("|"))) for k in checks], \
        [(f.rule, sorted(at[i] for i in f.claim_ids.split("|"))) for f in flags]


def test_a_worded_whole_is_compared_at_scale_not_as_printed(tmp_path):
    # (fresh-co) 平均每项…从971.6万元提升至1145.8万元 … 科研事业单位…498.17亿元，占全市技术合同成交总额的8.5%: 1145.8万元 is
    # less than 498.17亿元 (it was taken as larger, 1145.8 > 498.17, and 498.17亿元 / 1145.8万元 flagged as 434779%)
    checks, flags = _probe_checks(tmp_path, "fresh-co")
    assert not [ws for r, o, ws in checks if r == "share" and "26:1145.8万元" in ws]
    assert [o for r, o, ws in checks if r == "share" and "60:8.5%" in ws] == ["pass"]


def test_a_restatement_of_the_part_is_no_whole_of_it(tmp_path):
    # (fresh-cn) 市级财政资金16.25亿元 in the summary (line 12), then …财政资金合计266220万元…；市级财政资金162470万元，
    # 占财政资金的61.0% (line 50): 16.25亿元 is the part again (162470万元 rounded), no whole of it (a guard: comparing
    # wholes at scale, not as printed, first took it as one)
    checks, flags = _probe_checks(tmp_path, "fresh-cn")
    assert not [ws for r, o, ws in checks if r == "share" and "50:61.0%" in ws and "12:16.25亿元" in ws]


def test_data_page_lines_of_three_entries_stand_alone(tmp_path):
    # (fresh-cn) "累计备案…近60家，全年新增14家" over "企业举办17家，高校举办14家，浦东新区21家": joined as one paragraph, 14家
    # read as 14家企业 (subject 新增企业举办) and was paired with the table's 企业举办 17
    from bench import probes as B
    md = "<!-- t -->\n# 上海科技进步报告\n\n# 编委会\n\n# 数看上海科技\n\n### 机构布局\n\n累计备案新型研发机构近**60**家，全年新增**14**家\n\n" \
         "企业举办**17**家，高校举办**14**家，浦东新区**21**家\n"
    claims, _, _, lines = B.read(md, tmp_path)
    subjects = {(lines.get(c.claim_id), c.raw): c.subject for c in claims}
    new = [s for (ln, raw), s in subjects.items() if raw == "14家" and "新增" in s]
    assert new and not [s for s in new if "企业举办" in s]


def test_a_figure_after_a_row_label_and_de_is_that_row_not_the_total(tmp_path):
    # (fresh-cn) 评价结果为优秀的8家、…、不合格的2家 beside 表3 (机构数 8 17 14 3 2): 不合格的2家 is the row 不合格, not a total
    # of the rows (Σ 44 was flagged as ≠ 2)
    checks, flags = _read(tmp_path, "全年对备案满一年的44家机构开展绩效评价，评价结果为优秀的8家、良好的17家、合格的14家、基本合格的3家、"
                                    "不合格的2家。",
                          "### 表3 2025年绩效评价结果\n评价等次\t机构数(家)\n优秀\t8\n良好\t17\n合格\t14\n基本合格\t3\n不合格\t2\n合计\t44")
    assert not [ws for r, o, ws in checks if r == "list_total" and "2家" in ws]
    assert ("table_total", "pass", ["14", "17", "2", "3", "44", "8"]) in checks


def test_a_share_of_the_city_s_total_takes_it_though_its_sentence_does_not_say_quan_shi(tmp_path):
    # (fresh-co) 全年经认定登记的技术合同51260项，成交金额5873.46亿元 (the summary's first paragraph), then 流向外省市的
    # 技术合同成交额3723.53亿元，占全市技术合同成交总额的63.4%: the report's own scope goes unsaid
    checks, _ = _probe_checks(tmp_path, "fresh-co")
    assert ("share", "pass", ["10:5873.46亿元", "12:3723.53亿元", "12:63.4%"]) in checks


def test_a_mean_is_no_whole_and_a_starting_figure_no_part(tmp_path):
    # (fresh-cq) …累计运行机时32740小时，平均单个设施运行4677小时。其中上海光源全年运行机时从2024年的5860小时提升至6120小时:
    # 5860 + 6120 was checked against the mean 4677 and flagged; the rise itself is right
    checks, flags = _read(tmp_path, "全年本市7个主要运行设施累计运行机时32740小时，平均单个设施运行4677小时。其中上海光源全年运行机时从"
                                    "2024年的5860小时提升至6120小时，用户供光率保持在98%以上。")
    assert not [ws for r, ws in flags if r == "part_whole"]
    assert ("part_whole", "pass", ["32740小时", "6120小时"]) in checks


@pytest.mark.parametrize("light,outcome", [("6120", "pass"), ("36120", "fail")])
def test_a_part_after_qizhong_is_still_checked_against_the_total(tmp_path, light, outcome):
    checks, _ = _read(tmp_path, f"全年本市7个主要运行设施累计运行机时32740小时，平均单个设施运行4677小时。其中上海光源全年运行机时{light}小时。")
    assert [o for r, o, ws in checks if r == "part_whole" and f"{light}小时" in ws] == [outcome]


def test_the_last_item_of_a_list_is_no_total_of_a_table_s_rows(tmp_path):
    # (fresh-cr) …其中科技功臣奖2人、…、科学技术普及奖10项、国际科技合作奖6人 names every row of 表1 before 6人, which was taken
    # as the total of each of the table's columns (four flags)
    checks, flags = _probe_checks(tmp_path, "fresh-cr")
    assert not [ws for r, ws in flags if r == "list_total" and "10:6人" in ws]


def test_a_national_award_is_no_row_of_the_city_s_awards(tmp_path):
    # (fresh-cr) 获…国家技术发明奖11项 against 表1 技术发明奖 一等奖 12 (the city's): 国家 in front names another award
    checks, flags = _probe_checks(tmp_path, "fresh-cr")
    assert not [ws for r, o, ws in checks if r == "restatement" and "86:11项" in ws and "29:12" in ws]
    assert ("restatement", "pass", ["86:11项", "93:11"]) in checks  # its own row, 表3 (national awards)


def test_a_failed_sum_is_shown_in_the_total_s_own_scale(tmp_path):
    # (fresh-co, mutated under bench.probes --mutate) a table in 万元: the flag read «58734600» ≠ Σ … = 67519000000, the
    # sum in yuan beside the total as printed; QA reads the sum in the table's own scale first
    from bench import probes as B
    md = "<!-- t -->\n# 上海科技进步报告\n\n# 编委会\n\n# 综述\n\n## SUMMARIZE\n\n### 表2 2025年本市技术合同按卖方类型分布情况（单位：万元）\n" \
         "卖方类型\t成交金额\n企业法人\t51982700\n高等院校\t1876400\n其他\t4770200\n合计\t58734600\n"
    _, _, fl, _ = B.read(md, tmp_path)  # 51982700 + 1876400 + 4770200 = 58629300 ≠ 58734600
    assert any("58629300万元 = 586293000000" in f.message for f in fl if f.rule == "table_total")


@pytest.mark.parametrize("medical,flagged_parts", [
    ("961500", None),
    ("861500", ["1876400", "2143800", "4981700", "861500"]),  # the subtotal's own three rows, not 企业法人 above them
])
def test_a_subtotal_sums_the_rows_another_column_shows_it_sums(tmp_path, medical, flagged_parts):
    # (fresh-co, mutated) 科研事业单位小计 over 高等院校, 科研院所, 医疗卫生机构, below 企业法人: the 合同数 column adds up
    # over those three; with a miscopied 成交金额 cell no tail of that column adds up, and the subtotal took every row
    # above it (and the grand total then failed too, a flag on no miscopied figure)
    checks, flags = _read(tmp_path, "### 表2 2025年本市技术合同按卖方类型分布情况（单位：万元）\n卖方类型\t合同数(项)\t成交金额\n"
                                    f"企业法人\t44630\t51982700\n高等院校\t3215\t1876400\n科研院所\t1642\t2143800\n"
                                    f"医疗卫生机构\t968\t{medical}\n科研事业单位小计\t5825\t4981700\n其他\t805\t1770200\n"
                                    "合计\t51260\t58734600")
    got = [ws for r, ws in flags if r == "table_total"]
    assert got == ([] if flagged_parts is None else [flagged_parts])
