"""The fifteenth session's rules, from the relation probes fresh-df … fresh-di (and what they showed of the older
ones). Each case fails on the code from before it, unless marked as a guard."""
import pytest
from probe_docs import read_doc as _read


def test_a_one_sided_bound_is_a_threshold_when_two_bounds_are_compared(tmp_path):
    # (fresh-dg) 近15.8万 and 超16万 were read as meeting (16's printed half-unit taken below the threshold): the
    # near bound outvoted the exact figure as the reference and the whole cluster failed as one; 超16万 is the odd
    # one, and the two printings that agree are verified on their own
    checks, flags = _read(tmp_path, "全年在沪国际学术会议参会人员近15.8万人次，参会规模创历史新高。",
                          "# 1 学术交流", "全年在沪国际学术会议参会人员15.78万人次。",
                          "# 数看上海科技", "在沪国际学术会议参会人员超16万人次")
    got = sorted((o, ws) for r, o, ws in checks if r == "restatement")
    assert got == [("fail", sorted(["15.78万人次", "15.8万人次", "16万人次"])),
                   ("pass", sorted(["15.78万人次", "15.8万人次"]))]
    assert [len(ws) for r, ws in flags if r == "restatement" and "16万人次" in ws] == [2]


@pytest.mark.parametrize("share,outcome", [("25.9%", "pass"), ("9.5%", "fail")])
def test_a_part_quoting_a_table_row_is_of_its_columns_total(tmp_path, share, outcome):
    # guard (fresh-di, fresh-dh; the table row is now tried before a worded whole elsewhere) the row's figure in the text and a share of a total in words: the whole is the table's
    # total row of that column (the summary's rounded 1.26亿元 is the same figure, read through the nearest copy)
    checks, _ = _read(tmp_path, "全年建筑节能科研项目获市级财政资助1.26亿元。",
                      "# 1 科研项目",
                      f"超低能耗建筑技术方向获资助3260万元，占财政资助总额的{share}，重点支持关键技术研发。",
                      "### 表1 2025年科研项目立项情况",
                      "研究方向\t项目(项)\t财政资助(万元)\n超低能耗建筑技术\t14\t3260\n既有建筑改造\t12\t2480\n"
                      "其他\t32\t6860\n合计\t58\t12600")
    got = [o for r, o, ws in checks if r == "share" and share in ws]
    assert got == [outcome]


def test_a_figure_smaller_than_the_part_is_no_whole_of_it(tmp_path):
    # (fresh-cq) the sentence before a breakdown lead held only smaller figures (新增1380台套): 5820/1380 was flagged
    checks, flags = _read(tmp_path, "截至年底，共享平台入网大型科研仪器14100台套。全年新增入网仪器1380台套，其中高校760台套、"
                          "科研院所410台套、企业210台套。",
                          "从单位类型看，高等院校入网仪器5820台套，占全部入网仪器的41.3%，仍是仪器共享的主力军。")
    assert not [f for f in flags if f[0] == "share"]
    assert not [o for r, o, ws in checks if r == "share" and "1380台套" in ws]


@pytest.mark.parametrize("share,outcome", [("41.7%", "pass"), ("71.4%", "fail")])
def test_a_sibling_after_the_same_qizhong_is_no_whole(tmp_path, share, outcome):
    # (fresh-dg) 7350万元 is the part's sibling under 其中, no whole of 5250万元 (71.4% is 5250/7350)
    checks, _ = _read(tmp_path, "全年卓越行动计划项目资助经费合计12600万元，其中中央财政资助7350万元，市级财政配套资助5250万元，"
                      f"市级配套占资助经费总额的{share}。")
    got = [(o, ws) for r, o, ws in checks if r == "share" and share in ws]
    assert got == [(outcome, sorted([share, "5250万元", "12600万元"]))]


def test_a_worded_whole_is_the_one_most_like_the_part(tmp_path):
    # (fresh-dh) two figures name 营业收入 before the share: the one of the part's own owner (专精特新中小企业), not
    # the 战略性新兴产业企业 among them
    checks, flags = _read(tmp_path, "专精特新中小企业营业收入9865.4亿元，其中战略性新兴产业企业营业收入6128.7亿元。",
                          "全市专精特新中小企业研发投入612.4亿元，占营业收入的6.2%，研发投入强度稳步提升。")
    assert [(o, ws) for r, o, ws in checks if r == "share"] == [("pass", sorted(["6.2%", "612.4亿元", "9865.4亿元"]))]
    assert not flags


