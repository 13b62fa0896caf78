"""Shares: within 0–100%, and consistent with their part and whole when both are printed — the whole named in
words, by scope (占全国的), in a table's share column, or by a defined ratio (data in schemas/validation.json).
"""
from __future__ import annotations

import re
from decimal import Decimal

from pipeline.checks import _AMOUNT, _check, adds_up, breakdown_totals, config, exact, _flag, fmt, half_unit, Outcome, size
from pipeline.passages import (
    _among_whole, _base_or_prior, _clause_after, _clause_before, _counted_as, _header, _measure, _named_whole, _not_listed,
    Passage, _passages, _row_label, _says, abbreviates, item_with_total, listed_item, sentence_before, table_rows,
)
from pipeline.part_whole import _named_earlier
from pipeline.restatement import _longest_common, common_run, common_tail
from pipeline.table_totals import _subtotal_segments
from pipeline.table_labels import common_suffix
from schemas.records import Claim


# ---------------------------------------------------------------- shares and rates
_SHARE_MISMATCH = "占比与部分/总数不符 share ≠ part / whole"

def _ratio_check(rule: str, stated: Claim, part: Claim, whole: Claim, out: Outcome, what: str) -> None:
    """stated% = 100·part/whole within the stated rounding plus the rounding of part and whole carried through."""
    s, a, b = exact(stated), exact(part), exact(whole)
    if s is None or a is None or not b:
        return
    implied = a / b * 100
    tol = half_unit(stated) + 100 * (half_unit(part) / abs(b) + abs(a) * half_unit(whole) / (b * b))
    ok = abs(implied - s) <= tol
    claims = [stated, part, whole]
    # (a part or whole stated as a bound, 医学科学部面上项目逾1000项，占…41.7%, bounds the share: no mismatch to flag)
    bounded = bool(part.qualifier or whole.qualifier)
    loose = bounded or bool(stated.qualifier)
    # (约占…的63.4% of a 9.1/12.4 = 73.4% share: an approximate share is still no share 10 points off; a share in
    # words, 近七成, is too coarse to say so)
    slack = config()["share"]["qualified_slack"].get(stated.qualifier or "")
    if loose and not ok and not bounded and slack is not None and stated.raw.endswith("%") and \
            abs(implied - s) > Decimal(str(slack)) * abs(s) + tol:
        loose = False
    outcome = "pass" if ok else ("not_comparable" if loose else "fail")
    exp, obs = f"{fmt(s)}%", f"{implied:.2f}%"
    out.checks.append(_check(rule, claims, exp, obs, f"{tol:.3f}", outcome))
    if outcome == "fail":
        out.flags.append(_flag(rule, "error", f"{what}: «{stated.raw}» but {part.raw} / {whole.raw} = {obs}",
                               exp, obs, claims))


def _nearest_copy(stated: Claim, whole: Claim, claims: list[Claim], index: dict[int, int]) -> Claim:
    """The whole as printed nearest before the share: a copy of the same figure (within rounding, counted alike,
    named alike) in the text gives way to none farther off, so a summary's 28.48万小时 or a table's 合计 cell found
    by name yields to the 284832小时 of the share's own sentence or paragraph — the figure the reader has in front of
    them, and the more precise where they differ."""
    at = index.get(id(stated))
    if at is None or exact(whole) is None:
        return whole
    names = re.sub(r"\s", "", (whole.subject or "") + "|" + (stated.subject or ""))
    stop = index.get(id(whole), -1) if index.get(id(whole), -1) < at else -1  # (nothing farther off than the whole)
    for i in range(at - 1, stop, -1):
        c = claims[i]
        if (c is not whole and c.doc_id == stated.doc_id and not c.table_id and not c.qualifier
                and c.kind in _AMOUNT and c.base_unit == whole.base_unit and _counted_as(c) == _counted_as(whole)
                and exact(c) is not None and adds_up(whole, [c])
                and common_run(re.sub(r"\s", "", c.subject or ""), names) >= 2
                and not _stated_as_base(c)):
            return c
    return whole


def _part_share(stated: Claim, part: Claim, whole: Claim, claims: list[Claim], index: dict[int, int],
                out: Outcome) -> None:
    """The share checked against its part and the nearest printing of its whole (_nearest_copy); a part and whole of
    one table stay that table's."""
    if not (part.table_id and part.table_id == whole.table_id):
        whole = _nearest_copy(stated, whole, claims, index)
    _ratio_check("share", stated, part, whole, out, _SHARE_MISMATCH)


def _table_share_column(claims: list[Claim], out: Outcome) -> None:
    """A table's share column (占比(%), 占全市比重(%)) beside an amount column with a total row: each row's share is
    its amount over the total row's amount (the nearest amount column to the share's left: 产业规模 | 同比增长(%) |
    占比(%) takes 产业规模). The total row's own 100 is the column-of-shares sum (table_totals)."""
    cfg = config()
    grand = re.compile(cfg["table_total"]["grand_total"])
    header = re.compile(cfg["share"]["column_header"])
    rows = table_rows(claims)
    for table in rows.values():
        label = {r: _row_label(next(iter(row.values()))) for r, row in table.items()}
        totals = [r for r, lab in label.items() if grand.search(lab)]
        if len(totals) != 1:
            continue
        total_row = table[totals[0]]
        for r, row in table.items():
            if r == totals[0] or re.match(cfg["table_total"]["inner_item"], label[r]):
                continue
            for col, s in row.items():
                if s.base_unit != "percent" or not header.search(_header(s)):
                    continue
                left = [k for k, c in row.items() if k < col and c.base_unit != "percent" and c.kind in _AMOUNT]
                if not left:
                    continue
                part, whole = row[max(left)], total_row.get(max(left))
                if whole is not None and whole.base_unit == part.base_unit:
                    _ratio_check("share", s, part, whole, out, "表中占比与该行/合计行之比不符 share ≠ row / total")


def share(claims: list[Claim], out: Outcome) -> None:
    """A share printed with its part and its whole equals part/whole: "A a，占B b的x%", and
    "B b，其中A a，占比x%" (占比 naming no other base: the share is of the 其中 whole); a table's share column."""
    _table_share_column(claims, out)
    cfg = config()["share"]
    index = {id(c): i for i, c in enumerate(claims)}  # reading order: a whole stated before, for the worded shares
    by_id = {c.claim_id: c for c in claims}
    cells = [c for c in claims if c.table_id]
    breakdowns = breakdown_totals(claims, out)
    for p in map(_as_zhan, _passages(claims)):
        said: dict[str, tuple[int, Claim]] = {}  # the words after 占 of the passage's shares checked → (where, whole)
        checked_from = len(out.checks)  # the passage's own checks start here
        earlier = (claims, min((index[id(c)] for _, c in p.placed), default=0))  # (for _named_earlier)
        done = _respective_row_shares(p, cells, claims, index, out)
        for k, s in p.placed:
            if s.kind != "share" or s.base_unit != "percent" or id(s) in done:
                continue
            s0, _ = p.sentence(k)
            if re.search(cfg["prior_before"] + r"$", p.text[s0:k]):
                continue  # (…比重从上年的43.2%提升至45.9%: last year's share, of last year's part and whole)
            if (named := _defined_ratio(p, s, k, claims, index)) is not None:
                _ratio_check("share", s, *named, out, "比率与其定义不符 ratio ≠ its defining part / whole")
                continue
            # (…占转化收益总额的比例从上年的63.5%提升至69.7%: the share's words end where its move from last year's begins)
            if moved := re.search(cfg["from_prior_to"] + r"\s*$", p.text[s0:k]):
                k = s0 + moved.start()
                if "占" not in re.split(r"[，,；;]", p.text[s0:k])[-1]:
                    continue  # (…占…规模的28.5%，12英寸硅片国产化率从上年的31.5%提升至36.2%: a rate of its own clause)
            z = re.search(cfg["of_whole"] + r"$", p.text[s0:k])
            zs = s0  # (where z's offsets count from: s0 may move back to a list's lead below)
            bare = z is not None and re.fullmatch(r"[，,]\s*占比?\s*", z.group(0)) is not None  # 占比 or 占 naming no whole
            named_item = None
            if z and z.group("name"):
                # (…其中为本单位以外用户提供服务机时587.6万小时，对外服务机时占比59.1%: the part named again;
                # 企业236家、高校和科研院所112家，…，企业占比59.0%: an item of the list before named again; a name
                # naming none is read as the words before 占 are, below)
                named_item = _item_the_name_says(z.group("name"),
                                                 [c for c in p.within(s0, s0 + z.start()) if c.kind in _AMOUNT])
                if named_item is None:
                    z = None
            if z:
                amounts = [c for c in p.within(s0, s0 + z.start()) if c.kind in _AMOUNT]
                if named_item is not None:
                    amounts = amounts[:amounts.index(named_item) + 1]
                if amounts and bare and \
                        (last := _whole_of_share_before(p, s0, amounts[-1], out.checks[checked_from:], by_id)) is not None:
                    # (…产值62.48亿元，占全市增材制造产值的33.5%。打印服务环节实现收入34.72亿元，占比18.6%; 医疗机构报告占报告
                    # 总数的75.3%，…；持有人报告12870份，占比18.9%: a bare 占比 right after a share keeps its whole; so does a
                    # bare 占: 国家项目经费占总经费的62.0%，市级项目经费3.73亿元，占38.0%)
                    _part_share(s, amounts[-1], last, claims, index, out)
                    continue
                # (a breakdown lead, 分领域看，…, opens a list of parts as 其中 does)
                part_marker = config()["part_whole"]["marker"] + "|" + config()["list_total"]["breakdown_lead"]
                markers = [q for q in re.finditer(part_marker, p.text[s0:k])]
                if not markers and s0 > 0 and p.text[s0 - 1] in "；;" and len(amounts) == 1:
                    # "…其中，量子科技领域…412件，占9.5%；未来网络与6G领域1386件，占32.0%": the list runs on past ；
                    q0 = p.sentence(s0 - 1)[0]
                    if re.search(part_marker, p.text[q0:s0]):
                        s0 = q0
                        markers = list(re.finditer(part_marker, p.text[s0:k]))
                # (装备总值中，云梯车1.62亿元，占比42.1% after the paragraph stating 装备总值3.85亿元: a set named earlier)
                named = None if markers else (_named_whole(p, s0) or _among_whole(p, s0, k) or
                                              _named_earlier(p, s0, earlier))
                if named is None and amounts and (twin := _wider_twin(amounts[-1], amounts)) is not None:
                    # (全国…合同金额3862.5亿元，本市…合同金额911.82亿元，占比23.6%: the same thing at the wider scope)
                    _part_share(s, amounts[-1], twin, claims, index, out)
                    continue
                if named is not None and amounts and amounts[-1].base_unit == named[0].base_unit:
                    # "高新技术企业中，营业收入超亿元的企业3487家，占13.9%": of the whole the sentence opens with
                    _part_share(s, amounts[-1], named[0], claims, index, out)
                    continue
                wholes = []
                if amounts and markers and p.at(amounts[-1]) > s0 + markers[-1].start():
                    part = amounts[-1]
                    cut = s0 + markers[-1].start()
                    if _listed_before(p, part, cut) and re.match(config()["part_whole"]["marker"], p.text[cut:]) \
                            and not z.group("name"):
                        # "…实验室51个，其中优秀14个、良好37个，占参评实验室的75.0%": after a 其中 list of several parts the
                        # share is the whole's, of a figure before it (no check when there is none)
                        before = [c for c in amounts if p.at(c) < cut and _measure(c) == _measure(part)]
                        if not before:
                            continue
                        part, cut = before[-1], p.at(before[-1])
                    lo = s0
                    if not p.text[s0:cut].strip() and s0 > 0:
                        lo = p.sentence(s0 - 1)[0]  # "…服务用户14620人次。其中企业用户2830人次，占…": the sentence before
                        for _ in range(config()["part_whole"]["sentences_back"] if re.match(
                                config()["part_whole"]["marker"], p.text[cut:]) else 0):
                            # (…电影票房22.47亿元，…；观影人次…，平均票价46.2元。其中，国产影片票房17.35亿元，占总票房的…:
                            # past a clause with nothing in the part's unit, as the 其中 check reaches)
                            if lo == 0 or any(c.base_unit == part.base_unit and size(c) > size(part)
                                              for c in p.within(lo, cut)):
                                break
                            lo = p.sentence(lo - 1)[0]
                    # (a figure smaller than the part is no whole of it: 新增入网仪器1380台套 before 从单位类型看，高等院校
                    # 入网仪器5820台套，占全部入网仪器的41.3%)
                    wholes = _not_listed(p, lo, cut,
                                         [c for c in p.within(lo, cut)
                                          if c.kind in _AMOUNT and c.base_unit == part.base_unit
                                          and size(c) > size(part)])
                    named_words = re.search(r"(?:全部|所有|总)([\u4e00-\u9fff]{2,6}?)的", z.group(0))
                    if wholes and named_words:
                        # (…作价入股…87.68亿元…。按转化主体看，高校…114.98亿元，占全部转化合同金额的61.7%: the whole
                        # named in words must be the figure's, not any figure of the sentence before)
                        words = named_words.group(1)
                        wholes = [c for c in wholes if len(words) - common_run(words, c.subject or "")
                                  <= cfg["whole_name_unsaid_chars"]]
                    if not wholes and bare and \
                            (wb := _breakdown_whole_before(p, part, claims, index)) is not None:
                        wholes = [wb]  # (分企业类型看，国有…研发经费28.64亿元，占54.6%: the paragraph before's whole)
                    if wholes:
                        _part_share(s, part, _named_most_alike(part, wholes), claims, index, out)
                at = zs + z.start() + z.group(0).index("占")
                if not wholes and re.search(r"[\u4e00-\u9fff]的", z.group(0)) and \
                        (row := _table_row_share(p, s0, at, k, cells, claims, index)) is not None:
                    # "高校…转化合同金额39.25亿元，占全部合同金额的57.1%" beside the table whose row 高校小计 it quotes
                    # (also after a breakdown lead: 从机构类别看，三级医院调阅结果2865万次，占全部调阅次数的51.2%)
                    _part_share(s, *row, claims, index, out)
                    continue
                if not amounts and (tn := _table_named_share(p, s0, at, k, s, cells)) is not None:
                    # (工业企业及仓储场所…，感知终端部署密度最高，占全部感知终端的38.0%: a row and a column named, no part printed)
                    _part_share(s, *tn, claims, index, out)
                    continue
                if not markers and not wholes and s0 > 0 and amounts and \
                        (wb := _breakdown_whole_before(p, amounts[-1], claims, index)) is not None:
                    # (分企业类型看，…；民营企业投入研发经费14.28亿元，…，占全部企业研发经费的33.3%: the whole the paragraph's
                    # breakdown divides, stated before it, not the item before the part)
                    _part_share(s, amounts[-1], wb, claims, index, out)
                    continue
                if not markers and not wholes and (tw := _total_worded_share(p, s0, at, k, claims, index, all_words=True)
                                                   or _all_of_breakdown(p, s0, at, k, s, claims, index, breakdowns)):
                    # (妇产科…共发表SCI论文1496篇，占全部论文的64.5%: no 其中 and no whole in reach; the total the words
                    # name, stated before; or the total of the breakdown the clause before names an item of: 按类型分，
                    # …雷电预警72次…。雷电预警信号发布次数最多，占全部预警信号的26.9%)
                    _part_share(s, *tw, claims, index, out)
                continue
            m = None
            for m in re.finditer(cfg["marker"], p.text[s0:k]):
                pass
            if m is None:
                continue
            at = s0 + m.start()
            if any(c.base_unit == "percent" for c in p.within(at, k)) and re.search(r"[，,；;]", p.text[at:k]):
                continue  # (…，占关键系统采购总额的30.6%，国产化率达到96.0%: the 占 is the share before's)
            # (a whole printed after 占 closes its phrase, 占全国授奖总数271项的 / 占全国(616篇)的; a figure naming a
            # thing, 占12英寸晶圆月产能的, is no whole)
            wholes = [c for c in p.within(at, k) if c.kind in _AMOUNT and re.match(r"\s*[)）]?\s*的", p.text[p.end(c):])]
            if not wholes:
                # (在9.86亿元资助总额中的比重为63.9%, read 占9.86亿元资助总额的…: a figure right after 占 that the words
                # then call a total)
                # (占两场智能安检通道总数的: a figure smaller than the part before is no whole of it)
                wholes = [c for c in p.within(at, k) if c.kind in _AMOUNT and p.at(c) == at + 1
                          and re.match(cfg["total_after_figure"], p.text[p.end(c):k])
                          and all(size(c) > size(x) for x in p.within(s0, at) if x.base_unit == c.base_unit)]
            said_all = re.search(cfg["whole_of_all"], p.text[at:k]) is not None  # the words say a total
            # (a part quoting a table row is of its column's whole when the words say a total, 占…总额的 / 占全市的,
            # before any worded whole elsewhere: 表3 …3260, 合计12600 over the summary's 1.26亿元; but a part named
            # again before 占 is the one named, and 占三大先导产业企业营业收入的 names a whole of its own)
            if not wholes and not p.text[at + 1:k].strip() and \
                    (row := _row_after_share(p, s0, at, cells, out.checks[checked_from:], by_id)) is not None:
                # (桁架类养殖平台产量占深远海养殖产量的39.8%，半潜式养殖平台占28.0%: a bare 占 after a row's share)
                _part_share(s, *row, claims, index, out)
                continue
            if not wholes and not p.text[at + 1:k].strip() and (row := _lead_group_row_share(p, s0, at, s, cells)):
                # (海水养殖中，南美白对虾产量占42.3% beside rows 南美白对虾 and 海水养殖小计)
                _part_share(s, *row, claims, index, out)
                continue
            if not wholes and (named := _set_named_share(p, s0, at, k, claims, index) or
                               (_among_share(p, s0, at) if said_all else None) or
                               _named_share(p, s0, at, k) or
                               (_table_row_share(p, s0, at, k, cells, claims, index) if said_all else None) or
                               _scope_share(p, s0, at, k) or
                               _worded_share(p, s0, at, k, claims, index) or
                               _page_scope_share(p, s0, at, k, claims, index) or
                               _total_worded_share(p, s0, at, k, claims, index) or
                               _breakdown_named_share(p, s0, at, k, claims, index) or
                               _both_named_share(p, s0, at, k, s, claims, index) or
                               (None if said_all else _table_row_share(p, s0, at, k, cells, claims, index)) or
                               _table_named_share(p, s0, at, k, s, cells) or
                               _table_cell_share(p, s0, at, k, s, cells) or
                               _breakdown_share(p, s0, at, k, s, claims, index, breakdowns, said_all)) is not None:
                _part_share(s, *named, claims, index, out)
                said[p.text[at + 1:k]] = (k, named[1])
                continue
            if not wholes and (again := _said_again(p, s0, at, k, said)) is not None:
                # (…其中建筑防火材料278批，占不合格批次的29.4%；防火门窗及防火卷帘217批，占不合格批次的8.3%: the same words
                # after 占 in one sentence name the same whole)
                _part_share(s, *again, claims, index, out)
                continue
            if len(wholes) != 1:
                continue  # the whole is not printed ("占全国的30.6%"), or it is unclear which figure it is
            whole = wholes[0]
            parts = [c for c in p.within(s0, at) if c.kind in _AMOUNT and c.base_unit == whole.base_unit
                     and not re.search(cfg["prior_before"] + r"$", p.text[max(s0, p.at(c) - 8):p.at(c)])]
            if not parts and s0 > 0 and (named_part := _part_named_before(p, s0, at, whole)) is not None:
                # (…获批187款，通过率77.6%；获批数量占全国…获批总数（1620款）的11.5%: the part named again before 占)
                parts = [named_part]
            if not parts:
                continue  # (发表论文196篇，较上年的172篇明显增加，占全国(616篇)的31.8%: the prior year's is no part)
            part = parts[-1]
            listed = list(re.finditer(config()["list_total"]["list_marker"], p.text[s0:at]))
            if listed and (before_list := [c for c in parts if p.at(c) < s0 + listed[-1].start()]):
                # "…24个，分别为化学药10个、…和中药创新药3个，占全国…(76个)的31.6%": the share is the list's total's
                part = before_list[-1]
            mk = list(re.finditer(config()["part_whole"]["marker"], p.text[s0:at]))
            if mk and len([c for c in parts if p.at(c) > s0 + mk[-1].start()]) >= 2:
                # "获奖46项，其中A 9项、B 8项、C 29项，占全国授奖总数271项的17.0%": after a list of several parts,
                # the share is the whole's (one part, "其中发明专利5.28万件，占…", keeps its own)
                part = next((c for c in reversed(parts) if p.at(c) < s0 + mk[-1].start()), part)
            _part_share(s, part, whole, claims, index, out)


