"""The nineteenth session's rules, from the relation probes' unchecked relations (all probes up to fresh-fy) and the
session's fresh batches. Each case fails on the code from before it, unless marked as a guard."""
import pytest
from probe_docs import read_doc as _read


@pytest.mark.parametrize("page,outcome", [("21座", "pass"), ("12座", "fail")])
def test_two_digits_of_a_small_count_swapped_on_the_data_page_are_a_slip(tmp_path, page, outcome):
    # (fresh-ff) 建成加氢站21座 in a chapter, 12座 on the data page under the same words: a two-digit figure swapped
    checks, flags = _read(tmp_path, "全市累计推广燃料电池汽车8650辆，建成加氢站21座，氢能链条加快贯通。全年新增储能装机48万千瓦，"
                          "新建充电桩3.2万个。风电装机174.3万千瓦，光伏装机312.4万千瓦。", "# 数看上海科技",
                          f"累计推广燃料电池汽车超8600辆，建成加氢站{page}", "新建充电桩超3万个，储能装机48万千瓦")
    assert [o for r, o, ws in checks if r == "restatement" and ws == sorted(["21座", page])] == [outcome]


def test_guard_two_small_counts_of_other_words_swapped_are_no_slip(tmp_path):
    # guard: 12 and 21 of things described differently are two figures, however their digits read
    checks, flags = _read(tmp_path, "全市建成市级重点实验室21个，覆盖集成电路、生物医药等领域。全年新增储能装机48万千瓦，"
                          "新建充电桩3.2万个。", "# 数看上海科技", "新增国际合作项目12个，签约金额3.6亿元",
                          "新建充电桩超3万个，储能装机48万千瓦")
    assert not [ws for r, o, ws in checks if r == "restatement" and "12个" in ws and "21个" in ws]


@pytest.mark.parametrize("lead,outcome", [("2.16万名", "pass"), ("2.61万名", "fail")])
def test_a_figure_leading_its_set_restates_the_figure_it_names(tmp_path, lead, outcome):
    # (fresh-em) 2.16万名技师和高级技师中，…: the set's own figure, printed again to lead its subsets, is the 2.16万人 of the
    # clause before (the noun names it), not the 9.27万人 of all new skilled workers
    checks, flags = _read(tmp_path, "2025年，全市新增高技能人才9.27万人，其中取得技师和高级技师职业技能等级的2.16万人；"
                          f"{lead}技师和高级技师中，高级技师0.38万人。")
    assert [o for r, o, ws in checks if r == "restatement" and lead in ws] == [outcome]
    assert not [ws for r, o, ws in checks if r == "restatement" and "9.27万人" in ws]


def test_guard_a_set_lead_of_other_digits_names_another_set(tmp_path):
    # guard: 68家企业中 after 新增86家 and 新认定68家 is the 68, and 156家 is no copy of any of them
    checks, flags = _read(tmp_path, "全年新增科技小巨人企业86家，新认定高新技术企业68家。156家企业中，营业收入超亿元的42家。")
    assert not [ws for r, o, ws in checks if r == "restatement"]


@pytest.mark.parametrize("share,outcome", [("20.1%", "pass"), ("24.4%", "fail")])
def test_a_share_of_the_total_takes_the_set_not_its_last_item(tmp_path, share, outcome):
    # (fresh-ga) 占项目总数的 after 214项…项目中，国家级项目38项、市级项目176项: the words name all three alike (项目); a
    # total is the one the others are picked from, the 214, not the last item
    checks, flags = _read(tmp_path, "214项文物保护科技项目中，国家级项目38项、市级项目176项，覆盖五大领域。其中，数字化与智慧博物馆"
                          f"领域立项43项，占项目总数的{share}，成为增长最快的方向。")
    assert [(o, ws) for r, o, ws in checks if r == "share"] == [(outcome, sorted([share, "43项", "214项"]))]


