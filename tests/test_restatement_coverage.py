"""Restatement pairing found general by the coverage audit (bench/audit_restatement.py), on the report's own
sentences outside the held-out spans (transcription lines named). Expected outcomes by reading:

- 19218家 (line 1742, 新入库19218家) and 1.9万家 (line 152): 19218 = 1.9218万, within ±0.05万 of 1.9万. A moved
  decimal point (1921.8家, or 0.019万家 = 190家) is the same digits at another magnitude at 1.9万's precision:
  1921.8 × 10 = 19218 ≈ 1.9万 ± 0.05万; 19218 / 100 = 192.18 ≈ 0.019万 = 190 ± 5. Both are slips.
- 39.13亿元 (line 671) and the NSFC table's total 391271.71万元 (line 693): 39127.171万元 × 10 = 391271.71万元 =
  39.127亿元 ≈ 39.13亿元: a slip.
- Lines 2968–2974 (one data page): four lists (中国十大科技进展新闻, 中国生命科学十大进展, 中国神经科学十大进展,
  “医学界”十大临床突破), each «上海牵头和参与N项»: four different figures, not copies of one another (3项 and 3项
  agree by coincidence, 2项 and 5项 are not a slip).
- Line 2998 综合科技创新水平指数…比上年上升1位 and line 3024 其中在地球与环境科学领域排名比上年上升1位: two rankings
  that each rose one place, not one figure.
- Line 156 6家科技人才评价改革试点单位 and line 2511 在6家科研单位开展试点工作: one figure (the six pilot units),
  the subjects share 单位, so nothing tells them apart; line 136 “探索者计划”拓展至22家企业 and line 817 参与企业…拓展至22家:
  one figure, the programme named in the sentence.
"""
from pipeline import restatement as R
from pipeline import validate as V
from schemas.records import Claim

_n = iter(range(10 ** 6))


def C(raw, value, norm, base, context, *, kind="level", subject="", metric_id="", page=1, table_id="", row=-1,
      col=-1, direction="", period="", section=""):
    decimals = len(str(value).split(".")[1]) if "." in str(value) else 0
    return Claim(claim_id=f"k{next(_n)}", doc_id="d", edition=2025, page=page, x0=0, top=0, x1=1, bottom=1,
                 section=section, context=context, subject=subject, raw=raw, value=value, unit="",
                 norm_value=float(norm), norm_exact=str(norm), decimals=decimals, base_unit=base, kind=kind,
                 direction=direction, qualifier="", period=period, metric_id=metric_id, table_id=table_id, row=row,
                 col=col)


def run(claims):
    out = V.Outcome([], [])
    R.restatement(claims, out)
    return out


def flagged(out):
    return set().union(*(f.claim_ids.split("|") for f in out.flags)) if out.flags else set()


L152 = "全市日均新增科技企业超320家，{}科技型中小企业入库培育，3018家科技小巨人(含培育)企业加快成长"
L1742 = "新入库{}"


def smes(summary="1.9万家", sv=1.9, sn=19000, chapter="19218家", cv=19218, cn=19218):
    a = C(summary, sv, sn, "count", L152.format(summary), subject="科技型中小企业", metric_id="tech_smes", page=7)
    b = C(chapter, cv, cn, "count", L1742.format(chapter), subject="新入库科技型中小企业", metric_id="tech_smes",
          page=43)
    return a, b


def test_rounded_restatement_holds():
    out = run(list(smes()))
    assert [k.outcome for k in out.checks] == ["pass"] and out.flags == []


def test_decimal_point_moved_in_the_precise_figure_is_a_slip_of_the_rounded_one():
    a, b = smes(chapter="1921.8家", cv=1921.8, cn="1921.8")
    out = run([a, b])
    assert [k.outcome for k in out.checks] == ["fail"]
    assert b.claim_id in flagged(out) and out.flags[0].severity == "error"


def test_decimal_point_moved_in_the_rounded_figure():
    a, b = smes(summary="0.019万家", sv=0.019, sn=190)
    out = run([a, b])
    assert [k.outcome for k in out.checks] == ["fail"] and a.claim_id in flagged(out)


def test_a_one_digit_rounded_figure_at_another_magnitude_is_not_read_as_a_slip():
    # 0.2万家 (2000 ± 500) vs 19218家: 19218 / 10 lies within 0.2万's rounding, but one significant digit matches
    # any figure at some magnitude: values far apart, not checked
    # (not as a restatement); the chapter's 新入库 figure is then read as a part of the summary's population
    # (the summary's subject closes the chapter's, 新入库 a scope word) and 19218 > 2000 is flagged as such
    a, b = smes(summary="0.2万家", sv=0.2, sn=2000)
    out = run([a, b])
    assert [f.rule for f in out.flags] == ["part_whole"]


