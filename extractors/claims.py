"""Find numeric claims in a piece of text (a line, paragraph or table cell).

find_claims(text, unit_hint="") → [Found]: tokens from extractors.patterns, non-claims dropped (time
references, ordinals, names, slogans, section numbers), then kind, direction, qualifier, period, subject
and metric_id. `period` is relative to the edition: "@" is the edition year, "@-end", "@-09-end"; absolute
years are written out; pipeline/claims.py puts the edition in.
"""
from __future__ import annotations

import csv
import functools
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from extractors import patterns as P
from extractors.metrics import metric_for
from extractors.numerals import cn_to_int
from extractors.units import fmt_decimal, normalize
from schemas import data_file


@dataclass
class Found:
    start: int
    end: int
    raw: str
    value: float
    unit: str
    norm_exact: str
    norm_value: float | None
    decimals: int
    base_unit: str
    kind: str = "level"
    direction: str = ""
    qualifier: str = ""
    subject: str = ""
    period: str = ""
    role: str = ""
    metric_id: str = ""


_MEASURE_ONLY = {"count", "person_times"}


def _clause_start(text: str, pos: int) -> int:
    """Index just after the last clause break before pos."""
    best = 0
    for m in P.CLAUSE_BREAK.finditer(text, 0, pos):
        if not _inside_name(text, m.start()):
            best = m.end()
    return best


def _inside_name(text: str, i: int) -> bool:
    """A bracket of a short note inside a name (首台（套）重大技术装备, 科技小巨人(含培育)企业) breaks no clause."""
    ch = text[i]
    if ch in "(（":
        j = text.find(")" if ch == "(" else "）", i + 1, i + 8)
        o = i
    elif ch in ")）":
        o = text.rfind("(" if ch == ")" else "（", max(0, i - 7), i)
        j = i
    else:
        return False
    return o > 0 and j > o + 1 and P.HAN.match(text[o - 1]) is not None and \
        P.INLINE_NOTE.fullmatch(text[o + 1:j]) is not None and j + 1 < len(text) and P.NAME_GOES_ON.match(text[j + 1]) is not None


def _clause_end(text: str, pos: int) -> int:
    m = P.CLAUSE_BREAK.search(text, pos)
    return m.start() if m else len(text)


def _sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    start = 0
    for m in P.SENTENCE_BREAK.finditer(text, 0, pos):
        start = m.end()
    m = P.SENTENCE_BREAK.search(text, pos)
    return start, (m.start() if m else len(text))


def _run_start(text: str, pos: int) -> int:
    """The start of the full sentence holding pos: past its ；-joined clauses, back to a 。, ！, ？ or line break."""
    return max(text.rfind(ch, 0, pos) for ch in P.TOPIC_BREAK_CHARS) + 1


def _counted_in(unit: str) -> bool:
    """A measure word of whole things (支, 个, 家): no decimal counts in it."""
    return normalize("1", unit).base_unit == "count"


def _left_phrase(text: str, pos: int) -> str:
    c0 = _clause_start(text, pos)
    if c0 == pos and c0 > 0 and text[c0 - 1] in "(（":
        # 胡润独角兽企业(64家): the phrase before the bracket
        pos = c0 - 1
        c0 = _clause_start(text, pos)
    elif c0 == pos and c0 > 0 and text[c0 - 1] in ")）":
        # 瞪羚企业(73家)全国第一: the phrase before the brackets
        c0 = text.rfind("(" if text[c0 - 1] == ")" else "（", 0, c0)
        pos = max(c0, 0)
        c0 = _clause_start(text, pos)
    elif c0 > 0 and text[c0 - 1] in ")）" and (not P.RANK_GAP_WORDS.search(text[c0:pos]) or
                                              P.VERB_ONLY_GAP.fullmatch(text[c0:pos])):
        # (研发投入强度（研发投入与营业总收入之比）从上年的4.6%: a note between the name and its verb)
        end = c0 - 1
        c0 = text.rfind("(" if text[end] == ")" else "（", 0, end)
        pos = max(c0, 0)
        c0 = _clause_start(text, pos)
    while c0 > 1 and text[c0 - 1] == "、":
        # 技术转移转化、科技金融、科技咨询服务类289单: the list before the figure is one subject
        k = _clause_start(text, c0 - 1)
        if text.count("“", 0, c0) > text.count("”", 0, c0) or not text[k:c0 - 1].strip() or P.DIGIT.search(text[k:c0 - 1]) or \
                P.CLAUSE_BREAK.fullmatch(text[k - 1:k] or "、") is None or text[k - 1:k] != "、" and k > 0 and \
                text[k - 1] not in "，,；;：:。":
            break
        c0 = k
    # strip first: a clause after ", " opens with a space, which would hide a leading 其中 from the trim
    s = P.ITEM_BEFORE_JOIN.sub("", text[c0:pos].strip())
    s = P.SUBJECT_TRIM_END.sub("", s).rstrip()
    s = P.SUBJECT_TRIM_START.sub("", s)
    if "《" not in s:  # a span of years or a part of a year dates the figures (预计公司2022-2024年归母净利润,
        s = P.PERIOD_PART.sub("", P.YEAR_SPAN.sub("", s))  # 2022年上半年实现营收); in a title it names it
    return s.strip()


def _right_noun(text: str, pos: int) -> str:
    if pq := P.POST_QUAL.match(text[pos:pos + 8]):
        pos += pq.end()  # 20家左右功能齐全…的市级中试平台: the qualifier is no part of the noun
    m_end = P.CLAUSE_END.search(text, pos)
    end = m_end.start() if m_end else len(text)
    if "、" in text[pos:end] and "的" in text[pos:end] and end - pos <= 40:
        # 建成20家功能齐全、开放共享、特色鲜明的市级中试平台: the noun after the list of modifiers
        pos = text.rindex("的", pos, end) + 1
    rest = text[pos:pos + 24]
    m = P.RIGHT_NOUN_STOP.search(rest)
    if m and (inc := P.INCLUDED_NOTE.match(rest, m.start())) and m.start() > 0:
        # 科技小巨人(含培育)企业: a bracketed 含… note is part of the name
        m2 = P.RIGHT_NOUN_STOP.search(rest, inc.end())
        return (rest[: m2.start()] if m2 else rest).strip()
    return (rest[: m.start()] if m else rest).strip()



@functools.cache
def _measure_names() -> dict[str, str]:
    with open(data_file("measure_names.csv"), encoding="utf-8") as fh:
        return {r["base_unit"]: r["name"] for r in csv.DictReader(fh)}


def _spec_subject(text: str, f: Found) -> str:
    """A physical measure set right before the thing it describes (全球首台300MW级全氢冷发电机): that thing's
    measure (全氢冷发电机功率), named from schemas/measure_names.csv."""
    name = _measure_names().get(f.base_unit)
    if not name or f.kind != "level":
        return ""
    pos = f.end + (text[f.end:f.end + 1] == "级")
    if not P.HAN.match(text[pos:pos + 1]) or P.CLAUSE_VERB.match(text, pos):
        return ""
    rn = P.SPEC_THING_VERB.sub("", _right_noun(text, pos))
    return rn + name if len(rn) >= 2 and name not in rn and not P.MEASURE_NOUN_END.search(rn) else ""


def _subject(text: str, f: Found, start: int, prev: list[Found]) -> str:
    s = P.SUBJECT_DANGLING.sub("", _subject_of(text, f, start, prev))
    return P.SHARE_WORD_DE.sub("", P.SHARE_WORD_TWICE.sub(r"\1", s))


_AGE_UNITS = {"岁", "周岁"}


def _age_subject(text: str, f: Found, left: str, prev: list[Found]) -> str:
    """An age limit measures the age of the people it bounds (40岁以下青年科研人员 → 青年科研人员年龄; 项目负责人35岁以下的
    → 项目负责人年龄); bounding none named (35岁以下的占92%), the people whose average age the sentence gave."""
    after = P.AGE_BOUND_AFTER.match(text, f.end)
    if not after.group(0).strip("的") and not f.qualifier:
        return ""  # (不超过35周岁的科研人员: the bound word comes before the age)
    own = P.AGE_WORDS.sub("", left)
    if group := P.AGE_GROUP.match(text, after.end()):
        return own + group.group("n") + "年龄"
    if P.PERSON_END.search(left):
        return left + "年龄"
    s0 = _sentence_bounds(text, f.start)[0]
    avg = next((p.subject for p in reversed(prev) if p.start >= s0 and p.unit in _AGE_UNITS and
                p.subject.endswith("平均年龄")), "")
    return avg.removesuffix("平均年龄") + "年龄" if avg else ""


def _grant_subject(text: str, f: Found) -> str:
    """A sum granted to someone the sentence names with 对 (对首次认定的高新技术企业，给予最高20万元的一次性奖励): their
    grant, named by what it is granted as (首次认定高新技术企业一次性奖励); "" when the grant is not named."""
    s0 = _sentence_bounds(text, f.start)[0]
    targets = list(P.GRANT_TARGET.finditer(text, s0, f.start))
    noun = P.GRANT_NOUN.match(text, f.end)
    if not targets or noun is None:
        return ""
    return targets[-1].group("x").replace("的", "") + noun.group("n")


