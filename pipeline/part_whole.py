"""Part–whole: 其中 parts against their whole (parts exceeding the whole is an error; an exact sum a verified
breakdown), parts named among or selected from a whole, nested bands, flows within stocks.
"""
from __future__ import annotations

import re
from collections import defaultdict
from decimal import Decimal

from pipeline.checks import adds_up, _AMOUNT, config, exact, _loose, Outcome, _sum_check
from pipeline.passages import (
    _base_or_prior, _counted_as, _counts_other, is_person, is_times, _measure, _named_whole, _not_listed, Passage,
    _prior, _rest_inside, _rest_next, _passages, _completing, _same_section, _says, item_with_total, among_after,
    listed_item,
)
from pipeline.restatement import common_run, common_tail
from pipeline.table_labels import common_suffix
from schemas.records import Claim


# ---------------------------------------------------------------- 其中 parts, flows within stocks
def part_whole(claims: list[Claim], out: Outcome) -> None:
    """Parts cannot exceed their whole; an exact sum verifies the breakdown.

    - "…N，其中A a、B b": the parts after 其中 against the whole before it, unit by unit, so parallel clauses
      with several measures ("1006个，资助经费23105万元，其中面上项目409个，资助经费8180万元，…") give one check
      per measure; a whole ending the previous sentence ("…206项。其中，…") counts;
    - a year's flow against the stock it adds to: "全年…81项（累计250项）", "年内新增X家，累计Y家", "新立项支持92家，
      累计扶持3018家" and the other way round; a stock named apart from 累计 ("累计认定高新技术成果转化项目17603个")
      must count what the flow counts; clauses about the flow may stand between them;
    - a figure named like a 总 figure before it: "总成交额202亿元，…，现场成交额6.89亿元";
    - a figure against the total printed in parentheses after it: "参与3项（全国共5项）", and a part printed in
      parentheses after its whole: "累计入库企业2397家(新增94家)";
    - a table row labelled 其中 against the row above it.
    Running text is read across contexts cut by the layout (see Passage); averages, shares and ranks do not add up
    and are left out (validation.json: not_additive).
    """
    passages = _passages(claims, tables=True)
    order = {id(c): n for n, c in enumerate(claims)}
    for i, p in enumerate(passages):
        # (the text stated before the passage, in order: read only when a lead names no figure of its own passage)
        earlier = (claims, min((order[id(c)] for _, c in p.placed), default=0))
        # (the next paragraph may carry the last parts of a 其中 list: _completing)
        nxt = passages[i + 1] if i + 1 < len(passages) and not p.row and not passages[i + 1].row else None
        _parts_after_marker(p, out, nxt if nxt is not None and _same_section(p, nxt) else None)
        _part_of_stock(p, out)
        _flow_after_stock(p, out)
        _component_after_total(p, out)
        _nested_bands(p, out)
        _part_of_wider_scope(p, out)
        _selected_from(p, out)
        _chosen_from_among(p, out)
        _items_after_scoped_whole(p, out)
        _parts_among(p, out)
        _part_of_named_whole(p, out, earlier)
        _subset_of_last_named(p, out)
        prev = passages[i - 1] if i > 0 and not p.row and not passages[i - 1].row else None
        if prev is not None and _same_section(prev, p):
            _named_whole_before(prev, p, out)
    _table_inner_rows(claims, out)


_BAND_SCALE = {"percent": Decimal("0.01"), "permille": Decimal("0.001")}


def _parts_among(p: Passage, out: Outcome) -> None:
    """"在97篇…论文中，高校占63篇、科研院所占26篇", "独角兽企业66家中，人工智能领域占19家": the figures each clause
    says a group 占 (takes) of the figure before 中 are parts of it (Σ ≤ whole)."""
    cfg = config()["part_whole"]
    if p.row:
        return
    for k, w in p.placed:
        if w.kind not in _AMOUNT or w.base_unit in cfg["not_additive"]:
            continue
        start = among_after(p, w)
        if start is None:
            continue
        _, s1 = p.sentence(start)  # (the set may be named again past a ；)
        parts = _subsets(p, start, s1, w)
        if parts and exact(w) is not None and all(exact(x) is not None for x in parts):
            _sum_check("part_whole", w, parts, [1] * len(parts), out,
                       "部分超过总数 parts of a whole exceed it", at_most=True, loose=_loose(w, parts))


def _subsets(p: Passage, pos: int, s1: int, w: Claim) -> list[Claim]:
    """The figures of the clauses from pos that each name a subset of w (…中，A占a、B b): one per clause, a name
    with 占 or a short name before it, in w's base unit."""
    cfg = config()["part_whole"]
    parts = []
    # (68个立项项目中，企业牵头项目47项: a whole in the generic 个 of a noun the parts' measure word is of, 项目 / 项)
    noun = p.text[p.end(w):pos] if re.fullmatch(config()["restatement"]["generic_measure"], _measure(w)) and \
        any(c is w for _, c in p.placed) else ""  # (a whole stated earlier in the document stands outside the passage)
    first_lead = ""
    # (审定品种44个（其中国家审定17个、市级审定27个），登记品种42个: what a bracket holds divides the subset before it; its
    # 、 opens no clause of subsets; blanked as long, so offsets hold)
    span = re.sub(r"[（(][^（()）]*[）)]", lambda b: " " * len(b.group(0)), p.text[pos:s1])
    for clause in re.split(cfg["clause_breaks"] + "|[；;]", span):
        inside = [c for c in p.within(pos, pos + len(clause)) if c.kind in _AMOUNT]
        lead = p.text[pos:p.at(inside[0])] if inside else ""
        # (单笔1000万元以下的普惠类贷款862笔: a threshold qualifying the name, up to its 的, is no figure of the lead)
        bands = [c for c in p.within(pos, pos + len(lead)) if c.kind == "threshold"]
        # (5000吨级以上3艘: a band naming the class, up to its 以上)
        if bands and (m := re.match(r"[^，,；;]*?的|\s*级?(?:及?以上|及?以下|以内)", p.text[p.end(bands[-1]):pos + len(lead)])):
            lead = p.text[p.end(bands[-1]) + m.end():pos + len(lead)]
        pos += len(clause) + 1
        if not inside:
            continue
        if parts and re.match(config()["part_whole"]["marker"], lead.lstrip()):
            break  # (…工业领域项目95项，其中…68项: a part of the part before, no subset of its own)
        if _prior(p.text, p.at(inside[0])):
            break  # (机电类设备中，电梯30.14万台，…；电梯数量从上年的29.06万台增至…: last year's figure, no subset)
        if inside[0].base_unit != w.base_unit or w.base_unit == "count" and _counted_as(inside[0]) != _counted_as(w) \
                and not (_measure(inside[0]) and _measure(inside[0]) in noun):
            break  # (新增的42款中，…9款、…26款、…7款，应用覆盖…15个行业: 15个 counts something else)
        # (the first clause may say at length which of them it picks: 28个GMP平台中，对外提供委托研发生产（CDMO）服务的17个;
        # so may an item after 、: …本地服务商168家、来沪设立总部或分支机构的外地服务商86家)
        # (…中，用于支持基础研究的38.62亿元，用于支持企业技术创新和成果转化的214.37亿元: a clause opening as the first
        # part's did is parallel to it, as long)
        longest = cfg["among_first_chars"] if not parts or p.text[pos - len(clause) - 2:pos - len(clause) - 1] == "、" \
            or lead.lstrip()[:2] == first_lead[:2] else cfg["among_name_chars"]
        # (SCI收录期刊中，影响因子超过10的期刊15种: a bound in words before 的 qualifies the name, no figure of the lead)
        bare_lead = re.sub(r"\d+(?:\.\d+)?(?=[^\d，,；;]{0,6}的)", "", lead)
        if not re.search(cfg["takes"] + r"$", lead) and (re.search(r"\d", bare_lead) or len(lead) > longest):
            break
        first_lead = first_lead if parts else lead.lstrip()
        # "192位在沪院士中，中国科学院院士占108人，中国工程院院士84人", "9位院士中，高校4人、企业2人"
        parts.append(inside[0])
    return parts