def test_an_impact_factor_threshold_is_an_index():
    # (fresh-dg) 影响因子在10以上的: a bound of a dimensionless measure, not a figure that lost its unit
    from extractors.claims import find_claims
    fs = {f.raw: f for f in find_claims("其中影响因子在10以上的9种。")}
    assert fs["10"].base_unit == "index" and fs["10"].kind == "threshold"


@pytest.mark.parametrize("lead", ["按出版语种分，", "按承担单位分，", "分语种看，"])
@pytest.mark.parametrize("rest,outcome", [("18", "pass"), ("21", "fail")])
def test_a_breakdown_lead_by_any_dimension(tmp_path, lead, rest, outcome):
    # (fresh-dg, fresh-cs, fresh-s, fresh-y) 按<any words>分 and 分<few words>看 divide the total before them, whatever
    # the dimension's name (the list of dimension names stays for 从…看, which also opens remarks: 从长远看)
    checks, _ = _read(tmp_path, f"截至2025年底，本市正式出版的科技期刊共362种。{lead}中文期刊246种、英文期刊98种，"
                      f"其余{rest}种为中英文双语期刊。")
    got = [o for r, o, ws in checks if r == "list_total" and "362种" in ws]
    assert got == [outcome]


def test_a_remark_from_the_whole_is_no_breakdown_lead(tmp_path):
    # guard: 从长远看 opens a remark, not a breakdown of the figure before
    checks, _ = _read(tmp_path, "截至2025年底，本市正式出版的科技期刊共362种。从长远看，英文期刊98种仍显不足。")
    assert not [ws for r, o, ws in checks if r in ("list_total", "part_whole") and "362种" in ws]


@pytest.mark.parametrize("last,outcome", [("217.83", "pass"), ("257.83", "fail")])
def test_a_qizhong_takes_its_whole_past_sentences_with_nothing_to_add_in_its_unit(tmp_path, last, outcome):
    # (fresh-di, fresh-p) a list of counts and a rate stand between the area and the 其中 opening the next paragraph
    checks, _ = _read(tmp_path, "全年完成既有公共建筑节能改造项目286个，改造面积512.60万平方米；改造项目分别为机关办公建筑98个、"
                      "商场和宾馆饭店76个、医疗卫生和教育建筑112个。改造项目平均节能率从上年的15.2%提升至16.8%。",
                      f"其中，机关办公建筑改造面积168.42万平方米；商场和宾馆饭店改造面积126.35万平方米；医疗卫生和教育建筑"
                      f"改造面积{last}万平方米。")
    got = [o for r, o, ws in checks if r == "part_whole" and "512.60万平方米" in ws]
    assert got == [outcome]


def test_a_qizhong_inside_a_list_divides_the_part_before_it(tmp_path):
    # (fresh-di) the nested 63.85 was added as a fourth part of the 512.60, which then 'exceeded' it
    checks, flags = _read(tmp_path, "全年完成既有公共建筑节能改造面积512.60万平方米。其中，机关办公建筑改造面积168.42万平方米，"
                          "其中中央在沪单位和市级机关办公建筑63.85万平方米；商场和宾馆饭店改造面积126.35万平方米；医疗卫生和"
                          "教育建筑改造面积217.83万平方米。")
    got = sorted((o, ws) for r, o, ws in checks if r == "part_whole")
    assert got == [("pass", sorted(["126.35万平方米", "168.42万平方米", "217.83万平方米", "512.60万平方米"])),
                   ("pass", sorted(["168.42万平方米", "63.85万平方米"]))]
    assert not flags


def test_the_figure_before_fenbie_counts_the_items_not_a_part(tmp_path):
    # (fresh-df) 两个环节企业分别为214家和297家，合计511家: the 两个 was summed as a third item (513 ≠ 511)
    checks, flags = _read(tmp_path, "终端设备制造、系统集成与软件两个环节企业分别为214家和297家，合计511家，硬件制造与软件集成能力持续增强。")
    assert ("list_total", "pass", sorted(["214家", "297家", "511家"])) in checks
    assert not flags


