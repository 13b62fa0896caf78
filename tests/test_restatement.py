"""The restatement rule on claims written by hand from the report's own sentences (transcription lines named).

Expected values were worked out by hand: 391271.71万元 = 39.127171亿元, which 39.13亿元 states within ±0.005亿元
(+ the table's ±0.005万元); 19218家 = 1.9218万家, which 1.9万家 states within ±0.05万家.
"""
from pipeline import restatement as R
from pipeline import validate as V
from schemas.records import Claim

_n = iter(range(10 ** 6))


def C(raw, value, norm, base, context, *, kind="level", subject="", metric_id="", page=1, table_id="", row=-1,
      col=-1, direction="", period="", qualifier="", section=""):
    decimals = len(str(value).split(".")[1]) if "." in str(value) else 0
    return Claim(claim_id=f"c{next(_n)}", doc_id="d", edition=2025, page=page, x0=0, top=0, x1=1, bottom=1,
                 section=section, context=context, subject=subject, raw=raw, value=value, unit="", norm_value=float(norm),
                 norm_exact=str(norm), decimals=decimals, base_unit=base, kind=kind, direction=direction,
                 qualifier=qualifier, period=period, metric_id=metric_id, table_id=table_id, row=row, col=col)


def run(claims):
    out = V.Outcome([], [])
    R.restatement(claims, out)
    return out


def ids(*cs):
    return {c.claim_id for c in cs}


L629 = "全年获国家自然科学基金项目5484项,经费合计39.13亿元"
L671 = "全年获批自然科学基金项目5484个,经费合计39.13亿元,分别较上年增长8.9%和14.2%。"


def nsfc(funding_text="39.13亿元", funding=39.13, norm="3913000000", projects=5484):
    ctx = L671.replace("39.13亿元", funding_text).replace("5484", str(projects))
    return [
        C(f"{projects}个", projects, projects, "count", ctx, subject="获批自然科学基金项目", metric_id="nsfc_projects",
          page=20),
        C(funding_text, funding, norm, "CNY", ctx, subject="获批自然科学基金项目经费", metric_id="nsfc_funding", page=20),
        C("5484", 5484, 5484, "count", "总计 立项数(个): 5484", subject="总计 立项数", metric_id="nsfc_projects",
          page=20, table_id="t1", row=18, col=1),
        C("391271.71", 391271.71, "3912717100", "CNY", "总计 资助额(万元): 391271.71", subject="总计 资助额",
          metric_id="nsfc_funding", page=20, table_id="t1", row=18, col=2),
        C("5484项", 5484, 5484, "count", L629, subject="获国家自然科学基金项目", metric_id="nsfc_projects", page=19),
    ]


def test_text_restates_table_total_in_another_unit_and_measure_word():
    out = run(nsfc())
    assert sorted((k.outcome, len(k.claim_ids.split("|"))) for k in out.checks) == [("pass", 2), ("pass", 3)]
    assert out.flags == []


def test_a_miscopied_figure_is_still_paired_and_flagged():
    # 39.13 → 39.31 (two digits swapped) and 5484 → 5485 in the chapter sentence: strong evidence (catalog metric)
    cs = nsfc("39.31亿元", 39.31, "3931000000", projects=5485)
    out = run(cs)
    # the projects' three copies: the table total and line 629 agree (a check of their own passes), the chapter's
    # 5485 fails the check over all three; the funding's two copies fail
    assert sorted(k.outcome for k in out.checks) == ["fail", "fail", "pass"]
    flagged = set().union(*(f.claim_ids.split("|") for f in out.flags))
    assert ids(cs[0], cs[1]) <= flagged and len(out.flags) == 2
    assert all(f.rule == "restatement" and f.severity == "error" for f in out.flags)  # strong evidence


def test_scale_word_restatement_within_rounding():
    # line 152 (综述) 1.9万家科技型中小企业入库培育 vs the chapter's 新入库19218家 (subjects as written fully)
    a = C("1.9万家", 1.9, 19000, "count", "1.9万家科技型中小企业入库培育", subject="科技型中小企业入库",
          metric_id="tech_smes", page=7)
    b = C("19218家", 19218, 19218, "count", "科技型中小企业新入库19218家", subject="科技型中小企业新入库",
          metric_id="tech_smes", page=43)
    assert [k.outcome for k in run([a, b]).checks] == ["pass"]
    c = C("1.8万家", 1.8, 18000, "count", "1.8万家科技型中小企业入库培育", subject="科技型中小企业入库",
          metric_id="tech_smes", page=7)
    out = run([c, b])
    assert [k.outcome for k in out.checks] == ["fail"] and len(out.flags) == 1


