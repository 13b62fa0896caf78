"""Subject classes found by auditing claims outside every gold span: one table per class. Sentences from the
2025 report (markdown emphasis removed); expected subjects written by reading them against the gold GUIDE
(the metric the figure measures, the shortest phrase naming it)."""
import pytest

from extractors.claims import find_claims


def subject_of(text, raw, occ=1):
    hits = [f.subject for f in find_claims(text) if f.raw == raw]
    assert len(hits) >= occ, (raw, [f.raw for f in find_claims(text)])
    return hits[occ - 1]


# a clause after ", " opens with a space: its 其中 (or 全年) is still no part of the subject
LEADING_WORD_AFTER_SPACE = [
    ("全平台设备运行机时296152小时, 其中50万元以上大型设备运行机时15432小时", "15432小时",
     "50万元以上大型设备运行机时"),
    ("全平台设备运行机时296152小时, 其中50万元以上大型设备运行机时15432小时", "296152小时", "全平台设备运行机时"),
]

# a 其中 part whose subject stops at its verb counts the object the whole names after that verb
PART_TAKES_WHOLE_OBJECT = [
    ("全年提供实验机时10.8万小时, 执行课题4300个, 服务实验人员1.3万人次, 用户累计发表SCI论文2600余篇, "
     "其中在《细胞》《自然》《科学》发表40篇", "40篇", "在《细胞》《自然》《科学》发表SCI论文"),
    ("截至年底，试点单位累计完成或推进赋权成果732项，其中完全赋权562项，形成转化金额29.9亿元", "562项",
     "完全赋权成果"),
    # a part already naming its object keeps it
    ("全年,上海科学家在《细胞》《自然》《科学》发表论文180篇。其中,以第一作者或通讯作者发表论文109篇", "109篇",
     "以第一作者或通讯作者发表论文"),
]

# a 其中 part with no noun of its own (其中94种完成实验室验证) was left empty: it is what the part did, of the
# thing the whole counted; a later clause of the same 其中 list likewise
PART_WITHOUT_NOUN = [
    ("华东理工大学的AI plus Polymers平台在高性能树脂和高效率光伏材料领域,挖掘新材料1.27万种,其中94种完成实验室验证,"
     "2款实现终端应用", "94种", "完成实验室验证新材料"),
    ("华东理工大学的AI plus Polymers平台在高性能树脂和高效率光伏材料领域,挖掘新材料1.27万种,其中94种完成实验室验证,"
     "2款实现终端应用", "2款", "实现终端应用新材料"),
    ("上海高研院运用AI辅助开发润滑油添加剂、金属催化剂材料、高性能纤维材料等,发现35种新材料,验证32种,其中4种成功应用",
     "4种", "成功应用新材料"),
]

# a count whose thing is followed by what it did (嘉宾参会): the subject names the things that did it (参会嘉宾, as the
# gold writes 近760位嘉宾参会); words before an earlier figure are not part of it
NOUN_THEN_PREDICATE = [
    ("12位图灵奖、诺贝尔奖等顶奖得主，80余位中外院士和多个国际顶尖实验室代表等1200余位嘉宾参会", "1200余位", "参会嘉宾"),
    ("32个重大项目集中签约，涵盖智能驾驶、具身智能和机器人等领域，投资额超过450亿元", "32个", "集中签约重大项目"),
    ("展览面积首次突破7万平方米，吸引800余家企业参展，其中市外及国际企业占比超50%", "800余家", "参展企业"),
    ("市级医院建设示范性研究型病房33个，3152张研究型病床开放使用", "3152张", "开放使用研究型病床"),
    # a predicate that takes an object stays where it is
    ("累计137款大模型通过备案", "137款", "通过备案大模型"),
]

# a 前N rank in the clause of a count ranks the things just counted: it shares their subject
TOP_N_SHARES_COUNT = [
    ("ESI中国内地高校排名显示,上海高校200个学科进入全球前1%,44个学科进入全球前1‰,3个学科进入全球前0.1‰", "1%",
     "进入全球前1%学科"),
    ("ESI中国内地高校排名显示,上海高校200个学科进入全球前1%,44个学科进入全球前1‰,3个学科进入全球前0.1‰", "1‰",
     "进入全球前1‰学科"),
    ("高水平研究型大学持续推进11个未来学科建设,3个学科进入全球前0.1‰,启动实施重服务强贡献改革试点", "0.1‰",
     "进入全球前0.1‰学科"),
]

# a count naming its own thing right after it is not an attribute of the thing counted before it…
OWN_THING_NOT_OWNED = [
    ("34条光束线和46个实验站对用户开放, 新建成4条光束线", "4条", "新建成光束线"),
    ("10项语料团体标准、3项行业标准及1项高质量数据集建设指南发布", "3项", "行业标准"),
    # …unless its clause lists what that thing contains
    ("依托国家战略科技力量实施集成电路基础研究专项计划,发布两批集成电路领域专项指南,涵盖9大专题、55个研究方向",
     "55个", "集成电路领域专项指南研究方向"),
    # and an attribute without a thing of its own still belongs to the thing before (参与单位)
    ("组建7个全国创新联盟，参与单位超150家", "150家", "全国创新联盟参与单位"),
]


@pytest.mark.parametrize("text,raw,expected", LEADING_WORD_AFTER_SPACE + PART_TAKES_WHOLE_OBJECT + PART_WITHOUT_NOUN + NOUN_THEN_PREDICATE +
                         TOP_N_SHARES_COUNT + OWN_THING_NOT_OWNED)
def test_audit_subject(text, raw, expected):
    assert subject_of(text, raw) == expected
