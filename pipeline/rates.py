"""Rates: a success rate (获批率, 成功率) consistent with its counts.
"""
from __future__ import annotations

import re

from pipeline.checks import _AMOUNT, config, Outcome, size
from pipeline.passages import (
    _clause_after, _clause_before, _clause_of, _counts_other, _header, _measure, _not_listed, _passages, _same_section,
    _says, among_after, is_person, is_times, table_rows,
)
from pipeline.shares import _ratio_check
from schemas.records import Claim


def rate(claims: list[Claim], out: Outcome) -> None:
    """"申报N项，获批M项，获批率x%": a rate against its counts; M is the count stated with the rate's verb."""
    _table_rate_column(claims, out)
    cfg = config()["rate"]
    order = {id(c): i for i, c in enumerate(claims)}
    passages = _passages(claims)
    for n, p in enumerate(passages):
        prev = passages[n - 1] if n and not p.row and not passages[n - 1].row and \
            _same_section(passages[n - 1], p) else None
        for k, r in p.placed:
            if r.base_unit != "percent" or r.kind == "change":
                continue
            s0, _ = p.sentence(k)
            # (资助率从上年的17.4%提升至18.1%: the rate's words end where its move from last year's begins)
            moved = re.search(config()["share"]["from_prior_to"] + r"\s*$", p.text[s0:k])
            m = re.search(cfg["pattern"], p.text[s0:s0 + moved.start() if moved else k])
            if not m:
                continue
            counts = [c for c in p.within(s0, s0 + m.start()) if c.kind in _AMOUNT]
            if (named := re.match(cfg["base_named_after"], p.text[p.end(r):])) and counts:
                # "报废全血8260单位，血液报废率1.40%（以采集全血计）": the base the bracket names, stated before
                num = counts[-1]
                word = named.group("w")
                bases = [c for c in claims[:order[id(r)]] if not c.table_id and c.kind in _AMOUNT and c is not num
                         and c.base_unit == num.base_unit and size(c) > size(num)
                         and word in re.sub(r"\s", "", c.subject or "")]
                if bases:
                    # (the figure the words name as a whole, 采集全血58.90万单位, before one they name a part of,
                    # 献血屋…采集全血41.36万单位: the shortest subject, then the latest)
                    base = min(reversed(bases), key=lambda c: len(re.sub(r"\s", "", c.subject or "")))
                    _ratio_check("rate", r, num, base, out, "比率与计数不符 rate ≠ count / base")
                continue
            # 认定通过率: the count may say only the first word of a longer stem (经评审认定41家)
            # (转化率: the stem may end on the 化 the pattern reads as X化率's; 成果转化率 of 实现产业化874项)
            ends_hua = m.group("stem")[-1] + "化" if p.text[s0 + m.end("stem"):].startswith("化") else None
            # (1268个应用项目中，…其中…412项，国产软件应用率: a set the sentence picks from is no numerator, whatever it says)
            stem, num = next(((st, c) for st in (m.group("stem"), ends_hua, m.group("pre")) if st
                              for c in reversed(counts) if _says(st, _clause_of(p, c)) and among_after(p, c) is None),
                             (None, None))
            named_base = None
            # (量产转化率 of 已实现量产186项: a word the count's clause says as reached, 实现量产, names what the count
            # became, not its base)
            if stem is not None and stem == m.group("pre") and \
                    not re.search("(?:" + cfg["reached_verbs"] + ")" + re.escape(stem), _clause_of(p, num)) and \
                    (moved or not [c for c in counts if p.at(c) < p.at(num)]):
                # (手术成功率 after …手术23例，其中22例…: the word before the stem named only the base; a rate moving
                # from last year's is a headline figure whose count says its stem itself)
                named_base, num = num, None
            later = [c for c in counts if num is not None and p.at(c) > p.at(num) and _measure(c) == _measure(num)
                     and size(c) <= size(num)]
            if later and _requested(p, num):
                # (向9436户电力用户发出响应邀约，确认参与8388户，响应率88.9%: the count saying the stem asked; the count
                # after it, in its measure word, answered)
                _ratio_check("rate", r, later[-1], num, out, "比率与计数不符 rate ≠ count / base")
                continue
            if num is not None and re.search(cfg["due_before_stem"] + re.escape(stem), _clause_of(p, num)):
                # "应履约企业381家，按时足额完成清缴380家，履约率99.7%": the count due (应…) is the base, the count after
                # it in its measure word the numerator
                after = [c for c in counts if p.at(c) > p.at(num) and _measure(c) == _measure(num)]
                if after and size(after[-1]) <= size(num):
                    _ratio_check("rate", r, after[-1], num, out, "比率与计数不符 rate ≠ count / base")
                continue
            if num is None:
                # "受理申请142项，经审核给予补偿118项，支持率83.1%": no count says the stem, the rate follows two
                # counts of one measure word, the base first (not a rate moving from last year's: 申领创新券企业8640家，
                # 登记创新券服务机构1568家，创新券兑付率从上年的58.7%提升至65.2%)
                if moved:
                    continue
                # (counts in any measure, 人次 too: 受理…41260人次，完成…38600人次，办结率93.6%)
                two = [c for c in counts if c.base_unit not in ("percent", "permille")]
                if len(two) == 1 and s0 > 0 and p.text[s0 - 1] in "；;":
                    # (新收…案件36842件，同比增长6.8%；审结35917件，结案率97.5%: the base in the clause before the ；; not
                    # a count with a rate of its own, nor a 其中 part: 其中物理实验打靶686发次，成功率96.3%；技术提升实验
                    # 打靶98发次，成功率100.0%)
                    q0 = p.sentence(s0 - 1)[0]
                    base = [c for c in p.within(q0, s0) if c.kind in _AMOUNT and c.base_unit == two[0].base_unit][-1:]
                    if base and not re.search(cfg["pattern"].replace("$", "") + r"|占", p.text[p.end(base[0]):s0]) \
                            and not re.search(config()["part_whole"]["marker"], p.text[q0:p.at(base[0])]):
                        two = base + two
                # (…需求186次，其中24小时内提交监测成果171次: a bound in another unit names the class counted, no count)
                two = [c for c in two if not (c.qualifier in ("under", "over") and c.base_unit != two[-1].base_unit)]
                two = two if len({c.base_unit for c in two}) == 1 else []
                # (a 其中 part named by its kind, 其中物理实验打靶686发次，成功率96.3%, is the base of its own rate:
                # the part must be the subset the rate counts, 其中22例实现稳定解码, saying what it did after the figure)
                # (其中取得…资格证书的1872人，持证率78.1%: a part described by a clause ending in 的 is the subset counted)
                # (…预警1426次，其中自动恢复1183次，故障自愈率83.0%: not when the rate's first word names the whole)
                # (…监测需求186次，其中24小时内提交监测成果171次，应急响应及时率: nor when the whole counts requests)
                kind_part = len(two) == 2 and named_base is not two[0] and not _requested(p, two[0]) and \
                    not _clause_after(p, two[1]).strip() and \
                    re.search(config()["part_whole"]["marker"], p.text[p.end(two[0]):p.at(two[1])]) is not None and \
                    not re.search(r"的\s*$", p.text[p.end(two[0]):p.at(two[1])])
                # (受理企业服务需求45260项，达成服务订单38650单，需求转化率85.4%: the base named by the rate's first word
                # may count in another measure word than what it turned into)
                if len(two) == 2 and (_measure(two[0]) == _measure(two[1]) or named_base is two[0] or
                                      _requested(p, two[0])) and \
                        size(two[0]) > size(two[1]) and \
                        not kind_part and not re.search(r"[。；;]", p.text[p.end(two[1]):k]) and \
                        re.fullmatch(cfg["right_after"], _ranks_unsaid(p, p.end(two[1]), s0 + m.start())):
                    _ratio_check("rate", r, two[1], two[0], out, "比率与计数不符 rate ≠ count / base")
                continue
            # "建档2314万人，按常住人口2487万人计算，建档率93.0%": a base named in a 按…计算 clause after the count
            based = [c for c in counts if p.at(c) > p.at(num) and c.base_unit == num.base_unit and
                     re.match(cfg["base_clause"], _clause_before(p, c))]
            if based:
                _ratio_check("rate", r, num, based[-1], out, "比率与计数不符 rate ≠ count / base")
                continue
            # (完成疗效评估的612名患者中疾病控制438人: a set picked from is a base, whatever its clause runs on to say)
            dens = [c for c in counts if p.at(c) < p.at(num) and _same_base(c, num)
                    and (not _says(stem, _clause_of(p, c)) or among_after(p, c) is not None)]
            if not dens:
                # "申请进站5120人，获批进站4380人，进站率85.5%": every count before says the stem, the one right before
                # the count (by another verb) is its base
                # (受理…认证申请486份，颁发认证证书442张，认证通过率90.9%: requests, in whatever measure word)
                dens = [c for c in counts if p.at(c) < p.at(num) and c.base_unit == num.base_unit
                        and (_measure(c) == _measure(num) or _requested(p, c)) and size(c) >= size(num)][-1:]
            if not dens and s0 > 0:  # "…购买科技服务2274单。截至年末已完成兑付2089单，兑付率91.9%": the sentence before
                q0 = p.sentence(s0 - 1)[0]
                dens = _not_listed(p, q0, s0, [c for c in p.within(q0, s0) if c.kind in _AMOUNT and
                                               c.base_unit == num.base_unit and not _says(stem, _clause_of(p, c))])
                listed = re.match(r"[^，,。；;\d]{0,12}" + config()["list_total"]["list_marker"], p.text[q0:s0])
                if dens and listed and q0 > 0:
                    # (…在孵企业684家…。在孵企业分别为…286家、…和…244家。全年在孵企业中毕业企业137家，毕业率20.0%: a
                    # sentence of list items only breaks the base down; the base is in the sentence before it)
                    r0 = p.sentence(q0 - 1)[0]
                    dens = [c for c in p.within(r0, q0) if c.kind in _AMOUNT and c.base_unit == num.base_unit
                            and not _says(stem, _clause_of(p, c))]
            if not dens and not p.within(0, s0) and prev is not None:
                # (…推送各类预警信息127280条，其中…。// 全年按时完成闭环处置的预警信息125830条，闭环处置率98.9%: a rate in
                # the first sentence with figures of its paragraph takes its base from the paragraph before, the one
                # count there that holds it)
                held = [c for _, c in prev.placed if c.kind in _AMOUNT and c.base_unit == num.base_unit
                        and _measure(c) == _measure(num) and size(c) >= size(num) and not _says(stem, _clause_of(prev, c))]
                if len(held) > 1:
                    # (…其中饮料产品1850批次、茶叶产品860批次、咖啡产品550批次。// 咖啡产品抽检合格538批次，合格率97.8%: the
                    # one the count's own words name)
                    sj = re.sub(r"\s", "", num.subject or "")
                    held = [c for c in held if len(w := re.sub(r"\s", "", c.subject or "")) >= 2 and sj.startswith(w)]
                if len(held) == 1:
                    _ratio_check("rate", r, num, held[0], out, "比率与计数不符 rate ≠ count / base")
                continue
            # the base counts the same thing and holds the count (…2274单，其中…1703单、…571单。…兑付2089单): not a part
            # (a count in another measure word is no base: 标准机架5.42万架 … 核准兑付1037份，兑付率82.0%)
            held = dens
            # (预登记专业观众26.8万人，实际到场专业观众21.6万人次，到场率80.6%: persons and their visits are one measure)
            # (受理…申请685件，获批并登记612项，获批率89.3%: requests counted in their own word are the base too)
            dens = [c for c in dens if (_one_measure(c, num) or _requested(p, c)) and size(c) >= size(num)] or \
                ([] if any(p.at(c) < s0 for c in dens) else [c for c in dens if not _counts_other(c, num)])
            if not dens:
                continue
            base = dens[-1]
            marker = [mk for mk in re.finditer(config()["part_whole"]["marker"], p.text[:p.at(base)])
                      if mk.start() >= p.sentence(p.at(base))[0]]
            if marker and (whole := [c for c in dens if p.at(c) < marker[-1].start()]):
                # (授权4862件，其中医疗器械相关2358件；转化726件，转化率14.9%: a 其中 part is no base when its whole is one)
                base = whole[-1]
            elif marker and [c for c in held if p.sentence(p.at(base))[0] <= p.at(c) < marker[-1].start()
                             and _measure(c) == _measure(num) and size(c) < size(num)]:
                continue  # (a whole smaller than the count, a miscopy of it, leaves its 其中 part no base either)
            _ratio_check("rate", r, num, base, out, "比率与计数不符 rate ≠ count / base")