def _subject_of(text: str, f: Found, start: int, prev: list[Found]) -> str:
    if spec := _spec_subject(text, f):
        return spec
    left = _left_phrase(text, start)
    if f.unit in _AGE_UNITS and f.kind == "threshold" and (age := _age_subject(text, f, left, prev)):
        return age
    if f.base_unit in ("CNY", "USD", "EUR") and P.GRANT_LEFT.search(left) and (grant := _grant_subject(text, f)):
        return grant
    if f.raw[:1] in "万亿千百" and text[start - 1:start] == "上" and left.endswith("上"):
        left = left[:-1]  # 带动上亿元, 吸引上万名: 上 is the qualifier (over), not a word of the metric
    s0 = _sentence_bounds(text, start)[0]
    same = [p for p in prev if p.start >= s0 and p.subject and p.kind == "level"]
    ob = max(text.rfind("(", 0, start), text.rfind("（", 0, start))
    if ob >= 0 and not text[ob + 1:start].strip() and prev and \
            P.QUALIFIER_GAP.fullmatch(text[prev[-1].end:ob]) and prev[-1].end <= ob:
        return prev[-1].subject  # 1/3以上(34.22%): the bracket restates the figure before it
    if ob > max(text.rfind(")", 0, start), text.rfind("）", 0, start)) and \
            P.RUNNING_TOTAL_GAP.fullmatch(text[ob + 1:start]):
        # 81项（累计250项）: the bracket states the same metric's running total
        before = [p for p in prev if p.end <= ob and p.start >= s0 and p.subject]
        if before:
            return before[-1].subject
    raw_left = P.LEFT_TRAIL.sub("", text[_clause_start(text, start):start].strip()).strip()
    if f.kind == "share" and (pr := P.POLICY_RATE.search(text[_clause_start(text, start):start])):
        # 按照基金会投入的50%给予共同支持: the rate at which the base is matched
        after = text[f.end:_clause_end(text, f.end)]
        action = P.ACTION_LEAD.sub("", after.strip())
        if action:
            return pr.group("base") + action + "比例"
    stated = [p for p in prev if p.start >= s0 and p.subject and p.kind in ("level", "change")]
    if f.kind == "share" and raw_left.startswith("占") and stated:
        # 发表论文180篇，占全国30.6% → the part's share of the whole (占到全国1/3 likewise)
        return stated[-1].subject + P.SHARE_WORD_AFTER.sub("", P.ZHAN_DAO.sub("占", raw_left)) + "比例"
    if same and f.kind == "level" and len(left) <= 6:
        base = same[-1].subject
        if (k := base.find(left[:2])) > 0 and len(left) >= 3:
            # 经认定登记的技术合同数…，合同金额…: the modifier before the shared word carries over
            return base[:k] + left
        if P.AMOUNT_ATTRIBUTE.match(left) and P.COUNT_NOUN_END.search(base):
            # 技术合同数30117项，成交额4733.79亿元: the count's thing, now its amount
            return P.COUNT_NOUN_END.sub("", base) + left
    if P.ATTRIBUTE.fullmatch(left) and same and f.kind == "level" and (
            any(p.base_unit in _MEASURE_ONLY for p in same) or f.base_unit != same[-1].base_unit):
        # 项目5484项，经费合计39.13亿元: a short attribute of the thing just named (the thing counted, not a
        # sibling attribute: 持股企业235家，融资总额…，市场估值…)
        base = ([p for p in same if p.base_unit in _MEASURE_ONLY] or same)[-1].subject
        return base + left if left not in base else base
    if (at := P.ATTRIBUTE_TAIL.search(left)) and (text[f.end:f.end + 1] == "的" or (
            text[f.end:f.end + 1] == "、" and "的" in text[f.end:(P.CLAUSE_END.search(text, f.end) or P.END.search(text)).start()])) and \
            len(rn := _right_noun(text, f.end + (text[f.end] == "的"))) >= 2:
        # 设立总规模100亿元的上海生物医药并购基金: the fund's size; 培育年产值超100亿元、具备…的龙头企业: theirs
        return rn + at.group(0)
    if f.kind == "ratio" and prev and P.TIMES_OF_EARLIER.match(raw_left):
        return next((p.subject for p in reversed(prev) if p.subject and p.kind == "level"), prev[-1].subject)
    if f.kind in ("change", "rank") or (f.kind == "share" and not left):
        # the metric that changed / ranked is the one stated just before in the same sentence
        over_years = P.CHANGE_TIME_LEFT.match(P.SUBJECT_TRIM_END.sub("", raw_left))
        if (not left or P.VERB_ONLY.match(left) or len(left) <= 2 or P.CHANGE_WORD_ONLY.match(left)
                or over_years) and prev:
            if over_years:
                # 近三年年均增长8.5%: the span of years is a figure of its own, the metric is the one before it
                return next((p.subject for p in reversed(prev) if p.subject and p.kind != "other"), "")
            return prev[-1].subject
    if f.base_unit in _MEASURE_ONLY and f.unit and f.kind not in ("change", "share"):
        # 新认定8993家高新技术企业: the counted thing follows the measure word
        if (vm := P.RIGHT_VERB_ONLY.match(text, f.end)) and 0 < len(left) <= 4:
            return left + vm.group(0)  # 上海共7人当选
        if (pm := P.RIGHT_PREDICATE.match(text, f.end)) and len(left) <= 4:
            # 上海1人获2025年未来科学大奖: what the people did names the count; a group named before
            # it (企业组30项入围总决赛) stays, the place reported on does not
            own = "" if P.VERB_ONLY.match(left) else left
            return own + P.YEAR_WORD.sub("", pm.group(0))
        right = _right_noun(text, f.end)
        if P.CLAUSE_VERB.match(right):
            right = ""  # 服务企业超3300家次举办第8届…: a new clause (its break lost), not the thing counted
        if (tail := P.NOUN_PREDICATE_TAIL.search(right)) and tail.start() >= 2:
            # 1200余位嘉宾参会, 32个重大项目集中签约: the count is of the things that did it (参会嘉宾)
            own = P.DIGIT.split(left, maxsplit=1)[0]
            own = "" if len(own) <= 4 or len(own) > 12 or P.VERB_ONLY.match(own) else own
            return own + tail.group(0) + right[:tail.start()]
        if len(right) >= 2 and (tp := P.THING_PREDICATE.match(text, f.end + len(right))) and \
                not P.DIGIT.search(left):
            return tp.group(0) + right  # 2家中试平台入选首批国家级制造业中试平台
        if len(right) >= 2:
            left = P.FIGURE_DIGIT.split(left, maxsplit=1)[0]  # 支持42个国家160余名…: the verb, not the figure
            left = left if len(left) <= 12 else ""
            if (na := P.NOMINAL_ACTION_END.search(right)) and len(right) - len(na.group(0)) >= 2:
                # 持续推进11个未来学科建设: the subjects are counted; pushing and building is what is done to them
                right, left = right[:na.start()], P.PROCESS_VERB_END.sub("", left)
            return (left + right)[-30:]
    if "累计" in raw_left and f.kind == "level" and (not left or P.VERB_ONLY.match(left.removeprefix("累计"))):
        # 新增科创板上市企业12家，累计达95家: the running total of what was just counted; after a 其中 list
        # (…178项，其中国际首台（套）23项…，累计认定1342项) the whole the list divides, not its last item
        # (…1200家，累计达到2.5万家: one measure word at another scale)
        counted = [p for p in prev if p.start >= s0 and p.subject and p.base_unit == f.base_unit and
                   P.SCALE_PREFIX.sub("", p.unit) == P.SCALE_PREFIX.sub("", f.unit)]
        if (q := text.find("其中", s0, start)) >= 0:
            counted = [p for p in counted if p.end <= q] or counted
        if counted:
            return P.NEW_SCOPE_START.sub("", counted[-1].subject)
    return left[-30:]


def _period(text: str, start: int, end: int, role: str) -> str:
    s0, s1 = _sentence_bounds(text, start)
    clause_end = P.CLAUSE_BREAK.search(text, end)
    scope = text[s0:clause_end.start() if clause_end else s1]
    # a 截至 date anywhere in the sentence dates all its stocks (…1.02万亿元(截至6月底))
    sentence = text[s0:s1]
    if m := P.PERIOD_MONTH_END.search(sentence):
        y = m.group("y") or "@"
        return f"{y}-{int(m.group('m')):02d}-end" if int(m.group("m")) != 12 else f"{y}-end"
    if m := P.PERIOD_YEAR_END.search(sentence):
        return f"{m.group('y') or m.group('y2') or '@'}-end"
    if role == "from" and (m := P.FROM_YEAR.search(text[s0:start])):
        return m.group(1)
    own = text[_clause_start(text, start):clause_end.start() if clause_end else s1]
    for sc in (own, scope):
        parts = [m for m in P.PERIOD_PART.finditer(sc) if not _in_brackets(sc, m.start())]
        if parts:
            m = parts[0]
            y = m.group("y") if len(m.group("y")) == 4 else "20" + m.group("y")
            q = m.group("qn") or (1 if m.group("m3") else "一二三四".find(m.group("q") or "") + 1)
            return f"{y}-H1" if m.group("h") else f"{y}-Q{q}"
        years = [m for m in P.PERIOD_YEAR.finditer(sc) if not _in_brackets(sc, m.start())]
        if years:
            return years[0].group("y")
    if P.PERIOD_WHOLE_YEAR.search(scope):
        return "@"
    return ""


def _heading_period(out: list[Found], topic: str) -> None:
    """Figures under a heading dated by its year (## 2025年世界人工智能大会…) that state no time of their own
    belong to that year's event; a target keeps its empty period."""
    heads = [h for h in (topic or "").split(" > ") if h.strip()]
    years = [m.group(1) for h in heads for m in [P.DATED_HEADING.search(h)] if m]
    if not years:
        return
    for f in out:
        if not f.period and f.kind not in ("target", "threshold"):
            f.period = years[-1]


def _inherited_period(text: str, start: int, out: list[Found]) -> str:
    """A text opening with 2025年，/全年， dates what follows; a 其中 sentence continues the one before."""
    if m := P.TEXT_PERIOD.match(text):
        return m.group("y") or "@"
    s0 = _sentence_bounds(text, start)[0]
    if text[s0:].lstrip().startswith("其中"):
        # every figure of the 其中 sentence, not only its first, continues the whole before it
        whole = next((f for f in reversed(out) if f.start < s0), None)
        return whole.period if whole is not None else ""
    return ""


def _in_title(s: str, i: int) -> bool:
    k = s.rfind("《", 0, i)
    if k < 0 or s.rfind("》", 0, i) > k:
        return False
    depth = 0  # a bracket closed that was never opened is a misread 》 (OCR: "《自然) 86篇")
    for ch in s[k + 1:i]:
        if ch in "(（":
            depth += 1
        elif ch in ")）":
            if depth == 0:
                return False
            depth -= 1
    return True


def _in_brackets(s: str, i: int) -> bool:
    return s.rfind("《", 0, i) > s.rfind("》", 0, i) or s.rfind("(", 0, i) > s.rfind(")", 0, i) or \
        s.rfind("（", 0, i) > s.rfind("）", 0, i)


def _in_quoted_name(s: str, i: int) -> bool:
    """Inside “…” naming a plan, prize or event (“上海科技青年35人引领计划”, “…35人”(TR35))."""
    o, c = s.rfind("“", 0, i), s.rfind("”", 0, i)
    if o <= c:
        return False
    close = s.find("”", i)
    return 0 < close - o <= 30 and bool(P.QUOTED_NAME_END.search(s[o + 1:close]) or P.ACRONYM_NOTE.match(s, close + 1))


