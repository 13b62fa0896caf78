"""Figure forms found misread on the hand-written claims probes (fixtures/probes/claims-k*.md; written by helpers
with the claims known by construction, scored by `python -m bench.probes --claims` before any change for them).
Each case is a sentence in the report's style and what a reader takes from it (GUIDE §3)."""
import pytest

from extractors.claims import find_claims

CASES = [
    # (text, [(raw, unit, kind, qualifier, direction), …])
    ("单个项目不超过3000万元", [("3000万元", "万元", "threshold", "under", "")]),
    ("每年不超过500万元的运营资助", [("500万元", "万元", "threshold", "under", "")]),
    ("天使投资阶段占比不低于40%", [("40%", "%", "threshold", "over", "")]),
    ("每年支持不少于300名青年科技人才", [("300名", "名", "threshold", "over", "")]),
    # a time taken is a duration, kind other (GUIDE §5; probe K2 said level, K3 other: the GUIDE settles it)
    ("平均办理时长由15个工作日压缩至7个工作日",
     [("15个工作日", "个工作日", "other", "", "down"), ("7个工作日", "个工作日", "other", "", "down")]),
    ("最长水下作业时间达到11.5小时", [("11.5小时", "小时", "other", "", "")]),
    ("全年提供机时2941.5小时", [("2941.5小时", "小时", "level", "", "")]),
    ("加权平均利率从上年的3.82%降至3.41%", [("3.82%", "%", "share", "", "down"), ("3.41%", "%", "share", "", "down")]),
    ("分别比上年提高0.15和0.3个百分点",
     [("0.15", "个百分点", "change", "", "up"), ("0.3个百分点", "个百分点", "change", "", "up")]),
    ("按照“一人一策”给予5000万元至1亿元的综合支持",
     [("5000万元", "万元", "threshold", "", ""), ("1亿元", "亿元", "threshold", "", "")]),
]


@pytest.mark.parametrize("text,want", CASES, ids=[c[0][:12] for c in CASES])
def test_probe_forms(text, want):
    assert forms(text) == want


def forms(text: str) -> list[tuple]:
    """(raw, unit, kind, qualifier, direction) of each claim the grammar finds in text."""
    return [(c.raw, c.unit, c.kind, c.qualifier, c.direction) for c in find_claims(text)]


@pytest.mark.parametrize("text,raw,qualifier", [
    ("数量和投资额均约占全国的1/4", "1/4", "approx"),
    ("约占全市规模以上工业总产值的三分之一", "三分之一", "approx"),
    ("新型储能装机规模约为上年的2.3倍", "2.3倍", "approx"),
    ("35岁以下青年科研人员约占四成", "四成", "approx"),
    ("签约占全部项目的30%", "30%", ""),  # 签约 is no 约
])
def test_qualifier_on_the_verb(text, raw, qualifier):
    (c,) = [c for c in find_claims(text) if c.raw == raw]
    assert c.qualifier == qualifier


def test_a_condition_a_policy_sets_is_a_threshold():
    (c,) = find_claims("申请时入孵企业数量需达到30家以上")
    assert (c.kind, c.qualifier) == ("threshold", "over")


def test_a_headings_section_number_is_no_claim():
    assert find_claims("4.1 人工智能：打造上海高地", heading=True) == []
    assert find_claims("4.2 量子、脑机接口与6G：布局颠覆性技术", heading=True) == []
    assert [c.raw for c in find_claims("2.5 万人次参加")] == ["2.5 万人次"]  # not a heading: a figure


# Forms from claims probes K3 and K4 (scored once before any change for them; README "Claims probes")
K34_CASES = [
    ("全市农业无人机保有量达到3260架，比上年净增410架",
     [("3260架", "架", "level", "", ""), ("410架", "架", "change", "", "up")]),
    ("有效注册商标总量逾300万件，比上年末净增18.6万件",
     [("300万件", "万件", "level", "over", ""), ("18.6万件", "万件", "change", "", "up")]),
    ("较常规审查缩短约八成", [("八成", "成", "change", "approx", "down")]),
    ("增速比上年加快3.2个百分点", [("3.2个百分点", "个百分点", "change", "", "up")]),
    ("位居全球第5位，较上年前移1位", [("5位", "位", "rank", "", ""), ("1位", "位", "change", "", "up")]),
    ("全市60岁及以上户籍老年人口达到573.6万人",
     [("60岁", "岁", "threshold", "over", ""), ("573.6万人", "万人", "level", "", "")]),
    ("新当选院士平均年龄56岁，最年轻的41岁", [("56岁", "岁", "other", "", ""), ("41岁", "岁", "other", "", "")]),
    ("深海装备关键零部件国产化率从2020年的不足35%提升至76%",
     [("35%", "%", "share", "under", "up"), ("76%", "%", "share", "", "up")]),
    ("企业出资须不低于总投入的60%", [("60%", "%", "threshold", "over", "")]),
    ("让利比例最高可达超额收益的80%", [("80%", "%", "share", "under", "")]),
    ("服务满意度为95.2%", [("95.2%", "%", "share", "", "")]),
    ("新上市企业研发投入强度中位数为11.6%", [("11.6%", "%", "share", "", "")]),
    ("贴息政策支持的单笔质押贷款额度为100万至3000万元",
     [("100万", "万元", "threshold", "", ""), ("3000万元", "万元", "threshold", "", "")]),
]


