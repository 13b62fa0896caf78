"""The seventeenth session's rules, from the relation probes fresh-eh … fresh-ek and the sixteenth's unpaired data-page
copies (fresh-dw, fresh-ef). Each case fails on the code from before it, unless marked as a guard."""
import pytest
from probe_docs import read_doc as _read


@pytest.mark.parametrize("copy,outcome", [("1462.3", "fail"), ("1426.3", "pass")])
def test_the_parts_of_a_breakdown_restated_on_a_data_page(tmp_path, copy, outcome):
    # (fresh-ef) the data page restates the chapter's breakdown under its own heading: its whole agrees, so its parts
    # named alike (出口, 进口: too short to pair on their own words) are copies of the chapter's
    checks, flags = _read(tmp_path, "# 1 跨境电商",
                          "全年跨境电商进出口额2317.6亿元，同比增长14.8%，其中出口1426.3亿元、进口891.3亿元。",
                          "# 数看上海科技", "### 跨境电商", "跨境电商进出口额超2300亿元，同比增长14.8%",
                          f"其中出口{copy}亿元，进口891.3亿元")
    assert [o for r, o, ws in checks if r == "restatement" and "1426.3亿元" in ws and f"{copy}亿元" in ws
            and len(ws) == 2] == [outcome]
    assert bool([f for f in flags if f[0] == "restatement"]) == (outcome == "fail")


def test_the_whole_of_a_breakdown_whose_part_is_restated(tmp_path):
    # (fresh-dw) the parts agree (高新技术企业204家), so the wholes named alike are one figure: 375 is a slip of 357
    checks, flags = _read(tmp_path, "# 1 配套体系",
                          "截至年底，全市民用航空配套企业357家，其中高新技术企业204家，占配套企业总数的57.1%。",
                          "# 数看上海科技", "### 关键系统与配套", "整机累计试车时数5420小时",
                          "配套企业375家，其中高新技术企业204家")
    assert [o for r, o, ws in checks if r == "restatement" and "357家" in ws and "375家" in ws] == ["fail"]
    assert [f for f in flags if f[0] == "restatement"]


def test_guard_breakdowns_of_two_wholes_that_disagree_far_apart(tmp_path):
    # guard: two breakdowns sharing one part's figure but with wholes far apart (no slip) are two populations
    checks, flags = _read(tmp_path, "全市软件企业3580家，其中高新技术企业1204家。",
                          "# 2 园区", "### 张江", "软件企业1860家，其中高新技术企业1204家")
    assert not [ws for r, o, ws in checks if r == "restatement" and "3580家" in ws and "1860家" in ws]
    assert not flags


@pytest.mark.parametrize("share,outcome", [("34.4%", "pass"), ("43.4%", "fail")])
def test_a_list_item_named_in_full_is_a_later_shares_whole(tmp_path, share, outcome):
    # (fresh-ej) 信息技术服务收入 is an item of the 分别 list, and the whole a later 其中 share names word for word
    checks, _ = _read(tmp_path, "全年软件业务收入9625.4亿元，同比增长12.5%，分别为软件产品收入2386.7亿元、信息技术服务收入"
                      "6248.9亿元、信息安全收入186.5亿元和嵌入式系统软件收入803.3亿元。",
                      "信息技术服务是拉动增长的主引擎。其中，云服务和大数据服务收入2147.6亿元，"
                      f"占信息技术服务收入的{share}。")
    assert [(o, ws) for r, o, ws in checks if r == "share"] == [(outcome, sorted([share, "2147.6亿元", "6248.9亿元"]))]


def test_guard_words_naming_the_items_head_noun_name_no_item(tmp_path):
    # guard: 占服务收入的 names every item's head noun, not one item in full: no item is the whole
    checks, _ = _read(tmp_path, "全年服务收入1000亿元，分别为信息服务收入600亿元和技术服务收入400亿元。",
                      "其中，云服务收入150亿元，占服务收入的15.0%。")
    assert not [ws for r, o, ws in checks if r == "share" and ("600亿元" in ws or "400亿元" in ws)]