def _as_zhan(p: Passage) -> Passage:
    """The passage with a share said in other words read as the 占 phrase it means (在W中所占比例达85.1% and 在W中的
    比重为 read 占W的…, 相当于W的26.9% reads 占W的…): the words before W end in 占, those after it open with 的, the
    rest is blanked, so W and every claim keep their offsets."""
    text = p.text
    for form in config()["share"]["other_wordings"]:
        def said(m: re.Match) -> str:
            pre, post = m.start("w") - m.start(), m.end() - m.end("w")
            return " " * (pre - 1) + "占" + m.group("w") + "的" + " " * (post - 1)
        text = re.sub(form, said, text)
    for form, same in config()["share"]["other_words"].items():  # (专职科普人员比重为19.2%: 比重 read 占比, as long)
        text = re.sub(form, lambda m: same if len(same) == len(m.group(0)) else m.group(0), text)
    return p if text == p.text else Passage(text, p.placed, p.pieces, p.row)


def _part_named_before(p: Passage, s0: int, at: int, whole: Claim) -> Claim | None:
    """The figure of the sentence before that the words before 占 name again, with a measure noun or without
    (获批数量 for …，获批187款), of the whole's unit and smaller than it."""
    words = re.sub(r"\s", "", p.text[s0:at])
    words = re.sub("(?:" + config()["share"]["part_measure"] + ")$", "", words)
    if len(words) < 2 or re.search(r"[\d，,]", words):
        return None
    q0 = p.sentence(s0 - 1)[0]
    named = [c for c in p.within(q0, s0) if c.kind in _AMOUNT and c.base_unit == whole.base_unit
             and size(c) < size(whole) and re.sub(r"\s", "", c.subject or "").endswith(words)]
    return named[-1] if named else None


def _breakdown_lead_before(p: Passage, at: int) -> tuple[int, int] | None:
    """(start, end) of the breakdown lead (分企业类型看，) opening the sentence that holds `at`, if one does."""
    leads = list(re.finditer(r"(?:^|(?<=[。！？!?]))\s*(?:%s)" % config()["list_total"]["breakdown_lead"], p.text[:at]))
    if not leads or re.search(r"[。！？!?]", p.text[leads[-1].end():at]):
        return None
    return leads[-1].start(), leads[-1].end()


def _words_after_zhan(p: Passage, at: int, k: int) -> str:
    """The words a share names its whole by, between 占 (at) and the share (k), without 的, 比重/比例 and a verb."""
    return re.sub(r"的?\s*(?:比重|比例)?\s*(?:为|达到?|约)?\s*$", "", p.text[at + 1:k])


def _stated_as_base(c: Claim) -> bool:
    """c is printed as a share's base or the prior year's figure (占全国(5312项)的, 较上年的333.6万千瓦)."""
    k = c.context.find(c.raw)
    return k >= 0 and _base_or_prior(c.context, k)


def _breakdown_whole_before(p: Passage, part: Claim, claims: list[Claim], index: dict[int, int],
                            words: str = "", named_only: bool = False) -> Claim | None:
    """A sentence opening with a breakdown lead (分企业类型看，…) divides the figure stated last before it in the
    part's section, of the part's unit and larger, whose subject closes as the part's does (…投入研发经费), or whose
    sentence up to it names the words after 占 (资助精神卫生领域科研项目214项，投入经费3.86亿元 for
    占精神卫生领域科研经费的)."""
    if (lead := _breakdown_lead_before(p, p.at(part))) is None:
        return None
    cut = lead[0]
    after = {id(c) for k, c in p.placed if k >= cut}
    tail = lambda c: re.sub(r"\s", "", c.subject or "")
    least = config()["share"]["worded_whole_chars"]

    def said(c: Claim) -> bool:
        lead = sentence_before(c)
        # (新认定427家 is no total the words 全市瞪羚企业总数 name: a flow, not the stock)
        flow = re.search(config()["restatement"]["marker_classes"]["new_or_cumulative"]["new"],
                         re.split(r"[，,]", lead)[-1]) and re.search(r"总|全部|所有", words)
        return len(words) >= least and c.raw in c.context and common_run(words, lead) >= least and not flow

    before = [c for c in _stated_before(part, claims, index) if id(c) not in after and c.section == part.section
              and exact(c) is not None and (not named_only and common_tail(tail(c), tail(part)) >= least or said(c))
              and not _stated_as_base(c)]
    return before[-1] if before else None


def _breakdown_named_share(p: Passage, s0: int, at: int, k: int, claims: list[Claim],
                           index: dict[int, int]) -> tuple[Claim, Claim] | None:
    """"…科研项目214项，投入经费3.86亿元。// 按类别看，临床研究类项目经费1.72亿元，占精神卫生领域科研经费的44.6%": a part
    after a breakdown lead, of the whole stated before that the words after 占 name (_breakdown_whole_before)."""
    part = _last_outside_brackets(p, s0, at)
    if part is None or re.search(config()["part_whole"]["marker"], p.text[s0:p.at(part)]):
        return None  # (…5342.7亿元；其中云服务收入1826.4亿元，占…: a 其中 part is the 其中 rules')
    whole = _breakdown_whole_before(p, part, claims, index, _words_after_zhan(p, at, k), named_only=True)
    return (part, whole) if whole is not None and size(whole) > size(part) else None


def _row_after_share(p: Passage, s0: int, at: int, cells: list[Claim], checks: list,
                     by_id: dict[str, Claim]) -> tuple[Claim, Claim] | None:
    """A bare 占 whose clause names a table row, right after a share checked on a row of that table: the named
    row's cell in the column of that share's part, over that share's whole."""
    lo = max(p.text.rfind(ch, 0, at) for ch in "，,；;") + 1
    if lo == 0 or p.within(lo, at):
        return None
    last = next((k for k in reversed(checks) if k.rule == "share"), None)
    if last is None:
        return None
    stated, part, whole = (by_id.get(i) for i in last.claim_ids.split("|"))
    if part is None or whole is None or not part.table_id or \
            not any(c is stated for c in p.within(p.sentence(lo - 1)[0], lo)):
        return None
    name = re.sub(r"\s", "", p.text[lo:at])
    row = [c for c in cells if c.table_id == part.table_id and c.col == part.col and c is not part
           and len(_row_name(c)) >= 2 and name.startswith(_row_name(c))]
    if len(row) != 1 or exact(row[0]) is None or size(row[0]) >= size(whole):
        return None
    return row[0], whole