def _part_of_named_whole(p: Passage, out: Outcome, earlier: tuple[list[Claim], int] | None = None) -> None:
    """The first figure of a sentence opening "<noun>中，" is part of the whole that noun names (_named_whole); also of
    a clause so opening after a ；(…营收超亿元的企业34家…；营收超亿元企业中，营收超10亿元的企业6家), or after a breakdown
    lead (从投资结构看，智能化改造投资中，…). With no such figure in reach, the whole may be stated earlier in the
    document (the summary's 新建5G工厂73个 for a chapter's 新建5G工厂中，…的27个): _named_earlier."""
    if p.row:
        return
    after_semicolon = {m.end() for m in re.finditer(r"[；;]\s*", p.text)}
    starts = {p.sentence(k)[0] for k, _ in p.placed} | after_semicolon
    for s0 in sorted(starts):
        _subsets_of_named_whole(p, s0, out, earlier)
    # (从投资结构看，智能化改造投资中，…: after a breakdown lead the noun names the whole of the dimension, the figure stated
    # earlier in the document or the one the subsets add up to, not a narrower figure of the passage named alike)
    lead = config()["list_total"]["breakdown_lead"]
    for s0 in sorted({s0 + m.end() for s0 in starts if (m := re.match(r"\s*(?:%s)\s*" % lead, p.text[s0:]))}):
        _subsets_of_named_whole(p, s0, out, earlier, in_reach=False)


def _subset_of_last_named(p: Passage, out: Outcome) -> None:
    """"…其中复诊3518万人次，复诊中慢病复诊2207万人次": a clause opening "<noun>中" with no comma after it, the noun
    naming the figure just before it (its subject's end), picks its first figure from that one (part ≤ whole).
    ("<noun>中，" with a comma opens a sentence's subsets: _subsets_of_named_whole.)"""
    if p.row:
        return
    for m in re.finditer(config()["part_whole"]["subset_lead"], p.text):
        k = m.start("n")
        before = [c for c in p.within(max(0, k - 40), k) if c.kind in _AMOUNT and exact(c) is not None]
        after = [c for c in p.within(m.end(), p.sentence(m.end())[1]) if c.kind in _AMOUNT and exact(c) is not None]
        if not before or not after:
            continue
        whole, part = before[-1], after[0]
        gap = p.text[p.end(whole):k]
        subject = re.sub(r"\s", "", whole.subject or "")
        # (…其中商用车2760辆，占新增推广量的96.5%；商用车中重型牵引车718辆: past the part's own share clause)
        # (…毕业企业1264家，毕业率14.6%；毕业企业中高新技术企业418家: past a clause of the whole's own rate)
        own_rate = re.fullmatch(r"\s*[，,]\s*[^，,。；;]{2,24}[；;，,]\s*", gap) and \
            all(c.kind not in _AMOUNT for c in p.within(p.end(whole), k))
        if not (re.fullmatch(r"\s*[，,；;]\s*|\s*[，,]\s*占[^，,。；;]{0,24}[；;，,]\s*", gap) or own_rate) or \
                not subject.endswith(m.group("n")) or \
                whole.base_unit != part.base_unit or _counted_as(whole) != _counted_as(part) or \
                re.search(r"[，,；;。]", p.text[m.end():p.at(part)]):
            continue
        _sum_check("part_whole", whole, [part], [1], out, "部分超过总数 a part exceeds the whole it is picked from",
                   at_most=True, loose=_loose(whole, [part]))


def _subsets_of_named_whole(p: Passage, s0: int, out: Outcome, earlier: tuple[list[Claim], int] | None = None,
                            in_reach: bool = True) -> None:
    """The check of the "<noun>中，" sentence opening at s0 against its whole, named or summed (in_reach: named in
    the sentences before it too; earlier: the document's claims and where the passage's first one stands)."""
    named = (_named_whole(p, s0) if in_reach else None) or _summed_whole(p, s0) or \
        (_named_earlier(p, s0, earlier) if earlier else None)
    if named is None:
        return
    whole, k = named
    parts = _subsets(p, k, _subsets_end(p, s0), whole)
    if not parts or exact(whole) is None or any(exact(x) is None for x in parts):
        return
    ids = "|".join(c.claim_id for c in [whole, *parts])
    if any(k.rule == "part_whole" and k.claim_ids == ids for k in out.checks):
        return  # (the paragraph before read as one passage found it already: _named_whole_before)
    _sum_check("part_whole", whole, parts, [1] * len(parts), out, "部分超过总数 parts of a whole exceed it",
               at_most=True, loose=_loose(whole, parts))
    if (other := _another_pick(p, _subsets_end(p, s0), whole, re.match(config()["part_whole"]["among_lead"],
                                                                        p.text[s0:]))) is not None:
        _sum_check("part_whole", whole, [other], [1], out, "部分超过总数 a part exceeds the whole it is picked from",
                   at_most=True, loose=_loose(whole, [other]))


def _another_pick(p: Passage, end: int, whole: Claim, lead: re.Match | None) -> Claim | None:
    """"立项项目中，A 68项、B 57项，C 36项；由企业牵头的项目118项": past the subsets' ；, a figure counting the lead's
    head noun under a clause of its own (…的项目) picks from the same set, across the subsets (part ≤ whole)."""
    if lead is None or lead.group("ref") or p.text[end:end + 1] not in ("；", ";"):
        return None
    head = lead.group("n")[-2:]
    m = re.match(r"\s*[\u4e00-\u9fff]{2,16}的%s(?=\s*\d)" % re.escape(head), p.text[end + 1:])
    nxt = [c for c in p.within(end + 1, p.sentence(end + 1)[1]) if c.kind in _AMOUNT]
    if m is None or not nxt or p.text[end + 1 + m.end():p.at(nxt[0])].strip() or \
            nxt[0].base_unit != whole.base_unit or _counted_as(nxt[0]) != _counted_as(whole):
        return None
    return nxt[0]


def _named_whole_before(prev: Passage, p: Passage, out: Outcome) -> None:
    """A paragraph opening "<noun>中，" whose whole closes the paragraph before (…累计建成超低能耗建筑1538.2万平方米。//
    累计建成的超低能耗建筑中，居住建筑986.4万平方米…；公共建筑551.8万平方米): read as one passage, the opening sentence
    only."""
    if not re.match(config()["part_whole"]["among_lead"], p.text) or not prev.text.rstrip().endswith(
            tuple(config()["part_whole"]["sentence_breaks"])):
        return
    joined = Passage(prev.text + p.text, prev.placed + [(len(prev.text) + k, c) for k, c in p.placed],
                     prev.pieces + [len(prev.text) + k for k in p.pieces])
    _subsets_of_named_whole(joined, len(prev.text), out)


def _subsets_end(p: Passage, s0: int) -> int:
    """The end of a "<noun>中，" sentence's subsets: past a ；when the clause after it opens with a short name and a
    figure (…居住建筑986.4万平方米，占…64.1%；公共建筑551.8万平方米，…)."""
    s1 = p.sentence(s0)[1]
    last = re.split(config()["part_whole"]["clause_breaks"], p.text[s0:s1])[-1]
    # (only after a clause about the last part, not after a part: …建设类36项；由企业牵头的项目118项 counts apart)
    if p.text[s1:s1 + 1] in ("；", ";") and not [c for c in p.within(s1 - len(last), s1) if c.kind in _AMOUNT] and \
            re.match(r"\s*[\u4e00-\u9fff]{2,%d}\d" % config()["part_whole"]["among_name_chars"], p.text[s1 + 1:]):
        return p.sentence(s1 + 1)[1]
    return s1


