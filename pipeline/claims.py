"""Claims from a page's blocks and table cells, with page, bbox, section, period and metric."""
from __future__ import annotations

import hashlib
import inspect
import re
import unicodedata
from functools import lru_cache

from extractors.claims import Found, find_claims, label_kind
from extractors.patterns import SECTION_TIGHT
from extractors.metrics import metric_for
from extractors.units import split_unit, unit_table
from pipeline.layout import _gapped, span_bbox
from schemas.records import Claim, Page

UNIT_IN_HEADER = re.compile(r"[(（]\s*([^()（）]{1,6})\s*[)）]\s*$")
UNIT_CAPTION = re.compile(r"单位\s*[:：]\s*([^\s，,；;)）]{1,6})")
# 入选人数: counted in 人; 抽检批次, 服务人次: a header closing on a measure word of times (批次, 人次) counts in it
HEADER_COUNT = re.compile(r"(?:(人|项|家|个|件|篇|所|名|台|套|款|支|座)数(?:量)?|(批次|人次|家次|架次|车次|件次|艘次))$")
INNER_COLUMN = re.compile(r"^\s*其中")  # 其中35岁以下: a part of the column before it
def _header_measure(header: str) -> str:
    """The measure word a header counts in, by its own words (入选人数: 人), else ""."""
    return (m.group(1) or m.group(2)) if (m := HEADER_COUNT.search(header)) else ""


TABLE_TITLE = re.compile(r"^\s*(?:附)?表\s*[0-9０-９]+(?:[-—.－][0-9]+)?\s")  # 表2 上海在主要创新排名中的位次
NUMERIC_CELL = re.compile(r"^\s*[-−]?[\d,，.]+%?\s*$")
YEAR = re.compile(r"((?:19|20)\d\d)\s*年")
# a financial statement's closing date, from the report's own title (第一季度报告 → March)
QUARTER_END = {"第一季度": 3, "半年度": 6, "中期": 6, "第三季度": 9, "年度": 12}
REPORT_SPAN = {"第一季度": "Q1", "半年度": "H1", "中期": "H1", "第三季度": "Q3", "年度": ""}
QUARTER = re.compile(r"((?:19|20)\d\d)\s*年\s*(第一季度|半年度|中期|第三季度|年度)报告")
# a year column's header: 2024A actual, 2025E estimate, or the bare year
FORECAST_YEAR = re.compile(r"^\s*((?:19|20)\d\d)\s*[AEＡＥ]?\s*$")
# a statement of balances (资产负债表): its year columns are the balances at each year's end
STOCK_STATEMENT = re.compile(r"资产负债表|财务状况表")
DATE_IN_HEADER = re.compile(r"((?:19|20)\d\d)\s*(?:年\s*(\d{1,2})\s*月(?:\s*\d{1,2}\s*日)?|[/.-](\d{1,2})[/.-]\d{1,2}\b)")


def claim_id(doc_id: str, page: int, context: str, raw: str, occurrence: int) -> str:
    norm = re.sub(r"\s+", "", unicodedata.normalize("NFKC", context))
    return hashlib.sha256(f"{doc_id}|{page}|{norm}|{raw}|{occurrence}".encode()).hexdigest()[:20]


def _period(p: str, edition: int) -> str:
    """Found.period is relative ("@" = the edition year); the Claim carries the year."""
    return p.replace("@", str(edition))


TOTAL_ROW = re.compile(r"(总计|合计|总额)$")
# a row of figures after at most a label (每股收益 1.07 2.91, 1,038 2,394, 0 0 0 0)
FIGURE_ROW = re.compile(r"^\s*(?:[^\d\s，。；,;][^\d，。；,;]*?)?\s*(?:[-−]?\d[\d,]*(?:\.\d+)?%?\s*)+$")
# a section or table title over its rows, maybe with the year columns (每股指标(元), 利润表(百万元) 2021 2022E)
SECTION_ROW = re.compile(r"^\s*[^\d\s，。；,;]+(?:\s+(?:19|20)\d\d[AE]?)*\s*$")
LEADING_FIGURES = re.compile(r"(?:\s*[-−]?\d[\d,]*(?:\.\d+)?%?)+\s*$")
YEARS_CELL = re.compile(r"^\s*(?:(?:19|20)\d\d[AE]?\s*)+$")
UNIT_HINT_OK = re.compile(r"[元个项件篇家人股倍%％]")
# a table of index values (…指数及分项指数, 分项指数 | 2024年 | 2025年): its unitless cells are index points
INDEX_TABLE = re.compile(r"指数|得分|评分")


