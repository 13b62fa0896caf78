"""Ruled tables on page images: rule masks → cell grid (with merged cells) → words assigned to cells."""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

import cv2
import numpy as np


def _centers(flags: np.ndarray) -> list[int]:
    """Centres of runs of True (a rule a few pixels thick is one position)."""
    out, start = [], None
    for i, f in enumerate(list(flags) + [False]):
        if f and start is None:
            start = i
        elif not f and start is not None:
            out.append((start + i - 1) // 2)
            start = None
    return out


@dataclass
class Grid:
    """Row boundaries ys and column boundaries xs in pixels; open[r][c] is True when no rule separates
    columns c and c+1 in row r (a cell spanning both)."""
    xs: list[int]
    ys: list[int]
    open: list[list[bool]] = field(default_factory=list)

    @property
    def box(self) -> tuple[int, int, int, int]:
        return self.xs[0], self.ys[0], self.xs[-1], self.ys[-1]

    def cell_at(self, x: float, y: float) -> tuple[int, int] | None:
        """(row, first column of the merged cell) holding pixel (x, y), or None outside the table."""
        if not (self.xs[0] <= x <= self.xs[-1] and self.ys[0] <= y <= self.ys[-1]):
            return None
        r = min(bisect_right(self.ys, y) - 1, len(self.ys) - 2)
        c = min(bisect_right(self.xs, x) - 1, len(self.xs) - 2)
        while c > 0 and self.open[r][c - 1]:
            c -= 1
        return r, c

    def spans(self):
        """(row, col, x0, y0, x1, y1) of every cell, merged cells once (at their first column)."""
        for r in range(len(self.ys) - 1):
            c = 0
            while c < len(self.xs) - 1:
                e = c
                while e < len(self.xs) - 2 and self.open[r][e]:
                    e += 1
                yield r, c, self.xs[c], self.ys[r], self.xs[e + 1], self.ys[r + 1]
                c = e + 1


def find_grids(horiz: np.ndarray, vert: np.ndarray, min_w: int = 300, min_h: int = 60) -> list[Grid]:
    """Tables ruled on all sides: connected rule networks with at least two rows of rules and two columns."""
    both = cv2.dilate(cv2.bitwise_or(horiz, vert), np.ones((7, 7), np.uint8))
    n, _, stats, _ = cv2.connectedComponentsWithStats(both)
    grids = []
    for i in range(1, n):
        x, y, w, h, _ = stats[i]
        if w < min_w or h < min_h:
            continue
        hz = horiz[y:y + h, x:x + w] > 0
        vt = vert[y:y + h, x:x + w] > 0
        ys = _centers(hz.sum(1) > 0.5 * w)
        xs = _centers(vt.sum(0) > 0.3 * h)
        if len(ys) < 2 or len(xs) < 2:
            continue
        opened = []
        for r in range(len(ys) - 1):
            a, b = ys[r] + 3, ys[r + 1] - 3
            row = []
            for c in range(1, len(xs) - 1):
                band = vt[a:b, max(xs[c] - 3, 0):xs[c] + 4]
                row.append(b <= a or band.any(axis=1).mean() < 0.5)
            opened.append(row)
        grids.append(Grid([x + v for v in xs], [y + v for v in ys], opened))
    return sorted(grids, key=lambda g: (g.ys[0], g.xs[0]))
