"""Forms found unchecked or misjudged on the tenth session's fresh probes (fresh-am … fresh-ap, claims-k31, claims-k32,
note-e, note-f; written by helpers, scored by bench/probes.py before any change for them). Each case is a passage in
the report's style, the figures a reader finds in it with the subjects a reader gives them, and the outcome a reader
works out by hand; a mutated copy shows the check can fail."""
import pytest

from pipeline import validate as V
from test_validate import C, run


def _c(raw, value, base, context, subject, page, kind="level", scale=100000000):
    return C(raw, value, value * scale if base == "CNY" else value, base, context=context, subject=subject, page=page,
             kind=kind)


def _share_checks(claims):
    return sorted((k.outcome, k.claim_ids.split("|")[0].split("-")[1], k.expected)
                  for k in run(V.share, claims).checks)


# ---------------------------------------------------------------- shares naming a whole stated pages before

TOTAL = "全年全社会研发经费支出2368.45亿元，比上年增长8.6%。"
BASIC = "全年研发经费支出中，基础研究经费288.95亿元、应用研究经费352.71亿元。"
UNIS = "高等学校基础研究经费127.54亿元，占全市基础研究经费的{}%，高校研发经费中用于基础研究的部分接近一半。"


@pytest.mark.parametrize("printed,outcome", [("44.1", "pass"), ("45.1", "fail")])
def test_a_share_of_the_citys_own_figure_names_it_with_a_scope_word_its_figure_goes_without(printed, outcome):
    # 127.54 / 288.95 = 44.14%: 占全市基础研究经费的 names 基础研究经费288.95亿元, printed without 全市 (the report's
    # own area); 45.1% is the probe's slip (127.54 over the universities' own R&D total)
    claims = [_c("2368.45亿元", 2368.45, "CNY", TOTAL, "全社会研发经费支出", 1),
              _c("288.95亿元", 288.95, "CNY", BASIC, "基础研究经费", 2),
              _c("352.71亿元", 352.71, "CNY", BASIC, "应用研究经费", 2),
              _c("127.54亿元", 127.54, "CNY", UNIS.format(printed), "高等学校基础研究经费", 5),
              _c(f"{printed}%", float(printed), "percent", UNIS.format(printed), "高等学校基础研究经费占全市基础研究经费",
                 5, kind="share")]
    assert _share_checks(claims) == [(outcome, f"{printed}%", f"{printed}%")]
    assert {i.split("-")[1] for i in run(V.share, claims).checks[0].claim_ids.split("|")} == \
        {f"{printed}%", "127.54亿元", "288.95亿元"}


def test_a_national_whole_never_takes_the_citys_figure():
    # 占全国基础研究经费的 names the country's figure, never printed here: the city's 288.95亿元 is no whole of it
    text = UNIS.format("6.2").replace("全市", "全国")
    claims = [_c("288.95亿元", 288.95, "CNY", BASIC, "基础研究经费", 2),
              _c("127.54亿元", 127.54, "CNY", text, "高等学校基础研究经费", 5),
              _c("6.2%", 6.2, "percent", text, "高等学校基础研究经费占全国基础研究经费", 5, kind="share")]
    assert _share_checks(claims) == []


def test_a_district_figure_is_no_whole_of_the_city():
    # 浦东新区基础研究经费150.2亿元 ends with the words 基础研究经费 but names another owner: 127.54 / 150.2 = 84.9% would
    # be checked against the wrong whole; with the district's figure the only one named so, nothing is checked
    claims = [_c("150.2亿元", 150.2, "CNY", "浦东新区基础研究经费150.2亿元。", "浦东新区基础研究经费", 2),
              _c("127.54亿元", 127.54, "CNY", UNIS.format("44.1"), "高等学校基础研究经费", 5),
              _c("44.1%", 44.1, "percent", UNIS.format("44.1"), "高等学校基础研究经费占全市基础研究经费", 5, kind="share")]
    assert _share_checks(claims) == []


# ---------------------------------------------------------------- a share naming both its part and its whole in words

SOURCES = "全年研发经费中，政府资金、企业资金、境外资金和其他资金分别为612.38亿元、1628.54亿元、38.71亿元和88.82亿元。"
GOV = "政府资金占全社会研发经费的{}%，其中中央财政资金248.65亿元、地方财政资金363.73亿元。"


def _sources(printed):
    return [_c("2368.45亿元", 2368.45, "CNY", TOTAL, "全社会研发经费支出", 1),
            _c("612.38亿元", 612.38, "CNY", SOURCES, "政府资金", 2),
            _c("1628.54亿元", 1628.54, "CNY", SOURCES, "企业资金", 2),
            _c("38.71亿元", 38.71, "CNY", SOURCES, "境外资金", 2),
            _c("88.82亿元", 88.82, "CNY", SOURCES, "其他资金", 2),
            _c(f"{printed}%", float(printed), "percent", GOV.format(printed), "政府资金占全社会研发经费", 2, kind="share"),
            _c("248.65亿元", 248.65, "CNY", GOV.format(printed), "中央财政资金", 2),
            _c("363.73亿元", 363.73, "CNY", GOV.format(printed), "地方财政资金", 2)]