def _named_earlier(p: Passage, s0: int, earlier: tuple[list[Claim], int]) -> tuple[Claim, int] | None:
    """A "<noun>中，" lead naming no figure of its passage before it takes the latest figure stated earlier in the
    document whose subject ends with that noun (read without 的 and the report's own scope words: 全年新认定的市级智能工厂
    for 新认定市级智能工厂128家), when the noun is long enough to single it out; of several, the one the noun names alone
    (past a verb), else the latest."""
    cfg = config()["part_whole"]
    m = re.match(cfg["among_lead"], p.text[s0:])
    if not m or m.group("ref") or [c for c in p.within(s0, s0 + m.end()) if c.kind in _AMOUNT]:
        return None  # (68个立项项目中，: the set's own figure leads it, _parts_among's)
    norm = lambda t: re.sub(cfg["earlier_noise"], "", re.sub(r"[\s()（）]", "", t))
    n = norm(m.group("n"))
    if len(n) < cfg["earlier_name_chars"]:
        return None
    k = s0 + m.end()
    first = next((c for c in p.within(k, p.sentence(k)[1]) if c.kind in _AMOUNT), None)
    if first is None:
        return None
    new = config()["restatement"]["marker_classes"]["new_or_cumulative"]["new"]
    said_new = re.search(new, m.group(0)) is not None
    tail = re.compile(re.escape(n) + "(?:" + cfg["named_whole_tail"] + ")?$")
    claims, upto = earlier
    # (新建改造的智能化全民健身设施中 for 全市新建和改造智能化全民健身设施1860个: a subject saying the noun's characters
    # in order and closing on its last earlier_tail_chars names it too, when none ends with the noun itself)
    # (…访问学者分别为2180人次、2046人次和1134人次: an item of a 分别 list is a part, no set a later lead names)
    counted = [c for c in claims[:upto] if not c.table_id and c.kind in _AMOUNT and c.base_unit == first.base_unit and
               exact(c) is not None and (c.base_unit != "count" or _counted_as(c) == _counted_as(first))
               and (said_new or not re.search(new, c.subject or ""))]
    alike = [c for c in counted if not listed_item(c)]
    # (建成的示范社区中 for 建成智慧消防示范社区156个: a subject opening and closing as the noun does, saying its
    # characters in order, with words inserted between)
    named = [c for c in alike if tail.search(norm(c.subject or ""))] or \
        [c for c in alike if len(n) >= cfg["earlier_tail_chars"] and (t := norm(c.subject or "")).endswith(
            n[-cfg["earlier_tail_chars"]:]) and _says(n, t)] or \
        [c for c in alike if len(n) >= cfg["earlier_tail_chars"] and (t := norm(c.subject or ""))[:2] == n[:2]
         and common_tail(t, n) >= cfg["earlier_framed_tail_chars"] and _says(n, t)]
    if not named:
        # (智能可穿戴领域研发中心中 after …研发中心36家，分别为…和智能可穿戴领域7家: an item named with its total's words)
        named = [c for c in counted if item_with_total(n, c, claims[:upto])]
    if not named and is_person(first) and (bare := re.sub(cfg["person_noun"] + "$", "", n)) != n and len(bare) >= 2:
        # (入组人员中，…31260人 for 累计入组70350人: persons counted, the lead's 人员 is the measure the subject leaves to 人)
        tail = re.compile(re.escape(bare) + "$")
        named = [c for c in alike if is_person(c) and tail.search(norm(c.subject or ""))]
    # (the figure named by the noun alone, past a verb, before one of a narrower population named so: 完成智能化改造投资
    # 135.09亿元, not 标杆性智能工厂完成智能化改造投资38.65亿元)
    verbs = config()["share"]["subject_verbs"]
    bare = [c for c in named if (h := tail.search(t := norm(c.subject or ""))) and not re.sub(verbs, "", t[:h.start()])]
    return ((bare or named)[-1], k) if named else None


def _summed_whole(p: Passage, s0: int) -> tuple[Claim, int] | None:
    """"…累计推广燃料电池汽车6842辆…。累计推广车辆中，货车5318辆、客车1046辆、其他专用车478辆": a "<noun>中，" whose
    noun no subject ends with takes the one figure of the sentence before that its subsets add up to exactly."""
    m = re.match(config()["part_whole"]["among_lead"], p.text[s0:])
    if not m or s0 == 0:
        return None
    k, lo, end = s0 + m.end(), p.sentence(s0 - 1)[0], _subsets_end(p, s0)
    lo = p.sentence(lo - 1)[0] if lo > 0 else lo  # (the two sentences before it at most, as _named_whole)
    hits = [c for c in p.within(lo, s0) if c.kind in _AMOUNT and exact(c) is not None and
            not _base_or_prior(p.text, p.at(c), lo) and
            len(parts := _subsets(p, k, end, c)) >= 2 and adds_up(c, parts)]
    return (hits[0], k) if len(hits) == 1 else None


def _nested_bands(p: Passage, out: Outcome) -> None:
    """"200个学科进入全球前1%，44个学科进入全球前1‰，3个学科进入全球前0.1‰": clauses worded alike (figures masked)
    counting what falls within a top band (前P) nest: the count of a narrower band is within that of a wider one."""
    cfg = config()["part_whole"]
    for s0, s1 in sorted({p.sentence(k) for k, _ in p.placed}):
        bands: list[tuple[str, Claim, Decimal]] = []
        pos = s0
        for clause in re.split(cfg["clause_breaks"], p.text[s0:s1]):
            inside = p.within(pos, pos + len(clause))
            pos += len(clause) + 1
            if len(inside) < 2:
                continue
            c, t = inside[0], inside[1]
            if c.kind not in _AMOUNT or c.base_unit in cfg["not_additive"] or exact(c) is None or exact(t) is None:
                continue
            if not re.search(cfg["band_marker"] + r"$", p.text[p.end(c):p.at(t)]):
                continue
            frame = p.text[p.end(c):p.at(t)] + "#" + _measure(c) + t.base_unit.replace("permille", "percent")
            bands.append((frame, c, exact(t) * _BAND_SCALE.get(t.base_unit, Decimal(1))))
        groups: dict[str, list[tuple[Decimal, Claim]]] = defaultdict(list)
        for frame, c, width in bands:
            groups[frame].append((width, c))
        for members in groups.values():
            members.sort(key=lambda t: t[0], reverse=True)
            for (w1, wide), (w2, narrow) in zip(members, members[1:]):
                if w2 < w1:
                    _sum_check("part_whole", wide, [narrow], [1], out,
                               "较窄区间的数目超过较宽区间 a narrower top band counts more than a wider one",
                               at_most=True, loose=_loose(wide, [narrow]))


def _noun_following(p: Passage, c: Claim) -> str:
    """The words right after a figure, up to the clause end ("150余家大模型企业入驻" → 大模型企业入驻)."""
    return re.split(config()["part_whole"]["clause_breaks"] + r"|[。；;（()）\d]", p.text[p.end(c):])[0].strip()