@pytest.mark.parametrize("text,want", K34_CASES, ids=[c[0][:12] for c in K34_CASES])
def test_k3_k4_forms(text, want):
    assert forms(text) == want


def test_a_ratio_keeps_its_decimals():
    cs = find_claims("按国拨经费1:0.5的比例给予配套支持")
    assert [(c.raw, c.norm_exact, c.decimals, c.kind) for c in cs] == [("1", "1", 0, "ratio"), ("0.5", "0.5", 1, "ratio")]


def test_new_units_and_a_scale_only_low_bound():
    (c,) = find_claims("植保飞防作业面积约1150万亩次")
    assert (c.unit, c.base_unit, c.norm_exact) == ("万亩次", "other:亩次", "11500000")
    (a, b) = find_claims("单家企业申领10万至50万元")
    assert (a.unit, a.base_unit, a.norm_exact, b.norm_exact) == ("万元", "CNY", "100000", "500000")
    (k,) = find_claims("光伏发电累计装机412.6万千瓦")
    assert (k.unit, k.base_unit, k.norm_exact) == ("万千瓦", "other:kW", "4126000")


def test_talent_is_no_head_count_and_a_numbered_heading_may_open_with_a_digit():
    assert find_claims("6.3人才发展环境持续优化") == []
    assert find_claims("2.1 1类创新药获批数量创新高", heading=True) == []


def test_a_growth_column_is_a_change():
    from extractors.claims import label_kind
    (f,) = find_claims("-20.6")
    label_kind("科技企业首发募资额", f, "增长(%)")
    assert (f.kind, f.direction) == ("change", "down")


def test_the_last_item_of_a_list_joined_by_yiji_has_its_own_subject():
    cs = find_claims("新增车辆包括重型货车742辆、城市物流车396辆以及公交和通勤客车188辆")
    assert [c.subject for c in cs][-2:] == ["城市物流车", "公交和通勤客车"]


@pytest.mark.parametrize("text,raw,kind", [
    ("入组年龄为18—65岁", "65岁", "threshold"),  # an age band bounds a group
    ("入组年龄为18—65岁", "18", "threshold"),
    ("婴儿死亡率降至1.9‰", "1.9‰", "share"),  # a rate that fell to a level is still a rate
    ("农业科技进步贡献率升至81.5%", "81.5%", "share"),
])
def test_age_bands_and_rates_reached(text, raw, kind):
    (c,) = [c for c in find_claims(text) if c.raw == raw]
    assert c.kind == kind


def test_a_rate_rows_cells_are_shares():
    from extractors.claims import label_kind
    (f,) = find_claims("81.5", unit_hint="%")  # the label's (%) is the cell's unit
    label_kind("农业科技进步贡献率(%)", f, "2025年")
    assert f.kind == "share"


# From the broker first-page probe note-b
@pytest.mark.parametrize("text,want", [
    ("一年最低/最高(元) 17.42/36.80", [("17.42", "元", "level", ""), ("36.80", "元", "level", "")]),
    ("资产负债率(%) 52.36", [("52.36", "%", "share", "")]),
    ("评级说明：以报告日后12个月内公司股价相对同期沪深300指数的涨跌幅为基准。买入：相对涨幅20%以上；增持：相对涨幅10%～20%",
     [("12个月", "个月", "threshold", "under"), ("20%", "%", "threshold", "over"), ("10%", "%", "threshold", ""),
      ("20%", "%", "threshold", "")]),
])
def test_note_forms(text, want):
    assert [f[:4] for f in forms(text)] == want