@pytest.mark.parametrize("printed,outcome", [("25.9", "pass"), ("29.5", "fail")])
def test_a_share_naming_its_part_and_whole_takes_the_figures_so_named_before(printed, outcome):
    # 612.38 / 2368.45 = 25.86%: the part is the 分别 list's 政府资金, the whole 全社会研发经费支出 (its measure noun 支出
    # left out by the share)
    checks = run(V.share, _sources(printed)).checks
    assert [(k.outcome, {i.split("-")[1] for i in k.claim_ids.split("|")}) for k in checks] == \
        [(outcome, {f"{printed}%", "612.38亿元", "2368.45亿元"})]


MOVE = "基础研究经费占全社会研发经费的比重从上年的11.8%提升至{}%，达到创新型国家和地区的平均水平。"


@pytest.mark.parametrize("printed,outcome", [("12.2", "pass"), ("13.2", "fail")])
def test_a_share_moving_from_last_years_names_its_whole_before_the_move(printed, outcome):
    # 288.95 / 2368.45 = 12.20%; last year's 11.8% has no figures printed here and is not checked
    text = MOVE.format(printed)
    claims = [_c("2368.45亿元", 2368.45, "CNY", TOTAL, "全社会研发经费支出", 1),
              _c("288.95亿元", 288.95, "CNY", BASIC, "基础研究经费", 2),
              _c("11.8%", 11.8, "percent", text, "基础研究经费占全社会研发经费的比重", 3, kind="share"),
              _c(f"{printed}%", float(printed), "percent", text, "基础研究经费占全社会研发经费的比重", 3, kind="share")]
    assert _share_checks(claims) == [(outcome, f"{printed}%", f"{printed}%")]


def test_a_part_named_by_no_figure_checks_nothing():
    # 境外资金 is named, but 外资研发中心资金 is not: no figure before is so named
    text = "外资研发中心资金占全社会研发经费的1.9%。"
    claims = _sources("25.9")[:5] + [_c("1.9%", 1.9, "percent", text, "外资研发中心资金占全社会研发经费", 3, kind="share")]
    assert _share_checks(claims) == []


# ---------------------------------------------------------------- a region's R&D intensity

GDP = "全年全社会研发经费支出2368.45亿元，比上年增长8.6%。全市生产总值52630亿元，研发经费投入强度为{}%。"


@pytest.mark.parametrize("printed,outcome", [("4.50", "pass"), ("4.05", "fail")])
def test_a_regions_rd_intensity_is_its_rd_spending_over_its_gdp(printed, outcome):
    # 2368.45 / 52630 = 4.500%: 研发经费投入强度 is defined (schemas/validation.json) as R&D over 生产总值 for a region
    text = GDP.format(printed)
    claims = [_c("2368.45亿元", 2368.45, "CNY", text, "全社会研发经费支出", 1),
              _c("52630亿元", 52630, "CNY", text, "全市生产总值", 1),
              _c(f"{printed}%", float(printed), "percent", text, "研发经费投入强度", 1, kind="share")]
    assert _share_checks(claims) == [(outcome, f"{printed}%", f"{float(printed):g}%")]


def test_a_national_rd_figure_is_no_part_of_a_regions_intensity():
    # 同期全国研发经费投入36326.8亿元 stands nearest before 区域地区生产总值: national R&D over the region's GDP (10.9%)
    # is no definition of the region's 3.21%; neither figure of the region's R&D is printed here, so nothing is checked
    text = "同期全国研发经费投入为36326.8亿元。区域地区生产总值33.32万亿元，研发经费投入强度为3.21%。"
    claims = [_c("36326.8亿元", 36326.8, "CNY", text, "全国研发经费投入", 1),
              C("33.32万亿元", 33.32, 333200000000000, "CNY", context=text, subject="区域地区生产总值", page=1),
              _c("3.21%", 3.21, "percent", text, "研发经费投入强度", 1, kind="share")]
    assert _share_checks(claims) == []


# ---------------------------------------------------------------- shares and rates moving from last year's

NSFC = "全年共申请国家自然科学基金项目31640项，获资助项目5738项，资助率从上年的17.4%提升至{}%。"


@pytest.mark.parametrize("printed,outcome", [("18.1", "pass"), ("19.1", "fail")])
def test_a_rate_moving_from_last_years_is_its_counts(printed, outcome):
    # 5738 / 31640 = 18.14%: 资助率 ends where 从上年的17.4%提升至 begins; last year's 17.4% has no counts here
    text = NSFC.format(printed)
    claims = [C("31640项", 31640, 31640, "count", context=text, subject="申请国家自然科学基金项目"),
              C("5738项", 5738, 5738, "count", context=text, subject="获资助项目"),
              C("17.4%", 17.4, 17.4, "percent", context=text, subject="资助率", kind="share"),
              C(f"{printed}%", float(printed), float(printed), "percent", context=text, subject="资助率", kind="share")]
    for c in claims[:2]:
        c.unit = "项"
    assert [(k.outcome, k.claim_ids.split("|")[0].split("-")[1]) for k in run(V.rate, claims).checks] == \
        [(outcome, f"{printed}%")]


