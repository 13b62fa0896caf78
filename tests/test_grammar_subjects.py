"""Subject attribution: the metric phrase a figure measures, completed from the clause, the sentence's opening
entity, a line's colon label, the heading of a label-value block, the text a split paragraph continues from,
and a table of sentences. Sentences from the 2025 report; expected subjects written by reading them."""
import pytest

from extractors.claims import find_claims
from pipeline.claims import page_claims
from schemas.records import Block, Line, Page, TableCell


def subjects(text, **ctx):
    return [(f.raw, f.subject) for f in find_claims(text, **ctx)]


# (text, context, [(raw, subject), …])
CASES = [
    # a label-value block under a heading naming what is counted
    ("新认定8993家，有效期内2.4万家", {"topic": "高新技术企业"},
     [("8993家", "新认定高新技术企业"), ("2.4万家", "有效期内高新技术企业")]),
    ("新认定171家，有效期内245家", {"topic": "技术先进型服务企业"},
     [("171家", "新认定技术先进型服务企业"), ("245家", "有效期内技术先进型服务企业")]),
    ("新立项支持92家，累计扶持3018家", {"topic": "科技小巨人(含培育)企业"},
     [("92家", "新立项支持科技小巨人(含培育)企业"), ("3018家", "累计扶持科技小巨人(含培育)企业")]),
    ("国家级1026家，国家重点支持69家", {"topic": "专精特新“小巨人”企业"},
     [("1026家", "国家级专精特新“小巨人”企业"), ("69家", "国家重点支持专精特新“小巨人”企业")]),
    ("新入库19218家", {"topic": "科技型中小企业"}, [("19218家", "新入库科技型中小企业")]),
    # a heading that states an action, or a text that is no label-value block, lends nothing
    ("参与企业从2021年的2家拓展至22家", {"topic": "拓展合作企业范围"}, [("2家", "参与企业"), ("22家", "参与企业")]),
    # (the heading names the contest: it owns the line's figures, in front, and is what 大赛 stands for; GUIDE §5)
    ("大赛有效报名7380项，企业组30项入围总决赛，团队组19项入围总决赛", {"topic": "国际创新创业大赛"},
     [("7380项", "国际创新创业大赛有效报名"), ("30项", "国际创新创业大赛企业组入围总决赛"),
      ("19项", "国际创新创业大赛团队组入围总决赛")]),
    # a colon label opening the line
    ("高新技术企业税收优惠:享受企业2996家，减免所得税251.3亿元", {},
     [("2996家", "享受高新技术企业税收优惠企业"), ("251.3亿元", "高新技术企业税收优惠减免所得税")]),
    # the entity a sentence opens with owns the figures of its later clauses
    ("C919拓宽航线网络,累计开通37条定期航线,通航国内19座城市,载客超360万人次", {},
     [("37条", "C919累计开通定期航线"), ("19座", "C919通航国内城市"), ("360万人次", "C919载客")]),
    ("上海数学与交叉学科研究院人才队伍建设成效显著，吸引集聚包括菲尔茨奖获得者在内的110余名研究学者，"
     "纳入基础研究先行区后累计发表论文39篇，申请发明专利6件", {},
     [("110余名", "上海数学与交叉学科研究院研究学者"),
      ("39篇", "上海数学与交叉学科研究院纳入基础研究先行区后累计发表论文"),
      ("6件", "上海数学与交叉学科研究院申请发明专利")]),
    # a sentence opening with a verb or a preposition has no such entity
    ("对基础研究公益基金会支持的基础研究项目，按照基金会投入的50%给予共同支持", {}, [("50%", "基金会投入共同支持比例")]),
    # a paragraph the layout split: the words before the break name the figure
    ("额6496.79亿元，比上年增长1.9%和24.9%", {"before": "经认定登记的技术合同数54880项，合同金"},
     [("6496.79亿元", "经认定登记的技术合同金额"), ("1.9%", "经认定登记的技术合同数"),
      ("24.9%", "经认定登记的技术合同金额")]),
    ("费合计39.13亿元", {"before": "全年获批国家自然科学基金项目5484个，经"},
     [("39.13亿元", "获批国家自然科学基金项目经费")]),
    # …and a unit printed after the break belongs to the figure
    ("每年最高补助100万", {"after": "元"}, [("100万元", "每年最高补助")]),
    # a bracketed running total states the same metric as the figure before the bracket
    ("全年牵头承担国家科技重大专项81项（累计250项）", {},
     [("81项", "牵头承担国家科技重大专项"), ("250项", "牵头承担国家科技重大专项")]),
    # a list before the figure is one subject
    ("其中技术转移转化、科技金融、科技咨询服务类289单", {}, [("289单", "技术转移转化、科技金融、科技咨询服务类")]),
    # …but examples closing with 等 before their class are not the name: the class is (GUIDE: the shortest phrase)
    ("研发服务、专业设计、企业孵化、知识产权等专业服务占比达到2/3", {},
     [("2/3", "专业服务占比")]),
    # an amount after a count: the counted thing's amount; a shared word keeps the modifier before it
    ("输出国内外技术合同数30117项，成交额4733.79亿元", {},
     [("30117项", "输出国内外技术合同数"), ("4733.79亿元", "输出国内外技术合同成交额")]),
    ("全年BD交易数量48起、交易金额337.61亿美元", {}, [("48起", "BD交易数量"), ("337.61亿美元", "BD交易金额")]),
    # what the counted things did
    ("137款大模型通过国家备案", {}, [("137款", "通过国家备案大模型")]),
    ("9个1类创新药获批上市", {}, [("9个", "获批上市1类创新药")]),
    ("上海共7人当选", {}, [("7人", "上海当选")]),
    ("包括20余位未来科学大奖获奖者、4位诺贝尔奖获得者", {},
     [("20余位", "包括未来科学大奖获奖者"), ("4位", "诺贝尔奖获得者")]),
    ("3018家科技小巨人(含培育)企业加快成长", {}, [("3018家", "科技小巨人(含培育)企业")]),
    # the noun after a list of modifiers, not the qualifier or the first modifier
    ("争创3家国家级中试平台，建成20家左右功能齐全、开放共享、特色鲜明的市级中试平台", {},
     [("3家", "争创国家级中试平台"), ("20家", "建成市级中试平台")]),
    # the thing just counted owns the bare subject of the next clause (and of the rest of a 、 list)
    ("组建7个全国创新联盟，参与单位超150家", {}, [("7个", "组建全国创新联盟"), ("150家", "全国创新联盟参与单位")]),
    ("成立24家长三角创新联合体，开展联合攻关147项", {},
     [("24家", "成立长三角创新联合体"), ("147项", "长三角创新联合体开展联合攻关")]),
    ("发布两批集成电路领域专项指南,涵盖9大专题、55个研究方向", {},
     [("两批", "发布集成电路领域专项指南"), ("9大", "集成电路领域专项指南专题"), ("55个", "集成电路领域专项指南研究方向")]),
    ("新一批市级科技重大专项启动实施,截至年底,全市共启动实施市级科技重大专项37项", {},
     [("37项", "全市启动实施市级科技重大专项")]),
    # another figure is no part of a subject (a year or a class is)
    ("3个学科进入全球前0.1‰", {}, [("3个", "进入全球前0.1‰学科"), ("0.1‰", "进入全球前0.1‰学科")]),
    # an opening entity in a later sentence of the text
    ("国家实验室运行良好。C919拓宽航线网络,载客超360万人次", {}, [("360万人次", "C919载客")]),
    # a range's bounds measure one thing
    ("频率覆盖7—30THz", {}, [("7", "频率覆盖"), ("30THz", "频率覆盖")]),
    # an entity counted in its own clause is no topic of the sentence
    ("建成国家临床医学研究中心6家,国家医学中心9家,干细胞备案机构14家", {},
     [("6家", "建成国家临床医学研究中心"), ("9家", "建成国家医学中心"), ("14家", "干细胞备案机构")]),
    # shares of the thing just counted
    ("《细胞》 48篇，占全国的 36.6% ,其中以第一作者或通讯作者发表论文 31 篇,占全国的 29.0%", {},
     [("48篇", "《细胞》"), ("36.6%", "《细胞》占全国比例"), ("31 篇", "《细胞》以第一作者或通讯作者发表论文"),
      ("29.0%", "《细胞》以第一作者或通讯作者发表论文占全国比例")]),
]


