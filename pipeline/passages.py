"""Running text as the rules read it: passages (contexts joined while a sentence runs on), clauses, and the
wording helpers several rule families share (what a figure counts, bases, listed items, table headers).
"""
from __future__ import annotations

import re
from collections import defaultdict
from contextvars import ContextVar
from dataclasses import dataclass
from decimal import Decimal

from pipeline.checks import _AMOUNT, adds_up, config, exact, size
from schemas.records import Claim


# ---------------------------------------------------------------- table totals
def _label_kind(label: str) -> str:
    cfg = config()["table_total"]
    lab = re.sub(r"\s", "", label)
    if re.search(cfg["net_row"], lab):
        return "net"
    if re.search(cfg["grand_total"], lab):
        return "grand"
    if re.search(cfg["subtotal"], lab):
        return "sub"
    return "item"


def _header(c: Claim) -> str:
    return re.sub(r"\s", "", (c.subject or "").rsplit(" ", 1)[1]) if " " in (c.subject or "") else ""


# ---------------------------------------------------------------- running text
def _by_context(claims: list[Claim], tables: bool = False) -> dict[tuple, list[tuple[int, Claim]]]:
    """Claims of one context in reading order, with their character offsets in that context.

    tables: table cells too, keyed by their row, so that a row's cells read as one passage."""
    groups: dict[tuple, list[Claim]] = defaultdict(list)
    for c in claims:
        if not c.table_id:
            groups[(c.doc_id, c.page, c.context)].append(c)
        elif tables:
            groups[(c.doc_id, (c.table_id, c.row), c.context)].append(c)
    out = {}
    for key, cs in groups.items():
        pos, placed = 0, []
        for c in cs:
            k = key[2].find(c.raw, pos)
            if k < 0:
                k = key[2].find(c.raw)
            if k < 0:
                # (a figure whose unit runs on to the next page, …校园科普0.70 | 万场。: it closes its context)
                cut = next((n for n in range(len(c.raw) - 1, 0, -1)
                            if re.search(r"\d", c.raw[:n]) and key[2].endswith(c.raw[:n])), 0)
                k = len(key[2]) - cut if cut else k
            placed.append((max(k, 0), c))
            pos = max(k, 0) + len(c.raw)
        out[key] = sorted(placed, key=lambda t: t[0])
    return out


@dataclass
class Passage:
    """Running text: consecutive contexts of one page joined while a sentence runs on across them
    (a context cut at a line end, "…21.64亿元（" + "累计49.57亿元）"), with each claim's offset in it."""
    text: str
    placed: list[tuple[int, Claim]]
    pieces: list[int]  # offsets where each joined context starts
    row: bool = False  # the cells of one table row

    def within(self, a: int, b: int) -> list[Claim]:
        return [c for k, c in self.placed if a <= k < b]

    def at(self, claim: Claim) -> int:
        return next(k for k, c in self.placed if c is claim)

    def end(self, claim: Claim) -> int:
        return self.at(claim) + len(claim.raw)

    def sentence(self, i: int) -> tuple[int, int]:
        """Bounds of the sentence holding offset i."""
        breaks = config()["part_whole"]["sentence_breaks"]
        start = max(self.text.rfind(p, 0, i) for p in breaks) + 1
        ends = [e for e in (self.text.find(p, i) for p in breaks) if e >= 0]
        return start, (min(ends) if ends else len(self.text))

    def piece(self, i: int) -> tuple[int, int]:
        """Bounds of the context (before joining) holding offset i."""
        start = max(k for k in self.pieces if k <= i)
        return start, next((k for k in self.pieces if k > i), len(self.text))


# passages built once per validate() call and shared by its rules; a context variable, not a module global,
# so that documents validated at the same time in threads (a Dask worker) never see each other's passages
_MEMO: ContextVar[dict | None] = ContextVar("passages", default=None)