def _is_nonclaim(text: str, m, before: str, after_num: str, unit: str) -> bool:
    num, cn = m.group("num"), m.group("cn")
    tok_after = text[m.end():]
    if _in_quoted_name(text, m.start()):
        return True
    if before.endswith("前") and P.LEADING_PERIOD_AFTER.match(after_num):
        return True  # 前三季度, 前5个月: the part of the year a figure is dated to
    if num is not None and P.TABLE_REF_BEFORE.search(before) and P.TABLE_REF_AFTER.match(after_num):
        return True  # 表1所列, 如图2所示: a table's or figure's number
    if before.endswith("第") and P.ORDINAL_NAME_AFTER.match(text[m.end("num") if num is not None else m.end("cn"):]
                                                            if (num is not None or cn is not None) else ""):
        return True  # 上海市第六人民医院
    if cn is not None and P.DIGIT.match(tok_after):
        return True  # 公益二类25家: a numeral and measure word right before a figure label a class, they count nothing
    if cn is not None and P.CLASS_NAME.match(text[m.end("cn"):]):
        return True  # 9个三类创新医疗器械: the class (GUIDE §5: 第三类 is a name), as 1类创新药
    if num is not None:
        if m.group("scale") and not m.group("unit") and P.LATIN.match(tok_after):
            return True  # 8.5万Nm³/h级: a rating in a product name
        if before and P.NAME_BEFORE.search(before) and not P.METRIC_ABBR_BEFORE.search(before):
            return True
        if P.NAME_AFTER.match(after_num) and not m.group("unit") or P.HOTLINE_AFTER.match(after_num):
            return True
        if P.NAME_AFTER.match(tok_after) and tok_after[:1] in "号型版代" or P.CLASS_NAME.match(after_num):
            return True
        if P.SLOGAN_BEFORE.search(before) or P.SLOGAN_NEAR.match(after_num):
            return True
        if P.TIME_AFTER.match(after_num):
            duration = not P.YEAR_LIKE.match(num.lstrip("-")) and (
                after_num.startswith("年") or P.YEAR_RANGE_TAIL.match(after_num))  # 给予3—5年
            if not duration:
                return True
        if P.DATE_RANGE_TAIL.match(after_num) or (before.endswith(("—", "-", "–", "~", "～")) and
                                                  P.DAY_MONTH_AFTER.match(after_num)):
            return True
        if P.YEAR_LIKE.match(num) and not unit:
            return True
        if before.endswith("第") and P.ORDINAL_AFTER.match(after_num):
            return True
        if P.ORDINAL_AFTER.match(after_num) and after_num[:1] in "届期" and not m.group("unit"):
            return True
        if after_num.startswith(("届", "期", "周年")) and not (after_num.startswith("期") and (
                P.COUNT_VERB_BEFORE.search(before) or P.SESSION_NOUN_BEFORE.search(before) or
                P.LISTED_SESSIONS_BEFORE.search(before))):
            return True  # 第3期 is an edition; 累计组织22期 counts sessions
        if (P.SECTION_START.match(text[m.start():]) or P.SECTION_CHAPTER.match(text[m.start():])) and not before.strip():
            return True
        if P.SECTION_TIGHT.match(text[m.start():]) and not before.strip() and not m.group("scale") and \
                (not m.group("unit") or _counted_in(unit)):
            # OCR drops the space of a heading's "2.2 聚焦…": a number opening the block, no unit, or a measure
            # word no decimal counts in (3.3支持政策…, 1.2大科学装置…)
            return True
        if before.endswith(("第", "前")) and P.CHAPTER_AFTER.match(after_num):
            return True
        if P.DECIMAL_TAIL.match(after_num):
            return True
        if not unit and P.VERSION.match(num) and P.NAME_CHAR_END.search(before.rstrip(" ")) and (
                num.endswith(".0") or P.VERSIONED_THING.search(before)):
            return True  # 大模型3.0, Apache 2.0许可证: a version in a name
        return False
    # Chinese numeral
    if cn is None:
        return False
    if cn[:1] in "零〇":
        return True  # 零部件
    if before.endswith(("“", '"')) and P.QUOTED_SLOGAN.match(text[m.start("cn"):]):
        return True  # “四个放在”
    window = text[max(0, m.start() - 3):m.end() + 4]
    for fm in P.FIXED_WORDS.finditer(window):
        a, b = fm.start() + max(0, m.start() - 3), fm.end() + max(0, m.start() - 3)
        if a < m.end("cn") and b > m.start("cn"):
            return True
    if before.endswith("第") and P.ORDINAL_AFTER.match(tok_after if not unit else text[m.end("cn"):]):
        return True
    if text[m.end("cn"):].startswith(("届", "期", "周年", "代", "号", "大")):
        return True
    if text[m.end("cn"):].startswith("类") and (before.endswith("第") or P.CLASS_NAME.match(text[m.end("cn"):])):
        return True  # 第三类医疗器械 is a product class; 四类人员 counts categories
    if before.endswith("每") and P.PER_POPULATION.match(text[m.start("cn"):]):
        return True  # 每百万人口PET-CT配置数, 每十万人口, 每千人口: the base a rate is per, as 每万人口 is
    return False


def _past_post_qual(text: str, end: int) -> int:
    """Where a figure's words end, past a qualifier after it (以上, 左右 …)."""
    return end + (pq.end() if (pq := P.POST_QUAL.match(text[end:end + 8])) else 0)


def _class_counted(text: str, end: int) -> bool:
    """The figure's 的 is followed by a count (…超亿元的4360家, 500人以上的有42家): the bound describes the things counted."""
    end = _past_post_qual(text, end)
    return text[end:end + 1] == "的" and P.COUNT_AFTER.match(text, end + 1) is not None


def _modifies_noun(text: str, end: int) -> bool:
    """The figure ends a modifier of a noun after it: …亿元的企业, …亿元以上的企业, …亿元、具备…的企业."""
    if _class_counted(text, end):
        return True
    end = _past_post_qual(text, end)
    if text[end:end + 1] == "的":
        # (对…超过1亿元的，给予…: a policy's condition)
        # (估值超过百亿美元的“超级独角兽”9家: the noun may open with a quotation mark)
        return bool(P.HAN.match(text, end + 1 + (text[end + 1:end + 2] in ("“", "《", "「")))) or \
            text[end + 1:end + 2] in "，," and text[_clause_start(text, end):end].startswith("对")
    if P.CLASS_NOUN_AFTER.match(text, end):
        return True  # 超亿元企业中, 超百亿元企业19家: the bound names the class with no 的
    ce = P.CLAUSE_END.search(text, end)
    return text[end:end + 1] == "、" and "的" in text[end:ce.start() if ce else len(text)]


def _mk(text, start, end, number: str, unit: str, value_override: Decimal | None = None) -> Found | None:
    try:
        n = normalize(number, unit)
    except (InvalidOperation, ValueError):
        return None
    value = Decimal(number.replace(",", "")) if value_override is None else value_override
    decimals = len(number.split(".", 1)[1]) if "." in number else 0
    return Found(start, end, text[start:end], float(value), unit, n.norm_exact, n.norm_value, decimals, n.base_unit)


def find_claims(text: str, unit_hint: str = "", before: str = "", after: str = "", topic: str = "",
                heading: bool = False) -> list[Found]:
    """The claims in one piece of text; unit_hint is a table's column or caption unit.

    before/after: the text the piece continues from / runs on into (a paragraph the layout split, a heading
    ending mid-clause); they give subjects and units their words, but only claims starting inside `text` are
    returned, with offsets into `text`. topic: what the piece is about (its heading, a table row's label),
    completing subjects that name only a verb or an attribute (新认定8993家 under 高新技术企业). heading: the piece
    is a heading, whose dotted number before a space is its section number (4.1 人工智能：…)."""
    whole = before + text + after
    tight, at = _squeeze(whole)
    k = len(before)
    # a heading's section number set apart by a space (4.1 人工智能：…), before the space is squeezed out
    numbered = P.SECTION_HEADING.match(text) if heading and not before.strip() else None
    out = []
    for f in _find(tight, unit_hint, topic):
        f.start, f.end = at[f.start], at[f.end - 1] + 1
        if numbered and f.start - k < numbered.end():
            continue
        if k <= f.start < k + len(text):
            f.raw = whole[f.start:f.end]
            f.start, f.end = f.start - k, f.end - k
            out.append(f)
    return out


def _fraction_qualifier(before: str, after: str) -> str:
    """A fraction's qualifier: after it (1/3以上), else right before it (约1/4, 近三分之一; 上 is no qualifier of a
    fraction), else on the verb it hangs on (约占全国的1/4)."""
    if pq := P.POST_QUAL.match(after):
        return P.POST_QUALIFIERS.get(pq.group("q"), "")
    if (pm := P.PRE_QUAL.search(before)) and pm.group(0) != "上":
        return P.PRE_QUALIFIERS[pm.group(0)]
    if vq := P.QUAL_BEFORE_VERB.search(before):
        return P.PRE_QUALIFIERS[vq.group("q")]
    return ""


def _squeeze(text: str) -> tuple[str, list[int]]:
    """The text without the spaces a text layer sets between Han characters and figures or Latin words
    (2019 年新财富第三名, 拥有 5 年), so patterns read it as printed; with each kept character's index in text."""
    head = m.end() if (m := P.SECTION_CHAPTER.match(text)) else 0  # (the space of "3 大学科技园…" marks a heading)
    keep = [i for i, ch in enumerate(text) if not (ch == " " and i >= head and
                                                   P.LAYOUT_SPACE.fullmatch(text, max(0, i - 1), i + 2))]
    if len(keep) == len(text):
        return text, keep
    return "".join(text[i] for i in keep), keep