@pytest.mark.parametrize("part,outcome", [("322个", "pass"), ("422个", "fail")])
def test_a_long_lead_names_the_summary_figure_whose_subject_says_its_characters_in_order(tmp_path, part, outcome):
    # (fresh-gc) 新建改造的智能化全民健身设施中，… (14 characters) for the summary's 全市新建和改造智能化全民健身设施1860个
    checks, flags = _read(tmp_path, "全年全市新建和改造智能化全民健身设施1860个，开展市民体质监测58.3万人次。",
                          "# 1 全民健身", "## 1.1 设施", "新建改造的智能化全民健身设施中，智能健身苑点1126个、智慧健身驿站412个、"
                          f"智能健身步道{part}，设施普遍具备扫码使用功能。")
    assert [o for r, o, ws in checks if r == "part_whole" and "1860个" in ws and part in ws] == [outcome]


@pytest.mark.parametrize("part,outcome", [("5.91万个", "pass"), ("9.51万个", "fail")])
def test_a_lead_noun_with_a_hyphen_names_its_whole(tmp_path, part, outcome):
    # (fresh-ev) 体外受精-胚胎移植类周期中，… for the 9.06万个 stated in another paragraph
    checks, flags = _read(tmp_path, "全年完成辅助生殖技术治疗周期10.52万个，其中体外受精-胚胎移植类周期9.06万个、人工授精周期1.46万个。",
                          "# 1 辅助生殖", "## 1.1 技术", f"体外受精-胚胎移植类周期中，冻融胚胎移植周期{part}，临床妊娠率稳步提高。")
    assert [o for r, o, ws in checks if r == "part_whole" and "9.06万个" in ws and part in ws] == [outcome]


@pytest.mark.parametrize("part,outcome", [("214.37亿元", "pass"), ("514.37亿元", "fail")])
def test_a_subset_clause_opening_as_the_first_one_did_is_parallel_to_it(tmp_path, part, outcome):
    # (fresh-ah) …中，用于支持基础研究的38.62亿元，用于支持企业技术创新和成果转化的214.37亿元: the second lead is long, but opens
    # as the first (用于)
    checks, flags = _read(tmp_path, "全年各区财政科技支出合计486.35亿元，比上年增长7.9%。各区财政科技支出中，用于支持基础研究的38.62亿元，"
                          f"用于支持企业技术创新和成果转化的{part}，杠杆效应更加明显。")
    assert [o for r, o, ws in checks if r == "part_whole" and ws == sorted(["486.35亿元", "38.62亿元", part])] == [outcome]


@pytest.mark.parametrize("part,outcome", [("418家", "pass"), ("1418家", "fail")])
def test_a_subset_named_after_the_wholes_own_rate(tmp_path, part, outcome):
    # (fresh-m) 毕业企业1264家，毕业率14.6%；毕业企业中高新技术企业418家: the clause of the whole's rate stands between
    checks, flags = _read(tmp_path, f"全年在孵企业8630家，毕业企业1264家，毕业率14.6%；毕业企业中高新技术企业{part}，接力链条更加顺畅。")
    assert [o for r, o, ws in checks if r == "part_whole" and ws == sorted(["1264家", part])] == [outcome]


@pytest.mark.parametrize("part,outcome", [("1346.92亿元", "pass"), ("4346.92亿元", "fail")])
def test_a_lead_naming_a_figure_before_its_de(tmp_path, part, outcome):
    # (fresh-at) 输出外省市的技术合同中，…: the words before 的 name the figure 输出外省市3912.73亿元
    checks, flags = _read(tmp_path, "按技术流向看，流向本市的技术合同成交金额2684.15亿元；输出外省市3912.73亿元，出口境外621.58亿元。"
                          f"输出外省市的技术合同中，流向长三角其他省份{part}，一体化水平进一步提升。")
    assert [o for r, o, ws in checks if r == "part_whole" and ws == sorted(["3912.73亿元", part])] == [outcome]


@pytest.mark.parametrize("rest,outcome", [("18家", ["pass"]), ("28家", [])])
def test_a_breakdown_lead_an_kan(tmp_path, rest, outcome):
    # (fresh-u) 按注册地看，… opens a breakdown as 按注册地分 does (the dimension need not be one the lead words list); a
    # paragraph opening with it divides the paragraph before's figure it adds up to, pass-only (no sum, no check)
    checks, flags = _read(tmp_path, "截至年底，本市科创板上市企业累计98家，数量位居全国第二。",
                          f"按注册地看，浦东新区52家、闵行区11家、嘉定区9家、松江区8家，其余{rest}分布在徐汇、杨浦等区。")
    assert [o for r, o, ws in checks if r == "list_total" and "98家" in ws] == outcome