def test_new_and_built_incubators_are_different_populations():
    # line 148 新建6家高质量孵化器 vs line 1896 12家已建高质量孵化器能级提升: one catalog metric, not one figure
    a = C("6家", 6, 6, "count", "新建6家高质量孵化器、7家高质量概念验证平台", subject="新建高质量孵化器",
          metric_id="incubators", page=7)
    b = C("12家", 12, 12, "count", "12家已建高质量孵化器能级提升", subject="已建高质量孵化器", metric_id="incubators",
          page=46)
    assert run([a, b]).checks == []


def test_a_part_is_not_the_whole():
    # line 554 其中在《细胞》《自然》《科学》发表40篇 (users of a facility) vs line 633 (all Shanghai scientists)
    a = C("40篇", 40, 40, "count", "用户累计发表SCI论文2600余篇, 其中在《细胞》《自然》《科学》发表40篇",
          subject="在《细胞》《自然》《科学》发表", metric_id="cns_papers", page=17)
    b = C("180篇", 180, 180, "count", "上海科学家在《细胞》《自然》《科学》发表论文180篇",
          subject="上海科学家在《细胞》《自然》《科学》发表论文", metric_id="cns_papers", page=19)
    assert run([a, b]).checks == []


def _cns(v118=180, v707=180, v2976=180):
    return [
        C(f"{v118}篇", v118, v118, "count", f"上海科学家在《细胞》《自然》《科学》上发表论文{v118}篇，占全国30.6%。",
          subject="上海科学家在《细胞》《自然》《科学》上发表论文", metric_id="cns_papers", page=6),
        C(f"{v707}篇", v707, v707, "count",
          f"全年,上海科学家在《细胞》《自然》《科学》发表论文{v707}篇,占全国(不含港澳台,下同)的30.6%。",
          subject="上海科学家在《细胞》《自然》《科学》发表论文", metric_id="cns_papers", page=21),
        C(f"{v2976}篇", v2976, v2976, "count",
          f"上海科学家在《细胞》《自然》《科学》三大期刊发表论文{v2976}篇，比上年增长13.9%",
          subject="上海科学家在《细胞》《自然》《科学》三大期刊发表论文", metric_id="cns_papers", page=66),
    ]


def test_three_copies_one_check_and_the_odd_copy_flagged():
    cs = _cns()
    out = run(cs)
    assert [(k.outcome, set(k.claim_ids.split("|"))) for k in out.checks] == [("pass", ids(*cs))]
    cs = _cns(v707=280)
    out = run(cs)
    assert [k.outcome for k in out.checks] == ["pass", "fail"]  # the two copies that agree, then all three
    assert len(out.flags) == 1 and out.flags[0].observed == "280" and out.flags[0].expected == "180"


def test_weak_evidence_flags_only_slips_of_the_pen():
    # lines 503 and 659: no catalog metric; the same sentence in two chapters
    s = "吸引集聚包括菲尔茨奖获得者在内的{}余名研究学者，组建涵盖基础数学、应用数学、交叉学科等不同分支的10支科研团队"

    def pair(raw, value, norm):
        return [C("110余名", 110, 110, "count", s.format(110), subject="研究学者", qualifier="over", page=15),
                C(raw, value, norm, "count", s.format(raw.replace("余名", "")), subject="研究学者", qualifier="over",
                  page=20)]

    assert [k.outcome for k in run(pair("110余名", 110, 110)).checks] == ["pass"]
    out = run(pair("11.0余名", 11.0, 11))
    assert [k.outcome for k in out.checks] == ["fail"]  # a shifted decimal point
    assert [f.severity for f in out.flags] == ["warning"]  # a slip seen on weak evidence
    assert [k.outcome for k in run(pair("120余名", 120, 120)).checks] == ["fail"]  # one digit changed
    assert run(pair("260余名", 260, 260)).checks == []  # another quantity: not checked


def test_rank_in_words_and_digits():
    # line 118 上海综合科技创新水平居全国第一 vs line 2998 位居全国第1位
    a = C("一", 1, 1, "rank", "上海综合科技创新水平居全国第一", kind="rank", subject="上海综合科技创新水平",
          metric_id="regional_innovation_index", page=6)
    b = C("1位", 1, 1, "rank", "上海综合科技创新水平指数达到91.38%,位居全国第1位", kind="rank",
          subject="上海综合科技创新水平指数", metric_id="regional_innovation_index", page=66)
    assert [k.outcome for k in run([a, b]).checks] == ["pass"]