def _part_of_wider_scope(p: Passage, out: Outcome) -> None:
    """"吸引150余家大模型企业入驻, 带动全区超600家大模型企业": a figure of the next clause scoped to the whole area
    (全区, 全市, 全国) and followed by the same noun counts the earlier figure's things among its own."""
    cfg = config()["part_whole"]
    for k, y in p.placed:
        if y.kind not in _AMOUNT or y.base_unit in cfg["not_additive"]:
            continue
        s0, _ = p.sentence(k)
        head = re.split(cfg["clause_breaks"], p.text[s0:k])[-1]
        if not re.search(cfg["wider_scope"] + r"$", head):
            continue
        ny = _noun_following(p, y)
        clause0 = k - len(head)
        for x in reversed(p.within(s0, clause0)):
            if x.kind not in _AMOUNT or x.base_unit != y.base_unit or _measure(x) != _measure(y):
                continue
            nx = _noun_following(p, x)
            n = 0
            while n < min(len(nx), len(ny)) and nx[n] == ny[n]:
                n += 1
            if n >= cfg["same_thing_chars"]:
                _sum_check("part_whole", y, [x], [1], out, "部分超过全区/全市总数 a figure exceeds the area-wide one "
                           "counting the same things", at_most=True, loose=_loose(y, [x]))
            break  # the nearest figure of the measure only


def _items_after_scoped_whole(p: Passage, out: Outcome) -> None:
    """"全年运行2941.5小时,1拍瓦激光系统运行1852小时,10拍瓦激光系统运行1089小时": a whole stated with a scope word and a
    verb only (全年运行) followed by clauses naming items that do the same (…运行) in its measure: the items are
    its parts (Σ ≤ whole: nothing says the items are all)."""
    cfg = config()["part_whole"]
    for s0, s1 in sorted({p.sentence(k) for k, _ in p.placed}):
        clauses, pos = [], s0
        for clause in re.split(cfg["clause_breaks"], p.text[s0:s1]):
            inside = p.within(pos, pos + len(clause))
            # the clause's last figure is what it states (1拍瓦激光系统运行1852小时: 1拍瓦 names the item)
            lead = p.text[pos:p.at(inside[-1])].strip() if inside else None
            clauses.append((lead, inside[-1] if inside else None))
            pos += len(clause) + 1
        for i, (lead, y) in enumerate(clauses):
            m = re.fullmatch(cfg["scoped_whole"], lead or "")
            if m is None or y.kind not in _AMOUNT or y.base_unit in cfg["not_additive"]:
                continue
            verb, parts = m.group("verb"), []
            for lead2, x in clauses[i + 1:]:
                if x is None or x.base_unit != y.base_unit or _measure(x) != _measure(y) or x.kind not in _AMOUNT \
                        or not lead2.endswith(verb) or len(lead2) <= len(verb):
                    break
                parts.append(x)
            if len(parts) >= 2:
                _sum_check("part_whole", y, parts, [1] * len(parts), out,
                           "各项之和超过总数 the items named after a whole exceed it", at_most=True,
                           loose=_loose(y, parts))


def _selected_from(p: Passage, out: Outcome) -> None:
    """"吸引729个项目…参赛，…；遴选优秀创新创业型项目40个": what is selected (遴选, 评选出) is among the figure of the
    same measure before it in its paragraph whose noun closes the selected ones' name (项目 / 优秀…项目)."""
    cfg = config()["part_whole"]
    for m in re.finditer(cfg["selection"], p.text):
        p0, p1 = p.piece(m.start())
        ys = [c for c in p.within(m.end(), p1) if not re.search(r"[，,。；;、（()）]", p.text[m.end():p.at(c)])]
        if not ys or ys[0].kind not in _AMOUNT or ys[0].base_unit in cfg["not_additive"]:
            continue
        y = ys[0]
        name = p.text[m.end():p.at(y)] + _noun_following(p, y)
        for x in reversed(p.within(p0, m.start())):
            if x.kind not in _AMOUNT or x.base_unit != y.base_unit or _measure(x) != _measure(y):
                continue
            nx = re.match(r"[\u4e00-\u9fff]{2,}", _noun_following(p, x))
            noun = nx.group(0)[:cfg["same_thing_chars"]] if nx else ""
            # 发现35种新材料，验证32种: a bare measure after the verb counts the things named before
            if noun and (noun in name or not name.strip()):
                _sum_check("part_whole", x, [y], [1], out, "选出的数目超过参选总数 more selected than there were",
                           at_most=True, loose=_loose(x, [y]))
            break


def _chosen_from_among(p: Passage, out: Outcome) -> None:
    """"从520万个候选成分中成功设计出2种…合金": what comes out of a pool named with 从…中 is at most the pool."""
    for m in re.finditer(config()["part_whole"]["from_among"], p.text):
        p0, p1 = p.piece(m.start())
        pool = [c for c in p.within(m.start(), m.end()) if c.kind in _AMOUNT and c.base_unit == "count"]
        if len(pool) != 1:
            continue
        end = next((k.start() for k in re.finditer(r"[，,。；;]", p.text[m.end():p1])), p1 - m.end()) + m.end()
        out_of = [c for c in p.within(m.end(), end) if c.kind in _AMOUNT and c.base_unit == "count"]
        if out_of:
            _sum_check("part_whole", pool[0], out_of[:1], [1], out, "选出的数目超过候选总数 more chosen than the pool",
                       at_most=True, loose=_loose(pool[0], out_of[:1]))


def _table_inner_rows(claims: list[Claim], out: Outcome) -> None:
    """A table row labelled 其中 ("其中：永续债") is a part of the nearest row above it that is not one."""
    cfg = config()["table_total"]
    cells: dict[tuple, dict[int, Claim]] = defaultdict(dict)
    for c in claims:
        if c.table_id and c.row >= 0 and c.col >= 0 and c.kind in _AMOUNT:
            cells[(c.doc_id, c.table_id, c.col)].setdefault(c.row, c)
    for col in cells.values():
        label = {r: (c.subject or "").rsplit(" ", 1)[0] for r, c in col.items()}
        inner = [r for r in sorted(col) if re.match(cfg["inner_item"], label[r])]
        groups: dict[int, list[Claim]] = defaultdict(list)
        for r in inner:
            above = [x for x in col if x < r and not re.match(cfg["inner_item"], label[x])]
            if above:
                groups[max(above)].append(col[r])
        for r, parts in groups.items():
            whole = col[r]
            if whole.base_unit != parts[0].base_unit or any(
                    (exact(x) is None or exact(x) < 0 or x.base_unit != whole.base_unit) for x in [whole, *parts]):
                continue  # signed amounts (a loss with a gain inside it) do not bound their parts
            _sum_check("part_whole", whole, parts, [1] * len(parts), out,
                       f"表中其中行超过上一行 其中 rows exceed the row above (table {whole.table_id})", at_most=True,
                       loose=_loose(whole, parts))