def _lead_group_row_share(p: Passage, s0: int, at: int, s: Claim, cells: list[Claim]) -> tuple[Claim, Claim] | None:
    """A bare 占 in a sentence opening "<group>中，", its clause naming a table row (海水养殖中，南美白对虾产量占42.3%):
    the row's cell over the group's subtotal row, in the column the clause names."""
    lead = re.match(config()["part_whole"]["among_lead"], p.text[s0:at])
    if not lead or lead.group("ref") or p.within(s0, at):
        return None
    clause = re.sub(r"\s", "", p.text[s0 + lead.end():at])
    strip = re.compile(config()["table_total"]["strip"])
    found = []
    for g in [c for c in cells if c.doc_id == s.doc_id and strip.search(_row_label(c))
              and _row_name(c) == lead.group("n") and exact(c) is not None]:
        group_row = [c for c in cells if c.table_id == g.table_id and c.row == g.row]
        if _column_named(group_row, clause) is not g:
            continue
        rows = [c for c in cells if c.table_id == g.table_id and c.col == g.col and c.row != g.row
                and len(_row_name(c)) >= 2 and clause.startswith(_row_name(c)) and exact(c) is not None]
        if len(rows) == 1 and size(rows[0]) < size(g):
            found.append((rows[0], g))
    return found[0] if len(found) == 1 else None


def _respective_list_shares(p: Passage, lo: int, m: re.Match, shares: list[Claim], cells: list[Claim],
                            claims: list[Claim], index: dict[int, int], out: Outcome) -> set[int]:
    """The shares of a "分别占<words>的x%和y%" clause right after a 分别 list of as many amounts: each amount over the
    table cell the words name, a group's subtotal row (上游制造小计 for 上游制造环节营业收入) or else the total row, in
    the column whose header the words name most."""
    q0 = max(p.text.rfind(ch, 0, lo - 1) for ch in "，,；;。：:") + 1
    parts = [c for c in p.within(q0, lo) if c.kind in _AMOUNT]
    lister = config()["list_total"]["list_marker"] + "|" + config()["part_whole"]["marker"]
    if len(parts) != len(shares) or not re.search(lister, p.text[q0:lo]) or \
            len({c.base_unit for c in parts}) != 1 or any(exact(c) is None for c in parts):
        return set()
    s0 = p.sentence(q0)[0]
    said = [c for c in p.within(s0, q0) if c.kind in _AMOUNT and c.base_unit == parts[0].base_unit
            and exact(c) is not None and all(size(c) > size(x) for x in parts)
            and common_run(m.group(1), re.sub(r"\s", "", c.subject or "")) >= 2]
    if said:
        # (…产业规模1286.4亿元，…，其中装备营收718.5亿元、材料营收567.9亿元，分别占产业规模的55.9%和44.1%: the
        # sentence's own figure the words name)
        for s, part in zip(shares, parts):
            _part_share(s, part, said[-1], claims, index, out)
        return {id(s) for s in shares}
    words = m.group(1)
    grand = re.compile(config()["table_total"]["grand_total"])
    strip = re.compile(config()["table_total"]["strip"])
    totals = [c for c in cells if c.doc_id == parts[0].doc_id and c.base_unit == parts[0].base_unit
              and exact(c) is not None and (strip.search(_row_label(c)) or grand.search(_row_label(c)))]
    named = [c for c in totals if len(_row_name(c)) >= 2 and _row_name(c) in words]
    cands = named or [c for c in totals if grand.search(_row_label(c))]
    runs = {id(c): common_run(re.sub(r"[(（].*?[)）]", "", _header(c)), words) for c in cands}
    best = max(runs.values(), default=0)
    cands = [c for c in cands if best >= 2 and runs[id(c)] == best and all(size(c) > size(x) for x in parts)]
    if len(cands) != 1:
        return set()
    for s, part in zip(shares, parts):
        _part_share(s, part, cands[0], claims, index, out)
    return {id(s) for s in shares}


def _respective_row_shares(p: Passage, cells: list[Claim], claims: list[Claim], index: dict[int, int],
                           out: Outcome) -> set[int]:
    """"玻璃类、陶瓷类和水泥及新型建材类产值分别占全行业的46.6%、30.4%和23.0%" beside a table whose rows 玻璃类小计,
    陶瓷类小计 and 水泥及新型建材小计 print the parts: the rows the clause names, in order, one per share; each share is
    its row's cell in the column the words name over that column's whole the words after 占 name (a group's
    subtotal, 占海洋捕捞产量的, else the total row). Returns the shares checked."""
    done: set[int] = set()
    grand = re.compile(config()["table_total"]["grand_total"])
    for m in re.finditer(r"分别占([^，,。；;\d]{1,20}?)的", p.text):
        lo = max(p.text.rfind(ch, 0, m.start()) for ch in "，,；;。：:") + 1
        hi = min([e for e in (p.text.find(ch, m.end()) for ch in "，,；;。") if e >= 0] or [len(p.text)])
        names = p.text[lo:m.start()]
        shares = [c for c in p.within(m.end(), hi) if c.kind == "share" and c.base_unit == "percent"]
        if len(shares) < 2 or p.within(lo, m.start()):
            continue
        if not names.strip() and lo > 0:
            # (卫星研制、运载火箭…分别实现营业收入68.43亿元和39.26亿元，分别占上游制造环节营业收入的42.6%和24.5%: the
            # amounts of the list before, one per share, over the table's row the words name)
            done |= _respective_list_shares(p, lo, m, shares, cells, claims, index, out)
            continue
        near = [c for c in cells if c.doc_id == shares[0].doc_id and abs(c.page - shares[0].page) <= 1
                and c.kind in _AMOUNT and exact(c) is not None and not grand.search(_row_label(c))]
        # each row label named in the clause, longest first and not inside a longer one named (玻璃 in 玻璃类)
        found: dict[tuple, tuple[int, int]] = {}
        for c in sorted(near, key=lambda c: -len(_row_name(c))):
            name = _row_name(c)
            at = names.find(name) if len(name) >= 2 else -1
            if at < 0 and len(name) >= 4 and names.endswith(name[-2:]) and re.search(
                    re.escape(name[:-2]) + "[、和及与]", names):
                # (刻蚀、薄膜沉积设备分别占…: the head noun 设备 closes the last name only, 刻蚀 is the row 刻蚀设备)
                at = names.find(name[:-2])
            key = (c.table_id, name)
            if at < 0 or key in found:
                continue
            end = at + len(name) if names[at:at + len(name)] == name else at + len(name) - 2
            if any(a <= at < b or a < end <= b for a, b in found.values()):
                continue
            found[key] = (at, end)
        tables = {t for t, _ in found}
        if len(found) != len(shares) or len(tables) != 1:
            continue
        table = tables.pop()
        rows = sorted(found, key=lambda key: found[key][0])
        words = names + m.group(1)
        for short, full in config()["share"]["column_short_forms"].items():  # (占材料营收的 names the column 营业收入)
            words = words.replace(short, full)
        pairs = []
        for (_, name), s in zip(rows, shares):
            row = [c for c in near if c.table_id == table and _row_name(c) == name]
            part = _column_named(row, words)
            whole = _column_whole(cells, part, m.group(1)) if part is not None else None
            if whole is None or exact(whole) is None or size(whole) <= size(part):
                break
            pairs.append((s, part, whole))
        if len(pairs) != len(shares):
            continue
        for s, part, whole in pairs:
            _part_share(s, part, whole, claims, index, out)
            done.add(id(s))
    return done


def _wider_twin(part: Claim, amounts: list[Claim]) -> Claim | None:
    """The figure before the part naming the same thing at the wider scope (全国… for 本市…), larger: a bare share's
    whole."""
    cfg = config()["share"]
    sp = re.sub(r"\s", "", part.subject or "")
    own = re.match(cfg["own_scope"], sp)
    if own is None or len(sp) - own.end() < 2:
        return None
    for c in reversed(amounts[:-1]):
        sc = re.sub(r"\s", "", c.subject or "")
        wide = re.match(cfg["wider_scope"], sc)
        if wide and sc[wide.end():] == sp[own.end():] and c.base_unit == part.base_unit and size(c) > size(part):
            return c
    return None


def _whole_of_share_before(p: Passage, s0: int, part: Claim, checks: list, by_id: dict[str, Claim]) -> Claim | None:
    """The whole of the share checked last before the part (checks: the passage's own, in order), in its sentence or
    the one before, when no other figure stands between that share and the part, and the whole counts what the part
    does and is larger (…产值62.48亿元，占全市增材制造产值的33.5%。打印服务环节实现收入34.72亿元，占比18.6%)."""
    q0 = p.sentence(s0 - 1)[0] if s0 > 0 else s0
    mine = {c.claim_id: k for k, c in p.placed}
    for chk in reversed(checks):
        if chk.rule != "share":
            continue
        ids = chk.claim_ids.split("|")
        if ids[0] not in mine or not q0 <= mine[ids[0]] < p.at(part):
            return None  # (only the share checked last, and only before the part)
        whole, stated = by_id.get(ids[-1]), by_id[ids[0]]
        between = p.text[p.end(stated):p.at(part)]
        lead = config()["part_whole"]["marker"] + "|" + config()["list_total"]["breakdown_lead"]
        if whole is None or whole.base_unit != part.base_unit or size(whole) <= size(part) or \
                [c for c in p.within(p.end(stated), p.at(part)) if c.kind in _AMOUNT] or re.search(lead, between) or \
                re.search(config()["part_whole"]["among_lead"], between):
            # (…占该领域研发中心的64.3%；智能可穿戴领域研发中心中，…3家，占42.9%: a set named between is the whole)
            return None  # (…3440.5亿元的43.2%。分类型看，移动游戏…，占比70.8%: a breakdown's part, of its whole)
        return whole
    return None


def _said_again(p: Passage, s0: int, at: int, k: int, said: dict[str, tuple[int, Claim]]) -> tuple[Claim, Claim] | None:
    """A share whose words after 占 repeat, word for word, those of a share checked earlier in its sentence (past a ；)
    is of that share's whole; the part is the figure right before 占."""
    words = p.text[at + 1:k]
    if len(words) < config()["share"]["worded_whole_chars"] or words not in said:
        return None
    where, whole = said[words]
    part = _last_outside_brackets(p, s0, at)
    if part is None or re.search(r"[。！？!?]", p.text[where:at]) or part.base_unit != whole.base_unit or \
            size(whole) <= size(part):
        return None
    return part, whole


def _listed_before(p: Passage, last: Claim, lo: int) -> bool:
    """The figure closes a list of parts in its own clause (after lo, a 其中): 其中优秀14个、良好37个 (not 其中在营21座、
    油氢合建站9座，具备…的加氢站6座, whose last clause holds one part)."""
    start = max(lo, max(p.text.rfind(ch, 0, p.at(last)) for ch in "，,；;") + 1)
    return len([c for c in p.within(start, p.end(last)) if c.kind in _AMOUNT and _measure(c) == _measure(last)]) >= 2


def _table_row_share(p: Passage, s0: int, at: int, k: int, cells: list[Claim], claims: list[Claim],
                     index: dict[int, int]) -> tuple[Claim, Claim] | None:
    """"浦东新区建有观测站412个，占全市的22.1%" beside a table whose row 浦东新区 prints 412 under 观测站(个): the part
    is that row's cell and the whole the total row's cell of its column (no whole of a wider scope than the table's:
    占全国的 is no share of a city's 合计)."""
    cfg = config()["share"]
    if re.match(r"\s*(?:" + cfg["wider_scope"] + ")", p.text[at + 1:k]):
        return None
    part = _last_outside_brackets(p, s0, at)
    if part is None or exact(part) is None or re.search(config()["list_total"]["list_marker"], p.text[s0:at]):
        return None  # (…合计415.01亿元，分别为218.64亿元和196.37亿元，占…的49.0%: the share is the list's total's)
    mk = list(re.finditer(config()["part_whole"]["marker"], p.text[s0:at]))
    if mk and _listed_before(p, part, s0 + mk[-1].start()):
        return None  # (…51个，其中优秀14个、良好37个，占…的75.0%: after a 其中 list of several parts, the whole's share)
    grand = re.compile(config()["table_total"]["grand_total"])
    inner = re.compile(config()["table_total"]["inner_item"])
    lead = p.text[s0:at]
    strip = config()["table_total"]["strip"]  # (a group's subtotal row, 高校小计, is quoted by the group's name)
    # (高校…转化合同金额39.25亿元 quotes the row 高校小计 392460 (万元) rounded: one figure within rounding)
    rows = [c for c in cells if c.doc_id == part.doc_id and c.base_unit == part.base_unit
            and exact(c) is not None and adds_up(c, [part]) and len(label := _row_label(c)) >= 2 and not grand.search(label)
            and not inner.match(label) and (_row_name(c) in lead or _abbreviated(lead, label))]
    # (药物临床试验中，国际多中心临床试验486项，占药物临床试验项目的22.0%: the words after 占 name the part's own row, 药物临床试验
    # 小计, whose total is in another column of that row, not the column's 合计)
    if len(rows) != 1 or re.sub(strip, "", _row_label(rows[0])) in p.text[at + 1:k]:
        return None
    if re.match(cfg["own_whole"], p.text[at + 1:k]):
        # (…研发企业研发投入9.85亿元，占其营业收入的45.7%: its own, the row's cell in the column the words name; so is
        # 占该类在用电梯的30.2%)
        row = [c for c in cells if c.table_id == rows[0].table_id and c.row == rows[0].row and c is not rows[0]
               and c.base_unit == part.base_unit]
        own = _column_named(row, p.text[at + 1:k])
        return (part, own) if own is not None and exact(own) is not None and size(own) > size(part) else None
    whole = _column_whole(cells, rows[0], p.text[at + 1:k])
    among = re.match(config()["part_whole"]["among_lead"], p.text[s0:at])
    if whole is not None and grand.search(_row_label(whole)) and among and \
            common_run(among.group("n"), p.text[at + 1:k]) >= config()["share"]["worded_whole_chars"]:
        return None  # (远海及大洋布放设施中，Argo剖面浮标38套，占远海及大洋布放设施的57.6%: the set the sentence picks from)
    if whole is not None and _named_wider(p, at, k, part, whole, claims, index):
        return None  # (…汽车工业展览会意向成交额586.4亿元，占全市展会意向成交额的32.1% beside a table of 重点展会: the
        # figure the words name, larger than the table's total, not the table's total)
    return (part, whole) if whole is not None else None


