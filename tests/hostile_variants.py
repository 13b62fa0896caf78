"""Damaged and hostile PDF variants of the fixtures, generated deterministically from a seed.

Kinds: byte flips, truncations, deleted objects (cut out, or blanked in place), absurd page sizes, a
decompression-bomb image (Flate and CCITT), an endless content stream, a form that draws itself, a lying
page count. Every variant is written into a folder; `variants()` returns (kind, path) pairs.
"""
from __future__ import annotations

import random
import re
import zlib
from pathlib import Path

import pikepdf

ROOT = Path(__file__).resolve().parent.parent
FIX = ROOT / "fixtures" / "pdf"


def _plain(src: Path, dst: Path, pages: list[int] | None = None) -> bytes:
    """A copy without object streams, so objects can be found and deleted by their byte span."""
    with pikepdf.open(src) as pdf:
        if pages:
            out = pikepdf.new()
            for n in pages:
                out.pages.append(pdf.pages[n - 1])
            out.save(dst, object_stream_mode=pikepdf.ObjectStreamMode.disable, deterministic_id=True)
        else:
            pdf.save(dst, object_stream_mode=pikepdf.ObjectStreamMode.disable, deterministic_id=True)
    return dst.read_bytes()


def bases(folder: Path, scanned: bool) -> dict[str, bytes]:
    folder.mkdir(parents=True, exist_ok=True)
    out = {
        "synthetic": _plain(FIX / "report-2024-synthetic.pdf", folder / "base-synthetic.pdf"),
        "pdfium-only": _plain(FIX / "fpdf2-noto-cjk.pdf", folder / "base-fpdf2.pdf"),
        "excerpt": _plain(FIX / "report-2025.pdf", folder / "base-excerpt.pdf", [5, 6, 7]),
    }
    if scanned:
        out["scanned"] = _plain(FIX / "report-2025-scanned.pdf", folder / "base-scanned.pdf", [2])
    return out


def flip(data: bytes, rng: random.Random) -> bytes:
    b = bytearray(data)
    for _ in range(rng.choice([1, 3, 10, 50, 300])):
        i = rng.randrange(len(b))
        b[i] = rng.randrange(256)
    return bytes(b)


def truncate(data: bytes, rng: random.Random) -> bytes:
    return data[: rng.randrange(16, len(data) - 1)]


_OBJ = re.compile(rb"\n(\d+) 0 obj\b.*?endobj", re.S)


def delete_objects(data: bytes, rng: random.Random) -> bytes:
    spans = [m.span() for m in _OBJ.finditer(data)]
    picks = sorted(rng.sample(spans, min(len(spans), rng.choice([1, 1, 2, 5]))), reverse=True)
    b = bytearray(data)
    blank = rng.random() < 0.5  # blanked: offsets stay right, the object is gone; cut: offsets all wrong
    for s, e in picks:
        b[s + 1:e] = b" " * (e - s - 1) if blank else b""
    return bytes(b)


def _text_page(pdf: pikepdf.Pdf, box, text: bytes = b"(2025 R&D 1234.5) Tj") -> pikepdf.Page:
    font = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1,
                                                BaseFont=pikepdf.Name.Helvetica))
    content = b"BT /F1 12 Tf 72 700 Td " + text + b" ET"
    page = pikepdf.Page(pikepdf.Dictionary(Type=pikepdf.Name.Page, MediaBox=box,
                                           Resources=pikepdf.Dictionary(Font=pikepdf.Dictionary(F1=font)),
                                           Contents=pdf.make_stream(content)))
    return page


def absurd_size(path: Path, rng: random.Random) -> None:
    side = rng.choice([1e5, 1e7, 3.4e38, -5000, 0])
    box = rng.choice([[0, 0, side, side], [0, 0, 612, side], [0, 0, side, 792]])
    pdf = pikepdf.new()
    pdf.pages.append(_text_page(pdf, [0, 0, 612, 792]))
    pdf.pages.append(_text_page(pdf, box))
    pdf.save(path, deterministic_id=True)