def _passages(claims: list[Claim], tables: bool = False) -> list[Passage]:
    """A context is continued by the next one on its page unless it ends a sentence or ends on a figure
    (contexts cut at a paragraph end, "…上海牵头和参与3项", end on their last figure more often than not)."""
    memo = _MEMO.get()
    if memo is None:
        return _build_passages(claims, tables)
    if tables not in memo:
        memo[tables] = _build_passages(claims, tables)
    return memo[tables]


def _build_passages(claims: list[Claim], tables: bool) -> list[Passage]:
    breaks = tuple(config()["part_whole"]["sentence_breaks"]) + ("！", "？", "!", "?")
    out: list[Passage] = []
    last_key = None
    for (doc, page, ctx), placed in _by_context(claims, tables).items():
        prev = out[-1] if out else None
        row = isinstance(page, tuple)  # a table row's cells always read as one passage
        tail = prev.text.rstrip().rstrip(")）”’\"'") if prev else ""
        on_figure = prev is not None and any(tail.endswith(c.raw) or prev.text.rstrip().endswith(c.raw)
                                             for _, c in prev.placed[-1:])  # (248项（人）: a unit in brackets)
        cont = re.match(config()["part_whole"]["continues"], ctx) is not None  # "，其中…" opens a cut context
        opens = re.match(config()["part_whole"]["opens"], ctx) is not None  # "其中，…" refers back past a 。
        dated = re.match(config()["part_whole"]["dated_entry"], ctx) is not None  # a chronology's "4月，…" item
        if prev is not None and last_key == (doc, page) and not dated and (
                row or opens or not tail.endswith(breaks) and (cont or not on_figure)):
            prev.text += "，" if row else ""
            base = len(prev.text)
            prev.text += ctx
            prev.placed += [(base + k, c) for k, c in placed]
            prev.pieces.append(base)
        else:
            out.append(Passage(ctx, list(placed), [0], row))
        last_key = (doc, page)
    return out


