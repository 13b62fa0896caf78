"""The fourteenth session's rules, from the relation probes fresh-ct … fresh-de and the misses of the older probes.
Each case fails on the code from before it, unless marked as a guard."""
import pytest
from probe_docs import read_doc as _read


def test_a_share_takes_its_whole_as_printed_nearest_before_it(tmp_path):
    # (fresh-aq) the summary's 28.48万小时 and the chapter's 284832小时 are one figure; the share of the chapter's
    # sentence is checked on the figure the reader has in front of them, the more precise
    checks, _ = _read(tmp_path, "全年主要大科学装置累计运行机时28.48万小时，用户机时占比超过八成。",
                      "# 1 重大科技基础设施", "## 1.1 设施运行",
                      "全年主要大科学装置累计运行284832小时，为用户提供实验机时247985小时，用户机时占运行机时的87.1%。")
    shares = [(o, ws) for r, o, ws in checks if r == "share" and "87.1%" in ws]
    assert shares == [("pass", sorted(["87.1%", "247985小时", "284832小时"]))]


@pytest.mark.parametrize("cell,outcome", [("392500", ["pass"]), ("393500", [])])
def test_a_row_named_by_its_owner_in_front_of_the_subject_is_quoted(tmp_path, cell, outcome):
    # (fresh-ao, fresh-r) 其中，高校转化合同金额39.25亿元 and 表1's row 高校, its one amount column 合同金额(万元): a label of
    # two characters quotes its row when it opens the subject as the owner; as for any quoted row, the pair is read
    # as one figure only when the values agree (a miscopied cell is left to the table's total, which flags it)
    checks, _ = _read(tmp_path, "全年高校院所成果转化合同金额合计67.38亿元。其中，高校转化合同金额39.25亿元，继续发挥主力军作用。",
                      "### 表1 2025年高校院所成果转化情况",
                      f"单位类型\t合同项数(项)\t合同金额(万元)\n高校\t1842\t{cell}\n科研院所\t1265\t281300\n"
                      f"合计\t3107\t673800")
    got = [o for r, o, ws in checks if r == "restatement" and ws == sorted(["39.25亿元", cell])]
    assert got == outcome


def test_a_short_label_inside_a_subject_quotes_no_row(tmp_path):
    # guard: 高校 inside 部属高校附属医院 names no row 高校 of the table
    checks, _ = _read(tmp_path, "全年部属高校附属医院转化合同金额39.25亿元。",
                      "### 表1 2025年高校院所成果转化情况",
                      "单位类型\t合同项数(项)\t合同金额(万元)\n高校\t1842\t392500\n科研院所\t1265\t281300\n"
                      "合计\t3107\t673800")
    assert not [ws for r, o, ws in checks if r == "restatement" and "392500" in ws]


def test_an_abbreviation_in_brackets_is_part_of_a_name():
    # (fresh-cv) 其中医药研发外包服务（CRO）营业收入642.5亿元 was given the whole's subject: the bracket broke the clause
    from extractors.claims import find_claims
    fs = {f.raw: f.subject for f in find_claims(
        "全年研究和试验发展企业实现营业收入1856.3亿元，其中医药研发外包服务（CRO）营业收入642.5亿元；CRO营业收入中，"
        "临床研究服务238.6亿元。")}
    assert fs["642.5亿元"] == "医药研发外包服务（CRO）营业收入"


@pytest.mark.parametrize("lead", ["按依托单位分，", "按用户所在单位类型看，", "按所有制分，", "分大类看，", "分园区看，", "按身份分，"])
@pytest.mark.parametrize("last,outcome", [("5", "pass"), ("6", "fail")])
def test_a_breakdown_lead_may_name_its_dimension_in_more_words(tmp_path, lead, last, outcome):
    # (fresh-cq, fresh-cu, fresh-cv, fresh-de) the lead's dimension (单位, 所有制, 大类, 园区, 身份) and up to six
    # characters before it
    checks, _ = _read(tmp_path, f"全年支持建设概念验证中心32个。{lead}高校19个、科研院所8个，其余{last}个由医疗卫生机构建设。")
    got = [o for r, o, ws in checks if r == "list_total" and "32个" in ws and "19个" in ws]
    assert got == [outcome]