def test_a_headline_rate_takes_no_two_counts_of_other_things():
    # 兑付率 is said by neither count (创新券 is the product, not the verb): 1568 institutions over 8640 firms is no rate
    text = "全年申领创新券企业8640家，登记创新券服务机构1568家，创新券兑付率从上年的58.7%提升至65.2%。"
    claims = [C("8640家", 8640, 8640, "count", context=text, subject="申领创新券企业"),
              C("1568家", 1568, 1568, "count", context=text, subject="登记创新券服务机构"),
              C("58.7%", 58.7, 58.7, "percent", context=text, subject="创新券兑付率", kind="share"),
              C("65.2%", 65.2, 65.2, "percent", context=text, subject="创新券兑付率", kind="share")]
    for c in claims[:2]:
        c.unit = "家"
    assert run(V.rate, claims).checks == []


REWARD = ("全年高校院所通过成果转化取得现金和股权收益合计64.38亿元，其中现金收益38.65亿元。用于奖励科研人员及团队的收益"
          "44.87亿元，占转化收益总额的比例从上年的63.5%提升至{}%。")


@pytest.mark.parametrize("printed,outcome", [("69.7", "pass"), ("67.9", "fail")])
def test_a_share_moving_from_last_years_names_its_total_before_the_move(printed, outcome):
    # 44.87 / 64.38 = 69.70%: 占转化收益总额的比例 names the total stated before (…收益合计64.38亿元)
    text = REWARD.format(printed)
    claims = [_c("64.38亿元", 64.38, "CNY", text, "高校院所通过成果转化取得现金和股权收益合计", 1),
              _c("38.65亿元", 38.65, "CNY", text, "现金收益", 1),
              _c("44.87亿元", 44.87, "CNY", text, "用于奖励科研人员及团队的收益", 1),
              _c("63.5%", 63.5, "percent", text, "用于奖励科研人员及团队的收益占转化收益总额的比例", 1, kind="share"),
              _c(f"{printed}%", float(printed), "percent", text, "用于奖励科研人员及团队的收益占转化收益总额的比例", 1,
                 kind="share")]
    assert _share_checks(claims) == [(outcome, f"{printed}%", f"{printed}%")]


# ---------------------------------------------------------------- false flags of the third batch (AU–AX)

def test_amounts_per_item_are_no_parts_of_the_total():
    # 奖金合计7940万元 and 单项奖金分别为100万元、40万元和20万元: prizes per award, not a breakdown of the 7940万元
    text = "本年度项目奖奖金合计7940万元，特等奖、一等奖和二等奖单项奖金分别为100万元、40万元和20万元。"
    claims = [_c(r, v, "CNY", text, "", 1, scale=10000) for r, v in
              (("7940万元", 7940), ("100万元", 100), ("40万元", 40), ("20万元", 20))]
    assert run(V.list_total, claims).checks == []
    # without 单项 the same amounts are a breakdown, and one that does not add up
    text = text.replace("单项奖金", "奖金")
    claims = [_c(r, v, "CNY", text, "", 1, scale=10000) for r, v in
              (("7940万元", 7940), ("100万元", 100), ("40万元", 40), ("20万元", 20))]
    assert [k.outcome for k in run(V.list_total, claims).checks] == ["fail"]


CASES = "全年受理科研诚信案件104件，其中涉及科技计划项目的42件、涉及论文发表的51件，其余{}件涉及科技奖励申报和成果评价。"


def _cases(rest):
    text = CASES.format(rest)
    out = []
    for r, v in (("104件", 104), ("42件", 42), ("51件", 51), (f"{rest}件", rest)):
        c = C(r, v, v, "count", context=text)
        c.unit = "件"
        out.append(c)
    return out


@pytest.mark.parametrize("rest,outcome", [(11, "pass"), (21, "fail")])
def test_a_content_word_inside_a_listed_item_opens_no_list(rest, outcome):
    # 涉及论文发表的51件 is an item of the 其中 list, not a list of the contents of the 42件: the parts are of 104
    checks = run(V.part_whole, _cases(rest)).checks
    assert [(k.outcome, k.claim_ids.split("|")[0].split("-")[1]) for k in checks] == [(outcome, "104件")]


PATENTS = "全年医疗卫生机构获得发明专利授权4862件，其中医疗器械相关发明专利2358件；实现转让、许可、作价入股等转化726件，转化率{}%。"


@pytest.mark.parametrize("printed,outcome", [("14.9", "pass"), ("30.8", "fail")])
def test_a_rates_base_is_the_whole_not_its_part_after_qizhong(printed, outcome):
    # 726 / 4862 = 14.93%: the 其中 part 2358件 is a kind of patent, not what the conversions are counted against
    text = PATENTS.format(printed)
    claims = []
    for r, v in (("4862件", 4862), ("2358件", 2358), ("726件", 726)):
        c = C(r, v, v, "count", context=text)
        c.unit = "件"
        claims.append(c)
    claims.append(C(f"{printed}%", float(printed), float(printed), "percent", context=text, kind="share"))
    assert [(k.outcome, sorted(i.split("-")[1] for i in k.claim_ids.split("|"))) for k in run(V.rate, claims).checks] \
        == [(outcome, sorted([f"{printed}%", "726件", "4862件"]))]


def _counts(text, figures, unit):
    out = []
    for r, v in figures:
        c = C(r, v, v, "count", context=text)
        c.unit = unit
        out.append(c)
    return out


