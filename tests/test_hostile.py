"""Hostile input, one case at a time: repair, absurd counts and sizes, time and memory limits, a mixed batch."""
import os
import re
import time

import pikepdf
import pytest

import hostile_variants as hv
from conftest import BAD, FIX
from pipeline import document, isolate
from pipeline.errors import DocumentError


@pytest.fixture
def plain(tmp_path):
    return hv._plain(FIX / "report-2024-synthetic.pdf", tmp_path / "plain.pdf")


def test_lost_xref_is_rebuilt_by_qpdf(tmp_path, plain):
    p = tmp_path / "no-xref.pdf"
    p.write_bytes(plain[: plain.rindex(b"xref")])  # no table, no trailer, no startxref: pdfium gives up
    doc = document.open_document(p, 2024, tmp_path / "data")
    assert doc.pages == 1 and doc.stored_path.endswith(".repaired.pdf")
    assert (tmp_path / "data" / "documents" / f"{doc.doc_id}.pdf").read_bytes() == p.read_bytes()  # original kept
    [page] = isolate.read_pages(doc.stored_path, doc.doc_id, [1], label=p.name)
    assert page.status == "ok" and "5201.59" in " ".join(b.text for b in page.blocks)  # synthetic 2024 figure


def test_wrong_xref_offsets_are_repaired(tmp_path, plain):
    i = plain.rindex(b"xref")
    p = tmp_path / "zero-xref.pdf"
    p.write_bytes(plain[:i] + re.sub(rb"\d{10} \d{5}", b"0000000000 00000", plain[i:]))
    doc = document.open_document(p, 2024, tmp_path / "data")
    [page] = isolate.read_pages(doc.stored_path, doc.doc_id, [1], label=p.name)
    assert page.status == "ok" and "5201.59" in " ".join(b.text for b in page.blocks)


def test_unrepairable_file_says_so_in_one_line(tmp_path, plain):
    p = tmp_path / "half.pdf"
    p.write_bytes(plain[:200])
    with pytest.raises(DocumentError) as e:
        document.open_document(p, 2024, tmp_path / "data")
    msg = str(e.value)
    assert msg.startswith(f"{p}: damaged PDF that could not be repaired (truncated") and "\n" not in msg


def test_absurd_page_count(tmp_path):
    pdf = pikepdf.new()
    for _ in range(document.MAX_PAGES + 1):
        pdf.add_blank_page(page_size=(100, 100))
    p = tmp_path / "many.pdf"
    pdf.save(p)
    with pytest.raises(DocumentError) as e:
        document.open_document(p, 2024, tmp_path / "data")
    assert f"absurd page count {document.MAX_PAGES + 1}" in str(e.value) and "many.pdf" in str(e.value)


def test_absurd_page_size_is_refused_not_rendered(tmp_path):
    p = tmp_path / "huge.pdf"
    hv.absurd_size(p, type("R", (), {"choice": staticmethod(lambda xs: xs[1] if len(xs) == 5 else xs[0])})())
    doc = document.open_document(p, 2024, tmp_path / "data")
    first, second = isolate.read_pages(doc.stored_path, doc.doc_id, [1, 2], label=p.name)
    assert first.status == "ok"
    assert second.status == "error" and second.error.startswith("huge.pdf page 2: absurd page size")


def test_page_timeout_kills_native_work(tmp_path):
    """tesseract on a scanned page takes seconds; a 0.5 s limit kills it (and its worker) on time."""
    src = FIX / "report-2025-scanned.pdf"
    t0 = time.monotonic()
    pages = isolate.read_pages(src, "d", [1, 2], limits=isolate.Limits(page_timeout=0.5, workers=1))
    took = time.monotonic() - t0
    for p in pages:
        assert p.status == "error" and p.error == f"{src.name} page {p.page}: timed out after 0.5s (worker killed)"
        assert 0.5 <= p.seconds <= 1.5
    assert took < 2 * 1.5 + 2  # two pages one after the other, a fresh worker for the second
    if os.path.exists("/proc"):  # no tesseract left behind by the killed workers
        time.sleep(0.2)
        mine = [d for d in os.listdir("/proc") if d.isdigit() and _parent(d) == os.getpid()]
        assert not [d for d in mine if "tesseract" in _cmdline(d)]


def _parent(pid: str) -> int:
    try:
        return int(open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()[1])
    except (OSError, IndexError, ValueError):
        return -1


def _cmdline(pid: str) -> str:
    try:
        return open(f"/proc/{pid}/cmdline", "rb").read().decode(errors="replace")
    except OSError:
        return ""


def test_memory_limit_turns_a_page_into_an_error(tmp_path):
    """A worker whose address space is too small for a big render fails that page, not the batch."""
    src = pikepdf.open(FIX / "report-2024-synthetic.pdf")
    pdf = pikepdf.new()
    pdf.pages.append(src.pages[0])
    pdf.add_blank_page(page_size=(4000, 4000))  # no text: OCR renders it at the 60-megapixel cap
    pdf.pages.append(src.pages[0])
    p = tmp_path / "big-blank.pdf"
    pdf.save(p)
    start = isolate.call(isolate.vmsize_mb, memory_mb=0)  # what a worker maps before reading anything
    pages = isolate.read_pages(p, "d", [1, 2, 3], limits=isolate.Limits(memory_mb=start + 40, workers=1))
    assert [x.status for x in pages] == ["ok", "error", "ok"], [x.error for x in pages]
    assert pages[1].error.startswith("big-blank.pdf page 2: ") and "memory" in pages[1].error.lower(), pages[1].error


def test_batch_of_every_bad_fixture_ingests_the_good_ones(tmp_path, prefect_home, plain):
    from flows import ingest_batch

    lost = tmp_path / "lost-xref.pdf"
    lost.write_bytes(plain[: plain.rindex(b"xref")])
    paths = [BAD / "empty.pdf", FIX / "report-2024-synthetic.pdf", BAD / "not-a-pdf.pdf", BAD / "picture.png",
             BAD / "truncated.pdf", BAD / "encrypted.pdf", lost, FIX / "fpdf2-noto-cjk.pdf"]
    res = {os.path.basename(r.path): r for r in ingest_batch([str(p) for p in paths], 2024, str(tmp_path / "d"))}
    expect = {"empty.pdf": "empty file (0 bytes)", "not-a-pdf.pdf": "not a PDF (no %PDF- header)",
              "picture.png": "not a PDF (a PNG image)", "truncated.pdf": "damaged PDF that could not be repaired",
              "encrypted.pdf": "encrypted PDF: a password is required (--password)"}
    for name, reason in expect.items():
        r = res[name]
        assert not r.ok and r.error.startswith(f"{BAD / name}: {reason}") and "\n" not in r.error, r.error
    for name in ("report-2024-synthetic.pdf", "fpdf2-noto-cjk.pdf", "lost-xref.pdf"):
        assert res[name].ok and res[name].claims > 0 if name != "fpdf2-noto-cjk.pdf" else res[name].ok, res[name]
    assert res["lost-xref.pdf"].repaired and not res["report-2024-synthetic.pdf"].repaired
    assert res["lost-xref.pdf"].claims == res["report-2024-synthetic.pdf"].claims