@pytest.mark.parametrize("done,outcome", [("380", "pass"), ("370", "fail")])
def test_the_count_due_is_the_base_of_its_rate(tmp_path, done, outcome):
    # (fresh-cw) 应履约企业381家 says the rate's stem (履约) but counts those due: it was read as the numerator, and
    # 381/380 = 100.26% flagged against 99.7%
    checks, _ = _read(tmp_path, f"2024年度配额清缴工作中，应履约企业381家，按时足额完成清缴{done}家，履约率99.7%。")
    got = [(o, ws) for r, o, ws in checks if r == "rate"]
    assert got == [(outcome, sorted(["99.7%", f"{done}家", "381家"]))]


def test_supply_and_demand_is_no_count_due(tmp_path):
    # guard (fresh-bt): 促成供需对接412项 says 需对接 inside 供需, no 应/须
    checks, _ = _read(tmp_path, "全年发布设计成果转化需求628项，促成供需对接412项，对接成功率65.6%。")
    assert [o for r, o, ws in checks if r == "rate"] == ["pass"]


@pytest.mark.parametrize("opening,outcome", [("分别为", "fail"), ("主要有", "pass")])
def test_items_listed_with_fenbie_after_a_lead_name_every_class(tmp_path, opening, outcome):
    # (fresh-cv) 按所有制分，分别为国有机构216家、民营机构1034家和外资机构273家: the whole breakdown (Σ = 1523 ≠ 1532);
    # items a lead introduces otherwise may be the main ones only (Σ ≤ total)
    checks, _ = _read(tmp_path, f"截至年底，全市共有检验检测机构1532家。按所有制分，{opening}国有机构216家、民营机构1034家和"
                                "外资机构273家，民营机构已成为行业主体。")
    assert [o for r, o, ws in checks if r == "list_total" and "1532家" in ws] == [outcome]


# a share whose part quotes a table's row, checked against that column's total: (table, sentence with {share}, part,
# total, the share printed right, the share misprinted)
ROW_SHARES = [
    # (fresh-cu) 高校…转化合同金额39.25亿元 is the row 高校小计 392460 (万元) rounded; the share is of the 合计 687200
    pytest.param("### 表1 2025年高校院所和医疗卫生机构成果转化情况\n\n单位类型\t合同项数(项)\t合同金额(万元)\n高校小计\t1842\t"
                 "392460\n科研院所\t986\t187340\n医疗卫生机构\t658\t107400\n合计\t3486\t687200",
                 "高校仍是成果转化的主力军，全年转化合同金额39.25亿元，占全部合同金额的{share}。",
                 "39.25亿元", "687200", "57.1%", "51.7%", id="a subtotal quoted rounded"),
    # guard (fresh-cw): 电力热力行业免费发放配额6380万吨，占配额发放总量的46.9% beside a table whose row 电力热力 prints 6380
    # and whose 总计 is 13604: the words (配额发放总量) name no figure of the text
    pytest.param("### 表1 2025年本市碳排放配额发放情况（单位：万吨）\n\n行业\t纳入企业(家)\t免费配额\n电力热力\t42\t6380\n"
                 "钢铁石化\t38\t4120\n其他行业\t306\t3104\n总计\t386\t13604",
                 "从行业结构看，电力热力行业免费发放配额6380万吨，占配额发放总量的{share}；航空、水运行业配额保持稳定。",
                 "6380万吨", "13604", "46.9%", "49.6%", id="a total worded otherwise"),
    # (fresh-cx) 从机构类别看，三级医院调阅结果2865万次，占全部调阅次数的51.2% beside 表3 (row 三级医院 2865, 合计 5593): the
    # lead opens a breakdown whose whole the text does not state
    pytest.param("### 表3 2025年本市检查检验结果互联互通互认情况\n\n机构类别\t接入机构(家)\t调阅次数(万次)\n三级医院\t54\t2865\n"
                 "二级医院\t98\t1742\n社区卫生服务中心\t249\t986\n合计\t401\t5593",
                 "从机构类别看，三级医院调阅结果2865万次，占全部调阅次数的{share}，医联体内检查检验结果实现互认。",
                 "2865万次", "5593", "51.2%", "15.2%", id="after a breakdown lead"),
    # (fresh-cy) 工博会期间…签约金额142.6亿元，占全年重点科技会展签约总额的31.5% beside 表3's row 中国国际工业博览会: the row
    # is named by its abbreviation
    pytest.param("### 表3 2025年重点科技会展签约情况\n\n展会名称\t签约项目(个)\t签约金额(亿元)\n中国国际工业博览会\t68\t142.6\n"
                 "世界人工智能大会\t52\t131.2\n其他专业展会\t126\t179.0\n总计\t246\t452.8",
                 "工博会期间签约项目68个，签约金额142.6亿元，占全年重点科技会展签约总额的{share}。",
                 "142.6亿元", "452.8", "31.5%", "42.4%", id="a row named by its abbreviation"),
]


