"""Table-driven grammar cases, sentences taken from the 2025 report; expected values written by reading them."""
import pytest

from extractors.claims import find_claims
from extractors.metrics import metric_for
from extractors.numerals import cn_to_int
from extractors.units import normalize


def one(text, hint=""):
    fs = find_claims(text, hint)
    assert len(fs) == 1, [(f.raw, f.kind) for f in fs]
    return fs[0]


# (sentence, raw, base_unit, norm_exact, kind, qualifier)
SINGLE = [
    ("全市技术合同成交额6496.79亿元", "6496.79亿元", "CNY", "649679000000", "level", ""),
    ("同比增长24.9%", "24.9%", "percent", "24.9", "change", ""),
    ("上海科学家在《细胞》《自然》《科学》上发表论文180篇", "180篇", "count", "180", "level", ""),
    ("每万人口高价值发明专利数65件", "65件", "count", "65", "level", ""),
    ("PCT专利申请量7446件", "7446件", "count", "7446", "level", ""),
    ("组建7个全国创新联盟", "7个", "count", "7", "level", ""),
    ("参与单位超150家", "150家", "count", "150", "level", "over"),
    ("集聚国际人才占比达22%", "22%", "percent", "22", "share", ""),
    ("面向国内外新引进50余位高水平人才", "50余位", "count", "50", "level", "over"),
    ("“探索者计划”拓展至22家企业", "22家", "count", "22", "level", ""),
    ("137款大模型通过国家备案", "137款", "count", "137", "level", ""),
    ("启动建设4个未来产业集聚区", "4个", "count", "4", "level", ""),
    ("科研事业单位技术合同金额622.89亿元", "622.89亿元", "CNY", "62289000000", "level", ""),
    ("新建6家高质量孵化器", "6家", "count", "6", "level", ""),
    ("全市日均新增科技企业超320家", "320家", "count", "320", "level", "over"),
    ("1.9万家科技型中小企业入库培育", "1.9万家", "count", "19000", "level", ""),
    ("3018家科技小巨人(含培育)企业加快成长", "3018家", "count", "3018", "level", ""),
    ("全市科技服务业营收5621.89亿元", "5621.89亿元", "CNY", "562189000000", "level", ""),
    ("同比增长1.5%", "1.5%", "percent", "1.5", "change", ""),
    ("全市科技贷款余额同比增长10.5%", "10.5%", "percent", "10.5", "change", ""),
    ("科创板上市企业95家", "95家", "count", "95", "level", ""),
    ("总市值超2.92万亿元", "2.92万亿元", "CNY", "2920000000000", "level", "over"),
    ("承担市科技项目负责人比例超过60%", "60%", "percent", "60", "share", "over"),
    ("惠及329名基层科研人员", "329名", "count", "329", "level", ""),
    ("成立24家长三角创新联合体", "24家", "count", "24", "level", ""),
    ("开展联合攻关147项", "147项", "count", "147", "level", ""),
    ("带动服务合同超2.7亿元", "2.7亿元", "CNY", "270000000", "level", "over"),
    ("长三角科技创新券兑付超7000万元", "7000万元", "CNY", "70000000", "level", "over"),
    ("布局建设5家国际联合实验室", "5家", "count", "5", "level", ""),
    ("全市15所高校", "15所", "count", "15", "level", ""),
    ("聚集中国科学院在沪研究机构15家", "15家", "count", "15", "level", ""),
    ("高水平研究型大学持续推进11个未来学科建设", "11个", "count", "11", "level", ""),
    ("截至年底,共启动实施市级科技重大专项37项", "37项", "count", "37", "level", ""),
    ("资助经费23105万元", "23105万元", "CNY", "231050000", "level", ""),
    ("累计服务创新型企业17246家", "17246家", "count", "17246", "level", ""),
    ("累计发放资金12962.93亿元", "12962.93亿元", "CNY", "1296293000000", "level", ""),
    ("发放科技创新券至3万余家科技型中小企业", "3万余家", "count", "30000", "level", "over"),
    ("共资助项目200余个", "200余个", "count", "200", "level", "over"),
    ("累计投入近2.6亿元", "2.6亿元", "CNY", "260000000", "level", "near"),
    ("放大社会资金6.8倍", "6.8倍", "times", "6.8", "ratio", ""),
    ("增长1.1倍", "1.1倍", "times", "1.1", "change", ""),
    ("提高2个百分点", "2个百分点", "pct_point", "2", "change", ""),
    ("营业收入下降3%", "3%", "percent", "3", "change", ""),
    ("探索三号四船协同完成中国最大规模北极科学考察", "四船", "count", "4", "level", ""),  # seed 1201
    ("全国首台套8.5万Nm³/h级空分电驱机组", "8.5万Nm³/h", "other:Nm3/h", "85000", "level", "approx"),  # seed 1232
    ("实现全球首个高温超导托卡马克装置百秒级长脉冲运行", "百秒", "other:s", "100", "level", "approx"),  # seed 1542
    ("在全国推广后增产33万吨以上", "33万吨", "other:吨", "330000", "change", "over"),  # seed 1336: a gain in output
    ("每年最高补助100万元", "100万元", "CNY", "1000000", "threshold", "under"),
    ("达到或超过1亿元，给予一次性财政补助", "1亿元", "CNY", "100000000", "threshold", "over"),
    ("按照基金会投入的50%给予共同支持", "50%", "percent", "50", "share", ""),
    ("占全国30.6%", "30.6%", "percent", "30.6", "share", ""),
    ("占全国的24.2%", "24.2%", "percent", "24.2", "share", ""),
    ("预计4.5%左右", "4.5%", "percent", "4.5", "level", "approx"),
    ("上海连续6年位居前列", "6年", "year", "6", "other", ""),
    ("项目负责人平均年龄36岁", "36岁", "year", "36", "other", ""),  # an age: GUIDE §5 (S05 corrected to it)
    ("成立3年以内的企业", "3年", "year", "3", "threshold", "under"),
    ("上海共7人当选", "7人", "count", "7", "level", ""),
    ("上海1人获未来科学大奖", "1人", "count", "1", "level", ""),
    ("近百位国际级科学家参会", "百位", "count", "100", "level", "near"),
    ("生物医药产业规模突破万亿元", "万亿元", "CNY", "1000000000000", "level", "over"),
    ("入孵以来估值增长超百亿元", "百亿元", "CNY", "10000000000", "change", "over"),
    ("迈入千亿元级规模", "千亿元", "CNY", "100000000000", "level", "approx"),  # a size class (gold seed:2683)
    ("发布两批集成电路领域专项指南", "两批", "count", "2", "level", ""),
    ("围绕三方面重点任务", "三方面", "count", "3", "level", ""),
    ("十二位科学家获奖", "十二位", "count", "12", "level", ""),
    ("吸引数十家企业参与", "数十家", "count", "10", "level", "over"),
    ("百余位专家出席", "百余位", "count", "100", "level", "over"),
    ("投入三千万元", "三千万元", "CNY", "30000000", "level", ""),
    ("位居全球第6位", "6位", "rank", "6", "rank", ""),
    ("综合排名继续位居第10位", "10位", "rank", "10", "rank", ""),
    ("上海综合科技创新水平居全国第一", "一", "rank", "1", "rank", ""),
    ("上海-苏州创新集群居全球第六", "六", "rank", "6", "rank", ""),
    ("上海连续多年位居前十", "十", "rank", "10", "rank", "under"),
    ("在全球142个科技创新中心中", "142个", "count", "142", "level", ""),
    ("服务人数达12.5万人次", "12.5万人次", "person_times", "125000", "level", ""),
    ("总建筑面积3.5万平方米", "3.5万平方米", "m2", "35000", "level", ""),
    ("交易金额337.61亿美元", "337.61亿美元", "USD", "33761000000", "level", ""),
    ("BD交易48起", "48起", "count", "48", "level", ""),
    ("购买科技服务1905单", "1905单", "count", "1905", "level", ""),
    ("全市研发服务平台达1200个左右", "1200个", "count", "1200", "level", "approx"),
    ("引进海外人才逾2000名", "2000名", "count", "2000", "level", "over"),
    ("接近90%的企业", "90%", "percent", "90", "share", "near"),
    ("不足5%", "5%", "percent", "5", "level", "under"),
    ("项目负责人35岁以下的项目超过60%", None, None, None, None, None),  # two claims, see below
    ("负利润-16.10%", "-16.10%", "percent", "-16.1", "level", ""),
    ("净额-1,908,346,000.00元", "-1,908,346,000.00元", "CNY", "-1908346000", "level", ""),
    ("全年获国家自然科学基金项目5484项", "5484项", "count", "5484", "level", ""),
    ("经费合计39.13亿元", "39.13亿元", "CNY", "3913000000", "level", ""),
    ("频段覆盖３０ＴＨｚ", "３０ＴＨｚ", None, None, None, None),  # full-width letters: see the fullwidth test
    ("累计1741个", "1741个", "count", "1741", "level", ""),
    ("上海**1**人入选", None, None, None, None, None),
]
SINGLE = [c for c in SINGLE if c[2] is not None]


