"""Restatement: a figure stated more than once (summary, chapter, data pages, a table's total row, perhaps in
another unit) must agree within rounding, and a copy that disagrees is flagged.

How statements are paired (never by equal values, so a miscopied figure is still paired and flagged):

1. Candidates: claims of the kinds listed in validation.json (level, change, share, rank) with an exact value;
   table cells only on total rows (the other cells are checked against those totals).
2. Each candidate is described without its value: its subject (noise words stripped, figures masked), the
   clause around the figure and, more weakly, the sentence lead before that clause, with every number masked
   (``#``), and the scope markers found between the previous figure (or the sentence start) and the next figure
   (or the clause end): new vs cumulative, national vs global, a 其中 part vs a whole (classes in validation.json).
   A context cut by a line break mid-clause (narrow boxes of the data pages), or ending in a conjunction
   (…分别比上年增长11.8%和 | 70.2%), is joined to the next one first; a
   figure in parentheses (瞪羚企业(73家)全国第一) takes its markers from the clause the parenthesis sits in. A
   statement without a catalog metric (a fragment subject: 上海企业, 在孵企业) also carries the names of its
   sentence before it and of its section heading (“探索者计划”, 全球瞪羚企业榜), read as a second description
   that may only add evidence.
3. Two statements in different sentences are compatible when base unit (or its family in another SI prefix:
   112.6EFLOPS and 112600PFLOPS, compared in the family's base), kind and direction (not for a level: 从2家
   拓展至22家 states the level 22家) are the same, their
   catalog metric_ids (when both have one) are the same, the years of their periods (when both state one) are the
   same, and no marker class sets them apart (新建 vs 已建, 全国第二 vs 全球第二). A soft class (a 其中 part vs a
   whole: 其中上海企业64家 may restate the summary's 64家, or be a part of another population) only lowers the
   evidence to weak. Counts of persons (位, 名, 人) never restate counts of things (156个国家 vs 150位科学家), and two
   statements of one page in the same frame with different subjects (独角兽企业达到#家, 潜力独角兽企业达到#家), or in
   the same masked clause (X十大进展，上海牵头和参与#项), are items of one enumeration, not restatements.
   Their evidence is graded:
   - strong: the same catalog metric_id with subjects sharing most of their wording, or a table total cell of
     that metric, or (a rank) ranked in the same geography with alike descriptions (全球第六, 全球第6位);
   - weak: descriptions alike, by the Dice coefficient over character bigrams of subject and masked clause, each
     bigram weighted by its inverse frequency among the document's candidates (同比增长, 占全国 say little), with
     enough shared weight (a two-character description proves nothing); one catalog metric_id on both sides
     (subjects too unlike for strong evidence) lowers the similarity needed (metric_weak_similarity). Subjects
     that share no wording at all (综合科技创新水平指数 vs 在地球与环境科学领域, both 比上年上升#位) are two things
     in alike clauses: no weak evidence (a fragment subject is read with its sentence's names).
4. Between two sentences a statement restates at most one statement of the other: pairs are assigned one to one
   by evidence, best first (two figures of one sentence cannot both restate the same figure): strong pairs,
   then pairs of one catalog metric, then by similarity, raised a little (touching_bonus) when the two figures
   have the same character next to them (在孵企业超350家 vs 12家已建孵化器在孵企业超350家); between equally
   alike pairs, the one keeping the figures' order in their sentences (counted from either end) wins.
5. Values: agreement is |a − b| < the two half-units of the printed precision (391271.71万元 vs 39.13亿元 holds).
   With strong evidence a disagreement is an error when it is a slip of the pen or the values are within
   strong_near (a figure updated in one place only); values far apart with other digits are different quantities
   the catalog label does not tell apart (a 2027 target, a tier, a sub-population) and are not checked. A slip: the
   same significant digits at another magnitude (a shifted decimal point, another scale word 亿/万; on strong
   evidence also read at the coarser precision: 1921.8家 vs 1.9万家), or one digit changed at the coarser printed
   precision (19218 vs 2.9万). With weak evidence only a slip is flagged, a changed
   digit only at equal precision, and in a one- or two-digit figure it needs more alike descriptions
   (slip_one_digit_similarity), unless the two are shaped like copies of one count and single each other out
   among the pairs assigned to them (a strong pair whose values are far apart is two quantities, no rival), or the
   figure is alike to two statements that agree with each other and off from both (their similarities add up).
   Two figures that each add up exactly with figures of their own, in sums of different totals, are no slip of each
   other (a table's subtotal 40 and a list's item 4). Two breakdowns of one figure (a chapter's 其中 sentence, the data
   page's lines) are read figure by figure: once their wholes or a part named alike agree, the other figures named
   alike are copies, however short their names (出口, 进口).
   Alike statements where one counts a kind of what the other counts (150余家大模型企业入驻 / 1200余家企业入驻)
   are checked as part and whole, as scope markers make them (其中, 新增).
   A sentence that restates another figure by figure: a pair aligned like an agreeing pair of the same two
   sentences (same displacement in figure order) is read as a slip on that evidence (one digit changed). The
   change of a restated level (the one change of the level's subject in each sentence, not paired on strong
   evidence) restates its change, on weak evidence (companions).
6. A figure restated in the parenthesis right after it (占到全国1/3以上(34.22%)), also within one sentence and
   across percent/fraction/permille, is checked against the figure's bound (以上: at least); a failure is an error.
7. Paired statements are clustered (union-find), so one check covers all copies of one figure; the check fails
   when any of its pairs disagrees and states the reference value (an exact figure before a bound, which holds the
   wrong copy too; then the value most copies agree on, the most precise among those); each disagreeing pair gets a flag naming both statements, the odd one (the one the
   reference disagrees with) second: an error on strong evidence, a warning on a slip seen on weak evidence.
"""
from __future__ import annotations

import functools
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from extractors.numerals import cn_to_int
from extractors.units import scale_table
from pipeline.checks import (
    _check, _flag, _loose, _sum_check, adds_up, bound_reach, breakdown_totals, config, exact, fmt, half_unit, Outcome,
)
from pipeline.passages import _measure, _noun_after, abbreviates, alike_measure, is_person, is_times
from schemas.records import Claim

_NUM = re.compile(r"[0-9０-９][0-9０-９,，.．]*|[零〇一二两三四五六七八九十百千万亿]+(?=[个项家款位所名人件篇次支条起])"
                  r"|(?<=第)[一二三四五六七八九十]+")


def _cfg() -> dict:
    return config()["restatement"]


@dataclass
class Stmt:
    c: Claim
    value: Decimal
    tol: Decimal
    subject: str
    window: str  # the clause around the figure, numbers masked
    lead: str = ""  # the sentence before the figure's clause, numbers masked (weaker evidence)
    markers: dict[str, str] = field(default_factory=dict)
    sentence: tuple = ()
    total_cell: bool = False
    pos: int = -1  # offset of the figure in its context
    names: str = ""  # named lists and programmes of its sentence and section (a fragment subject only)
    after: str = ""  # the words right after the figure (150余家大模型企业入驻 → 大模型企业入驻)
    unit: str = ""  # the base unit of the quantity's family (other:EFLOPS and other:PFLOPS are other:FLOPS)
    factor: Decimal = Decimal(1)  # from the claim's base unit to the family's (value and tol are in the family's)
    label: str = ""  # a row cell's row label, without 小计/合计 and noise words (the text may quote the row by it)


def _row_cell(s: Stmt) -> bool:
    """A table cell outside the total row (a candidate when the text quotes its row)."""
    return bool(s.c.table_id) and not s.total_cell


def _quoted_row(a: Stmt, b: Stmt, cfg: dict) -> bool:
    """A sentence naming a table row by its full label (未来产业基金扩募达到150亿元 / 表2 未来产业基金 认缴规模
    1500000万元): weak evidence enough to pair them; only a slip of the pen is flagged on it."""
    if _row_cell(a) == _row_cell(b):
        return False
    row, text = (a, b) if _row_cell(a) else (b, a)
    if not row.label and row.subject and \
            re.search(config()["table_total"]["grand_total"], (row.c.subject or "").partition(" ")[0]):
        # (…授奖249项，其中一等奖52项 / 表1 合计 一等奖 52: a total row's cell under a group's header is that group's total,
        # quoted by the header's words closing the subject)
        return len(row.subject) >= 2 and text.subject.endswith(row.subject)
    if len(row.label) < cfg["quoted_row_label_chars"] or row.label not in text.subject:
        # (高校转化合同金额39.25亿元 / 表1 高校 合同金额 392460: a short label quotes its row only as the owner opening
        # the subject; 三级医院调阅结果2865万次，…，为患者节约费用3.25亿元 / 表3 三级医院 节约费用 32480: or opening a clause
        # earlier in the figure's sentence, the column named by its header's words in the subject)
        short = len(row.label) >= cfg["quoted_row_owner_chars"]
        at = text.c.context.find(text.c.raw)
        sentence = re.split(r"[。；;！？]", text.c.context[:at])[-1] if at >= 0 else ""
        header = row.subject[len(row.label):] if row.subject.startswith(row.label) else ""
        opens = re.search(r"(?:^|[，,：:])\s*" + re.escape(row.label), sentence)  # (not inside 部属高校附属医院)
        if not opens and re.match(config()["share"]["subject_verbs"], text.subject) and at >= 0:
            # (烧结钕铁硼永磁体是…主导产品，全年产量8640吨，…；实现产值68.24亿元: a subject opening on its verb leaves its
            # owner to the sentence's topic, past a ；)
            opens = re.match(r"\s*" + re.escape(row.label), re.split(r"[。！？]", text.c.context[:at])[-1])
        # (工博会期间签约金额142.6亿元 / 表3 中国国际工业博览会 签约金额: the row named by its abbreviation)
        said = opens or abbreviates(text.subject, row.label)
        if not (short and text.subject.startswith(row.label) or short and said and
                common_run(header, text.subject) >= cfg["quoted_row_header_chars"]):
            return False
        if row.label not in text.subject:
            return True
    # (安全生产类12项 names a category, of standards, not the row 安全生产 of a table of projects)
    if re.fullmatch(cfg["quoted_row_category"], text.subject.replace(row.label, "")):
        return False
    # (国家技术发明奖11项 is the national award, not the row 技术发明奖 of a table of the city's awards)
    front = text.subject[:text.subject.find(row.label)]
    return not re.search("(?:%s)$" % cfg["whole_narrowing"], front)


def norm_subject(s: str) -> str:
    cfg = _cfg()
    s = re.sub(r"\s", "", s or "")
    s = re.sub(cfg["subject_strip"], "", s)
    return _NUM.sub("#", re.sub(cfg["subject_noise"], "", s))  # a figure caught in a subject is not wording


def _narrower_than_total(a: "Stmt", b: "Stmt") -> bool:
    """A text statement naming an owner or a kind in front of what a table's total counts (浦东新区…独角兽企业超过10家,
    种子独角兽企业74家 against the 合计 of a table of 独角兽企业): a part of that total, not its copy."""
    total, other = (a, b) if a.total_cell else (b, a)
    if other.total_cell or not other.subject or not total.subject:
        return False
    s = re.sub(config()["share"]["own_scope"], "", other.subject)
    i, n = _longest_common(s, total.subject)
    front = re.sub(_cfg()["narrower_front_noise"], "", s[:i])
    # (六大重点产业实现产业规模 against the 合计 of a table titled 六大重点产业…: the title names the same owner)
    title = (total.c.section or "").rsplit(">", 1)[-1]
    return n >= 2 and len(front) >= 2 and front not in title


def _longest_common(a: str, b: str) -> tuple[int, int]:
    """(start in a, length) of the longest common substring of a and b."""
    best, at = 0, 0
    prev = [0] * (len(b) + 1)
    for i in range(1, len(a) + 1):
        cur = [0] * (len(b) + 1)
        ai = a[i - 1]
        for j in range(1, len(b) + 1):
            if ai == b[j - 1]:
                cur[j] = prev[j - 1] + 1
                if cur[j] > best:
                    best, at = cur[j], i - cur[j]
        prev = cur
    return at, best