SURVEY = ("### 表3 2025年本市科技统计调查单位情况",
          "单位类型\t调查单位(家)\t有R&D活动单位(家)\n规模以上工业企业\t9840\t4731\n其他企业\t7672\t2138\n"
          "企业小计\t17512\t6869\n高等学校\t68\t66\n其他单位\t946\t449\n合计\t18526\t7384")


@pytest.mark.parametrize("share,outcome", [("39.2%", "pass"), ("37.1%", "fail")])
def test_a_share_naming_a_table_cell_by_row_and_column(tmp_path, share, outcome):
    # (fresh-ek) 企业调查单位: the row 企业小计, the column 调查单位
    checks, _ = _read(tmp_path, *SURVEY, f"调查单位中，有研发活动的企业6869家，占企业调查单位的{share}。")
    assert [(o, ws) for r, o, ws in checks if r == "share" and share in ws] == [
        (outcome, sorted([share, "6869家", "17512"]))]


@pytest.mark.parametrize("share,outcome", [("25.3%", "pass"), ("23.5%", "fail")])
def test_a_share_naming_a_tables_caption_and_column_is_of_its_total(tmp_path, share, outcome):
    # (fresh-ei) SCI收录期刊发文总量: the caption's SCI收录期刊, the column 年发文量, the total row (the part is two
    # rows' sum, no row of its own)
    checks, _ = _read(tmp_path, "### 表2 2025年本市SCI收录期刊按影响因子区间分布情况",
                      "影响因子区间\t期刊(种)\t年发文量(篇)\n20以上\t6\t1860\n10—20\t9\t2740\n5—10\t21\t5320\n"
                      "5以下\t36\t8250\n合计\t72\t18170",
                      f"影响因子10以上的15种期刊年发文4600篇，占SCI收录期刊发文总量的{share}，首发能力不断增强。")
    assert [(o, ws) for r, o, ws in checks if r == "share"] == [(outcome, sorted([share, "4600篇", "18170"]))]


def test_a_name_that_is_also_the_wholes_head_noun_singles_out_no_part(tmp_path):
    # (fresh-ek) 企业 ends both 规模以上工业企业 (after 其中) and 有研发活动的企业 (its whole): 93.0% is no share of 4731
    # in 6869 (a false flag)
    checks, flags = _read(tmp_path, "调查单位中，有研发活动的企业6869家，其中规模以上工业企业4731家；"
                          "企业占全部有研发活动单位的93.0%，企业研发主体地位进一步巩固。")
    assert not [ws for r, o, ws in checks if r == "share" and "4731家" in ws]
    assert not [f for f in flags if f[0] == "share"]


@pytest.mark.parametrize("share,outcome", [("37.7%", "pass"), ("73.7%", "fail")])
def test_a_scope_share_after_a_list_is_the_lists_totals(tmp_path, share, outcome):
    # (fresh-ek) …合计9372家，分别为…嘉定区1862家，占全市的37.7%: the list's total, of the city's figure the sentence
    # before states (its head noun, 高新技术企业, said in the clause naming the total)
    checks, _ = _read(tmp_path, "截至年底，全市有效期内高新技术企业24860家，比上年增长5.8%。高新技术企业数居前三位的区合计"
                      f"9372家，分别为浦东新区5326家、闵行区2184家和嘉定区1862家，占全市的{share}。")
    assert [(o, ws) for r, o, ws in checks if r == "share"] == [(outcome, sorted([share, "9372家", "24860家"]))]


def test_a_clause_of_what_drove_a_figure_is_no_owner(tmp_path):
    # (fresh-el) 受智算中心…拉动，全年本市光通信器件营收186.95亿元: 受… opens no entity that owns the figure, so the data
    # page's 超187亿元 pairs with it (a bound missed: a flag) instead of with another field's 250.04亿元
    checks, flags = _read(tmp_path, "受智算中心和大模型训练集群建设拉动，全年本市光通信器件营收186.95亿元，同比增长31.4%。",
                          "全产业营收中新型显示面板362.15亿元、激光与光通信器件营收250.04亿元。",
                          "# 数看上海科技", "### 光通信", "光通信器件营收超187亿元，同比增长31.4%")
    assert [o for r, o, ws in checks if r == "restatement" and "186.95亿元" in ws and "187亿元" in ws] == ["fail"]
    assert not [ws for r, o, ws in checks if r == "restatement" and "250.04亿元" in ws and "187亿元" in ws]