def _find(text: str, unit_hint: str, topic: str) -> list[Found]:
    src = text
    text = text.translate(P.WIDTH_KEEP_COMMA)
    out: list[Found] = []
    respectively: list[Found] = []
    for m in P.TOKEN.finditer(text):
        start = m.start()
        before = text[:start]
        if m.group("cnfrac"):
            a, b = cn_to_int(m.group("numr")), cn_to_int(m.group("den"))
            if not a or not b:
                continue
            q = Decimal(a) / Decimal(b)
            f = Found(start, m.end("cnfrac"), src[start:m.end("cnfrac")], float(round(q, 4)), "", f"{a}/{b}",
                      float(q), 4, "other:fraction", kind="share")
            f.qualifier = _fraction_qualifier(before, text[m.end("cnfrac"):])  # 近三分之一, 约占…的三分之一
            f.subject = _subject(text, f, start, out)
            f.period = _period(text, start, f.end, "")
            out.append(f)
            continue
        if m.group("frac"):
            a, b = m.group("frac").split("/")
            if int(b) == 0 or P.DIGIT_OR_SLASH_END.search(before):
                continue
            if um := P.FRACTION_UNIT.match(text, m.end("frac")):
                # 4/6英寸: alternatives sharing a unit, not a fraction
                for i, part in enumerate((a, b)):
                    off = start if i == 0 else start + len(a) + 1
                    g = _mk(src, off, off + len(part), part, um.group(0))
                    if g is None:
                        continue
                    if i == 1:
                        g.end = um.end()
                        g.raw = src[off:g.end]
                    g.subject = _subject(text, g, off, out)
                    g.period = _period(text, off, g.end, "")
                    out.append(g)
                continue
            q = Decimal(a) / Decimal(b)
            f = Found(start, m.end("frac"), src[start:m.end("frac")], float(round(q, 4)), "", m.group("frac"),
                      float(q), 4, "other:fraction", kind="share")
            f.qualifier = _fraction_qualifier(before, text[m.end("frac"):])  # 约1/4, 1/3以上, 约占全国的1/4
            f.subject = _subject(text, f, start, out)
            f.period = _period(text, start, f.end, "")
            out.append(f)
            continue
        if m.group("ratio"):
            a, b = m.group("ratio").split(":")
            if len(a.split(".")[0]) > 2 or len(b.split(".")[0]) > 2 or P.TIME_AFTER.match(text[m.end("ratio"):]):
                continue  # 10:30 is a time of day
            for i, part in enumerate((a, b)):
                off = start if i == 0 else start + len(a) + 1
                places = len(part.split(".")[1]) if "." in part else 0  # 1:0.5
                f = Found(off, off + len(part), part, float(part), "", fmt_decimal(Decimal(part)), float(part),
                          places, "other:ratio", kind="ratio")
                f.subject = _left_phrase(text, start)
                # 政府、企业按照1:1比例共同出资: who shares what, at this ratio
                action = P.RATIO_WORD_LEAD.sub("", text[m.end():_clause_end(text, m.end())].strip())
                if action:
                    f.subject += P.ACTION_SPLIT.split(action)[0] + "比例"
                f.period = _period(text, start, m.end(), "")
                out.append(f)
            continue
        num, cn, bare = m.group("num"), m.group("cn"), m.group("bare")
        scale, unit_w = m.group("scale") or "", m.group("unit") or ""
        inner = m.group("inner") or m.group("inner2") or ""
        num_end = m.end("num") if num else (m.end("cn") if cn else m.end("bare"))
        after_num = text[num_end:].lstrip(" \u00a0")
        unit = scale + unit_w
        qualifier = ""
        if num is not None and (m.group("num").startswith("-") and before[-1:].isascii() and before[-1:].isalnum()):
            num = num[1:]
            start += 1
        if bare is not None:
            # 突破万亿元, 上万名: value 1, the scale stays in the unit
            if not unit_w:
                continue
            number, unit = "1", bare + (scale or "") + unit_w
            if before.endswith("上"):
                qualifier = "over"
        elif cn is not None:
            if before[-1:] in "(（" and text[m.end():m.end() + 1] in ")）":
                continue  # (百万元): a unit label, not an amount
            v = cn_to_int(cn)
            if v is None:
                continue
            rank_ctx = before.endswith("第") or (before.endswith("前") and not unit_w)
            if not rank_ctx and not unit_w:
                continue
            if not rank_ctx and cn == "一" and not scale and unit_w not in ("倍", "成") and not (
                    P.TIME_UNIT.fullmatch(unit_w) and P.WITHIN_AFTER.match(text[m.end():])):
                continue  # 一个/一项: an article, not a count (一倍 is a multiple; 一年内 is a window)
            if cn in ("数十", "数百", "数千", "上百", "上千", "几十", "几百"):
                qualifier = "over"
            number = str(v)
        else:
            number = num
        label = ""
        if num is not None and not unit:
            if (sl := P.SLASH_LIST_NEXT.match(after_num)) and not P.YEAR_LIKE.match(num) and \
                    not P.TIME_AFTER.match(sl.group("u")):
                unit = sl.group("u")  # 3.12/4.85/6.20亿元: the list shares the last unit
            elif not P.YEAR_LIKE.match(num) and (lu := P.LABEL_UNIT_BEFORE.search(before)):
                unit, label = lu.group("u"), lu.group("l").strip()  # 总股本(百万股)： 227.92
            elif not P.YEAR_LIKE.match(num) and out and out[-1].unit and out[-1].end == len(before) - 1 and \
                    before.endswith("/") and (lu := P.LABEL_UNIT_BEFORE.search(before[:out[-1].start])):
                unit, label = lu.group("u"), lu.group("l").strip()  # 一年最低/最高(元) 17.42/36.80: both in 元
        if not unit and unit_hint:
            unit = unit_hint
        if _is_nonclaim(text, m, before, after_num, unit):
            continue
        end = m.end()
        if m.group("unitq"):
            unit += m.group("unitq")
        is_rank = before.endswith("第") or bool(P.RANK_LIST_BEFORE.search(before)) or (
            before.endswith("前") and unit_w in (("", "位", "名", "家", "强") if cn is not None else ("位", "名", "家", "强")))
        top_share = num is not None and before.endswith("前") and unit_w in ("%", "‰")  # 全球前0.1‰
        if P.RANK_LIST_BEFORE.search(before) or (before.endswith("第") and P.RANK_LIST_AFTER.match(after_num)):
            is_rank = True
            unit = unit if unit_w == "位" else ""
        pending = num is not None and not unit and bool(P.RANGE_NEXT.match(after_num))
        band = bool(P.BAND_AFTER.match(text[m.end():])) and not (num and P.YEAR_LIKE.match(num)) and \
            (bool(unit) or not text[m.end():].lstrip().startswith("级"))  # (5000吨级以上 a class; 5级及以上 a grade)
        if num is not None and not unit and "." not in number and not is_rank and not pending and not band and \
                not P.NAMED_INDEX_BEFORE.search(before):
            # a bare integer with nothing attached is too often a label, a page or a section number (not after a
            # named index: 科技创新中心指数近400)
            continue
        if _in_title(text, start) or (num is not None and scale in ("十", "百") and not m.group("inner")) or (
                num is not None and num.startswith("-") and unit_w == "岁"):
            continue  # a number inside 《…》 names the title; 2025十大 is no 十-scaled amount; “-1岁” is a name
        if num is not None and (P.TIME_AFTER.match(after_num) and after_num.startswith("年")):
            unit = "年"
        f = _mk(src, start, end, number, unit if not m.group("unitq") else scale + unit_w)
        if f is None:
            continue
        f.unit = unit
        # qualifiers: before the number, interior 余/多, after the unit
        if not qualifier:
            pm = P.PRE_QUAL.search(before)
            if pm and pm.group(0) != "上":
                qualifier = P.PRE_QUALIFIERS[pm.group(0)]
        if inner:
            # 近200余场: "nearly" and "over" on one number is an approximation (GUIDE §5); 超…余 stays over
            qualifier = "approx" if qualifier == "near" else "over"
        pq = P.POST_QUAL.match(text[end:])
        if pq and not (pq.group("q") == "多" and inner):
            qualifier = P.POST_QUALIFIERS[pq.group("q")]
        elif unit and not qualifier and P.SIZE_CLASS.match(text[end:]):
            qualifier = "approx"  # 300MW级, 千吨级: a size class, of that order
        elif P.TIME_UNIT.fullmatch(unit_w or "") and P.WITHIN_AFTER.match(text[end:]):
            qualifier = "under"  # 报告日后12个月内, 申报前3年内: a window (a threshold, below)
        if not qualifier and (vq := P.QUAL_BEFORE_VERB.search(before)):
            qualifier = P.PRE_QUALIFIERS[vq.group("q")]  # 约占全国的1/4, 约为上年的2.3倍: the verb's qualifier
        f.qualifier = qualifier
        if top_share:
            f.kind, f.qualifier = "rank", "under"
        # kinds
        clause = text[_clause_start(text, start):start]
        # a dated goal governs its sentence and the ；-joined goals after it (到2027年，力争…；企业研发经费年均增长…)
        # (an age band, 25至35岁的青年, bounds a group even there)
        goal = P.TARGET_YEAR_CUE.search(text[_run_start(text, start):start]) is not None and unit_w != "岁"
        if top_share:
            pass
        elif is_rank:
            f.kind, f.base_unit, f.norm_exact, f.norm_value = "rank", "rank", fmt_decimal(Decimal(number)), float(number)
            if before.endswith("前"):
                f.qualifier = "under"
            if P.CHANGE_BEFORE.search(before[:-1]):
                f.kind, f.direction = "change", "up"
        elif (cm := P.CHANGE_BEFORE.search(before)) and not P.TO_BEFORE.search(before) and \
                not (f.base_unit not in ("percent", "permille", "pct_point", "times") and f.raw[:1] not in P.CN_DIGIT
                     and P.LISTED_ITEM_NAME.search(before)):
            f.kind = "change"
            f.direction = "down" if any(w in cm.group("w") for w in P.DOWN_WORDS) else "up"
            if f.base_unit == "count" and (unit_w == "位" or unit_w == "名" and cm.group("w") in ("上升", "下降")
                                           and P.RANK_STATED_BEFORE.search(before)):
                f.base_unit = "rank"  # 较上年上升两名 after 居全国第3名
        elif num is not None and f.base_unit in ("percent", "pct_point") and (P.SIGNED_CHANGE_BEFORE.search(before) or (
                # 15.2亿元（-12.3%）: a negative percentage bracketed right after a figure
                number.startswith("-") and P.BRACKET_MINUS_BEFORE.search(before) and out
                and out[-1].end >= len(before.rstrip("（( ")) - 1)):
            f.kind, f.direction = "change", "down" if number.startswith("-") else "up"
        elif f.base_unit == "percent" and (um := P.ROOM_AFTER.match(text[end:])):
            f.kind, f.direction = "change", "down" if um.group("w") == "下跌" else "up"  # 有19.5%的上涨空间
        elif (cm := P.COMPARE_BEFORE.search(before)) and f.kind == "level" and not P.TO_BEFORE.search(before):
            f.kind, f.direction = "change", "down" if cm.group("w") in ("少", "低") else "up"
        elif f.base_unit in ("percent", "pct_point") and f.kind in ("level", "share") and not P.TO_BEFORE.search(before) \
                and (cm := P.GAP_BEFORE.search(before) or P.OBJECT_CHANGE_BEFORE.search(before)) and \
                (cm.group("w") not in ("高于", "低于") or f.base_unit == "pct_point"):  # (高于基准…10%以上: a band)
            f.kind = "change"
            f.direction = "down" if cm.group("w") in P.DOWN_WORDS + ("低出", "低于", "节约", "节省") else "up"
        elif unit_w in ("位", "名") and P.RANK_MOVE_BEFORE.search(before):
            f.kind, f.base_unit = "change", "rank"
            f.direction = "down" if before.endswith(("下降", "后移", "下移")) else "up"
        elif f.base_unit == "times":
            f.kind = "ratio"
        elif f.base_unit in ("percent", "permille") and (P.SHARE_BEFORE.search(P.PRE_QUAL.sub("", before))
                                                       or (label and P.SHARE_RATE.search(label))  # 资产负债率(%) 52.36
                                                       or P.SHARE_AFTER.match(text[end:])
                                                       or "占" in clause or "比例" in clause or "比重" in clause):
            f.kind = "share"
        if f.base_unit == "count" and before.endswith("前") is False and P.RANK_VERB_BEFORE.search(before) and unit_w == "位":
            f.kind, f.base_unit = "rank", "rank"
        if f.kind in ("level", "share") and P.CAP_BEFORE.search(before):
            f.kind, f.qualifier = "threshold", "under"  # 间接费用比例上限提高至60%, 资助总额封顶2000万元: a cap
        if f.kind == "share" and not f.qualifier and P.HIGHEST_BEFORE.search(before):
            f.qualifier = "under"  # 让利比例最高可达超额收益的80%
        if f.kind == "level" and P.HIGHEST_BEFORE.search(before):
            # a cap in a policy (每年最高补助100万元) is a threshold; a record (单星最高算力达744TOPS) stays a level
            f.qualifier = "under"
            if f.base_unit in ("CNY", "USD", "EUR", "percent") or P.POLICY_WORD.search(
                    text[_sentence_bounds(text, start)[0]:start]):
                f.kind = "threshold"
        elif P.THRESHOLD_AFTER.match(text[end:]) or (qualifier in ("under",) and f.kind == "level" and (
                # (系统能耗降至4.3kWh/Nm³以下: a level reached, not a band)
                pq and pq.group("q") in ("以下", "以内", "之内") and not P.TO_BEFORE.search(before)
                or P.THRESHOLD_BEFORE.search(before))):
            f.kind = "threshold"
        elif before.endswith("达到或超过") or f.kind in ("level", "share") and (
                P.FLOOR_BEFORE.search(before) or P.REQUIRED_BEFORE.search(before)):
            f.kind = "threshold"  # (不低于40%, 不少于300名: a floor a policy sets)
            if not f.qualifier and P.FLOOR_BEFORE.search(before):
                f.qualifier = "over"  # 不低于总投入的60%: the floor word stands apart from the figure
        elif (f.kind == "share" or f.kind == "level" and f.base_unit == "percent") and P.CEILING_BEFORE.search(before):
            f.kind, f.qualifier = "threshold", "under"  # 不超过研发投入的20%: a ceiling a policy sets on a rate
        elif f.kind == "level" and f.base_unit == "year" and unit == "年":
            f.kind = "other"
        elif f.kind in ("level", "share", "change") and ((P.TARGET_CUE if f.kind != "change" else P.TARGET_YEAR_CUE).search(
                text[_sentence_bounds(text, start)[0]:start]) or goal):
            # a goal, whatever it measures (到2027年…比重达到50%, 力争…年均增长15%以上); a change only under a dated
            # goal (not a 目标价's 上涨空间)
            f.kind = "target"
        if f.kind == "threshold" and f.qualifier in ("over", "under") and not band and not P.CAP_BEFORE.search(before) and \
                not P.HIGHEST_BEFORE.search(before) and goal:
            f.kind = "target"  # 到2030年…控制在7分钟以内, 不少于10款: a goal stated as a bound is a goal (GUIDE: 超500件)
        elif f.kind == "rank" and goal and text[f.end:f.end + 1] != "的":  # (前1‰的学科: a class, not the goal)
            f.kind = "target"  # 到2030年…排名进入前三: a rank to reach is a goal (its base unit stays rank)
        if f.kind in ("level", "other") and f.base_unit in ("year", "month", "day") and (
                pq and pq.group("q") in ("以下", "以内") or P.TIME_UNIT.fullmatch(unit_w or "")
                and P.WITHIN_AFTER.match(text[end:])):
            f.kind = "threshold"
        if band and f.kind in ("level", "other") and (f.base_unit in ("", "CNY", "USD", "EUR", "year", "month", "day",
                                                                       "percent", "m2") or f.base_unit.startswith("other:")):
            f.kind = "threshold"  # 50万元以上大型设备, 影响因子10以上16篇: the band names a class
        if f.qualifier in ("over", "under") and f.kind in ("level", "target") and \
                (f.base_unit in ("CNY", "USD", "EUR", "year") and _modifies_noun(text, end) or _class_counted(text, end)
                 or _modifies_noun(text, end) and P.POLICY_WORD.search(text[_sentence_bounds(text, start)[0]:
                                                                           _sentence_bounds(text, start)[1]])):
            # (下潜深度超过6000米的38次: any measure bounding the things counted after its 的)
            # 培育年产值超100亿元、具备…的龙头企业2家: a bound describing the things counted (GUIDE §5, targets)
            f.kind = "threshold"
        if f.kind == "level" and (f.base_unit in ("other:min", "other:s") and not P.SIZE_CLASS.match(text[end:]) or
                                  f.base_unit in ("hours", "day", "month") and P.DURATION_BEFORE.search(
                                      text[_clause_start(text, start):start])
                                  and not P.TIME_USED_BEFORE.search(text[_clause_start(text, start):start])
                                  and not (f.base_unit == "hours" and f.unit.startswith("万"))):
            # a time taken (作业时间达到11.5小时, 通关时间45秒, 预警提前量45分钟): a duration, GUIDE §5; hours and
            # days are as often an amount of time used (运行机时2941.5小时), minutes and seconds are not; tens of
            # thousands of hours are time used (制播时长超4.9万小时), no time anything takes
            f.kind = "other"
        if f.kind == "level" and f.base_unit == "hours" and f.unit == "小时" and P.HOURS_SPAN_AFTER.match(text[end:]) \
                and not P.TIME_USED_BEFORE.search(text[_clause_start(text, start):start]):
            f.kind = "other"  # (24小时晴雨预报准确率: the span the forecast covers)
            for item in _listed_before(out, text, start, lambda x: x.base_unit == "hours" and x.kind == "level"):
                item.kind = "other"  # (台风路径24、48和72小时预报: the items of its list too)
        if f.kind in ("level", "other", "target") and f.unit == "岁" and P.AGE_GROUP_AFTER.match(text[end:]):
            f.kind = "threshold"  # (12岁儿童恒牙龋患率: the age names the group measured, in a goal too)
        if f.kind == "level" and f.unit == "岁":
            f.kind = "other"  # an age (平均年龄56岁): GUIDE §5; an age bounding a group is a threshold above
        if f.kind == "level" and f.unit == "成":
            f.kind = "share"  # 近两成: tenths of a whole (GUIDE §5)
        if not f.unit and not f.base_unit and P.DIMENSIONLESS_BEFORE.search(before):
            # 影响因子最高93.6: a named dimensionless measure, not a lost unit (GUIDE §3: base unit index)
            f.base_unit = "index"
        elif not f.unit and not f.base_unit and f.kind == "change" and out and out[-1].base_unit == "index" and \
                P.ONE_CLAUSE_ON.fullmatch(text[out[-1].end:start] or "x"):
            f.base_unit = "index"  # 指数达到524.7，比上年提高38.4: the index's change, in its points
        # items of a 、/和 list printed with only the start of the last item's unit take all of it (接待观众412万、236万
        # 和188万人次; 分别提高1.2个和2.1个百分点): a scale or a measure word the last one completes
        for item in _listed_before(out, text, start, lambda x: bool(f.unit and x.unit and x.unit != f.unit
                                                                        and f.unit.startswith(x.unit))):
            if _remeasure(src, item, f.unit, item.unit) and item.kind == "level" and f.kind != "level":
                item.kind, item.direction = f.kind, f.direction
        # a value joined by 和/、 to the previous one shares its kind (增长1.9%和24.9%, 第一和第二)
        if prev_f := (out[-1] if out else None):
            gap = text[prev_f.end:start]
            if P.AND_BEFORE.search(gap.rstrip("第")) and len(gap) <= 2 and prev_f.kind in ("change", "rank"):
                if f.kind == "level" or (prev_f.kind == "rank" and before.endswith("第")):
                    f.kind, f.direction = prev_f.kind, prev_f.direction
        # ranges: 7—30THz, 1000万元(含)至5000万元(不含), 10-20个
        # (not 提高1.2个百分点至8.5%: a change and the level it reached are no range; bounds share a base unit)
        # (a low bound printed with its scale only takes the high bound's unit: 10万至50万元)
        scale_only = bool(prev_f and prev_f.unit and f.unit != prev_f.unit and f.unit.startswith(prev_f.unit)
                          and P.BARE_SCALE_UNIT.fullmatch(prev_f.unit))
        if prev_f and prev_f.end <= start and P.RANGE_JOIN.fullmatch(text[prev_f.end:start]) and not (
                prev_f.base_unit and f.base_unit and prev_f.base_unit != f.base_unit and not scale_only) and not (
                prev_f.kind == "change" and any(w in text[prev_f.end:start] for w in "至到")):
            low_unitless = not prev_f.unit
            if scale_only and _remeasure(src, prev_f, f.unit, prev_f.unit):
                low_unitless = True
            if prev_f.unit and not f.unit:  # 股价区间(元)： 21.60-97.40: the high bound shares the low's unit
                _remeasure(src, f, prev_f.unit)
            if not prev_f.unit:
                _remeasure(src, prev_f, f.unit)
            prev_f.role, f.role = "low", "high"
            if f.kind == "threshold" or prev_f.kind == "threshold":
                prev_f.kind = f.kind = "threshold"
            elif prev_f.kind == "level" and low_unitless:
                prev_f.kind = f.kind  # the low bound had no unit of its own to decide (3—5年: a duration)
            if f.base_unit in ("CNY", "USD", "EUR") and prev_f.kind == f.kind == "level" and (P.POLICY_WORD.search(
                    text[_clause_start(text, prev_f.start):_clause_end(text, end)]) or _modifies_noun(text, end)):
                # 给予5000万元至1亿元的综合支持: the band a policy grants within; 市值100亿—500亿元的企业33家: the band
                # names a class of the things counted
                prev_f.kind = f.kind = "threshold"
            else:
                f.kind = prev_f.kind
        # 从X提升至Y
        # (either end may carry its own qualifier: 从2020年的不足35%提升至76%, 从约1200元降至不足200元)
        to_said = P.PRE_QUAL.sub("", before)
        if P.TO_BEFORE.search(to_said) and prev_f and (
                fm := P.FROM_BEFORE.search(P.PRE_QUAL.sub("", text[:prev_f.start]))):
            prev_f.role, f.role = "from", "to"
            direction = "down" if P.DOWN_TO_BEFORE.search(to_said) else "up"
            prev_f.direction = f.direction = direction
            if {prev_f.kind, f.kind} == {"share", "level"}:
                prev_f.kind = f.kind = "share"  # both ends measure one thing (从8.1%提升至20.9%: a share both times)
            elif prev_f.base_unit == "index" and not f.unit and not f.base_unit:
                f.base_unit = "index"  # 电能利用效率(PUE)由上年的1.42降至1.31: the measure named before 由
            elif {prev_f.kind, f.kind} == {"other", "level"} and prev_f.base_unit == f.base_unit:
                prev_f.kind = f.kind = "other"  # 办理时长由15个工作日压缩至7个工作日: a duration both times
            elif prev_f.kind == f.kind == "level" and f.base_unit == prev_f.base_unit == "percent" and \
                    P.SHARE_BEFORE.search(text[:fm.start()]):
                prev_f.kind = f.kind = "share"  # 国产化率从…的35%提升至76%: the rate named before 从
            prev_f.period = _period(text, prev_f.start, prev_f.end, "from")
        if f.base_unit == "percent" and f.kind in ("level", "change", "share") and (
                f.qualifier in ("over", "under") or f.role in ("low", "high")) and \
                P.RATING_DEFINITION.search(topic + text[:start]):
            _threshold_band(prev_f, f)  # 买入：相对涨幅20%以上; 增持：5%～20%: a rating's band (GUIDE §5, R08)
        if f.unit == "岁" and f.role in ("low", "high") and f.kind in ("level", "other", "target"):
            _threshold_band(prev_f, f)  # 入组年龄为18—65岁: an age band bounds a group (in a goal's sentence too)
        elif f.role == "high" and f.kind in ("level", "other") and prev_f is not None and (
                P.RANGE_CLASS_AFTER.match(text, f.end) or text[f.end:f.end + 1] == "的" and (
                    text[:prev_f.start].endswith("在") or P.DIGIT.match(text, f.end + 1))):  # (…至50亿元的106家)
            _threshold_band(prev_f, f)  # 面积在2万—10万平方米之间的31个: a range naming a class of the things counted
        f.period = _period(text, start, end, f.role)
        if not f.period:
            f.period = _inherited_period(text, start, out)
        f.subject = label or _subject(text, f, start, out)
        slashed = prev_f is not None and text[prev_f.end:start] in ("/", "/+", "/＋")
        listed = text[prev_f.end:start] in ("、", "和", "及", "与") if prev_f else False
        if prev_f and prev_f.subject and (slashed or (listed and (not f.subject or P.FIGURE_ONLY.match(f.subject)))):
            f.subject = prev_f.subject  # a slashed list measures one thing (for several years)
        if slashed and prev_f.kind == "change" and f.kind == "level":
            f.kind, f.direction = "change", "down" if number.startswith("-") else "up"
        if listed and prev_f and not prev_f.unit and not prev_f.base_unit and f.unit and \
                P.RESPECTIVELY.search(text[_clause_start(text, prev_f.start):prev_f.start]):
            _remeasure(src, prev_f, f.unit)  # 分别比上年提高0.15和0.3个百分点: the first in the last one's unit
        if f.role == "high" and prev_f:
            f.subject = prev_f.subject  # a range's bounds measure one thing
        elif prev_f and prev_f.kind == "change" and text[prev_f.end:start] in ("至", "到") and prev_f.subject:
            f.subject = prev_f.subject  # 比重提高1.2个百分点至8.5%: the level the change reached
        elif f.role == "to" and prev_f:
            f.subject = prev_f.subject or f.subject
        # 分别…和…: each value takes the subject of its own position
        if P.RESPECTIVELY.search(text[_clause_start(text, start):start]):
            respectively.append(f)
        elif respectively and text[respectively[-1].end:start] in ("和", "、", "及", "与", "，", ","):
            respectively.append(f)
        out.append(f)
    out = [f for f in out if f.unit or f.base_unit or f.role or "." in f.raw or f.kind in ("rank", "threshold")]
    # bands listed before the class they name (市值在10亿元至30亿元、30亿元至100亿元和100亿元以上的企业): each band is
    # the class's bound, as the last one is
    for k in range(len(out) - 2, 0, -1):
        hi, nxt, lo = out[k], out[k + 1], out[k - 1]
        if hi.role == "high" and lo.role == "low" and hi.kind == lo.kind == "level" and nxt.kind == "threshold" and \
                nxt.base_unit == hi.base_unit and text[hi.end:nxt.start] in ("、", "和", "及", "与"):
            hi.kind = lo.kind = "threshold"
    listed = {id(f) for f in respectively}
    for a, b in zip(out, out[1:]):
        # 分别持有…89.5%和10.5%的股权: the share named after the last percentage is every item's
        if {a.kind, b.kind} == {"share", "level"} and a.base_unit == b.base_unit == "percent" and \
                text[a.end:b.start].strip() in ("和", "、", "及", "与") and \
                (b.kind == "share" or a.kind == "share" and id(b) in listed or
                 P.RESPECTIVELY.search(text[_clause_start(text, a.start):a.start])):
            a.kind = b.kind = "share"  # (投入强度分别为6.58%和5.91%: a 分别 list of shares, each one)
        elif a.kind == "share" and b.kind == "level" and a.base_unit == b.base_unit == "percent" and \
                P.PARALLEL_VALUE_GAP.fullmatch(text[a.end:b.start]):
            b.kind = "share"  # 国产化率为23.6%，集成电路前道设备为19.4%: the same rate of the next thing named
    copied = _distribute(text, out)
    _rank_list_names(text, out)
    _complete_subjects(text, out, topic)
    for g, e in copied:
        g.subject = e.subject or g.subject  # the completed subject (its owner joined) of the figure it is paired with
    _heading_period(out, topic)
    _part_and_top_subjects(text, out)
    for f in out:
        f.metric_id = metric_for(f.subject, f.base_unit, f.kind)
    return out