L671 = "全年获批自然科学基金项目5484个,经费合计{},分别较上年增长8.9%和14.2%。"


def nsfc(total="391271.71", tv=391271.71, tn="3912717100"):
    text = C("39.13亿元", 39.13, 3913000000, "CNY", L671.format("39.13亿元"), subject="获批自然科学基金项目经费",
             metric_id="nsfc_funding", page=20)
    cell = C(total, tv, tn, "CNY", f"总计 资助额(万元): {total}", subject="总计 资助额", metric_id="nsfc_funding",
             page=20, table_id="t1", row=18, col=2)
    return text, cell


def test_table_total_with_a_moved_decimal_point_against_the_rounded_text():
    text, cell = nsfc()
    assert [k.outcome for k in run([text, cell]).checks] == ["pass"]
    text, cell = nsfc("39127.171", 39127.171, "391271710")
    out = run([text, cell])
    assert [k.outcome for k in out.checks] == ["fail"] and cell.claim_id in flagged(out)


DATA_PAGE = [
    ("2025年中国十大科技进展新闻，上海牵头和参与3项", "3项", 3, "2025年中国十大科技进展新闻上海牵头和参与"),
    ("2025年度中国生命科学十大进展，上海牵头和参与2项", "2项", 2, "2025年度中国生命科学十大进展上海牵头和参与"),
    ("2025年中国神经科学十大进展，上海牵头和参与5项", "5项", 5, "2025年中国神经科学十大进展上海牵头和参与"),
    ("“医学界”2025十大临床突破，上海牵头和参与3项（全国共5项）", "3项", 3, "医学界2025十大临床突破上海牵头和参与"),
]


def test_items_of_one_list_page_in_the_same_clause_are_not_restatements():
    cs = [C(raw, v, v, "count", ctx, subject=subj, page=66) for ctx, raw, v, subj in DATA_PAGE]
    out = run(cs)
    assert out.checks == [] and out.flags == []


L2998 = "上海综合科技创新水平指数达到91.38%,位居全国第1位,比上年上升1位。"
L3024 = ("在物理、化学、地球与环境科学、生物科学四个自然科学领域,上海的排名保持为第2、2、4、6位,"
         "其中在地球与环境科学领域排名比上年上升{}位。")


def test_alike_clauses_about_unrelated_subjects_are_not_paired():
    a = C("1位", 1, 1, "rank", L2998, kind="change", direction="up", subject="综合科技创新水平指数",
          metric_id="regional_innovation_index", page=66)
    b = C("1位", 1, 1, "rank", L3024.format(1), kind="change", direction="up", subject="在地球与环境科学领域",
          page=67)
    assert run([a, b]).checks == []
    b2 = C("2位", 2, 2, "rank", L3024.format(2), kind="change", direction="up", subject="在地球与环境科学领域",
           page=67)
    assert run([a, b2]).flags == []


L156 = "科技人才体制机制改革深入推进，6家科技人才评价改革试点单位出台76项制度举措，惠及329名基层科研人员。"
L2511 = ("深入推进实施《上海市科技人才评价综合改革试点方案》,在6家科研单位开展试点工作,共制定出台76项制度举措,"
         "惠及329名基层科研人员,聚焦科技人才“评什么、谁来评、怎么评、怎么用”。")


def stmts(*cs):
    return R._candidates(list(cs), R._placements(list(cs)))


def test_subjects_sharing_wording_are_not_told_apart():
    # 科技人才评价改革试点单位 / 科研单位 share 单位: one figure described twice; the 1位 pair shares nothing
    a = C("6家", 6, 6, "count", L156, subject="科技人才评价改革试点单位", page=7)
    b = C("6家", 6, 6, "count", L2511, subject="科研单位", page=55)
    assert not R.apart(*stmts(a, b))
    x = C("1位", 1, 1, "rank", L2998, kind="change", direction="up", subject="综合科技创新水平指数", page=66)
    y = C("1位", 1, 1, "rank", L3024.format(1), kind="change", direction="up", subject="在地球与环境科学领域",
          page=67)
    assert R.apart(*stmts(x, y))