def common_run(a: str, b: str) -> int:
    """Length of the longest common substring."""
    return _longest_common(a, b)[1]


def _placements(claims: list[Claim]) -> dict[str, tuple[int, str, int]]:
    """Each claim's passage (id, text) and the offset of its figure in it (-1 when absent).

    A passage is the claim's context, joined to the next context of the page when it breaks off mid-sentence:
    a context that holds a clause break, no final stop, and ends in a few words without a figure after its last
    clause break, or in a conjunction (join_after), was cut by a line break of a narrow box (…项目5484个，经 |
    费合计39.13亿元); headings hold no clause
    break, bullets end in a whole clause, and both stay apart. Claims of one context come in reading order,
    so each figure is looked for after the previous one (the 一 of 第一 is not the 一 of 新一轮).
    """
    cfg = _cfg()
    cut = re.compile(cfg["clause_breaks"])
    stop = re.compile(cfg["sentence_breaks"] + r"\s*$")
    piece_of: dict[str, tuple[int, int]] = {}  # claim → (passage, offset of its context in the passage)
    texts: list[str] = []
    last_key, last_page = None, None
    for c in claims:
        if c.table_id:
            continue
        key = (c.doc_id, c.page, c.context)
        if key != last_key:
            prev = texts[-1] if texts else ""
            tail = cut.split(last_key[2])[-1] if last_key is not None else ""
            joined = (last_key is not None and last_page == (c.doc_id, c.page) and cut.search(last_key[2])
                      and not stop.search(last_key[2]) and (len(tail) <= cfg["join_tail_chars"]
                                                            and not re.search(r"\d", tail)
                                                            or re.search(cfg["join_after"] + r"\s*$", last_key[2])))
            if joined:
                texts[-1] = prev + c.context
            else:
                texts.append(c.context)
            last_key, last_page = key, (c.doc_id, c.page)
        piece_of[c.claim_id] = (len(texts) - 1, len(texts[-1]) - len(c.context))
    out, after = {}, {}
    for c in claims:
        if c.claim_id not in piece_of:
            out[c.claim_id] = (-1, c.context, c.context.find(c.raw) if c.raw else -1)
            continue
        n, base = piece_of[c.claim_id]
        text = texts[n]
        start = max(after.get(n, 0), base)
        k = text.find(c.raw, start) if c.raw else -1
        if k < 0 and c.raw:
            k = text.find(c.raw, base)
        out[c.claim_id] = (n, text, k)
        if k >= 0:
            after[n] = k + len(c.raw)
    return out


def _describe(c: Claim, ctx: str, pos: int) -> tuple[str, str, dict[str, str]]:
    """The masked clause around the figure, the masked sentence lead before that clause, and the scope
    markers that belong to the figure (ctx: its passage, pos: the figure's offset in it)."""
    cfg = _cfg()
    if pos < 0:
        return "", "", {}
    end = pos + len(c.raw)
    brk = re.compile(cfg["clause_breaks"])
    starts = [m.end() for m in brk.finditer(ctx, 0, pos)]
    a = starts[-1] if starts else 0
    m = brk.search(ctx, end)
    b = m.start() if m else len(ctx)
    w = cfg["window_chars"]
    left, right = ctx[max(a, pos - w):pos], ctx[end:min(b, end + w)]
    window = _NUM.sub("#", left) + "@" + _NUM.sub("#", right)
    window = re.sub(r"[*\s]", "", window)
    # markers: from the previous figure (or the sentence start) to the next figure or the clause end
    sent = re.compile(cfg["sentence_breaks"])
    starts = [m.end() for m in sent.finditer(ctx, 0, pos)]
    sa = starts[-1] if starts else 0
    nums_left = list(_NUM.finditer(ctx, sa, pos))
    lo = nums_left[-1].end() if nums_left else sa
    mb = b
    if pos and ctx[pos - 1:pos] in "(（" and ctx[end:end + 1] in ")）" and ctx[end:end + 1]:
        # a figure in parentheses (瞪羚企业(73家)全国第一) belongs to the clause the parenthesis sits in
        m = brk.search(ctx, end + 1)
        mb = m.start() if m else len(ctx)
    nxt = _NUM.search(ctx, end, mb)  # after the figure only to the clause end (其中 there opens the next one)
    hi = nxt.start() if nxt else mb
    markers = _markers(ctx[lo:pos] + "@" + ctx[end:hi])
    lead = re.sub(r"[*\s]", "", _NUM.sub("#", ctx[max(sa, a - cfg["lead_chars"]):a]))
    return window, lead, markers


def _names(c: Claim, ctx: str, pos: int) -> str:
    """The named lists and programmes («…», “…”, a ranking list …榜) of the figure's sentence before it and of
    its section heading, joined: what a fragment subject (上海企业, 在孵企业) leaves unsaid."""
    cfg = _cfg()
    sa = 0
    if pos >= 0:
        starts = [m.end() for m in re.finditer(cfg["sentence_breaks"], ctx[:pos])]
        sa = starts[-1] if starts else 0
    heading = (c.section or "").split(">")[-1]
    sa = max(sa, ctx.find(c.context) if c.context in ctx[:max(pos, 0) + len(c.raw)] else 0)  # its own paragraph
    found = re.findall(cfg["context_names"], ctx[sa:max(pos, sa)] + "|" + heading)
    return "|".join(_NUM.sub("#", n) for n in found)


def _markers(text: str, found: dict | None = None) -> dict[str, str]:
    found = dict(found or {})
    for cls, members in _cfg()["marker_classes"].items():
        if cls in found:
            continue
        for name, pat in members.items():
            if pat and re.search(pat, text):
                found[cls] = name
                break
    return found


def _with_defaults(markers: dict[str, str]) -> dict[str, str]:
    """A class with an empty pattern names the state of a statement that shows none of its markers."""
    out = dict(markers)
    for cls, members in _cfg()["marker_classes"].items():
        default = next((name for name, pat in members.items() if not pat), None)
        if cls not in out and default:
            out[cls] = default
    return out


def _candidates(claims: list[Claim], where: dict) -> list[Stmt]:
    cfg = _cfg()
    total = re.compile(config()["table_total"]["grand_total"])
    strip = config()["table_total"]["strip"]
    # tables with a total column: their total row's other cells are totals of one column's group only
    total_columns = {c.table_id for c in claims if c.table_id and total.search((c.subject or "").partition(" ")[2])}
    out = []
    for c in claims:
        if c.kind not in cfg["kinds"]:
            continue
        x = exact(c)
        if x is None:
            continue
        total_cell = False
        subject = c.subject or ""
        if c.table_id:
            label, _, header = subject.partition(" ")
            if total.search(label):
                # (合计 中国工程院院士 5 beside 合计 合计 9: a group's total, stated by its own name elsewhere)
                total_cell = c.table_id not in total_columns or bool(total.search(header))
                subject = header
                caption = re.match(cfg["table_caption"], (c.section or "").rsplit(" > ", 1)[-1])
                if total_cell and caption:
                    # a total is the quantity the caption names, in the column's measure (表1 2025年本市医疗卫生机构
                    # 科研经费来源构成 | 合计 2025年: 854321.9 and 全市医疗卫生机构科研经费投入85.43亿元 in the text;
                    # 表3 …节能降碳改造项目情况 | 合计 总投资: 1846527.3 and …改造项目863个，总投资186.45亿元)
                    period = re.fullmatch(cfg["period_header"], header) is not None
                    subject = caption.group("what") + ("" if period else re.sub(r"[(（].*$", "", header))
            elif cfg["table_rows"] and label and header:
                subject = label + header  # a row the text quotes: 集成电路 产业规模 / 集成电路产业规模3486.27亿元
            else:
                continue  # table cells are checked against their totals
        passage, text, pos = where.get(c.claim_id, (-1, c.context, -1))
        window, lead, markers = ("", "", {}) if c.table_id else _describe(c, text, pos)
        if not c.table_id:  # a subject may carry a marker (新建, 已建) its clause lost
            markers = _markers(subject, markers)
        markers = _with_defaults(markers)
        # a table row is one statement of several figures (its cells are assigned one to one, like a sentence's)
        sentence = (c.doc_id, c.page, c.table_id, c.row) if c.table_id else \
            (c.doc_id, c.page, c.context, c.table_id) if passage < 0 else (c.doc_id, passage)
        names = "" if c.table_id or c.metric_id else _names(c, text, pos)
        after = "" if c.table_id or pos < 0 else re.match(r"[\u4e00-\u9fff]*", text[pos + len(c.raw):]).group(0)
        if c.kind == "change" and c.direction == "down" and x > 0:
            x = -x  # 同比下降3.6% states the -3.6 a table's 增减(%) column prints
        family, factor = cfg["unit_families"].get(c.base_unit, (c.base_unit, "1"))
        # (a group's subtotal row, 政府拨款小计, is quoted by the group's name: 政府拨款20.51亿元)
        label = norm_subject(re.sub(strip, "", (c.subject or "").partition(" ")[0])) if c.table_id else ""
        out.append(Stmt(c, x * Decimal(factor), half_unit(c) * Decimal(factor), norm_subject(subject), window,
                        lead, markers, sentence, total_cell, pos, names, after, family, Decimal(factor), label))
    return out


_REACHED_KINDS = ("share", "ratio")


def _reached(c: Claim) -> bool:
    """The figure a move from last year's reached (…从上年的9.8%下降至8.6%: the 8.6%), as its context prints it."""
    at = c.context.find(c.raw)
    return bool(c.direction) and at > 0 and re.search(r"(?:至|到)\s*$", c.context[:at]) is not None


def _year(p: str) -> str:
    return (p or "")[:4]


def compatible(a: Stmt, b: Stmt, cfg: dict | None = None) -> bool:
    x, y = a.c, b.c
    if a.unit != b.unit or x.kind != y.kind or x.direction != y.direction and x.kind != "level" and \
            not (x.kind in _REACHED_KINDS and _reached(x) != _reached(y) and not (x.direction and y.direction)):
        # a level reached (从2家拓展至22家) is the level stated elsewhere (拓展至22家企业); so is a share reached
        # (漏损率从上年的9.8%下降至8.6% / 漏损率降至8.6%)
        return False
    if x.metric_id and y.metric_id and x.metric_id != y.metric_id:
        return False  # the catalog tells them apart
    if _year(x.period) and _year(y.period) and _year(x.period) != _year(y.period):
        return False
    for u, v in ((x, y), (y, x)):
        if u.direction and not _reached(u) and _year(u.period) and not _year(v.period) and \
                _year(u.period) != str(v.edition):
            return False  # (从2020年底的58项提升至…137项: the start of a move, dated before the edition, is no undated figure)
    if bool(x.table_id) != bool(y.table_id) and (x.table_id and _year(x.period) or y.table_id and _year(y.period)) and \
            (_year(x.period) or str(x.edition)) != (_year(y.period) or str(y.edition)):
        return False  # (a table's column of the year before, 2024年, restates no undated figure of the edition's text)
    cfg = cfg or _cfg()
    if x.base_unit == "count":
        if is_person(x) != is_person(y):  # 13.82万人 counts persons too
            return False  # 156个(国家) vs 150位(科学家): persons are not things
        if is_times(x) != is_times(y):
            return False  # 7000家/次 (visits) vs 700家 (enterprises): times are not heads
        # (machines counted 台 in a table's header and 套 in the text: one count)
        mx, my = (alike_measure(measure(c)) for c in (x, y))
        if mx and my and mx != my and not is_person(x) and not re.fullmatch(cfg["generic_measure"], mx) and \
                not re.fullmatch(cfg["generic_measure"], my):
            return False  # 3家 (enterprises) vs 30项 (items): what is counted differs
    if _classes_apart(x.subject, y.subject, cfg):
        return False  # (第二类医疗器械注册证 / 第三类医疗器械注册证: two numbered classes of one thing)
    if x.table_id and y.table_id and (not (a.total_cell and b.total_cell) or x.table_id == y.table_id):
        return False  # rows of tables restate each other by label (restated_rows); a row is restated by the text
    if siblings(a, b):
        return False
    if x.kind == "share" and _shares_of_other_wholes(a.subject, b.subject, cfg):
        return False  # (…320张，占全市研究型病房床位的66.7% / …9250人，占全部入组受试者的66.5%: two wholes)
    soft = cfg["soft_marker_classes"]
    return all(a.markers[k] == b.markers[k] for k in a.markers.keys() & b.markers.keys() if k not in soft)