@pytest.mark.parametrize("text,ctx,expected", CASES)
def test_subjects_in_context(text, ctx, expected):
    assert subjects(text, **ctx) == expected


def test_context_offsets_point_into_the_text():
    text = "额6496.79亿元，比上年增长1.9%和24.9%"
    fs = find_claims(text, before="经认定登记的技术合同数54880项，合同金")
    assert [text[f.start:f.end] for f in fs] == ["6496.79亿元", "1.9%", "24.9%"]
    # a figure inside the context is not returned
    assert [f.raw for f in find_claims("比上年增长1.9%", before="技术合同数54880项，")] == ["1.9%"]


@pytest.mark.parametrize("text", ["推出书生大模型3.0", "发布大模型3.0版本", "平台2.0建设", "浦东国际揭榜挂帅公共服务平台2.0"])
def test_versions_in_names_are_no_claims(text):
    assert find_claims(text) == []


def test_a_score_with_decimals_is_still_a_claim():
    assert [f.raw for f in find_claims("综合指数3.5")] == ["3.5"]


def _line_block(text, x0, top, x1, kind="para", size=10.5):
    return Block(text, x0, top, x1, top + 11, kind=kind,
                 lines=[Line(text, x0, top, x1, top + 11, size=size)])


def test_split_paragraph_is_read_as_one_sentence():
    page = Page("d", 1, blocks=[_line_block("经认定登记的技术合同数54880项，合同金", 77, 64, 284),
                                _line_block("额6496.79亿元，比上年增长1.9%和24.9%", 56, 82, 300)])
    got = [(c.raw, c.subject) for c in page_claims(page, 2025)]
    assert got == [("54880项", "经认定登记的技术合同数"), ("6496.79亿元", "经认定登记的技术合同金额"),
                   ("1.9%", "经认定登记的技术合同数"), ("24.9%", "经认定登记的技术合同金额")]