@pytest.mark.parametrize("text,raw,base,exact,kind,qual", SINGLE)
def test_single_claim(text, raw, base, exact, kind, qual):
    f = one(text)
    assert (f.raw, f.base_unit, f.norm_exact, f.kind, f.qualifier) == (raw, base, exact, kind, qual)


# Non-claims: time references, ordinals, names and models, slogans, section numbers, fixed words
NONCLAIMS = [
    "2025年是圆满完成“十四五”规划的收官之年", "2025年9月", "5月17—31日", "9月20—22日", "2024年度",
    "（2025—2027年）", "2023—2024年", "第18届中国国际工业博览会", "第二届", "第十二届", "第3次会议",
    "Step-3大模型", "G60科创走廊", "6G", "5G网络", "天问二号", "FAM171A2", "C919", "688556.SH", "3D打印",
    "1.1 国家实验室高质量建设运行", "第5章", "1+N政策体系", "“3+6”新型产业体系", "四位一体", "从0到1",
    "十四五", "二十大", "两院院士", "三大期刊", "一是加强", "第一作者", "一批新型研发机构", "一体化",
    "统一大市场", "一业一策", "四个面向", "五个中心", "三省一市", "一个集群", "十周年", "第四代半导体",
    "TR35", "C9生命之翼", "平台2.0", "2.0版", "1类创新药", "第三类医疗器械", "稳居全球科技创新中心第一方阵",
    "《2025年全球创新指数》", "神舟二十号", "AIRSAT-05", "第14届", "3期", "四届", "长三角", "三委两局",
    "上海2025", "12",
]