def _shares_of_other_wholes(x: str, y: str, cfg: dict) -> bool:
    """Two shares' subjects each naming their whole after 占, wholes sharing no word past the scope words."""
    wx, wy = (re.search(r"占(?!比)(.{2,}?)(?:比例|比重)?$", t or "") for t in (x, y))
    if not (wx and wy):
        return False
    bare = lambda m: re.sub(cfg["share_whole_scope"], "", m.group(1))
    # (占全国比例 / 占全国总数比例: a whole named by its scope alone names no other)
    return min(len(bare(wx)), len(bare(wy))) >= 2 and common_run(bare(wx), bare(wy)) < 2


_ROMAN = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3, "Ⅳ": 4, "Ⅴ": 5}


@functools.lru_cache(maxsize=None)
def _numbered_classes(subject: str, pattern: str) -> dict[str, frozenset]:
    """The classes a subject numbers, by classifier (第2批 and 第二批 are one class: {批: {2}}); cached per subject, as
    compatible asks for every candidate pair."""
    out: dict[str, set] = defaultdict(set)
    for m in re.finditer(pattern, subject):
        n = m.group("n")
        out[m.group("k")].add(int(n) if n.isdigit() else _ROMAN.get(n, cn_to_int(n)))
    return {k: frozenset(v) for k, v in out.items()}


def _classes_apart(x: str, y: str, cfg: dict) -> bool:
    """Both subjects name a class numbered by one classifier (类, 级, 等, 期, 批) with other numbers: two classes."""
    cx, cy = _numbered_classes(x or "", cfg["numbered_class"]), _numbered_classes(y or "", cfg["numbered_class"])
    # (one class each, named by other numbers: 二期及三期 names two, and is no class apart from 三期)
    return any(len(cx[k]) == len(cy[k]) == 1 and cx[k] != cy[k] for k in cx.keys() & cy.keys())


def frame(s: Stmt) -> str:
    """The masked clause without the statement's own subject (its longest tail found in the clause)."""
    w, subj = s.window, s.subject
    for k in range(len(subj), 1, -1):
        if subj[-k:] in w:
            return w.replace(subj[-k:], "", 1)
    return w


def siblings(a: Stmt, b: Stmt) -> bool:
    """Items of one enumeration: on one page, different subjects in the same frame (X达到#家, 潜力X达到#家)."""
    if a.c.page != b.c.page or a.c.doc_id != b.c.doc_id or not a.subject or not b.subject or a.subject == b.subject:
        return False
    fa = frame(a)
    if fa == frame(b) and len(fa.replace("@", "").replace("#", "")) >= 2:
        return True
    # the whole clause is the frame (X十大进展，上海牵头和参与#项 / Y十大突破，上海牵头和参与#项): the subjects,
    # read from the sentence lead, are what tells the items apart
    if a.window == b.window and len(a.window.replace("@", "").replace("#", "")) >= 2:
        return True
    # items of one list opening alike (全球首台300MW级…发电机 / 全球首台500MW级…发电机): the same words lead to the
    # figure, the things described differ
    lead = a.window.split("@", 1)[0]
    return lead == b.window.split("@", 1)[0] and len(lead.replace("#", "")) >= 3 and \
        a.subject not in b.subject and b.subject not in a.subject


def _soft_conflict(a: Stmt, b: Stmt, cfg: dict | None = None) -> bool:
    """Set apart by a soft marker class (a 其中 part and a whole): alike, but not on the same footing."""
    return any(a.markers.get(k) != b.markers.get(k) for k in (cfg or _cfg())["soft_marker_classes"])


def _bigrams_of(*parts: str) -> set[str]:
    out = set()
    for part in parts:
        out |= {part[i:i + 2] for i in range(len(part) - 1)}
    return {g for g in out if "#" not in g and "@" not in g}


def _bare_subject(s: Stmt) -> str:
    """The subject without the section heading the extractor appended to it (空间信息企业 + 企业与专利, a data page's
    line under its ### heading), else the subject."""
    heading = (s.c.section or "").rsplit(">", 1)[-1].strip()
    bare = s.subject[:-len(heading)] if len(heading) >= 2 and s.subject.endswith(heading) else s.subject
    return bare if len(bare) >= 2 else s.subject


def _tokens(s: Stmt, named: bool = False, bare: bool = False) -> dict[str, float]:
    """Character bigrams of the subject and the masked clause (factor 1) and of the sentence lead (lead_weight),
    without the masked figures; named: also the names of the sentence and section (Stmt.names, factor 1); bare:
    the subject without an appended section heading (_bare_subject)."""
    own = _bigrams_of(_bare_subject(s) if bare else s.subject, s.window, *(s.names.split("|") if named else ()))
    out = {g: _cfg()["lead_weight"] for g in _bigrams_of(s.lead)}
    out.update({g: 1.0 for g in own})
    return out


class Evidence:
    """Grades the evidence that two compatible statements state one figure, from their descriptions only.

    Wording shared by many statements of the document (同比增长, 占全国) says little: bigrams are weighted by
    their inverse document frequency over the document's candidates, and similarity is the weighted Dice.
    The descriptions are read twice, without and with the names of their sentence and section (a fragment
    subject's list or programme): names only add evidence, a name the other statement lacks never removes any.
    A third reading drops the section heading appended to a subject (a data page's ### heading, which pairs its
    line with the chapter's figure as often as it hides a short subject's words: 空间信息企业企业与专利).
    """

    def __init__(self, stmts: list[Stmt]):
        self.cfg = _cfg()
        self.views = []
        self.bare = {id(s) for s in stmts if _bare_subject(s) != s.subject}
        for named, bare in ((False, False), (True, False), (False, True)):
            tokens = {id(s): _tokens(s, named, bare) for s in stmts}
            df = Counter(g for t in tokens.values() for g in t)
            n = len(stmts)
            idf = {g: math.log((n + 1) / (d + 1)) + 1 for g, d in df.items()}  # smoothed: a short document too
            weight = {k: sum(idf[g] * f for g, f in t.items()) for k, t in tokens.items()}
            self.views.append((tokens, idf, weight))

    def similarity(self, a: Stmt, b: Stmt) -> tuple[float, float]:
        """(weighted Dice, weight of the shared wording), the better of the two readings."""
        best = (0.0, 0.0)
        for k, (tokens, idf, weight) in enumerate(self.views):
            if k == 1 and not (a.names or b.names) or k == 2 and not ({id(a), id(b)} & self.bare):
                continue
            x, y = tokens[id(a)], tokens[id(b)]
            wx, wy = weight[id(a)], weight[id(b)]
            shared = sum(idf[g] * min(x[g], y[g]) for g in x.keys() & y.keys())
            best = max(best, ((2 * shared / (wx + wy) if wx + wy else 0.0), shared))
        return best

    def grade(self, a: Stmt, b: Stmt) -> tuple[str, float]:
        """("strong" | "weak" | "", score)."""
        cfg = self.cfg
        sim, shared = self.similarity(a, b)
        if displayed(a, b) or displayed(b, a):
            return "strong", 1.0 + sim
        mid = a.c.metric_id and a.c.metric_id == b.c.metric_id
        if mid and not _soft_conflict(a, b, cfg):
            # scope words are compared as marker classes (新建 and 新一轮 both say new): the wording left is what
            # tells two subjects apart (新建高质量孵化器 / 新一轮高质量孵化器)
            s, t = unmarked(a.subject), unmarked(b.subject)
            k = common_run(s, t) if s and t else 0
            # one subject the other with a measure noun after it (专利授权 / 专利授权量) names the metric alike
            short, long_ = sorted((s, t), key=len)
            contained = bool(short) and len(short) >= cfg["min_contained_chars"] and long_.startswith(short) and \
                re.fullmatch(cfg["measure_noun_suffix"], long_[len(short):]) is not None
            if (a.total_cell or b.total_cell) and not _narrower_than_total(a, b) or (s and s == t) or contained or (
                    k >= cfg["min_common_chars"] and k >= cfg["min_common_share"] * max(len(s), len(t))):
                return "strong", 1.0 + sim
            if a.c.kind == "rank" and a.markers.get("geography") and \
                    a.markers.get("geography") == b.markers.get("geography") and sim >= cfg["weak_similarity"]:
                return "strong", 1.0 + sim  # one catalog metric ranked in one geography is one figure
        if not mid and a.subject and a.subject == b.subject and len(a.subject) >= cfg["same_subject_strong_chars"] \
                and measure(a.c) == measure(b.c) and not _soft_conflict(a, b, cfg) and \
                not re.search(cfg["category_subject"], a.subject) and min(len(_digits(a.c)), len(_digits(b.c))) >= 2 \
                and not re.match(cfg["predicate_subject"], a.subject):
            # (a one-digit count under one name, 1人 / 2人 获…奖, recurs by year and by category)
            return "strong", 1.0 + sim  # one long subject word for word (外资研发中心累计612家 / …621家): one figure
        # (fewer digits, 280 / 280项, when the total's column counts in the text's measure word: 合计 280 under 项目数(项))
        digits = cfg["same_value_digits"] - (bool(a.c.unit) and _measure(a.c) == _measure(b.c) and a.value == b.value)
        quoted = _quoted_row(a, b, cfg)
        # (杭州跨城技术合同成交额71.36亿元 / 表2 杭州 成交额 716300: a row the text names by its label, quoted with two
        # digits swapped, is paired as agreeing ones are; _transposed keeps it to the slip a copy makes)
        if shared > 0 and (a.total_cell or b.total_cell or quoted) and not a.c.qualifier and \
                not b.c.qualifier and (agree(a, b) or quoted and _transposed(a, b)) and \
                max(len(_digits(x.c).rstrip("0")) for x in (a, b)) >= digits:
            # a total row's figure, or a row's the text names by its label, printed again in the text to the last
            # of many digits (14620 / 14620人次; also rounded to another scale, 486320 / 48.63万架次, 金融数据 186420 /
            # 金融数据交易额18.64亿元), under a short header (用户数) that shares little wording: the same figure
            return "weak", sim
        if apart(a, b) or not mid and all(re.search(cfg["category_subject"], x.subject or "") for x in (a, b)):
            # (items named by a category only, 集成电路领域17家 of leading firms and 集成电路领域16家 of unicorns,
            # are parts of wholes the subject does not name: no evidence they are one figure)
            return "", sim
        floor = cfg["metric_weak_similarity"] if mid else cfg["weak_similarity"]  # the catalog says one metric
        if sim >= floor and shared >= cfg["min_shared_weight"]:
            return "weak", sim
        # (冷库库容 / 全市冷库总库容: the report's own scope and a 总 before the measure noun add no wording)
        plain = lambda t: re.sub(cfg["subject_total_words"], "", t or "")
        # (a data page's 采集全血超59万单位 under ### 无偿献血 reads 采集全血无偿献血: its heading set aside)
        short, long_ = sorted((plain(_bare_subject(a)), plain(_bare_subject(b))), key=len)
        if len(short) >= cfg["tail_subject_chars"] and long_.endswith(short) and a.c.page != b.c.page and \
                measure(a.c) == measure(b.c) and not _soft_conflict(a, b, cfg):
            # (消防物联网远程监控系统联网单位12460家 / a data page's 联网单位12640家: a subject that is the other's
            # whole ending, on another page, in one measure word, is weak evidence of one figure)
            return "weak", sim
        return "", sim