# a cell of running text: a long one with clause marks
SENTENCE_CELL = re.compile(r"^(?=.{30,})[^\t]*[，；。,;][^\t]*\S")
# a note reference after a cell's figure (1,227,261,708(注 1）): a pointer, neither a figure nor a label
NOTE_MARK = re.compile(r"[(（]\s*注\s*\d{1,2}\s*[)）]")
# (a number glued to a Latin letter names something, 浦东T2 / G60: no figure of the row)
CELL_NUMBER = re.compile(r"(?<![\d.,A-Za-z])[-−]?\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d%])|"
                         r"(?<![\d.,A-Za-z])[-−]?\d+(?:\.\d+)?(?![\d.,%])")


def _cell_figures(finder, text: str, hint: str, **ctx) -> list[Found]:
    """The grammar's figures in a table cell, and the bare numbers of a row of figures it leaves out (a
    unitless integer in prose is too often a label; in a table of figures it is the figure)."""
    text = NOTE_MARK.sub(lambda m: " " * len(m.group(0)), text)  # offsets kept for the bbox
    found = _call(finder, text, unit_hint=hint, **ctx)
    if finder is not find_claims or not FIGURE_ROW.match(text) or SECTION_ROW.match(text):
        return found
    from extractors.units import normalize
    for m in CELL_NUMBER.finditer(text):
        if any(f.start < m.end() and m.start() < f.end for f in found):
            continue
        n = m.group(0).replace("−", "-")
        if re.fullmatch(r"(?:19|20)\d\d", n):
            continue  # a year column's header
        try:
            z = normalize(n, hint)
        except (ValueError, ArithmeticError):
            continue
        found.append(Found(m.start(), m.end(), m.group(0), float(n.replace(",", "")), hint, z.norm_exact,
                           z.norm_value, len(n.split(".")[1]) if "." in n else 0, z.base_unit))
    return sorted(found, key=lambda f: f.start)


def _section_unit(cells, c) -> str:
    """The unit of a headerless table's row: in its label's brackets (营业收入(百万元)), else in the nearest
    section title above the label (价值评估(倍) over P/E …), which a title without a unit ends (偿债能力指标)."""
    row = sorted((x for x in cells if x.row == c.row and x.col <= c.col and x.text.strip()), key=lambda x: x.col)
    label = next((x for x in reversed(row) if re.search(r"[^\d\s,.%\-−]", x.text)), None)
    if label is None:
        return ""
    head = re.sub(r"(?:\s+(?:19|20)\d\d[AE]?)+\s*$", "", label.text.strip())
    if label is not c and (m := UNIT_IN_HEADER.search(head)):
        return m.group(1)
    for x in sorted((x for x in cells if x.row < label.row and x.col == label.col), key=lambda x: -x.row):
        t = x.text.strip()
        # a row label has figures right after it; a section title has none (or the year columns)
        nxt = min((y for y in cells if y.row == x.row and y.col > x.col and y.text.strip()),
                  key=lambda y: y.col, default=None)
        data_row = nxt is not None and bool(FIGURE_ROW.match(nxt.text)) and not YEARS_CELL.match(nxt.text)
        if SECTION_ROW.match(t) and not data_row:
            t = re.sub(r"(?:\s+(?:19|20)\d\d[AE]?)+\s*$", "", t)
            m = UNIT_IN_HEADER.search(t)
            return m.group(1) if m else ""
    return ""


def _metric(subject: str, f: Found, extra: dict) -> str:
    """A table cell names the metric only on its total row: the other rows are its parts."""
    if extra.get("table_id"):
        label = subject.rsplit(" ", 1)[0] if " " in subject else subject
        if not TOTAL_ROW.search(label.strip()):
            return ""
    return metric_for(subject, f.base_unit, f.kind)