def _parts_after_marker(p: Passage, out: Outcome, following: "Passage | None" = None) -> None:
    cfg = config()["part_whole"]
    text = p.text
    for m in re.finditer(cfg["marker"], text):
        # (其中涉及科技计划项目的42件、涉及论文发表的51件: a content word inside an item of a 其中 list names the item)
        if re.match(cfg["content_marker"], m.group(0)) and (
                text[m.start() - 1:m.start()] == "、" or
                re.search(cfg["marker"], re.split(r"[，,。；;]", text[:m.start()])[-1])):
            continue
        # whole and parts stay in the marker's own context, unless the whole is cut off into the one before
        p0, p1 = p.piece(m.start())
        if p.row and not p.text[p0:m.start()].strip():
            continue  # a row label "其中：…" (see _table_inner_rows)
        s0, s1 = p.sentence(m.start())
        s1 = min(s1, p1)
        if text[m.start() - 1:m.start()] in "（(":
            # (…61.2万份（其中脑脊液样本3.9万份），影像及组织样本22.2万份: a 其中 in brackets ends with them)
            close = min((i for i in (text.find("）", m.start()), text.find(")", m.start())) if i >= 0), default=-1)
            s1 = min(s1, close) if close >= 0 else s1
        additive = [c for c in p.placed if c[1].kind in _AMOUNT and c[1].base_unit not in cfg["not_additive"]]
        before = [c for k, c in additive if max(s0, p0) <= k < m.start()]
        if not before and not [c for c in p.within(p0, m.start()) if c.kind in _AMOUNT]:
            before = [c for k, c in additive if s0 <= k < m.start()]  # the whole is cut off into the context before
        if not before and s0 > 0 and (not text[s0:m.start()].strip() or
                                      re.fullmatch(cfg["breakdown_lead"], text[s0:m.start()].strip())):
            # "…206项。其中，…": a marker opening its sentence refers to the whole ending the previous one (also
            # after a lead naming the breakdown: "…成交额7318.46亿元。按合同类型分，共包括…")
            q0, _ = p.sentence(s0 - 1)
            if q0 > 0 and re.match(config()["list_total"]["breakdown_lead"], text[q0:s0].lstrip()):
                # (…共58个。按合作方向看，…14个，…9个。其中，…17个: the whole the breakdown divides, not its last item)
                q0 = p.sentence(q0 - 1)[0]
                s_end = max(text.rfind(x, 0, p.sentence(s0 - 1)[0]) for x in "。！？!?；;")
                before = [c for k, c in additive if q0 <= k <= s_end]
                before = _not_items(p, _not_listed(p, q0, s_end, before))
            else:
                lo, hi = (q0 if not p.within(p0, m.start()) else max(q0, p0)), s0
                before = [c for k, c in additive if lo <= k < hi]
                first = next((c for k, c in additive if m.end() <= k < s1), None)
                for _ in range(cfg["sentences_back"]):
                    if lo == 0 or first is None or any(c.base_unit == first.base_unit for c in before):
                        break
                    # (…改造面积512.60万平方米；改造项目分别为…98个、…。平均节能率从15.2%提升至16.8%。其中，机关办公建筑
                    # 改造面积168.42万平方米…: sentences with nothing to add up in the parts' unit, a rate, a list of
                    # counts, stand between the whole and its 其中)
                    lo, hi = p.sentence(lo - 1)[0], lo
                    before = [c for k, c in additive if lo <= k < hi]
                before = _not_items(p, _not_listed(p, lo, hi, before))
                lead = re.match(cfg["among_lead"], text[lo:hi])
                named_set = [c for k, c in additive if lead and lo <= k < lo + lead.end()]
                alike = [c for k, c in additive if lo <= k < hi and first is not None and _measure(c) == _measure(first)]
                if len(named_set) == 1 and any(c is named_set[0] for c in alike) and len(alike) >= 3:
                    # (通过的86个新品种中，审定品种44个…，登记品种42个；其中…绿色优质品种52个: a sentence opening on the set
                    # it picks from, with its figure, breaking it down, divides that set; a 其中 after it is of the 86, not
                    # of the last item; one pick, 38座…中，已有29座…；其中22座, keeps its 其中)
                    before = named_set
        elif not before and s0 > 0 and re.fullmatch(cfg["whole_lead"], text[s0:m.start()].strip()):
            # "…新增推广燃料电池汽车1326辆，累计推广达到5418辆。新增车辆包括…": a lead naming the whole picks it
            # from the sentence before, by the longest run of words it shares with a figure's subject
            lead = text[s0:m.start()].strip()
            q0, _ = p.sentence(s0 - 1)
            named = [(common_run(lead, c.subject or ""), k, c) for k, c in additive if q0 <= k < s0]
            best = max(named, key=lambda t: (t[0], t[1]), default=(0, 0, None))
            if best[0] >= cfg["whole_lead_chars"] and [t for t in named if t[0] == best[0]] == [best]:
                before = [best[2]]
        listed = list(re.finditer(config()["list_total"]["list_marker"], text[max(s0, p0):m.start()]))
        if listed and before and re.fullmatch(r"\s*[，,]\s*", text[p.end(before[-1]):m.start()]) and \
                not re.search(r"[，,；;]", text[max(s0, p0) + listed[-1].end():p.at(before[-1])]):
            # "新认定…32家，分别为欧洲企业12家、…和其他…5家，其中大中华区及以上区域总部14家": a 其中 right after a 分别
            # list divides the list's total, not its last item (…和…1个，总装机规模112.0兆瓦，其中…: a clause after
            # the list is no item of it)
            cut = max(s0, p0) + listed[-1].start()
            # (…审定通过47个…。审定品种分别为水稻21个、…和食用菌4个，其中企业选育的19个: with no total before 分别 in
            # the sentence, the figure of the sentence before the list's lead names alone; never the last item)
            before = [c for c in before if p.at(c) < cut] or _named_by_lead(p, s0, cut, additive, before[-1])
        elif listed and before:
            # (…14个，分别为…5个、…3个和…6个，计划总投资超过一千二百亿元，其中…8个: past a clause after the list, the
            # list's items are still no whole of the 其中)
            l_end = max(s0, p0) + listed[-1].end()
            ce = re.search(r"[，,；;。]", text[l_end:m.start()])
            if ce:
                before = [c for c in before if not l_end <= p.at(c) < l_end + ce.start()] or before
        elif before and re.fullmatch(r"\s*[，,]\s*", text[p.end(before[-1]):m.start()]) and \
                re.match(r"\s*(?:" + config()["list_total"]["breakdown_lead"] + ")", text[s0:]):
            # (…45项。从检测对象看，农药残留类17项、…和生物毒素类7项，其中14项纳入…: a 其中 after a breakdown's items divides
            # what they break down, the figure of the sentence before counted alike, not the last item)
            items = [c for c in before if p.at(c) >= s0 and _measure(c) == _measure(before[-1])]
            if len(items) >= 2 and s0 > 0:
                q0 = p.sentence(s0 - 1)[0]
                alike = [c for k, c in additive if q0 <= k < s0 and _measure(c) == _measure(before[-1])
                         and c.kind == "level" and not _base_or_prior(text, k)]
                before = [max(alike, key=lambda c: exact(c) or 0)] if alike else []
        # (…412.6万千瓦，较上年末的333.6万千瓦增长23.7%。其中，…: the prior year's figure is no whole, nor is a
        # share's base: …1286项，占全国(5312项)的24.2%；其中…187项)
        before = [c for c in before if not _base_or_prior(text, p.at(c))] or before
        # (…累计运行机时32740小时，平均单个设施运行4677小时。其中…: a mean is no whole)
        before = [c for c in before if not _a_mean(text, p.at(c))] \
            or before
        # (深海样品（水深1000米以上）7260份，其中深渊样品（水深6000米以上）…: a band in brackets names a class)
        before = [c for c in before if not _band_in_brackets(p, c)]
        if not before:
            continue
        units = {c.base_unit for c in before}
        measures = {_measure(c) for c in before}
        # The 其中 scope runs clause by clause while each clause with a figure states a part in a whole's unit; a
        # clause stating only a rate of the part before it ("其中物理实验打靶686发次,成功率96.3%") leaves it open
        parts, pos, lo = [], m.end(), m.end()
        subset_lead = re.compile(cfg["subset_lead"])
        while True:
            for clause in re.split(cfg["clause_breaks"], text[lo:s1]):
                start = pos
                inside = p.within(pos, pos + len(clause))
                # (a figure in a bracket opening with 其中 divides the part before it: no part of this whole)
                inner = [(b.start(), b.end()) for b in re.finditer(cfg["bracketed_part"], clause)]
                inside = [c for c in inside if not any(pos + a <= p.at(c) < pos + b for a, b in inner)]
                pos += len(clause) + 1
                if not inside:
                    continue  # a clause naming items only ("其中技术转移转化、科技金融、…")
                if parts and all(c.kind not in _AMOUNT or c.base_unit in cfg["not_additive"] for c in inside):
                    continue
                if parts and re.match(r"\s*(?:" + config()["list_total"]["list_marker"] + ")", clause):
                    break  # (…其中投向三大先导产业128.62亿元，占…63.2%，分别为集成电路52.36亿元、…: the part broken down)
                if re.match(cfg["share_clause"], clause):
                    break  # "…，占全国授奖总数271项的17.0%": the amount in a share's clause is its base, no part
                if parts and clause.lstrip().startswith("其中"):
                    continue  # (…机关办公建筑168.42万平方米，其中中央在沪单位63.85万平方米；商场…: a 其中 inside the list
                    # divides the part before it, and is checked as its own list; the list runs on after it)
                if parts and re.match(cfg["consequence_clause"], clause):
                    break  # "其中上海出资5.82亿元，占33.6%，带动企业和社会资金投入超过40亿元": what the whole brought about
                if parts and re.search(config()["list_total"]["closing_total"], clause):
                    break  # "其中，A 268.52亿元、B 196.37亿元、C 112.84亿元，三个行业合计577.73亿元": the parts' own sum
                if parts and re.fullmatch(r"\s*中\s*", text[p.end(inside[-1]):start + len(clause)]):
                    break  # (其中…1.46亿人次，在这1.46亿人次中，…1.12亿人次: a clause naming a set by its figure picks from it)
                scope = re.match(cfg["scope_clause"], clause)
                if parts and scope and scope.group("w") not in text[s0:m.start()]:
                    break  # "新增…186家，其中…64家、…122家，累计培育…超过两千八百家": a cumulative count is no new part
                # (其中上海光源…从2024年的5860小时提升至6120小时: the starting figure is a prior one, no part)
                # (…单线日均客流超过10万人次: a mean is no part)
                same = [c for c in inside if c.kind in _AMOUNT and c.base_unit in units and
                        not re.search(cfg["from_before"], text[:p.at(c)]) and not _a_mean(text, p.at(c))]
                if not same:
                    break
                if parts and (sub := subset_lead.match(text, start)) and \
                        re.sub(r"\s", "", parts[-1].subject or "").endswith(sub.group("n")):
                    break  # "其中复诊3518万人次，复诊中慢病复诊2207万人次": a subset of the last part, no part of its own
                if parts and text[start - 1:start] in "，," and any(
                        len(h := (w.subject or "")[-2:]) == 2 and clause.lstrip().startswith(h) for w in before):
                    break  # "…园区24家，其中…5家、…19家，园区集聚农业科技企业超过六百家": the whole again, doing more
                parts += same
            else:
                w = before[-1]
                # (…326家，其中A 183家、B 97家、C 46家；上市企业17家…: parts adding up to the whole already are all of
                # them, what follows the ； counts the whole another way)
                whole_already = len(parts) >= 2 and all(c.base_unit == w.base_unit for c in parts) and \
                    adds_up(w, parts)
                nxt = None if whole_already else _parallel_part(
                    p, parts, s1, p1, w, kinds_of={c.base_unit: c for c in before})
                if nxt is not None:  # "…；技术提升实验打靶98发次": the list of parts runs on past a ；
                    lo = pos = s1 + 1
                    s1 = min(p.sentence(lo)[1], p1)
                    continue
            break
        # (…；其余4个为…: the rest opening the next sentence completes the list, Σ = whole)
        # (9.73亿元中，市级财政资金6.42亿元，…，其中…1.38亿元；其余3.31亿元…: when the whole is picked from a set, a rest
        # after a ；is the set's, as 另有 is)
        picked = bool(before) and _picked_from_set(p, before[-1])
        rest = next((r for w in reversed(before) if parts and (r := _rest_next(p, s1, p1, w)) is not None), None)
        # (96家，其中三级医院82家，其中三级甲等医院71家；其余14家…: a whole that is itself a 其中 part leaves the rest
        # after the ；to the set it was picked from)
        rest = None if picked or (before and _a_part_itself(p, before[-1])) else rest
        if rest is None and parts and not picked:
            # (…其中，A 5920吨；B 1870吨，占…22.1%，其余670吨…: the rest closing the sentence after the last part)
            rest = _rest_inside(p, p.end(parts[-1]), s1, parts[0])
        # (…；其他城市共获得7.27亿元: a last part named as the others completes the list as a rest does)
        # (only after a ；: in "其中新建23家，分布在A 8家、…和其他区3家" the others close the breakdown of the 23)
        closing = parts[-1] if rest is None and len(parts) >= 2 and re.search(
            config()["list_total"]["remainder"], re.split(r"[，,；;。]", text[:p.at(parts[-1])])[-1]) and \
            re.search(r"[；;]", text[p.end(parts[-2]):p.at(parts[-1])]) else None
        if rest is not None:
            # (…724处，重点布局在…五个新城。其余1122处…: with the rest, the parts are those counted as the whole)
            # (426台、738架、312台。其余384台（套）: when none is counted so, the words differ, the things do not)
            alike = [c for c in parts if _counted_as(c, alike=False) == _counted_as(rest, alike=False)]
            parts = (alike or parts) + [rest]
        by_unit: dict[str, list[Claim]] = defaultdict(list)
        for c in parts:
            by_unit[c.base_unit].append(c)
        weak = re.match(cfg["content_marker"], m.group(0)) is not None
        for bu, ps in by_unit.items():
            cands = [c for c in before if c.base_unit == bu]
            words = {c.unit for c in ps}
            # 涵盖/包含 list contents as often as parts ("两批指南,涵盖9大专题、55个研究方向"): only items counted
            # alike (40余款…、50余款…) and either in the whole's measure or at least two of them are read as parts
            if weak and (len({_measure(c) for c in ps}) > 1 or
                         len(ps) < 2 and all(_measure(c) != _measure(w) for c in ps for w in cands)):
                continue
            # 966家企业…1905单，其中…289单: the whole is counted with the parts' measure word when one is
            whole = next((c for c in reversed(cands) if c.base_unit != "count" or c.unit in words), cands[-1])
            alike = [c for c in cands if c.base_unit != "count" or _counted_as(c) == _counted_as(ps[0])]
            if len(alike) > 1 and not text[s0:m.start()].strip():
                # (…投入财政资金9.36亿元，带动…配套投入约21亿元。其中，市级财政资金5.48亿元: a 其中 opening its sentence
                # divides the figure its first part is named after, when one is named so by far the most)
                runs = {id(c): common_run(re.sub(r"\s", "", ps[0].subject or ""), re.sub(r"\s", "", c.subject or ""))
                        for c in alike}
                best = max(alike, key=lambda c: runs[id(c)])
                if runs[id(best)] >= cfg["named_whole_chars"] and \
                        all(runs[id(best)] - runs[id(c)] >= 2 for c in alike if c is not best):
                    whole = best
            if exact(whole) is None or any(exact(x) is None for x in ps):
                continue
            # (…跨境技术交易项目312项…。其中，技术引进项目174项、技术输出项目138项，合作对象覆盖…30余个国家和地区: of the
            # wholes' measure words, the chosen whole's; 个 of the 1268个 before counts countries here, no 项)
            own = [c for c in ps if c.base_unit != "count" or _measure(c) in measures and (
                not _measure(whole) or _measure(c) in _measure(whole) or _measure(whole) in _measure(c))]
            # (项（人） counts both 项 and 人: a word inside the whole's is its own)
            if not own and bu == "count" and sum((exact(x) for x in ps), Decimal(0)) > exact(whole) and \
                    all(_counts_other(x, whole) and _measure(x) not in _measure(whole) for x in ps):
                continue  # (发行…产品9单，…其中…，基础资产涉及…知识产权1960件: things of another word, no parts of the 9)
            if own and len(own) < len(ps) and sum((exact(x) for x in ps), Decimal(0)) > exact(whole):
                # the report counts one thing in several measure words (5位…3人, 3000余项展品…60余款), but a count in
                # another word that would overflow the whole is another thing (其中上海牵头104项，带动…600余家单位参与)
                ps = own
            # (节点2.64万个，其中…；平台调用量4.6亿次: times counted, 次, are no part of things, 个)
            ps = [c for c in ps if c.base_unit != "count" or is_times(c) == is_times(whole)]
            if not ps:
                continue
            if len(ps) >= 2 and sum((exact(x) for x in ps), Decimal(0)) > exact(whole) and \
                    len(exact_sum := [c for c in cands if c is not whole and exact(c) is not None and adds_up(c, ps)]) == 1:
                # (共发现安全隐患15463项，已整改15128项…。其中一般隐患15281项、重大隐患182项: parts adding up exactly to a
                # figure before the nearest divide that one)
                whole = exact_sum[0]
            more = [] if rest in ps or closing in ps else _completing(p, following, s1, whole, ps)
            ps = ps + more
            _sum_check("part_whole", whole, ps, [1] * len(ps), out,
                       "其中部分超过总数 parts after 其中 exceed the whole",
                       at_most=rest not in ps and closing not in ps and not more,
                       loose=_loose(whole, ps))
            if len(ps) >= 2 and adds_up(whole, ps):
                out.checks[-1].observed += " (exact breakdown)"