def _front_words(x: str, y: str, min_chars: int = 1) -> str | None:
    """The words the longer subject puts in front of the shorter when it ends with it (国家 + 自然科学奖), else None."""
    s, t = sorted((x or "", y or ""), key=len)
    if len(s) < min_chars or len(t) == len(s) or not t.endswith(s):
        return None
    return t[:len(t) - len(s)]


def _other_owners(x: str, y: str) -> bool:
    """Two subjects saying one measure of two owners, neither naming the other (核能与核技术产业实现产值 /
    先进核能装备实现产值): the owners' figures, not one figure miscopied."""
    x, y = unmarked(x or ""), unmarked(y or "")
    k = common_tail(x, y)
    fx, fy = x[:len(x) - k], y[:len(y) - k]
    # (owners are names: a front listing examples, 上飞公司、交大智邦, or saying what befell, 入选首批…, names no owner)
    named = all(not re.search(_cfg()["not_owner_front"], f) for f in (fx, fy))
    return k >= 2 and len(fx) >= 2 and len(fy) >= 2 and named and fx not in fy and fy not in fx and \
        common_run(fx, fy) < 3


def _narrowed_by_words(x: str, y: str, cfg: dict) -> bool:
    """One subject is the other with words in front that are not scope words (输出外省市和境外 + 技术合同成交额): a
    part of the population, stated apart."""
    front = _front_words(unmarked(x or ""), unmarked(y or ""), cfg["narrowed_subject_chars"])
    return front is not None and len(re.sub(cfg["same_population_lead"], "", front)) >= 2


def _heading_says_front(a: Stmt, b: Stmt, cfg: dict) -> bool:
    """The words one subject has in front of the other are said by the shorter one's section heading (…消防物联网
    远程监控系统联网单位 / 联网单位 under ### 消防物联网 on a data page): the same population, named by its heading."""
    short, long_ = sorted((a, b), key=lambda s: len(s.subject or ""))
    if not short.subject or not (long_.subject or "").endswith(short.subject):
        return False
    front = long_.subject[:-len(short.subject)]
    heading = (short.c.section or "").rsplit(">", 1)[-1].strip()
    return common_run(front, heading) >= cfg["heading_front_chars"]


def displayed(a: Stmt, b: Stmt) -> bool:
    """a is a display figure (its context only the figure and its noun: "16条举措", set large beside the text) of
    b's section, counting the same thing with the same words (提出16条举措): the text's figure shown again."""
    x, y = a.c, b.c
    if x.table_id or y.table_id or not x.section or x.section != y.section or x.unit != y.unit or x.page != y.page:
        return False
    noun = _noun_after(x)
    return bool(noun) and re.sub(r"\s", "", x.context) == x.raw + noun and _noun_after(y) == noun and \
        re.sub(r"\s", "", y.context) != y.raw + noun


def unmarked(subject: str) -> str:
    """The subject without the words of the marker classes (validation.json marker_classes)."""
    scope = "|".join(p for members in _cfg()["marker_classes"].values() for p in members.values() if p)
    return re.sub(f"(?:{scope})", "", subject) if subject else subject


def scope_part(a: Stmt, b: Stmt) -> tuple[Stmt, Stmt] | None:
    """(part, whole) when the scope markers make one statement a part of the other's population: this year's new
    ones (新建第2批12家) against a figure stated without the marker (成立24家), or a 其中 part against a whole.
    Alike descriptions are not enough here (新认定高新技术企业 / 享受…高新技术企业税收优惠企业): the whole's subject
    must close the part's (most of it: 成立长三角创新联合体 / 新建第#批长三角创新联合体), so the part is the whole's
    population narrowed by words in front, never the other way round, and both count with one measure word. The
    words in front may only be scope words (the markers, a batch 第#批): 新增获批上市第#类创新医疗器械 narrows
    创新医疗器械 by more than its scope and is another population."""
    found = _scope_sides(a, b)
    if found is None:
        return None
    part, whole = found
    if part.subject and part.subject == whole.subject and whole.markers.get("part") != part.markers.get("part"):
        return None  # (其中智能自适应控制路口2436个 / 数看 智能自适应控制路口超2500个: one thing named word for word)
    if whole.pos >= 0 and re.search(config()["list_total"]["list_marker"],
                                    re.split(r"[。；;！？]", whole.c.context[:whole.pos])[-1]):
        return None  # (交付…38艘，分别为LNG双燃料船舶21艘、…: an item of a list is no whole of another population's part)
    if whole.markers.get("part") == "part" or whole.subject.startswith("的"):
        # (a 其中 class of a stock, 其中年营业收入超过1亿元的高新技术企业5218家 — its subject cut at the threshold's
        # figure, …的高新技术企业 — is no whole of this year's 新认定…8932家)
        return None
    k = common_tail(part.subject, whole.subject)
    cfg = _cfg()
    if measure(part.c) != measure(whole.c) or k < cfg["min_common_chars"] or \
            k < cfg["min_common_share"] * len(whole.subject):
        return None
    if re.sub(cfg["scope_narrowing"], "", unmarked(part.subject[:len(part.subject) - k])):
        return None
    if re.search(cfg["whole_narrowing"], whole.subject[:len(whole.subject) - k]):
        return None  # the whole narrowed in front (国家自然科学奖 vs 其中自然科学奖): another population, not a whole
    return found


def narrower(a: Stmt, b: Stmt) -> tuple[Stmt, Stmt] | None:
    """(part, whole) when alike statements count with one measure word and the words right after one figure are
    those after the other with a qualifier in front (吸引150余家大模型企业入驻 / 吸引1200余家企业入驻): the first counts
    a kind of what the second counts, a part of it."""
    if not measure(a.c) or measure(a.c) != measure(b.c):
        return None
    k = _cfg()["narrower_min_chars"]
    for part, whole in ((a, b), (b, a)):
        p, w = part.after, whole.after
        if len(w) >= k and p.endswith(w) and len(p) - len(w) >= k:
            return part, whole
    return None


def common_tail(s: str, t: str) -> int:
    k = 0
    while k < min(len(s), len(t)) and s[-1 - k] == t[-1 - k]:
        k += 1
    return k


def _scope_sides(a: Stmt, b: Stmt) -> tuple[Stmt, Stmt] | None:
    for cls, part_name in _cfg()["part_scopes"].items():
        x, y = a.markers.get(cls), b.markers.get(cls)
        if x == part_name and y != part_name and (y is None or y in _cfg()["part_scope_wholes"].get(cls, [])):
            return a, b
        if y == part_name and x != part_name and (x is None or x in _cfg()["part_scope_wholes"].get(cls, [])):
            return b, a
    return None


@functools.lru_cache(maxsize=4096)
def _named_subject_bigrams(subject: str, names: str) -> frozenset[str]:
    # apart() runs for every candidate pair: each statement's bigrams are made once, not once per pair
    return frozenset(_bigrams_of(subject, *names.split("|")))


def apart(a: Stmt, b: Stmt) -> bool:
    """Subjects that share no wording at all (综合科技创新水平指数 vs 在地球与环境科学领域, both 比上年上升#位):
    alike clauses about two different things, no evidence of one figure. A subject too short to say anything
    (fewer than two bigrams of wording) tells nothing apart; a fragment subject (比上年增加) is read with the names
    of its sentence and section (全球瞪羚企业榜), as for the similarity."""
    x, y = _named_subject_bigrams(a.subject, a.names), _named_subject_bigrams(b.subject, b.names)
    ta, tb = set(re.findall(r"《[^》]+》", a.subject or "")), set(re.findall(r"《[^》]+》", b.subject or ""))
    if ta and tb and not ta & tb:
        return True  # two documents by title (《…科技服务业…若干措施》 / 《…科技园区…若干措施》): two things
    front = _front_words(a.subject, b.subject)
    if front is not None and re.fullmatch(r"(?:%s)+" % _cfg()["whole_narrowing"], front):
        return True  # 国家自然科学奖 / 自然科学奖 (of the city's awards): the same name at two levels
    return len(x) >= 2 and len(y) >= 2 and len(x & y) < _cfg()["weak_min_subject_bigrams"]


def touching(s: Stmt) -> set[str]:
    """The characters right before and right after the figure in its clause, each with the figure's side."""
    k = s.window.find("@")
    if k < 0:
        return set()
    return {g for g in (s.window[k - 1:k + 1] if k else "", s.window[k:k + 2]) if len(g) == 2 and "#" not in g}


def _in_words(c: Claim) -> bool:
    return _raw_in_words(c.raw or "")


@functools.lru_cache(maxsize=8192)
def _raw_in_words(raw: str) -> bool:
    # (asked for both figures of every candidate pair: cached by the printed figure)
    return not re.search(r"\d", raw) and bool(re.search("[零〇一二两三四五六七八九十]", raw))


def _digits(c: Claim) -> str:
    m = re.search(r"\d[\d,]*(?:\.\d+)?", c.raw or "")
    if m is None and c.norm_exact and _in_words(c):
        # a figure in words (全球第六): its value's digits; a bare scale word (万亿元 market) is an order of size;
        # 六千 is printed to the thousand, so its digit is 6, not 6000
        m = re.search(r"\d+(?:\.\d+)?", c.norm_exact)
        return m.group(0).replace(".", "").strip("0") if m else ""
    s = m.group(0).replace(",", "").replace(".", "") if m else ""
    return s.lstrip("0")


def _quantum(c: Claim, x: Decimal) -> Decimal:
    """One unit of the last printed digit, in the base unit (1.9万家 → 1000; 六千家 → 1000)."""
    scale = x / Decimal(str(c.value)) if c.value else Decimal(1)
    if _in_words(c) and c.value and float(c.value).is_integer():
        v = int(c.value)
        zeros = len(str(v)) - len(str(v).rstrip("0"))
        return abs(Decimal(10) ** zeros * scale)
    return abs(Decimal(1).scaleb(-int(c.decimals or 0)) * scale) or Decimal(1)


def _coarse_digits(a: Stmt, b: Stmt) -> tuple[str, str] | None:
    """Both figures' digits at the coarser printed precision (1846527.3万元 at 186.45亿元's: 18465 and 18645)."""
    q = max(_quantum(a.c, a.value), _quantum(b.c, b.value))
    try:
        return str(int((a.value / q).to_integral_value())), str(int((b.value / q).to_integral_value()))
    except (ArithmeticError, ValueError):
        return None


def one_digit(a: Stmt, b: Stmt, across_precisions: bool = True) -> int:
    """Number of digits when the two figures, read at the coarser printed precision, differ in exactly one
    digit (19218 vs 2.9万: 19 vs 29), else 0."""
    if not across_precisions and _quantum(a.c, a.value) != _quantum(b.c, b.value):
        return 0
    digits = _coarse_digits(a, b)
    if digits is None:
        return 0
    x, y = digits
    if x == y or "0" in (x, y) or len(x) != len(y) or sum(p != r for p, r in zip(x, y)) != 1:
        return 0
    return len(x)


def _bound_and_exact(a: Stmt, b: Stmt) -> tuple[Stmt | None, Stmt | None]:
    """(the one stated as a bound, the exact one) when exactly one of the two carries a qualifier."""
    if bool(a.c.qualifier) == bool(b.c.qualifier):
        return None, None
    return (a, b) if a.c.qualifier else (b, a)


