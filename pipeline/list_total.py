"""Lists against totals: per-item figures against a stated total (48+86+46 = 180篇), breakdowns after a
lead, a rest completing its whole, counts of listed items, shares of one whole, table rows against text.
"""
from __future__ import annotations

import re
from collections import defaultdict
from decimal import Decimal

from pipeline.checks import adds_up, _AMOUNT, _check, config, _DIGIT, exact, _flag, fmt, half_unit, _loose, Outcome, _sum_check
from pipeline.passages import (
    _noun_after, _base_or_prior, _clause_before, _counted_as, _counts_other, _header, _label_kind, _measure, Passage,
    _passages, _rest_inside, _rest_next, _row_label, _completing, _same_section,
)
from pipeline.restatement import common_run
from pipeline.table_labels import common_suffix
from schemas.records import Claim


# ---------------------------------------------------------------- lists against their totals
def list_total(claims: list[Claim], out: Outcome) -> None:
    """Per-item figures against a stated total, and a stated number of items against the items listed.

    - "共N项，分别为A a项、B b项", "A a家、B b家，共N家": the listed figures sum to the total (共/合计/总计 marks
      it as one); "A a家、B b家等N家", "包括a位X、b位Y等近百位": the figures before 等 are among the N;
    - "5个一级指标…排名分别为第2、5、1、2、2位": as many figures listed as the count says (figures in the count's
      own measure are its parts instead);
    - a table whose rows each state a figure ("其中以第一作者或通讯作者发表论文 31 篇") against the total the
      text states with the same words on that page (or the page before or after it), or naming every row label
      before it; the table's own total and 其中 rows are not items;
    - a total announced in a section ("提出16条举措") against one figure of the same wording in each of its
      subsections ("…7条举措", "…4条举措", "…5条举措").
    """
    passages = _passages(claims)
    for i, p in enumerate(passages):
        following = passages[i + 1] if i + 1 < len(passages) and _same_section(p, passages[i + 1]) else None
        previous = passages[i - 1] if i and _same_section(passages[i - 1], p) else None
        _breakdown_after_lead(p, out, following, previous)
        if previous is not None:
            _breakdown_opening_paragraph(previous, p, out)
        _listed_sum(p, out)
        _sum_before_total(p, out)
        _parts_before_etc(p, out)
        _listed_count(p, out)
        _shares_after_marker(p, out)
        _listed_shares(p, out)
        _rest_completes(p, out)
    _table_rows_vs_text(claims, out)
    _section_breakdown(claims, out)