@pytest.mark.parametrize("text", NONCLAIMS)
def test_nonclaims(text):
    assert [(f.raw, f.kind) for f in find_claims(text)] == []


def test_respectively_gives_each_value_its_subject():
    fs = find_claims("每万人口高价值发明专利数65件，PCT专利申请量7446件，分别同比增长12.3%和9.1%。")
    assert [(f.raw, f.kind, f.direction) for f in fs] == [
        ("65件", "level", ""), ("7446件", "level", ""), ("12.3%", "change", "up"), ("9.1%", "change", "up")]
    assert fs[2].subject == "每万人口高价值发明专利数" and fs[3].subject == "PCT专利申请量"


def test_respectively_funding():
    fs = find_claims("全年获批自然科学基金项目5484个,经费合计39.13亿元,分别较上年增长8.9%和14.2%。")
    assert [f.kind for f in fs] == ["level", "level", "change", "change"]
    assert fs[3].subject == fs[1].subject and "经费" in fs[3].subject
    assert fs[2].subject == fs[0].subject and "自然科学基金项目" in fs[2].subject


def test_and_chain_keeps_kind():
    fs = find_claims("技术合同成交额6496.79亿元，比上年增长1.9%和24.9%")
    assert [(f.raw, f.kind) for f in fs][-2:] == [("1.9%", "change"), ("24.9%", "change")]


def test_change_subject_is_the_metric():
    fs = find_claims("全市技术合同成交额6496.79亿元，同比增长24.9%。")
    assert fs[1].subject == "全市技术合同成交额" and fs[1].metric_id == "tech_contract_value"


def test_range_threshold_two_rows():
    fs = find_claims("1000万元 (含) 至5000万元 (不含)，给予一次性财政补助")
    assert [(f.norm_exact, f.kind, f.role) for f in fs] == [("10000000", "threshold", "low"),
                                                           ("50000000", "threshold", "high")]