def test_a_fragment_subject_is_read_with_the_names_of_its_sentence():
    # line 136 “探索者计划”拓展至22家企业 with its subject left as a fragment (拓展至), against line 817 参与企业从
    # 2021年的2家拓展至22家 under the programme's name: the sentence's name “探索者计划” is wording they share
    a = C("22家", 22, 22, "count", "出台支持企业加强基础研究的若干措施，“探索者计划”拓展至22家企业", subject="拓展至",
          page=7)
    b = C("22家", 22, 22, "count", "参与企业从2021年的2家拓展至22家，共资助项目200余个", subject="探索者计划参与企业",
          page=21, metric_id="")
    sa, sb = stmts(a, b)
    assert sa.names and not R.apart(sa, sb)
    sa.names = ""
    assert R.apart(sa, sb)


L148 = ("转移转化体系加快健全，新建6家高质量孵化器、7家高质量概念验证平台，2家中试平台入选首批国家级制造业中试平台，"
        "11家中试平台纳入工业和信息化部首批重点培育名单。")
L1706 = "《上海市高质量概念验证平台建设实施方案》发布,启动{}高质量概念验证平台建设"


def transfer(chapter="7家", value=7, page=42):
    summary = [
        C("6家", 6, 6, "count", L148, subject="新建高质量孵化器", metric_id="incubators", page=7),
        C("7家", 7, 7, "count", L148, subject="高质量概念验证平台", metric_id="concept_verification_platforms",
          page=7),
        C("2家", 2, 2, "count", L148, subject="入选首批国家级制造业中试平台中试平台", metric_id="pilot_platforms",
          page=7),
        C("11家", 11, 11, "count", L148, subject="纳入工业和信息化部首批重点培育名单中试平台",
          metric_id="pilot_platforms", page=7),
    ]
    for c in summary:
        c.unit = "家"
    ch = C(chapter, value, value, "count", L1706.format(chapter), subject="启动高质量概念验证平台建设",
           metric_id="concept_verification_platforms", page=page)
    ch.unit = "家"
    return summary, ch


def test_a_small_count_copied_with_one_digit_changed_is_a_slip():
    # line 148 (综述) 7家高质量概念验证平台 vs line 1706 启动7家高质量概念验证平台建设: the one statement of the
    # document each is most like, both 家, on two pages; 7 → 8 in the chapter reads as a slip (a warning: weak)
    summary, ch = transfer()
    assert [k.outcome for k in run(summary + [ch]).checks] == ["pass"]
    summary, ch = transfer("8家", 8)
    out = run(summary + [ch])
    assert [k.outcome for k in out.checks] == ["fail"]
    assert ch.claim_id in flagged(out) and {f.severity for f in out.flags} == {"warning"}


def test_alike_small_counts_of_one_page_are_items_not_copies():
    # the same two descriptions printed on one page (as lines 1651 3种 and 1657 4种 are): items of a list
    summary, ch = transfer("8家", 8, page=7)
    assert run(summary + [ch]).flags == []


def test_other_measure_words_are_not_read_as_copies():
    # 2款 (line 1649, 实现终端应用) and 4种 (line 1657, 成功应用): what they count differs, no slip
    summary, ch = transfer("8款", 8)
    ch.unit = "款"
    assert run(summary + [ch]).flags == []


# Line 160 (summary) 成立24家长三角创新联合体 and line 2722 (S17) 新建第2批12家长三角创新联合体: alike descriptions whose
# scope marker (新建, a batch) makes the second a part of the first's population, so 12 ≤ 24 is checked as a part
# (not as a restatement: 12 ≠ 24 is no slip). Lines 1736/1752: 新认定高新技术企业8993家 and 享受高新技术企业税收优惠企业
# 2996家 share wording, but the second's subject does not close the first's: two populations, no check.
L160 = "成立{}长三角创新联合体，开展联合攻关147项"
L2722 = "联合发布《长三角创新联合体建设工作指引(试行)》,聚焦集成电路、生物医药、人工智能等关键领域,新建第2批{}长三角创新联合体"


def alliances(summary=24, batch=12):
    a = C(f"{summary}家", summary, summary, "count", L160.format(f"{summary}家"), subject="成立长三角创新联合体",
          page=8)
    b = C(f"{batch}家", batch, batch, "count", L2722.format(f"{batch}家"), subject="新建第2批长三角创新联合体",
          page=62)
    a.unit = b.unit = "家"
    return a, b


def others():
    """Other statements of the document, so that wording is weighted as in a report (a two-statement document
    weighs every shared bigram alike): lines 152, 1738, 1990 and 2736."""
    return [C("320家", 320, 320, "count", "全市日均新增科技企业超320家", subject="日均新增科技企业", page=7),
            C("3018家", 3018, 3018, "count", "新立项支持92家，累计扶持3018家", subject="累计扶持科技小巨人企业", page=43),
            C("54880项", 54880, 54880, "count", "全年上海技术合同认定登记54880项", subject="技术合同认定登记", page=47),
            C("7000万元", 7000, 70000000, "CNY", "长三角科技创新券全年兑付金额超7000万元", subject="长三角科技创新券兑付金额",
              page=62)]


