"""Cases from the error audit of the report text outside every gold span (sentences of the 2025 report).

Each row is one construction the grammar got wrong before the audit; the expected values were written by
reading the sentence against fixtures/gold/GUIDE.md, not copied from the program's output.
"""
import pytest

from extractors.claims import find_claims
from pipeline.claims import _runs_on
from schemas.records import Block, Line


def by_raw(text):
    return {f.raw: f for f in find_claims(text)}


# (sentence, raw, value, unit, base_unit, kind, qualifier): one figure the sentence states
FOUND = [
    # units the table lacked: the figure was missed or lost its unit
    ("存储人类遗传资源数据量约2PB", "2PB", 2, "PB", "other:PB", "level", "approx"),
    ("自主研发336W功率的1064nm单频连续光纤激光器", "336W", 336, "W", "other:W", "level", ""),
    ("能量奇点研制出21.7T高温超导大口径D型磁体", "21.7T", 21.7, "T", "other:T", "level", ""),
    ("国内首制16000TEU甲醇双燃料集装箱船交付", "16000TEU", 16000, "TEU", "other:TEU", "level", ""),
    ("全年完成20.9万 TEU运输量", "20.9万 TEU", 20.9, "万TEU", "other:TEU", "level", ""),
    ("3500t自航自升式海上风电安装平台成功下水", "3500t", 3500, "t", "other:吨", "level", ""),
    ("研发40m3氢冶金试验高炉系统", "40m3", 40, "m3", "other:m3", "level", ""),
    ("预计每年可节约淡水超2000万立方米", "2000万立方米", 2000, "万立方米", "other:m3", "level", "over"),
    ("建成2MWt液态燃料钍基熔盐实验堆", "2MWt", 2, "MWt", "other:MWt", "level", ""),
    ("在全球首次完成3圈32束等离子体向心射流汇聚成壳实验", "32束", 32, "束", "count", "level", ""),
    ("脑虎科技研发的64通道全植入无线产品开展首例前瞻性临床试验", "64通道", 64, "通道", "count", "level", ""),
    ("完成12万吨/年相变型二氧化碳捕集工业示范装置改造运行", "12万吨/年", 12, "万吨/年", "other:吨/年", "level", ""),
    # 平台 before a count is no version name (平台2.0 is)
    ("储备市级培育中试平台50余家", "50余家", 50, "家", "count", "level", "over"),
    ("累计建设专业技术平台30余家", "30余家", 30, "家", "count", "level", "over"),
    # 期 after a counting verb counts sessions; it is no edition
    ("“转化门诊”累计组织22期, 服务科研人员百余名", "22期", 22, "期", "count", "level", ""),
    # 约 closing the word 签约 is no qualifier
    ("征集解决方案598个,促成签约126项", "126项", 126, "项", "count", "level", ""),
    ("累计促成合作签约17项，签约金额超1亿元", "17项", 17, "项", "count", "level", ""),
    ("签约50余家头部及独角兽企业", "50余家", 50, "家", "count", "level", "over"),
    # a band naming a class (N以上 + noun) is a threshold; a unitless one is still a figure
    ("其中50万元以上大型设备运行机时15432小时", "50万元", 50, "万元", "CNY", "threshold", "over"),
    ("发表SCI论文25篇, 其中影响因子10以上16篇", "10", 10, "", "index", "threshold", "over"),
    # a record written with 最高 is a level (under); a policy cap stays a threshold
    ("支撑全球首个太空计算星座发射，单星最高算力达744TOPS", "744TOPS", 744, "TOPS", "other:TOPS", "level", "under"),
    ("单篇影响因子最高93.6", "93.6", 93.6, "", "index", "level", "under"),
    ("对使用科学仪器设施和服务产生的费用，每年最高补助100万元", "100万元", 100, "万元", "CNY", "threshold", "under"),
    # N%来自…: the part of a group that comes from somewhere is a share
    ("训练营汇聚80名海内外大学生创业青年,其中40%来自上海高校", "40%", 40, "%", "percent", "share", ""),
    ("46%来自除上海外其他国内高校、14%来自国外高校", "14%", 14, "%", "percent", "share", ""),
    # N类 without 第 counts categories; 第三类医疗器械 is a product class (below)
    ("对基础性工作、基础研究、应用研究、科技服务四类人员分别设置岗位方案", "四类", 4, "类", "count", "level", ""),
    ("两类岗位", "两类", 2, "类", "count", "level", ""),
    # measure words of computing and physics; 量级 is an order of magnitude
    ("光交换GPU超节点光跃LightSphere X发布，可实现2000卡规模部署", "2000卡", 2000, "卡", "count", "level", ""),
    ("国内首次掌握百飞秒量级激光泵浦-X射线探测技术", "百飞秒", 100, "飞秒", "other:fs", "level", "approx"),
]


@pytest.mark.parametrize("text,raw,value,unit,base,kind,qual", FOUND)
def test_audit_found(text, raw, value, unit, base, kind, qual):
    fs = by_raw(text)
    assert raw in fs, sorted(fs)
    f = fs[raw]
    assert (f.value, f.unit, f.base_unit, f.kind, f.qualifier) == (value, unit, base, kind, qual)