def _named_wider(p: Passage, at: int, k: int, part: Claim, total: Claim, claims: list[Claim],
                 index: dict[int, int]) -> bool:
    """A figure stated before the part whose subject is the words after 占, word for word (the report's own scope
    aside), is larger than the table total `total` and no restatement of it: the table covers a subset."""
    cfg = config()["share"]
    words = _words_after_zhan(p, at, k)
    bare = lambda x: re.sub(cfg["own_scope"], "", re.sub(r"\s", "", x))
    return len(bare(words)) >= cfg["worded_whole_chars"] and any(
        bare(c.subject or "") == bare(words) and size(c) > size(total) and not adds_up(c, [total])
        for c in _stated_before(part, claims, index))


def _row_name(c: Claim) -> str:
    """A table cell's row label as text names the row: without 小计/合计 (高校小计 is quoted as 高校) and brackets."""
    return re.sub(r"[(（].*?[)）]", "", re.sub(config()["table_total"]["strip"], "", _row_label(c)))


def _column_whole(cells: list[Claim], row_cell: Claim, words: str) -> Claim | None:
    """The whole of a table row's cell in its column: the group row the share's words name (占未来信息领域营业收入的81.5%
    beside rows …、未来信息小计), else the total row."""
    strip = config()["table_total"]["strip"]
    grand = re.compile(config()["table_total"]["grand_total"])
    column = [c for c in cells if c.table_id == row_cell.table_id and c.col == row_cell.col and c.row != row_cell.row]
    # (占学校和医院加固项目总数的 names no group 学校小计: a name joined to another is a wider set)
    named = [c for c in column if len(g := re.sub(strip, "", _row_label(c))) >= 2 and g in words
             and not re.search(re.escape(g) + "[和及与、]|[和及与、]" + re.escape(g), words)]
    if not named:
        # (占远郊五区的 names the group row 远郊区小计 of the rows above it, 金山区 among them: a count said inside the name)
        counted = re.sub("[一二三四五六七八九十两]+", "", words)
        named = [c for c in column if len(g := re.sub(strip, "", _row_label(c))) >= 2 and g in counted and g not in words
                 and _in_group(column, row_cell, c)]
    totals = named or [c for c in column if grand.search(_row_label(c))]
    return totals[0] if len(totals) == 1 and exact(totals[0]) is not None else None


def _in_group(column: list[Claim], member: Claim, group: Claim) -> bool:
    """member's row is one the subtotal row `group` adds up, as table_totals reads the column."""
    cells = {c.row: c for c in column} | {member.row: member}
    labels = {r: _row_label(c) for r, c in cells.items()}
    return any(r == group.row and member.row in items
               for r, items in _subtotal_segments(cells, labels, config()["table_total"]))


def _table_named_share(p: Passage, s0: int, at: int, k: int, s: Claim,
                       cells: list[Claim]) -> tuple[Claim, Claim] | None:
    """"从业务构成看，信息技术服务收入占全部软件业务收入的66.7%" beside a table whose row 信息技术服务收入 and total row print
    the figures: a share printing no part of its own, whose words before 占 open with a row's label (the clause's only
    one), is that row's cell over the total row's, in the one column of amounts the words name (or the only one)."""
    lead = p.text[s0:at].rstrip("，, ")  # (人工智能领域贡献者人数最多，占…: the clause may close before 占)
    lo = s0 + max(lead.rfind(ch) for ch in "，,：:") + 1
    # (…研发投入2.82亿元，其中智能化装备投入占比63.2%: a 其中 opening the clause names the row after it, counted as the
    # figure before 其中 is)
    said = p.text[lo:s0 + len(lead)].strip()
    clause = re.sub(r"^" + config()["part_whole"]["marker"], "", said)
    if not clause or p.within(lo, at):
        return None
    divided = [c for c in p.within(s0, lo) if c.kind in _AMOUNT] if clause != said else []
    grand = re.compile(config()["table_total"]["grand_total"])
    near = [c for c in cells if c.doc_id == s.doc_id and abs(c.page - s.page) <= 1 and c.kind in _AMOUNT
            and c.base_unit not in ("percent", "permille") and exact(c) is not None]

    def rows_named(said: str) -> dict:
        rows: dict = {}
        bare = re.sub(r"[(（].*?[)）]", "", said)  # (the label without its bracket: 首台（套）…保险 is the row 首台…保险)
        # (催化、发光、抛光及储氢等其他功能材料产值: the class after 等 names the row 其他功能材料小计)
        forms = (said, bare) + ((said.rsplit("等", 1)[1],) if "等" in said else ())
        for c in near:
            label = _row_name(c)
            # (企业参与完成的获奖项目 is no row 企业: a clause modifying what follows its label names other things)
            # (备案药物临床试验机构的三级医院: a clause may also end with the label, the class of what it names)
            # (高校图书馆仍是全市…保障的主体: a predicate after the label may hold a 的 of its own)
            if len(label) >= 2 and not grand.search(_row_label(c)) and \
                    any(cl.startswith(label) and ("的" not in cl[len(label):] or
                                                  re.match(config()["share"]["row_predicate"], cl[len(label):]))
                        or cl.endswith("的" + label) for cl in forms):
                rows.setdefault((c.table_id, label), []).append(c)
        # (技术开发、技术服务和技术转让合同成交额占比分别为…: words naming several rows name none of them alone)
        found = {lb for c in near if len(lb := _row_name(c)) >= 2 and lb in bare}
        if len({x for x in found if not any(x != y and x in y for y in found)}) > 1:  # (企业 within 国有企业 is one)
            return {}
        return rows

    rows = rows_named(clause)
    opening = re.split(r"[，,：:]", p.text[s0:at], maxsplit=1)[0].strip()
    by_opening = not rows and opening != clause and not p.within(s0, at)
    if by_opening:
        # "国有大型银行继续发挥主力军作用，科技贷款余额占全市科技贷款余额的39.9%": the row opens the sentence and the
        # clause before 占 names only the column
        rows = rows_named(opening)
    if len(rows) != 1:
        return None
    row = next(iter(rows.values()))
    if divided:
        row = [c for c in row if c.base_unit == divided[-1].base_unit]
    # (the column the part's own words name first: 科创板首发募资 is the 首发募资 column, though the words after 占,
    # 全市新增境内上市企业首发募资, also name the 上市企业 column)
    part = _column_named(row, clause)
    if part is None and not by_opening:
        part = _column_named(row, clause + p.text[at + 1:k]) or (row[0] if len(row) == 1 else None)
    if part is None:
        return None
    if re.match(config()["share"]["own_whole"], p.text[at + 1:k]):
        # (临港新片区全无人服务占本区域服务乘客的48.2%: the row's own, in the column the words name)
        own = _column_named([c for c in row if c is not part], p.text[at + 1:k])
        return (part, own) if own is not None and size(own) > size(part) else None
    whole = _column_whole(cells, part, p.text[at + 1:k])
    return (part, whole) if whole is not None and size(whole) > size(part) else None


def _table_cell_share(p: Passage, s0: int, at: int, k: int, s: Claim,
                      cells: list[Claim]) -> tuple[Claim, Claim] | None:
    """"有研发活动的企业6869家，占企业调查单位的37.1%" under a table whose row 企业小计 has a column 调查单位(家), and "…期刊
    年发文4600篇，占SCI收录期刊发文总量的25.3%" under 表2 …SCI收录期刊… (合计, 年发文量): the words after 占 name one
    cell of a table printed before the share (its page or the one before), by its row label and column header, or by
    the table's caption and a column header for the total row; a named row outranks the caption's total. The part is
    the figure right before 占."""
    cfg = config()["share"]
    m = re.fullmatch(cfg["whole_name"], p.text[at + 1:k])
    part = _last_outside_brackets(p, s0, at)
    if not m or part is None or not re.fullmatch(r"\s*[，,]\s*", p.text[p.end(part):at]):
        return None
    listed = list(re.finditer(config()["list_total"]["list_marker"], p.text[s0:at]))
    if listed and not re.search(config()["list_total"]["closing_total"] + r"\s*$", p.text[s0:p.at(part)]):
        # (特种陶瓷实现产值96.09亿元，分别为…36.85亿元和…59.24亿元，占陶瓷类产值的82.5%: the share is the list's total's;
        # a total closing the list, …和80.9万吨，合计209.4万吨，占…, is the part itself)
        part = next((c for c in reversed(p.within(s0, s0 + listed[-1].start())) if c.kind in _AMOUNT), None)
        if part is None:
            return None
    words = re.sub(cfg["own_scope"], "", m.group(1))  # (占全市化工新材料产值的: the row 化工新材料 of the city's table)
    grand = re.compile(config()["table_total"]["grand_total"])
    rows, totals, labels = [], [], set()  # (cell, how many characters of the words its column header names)
    for c in cells:
        # (cells smaller than the part are weighed too: the words must single a cell out by its names, not by its
        # size — a miscopied 8.6 in the other named column would otherwise leave one candidate)
        if c.doc_id != s.doc_id or c.base_unit != part.base_unit or exact(c) is None or \
                (c.page, c.top) >= (s.page, s.top) or s.page - c.page > 1 or adds_up(c, [part]):
            continue  # (nor the part's own cell: 2864家 is the total of the column 其中高新技术企业)
        label, head = _row_name(c), re.sub(r"[(（].*?[)）]", "", _header(c))
        if len(label) >= 2 and label in words:
            labels.add(label)
        if len(label) >= 2 and words.startswith(label):
            k_head = common_run(words[len(label):], head)
            if k_head >= max(cfg["cell_header_chars"], len(words) - len(label) - cfg["whole_name_unsaid_chars"]):
                rows.append((c, k_head))
        elif grand.search(_row_label(c)):
            caption = c.section.rsplit(">", 1)[-1].strip()
            i, k_cap = _longest_common(words, caption)
            # the words the caption leaves to a column header (all of them when the caption says them all: 占重点产业企业的
            # under 表1 …重点产业企业情况, whose 企业数 column they name)
            rest = words[:i] + words[i + k_cap:] or words
            k_head = common_run(rest, head)
            if re.match(cfg["caption_lead"], caption) and k_cap >= cfg["worded_whole_chars"] and \
                    k_head >= cfg["cell_header_chars"] and k_cap + k_head >= len(words) - cfg["whole_name_unsaid_chars"]:
                totals.append((c, k_head))
    found = rows or ([] if labels else totals)  # (words naming a row name no total, whatever the caption shares)
    best = max((k for _, k in found), default=0)
    found = [c for c, k in found if k == best]  # the column the words name most, one
    return (part, found[0]) if len(found) == 1 and size(found[0]) > size(part) else None


def _column_named(row: list[Claim], words: str) -> Claim | None:
    """The row's cell whose column header the words name with the longest run of characters (at least 2), if one;
    first the one whose header closes the words (中心城区智慧商圈销售额: 销售额, not 智慧商圈(个))."""
    words = re.sub(r"(?:的)?(?:比例|比重)?$", "", words)
    tails = {id(c): common_tail(words, _header(c)) for c in row}
    closing = [c for c in row if tails[id(c)] >= 2 and tails[id(c)] == max(tails.values())]
    if len(closing) == 1:
        return closing[0]
    runs = {id(c): common_run(_header(c), words) for c in row}
    best = max(runs.values(), default=0)
    named = [c for c in row if best >= 2 and runs[id(c)] == best]
    return named[0] if len(named) == 1 else None


def _abbreviated(lead: str, label: str) -> bool:
    """A clause of the lead opens with an abbreviation of a long row label (工博会期间签约… / 中国国际工业博览会)."""
    return any(abbreviates(clause, label) for clause in re.split(r"[，,：:；;]", lead))


def _named_most_alike(part: Claim, wholes: list[Claim]) -> Claim:
    """Of a 其中 part's candidate wholes, the one whose subject shares the longest run of words with the part's, the
    last among equals (…发明专利授权4326件，提交PCT国际专利申请594件。其中，量子科技领域发明专利授权412件，占9.5%)."""
    sp = re.sub(r"\s", "", part.subject or "")
    return max(reversed(wholes), key=lambda c: common_run(sp, re.sub(r"\s", "", c.subject or "")))


def _siblings(x: str, y: str) -> bool:
    """Subjects naming one noun after short different fronts (境内嘉宾 / 境外嘉宾): two parts of one whole."""
    x, y = re.sub(r"\s", "", x), re.sub(r"\s", "", y)
    k = common_tail(x, y)
    n = config()["share"]["sibling_front_chars"]
    return k >= 2 and 0 < len(x) - k <= n and 0 < len(y) - k <= n and x[:-k] != y[:-k]