def _make(page: Page, edition: int, f: Found, context: str, section: str, bbox, occ: dict, **extra) -> Claim:
    key = (context, f.raw)
    occ[key] = occ.get(key, 0) + 1
    subject = extra.pop("subject", f.subject)
    period = extra.pop("period", None)
    return Claim(claim_id=claim_id(page.doc_id, page.page, context, f.raw, occ[key]), doc_id=page.doc_id,
                 edition=edition, page=page.page, x0=bbox[0], top=bbox[1], x1=bbox[2], bottom=bbox[3],
                 section=section, context=context[:400], subject=subject, raw=f.raw,
                 value=f.value, unit=f.unit, norm_value=f.norm_value, norm_exact=f.norm_exact, decimals=f.decimals,
                 base_unit=f.base_unit, kind=f.kind, direction=f.direction, qualifier=f.qualifier,
                 period=_period(period if period is not None else getattr(f, "period", ""), edition),
                 metric_id=_metric(subject, f, extra),
                 # words read by OCR on a text page (an infographic) carry a confidence below 100
                 source="ocr" if page.kind == "ocr" or extra.get("confidence", 100.0) < 100.0 else "text",
                 **{"confidence": page.confidence, **extra})


# a column of the year before: 上年度末 / 上年末 (a stock at its end) or 上年同期 / 上期 (the same span a year earlier)
PRIOR_IN_HEADER = re.compile(r"上(?:一)?年(?:度)?(末)|上年同期|上期|上年度(?!末)")


# the statement's own span: 本期发生额, 本报告期 (not 本报告期末, a stock at its end)
CURRENT_FLOW = re.compile(r"本(?:报告)?期")


# what a statement's row label carries besides the item's name: its outline number (三、 1. （一）) and the
# instruction how to print a loss (（损失以“－”号填列）); the context keeps the label as printed
ROW_MARKS = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|\d{1,2}[.．、](?!\d))\s*"
                       r"|[（(][^（）()]*填列[)）]")
SPAN_END_MONTH = {span: QUARTER_END[name] for name, span in REPORT_SPAN.items() if span}  # Q1 → 3, H1 → 6, Q3 → 9
# a row stating a balance inside a statement of flows (期初/期末现金及现金等价物余额)
STOCK_ROW = re.compile(r"(期初|期末).*余额")


def _stock_in_flow(label: str, period: str | None) -> str | None:
    """A balance row in a column of flows (期末现金及现金等价物余额 under 本期发生额 = 2025-Q1) is a stock: at the
    span's end (2025-03-end), or at the end of the year before for 期初 (2024-end)."""
    m = STOCK_ROW.search(label or "")
    if not m or not period or not re.fullmatch(r"\d{4}-(Q1|H1|Q3)", period):
        return period
    year, span = int(period[:4]), period[5:]
    return f"{year - 1}-end" if m.group(1) == "期初" else f"{year}-{SPAN_END_MONTH[span]:02d}-end"


# a column of the months from January (2025年1-3月): the quarter or half year they make
MONTH_RANGE = re.compile(r"((?:19|20)\d\d)\s*年\s*1\s*[-—–~至]\s*(3|6)\s*月")


# a change column's header (变动率, 本报告期比上年同期增减, 同比增长)
HEADER_CHANGE_COLUMN = re.compile(r"增减|变动|增长|同比")


def _carried(row: int) -> int:
    """A header row carried to the next page: below every row there, in its own order (a spanning header stays
    above the one under it)."""
    return row if row < 0 else row - 10_000


def _header_period(text: str, state: dict) -> str | None:
    # a change column (本报告期比上年同期增减) is dated by its current side, before 比
    text = re.split(r"比|较", text, maxsplit=1)[0] if HEADER_CHANGE_COLUMN.search(text) else text
    closing = state.get("closing")
    # a quarterly statement's flows (本期发生额, 上年同期) cover its quarter, this year's or last year's
    quarter = f"-{state['span']}" if closing and state.get("span") else ""
    if closing and (m := PRIOR_IN_HEADER.search(text)):
        year = int(closing[:4]) - 1
        return f"{year}-end" if m.group(1) else f"{year}{quarter}"
    if quarter and CURRENT_FLOW.search(text) and "末" not in text:
        return f"{closing[:4]}{quarter}"
    if m := MONTH_RANGE.search(text):
        return f"{m.group(1)}-{'Q1' if m.group(2) == '3' else 'H1'}"
    if m := DATE_IN_HEADER.search(text):  # 2025年3月31日, 2025/3/31
        y, mo = m.group(1), int(m.group(2) or m.group(3))
        return f"{y}-end" if mo == 12 else f"{y}-{mo:02d}-end"
    if "期末" in text and state.get("closing"):
        return state["closing"]
    if "期初" in text and state.get("closing"):
        return f"{int(state['closing'][:4]) - 1}-end"
    if m := YEAR.search(text) or FORECAST_YEAR.search(text):
        return m.group(1)
    return None


