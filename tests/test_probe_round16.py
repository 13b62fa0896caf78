"""The sixteenth session's rules, from the relation probes fresh-dv … fresh-dy. Each case fails on the code from
before it, unless marked as a guard."""
import pytest
from probe_docs import read_doc as _read

LOANS = ("### 表1 2025年末本市分机构类型科技贷款情况",
         "机构类型\t科技贷款余额(亿元)\t科技贷款户数(户)\n国有大型银行\t5126\t21480\n股份制商业银行\t4210\t18620\n"
         "其他\t3524\t14100\n合计\t12860\t54200")


def test_a_clause_of_what_the_money_provides_is_no_part(tmp_path):
    # (fresh-dx) 为科技企业提供风险保障4630亿元 is what the premiums buy, no part of 保费收入12.85亿元 after its 其中
    checks, flags = _read(tmp_path, "全年科技保险保费收入12.85亿元，其中财政保费补贴3.46亿元，为科技企业提供风险保障4630亿元。")
    assert [(o, ws) for r, o, ws in checks if r == "part_whole"] == [("pass", sorted(["12.85亿元", "3.46亿元"]))]
    assert not flags


@pytest.mark.parametrize("share,outcome", [("39.9%", "pass"), ("32.8%", "fail")])
def test_a_row_opening_the_sentence_is_the_part_of_a_share_naming_only_a_column(tmp_path, share, outcome):
    # (fresh-dx) the clause before 占 names the column (科技贷款余额); the sentence opens with the row (国有大型银行)
    checks, _ = _read(tmp_path, *LOANS, f"国有大型银行继续发挥主力军作用，科技贷款余额占全市科技贷款余额的{share}。")
    assert [(o, ws) for r, o, ws in checks if r == "share"] == [(outcome, sorted([share, "5126", "12860"]))]


def test_guard_a_sentence_opening_naming_no_row_reads_no_table(tmp_path):
    # guard: the opening names no row of the table; nothing is paired with its cells
    checks, _ = _read(tmp_path, *LOANS, "全市科技金融服务持续优化，科技贷款余额占各项贷款余额的11.2%。")
    assert not [ws for r, o, ws in checks if r == "share" and "5126" in ws]


@pytest.mark.parametrize("share,outcome", [("30.1%", "pass"), ("3.0%", "fail")])
def test_a_row_label_with_a_bracket_and_the_column_its_words_name_best(tmp_path, share, outcome):
    # (fresh-dx) 首台（套）…保险 is the row 首台（套）…保险 though row names drop brackets; both columns share 保险 with
    # the words, 保费收入 shares more
    checks, _ = _read(tmp_path, "### 表2 2025年本市科技保险分险种情况",
                      "险种\t保费收入(万元)\t保险金额(亿元)\n首台（套）重大技术装备保险\t38640\t1285\n首批次新材料保险\t21460\t612\n"
                      "其他\t68400\t2733\n合计\t128500\t4630",
                      f"首台（套）重大技术装备保险保费收入占科技保险保费收入的{share}，覆盖集成电路装备等领域。")
    assert [(o, ws) for r, o, ws in checks if r == "share"] == [(outcome, sorted([share, "38640", "128500"]))]


def test_the_column_the_parts_own_words_name(tmp_path):
    # (fresh-dx) 科创板首发募资: the words after 占 (…上市企业首发募资) name both columns; the part's own, 首发募资
    checks, _ = _read(tmp_path, "### 表3 2025年本市新增境内上市企业分板块情况",
                      "板块\t上市企业(家)\t首发募资(亿元)\n科创板\t14\t213.6\n创业板\t9\t72.5\n主板\t5\t82.7\n合计\t28\t368.8",
                      "科创板首发募资占全市新增境内上市企业首发募资的57.9%。")
    assert [(o, ws) for r, o, ws in checks if r == "share"] == [("pass", sorted(["57.9%", "213.6", "368.8"]))]