@pytest.mark.parametrize("misprinted", [False, True])
@pytest.mark.parametrize("table,sentence,part,total,right,wrong", ROW_SHARES)
def test_a_part_quoting_a_table_row_is_of_the_column_s_total(tmp_path, table, sentence, part, total, right, wrong,
                                                              misprinted):
    share = wrong if misprinted else right
    checks, _ = _read(tmp_path, table, sentence.format(share=share))
    got = [(o, ws) for r, o, ws in checks if r == "share"]
    assert got == [("fail" if misprinted else "pass", sorted([share, part, total]))]


def test_last_year_s_share_is_not_checked_against_this_year_s_figures(tmp_path):
    # (fresh-ag) 技术出口合同金额99.76亿美元，占…的45.9%，技术出口比重从上年的43.2%提升至45.9%: 43.2% was checked against
    # 99.76 / a table's 217.16 once a table's row could be quoted rounded
    checks, flags = _read(tmp_path, "### 表1 2025年本市技术进出口合同情况（单位：亿美元）",
                          "类别\t合同金额\n技术出口\t99.76\n技术进口\t117.40\n合计\t217.16",
                          "技术出口合同金额99.76亿美元，占技术进出口合同金额的45.9%，技术出口比重从上年的43.2%提升至45.9%。")
    assert not [ws for r, o, ws in checks if r == "share" and "43.2%" in ws]
    assert ("share", "pass", sorted(["45.9%", "99.76亿美元", "217.16"])) in checks


# documents whose figures once raised a flag of `rule` with nothing wrong in them: (rule, table, sentence)
NO_FALSE_FLAG = [
    # guard (fresh-av): 药物临床试验中，国际多中心临床试验486项，占药物临床试验项目的22.0%: 486 is the row 药物临床试验小计's cell
    # of 其中国际多中心; its whole is that row's 项目数 (2214), not the column's 合计 (536)
    pytest.param("share", "### 表1 2025年本市临床试验项目情况\n\n类别\t项目数(项)\t其中国际多中心(项)\n药物Ⅰ期\t682\t58\n"
                 "药物Ⅱ期\t1532\t428\n药物临床试验小计\t2214\t486\n医疗器械临床试验小计\t972\t50\n合计\t3186\t536",
                 "药物临床试验中，国际多中心临床试验486项，占药物临床试验项目的22.0%。", id="the part's own row"),
    # (fresh-cz) …两大行业R&D经费合计415.01亿元，分别为218.64亿元和196.37亿元，占全部…R&D经费的49.0%: 196.37 quotes the
    # row 汽车制造业, but the share is the list's total's (415.01 / 846.30 = 49.04%), not 196.37 / 846.30
    pytest.param("share", "### 表1 2025年规模以上工业企业分行业R&D经费情况\n\n行业\tR&D经费(亿元)\n"
                 "计算机、通信和其他电子设备制造业\t218.64\n汽车制造业\t196.37\n其他行业\t431.29\n合计\t846.30",
                 "计算机、通信和其他电子设备制造业与汽车制造业两大行业R&D经费合计415.01亿元，分别为218.64亿元和196.37亿元，"
                 "占全部规模以上工业企业R&D经费的49.0%。", id="a share closing a fenbie list"),
    # (fresh-de) …浦东软件园、…和天地软件园分别新增146家、78家…: the sentence names every row label before 146家, but 146家 is
    # the first row's figure, not a total of the table's 入驻企业 column (flagged as 146 ≠ Σ of the column)
    pytest.param("list_total", "### 表2 2025年本市重点软件园区发展情况\n\n园区\t入驻企业(家)\t从业人员(人)\n浦东软件园\t1286\t"
                 "68420\n漕河泾软件园\t876\t59260\n天地软件园\t362\t9530\n合计\t2524\t137210",
                 "全年重点软件园区新增入驻企业257家。分园区看，浦东软件园、漕河泾软件园和天地软件园分别新增146家、78家和33家。",
                 id="figures a fenbie list gives each row"),
]