def test_separate_paragraphs_are_not_joined():
    # the first ends its sentence; the second sits a paragraph gap below; the third is a larger heading
    page = Page("d", 1, blocks=[_line_block("全市财政科技支出670.5亿元。", 56, 64, 300),
                                _line_block("上海科学家发表论文180篇", 56, 88, 300),
                                _line_block("高新技术企业", 56, 120, 200, kind="heading", size=11.5),
                                _line_block("新认定8993家", 77, 139, 200)])
    got = [(c.raw, c.subject) for c in page_claims(page, 2025)]
    assert got == [("670.5亿元", "全市财政科技支出"), ("180篇", "上海科学家发表论文"), ("8993家", "新认定")]


def test_a_label_value_block_takes_its_heading():
    b = _line_block("新认定8993家，有效期内2.4万家", 77, 139, 250)
    b.section = "5.1 企业科技创新主体地位持续强化 > 科技企业梯度培育机制健全 > 高新技术企业"
    got = [(c.raw, c.subject) for c in page_claims(Page("d", 1, blocks=[b]), 2025)]
    assert got == [("8993家", "新认定高新技术企业"), ("2.4万家", "有效期内高新技术企业")]


def _cell(row, col, text, x0, header=False, tid="t1"):
    return TableCell("d", 1, tid, row, col, text, x0, 100 + 20 * row, x0 + 80, 115 + 20 * row, header)


def test_a_table_of_sentences_after_a_table_with_a_header():
    """The header of the table before (资助额(万元)) must not reach a table whose first row states figures."""
    p1 = Page("d", 1, cells=[_cell(0, 0, "项目类型", 50, True), _cell(0, 1, "资助额(万元)", 150, True),
                             _cell(1, 0, "面上项目", 50), _cell(1, 1, "121325.00", 150)])
    p2 = Page("d", 2, cells=[
        TableCell("d", 2, "t2", 0, 0, "《细胞》 48篇", 50, 100, 130, 115),
        TableCell("d", 2, "t2", 0, 1, "占全国的 36.6% ,其中以第一作者或通讯作者发表论文 31 篇,占全国的 29.0%", 150, 100, 500, 115)])
    from pipeline.claims import doc_claims
    got = [(c.raw, c.subject, c.base_unit) for c in doc_claims([p1, p2], 2025) if c.page == 2]
    assert got == [("48篇", "《细胞》", "count"), ("36.6%", "《细胞》占全国比例", "percent"),
                   ("31 篇", "《细胞》以第一作者或通讯作者发表论文", "count"),
                   ("29.0%", "《细胞》以第一作者或通讯作者发表论文占全国比例", "percent")]