def _named_whole(p: Passage, s0: int) -> tuple[Claim, int] | None:
    """"…全市有效期内高新技术企业25012家…。高新技术企业中，营业收入超亿元的企业3487家": a sentence opening with
    "<noun>中，" and no figure of its own takes as its whole the figure stated just before under a subject ending
    with that noun (the two sentences before it at most); returns the whole and where the sentence's text starts."""
    cfg = config()["part_whole"]
    m = re.match(cfg["among_lead"], p.text[s0:])
    if not m and s0 > 0:
        return _named_whole_unbroken(p, s0)
    if not m or s0 == 0:
        return None
    lo = p.sentence(s0 - 1)[0]
    if m.group("ref"):  # "上述联合研发项目中，…": the figure the sentence before stated
        last = [c for c in p.within(lo, s0) if c.kind in _AMOUNT and c.base_unit not in cfg["not_additive"]]
        last = _not_listed(p, lo, s0, last)  # (…48260台（套），分别为…和其他仪器3570台（套）。上述仪器中: the total)
        return (last[-1], s0 + m.end()) if last else None
    lo = p.sentence(lo - 1)[0] if lo > 0 else lo
    # (…上市企业126家，…全年新增上市企业9家。上市企业中，…38家: a lead not saying 新增 names the stock, not the new)
    new = config()["restatement"]["marker_classes"]["new_or_cumulative"]["new"]
    said_new = re.search(new, m.group(0)) is not None
    named = []
    # (科技型中小企业贷款余额5236.8亿元；科技型中小企业贷款中，…: the subject may close on a measure noun the lead leaves
    # out, and name an abbreviation in brackets, 医药研发外包服务（CRO）营业收入 / CRO营业收入中)
    tail = re.compile(re.escape(m.group("n")) + "(?:" + cfg["named_whole_tail"] + ")?$")
    n = m.group("n")
    for c in reversed(p.within(lo, s0)):
        clause = re.split(r"[，,。；;]", p.text[lo:p.at(c)])[-1]
        subj = re.sub(r"[\s()（）]|的(?=[\u4e00-\u9fff]{1,4}$)", "", c.subject or "")
        if c.kind in _AMOUNT and c.base_unit not in cfg["not_additive"] and \
                not re.match(r"\s*(?:" + cfg["mean_clause"] + ")", clause) and \
                not listed_item(c) and \
                ((hit := tail.search(subj)) and not re.search(cfg["negated_before_noun"] + "$", subj[:hit.start()])
                 or _elided_noun(p, lo, c, subj, n)) and \
                (said_new or not re.search(new, clause + (c.subject or ""))):
            named.append(c)
    if not named and len(n) >= cfg["earlier_name_chars"]:
        # (…其中，种业领域技术合同426项…；种业领域合同中，…138项: a subject saying the noun's characters in order and
        # closing on its last two names it, a word left out of the lead)
        # (新增装机中 for 新增建筑屋顶光伏装机容量: past a measure noun closing the subject)
        named = [c for c in reversed(p.within(lo, s0)) if c.kind in _AMOUNT and c.base_unit not in cfg["not_additive"]
                 and (subj := re.sub(r"(?:%s)$" % cfg["named_whole_tail"], "", re.sub(r"[\s()（）]", "", c.subject or "")))
                 .endswith(n[-2:]) and _says(n, subj)]
    owner = n.split("的")[0]
    if not named and "的" in n and len(owner) >= cfg["earlier_name_chars"] and not re.search(r"\d", n):
        # (…输出外省市3912.73亿元…。输出外省市的技术合同中，流向长三角其他省份1346.92亿元: the words before 的 name the
        # figure, those after it what the sentence's figures count)
        named = [c for c in reversed(p.within(lo, s0)) if c.kind in _AMOUNT and c.base_unit not in cfg["not_additive"]
                 and re.sub(r"[\s()（）]", "", c.subject or "").endswith(owner)]
    if not named:
        # (…经专家评审立项117项。立项项目中，…共75项: the lead's head noun is what the figure's measure word counts, 项
        # for 项目, and the subject says the rest)
        named = [c for c in reversed(p.within(lo, s0)) if c.kind in _AMOUNT and c.base_unit == "count"
                 and (heads := cfg["measure_heads"].get(_measure(c)))
                 and (h := re.fullmatch(r"(?P<x>[\u4e00-\u9fff]{2,})(?:%s)" % heads, n))
                 and re.sub(r"[\s()（）]", "", c.subject or "").endswith(h.group("x"))]
    if not named and len(n) >= cfg["named_prefix_chars"]:
        # (…其中公共建筑836万平方米；公共建筑中，…: the subject composed as owner + measure, 公共建筑节能改造面积)
        named = [c for c in reversed(p.within(lo, s0)) if c.kind in _AMOUNT and c.base_unit not in cfg["not_additive"]
                 and re.sub(r"[\s()（）]", "", c.subject or "").startswith(n)]
    if not named and len(n) >= cfg["earlier_name_chars"]:
        # (…攻关项目64项…，分别为碳纤维22项、芳纶15项…。碳纤维攻关项目中，…16项: an item's name and the words its
        # total's subject closes on)
        named = _items_with_total_words(p, lo, s0, n)
    # (…首发新品1386款，其中全球首发214款…。首发新品中，…: an item of a 其中 list is a part, the whole is before it)
    whole = next((c for c in named if not re.search(cfg["marker"], p.text[p.sentence(p.at(c))[0]:p.at(c)])),
                 named[0] if named else None)
    # (…股权融资金额286.47亿元。其中，毕业企业获得融资…213.62亿元…；毕业企业融资中，…: a 其中 part whose subject says
    # the lead with fewer words besides than the whole's names the set, picked from the part)
    extra = lambda c: len(re.sub(r"(?:%s)$" % cfg["named_whole_tail"], "", re.sub(r"[\s()（）]", "", c.subject or ""))) - len(n)
    head = lambda c: p.text[p.sentence(p.at(c))[0]:p.at(c)]
    # (only a part opening as the lead does, where the whole does not: 首发新品中 after 全年在沪首发新品1386款，其中全球首发
    # 新品214款 keeps the 1386)
    opens = lambda c: re.sub(r"[\s()（）]", "", c.subject or "").startswith(n[:2])
    closer = [c for c in named if c is not whole and _says(n, re.sub(r"[\s()（）]", "", c.subject or "")) and
              whole is not None and extra(c) < extra(whole) and re.search(cfg["marker"], head(c)) and
              not re.search(config()["list_total"]["list_marker"], head(c)) and opens(c) and not opens(whole)]
    whole = closer[0] if closer and _says(n, re.sub(r"[\s()（）]", "", whole.subject or "")) else whole
    return (whole, s0 + m.end()) if whole is not None else None