def _listed_sum(p: Passage, out: Outcome) -> None:
    cfg = config()["list_total"]
    for m in re.finditer(cfg["list_marker"], p.text):
        s0, s1 = p.sentence(m.start())
        # (an amount inside a share's clause is its base, not the figure listed: 11款，占全国(74款)的14.9%，分别为…;
        # nor is the prior year's)
        before = [c for c in p.within(s0, m.start()) if c.kind in _AMOUNT and not _base_or_prior(p.text, p.at(c), s0)]
        item = next((c for c in p.within(m.end(), s1) if c.kind in _AMOUNT), None)
        inc = [c for c in p.within(p.end(before[-1]) if before else s0, m.start())
               if c.kind == "change" and c.direction == "up" and item is not None and c.base_unit == item.base_unit
               and _measure(c) == _measure(item) and re.search(cfg["increment_words"], p.text[s0:p.at(c)][-4:])]
        if before and inc:
            # (床位480张，比上年新增96张，分别为…新增64张、…20张和…12张: the list breaks down the increment after the stock)
            before = inc[-1:]
        lead = re.sub(cfg["lead_pointer"], "", p.text[s0:m.start()].strip())
        if not before and re.search(r"[，,]", lead) and len(re.split(r"[，,]", lead)[-1].strip()) >= 2 and \
                not re.match(cfg["breakdown_lead"], lead):  # (按技术领域分，新入库企业分别…: _led_from_before's)
            # (…梯次利用1.52万吨…。梯次利用量占回收总量的34.8%，梯次利用电池分别用于…: with no amount before 分别 in its
            # sentence, the list's own clause names what it breaks down)
            lead = re.split(r"[，,]", lead)[-1].strip()
        # (…举办各类开源技术活动236场。开源技术大会、开发者沙龙和编程马拉松分别为42场、153场和41场: a lead naming the
        # items, not the total, breaks down only the one figure they add up to exactly)
        items_lead = re.fullmatch(cfg["items_lead"], lead) is not None and re.search(cfg["item_join"], lead) is not None
        summed_before = False  # the total found in the sentence before as the one figure the items add up to
        if not before and s0 > 0 and p.text[s0 - 1] in "；;。！？!?" and (
                not lead or re.fullmatch(r"[\u4e00-\u9fff]{2,12}", lead) or items_lead):
            # "…认定通过7420家，通过率75.3%；新认定企业分别为…": the list's lead names a figure of the clause before ；
            # (or of the sentence before: "…获批183款。获批游戏分别为…", "…“灯塔工厂”12家。这些“灯塔工厂”分别为…",
            # then only one figure named most alike)
            q0 = p.sentence(s0 - 1)[0]
            nc = config()["restatement"]["marker_classes"]["new_or_cumulative"]
            said = {k for k, w in nc.items() if re.search(w, lead)}
            named = [(common_run(lead, _clause_before(p, c) + (c.subject or "")), c) for c in p.within(q0, s0 - 1)
                     if c.kind in _AMOUNT and not _base_or_prior(p.text, p.at(c), q0)
                     # (全年新增项目分别为… divides no running total: 累计支持…381项)
                     and not any(re.search(w, _clause_before(p, c) + (c.subject or "")) for k, w in nc.items()
                                 if said and k not in said)]
            best = max((n for n, _ in named), default=0)
            alike = [c for n, c in named if n == best]
            # (…需求85个，其中完成揭榜签约64个…。新增场景分别为18个、14个、12个、9个和11个: the one figure the items
            # add up to exactly is the one they break down, whatever the lead's words share with another's)
            summed = [c for c in p.within(q0, s0 - 1) if c.kind in _AMOUNT and
                      not _base_or_prior(p.text, p.at(c), q0) and _adds_up_to(p, c, m.end(), s1, cfg)]
            if len(summed) == 1:
                before, summed_before = summed, True
            elif not lead or re.fullmatch(cfg["generic_lead"], lead):
                # (…技术标准47项。分别为国家标准6项、…: a sentence opening with 分别 lists the figure ending the one before;
                # so does one opening with a word for any money, …投入2.46亿元。资金分别用于…1.12亿元、…)
                first = next((c for c in p.within(m.end(), s1) if c.kind in _AMOUNT), None)
                ends = [c for c in p.within(q0, s0 - 1) if c.kind in _AMOUNT and first is not None
                        and c.base_unit == first.base_unit and not _base_or_prior(p.text, p.at(c), q0)]
                before = ends[-1:] if ends and not re.search(r"[，,；;]", p.text[p.end(ends[-1]):s0 - 1]) else []
            elif items_lead:
                before = []
            elif best >= 2 and (p.text[s0 - 1] in "；;" or len(alike) == 1):
                before = alike[-1:]  # (the nearest of those named alike)
            elif best >= 2:
                # (…征集场景128个，遴选落地96个…。落地场景分别为24个、31个、18个和23个: named alike by two, the figure
                # the items add up to exactly is the one they break down; none, and the list is left unchecked)
                before = [c for c in alike if _adds_up_to(p, c, m.end(), s1, cfg)][-1:]
        first = next((c for c in p.within(m.end(), s1) if c.kind in _AMOUNT), None)  # the list's first item
        led = _led_from_before(p, s0, m.start(), s1, first, before, cfg)
        if led is not None:
            items = _list_items(p, [c for c in p.within(m.end(), s1) if c.kind in _AMOUNT
                                    and c.base_unit == led.base_unit], cfg)
            if len(items) >= 2 and all(exact(c) is not None for c in [led, *items]):
                _sum_check("list_total", led, items, [1] * len(items), out,
                           "分项之和与总数不符 listed figures do not add up to the total", at_most=True,
                           loose=_loose(led, items) or any(c.qualifier for c in items))
            continue
        # (2368家单位组织…，分别为…: 单位 right after the figure is what it counts, no 单位 of a per-unit measure)
        if not before or re.search(cfg["per_unit"], re.sub(r"^单位", "", p.text[p.end(before[-1]):m.start()])):
            continue  # (奖金合计7940万元，…单项奖金分别为100万元、40万元和20万元: amounts per item, no parts)
        if summed_before:
            # (…母基金总规模890亿元，…。集成电路、生物医药、人工智能母基金规模分别为450亿元、215亿元和225亿元: the
            # sum found the total; the tests below tell a total in the list's own sentence from others' figures)
            items = _list_items(p, [c for c in p.within(m.end(), s1) if c.kind in _AMOUNT
                                    and c.base_unit == before[0].base_unit], cfg)
            if not adds_up(before[0], items) and (x := _same_verb_item(p, items, s1)) is not None:
                items = items + [x]  # (…分别签约68个、52个和45个，…论坛签约81个: the item the sum found)
            _sum_check("list_total", before[0], items, [1] * len(items), out,
                       "分项之和与总数不符 listed figures do not add up to the total",
                       loose=_loose(before[0], items) or any(c.qualifier for c in items))
            continue
        # (…担保业务12486笔、金额523.74亿元，分别为首贷担保3215笔、…: the total in the items' unit, not the last figure)
        total = next((c for c in reversed(before) if first is not None and c.base_unit == first.base_unit), before[-1])
        k = p.at(total)
        items = _list_items(p, [c for c in p.within(m.end(), s1) if c.kind in _AMOUNT
                                and c.base_unit == total.base_unit], cfg)
        at_most = False
        if not re.search(cfg["total_marker"] + r"$", p.text[max(s0, k - 4):k]):
            # "发表论文162篇，…，分别为《细胞》41篇、《自然》78篇和《科学》43篇": the list names its items after 分别为,
            # so it breaks the figure before it down
            # (214个立项项目分别为量子计算86项、…: a total in the generic 个 right before the noun the items count)
            same = [c for c in before if c.base_unit == total.base_unit and (_counted_as(c) == _counted_as(items[0]) or (
                c is total and re.fullmatch(config()["restatement"]["generic_measure"], _measure(c))
                and re.fullmatch(cfg["lead_subject"], p.text[p.end(c):m.start()])
                and exact(c) != len(items)))] if items else []  # (三个重点领域分别立项…: the count of the items)
            # (after 其中 the list names some parts only: part_whole holds them to the whole; a 其中 in the sentence
            # before the list's does not when the list's lead names the total well: …接待访问学者2860人次，其中…940人次。
            # 访问学者分别来自…, but not …场景需求85个，其中…64个…。新增场景分别为…)
            named_well = same and common_run(lead, _clause_before(p, same[-1]) + (same[-1].subject or "")) >= \
                cfg["list_name_chars"]
            if not same or re.search(config()["part_whole"]["marker"],
                                     p.text[max(p.at(same[-1]), s0) if named_well else p.at(same[-1]):m.start()]):
                continue
            between = p.text[m.end():p.at(items[0])]
            verb = _clause_before(p, same[-1]).strip()[-2:]
            clauses = re.split(r"[，,；;：:]", p.text[p.end(same[-1]):m.start()])
            names = clauses[-1]  # the words right before 分别, in the figure's clause or a clause of their own
            if len(verb) == 2 and between.strip().startswith(verb) and len(clauses) > 1 and names.strip():
                continue  # (…上海出资4.2亿元，江苏、浙江分别出资3.2亿元和2.8亿元: others doing what the figure's owner did)
            if not between.strip() and (not "".join(clauses).strip() or len(clauses) == 2 and not clauses[0].strip()
                                        and len(names.strip()) >= 2 and names.strip() in _clause_before(p, same[-1])):
                # (…四大医学期刊发表论文86篇，分别为32篇、21篇、18篇和15篇: bare figures right after the total; also after
                # the total's own noun again: 合计规模200亿元，规模分别为100亿元、…)
                pass
            elif re.fullmatch(cfg["names_after_marker"], between) and \
                    len(re.findall(cfg["item_join"], between)) == len(items) - 1:
                # "146项，分别由企业、高校和科研院所牵头63项、58项和25项": one name per figure, listed after 分别
                at_most = not re.search(cfg["remainder"], between)
            elif not re.fullmatch(cfg["named_item"], between):
                # names before 分别 (…发布地方标准138项，智能制造、生物医药…和公共服务领域分别为34项、…和36项): the
                # named categories are parts of the figure before, all of them only when one is the rest (其他)
                if re.match(cfg["breakdown_lead"], p.text[s0:].lstrip()):
                    continue  # (按设立主体看，医疗机构1127家，高校和科研院所分别为…: siblings of the 1127, no parts)
                if re.search(config()["part_whole"]["marker"], p.text[s0:p.at(same[-1])]):
                    continue  # (…其中医药制造2762.13亿元、医疗器械制造1096.52亿元，医药商业流通和…分别实现…: a 其中 item)
                if re.match(cfg["scope_lead"], p.text[s0:].lstrip()):
                    continue  # (在三大先导产业中，集成电路21.08亿元，生物医药和人工智能分别为…: an item after a scope lead)
                if len(re.findall(cfg["item_join"], names)) < len(items) - 1 or _DIGIT.search(names) or \
                        len(verb) == 2 and verb in names:
                    continue  # (…上海牵头31项，江苏、浙江和安徽牵头分别为…: the names do what the figure's owner did)
                at_most = not re.search(cfg["remainder"], names)
            total = same[-1]
        if len(items) < 2 or any(exact(c) is None for c in [total, *items]):
            continue
        if (rest := _rest_inside(p, p.end(items[-1]), s1, items[-1])) is not None and rest not in items:
            # (…分别为首台（套）装备4.12亿元、…和首版次软件2.36亿元，其余1.39亿元用于…: a rest closes the list, all of it)
            items, at_most = items + [rest], False
        _sum_check("list_total", total, items, [1] * len(items), out,
                   "分项之和与总数不符 listed figures do not add up to the total", at_most=at_most,
                   loose=_loose(total, items) or any(c.qualifier for c in items))