# From claims probe K5 (scored once before any change for it)
@pytest.mark.parametrize("text,want", [
    ("比上年多出13个", [("13个", "个", "change", "", "up")]),
    ("较2024年度多27人", [("27人", "人", "change", "", "up")]),
    ("比2020年高出7个百分点", [("7个百分点", "个百分点", "change", "", "up")]),
    ("比上年新增九个", [("九个", "个", "change", "", "up")]),
    ("较上年少3家", [("3家", "家", "change", "", "down")]),
    ("45周岁以下的占三分之一", [("45周岁", "周岁", "threshold", "under", ""), ("三分之一", "", "share", "", "")]),
    ("停留三个月以上的长期访问学者1150人", [("三个月", "个月", "threshold", "over", ""), ("1150人", "人", "level", "", "")]),
    ("试点单位间接费用比例上限提高至60%", [("60%", "%", "threshold", "under", "")]),
    ("年度资助总额封顶2000万元", [("2000万元", "万元", "threshold", "under", "")]),
    ("表1所列五类机构", [("五类", "类", "level", "", "")]),  # 表1 is the table's number
    ("作为第一完成单位获奖157项", [("157项", "项", "level", "", "")]),
    ("全年发表3篇", [("3篇", "篇", "level", "", "")]),  # 发表 is no table reference
])
def test_k5_forms(text, want):
    assert forms(text) == want


def test_a_rank_move_in_ming_after_a_rank():
    cs = find_claims("数量居全国第3名，较上年上升两名")
    assert [(c.raw, c.base_unit, c.kind) for c in cs] == [("3名", "rank", "rank"), ("两名", "rank", "change")]
    cs = find_claims("新增3名院士，较上年增加2名")  # persons, no rank
    assert [c.base_unit for c in cs] == ["count", "count"]


def test_a_measure_named_by_an_acronym_is_an_index():
    cs = find_claims("全市智算中心平均电能利用效率(PUE)由上年的1.42降至1.31")
    assert [(c.raw, c.base_unit, c.direction) for c in cs] == [("1.42", "index", "down"), ("1.31", "index", "down")]


# From claims probe K6 and the broker page note-c
@pytest.mark.parametrize("text,want", [
    ("到2027年，集成电路产业规模年均增长15%以上，研发投入强度达到2.6%",
     [("15%", "%", "target", "over", "up"), ("2.6%", "%", "target", "", "")]),  # a goal, whatever it measures
    ("12个月目标价：46.20元，较当前股价有19.5%的上涨空间",
     [("12个月", "个月", "level", "", ""), ("46.20元", "元", "target", "", ""), ("19.5%", "%", "change", "", "up")]),
    ("动力电池装机量68.4GWh，能量密度最高达到190Wh/kg",
     [("68.4GWh", "GWh", "level", "", ""), ("190Wh/kg", "Wh/kg", "level", "under", "")]),
    ("承接各类船舶订单1150万载重吨", [("1150万载重吨", "万载重吨", "level", "", "")]),
])
def test_k6_and_note_forms(text, want):
    assert forms(text) == want


def test_a_part_after_qizhong_takes_the_wholes_measure_without_its_total():
    # relation probe O: the 总 of 算力总规模 totals the whole; the part 智能算力 is measured as 智能算力规模
    fs = find_claims("截至年底，全市算力总规模达到148.3EFLOPS，其中智能算力112.6EFLOPS")
    assert [(f.raw, f.subject) for f in fs] == [("148.3EFLOPS", "全市算力总规模"), ("112.6EFLOPS", "智能算力规模")]


def test_a_zone_opening_the_sentence_owns_its_later_figures():
    # relation probe R: the data page's 临港新片区…，高新技术企业1240家 counts the zone's enterprises, not the city's
    fs = find_claims("临港新片区引进重点科技项目132个，高新技术企业1240家")
    assert [(f.raw, f.subject) for f in fs] == [("132个", "临港新片区引进重点科技项目"), ("1240家", "临港新片区高新技术企业")]