def _ranks_unsaid(p, lo: int, hi: int) -> str:
    """The text between lo and hi with its ranks' digits left out: a rank describes the count it follows (其中61款进入
    当地畅销榜前100名，上榜率43.0%), it is no count between the count and its rate."""
    text = p.text[lo:hi]
    for c in p.within(lo, hi):
        if c.kind == "rank":
            text = text.replace(c.raw, re.sub(r"[\d.,]", "", c.raw) or "名", 1)
    return text


def _requested(p, c: Claim) -> bool:
    """c counts requests (申请, 需求, 请求 received or filed): the base of what was granted or done, whatever the
    measure word each is counted in (申请172件 / 通过评价品规146个)."""
    return re.search(config()["rate"]["request_words"], _clause_of(p, c)) is not None


def _same_base(c: Claim, num: Claim) -> bool:
    """c may be the base of the count num: the same base unit, or persons and their visits (预登记专业观众26.8万人，
    实际到场专业观众21.6万人次，到场率80.6%)."""
    return c.base_unit == num.base_unit or {c.base_unit, num.base_unit} == {"count", "person_times"} and _one_measure(c, num)


def _one_measure(c: Claim, num: Claim) -> bool:
    """One measure word, or a measure word and its visits (人 / 人次); persons in any word (612名患者中疾病控制438人); the
    generic 个 of the noun the other's word counts (1136个项目 / 986项: share.unit_nouns)."""
    def generic_of(x: Claim, y: Claim) -> bool:
        noun = config()["share"]["unit_nouns"].get(_measure(y))
        k = x.context.find(x.raw)
        return _measure(x) == "个" and noun is not None and k >= 0 and \
            re.match(r"(?:" + noun + ")", x.context[k + len(x.raw):]) is not None
    return _measure(c).rstrip("次") == _measure(num).rstrip("次") or \
        is_person(c) and is_person(num) and not is_times(c) and not is_times(num) or \
        generic_of(c, num) or generic_of(num, c)