def test_a_duration_range_is_two_duration_claims():
    fs = find_claims("给予3—5年的长周期稳定支持")
    assert [(f.raw, f.base_unit, f.kind, f.role, f.subject) for f in fs] == [
        ("3", "year", "other", "low", "给予"), ("5年", "year", "other", "high", "给予")]
    # a span of years is still a time reference
    assert find_claims("（2025—2027年）") == [] and find_claims("2023—2024年") == []


# constructions of the list, phrased as the report phrases them
# (text, [(raw, base_unit, norm_exact, kind, direction, qualifier, role)])
CONSTRUCTIONS = [
    ("由3.2%提升至4.5%", [("3.2%", "percent", "3.2", "level", "up", "", "from"),
                        ("4.5%", "percent", "4.5", "level", "up", "", "to")]),
    ("约1/4", [("1/4", "other:fraction", "1/4", "share", "", "approx", "")]),
    ("增长近一倍", [("一倍", "times", "1", "change", "up", "near", "")]),
    ("45岁以下占比近九成", [("45岁", "year", "45", "threshold", "", "under", ""),
                       ("九成", "percent", "90", "share", "", "near", "")]),
    ("完成大能量打靶784发次", [("784发次", "count", "784", "level", "", "", "")]),
    ("6英寸砷酸锂单晶", [("6英寸", "other:inch", "6", "level", "", "", "")]),
    ("150公斤级", [("150公斤", "other:公斤", "150", "level", "", "approx", "")]),  # a size class (gold seed:1611)
    ("组织和优势力量联合开展目标导向的应用基础研究，立项项目20个", [("20个", "count", "20", "level", "", "", "")]),
    # targets: a goal dated in the future, the figures of its sentence
    ("到2027年，新增首次获批境内第三类医疗器械注册证超500件，新增在海外市场获批医疗器械产品超100件",
     [("500件", "count", "500", "target", "", "over", ""), ("100件", "count", "100", "target", "", "over", "")]),
    ("到2027年,在上海市重点产业领域建成20家左右功能齐全、开放共享、特色鲜明的市级中试平台,争创3家国家级中试平台",
     [("20家", "count", "20", "target", "", "approx", ""), ("3家", "count", "3", "target", "", "", "")]),
    ("床位使用率90%以上,其中临床研究占比达80%以上",
     [("90%", "percent", "90", "share", "", "over", ""), ("80%", "percent", "80", "share", "", "over", "")]),
]


@pytest.mark.parametrize("text,expected", CONSTRUCTIONS)
def test_constructions(text, expected):
    got = [(f.raw, f.base_unit, f.norm_exact, f.kind, f.direction, f.qualifier, f.role) for f in find_claims(text)]
    assert got == expected


@pytest.mark.parametrize("text", ["同比增长两位数", "一成不变", "三年行动", "发布大模型3.0版本"])
def test_more_nonclaims(text):
    assert find_claims(text) == []


def test_from_year_dates_only_the_from_bound():
    fs = find_claims("由2021年的2家增加至22家")
    assert [(f.raw, f.role, f.period) for f in fs] == [("2家", "from", "2021"), ("22家", "to", "")]


def test_rank_list_takes_the_quoted_names():
    text = ("“科技创新环境指数”“科技创新投入指数”“科技创新产出指数”“高新技术产业指数”“创新促进发展指数”"
            "5个一级指标数值在全国的排名分别为第2、5、1、2、2位。")
    fs = [f for f in find_claims(text) if f.kind == "rank"]
    assert [(f.value, f.subject) for f in fs] == [
        (2, "科技创新环境指数全国排名"), (5, "科技创新投入指数全国排名"), (1, "科技创新产出指数全国排名"),
        (2, "高新技术产业指数全国排名"), (2, "创新促进发展指数全国排名")]


def test_share_and_its_bracketed_restatement():
    fs = find_claims("技术国际收入比上年增长8.94%,占到全国1/3以上(34.22%)")
    assert [(f.raw, f.kind, f.subject) for f in fs] == [
        ("8.94%", "change", "技术国际收入"), ("1/3", "share", "技术国际收入占全国比例"),
        ("34.22%", "share", "技术国际收入占全国比例")]


def test_an_actor_count_on_a_named_list():
    fs = find_claims("参与3项", before="2025年中国十大科技进展新闻，上海牵头和")
    assert [(f.raw, f.subject) for f in fs] == [("3项", "2025年中国十大科技进展新闻上海牵头和参与")]
    # a time or connective clause is no list name
    assert [(f.raw, f.subject) for f in find_claims("全年,上海共7人当选")] == [("7人", "上海当选")]