# claims probes K7 and K8 (first measure at db8e57f: kind 0.938 and 0.923); (raw, base_unit, kind, qualifier, direction)
K7_K8 = [
    # a time taken in minutes is a duration (GUIDE §5), a shortening by minutes a change; 缩短为 states the new time
    ("消防救援队伍接警后平均到场时间为7.8分钟，较上年缩短0.6分钟。",
     [("7.8分钟", "other:min", "other", "", ""), ("0.6分钟", "other:min", "change", "", "down")]),
    ("公共快充桩平均充电时长缩短为28分钟。", [("28分钟", "other:min", "other", "", "")]),
    # a duration's clause may carry the year its start is dated by
    ("汛期城区积水点平均退水时间从2020年的4.5小时缩短至1.8小时。",
     [("4.5小时", "hours", "other", "", "down"), ("1.8小时", "hours", "other", "", "down")]),
    # a verb before what it changes, and a gap to a named level, make changes
    ("“一件事”集成服务平均减少办事材料68%、压缩办理时间超过七成。",
     [("68%", "percent", "change", "", "down"), ("七成", "percent", "change", "over", "down")]),
    ("本市科创板企业研发投入强度平均为14.8%，高出A股上市公司平均水平约10个百分点。",
     [("14.8%", "percent", "share", "", ""), ("10个百分点", "pct_point", "change", "approx", "up")]),
    # a ceiling a policy sets on a rate, as 不低于 sets a floor
    ("科技信贷风险补偿给予不超过本金40%的补偿；担保费率不高于1%。",
     [("40%", "percent", "threshold", "under", ""), ("1%", "percent", "threshold", "under", "")]),
    # a dated goal stated as a bound is a goal (GUIDE: 到2027年…超500件 is a target, over)
    ("到2030年，消防救援平均到场时间控制在7分钟以内，地面沉降年均量不超过5毫米。",
     [("7分钟", "other:min", "target", "under", ""), ("5毫米", "other:mm", "target", "under", "")]),
    ("到2027年，新建数据中心PUE降至1.2以下。", [("1.2", "index", "target", "under", "")]),
    # ... but a bound describing the things counted stays a threshold, even after 以上
    ("培育营业收入百亿元以上的科技领军企业不少于50家。",
     [("百亿元", "CNY", "threshold", "over", ""), ("50家", "count", "threshold", "over", "")]),
    ("新建大型数据中心电能利用效率（PUE）不高于1.25。", [("1.25", "index", "threshold", "under", "")]),
    # 第N套 is an ordinal; N日内 is a window, not a date
    ("本市3家未盈利企业通过第五套上市标准获准注册。", [("3家", "count", "level", "", "")]),
    ("主管部门在受理后60日内完成评审。", [("60日", "day", "threshold", "under", "")]),
    # measure words and units of these pages
    ("分层标组36组、监测井近600口，287处深基坑，每日120万管，时延5毫秒，带宽486.3Mbps，网格精度50米。",
     [("36组", "count", "level", "", ""), ("600口", "count", "level", "near", ""), ("287处", "count", "level", "", ""),
      ("120万管", "count", "level", "", ""), ("5毫秒", "other:ms", "level", "", ""),
      ("486.3Mbps", "other:Mbps", "level", "", ""), ("50米", "other:m", "level", "", "")]),
]


@pytest.mark.parametrize("text,want", K7_K8, ids=[c[0][:12] for c in K7_K8])
def test_k7_k8_forms(text, want):
    assert [(f.raw, f.base_unit, f.kind, f.qualifier, f.direction) for f in find_claims(text)] == want


def test_ship_tonnage_is_a_unit():
    # relation probe Q: 完工量(万修正总吨) headed a table column whose cells had been flagged as without a unit
    assert [(f.raw, f.base_unit, f.norm_exact) for f in find_claims("完工船舶72艘、371.8万修正总吨")] == \
        [("72艘", "count", "72"), ("371.8万修正总吨", "other:修正总吨", "3718000")]


def test_a_bracketed_note_between_a_name_and_its_verb():
    # relation probe R: 研发投入强度（研发投入与营业总收入之比）从上年的4.6%提升至4.9%: the name before the note
    fs = find_claims("研发投入强度（研发投入与营业总收入之比）从上年的4.6%提升至4.9%。")
    assert [(f.raw, f.subject, f.kind, f.direction) for f in fs] == [
        ("4.6%", "研发投入强度", "share", "up"), ("4.9%", "研发投入强度", "share", "up")]


# claims probes K9 and K10 (first measure at 0b08e16: kind 0.962 and 0.964)
K9_K10 = [
    # a band or range naming a class of the things counted, in any measured unit, is a threshold; a duration
    # range (3—5年的长周期) is not a class
    ("全年举办展览面积在1万平方米以上的科技类展会58个，其中面积在2万—10万平方米之间的31个；",
     [("1万平方米", "m2", "threshold", "over", ""), ("58个", "count", "level", "", ""), ("2万", "m2", "threshold", "", ""),
      ("10万平方米", "m2", "threshold", "", ""), ("31个", "count", "level", "", "")]),
    ("新建科普场馆建筑面积在5000平方米至2万平方米之间的，按建设投资的10%—20%给予补助。",
     [("5000平方米", "m2", "threshold", "", ""), ("2万平方米", "m2", "threshold", "", ""),
      ("10%", "percent", "share", "", ""), ("20%", "percent", "share", "", "")]),
    ("给予3—5年的长周期稳定支持", [("3", "year", "other", "", ""), ("5年", "year", "other", "", "")]),
    # 上涨 is a change like 增长
    ("成交均价66.8元/吨，同比上涨9.3%；全国碳市场年末收盘价较年初上涨14.7%。",
     [("66.8元/吨", "CNY", "level", "", ""), ("9.3%", "percent", "change", "", "up"),
      ("14.7%", "percent", "change", "", "up")]),
    # a ceiling on a bare percentage, and a band in kilograms
    ("对新建日加氢能力500公斤及以上的加氢站，给予不超过核定投资30%、最高500万元的建设补贴。",
     [("500公斤", "other:公斤", "threshold", "over", ""), ("30%", "percent", "threshold", "under", ""),
      ("500万元", "CNY", "threshold", "under", "")]),
    # a level reached (降至…以下) is no band
    ("系统能耗降至4.3kWh/Nm³以下；", [("4.3kWh/Nm³", "other:kWh/Nm3", "level", "under", "")]),
]


