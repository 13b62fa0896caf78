"""Open a PDF: check it is one, hash it, keep a copy by hash, count its pages."""
from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from datetime import datetime, timezone
from pathlib import Path

import pypdfium2 as pdfium

from pipeline.errors import DocumentError
from schemas.records import Document

MAX_PAGES = 5000
MAGIC = {b"\x89PNG": "a PNG image", b"\xff\xd8\xff": "a JPEG image", b"PK\x03\x04": "a ZIP/Office file",
         b"GIF8": "a GIF image", b"%!PS": "a PostScript file"}


def sniff(path: Path) -> None:
    """Refuse what is plainly not a PDF before any parser sees it."""
    if not path.exists():
        raise DocumentError(path, "no such file")
    if path.is_dir():
        raise DocumentError(path, "is a directory, not a PDF")
    size = path.stat().st_size
    if size == 0:
        raise DocumentError(path, "empty file (0 bytes)")
    with open(path, "rb") as f:
        head = f.read(1024)
    if b"%PDF-" not in head:
        for magic, what in MAGIC.items():
            if head.startswith(magic):
                raise DocumentError(path, f"not a PDF ({what})")
        raise DocumentError(path, "not a PDF (no %PDF- header)")


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def count_pages(path: Path, password: str | None = None) -> tuple[int, str]:
    """Page count and title via pdfium, which repairs many damaged files on its own."""
    try:
        doc = pdfium.PdfDocument(str(path), password=password)
    except pdfium.PdfiumError as e:
        msg = str(e)
        if "password" in msg.lower():
            raise DocumentError(path, "encrypted PDF: a password is required (--password)" if not password
                                else "encrypted PDF: the password is wrong") from None
        raise DocumentError(path, f"damaged PDF that could not be repaired ({msg.strip()})") from None
    try:
        n = len(doc)
        title = (doc.get_metadata_dict().get("Title") or "").strip()
    finally:
        doc.close()
    if n == 0:
        raise DocumentError(path, "PDF has no pages")
    if n > MAX_PAGES:
        raise DocumentError(path, f"absurd page count {n} (limit {MAX_PAGES})")
    return n, title


def open_document(path: str | os.PathLike, edition: int, data_dir: Path, password: str | None = None) -> Document:
    path = Path(path)
    sniff(path)
    pages, title = count_pages(path, password)
    doc_id = sha256_file(path)
    store = Path(data_dir) / "documents"
    store.mkdir(parents=True, exist_ok=True)
    kept = store / f"{doc_id}.pdf"
    if not kept.exists():  # by hash: the same bytes are kept once, written by rename
        fd, tmp = tempfile.mkstemp(dir=store, suffix=".part")
        os.close(fd)
        shutil.copyfile(path, tmp)
        os.replace(tmp, kept)
    return Document(doc_id=doc_id, path=str(path), stored_path=str(kept), edition=int(edition),
                    title=title or path.stem, pages=pages, bytes=path.stat().st_size,
                    ingested_at=datetime.now(timezone.utc).isoformat(timespec="seconds"))
