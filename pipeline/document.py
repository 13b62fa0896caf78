"""Open a PDF: check it is one, hash it, keep a copy by hash, count its pages (repairing it if need be).

Parsers see the file only in a killable child process (pipeline.isolate.call): a hostile file may hang
or exhaust pdfium, and the parent must survive to report it in one line.
"""
from __future__ import annotations

import hashlib
import re
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


def has_eof_marker(path: Path) -> bool:
    with open(path, "rb") as f:
        f.seek(max(0, path.stat().st_size - 4096))
        return b"%%EOF" in f.read()


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def count_pages(path: Path, password: str | None = None) -> tuple[int, str]:
    """Page count and title via pdfium, which repairs many damaged files on its own; pdfplumber must
    open the file too, since the text layer is read with it. Runs in-process: see `inspect`."""
    try:
        doc = pdfium.PdfDocument(str(path), password=password)
    except pdfium.PdfiumError as e:
        msg = str(e)
        if "password" in msg.lower():
            raise DocumentError(path, "encrypted PDF: a password is required (--password)" if not password
                                else "encrypted PDF: the password is wrong") from None
        m = re.search(r"\(PDFium: ([^)]*)\)", msg)
        raise DocumentError(path, f"pdfium: {(m.group(1) if m else msg).strip()}") from None
    try:
        n = len(doc)
        title = (doc.get_metadata_dict().get("Title") or "").strip()
    finally:
        doc.close()
    if n == 0:
        raise DocumentError(path, "PDF has no pages")
    if n > MAX_PAGES:
        raise DocumentError(path, f"absurd page count {n} (limit {MAX_PAGES})")
    import pdfplumber

    try:
        with pdfplumber.open(str(path), password=password or "") as pl:
            m = len(pl.pages)
    except Exception as e:  # noqa: BLE001 — pdfminer raises many kinds for damaged files
        raise DocumentError(path, f"pdfminer: {type(e).__name__}: {e}".strip()[:200]) from None
    if m != n:
        raise DocumentError(path, f"pdfium counts {n} pages, pdfminer {m}")
    return n, title


def _inspect(path: str, password: str | None):
    """Child side of `inspect`: a DocumentError comes back as its reason (exceptions do not pickle well)."""
    try:
        return ("ok", *count_pages(Path(path), password))
    except DocumentError as e:
        return ("error", e.reason)


def _short(reason: str, path: Path) -> str:
    return reason.replace(f"{path}: ", "").strip()


def _repair(src: str, dst: str, password: str | None) -> None:
    """qpdf (through pikepdf) rebuilds a damaged cross-reference table and rewrites the file."""
    import pikepdf

    with pikepdf.open(src, password=password or "", attempt_recovery=True) as pdf:
        if len(pdf.pages) == 0:
            raise ValueError("no pages recovered")
        pdf.save(dst)


def _kept(store: Path, name: str, fill) -> Path:
    """A file in the documents folder, written once to a temporary name and renamed into place."""
    kept = store / name
    if not kept.exists():
        fd, tmp = tempfile.mkstemp(dir=store, suffix=".part")
        os.close(fd)
        try:
            fill(tmp)
            os.replace(tmp, kept)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
    return kept


def inspect(path: Path, store: Path, doc_id: str, password: str | None, timeout: float | None = None):
    """(pages, title, path to read) — the file itself, or a repaired copy kept next to it by hash."""
    from pipeline import isolate

    timeout = timeout or isolate.OPEN_TIMEOUT

    def child(fn, *args):
        try:
            return isolate.call(fn, *args, timeout=timeout)
        except isolate.ChildError as e:
            return ("error", f"{e.kind}: {e.reason}" if e.kind in ("timeout", "crash") else e.reason)

    got = child(_inspect, str(path), password)
    if got[0] == "ok":
        return got[1], got[2], path
    first = got[1]
    if first.startswith(("encrypted PDF", "absurd page count", "PDF has no pages")):
        raise DocumentError(path, first)
    hint = "" if has_eof_marker(path) else "truncated, no %%EOF marker; "
    repaired = store / f"{doc_id}.repaired.pdf"
    if not repaired.exists():
        fixed = child(_repair_kept, str(path), str(store), repaired.name, password)
        if fixed[0] != "ok":
            raise DocumentError(path, f"damaged PDF that could not be repaired ({hint}{first}; qpdf: {_short(fixed[1], path)})")
    again = child(_inspect, str(repaired), None)
    if again[0] != "ok":
        raise DocumentError(path, f"damaged PDF that could not be repaired ({hint}{first}; after qpdf: {again[1]})")
    return again[1], again[2], repaired


def _repair_kept(src: str, store: str, name: str, password: str | None):
    _kept(Path(store), name, lambda tmp: _repair(src, tmp, password))
    return ("ok",)


def open_document(path: str | os.PathLike, edition: int, data_dir: Path, password: str | None = None,
                  recorded_path: str | None = None) -> Document:
    """recorded_path: the path the store keeps for the document when `path` is its kept copy (a rerun)."""
    path = Path(path)
    sniff(path)
    doc_id = sha256_file(path)
    store = Path(data_dir) / "documents"
    store.mkdir(parents=True, exist_ok=True)
    pages, title, readable = inspect(path, store, doc_id, password)
    kept = _kept(store, f"{doc_id}.pdf", lambda tmp: shutil.copyfile(path, tmp))  # the same bytes kept once
    return Document(doc_id=doc_id, path=recorded_path or str(path), stored_path=str(kept if readable == path else readable),
                    edition=int(edition), title=title or path.stem, pages=pages, bytes=path.stat().st_size,
                    ingested_at=datetime.now(timezone.utc).isoformat(timespec="seconds"))