@pytest.mark.parametrize("last,outcome", [("1858", "pass"), ("1885", "fail")])
def test_a_count_in_another_measure_word_inside_an_items_name(tmp_path, last, outcome):
    # (fresh-dh) 其他八个区1885家: the 八个 ended the list before its last item
    checks, _ = _read(tmp_path, f"全年新认定企业3186家，分别为中心城区744家、浦东新区584家和其他八个区{last}家。")
    got = [o for r, o, ws in checks if r == "list_total" and "3186家" in ws]
    assert got == [outcome] and [ws for r, o, ws in checks if r == "list_total" and "3186家" in ws][0] == \
        sorted(["3186家", "744家", "584家", f"{last}家"])


def test_a_whole_named_in_its_own_words_is_no_table_total(tmp_path):
    # guard (fresh-dh): 占三大先导产业企业营业收入的 names a whole of its own, not the table's 合计, so the table row is
    # tried only after the worded wholes; 占…总额的 says a total (the case above)
    checks, _ = _read(tmp_path, "专精特新中小企业营业收入9865.4亿元，其中集成电路、生物医药、人工智能三大先导产业企业营业收入2997.7亿元。"
                      "集成电路领域企业营业收入1286.4亿元，占三大先导产业企业营业收入的42.9%。",
                      "### 表1 2025年专精特新企业分行业情况",
                      "行业\t企业数(家)\t营业收入(亿元)\n集成电路\t1210\t1286.4\n其他行业\t11650\t8579.0\n合计\t12860\t9865.4")
    got = [(o, ws) for r, o, ws in checks if r == "share"]
    assert got == [("pass", sorted(["42.9%", "1286.4亿元", "2997.7亿元"]))]


def test_a_whole_breakdown_adding_up_exactly_to_a_smaller_figure_breaks_that_one_down(tmp_path):
    # (fresh-g, once 其余12个区 no longer ended the list) the five items add up to the 1184 小巨人, not the 11236
    checks, flags = _read(tmp_path, "截至年底，全市市级专精特新中小企业达到11236家，国家级专精特新“小巨人”企业1184家。从区域分布看，"
                          "浦东新区412家、闵行区156家、嘉定区131家、松江区118家，其余12个区合计367家。")
    assert [ws for r, o, ws in checks if r == "list_total" and o == "pass" and "1184家" in ws]
    assert not [f for f in flags if f[0] == "list_total"]


@pytest.mark.parametrize("cell,outcome", [("919", "fail"), ("991", "pass")])
def test_a_subtotal_whose_rows_add_up_keeps_them_whatever_they_are_called(tmp_path, cell, outcome):
    # (fresh-dk) 本科高校小计 named two of its three rows (市属公办本科高校, 民办本科高校): it was read as their sum, short
    # of 部属高校, and the 总计 then summed 部属高校 twice (2735 ≠ 3921); the three rows add up to it in two columns
    checks, flags = _read(tmp_path, "### 表2 2025年本市高校大学生创业企业情况",
                          "高校类型\t在孵企业(家)\t当年新注册企业(家)\t带动就业(人)\n部属高校\t1186\t426\t6720\n"
                          "市属公办本科高校\t862\t305\t4590\n民办本科高校\t162\t62\t890\n本科高校小计\t2210\t793\t12200\n"
                          f"高职高专院校\t525\t198\t3000\n总计\t2735\t{cell}\t15200")
    totals = {tuple(ws): o for r, o, ws in checks if r == "table_total"}
    assert totals[tuple(sorted(["1186", "862", "162", "2210"]))] == "pass"
    assert totals[tuple(sorted(["2210", "525", "2735"]))] == "pass"
    assert totals[tuple(sorted(["793", "198", cell]))] == outcome
    assert [ws for r, ws in flags] == ([sorted(["793", "198", cell])] if outcome == "fail" else [])


@pytest.mark.parametrize("share,outcome", [("60.2%", "pass"), ("65.2%", "fail")])
def test_a_share_of_all_whose_part_is_an_item_of_a_breakdown_is_of_its_total(tmp_path, share, outcome):
    # (fresh-dm, and AR, BF, BO, CG, CK, CP of the older probes) the part is named again after ；, the words say 全部:
    # the total the breakdown adds up to is the whole
    checks, _ = _read(tmp_path, "全年本市机构承接医疗器械临床试验项目684项。按产品类别分，分别为第三类医疗器械临床试验412项、第二类医疗"
                      f"器械临床试验196项和体外诊断试剂临床试验76项；第三类医疗器械临床试验占全部项目的{share}。")
    got = [(o, ws) for r, o, ws in checks if r == "share"]
    assert got == [(outcome, sorted([share, "412项", "684项"]))]