def test_a_fields_share_of_a_bare_measure_is_not_another_fields_figure(tmp_path):
    # (fresh-el) 激光与光通信器件领域…研发投入…占营业收入的10.3%: 营业收入 of another field's sentence (新型显示面板) is no
    # whole of it (a false flag)
    checks, flags = _read(tmp_path, "全年新型显示面板出货量10995万片；实现营业收入362.15亿元，同比增长9.6%。",
                          "全市激光与光通信器件领域112家企业研发投入合计25.87亿元，占营业收入的10.3%。")
    assert not [ws for r, o, ws in checks if r == "share" and "362.15亿元" in ws]
    assert not [f for f in flags if f[0] == "share"]


def test_guard_a_share_of_a_measure_named_with_its_owner(tmp_path):
    # guard (fresh-r): 占科学城营业总收入的 names its owner: the field before the part does not filter the whole
    checks, _ = _read(tmp_path, "张江科学城全年实现营业总收入9846.3亿元，同比增长9.6%。",
                      "三大先导产业合计实现营收6723.6亿元，占科学城营业总收入的68.3%。")
    assert [(o, ws) for r, o, ws in checks if r == "share"] == [("pass", sorted(["68.3%", "6723.6亿元", "9846.3亿元"]))]



def test_an_exact_copy_not_a_bound_is_the_reference(tmp_path):
    # (fresh-el, read whole: the cluster needs its four printings) 近1.1亿片 holds both 10995万片 and the table's
    # miscopied 合计 10959: the exact figure is the reference, so the copies that agree with it (the bound too) are
    # verified on their own, and only the table's total is odd
    from bench import probes as B
    (md, rels), = B.probes("fresh-el")
    claims, checks, _, lines = B.read(md.read_text(encoding="utf-8"), tmp_path)
    text_copy, = B.candidates(claims, lines, 10, "10995万片")
    bound, = B.candidates(claims, lines, 117, "1.1亿片")
    outcomes = [k.outcome for k in checks if k.rule == "restatement"
                and {text_copy.claim_id, bound.claim_id} <= set(k.claim_ids.split("|"))]
    assert "pass" in outcomes
    assert all(k.outcome == "pass" for k in checks if k.rule == "restatement" and len(k.claim_ids.split("|")) == 3
               and bound.claim_id in k.claim_ids)


@pytest.mark.parametrize("part,outcome", [("862笔", "pass"), ("1286笔", "fail")])
def test_a_threshold_qualifying_a_subsets_name(tmp_path, part, outcome):
    # (fresh-eo) 1248笔…中，单笔1000万元以下的普惠类贷款862笔: 1000万元 qualifies the name, it ends no subset
    checks, _ = _read(tmp_path, f"全年审批通过1248笔。1248笔专利质押融资中，单笔1000万元以下的普惠类贷款{part}，"
                      "知识产权质押正成为重要途径。")
    assert [o for r, o, ws in checks if r == "part_whole" and part in ws and "1248笔" in ws] == [outcome]


@pytest.mark.parametrize("rest,outcome", [("2.27亿元", "pass"), ("3.27亿元", "fail")])
def test_subsets_run_past_a_semicolon_to_a_longer_name(tmp_path, rest, outcome):
    # (fresh-em) 补贴资金中，…13.42亿元，占…；地方教育附加专项资金5.87亿元，其余…: three sources of the 21.56
    checks, _ = _read(tmp_path, "全年拨付职业技能培训补贴资金21.56亿元。补贴资金中，失业保险基金支出13.42亿元，占补贴资金总额的"
                      f"62.2%；地方教育附加专项资金5.87亿元，其余{rest}来自就业补助资金。")
    assert [o for r, o, ws in checks if r == "part_whole" and rest in ws] == [outcome]


