"""OCR engines behind one small interface, and a cache of their output keyed by image hash.

An engine turns a prepared page image into words with pixel boxes, word confidences and, where the
engine has them, per-character confidences (the source of digit doubt). The cache keeps that output
as JSON under $REPORTPIPE_CACHE/ocr (default ~/.cache/reportpipe/ocr) so tests and reruns do not
re-OCR an image they have seen; the key covers the image bytes and the engine's full configuration.
"""
from __future__ import annotations

import hashlib
import html
import json
import os
import re
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Protocol

import numpy as np


@dataclass
class OcrChar:
    text: str
    box: tuple[int, int, int, int]  # x0, y0, x1, y1 in image pixels
    conf: float  # 0–100


@dataclass
class OcrWord:
    text: str
    box: tuple[int, int, int, int]
    conf: float
    line: tuple[int, int, int]  # (block, paragraph, line): the engine's own grouping
    chars: list[OcrChar] = field(default_factory=list)


class Engine(Protocol):
    key: str  # engine, version and configuration: part of the cache key

    def read(self, img: np.ndarray) -> list[OcrWord]: ...


_TOKEN = re.compile(
    r"<p class='ocr_par' id='par_\d+_(?P<par>\d+)'"
    r"|<span class='ocr_(?:line|caption|textfloat|header)' id='line_\d+_(?P<line>\d+)'"
    r"|<span class='ocrx_word'[^>]*title='bbox (?P<wb>\d+ \d+ \d+ \d+); x_wconf (?P<wc>-?\d+)'>"
    r"|<span class='ocrx_cinfo' title='x_bboxes (?P<cb>-?\d+ -?\d+ -?\d+ -?\d+); x_conf (?P<cc>[\d.]+)'>(?P<ch>.*?)</span>",
    re.S)


def parse_hocr(text: str) -> list[OcrWord]:
    """Words (with character boxes and confidences) from tesseract's hOCR with hocr_char_boxes=1."""
    out: list[OcrWord] = []
    par = line = 0
    for m in _TOKEN.finditer(text):
        if m.group("par") is not None:
            par = int(m.group("par"))
        elif m.group("line") is not None:
            line = int(m.group("line"))
        elif m.group("wb") is not None:
            out.append(OcrWord("", tuple(map(int, m.group("wb").split())), max(float(m.group("wc")), 0.0),
                               (0, par, line)))
        elif out:
            ch = html.unescape(m.group("ch"))
            out[-1].chars.append(OcrChar(ch, tuple(map(int, m.group("cb").split())), float(m.group("cc"))))
            out[-1].text += ch
    return [w for w in out if w.text.strip()]


class TesseractEngine:
    """tesseract via pytesseract's hOCR output (one pass: words, boxes, word and character confidences)."""

    def __init__(self, lang: str = "chi_sim", psm: int = 3, extra: str = "-c preserve_interword_spaces=1",
                 timeout: float = 120):
        import pytesseract
        self.lang, self.psm, self.extra, self.timeout = lang, psm, extra, timeout
        self.config = f"--psm {psm} {extra} -c hocr_char_boxes=1"
        self.key = f"tesseract {pytesseract.get_tesseract_version()} {lang} {self.config}"

    def read(self, img: np.ndarray) -> list[OcrWord]:
        import pytesseract
        os.environ.setdefault("OMP_THREAD_LIMIT", "1")  # one process per core beats tesseract's threads
        h = pytesseract.image_to_pdf_or_hocr(img, lang=self.lang, config=self.config, extension="hocr",
                                             timeout=self.timeout)
        return parse_hocr(h.decode("utf-8"))


class NullEngine:
    """Reads nothing: for runs that must not depend on an OCR engine (and for tests of the plumbing)."""
    key = "null"

    def read(self, img: np.ndarray) -> list[OcrWord]:
        return []


def cache_dir() -> Path:
    base = os.environ.get("REPORTPIPE_CACHE")
    return (Path(base) if base else Path.home() / ".cache" / "reportpipe") / "ocr"


class CachedEngine:
    """Wraps an engine; output stored by sha256 of (engine key, image shape, image bytes)."""

    def __init__(self, engine: Engine, folder: Path | None = None):
        self.engine, self.folder = engine, folder
        self.key = engine.key
        self.hits = self.misses = 0

    def _path(self, img: np.ndarray) -> Path:
        h = hashlib.sha256(f"{self.engine.key}|{img.shape}|{img.dtype}".encode())
        h.update(np.ascontiguousarray(img).tobytes())
        d = h.hexdigest()
        return (self.folder or cache_dir()) / d[:2] / f"{d}.json"

    def read(self, img: np.ndarray) -> list[OcrWord]:
        p = self._path(img)
        try:
            data = json.loads(p.read_text(encoding="utf-8"))
            self.hits += 1
            return [OcrWord(w["text"], tuple(w["box"]), w["conf"], tuple(w["line"]),
                            [OcrChar(c["text"], tuple(c["box"]), c["conf"]) for c in w["chars"]]) for w in data]
        except (OSError, ValueError, KeyError, TypeError):
            pass
        self.misses += 1
        words = self.engine.read(img)
        try:  # write-then-rename: parallel workers never see half a file
            p.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=p.parent, suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump([asdict(w) for w in words], f, ensure_ascii=False)
            os.replace(tmp, p)
        except OSError:
            pass  # a read-only cache only costs time
        return words


_DEFAULT: dict[tuple, Engine] = {}


def default_engine(psm: int = 3, lang: str = "chi_sim") -> Engine:
    """tesseract (page segmentation mode psm) with the cache; REPORTPIPE_OCR_CACHE=0 turns the cache
    off, REPORTPIPE_OCR=null the engine."""
    if (psm, lang) not in _DEFAULT:
        eng: Engine = (NullEngine() if os.environ.get("REPORTPIPE_OCR") == "null"
                       else TesseractEngine(lang=lang, psm=psm))
        _DEFAULT[psm, lang] = eng if os.environ.get("REPORTPIPE_OCR_CACHE", "1") == "0" else CachedEngine(eng)
    return _DEFAULT[psm, lang]