def test_a_breakdown_only_under_its_whole_names_no_total_for_a_share(tmp_path):
    # guard (fresh-cl): 按全国…15820亿元计算 was paired with the 其中 parts as an upper bound; a share of the parts
    # names the city's 3896.47亿元 they add up to, not that
    checks, flags = _read(tmp_path, "全年本市集成电路产业实现销售收入3896.47亿元，按全国集成电路产业销售额15820亿元计算，本市产业规模占全国"
                          "的24.6%。其中，设计业销售收入1762.35亿元，制造业销售收入1045.82亿元，封装测试业销售收入536.14亿元，"
                          "装备材料业销售收入552.16亿元。",
                          "设计业占全市集成电路产业规模的45.2%，同比增长16.1%。")
    assert not [ws for r, o, ws in checks if r == "share" and "45.2%" in ws and "15820亿元" in ws]
    assert not [f for f in flags if f[0] == "share"]


def test_an_item_right_after_fenbie_wei_is_named_without_it():
    # (fresh-dm) 分别为第三类医疗器械临床试验412项: the subject was '分别为第三类…'
    from extractors.claims import find_claims
    fs = {f.raw: f.subject for f in find_claims("按产品类别分，分别为第三类医疗器械临床试验412项、第二类医疗器械临床试验196项。")}
    assert fs["412项"] == "第三类医疗器械临床试验"


@pytest.mark.parametrize("page,outcome", [("173", "fail"), ("137", "pass")])
def test_the_dated_start_of_a_move_restates_no_undated_figure(tmp_path, page, outcome):
    # (fresh-dm) 从2020年底的58项提升至2025年底的137项: the 58 took the data page's 173 as its copy (same words,
    # first in its sentence), so the 137 / 173 transposition was never compared
    checks, _ = _read(tmp_path, "本市累计获批国家创新医疗器械数量从2020年底的58项提升至2025年底的137项。",
                      "# 数看上海科技", f"累计获批国家创新医疗器械{page}项，特别审查通过率35.6%")
    got = [o for r, o, ws in checks if r == "restatement" and f"{page}项" in ws and "137项" in ws and "58项" not in ws]
    assert got == [outcome]
    assert not [ws for r, o, ws in checks if r == "restatement" and "58项" in ws]


@pytest.mark.parametrize("last,outcome", [("2980", "pass"), ("2890", "fail")])
def test_a_lead_before_the_one_whole_it_names_is_no_breakdown(tmp_path, last, outcome):
    # (fresh-dj) 从行业分布看，全年新办工作许可15150份。按行业分，…: the sentence before opens with a lead but states the
    # whole, not items of another breakdown
    checks, _ = _read(tmp_path, "从行业分布看，全年新办工作许可15150份。按行业分，分别为制造业4150份、信息技术服务业3260份、科学研究和技术"
                      f"服务业2840份、教育1920份和其他行业{last}份，外籍人才向研发设计集中。")
    got = [o for r, o, ws in checks if r == "list_total" and "15150份" in ws]
    assert got == [outcome]


def test_two_bounds_that_both_hold_of_the_exact_figure_are_no_slip(tmp_path):
    # (fresh-dn, fresh-ab) 超1000万单 in the summary and 超1050万单 on the data page both hold of the chapter's
    # 1058.3万单: the cluster was failed on the two bounds' difference (the probe itself is the fixture: the pairing
    # needs its whole wording)
    from pathlib import Path
    from bench import probes as B
    md = Path(__file__).resolve().parent.parent / "fixtures" / "probes" / "fresh-dn.md"
    claims, checks, flags, lines = B.read(md.read_text(encoding="utf-8"), tmp_path)
    raw = {c.claim_id: c.raw for c in claims}
    clusters = [(k.outcome, sorted(raw[i] for i in k.claim_ids.split("|"))) for k in checks
                if k.rule == "restatement" and any(raw[i] == "1058.3万单" for i in k.claim_ids.split("|"))]
    assert clusters and {o for o, _ in clusters} == {"pass"}, clusters
    assert any("1050万单" in ws and "1000万单" in ws for _, ws in clusters)
    assert not [f for f in flags if f.rule == "restatement" and any(raw[i] in ("1050万单", "1000万单")
                                                                    for i in f.claim_ids.split("|"))]