def sentence_before(c: Claim) -> str:
    """The words of c's sentence before it, as its context prints them ("" when the context does not hold c)."""
    k = c.context.find(c.raw)
    return re.split(r"[。；;！？]", c.context[:k])[-1] if k >= 0 else ""


def listed_item(c: Claim) -> bool:
    """An item of a 分别 list (…48260台（套），分别为分析测试仪器21480台（套）、…): a part, no whole a later share names,
    no set a later lead picks from."""
    return re.search(config()["list_total"]["list_marker"], sentence_before(c)) is not None


def item_with_total(words: str, c: Claim, before: list[Claim]) -> bool:
    """c is an item of a breakdown whose name opens `words`, the rest of the words closing the subject of a larger
    figure in c's base unit stated before it in its sentence, or in the sentence before when a breakdown lead opens
    c's (…旅客吞吐量13155.2万人次，其中浦东机场8236.5万人次: 浦东机场旅客吞吐量; …攻关项目64项…。按材料类别分，分别为碳纤维
    22项: 碳纤维攻关项目)."""
    sj = re.sub(r"[\s()（）]", "", c.subject or "")
    # (新增纯电动公交车中 after 新增新能源公交车2386辆，…分别为纯电动公交车1948辆: a scope word the total opens with, then
    # the item's name)
    marker = re.match(config()["restatement"]["marker_classes"]["new_or_cumulative"]["new"], words)
    front = marker.group(0) if marker and words[marker.end():].startswith(sj) else ""
    rest = words[len(front) + len(sj):]
    if c.kind not in _AMOUNT or len(sj) < 2 or not words[len(front):].startswith(sj) or len(rest) < (0 if front else 2):
        return False
    pieces = re.split(r"[。；;！？]", c.context[:max(c.context.find(c.raw), 0)])
    sentence = "。".join(pieces[-2:]) if re.match(config()["list_total"]["breakdown_lead"], pieces[-1].strip()) \
        else pieces[-1]
    return any(t.doc_id == c.doc_id and not t.table_id and t.kind in _AMOUNT and t.base_unit == c.base_unit and
               size(t) > size(c) and t.raw in sentence and (ts := re.sub(r"[\s()（）]", "", t.subject or "")).endswith(rest)
               and ts.startswith(front) for t in before)


def _items_with_total_words(p: Passage, lo: int, hi: int, n: str) -> list[Claim]:
    """The figures between lo and hi that are items named by the noun n with their total's words (item_with_total),
    latest first."""
    before = p.within(0, hi)
    return [c for c in reversed(p.within(lo, hi)) if item_with_total(n, c, before)]


def _named_whole_unbroken(p: Passage, s0: int) -> tuple[Claim, int] | None:
    """"…科技企业孵化器221家…。科技企业孵化器中国家级孵化器69家": a lead "<noun>中" with no comma after it, only where
    the noun is the whole subject of a figure of the two sentences before (中 also starts words: 中国, 中心)."""
    cfg = config()["part_whole"]
    first = next((c for c in p.within(s0, p.sentence(s0)[1]) if c.kind in _AMOUNT), None)
    if first is None:
        return None
    lo = p.sentence(s0 - 1)[0]
    lo = p.sentence(lo - 1)[0] if lo > 0 else lo
    before = [c for c in reversed(p.within(lo, s0)) if c.kind in _AMOUNT and c.base_unit not in cfg["not_additive"]]
    for m in re.finditer(r"中(?![，,、])", p.text[s0:p.at(first)]):
        n = p.text[s0:s0 + m.start()]
        if len(n) < cfg["earlier_name_chars"] or not re.fullmatch(r"[\u4e00-\u9fff]+", n):
            continue
        named = [c for c in before if re.sub(r"[\s()（）]", "", c.subject or "") == n]
        if len(named) == 1 and named[0].base_unit == first.base_unit:
            return named[0], s0 + m.end()
    return None