def _led_from_before(p: Passage, s0: int, at: int, s1: int, first: Claim | None, before: list[Claim],
                     cfg: dict) -> Claim | None:
    """The total of a 分别 list in a sentence opening with a breakdown lead that states nothing in the items' measure
    before 分别: the figure of the sentence before in that measure, the one the list's words name when there are
    several (…专项资金12.86亿元，支持项目146项，带动社会投资超过60亿元。分领域看，…三类项目分别为58项、47项和41项，
    安排资金分别为5.72亿元、…). The list may name the main items only: Σ ≤ total. at: where 分别 stands; first:
    the list's first item."""
    lead = re.match(r"\s*(?:%s)" % cfg["breakdown_lead"], p.text[s0:])
    if first is None or s0 == 0 or p.text[s0 - 1] not in "。！？!?" or not lead or \
            any(c.base_unit == first.base_unit and _counted_as(c) == _counted_as(first) for c in before):
        return None  # (三类项目分别为58项…: the count of the items is no total of them)
    opening = next((c for c in p.within(s0 + lead.end(), s1) if c.kind in _AMOUNT), None)
    if opening is not None and opening.base_unit == first.base_unit and _counted_as(opening) == _counted_as(first):
        return None  # a lead followed by the list itself: _breakdown_after_lead reads it
    q0 = max(p.text.rfind(x, 0, s0 - 1) for x in "。！？!?") + 1  # the whole sentence before, past its ；
    # (a part after 其中 is no total of the dimension's breakdown: …8640家，其中首次申领企业5210家…。从行业分布看，申领企业
    # 分别为…; a sentence of parts only, 其中财政资金11.72亿元…, has none)
    marker = config()["part_whole"]["marker"]
    cands = [c for c in p.within(q0, s0 - 1) if c.kind in _AMOUNT and c.base_unit == first.base_unit
             and _counted_as(c) == _counted_as(first) and not _base_or_prior(p.text, p.at(c), q0)
             and not re.search(marker, p.text[q0:p.at(c)]) and not re.search(cfg["list_marker"], p.text[q0:p.at(c)])]
    if len(cands) > 1:
        words = re.split(r"[，,；;：:]", p.text[s0:at])[-1]
        runs = {id(c): common_run(words, _clause_before(p, c) + (c.subject or "")) for c in cands}
        best = max(runs.values())
        cands = [c for c in cands if runs[id(c)] == best] if best >= 2 else []
    return cands[0] if len(cands) == 1 else None


def _breakdown_after_lead(p: Passage, out: Outcome, following: Passage | None = None,
                          previous: Passage | None = None) -> None:
    """"…共2864项。按转化方式看，转让1326项，许可1157项，作价投资381项": a sentence opening with a breakdown lead
    naming a dimension (按转化方式看, 从类型看, 分阶段看) lists the parts of the largest figure of the sentence before
    in the same measure word (a level, not the change after it: 1247家，较上年末增加63家。从类型看，…; not a share's
    base or the prior year's). With a remainder item (其他, 其余) the list is the whole breakdown (Σ = total); without
    one it may name the main items only (Σ ≤ total)."""
    cfg = config()["list_total"]
    for m in re.finditer(cfg["breakdown_lead"], p.text):
        s0, s1 = p.sentence(m.start())
        # (签约金额按领域分，分别为…: the lead after the name of what it divides)
        divided = p.text[s0:m.start()].strip()
        if divided and _breakdown_in_sentence(p, s0, m, s1, out):
            continue
        if s0 == 0 or divided and not (re.fullmatch(cfg["lead_subject"], divided) and m.group(0)[0] == "按" and not re.match(
                config()["part_whole"]["marker"], divided)) or p.text[s0 - 1] not in "。！？!?":
            continue  # the lead must open a sentence (not a clause after ；), after one holding the whole
        # (从领域看，178项新增首台（套）装备中，高端能源装备46项、…: a figure naming the scope (…中，) is the whole again, as
        # is one before 分别: 按产业链环节分，312家企业分别为…)
        scoped = [c for c in p.within(m.end(), s1) if c.kind in _AMOUNT and re.match(cfg["scope_restated"], p.text[p.end(c):s1])]
        items = _list_items(p, [c for c in p.within(m.end(), s1) if c.kind in _AMOUNT and c not in scoped], cfg)
        if not items:
            continue
        q0 = max(p.text.rfind(x, 0, s0 - 1) for x in "。！？!?") + 1  # the whole sentence before, past its ；
        # (…的新入库企业分别为17342家、2516家和607家。按技术领域分，…: items of another breakdown are no whole)
        wholes = [c for c in p.within(q0, s0) if c.kind == "level" and c.base_unit == items[0].base_unit
                  and _counted_as(c) == _counted_as(items[0]) and exact(c) is not None
                  and not _base_or_prior(p.text, p.at(c), q0)
                  and not re.search(cfg["list_marker"], p.text[q0:p.at(c)])]
        after_part = re.match(config()["part_whole"]["marker"], p.text[q0:s0].lstrip()) is not None
        # (从行业分布看，全年新办工作许可15150份。按行业分，…: a lead before the one whole it names is no breakdown)
        if re.match(cfg["scoped_part_sentence"], p.text[q0:s0].lstrip()) or \
                re.match(cfg["breakdown_lead"], p.text[q0:s0].lstrip()) and len(wholes) != 1:
            # (入库企业中，首次入库企业9420家。按技术领域看，…: that sentence states a part of a whole before it; 从完成方式看，
            # …31项，…25项。从奖种看，…: it is another breakdown of that whole)
            _summed_before_paragraph(previous, p, m.end(), s1, items, out)
            continue
        if not wholes or any(exact(c) is None for c in items):
            _summed_before_paragraph(previous, p, m.end(), s1, items, out)
            continue
        # the largest: the sentence's other figures in that word are its parts (其中…187项) or a new batch; a
        # figure after 其中 is a part even when it is not smaller (a miscopied whole: 0.0642亿元，其中…1.38亿元)
        marker = config()["part_whole"]["marker"]
        every = wholes
        wholes = [c for c in wholes if not re.search(marker, p.text[q0:p.at(c)])] or wholes
        whole = max(wholes, key=exact)
        if scoped and scoped[0].base_unit == items[0].base_unit and exact(scoped[0]) is not None and \
                _counted_as(scoped[0]) == _counted_as(items[0]):  # (三类项目分别为58项…: the count of the classes)
            whole = scoped[0]  # the scope restated names the whole (178项…中), not the sentence before's largest
        items, complete = _whole_list(p, m.end(), s1, items, cfg)
        if not complete and not scoped and not after_part and (named := _list_names(p, m.end(), items, wholes, q0)):
            whole = named
        lead = re.match(r"\s*(?P<n>[^，,；;。]{2,12}?)" + cfg["list_marker"], p.text[m.end():])
        named = [c for c in every if lead and re.sub(r"\s", "", c.subject or "") == lead.group("n")]
        if complete and not scoped and len(named) == 1:
            whole = named[0]  # (分运营企业看，IPv6流量分别为…: the figure the lead names word for word, 其中IPv6流量51.83亿GB)
        over = _overflows(whole, items)
        # (…72.8亿GB，其中IPv6流量51.83亿GB…。分运营企业看，IPv6流量分别为…: a 其中 part may be what a whole list divides)
        exact_hits = [c for c in every if adds_up(c, items)]
        # (…入组143例，…从上年的88例增至143例: one figure printed twice is one hit)
        if complete and not scoped and not adds_up(whole, items) and len({exact(c) for c in exact_hits}) == 1:
            # (…企业达到11236家，国家级…“小巨人”企业1184家…。从区域分布看，…，其余12个区合计367家: a whole breakdown
            # adding up exactly to another figure of the sentence before breaks that one down, not the largest)
            whole, over = exact_hits[0], False
        if (complete or over) and not scoped and q0 > 0 and not adds_up(whole, items):
            # (全年…完成采集86420件/套…。截至年底，累计…412680件/套…。从采集主体看，31260、18540；其余36620: a whole
            # breakdown adding up exactly to a figure of the sentence before that one, and not to the largest of the
            # last, breaks that figure down; so does a breakdown overflowing the last's figure, 全部项目中…分别为41项、
            # …和17项 after …项目156项…。市级…项目52项)
            r0 = 0 if over else p.sentence(q0 - 1)[0]
            hits = [c for c in p.within(r0, q0) if c.kind == "level" and c.base_unit == items[0].base_unit
                    and _counted_as(c) == _counted_as(items[0]) and adds_up(c, items)]
            if len({exact(c) for c in hits}) == 1:  # (one figure, perhaps printed twice: …26.38亿元…增至26.38亿元)
                whole, over = hits[0], False
        if over and _summed_before_paragraph(previous, p, m.end(), s1, items, out):
            continue  # (…核能科研项目156项…。// 市级…项目52项。按研究方向分，全部项目中…: the paragraph before's)
        if after_part and over:
            continue  # (其中，高危漏洞4344个…。按发现主体看，7935个、2716个: a breakdown overflowing the 其中 part is of the whole)
        if over and re.match(cfg["named_scope"], p.text[m.end():]):
            continue  # (从投资结构看，智能化改造投资中，…: the scope names the whole the breakdown overflows; part_whole's)
        if not complete and (verb_item := _same_verb_item(p, items, s1)) is not None:
            items = items + [verb_item]  # (…分别签约68个、52个和45个，浦江创新论坛等…签约81个: one more item, said alike)
            over = _overflows(whole, items)
        if not complete and not over and (more := _completing(p, following, s1, whole, items)):
            # (…兑付金额1.86亿元。从使用方向看，…0.72亿元。// …1.14亿元: the breakdown ends in the next paragraph)
            items, complete = items + more, True
        if len(items) < 2:
            continue
        _sum_check("list_total", whole, items, [1] * len(items), out,
                   "分项之和与总数不符 the breakdown does not add up to the total", at_most=not complete,
                   loose=_loose(whole, items) or any(c.qualifier for c in items))


