"""The twenty-second session's rules, from its fresh batches of relation probes (fresh-ib … ). Every rule has a case
that fails on the code from before it (most have a mutated copy beside the true one); guards are marked."""
import pytest
from probe_docs import read_doc as _read


def _rule(checks, rule):
    return [(o, ws) for r, o, ws in checks if r == rule]


@pytest.mark.parametrize("share,outcome", [("11.5%", "pass"), ("15.1%", "fail")])
def test_a_part_named_again_before_zhan_after_a_semicolon(tmp_path, share, outcome):
    # (fresh-ic) …获批187款，通过率77.6%；获批数量占全国…获批总数（1620款）的11.5%: the clause before 占 has no figure, its
    # words name the figure of the clause before
    checks, flags = _read(tmp_path, "全年本市企业报送国产网络游戏版号申请241款，获批187款，通过率77.6%；获批数量占全国国产网络"
                          f"游戏版号获批总数（1620款）的{share}。")
    assert _rule(checks, "share") == [(outcome, sorted(["11.5%" if outcome == "pass" else share, "1620款", "187款"]))]


def test_guard_a_total_of_the_set_the_sentence_opens_with_is_no_figure_of_another_set(tmp_path):
    # guard (fresh-ib): 全年新建台站中，地震预警台站58个，占新建台站总数的79.5%: the whole is the set of new stations, which
    # the text never prints; 全市地震监测台站数量382个 was taken for it and flagged
    checks, flags = _read(tmp_path, "本市持续加密地震监测台网，全市地震监测台站数量从2024年的309个提升至382个，中心城区台站平均"
                          "间距缩小至5公里左右。全年新建台站中，地震预警台站58个，占新建台站总数的79.5%。")
    assert not flags and not _rule(checks, "share")


@pytest.mark.parametrize("share,outcome", [("27.2%", "pass"), ("11.4%", "fail")])
def test_a_set_lead_naming_its_figure_in_other_words_still_gives_the_whole(tmp_path, share, outcome):
    # (fresh-dj, kept by the guard above) 全年新办工作许可15150份…；新办许可中，A类4120份，占新办许可总数的27.2%: the
    # lead's words are said, in order, by the figure's subject
    checks, flags = _read(tmp_path, "全年新办工作许可15150份，其余为延期、变更和注销等事项；新办许可中，A类4120份，"
                          f"占新办许可总数的{share}。")
    assert (outcome, sorted(["15150份", "4120份", share])) in _rule(checks, "share")


_RETROFIT = ("### 表2 2025年本市学校和医院抗震加固情况\n类别\t加固项目(个)\t加固面积(万平方米)\n中小学校舍\t126\t48.6\n"
             "幼儿园\t74\t13.2\n中等职业学校和高等学校\t22\t9.8\n学校小计\t222\t71.6\n三级医院\t18\t21.4\n"
             "二级及以下医疗机构\t41\t15.2\n医疗机构小计\t59\t36.6\n合计\t281\t108.2")


@pytest.mark.parametrize("share,outcome", [("21.0%", "pass"), ("26.6%", "fail")])
def test_a_group_joined_to_another_in_the_words_is_no_group_named(tmp_path, share, outcome):
    # (fresh-ib) 医疗机构加固项目59个，占学校和医院加固项目总数的21.0% beside rows 学校小计 222 and 合计 281: 学校 joined
    # by 和 to 医院 names the two groups, the total row
    checks, flags = _read(tmp_path, _RETROFIT, f"医疗机构加固项目59个，占学校和医院加固项目总数的{share}。")
    assert (outcome, sorted(["281", "59个", share])) in _rule(checks, "share")
    assert not [ws for o, ws in _rule(checks, "share") if "222" in ws]


@pytest.mark.parametrize("rate,outcome", [("43.0%", "pass"), ("34.0%", "fail")])
def test_a_rank_between_the_count_and_its_rate(tmp_path, rate, outcome):
    # (fresh-ic) 有142款…上线，其中61款进入当地畅销榜前100名，上榜率43.0%: the rank describes the count
    checks, flags = _read(tmp_path, f"全年有142款本市自研游戏在海外上线，其中61款进入当地畅销榜前100名，上榜率{rate}，"
                          "本地化运营能力明显增强。")
    assert _rule(checks, "rate") == [(outcome, sorted(["142款", "61款", rate]))]