@pytest.mark.parametrize("third,outcome", [("112.84", "pass"), ("612.84", "fail")])
def test_the_sum_of_the_parts_after_qizhong_is_no_part(third, outcome):
    # 268.52 + 196.37 + 112.84 = 577.73 ≤ 986.43: 三个行业合计577.73亿元 closes the list, it adds nothing to it
    text = (f"全市规模以上工业企业研发经费986.43亿元。其中，电子信息制造业268.52亿元、汽车制造业196.37亿元、"
            f"生物医药制造业{third}亿元，三个行业合计577.73亿元。")
    claims = [_c(f"{x}亿元", float(x), "CNY", text, "", 1) for x in ("986.43", "268.52", "196.37", third, "577.73")]
    checks = run(V.part_whole, claims).checks
    assert [(k.outcome, sorted(i.split("-")[1] for i in k.claim_ids.split("|"))) for k in checks] == \
        [(outcome, sorted(["986.43亿元", "268.52亿元", "196.37亿元", f"{third}亿元"]))]


@pytest.mark.parametrize("part,outcome", [(14, "pass"), (34, "fail")])
def test_qizhong_right_after_a_fenbie_list_divides_the_lists_total(part, outcome):
    # 其中大中华区及以上区域总部14家 is a part of the 32 new headquarters, not of the list's last item (其他…5家)
    text = (f"全年新认定跨国公司地区总部32家，分别为欧洲企业12家、美国企业9家、日本企业6家和其他国家和地区企业5家，"
            f"其中大中华区及以上区域总部{part}家。")
    claims = _counts(text, [("32家", 32), ("12家", 12), ("9家", 9), ("6家", 6), ("5家", 5), (f"{part}家", part)], "家")
    assert [(k.outcome, k.claim_ids.split("|")[0].split("-")[1]) for k in run(V.part_whole, claims).checks] == \
        [(outcome, "32家")]


@pytest.mark.parametrize("second,outcome", [(8, "pass"), (9, "fail")])
def test_the_years_new_after_a_qizhong_list_is_no_part(second, outcome):
    # 16 + 8 = 24 研究型医院建设单位; 年内新增建设单位五家 is this year's increment of the 24, not a third part
    text = f"截至年底，全市研究型医院建设单位24家，其中市级医院16家、高校附属医院{second}家，年内新增建设单位五家。"
    claims = _counts(text, [("24家", 24), ("16家", 16), (f"{second}家", second), ("五家", 5)], "家")
    assert [(k.outcome, sorted(i.split("-")[1] for i in k.claim_ids.split("|")))
            for k in run(V.part_whole, claims).checks] == [(outcome, sorted(["24家", "16家", f"{second}家"]))]


@pytest.mark.parametrize("first,outcome", [(7214, "pass"), (9214, "fail")])
def test_items_of_one_breakdown_are_no_whole_of_the_next(first, outcome):
    # two breakdowns of the 20465 new firms in a row: the second (by field) is no breakdown of the first's 17342家
    # (100人以下); the whole, stated a paragraph before, is not in these sentences, so only the mutated list's
    # items could be checked against anything — and nothing is
    text = (f"按从业人员规模分，100人以下、100至300人和300人以上的新入库企业分别为17342家、2516家和607家，小微企业占绝大多数。"
            f"按技术领域分，新入库企业分别分布在电子信息{first}家、高技术服务5368家、先进制造与自动化3856家、生物与新医药2147家"
            f"和其他领域1880家。")
    figs = [("17342家", 17342), ("2516家", 2516), ("607家", 607), (f"{first}家", first), ("5368家", 5368),
            ("3856家", 3856), ("2147家", 2147), ("1880家", 1880)]
    claims = _counts(text, figs, "家")
    assert not [k for k in run(V.list_total, claims).checks if k.claim_ids.split("|")[0].split("-")[1] == "17342家"]
    # with the whole in the sentence before, the field breakdown is checked against it
    whole = "全年新入库科技型中小企业20465家。"
    claims = _counts(whole + text.split("。", 1)[1], [("20465家", 20465)] + figs[3:], "家")
    assert [(k.outcome, k.claim_ids.split("|")[0].split("-")[1]) for k in run(V.list_total, claims).checks] == \
        [(outcome, "20465家")]


def test_a_share_naming_its_whole_is_no_share_of_another_figure_before_the_breakdown():
    # 按转化主体看，高校…114.98亿元，占全部转化合同金额的61.7%: the sentence before states the 作价入股 amount (87.68亿元),
    # a figure of another name; the whole named (转化合同金额, 186.47亿元) is not printed here: nothing is checked
    text = ("全年以作价入股方式转化成果金额87.68亿元，占转化合同总额的47.0%。按转化主体看，高校转化合同金额114.98亿元，"
            "占全部转化合同金额的61.7%。")
    claims = [_c("87.68亿元", 87.68, "CNY", text, "以作价入股方式转化成果金额", 1),
              _c("114.98亿元", 114.98, "CNY", text, "高校转化合同金额", 1),
              _c("61.7%", 61.7, "percent", text, "高校转化合同金额占全部转化合同金额比例", 1, kind="share")]
    assert _share_checks(claims) == []
    # a whole named so is taken: 转化合同金额186.47亿元 stated as the sentence before's figure
    text2 = text.replace("全年以作价入股方式转化成果金额87.68亿元，占转化合同总额的47.0%", "全年转化合同金额186.47亿元")
    claims = [_c("186.47亿元", 186.47, "CNY", text2, "转化合同金额", 1),
              _c("114.98亿元", 114.98, "CNY", text2, "高校转化合同金额", 1),
              _c("61.7%", 61.7, "percent", text2, "高校转化合同金额占全部转化合同金额比例", 1, kind="share")]
    assert _share_checks(claims) == [("pass", "61.7%", "61.7%")]


