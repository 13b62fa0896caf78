"""Scanned pages: render in memory, clean up with opencv, recognize with an OCR engine (tesseract chi_sim).

Steps, each measured by bench/ocr.py: render (pypdfium2, 300 dpi, grayscale) → Otsu → deskew (median
angle of text-line blobs) → ruled tables found and their rules erased (tesseract drops whole rows next
to grid lines; the grid gives the cells) → engine on the page without its tables (psm 3; hOCR: words,
boxes, word and character confidences) → table cells cut out, stacked and read in one call (psm 6) →
a second look at ink no line covers (page numbers, lone figures) → ASCII quotes next to CJK curled →
words split where CJK meets Latin/digits, so a number is a word of its own whose confidence is its
least certain digit → lines in the engine's reading order, table rows (tab-joined cells) where the
table stands. Boxes go back to PDF points through the deskew rotation.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field

import cv2
import numpy as np

from pipeline import ocr_tables
from pipeline.layout import join_words
from pipeline.ocr_engine import Engine, OcrWord, default_engine
from schemas import data_file
from schemas.records import Line, TableCell, Word

DPI = 300
MAX_PIXELS = 60_000_000  # a page rendered bigger than this is refused (decompression bombs, absurd sizes)
STEPS = ("otsu", "deskew", "rules", "missed")  # bench/ocr.py switches them off one by one


def render(pdfium_page, dpi: int = DPI) -> np.ndarray:
    w, h = pdfium_page.get_size()
    scale = dpi / 72
    if w * h * scale * scale > MAX_PIXELS:
        scale = (MAX_PIXELS / (w * h)) ** 0.5
    img = pdfium_page.render(scale=scale, grayscale=True).to_numpy()
    if img.ndim == 3:
        img = cv2.cvtColor(img, cv2.COLOR_BGR2GRAY) if img.shape[2] >= 3 else img[:, :, 0]
    return np.ascontiguousarray(img)


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


def rule_masks(bw: np.ndarray, page_shape: tuple[int, int] | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Long horizontal and vertical strokes (table rules) of a binary page, as two masks.

    Lengths are fractions of the page (page_shape when bw is a crop): a crop's own size would take
    the strokes of large digits for rules."""
    inv = 255 - bw
    h, w = page_shape or bw.shape
    horiz = cv2.morphologyEx(inv, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (max(w // 25, 20), 1)))
    vert = cv2.morphologyEx(inv, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, max(h // 40, 20))))
    return horiz, vert


def remove_rules(bw: np.ndarray, horiz: np.ndarray, vert: np.ndarray) -> np.ndarray:
    """Erase rules: tesseract drops whole table rows next to grid lines."""
    mask = cv2.dilate(cv2.bitwise_or(horiz, vert), np.ones((5, 5), np.uint8))
    out = bw.copy()
    out[mask > 0] = 255
    return out


SOFT = 20.0  # mid-grey pixels per dark pixel above which a scan counts as blurred (sharp scans: 5–9, 200 dpi q45: 50–110)


def softness(gray: np.ndarray) -> float:
    g = cv2.medianBlur(gray, 3)
    return float(((g > 60) & (g < 180)).sum()) / max(int((g <= 60).sum()), 1)


def binarize(gray: np.ndarray) -> np.ndarray:
    """Otsu; a blurred scan is sharpened first (unsharp mask), or its strokes come out thick and
    close digits run together (11 → 14)."""
    if softness(gray) > SOFT:
        gray = cv2.addWeighted(gray, 1.8, cv2.GaussianBlur(gray, (0, 0), 2), -0.8, 0)
    _, bw = cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    return bw


def deskew(img: np.ndarray, angle: float) -> np.ndarray:
    h, w = img.shape
    rot = cv2.getRotationMatrix2D((w / 2, h / 2), -angle, 1.0)  # undo it
    return cv2.warpAffine(img, rot, (w, h), flags=cv2.INTER_LINEAR, borderValue=255)


def preprocess(gray: np.ndarray, steps=STEPS) -> tuple[np.ndarray, list[ocr_tables.Grid], float]:
    """The engine's input image, the table grids found on it (pixels) and the skew undone (degrees).

    The grey page is rotated (interpolated) and then binarized: rotating the binary image instead
    leaves jagged rules that survive rule removal and jagged glyphs at 200 dpi.
    """
    angle = 0.0
    if "deskew" in steps:
        angle = skew_angle(binarize(gray))
        if abs(angle) > 0.05:
            gray = deskew(gray, angle)
        else:
            angle = 0.0
    img = binarize(gray) if "otsu" in steps else gray
    grids: list[ocr_tables.Grid] = []
    if "rules" in steps:
        bw = img if "otsu" in steps else binarize(img)
        horiz, vert = rule_masks(bw)
        grids = ocr_tables.find_grids(horiz, vert)
        img = remove_rules(img, horiz, vert)
    return img, grids, angle


_CJK_CHAR = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef，。；：、！？（）《》“”‘’]")


def split_word(w: OcrWord) -> list[tuple[str, tuple, float]]:
    """A tesseract word cut where CJK meets Latin or digits: (text, pixel box, confidence) per piece.

    A piece's confidence is its lowest character confidence (the word's own when the engine gives
    no characters), so "合计39.13亿元" yields "39.13" with the certainty of its least certain digit.
    """
    if not w.chars:
        return [(w.text, w.box, w.conf)]
    pieces: list[list] = []
    for c in w.chars:
        cjk = bool(_CJK_CHAR.match(c.text))
        if pieces and pieces[-1][0] == cjk and not cjk:
            pieces[-1][1].append(c)
        else:
            pieces.append([cjk, [c]])
    if len(pieces) == 1 and not pieces[0][0]:
        return [(w.text, w.box, min(c.conf for c in w.chars))]
    out = []
    for _, cs in pieces:
        box = (min(c.box[0] for c in cs), w.box[1], max(c.box[2] for c in cs), w.box[3])
        out.append(("".join(c.text for c in cs), box, min(c.conf for c in cs)))
    return out


class Frame:
    """Maps engine pixels (deskewed image) back to PDF points on the page as printed."""

    def __init__(self, scale: float, dx: float = 0.0, dy: float = 0.0, angle: float = 0.0,
                 size: tuple[int, int] = (0, 0)):
        self.scale, self.dx, self.dy = scale, dx, dy
        self.inv = None
        if angle:
            h, w = size
            self.inv = cv2.invertAffineTransform(cv2.getRotationMatrix2D((w / 2, h / 2), -angle, 1.0))

    def box(self, x0, y0, x1, y1) -> tuple[float, float, float, float]:
        if self.inv is not None:  # move the box with its centre; its size is kept
            cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
            ox, oy = self.inv @ np.array([cx, cy, 1.0])
            x0, x1, y0, y1 = x0 + ox - cx, x1 + ox - cx, y0 + oy - cy, y1 + oy - cy
        s = self.scale
        return (round(self.dx + x0 / s, 2), round(self.dy + y0 / s, 2), round(self.dx + x1 / s, 2),
                round(self.dy + y1 / s, 2))


def to_words(ws: list[OcrWord], frame: Frame) -> list[Word]:
    out = []
    for w in ws:
        for text, box, conf in split_word(w):
            x0, t, x1, b = frame.box(*box)
            out.append(Word(text, x0, t, x1, b, round((w.box[3] - w.box[1]) / frame.scale, 2), False,
                            round(max(conf, 0.0), 2)))
    return out


def make_line(ws: list[Word], text: str | None = None) -> Line:
    return Line(text if text is not None else squeeze_cjk(join_words(ws)), min(w.x0 for w in ws),
                min(w.top for w in ws), max(w.x1 for w in ws), max(w.bottom for w in ws), ws,
                max(w.size for w in ws))


def group_lines(ws: list[OcrWord], frame: Frame) -> list[Line]:
    """Lines in the engine's reading order; boxes in PDF points (pdfplumber's top-left convention)."""
    groups: dict[tuple, list[OcrWord]] = {}
    for w in ws:
        groups.setdefault(w.line, []).append(w)
    return [make_line(to_words(g, frame)) for g in groups.values()]


@dataclass
class OcrTable:
    """A ruled table read from an image: its grid and each cell's words (PDF points, engine line key)."""
    grid: ocr_tables.Grid
    frame: Frame
    words: dict[tuple[int, int], list[tuple[tuple, Word]]] = field(default_factory=dict)

    def _lines(self, r: int, c: int) -> list[list[Word]]:
        groups: dict[tuple, list[Word]] = {}
        for key, w in self.words.get((r, c), []):
            groups.setdefault(key, []).append(w)
        return [sorted(g, key=lambda w: w.x0) for g in sorted(groups.values(), key=lambda g: min(w.top for w in g))]

    def text(self, r: int, c: int) -> str:
        """A cell's lines joined without breaks (as text-layer cells are)."""
        return "".join(squeeze_cjk(join_words(g)) for g in self._lines(r, c))

    def cells(self, doc_id: str, page: int, table_id: str) -> list[TableCell]:
        nrows = len(self.grid.ys) - 1
        return [TableCell(doc_id, page, table_id, r, c, self.text(r, c), *self.frame.box(x0, y0, x1, y1),
                          is_header=(r == 0 and nrows > 1))
                for r, c, x0, y0, x1, y1 in self.grid.spans()]

    def row_lines(self) -> list[Line]:
        """One line per row, cells joined by tabs (as the page reader joins text-layer table rows)."""
        out = []
        for r in range(len(self.grid.ys) - 1):
            keys = sorted(k for k in self.words if k[0] == r)
            ws = [w for k in keys for g in self._lines(*k) for w in g]
            if ws:
                out.append(make_line(ws, "\t".join(t for k in keys if (t := self.text(*k)))))
        return out


GAP = 40  # white pixels between stacked crops: tesseract keeps them apart as separate lines


def read_stacked(img: np.ndarray, boxes: list[tuple[int, int, int, int]], engine: Engine) -> list[tuple[int, OcrWord]]:
    """Crops of img stacked one under another and read in one engine call: (crop index, word in img pixels).

    One call per page or table instead of one per crop (tesseract's start-up costs more than a small
    crop); blank crops are skipped.
    """
    crops, places = [], []
    for k, (x0, y0, x1, y1) in enumerate(boxes):
        x0, y0 = max(int(x0), 0), max(int(y0), 0)
        crop = img[y0:int(y1), x0:int(x1)]
        if crop.size == 0 or crop.min() > 127:
            continue
        crops.append(crop)
        places.append((k, x0, y0))
    if not crops:
        return []
    width = max(c.shape[1] for c in crops) + 2 * GAP
    height = sum(c.shape[0] for c in crops) + GAP * (len(crops) + 1)
    stack = np.full((height, width), 255, np.uint8)
    spans, y = [], GAP
    for crop in crops:
        stack[y:y + crop.shape[0], GAP:GAP + crop.shape[1]] = crop
        spans.append((y, y + crop.shape[0]))
        y += crop.shape[0] + GAP
    out = []
    for w in engine.read(stack):
        cy = (w.box[1] + w.box[3]) / 2
        i = next((i for i, (a, b) in enumerate(spans) if a - GAP / 2 <= cy < b + GAP / 2), None)
        if i is None:
            continue
        k, x0, y0 = places[i]
        dx, dy = x0 - GAP, y0 - spans[i][0]
        w.box = (w.box[0] + dx, w.box[1] + dy, w.box[2] + dx, w.box[3] + dy)
        for ch in w.chars:
            ch.box = (ch.box[0] + dx, ch.box[1] + dy, ch.box[2] + dx, ch.box[3] + dy)
        out.append((k, w))
    return out


CELL_MARGIN = 8  # pixels


def read_cells(img: np.ndarray, grid: ocr_tables.Grid, engine: Engine) -> list[tuple[tuple[int, int], OcrWord]]:
    """A table's cells read stacked (psm 6), each cell its own lines.

    Read in place, tesseract drops short numbers in narrow columns (psm 3) or runs the lines of
    neighbouring multi-line cells together (psm 6 on the whole table).
    """
    spans = list(grid.spans())
    m = CELL_MARGIN  # inside the rules: what is left of a rule at a cell's edge reads as 一 or |
    boxes = [(x0 + m, y0 + m, x1 - m, y1 - m) for _, _, x0, y0, x1, y1 in spans]
    return [(spans[k][:2], w) for k, w in read_stacked(img, boxes, engine)]


def missed_ink(img: np.ndarray, words: list[OcrWord]) -> list[tuple[int, int, int, int]]:
    """Boxes of text-like ink no word covers: layout analysis skips lone short items (a page number,
    a figure standing by itself), so they get a second look."""
    hs = sorted(w.box[3] - w.box[1] for w in words)
    if not hs:
        return []
    h = hs[len(hs) // 2]
    ink = cv2.medianBlur(np.where(img < 128, 255, 0).astype(np.uint8), 3)
    lines: dict[tuple, list[int]] = {}
    for w in words:  # word boxes do not quite cover their glyphs; line boxes (padded) do
        b = lines.setdefault(w.line, list(w.box))
        b[:] = [min(b[0], w.box[0]), min(b[1], w.box[1]), max(b[2], w.box[2]), max(b[3], w.box[3])]
    for x0, y0, x1, y1 in lines.values():
        ink[max(y0 - h // 3, 0):y1 + h // 3, max(x0 - h, 0):x1 + h] = 0
    blobs = cv2.dilate(ink, cv2.getStructuringElement(cv2.MORPH_RECT, (max(h // 2, 3), max(h // 4, 1))))
    n, _, stats, _ = cv2.connectedComponentsWithStats(blobs)
    out = []
    for i in range(1, n):
        x, y, bw, bh, area = stats[i]
        if 0.5 * h <= bh <= 2.5 * h and bw >= 0.3 * h and area >= 0.15 * bw * bh:
            out.append((x - h // 3, y - h // 4, x + bw + h // 3, y + bh + h // 4))
    return out


_QUOTE = set("\"'`")


def curl_quotes(words: list[OcrWord]) -> None:
    """chi_sim reads the report's “ ” as ASCII quotes; next to CJK they are turned back, alternating
    open and close (real curly quotes reset the alternation)."""
    chars = [c for w in words for c in w.chars]
    opened = False
    for i, c in enumerate(chars):
        if c.text in "“‘":
            opened = True
        elif c.text in "”’":
            opened = False
        elif c.text in _QUOTE:
            prev = chars[i - 1].text if i else ""
            nxt = chars[i + 1].text if i + 1 < len(chars) else ""
            if _CJK_CHAR.match(prev[-1:] or "a") or _CJK_CHAR.match(nxt[:1] or "a"):
                c.text = "”" if opened else "“"
                opened = not opened
    for w in words:
        if w.chars:
            w.text = "".join(c.text for c in w.chars)


def _glyph_rules() -> list[tuple[str, str, re.Pattern | None, re.Pattern | None]]:
    with open(data_file("ocr_glyphs.csv"), encoding="utf-8") as f:
        return [(r["read"], r["meant"], re.compile(r["before"]) if r["before"] else None,
                 re.compile(r["after"]) if r["after"] else None) for r in csv.DictReader(f)]


GLYPHS = _glyph_rules()


def mend_glyphs(words: list[OcrWord]) -> None:
    """chi_sim's confusions that only a figure's neighbourhood gives away (a range's dash read as 一, 千 as 干,
    倍 as 售), mended one character for one so boxes stay put; the rules are data (schemas/ocr_glyphs.csv)."""
    chars = [c for w in words for c in w.chars]
    for i, c in enumerate(chars):
        for read, meant, before, after in GLYPHS:
            if c.text != read:
                continue
            prev = chars[i - 1].text[-1:] if i else ""
            nxt = chars[i + 1].text[:1] if i + 1 < len(chars) else ""
            if (before is None or before.fullmatch(prev)) and (after is None or after.fullmatch(nxt)):
                c.text = meant
                break
    for w in words:
        if w.chars:
            w.text = "".join(c.text for c in w.chars)


MIN_CONF_MISSED = 60  # a second look at leftover ink keeps only what it reads with some certainty


def recognize(pdfium_page, steps=STEPS, engine: Engine | None = None, table_engine: Engine | None = None,
              dpi: int = DPI):
    """(lines, tables): the whole OCR of one page; ruled tables are cut out and read cell by cell,
    ink the page pass left unread gets a second look."""
    gray = render(pdfium_page, dpi)
    w_pt, _ = pdfium_page.get_size()
    img, grids, angle = preprocess(gray, steps)
    frame = Frame(gray.shape[1] / w_pt, angle=angle, size=img.shape)
    page_img = img.copy()
    for g in grids:
        x0, y0, x1, y1 = g.box
        page_img[y0:y1 + 1, x0:x1 + 1] = 255
    words = (engine or default_engine(3)).read(page_img)
    cells = [read_cells(img, g, table_engine or default_engine(6)) for g in grids]
    if "missed" in steps:
        more = [w for _, w in read_stacked(page_img, missed_ink(page_img, words), table_engine or default_engine(6))
                if w.conf >= MIN_CONF_MISSED]
        for k, w in enumerate(more):
            w.line = ("missed", k)
        words += more
    curl_quotes(words)
    mend_glyphs(words)
    tables = [OcrTable(g, frame) for g in grids]
    for t, cs in zip(tables, cells):
        curl_quotes([w for _, w in cs])
        mend_glyphs([w for _, w in cs])
        for rc, w in cs:
            t.words.setdefault(rc, []).extend((w.line, x) for x in to_words([w], frame))
    lines = group_lines([w for w in words if w.line[0] != "missed"], frame)
    for extra in group_lines([w for w in words if w.line[0] == "missed"], frame):
        i = next((i for i, l in enumerate(lines) if l.top > extra.top), len(lines))
        lines.insert(i, extra)
    # each table's rows go where the page's reading order reaches the table's top
    for t in sorted(tables, key=lambda t: -t.grid.ys[0]):
        top = frame.box(*t.grid.box)[1]
        i = next((i for i, l in enumerate(lines) if l.top > top), len(lines))
        lines[i:i] = t.row_lines()
    return lines, tables


# a dash between figures (18 — 65岁) stands as tight as CJK does
_CJK_SPACE = re.compile(r"(?<=[\u3000-\u9fff\uff00-\uffef，。；：、（）\u2013\u2014])[ ]+|[ ]+(?=[\u3000-\u9fff\uff00-\uffef，。；：、（）\u2013\u2014])")


def squeeze_cjk(text: str) -> str:
    """tesseract puts spaces between CJK characters and around dashes; a reader does not see them."""
    return _CJK_SPACE.sub("", text)


def read_ocr_page(pdfium_page, page, engine: Engine | None = None, table_engine: Engine | None = None) -> list[Line]:
    """The OCR route of pages.read_page: fills page.kind/confidence/cells, returns lines in reading order.

    page.confidence is the mean word confidence; each Word keeps its own (numbers: their least
    certain digit), which the claims stage uses for digit doubt.
    """
    lines, tables = recognize(pdfium_page, engine=engine, table_engine=table_engine)
    words = [w for l in lines for w in l.words]
    page.kind = "ocr"
    page.confidence = round(sum(w.confidence for w in words) / len(words), 2) if words else 0.0
    page.cells = [c for k, t in enumerate(tables) for c in t.cells(page.doc_id, page.page, f"p{page.page}t{k + 1}")]
    return lines


MIN_IMAGE_SHARE = 0.05  # of the page area: smaller images are logos and photos, not figures


def infographic_lines(pl_page, pdfium_page, page, engine: Engine | None = None,
                      table_engine: Engine | None = None) -> list[Line]:
    """Words inside large images of a text page (infographics), in PDF points, to merge into its layout."""
    W, H = float(pl_page.width), float(pl_page.height)
    boxes = []
    for im in pl_page.images:
        x0, x1 = max(0.0, float(im["x0"])), min(W, float(im["x1"]))
        t, b = max(0.0, float(im["top"])), min(H, float(im["bottom"]))
        if (x1 - x0) * (b - t) >= MIN_IMAGE_SHARE * W * H:
            boxes.append((x0, t, x1, b))
    if not boxes:
        return []
    gray = render(pdfium_page)
    scale = gray.shape[1] / W
    out: list[Line] = []
    for x0, t, x1, b in boxes:
        crop = gray[int(t * scale):int(np.ceil(b * scale)), int(x0 * scale):int(np.ceil(x1 * scale))]
        if crop.size == 0:
            continue
        bw = binarize(crop)
        if np.mean(bw) < 128:  # light text on a dark ground
            bw = 255 - bw
        horiz, vert = rule_masks(bw, gray.shape)
        img = remove_rules(bw, horiz, vert)
        frame = Frame(scale, int(x0 * scale) / scale, int(t * scale) / scale)
        # framed panels (one figure and its label each) are read panel by panel, as table cells are:
        # read as one page, tesseract runs side-by-side panels into one line
        grids = ocr_tables.find_grids(horiz, vert)
        rest = img.copy()
        for g in grids:
            gx0, gy0, gx1, gy1 = g.box
            rest[gy0:gy1 + 1, gx0:gx1 + 1] = 255
        words = (engine or default_engine()).read(rest) if rest.min() < 128 else []
        for k, g in enumerate(grids):
            for (r, c), w in read_cells(img, g, table_engine or default_engine(6)):
                w.line = ("panel", k, r, c) + tuple(w.line)
                words.append(w)
        curl_quotes(words)
        out += group_lines(words, frame)
    return out