def _total_worded_share(p: Passage, s0: int, at: int, k: int, claims: list[Claim] | None = None,
                        index: dict[int, int] | None = None, all_words: bool = False) -> tuple[Claim, Claim] | None:
    """"2025年度国家科学技术奖授奖项目共270项。上海…获奖项目41项，占全国授奖总数的15.2%": 占 naming a total in
    words its figure's subject does not repeat word for word (…总数, …总量, …总规模, …总额) takes a figure counted
    alike before the part in its passage, larger than the part, whose subject shares most of those words (then the
    largest); with none in the passage, such a figure of the part's section stated before it (占平台仪器总量的34.3%
    after the paragraph stating the platform's 48260台（套）)."""
    cfg = config()["share"]
    if not (tm := re.fullmatch(cfg["total_worded"], p.text[at + 1:k]) or
            all_words and re.fullmatch(cfg["all_worded"], p.text[at + 1:k])):
        return None
    words = tm.group("w") + (tm.groupdict().get("n") or "")  # (制播总时长 names 制作播出时长: the measure noun too)
    # (…缴纳保费1.73亿元，获得…保费补贴1.38亿元，补贴资金占保费总额的79.8%: the part may be named again before 占)
    part = _last_outside_brackets(p, s0, at)
    if part is None:
        return None
    listed = list(re.finditer(config()["list_total"]["list_marker"], p.text[s0:p.at(part)]))
    if listed and re.fullmatch(r"\s*[，,]\s*", p.text[p.end(part):at]) and \
            not re.search(r"[，,；;]", p.text[s0 + listed[-1].end():p.at(part)]):  # (the part the list's last item)
        # (全市PET类设备77台，分别为PET-CT 68台和PET-MR 9台，占…总量的57.5%: the share is the list's total's)
        total = [c for c in p.within(s0, s0 + listed[-1].start()) if c.kind in _AMOUNT and c.base_unit == part.base_unit]
        if not total:
            return None
        part = total[-1]
    lo = 0  # anywhere in the passage before the part (its paragraph and what the layout cut from it)
    # (the total's words and the figure's subject share a word, and a scope the words name — 全国 — is the figure's
    # sentence's too: a national total that is not printed is no local figure)
    scope = re.search(cfg["scope_word"], words)
    # (a national total may be named 国家…/我国…: validation.json scope_names; the report's own scope, 全市, goes
    # unsaid in a figure stated earlier in the document: 全年经认定登记的技术合同…成交金额5873.46亿元)
    said_here = re.compile(cfg["scope_names"].get(scope.group(0), re.escape(scope.group(0)))) if scope else None
    said_before = None if scope and re.match(cfg["own_scope"], scope.group(0)) else said_here
    wholes = [c for c in p.within(lo, p.at(part)) if c.kind in _AMOUNT and c.base_unit == part.base_unit
              and _counted_as(c) == _counted_as(part) and exact(c) is not None and exact(c) > exact(part)
              and not _base_or_prior(p.text, p.at(c), lo) and common_run(words, c.subject or "") >= 2
              and not re.match(r"\s*[，,]\s*占", p.text[p.end(c):])  # (a part of a share of its own: 358人，占比…)
              and not listed_item(c)  # (an item of a 分别 list is a part, no total)
              and not _siblings(c.subject or "", part.subject or "")  # (境内嘉宾812位 is no total of 境外嘉宾668位)
              and (said_here is None or said_here.search(p.text[p.sentence(p.at(c))[0]:p.end(c)]))]
    if not wholes and claims is not None and index is not None and part.section and not any(
            _counted_as(c) == _counted_as(part) and c.base_unit == part.base_unit and not listed_item(c)
            for c in p.within(0, p.at(part))):
        # (only when the passage counts nothing alike before the part but a 分别 list's items, parts all: its own
        # figures were weighed above)
        wholes = [c for c in _stated_before(part, claims, index) if c.section == part.section and exact(c) is not None
                  and _counted_as(c) == _counted_as(part) and exact(c) > exact(part)
                  and common_run(words, c.subject or "") >= 2
                  and not re.match(r"\s*[，,]\s*占", c.context[c.context.find(c.raw) + len(c.raw):])  # (a share's part)
                  and (said_before is None or said_before.search((c.subject or "") + (c.context or "")))]
    # (全年新建台站中，地震预警台站58个，占新建台站总数的79.5%: the total is the set the sentence opens with, so a figure
    # not naming that set, 全市地震监测台站数量382个, is no whole of it)
    lead = re.match(config()["part_whole"]["among_lead"], p.text[s0:])
    if lead and not lead.group("ref") and (n := re.sub(cfg["subject_verbs"], "", lead.group("n"))) and \
            n in words:
        wholes = [c for c in wholes if _says(n, re.sub(cfg["subject_verbs"], "", re.sub(r"\s", "", c.subject or "")))]
    if not wholes or exact(part) is None:
        return None
    # the figure named most alike (主导制定标准总数: 主导制定1046项 before 主导和参与制定1284项), then the nearest before
    # the part (占入库企业总数的: 经审核入库28436家 after 31250家企业提交申请), then the largest
    # (among those named alike, one that is no 其中 part nor a subset picked after "…中，": 214项项目中，…95项，其中…68项；
    # 另有…52项，占项目总数的: the 214)
    def whole_rank(c: Claim) -> tuple:
        inner = re.search(config()["part_whole"]["marker"] + r"|中[，,]", p.text[p.sentence(p.at(c))[0]:p.at(c)]) \
            if any(x is c for _, x in p.placed) else None
        # (占报关单总量的: 受理进出口报关单1462.8万票, closing on the words, before 报关单自动审核放行1183.6万票)
        closes = re.sub(r"\s", "", c.subject or "").endswith(words)
        # (占审定登记品种总数的: 审定和登记农作物新品种148个 says every word in order, its 其中 item 登记品种86个 the longer run)
        says = len(words) >= config()["share"]["worded_whole_chars"] and _says(words, c.subject or "")
        return says, common_run(words, c.subject or ""), inner is None, closes, index.get(id(c), 0) if index else 0, \
            exact(c)
    return part, max(wholes, key=whole_rank)


def _defined_ratio(p: Passage, s: Claim, k: int, claims: list[Claim],
                   index: dict[int, int]) -> tuple[Claim, Claim] | None:
    """"重点企业实现营业收入5268.4亿元，研发投入312.6亿元，研发投入强度达到5.93%": a share named as a ratio the
    report defines (validation.json: defined_ratios) is its part over its whole, the latest figures so named before
    it in its passage; the whole may be stated earlier in the document when the part names an owner the whole's
    subject names too (科学城研发投入 / 张江科学城实现营业总收入). A starting value (从上年的4.6%) is last year's."""
    cfg = config()["share"]
    for d in cfg["defined_ratios"]:
        if not re.search(d["name"], s.subject or ""):
            continue
        if _base_or_prior(p.text, k):
            return None
        before = [c for c in p.within(0, k) if c.kind == "level" and c.base_unit in ("CNY", "USD", "EUR") and not c.table_id]
        named = [c for c in before if re.search(d["part"], c.subject or "")]
        if not named:
            return None
        # the whole of the latest sentence naming it (科学城研发投入486.2亿元，其中企业研发投入…: not a 其中 part)
        last = p.sentence(p.at(named[-1]))
        part = max((c for c in named if p.sentence(p.at(c)) == last), key=lambda c: exact(c) or 0)
        verbs = cfg["subject_verbs"]
        whole = next((c for c in reversed(before) if c is not part and
                      re.search(d["whole"], re.sub(verbs, "", c.subject or ""))), None)
        owner = re.sub(d["part"], "", part.subject or "")
        if whole is None and len(owner) >= 2:
            whole = next((c for c in reversed(_stated_before(part, claims, index)) if owner in (c.subject or "") and
                          re.search(d["whole"], re.sub(verbs, "", c.subject or ""))), None)
        if whole is None or whole.base_unit != part.base_unit:
            return None
        # (全国研发经费投入36326.8亿元 over 区域地区生产总值: a national part is no region's)
        scopes = {m.group(0) if (m := re.search(cfg["wider_scope"], c.subject or "")) else "" for c in (part, whole)}
        return (part, whole) if len(scopes) == 1 else None
    return None


def _stated_before(part: Claim, claims: list[Claim], index: dict[int, int]) -> list[Claim]:
    """The amounts of the part's document in the text (no table cell) before it in reading order, in its base
    unit and larger (a restatement of the part is no whole of it): the wholes a worded share may name."""
    return [c for c in claims[:index[id(part)]] if c.doc_id == part.doc_id and not c.table_id and c.kind in _AMOUNT
            and c.base_unit == part.base_unit and size(c) > size(part) and not listed_item(c)
            and not adds_up(c, [part])]  # (16.25亿元 is 162470万元 rounded: one figure within rounding)


def _item_named(words: str, part: Claim, claims: list[Claim], index: dict[int, int]) -> list[Claim]:
    """An item of a 分别 list named in full by a later share's words (…分别为软件产品收入2386.7亿元、信息技术服务收入
    6248.9亿元…; then 其中，云服务…收入2147.6亿元，占信息技术服务收入的34.4%): the item is that whole. Only its whole
    subject: words naming a list's items by their common head noun (占仪器的) name no item."""
    cfg = config()["share"]
    name = re.compile(re.escape(re.sub(cfg["subject_verbs"], "", words)) + cfg["whole_subject_tail"])
    return [c for c in claims[:index[id(part)]] if c.doc_id == part.doc_id and not c.table_id and c.kind in _AMOUNT
            and c.base_unit == part.base_unit and size(c) > size(part) and listed_item(c)
            and name.fullmatch(re.sub(cfg["subject_verbs"], "", re.sub(r"\s", "", c.subject or ""))) is not None][-1:]


def _item_named_with_total(words: str, part: Claim, claims: list[Claim], index: dict[int, int]) -> list[Claim]:
    """An item of a breakdown named by its own name and the total's measure (…旅客吞吐量13155.2万人次，其中浦东机场
    8236.5万人次、虹桥机场4918.7万人次。…3708.2万人次，占浦东机场旅客吞吐量的45.0%): the item is that whole
    (item_with_total); an item of a 分别 list too, named in full it is no total's stand-in."""
    before = claims[:index[id(part)]]
    return [c for c in before if c.doc_id == part.doc_id and not c.table_id and c.base_unit == part.base_unit
            and size(c) > size(part) and item_with_total(words, c, before)][-1:]


def _worded_share(p: Passage, s0: int, at: int, k: int, claims: list[Claim],
                  index: dict[int, int]) -> tuple[Claim, Claim] | None:
    """"基础研究经费279.2亿元，占全社会研发经费支出的12.6%" after "全社会研发经费支出2215.6亿元" (a line above, or a
    page before): 占 naming, word for word, the subject of a figure stated earlier in the document (same base unit,
    not smaller than the part; the latest such); the part is the figure right before 占."""
    cfg = config()["share"]
    m = re.fullmatch(cfg["whole_name"], p.text[at + 1:k])
    part = _last_outside_brackets(p, s0, at)  # (…41.28万辆，出口量占…: the part may be named again before 占)
    if not m or part is None:
        return None
    words = m.group(1)
    if len(words) < cfg["worded_whole_chars"]:
        return None
    named = _named_before(words, _stated_before(part, claims, index)) or _item_named(words, part, claims, index) \
        or _item_named_with_total(words, part, claims, index)
    # (无条件开放数据集4268个 is the sibling of the part 有条件开放数据集, no whole of it, whatever the words it shares)
    named = [c for c in named if not _siblings(c.subject or "", part.subject or "")]
    # (分领域看，电子电器…营业收入125.39亿元，…；生物医药…112.86亿元，占全行业营业收入的20.5%: an item of the breakdown
    # the part is in is no whole of it)
    if (lead := _breakdown_lead_before(p, p.at(part))) is not None:
        items = {id(c) for c in p.within(lead[1], p.at(part))}
        named = [c for c in named if id(c) not in items]
    # (…合计12600万元，其中中央财政资助7350万元，市级财政配套资助5250万元，市级配套占资助经费总额的41.7%: a figure
    # between the part and a 其中 before it is the part's sibling, no whole of it)
    marks = list(re.finditer(config()["part_whole"]["marker"], p.text[s0:p.at(part)]))
    if marks:
        between = {id(c) for c in p.within(s0 + marks[-1].start(), p.at(part))}
        named = [c for c in named if id(c) not in between]
    bare = len(words) <= cfg["bare_measure_chars"] and not re.match(cfg["own_scope"], words) and \
        not re.search(cfg["field_owner"], words)
    field = bare and re.search(cfg["field_owner"], p.text[s0:p.at(part)])
    field = field and re.sub(cfg["own_scope"], "", field.group(1))
    if field and len(field) >= 2:
        # (激光与光通信器件领域112家企业研发投入合计25.87亿元，占营业收入的10.3%: the field's own revenue, not a figure
        # of another field's sentence, 新型显示面板…实现营业收入362.15亿元)
        named = [c for c in named if field in c.context[:max(c.context.find(c.raw), 0)]]
    among = re.match(config()["part_whole"]["among_lead"], p.text[s0:p.at(part)])
    if among and not among.group("ref") and words in among.group("n") and not p.within(s0, s0 + among.end()):
        # (全年访问学者资助经费中，…11240万元，占资助经费总额的: the set the sentence opens on names the whole, so a figure
        # not saying its words, 联合培养博士项目…资助经费1.48亿元, is no whole of it)
        n = re.sub(config()["share"]["subject_verbs"], "", among.group("n"))
        named = [c for c in named if _says(n, re.sub(r"\s", "", c.subject or "") + sentence_before(c))]
    if len(named) > 1 and not _area_led(p.text[s0:p.at(part)]):
        # (出口交货值占工业总产值的24.8% after 全市…实现工业总产值1286.45亿元 and 远郊五区是…，实现工业总产值680.23亿元: with
        # no area in the part's sentence, a figure whose sentence opens on one is an area's, no whole of the part)
        named = [c for c in named if not _area_led(c.context[:max(c.context.find(c.raw), 0)].split("。")[-1])] or named
    # (the same figure stated again in the part's own passage is the one checked: _part_share's nearest copy; of
    # several figures naming the words, the one whose subject is most like the part's: 营业收入 of 专精特新中小企业,
    # not the 战略性新兴产业企业 among them)
    return (part, _named_most_alike(part, named)) if named else None