def test_range_unit_from_second_bound():
    fs = find_claims("频率范围7—30THz")
    assert [(f.value, f.base_unit, f.role) for f in fs] == [(7.0, "other:THz", "low"), (30.0, "other:THz", "high")]


def test_from_to():
    fs = find_claims("参与企业从2021年的2家拓展至22家")
    assert [(f.value, f.role, f.direction) for f in fs] == [(2.0, "from", "up"), (22.0, "to", "up")]
    assert fs[0].period == "2021" and fs[1].period == ""


def test_rank_list():
    fs = find_claims("上海的排名分别为第2、5、1、2、2位。")
    assert [(f.value, f.kind, f.base_unit) for f in fs] == [(v, "rank", "rank") for v in (2, 5, 1, 2, 2)]


def test_rank_pairs():
    fs = find_claims("瞪羚企业(73家)全国第一、全球第二。")
    assert [(f.value, f.kind) for f in fs] == [(73, "level"), (1, "rank"), (2, "rank")]
    assert fs[1].subject == "瞪羚企业" and fs[2].metric_id == "gazelles"


def test_rank_change():
    fs = find_claims("位居全国第1位,比上年上升1位。")
    assert [(f.value, f.kind, f.base_unit, f.direction) for f in fs] == [
        (1, "rank", "rank", ""), (1, "change", "rank", "up")]


def test_fraction_and_ratio():
    (f,) = find_claims("占到全国1/3以上")
    assert (f.norm_exact, f.base_unit, f.kind, f.qualifier, f.value) == ("1/3", "other:fraction", "share", "over",
                                                                         0.3333)
    fs = find_claims("政府、企业按1:1共同出资")
    assert [(f.value, f.kind, f.base_unit) for f in fs] == [(1, "ratio", "other:ratio")] * 2


def test_age_threshold_and_share():
    fs = find_claims("项目负责人35岁以下的项目超过60%")
    assert [(f.raw, f.kind, f.qualifier) for f in fs] == [("35岁", "threshold", "under"), ("60%", "share", "over")]


def test_bold_markers_do_not_block():
    fs = find_claims("上海1人入选")
    assert [(f.raw, f.base_unit) for f in fs] == [("1人", "count")]


def test_fullwidth_digits():
    (f,) = find_claims("同比增长２４．９％")
    assert (f.norm_exact, f.base_unit, f.kind) == ("24.9", "percent", "change")


@pytest.mark.parametrize("text,period", [
    ("全年获国家自然科学基金项目5484项", "@"),
    ("截至年底,共启动实施市级科技重大专项37项", "@-end"),
    ("截至9月,累计服务企业17246家", "@-09-end"),
    ("截至6月底,累计发放资金12962.93亿元", "@-06-end"),
    ("2025年，中国科学院选举产生73名院士", "2025"),
    ("上海11人获2025年“科学探索奖”", "2025"),
    ("2024年度上海市科学技术奖授奖206项", "2024"),
    ("组建7个全国创新联盟", ""),
    ("累计投入近2.6亿元", ""),
    ("截至2024年底，累计认定高新技术企业2.4万家", "2024-end"),
])
def test_period(text, period):
    assert one(text).period == period


@pytest.mark.parametrize("text,hint,exact,base", [
    ("121325.00", "万元", "1213250000", "CNY"),
    ("2467", "个", "2467", "count"),
    ("40,143,957,000.00", "元", "40143957000", "CNY"),
    ("-16.10", "%", "-16.1", "percent"),
    ("2070", "个", "2070", "count"),
])
def test_table_cells_take_the_hint(text, hint, exact, base):
    f = one(text, hint)
    assert (f.norm_exact, f.base_unit) == (exact, base)


@pytest.mark.parametrize("cn,value", [("十二", 12), ("两", 2), ("一千", 1000), ("三千", 3000), ("百", 100),
                                      ("二十一", 21), ("十", 10), ("一百零五", 105), ("数十", 10), ("六", 6),
                                      ("一二", None), ("万", None)])
def test_chinese_numerals(cn, value):
    assert cn_to_int(cn) == value