def _interval(qualifier: str, x: Decimal, tol: Decimal, reach: Decimal | None = None) -> tuple[Decimal | None, Decimal | None]:
    """The values a figure x stated with a qualifier admits (None: open): over from x up to the bound's reach (when
    given; exclusive), under up to x, near a little short of x, approx either side of it (apposition_slack), an exact
    figure within its rounding."""
    if qualifier == "over":
        return x - tol, (reach + tol if reach is not None else None)
    if qualifier == "under":
        return None, x + tol
    if qualifier in ("near", "approx"):
        slack = abs(x) * Decimal(str(_cfg()["apposition_slack"][qualifier]))
        return x - slack - tol, x + tol if qualifier == "near" else x + slack + tol
    return x - tol, x + tol


def within_bound(qualifier: str, x: Decimal, y: Decimal, tol: Decimal, reach: Decimal | None = None) -> bool:
    """An exact y against a bound x (超 x, 近 x, 约 x, 不足 x), within the values the bound admits (_interval)."""
    lo, hi = _interval(qualifier, x, tol, reach)
    return (lo is None or y >= lo) and (hi is None or (y < hi if qualifier == "over" else y <= hi))


def _bound_digit(a: Stmt, b: Stmt) -> int:
    """A bound (超8000亿元, 近200篇) and an exact figure (7021.35亿元, 196篇) that differ in one digit once the
    exact one is rounded to the bound's leading digit (7000 / 8000): the number of digits compared, else 0."""
    bound, ex = _bound_and_exact(a, b)
    if bound is None or bound.c.qualifier not in ("over", "near", "approx") or not bound.value or not ex.value or \
            abs(bound.value).adjusted() != abs(ex.value).adjusted():
        return 0  # (of one order of magnitude: 8260万 is no slip of 超1.6亿)
    q = Decimal(1).scaleb(abs(bound.value).adjusted())
    x, y = str(int((bound.value / q).to_integral_value())), str(int((ex.value / q).to_integral_value()))
    if x == y or len(x) != len(y) or sum(p != r for p, r in zip(x, y)) != 1:
        return 0
    return len(str(int(abs(bound.value))))


def _transposed(a: Stmt, b: Stmt) -> bool:
    """Two adjacent digits swapped, read at the coarser printed precision (71.36亿元 / 716300万元)."""
    da, db = _digits(a.c), _digits(b.c)
    if len(da) != len(db):
        da, db = _coarse_digits(a, b) or (da, db)
    return _swapped(da, db)


def _swapped(da: str, db: str) -> bool:
    """Two digit strings of one length differing by two adjacent digits swapped (612 / 621)."""
    k = [i for i, (p, r) in enumerate(zip(da, db)) if p != r] if len(da) == len(db) >= 2 else []
    return len(k) == 2 and k[1] == k[0] + 1 and da[k[0]] == db[k[1]] and da[k[1]] == db[k[0]]


def slip(a: Stmt, b: Stmt, similarity: float = 1.0, strong: bool = False, singled: bool = False) -> bool:
    """Values that look like a slip of the pen: the same digits at another magnitude (a shifted decimal point,
    another scale word), or one digit changed at the coarser printed precision. On weak evidence a changed digit
    in a figure of few significant digits is a common coincidence between different quantities, so it needs
    more similar descriptions (validation.json: slip_one_digit_similarity, by number of digits), unless the two
    are shaped like a copy of one count (copy_like) and singled out each other (singled: neither has better
    evidence with another statement)."""
    da, db = _digits(a.c), _digits(b.c)
    if not da or not db:
        return False
    # (on weak evidence two whole counts in different words must name one thing last: 数字化转型服务商120家 is no
    # 数字化转型实训基地12个 shifted; a fractional count, 185.2项, is a slip whatever the words)
    one_thing = strong or a.c.base_unit != "count" or measure(a.c) == measure(b.c) or \
        common_tail(a.subject, b.subject) >= 2 or any(x.value != x.value.to_integral() for x in (a, b))
    if da.rstrip("0") == db.rstrip("0") and a.value != b.value and not agree(a, b) and one_thing:
        # ranks are whole numbers: 第1位 and 第10位 are two rankings, a fractional rank is the slip
        return a.c.kind != "rank" or a.value != a.value.to_integral() or b.value != b.value.to_integral()
    if shifted(a, b) and (strong or similarity >= _cfg()["slip_shifted_similarity"] and one_thing):
        return True  # (on weak evidence only between descriptions nearly word for word: 表3…合同金额 / …合同金额4.87亿元)
    if len(da) != len(db):  # two transposed digits read at the coarser precision (186.45亿元 / 1846527.3万元)
        da, db = _coarse_digits(a, b) or (da, db)
    if _swapped(da, db):
        # 612 / 621; a two-digit figure (21座 / 12座) is a swap only between descriptions nearly word for word, as
        # any two small counts are each other's swap by chance more often
        bar = _cfg()["slip_transposed_similarity"]
        return strong or similarity >= bar.get(str(len(da)), bar["more"])
    n = one_digit(a, b, across_precisions=strong)  # on weak evidence rounding 34.22 to 24.2's precision is a reach
    if n and not strong and a.c.base_unit == "count" and measure(a.c) != measure(b.c) and \
            min(len(a.subject or ""), len(b.subject or "")) < _cfg()["same_subject_strong_chars"]:
        return False  # (一等奖52项 / 一等奖56个: a class named alone, of things counted in other words, recurs by programme)
    if not n and strong and _bound_digit(a, b):
        return True  # (on weak evidence a bound's leading digit is too coarse to tell a slip from another figure)
    if not n:
        return False
    bar = _cfg()["slip_one_digit_similarity_copy" if singled and copy_like(a, b) else "slip_one_digit_similarity"]
    return strong or similarity >= bar.get(str(n), 0.0)


def measure(c: Claim) -> str:
    """A count's measure word without its scale (1.9万家 → 家); empty for other units."""
    return re.sub(r"^[万亿千百十]+", "", c.unit or "") if c.base_unit == "count" else ""


def same_count(a: Stmt, b: Stmt) -> bool:
    """Counts of one measure word and one qualifier (家 and 家, not 个 and 款; 超10余篇 is no copy of 40篇)."""
    return bool(measure(a.c)) and measure(a.c) == measure(b.c) and a.c.qualifier == b.c.qualifier


def copy_like(a: Stmt, b: Stmt) -> bool:
    """Two statements shaped like a copy of one count: on different pages (alike figures of one page are items
    of one enumeration: 3种 and 4种 new materials), of one measure word (a copy keeps what it counts: 家 and 家,
    not 款 and 种) and one qualifier (超10余篇 is no copy of 40篇). Between such alike descriptions a changed digit
    in a small figure reads as a slip (validation.json: slip_one_digit_similarity_copy) when the descriptions
    single each other out: neither statement has better evidence with any other statement of the document. A 其中
    part and a whole (a soft marker class) are not shaped alike (其中标杆性智能工厂38家 / 新增…智能工厂18家)."""
    return a.c.page != b.c.page and same_count(a, b) and not _soft_conflict(a, b)


def shifted(a: Stmt, b: Stmt) -> bool:
    """The same figure at another magnitude, read at the coarser printed precision: the finer statement times a
    power of ten agrees with the coarser one within rounding (19218家 vs 1.9万家 once a decimal point moved in
    either: 1921.8家, 0.019万家; 391271.71万元 vs 39.13亿元 as 39127.171万元). The coarser figure needs
    shift_min_digits significant digits: a figure of one digit matches any other at some magnitude."""
    if a.c.kind == "rank" or not a.value or not b.value:
        return False
    fine, coarse = sorted((a, b), key=lambda s: s.tol / abs(s.value))
    if len(_digits(coarse.c).rstrip("0")) < _cfg()["shift_min_digits"]:
        return False
    for k in range(-_cfg()["shift_max_power"], _cfg()["shift_max_power"] + 1):
        if k == 0:
            continue
        f = Decimal(1).scaleb(k)
        if abs(fine.value * f - coarse.value) < fine.tol * f + coarse.tol:
            return True
    return False


def near(a: Stmt, b: Stmt) -> bool:
    """Values within strong_near of each other (relative): a figure updated in one place and not the other."""
    m = max(abs(a.value), abs(b.value))
    return bool(m) and abs(a.value - b.value) <= Decimal(str(_cfg()["strong_near"])) * m


def _span(s: Stmt) -> tuple[Decimal | None, Decimal | None]:
    """The values a statement's bound admits, in its family's unit (超40亿元: 40 up to its reach; 约44亿元: 44 ± slack)."""
    reach = bound_reach(s.c) if s.c.qualifier == "over" else None
    # (超16万 is a threshold, as in agree: 近15.8万 does not meet it, whatever 16's printed precision)
    tol = Decimal(0) if s.c.qualifier in ("over", "under") else s.tol
    return _interval(s.c.qualifier, s.value, tol, reach * s.factor if reach is not None else None)


def _bound_missed(a: Stmt, b: Stmt) -> bool:
    """An exact figure just outside the bound restating it (超320亿元 for 316.8亿元, 近90 for 91.2): within bound_miss
    (relative) of the bound, on the side the bound rules out."""
    bound, ex = _bound_and_exact(a, b)
    if bound is None or bound.c.qualifier not in ("over", "near") or not bound.value:
        return False
    gap = (bound.value - ex.value) if bound.c.qualifier == "over" else (ex.value - bound.value)
    # (超9亿元 for 8.974亿元: a one-sided bound's N is a threshold, its printed half-unit no slack; see agree)
    slack = ex.tol + (bound.tol if bound.c.qualifier not in ("over", "under") else 0)
    return slack < gap <= Decimal(str(_cfg()["bound_miss"])) * abs(bound.value)


def _bounds_meet(a: Stmt, b: Stmt) -> bool:
    """Two bounds of one figure (超过40亿元, 约44亿元) agree when some value satisfies both."""
    (lo1, hi1), (lo2, hi2) = _span(a), _span(b)
    lo = max((v for v in (lo1, lo2) if v is not None), default=None)
    hi = min((v for v in (hi1, hi2) if v is not None), default=None)
    return lo is None or hi is None or lo <= hi


def _last_digit_half(s: Stmt) -> Decimal:
    """Half a unit of a figure's last significant digit, in its base unit (约1250万 → 5万; 约4.5% → 0.05)."""
    v = Decimal(str(s.c.value)).normalize() if s.c.value else Decimal(0)
    if not v:
        return s.tol
    return abs(Decimal(1).scaleb(v.as_tuple().exponent) / 2 * (s.value / v))


def agree(a: Stmt, b: Stmt) -> bool:
    """Within the two half-units, boundary excluded: 5484 and 5485 are two different counts. A bound restating an
    exact figure holds it when the figure lies within the bound's reach (超9100亿元 for 9124.58亿元, less than 10000;
    近1.33万件 for 13260件, a little short of it; 不足50家 for 48家)."""
    one_sided = {a.c.qualifier, b.c.qualifier} & {"over", "under"}
    if a.value == b.value or abs(a.value - b.value) < a.tol + b.tol and not one_sided:
        return True  # (超19万 admits no 18.64万 though 19 is printed to the 万: a one-sided bound is weighed below)
    bounds = ("over", "near", "approx", "under")
    if a.c.qualifier in bounds and b.c.qualifier in bounds and a.c.qualifier != b.c.qualifier:
        return _bounds_meet(a, b)  # (two bounds of one kind and different values, 超2.7亿元 / 超3.7亿元, are a slip)
    bound, exact_ = _bound_and_exact(a, b)
    if bound is not None and bound.c.qualifier == "approx":
        # 约1250万人次 for 1247.6万人次: a round figure, rounded at its last significant digit
        return abs(bound.value - exact_.value) <= _last_digit_half(bound) + exact_.tol
    if bound is None or bound.c.qualifier not in ("over", "near", "under"):
        return False
    reach = bound_reach(bound.c) if bound.c.qualifier == "over" else None  # (in the claim's base unit)
    if bound.c.qualifier == "over" and reach is None:
        return False
    reach = reach * bound.factor if reach is not None else None
    # (超19万 is a threshold, not a rounded figure: 18.64万 is not over it, whatever 19's printed precision)
    tol = exact_.tol if bound.c.qualifier == "over" else bound.tol + exact_.tol
    return within_bound(bound.c.qualifier, bound.value, exact_.value, tol, reach)


