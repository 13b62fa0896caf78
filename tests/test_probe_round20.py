"""The twentieth session's rules, from the relation probes' unchecked relations (all probes up to fresh-go) and the
session's fresh batches (fresh-gp … ). Each case fails on the code from before it, unless marked as a guard."""
import pytest
from probe_docs import read_doc as _read


def _shares(checks):
    return [(o, ws) for r, o, ws in checks if r == "share"]


@pytest.mark.parametrize("share,outcome", [("52.9%", "pass"), ("59.2%", "fail")])
def test_a_share_naming_again_one_item_of_the_list_before_is_that_items(tmp_path, share, outcome):
    # (fresh-ca) 电网侧储能98.6万千瓦、电源侧储能37.5万千瓦、用户侧储能50.3万千瓦，电网侧储能占…: the item named again, not the
    # last one; the last one read as the part flagged the right 52.9% (50.3/186.4 = 26.98%)
    checks, flags = _read(tmp_path, "截至年底，全市新型储能累计装机规模186.4万千瓦，较上年末增长42.7%。按应用场景分，电网侧储能"
                          f"98.6万千瓦、电源侧储能37.5万千瓦、用户侧储能50.3万千瓦，电网侧储能占全市新型储能装机规模的{share}。")
    assert _shares(checks) == [(outcome, sorted(["98.6万千瓦", "186.4万千瓦", share]))]


def test_a_share_naming_an_item_past_a_measure_noun_its_subject_adds(tmp_path):
    # (fresh-cm) 其中智能算力86.4EFLOPS、…，智能算力占…: the item's subject may close on a measure noun (智能算力规模)
    checks, flags = _read(tmp_path, "截至年底，全市算力总规模达到118.7EFLOPS，其中智能算力86.4EFLOPS、通用算力28.9EFLOPS、"
                          "超算算力3.4EFLOPS，智能算力占全市算力总规模的比重为72.8%。")
    assert _shares(checks) == [("pass", sorted(["86.4EFLOPS", "118.7EFLOPS", "72.8%"]))]
    assert not flags


@pytest.mark.parametrize("share,outcome", [("59.1%", "pass"), ("51.9%", "fail")])
def test_a_part_named_again_before_its_bare_share(tmp_path, share, outcome):
    # (fresh-cq) 其中…587.6万小时，对外服务机时占比59.1%: a name before 占比 (none read before: the share went unchecked)
    checks, flags = _read(tmp_path, "全年入网仪器累计提供服务机时994.3万小时，其中为本单位以外用户提供服务机时587.6万小时，"
                          f"对外服务机时占比{share}。")
    assert _shares(checks) == [(outcome, sorted(["587.6万小时", "994.3万小时", share]))]


@pytest.mark.parametrize("share,outcome", [("59.0%", "pass"), ("28.0%", "fail")])
def test_an_item_named_again_before_its_bare_share_in_a_set(tmp_path, share, outcome):
    # (fresh-gk) 400家单位中，企业236家、高校和科研院所112家，…，企业占比59.0%: the item named, of the set
    checks, flags = _read(tmp_path, "参与项目的400家单位中，企业236家、高校和科研院所112家，其余52家为设计咨询机构，"
                          f"企业占比{share}，产学研协同格局基本形成。")
    assert (outcome, sorted(["236家", "400家", share])) in _shares(checks)


def test_guard_a_name_before_a_bare_share_naming_no_figure_before_is_no_part(tmp_path):
    # guard: 女性占比 names nothing counted before it, so no figure is read as its part
    checks, flags = _read(tmp_path, "全年遴选青年科技人才1560人，其中博士学位获得者1104人，女性占比22.9%。")
    assert not _shares(checks)