def test_a_breakdown_after_a_parts_sentence_divides_the_figure_of_the_paragraph_before(tmp_path):
    # (fresh-al) 入库企业中，首次入库企业9420家。按技术领域看，…: the items add up to the 28436 of the paragraph before
    checks, flags = _read(tmp_path, "全年共有31250家企业提交评价申请，经审核入库28436家，入库率91.0%。",
                          "入库企业中，首次入库企业9420家。按技术领域看，电子信息领域9830家、先进制造与自动化领域7260家、"
                          "生物与新医药领域4120家、新材料领域3380家，其他领域3846家。")
    assert [(o, ws) for r, o, ws in checks if r == "list_total"] == [
        ("pass", sorted(["28436家", "9830家", "7260家", "4120家", "3380家", "3846家"]))]


def test_a_breakdown_overflowing_the_sentence_before_adds_up_to_the_paragraph_before(tmp_path):
    # (fresh-bs) 市级…项目52项。按研究方向分，全部项目中…分别为41项、27项、22项、49项和17项: all 156 projects of the paragraph
    # before, no overflow of the 52 (it was flagged)
    checks, flags = _read(tmp_path, "全年本市承担国家及市级核能科研项目156项，其中国家级项目104项。",
                          "市级科技计划核能项目52项，主要支持应用基础研究。按研究方向分，全部项目中先进反应堆、核燃料与材料、核聚变、"
                          "核技术应用和核安全方向分别为41项、27项、22项、49项和17项。")
    assert [(o, "156项" in ws) for r, o, ws in checks if r == "list_total"] == [("pass", True)]
    assert not flags


@pytest.mark.parametrize("text,outcome", [("71.63亿元", "pass"), ("71.36亿元", "fail")])
def test_a_quoted_rows_figure_with_two_digits_swapped_is_paired_and_flagged(tmp_path, text, outcome):
    # (fresh-fx) 杭州跨城技术合同成交额71.36亿元 quotes the row 杭州 | 716300 (万元) with two digits swapped: a quoted row was
    # paired only when it agreed, so the miscopy went unchecked
    checks, flags = _read(tmp_path, "全年九城市间跨城技术合同15143项，成交额366.52亿元，同比增长14.8%。",
                          "### 表2 2025年九城市跨城技术交易情况\n城市\t技术合同(项)\t成交额(万元)\n上海松江\t3126\t824600\n"
                          "杭州\t2847\t716300\n其他城市\t9170\t2124300\n合计\t15143\t3665200",
                          f"分城市看，杭州跨城技术合同成交额{text}，仅次于松江。")
    assert [o for r, o, ws in checks if r == "restatement" and text in ws] == [outcome]


@pytest.mark.parametrize("nested,outcome", [("5.92亿条", "pass"), ("8.92亿条", "fail")])
def test_a_set_lead_after_a_semicolon_is_no_parallel_part(tmp_path, nested, outcome):
    # (fresh-ge) 12.7亿条，其中船舶动态数据7.46亿条；船舶动态数据中，…5.92亿条: the 5.92 is picked from the 7.46, no second part
    # of the 12.7 (7.46 + 5.92 > 12.7 was flagged)
    checks, flags = _read(tmp_path, f"平台全年归集各类航运数据12.7亿条，其中船舶动态数据7.46亿条；船舶动态数据中，船舶自动识别系统数据{nested}，"
                          "为船期预测提供了数据支撑。")
    assert sorted((o, ws) for r, o, ws in checks if r == "part_whole") == sorted(
        [("pass", ["12.7亿条", "7.46亿条"]), (outcome, sorted(["7.46亿条", nested]))])


@pytest.mark.parametrize("part,outcome", [("14项", "pass"), ("54项", "fail")])
def test_a_qizhong_after_a_breakdowns_items_divides_what_they_break_down(tmp_path, part, outcome):
    # (fresh-gg) 45项。从检测对象看，…和生物毒素类7项，其中14项纳入…: the 14 are of the 45, not of the last item (flagged)
    checks, flags = _read(tmp_path, "全年新研制食品快速检测方法45项。从检测对象看，农药残留类17项、兽药残留类12项、非法添加物类9项和生物毒素类"
                          f"7项，其中{part}纳入国家食品快速检测方法目录。")
    assert [(o, ws) for r, o, ws in checks if r == "part_whole"] == [(outcome, sorted(["45项", part]))]