CORNER_UNIT = re.compile(r"[(（]?(?:%|‰|元|万元|亿元|百万元)[)）]?")
FUTURE_YEAR_HEADER = re.compile(r"((?:19|20)\d\d)年(?:目标|目标值)?")  # not 2025E: a broker's forecast is no goal
END_OF_SENTENCE = re.compile(r"[。！？!?；;]\s*$")
FIGURE_FIRST = re.compile(r"\s*\d[\d,.]*\s*(?:余|多)?(?:万亿|亿|万|千)?[^\d\s]")


def _size(b) -> float:
    return b.lines[-1].size if b.lines else 0.0


def _runs_on(prev, nxt, same_page: bool = True) -> bool:
    """nxt continues prev's sentence: the layout split one paragraph (a line wrapped into a new block, a
    column or page break, a first line set as a heading). prev ends with no sentence mark, its last line
    runs to its right edge, nxt sits right below (or heads the next column/page) in the same type size."""
    if prev is None or nxt is None or prev.kind not in ("para", "heading", "bullet"):
        return False
    # a wrapped line that opens with the figure its clause was stating (…总价值超 | 670亿元) may be set apart
    # as a heading; it continues when the rest of the tests hold (no sentence mark, full last line, same size)
    # (not a section heading whose number OCR glued to its title: 6.1战略人才力量加快集聚)
    figure_head = nxt.kind == "heading" and FIGURE_FIRST.match(nxt.text) and not SECTION_TIGHT.match(nxt.text)
    if nxt.kind not in ("para",) and not figure_head:
        return False
    if END_OF_SENTENCE.search(prev.text) or not prev.text.strip() or not nxt.text.strip():
        return False
    size = _size(prev) or 10.0
    if abs(size - (_size(nxt) or size)) > 0.6:
        return False  # a real heading, set larger than its text
    if prev.lines and prev.lines[-1].x1 < prev.x1 - 2 * size:
        return False  # the last line stops short: the paragraph ended there
    if prev.lines and prev.lines[-1].words and _gapped(prev.lines[-1]):
        return False  # a label and its value a column apart (a sidebar's key-data row) end there
    if not same_page:
        return True
    gap = nxt.top - prev.bottom
    column_jump = nxt.top < prev.top and nxt.x0 >= prev.x1 - size
    return (-1 <= gap <= 0.95 * size) or column_jump


@lru_cache(maxsize=8)
def _params(finder) -> frozenset[str]:
    """The keyword arguments a finder takes, looked up once per finder rather than once per block."""
    try:
        return frozenset(inspect.signature(finder).parameters)
    except (TypeError, ValueError):
        return frozenset()


def _call(finder, text: str, **ctx) -> list[Found]:
    """finder with the context it understands (the baseline takes only text and unit_hint)."""
    params = _params(finder)
    return finder(text, **{k: v for k, v in ctx.items() if k in params and v})


def _topic(section: str, nearest: str = "") -> str:
    """The headings a block sits under, nearest last (" > " separated, at most three); `nearest` replaces the
    last one (the nearer line of two headings the layout ran together)."""
    heads = [h.strip() for h in section.split(" > ") if h.strip()] if section else []
    if nearest and heads:
        heads[-1] = nearest
    return " > ".join(heads[-3:])


def doc_claims(pages: list[Page], edition: int, finder=find_claims) -> list[Claim]:
    """All pages of a document: a table's caption unit and header carry over to the page it continues on,
    a sentence to the page it runs on to."""
    state: dict = {}
    out = []
    for i, p in enumerate(pages):
        nxt = pages[i + 1] if i + 1 < len(pages) else None
        state["next_block"] = next((b for b in nxt.blocks if b.kind != "table_row"), None) if nxt else None
        out += page_claims(p, edition, finder, state)
    return out