def _area_led(lead: str) -> bool:
    """The words before a figure in its sentence name an area (远郊五区, 金山区), the report's own scope aside."""
    cfg = config()["share"]
    own = "|".join([cfg["scope_word"], *cfg["scope_names"].values()])
    return re.search(cfg["area_owner"], re.sub(own, "", lead)) is not None


def _both_named_share(p: Passage, s0: int, at: int, k: int, s: Claim, claims: list[Claim],
                      index: dict[int, int]) -> tuple[Claim, Claim] | None:
    """"政府资金占全社会研发经费的25.9%" with no figure in its clause: the part is the latest figure stated before
    whose subject is the words before 占 (as printed, or past the report's own scope word), the whole the latest
    figure stated before naming the words after 占 (as a worded whole is found), larger than the part."""
    cfg = config()["share"]
    lead = p.text[s0:at]
    cut = max(lead.rfind(ch) for ch in "，,：:")
    lo = s0 + cut + 1
    name = re.sub(cfg["subject_verbs"], "", p.text[lo:at].strip())
    if not re.fullmatch(cfg["named_part"], name) or any(c.kind in _AMOUNT for c in p.within(lo, at)):
        return None
    m = re.fullmatch(cfg["whole_name"], p.text[at + 1:k])
    if not m and re.fullmatch(cfg["ratio_only"], p.text[at + 1:k]):
        # "电力设施监测终端占物联感知终端总数的30.3%，燃气监测终端占28.3%": a bare 占 keeps the clause before's whole
        prev = [c for c in p.within(s0, lo) if c.kind == "share" and c.base_unit == "percent"]
        said = re.search(r"占([^，,；;。占]{2,24})$", p.text[s0:p.at(prev[-1])]) if prev else None
        m = re.fullmatch(cfg["whole_name"], said.group(1)) if said and lo - p.end(prev[-1]) <= 2 else None
    if not m:
        return None
    # (占机构总数的: a name said as a total may be short; it names the largest figure so named, and the part is one
    # stated with it: 1286家，其中…748家 for 占数商总数的, not 新增数商276家，分别为…161家)
    short_total = len(m.group(1)) < cfg["worded_whole_chars"]
    if short_total and (len(m.group(1)) < cfg["worded_total_chars"] or not m.group(0)[len(m.group(1)):].startswith("总")):
        return None
    before = [c for c in claims[:index[id(s)]] if c.doc_id == s.doc_id and not c.table_id and c.kind in _AMOUNT
              and not _stated_as_base(c)]
    # (the part's subject is the name, past the report's own scope word and a measure noun the share leaves out)
    # (智能产品产量占… after 其中智能产品1889.14万台: a measure noun the share adds to the part's name)
    bare = re.sub("(?:" + cfg["part_measure"] + ")$", "", name)
    tail = re.compile("(?:" + re.escape(name) + ("|" + re.escape(bare) if len(bare) >= 2 else "") + ")" +
                      cfg["whole_subject_tail"])
    def subject(c: Claim) -> str:
        return re.sub(cfg["own_scope"], "", re.sub(cfg["subject_verbs"], "", re.sub(r"\s", "", c.subject or "")))

    # (发明专利占专利授权量的 for 发明专利授权6154件: what the whole's name says the part's subject may close on)
    parts = [c for c in before if tail.fullmatch(subject(c)) or subject(c).startswith(name) and
             0 < len(subject(c)) - len(name) <= cfg["shared_tail_chars"] and subject(c)[len(name):] in m.group(1)]
    if not parts:
        return None
    if short_total:
        named = _named_before(m.group(1), [c for c in before if c.base_unit == parts[-1].base_unit])
        largest = [c for c in named if size(c) == max(map(size, named))]
        for whole in reversed(largest):  # (the latest of its copies stated with a part)
            with_it = [c for c in parts if c.context == whole.context and size(c) < size(whole) and not re.search(
                "[。；;]", c.context[whole.context.find(whole.raw):c.context.find(c.raw)])]
            if with_it:
                return with_it[-1], whole
        return None
    part = parts[-1]
    larger = [c for c in before if c is not part and c.base_unit == part.base_unit and size(c) > size(part)]
    wholes = _named_before(m.group(1), larger)
    if not wholes and (short := re.fullmatch("(.+?)(?:" + cfg["whole_measure_end"] + ")", m.group(1))) and \
            len(short.group(1)) >= cfg["worded_whole_chars"]:
        wholes = _named_before(short.group(1), larger)  # (占专利授权量的 for 专利授权13613件: 量 the figure leaves unsaid)
    return (part, wholes[-1]) if wholes else None


def _among_share(p: Passage, s0: int, at: int) -> tuple[Claim, Claim] | None:
    """"181家机构中，国家技术转移示范机构36家，占全市技术转移机构总数的19.9%": the set the sentence picks from is the total
    the words say, before any figure elsewhere named alike; the part is the figure before 占 (none named again)."""
    among = _among_whole(p, s0, at)
    part = _last_outside_brackets(p, among[1], at) if among is not None else None
    if part is None or re.search(r"[，,]\s*[\u4e00-\u9fff]{2,8}[，,]?\s*$", p.text[p.end(part):at]) or \
            part.base_unit != among[0].base_unit or size(among[0]) <= size(part):
        return None
    return part, among[0]


def _set_named_share(p: Passage, s0: int, at: int, k: int, claims: list[Claim],
                     index: dict[int, int]) -> tuple[Claim, Claim] | None:
    """"…其中动物1716种…。动物中，脊椎动物932种，占记录动物物种的54.3%": a sentence opening with the set it picks from
    (<name>中，with no figure) takes as whole the latest figure before it named so, in the part's measure, when the
    words after 占 name the set too."""
    m = re.match(r"\s*([\u4e00-\u9fff]{2,8}?)中[，,]", p.text[s0:at])
    # (占碳纤维项目的 for 碳纤维攻关项目中: the set's words in order; 占该领域研发中心的 for 服装领域研发中心中: 该 is the set's own)
    words = re.sub(r"的.*$", "", re.sub(r"^该", "", p.text[at + 1:k]))
    if not m or p.within(s0, s0 + m.end()) or not (m.group(1) in p.text[at + 1:k] or
                                                   len(words) >= 4 and _says(words, m.group(1))):
        return None
    part = _last_outside_brackets(p, s0 + m.end(), at)
    if part is None:
        return None
    # (the set named in the part's section: 三级医院中，…43家，占参评三级医院的49.4% is not of 市级医院和区属三级医院共67家
    # in another chapter)
    named = [c for c in claims[:index[id(part)]] if c.doc_id == part.doc_id and not c.table_id
             and c.kind in _AMOUNT and _measure(c) == _measure(part) and size(c) > size(part)
             and c.section == part.section
             and re.sub(r"\s", "", c.subject or "").endswith(m.group(1))] or \
        [c for c in _item_named_with_total(m.group(1), part, claims, index) if _measure(c) == _measure(part)]
    return (part, named[-1]) if named else None


def _breakdown_share(p: Passage, s0: int, at: int, k: int, s: Claim, claims: list[Claim], index: dict[int, int],
                     breakdowns: dict[str, list[Claim]], said_all: bool) -> tuple[Claim, Claim] | None:
    """"…684项…。按产品类别分，分别为第三类…412项、…；第三类医疗器械临床试验占全部项目的60.2%": a share of all (占全部…的,
    占…总数的) whose part is an item of one breakdown the list and 其中 rules read (checks.breakdown_totals) is of that
    breakdown's total. The part is the figure right before 占 in its clause, or the latest figure
    stated before whose subject the words before 占 name."""
    cfg = config()["share"]
    lead = p.text[s0:at].rstrip("，, ")  # (…168.42万平方米，占…: the clause may close before 占)
    lo = s0 + max(lead.rfind(ch) for ch in "，,：:；;") + 1
    own = [c for c in p.within(lo, at) if c.kind in _AMOUNT]
    marker = config()["list_total"]["list_marker"]
    relisted = re.search(marker, lead) is not None
    if relisted and (own or re.search(marker, p.text[lo:at]) or not p.text[lo:at].strip()):
        return None  # (…合计415.01亿元，分别为218.64亿元和196.37亿元，占…的49.0%: the share is the list's total's)
    if own:
        part = own[-1]
    else:
        # (…分别为创新药34个、…，其中创新药占优先审评品种的58.6%: an item named again after 其中 in its list's sentence)
        clause = p.text[lo:at].strip().rstrip("，, ")
        name = re.sub(cfg["subject_verbs"], "", re.sub(r"^其中[，,]?", "", clause) if relisted else clause)
        if not re.fullmatch(cfg["named_part"], name):
            return None
        named = [c for c in claims[:index[id(s)]] if c.doc_id == s.doc_id and not c.table_id and c.kind in _AMOUNT
                 and len(sj := re.sub(r"^.*分别(?:为|是)?", "", re.sub(r"\s", "", c.subject or ""))) >= 2
                 and (name.startswith(sj) or sj.startswith(name) or
                      len(name) >= cfg["abbreviation_chars"] + 1 and _says(name, sj))]
        # (查处案件分别为商标侵权: the item's own name; 可再生能源制氢 for the item 可再生能源电解水制氢, its characters in order)
        # (作价投资金额占…: the words past the item's name say what is measured, money, so 作价投资228项 is no part)
        named = [c for c in named if not _measure_mismatch(name, re.sub(r"^.*分别(?:为|是)?", "", re.sub(
            r"\s", "", c.subject or "")), c)]
        if not named:
            return None
        part = named[-1]
    totals = breakdowns.get(part.claim_id, [])
    if len(totals) != 1:
        return None
    whole = totals[0]
    if size(whole) <= size(part):
        return None
    # (…分别为1752.40亿元、…，其中设计业占比50.3%: a bare 占比 after an item named again in its own list's sentence is of
    # the list's total)
    bare = relisted and re.fullmatch(cfg["ratio_only"], p.text[at + 1:k]) is not None
    if (not said_all or relisted) and not bare:
        # (…新引进各类人才3.86万人，分别为海外高层次人才4260人、…。海外高层次人才占新引进人才的11.0%: words that do not
        # say a total must name the breakdown's total, a run of its subject's words; so must an item named again after
        # its own list: 三区…合计9.64亿元。其中浦东新区投入占全市的23.0% is of the city, not of the three districts)
        words = re.sub(r"的.*$", "", p.text[at + 1:k])
        subject = re.sub(r"\s", "", whole.subject or "")
        # (…发出温度异常预警1386次。按环节分，分别为…运输环节638次…，运输环节预警占全部预警的: all of what the total's
        # subject closes on)
        every = re.match(cfg["all_scope"], words)
        if common_run(words, subject) < cfg["breakdown_whole_chars"] and not (
                every and len(words) - every.end() >= 2 and subject.endswith(words[every.end():])):
            return None
    return part, whole


def _measure_mismatch(name: str, subject: str, c: Claim) -> bool:
    """The words a share names its part by go on past the part's subject with a measure noun of another base unit
    (作价投资金额 for 作价投资228项: money, not a count; validation.json share measure_nouns)."""
    if not name.startswith(subject) or len(name) == len(subject):
        return False
    rest = name[len(subject):]
    return any(re.fullmatch(noun, rest) and c.base_unit not in units
               for noun, units in config()["share"]["measure_nouns"].items())


def _all_of_breakdown(p: Passage, s0: int, at: int, k: int, s: Claim, claims: list[Claim], index: dict[int, int],
                      breakdowns: dict[str, list[Claim]]) -> tuple[Claim, Claim] | None:
    """A share of all (占全部…的) after a clause naming a breakdown's item (_breakdown_share), when the words name
    that breakdown's total: a run of its subject, or its characters in order (占查处案件总数的 for 查处侵权假冒案件; not
    占全部产值的 for an item of 工业机器人产量)."""
    cfg = config()["share"]
    found = _breakdown_share(p, s0, at, k, s, claims, index, breakdowns, True)
    if found is None or re.fullmatch(cfg["ratio_only"], p.text[at + 1:k]):
        return found  # (…应用层营收2286.92亿元，占比58.2%: a bare 占比 names no other whole)
    words = re.sub(cfg["whole_total_suffix"], "", re.sub(cfg["whole_scope_words"], "", re.sub(r"的.*$", "", p.text[at + 1:k])))
    whole = re.sub(r"\s", "", found[1].subject or "")
    if len(words) < 2 or not (common_run(words, whole) >= cfg["breakdown_whole_chars"] or _says(words, whole)):
        return None
    return found


def _named_before(words: str, before: list[Claim]) -> list[Claim]:
    """The figures among `before` whose subject names `words` (a share's worded whole); when none does, those naming
    the words past the report's own scope word (占全市基础研究经费的45.1% after 基础研究经费288.95亿元: the report's own
    scope goes unsaid in its figures)."""
    cfg = config()["share"]
    named = _subject_names(words, before)
    own = re.match(cfg["own_scope"], words)
    if not named and own and len(words) - own.end() >= cfg["worded_whole_chars"]:
        named = _subject_names(words[own.end():], before, unscoped=True)
    if not named and own and re.match(cfg["all_scope"], words) and len(rest := words[own.end():]) >= \
            cfg["worded_whole_chars"]:
        # (占全部登记试验的 for 全年本市机构登记药物临床试验1248项: all of a thing said, its words in order in the
        # figure's subject, closing alike)
        named = [c for c in before if _says(rest, subj := re.sub(r"\s", "", c.subject or "")) and
                 subj.endswith(rest[-2:])]
    return named