@functools.cache
def _lead_figure() -> re.Pattern:
    """A printed figure: its number, its scale word, and a rate's or a multiple's unit (what no amount is)."""
    return re.compile(r"(\d[\d,]*(?:\.\d+)?)\s*(%s)?(%%|‰|个?百分点|倍)?" %
                      "|".join(sorted(scale_table(), key=len, reverse=True)))


def _list_lead(s: Stmt) -> Decimal | None:
    """The figure a listed item's list breaks down, scaled (受理…首发上市申请23家，分别为集成电路8家、生物医药6家 → 23;
    9.76万人，其中 → 97600); None when the figure is no item of a 分别 or 其中 list or its sentence names no figure
    before the list."""
    if s.pos < 0 or s.c.table_id:
        return None
    before = re.split(r"[。；;！？]", s.c.context[:s.pos])[-1]
    listed = list(re.finditer(config()["list_total"]["list_marker"] + "|其中", before))
    if not listed:
        return None
    leads = _lead_figure().findall(before[:listed[-1].start()])
    # (…45.23亿元，同比增长16.2%，其中…: the list breaks down the amount, not its rate)
    leads = [x for x in leads if not x[2]] if s.c.base_unit not in ("percent", "pct_point", "times") else leads
    if not leads:
        return None
    number, scale, _ = leads[-1]
    return Decimal(number.replace(",", "")) * scale_table().get(scale, Decimal(1))


def _breakdown_leads(stmts: list[Stmt]) -> dict[int, Decimal]:
    """Each listed statement's list total (_list_lead), and each table cell's column total (its total row's cell),
    by id: computed once, for the pairs to compare."""
    totals = {(s.c.table_id, s.c.col): s.value / s.factor for s in stmts if s.total_cell and s.c.table_id}
    leads = {}
    for s in stmts:
        x = totals.get((s.c.table_id, s.c.col)) if _row_cell(s) else _list_lead(s)
        if x is not None:
            leads[id(s)] = x
    return leads


def _two_breakdowns(a: Stmt, b: Stmt, leads: dict[int, Decimal], apart: Decimal) -> bool:
    """Items of two lists breaking down two different totals (新认定的20家企业分别为…生物医药7家 / 申请23家，分别为…
    生物医药6家) count two populations, whatever their names share; a table's column (its total row's cell) is such
    a list too (表1 拉丁美洲 28 of 1480 guests / 资助的214名…分别为…拉丁美洲24人)."""
    x, y = leads.get(id(a)), leads.get(id(b))
    return x is not None and y is not None and max(x, y) > 0 and abs(x - y) > apart * max(x, y)


def _same_long_value(a: Stmt, b: Stmt, cfg: dict) -> bool:
    """The same figure to the last of many digits (整机制造环节营业收入172.48亿元 / 表1 整机制造 1724800万元): one figure,
    even where the two sit in breakdowns of different totals (a 其中 inside a 其中 against a flat table)."""
    return not a.c.qualifier and not b.c.qualifier and exact(a.c) is not None and exact(a.c) == exact(b.c) and \
        min(len(_digits(x.c).strip("0")) for x in (a, b)) >= cfg["long_value_digits"]


def pairs(stmts: list[Stmt]) -> list[tuple[Stmt, Stmt, str, str]]:
    """Assigned pairs (a, b, outcome, grade): outcome pass or fail, grade strong or weak; see the module docstring."""
    buckets: dict[tuple, list[int]] = defaultdict(list)
    for i, s in enumerate(stmts):
        buckets[(s.c.doc_id, s.unit, s.c.kind, "" if s.c.kind == "level" or _reached(s.c) or
                 s.c.kind in _REACHED_KINDS and not s.c.direction else s.c.direction)].append(i)
    cfg = _cfg()
    ev = Evidence(stmts)
    # order of the figures in their sentence, from either end: parallel sentences keep their order (a tie-break)
    order: dict[int, tuple[int, int]] = {}
    by_sentence: dict[tuple, list[Stmt]] = defaultdict(list)
    for s in stmts:
        by_sentence[s.sentence].append(s)
    for ss in by_sentence.values():
        ss = sorted(ss, key=lambda s: s.pos)
        for k, s in enumerate(ss):
            order[id(s)] = (k, len(ss) - 1 - k)

    def shift(a: Stmt, b: Stmt) -> int:
        (i, j), (k, m) = order[id(a)], order[id(b)]
        return min(abs(i - k), abs(j - m))

    leads, apart = _breakdown_leads(stmts), Decimal(str(cfg["breakdown_leads_apart"]))
    cand: dict[tuple, list[tuple[float, int, int, str]]] = defaultdict(list)
    for idx in buckets.values():
        for n, i in enumerate(idx):
            for j in idx[n + 1:]:
                a, b = stmts[i], stmts[j]
                if a.sentence == b.sentence or not compatible(a, b, cfg) or \
                        _two_breakdowns(a, b, leads, apart) and not _same_long_value(a, b, cfg):
                    continue
                grade, score = ev.grade(a, b)
                if grade == "weak" and (_row_cell(a) or _row_cell(b)) and not _quoted_row(a, b, cfg):
                    continue  # a table row is quoted under its own words: only strong evidence pairs it
                if grade:
                    key = (a.sentence, b.sentence) if a.sentence <= b.sentence else (b.sentence, a.sentence)
                    same = bool(a.c.metric_id) and a.c.metric_id == b.c.metric_id
                    rank = score + (cfg["touching_bonus"] if touching(a) & touching(b) else 0.0)
                    if bool(a.c.qualifier) != bool(b.c.qualifier) and max(abs(a.value), abs(b.value)):
                        # (逾11亿元 restates 上海市获得11.37亿元 rather than 城市群18.64亿元 of the same sentence: a bound
                        # is written near the figure it rounds)
                        rank -= cfg["bound_distance_penalty"] * float(abs(a.value - b.value) / max(abs(a.value), abs(b.value)))
                    # one subject word for word (智能算力规模 in the summary and after 其中) outranks a clause alike
                    # (湿地碳汇24.16万吨 / 数看 湿地碳汇**24.61万吨** under 林业碳汇: one subject opening the other, the heading
                    # joined to a data page's)
                    short, long_ = sorted([a.subject or "", b.subject or ""], key=len)
                    same = same or short == long_ and len(short) >= cfg["same_subject_strong_chars"] or \
                        len(short) >= cfg["opening_subject_chars"] and "#" not in short and long_.startswith(short) and \
                        a.c.page != b.c.page  # (#岁以下, a figure masked in its words, names a band, not a thing)
                    # (临港新片区在用机架6.84万架 / 表2 临港新片区: the row's 标准机架(架) cell, not its 在用数据中心(个) one: a
                    # row quoted in the words of one column's measure)
                    # (违法犯罪人员样本28.65万条 / 表2 违法犯罪人员: the 新增入库 cell 286540, not the 比中 cell 3812: of a row's
                    # columns, one of the figure's size)
                    row = _row_cell(a) or _row_cell(b)
                    unlike = row and _measure(a.c) != _measure(b.c)
                    far = row and not (a.value and b.value and Decimal("0.5") <= abs(a.value / b.value) <= 2)
                    cand[key].append((round(score, 2), shift(a, b), i, j, grade, same, round(rank, 2),
                                      a.total_cell != b.total_cell and agree(a, b), unlike, far))
    out = []
    def disp(a: Stmt, b: Stmt) -> set[tuple[str, int]]:
        (i, j), (k, m) = order[id(a)], order[id(b)]
        return {("start", i - k), ("end", j - m)}

    # between two sentences, pairs are assigned one to one, best first: the words touching the figure describe it
    # most closely, so among alike pairs one whose figures have the same neighbour (在孵企业超350家 vs
    # 12家已建孵化器在孵企业超350家) ranks higher (touching_bonus; evidence and its score are unchanged); a pair the
    # catalog names as one metric comes before a pair it leaves unnamed (技术合同成交额 restated as 合同金额 rather
    # than as 输出技术合同成交额, whose clause says more but which the catalog does not name)
    assigned: list[list[tuple]] = []
    for lst in cand.values():
        used: set[int] = set()
        assigned.append([])
        # a table's total row against a sentence: the cell printing the sentence's figure (合计 9 for 9位), not a
        # sibling column's total of the same metric
        for t in sorted(lst, key=lambda t: (t[4] != "strong", not t[7], not t[5], t[8], t[9], -t[6], t[1], t[2], t[3])):
            if t[2] not in used and t[3] not in used:
                used |= {t[2], t[3]}
                assigned[-1].append(t)
    # each statement's best evidence among the pairs it was assigned (a statement already taken by a better pair
    # of its sentence is no rival: 11家 restated as 11家 leaves 2家 and 3家 to each other), leaving out pairs of
    # strong evidence whose values are far apart: those the values show to be two quantities (a tier, a target)
    best: dict[int, float] = defaultdict(float)
    # …and its best evidence with a statement it agrees with (strong evidence above any similarity)
    column = [s for s in stmts if s.c.table_id]  # (table cells: a figure's own column, below)
    held_by: dict[int, float] = defaultdict(float)
    agrees = {(i, j): agree(stmts[i], stmts[j]) for lst in assigned for _, _, i, j, *_ in lst}
    for lst in assigned:
        for score, _, i, j, grade, *_ in lst:
            a, b = stmts[i], stmts[j]
            if agrees[i, j]:
                val = math.inf if grade == "strong" else score
                held_by[i], held_by[j] = max(held_by[i], val), max(held_by[j], val)
            elif grade == "strong" and not (near(a, b) or slip(a, b, strong=True)):
                continue
            best[i], best[j] = max(best[i], score), max(best[j], score)

    def beside(x: Stmt, y: Stmt) -> bool:
        """x's value printed, agreeing, in y's sentence under words x's subject closes on (or opens with: 完成科考航次27个
        beside 计划组织科考航次28个，完成27个)."""
        return any(z is not y and z.subject and (x.subject.endswith(z.subject) or len(z.subject) >= 2 and
                                                 x.subject.startswith(z.subject)) and agree(x, z)
                   for z in by_sentence[y.sentence])

    def in_column_elsewhere(a: Stmt, b: Stmt) -> bool:
        """One is a table cell and the other's value is printed in that cell's column, in another row (同比增长18.6% /
        表1 同比增长: 总计 18.6, 功率半导体小计 18.9): the other rows are siblings of the copy, no copies."""
        return any(y.c.table_id and not x.c.table_id and not x.c.qualifier and any(
            z is not y and z.c.table_id == y.c.table_id and z.c.col == y.c.col and agree(x, z) for z in column)
            for x, y in ((a, b), (b, a)))

    def fails(a: Stmt, b: Stmt, i: int, j: int, grade: str, score: float) -> bool:
        """A disagreeing pair read as one figure miscopied (module docstring, 5)."""
        if in_column_elsewhere(a, b):
            return False
        bound, _ = _bound_and_exact(a, b)
        if bound is not None and held_by[i if bound is a else j] == math.inf and _bound_digit(a, b) and \
                not near(a, b):
            # (市级企业技术中心近800家 confirmed by 全市市级企业技术中心达到786家 is no slip of 对614家…开展运行评价: a
            # bound held by a strong copy rounds that one)
            return False
        if grade == "strong":
            # (two figures each confirmed by a copy on strong evidence, 各区…近400亿元 = 各区…398.7亿元 and
            # 市级…612.48亿元 = its table's total, are two figures whatever their catalog metric says)
            return (near(a, b) or slip(a, b, strong=True)) and not held_by[i] == held_by[j] == math.inf
        # (输出…技术合同成交额 is no copy of the whole; two figures each confirmed by a better-described copy,
        # 增长4.2% twice and 增长7.2% twice, are two figures)
        # (GMP检查通过137次 on a data page against …GMP检查139次，通过137次: the value is printed in the other sentence
        # under the words its subject closes on, so the 139 is another figure)
        if beside(a, b) or beside(b, a):
            return False
        # (替代燃料技术减碳9.34万吨 / 表1 替代燃料 二氧化碳减排量(吨) 94300: a row named by its full label, in the
        # column's measure, is read as a copy described alike whatever else the words say)
        row = a if _row_cell(a) else b if _row_cell(b) else None
        if row is not None and len(row.label) >= cfg["quoted_row_label_chars"] and \
                row.label in (b if row is a else a).subject and measure(a.c) == measure(b.c):
            score = max(score, cfg["quoted_row_slip_similarity"])
        if slip(a, b, score, singled=round(max(best[i], best[j]), 2) <= score) and \
                not (_narrowed_by_words(a.subject, b.subject, cfg) and not _heading_says_front(a, b, cfg)) and \
                min(held_by[i], held_by[j]) < score and \
                not _other_owners(a.subject, b.subject):
            return True
        # a bound no other statement holds, missed by a little (超320亿元 for 316.8亿元): a copy rounded the wrong way
        return _bound_missed(a, b) and score >= cfg["bound_miss_similarity"] and \
            held_by[i if a.c.qualifier else j] < score and not _soft_conflict(a, b)

    left: list[tuple[Stmt, Stmt, float]] = []  # weak pairs left unchecked
    for lst in assigned:
        held, odd = set(), []
        for score, _, i, j, grade, *_ in lst:
            a, b = stmts[i], stmts[j]
            if agrees[i, j]:
                out.append((a, b, "pass", grade))
                held |= disp(a, b)
            elif fails(a, b, i, j, grade, score):
                out.append((a, b, "fail", grade))
            elif not (_row_cell(a) or _row_cell(b)) and (found := scope_part(a, b) or narrower(a, b)):
                out.append((*found, "part", grade))
            else:
                odd.append((a, b, grade, score))
        # a sentence restating another figure by figure, in the same order: a slip in one of its figures is read
        # on the evidence of the others (3家国家实验室、2家上海基地 vs 3家国家实验室、3家上海基地)
        for a, b, grade, score in odd:
            # (a bound's leading digit against an exact figure is too coarse for this: 超780亿元 / 423.69亿元)
            if disp(a, b) & held and slip(a, b, strong=True) and not _soft_conflict(a, b) and \
                    not in_column_elsewhere(a, b) and \
                    not (beside(a, b) or beside(b, a)) and \
                    (a.c.qualifier == b.c.qualifier or one_digit(a, b)):
                out.append((a, b, "fail", grade))
            elif grade == "weak":
                left.append((a, b, score))
    return _one_figure_per_bound(out + corroborated(left, out, beside, by_sentence) + companions(stmts, out))