def _elided_noun(p: Passage, lo: int, c: Claim, subj: str, n: str) -> bool:
    """c's subject is the lead's noun without its head noun, which the figure c is a part of ends with (…科考船14艘，
    其中千吨级以上9艘；千吨级以上科考船中，…: 千吨级以上 + 科考船)."""
    cfg = config()["part_whole"]
    subj = re.sub(cfg["elided_time_front"], "", subj)  # (其中2025年新增52.7亿个；新增注册量中，…: the year is no name)
    rest = n[len(subj):]
    if len(subj) < cfg["elided_subject_chars"] or not n.startswith(subj) or not 1 <= len(rest) <= cfg["elided_noun_chars"]:
        return False
    return any(re.sub(r"\s", "", x.subject or "").endswith(rest) for x in p.within(lo, p.at(c)) if x is not c)


def _among_whole(p: Passage, s0: int, k: int) -> tuple[Claim, int] | None:
    """The figure a sentence names as the set its next clause picks from ("在孵企业1912家中，…"), before k."""
    for c in p.within(s0, k):
        if c.kind in _AMOUNT and (end := among_after(p, c)) is not None:
            return c, end
    return None


def among_after(p: Passage, c: Claim) -> int | None:
    """Where the clause picking from the figure c as a set starts, when one follows it ("在孵企业1912家中，…"; a clause
    naming the figure as a set, its words in order and closing as the figure's subject does: …新增地下空间开发面积
    862万平方米，新增面积中，交通设施类463万平方米), else None."""
    if m := re.compile(config()["part_whole"]["among"]).match(p.text, p.end(c)):
        return m.end()
    cfg = config()["part_whole"]
    m = re.compile(cfg["among_clause"]).match(p.text, p.end(c))
    if m is None and (own := re.compile(cfg["own_share_clause"]).match(p.text, p.end(c))):
        # (…高速光模块213.8亿元，占该领域营业收入的44.0%；高速光模块中，…: past the figure's own share)
        m = re.compile(cfg["among_clause_after"]).match(p.text, own.end())
    # (a measure noun closing the subject is no part of the set's name: …高速光模块营业收入 for 高速光模块中)
    subj = re.sub("(?:" + cfg["among_subject_tail"] + ")$", "", re.sub(r"[\s()（）]", "", c.subject or ""))
    return m.end() if m and subj.endswith(m.group("n")[-2:]) and _says(m.group("n"), subj) else None


def table_rows(claims: list[Claim]) -> dict[str, dict[int, dict[int, Claim]]]:
    """The table cells among the claims as table → row → column → cell (the first cell of a column)."""
    rows: dict[str, dict[int, dict[int, Claim]]] = defaultdict(lambda: defaultdict(dict))
    for c in claims:
        if c.table_id and c.row >= 0 and c.col >= 0:
            rows[c.table_id][c.row].setdefault(c.col, c)
    return rows


def _not_listed(p: Passage, lo: int, hi: int, cands: list[Claim]) -> list[Claim]:
    """The figures of a sentence (lo..hi) that precede its 分别 list, when it has one and any precede it: the
    listed items are no whole of what follows, their total is (…专利4860件，分别来自高校2135件、…和企业1339件；其中…)."""
    listed = list(re.finditer(config()["list_total"]["list_marker"], p.text[lo:hi]))
    if not listed:
        return cands
    # (…分别为A 5个、B 6个和C 1个，新开工项目总装机规模112.0兆瓦，其中…: a clause after the list, in another unit
    # than its items, is none of them; one in their unit may count them again, 实现16个区全覆盖, and stays out)
    end = re.search(r"[，,；;。]", p.text[lo + listed[-1].end():hi])
    end = lo + listed[-1].end() + end.start() if end else hi
    items = {c.base_unit for c in p.within(lo + listed[-1].end(), end)}
    return [c for c in cands if p.at(c) < lo + listed[-1].start() or p.at(c) > end and c.base_unit not in items] \
        or cands