@pytest.mark.parametrize("rule,table,sentence", NO_FALSE_FLAG)
def test_no_false_flag(tmp_path, rule, table, sentence):
    _, flags = _read(tmp_path, table, sentence)
    assert not [f for f in flags if f[0] == rule]


@pytest.mark.parametrize("inner,outcome", [("2207", "pass"), ("3807", "fail")])
def test_a_clause_picking_from_the_part_before_is_no_second_part(tmp_path, inner, outcome):
    # (fresh-cx) 全年在线问诊4862万人次，其中复诊3518万人次，复诊中慢病复诊2207万人次: 2207 is of the 3518 (≤), not a second
    # part of 4862 (3518 + 2207 = 5725 > 4862 was flagged)
    checks, flags = _read(tmp_path, f"全年在线问诊4862万人次，其中复诊3518万人次，复诊中慢病复诊{inner}万人次，高血压、糖尿病等慢病"
                                    "患者线上复诊续方成为主要场景。")
    got = [(o, ws) for r, o, ws in checks if r == "part_whole"]
    assert sorted(got) == sorted([("pass", sorted(["4862万人次", "3518万人次"])),
                                  (outcome, sorted(["3518万人次", f"{inner}万人次"]))])


def test_a_clause_after_a_semicolon_picking_from_the_part_before(tmp_path):
    # (fresh-cz) 其中研究人员11.52万人；研究人员中具有博士学位的1.36万人
    checks, _ = _read(tmp_path, "规模以上工业企业R&D人员26.84万人，其中研究人员11.52万人；研究人员中具有博士学位的1.36万人，"
                                "高层次研发人才加快向企业集聚。")
    assert ("part_whole", "pass", sorted(["11.52万人", "1.36万人"])) in checks


@pytest.mark.parametrize("cell,outcome", [("32480", ["pass"]), ("38240", [])])
def test_a_row_named_earlier_in_the_sentence_and_its_column_in_the_subject_is_quoted(tmp_path, cell, outcome):
    # (fresh-cx) 三级医院调阅结果2865万次，…，为患者节约费用3.25亿元 and 表3's row 三级医院, column 节约费用(万元): the row is
    # named earlier in the figure's sentence, the column by its header's words; as for any quoted row, only values
    # that agree pair (a miscopied cell is left to its table's total)
    checks, _ = _read(tmp_path, "### 表3 2025年本市检查检验结果互认情况",
                      f"机构类别\t调阅次数(万次)\t节约费用(万元)\n三级医院\t2865\t{cell}\n二级医院\t1742\t15630\n合计\t4607\t48110",
                      "从机构类别看，三级医院调阅结果2865万次，为患者节约费用3.25亿元，医联体内检查检验结果实现互认。")
    assert [o for r, o, ws in checks if r == "restatement" and ws == sorted(["3.25亿元", cell])] == outcome


