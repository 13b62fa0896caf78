"""Claims from a page's blocks and table cells, with page, bbox, section, period and metric."""
from __future__ import annotations

import hashlib
import re
import unicodedata

from extractors.claims import Found, find_claims
from extractors.metrics import metric_for
from pipeline.layout import span_bbox
from schemas.records import Claim, Page

UNIT_IN_HEADER = re.compile(r"[(（]\s*([^()（）]{1,6})\s*[)）]\s*$")
UNIT_CAPTION = re.compile(r"单位\s*[:：]\s*([^\s，,；;)）]{1,6})")
NUMERIC_CELL = re.compile(r"^\s*[-−]?[\d,，.]+%?\s*$")
YEAR = re.compile(r"((?:19|20)\d\d)\s*年")
# a financial statement's closing date, from the report's own title (第一季度报告 → March)
QUARTER_END = {"第一季度": 3, "半年度": 6, "中期": 6, "第三季度": 9, "年度": 12}
QUARTER = re.compile(r"((?:19|20)\d\d)\s*年\s*(第一季度|半年度|中期|第三季度|年度)报告")
FORECAST_YEAR = re.compile(r"^\s*((?:19|20)\d\d)\s*[AEＡＥ]\s*$")  # 2024A actual, 2025E estimate
DATE_IN_HEADER = re.compile(r"((?:19|20)\d\d)\s*年\s*(\d{1,2})\s*月(?:\s*\d{1,2}\s*日)?")


def claim_id(doc_id: str, page: int, context: str, raw: str, occurrence: int) -> str:
    norm = re.sub(r"\s+", "", unicodedata.normalize("NFKC", context))
    return hashlib.sha256(f"{doc_id}|{page}|{norm}|{raw}|{occurrence}".encode()).hexdigest()[:20]


def _period(p: str, edition: int) -> str:
    """Found.period is relative ("@" = the edition year); the Claim carries the year."""
    return p.replace("@", str(edition))


TOTAL_ROW = re.compile(r"(总计|合计|总额)$")


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


def _header_period(text: str, state: dict) -> str | None:
    if m := DATE_IN_HEADER.search(text):
        y, mo = m.group(1), int(m.group(2))
        return f"{y}-end" if mo == 12 else f"{y}-{mo:02d}-end"
    if "期末" in text and state.get("closing"):
        return state["closing"]
    if "期初" in text and state.get("closing"):
        return f"{int(state['closing'][:4]) - 1}-end"
    if m := YEAR.search(text) or FORECAST_YEAR.search(text):
        return m.group(1)
    return None


def doc_claims(pages: list[Page], edition: int, finder=find_claims) -> list[Claim]:
    """All pages of a document: a table's caption unit and header carry over to the page it continues on."""
    state: dict = {}
    return [c for p in pages for c in page_claims(p, edition, finder, state)]


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
    caption_unit = state.get("caption_unit", "")
    caption_text = state.get("caption_text", "")
    for b in page.blocks:
        if m := QUARTER.search(b.text):
            state["closing"] = (f"{m.group(1)}-end" if QUARTER_END[m.group(2)] == 12
                                else f"{m.group(1)}-{QUARTER_END[m.group(2)]:02d}-end")
        if m := UNIT_CAPTION.search(b.text):
            caption_unit = state["caption_unit"] = m.group(1)
        if b.kind == "table_row":
            continue  # table text is read cell by cell below
        mid = (b.top + b.bottom) / 2
        if "\t" in b.text and any(t <= mid <= bt for t, bt in table_boxes):
            continue  # a table row the layout took for a heading: its cells are read below
        if b.kind in ("heading", "caption", "para") and not NUMERIC_CELL.match(b.text):
            caption_text = b.text
        for f in finder(b.text):
            box, conf = span_bbox(b, f.start, f.end)
            out.append(_make(page, edition, f, b.text, b.section, box, occ, confidence=min(conf, page.confidence)))
    state["caption_text"] = caption_text
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
        if header_cells and any(finder(c.text) for c in header_cells if c.text and not NUMERIC_CELL.match(c.text)):
            # the first row states figures (《细胞》 48篇 …): a table of sentences, read cell by cell
            for c in header_cells:
                c.is_header = False
            header_cells, text_table = [], True
        has_header = not text_table and (bool(header_cells) or bool(state.get("header")))
        if header_cells:
            state["header"] = [(c.x0, c.x1, c.text) for c in header_cells if c.text]
        above = [b for b in page.blocks if b.bottom <= top + 1]
        caption = above[-1].text if above else state.get("caption_text", "")
        table_period = _header_period(caption, state) if caption else None
        if table_period is None and re.search(r"全年|年度", caption or ""):
            table_period = "@"

        def header_of(c) -> str:
            best = ""
            for x0, x1, text in state.get("header", []):
                if min(x1, c.x1) - max(x0, c.x0) > 0:
                    best = text
            return best

        def label_of(row: int) -> str:
            for c in sorted((c for c in cells if c.row == row), key=lambda c: c.col):
                if c.text.strip() and not NUMERIC_CELL.match(c.text):
                    return c.text.strip()
            return ""

        section = next((b.section for b in page.blocks if b.top <= top), "")
        for c in cells:
            if c.is_header or not c.text:
                continue
            label = label_of(c.row) if has_header else ""
            if label and c.text.strip() == label:
                continue
            if not has_header:  # a row of text cells: read each like a paragraph
                for f in finder(c.text):
                    out.append(_make(page, edition, f, c.text, section, (c.x0, c.top, c.x1, c.bottom), occ,
                                     table_id=tid, row=c.row, col=c.col))
                continue
            head_full = header_of(c)
            hm = UNIT_IN_HEADER.search(head_full) or UNIT_IN_HEADER.search(label)  # 营业收入(百万元) as a row label
            hint = hm.group(1) if hm else caption_unit
            if hint and re.fullmatch(r"[%％]|增减.*", hint) is None and not re.search(r"[元个项件篇家人股倍%％]", hint):
                hint = caption_unit
            period = _header_period(head_full, state) or table_period
            for f in finder(c.text, unit_hint=hint):
                head = UNIT_IN_HEADER.sub("", head_full).strip()
                row = UNIT_IN_HEADER.sub("", label).strip()
                out.append(_make(page, edition, f, f"{label} {head_full}: {c.text}", section,
                                 (c.x0, c.top, c.x1, c.bottom), occ, subject=f"{row} {head}".strip(),
                                 period=period if period is not None else f.period, table_id=tid, row=c.row,
                                 col=c.col))
    return out