# (sentence, numeral that must give no claim): names, slogans, ordinals the grammar took for figures
NOT_CLAIMS = [
    ("复旦大学联合上海市第六人民医院, 开创小胶质细胞替换疗法", "六"),
    ("牢记“四个放在”，坚持“四个面向”，为国担当", "四"),
    ("组织“上海科技青年35人引领计划”评选", "35"),
    ("“35岁以下科技创新35人”(TR35) 由《麻省理工科技评论》发起评选", "35"),
    ("发布Web3.0分布式操作系统架构和ChainWeaver2.0操作系统", "3.0"),
    ("语料工具链平台2.0发布", "2.0"),
    ("新增获批上市第三类创新医疗器械9款", "三"),
    # a section number whose space OCR lost (the scanned page of line 663: 聚焦 read as 皮焦)
    ("2.2皮焦战略重点领域攻克科学问题", "2.2"),
]


@pytest.mark.parametrize("text,numeral", NOT_CLAIMS)
def test_audit_not_claims(text, numeral):
    assert not [f.raw for f in find_claims(text) if f.raw.startswith(numeral)]


def test_sizes_written_with_a_slash_are_two_sizes_not_a_fraction():
    fs = find_claims("建成国内唯一、国际先进的4/6英寸超导大规模集成工艺线")
    assert [(f.value, f.unit, f.base_unit, f.kind) for f in fs] == [
        (4, "英寸", "other:inch", "level"), (6, "英寸", "other:inch", "level")]


def test_a_fraction_of_an_area_stays_a_share():
    (f,) = find_claims("覆盖全市约1/3的市域面积")
    assert (f.base_unit, f.kind, f.qualifier, f.norm_exact) == ("other:fraction", "share", "approx", "1/3")


def test_from_year_to_year_amounts():
    """由2023年的708万元增至2025年的14.9亿元: both ends, direction up, each with its own year."""
    fs = [f for f in find_claims("转化成果金额由2023年的708万元增至2025年的14.9亿元") if f.base_unit == "CNY"]
    assert [(f.raw, f.role, f.direction, f.period) for f in fs] == [
        ("708万元", "from", "up", "2023"), ("14.9亿元", "to", "up", "2025")]
    assert fs[1].norm_exact == "1490000000"


def test_signing_amount_keeps_its_words():
    fs = by_raw("累计促成合作签约17项，签约金额超1亿元")
    assert fs["1亿元"].qualifier == "over" and "签约金额" in fs["1亿元"].subject
    assert fs["17项"].subject.endswith("签约")


def _block(text, kind, x0, top, x1, bottom, last_x1):
    return Block(text=text, x0=x0, top=top, x1=x1, bottom=bottom, kind=kind,
                 lines=[Line(text=text, x0=x0, top=bottom - 11, x1=last_x1, bottom=bottom, size=10.5)])


def test_a_figure_the_layout_set_as_a_heading_continues_the_clause():
    """…仪器总价值超 | 670亿元: the wrapped figure heads the next column; the clause runs on into it."""
    prev = _block("长三角科技资源共享服务平台集聚大型科学仪器超5.6万台(套)、仪器总价值超", "bullet", 70, 734, 280, 762, 279)
    head = _block("670亿元", "heading", 323, 64, 363, 75, 363)
    assert _runs_on(prev, head)
    (f,) = find_claims("670亿元", before=prev.text)
    assert (f.qualifier, f.norm_exact) == ("over", "67000000000")
    assert "总价值" in f.subject


def test_a_real_heading_after_a_finished_sentence_does_not_continue():
    prev = _block("全年新增领航级智能工厂2家。", "para", 56, 292, 538, 321, 300)
    head = _block("12家已建高质量孵化器能级提升", "heading", 56, 330, 300, 343, 300)
    assert not _runs_on(prev, head)


@pytest.mark.parametrize("text,raw", [
    ("单篇影响因子最高93.6", "93.6"),
    ("其中影响因子10以上16篇", "10"),
])
def test_named_dimensionless_measure_is_an_index(text, raw):
    """影响因子 has no unit: the figure is a named dimensionless measure (index, GUIDE §3), not a
    figure whose unit was lost; other named measures (指数为128.5) are an index."""
    f = next(f for f in find_claims(text) if f.raw == raw)
    assert f.base_unit == "index" and f.unit == ""
    assert find_claims("综合指数为128.5")[0].base_unit == "index"


def test_a_figure_with_its_unit_is_no_index():
    f = next(f for f in find_claims("其中影响因子10以上16篇") if f.raw == "16篇")
    assert f.base_unit == "count"


def test_a_title_closed_by_a_misread_bracket_does_not_swallow_the_row():
    """OCR reads 》 as ): the figure after it is a claim, not part of the title."""
    assert [f.raw for f in find_claims("《自然) 86篇")] == ["86篇"]
    assert [f.raw for f in find_claims("《上海市科技进步条例(2025年修订)》发布")] == []
