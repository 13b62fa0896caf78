"""Whole-file failures: one line naming the file and the reason."""
import pytest

from conftest import BAD, FIX
from pipeline.document import open_document
from pipeline.errors import DocumentError


@pytest.mark.parametrize("name,reason", [
    ("empty.pdf", "empty file"),
    ("not-a-pdf.pdf", "not a PDF"),
    ("picture.png", "not a PDF (a PNG image)"),
    ("truncated.pdf", "damaged PDF"),
    ("encrypted.pdf", "password is required"),
])
def test_bad_inputs_give_clear_errors(tmp_path, name, reason):
    with pytest.raises(DocumentError) as e:
        open_document(BAD / name, 2025, tmp_path)
    msg = str(e.value)
    assert name in msg and reason in msg and "\n" not in msg


def test_encrypted_opens_with_password(tmp_path):
    doc = open_document(BAD / "encrypted.pdf", 2024, tmp_path, password="reportpipe")
    assert doc.pages == 1


def test_kept_by_hash(tmp_path):
    doc = open_document(FIX / "report-2024-synthetic.pdf", 2024, tmp_path)
    assert (tmp_path / "documents" / f"{doc.doc_id}.pdf").read_bytes() == (FIX / "report-2024-synthetic.pdf").read_bytes()
    assert len(doc.doc_id) == 64