def _band_in_brackets(p: Passage, c: Claim) -> bool:
    """c is the bound of a band in brackets after a name ((水深1000米以上)): it names a class, it counts nothing."""
    k = p.at(c)
    opened = max(p.text.rfind("（", 0, k), p.text.rfind("(", 0, k))
    return opened >= 0 and not re.search(r"[）)]", p.text[opened:k]) and \
        re.match(r"\s*(?:及?以上|及?以下|以内)\s*[）)]", p.text[p.end(c):]) is not None


def _a_mean(text: str, at: int) -> bool:
    """The figure at `at` is a mean: its clause opens with 平均, 人均, 日均… (validation.json average_lead)."""
    lo = max(text.rfind(ch, 0, at) for ch in "，,。；;") + 1
    return re.search(config()["part_whole"]["average_lead"], text[lo:at]) is not None


def _not_items(p: Passage, cands: list[Claim]) -> list[Claim]:
    """The figures of a sentence that are no items of a list (joined by 、/和, or the rest 其余N), when some are not
    (…加氢站21座，分布于嘉定区8座、临港新片区5座和宝山区3座，其余5座…。其中，…: the 其中 refers to the 21座)."""
    cfg = config()["list_total"]
    items = set()
    for prev, c in zip(cands, cands[1:]):
        gap = p.text[p.end(prev):p.at(c)]
        if re.search(cfg["item_join"], gap) and not re.search(r"[，,；;。]", gap):
            items |= {id(prev), id(c)}
        if re.match(cfg["rest_figure"], re.split(r"[，,；;]", gap)[-1].strip() + c.raw):
            items.add(id(c))
    return [c for c in cands if id(c) not in items] or cands