def page_claims(page: Page, edition: int, finder=find_claims, state: dict | None = None) -> list[Claim]:
    """finder(text, unit_hint="") -> list[Found]: the grammar (swappable so benches can run a baseline).

    state (optional, shared across the pages of one document) carries the last caption unit, the last table
    header and the statement's closing date to a continuation page."""
    if page.status != "ok":
        return []
    state = {} if state is None else state
    out: list[Claim] = []
    occ: dict = {}
    tables: dict[str, list] = {}
    for c in page.cells:
        tables.setdefault(c.table_id, []).append(c)
    table_boxes = [(min(c.top for c in cs), max(c.bottom for c in cs)) for cs in tables.values()]
    carried_unit = caption_unit = state.get("caption_unit", "")
    caption_text = state.get("caption_text", "")
    text_blocks = [b for b in page.blocks if b.kind != "table_row"]
    prev_block = state.get("last_block")
    last_heading = None
    for b in page.blocks:
        if m := QUARTER.search(b.text):
            state["closing"] = (f"{m.group(1)}-end" if QUARTER_END[m.group(2)] == 12
                                else f"{m.group(1)}-{QUARTER_END[m.group(2)]:02d}-end")
            state["span"] = REPORT_SPAN[m.group(2)]
        if m := UNIT_CAPTION.search(b.text):
            caption_unit = state["caption_unit"] = m.group(1)
        if b.kind == "table_row":
            continue  # table text is read cell by cell below
        mid = (b.top + b.bottom) / 2
        if "\t" in b.text and any(t <= mid <= bt for t, bt in table_boxes):
            continue  # a table row the layout took for a heading: its cells are read below
        if b.kind in ("heading", "caption", "para") and not NUMERIC_CELL.match(b.text):
            caption_text = b.text
        k = text_blocks.index(b) if b in text_blocks else -1
        first = k == 0
        before = prev_block.text if _runs_on(prev_block, b, same_page=not first or prev_block is None) else ""
        nxt = text_blocks[k + 1] if 0 <= k < len(text_blocks) - 1 else None
        after = nxt.text if nxt is not None and _runs_on(b, nxt) else ""
        if nxt is None and _runs_on(b, state.get("next_block"), same_page=False):
            after = state["next_block"].text
        prev_block = b
        if b.kind == "heading":
            last_heading = b
        # a heading set on two lines may be two headings run together: the nearer names the block
        topic = _topic(b.section)
        if last_heading is not None and len(last_heading.lines) > 1 and b.section.endswith(last_heading.text):
            topic = _topic(b.section, last_heading.lines[-1].text)
        for f in _call(finder, b.text, before=before, after=after, topic=topic, heading=b.kind == "heading"):
            box, conf = span_bbox(b, f.start, f.end)
            out.append(_make(page, edition, f, b.text, b.section, box, occ, confidence=min(conf, page.confidence)))
    state["caption_text"] = caption_text
    state["last_block"] = prev_block
    first_table_claim = len(out)
    for tid, cells in tables.items():
        top = min(c.top for c in cells)
        header_cells = [c for c in cells if c.is_header]
        # a header row made of numbers is a data row of a table continued from the previous page
        if header_cells and sum(bool(NUMERIC_CELL.match(c.text)) for c in header_cells if c.text) >= 1 and \
                not any(c.text and not NUMERIC_CELL.match(c.text) and c.col > 1 for c in header_cells):
            for c in header_cells:
                c.is_header = False
            header_cells = []
        text_table = False
        head_row = min((c.row for c in header_cells), default=0)
        # (a header closing on its unit, 12英寸产能(万片/月), names a column whatever figure its name holds)
        stating = [bool(finder(c.text)) and not UNIT_IN_HEADER.search(c.text) for c in header_cells
                   if c.row == head_row and c.text and not NUMERIC_CELL.match(c.text)]
        # (one header naming a band, 其中35岁以下, does not make a table of sentences: most of the row must state)
        if header_cells and any(stating) and 2 * sum(stating) >= len(stating):
            # the first row states figures (《细胞》 48篇 …): a table of sentences, read cell by cell
            for c in header_cells:
                c.is_header = False
            header_cells, text_table = [], True
        # a table of sentences has no header of its own, nor the previous table's; a first row of bare numbers
        # after its label (千吨级以下科考船 | 12 | 641 | 529) is a data row, whatever figure the label names
        first_cells = [c for c in cells if c.row == min(x.row for x in cells) and c.text]
        bare_row = sum(bool(NUMERIC_CELL.match(c.text)) for c in first_cells) >= 2 and all(
            NUMERIC_CELL.match(c.text) for c in first_cells if c.col > min(x.col for x in first_cells))
        has_header = not text_table and (bool(header_cells) or (bool(state.get("header")) and (bare_row or not any(
            _call(finder, c.text) for c in first_cells if not NUMERIC_CELL.match(c.text)))))
        if header_cells:
            carried = [(x0, x1, t, _carried(r)) for x0, x1, t, r in state.get("header", [])]
            # rows above the first header row of a table opening the page continue the table of the page before
            # (a running header in the top margin does not count: with few pages read it is not yet known as one)
            opens = not [b for b in page.blocks if b.bottom <= top + 1 and b.kind != "table_row"
                         and b.top > 0.08 * (page.height or 842)]
            state["header"] = (carried if opens and head_row > min(c.row for c in cells) else []) + \
                [(c.x0, c.x1, c.text, c.row) for c in header_cells if c.text]
        elif state.get("header"):  # carried from the page before: it heads every row here
            state["header"] = [(x0, x1, t, _carried(r)) for x0, x1, t, r in state["header"]]
        above = [b for b in page.blocks if b.bottom <= top + 1]
        caption = above[-1].text if above else state.get("caption_text", "")
        # the nearest 单位 caption above this table; a later one on the page (单位：股 for the next table) is not its,
        # nor one above the table's own title (表2 …: the 单位：亿元 of 表1 above it)
        titled = max((i for i, b in enumerate(above) if TABLE_TITLE.match(b.text)), default=-1)
        units_above = [m.group(1) for b in above[max(titled, 0):] if (m := UNIT_CAPTION.search(b.text))]
        caption_unit = units_above[-1] if units_above else "" if titled >= 0 else carried_unit
        table_period = _header_period(caption, state) if caption else None
        if table_period is None and re.search(r"全年|年度", caption or ""):
            table_period = "@"

        def header_of(c) -> str:
            """The text of the nearest header row above the cell (a table restarting its columns under a second
            header row, 本报告期末 / 上年度末 below 本报告期 / 上年同期, takes the second for its lower rows)."""
            heads = [(min(x1, c.x1) - max(x0, c.x0), row, x1 - x0, text) for x0, x1, text, row
                     in state.get("header", []) if min(x1, c.x1) - max(x0, c.x0) > 0 and row <= c.row]
            if not heads:
                return ""
            top = max(h[1] for h in heads)
            _, row, width, best = max(h for h in heads if h[1] == top)  # the most overlapping of the nearest row
            # a header under a spanning one (质押、标记或冻结情况 over 股份状态 | 数量) is named with it
            parent = [h for h in heads if h[1] < row and (h[1] < 0) == (row < 0) and h[2] > 1.5 * width]
            return (max(parent)[3] + best) if parent else best

        def label_of(row: int, upto: int | None = None) -> str:
            """The row's label: its first text cell, or the nearest one left of column `upto` (two tables
            side by side share the rows)."""
            left = sorted((c for c in cells if c.row == row and (upto is None or c.col <= upto)),
                          key=lambda c: c.col, reverse=upto is not None)
            texts = [c for c in left if c.text.strip() and not NUMERIC_CELL.match(NOTE_MARK.sub("", c.text))
                     and re.search(r"[^\d\s,.%\-−]", c.text)]
            # a cell stating figures in words (203,708 户（其中 A 股股东为…）) is a value, unless it opens the row
            texts = [c for c in texts[:-1] if not re.search(r"\d", c.text)] + texts[-1:]
            if not texts:
                return ""
            c = texts[0]
            if upto is not None and c is not texts[-1]:
                # an attribute column between the row's name and the cell (股东名称 | 股东性质 境外法人 | 40.38%):
                # a column with a header of its own and no unit; a second table's label column (利润表(百万元)
                # beside 价值评估) has a title with its unit, or none
                head = UNIT_IN_HEADER.sub("", header_of(c)).strip()
                if head and not UNIT_IN_HEADER.search(header_of(c)) and not head.endswith("表") and \
                        all(x.text.strip() for x in texts):
                    c = texts[-1]
            # a label cell holding the row's first figures (营业收入增长率 110.0%): the words only
            return LEADING_FIGURES.sub("", c.text).strip() if FIGURE_ROW.match(c.text) else c.text.strip()

        # a header row inside the table (利润表 then 资产负债表 stacked in one aligned block) starts another table
        first_row = min(c.row for c in cells)
        inner_heads = sorted({c.row for c in cells if c.is_header and c.row > first_row})

        def tid_of(row: int) -> str:
            k = sum(h <= row for h in inner_heads)
            return f"{tid}.{k}" if k else tid

        def title_of(c) -> str:
            """The words of the header row the cell stands under (资产负债表(百万元) beside its year columns)."""
            heads = [h for h in [first_row, *inner_heads] if h <= c.row]
            return " ".join(x.text for x in cells if heads and x.row == heads[-1] and x.is_header and x.text)

        # a unit alone in the header row's first cell (股价表现: % | 1M | 3M | 12M) measures the whole table
        corner = min((x for x in header_cells if x.text.strip()), key=lambda x: x.col, default=None)
        corner_unit = corner.text.strip().strip("()（）") if corner is not None and corner.col == min(
            x.col for x in cells) and CORNER_UNIT.fullmatch(corner.text.strip()) else ""
        # the section of the nearest block above the table (its caption, when the caption is a heading)
        section = next((b.section for b in reversed(page.blocks) if b.bottom <= top + 1 and b.kind != "table_row"),
                       next((b.section for b in page.blocks if b.top <= top), ""))
        def column_period(x, label: str) -> str | None:
            """The period x's column gives it (label: x's row): the header's date or span, or the table's; a
            balance row of a flow statement as a stock; a balance sheet's year column at year-end."""
            p = _stock_in_flow(label, _header_period(header_of(x), state) or table_period)
            if p and re.fullmatch(r"\d{4}", p) and STOCK_STATEMENT.search(f"{caption} {title_of(x)}"):
                p = f"{p}-end"
            return p

        for c in cells:
            if c.is_header or not c.text:
                continue
            label = (label_of(c.row, c.col) or label_of(c.row)) if has_header else ""
            if (label and c.text.strip() == label and not SENTENCE_CELL.search(c.text)) or \
                    NOTE_MARK.fullmatch(c.text.strip()):
                continue
            if not has_header or SENTENCE_CELL.search(c.text):
                # a row of text cells, or a cell of sentences (注1：此数包括…1,000,000股H股…；): read each like a
                # paragraph, after its row's earlier cells
                row_before = "，".join(x.text.strip() for x in sorted(cells, key=lambda x: x.col)
                                      if x.row == c.row and x.col < c.col and x.text.strip())
                hint = ""
                if FIGURE_ROW.match(c.text) and not SECTION_ROW.match(c.text):
                    hint = _section_unit(cells, c)
                    hint = hint if UNIT_HINT_OK.search(hint) else ""
                for f in _cell_figures(finder, c.text, hint, before=row_before + "，" if row_before else ""):
                    out.append(_make(page, edition, f, c.text, section, (c.x0, c.top, c.x1, c.bottom), occ,
                                     table_id=tid_of(c.row), row=c.row, col=c.col))
                continue
            head_full = header_of(c)
            hm = UNIT_IN_HEADER.search(head_full) or UNIT_IN_HEADER.search(label)  # 营业收入(百万元) as a row label
            hint = hm.group(1) if hm else _header_measure(head_full)
            if not hint and INNER_COLUMN.match(head_full):
                # a 其中 column (其中35岁以下) counts in the unit of the column it is part of, the one to its left
                parent = header_of(max((x for x in cells if x.row == c.row and x.col < c.col), key=lambda x: x.col,
                                       default=c))
                hint = m.group(1) if (m := UNIT_IN_HEADER.search(parent)) else _header_measure(parent)
            hint = hint or caption_unit or corner_unit or _section_unit(cells, c)
            if hint and re.fullmatch(r"[%％]|增减.*", hint) is None and not re.search(r"[元个项件篇家人股倍%％]", hint) \
                    and split_unit(hint)[1] not in unit_table():
                hint = caption_unit  # a bracket that is no unit (含, 2025): the caption's; 放款笔数(笔) keeps 笔

            period = column_period(c, label)
            if period is None and HEADER_CHANGE_COLUMN.search(head_full):
                # an undated change column (变动率) is the change to the row's current figure: the first dated
                # column of its row (2025/3/31 before 2024/12/31)
                period = next((p for x in sorted(cells, key=lambda x: x.col) if x.row == c.row and x.col < c.col
                               and (p := column_period(x, label))), None)
            bare_head = UNIT_IN_HEADER.sub("", head_full).strip()
            # a column for a year after the report's (2027年 beside 2025年) states goals
            goal_column = (fy := FUTURE_YEAR_HEADER.fullmatch(bare_head)) is not None and int(fy.group(1)) > edition
            head = "" if FORECAST_YEAR.match(bare_head) else bare_head  # a year column names the period, not the subject
            row = ROW_MARKS.sub("", UNIT_IN_HEADER.sub("", label)).strip()
            for f in _cell_figures(finder, c.text, hint):
                if not hint and not f.unit and not f.base_unit and INDEX_TABLE.search(
                        f"{caption} {corner.text if corner is not None else ''} {head_full}"):
                    f.base_unit = "index"
                if finder is find_claims:
                    label_kind(label, f, head_full)  # 流动比率 1.2: a ratio; 毛利率 35.3%: a share; 增减: a change
                    if goal_column and f.kind in ("level", "share"):
                        f.kind = "target"
                out.append(_make(page, edition, f, f"{label} {head_full}: {c.text}", section,
                                 (c.x0, c.top, c.x1, c.bottom), occ, subject=f"{row} {head}".strip(),
                                 period=period if period is not None else f.period, table_id=tid_of(c.row), row=c.row,
                                 col=c.col))
    out[first_table_claim:] = _line_order(out[first_table_claim:], tables)
    return out