def _alike_after(p: Passage, last: Claim, s1: int, like: Claim, breaks: str = "，,") -> tuple[int, Claim] | None:
    """Where the clause right after a list's last item starts (after one of `breaks`), and its one figure, when it
    has one counted as `like` is."""
    clause = re.match(r"\s*[" + breaks + r"]([^，,；;。]*)", p.text[p.end(last):s1])
    if clause is None:
        return None
    lo = p.end(last) + clause.start(1)
    inside = [c for c in p.within(lo, lo + len(clause.group(1))) if c.kind in _AMOUNT]
    if len(inside) != 1 or inside[0].base_unit != like.base_unit or _counted_as(inside[0]) != _counted_as(like):
        return None
    return lo, inside[0]


def _others_after(p: Passage, last: Claim, s1: int) -> Claim | None:
    """The figure of the clause right after a list's last item that names the others (其余各区合计5940个,
    发往…等其他地区2500万件), counted as the items are."""
    found = _alike_after(p, last, s1, last, "，,；;")
    if found is None or not re.search(config()["list_total"]["remainder"], p.text[found[0]:p.at(found[1])]):
        return None
    return found[1]


def _same_verb_item(p: Passage, items: list[Claim], s1: int) -> Claim | None:
    """The one figure of the clause right after a list's last item, counted alike, whose words end with the verb the
    list's first item follows (分别签约68个、…，…论坛签约81个)."""
    verb = p.text[max(0, p.at(items[0]) - 2):p.at(items[0])]
    if not re.fullmatch(r"[\u4e00-\u9fff]{2}", verb) or re.search(r"分别|为|是|达|有", verb):
        return None
    found = _alike_after(p, items[-1], s1, items[0])
    if found is None or not p.text[found[0]:p.at(found[1])].endswith(verb):
        return None
    return found[1]


def _breakdown_in_sentence(p: Passage, s0: int, m: re.Match, s1: int, out: Outcome) -> bool:
    """"全年新认定…实验室14家，按牵头单位看，企业牵头6家、高校牵头5家、科研院所牵头3家": a lead after the clause stating
    the one figure of its sentence counted as the items breaks that figure down (Σ ≤ total; Σ = total with a rest).
    Returns whether it was read so."""
    cfg = config()["list_total"]
    if p.text[s0:m.start()].rstrip()[-1:] not in ("，", ","):
        return False
    items = _list_items(p, [c for c in p.within(m.end(), s1) if c.kind in _AMOUNT], cfg)
    if len(items) < 2 or any(exact(c) is None for c in items):
        return False
    wholes = [c for c in p.within(s0, m.start()) if c.kind == "level" and c.base_unit == items[0].base_unit
              and _counted_as(c) == _counted_as(items[0]) and exact(c) is not None
              and not _base_or_prior(p.text, p.at(c), s0)]
    if len(wholes) != 1 or [c for c in p.within(s0, m.start()) if c.kind in _AMOUNT and c is not wholes[0]
                            and c.base_unit == items[0].base_unit]:
        return False
    items, complete = _whole_list(p, m.end(), s1, items, cfg)
    _sum_check("list_total", wholes[0], items, [1] * len(items), out,
               "分项之和与总数不符 the breakdown does not add up to the total", at_most=not complete,
               loose=_loose(wholes[0], items) or any(c.qualifier for c in items))
    return True


def _list_names(p: Passage, lead_end: int, items: list[Claim], wholes: list[Claim], q0: int) -> Claim | None:
    """The figure of the sentence before that a breakdown naming only some classes divides, when it is not the
    largest: the one the items add up to exactly (…产值600.6亿元，其中半导体材料286.5亿元。从产品构成看，…分别实现
    产值98.6亿元、…: the 286.5), else the one whose clause ends with the verb after 分别 (受理申报14350项，…立项2614项。
    分计划看，…分别立项1046项、…), else the one whose clause shares by far the most wording with the items' names
    (建成投运智算中心31个，部署智算集群40个。从运营主体看，由国有企业运营的智算中心12个、…)."""
    cfg = config()["list_total"]
    pool = [c for c in p.within(q0, lead_end) if c.kind == "level" and c.base_unit == items[0].base_unit
            and _counted_as(c) == _counted_as(items[0]) and exact(c) is not None and c not in items
            and not _base_or_prior(p.text, p.at(c), q0)]
    exact_hits = [c for c in pool if adds_up(c, items)]
    if len(exact_hits) == 1:
        return exact_hits[0]
    if len(wholes) < 2:
        return None
    words = p.text[lead_end:p.at(items[0])]
    if verb := re.search(cfg["verb_after_list_marker"], words):
        said = [c for c in wholes if _clause_before(p, c).endswith(verb.group(1))]
        if len(said) == 1:
            return said[0]
    runs = sorted(((common_run(words, _clause_before(p, c) + (c.subject or "")), id(c), c) for c in wholes),
                  reverse=True)
    if runs[0][0] >= cfg["list_name_chars"] and runs[0][0] - runs[1][0] >= 2:
        return runs[0][2]
    return None


