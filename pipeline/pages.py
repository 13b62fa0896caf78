"""Read pages: route each one, then take its words from the text layer or from OCR."""
from __future__ import annotations

import re
import time
from collections import Counter
from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium

from pipeline import ocr, route, textlayer
from pipeline.layout import BULLET, join_lines, lines_from_words, paragraphs, reading_order, split_wide_lines
from schemas.records import Block, Line, Page, Word


def _in_box(l: Line, box) -> bool:
    cx, cy = (l.x0 + l.x1) / 2, (l.top + l.bottom) / 2
    return box[0] <= cx <= box[2] and box[1] <= cy <= box[3]


CAPTION = re.compile(r"^\s*(单位|币种|金额单位|货币单位)\s*[:：]|^\s*(表|图)\s*\d")


def _margins(lines: list[Line], width: float) -> tuple[float | None, float | None]:
    """The left edge of the text in each half of the page: the leftmost x0 shared by three lines or more."""
    out = []
    for half in (lambda x: x < width / 2, lambda x: x >= width / 2):
        xs = Counter(round(l.x0) for l in lines if half(l.x0) and l.text)
        common = [x for x, n in xs.items() if n >= 3]
        out.append(min(common) if common else None)
    return out[0], out[1]


def _is_list_item(ls: list[Line], margins) -> bool:
    """Every line indented by about one to one and a half ems (a list's hanging indent; a paragraph's first
    line is indented by two ems and its other lines not at all): a bullet whose glyph did not survive."""
    m = margins[0] if ls[0].x0 < (margins[1] or 1e9) else margins[1]
    if m is None:
        return False
    size = max(ls[0].size, 1.0)
    return all(0.8 * size < l.x0 - m < 1.7 * size for l in ls)


def _block(ls: list[Line], margins=(None, None)) -> Block:
    kind = "bullet" if BULLET.match(ls[0].text) or _is_list_item(ls, margins) else \
        "caption" if CAPTION.match(ls[0].text) else "para"
    return Block(join_lines(ls), min(l.x0 for l in ls), min(l.top for l in ls), max(l.x1 for l in ls),
                 max(l.bottom for l in ls), kind, "", ls)


def _word_in(w, boxes) -> bool:
    cx, cy = (w.x0 + w.x1) / 2, (w.top + w.bottom) / 2
    return any(b[0] <= cx <= b[2] and b[1] <= cy <= b[3] for b in boxes)


def _lines_to_blocks(lines: list[Line], tables: list, width: float = 0.0) -> list[Block]:
    """Paragraph blocks in reading order; a table's lines are replaced, where the table starts, by one
    `table_row` block per row (cells tab-separated)."""
    boxes = [(min(c.x0 for c in t), min(c.top for c in t), max(c.x1 for c in t), max(c.bottom for c in t))
             for t in tables]
    out, emitted, run = [], set(), []
    margins = _margins(lines, width) if width else (None, None)
    for l in lines + [None]:
        k = None if l is None else next((i for i, b in enumerate(boxes) if _in_box(l, b)), None)
        if l is not None and l.text == "" and k is None:
            continue
        if l is not None and k is None:
            run.append(l)
            continue
        out += [_block(ls, margins) for ls in paragraphs(run, lines, [(b[0], b[2]) for b in boxes])]
        run = []
        if l is None or k in emitted:
            continue
        emitted.add(k)
        rows: dict[int, list] = {}
        for c in tables[k]:
            rows.setdefault(c.row, []).append(c)
        for r in sorted(rows):
            cs = sorted(rows[r], key=lambda c: c.col)
            ln = Line("\t".join(c.text for c in cs), cs[0].x0, min(c.top for c in cs), cs[-1].x1,
                      max(c.bottom for c in cs))
            out.append(Block(ln.text, ln.x0, ln.top, ln.x1, ln.bottom, "table_row", "", [ln]))
    return out