def _subject_names(words: str, before: list[Claim], unscoped: bool = False) -> list[Claim]:
    """The figures among `before` whose subject names `words`. unscoped: the words lost their own-scope word (全市),
    so a subject naming another owner in front (浦东新区研发经费) is no whole."""
    cfg = config()["share"]
    for short, full in cfg["short_forms"].items():  # (占规上光子企业的 names 全市规模以上光子企业)
        words = words.replace(short, full)
    # (a verb is no part of the name on either side: 占累计开放数据集的 for 平台累计开放数据集6268个)
    bare = re.sub(cfg["subject_verbs"], "", words)
    words = bare if len(bare) >= cfg["worded_whole_chars"] else words  # (占累计采集总量的: 采集 alone names nothing)
    # (the report's own scope may be said either way, 占全市…产值的 for 本市…实现产值: validation.json scope_names)
    lead = next((w for w in cfg["scope_names"] if words.startswith(w) and re.match(cfg["own_scope"], w)), None)
    name = "(?:" + cfg["scope_names"][lead] + ")" + re.escape(words[len(lead):]) if lead else re.escape(words)
    # (the subject may close on a measure noun the share leaves out: 科研经费总额 for …科研经费投入)
    tail = re.compile(name + cfg["whole_subject_tail"])
    out = []
    for c in before:
        # (a verb inside the subject is no part of the name: 张江科学城实现营业总收入 for 科学城营业总收入)
        subject = re.sub(cfg["subject_verbs"], "", re.sub(r"\s", "", c.subject or ""))
        hit = tail.search(subject)
        if hit is None and (noun := cfg["unit_nouns"].get(c.unit or "")) and \
                (said := re.fullmatch("(.{2,}?)(?:" + noun + ")", words)) and subject.endswith(said.group(1)):
            # (经评审立项84项 for 占立项项目的: the noun the measure word counts closes the words)
            hit = re.search(re.escape(said.group(1)) + "$", subject)
        at_c = c.context.find(c.raw)
        owned = hit is None and not lead and _owner_said_before(words, subject, c, at_c)
        # (a share's base, 占全国技术进出口合同金额（1723.4亿美元）的12.6%, is the scope's figure, no whole; nor is the
        # part of a share of the same scope, 欧洲企业设立的外资研发中心218家，占全市…总数的32.6%, as a city's total
        # may be of a national one, 26318家，占全国…总数的5.4%)
        # (…but a share of another whole, 智慧商圈实现销售额2846.5亿元，占全市社会消费品零售总额的15.2%, leaves the figure a
        # whole of what the words name, 占智慧商圈销售额的)
        own_share = re.match(r"\s*[，,]\s*占(?!\s*(?:" + cfg["wider_scope"] + r"))([^，,。；;]*)", c.context[at_c + len(c.raw):]) \
            if at_c >= 0 else None
        if hit is None and not owned or at_c >= 0 and (_base_or_prior(c.context, at_c) or own_share and (
                common_run(re.sub(cfg["own_scope"], "", words), own_share.group(1)) >= 2 or
                not own_share.group(1).strip())):
            continue
        front = subject[:hit.start()] if hit else ""
        if lead and front and not hit.group(0).startswith(lead):
            continue  # (申报本市瞪羚企业1562家 is the applicants, no 全市瞪羚企业: the other scope word opens the subject)
        if unscoped and front and not re.fullmatch(cfg["own_scope"] + ".*", front) and \
                (re.search(cfg["area_owner"], front) or re.search(cfg["scope_word"], front)):
            continue
        out.append(c)
    return out


def _owner_said_before(words: str, subject: str, c: Claim, at_c: int) -> bool:
    """c's subject, its verb set aside, is the words' measure noun alone (实现产值 for 占重点企业产值的), and the words'
    owner (重点企业) is said earlier in c's sentence (全年本市重点企业生产…14600吨，实现产值126.9亿元)."""
    if len(subject) < 2 or not words.endswith(subject) or at_c < 0 or \
            not re.match(config()["share"]["subject_verbs"], re.sub(r"\s", "", c.subject or "")):
        return False
    front = words[:-len(subject)]
    sentence = sentence_before(c)
    return len(front) >= 2 and front in sentence[:sentence.rfind(subject) if subject in sentence else 0]


def _last_outside_brackets(p: Passage, s0: int, at: int) -> Claim | None:
    """The last amount before `at` in its sentence, past a bracket right before 占 (61家（其中…），占…)."""
    text = p.text[s0:at].rstrip("，, ")
    # (…种植面积9.1万亩，对口地区基地面积约占…: an adverb before 占 is no part of the name)
    text = re.sub("(?:" + config()["share"]["adverb_before"] + ")$", "", text).rstrip("，, ")
    named = re.search(r"[，,]\s*([\u4e00-\u9fff]{2,8})$", text)  # "在孵企业2865家，在孵企业数占…": named again
    if named:
        text = text[:named.start()]
    if text.endswith(("）", ")")):
        opening = max(text.rfind("（"), text.rfind("("))
        text = text[:opening] if opening >= 0 else text
    amounts = [c for c in p.within(s0, s0 + len(text)) if c.kind in _AMOUNT]
    if not amounts:
        return None
    rest = p.text[p.end(amounts[-1]):s0 + len(text)]
    # (…实现产值96.48亿元，同比增长1.5倍，占…: a clause of the amount's own change may stand between)
    moved = p.within(p.end(amounts[-1]), s0 + len(text))
    if rest.strip() and not (re.fullmatch(r"\s*[，,][^，,；;。]*", rest) and moved and
                             all(c.kind == "change" for c in moved)):
        return None
    if named:
        # (…电网侧储能98.6万千瓦、…、用户侧储能50.3万千瓦，电网侧储能占…; 青年项目674项，资助经费16850万元，青年项目数
        # 占…: the figure the name says, not the last)
        return _item_the_name_says(named.group(1), amounts)
    return amounts[-1]


def _own_change_between(p: Passage, c: Claim, at: int) -> bool:
    """Between the figure c and 占 at stands one clause of c's own change (…6668.58亿元，同比增长5.8%，占…)."""
    moved = p.within(p.end(c), at)
    return bool(moved) and all(x.kind == "change" for x in moved) and \
        re.fullmatch(r"\s*[，,][^，,；;。]*[，,]\s*", p.text[p.end(c):at]) is not None


def _item_the_name_says(name: str, amounts: list[Claim]) -> Claim | None:
    """The figure a name before 占比 says, of the amounts before it in its sentence: the item named again word for word
    (_item_named_again); else the one whose subject opens the name or is opened by it (其中科创板19家、北交所6家，
    科创板新增上市企业占比达52.8%); else the one saying its characters in order (…国家级工业设计中心14个、市级设计
    创新中心52个，国家级设计中心占比21.9%); else the one sharing its longest run, the last among equals (…其中建设用地
    土壤污染状况调查报告2.41万份、…、其他检测报告0.52万份，建设用地调查报告占比62.4%); None when none shares two
    characters in a row."""
    if not amounts:
        return None
    if (item := _item_named_again(name, amounts)) is not None:
        return item
    subjects = [re.sub(r"\s", "", c.subject or "") for c in amounts]
    opening = [c for c, sj in zip(amounts, subjects) if len(sj) >= 2 and (name.startswith(sj) or sj.startswith(name))]
    if len(opening) == 1:
        return opening[0]
    in_order = [c for c, sj in zip(amounts, subjects) if _says(name, sj)]
    if len(in_order) == 1:
        return in_order[0]
    runs = [common_run(name, sj) for sj in subjects]
    best = max(runs)
    if best < 2:
        return None
    return amounts[-1] if runs[-1] == best else amounts[runs.index(best)] if runs.count(best) == 1 else None


def _item_named_again(name: str, amounts: list[Claim]) -> Claim | None:
    """"…电网侧储能98.6万千瓦、电源侧储能37.5万千瓦、用户侧储能50.3万千瓦，电网侧储能占…": the item of the list
    before whose subject is the name again, word for word (or past a measure noun the subject adds: 智能算力规模), when
    the last item's is not (the only one)."""
    tail = config()["share"]["whole_subject_tail"]
    # (…直播及内容电商平台175.3亿元…，直播及内容电商占…: a short word closing the item's subject may go unsaid)
    said = lambda c: re.fullmatch(re.escape(name) + "(?:" + tail.rstrip("$") + "|[\u4e00-\u9fff]{1,2})?",
                                  re.sub(r"\s", "", c.subject or "")) is not None
    if said(amounts[-1]):
        return None
    hits = [c for c in amounts if said(c)]
    return hits[0] if len(hits) == 1 else None


def _page_scope_share(p: Passage, s0: int, at: int, k: int, claims: list[Claim],
                      index: dict[int, int]) -> tuple[Claim, Claim] | None:
    """"浦东…在孵企业2865家，…占全市的23.0%" after "全市…在孵企业12437家" earlier in the document: 占 naming a scope
    (全市) whose figure of the same thing was stated before (its sentence names the scope; one subject is the
    other's tail; the same measure word; larger than the part); the latest such figure."""
    cfg = config()["share"]
    m = re.match(cfg["scope_whole"], p.text[at + 1:k]) or re.match(cfg["scope_total"], p.text[at + 1:k])
    part = _last_outside_brackets(p, s0, at)
    if not m or part is None:
        return None
    scope = m.group("scope")
    head = re.sub(r"\s", "", part.subject or "")
    cands = []
    for c in _stated_before(part, claims, index):
        if _measure(c) != _measure(part) or c.value == part.value:
            continue
        subj = re.sub(r"\s", "", c.subject or "")
        sentence = re.split(r"[。；;]", c.context[:c.context.find(c.raw)] if c.raw in c.context else "")[-1]
        short = min(len(subj), len(head))
        # one subject is the other's tail (在孵企业 / 在孵企业; 企业输出技术合同成交额 / 技术合同成交额)
        # (a city's figure may say 本市 for 全市: validation.json scope_names)
        if re.search(cfg["scope_names"].get(scope, scope), sentence + subj) and short >= cfg["scope_head_chars"] and \
                len(common_suffix([subj, head])) == short:
            cands.append(c)
    return (part, cands[-1]) if cands else None


def _scope_share(p: Passage, s0: int, at: int, k: int) -> tuple[Claim, Claim] | None:
    """"全国…共资助400名，上海入选52人，占全国的13.0%": 占 naming a scope (全国, 全市) whose figure the sentence
    stated before the part: the part is the figure right before 占, the whole the one whose clause opens with
    that scope (same base unit, not smaller)."""
    cfg = config()["share"]
    m = re.match(cfg["scope_whole"], p.text[at + 1:k])
    amounts = [c for c in p.within(s0, at) if c.kind in _AMOUNT]
    if not m or not amounts or not re.fullmatch(r"\s*[，,]\s*", p.text[p.end(amounts[-1]):at]):
        return None
    part = amounts[-1]
    listed = list(re.finditer(config()["list_total"]["list_marker"], p.text[s0:p.at(part)]))
    lead = [c for c in amounts if listed and p.at(c) < s0 + listed[-1].start() and c.base_unit == part.base_unit
            and size(c) > size(part)]
    if lead:
        # "…居前三位的区合计9372家，分别为浦东新区5326家、…和嘉定区1862家，占全市的37.7%": the share is the list's total's
        part = lead[-1]
    wholes = [c for c in amounts[:-1] if c.base_unit == part.base_unit and size(c) >= size(part) and
              re.split(r"[，,。；;]", p.text[:p.at(c)])[-1].lstrip().startswith(m.group("scope"))]
    if not wholes and s0 > 0:
        # "全市研发经费支出2438.6亿元，…。浦东新区研发经费支出1012.4亿元，占全市的41.5%": the sentence before states
        # the scope's figure of the same measure (the part's subject ends with the whole's, past the scope word)
        q0 = p.sentence(s0 - 1)[0]
        # (a city's figure may say 本市 for 全市: validation.json scope_names)
        said = re.compile(cfg["scope_names"].get(m.group("scope"), m.group("scope")))
        scoped = [(c, sm.end(), common_tail(c.subject, part.subject or "")) for c in p.within(q0, s0)
                  if c.base_unit == part.base_unit and c.kind in _AMOUNT and size(c) >= size(part)
                  and (sm := said.match(c.subject or ""))]
        wholes = [c for c, e, t in scoped if t >= cfg["scope_whole_tail_chars"] and t >= len(c.subject) - e]
        if not wholes and lead:
            # (the list's total is named by the clause before it, 高新技术企业数居前三位的区合计: the whole's head noun
            # said there)
            clause = re.split(r"[，,。；;]", p.text[s0:p.at(part)])[-1]
            scoped = [(c, e, max((n for n in range(len(c.subject) - e, 0, -1) if c.subject[-n:] in clause), default=0))
                      for c, e, _ in scoped]
        if not wholes:
            # (…全市累计建成各类低空起降点362个…。浦东新区建成起降点96个，占全市的26.5%: the whole's subject may say
            # more than the part's, when one figure alone of the sentence before shares its head noun)
            alike = [c for c, _, t in scoped if t >= cfg["scope_head_chars"]]
            wholes = alike if len(alike) == 1 else []
    return (part, wholes[-1]) if wholes else None