@pytest.mark.parametrize("share,outcome", [("78.8%", "pass"), ("67.0%", "fail")])
def test_a_clause_ending_with_a_row_label_after_de(tmp_path, share, outcome):
    # (fresh-dv) 备案药物临床试验机构的三级医院: the class named after 的 is the row 三级医院小计
    checks, _ = _read(tmp_path, "### 表3 2025年本市药物临床试验机构分类型情况",
                      "机构类型\t药物临床试验机构(家)\n三级综合医院\t38\n三级专科医院\t29\n三级医院小计\t67\n二级医院\t12\n"
                      "其他机构\t6\n总计\t85",
                      f"三级医院是开展临床试验的主力，备案药物临床试验机构的三级医院占药物临床试验机构总数的{share}。")
    assert [(o, ws) for r, o, ws in checks if r == "share"] == [(outcome, sorted([share, "67", "85"]))]


@pytest.mark.parametrize("share,outcome", [("58.6%", "pass"), ("34.0%", "fail")])
def test_a_list_item_named_again_after_qizhong_is_the_part(tmp_path, share, outcome):
    # (fresh-dv) …58个，分别为创新药34个、…，其中创新药占优先审评品种的58.6%: the item, of the list's total
    checks, _ = _read(tmp_path, "全年推动纳入优先审评审批程序的本市品种58个，分别为创新药34个、儿童用药11个和罕见病用药13个，"
                      f"其中创新药占优先审评品种的{share}。")
    assert [(o, ws) for r, o, ws in checks if r == "share"] == [(outcome, sorted([share, "34个", "58个"]))]


def test_guard_a_share_right_after_a_list_is_the_lists_totals(tmp_path):
    # guard (older rule): nothing named before 占 after the list: the share is of the list's total, not an item's
    checks, _ = _read(tmp_path, "全年技术合同成交额合计415.01亿元，分别为技术开发218.64亿元和技术服务196.37亿元，"
                      "占全市的49.0%。")
    assert not [ws for r, o, ws in checks if r == "share" and ("218.64亿元" in ws or "196.37亿元" in ws)]


def test_guard_an_item_named_after_qizhong_in_the_next_sentence_is_no_part_of_a_partial_list(tmp_path):
    # guard (fresh-cd): the three districts' 合计9.64亿元 is no whole of 占全市的 (a share of the whole city)
    checks, flags = _read(tmp_path, "浦东新区、闵行区和徐汇区分别投入4.86亿元、2.63亿元和2.15亿元，合计9.64亿元，三区投入位居全市前三。"
                          "其中浦东新区投入占全市的23.0%，建成全国首批智慧教育示范区。")
    assert not [ws for r, o, ws in checks if r == "share" and "9.64亿元" in ws]
    assert not [f for f in flags if f[0] == "share"]


def test_items_of_lists_with_different_wholes_are_no_restatement(tmp_path):
    # (fresh-ec) 材料与化学9个 of the 48 labs and 材料与化学3个 of the 14 rated excellent were flagged as one figure
    checks, flags = _read(tmp_path, "截至年底，本市拥有全国重点实验室48个。按学科领域分，分别为信息科学11个、生命与医药13个、"
                          "材料与化学9个、能源与环境6个、工程技术5个和数理与地球科学4个。",
                          "# 2 评估", "评估优秀的14个实验室分别为信息科学4个、生命与医药5个、材料与化学3个和能源与环境2个。")
    assert not [f for f in flags if f[0] == "restatement"]
    assert not [ws for r, o, ws in checks if r == "restatement" and "9个" in ws and "3个" in ws]


def test_guard_items_of_lists_with_the_same_whole_are_still_compared(tmp_path):
    # guard: the same breakdown printed twice (its whole restated) is still one set of figures: 11个 and 24个 are
    # restatements of each other, and the miscopied 31个 makes its list fail
    checks, _ = _read(tmp_path, "本市拥有全国重点实验室48个，分别为信息科学11个、生命与医药13个和其他24个。",
                      "# 2 分布", "全国重点实验室48个，分别为信息科学11个、生命与医药31个和其他24个。")
    assert sorted(ws for r, o, ws in checks if r == "restatement" and o == "pass") == [
        ["11个", "11个"], ["24个", "24个"], ["48个", "48个"]]
    assert [o for r, o, ws in checks if r == "list_total" and "31个" in ws] == ["fail"]