@pytest.mark.parametrize("number,unit,base,exact", [
    ("5.28", "万件", "count", "52800"), ("1.02", "万亿元", "CNY", "1020000000000"),
    ("8.31", "亿元", "CNY", "831000000"), ("0.1", "‰", "permille", "0.1"), ("36", "岁", "year", "36"),
    ("12.5", "万人次", "person_times", "125000"), ("2.6", "亿元", "CNY", "260000000"),
    ("3.84", "亿元", "CNY", "384000000"), ("100", "万元", "CNY", "1000000"), ("1", "千亿元", "CNY", "100000000000"),
    ("7", "THz", "other:THz", "7"), ("48", "起", "count", "48"),
])
def test_normalize_more(number, unit, base, exact):
    n = normalize(number, unit)
    assert (n.base_unit, n.norm_exact) == (base, exact)


@pytest.mark.parametrize("subject,base,kind,metric", [
    ("全市技术合同成交额", "CNY", "level", "tech_contract_value"),
    ("每万人口高价值发明专利数", "count", "level", "high_value_patents_per_10k"),
    ("PCT专利申请量", "count", "change", "pct_applications"),
    ("科创板上市企业", "count", "level", "star_market_companies"),
    ("科创板上市企业总市值", "CNY", "level", "star_market_value"),
    ("胡润独角兽企业", "rank", "rank", "unicorns"),
    ("全市财政科技支出", "CNY", "level", "fiscal_st_spending"),
    ("牵头承担国家重点研发计划项目", "count", "level", "national_key_rd_projects"),
    ("发明专利授权量", "count", "level", "invention_patents_granted"),
    ("上海科学家在《细胞》《自然》《科学》上发表论文", "count", "level", "cns_papers"),
    ("组建全国创新联盟", "count", "level", ""),
    ("全市技术合同成交额", "count", "level", ""),  # unit does not fit the metric
])
def test_metric_catalog(subject, base, kind, metric):
    assert metric_for(subject, base, kind) == metric


def test_period_from_a_trailing_date():
    fs = find_claims("累计服务创新型企业17246家，累计发放资金12962.93亿元，“十四五”期间总签约额1.02万亿元(截至6月底)")
    assert [f.period for f in fs] == ["@-06-end"] * 3


def test_period_per_clause():
    fs = find_claims("上海3人入选2024年度中国区TR35、5人入选2025年度亚太区TR35")
    assert [(f.raw, f.period) for f in fs] == [("3人", "2024"), ("5人", "2025")]


def test_period_carried_into_qizhong_sentence():
    fs = find_claims("全年,上海科学家在《细胞》《自然》《科学》发表论文180篇,占全国的30.6%。其中,以第一作者或通讯作者发表论文109篇")
    assert [(f.raw, f.period) for f in fs] == [("180篇", "@"), ("30.6%", "@"), ("109篇", "@")]
    assert fs[1].subject.startswith("上海科学家在《细胞》《自然》《科学》发表论文占全国")


def test_period_from_opening_year():
    fs = find_claims("2025年，中国科学院选举产生73名院士。上海共7人当选")
    assert [f.period for f in fs] == ["2025", "2025"]


@pytest.mark.parametrize("text,raw,kind,qual,direction", [
    ("3个学科进入全球前0.1‰", "0.1‰", "rank", "under", ""),
    ("抵用金额1.63亿元，较上年增长超过70%", "70%", "change", "over", "up"),
    ("并可按照100%在税前加计扣除", "100%", "share", "", ""),
    ("科技贷款余额同比下降3.2%", "3.2%", "change", "", "down"),
    ("发明专利授权量5.28万件，同比增长4.1%", "4.1%", "change", "", "up"),
])
def test_kind_cases(text, raw, kind, qual, direction):
    f = find_claims(text)[-1]
    assert (f.raw, f.kind, f.qualifier, f.direction) == (raw, kind, qual, direction)


@pytest.mark.parametrize("text,subject", [
    ("上海11人获2025年“科学探索奖”", "获“科学探索奖”"),
    ("中国科学院选举产生73名院士", "中国科学院选举产生院士"),
    ("新建6家高质量孵化器", "新建高质量孵化器"),
    ("1.9万家科技型中小企业入库培育", "科技型中小企业"),
    ("科创板上市企业95家", "科创板上市企业"),
    ("包括20余位未来科学大奖获奖者", "包括未来科学大奖获奖者"),
])
def test_subjects(text, subject):
    assert one(text).subject == subject
