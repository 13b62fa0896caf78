"""Words, rules and tables from a page's text layer: pypdfium2 characters (pdfplumber's only where pdfminer alone
decodes the font), ruled tables via pdfplumber's TableFinder on the page's thin rules, whitespace-aligned tables."""
from __future__ import annotations

import ctypes
from bisect import bisect_left, bisect_right
import re

import pypdfium2.raw as pdfium_c
from pdfplumber.table import TableFinder

from schemas.records import TableCell, Word

BOLD = re.compile(r"bold|black|heavy|demi|semibold|-B$|,B", re.I)


def plumber_words(page) -> list[Word]:
    ws = page.extract_words(x_tolerance=1.5, y_tolerance=2, keep_blank_chars=False, use_text_flow=False,
                            extra_attrs=["size", "fontname"])
    return [Word(text, float(w["x0"]), float(w["top"]), float(w["x1"]), float(w["bottom"]),
                 float(w["size"]), bool(BOLD.search(w["fontname"] or ""))) for w in ws
            if (text := clean(w["text"]))]


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\ufffe\uffff]")


def clean(text: str) -> str:
    """Glyphs the font maps to control characters print as nothing (a missing emoji, a stray NUL)."""
    return _CONTROL.sub("", text)


def pdfium_words(pdfium_page, height: float, textpage=None, walls: list[dict] = ()) -> list[Word]:
    """Characters, boxes, sizes and font names from pdfium (~20x faster than pdfminer), grouped into words
    the way pdfplumber does: a break at whitespace, at a gap wider than 1.5 pt, or where the text jumps
    back or to another line. Boxes are pdfium's loose (font-height) boxes, in pdfplumber's top-left frame.

    walls: vertical rules; a word also breaks where one passes between two characters (a right-aligned
    -45.10% set 1 pt from the rule before the next cell's 主要是… is two cells' text, not one word)."""
    tp = textpage or pdfium_page.get_textpage()
    # the rules as (x, top, bottom), sorted by x: every joined character asks whether one stands in its gap
    walls = sorted(((v["x0"] + v["x1"]) / 2, v["top"], v["bottom"]) for v in walls)
    wall_xs = [w[0] for w in walls]
    buf = ctypes.create_string_buffer(128)
    flags = ctypes.c_int()
    fonts: dict[str, bool] = {}
    words: list[Word] = []
    cur = None
    try:
        for i in range(tp.count_chars()):
            u = pdfium_c.FPDFText_GetUnicode(tp.raw, i)
            ch = chr(u) if 0 < u < 0x110000 else ""
            if not ch or ch.isspace() or _CONTROL.match(ch) or ch == "\ufffe":
                cur = None
                continue
            l, b, r, t = tp.get_charbox(i, loose=True)
            top, bottom = height - t, height - b
            size = pdfium_c.FPDFText_GetFontSize(tp.raw, i)
            pdfium_c.FPDFText_GetFontInfo(tp.raw, i, buf, 128, ctypes.byref(flags))
            name = buf.value.decode("latin-1", "replace")
            bold = fonts.get(name)
            if bold is None:
                bold = fonts[name] = bool(BOLD.search(name))
            if (cur is not None and abs(cur.bottom - bottom) < 0.5 * size and -0.15 * size <= l - cur.x1 <= 1.5
                    and cur.bold == bold and not _walled(walls, wall_xs, cur.x1, l, top, bottom)):
                cur.text += ch
                cur.x1, cur.top, cur.bottom = max(cur.x1, r), min(cur.top, top), max(cur.bottom, bottom)
            else:
                cur = Word(ch, l, top, r, bottom, round(size, 2), bold)
                words.append(cur)
    finally:
        if textpage is None:
            tp.close()
    return words


def _walled(walls: list[tuple], xs: list[float], a: float, b: float, top: float, bottom: float) -> bool:
    """Whether a vertical rule (x, top, bottom; sorted by x, xs their x) stands in the gap between x=a and x=b
    over the height top–bottom."""
    i, j = bisect_left(xs, min(a, b) - 0.5), bisect_right(xs, max(a, b) + 0.5)
    return any(t <= top + 1 and bt >= bottom - 1 for _, t, bt in walls[i:j])