@pytest.mark.parametrize("text,want", K9_K10, ids=[c[0][:12] for c in K9_K10])
def test_k9_k10_forms(text, want):
    assert [(f.raw, f.base_unit, f.kind, f.qualifier, f.direction) for f in find_claims(text)] == want


# claims probes K11 and K12 (first measure at a77d3d5: kind 0.940 and 0.936)
K11_K12 = [
    # a dated goal governs the ；-joined goals after it; a rank to reach is a goal; a class bound stays a threshold
    ("到2027年，力争高新技术企业突破3万家，独角兽企业数量保持全国前三；企业研发经费年均增长不低于8%，培育研发投入超百亿元的企业5—8家。",
     [("3万家", "count", "target", "over", ""), ("三", "rank", "target", "under", ""), ("8%", "percent", "target", "over", ""),
      ("百亿元", "CNY", "threshold", "over", ""), ("5", "count", "target", "", ""), ("8家", "count", "target", "", "")]),
    # ... but a rank naming a class (前1‰的学科) is a rank, and an age band bounds a group even after a goal
    ("到2030年，进入ESI全球前1‰的学科超过60个。",
     [("1‰", "permille", "rank", "under", ""), ("60个", "count", "target", "over", "")]),
    ("到2027年，力争新增科创板上市企业30家左右；引导基金重点支持25至35岁的青年创业者。",
     [("30家", "count", "target", "approx", ""), ("25", "year", "threshold", "", ""), ("35岁", "year", "threshold", "", "")]),
    # a gap in points to a named level is a change; 高于…10%以上 is a band, not a gap
    ("研发投入强度为3.21%，高于全国平均水平0.53个百分点。",
     [("3.21%", "percent", "share", "", ""), ("0.53个百分点", "pct_point", "change", "", "up")]),
    ("预期行业整体回报高于基准指数整体水平10%以上；", [("10%", "percent", "level", "over", "")]),
    # a growth rate is a change
    ("2023—2025年营业收入年均复合增长率超过35%。", [("35%", "percent", "change", "over", "up")]),
]


@pytest.mark.parametrize("text,want", K11_K12, ids=[c[0][:12] for c in K11_K12])
def test_k11_k12_forms(text, want):
    assert [(f.raw, f.base_unit, f.kind, f.qualifier, f.direction) for f in find_claims(text)] == want


@pytest.mark.parametrize("text", ["3.3支持政策与发展目标", "1.2大科学装置运行与开放共享", "3.1支持条款"])
def test_a_glued_section_number_before_a_measure_word_is_no_count(text):
    # claims probes K7–K11 read as scans: OCR drops the space of "3.3 支持政策…", and no decimal counts in 支 or 大
    assert find_claims(text) == []


def test_a_decimal_with_a_scaled_measure_word_opening_a_line_is_still_a_figure():
    assert [(f.raw, f.norm_exact) for f in find_claims("2.5万家企业入库")] == [("2.5万家", "25000")]


@pytest.mark.parametrize("text,want", [
    # claims probe K13: 扩大 is a change like 增长; 减至 ends a fall like 降至
    ("科技展区设展面积3.6万平方米，比上届扩大12%", [("3.6万平方米", "level", ""), ("12%", "change", "up")]),
    ("办理业务时限由20天减至7天。", [("20天", "other", "down"), ("7天", "other", "down")]),
    ("差距由5个百分点缩小至2个百分点", [("5个百分点", "level", "down"), ("2个百分点", "level", "down")]),
])
def test_k13_forms(text, want):
    assert [(f.raw, f.kind, f.direction) for f in find_claims(text)] == want


