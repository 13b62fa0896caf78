"""Decide per page how to read it: the text layer (pdfium, or pdfplumber where only pdfminer decodes) or OCR."""
from __future__ import annotations

from dataclasses import dataclass

CID = "(cid:"


@dataclass
class Route:
    route: str  # pdfplumber | pdfium | tesseract
    chars: int
    bad_glyphs: int
    image_coverage: float  # share of the page area covered by images (0–1)
    has_rules: bool
    note: str = ""


def image_coverage(page) -> float:
    area = float(page.width * page.height) or 1.0
    cov = 0.0
    for im in page.images:
        x0, x1 = max(0, im["x0"]), min(page.width, im["x1"])
        t, b = max(0, im["top"]), min(page.height, im["bottom"])
        if x1 > x0 and b > t:
            cov += (x1 - x0) * (b - t)
    return min(1.0, cov / area)


def classify(page, pdfium_chars: int = 0) -> Route:
    """page: a pdfplumber page; pdfium_chars: characters pdfium decodes on the same page."""
    chars = page.chars
    n = len(chars)
    bad = sum(1 for c in chars if c["text"].startswith(CID) or c["text"] == "\ufffd")
    cov = image_coverage(page)
    rules = bool(page.lines or page.rects)
    if n >= 10 and bad / max(n, 1) < 0.1:
        note = "infographic" if cov > 0.15 else ""
        return Route("pdfplumber", n, bad, cov, rules, note)
    if pdfium_chars >= 10:
        return Route("pdfium", pdfium_chars, bad, cov, rules, "pdfminer could not decode the font")
    return Route("tesseract", n, bad, cov, rules, "no usable text layer")


def bad_glyphs(text: str) -> int:
    """Characters pdfium could not map to Unicode."""
    return sum(1 for ch in text if ch == "\ufffd" or (ord(ch) < 32 and ch not in "\r\n\t"))


def classify_counts(chars: int, bad: int, coverage: float, has_rules: bool) -> Route:
    """The same decision from pdfium's counts: its characters when it decodes the page, else OCR (the
    caller still tries pdfminer before OCR)."""
    if chars >= 10 and bad / max(chars + bad, 1) < 0.1:
        return Route("pdfium", chars, bad, coverage, has_rules, "infographic" if coverage > 0.15 else "")
    return Route("tesseract", chars, bad, coverage, has_rules, "no usable text layer")