def test_a_table_column_of_last_year_is_no_breakdown_of_this_years_text_total():
    # 表1 (2024年 | 2025年): the text's 六大…集群实现产值4262.17亿元 (2025) is the 2025 column's sum, not the 2024's
    text = "其中，集成电路、人工智能六大前沿产业集群实现产值4262.17亿元，比上年增长12.8%。"
    total = _c("4262.17亿元", 4262.17, "CNY", text, "六大前沿产业集群产值", 1)
    total.period = "2025"
    cells = []
    for row, (label, a, b) in enumerate([("集成电路", 598.42, 1000.00), ("人工智能", 286.37, 3262.17)]):
        for col, (v, year) in enumerate([(a, "2024"), (b, "2025")], start=1):
            c = C(f"{v:.2f}", v, v * 100000000, "CNY", context=f"{label} {a:.2f} {b:.2f}",
                  subject=f"{label} {year}年", table_id="p1t1", row=row + 1, col=col, period=year)
            cells.append(c)
    checks = run(V.list_total, [total] + cells).checks
    assert [(k.outcome, sorted(i.split("-")[1] for i in k.claim_ids.split("|"))) for k in checks] == \
        [("pass", sorted(["4262.17亿元", "1000.00", "3262.17"]))]


# ---------------------------------------------------------------- subjects: an owner carried to the next clause

@pytest.mark.parametrize("text,raw,subject", [
    ("生物与新医药领域研发投入312.8亿元，研发投入强度达到7.6%，位居各领域第一。", "7.6%", "生物与新医药领域研发投入强度"),
    ("科技小巨人企业平均营业收入3.6亿元，平均研发投入强度8.3%。", "8.3%", "科技小巨人企业平均研发投入强度"),
])
def test_the_next_clauses_attribute_is_the_owners(text, raw, subject):
    # two fields' intensities (7.6%, and 5% for all high-tech firms elsewhere) were paired as one metric restated
    # when the field dropped out of the second clause's subject
    from extractors.claims import find_claims
    got = {f.raw: f.subject for f in find_claims(text)}
    assert got[raw] == subject


def test_a_clause_naming_its_own_owner_keeps_it():
    from extractors.claims import find_claims
    got = {f.raw: f.subject for f in find_claims("生物与新医药领域研发投入312.8亿元，电子信息领域研发投入强度达到6.1%。")}
    assert got["6.1%"] == "电子信息领域研发投入强度"


def test_a_figure_of_a_scope_opening_its_sentence_is_no_copy_of_the_unscoped_figure():
    # 药物临床试验中，国际多中心临床试验486项 (drug trials only) and the data page's 国际多中心临床试验536项 (all trials)
    from test_restatement import C as RC, run as restate
    a = RC("486项", 486, 486, "count", "药物临床试验中，国际多中心临床试验486项，占药物临床试验项目的22.0%",
           subject="国际多中心临床试验", page=5)
    b = RC("536项", 536, 536, "count", "国际多中心临床试验536项，药物Ⅰ期临床试验682项", subject="国际多中心临床试验",
           page=12)
    for c in (a, b):
        c.unit = "项"
    assert not [k for k in restate([a, b]).checks if k.outcome == "fail"]
    # the same two figures without the scope: one figure restated wrongly
    a2 = RC("486项", 486, 486, "count", "全年开展国际多中心临床试验486项，占临床试验项目的22.0%",
            subject="国际多中心临床试验", page=5)
    a2.unit = "项"
    assert [k.outcome for k in restate([a2, b]).checks] == ["fail"]


@pytest.mark.parametrize("text,raw,unit", [("一年内最高/最低(元)", "一年", "年"), ("报告日后一个月内", "一个月", "个月")])
def test_one_time_unit_within_is_a_window(text, raw, unit):
    # broker key-data labels (note-b, note-e, note-h): 一年内最高/最低 is a window, as 52周内 and 12个月内 are
    from extractors.claims import find_claims
    got = [(f.raw, f.unit, f.kind, f.qualifier) for f in find_claims(text)]
    assert got == [(raw, unit, "threshold", "under")]


@pytest.mark.parametrize("text", ["一年一度的科技节", "一年来成效显著", "用一年时间完成", "一个项目"])
def test_one_as_an_article_or_idiom_stays_no_claim(text):
    from extractors.claims import find_claims
    assert find_claims(text) == []