@pytest.mark.parametrize("share,outcome", [("75.0%", "pass"), ("72.5%", "fail")])
def test_a_share_after_a_qizhong_list_of_several_parts_is_the_wholes(tmp_path, share, outcome):
    # (fresh-ec) …51个，其中优秀14个、良好37个，占参评实验室的75.0%: 51 of the 68 assessed, not 37 of 51 (or of the
    # table's 68)
    checks, _ = _read(tmp_path, "全年完成68个市级重点实验室周期评估，评估结果为优秀和良好的实验室51个，其中优秀14个、良好37个，"
                      f"占参评实验室的{share}。",
                      "### 表1 评估结果", "评估结果\t实验室数(个)\n优秀\t14\n良好\t37\n合格\t13\n不合格\t4\n合计\t68")
    assert [(o, ws) for r, o, ws in checks if r == "share"] == [(outcome, sorted([share, "51个", "68个"]))]


@pytest.mark.parametrize("rate,outcome", [("93.6%", "pass"), ("96.3%", "fail")])
def test_a_rate_after_two_counts_of_person_times(tmp_path, rate, outcome):
    # (fresh-dz) two counts in 人次 (not the base unit "count"), no count saying the rate's stem: base then count
    checks, _ = _read(tmp_path, f"全年受理康复辅具租赁申请41260人次，完成租赁服务38600人次，办结率{rate}。")
    assert [(o, ws) for r, o, ws in checks if r == "rate"] == [(outcome, sorted([rate, "38600人次", "41260人次"]))]


def test_guard_a_rate_after_counts_in_two_units_is_not_checked(tmp_path):
    # guard: the two figures before the rate are in different units (人次, 万元): no base and count
    checks, _ = _read(tmp_path, "全年受理康复辅具租赁申请41260人次，发放补贴3870万元，办结率93.6%。")
    assert not [ws for r, o, ws in checks if r == "rate"]


@pytest.mark.parametrize("share,outcome", [("54.3%", "pass"), ("29.3%", "fail")])
def test_a_sentence_opening_with_the_set_it_picks_from(tmp_path, share, outcome):
    # (fresh-ed) 动物中，脊椎动物932种，占记录动物物种的…: the whole is 动物1716种 of the sentence before, not the table's
    # 合计 of all species (29.3% is 932/3178)
    checks, _ = _read(tmp_path, "### 表3 物种记录", "类群\t物种数(种)\n脊椎动物小计\t932\n昆虫\t784\n维管植物\t1462\n合计\t3178",
                      f"全年累计记录野生物种3178种，其中动物1716种、维管植物1462种。动物中，脊椎动物932种，占记录动物物种的{share}。")
    got = [(o, ws) for r, o, ws in checks if r == "share"]
    assert got == [(outcome, sorted([share, "932种", "1716种"]))]


def test_a_figure_printed_in_the_row_its_subject_names_is_no_slip_of_the_total(tmp_path):
    # (fresh-ef, read whole: the slip needs the document's copies of both figures) 北美地区…132.5万平方米 is the row
    # 北美地区小计 132.5, not a digit slip of the 总计 312.5 printed three times
    from pathlib import Path

    from bench import probes as B

    md = Path(__file__).resolve().parent.parent / "fixtures" / "probes" / "fresh-ef.md"
    claims, checks, flags, _ = B.read(md.read_text(encoding="utf-8"), tmp_path)
    ids = {c.claim_id for c in claims if c.raw.startswith(("132.5", "312.5"))}
    assert not [f for f in flags if f.rule == "restatement" and set(f.claim_ids.split("|")) & ids]