def pdfium_rules(pdfium_page, height: float) -> tuple[list[dict], list[dict], float]:
    """Thin path objects as horizontal and vertical rules (pdfplumber rect dicts), and the share of the
    page covered by images."""
    h, v, img = [], [], 0.0
    W, H = pdfium_page.get_size()
    for o in pdfium_page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH, pdfium_c.FPDF_PAGEOBJ_IMAGE],
                                     max_depth=2):
        l, b, r, t = o.get_bounds()
        if o.type == pdfium_c.FPDF_PAGEOBJ_IMAGE:
            img += max(0.0, min(r, W) - max(l, 0)) * max(0.0, min(t, H) - max(b, 0))
            continue
        rect = {"object_type": "rect", "x0": l, "x1": r, "top": height - t, "bottom": height - b,
                "doctop": height - t, "y0": b, "y1": t, "width": r - l, "height": t - b}
        if t - b < 2 and r - l > 4:
            h.append(rect)
        elif r - l < 2 and t - b > 4:
            v.append(rect)
    return h, v, min(1.0, img / (W * H or 1))


class _NoPage:
    """TableFinder with explicit edges needs nothing from the page but its box."""

    def __init__(self, width: float, height: float):
        self.bbox = (0, 0, width, height)
        self.width, self.height = width, height


YEAR_CELL = re.compile(r"^\s*(?:19|20)\d\d\s*[AEFP]?\s*$")
NUMERIC = re.compile(r"^[-−–+(（]?\d[\d,，.]*%?[)）]?$|^--?$")


def rules(page) -> tuple[list, list]:
    """Thin rects and lines: the rules of ruled tables. Filled cell backgrounds are not rules."""
    objs = page.rects + page.lines
    h = [o for o in objs if o["bottom"] - o["top"] < 2 and o["x1"] - o["x0"] > 4]
    v = [o for o in objs if o["x1"] - o["x0"] < 2 and o["bottom"] - o["top"] > 4]
    return h, v


def _cell_text(words: list[Word]) -> str:
    from pipeline.layout import join_lines, lines_from_words
    return join_lines(lines_from_words(words)).strip()


def ruled_tables(page, doc_id: str, pageno: int, words: list[Word] | None = None,
                 rule_lists: tuple[list, list] | None = None) -> list[list[TableCell]]:
    """Tables drawn with rules, found by pdfplumber's finder from the page's thin rules only; each word
    goes to the cell holding its centre (so a cell's text never leaks into its neighbour).

    Merged cells keep the row/col of their top-left grid position. Header rows: the leading rows without
    numbers, and later rows made only of text in two or more cells (a repeated header in mid-table).
    """
    h, v = rule_lists if rule_lists is not None else rules(page)
    if len(h) < 2 or len(v) < 2:
        return []
    settings = {"vertical_strategy": "explicit", "horizontal_strategy": "explicit",
                "explicit_vertical_lines": v, "explicit_horizontal_lines": h,
                "snap_tolerance": 3, "join_tolerance": 3, "intersection_tolerance": 3}
    words = plumber_words(page) if words is None else words
    out = []
    finder = TableFinder(page, settings)
    for k, t in enumerate(finder.tables):
        boxes = list(t.cells)
        if len(boxes) < 2:
            continue
        xs = sorted({round(b[0]) for b in boxes})
        ys = sorted({round(b[1]) for b in boxes})
        inside: dict[int, list[Word]] = {}
        for w in words:
            cx, cy = (w.x0 + w.x1) / 2, (w.top + w.bottom) / 2
            hit = [i for i, b in enumerate(boxes) if b[0] <= cx <= b[2] and b[1] <= cy <= b[3]]
            if hit:
                i = min(hit, key=lambda i: (boxes[i][2] - boxes[i][0]) * (boxes[i][3] - boxes[i][1]))
                inside.setdefault(i, []).append(w)
        tid = f"p{pageno}t{k + 1}"
        cells = []
        for i, b in enumerate(boxes):
            text = _cell_text(inside.get(i, []))
            cells.append(TableCell(doc_id, pageno, tid, ys.index(round(b[1])), xs.index(round(b[0])), text,
                                   round(float(b[0]), 2), round(float(b[1]), 2), round(float(b[2]), 2),
                                   round(float(b[3]), 2)))
        # drop grid rows and columns that hold no text at all (rules of a neighbouring layout), renumber
        used = sorted({c.col for c in cells if c.text})
        rows = sorted({c.row for c in cells if c.text})
        cells = [c for c in cells if c.col in used and c.row in rows]
        for c in cells:
            c.col, c.row = used.index(c.col), rows.index(c.row)
        cells.sort(key=lambda c: (c.row, c.col))
        if len({c.row for c in cells}) < 2 and len(used) < 2:
            continue
        mark_headers(cells)
        out.append(cells)
    return out