def _whole_list(p: Passage, lead_end: int, s1: int, items: list[Claim], cfg: dict) -> tuple[list[Claim], bool]:
    """A breakdown's items with its rest, and whether they are the whole breakdown: a remainder item (其他, 其余) or
    分别为 right after the lead (naming every class, 按所有制分，分别为…), or a rest opening the next sentence or the
    clause after the list (…由新型研发机构建设的4个；其余3个由…, …分别建设7个、6个、5个和4个，其余2个依托…)."""
    said_rest = re.search(cfg["remainder"], p.text[lead_end:p.end(items[-1])]) is not None
    complete = said_rest or re.match(cfg["every_class_opening"], p.text[lead_end:p.at(items[0])]) is not None
    # (从区域分布看，分别为浦东新区14家、…和闵行区6家，其余5家分布在…: a list naming every class may still close on a rest)
    # (…和松江区1250个，其余各区合计5940个; …3100万件，发往…等其他地区2500万件: a clause naming the others)
    rest = _rest_next(p, s1, len(p.text), items[-1]) or \
        (None if said_rest else _rest_inside(p, p.end(items[-1]), s1, items[-1]) or _others_after(p, items[-1], s1))
    if rest is not None and rest not in items:
        return items + [rest], True
    return items, complete


def _breakdown_opening_paragraph(prev: Passage, p: Passage, out: Outcome) -> None:
    """"…累计入库企业28436家。// 按技术领域分，电子信息9830家、…，其余3846家": a breakdown lead opening a paragraph lists
    the parts of a figure of the paragraph before; read only when the list (with its rest) adds up exactly to one
    level figure there counted alike (pass-only: which figure it divides is read from the sum)."""
    cfg = config()["list_total"]
    m = re.match(r"\s*(?:" + cfg["breakdown_lead"] + ")", p.text)
    if not m or any(c.kind in _AMOUNT for c in p.within(0, m.start())):
        return
    s1 = p.sentence(m.end())[1]
    items = _list_items(p, [c for c in p.within(m.end(), s1) if c.kind in _AMOUNT], cfg)
    # (a list naming only some classes is read only when it adds up exactly to one figure, as a whole one is: 按年龄分，
    # 入组人员中60岁及以上38640人、18至59岁24590人，18岁以下7120人 after …累计入组70350人)
    _summed_before_paragraph(prev, p, m.end(), s1, items, out)


def _summed_before_paragraph(prev: Passage | None, p: Passage, lead_end: int, s1: int, items: list[Claim],
                             out: Outcome) -> bool:
    """A breakdown finding no whole in the sentence before it (none counted alike, a part's sentence, or one it
    overflows) divides the one figure of the paragraph before, in its section, that its items add up to exactly
    (…经审核入库28436家…。// 入库企业中，首次入库企业9420家。按技术领域看，…其他领域3846家): pass-only, as which
    figure it divides is read from the sum. True when checked."""
    if prev is None or len(items) < 2 or any(exact(c) is None for c in items):
        return False
    items, _ = _whole_list(p, lead_end, s1, items, config()["list_total"])
    hits = [c for _, c in prev.placed if c.kind == "level" and c.base_unit == items[0].base_unit
            and _counted_as(c) == _counted_as(items[0]) and exact(c) is not None and adds_up(c, items)]
    if len({exact(c) for c in hits}) != 1:
        return False
    _sum_check("list_total", hits[0], items, [1] * len(items), out,
               "分项之和与总数不符 the breakdown does not add up to the total", loose=_loose(hits[0], items))
    return True


def _overflows(whole: Claim, items: list[Claim]) -> bool:
    """Σ items exceeds the whole by more than the summed half-units."""
    spread = half_unit(whole) + sum((half_unit(c) for c in items), Decimal(0))
    return sum((exact(c) for c in items), Decimal(0)) - exact(whole) > spread


def _adds_up_to(p: Passage, total: Claim, lo: int, hi: int, cfg: dict) -> bool:
    """The list between lo and hi, in the total's base unit and measure word, sums to it within the half-units."""
    items = _list_items(p, [c for c in p.within(lo, hi) if c.kind in _AMOUNT and c.base_unit == total.base_unit
                            and _counted_as(c) == _counted_as(total)], cfg)
    return len(items) >= 2 and (adds_up(total, items) or (x := _same_verb_item(p, items, hi)) is not None
                                and adds_up(total, items + [x]))


def _rest_completes(p: Passage, out: Outcome) -> None:
    """"…项目196项，由企业牵头承担的142项，占比超过七成。其余54项由高校…牵头": the rest (其余N) and the parts named
    before it, since the whole, make the whole up (Σ = total). The whole is the first figure of that measure word in
    the rest's sentence or, when the rest opens its sentence, in the sentence before."""
    cfg = config()["list_total"]
    for m in re.finditer(cfg["rest_figure"], p.text):
        rest = next((c for c in p.within(m.end(), m.end() + 1) if c.kind == "level"), None)
        if rest is None or exact(rest) is None:
            continue
        s0, _ = p.sentence(m.start())
        # (…企业78家。主要分布在嘉定区24家、…，其余9家…: a sentence opening on where they are spread lists the parts of
        # the sentence before's figure)
        spread = s0 > 0 and re.match(cfg["spread_lead"], p.text[s0:].lstrip()) is not None
        q0 = p.sentence(s0 - 1)[0] if s0 > 0 and (not p.text[s0:m.start()].strip() or spread) else s0
        # (counted as the rest is, in the word printed: 1860台（套），其中…426台、…738架…。其余384台（套）… names no parts)
        same = [c for c in p.within(q0, m.start()) if c.kind == "level" and c.base_unit == rest.base_unit
                and _counted_as(c, alike=False) == _counted_as(rest, alike=False) and exact(c) is not None and not _base_or_prior(p.text, p.at(c), q0)]
        if spread:
            same = [c for c in same if p.at(c) < s0][-1:] + [c for c in same if p.at(c) >= s0]
        # (…市级财政资金6.42亿元，…，其中…1.38亿元；其余3.31亿元…: a 其中 part of a part is no part of the whole)
        mk = re.search(config()["part_whole"]["marker"], p.text[q0:m.start()])
        if mk and len(same) >= 3 and p.at(same[1]) < q0 + mk.start():
            same = [c for c in same if p.at(c) < q0 + mk.start()]
        whole, parts = (same[0], same[1:] + [rest]) if len(same) >= 2 else (None, [])
        # (炉渣中，118.4万吨用于…、52.6万吨用于…，其余25.3万吨…: a sentence opening with the set it picks from, with no
        # figure of its own, names the whole before it, part_whole's; 新认定的31家中，… keeps its own)
        among = re.match(r"\s*" + config()["part_whole"]["among_lead"], p.text[q0:])
        if whole is None or re.match(cfg["breakdown_lead"], p.text[s0:].lstrip()) or \
                re.match(cfg["breakdown_lead"], p.text[q0:].lstrip()) or \
                among and not p.within(q0, q0 + among.end()) or \
                re.match(config()["part_whole"]["marker"], p.text[q0:].lstrip()) or \
                p.text[p.end(whole):p.end(whole) + 1] == "、" or \
                exact(whole) <= sum((exact(c) for c in same[1:]), Decimal(0)):
            continue  # (after 分阶段看 the whole is before the lead, 浦东新区52家、… is an item; a whole counts more)
        _sum_check("list_total", whole, parts, [1] * len(parts), out,
                   "分项与其余之和与总数不符 the parts and the rest do not add up to the total",
                   loose=_loose(whole, parts) or any(c.qualifier for c in parts))