def _rest_next(p: Passage, s1: int, hi: int, like: Claim) -> Claim | None:
    """The rest (其余N, 剩余N) opening the sentence after the one ending at s1, counted as `like` is: one more item
    that completes a list ("…综合测试场4个、专用测试场3个；其余4个为…")."""
    if s1 >= min(hi, len(p.text)) or p.text[s1] not in "；;。":
        return None
    m = re.match(r"\s*(?:" + config()["list_total"]["rest_figure"] + ")", p.text[s1 + 1:hi])
    return _rest_at(p, s1 + 1 + m.end(), like) if m else None


def _rest_inside(p: Passage, lo: int, hi: int, like: Claim) -> Claim | None:
    """The rest (其余N) opening a clause between lo and hi, counted as `like` is ("…电解水制氢1870吨，占…22.1%，其余
    670吨来自…": the last item of the list, after a clause about the one before)."""
    m = re.search(r"[，,；;]\s*(?:" + config()["list_total"]["rest_figure"] + ")", p.text[lo:hi])
    return _rest_at(p, lo + m.end(), like) if m else None


def _rest_at(p: Passage, k: int, like: Claim) -> Claim | None:
    """The level figure printed at k (right after 其余), when it counts what `like` counts."""
    rest = next((c for c in p.within(k, k + 1) if c.kind == "level"), None)
    if rest is None or rest.base_unit != like.base_unit or _counted_as(rest) != _counted_as(like):
        return None
    return rest


def _same_section(p: Passage, q: Passage) -> bool:
    a, b = p.placed[-1][1], q.placed[0][1]
    return a.doc_id == b.doc_id and a.section == b.section and 0 <= b.page - a.page <= 1


def _completing(p: Passage, nxt: "Passage | None", s1: int, whole: Claim, parts: list[Claim]) -> list[Claim]:
    """The first figures after a 其中 list's sentence, in the next sentences or the next paragraph, that complete
    its parts to the whole exactly (…3.62亿元。其中，A 1.48亿元，B 1.28亿元。// C 0.86亿元…): the list goes on there.
    Only the first figures in the parts' unit, counted as they are, and at most three; no exact sum, none."""
    cfg = config()["part_whole"]
    t = exact(whole)
    # (a whole of few digits is met by chance too easily: its printed digits, trailing zeros included)
    # (近127亿元，其中…85亿元 / the next line's 超42亿元: rounded figures make no exact sum)
    if t is None or len(re.sub(r"\D", "", whole.raw).lstrip("0")) < cfg["completing_digits"] or \
            any(exact(x) is None for x in parts) or sum((exact(x) for x in parts), Decimal(0)) >= t or \
            any(x.qualifier for x in (whole, *parts)):
        return []
    later = [c for c in p.within(s1, len(p.text)) if c.kind in _AMOUNT]
    if nxt is not None:
        later += [c for c in nxt.within(0, len(nxt.text)) if c.kind in _AMOUNT]
    alike = [c for c in later[:cfg["completing_window"]]
             if c.kind == "level" and c.base_unit == whole.base_unit and _counted_as(c) == _counted_as(parts[0])
             and exact(c) is not None and not c.qualifier]
    return next((alike[:j] for j in range(1, min(cfg["completing_figures"], len(alike)) + 1)
                 if adds_up(whole, parts + alike[:j])), [])


def _measure(c: Claim) -> str:
    """The measure word without scale or qualifier (2.4万家, 80余家 → 家)."""
    return re.sub(config()["part_whole"]["measure_noise"], "", c.unit or "")


def is_person(c: Claim) -> bool:
    """A count of persons (人, 名, 位, 万人), not of things (家, 项)."""
    return re.match(config()["restatement"]["person_measure"], _measure(c)) is not None


def is_times(c: Claim) -> bool:
    """A count of times or occurrences (人次, 4.6亿次, 21起), not of heads or things."""
    return re.search(config()["restatement"]["times_measure"], _measure(c)) is not None