def mark_headers(cells: list[TableCell]) -> None:
    by_row: dict[int, list[TableCell]] = {}
    for c in cells:
        by_row.setdefault(c.row, []).append(c)
    # a row of year columns (2021 2022E 2023E) is a header, not figures
    years = {r for r, cs in by_row.items()
             if sum(bool(YEAR_CELL.match(c.text)) for c in cs if c.text) >= 2
             and all(YEAR_CELL.match(c.text) or not NUMERIC.match(c.text.replace(" ", "")) for c in cs if c.text)}
    numeric_rows = [r for r, cs in by_row.items() if r not in years and any(
        NUMERIC.match(c.text.replace(" ", "")) for c in cs if c.text)]
    if not numeric_rows or len(by_row) < 2:
        return  # a table of text: no header, each cell is read like a paragraph
    first = min(numeric_rows)
    for r, cs in by_row.items():
        filled = [c for c in cs if c.text]
        # a repeated header is made of names; a row of a label and its sentences (上述股东关联关系的说明 |
        # 1、吕向阳先生…持有…89.5%和10.5%的股权；) is text to read
        names = all(len(c.text) <= 24 and not re.search(r"[，。；,;]", c.text) for c in filled)
        if (r < first and (r == min(by_row) or len(filled) >= 2)) or (
                r not in numeric_rows and len(filled) >= 2 and not filled[0].text.endswith(("：", ":")) and names):
            for c in cs:
                c.is_header = True


def _segments(line) -> list[list[Word]]:
    """A line's words cut where the gap is wider than a column gap (1.2 em)."""
    segs: list[list[Word]] = []
    for w in line.words:
        if segs and w.x0 - segs[-1][-1].x1 <= 1.2 * max(w.size, 1):
            segs[-1].append(w)
        else:
            segs.append([w])
    return segs


def _region_key(l, gutters) -> tuple:
    """Which side of each side-by-side tables gutter running beside it a line stands on."""
    return tuple(l.x0 >= g1 - 0.5 for g0, g1, t, b in gutters if t - 0.5 <= l.top <= b)


def _columns(segs: list[list[Word]], floor: int) -> list[tuple[float, float]]:
    """Column extents: stretches of x covered by more than `floor` of the segments (a wide cell or two may
    straddle a column gap; left- and right-aligned cells both fall inside their column's stretch)."""
    if not segs:
        return []
    lo = min(s[0].x0 for s in segs)
    hi = max(s[-1].x1 for s in segs)
    n = int(hi - lo) + 2
    occ = [0] * n
    for s in segs:
        for i in range(int(s[0].x0 - lo), min(n, int(s[-1].x1 - lo) + 1)):
            occ[i] += 1
    cols, start = [], None
    for i, o in enumerate(occ + [0]):
        if o > floor and start is None:
            start = i
        elif o <= floor and start is not None:
            cols.append((lo + start, lo + i))
            start = None
    return cols


def _split_at_columns(segs: list[list[Word]], spans: list[tuple[float, float]]) -> list[list[Word]]:
    """A segment of figures or years set closer than a column gap but standing over two or more columns
    ("2021 2022E" over two year columns) is cut into one piece per column."""
    from pipeline.layout import _NUMLIKE

    def col(w: Word) -> int | None:
        cx = (w.x0 + w.x1) / 2
        return next((n for n, (a, b) in enumerate(spans) if a - 1 <= cx <= b + 1), None)

    out = []
    for s in segs:
        groups: list[list[Word]] = []
        keys: list = []
        for w in s:
            k = col(w)
            if groups and k == keys[-1]:
                groups[-1].append(w)
            else:
                groups.append([w])
                keys.append(k)
        if len(groups) > 1 and None not in keys and len(set(keys)) == len(keys) and all(
                _NUMLIKE.match("".join(w.text for w in g).replace(" ", "")) for g in groups):
            out += groups
        else:
            out.append(s)
    return out


def aligned_tables(lines, doc_id: str, pageno: int, skip: list[tuple] = (), min_cols: int = 3,
                   first_id: int = 1) -> list[list[TableCell]]:
    """Tables without rules, found in each region of the page between side-by-side tables' gutters."""
    from pipeline.layout import table_gutters
    lines = [l for l in lines if l.words]
    gutters = table_gutters(lines)
    regions: dict[tuple, list] = {}
    for l in lines:
        regions.setdefault(_region_key(l, gutters), []).append(l)
    out: list[list[TableCell]] = []
    for key in sorted(regions, key=lambda k: (len(k), k)):
        out += _aligned_tables(regions[key], doc_id, pageno, skip, min_cols, first_id + len(out))
    return out