def test_a_qizhong_in_brackets_divides_the_part_before_it(tmp_path):
    # (fresh-dq) 61.2万份（其中脑脊液样本3.9万份），22.2万份: the 3.9 was a third part of the 83.4 (flagged), and the
    # 22.2 a second part of the 61.2
    checks, flags = _read(tmp_path, "各队列累计存储生物样本83.4万份，其中血液、脑脊液等体液样本61.2万份（其中脑脊液样本3.9万份），"
                          "影像及组织样本22.2万份，样本信息全部纳入平台。")
    got = sorted((o, ws) for r, o, ws in checks if r == "part_whole")
    assert got == [("pass", sorted(["22.2万份", "61.2万份", "83.4万份"])), ("pass", sorted(["3.9万份", "61.2万份"]))]
    assert not flags


def test_an_item_after_a_scope_lead_is_no_total_of_the_fenbie_list_after_it(tmp_path):
    # (fresh-do) 在三大先导产业中，集成电路21.08亿元，生物医药和人工智能分别为16.74亿元和14.54亿元: the 21.08 is a
    # sibling, not the total of the two (flagged as 31.28 ≠ 21.08)
    checks, flags = _read(tmp_path, "科技创新行动计划执行107.15亿元。其中，投向三大先导产业52.36亿元；在三大先导产业中，集成电路21.08亿元，"
                          "生物医药和人工智能分别为16.74亿元和14.54亿元。")
    assert not [ws for r, o, ws in checks if r == "list_total" and "21.08亿元" in ws and "52.36亿元" not in ws]
    assert not flags


@pytest.mark.parametrize("text,raw", [
    ("其中营业收入超亿元的4360家。", "亿元"),                      # the class counted right after 的
    ("其中市值超过1000亿元的5家。", "1000亿元"),
    ("外资研发中心中，研发人员500人以上的有42家。", "500人"),         # a count bounding the class counted
    ("对外资研发中心新增研发投入超过1亿元的，按新增部分的10%给予补助。", "1亿元"),  # a policy's condition
])
def test_a_bound_naming_the_class_counted_after_it_is_a_threshold(text, raw):
    # (claims-k49, claims-k50, claims-k52: first measure before the rule) GUIDE §5: a bound describing the things
    # counted is a threshold, with or without the noun after its 的
    from extractors.claims import find_claims
    f = next(f for f in find_claims(text) if f.raw == raw)
    assert (f.kind, f.qualifier) == ("threshold", "over")


def test_a_bound_that_is_the_figure_itself_stays_a_level():
    # guard: 累计培育超500人的团队12个 keeps its 500 (no count right after the 的), and 达到42家 is a level
    from extractors.claims import find_claims
    fs = {f.raw: f.kind for f in find_claims("累计培育超500人的团队12个，外资研发中心超过42家。")}
    assert fs["500人"] == "level" and fs["42家"] == "level"


@pytest.mark.parametrize("share,outcome", [("32.9%", "pass"), ("36.9%", "fail")])
def test_a_share_of_a_total_in_words_takes_the_whole_its_qizhong_part_belongs_to(tmp_path, share, outcome):
    # (fresh-di) 其中，机关办公建筑改造面积168.42万平方米，占改造总面积的32.9%: 总 says a total, and the part's
    # breakdown (其中 across a paragraph) names it
    checks, _ = _read(tmp_path, "全年完成既有公共建筑节能改造项目286个，改造面积512.60万平方米。改造项目平均节能率从上年的15.2%提升至16.8%。",
                      f"其中，机关办公建筑改造面积168.42万平方米，占改造总面积的{share}；商场和宾馆饭店改造面积126.35万平方米；"
                      "医疗卫生和教育建筑改造面积217.83万平方米。")
    got = [(o, ws) for r, o, ws in checks if r == "share"]
    assert got == [(outcome, sorted([share, "168.42万平方米", "512.60万平方米"]))]


def test_a_share_after_a_fenbie_list_is_the_lists_totals(tmp_path):
    # guard (fresh-cz): …合计415.01亿元，分别为218.64亿元和196.37亿元，占全部…的49.0%: not the last item's share
    checks, flags = _read(tmp_path, "全市规模以上工业企业R&D经费846.30亿元。计算机、通信和其他电子设备制造业与汽车制造业两大行业R&D经费合计"
                          "415.01亿元，分别为218.64亿元和196.37亿元，占全部规模以上工业企业R&D经费的49.0%。")
    assert not [ws for r, o, ws in checks if r == "share" and "196.37亿元" in ws]
    assert not [f for f in flags if f[0] == "share"]