@pytest.mark.parametrize("label,cell,hint,expected", [
    # broker tables (note-d … note-f): a return on equity is a ratio; a stock's 相对/绝对表现 over a window a change
    ("ROE(%)", "13.2", "%", ("ratio", "percent", "")),
    ("ROE", "6.6", "%", ("ratio", "percent", "")),
    ("绝对表现", "-6.8", "%", ("change", "percent", "down")),
    ("相对沪深300", "4.2", "%", ("change", "percent", "up")),
    # a label merely containing the letters is no ROE row, nor is 表现 alone a change
    ("PROEX收入(%)", "13.2", "%", ("level", "percent", "")),
    ("市场表现指数", "104.2", "", ("level", "", "")),
])
def test_a_broker_row_label_gives_a_bare_cell_its_kind(label, cell, hint, expected):
    from extractors.claims import find_claims, label_kind
    f = find_claims(cell, unit_hint=hint)[0]
    label_kind(label, f)
    assert (f.kind, f.base_unit, f.direction) == expected


# ---------------------------------------------------------------- false flags of the fourth batch (AY–BB)

@pytest.mark.parametrize("second,outcome", [(375, "pass"), (395, "fail")])
def test_a_sibling_of_the_whole_after_a_semicolon_is_no_part(second, outcome):
    # 37 + 375 = 412: 主导制定行业标准538项 after ； is named like the whole (主导制定…标准), not like its parts
    text = f"全年本市主导制定国家标准412项，其中强制性国家标准37项、推荐性国家标准{second}项；主导制定行业标准538项。"
    claims = _counts(text, [("412项", 412), ("37项", 37), (f"{second}项", second), ("538项", 538)], "项")
    assert [(k.outcome, sorted(i.split("-")[1] for i in k.claim_ids.split("|")))
            for k in run(V.part_whole, claims).checks] == [(outcome, sorted(["412项", "37项", f"{second}项"]))]


def test_a_share_of_the_countrys_total_is_no_share_of_the_qizhong_whole():
    # 27 of 46 is 58.7%; 14.7% is of the national total, not printed here
    text = "主导制定国际标准46项，其中ISO标准27项，占全国主导制定国际标准的14.7%。"
    claims = [C("46项", 46, 46, "count", context=text, subject="主导制定国际标准"),
              C("27项", 27, 27, "count", context=text, subject="ISO标准"),
              C("14.7%", 14.7, 14.7, "percent", context=text, subject="ISO标准占全国主导制定国际标准", kind="share")]
    assert run(V.share, claims).checks == []
    # the whole named by its own national figure is checked
    text = "全国主导制定国际标准184项。上海主导制定国际标准46项，其中ISO标准27项，占全国主导制定国际标准的14.7%。"
    claims = [C("184项", 184, 184, "count", context=text, subject="全国主导制定国际标准")] + \
        [C(c.raw, c.value, c.value, c.base_unit, context=text, subject=c.subject, kind=c.kind) for c in claims]
    assert [k.outcome for k in run(V.share, claims).checks] == ["pass"]


def test_an_index_moving_from_a_value_is_an_index():
    # 质量竞争力指数从89.72提升至90.35: a named dimensionless measure (GUIDE §5), not a figure that lost its unit
    from extractors.claims import find_claims
    got = [(f.raw, f.base_unit, f.direction) for f in find_claims("全市制造业质量竞争力指数从2024年的89.72提升至2025年的90.35")]
    assert got == [("89.72", "index", "up"), ("90.35", "index", "up")]


# ---------------------------------------------------------------- units (claims probes K19–K26)

@pytest.mark.parametrize("text,want", [
    ("上海科技馆、上海自然博物馆和上海天文馆全年分别接待观众412万、236万和188万人次",
     [("412万", "万人次", "4120000"), ("236万", "万人次", "2360000"), ("188万人次", "万人次", "1880000")]),
    ("城镇居民和农村居民具备科学素质的比例分别比上年提高1.2个和2.1个百分点",
     [("1.2个", "个百分点", "1.2"), ("2.1个百分点", "个百分点", "2.1")]),
    ("覆盖高层建筑2.6万幢，全年飞行4.6万架次，完成加注作业37船次",
     [("2.6万幢", "万幢", "26000"), ("4.6万架次", "万架次", "46000"), ("37船次", "船次", "37")]),
])
def test_list_items_take_the_unit_the_last_item_completes(text, want):
    from extractors.claims import find_claims
    assert [(f.raw, f.unit, f.norm_exact) for f in find_claims(text)] == want


def test_list_items_in_their_own_units_keep_them():
    # 12个 and 15个 are counts, 10万 a scale the next 万元 completes; 3家和5个 name two measure words
    from extractors.claims import find_claims
    got = [(f.raw, f.unit) for f in find_claims("新增孵化器3家和众创空间5个，分别增长12个和15个")]
    assert got == [("3家", "家"), ("5个", "个"), ("12个", "个"), ("15个", "个")]


@pytest.mark.parametrize("text,want", [
    ("发行量约260万册", [("260万册", "万册", "count")]),
    ("国际出口带宽达到2.4Tbps", [("2.4Tbps", "Tbps", "other:Tbps")]),
    ("提供3.2亿核时", [("3.2亿核时", "亿核时", "other:核小时")]),
    ("14纳米工艺", [("14纳米", "纳米", "other:nm")]),  # one name per unit (GUIDE §5), as nm
    ("第5册", []),  # a volume's number is an ordinal
])
def test_units_from_the_claims_probes(text, want):
    from extractors.claims import find_claims
    assert [(f.raw, f.unit, f.base_unit) for f in find_claims(text)] == want