def _named_share(p: Passage, s0: int, at: int, k: int) -> tuple[Claim, Claim] | None:
    """"新引进人才138213人，其中…外籍高层次人才4628人，外籍高层次人才占新引进人才总数的3.8%": a share naming its
    part and its whole in words, after a 其中 list: the part is the figure of the list named as the words before
    占, the whole the figure before 其中, when the words after 占 name it (a common run of characters). The 其中
    list may close the sentence before, when the share's sentence opens with the part's name ("…其中智能算力
    112.6EFLOPS、…。智能算力占全市算力总规模的75.9%")."""
    cfg = config()["share"]
    b = re.fullmatch(cfg["whole_name"], p.text[at + 1:k])
    # 占比达52.8%, and a bare 占70.0%: the share names no whole, so it is the 其中 whole's
    ratio_only = re.fullmatch(cfg["ratio_only"], p.text[at + 1:k]) is not None
    if not b and not ratio_only:
        return None
    mk = list(re.finditer(config()["part_whole"]["marker"], p.text[s0:at]))
    a = several = head = None
    if mk:
        q = s0 + mk[-1].start()
        amounts = [c for c in p.within(q, at) if c.kind in _AMOUNT]
        a = re.search(cfg["part_name"] + r"$", p.text[s0:at])
        if a and ratio_only:
            # "其中科创板19家、北交所6家，科创板新增上市企业占比达52.8%": the part the name opens with, of the 其中 whole
            parts = [c for c in amounts if (sj := re.sub(r"\s", "", c.subject or "")) and (a.group(1).startswith(sj) or sj.startswith(a.group(1)))]
        elif a:
            # (…其中4K电视机486.2万台、8K电视机38.7万台，8K电视机销量占…: the part's name and a measure noun)
            parts = [c for c in amounts if (sj := re.sub(r"\s", "", c.subject or "")).endswith(a.group(1)) or
                     len(sj) >= 2 and a.group(1).startswith(sj) and
                     re.fullmatch(cfg["part_measure"], a.group(1)[len(sj):]) is not None]
            head = a.group(1)  # (the name may be the whole's head noun as well: checked below)
        else:
            # "其中，集成电路企业8740件，占重点产业企业发明专利授权量的41.3%": the figure right before 占
            # (…51个，其中优秀14个、良好37个，占参评实验室的75.0%: after a list of several parts, no part's own share)
            several = bool(amounts) and _listed_before(p, amounts[-1], q)
            # (其中，规模以上消费品工业企业实现营业收入6668.58亿元，同比增长5.8%，占…: past a clause of the part's own change)
            parts = amounts[-1:] if amounts and not several and (
                re.fullmatch(r"\s*[，,]\s*", p.text[p.end(amounts[-1]):at]) or _own_change_between(p, amounts[-1], at)) \
                else []
            if not parts and len(amounts) == 1 and re.fullmatch(cfg["part_predicate"], p.text[p.end(amounts[0]):at]):
                parts = amounts  # "其中98家建成智慧导览系统，占全市备案博物馆的61.3%": the one part, what it does after it
        lo = p.sentence(s0 - 1)[0] if s0 > 0 and not p.text[s0:q].strip() else s0  # 其中 opening its sentence
    else:
        name = head = p.text[s0:at].strip()
        if s0 == 0 or not re.fullmatch(r"[\u4e00-\u9fffA-Za-z0-9（）()\-]{2,16}", name):
            return None
        lo = p.sentence(s0 - 1)[0]
        mk = list(re.finditer(config()["part_whole"]["marker"], p.text[lo:s0]))
        if not mk:
            return None
        q = lo + mk[-1].start()
        if not p.text[lo:q].strip() and lo > 0:
            lo = p.sentence(lo - 1)[0]  # (…实现产值268.95亿元…。其中，…伺服电机及驱动器产值98.52亿元…。伺服电机…占…)
        parts = [c for c in p.within(q, s0) if c.kind in _AMOUNT and
                 _names_part(name, re.sub(r"\s", "", c.subject or ""), ratio_only, b.group(1) if b else "")]
    # (a share's base in brackets is no whole of the 其中 parts: 占全国海洋生产总值（11.06万亿元）的10.7%。其中，…)
    wholes = _not_listed(p, lo, q, [c for c in p.within(lo, q) if c.kind in _AMOUNT and
                                    not _base_or_prior(p.text, p.at(c), lo)])
    listed = re.search(config()["list_total"]["list_marker"], p.text[lo:q])
    if listed and lo > 0 and not [c for c in wholes if p.at(c) < lo + listed.start()]:
        # (…186.3亿元…。按市场分，…分别为97.4亿元、…和19.2亿元；其中对“一带一路”共建国家出口78.6亿元，占出口交货值的…:
        # a list opening its sentence divides the figure before it, which the 其中 divides too, not its last item)
        q0 = p.sentence(lo - 1)[0]
        wholes = _not_listed(p, q0, lo, [c for c in p.within(q0, lo) if c.kind in _AMOUNT and
                                         not _base_or_prior(p.text, p.at(c), q0)])
    if mk and not wholes and parts and re.match(config()["part_whole"]["among_lead"], p.text[s0:]) and \
            (nw := _named_whole(p, s0)) is not None and size(nw[0]) > size(parts[0]):
        wholes = [nw[0]]  # (…融资金额213.62亿元…；毕业企业融资中，其中…118.62亿元，占毕业企业融资额的: the set the lead names)
    if mk and not a and several and wholes:
        # (…评估结果为优秀和良好的实验室51个，其中优秀14个、良好37个，占参评实验室的75.0%: the figure the list divides is
        # the part, of a larger one before it)
        parts = wholes[-1:]
        wholes = [c for c in wholes[:-1] if _measure(c) == _measure(parts[0]) and size(c) > size(parts[0])]
    if parts:  # "累计达到48家，覆盖21个国家和地区，其中…14家，占累计总数的29.2%": the whole counts what the part counts
        wholes = [c for c in wholes if _measure(c) == _measure(parts[0])] or wholes
    if len(parts) != 1 or not wholes or wholes[-1].base_unit != parts[0].base_unit:
        return None
    if mk and any((sj := re.sub("(?:%s)$" % cfg["part_measure"], "", re.sub(r"\s", "", c.subject or ""))) and len(sj) >= 2 and
                  sj + "中" in p.text[p.end(c):p.at(parts[0])] for c in p.within(q, p.at(parts[0])) if c.kind in _AMOUNT):
        return None  # (其中住宅电梯17.62万台，住宅电梯中…老旧电梯3.84万台，占住宅电梯的21.8%: the part is of a part, named again)
    if head and re.sub(r"\s", "", wholes[-1].subject or "").endswith(head):
        return None  # (…有研发活动的企业6869家…，其中规模以上工业企业4731家；企业占全部…的93.0%: 企业 names both)
    if ratio_only:
        # (…获发明专利授权4326件，提交PCT国际专利申请594件。其中，量子科技领域发明专利授权412件，占9.5%: the whole
        # named most like the part, then the last)
        return parts[0], _named_most_alike(parts[0], wholes)
    words = re.sub(cfg["whole_total_suffix"], "", re.sub(cfg["whole_scope_words"], "", b.group(1))) or b.group(1)
    if len(wholes) > 1:
        # (…投入财政资金9.36亿元，带动…配套投入约21亿元。其中，市级财政资金5.48亿元，占财政资金总额的58.5%: the whole
        # the words name, when they name another figure than the last better)
        runs = [(common_run(words, re.sub(r"\s", "", c.subject or "") + _clause_before(p, c)), i)
                for i, c in enumerate(wholes)]
        best, i = max(runs)
        # (在用标准机架27.4万架，已上架机架21.65万架…。其中…19.86万架，占全市在用机架的: of the figures named by runs as
        # long, the one whose subject says every word in order)
        says = [n for (r, n) in runs if r == best and _says(words, re.sub(r"\s", "", wholes[n].subject or ""))]
        if best > runs[-1][0] and [r for r, _ in runs].count(best) == 1:
            wholes = wholes[:i + 1]
        elif best >= 2 and len(says) == 1 and [r for r, _ in runs].count(best) > 1:
            wholes = wholes[:says[0] + 1]
        elif re.search(cfg["total_worded"], p.text[at + 1:k]) and best >= 2:
            # (214项…项目中，国家级项目38项、市级项目176项…。其中，…43项，占项目总数的20.1%: of figures the words name
            # alike, a total is the one the others are picked from, the largest)
            tied = [c for (r, _), c in zip(runs, wholes) if r == best]
            # (…受理…登记申请13.52万件，核准登记12.86万件…。其中，游戏软件著作权登记38420件，占登记总量的…: of those, the
            # one whose subject closes as the part's does, when one does)
            sp = re.sub(r"\s", "", parts[0].subject or "")
            alike = [c for c in tied if common_tail(sp, re.sub(r"\s", "", c.subject or "")) >= 2]
            top = alike[0] if len(alike) == 1 else max(tied, key=size)
            wholes = wholes[:next(n for n, c in enumerate(wholes) if c is top) + 1]
    w = re.sub(r"\s", "", wholes[-1].subject or "") + _clause_before(p, wholes[-1])  # (…累计达到48家: 累计总数)
    scope = re.match(cfg["scope_word"], b.group(1))
    if scope and not w.startswith(scope.group(0)) and re.match(cfg["area_owner"], w):
        return None  # (浦东新区专利授权量32860件；其中…15620件，占全市发明专利授权量的29.2%: the city's, not 浦东's)
    wider = re.match(cfg["wider_scope"], b.group(1))
    if wider and not re.search(cfg["scope_names"].get(wider.group(0), wider.group(0)),
                               w + p.text[p.sentence(p.at(wholes[-1]))[0]:p.end(wholes[-1])]):
        return None  # (主导制定国际标准46项，其中ISO标准27项，占全国主导制定国际标准的14.7%: the country's, not the 46)
    if mk and not a and len(words) >= 2 and re.sub(r"\s", "", parts[0].subject or "").endswith(words) and \
            len(parts[0].subject or "") > len(words):
        # (…展览1026场，其中国际展会412场，占展会总数的40.2%: the words name the class the part is a kind of, so the whole
        # is the one the 其中 divides)
        return parts[0], wholes[-1]
    tw = re.fullmatch(cfg["total_worded"], p.text[at + 1:k])
    among = re.match(config()["part_whole"]["among_lead"], p.text[s0:])
    if mk and tw and among and not among.group("ref") and among.group("n") in tw.group("w") and \
            not _says(among.group("n"), re.sub(r"\s", "", wholes[-1].subject or "")):
        # (注册科技志愿者…8.36万人…。注册志愿者中，具有专业技术职称的3.95万人，其中高级职称1.21万人，占注册志愿者总数的:
        # the total the words say is the set the sentence opens on, stated before it, not the figure the 其中 divides)
        named = [c for c in p.within(0, s0) if c.kind in _AMOUNT and c.base_unit == parts[0].base_unit
                 and size(c) > size(parts[0]) and _says(among.group("n"), re.sub(r"\s", "", c.subject or ""))]
        return (parts[0], named[-1]) if named else None
    if mk and not a and len(wholes) == 1 and tw and _measure(wholes[0]) == _measure(parts[0]) and \
            size(wholes[0]) > size(parts[0]) and not scope and not wider and \
            common_run(tw.group("w"), parts[0].subject or "") < 2:
        # (形成监管新工具、新方法、新标准87项，其中纳入国家药品标准23项，占成果总数的26.4%: the one figure the 其中
        # divides, whatever words name its total; not words naming the part's own kind, 其中高危及以上漏洞2354个，占高危及
        # 以上漏洞总数的: all of that kind, wherever found)
        return parts[0], wholes[-1]
    run_ = common_run(words, w)
    # (占未来健康领域营业收入的4.2% after 未来产业…营业收入2434.39亿元，其中…: the words name a narrower whole; 占全市船舶与
    # 海工装备产业总产值的 names 船舶与海洋工程装备产业实现总产值 by an abbreviation, its characters in order)
    # (…74个快检试剂盒（卡）通过本市快检产品评价。…其中…41个，占通过评价产品的55.4%: the words name the figure's
    # clause after it in another order, every character of theirs said there)
    after = w + _clause_after(p, wholes[-1])
    return (parts[0], wholes[-1]) if run_ >= cfg["whole_name_chars"] and (
        len(words) - run_ <= cfg["whole_name_unsaid_chars"] or _says(words, w)) or \
        common_run(words, after) >= cfg["whole_name_chars"] and set(words) <= set(after) else None


def _names_part(name: str, sj: str, ratio_only: bool, whole_words: str) -> bool:
    """A share's words before 占 name a 其中 part whose subject is sj: as its end or start, or sj with what a bare 占比
    leaves to the part (…其中医疗卫生机构286个…；医疗卫生机构伦理委员会占比69.4%), a measure noun (数量, 规模), or the
    whole's head noun (公共安全类设备占全部感知设备的)."""
    if not sj:
        return False
    if (ab := re.search(r"[(（]([A-Za-z][A-Za-z0-9]{1,7})[)）](.*)$", sj)) and name.startswith(ab.group(1)):
        sj = ab.group(1) + ab.group(2)  # (上海碳排放配额(SHEA)成交 named again as SHEA成交量: the abbreviation in brackets)
    if sj.endswith(name) or sj.startswith(name):
        return True
    rest = name[len(sj):]
    return len(sj) >= 2 and name.startswith(sj) and (
        ratio_only or re.fullmatch(config()["share"]["part_measure"], rest) is not None or
        0 < len(rest) <= 2 and rest in whole_words)