def alike_measure(word: str) -> str:
    """A measure word as one of the words counting the same things (台, 套, 台（套）: validation.json alike_measures)."""
    word = re.sub(r"[()（）/]", "", word)  # (台(套) is 台套)
    return next((g[0] for g in config()["restatement"]["alike_measures"] if word in g), word)


def _counted_as(c: Claim, alike: bool = True) -> str:
    """What a count counts by its measure word, persons as one (5位 and 3人 count alike; 个 and 批次 do not), and
    words counting the same things as one (alike_measure); alike=False: the word as printed (台 is no 台（套）)."""
    if is_person(c):
        return "人"
    return alike_measure(_measure(c)) if alike else _measure(c)


def _base_or_prior(text: str, at: int, lo: int = 0) -> bool:
    """The figure at `at` is a share's base (占全国(74款)的) or the prior year's (较上年末的333.6万千瓦): no whole."""
    return _prior(text, at, lo) or re.search(config()["list_total"]["share_base_before"], text[max(lo, at - 24):at]) is not None


def _prior(text: str, at: int, lo: int = 0) -> bool:
    """The figure at `at` is the prior year's (较上年末的333.6万千瓦, 从上年的29.06万台)."""
    return re.search(config()["share"]["prior_before"] + r"$", text[max(lo, at - 24):at]) is not None


def _counts_other(x: Claim, y: Claim) -> bool:
    """Both counted with a measure word, of different things (23个 platforms, 1870批次 of service)."""
    return bool(_measure(x) and _measure(y)) and _counted_as(x) != _counted_as(y)


def _row_label(c: Claim) -> str:
    return (c.subject or "").rsplit(" ", 1)[0] if " " in (c.subject or "") else (c.subject or "")


def _says(stem: str, clause: str) -> bool:
    """A rate's stem said in a count's clause, its characters in order (获贷率: 2917户获得贷款); a quoted name
    says nothing (“一网通办”累计接入服务事项 does not say 网办)."""
    clause = _QUOTED.sub("", clause)
    if re.search(".*?".join(map(re.escape, stem)), clause):
        return True
    # (鉴定达标率 of 其中达到抗震设防要求的1563栋: a stem said in other words, validation.json rate.stem_words)
    said = config()["rate"]["stem_words"].get(stem)
    return said is not None and re.search(said, clause) is not None


_QUOTED = re.compile(r"“[^”]*”")


def abbreviates(words: str, label: str) -> bool:
    """words open with an abbreviation of a long name, its first few characters the name's in order (工博会期间 /
    中国国际工业博览会); a name said in full is no abbreviation of it."""
    n = config()["share"]["abbreviation_chars"]
    w = words.strip()[:n]
    return len(label) >= 2 * n - 1 and len(w) == n and re.fullmatch(r"[\u4e00-\u9fff]+", w) is not None and \
        w not in label and _says(w, label)


_CLAUSE_MARK = re.compile(r"[，,。；;、：:]")


def _clause_of(p: Passage, c: Claim) -> str:
    """A figure's clause around it: the words before (the verb of 获批M项) and after (14091人申报…，8652人通过)."""
    return _clause_before(p, c) + _clause_after(p, c)


def _clause_after(p: Passage, c: Claim) -> str:
    end = _CLAUSE_MARK.search(p.text, p.end(c))
    return p.text[p.end(c):end.start() if end else len(p.text)]


def _clause_before(p: Passage, c: Claim) -> str:
    # (found backwards from the figure, not by splitting the passage's text before it for every figure; a line's
    # label, 成果转化：…, is no clause of the count)
    k = p.at(c)
    return p.text[max(p.text.rfind(ch, 0, k) for ch in "，,。；;、：:") + 1:k]


def _noun_after(c: Claim) -> str:
    k = c.context.find(c.raw)
    m = re.match(r"[\u4e00-\u9fff]{1,2}", c.context[k + len(c.raw):]) if k >= 0 else None
    return m.group(0) if m else ""