def _list_items(p: Passage, cands: list[Claim], cfg: dict) -> list[Claim]:
    """The items of a list: they share a measure word, and the list ends with the item joined by 和/及/与
    ("…395个和温室气体监测站70个，全年获取有效监测数据4.7亿条": the 4.7亿条 is no item)."""
    out: list[Claim] = []
    # (8兆瓦级机组42台, 1—5米影像11.27万景: a figure in another unit, or a range of them, right before an item names
    # its class, it is no item)
    classes: set[int] = set()
    for c, nxt in reversed(list(zip(cands, cands[1:]))):
        gap = p.text[p.end(c):p.at(nxt)]
        if c.base_unit != nxt.base_unit and re.fullmatch(r"[\u4e00-\u9fff]{1,4}", gap) and \
                not re.search(cfg["item_join"], gap) or id(nxt) in classes and re.fullmatch(r"\s*[—\-–~～至]\s*", gap):
            classes.add(id(c))
    cands = [c for c in cands if id(c) not in classes]
    for c, nxt in zip(cands, cands[1:] + [None]):
        gap = p.text[p.end(c):p.at(nxt)] if nxt is not None else ""
        if re.fullmatch(r"[\u4e00-\u9fff]{1,4}", gap) and not re.search(cfg["item_join"], gap) and (
                _measure(c) == _measure(nxt) or out and _counts_other(c, out[0]) and not _counts_other(nxt, out[0])):
            # (…市级部门3847个和16个区2421个, …浦东新区584家和其他八个区1885家: a count inside the item's name, in its
            # measure word or another, the item's figure closes it)
            continue
        if out and _counts_other(c, out[0]) and not (
                re.fullmatch(config()["restatement"]["generic_measure"], _measure(out[0]))
                and re.search(cfg["last_item_join"], p.text[p.end(out[-1]):p.at(c)])):
            # (…基岩标和分层标组38个以及地下水位监测井198口: the last item, joined by 以及, counted in its own word after
            # items in the generic 个)
            break
        out.append(c)
        if len(out) > 1 and re.search(cfg["last_item_join"], p.text[p.end(out[-2]):p.at(c)]) and not (
                len(out) > 2 and re.search(cfg["list_marker"], p.text[p.end(out[-3]):p.at(out[-2])])):
            break  # (…医疗机构1127家，高校和科研院所分别为412家和286家，…合计561家: a 和 inside 分别 ends no list)
    return out


def _amount_right_after(p: Passage, pos: int) -> Claim | None:
    """The amount printed right after a total marker (合计, 等), in its clause: "合计 N项", "等近百位"."""
    ys = [c for c in p.within(pos, pos + 3) if not re.search(r"[，,。；;、（()）]", p.text[pos:p.at(c)])]
    return ys[0] if ys and ys[0].kind in _AMOUNT else None


def _trailing_amounts(cands: list[Claim], total: Claim) -> list[Claim]:
    """The run of amounts in the total's base unit that ends `cands` (the items right before a 合计 or 等)."""
    items: list[Claim] = []
    for c in reversed(cands):
        if c.kind not in _AMOUNT or c.base_unit != total.base_unit:
            break
        items.insert(0, c)
    return items


def _sum_before_total(p: Passage, out: Outcome) -> None:
    """"A a项，B b项，合计N项": the figures of the clauses right before a closing total add up to it."""
    cfg = config()["list_total"]
    for m in re.finditer(cfg["closing_total"], p.text):
        total = _amount_right_after(p, m.end())
        if total is None:
            continue
        s0, _ = p.sentence(m.start())
        lead = re.search(r"[，,、]" + cfg["total_lead"] + r"$", p.text[s0:m.start()])
        if not re.fullmatch(r"\s*[，,、]\s*", p.text[max(s0, m.start() - 1):m.start()] or "x") and not lead:
            continue  # the total opens its own clause right after the list (after a word counting the items: 四区合计)
        if lead and re.search(r"[和及与]", lead.group(0)):
            continue  # (…徐汇区71家、黄浦区和静安区合计96家: the total of the names it follows, not of the figures)
        if lead and re.search(cfg["remainder"], lead.group(0)):
            continue  # (…杨浦区3家、徐汇区3家，其他区合计5家: the rest's own total, one more item)
        clause = re.split(r"[，,；;：:]", p.text[s0:m.start()])[-1]
        if re.search(r"[、和及与]", clause) and not p.within(m.start() - len(clause), m.start()):
            continue  # (…286家，疾控及检验检测机构、企业合计561家: names grouped under one figure, one more item)
        end = s0 + lead.start() if lead else m.start()
        items = _trailing_amounts(p.within(s0, end), total)
        listed = list(re.finditer(cfg["list_marker"], p.text[s0:end]))
        if listed and len(after := [c for c in items if p.at(c) > s0 + listed[-1].start()]) >= 2:
            items = after  # (…两个环节企业分别为214家和297家，合计511家: the figure before 分别 counts the items)
        if len(items) < 2 or any(exact(c) is None for c in [total, *items]):
            continue
        _sum_check("list_total", total, items, [1] * len(items), out,
                   "分项之和与合计不符 listed figures do not add up to the stated total",
                   loose=_loose(total, items) or any(c.qualifier for c in items))


def _parts_before_etc(p: Passage, out: Outcome) -> None:
    """The figures listed before 等 are among the N after it (Σ ≤ N; 等 leaves room for more):

    - "A a家、B b家等N家": 等 right after the last figure;
    - "a位X、b位Y等N位" (包括20余位…获奖者、4位…获得者等近百位…): each item opens its list segment with its
      figure, and the last one runs on to 等 within its clause."""
    cfg = config()["list_total"]
    for m in re.finditer(cfg["etc_total"], p.text):
        total = _amount_right_after(p, m.end())
        if total is None:
            continue
        s0, _ = p.sentence(m.start())
        before = [c for k, c in p.placed if s0 <= k < m.start()]
        if not before:
            continue
        if p.end(before[-1]) == m.start():
            items = _trailing_amounts(before, total)
        else:
            items = _leading_items(p, before, m.start(), total)
        if not items or any(exact(c) is None for c in [total, *items]):
            continue
        _sum_check("list_total", total, items, [1] * len(items), out,
                   "列举各项超过“等”后的总数 the figures listed exceed the total after 等", at_most=True,
                   loose=_loose(total, items))