def test_national_and_global_ranks_are_not_paired():
    # line 152 瞪羚企业(73家)全国第一、全球第二 vs line 421 位列全国第一、全球第二
    s1, s2 = "瞪羚企业(73家)全国第一、全球第二", "其中上海73家,比上年增加6家,位列全国第一、全球第二"
    a1 = C("一", 1, 1, "rank", s1, kind="rank", subject="瞪羚企业", metric_id="gazelles", page=7)
    a2 = C("二", 2, 2, "rank", s1, kind="rank", subject="瞪羚企业", metric_id="gazelles", page=7)
    b1 = C("一", 1, 1, "rank", s2, kind="rank", subject="瞪羚企业", metric_id="gazelles", page=13)
    b2 = C("二", 2, 2, "rank", s2, kind="rank", subject="瞪羚企业", metric_id="gazelles", page=13)
    out = run([a1, a2, b1, b2])
    assert sorted(tuple(sorted(k.claim_ids.split("|"))) for k in out.checks) == sorted(
        [tuple(sorted(ids(a1, b1))), tuple(sorted(ids(a2, b2)))])
    assert all(k.outcome == "pass" for k in out.checks)


def test_a_sentence_does_not_restate_itself():
    s = "全年上海技术合同认定登记54880项，成交金额6496.79亿元，分别比上年增长1.9%和24.9%。"
    a = C("1.9%", 1.9, 1.9, "percent", s, kind="change", direction="up", subject="技术合同认定登记")
    b = C("24.9%", 24.9, 24.9, "percent", s, kind="change", direction="up", subject="技术合同成交金额")
    assert run([a, b]).checks == []


def test_slip_of_the_pen():
    def st(raw, value):
        return R.Stmt(C(raw, value, value, "count", raw), R.Decimal(str(value)), R.Decimal("0.5"), "", "")

    assert R.slip(st("6496.79", 6496.79), st("649.679", 649.679))
    assert R.slip(st("2.7", 2.7), st("2.7", 0.00027))  # 亿 → 万: the same digits, another scale word
    assert R.slip(st("5484", 5484), st("6484", 6484))
    assert not R.slip(st("5484", 5484), st("6584", 6584))
    assert not R.slip(st("3", 3), st("2", 2), similarity=0.5)  # one-digit figures: a coincidence
    assert not R.slip(st("35", 35), st("45", 45), similarity=0.3)
    assert R.slip(st("35", 35), st("45", 45), similarity=0.9)


def _unit(c, unit):
    c.unit = unit
    return c


def test_a_target_tier_or_a_sub_population_is_not_a_restatement_of_the_level():
    # line 140 style summary vs a plan's tier boxes (达到100家 is a target, 潜力 a wider tier): the catalog label
    # (unicorns) does not tell them apart; values far apart with other digits are not flagged
    level = C("64家", 64, 64, "count", "胡润独角兽企业(64家)全国第二", subject="胡润独角兽企业", metric_id="unicorns",
              page=7)
    target = C("100家", 100, 100, "count", "独角兽企业达到100家", subject="独角兽企业", metric_id="unicorns", page=13)
    tier = C("200家", 200, 200, "count", "潜力独角兽企业达到200家", subject="潜力独角兽企业", metric_id="unicorns",
             page=13)
    out = run([level, target, tier])
    assert not out.flags
    # the same frame with another subject on one page: items of one enumeration, never paired
    assert not any(ids(target, tier) <= set(k.claim_ids.split("|")) for k in out.checks)


def test_a_slip_on_strong_evidence_is_still_an_error():
    a = C("64家", 64, 64, "count", "胡润独角兽企业(64家)全国第二", subject="胡润独角兽企业", metric_id="unicorns", page=7)
    b = C("74家", 74, 74, "count", "上海胡润独角兽企业74家", subject="胡润独角兽企业", metric_id="unicorns", page=40)
    out = run([a, b])
    assert [f.severity for f in out.flags] == ["error"]


def test_persons_are_not_things():
    a = _unit(C("156个", 156, 156, "count", "来自全球10余个国家的156个采购团组", subject="采购团组", page=28), "个")
    b = _unit(C("150位", 150, 150, "count", "全球10余个国家约150位科学家参会", subject="科学家参会", page=65), "位")
    assert not run([a, b]).flags


def test_domestic_is_a_part_of_all():
    a = C("9个", 9, 9, "count", "9个1类创新药获批上市", subject="1类创新药", metric_id="innovative_drugs", page=7)
    b = C("6款", 6, 6, "count", "6款国产1类创新药获批上市", subject="国产1类创新药", metric_id="innovative_drugs",
          page=51)
    assert not run([a, b]).flags