@pytest.mark.parametrize("text,want", [
    # a list closing on 和 shares the last item's unit, as a 、 or / list does (claims probe K28)
    ("分别比上年提高2.8、3.5和1.2个百分点", [("2.8", "pct_point"), ("3.5", "pct_point"), ("1.2个百分点", "pct_point")]),
    ("分别增长2.8和3.5个百分点", [("2.8", "pct_point"), ("3.5个百分点", "pct_point")]),
    ("2025年指数值达到286.4", [("286.4", "index")]),  # a named dimensionless measure (GUIDE §5)
    ("2025和2026年", []),  # years stay time references
])
def test_lists_closing_on_he_and_index_values(text, want):
    from extractors.claims import find_claims
    assert [(f.raw, f.base_unit) for f in find_claims(text)] == want


def test_a_share_of_a_part_stated_as_a_bound_is_no_mismatch():
    # 医学科学部面上项目逾1000项 (1086 in the chapter), 占面上项目总数的41.7%: 1000 / 2604 = 38.4% is a lower bound
    text = "获资助的2604项面上项目中，医学科学部面上项目逾1000项，占面上项目总数的41.7%。"
    whole = C("2604项", 2604, 2604, "count", context=text, subject="面上项目")
    part = C("1000项", 1000, 1000, "count", context=text, subject="医学科学部面上项目")
    part.qualifier = "over"
    share = C("41.7%", 41.7, 41.7, "percent", context=text, subject="医学科学部面上项目占面上项目总数", kind="share")
    from pipeline.shares import _ratio_check
    out = V.Outcome([], [])
    _ratio_check("share", share, part, whole, out, "x")
    assert [k.outcome for k in out.checks] == ["not_comparable"] and not out.flags
    part.qualifier = ""  # printed exactly, 1000 of 2604 is 38.4%, not 41.7%
    out = V.Outcome([], [])
    _ratio_check("share", share, part, whole, out, "x")
    assert [k.outcome for k in out.checks] == ["fail"]


@pytest.mark.parametrize("rest,outcome", [(5, "pass"), (7, "fail")])
def test_the_rests_own_total_is_one_more_item(rest, outcome):
    # 6 + 4 + 3 + 3 + 5 = 21: 其他区合计5家 totals the other districts, it is no total of the districts listed before it
    text = f"新认定的21家孵化器中，浦东新区6家、闵行区4家、杨浦区3家、徐汇区3家，其他区合计{rest}家。"
    claims = _counts(text, [("21家", 21), ("6家", 6), ("4家", 4), ("3家", 3), ("3家", 3), (f"{rest}家", rest)], "家")
    checks = run(V.list_total, claims).checks
    assert not [k for k in checks if k.claim_ids.split("|")[0].split("-")[1] == f"{rest}家"]
    # the 21 holds all five items, the rest included
    assert [(k.outcome, len(k.claim_ids.split("|"))) for k in run(V.part_whole, claims).checks] == [(outcome, 6)]


@pytest.mark.parametrize("first,outcome", [(38, "pass"), (98, "fail")])
def test_a_lead_not_saying_new_names_the_stock_not_the_new(first, outcome):
    # 上市企业中 after 累计…上市企业126家 and 全年新增上市企业9家: the 38 + 31 + 24 listed firms are of the 126
    text = (f"截至年底，九城市累计在科创板上市企业126家，全年新增上市企业9家。上市企业中，集成电路领域{first}家、"
            f"生物医药领域31家、高端装备领域24家。")
    claims = _counts(text, [("126家", 126), ("9家", 9), (f"{first}家", first), ("31家", 31), ("24家", 24)], "家")
    claims[0].subject, claims[1].subject = "九城市累计在科创板上市企业", "全年新增上市企业"
    checks = [k for k in run(V.part_whole, claims).checks if f"{first}家" in k.claim_ids]
    assert [(k.outcome, k.claim_ids.split("|")[0].split("-")[1]) for k in checks] == [(outcome, "126家")]


def test_natural_boxes_are_counted():
    from extractors.claims import find_claims
    assert [(f.raw, f.base_unit) for f in find_claims("单机作业效率提升至每小时42.6自然箱")] == [("42.6自然箱", "count")]


