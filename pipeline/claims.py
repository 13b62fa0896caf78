"""Claims from a page's lines and table cells, with page, bbox and section."""
from __future__ import annotations

import hashlib
import re
import unicodedata

from extractors.claims import Found, find_claims
from pipeline.layout import span_bbox
from schemas.records import Claim, Page

UNIT_IN_HEADER = re.compile(r"[(（]\s*([^()（）]{1,6})\s*[)）]\s*$")
UNIT_CAPTION = re.compile(r"单位\s*[:：]\s*([^\s，,；;]{1,6})")


def claim_id(doc_id: str, page: int, context: str, raw: str, occurrence: int) -> str:
    norm = re.sub(r"\s+", "", unicodedata.normalize("NFKC", context))
    return hashlib.sha256(f"{doc_id}|{page}|{norm}|{raw}|{occurrence}".encode()).hexdigest()[:20]


def _make(page: Page, edition: int, f: Found, context: str, section: str, bbox, occ: dict, **extra) -> Claim:
    key = (context, f.raw)
    occ[key] = occ.get(key, 0) + 1
    return Claim(claim_id=claim_id(page.doc_id, page.page, context, f.raw, occ[key]), doc_id=page.doc_id,
                 edition=edition, page=page.page, x0=bbox[0], top=bbox[1], x1=bbox[2], bottom=bbox[3],
                 section=section, context=context[:400], subject=extra.pop("subject", f.subject), raw=f.raw,
                 value=f.value, unit=f.unit, norm_value=f.norm_value, norm_exact=f.norm_exact, decimals=f.decimals,
                 base_unit=f.base_unit, kind=f.kind, direction=f.direction, qualifier=f.qualifier,
                 source="ocr" if page.kind == "ocr" else "text", **{"confidence": page.confidence, **extra})


def page_claims(page: Page, edition: int, finder=find_claims) -> list[Claim]:
    """finder(text, unit_hint="") -> list[Found]: the grammar (swappable so benches can run a baseline)."""
    if page.status != "ok":
        return []
    out: list[Claim] = []
    occ: dict = {}
    tables: dict[str, list] = {}
    for c in page.cells:
        tables.setdefault(c.table_id, []).append(c)
    caption_unit = ""
    for b in page.blocks:
        if m := UNIT_CAPTION.search(b.text):
            caption_unit = m.group(1)
        if b.kind == "table_row":
            continue  # table text is read cell by cell below
        for f in finder(b.text):
            box, conf = span_bbox(b, f.start, f.end)
            out.append(_make(page, edition, f, b.text, b.section, box, occ, confidence=min(conf, page.confidence)))
    for tid, cells in tables.items():
        has_header = any(c.is_header for c in cells)
        header = {c.col: c.text for c in cells if c.is_header}
        labels = {c.row: c.text for c in cells if c.col == 0} if has_header else {}
        section = next((b.section for b in page.blocks if b.top <= min(c.top for c in cells)), "")
        for c in cells:
            if c.is_header or (labels and c.col == 0) or not c.text:
                continue
            if not has_header:  # a row of text cells: read each like a paragraph
                for f in finder(c.text):
                    out.append(_make(page, edition, f, c.text, section, (c.x0, c.top, c.x1, c.bottom), occ,
                                     table_id=tid, row=c.row, col=c.col))
                continue
            hm = UNIT_IN_HEADER.search(header.get(c.col, ""))
            hint = hm.group(1) if hm else caption_unit
            for f in finder(c.text, unit_hint=hint):
                head = UNIT_IN_HEADER.sub("", header.get(c.col, "")).strip()
                out.append(_make(page, edition, f, f"{labels.get(c.row, '')} {header.get(c.col, '')}: {c.text}",
                                 section, (c.x0, c.top, c.x1, c.bottom), occ,
                                 subject=f"{labels.get(c.row, '')} {head}".strip(), table_id=tid, row=c.row,
                                 col=c.col))
    return out