def test_a_parenthesis_restates_the_bound_before_it():
    ctx = "技术国际收入比上年增长8.94%,占到全国1/3以上(34.22%);创新人力资源"
    third = C("1/3", 0.3333, 0.3333, "other:fraction", ctx, kind="share", qualifier="over", page=66)
    third.decimals, third.norm_exact = 4, "1/3"
    pct = C("34.22%", 34.22, 34.22, "percent", ctx, kind="share", page=66)
    out = run([third, pct])
    assert [k.outcome for k in out.checks] == ["pass"] and not out.flags  # 34.22% >= 33.33%
    low = C("3.422%", 3.422, 3.422, "percent", ctx.replace("34.22", "3.422"), kind="share", page=66)
    third2 = C("1/3", 0.3333, 0.3333, "other:fraction", ctx.replace("34.22", "3.422"), kind="share",
               qualifier="over", page=66)
    third2.decimals, third2.norm_exact = 4, "1/3"
    out = run([third2, low])
    assert [f.severity for f in out.flags] == ["error"]


def background():
    """A hundred and twenty other statements, as in a report: the rule weighs wording by how rare it is among
    a document's statements, and its evidence thresholds are set for a document of that size."""
    stems, branches = "甲乙丙丁戊己庚辛壬癸", "子丑寅卯辰巳午未申酉戌亥"
    return [C(f"{n + 3}个", n + 3, n + 3, "count", f"{x}{y}课题{n + 3}个", subject=f"{x}{y}课题", page=200 + n)
            for n, (x, y) in enumerate((x, y) for x in stems for y in branches)]


def checked_together(out, *cs):
    return any(ids(*cs) <= set(k.claim_ids.split("|")) for k in out.checks)


L152 = "1.9万家科技型中小企业入库培育，胡润独角兽企业(64家)全国第二，瞪羚企业(73家)全国第一、全球第二。"
L421 = "2025年全球瞪羚企业榜显示,中国共有278家企业上榜,其中上海73家,比上年增加6家,位列全国第一、全球第二"


def gazelles(local="73家", value=73):
    text = L421.replace("上海73家", f"上海{local}")
    return [C("64家", 64, 64, "count", L152, subject="胡润独角兽企业", metric_id="unicorns", page=7),
            C("73家", 73, 73, "count", L152, subject="瞪羚企业", metric_id="gazelles", page=7),
            C("278家", 278, 278, "count", text, subject="中国企业上榜", period="2025", page=20),
            C(local, value, value, "count", text, subject="企业上榜上海", period="2025", page=20),
            C("6家", 6, 6, "count", text, subject="比上年增加", kind="change", direction="up", period="2025", page=20)]


def test_a_fragment_subject_is_described_by_the_named_list_of_its_sentence():
    # 其中上海73家 on the list's page restates the summary's 瞪羚企业(73家)全国第一; China's 278家 is the list's total
    cs = gazelles()
    out = run(cs + background())
    assert checked_together(out, cs[1], cs[3]) and not out.flags
    assert not checked_together(out, cs[1], cs[2])
    cs = gazelles("730家", 730)  # a shifted scale on the list's page: still paired, flagged as a slip
    out = run(cs + background())
    assert [set(f.claim_ids.split("|")) for f in out.flags] == [ids(cs[1], cs[3])]


def test_a_programme_named_in_the_section_heading_describes_its_figures():
    a = C("22家", 22, 22, "count", "“探索者计划”合作企业拓展至22家", subject="“探索者计划”合作企业", page=30)
    from_ = C("2家", 2, 2, "count", "参与企业从2021年的2家拓展至22家，共资助项目200余个", subject="参与企业",
              direction="up", period="2021", page=40, section="上海科技进步报告 > 深入实施“探索者计划” > 拓展合作企业范围")
    to = C("22家", 22, 22, "count", from_.context, subject="参与企业", direction="up", page=40, section=from_.section)
    out = run([a, from_, to] + background())
    assert checked_together(out, a, to) and not out.flags  # a level reached (拓展至22家) is a level
    assert not checked_together(out, a, from_)