def _listed_before(out: list[Found], text: str, start: int, keep) -> Iterator[Found]:
    """The figures found so far that a 、/和 list joins to the one starting at `start`, nearest first, while keep(figure)
    holds (asked of each in turn, so a change made to one is seen before the next)."""
    k = len(out)
    while k > 0 and keep(out[k - 1]) and \
            P.LIST_ITEM_GAP.fullmatch(text[out[k - 1].end:(out[k].start if k < len(out) else start)]):
        k -= 1
        yield out[k]


def _remeasure(src: str, f: Found, unit: str, drop: str = "") -> bool:
    """f read in another unit (a bound or list item sharing its neighbour's); `drop` is a scale printed with f that the
    unit already holds (10万 in 10万至50万元). False when the unit does not apply."""
    number = src[f.start:f.end].replace(",", "")
    g = _mk(src, f.start, f.end, number[:len(number) - len(drop)], unit)
    if g is None:
        return False
    f.unit, f.base_unit, f.norm_exact, f.norm_value = unit, g.base_unit, g.norm_exact, g.norm_value
    return True


def _threshold_band(prev_f: Found | None, f: Found) -> None:
    """f bounds a class (a band's high end takes its low end along)."""
    if f.role == "high" and prev_f is not None and prev_f.role == "low":
        prev_f.kind = "threshold"
    f.kind = "threshold"