def _one_figure_per_bound(found: list) -> list:
    """A bound agreeing with exact figures that disagree with each other (超130亿元 with 生物试剂132.40亿元 and with
    科研试剂218.65亿元) restates one of them: the nearest in value, and those that agree with it; its other pairs are
    dropped, so that one loose bound does not join two figures into one (and a slip of one into the other's check)."""
    partners: dict[int, list[tuple[int, Stmt, Stmt]]] = defaultdict(list)
    for n, (a, b, outcome, _) in enumerate(found):
        if outcome != "pass":
            continue
        for x, y in ((a, b), (b, a)):
            if x.c.qualifier in ("over", "under", "near", "approx") and not y.c.qualifier:
                partners[id(x)].append((n, x, y))

    def alike(u: Stmt, v: Stmt) -> bool:  # (99250 and 9.93万: the half-up boundary of a rounding holds too)
        return agree(u, v) or abs(u.value - v.value) <= u.tol + v.tol

    drop: set[int] = set()
    for lst in partners.values():
        ys = [y for _, _, y in lst]
        if all(alike(u, v) for k, u in enumerate(ys) for v in ys[k + 1:]):
            continue
        bound = lst[0][1]
        nearest = min(ys, key=lambda y: abs(y.value - bound.value))
        drop |= {n for n, _, y in lst if not alike(y, nearest)}
    return [t for n, t in enumerate(found) if n not in drop]


def corroborated(left: list[tuple[Stmt, Stmt, float]], found: list,
                 beside=lambda x, y: False, by_sentence: dict | None = None) -> list[tuple[Stmt, Stmt, str, str]]:
    """A figure alike to two statements that restate each other (an agreeing pair) and off from both: the evidence
    of its two pairs adds up (备案新型研发机构36家 and 累计备案上海市新型研发机构36家, then 全市累计备案46家 alike to
    both): a slip when the summed similarity clears the bar of a changed digit (slip_one_digit_similarity), the two
    that agree are worded apart (a verbatim copy adds no evidence), and the three count with one measure word and one
    qualifier (a copy keeps what it counts: 9个 and 9款 are no copies of
    a 款 figure). Figures of one digit are left out: any two of them differ by one digit."""
    agreeing = {frozenset((id(a), id(b))) for a, b, outcome, _ in found if outcome == "pass"}
    failed = {id(s) for a, b, outcome, _ in found if outcome == "fail" for s in (a, b)}
    alike: dict[int, list[tuple[Stmt, Stmt, float]]] = defaultdict(list)
    for a, b, score in left:
        alike[id(a)].append((a, b, score))
        alike[id(b)].append((b, a, score))
    out = []
    for pairs_ in alike.values():
        x = pairs_[0][0]
        if id(x) in failed:
            continue
        for n, (_, b, s1) in enumerate(pairs_):
            if not same_count(x, b) or one_digit(x, b, across_precisions=False) < 2 or _soft_conflict(x, b):
                continue  # (其中标杆性智能工厂38家 is a part, no copy of 新增…18家 twice stated)
            if beside(x, b):
                continue  # (GMP检查通过137次 beside …GMP检查139次，通过137次: x's own value is printed there)
            # (two copies worded alike are one description, not two: their similarities do not add up)
            if by_sentence and any(z is not x and agree(z, b) for z in by_sentence.get(x.sentence, ())):
                continue  # (计划组织科考航次28个，完成27个 / …完成科考航次27个: the copies' value printed beside x is theirs)
            hit = next(((c, s2) for _, c, s2 in pairs_[n + 1:] if frozenset((id(b), id(c))) in agreeing
                        and b.subject != c.subject and same_count(x, c) and slip(x, b, s1 + s2)
                        and slip(x, c, s1 + s2)), None)
            if hit is not None:
                other = b if s1 >= hit[1] else hit[0]
                out.append((other, x, "fail", "weak"))
                failed.add(id(x))
                break
    return out


def companions(stmts: list[Stmt], found: list) -> list[tuple[Stmt, Stmt, str, str]]:
    """The change of a restated level restates its change: in each of two sentences whose levels of one subject
    agree (成交金额622.89亿元, 分别比上年增长…70.2% vs 技术合同金额622.89亿元，同比增长70.2%), the one change of that
    same subject, when neither change is paired yet. Evidence is weak (only a slip is flagged)."""
    paired = {id(s) for a, b, _, grade in found if grade == "strong" for s in (a, b)}
    changes: dict[tuple, list[Stmt]] = defaultdict(list)
    for s in stmts:
        if s.c.kind != "level" and s.subject:
            changes[(s.sentence, s.subject, s.c.kind)].append(s)
    out = []
    for a, b, outcome, _ in found:
        if outcome != "pass" or a.c.kind != "level" or not a.subject or not b.subject:
            continue
        for kind in ("change",):
            x, y = changes.get((a.sentence, a.subject, kind), []), changes.get((b.sentence, b.subject, kind), [])
            if len(x) != 1 or len(y) != 1 or id(x[0]) in paired or id(y[0]) in paired:
                continue
            p, q = x[0], y[0]
            if not compatible(p, q):
                continue
            paired |= {id(p), id(q)}
            if agree(p, q):
                out.append((p, q, "pass", "weak"))
            elif slip(p, q, 1.0):
                out.append((p, q, "fail", "weak"))
    return out


_SCALE = {"percent": Decimal("0.01"), "permille": Decimal("0.001"), "other:fraction": Decimal(1)}


def appositions(claims: list[Claim], where: dict | None = None) -> list[tuple[Claim, Claim]]:
    """A figure restated in the parenthesis right after it, in another form: 占到全国1/3以上(34.22%). Only the
    bound words of validation.json (apposition_gap) may stand between the figure and the parenthesis."""
    cfg = _cfg()
    where = _placements(claims) if where is None else where
    by_passage: dict[int, list[tuple[int, Claim]]] = defaultdict(list)
    for c in claims:
        n, _, k = where.get(c.claim_id, (-1, "", -1))
        if n >= 0 and k >= 0 and not c.table_id:
            by_passage[n].append((k, c))
    gap = re.compile(r"(?:" + cfg["apposition_gap"] + r")?\s*[(（]\s*$")
    out = []
    for n, lst in by_passage.items():
        text = where[lst[0][1].claim_id][1]
        lst.sort(key=lambda t: t[0])
        for (k, a), (m, b) in zip(lst, lst[1:]):
            between, after = text[k + len(a.raw):m], text[m + len(b.raw):m + len(b.raw) + 1]
            if gap.fullmatch(between) and after in ")）" and after and \
                    (a.base_unit == b.base_unit or {a.base_unit, b.base_unit} <= _SCALE.keys()):
                out.append((a, b))
    return out


def _apposition_checks(claims: list[Claim], where: dict, out) -> None:
    for a, b in appositions(claims, where):
        x, y = exact(a), exact(b)
        if x is None or y is None:
            continue
        fa, fb = _SCALE.get(a.base_unit, Decimal(1)), _SCALE.get(b.base_unit, Decimal(1))
        x, y, tol = x * fa, y * fb, half_unit(a) * fa + half_unit(b) * fb
        # 近三分之一（30.6%）: short of the round figure by a little; 约1/4（26.1%）: either side of it
        ok = within_bound(a.qualifier, x, y, tol)
        rel = {"over": ">=", "under": "<=", "near": "≈", "approx": "≈"}.get(a.qualifier, "=")
        shown = fmt(x.quantize(Decimal("0.000001")) if x.as_tuple().exponent < -6 else x)  # 1/3 as 0.333333
        out.checks.append(_check("restatement", [a, b], rel + shown, fmt(y), fmt(tol),
                                   "pass" if ok else "fail"))
        if not ok:
            out.flags.append(_flag(
                "restatement", "error", f"括注数字与正文不一致 «{a.raw}» restated in parentheses as «{b.raw}» "
                f"(p.{a.page}): expected {rel} {shown}", rel + shown, fmt(y), [a, b]))


def _set_leads(stmts: list[Stmt], where: dict) -> list[tuple[Stmt, Stmt, str, str]]:
    """"…其中取得技师和高级技师职业技能等级的2.16万人；2.16万名技师和高级技师中，高级技师0.38万人": a figure leading the
    set its subsets are picked from (<figure><noun>中，) restates the figure before it, in its sentence or the two
    before, that the noun names best (the longest common run of characters, at least set_lead_chars; the latest of
    equals), counting alike. Agreeing, they are one figure; a slip of the pen is flagged; other values name another
    set (68家企业中 after 全年新增86家 / 新认定68家) and are not compared."""
    cfg = _cfg()
    lead, before = re.compile(cfg["set_lead"]), re.compile("(?:" + cfg["set_lead_before"] + r")\s*$")
    sentence = re.compile(cfg["sentence_breaks"])
    by_passage: dict[int, list[tuple[int, Stmt]]] = defaultdict(list)
    for s in stmts:
        n, _, k = where.get(s.c.claim_id, (-1, "", -1))
        if n >= 0 and k >= 0 and not s.c.table_id:
            by_passage[n].append((k, s))
    out = []
    for n, lst in by_passage.items():
        text = where[lst[0][1].c.claim_id][1]
        lst.sort(key=lambda t: t[0])
        for i, (k, b) in enumerate(lst):
            m = lead.match(text, k + len(b.c.raw))
            if not m or not before.search(text[:k]):
                continue
            lo = k
            for _ in range(3):  # its own sentence and the two before
                lo = max((x.end() for x in sentence.finditer(text, 0, max(lo - 1, 0))), default=0)
            noun = norm_subject(m.group("n"))
            runs = [(common_run(noun, a.subject), j, a) for j, (ka, a) in enumerate(lst[:i])
                    if ka >= lo and a.c.kind == b.c.kind and compatible(a, b, cfg)]
            best = max(runs, key=lambda t: (t[0], t[1]), default=None)
            if best is None or best[0] < cfg["set_lead_chars"]:
                continue
            a = best[2]
            if agree(a, b):
                out.append((a, b, "pass", "strong"))
            elif slip(a, b, strong=True):
                out.append((a, b, "fail", "strong"))
    return out