def _parallel_part(p: Passage, parts: list[Claim], s1: int, p1: int, whole: Claim | None = None,
                   kinds_of: dict[str, Claim] | None = None) -> Claim | None:
    """The first figure after a ；ending a 其中 list, when it is one more item of that list: the same measure word
    as the list's first part and named alike (a common ending of the words before the figures: 物理实验打靶 /
    技术提升实验打靶), and not named more like the whole (主导制定国家标准412项，其中…；主导制定行业标准538项: a sibling
    of the whole)."""
    if not parts or s1 >= p1 or p.text[s1] not in "；;":
        return None
    cfg = config()["part_whole"]
    if re.match(cfg["parallel_not"], p.text[s1 + 1:]):
        return None  # "…其中A 4人、B 5人；截至年底，在沪两院院士192人": a new statement, dated apart
    if re.match(r"\s*" + cfg["among_lead"], p.text[s1 + 1:]):
        return None  # "…其中船舶动态数据7.46亿条；船舶动态数据中，…5.92亿条": a set of its own opens, picked from a part
    nxt = p.within(s1 + 1, min(p.sentence(s1 + 1)[1], p1))
    if not nxt:
        return None
    first, c = parts[0], nxt[0]
    if re.match(cfg["another_item"], p.text[s1 + 1:]) and c.kind in _AMOUNT and c.base_unit == first.base_unit:
        # "其中，示范企业27家、示范街道19个；另有示范基地5个": one more item, whatever its measure word; not when the whole
        # is itself picked from a set (214项项目中，工业领域项目95项，其中…68项；另有…52项: one more of the 214)
        if whole is not None and _picked_from_set(p, whole):
            return None
        return c
    if c.kind in _AMOUNT and _rest_inside(p, p.end(c), min(p.sentence(s1 + 1)[1], p1), first) is not None:
        return c  # "其中，A 5920吨；B 1870吨，…，其余670吨…": a list its rest closes runs on to it
    if c.kind in _AMOUNT and c.base_unit == first.base_unit and _counted_as(c) == _counted_as(first) and \
            re.search(config()["list_total"]["remainder"], p.text[s1 + 1:p.at(c)]):
        # "其中，上海市获得11.37亿元，占…；其他城市共获得7.27亿元": the others, the list's last item; not when the whole is
        # itself picked from a set (9.73亿元中，…6.42亿元，…其中…1.38亿元；其余3.31亿元: the set's rest)
        # (96家，其中三级医院82家，其中…71家；其余14家: nor when the whole is itself a 其中 part)
        return None if whole is not None and (_picked_from_set(p, whole) or _a_part_itself(p, whole)) else c
    if c.kind not in _AMOUNT or c.base_unit != first.base_unit or _measure(c) != _measure(first):
        return None

    def lead(x: Claim) -> str:
        k = p.at(x)
        return re.split(cfg["clause_breaks"] + "|[。；;]", p.text[:k])[-1]

    if whole is not None and common_run(lead(whole), lead(c)) > common_run(lead(first), lead(c)):
        return None
    # (43家企业中，上市企业9家，其中科创板上市企业6家；高新技术企业31家: when the whole is picked from a set, a figure
    # named no more like its part than like it is another pick from the set)
    if whole is not None and _picked_from_set(p, whole) and \
            common_run(lead(whole), lead(c)) >= common_run(re.sub(cfg["marker"], "", lead(first)), lead(c)):
        return None
    tail = common_suffix([lead(first), lead(c)])
    if len(tail) < cfg["parallel_tail_chars"]:
        return None
    # (技术转让和技术许可合同合计3503项，其中技术许可合同1368项…；技术咨询合同4917项: a whole naming its kinds, the first
    # part among them, has no part of a kind it does not name)
    def kind(x: Claim) -> str:
        return re.sub(cfg["marker"], "", lead(x))[:-len(tail)].strip()
    named = kinds_of.get(first.base_unit) if kinds_of else None
    if named is not None and len(kind(first)) >= 2 and kind(first) in lead(named) and kind(c) not in lead(named):
        return None
    return c


def _named_by_lead(p: Passage, s0: int, cut: int, additive: list, item: Claim) -> list[Claim]:
    """The figure of the sentence before s0, counted as the list's item is, that the words before 分别 (s0 to cut)
    name with the longest run of characters, when one does (at least two characters)."""
    if s0 == 0:
        return []
    q0 = p.sentence(s0 - 1)[0]
    lead = p.text[s0:cut]
    runs = [(common_run(lead, c.subject or ""), c) for k, c in additive if q0 <= k < s0 and
            c.base_unit == item.base_unit and _measure(c) == _measure(item) and not _base_or_prior(p.text, k)]
    best = max((r for r, _ in runs), default=0)
    named = [c for r, c in runs if r == best]
    return named if best >= 2 and len(named) == 1 else []


