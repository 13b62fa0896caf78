"""Scanned pages: render in memory, clean up with opencv, recognize with tesseract (chi_sim)."""
from __future__ import annotations

import os
import re

import cv2
import numpy as np
import pytesseract

from pipeline.layout import join_words
from schemas.records import Line, Word

DPI = 300
LANG = "chi_sim"
CONFIG = "--psm 3 -c preserve_interword_spaces=1"
MAX_PIXELS = 60_000_000  # a page rendered bigger than this is refused (decompression bombs, absurd sizes)


def render(pdfium_page, dpi: int = DPI) -> np.ndarray:
    w, h = pdfium_page.get_size()
    scale = dpi / 72
    if w * h * scale * scale > MAX_PIXELS:
        scale = (MAX_PIXELS / (w * h)) ** 0.5
    img = pdfium_page.render(scale=scale, grayscale=True).to_numpy()
    if img.ndim == 3:
        img = cv2.cvtColor(img, cv2.COLOR_BGR2GRAY) if img.shape[2] >= 3 else img[:, :, 0]
    return img


def skew_angle(bw: np.ndarray) -> float:
    """Page skew in degrees (positive: the text rises to the right), the median over text-line blobs.

    Whole-page minAreaRect is thrown off by scanner speckle, so each text line is smeared into a
    blob and measured on its own.
    """
    inv = cv2.medianBlur(255 - bw, 3)
    blobs = cv2.dilate(inv, cv2.getStructuringElement(cv2.MORPH_RECT, (31, 3)))
    contours, _ = cv2.findContours(blobs, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    angles = []
    for c in contours:
        (_, _), (w, h), a = cv2.minAreaRect(c)
        if w < h:
            w, h, a = h, w, a - 90
        a = (a + 45) % 90 - 45  # OpenCV's angle convention varies; fold into [-45, 45)
        if w > 400 and h < 80:
            angles.append(-a if abs(a) < 10 else 0.0)
    return float(np.median(angles)) if len(angles) >= 3 else 0.0


def remove_rules(bw: np.ndarray) -> np.ndarray:
    """Erase long horizontal and vertical rules: tesseract drops whole table rows next to grid lines."""
    inv = 255 - bw
    h, w = bw.shape
    horiz = cv2.morphologyEx(inv, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (max(w // 25, 20), 1)))
    vert = cv2.morphologyEx(inv, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, max(h // 40, 20))))
    mask = cv2.dilate(cv2.bitwise_or(horiz, vert), np.ones((3, 3), np.uint8))
    out = bw.copy()
    out[mask > 0] = 255
    return out


def preprocess(gray: np.ndarray) -> np.ndarray:
    """Otsu binarization, deskew, rule removal."""
    _, bw = cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    angle = skew_angle(bw)
    if abs(angle) > 0.05:
        h, w = bw.shape
        rot = cv2.getRotationMatrix2D((w / 2, h / 2), -angle, 1.0)  # undo it
        bw = cv2.warpAffine(bw, rot, (w, h), flags=cv2.INTER_NEAREST, borderValue=255)
    return remove_rules(bw)


def recognize(img: np.ndarray, scale: float, timeout: float = 120) -> list[Line]:
    """Lines in tesseract's reading order; boxes in PDF points (pdfplumber's top-left convention)."""
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    d = pytesseract.image_to_data(img, lang=LANG, config=CONFIG, output_type=pytesseract.Output.DICT,
                                  timeout=timeout)
    groups: dict[tuple, list[Word]] = {}
    for i, text in enumerate(d["text"]):
        text = (text or "").strip()
        if not text:
            continue
        conf = float(d["conf"][i])
        x, y, w, h = d["left"][i], d["top"][i], d["width"][i], d["height"][i]
        key = (d["block_num"][i], d["par_num"][i], d["line_num"][i])
        groups.setdefault(key, []).append(Word(text, x / scale, y / scale, (x + w) / scale, (y + h) / scale,
                                               h / scale, False, max(conf, 0.0)))
    lines = []
    for ws in groups.values():  # dicts keep tesseract's order
        lines.append(Line(squeeze_cjk(join_words(ws)), min(w.x0 for w in ws), min(w.top for w in ws),
                          max(w.x1 for w in ws), max(w.bottom for w in ws), ws, max(w.size for w in ws)))
    return lines


def ocr_page(pdfium_page, dpi: int = DPI) -> list[Line]:
    gray = render(pdfium_page, dpi)
    w_pt, _ = pdfium_page.get_size()
    return recognize(preprocess(gray), gray.shape[1] / w_pt)


_CJK_SPACE = re.compile(r"(?<=[\u3000-\u9fff\uff00-\uffef，。；：、（）])\s+|\s+(?=[\u3000-\u9fff\uff00-\uffef，。；：、（）])")


def squeeze_cjk(text: str) -> str:
    """tesseract puts spaces between CJK characters; a reader does not see them."""
    return _CJK_SPACE.sub("", text)


def read_ocr_page(pdfium_page, page) -> list[Line]:
    """The OCR route of pages.read_page: fills page.kind/confidence/cells, returns lines in reading order."""
    lines = ocr_page(pdfium_page)
    words = [w for l in lines for w in l.words]
    page.kind = "ocr"
    page.confidence = round(sum(w.confidence for w in words) / len(words), 2) if words else 0.0
    return lines


def infographic_lines(pl_page, pdfium_page, page) -> list[Line]:
    """Words inside large images of a text page (infographics), to merge into the page's layout."""
    return []