def test_a_version_after_a_latin_name_and_a_space_is_a_name():
    # (fresh-de) 采用Apache 2.0许可证的项目538个: 2.0 was a claim with no unit (flagged as an unknown unit)
    from extractors.claims import find_claims
    assert [f.raw for f in find_claims("从开源许可证看，采用Apache 2.0许可证的项目538个、MIT许可证的312个。")] == ["538个", "312个"]
    # guard: a figure after a Latin abbreviation and a space, with its unit, stays a claim
    assert [f.raw for f in find_claims("全市GDP 5.39万亿元。")] == ["5.39万亿元"]


def test_a_bound_naming_a_class_with_no_de_is_a_threshold():
    # (fresh-de) 在超亿元企业中，…其中超百亿元企业19家: the bare scale words bound the firms counted (GUIDE §5); as levels,
    # 亿元 was taken as the whole of 百亿元 and flagged
    from extractors.claims import find_claims
    fs = {f.raw: f.kind for f in find_claims("在超亿元企业中，业务收入超十亿元的企业138家，其中超百亿元企业19家。")}
    assert fs == {"亿元": "threshold", "十亿元": "threshold", "138家": "level", "百亿元": "threshold", "19家": "level"}


# a "<noun>中，" lead and the whole it names: (text with {inner}, the whole, the part as printed, a part too large)
NAMED_WHOLES = [
    # (fresh-ct) …其中，科技型中小企业贷款余额5236.8亿元…；科技型中小企业贷款中，信用贷款2418.6亿元: the lead leaves out 余额
    pytest.param("截至年底，全市科技型企业贷款余额9864.5亿元。其中，科技型中小企业贷款余额5236.8亿元，占科技型企业贷款余额的53.1%；"
                 "科技型中小企业贷款中，信用贷款{inner}亿元，授信理念逐步落地。", "5236.8亿元", "2418.6", "6418.6",
                 id="a measure noun left out"),
    # (fresh-cv) …其中医药研发外包服务（CRO）营业收入642.5亿元；CRO营业收入中，…: the lead names the abbreviation
    pytest.param("全年研究和试验发展企业实现营业收入1856.3亿元，其中医药研发外包服务（CRO）营业收入642.5亿元；CRO营业收入中，"
                 "临床研究服务{inner}亿元。", "642.5亿元", "238.6", "738.6", id="an abbreviation"),
    # (fresh-db) …成员单位…1264家，其中企业成员826家 (subject 企业成员单位)…。企业成员中，高新技术企业512家
    pytest.param("平台联盟成员单位从上年的1038家增至1264家，其中企业成员826家，高校和科研院所297家，其余141家为金融机构和专业服务"
                 "机构。企业成员中，高新技术企业{inner}家，协作模式逐步成形。", "826家", "512", "912", id="单位 left out"),
]


@pytest.mark.parametrize("too_large", [False, True])
@pytest.mark.parametrize("text,whole,inner,large", NAMED_WHOLES)
def test_a_lead_names_its_whole(tmp_path, text, whole, inner, large, too_large):
    part = large if too_large else inner
    checks, _ = _read(tmp_path, text.format(inner=part))
    unit = whole.lstrip("0123456789.")
    got = [o for r, o, ws in checks if r == "part_whole" and ws == sorted([whole, part + unit])]
    assert got == ["fail" if too_large else "pass"]


def test_a_row_named_by_its_abbreviation_is_quoted(tmp_path):
    # (fresh-cy) 工博会期间签约金额142.6亿元 / 表3 中国国际工业博览会 签约金额 142.6: the abbreviation's characters in order
    checks, _ = _read(tmp_path, "### 表3 2025年重点科技会展签约情况",
                      "展会名称\t签约项目(个)\t签约金额(亿元)\n中国国际工业博览会\t68\t142.6\n世界人工智能大会\t52\t131.2\n"
                      "其他专业展会\t126\t179.0\n总计\t246\t452.8",
                      "工博会期间签约项目68个，签约金额142.6亿元，一批智能工厂改造项目落地。")
    assert ("restatement", "pass", ["142.6", "142.6亿元"]) in checks