@pytest.mark.parametrize("small,outcome", [("6家", "pass"), ("12家", "fail")])
def test_a_pick_from_the_set_after_a_semicolon_is_no_part_of_the_pick_before(tmp_path, small, outcome):
    # (fresh-gp) 43家企业中，上市企业9家，其中科创板上市企业6家；高新技术企业31家: the 31 is another pick of the 43, no
    # 其中 part of the 9 (6 + 31 > 9 was flagged)
    checks, flags = _read(tmp_path, f"截至年底，本市共有疫苗相关企业43家。43家企业中，上市企业9家，其中科创板上市企业{small}；"
                          "高新技术企业31家，占比72.1%。")
    pw = [(o, ws) for r, o, ws in checks if r == "part_whole" and "9家" in ws and "43家" not in ws]
    assert pw == [(outcome, sorted(["9家", small]))]


_VACCINE_TABLE = ("### 表1 2025年本市疫苗相关企业情况\n企业类型\t企业数(家)\t营业收入(万元)\t研发投入(万元)\n"
                  "人用疫苗生产企业\t12\t1862300\t231400\n疫苗创新研发企业\t17\t215600\t98500\n"
                  "兽用疫苗企业\t14\t787100\t82400\n合计\t43\t2865000\t412300")


@pytest.mark.parametrize("share,outcome", [("45.7%", "pass"), ("54.7%", "fail")])
def test_a_share_of_its_own_is_of_its_rows_cell_in_the_column_named(tmp_path, share, outcome):
    # (fresh-gp) 疫苗创新研发企业研发投入9.85亿元，占其营业收入的45.7%: 其 is the row's own, 营业收入 its column (the column's
    # 合计 研发投入 was read as the whole and the right share flagged)
    checks, flags = _read(tmp_path, _VACCINE_TABLE, f"疫苗创新研发企业研发投入9.85亿元，占其营业收入的{share}，高强度投入特征明显。")
    assert _shares(checks) == [(outcome, sorted(["9.85亿元", "215600", share]))]


@pytest.mark.parametrize("total,outcome", [("2.54亿元", "pass"), ("2.46亿元", "fail")])
def test_a_word_for_money_opening_a_list_divides_the_amount_before(tmp_path, total, outcome):
    # (fresh-gq) …投入2.46亿元。资金分别用于A 1.12亿元、B 0.58亿元和C 0.84亿元: 资金 names any money, the sentence before's
    checks, flags = _read(tmp_path, f"全年消防检测实验室能力建设投入{total}。资金分别用于大空间火灾实验平台1.12亿元、"
                          "高层建筑外墙保温系统燃烧试验装置0.58亿元和锂电池储能火灾试验舱0.84亿元。")
    lt = [(o, ws) for r, o, ws in checks if r == "list_total"]
    assert lt == [(outcome, sorted([total, "1.12亿元", "0.58亿元", "0.84亿元"]))]


@pytest.mark.parametrize("share,outcome", [("23.0%", "pass"), ("8.3%", "fail")])
def test_the_same_words_after_zhan_in_one_sentence_name_the_same_whole(tmp_path, share, outcome):
    # (fresh-gq) 其中A 278批，占不合格批次的29.4%；B 217批，占不合格批次的8.3%: the second share went unchecked
    checks, flags = _read(tmp_path, "全年检出不合格产品945批，其中建筑防火材料278批，占不合格批次的29.4%；防火门窗及防火卷帘217批，"
                          f"占不合格批次的{share}。对不合格产品全部依法处置。")
    assert (outcome, sorted(["217批", "945批", share])) in _shares(checks)


def test_guard_the_same_words_in_another_sentence_name_no_whole(tmp_path):
    # guard: past a 。 the words may name another population's figure; nothing is carried
    checks, flags = _read(tmp_path, "全年检出不合格产品945批，其中建筑防火材料278批，占不合格批次的29.4%。外省市抽检中，"
                          "防火门窗217批，占不合格批次的23.1%。")
    assert not [ws for o, ws in _shares(checks) if "217批" in ws]


@pytest.mark.parametrize("share,outcome", [("42.1%", "pass"), ("24.1%", "fail")])
def test_a_bare_share_in_a_set_named_in_the_paragraph_before(tmp_path, share, outcome):
    # (fresh-gq) 装备总值中，云梯车1.62亿元，占比42.1% after the paragraph stating 装备总值3.85亿元
    checks, flags = _read(tmp_path, "全年新购置举高类消防车46辆，装备总值3.85亿元。按车型分，分别为云梯车18辆、登高平台车21辆和"
                          "举高喷射消防车7辆。", f"装备总值中，云梯车1.62亿元，占比{share}，主要用于补强救援力量。")
    assert _shares(checks) == [(outcome, sorted(["1.62亿元", "3.85亿元", share]))]