def test_the_figure_with_the_same_neighbour_is_the_restatement():
    ctx = "新建6家高质量孵化器。12家已建孵化器在孵企业超350家，在孵企业融资总额超60亿元。"
    twelve = C("12家", 12, 12, "count", ctx, subject="已建孵化器在孵企业", metric_id="incubators", page=7)
    six = C("6家", 6, 6, "count", ctx, subject="高质量孵化器", metric_id="incubators", page=7)
    firms = C("350家", 350, 350, "count", ctx, subject="已建孵化器在孵企业", metric_id="incubators", page=7)
    chap = C("350家", 350, 350, "count", "专业孵化服务完善，全年在孵企业超350家，累计建设专业技术平台30余家",
             subject="在孵企业", period="2025", page=50, section="上海科技进步报告 > 12家已建高质量孵化器能级提升")
    out = run([six, twelve, firms, chap] + background())
    assert checked_together(out, firms, chap) and not out.flags
    assert not checked_together(out, twelve, chap)


def test_a_pair_of_one_catalog_metric_comes_before_an_unnamed_one():
    summary = C("6496.79亿元", 6496.79, "649679000000", "CNY", "全市技术合同成交额6496.79亿元，同比增长24.9%。",
                subject="全市技术合同成交额", metric_id="tech_contract_value", page=7)
    ctx = "经认定登记的技术合同数54880项，合同金额6496.79亿元，比上年增长1.9%和24.9%；输出国内外技术合同数30117项，成交额4733.79亿元"
    data = C("6496.79亿元", 6496.79, "649679000000", "CNY", ctx, subject="经认定登记的技术合同金额",
             metric_id="tech_contract_value", page=66)
    export = C("4733.79亿元", 4733.79, "473379000000", "CNY", ctx, subject="输出国内外技术合同成交额", page=66)
    out = run([summary, data, export] + background())
    assert checked_together(out, summary, data) and not out.flags


def test_one_catalog_metric_needs_less_alike_wording():
    summary = ("新建6家高质量孵化器，2家中试平台入选首批国家级制造业中试平台，11家中试平台纳入工业和信息化部首批重点培育"
               "名单。")
    chapter = ("上海国际化工新材料中试平台等11家中试平台纳入首批工业和信息化部重点培育名单，上飞公司、交大智邦2家中试平台获评"
               "国家级中试平台")
    two = C("2家", 2, 2, "count", summary, subject="入选首批国家级制造业中试平台中试平台", metric_id="pilot_platforms",
            page=7)
    two_ch = C("2家", 2, 2, "count", chapter, subject="上飞公司、交大智邦中试平台", metric_id="pilot_platforms", page=60)
    # a chapter where platforms, 首批 and 国家级 are common words
    kinds = ["中试平台", "制造业创新中心", "技术创新中心", "中试基地", "孵化器", "概念验证平台", "公共服务平台", "研发平台",
             "中试平台", "重点实验室", "中试平台"]
    chapter_rest = [C(f"{12 * n + 5}家", 12 * n + 5, 12 * n + 5, "count", f"{12 * n + 5}家{w}入选首批国家级{w}",
                      subject=w, page=300 + n) for n, w in enumerate(kinds)]
    out = run([two, two_ch] + background() + chapter_rest)
    assert checked_together(out, two, two_ch) and not out.flags


def test_the_change_of_a_restated_level_restates_its_change():
    # the chapter's sentence breaks after 和 (a narrow box): its 70.2% is 成交金额's growth, as in the summary
    summary = "产权制度改革深入推进，科研事业单位技术合同金额622.89亿元，同比增长70.2%。"
    first = "科研事业单位技术合同认定登记22530项, 成交金额622.89亿元, 分别比上年增长11.8%和"

    def claims(growth="70.2%", g=70.2):
        return [C("622.89亿元", 622.89, "62289000000", "CNY", summary, subject="科研事业单位技术合同金额", page=7),
                C("70.2%", 70.2, 70.2, "percent", summary, subject="科研事业单位技术合同金额", kind="change",
                  direction="up", page=7),
                C("22530项", 22530, 22530, "count", first, subject="科研事业单位技术合同认定登记", page=58),
                C("622.89亿元", 622.89, "62289000000", "CNY", first, subject="成交金额", page=58),
                C("11.8%", 11.8, 11.8, "percent", first, subject="科研事业单位技术合同认定登记", kind="change",
                  direction="up", page=58),
                C(growth, g, g, "percent", f"{growth}。", subject="成交金额", kind="change", direction="up", page=58)]

    cs = claims()
    out = run(cs + background())
    assert checked_together(out, cs[0], cs[3]) and checked_together(out, cs[1], cs[5]) and not out.flags
    assert not checked_together(out, cs[1], cs[4])
    cs = claims("7.02%", 7.02)  # a shifted decimal point in the chapter
    out = run(cs + background())
    assert [set(f.claim_ids.split("|")) for f in out.flags] == [ids(cs[1], cs[5])]