@pytest.mark.parametrize("rate,outcome", [("84.7%", "pass"), ("87.4%", "fail")])
def test_a_rates_stem_said_in_other_words(tmp_path, rate, outcome):
    # (fresh-ib) 鉴定1846栋，其中达到抗震设防要求的1563栋、…312栋，鉴定达标率84.7%: 达标 is said as 达到…要求
    # (validation.json rate.stem_words)
    checks, flags = _read(tmp_path, "全年完成既有校舍抗震鉴定1846栋，其中达到抗震设防要求的1563栋、需加固或拆除重建的283栋，"
                          f"鉴定达标率{rate}。")
    assert _rule(checks, "rate") == [(outcome, sorted(["1563栋", "1846栋", rate]))]


@pytest.mark.parametrize("share,outcome", [("55.4%", "pass"), ("45.5%", "fail")])
def test_a_whole_named_by_the_words_after_its_figure_in_another_order(tmp_path, share, outcome):
    # (fresh-id) 74个快检试剂盒（卡）通过本市快检产品评价。…其中本市企业研发的41个，占通过评价产品的55.4%
    checks, flags = _read(tmp_path, "全年共有74个快检试剂盒（卡）通过本市快检产品评价。按检测对象分，分别为农药残留类28个、"
                          "兽药残留类21个、非法添加物类13个和微生物及毒素类12个。其中本市企业研发的41个，"
                          f"占通过评价产品的{share}。")
    assert _rule(checks, "share") == [(outcome, sorted(["41个", "74个", share]))]


_FUNDS = ("### 表1 2025年科技项目经费来源\n计划类别\t项目数(项)\t经费(万元)\n国家重点研发计划\t14\t38620\n"
          "国家自然科学基金\t52\t9840\n其他国家科技计划\t9\t12350\n国家项目小计\t75\t60810\n市科技创新行动计划\t48\t21460\n"
          "市自然科学基金及其他\t38\t15840\n市级项目小计\t86\t37300\n总计\t161\t98110")


@pytest.mark.parametrize("share,outcome", [("38.0%", "pass"), ("83.0%", "fail")])
def test_a_bare_zhan_right_after_a_share_keeps_its_whole(tmp_path, share, outcome):
    # (fresh-ie) 国家项目经费占总经费的62.0%，市级项目经费3.73亿元，占38.0%: as a bare 占比 does
    checks, flags = _read(tmp_path, _FUNDS, f"从经费来源看，国家项目经费占总经费的62.0%，市级项目经费3.73亿元，占{share}。")
    assert (outcome, sorted(["3.73亿元", "98110", share])) in _rule(checks, "share")


@pytest.mark.parametrize("share,outcome", [("42.9%", "pass"), ("24.9%", "fail")])
def test_guard_a_bare_zhan_after_a_set_lead_is_of_that_set(tmp_path, share, outcome):
    # guard (fresh-hl): …，占该领域研发中心的64.3%；智能可穿戴领域研发中心中，…3家，占42.9%: the set named between is the
    # whole (7), not the whole of the share before (14)
    checks, flags = _read(tmp_path, "截至年底，全市认定时尚科技研发中心36家，分别为服装领域14家、家纺领域6家、纤维材料领域9家和"
                          "智能可穿戴领域7家。",
                          "服装领域研发中心中，依托龙头品牌企业建设的9家，占该领域研发中心的64.3%；智能可穿戴领域研发中心中，"
                          f"由高校院所与企业共建的3家，占{share}。")
    assert not [ws for o, ws in _rule(checks, "share") if share in ws and "14家" in ws]


_OUTPUT = ("### 表2 2025年本市重点企业稀土功能材料产出情况\n产品\t产量(吨)\t产值(万元)\n烧结钕铁硼永磁体\t8640\t682400\n"
           "粘结钕铁硼永磁体\t1270\t96350\n钐钴永磁体\t385\t71250\n永磁材料小计\t10295\t850000\n稀土催化材料\t2460\t236800\n"
           "稀土发光材料\t318\t58640\n稀土抛光及储氢材料\t1527\t123560\n其他功能材料小计\t4305\t419000\n合计\t14600\t1269000")