def _table_rate_column(claims: list[Claim], out: Outcome) -> None:
    """A table's rate column (网上立案率(%)) beside its counts: each row's rate is the cell under the header saying the
    rate's stem (网上立案(件)) over the row's one other count in that unit, not smaller (新收案件(件))."""
    rows = table_rows(claims)
    name = lambda c: re.sub(r"[(（].*$", "", _header(c))
    for table in rows.values():
        for row in table.values():
            for col, r in row.items():
                m = re.fullmatch(config()["rate"]["column"], name(r)) if r.base_unit == "percent" else None
                if m is None:
                    continue
                counts = [c for k, c in row.items() if k != col and c.kind in _AMOUNT and
                          c.base_unit not in ("percent", "permille")]
                stem = m.group("stem")
                # (网上立案 for 网上立案率; 考核通过 for 通过率; 达标断面 for 达标率)
                num = [c for c in counts if len(name(c)) >= 2 and (stem.endswith(name(c)) or name(c).endswith(stem)
                                                                    or name(c).startswith(stem))]
                if len(num) != 1:
                    continue
                bases = [c for c in counts if c is not num[0] and c.base_unit == num[0].base_unit
                         and size(c) >= size(num[0])]
                if len(bases) == 1:
                    _ratio_check("rate", r, num[0], bases[0], out, "表中比率与该行计数不符 rate ≠ count / base")
