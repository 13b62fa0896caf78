"""Words → lines → reading order; running headers and page numbers removed by repetition."""
from __future__ import annotations

import re
import unicodedata
from collections import Counter

from schemas.records import Line, Word

_CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef，。；：、！？（）《》“”]")


def join_words(words: list[Word]) -> str:
    """Concatenate a line's words: no space between CJK, one space between Latin words."""
    out = ""
    prev = None
    for w in words:
        t = w.text
        if prev is not None and out and t:
            gap = w.x0 - prev.x1
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
    return [_make_line(ws) for ws in lines]


def split_wide_lines(lines: list[Line], gutter: tuple[float, float]) -> list[Line]:
    """A line built across the gutter of a two-column page is two lines."""
    out = []
    g0, g1 = gutter
    for ln in lines:
        left = [w for w in ln.words if w.x1 <= g1]
        right = [w for w in ln.words if w.x1 > g1]
        if left and right and min(w.x0 for w in right) >= g0:
            out += [_make_line(left), _make_line(right)]
        else:
            out.append(ln)
    return out


def find_gutter(lines: list[Line], width: float) -> tuple[float, float] | None:
    """A vertical band near the middle that (almost) no word crosses, with side-by-side text on both sides.

    A few full-width lines (a chapter title over both columns) may cross it; they cut the page into bands.
    """
    if len(lines) < 10:
        return None
    lo, hi, step = width * 0.3, width * 0.7, 2.0
    nbins = int((hi - lo) / step)
    occ = [0] * nbins
    for ln in lines:
        for w in ln.words:
            a, b = max(0, int((w.x0 - lo) / step)), min(nbins, int((w.x1 - lo) / step) + 1)
            for i in range(a, b):
                occ[i] += 1
    allow = max(2, len(lines) // 15)
    best, run, start = None, 0, 0
    for i, o in enumerate(occ + [10 ** 9]):
        if o <= allow:
            if run == 0:
                start = i
            run += 1
        else:
            if run * step >= 8 and (best is None or run > best[1]):
                best = (start, run)
            run = 0
    if best is None:
        return None
    g0 = lo + best[0] * step
    g1 = g0 + best[1] * step
    left = [ln for ln in lines if ln.x1 <= g1]
    right = [ln for ln in lines if ln.x0 >= g0]
    side = sum(1 for l in left if any(r.top < l.bottom and r.bottom > l.top for r in right))
    if len(left) >= 5 and len(right) >= 5 and side >= 3:
        return g0, g1
    return None


def reading_order(lines: list[Line], width: float) -> list[Line]:
    gutter = find_gutter(lines, width)
    if gutter is None:
        return sorted(lines, key=lambda l: (l.top, l.x0))
    lines = split_wide_lines(lines, gutter)
    g0, g1 = gutter
    full = [l for l in lines if l.x0 < g0 and l.x1 > g1]
    rest = [l for l in lines if not (l.x0 < g0 and l.x1 > g1)]
    # Full-width lines (headings spanning both columns) cut the page into bands read in turn.
    out: list[Line] = []
    cuts = sorted(full, key=lambda l: l.top)
    bands = [-1.0] + [l.top for l in cuts] + [1e9]
    for i in range(len(bands) - 1):
        band = [l for l in rest if bands[i] <= l.top < bands[i + 1]]
        out += sorted([l for l in band if l.x1 <= g1], key=lambda l: (l.top, l.x0))
        out += sorted([l for l in band if l.x1 > g1], key=lambda l: (l.top, l.x0))
        if i < len(cuts):
            out.append(cuts[i])
    return out


def _shape(text: str) -> str:
    """Line text with digits blurred, so "页 12" and "页 13" repeat."""
    t = unicodedata.normalize("NFKC", text).strip()
    return re.sub(r"\d+", "#", t)


def running_lines(pages: list[list[Line]], heights: list[float], band: float = 0.1,
                  min_share: float = 0.3) -> set[tuple[int, int]]:
    """(page index, line index) of lines that repeat near the top or bottom edge on many pages."""
    counts: Counter = Counter()
    where = []
    for p, lines in enumerate(pages):
        h = heights[p] or 1
        for i, ln in enumerate(lines):
            if ln.top < band * h or ln.bottom > (1 - band) * h:
                key = (_shape(ln.text), round(ln.top / 6) if ln.top < band * h else -round((h - ln.bottom) / 6))
                counts[key] += 1
                where.append((p, i, key))
    n = len(pages)
    need = max(3, int(min_share * n)) if n >= 4 else n + 1
    drop = set()
    for p, i, key in where:
        if counts[key] >= need:
            drop.add((p, i))
        elif re.fullmatch(r"#", key[0]) and sum(c for k, c in counts.items() if k[0] == "#") >= need:
            drop.add((p, i))  # page numbers move between positions (odd/even) but are always bare digits
    return drop


def finalize(pages) -> None:
    """Document-level layout: drop running headers/footers, mark headings, set sections and page text."""
    ok = [p for p in pages if p.status == "ok"]
    line_lists = [[b.lines[0] for b in p.blocks] for p in ok]
    drop = running_lines(line_lists, [p.height for p in ok])
    sizes = Counter(round(l.size, 1) for ls in line_lists for l in ls for _ in range(max(len(l.text), 1)))
    body = sizes.most_common(1)[0][0] if sizes else 10.0
    heading_sizes = sorted({round(l.size, 1) for ls in line_lists for l in ls if l.size >= body * 1.15},
                           reverse=True)
    path: dict[int, str] = {}
    for pi, p in enumerate(ok):
        kept = []
        for li, b in enumerate(p.blocks):
            if (pi, li) in drop:
                continue
            ln = b.lines[0]
            if round(ln.size, 1) in heading_sizes and len(ln.text) <= 40:
                level = heading_sizes.index(round(ln.size, 1)) + 1
                b.kind = "heading"
                path = {k: v for k, v in path.items() if k < level}
                path[level] = ln.text
            b.section = " > ".join(path[k] for k in sorted(path))
            kept.append(b)
        p.blocks = kept
        p.text = "\n".join(b.text for b in kept)