def _deflate_zeros(n: int) -> bytes:
    """zlib stream of n zero bytes, built by repeating one fully flushed block (fast for gigabytes)."""
    chunk = 1 << 22
    assert n % chunk == 0
    c = zlib.compressobj(9)
    head_body = c.compress(b"\0" * chunk) + c.flush(zlib.Z_FULL_FLUSH)
    head, body = head_body[:2], head_body[2:]
    tail = c.flush(zlib.Z_FINISH)[:-4]  # final empty block, without the checksum of one chunk
    adler = (1 + 0) | ((n % 65521) << 16)  # adler32 of n zero bytes: a = 1, b = n
    return head + body * (n // chunk) + tail + adler.to_bytes(4, "big")


def bomb(path: Path, kind: str) -> None:
    """One page that is only an image whose decoded size is gigabytes."""
    pdf = pikepdf.new()
    if kind == "flate":
        w = h = 1 << 15  # 1 GiB of 8-bit gray
        data = _deflate_zeros(w * h)
        img = pdf.make_stream(data)
        img.stream_dict = pikepdf.Dictionary(Type=pikepdf.Name.XObject, Subtype=pikepdf.Name.Image, Width=w,
                                             Height=h, ColorSpace=pikepdf.Name.DeviceGray, BitsPerComponent=8,
                                             Filter=pikepdf.Name.FlateDecode)
    else:  # CCITT G4: an all-white row is one bit (V0), so 200000 rows fit in 25 kB and decode to 5 GB
        w = h = 200_000
        img = pdf.make_stream(b"\xff" * (h // 8))
        img.stream_dict = pikepdf.Dictionary(
            Type=pikepdf.Name.XObject, Subtype=pikepdf.Name.Image, Width=w, Height=h,
            ColorSpace=pikepdf.Name.DeviceGray, BitsPerComponent=1, Filter=pikepdf.Name.CCITTFaxDecode,
            DecodeParms=pikepdf.Dictionary(K=-1, Columns=w, Rows=h))
    page = pikepdf.Page(pikepdf.Dictionary(
        Type=pikepdf.Name.Page, MediaBox=[0, 0, 595, 842],
        Resources=pikepdf.Dictionary(XObject=pikepdf.Dictionary(Im0=img)),
        Contents=pdf.make_stream(b"q 595 0 0 842 0 0 cm /Im0 Do Q")))
    pdf.pages.append(page)
    pdf.save(path, deterministic_id=True, compress_streams=False,
             stream_decode_level=pikepdf.StreamDecodeLevel.none)


def endless(path: Path, kind: str) -> None:
    """A content stream with millions of operators, or a form XObject that draws itself."""
    pdf = pikepdf.new()
    pdf.pages.append(_text_page(pdf, [0, 0, 612, 792]))
    if kind == "ops":
        ops = b"BT /F1 1 Tf 10 10 Td (9) Tj ET 0 0 m 1 1 l S\n" * 3_000_000
        content = pdf.make_stream(zlib.compress(ops, 9))
        content.stream_dict = pikepdf.Dictionary(Filter=pikepdf.Name.FlateDecode)
        page = _text_page(pdf, [0, 0, 612, 792])
        page.obj.Contents = content
    else:
        form = pdf.make_stream(b"/Fm0 Do")
        form.stream_dict = pikepdf.Dictionary(Type=pikepdf.Name.XObject, Subtype=pikepdf.Name.Form,
                                              BBox=[0, 0, 612, 792])
        form.stream_dict.Resources = pikepdf.Dictionary(XObject=pikepdf.Dictionary(Fm0=form))
        page = _text_page(pdf, [0, 0, 612, 792], b"(1234) Tj ET /Fm0 Do BT")
        page.obj.Resources.XObject = pikepdf.Dictionary(Fm0=form)
    pdf.pages.append(page)
    pdf.save(path, deterministic_id=True, compress_streams=False,
             stream_decode_level=pikepdf.StreamDecodeLevel.none)


def lying_count(path: Path) -> None:
    pdf = pikepdf.new()
    pdf.pages.append(_text_page(pdf, [0, 0, 612, 792]))
    pdf.Root.Pages.Count = 10**9
    pdf.save(path, deterministic_id=True)


def variants(folder: Path, n: int, seed: int = 8, scanned: bool = False) -> list[tuple[str, Path]]:
    """n damaged variants (at least one of each kind), the same files for the same seed."""
    rng = random.Random(seed)
    src = bases(folder / "bases", scanned)
    out: list[tuple[str, Path]] = []
    special = [("bomb-flate", lambda p: bomb(p, "flate")), ("bomb-ccitt", lambda p: bomb(p, "ccitt")),
               ("endless-ops", lambda p: endless(p, "ops")), ("endless-form", lambda p: endless(p, "form")),
               ("lying-count", lying_count)]
    for kind, make in special:
        p = folder / f"{kind}.pdf"
        make(p)
        out.append((kind, p))
    mutators = [("flip", flip), ("truncate", truncate), ("delete", delete_objects)]
    i = 0
    while len(out) < n:
        i += 1
        if i % 10 == 0:
            kind, p = "absurd-size", folder / f"{i:04d}-absurd-size.pdf"
            absurd_size(p, rng)
        else:
            base = rng.choice(sorted(src))
            kind, fn = rng.choice(mutators)
            p = folder / f"{i:04d}-{kind}-{base}.pdf"
            p.write_bytes(fn(src[base], rng))
        out.append((kind, p))
    return out