@pytest.mark.parametrize("share,outcome", [("11.0%", "pass"), ("12.0%", "fail")])
def test_a_share_naming_its_breakdowns_total_in_words(tmp_path, share, outcome):
    # (fresh-dp, fresh-be, fresh-bx) no word says a total, but 新引进人才 is a run of the 分别 list's total's subject
    checks, _ = _read(tmp_path, "全年新引进各类人才3.86万人，分别为海外高层次人才4260人、博士及博士后人才6830人、硕士学位人才15420人和其他"
                      f"专业技术人才12090人。海外高层次人才占新引进人才的{share}，国际化人才服务体系日益完善。")
    got = [(o, ws) for r, o, ws in checks if r == "share"]
    assert got == [(outcome, sorted([share, "4260人", "3.86万人"]))]


@pytest.mark.parametrize("share,outcome", [("19.9%", "pass"), ("75.0%", "fail")])
def test_a_share_of_the_total_takes_the_set_its_sentence_picks_from(tmp_path, share, outcome):
    # (fresh-ds) 181家机构中，…36家，占全市技术转移机构总数的19.9%: the 48家 高校技术转移机构 of the sentence before was
    # taken as the whole (named alike) and flagged
    checks, flags = _read(tmp_path, "全市技术转移机构数量由2023年的153家增至181家。按机构类型分，分别为高校技术转移机构48家、科研院所技术"
                          "转移机构27家、社会化技术转移服务机构73家、新型研发机构技术转移部门19家和其他机构14家。",
                          f"181家机构中，国家技术转移示范机构36家，占全市技术转移机构总数的{share}，在成果评价等方面发挥示范引领作用。")
    got = [(o, ws) for r, o, ws in checks if r == "share"]
    assert got == [(outcome, sorted([share, "36家", "181家"]))]


def test_a_scene_is_a_unit(tmp_path):
    # (fresh-dt) 分发影像(景): a table column of scenes was flagged as cells without a unit
    checks, flags = _read(tmp_path, "### 表3 2025年遥感影像数据分行业分发情况",
                          "应用领域\t分发影像(景)\t应用项目(个)\n自然资源\t142600\t186\n生态环境\t86300\t94\n"
                          "合计\t228900\t280")
    assert not [f for f in flags if f[0] == "unit_plausibility"]
    assert ("table_total", "pass", sorted(["142600", "86300", "228900"])) in checks


@pytest.mark.parametrize("text,raws", [
    ("全年举办技术经纪人培训班66期，分别为初级42期、中级18期和高级6期。", ["66期", "42期", "18期", "6期"]),
    ("全年承担卫星测控和数据接收任务26418轨次，成功完成26312轨次。", ["26418轨次", "26312轨次"]),
    ("全年启动经典名方制剂研发38首，分别为汤剂类17首、散剂类9首。", ["38首", "17首", "9首"]),
])
def test_measure_words_of_fresh_text_count(text, raws):
    # (fresh-ds, fresh-dt, fresh-du: figures missed) the items of a 分别 list after a count of sessions count sessions
    # too; 轨次 and 首 are measure words
    from extractors.claims import find_claims
    assert [f.raw for f in find_claims(text)] == raws


def test_an_edition_and_a_first_stay_no_count():
    # guard: 第2期工程 is an edition, 3首台套 a first of its kind
    from extractors.claims import find_claims
    assert not [f.raw for f in find_claims("第2期工程启动，首台（套）装备其中3首台套。") if f.raw.endswith(("期", "首"))]


def test_a_park_opening_its_sentence_owns_its_figures():
    # (fresh-dp) 国际医学园区聚焦…，全年新增实验室空间110500平方米: without its owner the figure was paired on strong
    # evidence with the whole science city's 超55万平方米 on the data page (a wrong outcome)
    from extractors.claims import find_claims
    f = find_claims("国际医学园区聚焦高端医疗器械和生物医药中试需求，全年新增实验室空间110500平方米。")[0]
    assert f.subject.startswith("国际医学园区")