def test_a_new_batch_is_checked_as_a_part_of_the_figure_without_the_marker():
    out = run([*alliances(), *others()])
    assert [(k.rule, k.outcome) for k in out.checks] == [("part_whole", "pass")] and out.flags == []


def test_a_new_batch_larger_than_the_whole_is_flagged():
    a, b = alliances(summary=4)  # a dropped digit: 24 → 4 < 12
    out = run([a, b, *others()])
    assert [(k.rule, k.outcome) for k in out.checks] == [("part_whole", "fail")]
    assert [f.rule for f in out.flags] == ["part_whole"] and flagged(out) == {a.claim_id, b.claim_id}


def test_a_batch_restating_the_figure_is_still_a_restatement():
    out = run([*alliances(summary=12), *others()])  # 成立12家 … 新建12家: one figure, agreeing
    assert [(k.rule, k.outcome) for k in out.checks] == [("restatement", "pass")]


def test_a_part_needs_the_whole_subject_to_close_its_own():
    a = C("8993家", 8993, 8993, "count", "全年新认定高新技术企业8993家", subject="新认定高新技术企业", page=42)
    b = C("2996家", 2996, 2996, "count", "享受高新技术企业税收优惠企业2996家", subject="享受高新技术企业税收优惠企业",
          page=43)
    a.unit = b.unit = "家"
    assert [k.rule for k in run([a, b, *others()]).checks if k.rule == "part_whole"] == []


# Line 148 (summary) 新建6家高质量孵化器 and line 1912 (S14) …启动…新一轮高质量孵化器: one catalog metric, and once the
# scope words (新建, 新一轮: both "new") are set aside the subjects are the same words (高质量孵化器), so the evidence is
# strong and a 7 copied for the 6 (one digit changed) is an error.
def incubators(chapter=6):
    a = C("6家", 6, 6, "count", "转移转化体系加快健全，新建6家高质量孵化器、7家高质量概念验证平台", subject="新建高质量孵化器",
          metric_id="incubators", page=7)
    b = C(f"{chapter}家", chapter, chapter, "count",
          f"市区协同遴选，启动司南脑机智能孵化器、张江高科895孵化器{chapter}家新一轮高质量孵化器建设",
          subject="新一轮高质量孵化器", metric_id="incubators", page=46)
    a.unit = b.unit = "家"
    return a, b


def test_scope_words_do_not_tell_subjects_apart():
    out = run([*incubators(), *others()])
    assert [(k.rule, k.outcome) for k in out.checks] == [("restatement", "pass")]


def test_scope_words_do_not_tell_subjects_apart_mutated():
    a, b = incubators(chapter=7)
    out = run([a, b, *others()])
    assert [(k.rule, k.outcome) for k in out.checks] == [("restatement", "fail")]
    assert [(f.rule, f.severity) for f in out.flags] == [("restatement", "error")]


# Lines 1966/1968 (S15): 提出16条举措 in the text and the display figure "16 / 条 / 举 / 措" (its context only the figure
# and its noun) set beside it in the same section: the text's figure shown again (strong evidence), so a display
# figure miscopied as 26 (one digit changed) is an error.
def measures(shown=16):
    sec = "报告 > 推动科技服务业改革创新"
    a = C("16条", 16, 16, "count", "出台《关于进一步深化改革创新 加快科技服务业高质量发展的若干意见》，聚焦强主体、补链条、改机制，"
          "提出16条举措。", subject="《关于进一步深化改革创新加快科技服务业高质量发展的若干意见》举措", page=48, section=sec)
    b = C(f"{shown}条", shown, shown, "count", f"{shown}条举措", subject="推动科技服务业改革创新举措", page=48,
          section=sec)
    a.unit = b.unit = "条"
    return a, b


def test_a_display_figure_restates_the_text():
    out = run([*measures(), *others()])
    assert [(k.rule, k.outcome) for k in out.checks] == [("restatement", "pass")]


def test_a_display_figure_miscopied_is_an_error():
    out = run([*measures(shown=26), *others()])
    assert [(k.rule, k.outcome) for k in out.checks] == [("restatement", "fail")]
    assert [(f.rule, f.severity) for f in out.flags] == [("restatement", "error")]