def _listed_shares(p: Passage, out: Outcome) -> None:
    """"技术开发、技术服务和技术转让合同成交额占比分别为42.3%、38.6%和19.1%": the shares a 分别 list gives to parts
    named with one head noun (…占比, …比重) are parts of one whole: Σ ≤ 100% (the list need not name every part)."""
    cfg = config()["list_total"]
    for m in re.finditer(cfg["list_marker"], p.text):
        s0, s1 = p.sentence(m.start())
        items = [c for c in p.within(m.end(), s1) if c.kind == "share" and c.base_unit == "percent"]
        seps = [p.text[p.end(a):p.at(b)] for a, b in zip(items, items[1:])]
        if len(items) < 2 or not all(re.fullmatch(cfg["list_separator"], x) for x in seps) or \
                p.text[m.end():p.at(items[0])].strip() or any(exact(c) is None for c in items):
            continue
        subjects = [c.subject or "" for c in items]
        head = common_suffix(subjects)
        if len(head) < cfg["share_head_chars"] or not re.search(cfg["share_head"], head) or \
                len(set(subjects)) != len(items) or head in subjects:
            continue  # one whole's parts: one head noun, a name each
        _shares_of_one_whole(items, out)


def _shares_after_marker(p: Passage, out: Outcome) -> None:
    """"80名…，其中40%来自上海高校、46%来自其他国内高校、14%来自国外高校": shares of one printed whole listed after
    其中, each opening its clause and followed by the same words (来自), split that whole: Σ ≤ 100%. Shares not
    worded alike (其中45岁以下占比近九成、硕博学历超50%) may overlap and are not added up. A list naming the rest
    of a group (…来自除上海外其他国内高校) is meant to cover the whole: Σ = 100% within rounding, short of it a
    warning."""
    cfg = config()["list_total"]
    pw = config()["part_whole"]
    for m in re.finditer(pw["marker"], p.text):
        s0, s1 = p.sentence(m.start())
        if not [c for c in p.within(s0, m.start()) if c.kind in _AMOUNT]:
            continue  # shares of a whole the sentence does not print
        items, follow, pos, rest = [], [], m.end(), False
        for clause in re.split(pw["clause_breaks"], p.text[m.end():s1]):
            inside = p.within(pos, pos + len(clause))
            k0 = pos
            pos += len(clause) + 1
            if len(inside) != 1 or inside[0].kind != "share" or inside[0].base_unit != "percent" \
                    or p.text[k0:p.at(inside[0])].strip():
                break
            items.append(inside[0])
            follow.append(p.text[p.end(inside[0]):k0 + len(clause)][:cfg["share_follow_chars"]])
            rest = rest or re.search(cfg["remainder"], clause) is not None
        if len(items) < 2 or len(set(follow)) != 1 or len(follow[0]) < cfg["share_follow_chars"] \
                or any(exact(c) is None for c in items):
            continue
        _shares_of_one_whole(items, out, rest)


def _shares_of_one_whole(items: list[Claim], out: Outcome, rest: bool = False) -> None:
    """Shares of parts of one whole: Σ ≤ 100% within the summed half-units (a share stated as a bound, 约/近/不足,
    cannot break it); when the list names the rest of the group, Σ = 100%, short of it a warning."""
    s = sum((exact(c) for c in items), Decimal(0))
    tol = sum((half_unit(c) for c in items), Decimal(0))
    bounded = any(c.qualifier in ("approx", "under", "near") for c in items)
    ok = s <= 100 + tol or bounded
    note = " (exact)" if abs(s - 100) <= tol else ""
    short = ok and rest and s < 100 - tol and not any(c.qualifier for c in items)
    exp = "Σ shares = 100 (the rest of the group named)" if rest else "Σ shares ≤ 100"
    out.checks.append(_check("list_total", items, exp, fmt(s) + note, fmt(tol), "pass" if ok and not short else "fail"))
    if not ok:
        out.flags.append(_flag("list_total", "error", f"同一总体的各部分占比之和超过100% shares of one whole add up "
                               f"to {fmt(s)}% ({', '.join(c.raw for c in items)})", "≤ 100", fmt(s), items))
    elif short:
        out.flags.append(_flag("list_total", "warning", f"列出其余部分的占比之和不足100% shares naming the rest of "
                               f"the group add up to {fmt(s)}% ({', '.join(c.raw for c in items)})", "= 100",
                               fmt(s), items))


def _opens_segment(p: Passage, c: Claim, lo: int) -> bool:
    """The figure opens its list segment: only a list opener (包括, 其中) since the last 、/，/：, the start of
    its context (a bullet line run on from the one above) or lo."""
    cfg = config()["list_total"]
    k = p.at(c)
    seg = re.split(cfg["segment_breaks"], p.text[max(lo, p.piece(k)[0]):k])[-1]
    return re.fullmatch(r"\s*" + cfg["item_opener"] + r"\s*", seg) is not None


def _leading_items(p: Passage, before: list[Claim], end: int, total: Claim) -> list[Claim]:
    """Items "a位X、b位Y" that each open their segment, the last one running on to `end` within its clause."""
    cfg = config()["list_total"]
    s0, _ = p.sentence(end)
    last = before[-1]
    tail = p.text[p.end(last):end]
    if len(tail) > cfg["etc_gap"] or re.search(r"[\d，,。；;（()）]", tail):
        return []
    items = []
    for c in reversed(before):
        if c.kind not in _AMOUNT or c.base_unit != total.base_unit or _measure(c) != _measure(total) \
                or not _opens_segment(p, c, s0):
            break
        items.insert(0, c)
    return items if items and items[-1] is last else []


def _number_runs(p: Passage) -> list[list[Claim]]:
    """Figures printed as one list: "第2、5、1、2、2位" (only 、/和/及 between them)."""
    sep = re.compile(config()["list_total"]["list_separator"])
    runs: list[list[Claim]] = []
    prev = None
    for k, c in p.placed:
        if prev is not None and prev.base_unit == c.base_unit and \
                sep.fullmatch(p.text[p.end(prev):k]) is not None:
            runs[-1].append(c)
        else:
            runs.append([c])
        prev = c
    return [r for r in runs if len(r) >= 2]


def _listed_count(p: Passage, out: Outcome) -> None:
    cfg = config()["list_total"]
    for run in _number_runs(p):
        k0 = p.at(run[0])
        s0, _ = p.sentence(k0)
        before = p.within(s0, k0)
        if not before:
            continue
        n = before[-1]  # the count is the last figure before the list, with nothing in between
        if n.kind != "level" or n.base_unit != "count" or n.decimals or not (2 <= n.value <= cfg["max_items"]):
            continue
        gap = p.text[p.end(n):k0]
        if len(gap) > cfg["count_gap"] or not re.search(cfg["count_intro"], gap):
            continue
        if all(c.kind in _AMOUNT and _measure(c) == _measure(n) for c in run):
            continue  # "26家，其中A、B分别为12家和8家": amounts of n's own measure are its parts, not its items
        if len(before) >= 2 and before[-2].kind in _AMOUNT and _measure(before[-2]) == _measure(n) and \
                re.fullmatch(cfg["item_join"], re.sub(r"[^、和及与，,]", "", p.text[p.end(before[-2]):p.at(n)])):
            continue  # "1类创新药11款和第三类创新医疗器械8款，分别位居全国第二和第三": 8款 is an item, not a count
        names = re.split(r"[，,；;：:]", gap)[-1]
        if len(re.findall(cfg["item_join"], names)) == len(run) - 1 >= 1:
            continue  # "…40个，平均减环节、减时间、减材料分别超过50%、60%和70%": the figures are of the names listed
        ok = len(run) == int(n.value)
        exp, obs = f"{int(n.value)} items", f"{len(run)} listed"
        out.checks.append(_check("list_total", [n, *run], exp, obs, "0", "pass" if ok else "fail"))
        if not ok:
            out.flags.append(_flag("list_total", "error",
                                   f"列举项数与所述数目不符 «{n.raw}» but {len(run)} figures listed "
                                   f"({', '.join(c.raw for c in run)})", exp, obs, [n, *run]))