@pytest.mark.parametrize("part,outcome", [("138项", "pass"), ("438项", "fail")])
def test_a_lead_leaving_a_word_of_the_subject_out_names_it(tmp_path, part, outcome):
    # (fresh-ea) 种业领域合同中，… for 种业领域技术合同426项 (the lead says its characters in order)
    checks, flags = _read(tmp_path, "全年登记农业领域技术合同1568项，成交额18.72亿元。其中，种业领域技术合同426项，成交额6.35亿元；"
                          f"种业领域合同中，品种权转让和许可合同{part}。")
    assert [o for r, o, ws in checks if r == "part_whole" and ws == sorted(["426项", part])] == [outcome]


@pytest.mark.parametrize("part,outcome", [("14.6亿个", "pass"), ("54.6亿个", "fail")])
def test_a_lead_naming_a_dated_part_with_the_wholes_head_noun(tmp_path, part, outcome):
    # (fresh-gd) 累计标识注册量186.4亿个，其中2025年新增52.7亿个；新增注册量中，…: the lead is the part (新增, past its year)
    # with the whole's head noun (注册量)
    checks, flags = _read(tmp_path, f"截至年底，累计标识注册量186.4亿个，其中2025年新增52.7亿个；新增注册量中，汽车领域{part}，居各行业首位。")
    assert [o for r, o, ws in checks if r == "part_whole" and ws == sorted(["52.7亿个", part])] == [outcome]


@pytest.mark.parametrize("item,outcome", [("15家", "pass"), ("13家", "fail")])
def test_a_breakdown_naming_its_whole_before_fenbie_lists_every_class(tmp_path, item, outcome):
    # (fresh-gd) 按行业分，新建5G工厂分别为…: the whole named again before 分别为 lists every class, Σ = 85 (it was held to
    # Σ ≤ 85 only, so 83 passed)
    checks, flags = _read(tmp_path, "全年新建5G工厂85家，其中国家级5G工厂31家。按行业分，新建5G工厂分别为汽车制造19家、电子信息22家、"
                          f"装备制造18家、钢铁化工11家和生物医药{item}，场景加快落地。")
    assert [o for r, o, ws in checks if r == "list_total" and "85家" in ws] == [outcome]


@pytest.mark.parametrize("page,outcome", [("12460", "pass"), ("12640", "fail")])
def test_a_data_page_subject_ending_the_chapters_under_a_heading_saying_the_rest(tmp_path, page, outcome):
    # (fresh-gf) 联网单位12640家 under ### 消防物联网 on the data page restates 消防物联网远程监控系统联网单位12460家: its subject
    # is the chapter's ending, the heading says the words in front; the swap was left unpaired
    checks, flags = _read(tmp_path, "全市消防物联网远程监控系统联网单位12460家，同比增长18.6%，电气火灾隐患整改率94.1%。"
                          "全年新建微型消防站316个，消防救援队伍新增无人机86架。",
                          "# 数看上海科技", "### 消防物联网", f"联网单位**{page}**家，电气火灾隐患整改率**94.1%**",
                          "### 救援装备", "新建微型消防站**316**个")
    assert [o for r, o, ws in checks if r == "restatement" and f"{page}家" in ws] == [outcome]


def test_a_bound_before_a_quoted_noun_names_a_class():
    # (fresh-bf) 估值超过百亿美元的“超级独角兽”9家: the 百亿美元 describes the things counted, no level
    from extractors.claims import find_claims
    got = [(f.raw, f.kind) for f in find_claims("71家独角兽中，估值超过百亿美元的“超级独角兽”9家，主要集中在人工智能领域。")]
    assert got == [("71家", "level"), ("百亿美元", "threshold"), ("9家", "level")]