def test_k15_k16_forms():
    # claims probe K16: a class in Chinese numerals (三类创新医疗器械) is a name like 1类创新药; units of its pages
    assert [f.raw for f in find_claims("全年本市有14个1类创新药和9个三类创新医疗器械获批上市")] == ["14个", "9个"]
    assert [(f.raw, f.base_unit) for f in find_claims("项目分为三档，研制1000量子比特超导量子计算机，刻蚀设备交付300腔，功率5瓦")] == [
        ("三档", "count"), ("1000量子比特", "count"), ("300腔", "count"), ("5瓦", "other:W")]


def test_a_numbered_class_before_a_figure_counts_nothing():
    # relation probe W: 公益二类25家 labels the class whose 25家 follow; 二类 is no count of two kinds
    assert [f.raw for f in find_claims("本市现有市属科研院所62家，分别为公益一类23家、公益二类25家和转制类14家。")] == [
        "62家", "23家", "25家", "14家"]


# claims probes K17 and K18 (first measure at 36093c8: kind 0.971 and 0.949); (raw, kind, qualifier, subject)
K17_K18 = [
    # 不满 bounds a class like 不超过, and neither stays in the subject
    ("科技创新券面向成立不满5年、年营业收入不超过2亿元的科技型中小企业",
     [("5年", "threshold", "under", "科技创新券面向成立"), ("2亿元", "threshold", "under", "年营业收入")]),
    # a range naming the class its count follows (…，10亿元至50亿元的106家) is a threshold band
    ("营业收入在50亿元以上的科技服务企业有41家，10亿元至50亿元的106家",
     [("50亿元", "threshold", "over", "营业收入"), ("41家", "level", "", "营业收入在50亿元以上的科技服务企业"),
      ("10亿元", "threshold", "", ""), ("50亿元", "threshold", "", ""), ("106家", "level", "", "至50亿元")]),
]


@pytest.mark.parametrize("text,want", K17_K18, ids=[c[0][:12] for c in K17_K18])
def test_k17_k18_forms(text, want):
    assert [(f.raw, f.kind, f.qualifier, f.subject) for f in find_claims(text)] == want


def test_a_bound_before_a_respectively_list_bounds_each_value():
    # claims probes K8 and K18: 分别给予最高300万元和100万元 caps both awards
    fs = find_claims("对新认定的国家级科技企业孵化器和众创空间，分别给予最高300万元和100万元的一次性奖励")
    assert [(f.raw, f.kind, f.qualifier) for f in fs] == [("300万元", "threshold", "under"), ("100万元", "threshold", "under")]
    fs = find_claims("完成II期、III期临床试验的，分别最高给予500万元、1000万元和2000万元支持")
    assert [f.qualifier for f in fs] == ["under", "under", "under"]


# claims probes K61 and K62 (first measure at 9474b4b: recall 0.961, kind 0.973, direction 0.986 over 306 claims)
K61_K62 = [
    # either end of 从X降至Y may carry its own bound: the direction is the verb's (it was read as none)
    ("单公里采集成本从2022年的约1200元降至不足200元",
     [("1200元", "元", "level", "approx", "down"), ("200元", "元", "level", "under", "down")]),
    # 降幅 is the size of a fall
    ("降幅超过80%", [("80%", "%", "change", "over", "down")]),
    ("降幅为12.5%", [("12.5%", "%", "change", "", "down")]),
    # measure words for power and livestock (the figures were missed)
    ("额定功率达到180马力", [("180马力", "马力", "level", "", "")]),
    ("定位芯片功耗35毫瓦", [("35毫瓦", "毫瓦", "level", "", "")]),
    ("种猪存栏1.35万头", [("1.35万头", "万头", "level", "", "")]),
    ("每年可收获13茬", [("13茬", "茬", "level", "", "")]),
]


@pytest.mark.parametrize("text,want", K61_K62, ids=[c[0][:12] for c in K61_K62])
def test_k61_k62_forms(text, want):
    assert forms(text) == want


def test_guard_a_head_in_a_word_counts_nothing():
    # guard: 头 as a measure word must not read 龙头 or 源头 after a numeral-like word as a count
    assert [f.raw for f in find_claims("培育龙头企业12家，从源头提升创新能力。")] == ["12家"]


def test_grams_are_a_measure():
    # relation probe fresh-gs: 平均包装重量从上年的186克降至172克 (no figure was read)
    assert forms("电商快件平均包装重量从上年的186克降至172克") == [("186克", "克", "level", "", "down"),
                                                       ("172克", "克", "level", "", "down")]