@pytest.mark.parametrize("share,outcome", [("40.2%", "pass"), ("42.0%", "fail")])
def test_a_share_of_the_class_the_part_is_a_kind_of(tmp_path, share, outcome):
    # (fresh-es) 国际展会 is a kind of 展会: 占展会总数的 is the share of the figure the 其中 divides (展览1026场)
    checks, _ = _read(tmp_path, f"全年本市举办各类展览1026场，其中国际展会412场，占展会总数的{share}；国际展会中，大型展会68场。")
    assert [(o, ws) for r, o, ws in checks if r == "share"] == [(outcome, sorted([share, "412场", "1026场"]))]


@pytest.mark.parametrize("part,outcome", [("6家", "pass"), ("36家", "fail")])
def test_a_subset_lead_after_a_semicolon_takes_the_part_before_it(tmp_path, part, outcome):
    # (fresh-et) …其中，营收超亿元的企业34家…；营收超亿元企业中，营收超10亿元的企业6家: the 其中 part is the whole of the
    # subset the clause after the ； picks (its subject read without its 的)
    checks, _ = _read(tmp_path, "全市规模以上影视后期与特效企业218家，营业收入142.36亿元。其中，营收超亿元的企业34家，"
                      f"占规模以上企业的15.6%；营收超亿元企业中，营收超10亿元的企业{part}。")
    assert [o for r, o, ws in checks if r == "part_whole" and part in ws and "34家" in ws] == [outcome]


@pytest.mark.parametrize("share,outcome", [("77.2%", "pass"), ("72.7%", "fail")])
def test_a_qizhong_share_reaches_past_a_clause_with_nothing_in_its_unit(tmp_path, share, outcome):
    # (fresh-et) the sentence before the 其中 is about attendance and a ticket price: the box office is one further back
    checks, _ = _read(tmp_path, "全年全市电影票房22.47亿元，同比增长8.6%；观影人次从上年的4530万人次增至4862万人次，增长7.3%，"
                      f"平均票价46.2元。其中，国产影片票房17.35亿元，占总票房的{share}；进口影片票房5.12亿元。")
    assert [(o, ws) for r, o, ws in checks if r == "share"] == [(outcome, sorted([share, "17.35亿元", "22.47亿元"]))]


@pytest.mark.parametrize("share,outcome", [("64.5%", "pass"), ("46.5%", "fail")])
def test_a_share_of_all_of_a_thing_stated_before(tmp_path, share, outcome):
    # (fresh-ev) 占全部论文的: no 其中, no figure in the sentence: the papers stated two sentences before
    checks, _ = _read(tmp_path, "全年发表SCI论文2318篇，比上年增长13.3%。其中影响因子10以上的高水平论文186篇，占8.0%。"
                      f"妇产科专科医院和儿童专科医院共发表SCI论文1496篇，占全部论文的{share}。")
    assert [(o, ws) for r, o, ws in checks if r == "share" and share in ws] == [
        (outcome, sorted([share, "1496篇", "2318篇"]))]


def test_guard_a_breakdown_leads_share_does_not_reach_past_the_sentence_before(tmp_path):
    # guard (fresh-cq): after 从单位类型看 the whole is in the sentence before or unchecked, never the 其中 part two
    # sentences back (9860台套 of instruments over 500,000 yuan)
    checks, flags = _read(tmp_path, "上海市研发公共服务平台入网大型科研仪器14100台套，其中原值50万元以上的仪器9860台套。"
                          "全年新增入网仪器1380台套。从单位类型看，高等院校入网仪器5820台套，占全部入网仪器的41.3%。")
    assert not [ws for r, o, ws in checks if r == "share" and "9860台套" in ws]
    assert not [f for f in flags if f[0] == "share"]


def test_a_column_of_means_is_not_added_up(tmp_path):
    # (fresh-ey) the 合计 row of 年均沉降量 averages the regions (weighted by points), it does not sum them
    checks, flags = _read(tmp_path, "### 表1 2025年本市地面沉降监测情况",
                          "区域\t监测点(个)\t年均沉降量(毫米)\n中心城区\t420\t4.2\n浦东新区\t380\t5.1\n郊区\t436\t4.6\n"
                          "合计\t1236\t4.6")
    assert [o for r, o, ws in checks if r == "table_total"] == ["pass"]  # the points only
    assert not flags