def test_ranks_are_whole_numbers_so_1_and_10_are_two_rankings():
    """位居全国第1位 and 排名继续位居第10位 (two rankings, lines 2998 and 3003) share digits but are no slip;
    a fractional rank (6 → 0.6) is."""
    def rk(raw, value):
        return R.Stmt(C(raw, value, value, "rank", raw, kind="rank"), R.Decimal(str(value)), R.Decimal("0.5"), "", "")

    assert not R.slip(rk("1位", 1), rk("10位", 10))
    assert R.slip(rk("6位", 6), rk("0.6位", 0.6))



# Probes K and L: a table's total restated in the text in another unit, the table named only by its caption
CAPTION1 = "上海科技进步报告 > 1 临床研究 > 1.2 科研投入 > 表1 2025年本市医疗卫生机构科研经费来源构成"
CAPTION3 = "上海科技进步报告 > 3 节能降碳 > 3.1 改造 > 表3 2025年上海重点领域节能降碳改造项目情况"


def _caption_pair(text_raw, value, norm, *, cell="854321.9", cell_norm="8543219000", header="2025年",
                  caption=CAPTION1, subject="全市医疗卫生机构科研经费投入"):
    text = C(text_raw, value, norm, "CNY", f"全年{subject}{text_raw}，较上年增长15.4%", subject=subject, page=3,
             period="2025")
    total = C(cell, float(cell), cell_norm, "CNY", f"合计 {header}: {cell}", subject=f"合计 {header}", page=4,
              table_id="p4t1", row=9, col=2, section=caption, period="2025")
    return text, total


OTHERS = [C("2264.18亿元", 2264.18, "226418000000", "CNY", "生物医药制造业产值2264.18亿元，同比增长6.9%",
            subject="生物医药制造业产值", page=6),
          C("412.5亿美元", 412.5, "41250000000", "USD", "全年生物医药BD交易金额412.5亿美元", subject="BD交易金额", page=5),
          C("26.29亿元", 26.29, "2629000000", "CNY", "企业委托资金26.29亿元，占科研经费总额的30.8%",
            subject="企业委托资金", page=3)]


def test_a_year_columns_total_restated_in_the_text_by_the_captions_words():
    text, total = _caption_pair("85.43亿元", 85.43, "8543000000")  # 854321.9万元 = 85.43219亿元
    out = run([text, total, *OTHERS])
    assert [(k.outcome, ids(text, total) == set(k.claim_ids.split("|"))) for k in out.checks] == [("pass", True)]
    text, total = _caption_pair("85.34亿元", 85.34, "8534000000")  # two digits transposed on the data page
    out = run([text, total, *OTHERS])
    assert [k.outcome for k in out.checks] == ["fail"] and len(out.flags) == 1


def test_a_measure_columns_total_named_by_caption_and_header():
    # 1846527.3万元 = 184.65亿元, printed 186.45亿元: transposed digits at the coarser precision
    text, total = _caption_pair("186.45亿元", 186.45, "18645000000", cell="1846527.3", cell_norm="18465273000",
                                header="总投资", caption=CAPTION3, subject="重点领域节能降碳改造项目总投资")
    out = run([text, total])
    assert [k.outcome for k in out.checks] == ["fail"]
    text, total = _caption_pair("184.65亿元", 184.65, "18465000000", cell="1846527.3", cell_norm="18465273000",
                                header="总投资", caption=CAPTION3, subject="重点领域节能降碳改造项目总投资")
    assert [k.outcome for k in run([text, total]).checks] == ["pass"]


def test_a_shifted_decimal_on_nearly_word_for_word_descriptions_is_a_slip():
    # probe M: 表3 2025年在沪高校院所科技成果转化合同金额 | 合计 487326.5万元, and the data page's 4.87亿元 (48.73亿元)
    caption = "上海科技进步报告 > 3 成果转化 > 3.1 收入 > 表3 2025年在沪高校院所科技成果转化合同金额"
    text, total = _caption_pair("4.87亿元", 4.87, "487000000", cell="487326.5", cell_norm="4873265000",
                                caption=caption, subject="高校院所科技成果转化合同金额")
    out = run([text, total, *OTHERS])
    assert [k.outcome for k in out.checks] == ["fail"]


def test_a_flow_out_of_a_whole_is_no_miscopy_of_it():
    # probe M's data page: 技术合同成交额近5900亿元 / 输出外省市和境外技术合同成交额超3900亿元: one changed digit, but
    # the second subject is the first with words in front that narrow it
    a = C("5900亿元", 5900, "590000000000", "CNY", "技术合同成交额近5900亿元，同比增长18.7%", subject="技术合同成交额",
          page=9, qualifier="near")
    b = C("3900亿元", 3900, "390000000000", "CNY", "输出外省市和境外技术合同成交额超3900亿元",
          subject="输出外省市和境外技术合同成交额", page=9, qualifier="over")
    assert run([a, b, *OTHERS]).flags == []