@pytest.mark.parametrize("share,outcome", [("45.9%", "pass"), ("64.5%", "fail")])
def test_a_share_naming_a_table_row_in_words_is_that_row_over_the_total(tmp_path, share, outcome):
    # (fresh-de) 分领域看，人工智能领域贡献者人数最多，占贡献者总数的64.5% beside 表3 (row 人工智能: 412 projects, 68540
    # contributors; 总计 1122, 149380): no part printed, the row named by its label, the column by its header
    checks, _ = _read(tmp_path, "### 表3 2025年本市主导开源项目分领域情况",
                      "领域\t项目数(个)\t贡献者(人)\n人工智能\t412\t68540\n工业软件\t298\t37210\n其他\t412\t43630\n"
                      "总计\t1122\t149380",
                      f"分领域看，人工智能领域贡献者人数最多，占贡献者总数的{share}。")
    assert [(o, ws) for r, o, ws in checks if r == "share"] == [(outcome, sorted([share, "68540", "149380"]))]


def test_a_clause_modifying_what_follows_a_row_label_names_no_row(tmp_path):
    # guard (fresh-cr): 企业参与完成的获奖项目占比从上年的61.4%提升至64.9% beside a table whose row 企业 counts projects
    # whose first completing unit is a firm: the projects a firm took part in are others
    _, flags = _read(tmp_path, "### 表2 2025年度科学技术奖项目按第一完成单位类型分布",
                     "单位类型\t获奖项目(项)\n高等院校\t96\n企业\t58\n其他\t74\n合计\t228",
                     "企业参与完成的获奖项目占比从上年的61.4%提升至64.9%，产学研合作项目超过六成。")
    assert not [f for f in flags if f[0] == "share"]


@pytest.mark.parametrize("rate,outcome", [("85.4%", "pass"), ("58.4%", "fail")])
def test_a_base_named_by_the_rate_s_first_word_may_count_in_another_measure_word(tmp_path, rate, outcome):
    # (fresh-db) 受理企业服务需求45260项，达成服务订单38650单，需求转化率85.4%: 项 of demand turned into 单 of orders
    checks, _ = _read(tmp_path, f"全年功能型平台共受理企业服务需求45260项，达成服务订单38650单，需求转化率{rate}。")
    assert [(o, ws) for r, o, ws in checks if r == "rate"] == [(outcome, sorted([rate, "38650单", "45260项"]))]


@pytest.mark.parametrize("second,checked", [("153", ["pass"]), ("135", [])])
def test_a_list_led_by_its_items_names_breaks_down_the_figure_it_adds_up_to(tmp_path, second, checked):
    # (fresh-de) 全年举办各类开源技术活动236场。开源技术大会、开发者沙龙和编程马拉松分别为42场、153场和41场: the lead names
    # the items, not the total, so only a sum that is exact says which figure they break down (pass-only)
    checks, _ = _read(tmp_path, f"全年举办各类开源技术活动236场。开源技术大会、开发者沙龙和编程马拉松分别为42场、{second}场和41场，"
                                "吸引海内外开发者广泛参与。")
    assert [o for r, o, ws in checks if r == "list_total" and "236场" in ws] == checked


@pytest.mark.parametrize("part,outcome", [("87", "pass"), ("287", "fail")])
def test_a_figure_and_zhong_with_no_comma_picks_from_that_figure(tmp_path, part, outcome):
    # (fresh-ba) 立项支持214项…。214项中由企业牵头承担的87项: "<figure>中" needs no comma after it
    checks, _ = _read(tmp_path, f"全年市级科技计划受理海洋领域项目申报682项，立项支持214项，立项率31.4%。214项中由企业牵头承担的{part}项，"
                                "产学研协同攻关特征明显。")
    assert [o for r, o, ws in checks if r == "part_whole" and f"{part}项" in ws] == [outcome]


def test_a_figure_before_zhongyang_is_no_set_picked_from(tmp_path):
    # guard: 安排资金5亿元中央财政…: 中央 opens a name, not "among the 5亿元"
    checks, _ = _read(tmp_path, "全年安排专项资金5亿元中央财政配套资金3亿元，支持重大项目建设。")
    assert not [ws for r, o, ws in checks if r == "part_whole" and "5亿元" in ws and "3亿元" in ws]
