"""OCR: engine plumbing, cache, table grids, digit doubt, and the scanned/mixed fixtures read for real."""
import json
import re
import unicodedata

import cv2
import numpy as np
import pypdfium2 as pdfium

from conftest import FIX, seed_lines
from pipeline import ocr, ocr_engine, ocr_tables, pages
from pipeline.ocr_engine import CachedEngine, NullEngine, OcrChar, OcrWord, parse_hocr
from schemas.records import Page


def nfkc(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


HOCR = """<div class='ocr_page' id='page_1'>
 <div class='ocr_carea' id='block_1_1'>
  <p class='ocr_par' id='par_1_1' lang='chi_sim'>
   <span class='ocr_line' id='line_1_1' title="bbox 10 10 200 40">
    <span class='ocrx_word' id='word_1_1' title='bbox 10 10 90 40; x_wconf 91'>
     <span class='ocrx_cinfo' title='x_bboxes 10 10 40 40; x_conf 99.5'>合</span>
     <span class='ocrx_cinfo' title='x_bboxes 42 10 60 40; x_conf 98.0'>3</span>
     <span class='ocrx_cinfo' title='x_bboxes 61 10 70 40; x_conf 41.25'>9</span>
     <span class='ocrx_cinfo' title='x_bboxes 71 10 90 40; x_conf 97.0'>亿</span>
    </span>
    <span class='ocrx_word' id='word_1_2' title='bbox 100 10 140 40; x_wconf 88'>
     <span class='ocrx_cinfo' title='x_bboxes 100 10 140 40; x_conf 96.0'>&amp;</span>
    </span>
   </span>
   <span class='ocr_line' id='line_1_2' title="bbox 10 50 200 80">
    <span class='ocrx_word' id='word_1_3' title='bbox 10 50 60 80; x_wconf -1'>
     <span class='ocrx_cinfo' title='x_bboxes 10 50 60 80; x_conf 12'>5</span>
    </span>
   </span>
  </p>
 </div>
</div>"""


def test_parse_hocr_keeps_lines_boxes_and_character_confidences():
    ws = parse_hocr(HOCR)
    assert [w.text for w in ws] == ["合39亿", "&", "5"]
    assert ws[0].line == ws[1].line != ws[2].line
    assert ws[0].box == (10, 10, 90, 40) and ws[0].conf == 91
    assert [c.conf for c in ws[0].chars] == [99.5, 98.0, 41.25, 97.0]
    assert ws[2].conf == 0.0  # tesseract's -1 is "no confidence", not below zero


def test_numbers_become_words_with_their_least_certain_digit():
    ws = parse_hocr(HOCR)
    pieces = ocr.split_word(ws[0])
    assert [p[0] for p in pieces] == ["合", "39", "亿"]
    assert pieces[1][2] == 41.25  # digit doubt: the unsure 9 sets the number's confidence
    assert pieces[1][1] == (42, 10, 70, 40)
    words = ocr.to_words(ws[:1], ocr.Frame(2.0))
    assert [w.text for w in words] == ["合", "39", "亿"]
    assert words[1].x0 == 21.0 and words[1].x1 == 35.0 and words[1].confidence == 41.25


def test_cache_returns_the_engine_output_without_calling_it_again(tmp_path):
    calls = []

    class Fake:
        key = "fake v1"

        def read(self, img):
            calls.append(1)
            return [OcrWord("12.5", (1, 2, 3, 4), 90.0, (0, 1, 1), [OcrChar("1", (1, 2, 2, 4), 80.0)])]

    eng = CachedEngine(Fake(), tmp_path)
    img = np.full((20, 30), 255, np.uint8)
    first = eng.read(img)
    again = eng.read(img.copy())
    assert len(calls) == 1 and again == first and eng.hits == 1
    img[5, 5] = 0  # a different image is a different key
    eng.read(img)
    assert len(calls) == 2


def test_cache_folder_follows_reportpipe_cache(monkeypatch, tmp_path):
    monkeypatch.setenv("REPORTPIPE_CACHE", str(tmp_path))
    assert ocr_engine.cache_dir() == tmp_path / "ocr"


def _grid_image():
    """A 3×3 ruled grid whose middle row has no rule between columns 1 and 2 (a merged cell)."""
    bw = np.full((400, 700), 255, np.uint8)
    xs, ys = [50, 250, 450, 650], [50, 150, 250, 350]
    for y in ys:
        cv2.line(bw, (xs[0], y), (xs[-1], y), 0, 3)
    for x in xs:
        for r in range(3):
            if x == 450 and r == 1:
                continue
            cv2.line(bw, (x, ys[r]), (x, ys[r + 1]), 0, 3)
    return bw


def test_grid_found_with_merged_cell():
    horiz, vert = ocr.rule_masks(_grid_image())
    grids = ocr_tables.find_grids(horiz, vert, min_w=100, min_h=50)
    assert len(grids) == 1
    g = grids[0]
    assert [abs(a - b) <= 2 for a, b in zip(g.xs, [50, 250, 450, 650])] == [True] * 4
    assert len(g.ys) == 4
    assert g.cell_at(550, 200) == (1, 1)  # right half of the merged cell belongs to its first column
    assert g.cell_at(550, 100) == (0, 2)
    assert g.cell_at(10, 10) is None
    assert [(r, c) for r, c, *_ in g.spans()] == [(0, 0), (0, 1), (0, 2), (1, 0), (1, 1), (2, 0), (2, 1), (2, 2)]


def test_null_engine_page_is_ocr_with_no_lines():
    doc = pdfium.PdfDocument(str(FIX / "report-2025-scanned.pdf"))
    try:
        page = Page("d", 1)
        lines = ocr.read_ocr_page(doc[0], page, engine=NullEngine(), table_engine=NullEngine())
    finally:
        doc.close()
    assert lines == [] and page.kind == "ocr" and page.confidence == 0.0


def test_deskew_measures_the_fixture_rotation():
    meta = json.loads((FIX / "report-2025-scanned.map.json").read_text(encoding="utf-8"))
    doc = pdfium.PdfDocument(str(FIX / "report-2025-scanned.pdf"))
    try:
        for i in (0, 1):
            got = ocr.skew_angle(ocr.binarize(ocr.render(doc[i])))
            assert abs(got - meta["angles"][i]) < 0.1, (i, got, meta["angles"][i])
    finally:
        doc.close()


def _nsfc_scan_page() -> int:
    src = json.loads((FIX / "report-2025.map.json").read_text(encoding="utf-8"))
    src_page = next(b["page"] for b in src["boxes"] if b["line"] == 676)
    meta = json.loads((FIX / "report-2025-scanned.map.json").read_text(encoding="utf-8"))
    return meta["source_pages"].index(src_page) + 1


def test_nsfc_table_cell_exact_from_the_scan():
    lines = seed_lines()
    assert lines[674].startswith("项目类型") and lines[692].startswith("总计")
    expected = [row.split("\t") for row in lines[674:693]]  # transcription lines 675–693
    n = _nsfc_scan_page()
    doc = pdfium.PdfDocument(str(FIX / "report-2025-scanned.pdf"))
    try:
        page = Page("d", n)
        out = ocr.read_ocr_page(doc[n - 1], page)
    finally:
        doc.close()
    tables: dict[str, list] = {}
    for c in page.cells:
        tables.setdefault(c.table_id, []).append(c)
    nsfc = next(t for t in tables.values() if any(nfkc(c.text) == "总计" for c in t))
    got = [[""] * 3 for _ in range(max(c.row for c in nsfc) + 1)]
    for c in nsfc:
        got[c.row][c.col] = c.text
    assert [[nfkc(x) for x in r] for r in got] == [[nfkc(x) for x in r] for r in expected]
    assert all(c.is_header == (c.row == 0) for c in nsfc)
    assert all(c.table_id == f"p{n}t1" and c.page == n for c in nsfc)
    # cells in PDF points: the table sits between the page margins
    assert all(40 < c.x0 < c.x1 < 560 and 0 < c.top < c.bottom < 842 for c in nsfc)
    # the page's lines carry the rows too, and the numbers of the text as words of their own
    texts = [nfkc(l.text) for l in out]
    assert "总计5484391271.71" in texts
    nums = [w for l in out for w in l.words if w.text == "39.13"]
    assert len(nums) == 1 and 0 < nums[0].confidence <= 100


def test_infographic_figures_are_in_the_mixed_page():
    meta = json.loads((FIX / "report-2025-mixed.map.json").read_text(encoding="utf-8"))
    n = next(p["page"] for p in meta["pages"] if p["kind"] == "text+infographic")
    [page] = pages.read_pages(FIX / "report-2025-mixed.pdf", "d", [n])
    assert page.status == "ok" and page.kind == "text"
    text = nfkc("\n".join(b.text for b in page.blocks))
    for fig in ("670.5亿元", "6496.79亿元", "7446件", "13.55万件"):
        assert fig in text, fig
    # each figure's line lies inside its box on the page (PDF points)
    for box in meta["pages"][n - 1]["boxes"]:
        fig = box["text"].split()[0]
        hits = [l for b in page.blocks for l in b.lines if fig in nfkc(l.text)]
        assert any(box["x0"] - 2 <= l.x0 and l.x1 <= box["x1"] + 2 and box["top"] - 2 <= l.top
                   and l.bottom <= box["bottom"] + 2 for l in hits), fig