def label_kind(label: str, f: Found, header: str = "") -> None:
    """A table cell stating a bare figure takes its kind from its column header or row label: a cell of a change
    column (增减, 变动率) or a growth-rate row is a change (its sign the direction), a margin or cost rate a share,
    a return, yield, turnover or 比率 a ratio (other:ratio when no unit is printed), a turnover period a count of
    days. What the grammar already typed stays, but a share or ratio in a change column is that figure's change."""
    if f.kind in ("level", "ratio", "share", "rank") and (P.HEADER_CHANGE.search(header) or P.LABEL_CHANGE.search(label)):
        f.kind, f.direction = "change", "down" if f.raw.lstrip().startswith(("-", "−")) else "up" if f.value else ""
        if P.HEADER_RANK.search(header) and f.base_unit in ("", "count", "rank"):
            f.base_unit = "rank"  # 位次变化(位): 4 places up
    elif f.kind != "level" or not label:
        return
    elif P.LABEL_SHARE.search(label) or (f.base_unit == "percent" and (
            P.HEADER_SHARE.search(header) or P.SHARE_RATE.search(P.BRACKETED_TAIL.sub("", label)) or
            P.SHARE_RATE.search(P.BRACKETED_TAIL.sub("", header)))):  # a 合格率(%) column
        f.kind = "share"  # 毛利率 35.3%; a 持股比例 column
    elif P.LABEL_RATIO.search(label):
        f.kind = "ratio"
        if not f.unit and not f.base_unit:
            f.base_unit = "other:ratio"
    elif P.LABEL_DAYS.search(label) and not f.unit and not f.base_unit:
        f.unit, f.base_unit = "天", "day"
    elif P.HEADER_RANK.search(header) and f.base_unit in ("", "count") and f.value == int(f.value) and f.value > 0:
        f.kind, f.base_unit = "rank", "rank"  # 全国排名(位): 3 is a position, not a count of places


def _named_topic(topic: str) -> str:
    """A heading usable as what its lines count: short, no figures, no action words."""
    t = (topic or "").strip()
    bare = P.BRACKETED.sub("", t)  # 科技小巨人(含培育)企业: the bracket qualifies the name
    if not (2 <= len(t) <= 16) or P.DIGIT_OR_BREAK.search(t) or P.ACTION_WORD.search(bare) or \
            P.GENERIC_SECTION.match(bare):
        return ""
    return t


def _title_clause(text: str, pos: int) -> str:
    """The clause just before the one at pos when it opens its sentence and only names something (a list,
    a ranking): no figure but a year, no time or connective word."""
    c0 = _clause_start(text, pos)
    s0 = _sentence_bounds(text, pos)[0]
    if c0 <= s0 + 1 or text[c0 - 1] not in "，,":
        return ""
    prev = text[s0:c0 - 1].strip()
    if _clause_start(text, c0 - 1) > s0 or not (4 <= len(prev) <= 24) or P.NOT_A_TITLE.match(prev) or \
            P.REPORTED_BY.search(prev) or not P.YEAR_OR_QUOTE.search(prev) or \
            P.DIGIT.search(P.YEAR_TEXT.sub("", prev)):
        return ""
    return prev