@pytest.mark.parametrize("part,outcome", [("15种", "pass"), ("85种", "fail")])
def test_a_bound_in_words_before_de_is_no_figure_of_the_subset_lead(tmp_path, part, outcome):
    # (fresh-ei) SCI收录期刊中，影响因子超过10的期刊15种: the 10 qualifies the name (no claim), the subset is of the 72
    checks, flags = _read(tmp_path, "本市被SCI收录期刊72种，平均影响因子从上年的4.86提升至5.42。",
                          f"SCI收录期刊中，影响因子超过10的期刊{part}，生命科学、光学等领域期刊稳居学科排名前列。")
    assert [o for r, o, ws in checks if r == "part_whole" and ws == sorted(["72种", part])] == [outcome]


_TABLE = "### 表1 2025年本市技术转移机构及人员情况\n单位类别\t机构(家)\t专职人员(人)\t持证技术经理人(人)\n" \
    "综合性大学\t14\t486\t382\n理工类高校\t17\t512\t405\n医药类高校\t6\t148\t118\n其他高校\t4\t64\t47\n高校小计\t41\t{sub}\t952\n" \
    "中科院在沪院所\t11\t296\t231\n市属科研院所\t16\t238\t178\n科研院所小计\t27\t534\t409\n合计\t68\t1744\t1361"


@pytest.mark.parametrize("sub,outcome", [("1210", "pass"), ("1201", "fail")])
def test_a_subtotal_the_other_columns_show_to_sum_all_its_rows(tmp_path, sub, outcome):
    # (fresh-gj) 综合性大学 | 理工类高校 | 医药类高校 | 其他高校 | 高校小计: three rows name the group (高校), but the other
    # columns add up over all four; a miscopied 1201 was read against the three, and the correct 合计 was flagged
    checks, flags = _read(tmp_path, "全市高校院所共建设技术转移机构68家。", _TABLE.format(sub=sub))
    assert [o for r, o, ws in checks if r == "table_total" and sub in ws and "486" in ws] == [outcome]
    assert all(o == "pass" for r, o, ws in checks if r == "table_total" and "1744" in ws)


@pytest.mark.parametrize("sub,outcome", [("428", "pass"), ("482", "fail")])
def test_a_grand_total_adding_up_over_the_rows_of_a_miscopied_subtotal(tmp_path, sub, outcome):
    # (fresh-gh) 西部三区小计 printed 482 for 428: the 合计 is the rows' sum, so the subtotal is the miscopy (one flag);
    # read as 小计 + the rest it was flagged too
    checks, flags = _read(tmp_path, "全年知识产权质押融资1482笔。", "### 表2 2025年知识产权质押融资分区情况\n区\t质押笔数(笔)\t融资金额(万元)\n"
                          "浦东新区\t386\t956200\n闵行区\t214\t418600\n嘉定区\t173\t352400\n松江区\t158\t297300\n青浦区\t97\t186500\n"
                          f"西部三区小计\t{sub}\t836200\n其他区\t454\t1054800\n合计\t1482\t3265800")
    assert [o for r, o, ws in checks if r == "table_total" and sub in ws and "1482" not in ws] == [outcome]
    assert all(o == "pass" for r, o, ws in checks if r == "table_total" and "1482" in ws)


def test_a_fenbie_list_after_a_qizhong_part_breaks_the_part_down(tmp_path):
    # (fresh-gh) …203.47亿元，其中投向三大先导产业128.62亿元，占…63.2%，分别为…52.36亿元、…: the items are the 128.62's, no
    # further parts of the 203.47 (Σ 257.24 was flagged)
    checks, flags = _read(tmp_path, "全年子基金投资科技项目586个，投资金额203.47亿元，其中投向三大先导产业128.62亿元，占投资总额的63.2%，"
                          "分别为集成电路52.36亿元、生物医药41.85亿元和人工智能34.41亿元。")
    assert not flags
    assert ("pass", ["128.62亿元", "203.47亿元"]) in [(o, ws) for r, o, ws in checks if r == "part_whole"]


@pytest.mark.parametrize("rest,outcome", [("135项", "pass"), ("153项", "fail")])
def test_a_word_holding_zhan_is_no_shares_base(tmp_path, rest, outcome):
    # (fresh-gj) 独占许可246项: the 占 of 独占 says no share, so the 246 is an item, not a base to leave out (the rest's check
    # read 684 + 135 against the 1065)
    checks, flags = _read(tmp_path, f"1065项许可合同中，普通许可684项、独占许可246项，其余{rest}为排他许可，结构持续优化。")
    assert [o for r, o, ws in checks if r == "list_total"] == [outcome]
    assert all("246项" in ws for r, o, ws in checks if r == "list_total")