@pytest.mark.parametrize("item,outcome", [("41项", "pass"), ("51项", "fail")])
def test_lists_after_a_breakdown_lead_break_down_the_sentence_befores_figures(tmp_path, item, outcome):
    # (fresh-fa) 分领域看，…三类项目分别为…，安排资金分别为…: the 146项 and the 12.86亿元 of the sentence before (the money
    # the one its words name: 安排…资金, not 带动社会投资); 三类 counts the items and is no total of them
    checks, _ = _read(tmp_path, "全年安排循环经济发展专项资金12.86亿元，支持项目146项，带动社会投资超过60亿元。分领域看，园区循环化"
                      f"改造、资源回收利用、废旧动力电池和再制造三类项目分别为58项、47项和{item}，安排资金分别为5.72亿元、"
                      "3.94亿元和3.20亿元。")
    assert [o for r, o, ws in checks if r == "list_total" and "146项" in ws] == [outcome]
    assert [o for r, o, ws in checks if r == "list_total" and "12.86亿元" in ws] == ["pass"]


def test_guard_names_after_a_semicolon_are_siblings_of_the_clause_before(tmp_path):
    # guard (fresh-x): 分环节看，设计业…1452.36亿元…；制造业、封装测试业和装备材料业分别实现…: no parts of the 1452.36
    checks, flags = _read(tmp_path, "分环节看，设计业继续领跑。设计业实现销售收入1452.36亿元，占全市集成电路产业规模的44.4%，"
                          "增速在各环节中最快；制造业、封装测试业和装备材料业分别实现销售收入786.20亿元、524.88亿元和505.01亿元。")
    assert not [ws for r, o, ws in checks if r == "list_total" and "1452.36亿元" in ws]
    assert not flags


def test_guard_a_qizhong_part_is_no_total_of_a_dimensions_breakdown(tmp_path):
    # guard (fresh-al, fresh-dy): 其中首次申领企业5210家 is a part; the breakdown by industry is of the 8640
    checks, flags = _read(tmp_path, "全年申领创新券企业8640家，其中首次申领企业5210家，占申领企业总数的60.3%。从行业分布看，申领企业"
                          "分别为软件和信息服务业2910家、智能制造2380家、生物医药1460家和其他行业1890家。")
    assert not [ws for r, o, ws in checks if r == "list_total" and "5210家" in ws]
    assert not [f for f in flags if f[0] == "list_total"]


def test_a_share_naming_two_columns_alike_is_not_read_by_their_sizes(tmp_path):
    # (fresh-ea under mutation) 占审定登记品种总数的 names the caption and both columns alike (审定品种, 登记品种);
    # with the 登记 total miscopied smaller than the part, the other column's total was left as the only candidate
    checks, flags = _read(tmp_path, "### 表1 2025年本市农作物新品种审定登记分育种主体情况",
                          "育种主体\t审定品种(个)\t登记品种(个)\n市农业科学院\t24\t31\n高等院校\t9\t14\n种业企业\t23\t34\n"
                          "其他单位\t6\t7\n合计\t62\t8.6",
                          "种业企业作为第一育种单位的品种57个，占审定登记品种总数的38.5%。")
    assert not [ws for r, o, ws in checks if r == "share" and "62" in ws]
    assert not [f for f in flags if f[0] == "share"]


def test_a_failing_sum_still_places_its_items(tmp_path):
    # (fresh-el under mutation) with 27家重点企业 miscopied 2.7家, its list no longer adds up, but 激光器件企业4家 is still
    # an item of that list, and the table's 激光器件小计 40 a total of its own rows: no slip of each other
    from bench import probes as B
    (md, _), = B.probes("fresh-el")
    text = md.read_text(encoding="utf-8").replace("27家重点企业中", "2.7家重点企业中", 1)
    claims, _, flags, lines = B.read(text, tmp_path)
    raws = {c.claim_id: c.raw for c in claims}
    assert not [f for f in flags if f.rule == "restatement"
                and {"40", "4家"} <= {raws[i] for i in f.claim_ids.split("|")}]