def test_the_copies_that_agree_are_verified_apart_from_the_odd_one():
    # one figure in the summary, the chapter and the data page; the data page transposes two digits
    mk = lambda raw, v, page: C(raw, v, str(int(round(v * 10 ** 8))), "CNY", f"全市医疗卫生机构科研经费投入{raw}",
                                subject="全市医疗卫生机构科研经费投入", metric_id="med_research_funding", page=page)
    a, b, odd = mk("85.43亿元", 85.43, 3), mk("85.43亿元", 85.43, 6), mk("85.34亿元", 85.34, 12)
    out = run([a, b, odd, *OTHERS])
    outcomes = sorted((k.outcome, frozenset(k.claim_ids.split("|"))) for k in out.checks)
    assert outcomes == sorted([("pass", frozenset(ids(a, b))), ("fail", frozenset(ids(a, b, odd)))])
    assert len(out.flags) == 1 and odd.claim_id in out.flags[0].claim_ids



def test_one_subject_word_for_word_outranks_an_alike_clause():
    # relation probe O: the summary's 智能算力规模 is restated after the body's 其中, not by the whole (148.3) whose
    # clause (全市…规模达到) reads more alike
    summary = C("112.6EFLOPS", 112.6, 112.6, "other:EFLOPS", "全市智能算力规模达到112.6EFLOPS，同比增长38.4%",
                subject="智能算力规模", page=1)
    ctx = "截至年底，全市算力总规模达到148.3EFLOPS，其中智能算力112.6EFLOPS、通用算力31.2EFLOPS"
    whole = C("148.3EFLOPS", 148.3, 148.3, "other:EFLOPS", ctx, subject="全市算力总规模", page=3)
    part = C("112.6EFLOPS", 112.6, 112.6, "other:EFLOPS", ctx, subject="智能算力规模", page=3)
    out = run([summary, whole, part] + background())
    assert checked_together(out, summary, part) and not out.flags


def test_a_total_in_another_prefix_of_the_unit_is_restated():
    # relation probe O: 表2 合计 112600 (智能算力(PFLOPS)) is the text's 112.6EFLOPS; 112.6 × 1000 = 112600
    text = C("112.6EFLOPS", 112.6, 112.6, "other:EFLOPS", "截至年底，全市智能算力规模112.6EFLOPS",
             subject="全市智能算力规模", page=3)
    total = C("112600", 112600, 112600, "other:PFLOPS", "合计 智能算力(PFLOPS): 112600", subject="合计 智能算力",
              page=5, table_id="t2", row=7, col=3, section="表2 2025年本市智算中心分区域建设情况")
    out = run([text, total] + background())
    assert checked_together(out, text, total) and not out.flags
    # a bound in the other prefix keeps its reach: 超110EFLOPS holds 112600PFLOPS (110 ≤ 112.6 < 200)
    over = C("110EFLOPS", 110, 110, "other:EFLOPS", "全市智能算力超110EFLOPS", subject="全市智能算力规模",
             qualifier="over", page=9)
    out = run([over, total] + background())
    assert checked_together(out, over, total) and not out.flags
    # and a shifted decimal point across prefixes is flagged: 11.26EFLOPS is not 112600PFLOPS
    wrong = C("11.26EFLOPS", 11.26, 11.26, "other:EFLOPS", text.context.replace("112.6", "11.26"),
              subject="全市智能算力规模", page=3)
    out = run([wrong, total] + background())
    assert checked_together(out, wrong, total) and out.flags


def restated_without_flag(a, b):
    out = run([a, b] + background())
    return checked_together(out, a, b) and not out.flags


def test_employees_are_no_from_marker():
    # relation probe N: 从业人员 (employees) says nothing of 从X提升至Y; the text restates the table's 合计
    text = C("16.18万人", 16.18, 161800, "count", "全行业从业人员16.18万人，出具检验检测报告5386.4万份。",
             subject="全行业从业人员", page=4)
    total = C("161789", 161789, 161789, "count", "合计 从业人员(人): 161789", subject="合计 从业人员", page=4,
              table_id="t3", row=6, col=3, section="表3 2025年上海检验检测机构按性质分布情况")
    assert restated_without_flag(text, total)