def _heading_entity(heads: list[str]) -> str:
    """A programme or fund a heading names (优化上海市自然科学基金组织机制, 深入实施“探索者计划”), nearest first."""
    for h in reversed(heads):
        if m := P.QUOTED_PROGRAMME.search(h):
            return m.group(1)
        if (m := P.HEADING_ENTITY.search(P.LEADING_ACTIONS.sub("", h))) and \
                not P.CLAUSE_VERB.search(m.group(0)):
            return m.group(0)
    return ""


def _heading_owner(heads: list[str]) -> str:
    """The body, site or event the nearest heading wholly names (### 国家肝癌科学中心), else ""."""
    h = P.PARTS_BRACKET.sub("", heads[-1]).replace(" ", "").replace("\u3000", "") if heads else ""
    h = P.JOINT_NAME.sub("", P.HEADING_YEAR.sub("", h))
    if not P.HEADING_OWNER.match(h) or P.ACTION_WORD.search(h) or P.CLAUSE_VERB.search(h) or \
            P.HEADING_NOT_A_BODY.search(h):
        return ""
    return h


def _owned_by_body(s: str, body: str) -> str:
    """s under a heading naming `body`: the body in front (GUIDE §5), in place of the bare kind word a subject
    opening with it uses for the body (训练营汇聚… → …训练营汇聚…); a subject already naming a body is left."""
    kind = P.HEADING_OWNER.match(body).group("kind")
    if s.startswith(kind) and len(s) > len(kind) + 1:
        return body + s[len(kind):]
    if kind in s or P.EDITION_IN_NAME.search(s):
        return s
    return body + s


def _listed_after(text: str, a: Found, b: Found) -> bool:
    """b follows a in one 、 list (9大专题、55个研究方向)."""
    gap = text[a.end:b.start]
    return "、" in gap and not P.CLAUSE_OR_SENTENCE_BREAK.search(gap)


def _complete_subjects(text: str, out: list[Found], topic: str) -> None:
    """Subjects that name only a verb or an attribute take the thing the text is about: the label before a
    colon opening the line, the heading the line sits under (a label:value block), the entity the sentence
    opens with."""
    heads = [h for h in (topic or "").split(" > ") if h.strip()]
    head = named = _named_topic(heads[-1] if heads else "")
    owner = _heading_entity(heads)
    body = _heading_owner(heads)
    if body:
        head = ""  # a label:value line under a body's name: the body owns the label, it is not the thing counted
    clauses = [c.strip() for c in P.CLAUSE_SPLIT.split(text) if c.strip()]
    if not (clauses and all(P.LABEL_VALUE_CLAUSE.match(c) for c in clauses)):
        head = ""
    owned: dict[int, str] = {}
    for i, f in enumerate(out):
        s = P.SCOPE_LEAD.sub("", f.subject) if " " not in f.subject else f.subject  # before an owner joins it
        if " " not in s and (q := s.find("”")) >= 0 and "“" not in s[:q] and len(s) - q > 2:
            s = s[q + 1:]  # 围绕“聚、创、链、融”4大主题: a subject does not open inside a quotation
        s0 = _sentence_bounds(text, f.start)[0]
        line0 = text.rfind("\n", 0, f.start) + 1
        em = P.LEAD_ENTITY.match(text, s0)
        pf = out[i - 1] if i > 0 and out[i - 1].start >= s0 else None
        rn = _right_noun(text, pf.end) if pf is not None and pf.base_unit in _MEASURE_ONLY else ""
        if (tail := P.NOUN_PREDICATE_TAIL.search(rn)) and tail.start() >= 2 and pf.subject.endswith(rn[:tail.start()]):
            rn = rn[:tail.start()]  # 3000余项前沿展品集中亮相，涵盖…: the thing, without what it did
        if (lm := P.LINE_LABEL.match(text, line0)) and lm.end() <= f.start:
            label = lm.group("l").strip()
            if label not in s and s not in label:
                # 研发费用加计扣除:享受企业3.98万家 → the enterprises enjoying the label's benefit
                vm = P.BENEFIT_VERB.match(s)
                s = vm.group(0) + label + s[vm.end():] if vm and len(s) > vm.end() else label + s
        elif head and len(s) <= 6 and head not in s and len(_right_noun(text, f.end)) < 2:
            s = s + head
        elif named and not s and P.FIGURE_FIRST.match(text):
            s = named  # a line opening with its figure (达到或超过1亿元，给予…) under a heading naming the measure
        elif P.ACTOR_START.match(s) and len(s) <= 10 and (title := _title_clause(text, f.start)):
            s = title + s  # 2025年中国十大科技进展新闻，上海牵头和参与3项: the list the actor's count is on
        elif owner and s and len(s) <= 6 and owner not in s and "其中" not in text[s0:f.start] and \
                not P.LEAD_ENTITY.match(text, s0):
            s = owner + s  # 立项项目20个 under 发挥国家自然科学基金区域创新发展联合基金作用
        elif pf is not None and s and len(s) <= 6 and not em and (
                (id(pf) in owned and _listed_after(text, pf, f)) or (
                    # (a figure counting its own thing, 新建成4条光束线, is no attribute of the one before, unless
                    # its clause lists what that one contains: 发布…指南，涵盖9大专题)
                    len(rn) >= 2 and pf.subject.endswith(rn) and rn not in s and (
                        f.base_unit not in _MEASURE_ONLY or len(_right_noun(text, f.end)) < 2 or
                        P.CONTAIN_VERB.match(text[_clause_start(text, f.start):f.start].lstrip())) and
                    P.ONE_CLAUSE_ON.fullmatch(text[pf.end + len(rn):f.start] or "x"))):
            # 组建7个全国创新联盟，参与单位超150家: the thing just counted owns the next clause's figure
            own = owned[id(pf)] if id(pf) in owned and _listed_after(text, pf, f) else rn
            owned[id(f)] = own
            s = own + P.CONTAIN_VERB.sub("", s)
        elif (et := em if em and _owns(text, em) else _topic_entity(text, s0)) and et.end() <= f.start and _owns(text, et):
            # (the entity is a topic, not a thing counted right after it: 建成国家临床医学研究中心6家)
            ent = et.group("e")
            if s and ent not in s and not s.startswith(P.AREA_OWNERS):
                s = ent + s
        if body and s and body not in s.replace(" ", "") and " " not in s and not em and f.kind != "rank" and \
                not P.EDITION_IN_NAME.search(text, s0, f.start) and \
                not P.ACTOR_START.match(s) and not s.startswith(P.AREA_OWNERS):
            # 全年提供实验机时10.8万小时 under ### 上海同步辐射光源: the body the heading names owns it (GUIDE §5)
            s = _owned_by_body(s, body)
        elif s and len(s) <= 10 and not P.QUOTE_OR_TITLE.search(s) and not P.ACTOR_START.match(s) and \
                not em and (qo := _quoted_owner(text, s0, _clause_start(text, f.start))):
            s = qo + s  # 启动实施“上海伙伴科研计划”，首批立项支持42个国家: the programme's count
        if s and " " not in s and pf is not None and " " not in pf.subject and not em and len(s) <= 8 and \
                (own := _owner_carried(pf.subject, s, listed=_listed_after(text, pf, f))) and \
                P.ONE_CLAUSE_ON.fullmatch(text[pf.end:_clause_start(text, f.start)] or "x"):
            s = own + s  # 生物与新医药领域研发投入312.8亿元，研发投入强度达到7.6%: the field's intensity
        if " " not in s:
            # 面向国内外新引进, 上海技术交易所全年新增…: where from and when (the period field) are no part of the name
            s = P.SCOPE_LEAD.sub("", s)
            if P.INNER_ACHIEVE.search(s):  # 2025年科创板上市公司实现营业收入: the year dates the result, the verb is no name
                s = P.YEAR_OPENING.sub("", P.INNER_ACHIEVE.sub("", s))
            s = P.PERIOD_IN_SUBJECT.sub("", s)
            # 沪高校、科研院所、医疗卫生机构等科研事业单位…: the examples before 等 are not the name, the class is
            s = P.EXAMPLES_ETC.sub("", s)
        if (gm := P.GENERIC_MEASURES.match(s)) and (namer := _document_or_heading(text, s0, f.start, heads)):
            s = namer + gm.group("n")  # 提出16条举措 under 《…若干意见》 or a heading: whose measures they are
        elif not s and f.unit in P.CLAUSE_MEASURES and (titles := P.TITLE.findall(text, s0, f.start)):
            s = titles[-1]  # 出台《关于…的若干措施》，共20条: the document's count of articles
        if " " not in s and P.FIGURE_IN_SUBJECT.search(s):
            # 2批共32人入选: another figure is no part of the name; the words nearest this figure are
            parts = [x for x in P.FIGURE_IN_SUBJECT.split(s) if len(x.strip()) >= 2]
            s = parts[-1] if parts else P.FIGURE_IN_SUBJECT.sub("", s)
        if f.kind == "rank" and f.qualifier != "under" and (rs := _ranking_subject(text, s0, f.start, heads)):
            s = rs  # 《指数》…显示,上海位列…第10位 under 国际科技创新中心指数2025: 上海国际科技创新中心指数排名
        s = P.SUBJECT_TAIL_NOISE.sub("", s.strip()) if " " not in s else s
        s = P.ACTOR_SUM.sub(r"\1", s)  # 全市共启动…: 共 only sums
        s = P.REPEATED_OPENING.sub(r"\1", s)  # (an owner joined twice: 本市地面站承担卫星本市地面站承担卫星测控…)
        f.subject = s if len(s) >= 2 else ""


def _owner_carried(prev: str, s: str, listed: bool = False) -> str:
    """The owner in front of the previous clause's subject when this subject opens with words that follow it there
    (生物与新医药领域研发投入 / 研发投入强度 → 生物与新医药领域; 科技小巨人企业平均营业收入 / 平均研发投入强度 → 科技小巨人企业),
    else ""."""
    for k in range(min(len(s), 4), 1, -1):
        j = prev.find(s[:k])
        if j >= 2 and P.OWNER_END.search(prev[:j]) and prev[:j] not in s:
            return prev[:j]
    # 科创板上市公司营业收入4128亿元、净利润236亿元: a sibling measure of the same owner
    ends = [m.end() for m in P.OWNER_WORD.finditer(prev) if m.end() >= 4 and len(prev) - m.end() >= 2]
    if ends and listed and prev[:ends[-1]] not in s and not P.OWNER_WORD.search(s):
        return prev[:ends[-1]]
    return ""