@pytest.mark.parametrize("share,outcome", [("33.0%", "pass"), ("30.3%", "fail")])
def test_a_class_after_deng_names_a_row(tmp_path, share, outcome):
    # (fresh-ie) 催化、发光、抛光及储氢等其他功能材料产值占33.0%: the class after 等 is the row 其他功能材料小计; the bare 占
    # keeps the whole of the share before it
    checks, flags = _read(tmp_path, "全年本市重点企业生产稀土功能材料14600吨。分产品看，永磁材料产值占重点企业稀土功能材料产值的"
                          f"67.0%，催化、发光、抛光及储氢等其他功能材料产值占{share}。", _OUTPUT)
    assert (outcome, sorted(["1269000", "419000", share])) in _rule(checks, "share")


@pytest.mark.parametrize("share,outcome", [("32.6%", "pass"), ("36.2%", "fail")])
def test_a_subject_opening_on_its_verb_leaves_its_owner_to_the_clause_before(tmp_path, share, outcome):
    # (fresh-ie) 全年本市重点企业生产…14600吨，实现产值126.9亿元 / …出口额41.36亿元，…，占重点企业产值的32.6%
    checks, flags = _read(tmp_path, "全年本市重点企业生产稀土功能材料14600吨，实现产值126.9亿元，同比增长11.7%。",
                          f"全年重点企业稀土永磁及功能材料出口额41.36亿元，同比增长9.4%，占重点企业产值的{share}。")
    assert _rule(checks, "share") == [(outcome, sorted(["126.9亿元", "41.36亿元", share]))]


@pytest.mark.parametrize("share,outcome", [("38.5%", "pass"), ("35.8%", "fail")])
def test_of_totals_named_alike_the_one_saying_every_word_in_order(tmp_path, share, outcome):
    # (fresh-ea) 全年审定和登记农作物新品种148个，其中审定品种62个、登记品种86个 / …57个，占审定登记品种总数的38.5%: the
    # 148 says 审定…登记…品种 in order, its 其中 item 登记品种 the longer run of them; 57/86 was flagged
    checks, flags = _read(tmp_path, "全年审定和登记农作物新品种148个，其中审定品种62个、登记品种86个。",
                          f"企业育种主体地位进一步增强，种业企业作为第一育种单位的品种57个，占审定登记品种总数的{share}。")
    assert _rule(checks, "share") == [(outcome, sorted(["148个", "57个", share]))]


@pytest.mark.parametrize("bound", ["近42亿元", "超42亿元"])
def test_guard_rounded_figures_make_no_exact_sum_across_data_page_lines(tmp_path, bound):
    # guard (fresh-ie): a data page's 近127亿元，其中永磁材料产值85亿元 / the next line's 超42亿元: 85 + 42 = 127 was read as an
    # exact breakdown (the 其中 list completed by the next figure), which set the 42 apart from the 41.36亿元 it
    # miscopies (超 for 近)
    checks, flags = _read(tmp_path, "全年本市重点企业实现产值126.9亿元，同比增长11.7%。",
                          "全年重点企业稀土永磁及功能材料出口额41.36亿元，同比增长9.4%，占重点企业产值的32.6%。",
                          "# 数看上海科技", "### 稀土功能材料", "重点企业产值近**127亿元**，其中永磁材料产值**85亿元**",
                          f"出口额{bound[0]}**42亿元**，占产值的**32.6%**")
    assert _rule(checks, "part_whole") == [("pass", ["127亿元", "85亿元"])]


def test_a_row_quoted_by_the_sentences_topic_past_a_semicolon(tmp_path):
    # (fresh-ie) 烧结钕铁硼永磁体是…主导产品，全年产量8640吨，…；实现产值68.24亿元 / 表2 烧结钕铁硼永磁体 产值 682400: a
    # subject opening on its verb (实现产值) leaves its owner to the sentence's topic. Pass-only, as a quoted row is: a
    # miscopy there (68.42) is left unchecked
    checks, flags = _read(tmp_path, _OUTPUT, "烧结钕铁硼永磁体是本市稀土功能材料的主导产品，全年产量8640吨，占重点企业稀土功能材料"
                          "总产量的59.2%；实现产值68.24亿元，广泛应用于新能源汽车和风力发电等领域。")
    assert ("pass", ["68.24亿元", "682400"]) in _rule(checks, "restatement")