def test_a_share_naming_money_takes_no_count_item(tmp_path):
    # (fresh-gj) 作价投资金额占合同总金额的比重…54.6%: the words past the item's name (金额) say money; 作价投资228项 is no part
    checks, flags = _read(tmp_path, "全年转化科技成果2135项，合同金额46.28亿元。按转化方式分，转让842项、许可1065项、作价投资228项；合同金额"
                          "分别为11.37亿元、9.64亿元和25.27亿元。", "作价投资金额占合同总金额的比重从上年的48.3%提升至54.6%。")
    assert not [ws for r, o, ws in checks if r == "share" and "228项" in ws]
    assert not flags


def test_two_numbered_classes_are_no_copies(tmp_path):
    # (fresh-gi) 第三类医疗器械注册证486件 / 新增第二类医疗器械注册证2378件: two classes, no part and whole of one figure
    checks, flags = _read(tmp_path, "全年本市新增医疗器械注册证2864件，其中第三类医疗器械注册证486件。",
                          "# 3 注册", "## 3.1 审批", "全年本市新增第二类医疗器械注册证2378件，注册通过率83.7%。")
    assert not [ws for r, o, ws in checks if r in ("restatement", "part_whole") and "2378件" in ws and "486件" in ws]
    assert not flags


def test_a_class_named_alone_counted_in_other_words_is_no_slip(tmp_path):
    # (fresh-p) 其中一等奖52项 (city awards) and 其中一等奖56个 (a youth contest): one digit apart under the bare class name
    checks, flags = _read(tmp_path, "市科学技术奖项目类授奖249项，其中一等奖52项；企业作为第一完成单位的获奖项目71项。",
                          "# 大事记", "- 7月，青少年科技创新大赛举办，评出获奖项目336个，获奖率29.8%；其中一等奖56个、二等奖112个、三等奖168个")
    assert not [f for f in flags if f[0] == "restatement"]


def test_numbered_classes_compare_their_numbers_not_their_writing():
    from pipeline.restatement import _classes_apart, _cfg
    cfg = _cfg()
    assert _classes_apart("第二类医疗器械注册证", "第三类医疗器械注册证", cfg)
    assert not _classes_apart("第2批智能工厂", "第二批智能工厂", cfg)  # one class written two ways
    assert not _classes_apart("第十二批项目", "第12批项目", cfg)
    assert not _classes_apart("二期及三期工程", "三期工程", cfg)  # a subject naming two classes is apart from neither


@pytest.mark.parametrize("share,outcome", [("50.3%", "pass"), ("53.0%", "fail")])
def test_a_bare_zhanbi_of_an_item_named_again_in_its_lists_sentence(tmp_path, share, outcome):
    # (fresh-c) …分别为1752.40亿元、…，其中设计业占比50.3%: of the list's total, 3486.27
    checks, flags = _read(tmp_path, "全年上海集成电路产业规模达到3486.27亿元，同比增长11.6%，设计业、制造业、封装测试业和装备材料业分别为"
                          f"1752.40亿元、986.15亿元、431.62亿元和316.10亿元，其中设计业占比{share}，连续五年位居各环节首位。")
    assert [(o, ws) for r, o, ws in checks if r == "share"] == [(outcome, sorted([share, "1752.40亿元", "3486.27亿元"]))]


@pytest.mark.parametrize("part,outcome", [("1.38亿元", "pass"), ("7.38亿元", "fail")])
def test_a_rest_after_a_nested_qizhong_belongs_to_the_set(tmp_path, part, outcome):
    # (fresh-gm) 9.73亿元中，市级财政资金6.42亿元，…，其中…1.38亿元；其余3.31亿元…: the 3.31 is the 9.73's rest, no part of the
    # 6.42 (6.42 < 1.38 + 3.31 was flagged), nor is the 1.38 a part of the 9.73's breakdown
    checks, flags = _read(tmp_path, f"专项资助经费9.73亿元中，市级财政资金6.42亿元，占资助经费总额的66.0%，其中用于支持青年科学家项目{part}；"
                          "其余3.31亿元由承担单位和合作企业配套投入。")
    assert [o for r, o, ws in checks if r == "part_whole" and ws == sorted([part, "6.42亿元"])] == [outcome]
    assert [o for r, o, ws in checks if r == "list_total"] == ["pass"]
    assert not [ws for r, o, ws in checks if "3.31亿元" in ws and "1.38亿元" in ws]