def _ranking_subject(text: str, s0: int, pos: int, heads: list[str]) -> str:
    """A rank in a named ranking: who is ranked (named in the rank's clause) + the ranking's name + 排名. The
    name is the one the sentence
    quotes (在“全球百强科技创新集群”排名中), else the publication a short title (《指数》, 《报告》) stands for: the
    heading above, without its year and marks."""
    before = text[s0:pos]
    name = ""
    if qm := list(P.NAMED_RANKING.finditer(before)):
        name = qm[-1].group("n")
    elif P.SHORT_TITLE_LEAD.match(text, s0) and heads:
        name = P.HEADING_MARKS.sub("", heads[-1])
    if not (2 <= len(name) <= 24):
        return ""
    # (a rank whose clause names no one ranks the figure stated before it: …指数达到91.38%,位居全国第1位)
    k = max([s0] + [m.end() for m in P.CLAUSE_SPLIT.finditer(text, s0, pos)])  # brackets do not end it
    am = P.RANK_ACTOR.search(text[k:pos])
    return am.group("a") + name + "排名" if am else ""


def _owns(text: str, em) -> bool:
    """An opening entity owns the sentence's figures unless it is a thing counted right after it (建成…中心6家);
    a title (《细胞》 48篇) owns its figures."""
    return em.group("e").startswith("《") or not P.ENTITY_COUNTED.match(text, em.end())


def _topic_entity(text: str, s0: int):
    """The entity opening the semicolon-joined run of clauses a sentence continues (…中心…111家；…挖掘…4183项)."""
    t0 = _run_start(text, s0)
    return P.LEAD_ENTITY.match(text, t0) if t0 < s0 else None


def _document_or_heading(text: str, s0: int, pos: int, heads: list[str]) -> str:
    """The document a sentence names before pos (《…》), else the nearest heading without figures."""
    titles = P.TITLE.findall(text, s0, pos)
    if titles:
        return titles[-1]
    h = heads[-1].strip() if heads else ""
    return h if 2 <= len(h) <= 24 and not P.DIGIT_OR_BREAK.search(h) else ""


def _quoted_owner(text: str, s0: int, c0: int) -> str:
    """The last programme, space or project named in quotes in the sentence before the figure's clause, else
    the one its opening clause launches."""
    found = [m for m in P.QUOTED_OWNER.finditer(text, s0, c0)]
    if found:
        return found[-1].group(0)[: found[-1].group(0).index("”") + 1]
    # 实施长三角联合攻关计划，全年共征集企业需求212项: a programme the sentence opens by launching
    m = P.LAUNCHED_PROGRAMME.match(text, s0)
    return m.group("n") if m and m.end() <= c0 else ""


def _part_and_top_subjects(text: str, out: list[Found]) -> None:
    """A 其中 part whose subject stops at the verb (用户累计发表SCI论文2600余篇，其中在《细胞》…发表40篇) takes
    the object the whole names after that verb; a 前N rank in the clause of a count (200个学科进入全球前1%)
    ranks the things just counted, so it shares their subject."""
    for i, f in enumerate(out):
        c0 = _clause_start(text, f.start)
        pf = out[i - 1] if i > 0 else None
        if f.kind == "rank" and f.qualifier == "under" and pf is not None and pf.start >= c0 and \
                pf.kind == "level" and pf.base_unit in _MEASURE_ONLY and pf.subject:
            f.subject = pf.subject
            continue
        if not f.subject and f.kind == "level" and f.base_unit in _MEASURE_ONLY:
            # 挖掘新材料1.27万种,其中94种完成实验室验证,2款实现终端应用: what the part did, of the whole's thing
            s0 = _sentence_bounds(text, f.start)[0]
            k = text.rfind("其中", s0, f.start)
            whole = next((w for w in reversed(out[:i]) if k >= 0 and w.end <= k and w.start >= s0 and
                          w.kind == "level" and w.base_unit == f.base_unit and w.subject), None)
            pred = text[f.end:_clause_end(text, f.end)].strip()
            if whole is not None and 2 <= len(pred) <= 16 and not P.DIGIT.search(pred):
                # the thing the sentence counted (发现35种新材料,验证32种,其中4种…: 新材料), else the whole's
                named = (_right_noun(text, w.end) for w in reversed(out[:i])
                         if s0 <= w.start and w.end <= k and w.base_unit == f.base_unit)
                noun = next((rn for rn in named if len(rn) >= 2), "") or P.PART_WHOLE_VERB.sub("", whole.subject)
                f.subject = pred + noun
            continue
        if not text[c0:f.start].lstrip().startswith("其中") or len(f.subject) < 2 or f.kind != "level":
            continue
        whole = next((w for w in reversed(out[:i]) if w.end <= c0 and w.kind == "level"), None)
        if whole is None or whole.unit != f.unit or not whole.subject:
            continue
        k = whole.subject.rfind(f.subject[-2:])
        # 全市算力总规模…，其中智能算力: the part is 智能算力规模, the 总 totals the whole only
        rest = (whole.subject[k + 2:] if k >= 0 else "").replace("总", "")
        if len(rest) >= 2 and rest not in f.subject and not P.DIGIT.search(rest):
            f.subject += rest


def _rank_list_names(text: str, out: list[Found]) -> None:
    """第2、5、1、2、2位 after “A”“B”“C”“D”“E”: each rank is the rank of the name in its position."""
    i = 0
    while i < len(out):
        run = [out[i]]
        while i + len(run) < len(out) and run[-1].kind == "rank" and out[i + len(run)].kind == "rank" and \
                text[run[-1].end:out[i + len(run)].start] == "、":
            run.append(out[i + len(run)])
        if len(run) < 2 or run[0].kind != "rank":
            i += len(run)
            continue
        s0 = _sentence_bounds(text, run[0].start)[0]
        names = list(P.regex.compile(r"(?:“[^“”]{1,24}”){%d}" % len(run)).finditer(text, s0, run[0].start))
        if names:
            m = names[-1]
            gap = text[m.end():run[0].start]
            scope = next((w for w in ("全国", "全球", "全市") if w in gap), "")
            for f, name in zip(run, P.QUOTED_TEXT.findall(m.group(0))):
                f.subject = name + scope + "排名"
        i += len(run)


def _distribute(text: str, out: list[Found]) -> list[tuple[Found, Found]]:
    """Give each value of a 分别 list the subject of the figure in its position before it; returns those pairs."""
    copied = []
    i = 0
    while i < len(out):
        f = out[i]
        ranks = f.kind == "rank" and i + 1 < len(out) and out[i + 1].kind == "rank" and \
            text[f.end:out[i + 1].start] == "和第"
        # 数54880项，金额6496.79亿元，比上年增长1.9%和24.9%: a pair of changes after a pair of levels
        changes = f.kind == "change" and i + 1 < len(out) and out[i + 1].kind == "change" and \
            text[f.end:out[i + 1].start] in ("和", "、")
        if not (ranks or changes or P.RESPECTIVELY.search(text[_clause_start(text, f.start):f.start])):
            i += 1
            continue
        group = [f]
        j = i + 1
        while j < len(out) and P.LIST_VALUE_JOIN.fullmatch(text[group[-1].end:out[j].start]):
            group.append(out[j])
            j += 1
        if len(group) > 1 and f.qualifier in ("under", "over") and P.RESPECTIVELY_BOUND.search(
                text[_clause_start(text, f.start):f.start]):
            # 分别给予最高300万元和100万元: the bound word before the list bounds each of its values
            for g in group[1:]:
                if not g.qualifier and g.base_unit == f.base_unit:
                    g.qualifier, g.kind = f.qualifier, f.kind
        s0 = _sentence_bounds(text, f.start)[0]
        spans = list(P.YEAR_SPAN.finditer(text, s0, f.start))
        if spans and len(group) > 1 and not any(g.period for g in group[1:] if g.period != group[0].period):
            y0, y1 = int(spans[-1].group(1)), int(spans[-1].group(2))
            if y1 - y0 + 1 == len(group):
                for k, g in enumerate(group):
                    g.period = str(y0 + k)
        lead = P.LIST_LEAD_START.split(text[s0:f.start])[-1]  # the names may be listed with 、
        names = [n.strip() for n in P.NAME_LIST_SPLIT.split(lead[:lead.find("分别")])] if "分别" in lead else []
        if len(group) > 1 and len(names) == len(group) and all(len(n) >= 2 for n in names):
            # 毛利率/净利率分别为35.3%/12.0%: each value is its own name's; 集成电路、生物医药、人工智能产业规模: the
            # last name carries the head noun the others share
            width = max(len(n) for n in names[:-1])
            tail = names[-1][width:]
            if len(tail) >= 2 and P.METRIC_NOUN_END.search(tail) and \
                    not any(P.METRIC_NOUN_END.search(n) for n in names[:-1]):
                names = [n + tail for n in names[:-1]] + names[-1:]
            for g, n in zip(group, names):
                g.subject = P.SUBJECT_TRIM_START.sub("", n)
                if g.kind == "level" and g.base_unit == "percent" and P.SHARE_RATE.search(g.subject):
                    g.kind = "share"
            i = j
            continue
        if len(group) > 1 and all(P.LIST_ACTION.match(g.subject) for g in group[:-1]) and group[-1].subject \
                and not P.LIST_ACTION.match(group[-1].subject):
            for g in group[:-1]:
                g.subject = group[-1].subject  # 分别新增12、15、18家企业: all count the thing after the last
        earlier = [g for g in out[:i] if g.start >= s0 and g.kind == "level"]
        # a list with a metric of its own (对应PE分别为30、20、15倍) does not take the earlier figures' subjects
        own = P.RESPECTIVELY.split(text[_clause_start(text, f.start):f.start])[0]
        own = P.SUBJECT_TRIM_START.sub("", P.OWN_METRIC_NOISE.sub("", own))
        if len(group) > 1 and len(earlier) >= len(group) and not (f.kind in ("ratio", "level", "share") and len(own) >= 2):
            for g, e in zip(group, earlier[-len(group):]):
                g.subject = e.subject
                copied.append((g, e))
                if g.kind == "level" and group[0].kind != "level":
                    g.kind, g.direction = group[0].kind, group[0].direction
        elif len(group) > 1:
            for g in group[1:]:
                if g.kind == "level":
                    g.kind, g.direction = group[0].kind, group[0].direction
        i = j
    return copied