def test_a_figure_in_words_is_printed_to_its_leading_digit():
    # relation probe R: 近六千家 and 突破两千家 differ in their one printed digit (6 vs 2), not in one digit of four
    # (6000 vs 2000): on weak evidence that is two figures, not a slip of the pen
    a = C("六千家", 6000, 6000, "count", "全年兑付科技创新券6.42亿元，惠及中小企业近六千家。", subject="惠及中小企业",
          qualifier="near", page=3)
    b = C("两千家", 2000, 2000, "count", "截至年底，新片区科技型中小企业突破两千家；", subject="科技型中小企业",
          qualifier="over", page=4)
    assert not R.slip(*[s for s in R._candidates([a, b], {}) ], similarity=0.3)
    assert R._digits(a) == "6" and R._digits(C("一千零五家", 1005, 1005, "count", "")) == "1005"


def test_two_bounds_of_one_figure_agree_when_some_value_meets_both():
    # relation probe Q: the summary's 超过40亿元 and the data page's 约44亿元 both admit 44.34亿元; a one-digit "slip"
    # (4 → 4, 0 → 4) read between two bounds is no miscopy
    summary = C("40亿元", 40, 4000000000, "CNY", "带动企业配套投入超过40亿元，财政资金撬动作用明显。",
                subject="带动企业配套投入", qualifier="over", page=3)
    data = C("44亿元", 44, 4400000000, "CNY", "市级科技专项资助经费超16亿元，带动企业投入约44亿元",
             subject="带动企业投入", qualifier="approx", page=8)
    s = R._candidates([summary, data], {})
    assert R.agree(*s)
    # 近40亿元 (a little short of 40) and 约44亿元 (44 ± 4.4) meet at 39.6–40; 近30亿元 does not meet 约44亿元
    near = C("30亿元", 30, 3000000000, "CNY", "带动企业配套投入近30亿元", subject="带动企业配套投入", qualifier="near",
             page=3)
    assert not R.agree(*R._candidates([near, data], {}))


def test_a_sentence_naming_a_table_row_by_its_label_restates_it():
    # relation probe U: 未来产业基金扩募达到150亿元 quotes 表2's 未来产业基金 认缴规模 1500000 (万元); 150亿元 = 1500000万元
    text = C("150亿元", 150, 15000000000, "CNY", "未来产业基金扩募达到150亿元，各级政府引导基金全年实缴出资75.44亿元",
             subject="未来产业基金扩募", page=1)
    cells = [C("1500000", 1500000, 15000000000, "CNY", "未来产业基金 认缴规模: 1500000", subject="未来产业基金 认缴规模",
               page=4, table_id="t2", row=1, col=1),
             C("326000", 326000, 3260000000, "CNY", "未来产业基金 2025年实缴出资: 326000",
               subject="未来产业基金 2025年实缴出资", page=4, table_id="t2", row=1, col=2)]
    out = run([text, *cells] + background())
    assert checked_together(out, text, cells[0]) and not out.flags
    # a shifted decimal point in the sentence is flagged (15亿元 for 150亿元)
    slip_ = C("15亿元", 15, 1500000000, "CNY", text.context.replace("150亿元", "15亿元"), subject="未来产业基金扩募", page=1)
    out = run([slip_, *cells] + background())
    assert checked_together(out, slip_, cells[0]) and out.flags


def test_a_fall_in_words_restates_a_negative_change_cell():
    # relation probe S: 实用新型专利授权…同比下降3.6% and 表1's 增减(%) -3.6 are one change, not a slip of the sign
    text = C("3.6%", 3.6, 3.6, "percent", "实用新型专利授权65910件，同比下降3.6%", kind="change", direction="down",
             subject="实用新型专利授权", page=2)
    cell = C("-3.6", -3.6, -3.6, "percent", "实用新型专利 增减(%): -3.6", kind="change", direction="down",
             subject="实用新型专利 增减", page=2, table_id="t1", row=2, col=3)
    assert restated_without_flag(text, cell)


def test_a_subtotal_row_is_quoted_by_its_groups_name():
    # relation probe V: 表2 政府拨款小计 205055 (万元) is the text's 其中，政府拨款20.51亿元 (20.5055亿元 → 20.51)
    text = C("20.51亿元", 20.51, 2051000000, "CNY", "全年全市科普经费筹集额41.24亿元，比上年增长9.8%。其中，政府拨款20.51亿元、社会筹集20.73亿元",
             subject="政府拨款", page=3)
    cell = C("205055", 205055, 2050550000, "CNY", "政府拨款小计 2025年: 205055", subject="政府拨款小计 2025年", page=4,
             table_id="t2", row=3, col=2, period="2025")
    assert restated_without_flag(text, cell)
