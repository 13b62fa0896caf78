"""Words → lines → reading order → paragraphs; running headers and page numbers removed by repetition; headings,
section paths and tables continued across pages or columns (document level, in finalize)."""
from __future__ import annotations

import re
import unicodedata
from collections import Counter

from pipeline.textlayer import NUMERIC
from schemas.records import Block, Line, Word

_CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef，。；：、！？（）《》“”]")


def _tracking(words: list[Word]) -> float:
    """The letter-spacing of a line set with spacing between its characters (justified or spaced-out
    CJK, which the text layer gives one character per word): the median gap between single-character
    words; 0 for an ordinary line."""
    singles = [b.x0 - a.x1 for a, b in zip(words, words[1:]) if len(a.text) == 1 and len(b.text) == 1]
    if len(words) < 6 or len(singles) < 0.6 * (len(words) - 1):
        return 0.0
    singles.sort()
    return max(0.0, singles[len(singles) // 2])


def join_words(words: list[Word]) -> str:
    """Concatenate a line's words: no space between CJK, one space between Latin words; in a letter-spaced
    line only a gap wider than the spacing is a space (so "1 2 . 3 5" stays 12.35)."""
    out = ""
    prev = None
    track = _tracking(words)
    for w in words:
        t = w.text
        if prev is not None and out and t:
            gap = w.x0 - prev.x1 - track
            cjk = _CJK.match(out[-1]) or _CJK.match(t[0])
            # a gap of half an em is a printed space even next to CJK ("1.1 国家实验室")
            if gap > (0.2 if cjk else 0.15) * max(w.size, 1):
                out += " "
        out += t
        prev = w
    return out


def span_bbox(block, start: int, end: int) -> tuple[tuple[float, float, float, float], float]:
    """Box and lowest word confidence of characters start..end of a block's text.

    Assumes block.text is its lines' texts concatenated in order, each line's text its words' texts
    plus any inserted spaces; offsets are walked word by word, spaces skipped.
    """
    boxes, conf = [], 100.0
    pos = 0
    text = block.text
    for line in block.lines:
        for w in line.words:
            k = text.find(w.text, pos)
            if k < 0:
                continue
            s, e = max(start, k), min(end, k + len(w.text))
            if s < e:
                cw = (w.x1 - w.x0) / max(len(w.text), 1)
                boxes.append((w.x0 + (s - k) * cw, w.top, w.x0 + (e - k) * cw, w.bottom))
                conf = min(conf, w.confidence)
            pos = k + len(w.text)
            if pos >= end:
                break
        if pos >= end:
            break
    if not boxes:
        return (block.x0, block.top, block.x1, block.bottom), conf
    return (round(min(b[0] for b in boxes), 2), round(min(b[1] for b in boxes), 2),
            round(max(b[2] for b in boxes), 2), round(max(b[3] for b in boxes), 2)), conf


def _make_line(ws: list[Word]) -> Line:
    ws.sort(key=lambda w: w.x0)
    size = max(w.size for w in ws)
    bold = sum(len(w.text) for w in ws if w.bold) > 0.5 * sum(len(w.text) for w in ws)
    return Line(join_words(ws), min(w.x0 for w in ws), min(w.top for w in ws), max(w.x1 for w in ws),
                max(w.bottom for w in ws), ws, size, bold)


def lines_from_words(words: list[Word], y_tol: float = 0.5) -> list[Line]:
    """Group words whose vertical extents overlap by more than y_tol of the smaller height.

    A word joins a line only where it overlaps no word of it horizontally, so a superscript ("Nm3/h")
    stays in its line and side-by-side columns never interleave within one line's words.
    """
    lines: list[list[Word]] = []
    refs: list[tuple[float, float]] = []
    for w in sorted(words, key=lambda w: (w.bottom, w.x0)):
        for k in range(len(lines) - 1, max(-1, len(lines) - 8), -1):
            t, b = refs[k]
            ov = min(b, w.bottom) - max(t, w.top)
            h = min(b - t, w.bottom - w.top) or 1
            if ov / h > y_tol and all(w.x0 >= o.x1 - 0.5 or w.x1 <= o.x0 + 0.5 for o in lines[k]):
                lines[k].append(w)
                break
        else:
            lines.append([w])
            refs.append((w.top, w.bottom))
    out = [_make_line(ws) for ws in lines]
    gutter = text_gutter(out)
    # words on one baseline either side of a text column's gutter are two lines (a sidebar's label/value
    # row beside a line of the main column), so no later step takes them for one table row
    out = split_wide_lines(out, gutter) if gutter else out
    # likewise two tables side by side (a sidebar of label/value rows beside a forecast table, two statements
    # in two columns): each keeps its own rows
    for g in table_gutters(out):
        out = split_wide_lines(out, g[:2], g[2:])
    return out


_NUMLIKE = re.compile(r"^[-−–+(（]?\d[\d,，.\-−–/%]*[)）]?[AEF]?$|^--?$")


def cell_segments(words: list[Word]) -> list[list[Word]]:
    """Words (sorted by x) cut where the gap is wider than a column gap (1.2 em)."""
    segs: list[list[Word]] = []
    for w in words:
        if segs and w.x0 - segs[-1][-1].x1 <= 1.2 * max(w.size, 1):
            segs[-1].append(w)
        else:
            segs.append([w])
    return segs


def _seg_text(seg: list[Word]) -> str:
    return "".join(w.text for w in seg).replace(" ", "")


def table_gutters(lines: list[Line]) -> list[tuple[float, float, float, float]]:
    """Gutters (x0, x1, top, bottom) between tables side by side in a stretch of multi-cell lines.

    A gap no word crosses is a table's own column gap unless it repeats a table's shape: figures end to
    its left, and to its right lines start with a text label and go on with figures, while the left side
    has its own labels too (a label/value sidebar beside a forecast table; two statements side by side).
    """
    out = []
    ls = sorted((l for l in lines if l.words), key=lambda l: l.top)
    blocks: list[list[Line]] = []
    for ln in ls:
        if blocks and ln.top - max(l.bottom for l in blocks[-1]) < 2.5 * max(ln.size, 1) and len(
                cell_segments(sorted(ln.words, key=lambda w: w.x0))) >= 2:
            blocks[-1].append(ln)
        elif len(cell_segments(sorted(ln.words, key=lambda w: w.x0))) >= 2:
            blocks.append([ln])
    for blk in blocks:
        if len(blk) < 4:
            continue
        size = sorted(l.size for l in blk)[len(blk) // 2] or 8.0
        spans = sorted((w.x0, w.x1) for l in blk for w in l.words)
        gaps, reach = [], spans[0][1]
        for a, b in spans[1:]:
            if a - reach >= 0.5 * size:
                gaps.append((reach, a))
            reach = max(reach, b)
        for g0, g1 in gaps:
            num_left = text_left = text_right = num_right = right = 0
            for l in blk:
                ws = sorted(l.words, key=lambda w: w.x0)
                # only cells next to the gap count (a line of the next table over is not beside it)
                lw, rw = [w for w in ws if w.x1 <= g0 + 0.5], [w for w in ws if w.x0 >= g1 - 0.5]
                lw = lw if lw and lw[-1].x1 > g0 - 2 * size else []
                rw = rw if rw and rw[0].x0 < g1 + 2 * size else []
                if lw:
                    ls_ = cell_segments(lw)
                    num_left += bool(_NUMLIKE.match(_seg_text(ls_[-1])))
                    text_left += len(ls_) >= 2 and not _NUMLIKE.match(_seg_text(ls_[0]))
                if rw:
                    rs = cell_segments(rw)
                    right += 1
                    first = not _NUMLIKE.match(_seg_text(rs[0]))
                    text_right += first
                    num_right += first and any(_NUMLIKE.match(_seg_text(s)) for s in rs[1:])
            if num_left >= 3 and text_left >= 3 and num_right >= 3 and text_right >= max(3, 0.5 * right):
                out.append((g0, g1, blk[0].top, max(l.bottom for l in blk)))
    return out


_PROSE = re.compile(r"[，。；]")


def text_gutter(lines: list[Line]) -> tuple[float, float] | None:
    """The gutter of a page whose columns hold running text: find_gutter's, where three lines or more on
    one side read as prose (eight characters or more with "，。；"). A gap between the columns of a table
    of labels and figures is not one. The page width is taken as the text's extent plus equal margins."""
    if len(lines) < 10:
        return None
    width = max(l.x1 for l in lines) + min(l.x0 for l in lines)
    gutter = find_gutter(lines, width)
    if gutter is None:
        return None
    split = split_wide_lines(lines, gutter)
    for side in ([l for l in split if l.x1 <= gutter[1]], [l for l in split if l.x0 >= gutter[0]]):
        if sum(1 for l in side if len(l.text) >= 8 and _PROSE.search(l.text)) >= 3:
            return gutter
    return None


def split_wide_lines(lines: list[Line], gutter: tuple[float, float], band: tuple[float, float] | None = None
                     ) -> list[Line]:
    """A line built across the gutter of a two-column page is two lines (only lines within band, top to
    bottom, when given)."""
    out = []
    g0, g1 = gutter
    for ln in lines:
        if band and not band[0] - 0.5 <= ln.top <= band[1]:
            out.append(ln)
            continue
        left = [w for w in ln.words if w.x1 <= g1]
        right = [w for w in ln.words if w.x1 > g1]
        if left and right and min(w.x0 for w in right) >= g0:
            out += [_make_line(left), _make_line(right)]
        else:
            out.append(ln)
    return out


def _gutter_candidates(lines: list[Line], width: float, allow: int, step: float = 2.0) -> list[tuple[float, float]]:
    """Vertical bands between 20% and 80% of the width that at most `allow` words cross, widest first."""
    lo, hi = width * 0.2, width * 0.8
    nbins = int((hi - lo) / step)
    occ = [0] * nbins
    for ln in lines:
        for w in ln.words:
            a, b = max(0, int((w.x0 - lo) / step)), min(nbins, int((w.x1 - lo) / step) + 1)
            for i in range(a, b):
                occ[i] += 1
    runs, run, start = [], 0, 0
    for i, o in enumerate(occ + [10 ** 9]):
        if o <= allow:
            if run == 0:
                start = i
            run += 1
        else:
            if run * step >= 8:
                runs.append((lo + start * step, lo + (start + run) * step))
            run = 0
    return sorted(runs, key=lambda r: r[0] - r[1])


def find_gutter(lines: list[Line], width: float) -> tuple[float, float] | None:
    """A vertical band that (almost) no word crosses, with side-by-side text on both sides: the gutter of two
    columns, of equal widths or not (a research note's main column beside a narrow sidebar).

    A few full-width lines (a chapter title over both columns) may cross it; they cut the page into bands.
    Above and below the columns any number may (a note's title block, its rating note and disclaimers): a
    band crossed by more lines is tried when no cleaner one makes columns, counting only crossings beside
    them. Each side must be a column of words at least 10% of the page wide, so the page numbers of a
    contents page or the values beside a list of labels are not a column.
    """
    if len(lines) < 10:
        return None
    allow = max(2, len(lines) // 15)
    tried = set()
    for loose in (allow, max(allow, len(lines) // 4)):
        for g in _gutter_candidates(lines, width, loose):
            if g not in tried:
                tried.add(g)
                if _columns_beside(lines, g, width, allow):
                    return g
    return None


def _columns_beside(lines: list[Line], gutter: tuple[float, float], width: float, allow: int) -> bool:
    """Columns of words on both sides of the gutter, side by side, crossed by at most `allow` lines."""
    g0, g1 = gutter
    split = split_wide_lines(lines, (g0, g1))
    left = [ln for ln in split if ln.x1 <= g1]
    right = [ln for ln in split if ln.x0 >= g0]
    if len(left) < 5 or len(right) < 5:
        return False
    beside = [r for r in right if any(l.top < r.bottom and l.bottom > r.top for l in left)]
    wordy = sum(1 for r in beside if any(ch.isalpha() for ch in r.text))
    wide = min(g0 - min(l.x0 for l in left), max(r.x1 for r in right) - g1) >= 0.1 * width
    if len(beside) < 3 or wordy < 3 or not wide:
        return False
    zones = column_zones(split, gutter)
    crossing = [l for l in split if l.x0 < g0 and l.x1 > g1
                and any(a <= (l.top + l.bottom) / 2 <= b for a, b in zones)]
    return len(crossing) <= allow


def _extent(ln: Line) -> tuple[float, float]:
    """A line's vertical extent; a table's stand-in line (no text) reaches over the table's box."""
    if not ln.text and ln.words:
        return min(w.top for w in ln.words), max(w.bottom for w in ln.words)
    return ln.top, ln.bottom


def _runs(lines: list[Line], gap: float) -> list[list[float]]:
    """[top, bottom, count] of stretches of lines no further apart vertically than gap."""
    runs: list[list[float]] = []
    for ln in sorted(lines, key=lambda l: l.top):
        t, b = _extent(ln)
        if runs and t - runs[-1][1] < gap:
            runs[-1][1] = max(runs[-1][1], b)
            runs[-1][2] += 1
        else:
            runs.append([t, b, 1])
    return runs


def column_zones(lines: list[Line], gutter: tuple[float, float]) -> list[tuple[float, float]]:
    """Vertical stretches of the page where text stands on both sides of the gutter.

    A zone starts where both columns have started (a title block over a sidebar stays above it) and ends
    where the longer one ends; a line alone on one side (half of a running header split at the gutter, a
    disclaimer far below) makes no zone.
    """
    g0, g1 = gutter
    heights = sorted(l.bottom - l.top for l in lines if l.text)
    gap = 4 * (heights[len(heights) // 2] if heights else 12.0)
    left = _runs([l for l in lines if l.x1 <= g1], gap)
    right = _runs([l for l in lines if l.x0 >= g0 and not l.x1 <= g1], gap)
    zones = sorted([max(a[0], b[0]), max(a[1], b[1])] for a in left for b in right
                   if a[2] >= 2 and b[2] >= 2 and a[0] < b[1] and b[0] < a[1])
    out: list[list[float]] = []
    for z in zones:
        if out and z[0] <= out[-1][1]:
            out[-1][1] = max(out[-1][1], z[1])
        else:
            out.append(z)
    return [(a, b) for a, b in out]


def _two_columns(lines: list[Line], gutter: tuple[float, float]) -> list[Line]:
    """Left column then right column, but a main column before a sidebar left of it (a column under 60% of
    the other's width); full-width lines (headings spanning both) cut bands read in turn."""
    g0, g1 = gutter
    full = [l for l in lines if l.x0 < g0 and l.x1 > g1]
    rest = [l for l in lines if not (l.x0 < g0 and l.x1 > g1)]
    left = [l for l in rest if l.x1 <= g1]
    right = [l for l in rest if l.x1 > g1]
    swap = bool(left and right) and g0 - min(l.x0 for l in left) < 0.6 * (max(l.x1 for l in right) - g1)
    out: list[Line] = []
    cuts = sorted(full, key=lambda l: l.top)
    bands = [-1.0] + [l.top for l in cuts] + [1e9]
    for i in range(len(bands) - 1):
        band = [l for l in rest if bands[i] <= l.top < bands[i + 1]]
        cols = [sorted([l for l in band if l.x1 <= g1], key=lambda l: (l.top, l.x0)),
                sorted([l for l in band if l.x1 > g1], key=lambda l: (l.top, l.x0))]
        out += cols[1] + cols[0] if swap else cols[0] + cols[1]
        if i < len(cuts):
            out.append(cuts[i])
    return out


def reading_order(lines: list[Line], width: float) -> list[Line]:
    """Top to bottom; where the page stands in two columns (a gutter with text on both sides), each column
    in turn. Lines above or below the two-column stretch (a title block, disclaimers) are read in place."""
    gutter = find_gutter(lines, width)
    if gutter is None:
        return sorted(lines, key=lambda l: (l.top, l.x0))
    lines = split_wide_lines(lines, gutter)
    zones = column_zones(lines, gutter) or [(-1e9, 1e9)]

    def zone_of(l: Line) -> int | None:
        t, b = _extent(l)
        mid = (t + b) / 2
        return next((k for k, (a, z) in enumerate(zones) if a <= mid <= z), None)

    inside: dict[int, list[Line]] = {}
    outside: list[Line] = []
    for l in lines:
        k = zone_of(l)
        if k is None:
            outside.append(l)
        else:
            inside.setdefault(k, []).append(l)
    for k, ls in inside.items():
        ls += _run_up(ls, outside, gutter)
    units = [(l.top, l.x0, [l]) for l in outside]
    units += [(zones[k][0], -1e9, _two_columns(ls, gutter)) for k, ls in inside.items()]
    return [l for _, _, ls in sorted(units, key=lambda u: (u[0], u[1])) for l in ls]


def _run_up(zone: list[Line], outside: list[Line], gutter: tuple[float, float]) -> list[Line]:
    """Lines above a zone that run on into one of its columns (same size, a line's leading apart: a column
    that starts higher than the other) belong to it; they are taken out of `outside`. A title block over
    a column stands apart from it by more than that."""
    g0, g1 = gutter
    taken: list[Line] = []
    for side in (lambda l: l.x1 <= g1, lambda l: l.x0 >= g0 and l.x1 > g1):
        col = sorted((l for l in zone if side(l) and l.text), key=lambda l: l.top)
        if not col:
            continue
        first = col[0]
        above = sorted((l for l in outside if side(l) and l.text and l.bottom <= first.top + 1),
                       key=lambda l: -l.top)
        for l in above:
            size = max(l.size, 1.0)
            if abs(l.size - first.size) < 0.6 and first.top - l.bottom < 0.9 * size:
                taken.append(l)
                first = l
            else:
                break
    for l in taken:
        outside.remove(l)
    return taken


BULLET = re.compile(r"^\s*([•●▪■◆◇○·\ue000-\uf8ff]|[\-–](?![\d.])|\(?[0-9]{1,2}[)）]|（[0-9一二三四五六七八九十]{1,3}）|[①-⑳])")
NUMBERED = re.compile(r"^\s*(第[一二三四五六七八九十0-9]+[章节篇部分]|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）"
                      r"|\d+(\.\d+){0,3}(?=\s*[^\d.%])|\d+、)")


def _cjk_edge(a: str, b: str) -> bool:
    return bool(a and b and (_CJK.match(a[-1]) or _CJK.match(b[0])))


def join_lines(lines: list[Line]) -> str:
    """A paragraph's text: lines joined without space where either side is CJK, else with one space.

    span_bbox walks the words of the lines in order, so any separator works as long as the words' texts
    appear in order.
    """
    out = ""
    for ln in lines:
        if not out or _cjk_edge(out, ln.text) or not (out[-1].isalpha() or ln.text[:1].isalpha()):
            out += ln.text  # a number wrapped at a line end ("391271.7" / "1") is one number
        else:
            out += " " + ln.text
    return out


_FIELD = re.compile(r"^\s*[^\s，。；、：:,.]{1,8}[：:]")  # "电话：", "执业证书编号：" — a field label
_LATIN_RUN = re.compile(r"^[0-9A-Za-z.,%/+\-–]+")


def _ocr(ln: Line) -> bool:
    """Words read by OCR: tesseract cuts lines at wide gaps and its boxes are loose, so line ends and gaps
    say little about the layout."""
    return any(w.confidence < 100 for w in ln.words)


def _same_size(prev: Line, ln: Line) -> bool:
    """One type size. OCR boxes are loose: their heights vary by a tenth or more between lines of one size,
    and a paragraph's short last line ("6.8%。", "颗，比上年增加34颗。") may be boxed little taller than its digits."""
    if not (_ocr(prev) or _ocr(ln)):
        return abs(ln.size - prev.size) < 0.6
    a, b = max(prev.size, 0.1), max(ln.size, 0.1)
    # a short last line can come out much lower than the line above; a larger line is another size
    return 0.45 * a <= b <= 1.2 * a


def _gapped(ln: Line) -> bool:
    """A line whose words stand apart by a column's gap, two ems or more (label and value of a key-data
    row, axis ticks)."""
    ws = ln.words
    return not _ocr(ln) and any(b.x0 - a.x1 > 2 * max(ln.size, 1.0) for a, b in zip(ws, ws[1:]))


def _weight_runs_on(prev: Line, ln: Line) -> bool:
    """Lines of different weight in one paragraph: a bold lead-in running into regular text (a line holds
    both), unless the next line opens with bold after a regular end (the lead-in of the next entry)."""
    if ln.bold == prev.bold:
        return True
    mixed = any(len({w.bold for w in x.words}) > 1 for x in (prev, ln))
    return mixed and bool(ln.words) and bool(prev.words) and (not ln.words[0].bold or prev.words[-1].bold)


def _pushed(prev: Line, ln: Line, edge: float) -> bool:
    """The next line starts with a number or Latin word too wide for the room left between the end of the
    previous line and the column's edge: the wrap moved the word whole, so the previous line was full."""
    m = _LATIN_RUN.match(ln.text)
    size = max(ln.size, 1.0)
    return bool(m) and prev.x1 + 0.5 * size * len(m.group(0)) > edge - 0.3 * size


def _column_edge(ln: Line, lines: list[Line]) -> float | None:
    """The right edge of ln's column: the furthest x1 where three or more lines of its size, starting within
    three ems of it, end within an em of each other. None when no edge is shared."""
    size = max(ln.size, 1.0)
    ends = sorted((l.x1 for l in lines if l.text and abs(l.size - ln.size) < 0.6
                   and abs(l.x0 - ln.x0) < 3 * size), reverse=True)
    for k, x in enumerate(ends):
        if k + 2 < len(ends) and x - ends[k + 2] < size:
            return x
    return None


_ENTRY = re.compile(r"^[^，。；：,;:！？!?]{3,40}?\d[\d.,]*\s*[万亿千百]*[\u4e00-\u9fff%‰A-Za-z（）()]{0,6}$")
# an entry of two figures (社会公用计量标准1056项，国际互认校准测量能力612项): a comma, no sentence mark
# (two to four label–figure entries on one line: 企业举办17家，高校举办14家，浦东新区21家)
_ENTRY_PAIR = re.compile(r"^[^，。；：,;:！？!?]{3,30}?\d[\d.,]*\s*[万亿千百]*[\u4e00-\u9fff%‰]{1,4}"
                         r"(?:[，,][^。；：;:！？!?，,]{2,30}?\d[\d.,]*\s*[万亿千百]*[\u4e00-\u9fff%‰]{1,4}){1,3}$")


_HUNG = set("。，、；：？！）》」”’")


def _entry(text: str) -> bool:
    """A line that is a whole entry: a label and its figure, no clause mark (数看上海科技's lines)."""
    return _ENTRY.match(text.strip()) is not None or _ENTRY_PAIR.match(text.strip()) is not None


def paragraphs(lines: list[Line], page_lines: list[Line] | None = None,
               frames: list[tuple[float, float]] = ()) -> list[list[Line]]:
    """Consecutive lines (reading order) of one paragraph: same column, same size and weight (or a bold
    lead-in running into regular text), tight leading, the previous line running to the column's right edge
    and the next not indented as a new paragraph or starting with a bullet. A line cut by a column-wide gap
    (a label and its value) and consecutive field lines ("电话：…" under "执业证书编号：…") stand alone."""
    if not lines:
        return []
    sizes = Counter(round(l.size, 1) for l in lines for _ in l.text)
    body = sizes.most_common(1)[0][0] if sizes else 10.0
    out: list[list[Line]] = []
    cur: list[Line] = []
    right = 0.0
    edges: dict[tuple, float | None] = {}
    for ln in lines:
        if cur:
            prev = cur[-1]
            size = max(ln.size, 1.0)
            gap = ln.top - prev.bottom
            same_col = ln.x0 < prev.x1 and ln.x1 > prev.x0 - 0.5 * size  # (a last line "人。" may end where the indent ends)
            key = (round(prev.size, 1), round(prev.x0))
            if key not in edges:
                # the column's edge from the whole page: a run between two tables (two one-line bullet items) has
                # no edge of its own, and its longer line would pass for a full one
                edges[key] = _column_edge(prev, page_lines or lines)
            # (no shared edge on the page: a table's width in the same column, 56–539 above two bullet items)
            edge = 0.0 if _ocr(prev) else edges[key] or max(
                (x1 for x0, x1 in frames if x0 <= prev.x0 + 3 * size and x1 >= prev.x1), default=0.0)
            # (a line may end in a stop hung past the edge, and the line above it a character short for it)
            right = max(right, prev.x1, ln.x1 - (size if ln.text[-1:] in _HUNG else 0))
            # full: near the end of the paragraph's longest line, and within a few ems of its column's edge
            # (ragged CJK lines end up to two characters short; entries of a list end anywhere)
            full = prev.x1 > right - 1.2 * size and prev.x1 > edge - 3 * size
            cont = (same_col and _same_size(prev, ln)
                    and _weight_runs_on(prev, ln)
                    and -0.3 * size < gap < 1.25 * size
                    and (full or _pushed(prev, ln, max(right, edge)))
                    and ln.x0 < min(l.x0 for l in cur[1:] or cur) + 0.8 * size
                    and not BULLET.match(ln.text)
                    # prose wraps keep a digit run whole: a break between two numerals ends a cell or entry
                    and not (prev.text[-1:].isdigit() and ln.text[:1].isdigit())
                    and not (ln.size >= body * 1.15 and NUMBERED.match(ln.text))
                    and not _gapped(prev) and not _gapped(ln)
                    and not (_FIELD.match(prev.text) and _FIELD.match(ln.text)))
            if cont and BULLET.match(cur[0].text) is None and ln.x0 > cur[0].x0 + 0.8 * size and len(cur) == 1:
                cont = False  # a first-line-indented paragraph starts here
            if cont and len(cur) == 1 and _entry(prev.text) and _entry(ln.text):
                cont = False  # data-page entries one under another (集成电路产业规模约3486亿元 / 生物医药产业规模超9100亿元)
            if cont:
                cur.append(ln)
                continue
            out.append(cur)
        cur = [ln]
        right = ln.x1
    out.append(cur)
    return _stacked(out)


_GLYPH = re.compile(r"[\u3400-\u9fff]|\d{1,4}(?:\.\d+)?")


def _stacked(paras: list[list[Line]]) -> list[list[Line]]:
    """Glyphs set one per line down a narrow column — vertical CJK text, or a display figure printed as
    "16 / 条 / 举 / 措" — read as one paragraph: paragraphs made only of lines that are a single CJK character
    or a number, three lines or more, two of them characters, left-aligned, with a leading under 2.5 ems
    (wider than prose, which is why paragraphs() cuts them apart)."""
    out: list[list[Line]] = []
    i = 0
    while i < len(paras):
        j = i
        while j < len(paras) and all(_GLYPH.fullmatch(ln.text.strip()) for ln in paras[j]):
            ln, size = paras[j][0], max(paras[j][0].size, 1.0)
            if j > i:
                prev = paras[j - 1][-1]
                if abs(ln.x0 - paras[i][0].x0) > 0.5 * size or not 0 <= ln.top - prev.bottom < 2.5 * size:
                    break
            j += 1
        glyphs = [ln for p in paras[i:j] for ln in p]
        if j - i >= 2 and len(glyphs) >= 3 and sum(not ln.text.strip()[0].isdigit() for ln in glyphs) >= 2:
            out.append(glyphs)
            i = j
        else:
            out.append(paras[i])
            i += 1
    return out


def _shape(text: str) -> str:
    """Line text with digits blurred, so "页 12" and "页 13" repeat."""
    t = unicodedata.normalize("NFKC", text).strip()
    return re.sub(r"\d+", "#", t)


def running_lines(pages: list[list[Line]], heights: list[float], band: float = 0.1,
                  min_share: float = 0.3, body: float = 0.0) -> set[tuple[int, int]]:
    """(page index, line index) of lines that repeat near the top or bottom edge on many pages.

    Bare numbers (page numbers, which move between odd and even positions) count together, but only at
    body size or smaller: a chapter number printed large at the top of a page is not a folio.
    """
    counts: Counter = Counter()
    where = []
    for p, lines in enumerate(pages):
        h = heights[p] or 1
        for i, ln in enumerate(lines):
            if ln.top < band * h or ln.bottom > (1 - band) * h:
                key = (_shape(ln.text), round(ln.top / 6) if ln.top < band * h else -round((h - ln.bottom) / 6))
                counts[key] += 1
                where.append((p, i, key, ln))
    n = len(pages)
    need = max(3, int(min_share * n)) if n >= 4 else n + 1
    folios = sum(c for k, c in counts.items() if re.fullmatch(r"[-–—\s]*#[-–—\s]*", k[0]))
    drop = set()
    for p, i, key, ln in where:
        if counts[key] >= need:
            drop.add((p, i))
        elif re.fullmatch(r"[-–—\s]*#[-–—\s]*", key[0]) and folios >= need and (not body or ln.size <= body * 1.1):
            drop.add((p, i))
    return drop


TOC = re.compile(r"目\s*录|CONTENTS|Contents|TABLE OF CONTENTS")


_NUM = re.compile(r"^\s*(\d+(?:\.\d+){0,4})(?=\s|$|[^\d.%])")


def _depth(text: str) -> int:
    """1 for "3" or "3 …", 2 for "3.1 …", 0 for an unnumbered heading."""
    m = _NUM.match(text)
    return m.group(1).count(".") + 1 if m else 0


def heading_level(block, heading_sizes: list[float], body: float) -> int:
    """0 when not a heading; else 1.. by size rank, numbered bold body-size titles below the sized ones."""
    lines = block.lines
    if not lines or len(block.text) > 60 or block.kind == "table_row":
        return 0
    size = round(max(l.size for l in lines), 1)
    if size in heading_sizes and all(round(l.size, 1) == size for l in lines):
        return heading_sizes.index(size) + 1
    if len(lines) == 1 and lines[0].bold and len(block.text) <= 40 and (m := NUMBERED.match(block.text)):
        depth = m.group(0).count(".") + 1 if m.group(0)[:1].isdigit() else 1
        return len(heading_sizes) + depth
    return 0


def rebuild(block) -> None:
    ls = block.lines
    block.text = join_lines(ls)
    block.x0, block.top = min(l.x0 for l in ls), min(l.top for l in ls)
    block.x1, block.bottom = max(l.x1 for l in ls), max(l.bottom for l in ls)


def finalize(pages) -> None:
    """Document-level layout: drop running headers/footers, mark headings, set sections and page text."""
    ok = [p for p in pages if p.status == "ok"]
    index = [[(bi, li) for bi, b in enumerate(p.blocks) if b.kind != "table_row" for li in range(len(b.lines))]
             for p in ok]
    line_lists = [[p.blocks[bi].lines[li] for bi, li in idx] for p, idx in zip(ok, index)]
    sizes = Counter(round(l.size, 1) for ls in line_lists for l in ls for _ in range(max(len(l.text), 1)))
    body = sizes.most_common(1)[0][0] if sizes else 10.0
    drop = running_lines(line_lists, [p.height for p in ok], body=body)
    heading_sizes = sorted({round(l.size, 1) for ls in line_lists for l in ls if l.size >= body * 1.08},
                           reverse=True)
    path: dict[int, str] = {}
    for pi, p in enumerate(ok):
        toc = False  # headings on a contents page list the sections; they do not open them
        gone: dict[int, set] = {}
        for k, (bi, li) in enumerate(index[pi]):
            if (pi, k) in drop:
                gone.setdefault(bi, set()).add(li)
        kept = []
        for bi, b in enumerate(p.blocks):
            if bi in gone:
                b.lines = [l for li, l in enumerate(b.lines) if li not in gone[bi]]
                if not b.lines:
                    continue
                rebuild(b)
            level = heading_level(b, heading_sizes, body)
            if level:
                b.kind = "heading"
                toc = toc or TOC.fullmatch(b.text.strip()) is not None
                if not toc:
                    path = {k: v for k, v in path.items() if k < level}
                    d = _depth(b.text)
                    if d:  # "1.2" closes "1.1" and its subsections whatever their printed sizes
                        path = {k: v for k, v in path.items() if not (_depth(v) and _depth(v) >= d)}
                    path[level] = b.text
            b.section = " > ".join(path[k] for k in sorted(path))
            kept.append(b)
        p.blocks = kept
    join_continued_tables(ok)
    for p in ok:
        p.text = "\n".join(b.text for b in p.blocks)


def _tables(page) -> dict[str, list]:
    out: dict[str, list] = {}
    for c in page.cells:
        out.setdefault(c.table_id, []).append(c)
    return out


def _columns(cells) -> list[float]:
    """Column starts relative to the table's left edge."""
    x = min(c.x0 for c in cells)
    cols: dict[int, float] = {}
    for c in cells:
        cols[c.col] = min(cols.get(c.col, 1e9), c.x0 - x)
    return [cols[k] for k in sorted(cols)]


def _first_block(page, cells) -> int | None:
    """Index in page.blocks of the table's first row block."""
    r0 = min(c.row for c in cells)
    first = [c for c in cells if c.row == r0]
    x0, top = min(c.x0 for c in first), min(c.top for c in first)
    return next((i for i, b in enumerate(page.blocks) if b.kind == "table_row" and abs(b.x0 - x0) < 0.5
                 and abs(b.top - top) < 0.5), None)


def _table_order(page) -> list[tuple[int, list]]:
    """(index of the table's first row block in page.blocks, cells) in reading order."""
    out = [(k, cells) for cells in _tables(page).values() if (k := _first_block(page, cells)) is not None]
    return sorted(out, key=lambda t: t[0])


def join_continued_tables(pages) -> None:
    """Two tables with nothing but page furniture between them in reading order (the end of one page or
    column and the start of the next) and the same columns are one table.

    The continuation takes the start's table_id and row numbers that follow on (cells keep their own page and
    boxes). When it is on another page it gets a `caption` block, placed before its rows, carrying the start's
    unit caption (单位：元), since the claims stage reads captions from a page's blocks; that block has no
    lines, and its box is the top edge of the continued table.
    """
    seq = []  # (page, block index, cells) in document reading order
    for p in pages:
        seq += [(p, cells) for _, cells in _table_order(p)]
    for (p, a), (q, b) in zip(seq, seq[1:]):
        if q.page not in (p.page, p.page + 1):
            continue
        kp, kq = _first_block(p, a), _first_block(q, b)
        last_a = max(i for i, blk in enumerate(p.blocks) if blk.kind == "table_row" and i >= kp
                     and all(x.kind == "table_row" for x in p.blocks[kp:i + 1]))
        between = p.blocks[last_a + 1:kq] if q is p else p.blocks[last_a + 1:] + q.blocks[:kq]
        if any(blk.kind != "caption" or blk.lines for blk in between):
            continue
        ca, cb = _columns(a), _columns(b)
        if len(ca) != len(cb) or any(abs(x - y) > 3 for x, y in zip(ca, cb)):
            continue
        tid, offset = a[0].table_id, max(c.row for c in a) + 1
        for c in b:
            c.table_id, c.row = tid, c.row + offset
        if len({c.row for c in a}) == 1 and not any(NUMERIC.match(c.text) for c in a if c.text):
            # a table whose page ends after its header row (产业环节 | 2024年 | 2025年 | 同比增长(%)): that row, one row
            # of names and no figure, heads the rows continued on the next page (alone, it was taken for no header)
            for c in a:
                c.is_header = True
        if q is p:
            continue
        s_top = min(c.top for c in a)
        caps = [blk for blk in p.blocks[:kp] if blk.kind == "caption" and s_top - blk.bottom < 80]
        if caps:
            cap = caps[-1]
            c_top = min(c.top for c in b)
            q.blocks.insert(kq, Block(cap.text, min(c.x0 for c in b), c_top, max(c.x1 for c in b), c_top,
                                      "caption", q.blocks[kq].section, []))