def _aligned_tables(lines, doc_id: str, pageno: int, skip, min_cols: int, first_id: int) -> list[list[TableCell]]:
    """Runs of lines cut by wide gaps into three or more segments whose columns line up.

    Columns are the stretches of x the segments cover; each segment goes to the column whose start is
    nearest at or left of it. A line joins the row above when it sits closer than the padding between rows
    and than the table's row pitch (a wrapped cell's next line, centred neighbours), unless it is a full
    line whose column is already filled by another line (the next row of a tight table). Cell boxes are the
    boxes of their text.
    """
    def inside(l):
        cx, cy = (l.x0 + l.x1) / 2, (l.top + l.bottom) / 2
        return any(b[0] <= cx <= b[2] and b[1] <= cy <= b[3] for b in skip)

    lines = sorted((l for l in lines if not inside(l) and l.words), key=lambda l: l.top)
    segs = [_segments(l) for l in lines]
    out, i, k, done = [], 0, first_id, -1
    while i < len(lines):
        if len(segs[i]) < min_cols:
            i += 1
            continue
        # a run of candidate lines, allowing single continuation lines between them
        j, last = i, i
        while j + 1 < len(lines) and lines[j + 1].top - lines[j].bottom < 2.5 * max(lines[j].size, 1):
            j += 1
            if len(segs[j]) >= 2:
                last = j
            elif j - last > 3:
                break
        run = list(range(i, last + 1))
        # a header line right above whose year cells were set closer than a column gap (one cell of text)
        if i - 1 > done and len(segs[i - 1]) >= 2 and lines[i].top - lines[i - 1].bottom < 2.5 * max(
                lines[i].size, 1):
            run.insert(0, i - 1)
        cand = [r for r in run if len(segs[r]) >= min_cols]
        if len(cand) < 2:
            i = last + 1
            continue
        # a line of another page column standing beside the table (the main text beside a sidebar's 市场表现
        # table) shares its rows' baselines but none of its width: no cell of it
        tx0, tx1 = min(lines[r].x0 for r in cand), max(lines[r].x1 for r in cand)
        run = [r for r in run if lines[r].x1 > tx0 and lines[r].x0 < tx1]
        # one wide cell (a header over two columns) may cover a gap that the other rows leave open
        spans = _columns([s for r in cand for s in segs[r]], max(len(cand) // 10, len(cand) >= 4))
        cols = [a for a, b in spans]
        if len(cols) < min_cols:
            i = last + 1
            continue

        def col_of(s) -> int:
            x0, x1 = s[0].x0, s[-1].x1
            over = [(min(x1, b) - max(x0, a), n) for n, (a, b) in enumerate(spans)]
            best = max(over)
            if best[0] > 0:
                return best[1]
            return max([n for n, c in enumerate(cols) if c <= x0 + 4] or [0])

        segs_of = {r: _split_at_columns(segs[r], spans) for r in run}
        steps = sorted(lines[b].top - lines[a].top for a, b in zip(cand, cand[1:]) if b - a == 1)
        pitch = steps[len(steps) // 2] if len(steps) >= 2 else None
        rows: list[list[list[Word]]] = []
        taken: list[dict[int, int]] = []  # per row: column → the line that filled it
        bottom, prev_top = -1e9, -1e9
        for r in run:
            ln = lines[r]
            size = max(w.size for w in ln.words)
            mine = [col_of(s) for s in segs_of[r]]
            clash = rows and len(segs[r]) >= min_cols and any(taken[-1].get(c, r) != r for c in mine)
            close = ln.top - bottom < 0.6 * size and (pitch is None or ln.top - prev_top < 0.9 * pitch)
            if rows and close and not clash:
                rows[-1].extend(segs_of[r])
                for c in mine:
                    taken[-1].setdefault(c, r)
                bottom = max(bottom, ln.bottom)
            else:
                rows.append(list(segs_of[r]))
                taken.append({c: r for c in mine})
                bottom = ln.bottom
            prev_top = ln.top
        tid = f"p{pageno}w{k}"
        cells = []
        for r, row in enumerate(rows):
            by_col: dict[int, list[Word]] = {}
            for s in row:
                by_col.setdefault(col_of(s), []).extend(s)
            for col, ws in sorted(by_col.items()):
                cells.append(TableCell(doc_id, pageno, tid, r, col, _cell_text(ws),
                                       round(min(w.x0 for w in ws), 2), round(min(w.top for w in ws), 2),
                                       round(max(w.x1 for w in ws), 2), round(max(w.bottom for w in ws), 2)))
        mark_headers(cells)
        out.append(cells)
        k += 1
        i = done = last + 1
        done -= 1
    return out