def test_an_item_named_by_an_improvement_in_a_list_is_a_level():
    # relation probe fresh-gy: 分别为工艺安全提升9.82亿元、…; a count after such a name keeps reading as before
    assert [(f.raw, f.kind) for f in find_claims("投资24.36亿元，分别为工艺安全提升9.82亿元、自动化控制改造8.47亿元")] == [
        ("24.36亿元", "level"), ("9.82亿元", "level"), ("8.47亿元", "level")]
    assert [(f.raw, f.kind) for f in find_claims("主要指标分别提升12.3%和9.1%")] == [("12.3%", "change"), ("9.1%", "change")]


# claims probes K65 and K66 (first measure at dc00887: unit 0.913, kind 0.967 over 301 claims)
K65_K66 = [
    # measure words of libraries and archives (the figures lost their measure word: 3200万页 read as 万)
    ("数字化页面3200万页", [("3200万页", "万页", "level", "", "")]),
    ("完成古籍修复2.1万叶", [("2.1万叶", "万叶", "level", "", "")]),
    ("开放到期档案13.6万卷", [("13.6万卷", "万卷", "level", "", "")]),
    ("人均阅读纸质图书7.85本", [("7.85本", "本", "level", "", "")]),
    ("电子书借阅量4860万册次", [("4860万册次", "万册次", "level", "", "")]),
    ("馆藏档案1326万卷（件）", [("1326万卷（件）", "万卷（件）", "level", "", "")]),
    ("新增馆藏文献486万册（件）", [("486万册（件）", "万册（件）", "level", "", "")]),
    # hours summed over a year are an amount of time used (GUIDE §5: a duration is a time taken), per head a duration
    ("全年共享服务时长1210万小时", [("1210万小时", "万小时", "level", "", "")]),
    ("人均培训时长约42小时", [("42小时", "小时", "other", "approx", "")]),
    ("储能时长4小时", [("4小时", "小时", "other", "", "")]),
    # (fresh-hk) tens of thousands of hours are time used, wherever they stand (a data page's line says no 全年)
    ("制播时长超4.9万小时", [("4.9万小时", "万小时", "level", "over", "")]),
]


@pytest.mark.parametrize("text,want", K65_K66, ids=[c[0][:12] for c in K65_K66])
def test_k65_k66_forms(text, want):
    assert forms(text) == want


# claims probes K67 and K68 (first measure at 96fdfc6: unit 0.972, kind 0.955 over 289 claims)
K67_K68 = [
    # counts per entry, dose and species (the measure word lost its 次: 1.3万只次 read as 万只)
    ("全年口岸检疫进境伴侣动物1.3万只次", [("1.3万只次", "万只次", "level", "", "")]),
    ("狂犬病免疫接种68.4万剂次", [("68.4万剂次", "万剂次", "level", "", "")]),
    ("检出病原47种次", [("47种次", "种次", "level", "", "")]),
    ("全年完成主要动物疫病免疫1626.1万头（只）", [("1626.1万头（只）", "万头（只）", "level", "", "")]),
    # (claims-k69) transformer capacity in kVA (read as kV, 亿千伏 and a stray 安) and households served per visit
    ("变电容量1.82亿千伏安", [("1.82亿千伏安", "亿千伏安", "level", "", "")]),
    ("上门安检服务约620万户次", [("620万户次", "万户次", "level", "approx", "")]),
    # (fresh-hu) a concentration in toxic equivalents (read with no unit, flagged as an unknown unit)
    ("二噁英类排放浓度年均值0.016纳克TEQ/立方米", [("0.016纳克TEQ/立方米", "纳克TEQ/立方米", "level", "", "")]),
    # (fresh-ho) square kilometres written out (read with no unit, flagged as an unknown unit)
    ("轨道交通建设新增地下空间1.86平方千米", [("1.86平方千米", "平方千米", "level", "", "")]),
]


@pytest.mark.parametrize("text,want", K67_K68, ids=[c[0][:12] for c in K67_K68])
def test_k67_k68_forms(text, want):
    assert forms(text) == want


def test_a_running_total_at_another_scale_counts_what_the_clause_before_counted():
    # (fresh-ho) 新增地下空间开发面积超860万平方米，累计约1.3亿平方米: 累计 with the measure at another scale (万 / 亿) is
    # the running total of the figure before (its subject was empty, so no restatement reached it)
    fs = find_claims("全年新增高新技术企业1200家，累计达到2.5万家。新增地下空间开发面积超860万平方米，累计约1.3亿平方米。")
    assert [(f.raw, f.subject) for f in fs] == [("1200家", "新增高新技术企业"), ("2.5万家", "高新技术企业"),
                                                ("860万平方米", "新增地下空间开发面积"),
                                                ("1.3亿平方米", "地下空间开发面积")]