@pytest.mark.parametrize("share,outcome", [("44.6%", "pass"), ("46.4%", "fail")])
def test_a_count_before_its_noun_is_the_nouns_whatever_the_year_word_after_it(tmp_path, share, outcome):
    # (fresh-cz) 全市18460家规模以上工业企业全年投入R&D经费…: 全年 opens the predicate, so the count is of 规模以上工业企业
    # (its subject ran on to 投入R&D经费, and the share naming the enterprises found no whole)
    checks, flags = _read(tmp_path, "全市18460家规模以上工业企业全年投入R&D经费846.30亿元，比上年增长7.8%。开展研发活动的企业8236家，"
                          f"占规模以上工业企业的{share}。")
    assert _shares(checks) == [(outcome, sorted(["8236家", "18460家", share]))]


@pytest.mark.parametrize("share,outcome", [("48.9%", "pass"), ("39.8%", "fail")])
def test_a_total_of_person_times_is_a_worded_total(tmp_path, share, outcome):
    # (fresh-eh) 占培训总人次的48.9% after the paragraph stating 全年培训4.72万人次
    checks, flags = _read(tmp_path, "全年在对口地区举办技术培训班508期。全年培训4.72万人次，其中线上培训1.86万人次。",
                          f"培训对象以基层为主，培训基层农技人员2.31万人次，占培训总人次的{share}。")
    assert _shares(checks) == [(outcome, sorted(["2.31万人次", "4.72万人次", share]))]


@pytest.mark.parametrize("part,outcome", [("75项", "pass"), ("157项", "fail")])
def test_a_set_lead_closing_on_the_noun_its_measure_word_counts(tmp_path, part, outcome):
    # (fresh-y) …经专家评审立项117项…。立项项目中，…共75项: 立项 + 项目, the noun 项 counts
    checks, flags = _read(tmp_path, "全年共收到项目申报486项，经专家评审立项117项，立项率24.1%。立项项目中，集成电路、人工智能、"
                          f"生物医药三大先导产业领域共{part}。")
    assert [(o, ws) for r, o, ws in checks if r == "part_whole"] == [(outcome, sorted(["117项", part]))]


@pytest.mark.parametrize("part,outcome", [("118项", "pass"), ("181项", "fail")])
def test_another_pick_from_the_set_after_the_subsets_semicolon(tmp_path, part, outcome):
    # (fresh-bb) 立项项目中，A 68项、B 57项，C 36项；由企业牵头的项目118项: one more pick of the 161, across the subsets
    checks, flags = _read(tmp_path, "全年共收到申报243项，经评审立项161项，立项率66.3%。立项项目中，关键核心技术攻关类68项、"
                          f"成果转化类57项，公共服务平台建设类36项；由企业牵头的项目{part}。")
    pw = [(o, ws) for r, o, ws in checks if r == "part_whole"]
    assert (outcome, sorted(["161项", part])) in pw
    assert ("pass", sorted(["161项", "68项", "57项", "36项"])) in pw


def test_a_part_after_a_list_with_no_total_in_its_sentence_is_no_part_of_the_last_item(tmp_path):
    # (fresh-da) 审定品种分别为水稻21个、…和食用菌4个，其中企业选育的19个: 19 > 4 was flagged; the list's total is in the
    # sentence before, named no better than another figure there, so the 其中 goes unchecked
    checks, flags = _read(tmp_path, "全年共有126个品种参加市级区域试验和审定，审定通过47个，审定通过率37.3%。审定品种分别为水稻21个、"
                          "蔬菜16个、西甜瓜8个和食用菌4个，其中企业选育的19个。")
    assert not [ws for r, o, ws in checks if r == "part_whole" and "19个" in ws and "4个" in ws]
    assert not flags