@pytest.mark.parametrize("printed,outcome", [("23.6", "pass"), ("32.6", "fail")])
def test_a_part_of_a_share_of_its_own_is_no_whole_of_a_later_share(printed, outcome):
    # 158 of the 669 centres is 23.6%; 欧洲企业设立的外资研发中心218家 is itself a part (占全市…的32.6%), no total
    a = "截至年底，本市累计认定外资研发中心669家。从投资来源地看，欧洲企业设立的外资研发中心218家，占全市外资研发中心总数的32.6%。"
    b = f"截至年底，外资研发中心中全球研发中心和亚太区域研发中心合计158家，占外资研发中心总数的{printed}%。"
    claims = [C("669家", 669, 669, "count", context=a, subject="累计认定外资研发中心", page=1),
              C("218家", 218, 218, "count", context=a, subject="欧洲企业设立的外资研发中心", page=1),
              C("32.6%", 32.6, 32.6, "percent", context=a, subject="欧洲企业设立的外资研发中心占全市外资研发中心总数",
                page=1, kind="share"),
              C("158家", 158, 158, "count", context=b, subject="全球研发中心和亚太区域研发中心", page=3),
              C(f"{printed}%", float(printed), float(printed), "percent", context=b,
                subject="全球研发中心和亚太区域研发中心占外资研发中心总数", page=3, kind="share")]
    for c in claims:
        c.unit = "家" if c.base_unit == "count" else "%"
    got = [(k.outcome, sorted(i.split("-")[1] for i in k.claim_ids.split("|"))) for k in run(V.share, claims).checks
           if claims[-1].claim_id in k.claim_ids.split("|")]
    assert got == [(outcome, sorted([f"{printed}%", "158家", "669家"]))]


@pytest.mark.parametrize("printed,outcome", [("26.1", "pass"), ("21.6", "fail")])
def test_a_scope_share_takes_the_citys_figure_said_benshi(printed, outcome):
    # 6872 / 26318 = 26.11%: 占全市的 names the city's figure of the sentence before, which says 本市, not 全市
    text = (f"本市有效期内高新技术企业从上年末的24665家增加至26318家，占全国有效期内高新技术企业总数（48.6万家）的5.4%。"
            f"分区域看，浦东新区有效期内高新技术企业6872家，占全市的{printed}%，继续位居各区首位。")
    claims = _counts(text, [("24665家", 24665), ("26318家", 26318)], "家")
    claims[0].subject = claims[1].subject = "本市有效期内高新技术企业"
    claims += [C("6872家", 6872, 6872, "count", context=text, subject="浦东新区有效期内高新技术企业"),
               C(f"{printed}%", float(printed), float(printed), "percent", context=text,
                 subject="浦东新区有效期内高新技术企业占全市比例", kind="share")]
    claims[2].unit = "家"
    got = [(k.outcome, sorted(i.split("-")[1] for i in k.claim_ids.split("|"))) for k in run(V.share, claims).checks
           if claims[-1].claim_id in k.claim_ids.split("|")]
    assert got == [(outcome, sorted([f"{printed}%", "6872家", "26318家"]))]


def test_a_statement_narrower_than_a_tables_total_is_no_copy_of_it():
    # 表1 … 合计 独角兽企业 71 and 浦东新区…独角兽企业超过10家 (one district's): a part of the total, not a miscopy of it
    from test_restatement import C as RC, run as restate
    total = RC("71", 71, 71, "count", "合计\t71\t186\t7725", subject="合计 独角兽企业", page=4, table_id="p4t1", row=9)
    total.section = "1 独角兽企业 > 表1 2025年本市独角兽及潜在独角兽企业分行业情况"
    total.metric_id = "unicorns"
    part = RC("10家", 10, 10, "count", "浦东新区依托张江科学城和临港新片区，集聚集成电路、生物医药领域独角兽企业超过10家",
              subject="浦东新区集聚集成电路、生物医药领域独角兽企业", page=4, qualifier="over")
    part.metric_id, part.unit = "unicorns", "家"
    assert not [k for k in restate([total, part]).checks if k.outcome == "fail"]
    # the city's own figure in the text, with only 全市/全年 in front, is the total's copy and is checked
    city = RC("71家", 71, 71, "count", "全市独角兽企业71家", subject="全市独角兽企业", page=2)
    city.metric_id, city.unit = "unicorns", "家"
    assert [k.outcome for k in restate([total, city]).checks] == ["pass"]


@pytest.mark.parametrize("last,outcome", [(2.3, "pass"), (3.2, "fail")])
def test_more_breakdown_dimensions(last, outcome):
    # 从出口市场看 names a breakdown as 从领域看 does (validation.json breakdown_lead): 18.6+14.3+6.9+5.1+2.3 = 47.2
    text = (f"全年本市新能源汽车出口47.2万辆。从出口市场看，分别为欧洲18.6万辆、亚太14.3万辆、中东及非洲6.9万辆、"
            f"美洲5.1万辆和其他地区{last}万辆。")
    claims = [C(f"{v}万辆", v, v * 10000, "count", context=text) for v in (47.2, 18.6, 14.3, 6.9, 5.1, last)]
    for c in claims:
        c.unit = "万辆"
    got = [(k.outcome, len(k.claim_ids.split("|"))) for k in run(V.list_total, claims).checks]
    assert got == [(outcome, 6)]


def test_a_breakdown_after_another_breakdown_takes_no_whole_from_it():
    # 从完成方式看，…牵头完成的31项，参与完成的25项。从奖种看，11项、9项、36项: the 56 is broken down twice; 31 is no whole
    text = ("从完成方式看，上海牵头完成的31项，参与完成的25项。从奖种看，获国家自然科学奖11项、国家技术发明奖9项、"
            "国家科学技术进步奖36项。")
    claims = _counts(text, [("31项", 31), ("25项", 25), ("11项", 11), ("9项", 9), ("36项", 36)], "项")
    assert not [k for k in run(V.list_total, claims).checks if "31项" in k.claim_ids]