def test_a_reporting_clause_names_no_list():
    fs = find_claims("《中国区域科技创新评价报告2025》显示，上海综合科技创新水平居全国第一")
    assert [(f.raw, f.subject) for f in fs] == [("一", "上海综合科技创新水平")]


from hypothesis import HealthCheck, given, settings, strategies as st  # noqa: E402

_ALPHABET = st.sampled_from(list("0123456789.,，。；:：/%—-()（）年月第约超近余多万亿千百两一三元个项家篇位倍占增长同比和至含“”《》上海全市企业"))


@settings(max_examples=200, deadline=1000, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(_ALPHABET, max_size=60), st.text(_ALPHABET, max_size=60), st.text(_ALPHABET, max_size=60),
       st.text(_ALPHABET, max_size=12))
def test_context_never_crashes_and_offsets_stay_in_the_text(before, text, after, topic):
    for f in find_claims(text, before=before, after=after, topic=topic):
        assert 0 <= f.start < len(text) and f.start <= f.end <= len(text) + len(after)
        assert (text + after)[f.start:f.end] == f.raw


def test_a_line_opening_with_its_figure_takes_the_nearer_of_two_run_together_headings():
    head = Block("加大企业投入基础研究支持力度企业每年基础研究投入", 56, 100, 300, 130, kind="heading",
                 lines=[Line("加大企业投入基础研究支持力度", 56, 100, 300, 112, size=11.5),
                        Line("企业每年基础研究投入", 56, 118, 200, 130, size=11.5)])
    section = "多措并举支持企业加大基础研究投入 > 加大企业投入基础研究支持力度企业每年基础研究投入"
    lines = [_line_block("达到或超过1亿元，给予一次性财政补助", 77, 140, 300),
             _line_block("5000万元 (含) 至1亿元 (不含)，给予一次性财政补助", 77, 164, 300)]
    for b in lines:
        b.section = section
    head.section = section
    got = [(c.raw, c.kind, c.subject) for c in page_claims(Page("d", 1, blocks=[head] + lines), 2025)]
    assert got == [("1亿元", "threshold", "企业每年基础研究投入"), ("5000万元", "threshold", "企业每年基础研究投入"),
                   ("1亿元", "threshold", "企业每年基础研究投入")]


@pytest.mark.parametrize("text,expected", [
    ("对基础研究公益基金会支持的基础研究项目，按照基金会投入的50%给予共同支持", [("50%", "share", "基金会投入共同支持比例")]),
    ("按照实际发生额在税前扣除，并可按照100%在税前加计扣除", [("100%", "share", "税前加计扣除比例")]),
    ("支持高校和企业共建协同创新中心，政府、企业按照1:1比例共同出资支持高校开展应用导向的基础研究",
     [("1", "ratio", "政府、企业共同出资比例"), ("1", "ratio", "政府、企业共同出资比例")]),
])
def test_policy_rates_and_ratios_name_what_is_shared(text, expected):
    assert [(f.raw, f.kind, f.subject) for f in find_claims(text)] == expected


def test_a_fund_or_programme_named_by_the_headings_owns_bare_subjects():
    section = "打造科学基金矩阵 > 发挥国家自然科学基金区域创新发展联合基金作用"
    fs = find_claims("组织和优势力量联合开展目标导向的应用基础研究，立项项目20个，支持经费8200万元", topic=section)
    assert [(f.raw, f.subject) for f in fs] == [("20个", "国家自然科学基金区域创新发展联合基金立项项目"),
                                                ("8200万元", "国家自然科学基金区域创新发展联合基金支持经费")]
    fs = find_claims("参与企业从2021年的2家拓展至22家，共资助项目200余个，累计投入近2.6亿元",
                     topic="深入实施“探索者计划” > 拓展合作企业范围")
    assert [f.subject for f in fs] == ["探索者计划参与企业", "探索者计划参与企业", "探索者计划资助项目", "探索者计划累计投入"]
    # the parts of a 其中 list keep their own names; a heading that only acts names nothing
    fs = find_claims("全年立项项目1006个，其中面上项目409个", topic="优化上海市自然科学基金组织机制")
    assert [f.subject for f in fs] == ["上海市自然科学基金立项项目", "面上项目"]
    assert find_claims("立项项目20个", topic="鼓励社会公众设立开放式公益基金")[0].subject == "立项项目"