@pytest.mark.parametrize("last,outcome", [("12", "pass"), ("13", "fail")])
def test_a_sentence_opening_with_fenbie_lists_the_figure_ending_the_one_before(tmp_path, last, outcome):
    # (fresh-dr) …技术标准47项。分别为国家标准6项、…: a list with no lead of its own
    checks, _ = _read(tmp_path, f"全年制修订城市安全领域技术标准47项。分别为国家标准6项、行业标准11项、地方标准18项和团体标准{last}项，"
                      "为新技术推广应用提供了规范依据。")
    got = [o for r, o, ws in checks if r == "list_total" and "47项" in ws]
    assert got == [outcome]


@pytest.mark.parametrize("rest,outcome", [("2", "pass"), ("3", "fail")])
def test_the_rest_in_the_clause_after_a_breakdown_completes_it(tmp_path, rest, outcome):
    # (fresh-du) …分别建设7个、6个、5个和4个，其余2个依托…: the rest after the 和-closed list is its last item
    checks, _ = _read(tmp_path, "截至年底，本市建成中医药临床研究中心24个。按依托单位分，龙华医院、曙光医院、岳阳医院和市中医医院分别建设"
                      f"7个、6个、5个和4个，其余{rest}个依托市第七人民医院等中西医结合医院建设。")
    got = [(o, ws) for r, o, ws in checks if r == "list_total" and "24个" in ws]
    assert got == [(outcome, sorted(["24个", "7个", "6个", "5个", "4个", f"{rest}个"]))]


@pytest.mark.parametrize("rate,outcome", [("98.9%", "pass"), ("96.9%", "fail")])
def test_a_rate_opening_its_paragraph_takes_its_base_from_the_one_before(tmp_path, rate, outcome):
    # (fresh-dr, fresh-dj, fresh-cz) the only count of the paragraph before that holds the numerator is the base
    checks, _ = _read(tmp_path, "全年平台推送各类预警信息127280条，其中橙色及以上等级预警11277条。内涝积水类预警24380条。",
                      f"**闭环处置机制更加高效。**全年按时完成闭环处置的预警信息125830条，闭环处置率{rate}。")
    got = [(o, ws) for r, o, ws in checks if r == "rate"]
    assert got == [(outcome, sorted([rate, "125830条", "127280条"]))]


def test_an_owner_joined_twice_is_said_once():
    # (fresh-dt) the sentence's entity (…卫星) and the clause's own words both put the owner in front
    from extractors.claims import find_claims
    f = find_claims("全年本市地面站承担卫星测控和数据接收任务26418轨次，成功完成26312轨次。")[0]
    assert f.subject == "本市地面站承担卫星测控和数据接收任务"


def test_a_breakdown_opening_its_paragraph_divides_the_figure_it_adds_up_to_before(tmp_path):
    # (fresh-i) the whole in the paragraph before; read only when the complete list adds up exactly (pass-only)
    checks, flags = _read(tmp_path, "全市新认定外资研发中心48家，累计达到616家。",
                          "按来源地分，欧洲企业14家、美国企业12家、日本企业11家、亚太其他地区企业7家，其余4家来自其他国家和地区。")
    assert ("list_total", "pass", sorted(["48家", "14家", "12家", "11家", "7家", "4家"])) in checks
    checks, flags = _read(tmp_path, "全市新认定外资研发中心48家，累计达到616家。",
                          "按来源地分，欧洲企业14家、美国企业12家、日本企业11家、亚太其他地区企业7家，其余5家来自其他国家和地区。")
    assert not [ws for r, o, ws in checks if r == "list_total" and "14家" in ws] and not flags


def test_a_data_page_line_is_also_read_without_its_heading(tmp_path):
    # (fresh-dk, fresh-br, fresh-dq) the ### heading appended to a short data-page subject (获得融资企业 + 后续融资与竞赛)
    # hid its words: the digits-swapped copy (136 for 163) was never compared (the probe is the fixture: the pairing
    # weighs its words against the whole document's)
    from pathlib import Path
    from bench import probes as B
    md = Path(__file__).resolve().parent.parent / "fixtures" / "probes" / "fresh-dk.md"
    claims, checks, flags, lines = B.read(md.read_text(encoding="utf-8"), tmp_path)
    raw = {c.claim_id: c.raw for c in claims}
    assert [f for f in flags if f.rule == "restatement" and {"136家", "163家"} <= {raw[i] for i in f.claim_ids.split("|")}]