def _section_breakdown(claims: list[Claim], out: Outcome) -> None:
    text = [c for c in claims if not c.table_id and c.kind in _AMOUNT and c.section]
    nouns = [_noun_after(c) for c in text]
    wording = defaultdict(set)  # (section, unit, noun) → the values the section itself states so
    for c, n in zip(text, nouns):
        wording[(c.section, c.unit, n)].add(c.value)
    for i, t in enumerate(text):
        noun = nouns[i]
        told = wording[(t.section, t.unit, noun)]
        if not noun or exact(t) is None or len(told) > 2:
            continue  # the section states other such figures (a heading lost by the layout, or no breakdown);
            # the same figure twice (the text and its display figure) is one statement
        prefix = t.section + " > "
        subs: dict[str, list[Claim]] = {}
        for c, n in zip(text[i + 1:], nouns[i + 1:]):
            if not c.section.startswith(prefix):
                if c.section == t.section:
                    continue
                break  # the section is over
            sub = prefix + c.section[len(prefix):].split(" > ")[0]
            subs.setdefault(sub, [])
            if c.section == sub and c.unit == t.unit and n == noun:
                subs[sub].append(c)
        if len(subs) < 2 or any(len(v) != 1 for v in subs.values()):
            continue  # a subsection without (or with several) such figures: the breakdown is not complete
        items = [v[0] for v in subs.values()]
        if any(exact(c) is None for c in items):
            continue
        if len(told) == 2:
            # the total stated twice, differently, in the text and as a display figure (a context holding only the
            # figure and its noun: "16条举措"): the subsections say which is the total; the other is a miscopy of
            # it and is checked (and flagged) too. Two figures in running text: no single total, no breakdown.
            same = [c for c, n in zip(text, nouns) if c.section == t.section and c.unit == t.unit and n == noun]
            display = [c for c in same if re.sub(r"\s", "", c.context) == c.raw + noun]
            if len(same) != 2 or len(display) != 1:
                continue
            total = sum((exact(c) for c in items), Decimal(0))
            tol = sum((half_unit(c) for c in items), Decimal(0))
            if not any(abs(Decimal(str(v)) - total) <= tol + half_unit(t) for v in told):
                continue
        _sum_check("list_total", t, items, [1] * len(items), out,
                   f"各小节分项之和与总数不符 the subsections' figures do not add up to «{t.raw}{noun}»",
                   loose=_loose(t, items) or any(c.qualifier for c in items))


def _phrase_before(text: str, k: int) -> str:
    """The words right before offset k back to the previous punctuation, without 其中/共/合计 and spaces."""
    cfg = config()["list_total"]
    head = re.split(r"[，,。；;：:（()）]", text[:k])[-1]
    head = re.sub(r"\s", "", head)
    head = re.sub(cfg["phrase_noise"], "", head)
    return head


def _table_rows_vs_text(claims: list[Claim], out: Outcome) -> None:
    cfg = config()["list_total"]
    text_by_page: dict[tuple, list[Passage]] = defaultdict(list)
    for p in _passages(claims):
        c0 = p.placed[0][1]
        text_by_page[(c0.doc_id, c0.page)].append(p)
    tables: dict[tuple, list[Claim]] = defaultdict(list)
    for c in claims:
        if c.table_id and c.kind in _AMOUNT:
            tables[(c.doc_id, c.table_id)].append(c)
    for (doc, tid), cs in tables.items():
        # series: the j-th figure of a unit in each row's cell of one column
        series: dict[tuple, dict[int, Claim]] = defaultdict(dict)
        seen: dict[tuple, int] = defaultdict(int)
        for c in cs:
            j = seen[(c.row, c.col, c.base_unit)]
            seen[(c.row, c.col, c.base_unit)] += 1
            series[(c.col, c.base_unit, j)].setdefault(c.row, c)
        for _, rows in series.items():
            # the table's own total rows and its 其中 rows are not items of the list
            items = [rows[r] for r in sorted(rows) if _label_kind(_row_label(rows[r])) == "item"
                     and not re.match(config()["table_total"]["inner_item"], _row_label(rows[r]))]
            if len(items) < 2 or any(exact(c) is None for c in items) or \
                    re.match(config()["table_total"]["inner_item"], _header(items[0])):
                continue  # (a 其中 column, 其中一等奖(项), holds parts of its row, not the text's total)
            phrases = []
            for c in items:
                k = c.context.find(c.raw)
                phrases.append(_phrase_before(c.context, k) if k >= 0 else "")
            labels = [re.split(r"\s", c.context.strip(), maxsplit=1)[0] for c in items]
            common = phrases[0] if len(set(phrases)) == 1 and len(phrases[0]) >= cfg["min_phrase_chars"] else ""
            pages = {c.page for c in items}
            total = None
            # the text beside the table first, then the page before it (the lead-in), then the page after it
            for pg in [*sorted(pages, reverse=True), min(pages) - 1, max(pages) + 1]:
                for p in text_by_page.get((doc, pg), []):
                    for k, t in p.placed:
                        if t.kind not in _AMOUNT or t.base_unit != items[0].base_unit or _base_or_prior(p.text, k):
                            continue  # (nor a share's base: 占全国科创板上市企业(595家)的)
                        if common and _phrase_before(p.text, k) == common:
                            total = t
                        elif not common and len(set(labels)) == len(labels) and all(
                                len(lab) >= 2 and lab in p.text[p.sentence(k)[0]:k] for lab in labels) and \
                                not any(_phrase_before(p.text, k).rstrip("的").endswith(lab) for lab in labels) and \
                                not re.search(r"\d[^，,。；;、\d]{0,6}(?:、|和|及)[^，,。；;、\d]*$", p.text[:k]) and \
                                not re.search(cfg["list_marker"], p.text[p.sentence(k)[0]:k]):
                            # (…、科学技术普及奖10项、国际科技合作奖6人: the last item of a 、 list is no total either)
                            # (…分别为A221家、B309家和C17家: a figure right after a row's label is that row; so is one
                            # after the label and 的, 不合格的2家; so are the figures a 分别 list gives each row: …和天地软件园
                            # 分别新增146家、118家…)
                            total = t
                if total is not None:
                    break
            if total is None or total.period and items[0].period and total.period != items[0].period:
                continue  # (a column of 2024年 is no breakdown of the year's total in the text)
            _sum_check("list_total", total, items, [1] * len(items), out,
                       f"表中各行之和与正文总数不符 table rows (table {tid}) do not add up to the total in the text",
                       loose=_loose(total, items) or any(c.qualifier for c in items))