def _a_part_itself(p: Passage, whole: Claim) -> bool:
    """The figure's clause opens with 其中: it is a part of a whole before it."""
    k = p.at(whole)
    lo = max(p.text.rfind(ch, 0, k) for ch in "，,；;。") + 1
    return re.match(r"\s*" + config()["part_whole"]["marker"], p.text[lo:k]) is not None


def _picked_from_set(p: Passage, whole: Claim) -> bool:
    """The figure's sentence picks it from a set named before it (214项项目中，工业领域项目95项…): what follows its own
    其中 list after a ；(另有…, 其余…) is the set's, not the figure's."""
    return re.search(r"中[，,]", p.text[p.sentence(p.at(whole))[0]:p.at(whole)]) is not None


def _persons_and_things(x: Claim, y: Claim) -> bool:
    """One counts persons, the other things: no flow of one adds to a stock of the other."""
    return is_person(x) != is_person(y)


def _counts_same(flow_words: str, x: Claim, stock_words: str, y: Claim) -> bool:
    """A stock figure set apart from 累计 by words names what it counts; the flow must count the same: the same
    measure word, and the flow's words (its markers dropped) either elided or sharing a run of characters with
    the stock's (新认定高新技术企业 / 累计认定高新技术企业; 全年新认定 / 累计认定…; not 在孵企业 / 建设专业技术平台)."""
    cfg = config()["part_whole"]
    w = re.sub(r"[^\u4e00-\u9fff]", "", re.sub(cfg["flow_marker"], "", flow_words))
    if _measure(x) != _measure(y):
        return False
    if not w:
        return True
    return common_run(w, stock_words) >= min(len(w), cfg["same_thing_chars"])


def _stock_figure(p: Passage, k: int, cumulative: bool) -> tuple[Claim | None, bool]:
    """The figure a stock marker ending at k announces: the first one of its clause, right after the marker
    ("累计250项", near) or, after 累计 only, past a verb and a noun ("累计认定高新技术企业2.4万家", not near)."""
    cfg = config()["part_whole"]
    reach = cfg["stock_reach"] if cumulative else cfg["stock_gap"]
    ys = [c for c in p.within(k, k + reach + 1) if not re.search(r"[，,。；;、（()）]", p.text[k:p.at(c)])]
    if not ys or ys[0].kind not in _AMOUNT or ys[0].base_unit in cfg["not_additive"]:
        return None, False
    return ys[0], p.at(ys[0]) - k <= cfg["stock_gap"]


def _part_of_stock(p: Passage, out: Outcome) -> None:
    cfg = config()["part_whole"]
    text = p.text
    for m in re.finditer(cfg["stock_marker"], text):
        cumulative = re.search(cfg["cumulative"], m.group(0)) is not None
        y, near = _stock_figure(p, m.end(), cumulative)
        if y is None:
            continue
        s0, _ = p.sentence(m.start())
        xs = [c for c in p.within(s0, m.start()) if c.kind in _AMOUNT and c.base_unit == y.base_unit]
        if not xs:
            continue
        x = xs[-1]
        gap = text[p.end(x):m.start()]
        clause = re.split(cfg["clause_breaks"], text[s0:p.at(x)])[-1]
        in_paren = near and re.fullmatch(cfg["stock_paren"], gap) is not None
        # "年内新增X家，累计Y家": the flow is named in its own clause and the stock follows in the next one, or after
        # clauses about the flow that state nothing in its unit ("全年认定818个，其中…占83.9%，累计认定17603个"); a
        # stock figure further from 累计 must count the same thing (家 and 家, not 张 and 家)
        flow = (cumulative and (re.fullmatch(cfg["flow_gap"], gap) or re.fullmatch(cfg["flow_aside"], gap))
                and re.search(cfg["flow_marker"], clause) is not None
                and (near or _counts_same(clause, x, text[m.end():p.at(y)], y)))
        if not (in_paren or flow) or _persons_and_things(x, y):
            continue
        what = ("当年数超过累计数 this year's figure exceeds the cumulative one" if flow else
                "部分超过括号中的总数 a figure exceeds the total given with it")
        _sum_check("part_whole", y, [x], [1], out, what, at_most=True, loose=_loose(y, [x]))
    # "累计入库企业2397家(新增94家)": a part given in parentheses right after its whole
    for m in re.finditer(cfg["part_paren"], text):
        xs = [c for c in p.within(m.end(), m.end() + cfg["stock_gap"] + 1)
              if not re.search(r"[，,。；;、（()）]", text[m.end():p.at(c)])]
        ys = [c for c in p.within(max(0, m.start() - 12), m.start() + 1) if p.end(c) == m.start()]
        if not xs or not ys:
            continue
        x, y = xs[0], ys[-1]
        if x.kind not in _AMOUNT or y.kind not in _AMOUNT or x.base_unit != y.base_unit \
                or y.base_unit in cfg["not_additive"]:
            continue
        _sum_check("part_whole", y, [x], [1], out, "括号中的部分超过总数 the part in parentheses exceeds the figure",
                   at_most=True, loose=_loose(y, [x]))


def _component_after_total(p: Passage, out: Outcome) -> None:
    """"总成交额202亿元，同比增长66.7%，现场成交额6.89亿元": a figure named by the same noun as a 总 figure before it
    in the sentence is a component of that total (the next figure of the unit only)."""
    cfg = config()["part_whole"]
    for k, w in p.placed:
        if w.kind not in _AMOUNT or w.base_unit in cfg["not_additive"]:
            continue
        s0, s1 = p.sentence(k)
        # a figure opening its line (a label set above it) is named by its subject
        lead = p.text[s0:k] if p.text[s0:k].strip() else (w.subject or "")
        m = re.search(cfg["total_noun"] + r"$", lead)
        if m is None:
            continue
        noun = m.group("noun")
        for c in p.within(k + 1, s1):
            if c.kind not in _AMOUNT or c.base_unit != w.base_unit:
                continue
            head = re.split(cfg["clause_breaks"] + "|[。；;]", p.text[p.end(w):p.at(c)])[-1]
            if re.search(noun + cfg["total_noun_tail"] + "$", head) and "总" + noun not in head:
                _sum_check("part_whole", w, [c], [1], out, "分项超过总数 a component exceeds the total named before it",
                           at_most=True, loose=_loose(w, [c]))
            break  # only the next figure of the unit


def _flow_after_stock(p: Passage, out: Outcome) -> None:
    """"累计扶持Y家，新立项支持X家": the stock first, this year's flow in the very next clause."""
    cfg = config()["part_whole"]
    text = p.text
    for m in re.finditer(cfg["cumulative"], text):
        y, near = _stock_figure(p, m.end(), True)
        if y is None:
            continue
        gap = re.match(r"[^\d，,。；;、（()）]{0,8}[，,]", text[p.end(y):])
        if gap is None:
            continue
        k = p.end(y) + gap.end()
        clause = re.split(r"[，,。；;、（()）]", text[k:])[0]
        xs = p.within(k, k + len(clause))
        if not xs or xs[0].base_unit != y.base_unit or xs[0].kind not in _AMOUNT or _persons_and_things(xs[0], y):
            continue
        x = xs[0]
        if _counts_other(x, y):
            continue  # 累计建成23个，全年…提供中试服务1870批次: another thing counted
        if re.search(cfg["flow_marker"], text[k:p.at(x)]) is None or \
                not (near or _counts_same(text[k:p.at(x)], x, text[m.end():p.at(y)], y)):
            continue  # the next clause must name a flow before its figure (新增, 全年, …)
        _sum_check("part_whole", y, [x], [1], out, "当年数超过累计数 this year's figure exceeds the cumulative one",
                   at_most=True, loose=_loose(y, [x]))