def _line_order(claims: list[Claim], tables: dict[str, list]) -> list[Claim]:
    """Claims of tables standing side by side on shared baselines (two statements in two columns), in the
    order of the page's lines: row by row across the tables, left to right; other tables stay in turn."""
    row_top = {}
    for tid, cs in tables.items():
        for c in cs:
            row_top[(tid, c.row)] = min(row_top.get((tid, c.row), c.top), c.top)
    tops = {tid: {round(t) for (t_id, _), t in row_top.items() if t_id == tid} for tid in tables}
    x_of = {tid: (min(c.x0 for c in cs), max(c.x1 for c in cs)) for tid, cs in tables.items()}
    group = {tid: tid for tid in tables}
    ids = list(tables)
    for i, a in enumerate(ids):
        for b in ids[i + 1:]:
            apart = x_of[a][1] <= x_of[b][0] or x_of[b][1] <= x_of[a][0]
            shared = sum(1 for t in tops[a] if {t - 1, t, t + 1} & tops[b])
            if apart and shared >= max(2, 0.5 * min(len(tops[a]), len(tops[b]))):
                ga, gb = group[a], group[b]
                for k, g in group.items():
                    if g == gb:
                        group[k] = ga
    if all(g == tid for tid, g in group.items()):
        return claims
    def base(t: str) -> str:  # "p3w3.1": the part of p3w3 below an inner header row
        return t if t in tables else t.rsplit(".", 1)[0]

    first = {}
    for n, c in enumerate(claims):
        first.setdefault(group.get(base(c.table_id), c.table_id), n)

    def key(nc):
        n, c = nc
        t = base(c.table_id)
        g = group.get(t, t)
        if sum(1 for v in group.values() if v == g) < 2:
            return (first[g], 0, 0, n)
        return (first[g], round(row_top.get((t, c.row), c.top)), x_of[t][0], n)
    return [c for _, c in sorted(enumerate(claims), key=key)]
