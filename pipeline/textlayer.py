"""Words and ruled tables from a page's text layer (pdfplumber; pypdfium2 when pdfminer cannot decode)."""
from __future__ import annotations

import re

from schemas.records import TableCell, Word

BOLD = re.compile(r"bold|black|heavy|demi|semibold|-B$|,B", re.I)


def plumber_words(page) -> list[Word]:
    ws = page.extract_words(x_tolerance=1.5, y_tolerance=2, keep_blank_chars=False, use_text_flow=False,
                            extra_attrs=["size", "fontname"])
    return [Word(text, float(w["x0"]), float(w["top"]), float(w["x1"]), float(w["bottom"]),
                 float(w["size"]), bool(BOLD.search(w["fontname"] or ""))) for w in ws
            if (text := clean(w["text"]))]


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\ufffe\uffff]")


def clean(text: str) -> str:
    """Glyphs the font maps to control characters print as nothing (a missing emoji, a stray NUL)."""
    return _CONTROL.sub("", text)


def pdfium_words(pdfium_page, height: float) -> list[Word]:
    """Characters and boxes from pdfium, grouped into words by gaps (for fonts pdfminer cannot decode)."""
    tp = pdfium_page.get_textpage()
    words: list[Word] = []
    cur = None
    try:
        for i in range(tp.count_chars()):
            ch = tp.get_text_range(i, 1)
            if not ch or ch in "\r\n" or ch.isspace():
                cur = None
                continue
            l, b, r, t = tp.get_charbox(i, loose=True)
            top, bottom = height - t, height - b
            size = max(bottom - top, 1.0)
            if cur is not None and abs(cur.top - top) < size * 0.6 and l - cur.x1 < size * 0.5:
                cur.text += ch
                cur.x1, cur.bottom = max(cur.x1, r), max(cur.bottom, bottom)
                cur.top = min(cur.top, top)
            else:
                cur = Word(ch, l, top, r, bottom, size)
                words.append(cur)
    finally:
        tp.close()
    return words


TABLE_SETTINGS = {"vertical_strategy": "lines", "horizontal_strategy": "lines", "snap_tolerance": 3,
                  "join_tolerance": 3, "intersection_tolerance": 3}


def ruled_tables(page, doc_id: str, pageno: int) -> list[list[TableCell]]:
    """Tables drawn with rules; only looked for where the page has rules at all."""
    if not (page.lines or page.rects):
        return []
    out = []
    for k, t in enumerate(page.find_tables(TABLE_SETTINGS)):
        rows = t.rows
        if len(rows) < 2 and len(rows[0].cells) < 2:
            continue
        tid = f"p{pageno}t{k + 1}"
        cells = []
        for r, row in enumerate(rows):
            for c, box in enumerate(row.cells):
                if box is None:
                    continue
                x0, top, x1, bottom = box
                text = page.crop((x0, top, x1, bottom)).extract_text(x_tolerance=1.5) or ""
                text = re.sub(r"\s*\n\s*", "", text).strip()
                cells.append(TableCell(doc_id, pageno, tid, r, c, text, float(x0), float(top), float(x1),
                                       float(bottom), is_header=(r == 0 and len(rows) > 1)))
        out.append(cells)
    return out