# claims probes K71 and K72 (first measure at 05a1e60: unit 0.989, kind 0.964 over 279 claims)
K71_K72 = [
    # room-nights and their price, storeys, classes and a rate in Hz (the measure word was lost or the figure missed)
    ("全年在线预订1.16亿间夜", [("1.16亿间夜", "亿间夜", "level", "", "")]),
    ("平均房价732元/间夜", [("732元/间夜", "元/间夜", "level", "", "")]),
    ("收录部品部件12大类", [("12大类", "大类", "level", "", "")]),
    ("头显刷新率达到120Hz", [("120Hz", "Hz", "level", "", "")]),
]


@pytest.mark.parametrize("text,want", K71_K72, ids=[c[0][:12] for c in K71_K72])
def test_k71_k72_forms(text, want):
    assert forms(text) == want


def test_a_hyphenated_code_in_brackets_and_dui_wai_stay_in_the_subject():
    # (fresh-gp) 生物安全三级（BSL-3）实验室14个: the bracket cut the subject to 实验室; 对外开放共享的…: 对 was trimmed as a
    # preposition, leaving 外开放共享的…
    fs = find_claims("全市建成运行生物安全三级（BSL-3）实验室14个，其中对外开放共享的BSL-3实验室9个。")
    assert [(f.raw, f.subject) for f in fs] == [("14个", "全市建成运行生物安全三级（BSL-3）实验室"),
                                                ("9个", "对外开放共享的BSL-3实验室")]


K73_K78 = [
    # (claims-k74) hours right before the noun they describe: the span a forecast covers, a duration (GUIDE §5)
    ("全年24小时晴雨预报准确率为89.6%", [("24小时", "小时", "other", "", ""), ("89.6%", "%", "share", "", "")]),
    ("运行2714小时", [("2714小时", "小时", "level", "", "")]),  # guard: hours used
    # (claims-k74, k75) 低于/小于 and 高于/大于 before a figure bound it
    ("连续5年低于70公里", [("5年", "年", "other", "", ""), ("70公里", "公里", "level", "under", "")]),
    ("种植精度误差小于0.3毫米", [("0.3毫米", "毫米", "level", "under", "")]),
    ("不低于60%", [("60%", "%", "threshold", "over", "")]),  # guard: 不低于 is still a floor
    # (claims-k74) a column of rises in points: its cells are changes
    # (claims-k75) an age naming a group of people is a band of them, in a goal too; an average age is none
    ("本市12岁儿童恒牙龋患率为26.1%", [("12岁", "岁", "threshold", "", ""), ("26.1%", "%", "share", "", "")]),
    ("平均年龄36岁", [("36岁", "岁", "other", "", "")]),
    # (claims-k75) sets of aligners
    ("全年生产矫治器超过1200万副", [("1200万副", "万副", "level", "over", "")]),
    # (claims-k76) a bound describing the things a policy pays for; a rate held at a level
    ("对年配送快件超100万件的无人配送车运营主体给予运营补贴", [("100万件", "万件", "threshold", "over", "")]),
    ("全市快递电子运单使用率保持100%", [("100%", "%", "share", "", "")]),
    # (claims-k77) 多 with a verb after it says a difference; volts in Latin; vehicle visits
    ("比上年多建4200个", [("4200个", "个", "change", "", "up")]),
    ("比上年少建12座", [("12座", "座", "change", "", "down")]),
    ("支持200—1000V宽电压输出", [("200", "V", "level", "", ""), ("1000V", "V", "level", "", "")]),
    ("单站日均服务车辆约32辆次", [("32辆次", "辆次", "level", "approx", "")]),
]


@pytest.mark.parametrize("text,want", K73_K78, ids=[c[0][:12] for c in K73_K78])
def test_k73_k78_forms(text, want):
    assert forms(text) == want


def test_a_column_of_rises_in_points_holds_changes(tmp_path):
    # (claims-k74) 表1 … 提高幅度（个百分点）: 1.3 is a rise (it was read as a level)
    from bench import probes as B
    md = ("<!-- t -->\n# 上海科技进步报告\n\n# 编委会\n\n# 综述\n\n## SUMMARIZE\n\n### 表1 2025年本市主要气象预报质量\n"
          "预报项目\t2024年(%)\t2025年(%)\t提高幅度（个百分点）\n晴雨预报\t88.3\t89.6\t1.3\n暴雨预警\t71.2\t73.8\t2.6\n")
    claims, _, _, _ = B.read(md, tmp_path)
    assert {(c.raw, c.kind, c.direction) for c in claims if c.raw in ("1.3", "2.6")} == {("1.3", "change", "up"),
                                                                                       ("2.6", "change", "up")}