@pytest.mark.parametrize("item,outcome", [("46例", "pass"), ("64例", "fail")])
def test_a_whole_printed_twice_in_the_sentence_before_is_one_exact_hit(tmp_path, item, outcome):
    # (fresh-gm) 入组143例，…入组人数从上年的88例增至143例。按技术路线分，入组受试者分别为…: the items add up to the 143,
    # printed twice, not to the 215 screened (the 215 was flagged)
    checks, flags = _read(tmp_path, "全年共筛选受试者215例，入组143例，筛选通过率66.5%；入组人数从上年的88例增至143例。按技术路线分，"
                          f"入组受试者分别为侵入式58例、半侵入式39例和非侵入式{item}。")
    got = [(o, "143例" in ws) for r, o, ws in checks if r == "list_total"]
    if outcome == "pass":
        assert got == [("pass", True)]
    else:  # (no sum names the whole then: the list is flagged against the largest, 215, as before)
        assert got and all(o == "fail" for o, _ in got)


def test_a_rate_moving_in_its_own_clause_is_no_share_of_the_clause_before(tmp_path):
    # (fresh-go) …占集成电路材料产业规模的28.5%，12英寸硅片国产化率从上年的31.5%提升至36.2%: the 36.2% was read as a
    # second share of the same part and whole
    checks, flags = _read(tmp_path, "全市集成电路材料产业规模486.3亿元，其中硅片及硅基材料138.6亿元。",
                          "硅片及硅基材料规模占集成电路材料产业规模的28.5%，12英寸硅片国产化率从上年的31.5%提升至36.2%。")
    assert not [ws for r, o, ws in checks if r == "share" and "36.2%" in ws]
    assert not flags


@pytest.mark.parametrize("item,outcome", [("4项", "pass"), ("14项", "fail")])
def test_a_breakdown_lead_naming_its_dimension_as_content(tmp_path, item, outcome):
    # (fresh-gl) 从内容看，… is a breakdown of the 27 standards of the sentence before (险种, 语种, 来源地 … likewise)
    checks, flags = _read(tmp_path, f"全年发布建筑领域地方标准27项。从内容看，绿色建筑9项、装配式建筑8项、既有建筑节能改造6项、智能建造{item}，"
                          "覆盖设计、施工全过程。")
    assert [o for r, o, ws in checks if r == "list_total" and "27项" in ws] == [outcome]


def test_a_paragraph_opening_breakdown_naming_some_classes_adds_up_to_the_paragraph_before(tmp_path):
    # (fresh-gm) 按年龄分，入组人员中…38640人、…24590人，…7120人 after …累计入组70350人: no rest nor 分别为, but the items add
    # up exactly to the one figure (pass-only, as before for whole lists)
    checks, flags = _read(tmp_path, "截至年底，本市建成脑疾病专病队列12个，累计入组70350人，随访完成率95.5%。",
                          "按年龄分，入组人员中60岁及以上38640人、18至59岁24590人，18岁以下7120人。")
    assert [(o, "70350人" in ws) for r, o, ws in checks if r == "list_total"] == [("pass", True)]


@pytest.mark.parametrize("part,outcome", [("31260人", "pass"), ("81260人", "fail")])
def test_a_lead_naming_persons_with_renyuan_names_the_persons_counted(tmp_path, part, outcome):
    # (fresh-gm) 入组人员中，…31260人 for the 累计入组70350人 of an earlier paragraph (人员 is the 人 the subject leaves out)
    checks, flags = _read(tmp_path, "截至年底，本市建成脑疾病专病队列12个，累计入组70350人，随访完成率95.5%。",
                          "# 2 数据", "## 2.1 采集", f"入组人员中，完成多模态脑影像采集的{part}，为研究积累了高质量数据。")
    assert [o for r, o, ws in checks if r == "part_whole" and ws == sorted(["70350人", part])] == [outcome]