def _scope_parts(edges: list, out) -> None:
    """Alike statements that disagree where the markers make one a part of the other, or where one counts a kind of
    what the other counts (module docstring, 5): the part may not exceed the whole; a failure seen on weak evidence
    is a warning."""
    for part, whole, _, grade in edges:
        if part.c.kind not in ("level", "target") or part.c.base_unit in config()["part_whole"]["not_additive"]:
            continue
        got = Outcome([], [])
        _sum_check("part_whole", whole.c, [part.c], [1], got,
                     "部分超过同一事物的总数 a figure scoped as a part (新增, 其中, a kind of what the other counts) exceeds "
                     "the whole stated elsewhere",
                     at_most=True, loose=_loose(whole.c, [part.c]))
        for f in got.flags:
            f.severity = "error" if grade == "strong" else "warning"
        out.checks += got.checks
        out.flags += got.flags


def _other_wholes(claims: list[Claim], out):
    """A test of two figures: items of lists in running text (list checks made before this rule) with no total in
    common are parts of different things, whatever their labels: 按学科领域分，…材料与化学9个 (of 48 labs) and
    评估优秀的14个实验室分别为…材料与化学3个 (of the 14). (Not 其中 parts or table cells: a column's total is also a part
    of another view of the same figures.)"""
    wholes = {i: {exact(t) for t in ts if not t.table_id and exact(t) is not None}
              for i, ts in breakdown_totals(claims, out, ("list_total",), complete=False).items()}
    text = {c.claim_id for c in claims if not c.table_id}

    def other(a: Claim, b: Claim) -> bool:
        x, y = (wholes.get(c.claim_id) if c.claim_id in text else None for c in (a, b))
        return bool(x) and bool(y) and not x & y
    return other


def _rows_apart(claims: list[Claim]):
    """A test of two figures: both printed exactly in one table, one of them in the row its subject names (北美地区海外
    仓面积132.5万平方米 beside the row 北美地区小计 132.5; 总面积312.5万平方米, the 总计 row's): different rows of one
    table, never a slip of each other. (A figure printed nowhere in the table, 1726.35 on a data page against the row
    设计业 1762.35, may still be a slip.)"""
    strip = re.compile(config()["table_total"]["strip"])
    rows: dict = defaultdict(list)
    for c in claims:
        if c.table_id and exact(c) is not None:
            rows[(c.doc_id, c.base_unit, exact(c))].append((c.table_id, strip.sub("", (c.subject or "").split(" ")[0])))

    def tables(c: Claim, named: bool) -> set:
        return {t for t, label in rows.get((c.doc_id, c.base_unit, exact(c)), ())
                if not named or (not c.table_id and len(label) >= 2 and label in (c.subject or ""))}

    def apart(a: Claim, b: Claim) -> bool:
        return bool(tables(a, True) & tables(b, False) or tables(b, True) & tables(a, False))
    return apart


def _aligned_breakdowns(stmts: list[Stmt], edges: list, out) -> list[tuple[Stmt, Stmt, str, str]]:
    """Two breakdowns of one figure (其中 checks made before this rule) read figure by figure: a chapter's
    进出口额2317.6亿元，其中出口1426.3亿元、进口891.3亿元 and a data page's 进出口额超2300亿元 / 其中出口1462.3亿元，
    进口891.3亿元. Their wholes, and parts named alike (the same name once the data page's heading is set aside),
    stand in for each other; once one such pair is paired and agrees, the others are copies too, however little a
    short name (出口) says on its own: agreeing, they pass; a slip (strong evidence: within strong_near) fails, unless
    each of the two already agrees with a copy of its own (two figures)."""
    by_id = {s.c.claim_id: s for s in stmts}
    groups, seen = [], set()
    for chk in out.checks:
        if chk.rule != "part_whole":
            continue
        ids = chk.claim_ids.split("|")
        members = [by_id.get(i) for i in ids]
        if None in members or tuple(ids) in seen:
            continue
        seen.add(tuple(ids))
        groups.append((members[0], members[1:]))
    paired = {frozenset((id(a), id(b))) for a, b, *_ in edges}
    held = {frozenset((id(a), id(b))) for a, b, outcome, _ in edges if outcome == "pass"}
    copied = {id(s) for a, b, outcome, _ in edges if outcome == "pass" for s in (a, b)}

    bare = {id(x): _bare_subject(x) for w, ps in groups for x in (w, *ps)}  # (compared pair by pair: made once)

    def alike(x: Stmt, y: Stmt) -> bool:
        s, t = bare[id(x)], bare[id(y)]
        return len(s) >= 2 and len(t) >= 2 and common_tail(s, t) == min(len(s), len(t))

    found: list[tuple[Stmt, Stmt, str, str]] = []
    for n, (w, ps) in enumerate(groups):
        for v, qs in groups[n + 1:]:
            if w.sentence == v.sentence or w is v or not alike(w, v):
                continue
            aligned = [(w, v)]
            for p in ps:
                match = [q for q in qs if alike(p, q)]
                if len(match) == 1 and sum(alike(x, match[0]) for x in ps) == 1:
                    aligned.append((p, match[0]))
            if not any(frozenset((id(x), id(y))) in held for x, y in aligned):
                continue
            for x, y in aligned:
                if frozenset((id(x), id(y))) in paired or x.sentence == y.sentence or not compatible(x, y):
                    continue
                if agree(x, y):
                    found.append((x, y, "pass", "weak"))
                elif slip(x, y, strong=True) and not _soft_conflict(x, y) and not (id(x) in copied and id(y) in copied):
                    found.append((x, y, "fail", "weak"))
                else:
                    continue
                paired.add(frozenset((id(x), id(y))))
    return found


def _both_summed(claims: list[Claim], out):
    """A test of two figures: each belongs to a sum of its own, of different totals (a table's 激光器件小计 40 = 26 + 14,
    and 激光器件企业4家 among 27家重点企业中 = 9 + 11 + 4 + 3): two figures the arithmetic places apart, no slip of each
    other. A sum counts when it adds up exactly; one that was checked and failed still places its parts (an error
    elsewhere in it leaves them where they are), not its total; one only held under its total (Σ ≤) places nothing."""
    byid = {c.claim_id: c for c in claims}
    summed: dict[str, set] = defaultdict(set)  # each figure's sums, by their totals' values
    for chk in out.checks:
        if chk.rule in ("table_total", "list_total", "part_whole") and chk.outcome in ("pass", "fail"):
            total, *parts = [byid[i] for i in chk.claim_ids.split("|")]
            # (a sum failing elsewhere, 27家 miscopied, still places 4家 in its breakdown; not its total, which may be
            # the miscopied figure: a section's display 18 over subsections adding up to the 16 its text prints)
            if parts and adds_up(total, parts):
                for c in (total, *parts):
                    summed[c.claim_id].add(exact(total))
            elif parts and chk.outcome == "fail":
                for c in parts:
                    summed[c.claim_id].add(exact(total))

    def both(a: Claim, b: Claim) -> bool:
        # (two lists of one total, 23家 = 8 + 6 + 5 + 4 and 23家 = 8 + 7 + 5 + 3, confirm neither item: one is miscopied)
        x, y = summed.get(a.claim_id), summed.get(b.claim_id)
        return bool(x) and bool(y) and not x & y
    return both


def restatement(claims: list[Claim], out) -> None:
    """One figure stated more than once (same or another unit) agrees within rounding (module docstring)."""
    where = _placements(claims)  # passages and offsets, shared by both halves of the rule
    _apposition_checks(claims, where, out)
    stmts = _candidates(claims, where)
    other, apart, summed = _other_wholes(claims, out), _rows_apart(claims), _both_summed(claims, out)
    edges = [e for e in pairs(stmts) if not other(e[0].c, e[1].c) and
             not (e[2] == "fail" and (apart(e[0].c, e[1].c) or summed(e[0].c, e[1].c)))]
    edges += _aligned_breakdowns(stmts, edges, out)
    edges += _set_leads(stmts, where)
    _scope_parts([e for e in edges if e[2] == "part"], out)
    edges = [e for e in edges if e[2] != "part"]
    parent = list(range(len(stmts)))
    index = {id(s): i for i, s in enumerate(stmts)}

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for a, b, _, _ in edges:
        parent[find(index[id(a)])] = find(index[id(b)])
    clusters: dict[int, list[Stmt]] = defaultdict(list)
    for i, s in enumerate(stmts):
        clusters[find(i)].append(s)
    fails: dict[int, list[tuple[Stmt, Stmt]]] = defaultdict(list)
    for a, b, outcome, grade in edges:
        if outcome == "fail":
            fails[find(index[id(a)])].append((a, b, grade))
    for root, members in clusters.items():
        if len(members) < 2:
            continue
        members.sort(key=lambda s: (s.c.page, s.c.top, s.c.x0))
        # the reference: the value most copies agree with, the most precise of those
        votes = Counter()
        for s in members:
            votes[id(s)] = sum(agree(s, t) for t in members)
        # (a bound holds many values, the wrong copy too: 近1.1亿片 holds 10995万片 and the miscopied 10959; an exact
        # figure is the reference when there is one)
        has_exact = any(not s.c.qualifier for s in members)
        ref = max(members, key=lambda s: (not (has_exact and s.c.qualifier), votes[id(s)], s.c.decimals,
                                          -members.index(s)))
        tol = max(ref.tol + s.tol for s in members if s is not ref)
        observed = ", ".join(fmt(s.value) for s in members if s is not ref)
        bad = fails.get(root, [])
        ids = [s.c for s in members]
        held = [s for s in members if agree(s, ref)]
        if len(held) == len(members) and ref.c.qualifier == "":
            bad = []  # (超1000万单 and 超1050万单 both hold of the 1058.3万单 stated: two bounds of one figure, no slip)
        if bad and 2 <= len(held) < len(members):
            # the copies that agree are verified on their own; the check over all copies fails for the odd ones
            out.checks.append(_check("restatement", [s.c for s in held], fmt(ref.value),
                                       ", ".join(fmt(s.value) for s in held if s is not ref),
                                       fmt(max(ref.tol + s.tol for s in held if s is not ref)), "pass"))
        out.checks.append(_check("restatement", ids, fmt(ref.value), observed, fmt(tol),
                                   "fail" if bad else "pass"))
        flagged = set()
        for a, b, grade in bad:
            # each flag names the two statements compared; the odd one is the one the reference disagrees with
            if agree(b, ref) and not agree(a, ref):
                a, b = b, a
            other, odd = a, b
            if id(odd) in flagged:
                continue
            flagged.add(id(odd))
            label = odd.subject or other.subject or odd.c.metric_id
            out.flags.append(_flag(
                "restatement", "error" if grade == "strong" else "warning",
                f"同一数字前后不一致 «{label}» stated as «{other.c.raw}» (p.{other.c.page}) and «{odd.c.raw}» "
                f"(p.{odd.c.page})", fmt(other.value), fmt(odd.value), [other.c, odd.c]))
