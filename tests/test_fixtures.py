"""The fixture builder: pages, text layer present or absent as intended, the tables rendered."""
import hashlib
import json

import pdfplumber
import pypdfium2 as pdfium
import pytest

from conftest import BAD, FIX, seed_lines


def _sha(p):
    return hashlib.sha256(p.read_bytes()).hexdigest()


def test_born_digital_has_text_on_every_page_and_cjk_font_embedded():
    with pdfplumber.open(FIX / "report-2025.pdf") as pdf:
        assert len(pdf.pages) >= 60
        assert all(len(p.chars) > 0 for p in pdf.pages)
        fonts = {c["fontname"] for p in pdf.pages[:8] for c in p.chars}
    assert any("WenQuanYi" in f and "+" in f for f in fonts)  # embedded subset
    assert any(f.endswith("Bold-0") or "Bold" in f for f in fonts)


def test_nsfc_table_is_ruled_with_its_total_row():
    lines = seed_lines()
    # the source rows, read from the transcription (lines 675–693)
    src = [l.split("\t") for l in lines[674:693]]
    assert src[-1][0] == "总计"
    meta = json.loads((FIX / "report-2025.map.json").read_text(encoding="utf-8"))
    page = next(b["page"] for b in meta["boxes"] if b["line"] == 676)
    with pdfplumber.open(FIX / "report-2025.pdf") as pdf:
        tables = pdf.pages[page - 1].find_tables()
        rows = max((t.extract() for t in tables), key=len)
    assert [[c.strip() for c in r] for r in rows] == [[c.strip() for c in r] for r in src]


def test_two_column_pages_exist():
    meta = json.loads((FIX / "report-2025.map.json").read_text(encoding="utf-8"))
    lefts = {}
    for b in meta["boxes"]:
        lefts.setdefault(b["page"], set()).add(round(b["x0"]))
    two_col = [p for p, xs in lefts.items() if any(x > 250 for x in xs)]
    assert len(two_col) >= 5


def test_running_header_and_page_numbers_printed():
    with pdfplumber.open(FIX / "report-2025.pdf") as pdf:
        p = pdf.pages[9]
        top = p.crop((0, 0, p.width, 50)).extract_text()
        bottom = p.crop((0, p.height - 40, p.width, p.height)).extract_text()
    assert "上海科技进步报告" in top
    assert bottom.strip() == "10"


def test_scanned_variant_is_image_only_and_covers_the_tables():
    meta = json.loads((FIX / "report-2025-scanned.map.json").read_text())
    assert len(meta["source_pages"]) >= 8
    born = json.loads((FIX / "report-2025.map.json").read_text(encoding="utf-8"))
    nsfc_page = next(b["page"] for b in born["boxes"] if b["line"] == 676)
    assert nsfc_page in meta["source_pages"]
    with pdfplumber.open(FIX / "report-2025-scanned.pdf") as pdf:
        assert len(pdf.pages) == len(meta["source_pages"])
        assert all(len(p.chars) == 0 and len(p.images) == 1 for p in pdf.pages)
    assert 200 <= meta["dpi"] <= 300 and meta["angles"][0] != 0


def test_mixed_has_text_scanned_and_infographic_pages():
    meta = json.loads((FIX / "report-2025-mixed.map.json").read_text(encoding="utf-8"))
    kinds = [p["kind"] for p in meta["pages"]]
    assert "scanned" in kinds and "text" in kinds and "text+infographic" in kinds
    with pdfplumber.open(FIX / "report-2025-mixed.pdf") as pdf:
        for p, m in zip(pdf.pages, meta["pages"]):
            if m["kind"] == "scanned":
                assert len(p.chars) == 0 and p.images
            else:
                assert len(p.chars) > 0
            if m["kind"] == "text+infographic":
                assert p.images and "6496.79" not in p.extract_text()  # the figures live in the image


def test_edition_2024_is_marked_synthetic():
    with pdfplumber.open(FIX / "report-2024-synthetic.pdf") as pdf:
        text = pdf.pages[0].extract_text()
    assert "合成" in text and "SYNTHETIC" in text


def test_fpdf2_noto_page_has_no_pdfminer_chars_but_pdfium_text():
    with pdfplumber.open(FIX / "fpdf2-noto-cjk.pdf") as pdf:
        assert len(pdf.pages[0].chars) == 0
    doc = pdfium.PdfDocument(str(FIX / "fpdf2-noto-cjk.pdf"))
    assert "6496.79亿元" in doc[0].get_textpage().get_text_range()
    doc.close()


def test_bad_inputs_exist():
    assert (BAD / "empty.pdf").stat().st_size == 0
    assert (BAD / "picture.png").read_bytes()[:4] == b"\x89PNG"
    assert not (BAD / "not-a-pdf.pdf").read_bytes().startswith(b"%PDF")
    assert (BAD / "truncated.pdf").read_bytes().startswith(b"%PDF")


def test_builder_is_deterministic(tmp_path):
    from fixtures.build import build_all

    build_all(tmp_path / "pdf", tmp_path / "bad", tmp_path / "cache")
    for name in ("report-2025.pdf", "report-2025.map.json", "report-2025-scanned.pdf", "report-2025-mixed.pdf",
                 "report-2024-synthetic.pdf"):
        assert _sha(tmp_path / "pdf" / name) == _sha(FIX / name), name