def _with_tables(lines: list[Line], tables: list, width: float) -> list[Line]:
    """Reading order with each table standing in as one full-box line, so table columns never look like
    page columns; _lines_to_blocks puts the rows back where the stand-in sits."""
    boxes = [(min(c.x0 for c in t), min(c.top for c in t), max(c.x1 for c in t), max(c.bottom for c in t))
             for t in tables]
    rest = [l for l in lines if not any(_in_box(l, b) for b in boxes)]
    stand = []
    for b in boxes:
        cx, cy = (b[0] + b[2]) / 2, (b[1] + b[3]) / 2
        word = Word("", b[0], b[1], b[2], b[3])
        stand.append(Line("", cx - 0.1, cy - 0.1, cx + 0.1, cy + 0.1, [word]))
    return reading_order(rest + stand, width)


def read_page(pl_page, pdfium_page, doc_id: str, pageno: int) -> Page:
    """Route a page and read it: pdfium's characters (fast) for text pages, pdfplumber's when pdfium has
    none but pdfminer decodes the font, OCR otherwise; rules and images from pdfium's page objects."""
    t0 = time.perf_counter()
    w, h = (float(x) for x in pdfium_page.get_size())
    hr, vr, cov = textlayer.pdfium_rules(pdfium_page, h)
    tp = pdfium_page.get_textpage()
    try:
        raw = tp.get_text_range()
        words = textlayer.pdfium_words(pdfium_page, h, tp, walls=vr)
    finally:
        tp.close()
    r = route.classify_counts(sum(len(x.text) for x in words), route.bad_glyphs(raw), cov,
                              len(hr) >= 2 and len(vr) >= 2)
    if r.route == "tesseract" and len(pl_page.chars) >= 10:
        r = route.classify(pl_page, 0)
    page = Page(doc_id=doc_id, page=pageno, width=w, height=h, route=r.route)
    tables: list = []
    if r.route in ("pdfium", "pdfplumber"):
        page.kind = "text"
        if r.route == "pdfplumber":
            words = textlayer.plumber_words(pl_page)
            hr, vr = textlayer.rules(pl_page)
        if r.has_rules:
            tables = textlayer.ruled_tables(textlayer._NoPage(w, h), doc_id, pageno, words, (hr, vr))
        boxes = [(min(c.x0 for c in t), min(c.top for c in t), max(c.x1 for c in t), max(c.bottom for c in t))
                 for t in tables]
        # words of ruled tables never join lines outside them (a table in one column beside prose)
        lines = lines_from_words([x for x in words if not _word_in(x, boxes)])
        for b in boxes:  # prose on both sides of a ruled table is two lines, never one line across the table
            lines = split_wide_lines(lines, (b[0], b[2]), (b[1], b[3]))
        tables += textlayer.aligned_tables(lines, doc_id, pageno)
        lines = _with_tables(lines, tables, w)
        if r.note == "infographic":  # a large image on a text page: its figures are read by OCR
            info = ocr.infographic_lines(pl_page, pdfium_page, page)
            if info:  # in reading order where the image stands, not after the page number
                at = next((i for i, l in enumerate(lines) if l.top > info[0].top), len(lines))
                lines[at:at] = info
    else:
        lines = ocr.read_ocr_page(pdfium_page, page)
        by_table: dict[str, list] = {}
        for c in page.cells:  # scanned tables: cells from the OCR stage, rows read cell by cell
            by_table.setdefault(c.table_id, []).append(c)
        tables = list(by_table.values())
    page.blocks = _lines_to_blocks(lines, tables, w)
    page.cells = [c for t in tables for c in t]
    page.seconds = round(time.perf_counter() - t0, 4)
    return page


def read_pages(path: str | Path, doc_id: str, pagenos: list[int], password: str | None = None) -> list[Page]:
    """Each page on its own: one that fails becomes status=error and the others go on."""
    out = []
    with pdfplumber.open(str(path), password=password or "") as pl:
        pdoc = pdfium.PdfDocument(str(path), password=password)
        try:
            for n in pagenos:
                t0 = time.perf_counter()
                try:
                    out.append(read_page(pl.pages[n - 1], pdoc[n - 1], doc_id, n))
                except Exception as e:  # noqa: BLE001 — a page's failure is data, not a crash
                    out.append(Page(doc_id=doc_id, page=n, status="error", route="",
                                    error=f"{Path(path).name} page {n}: {type(e).__name__}: {e}"[:500],
                                    seconds=round(time.perf_counter() - t0, 4)))
        finally:
            pdoc.close()
    return out
