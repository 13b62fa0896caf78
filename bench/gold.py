"""Load the hand-made gold (fixtures/gold) and tie pipeline claims back to source lines."""
from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "fixtures" / "gold"
FIX = Path(__file__).resolve().parent.parent / "fixtures" / "pdf"
SEED = Path(__file__).resolve().parent.parent.parent / "shared" / "seeds" / "shanghai-st-progress-report-2025.md"


@dataclass
class Span:
    span_id: str
    doc: str
    start: int
    end: int
    split: str


def spans() -> dict[str, Span]:
    with open(GOLD / "spans.csv", encoding="utf-8") as f:
        return {r["span_id"]: Span(r["span_id"], r["doc"], int(r["start"]), int(r["end"]), r["split"])
                for r in csv.DictReader(f)}


def _rows(folder: str) -> list[dict]:
    rows = []
    for p in sorted((GOLD / folder).glob("*.csv")):
        with open(p, encoding="utf-8") as f:
            rows += list(csv.DictReader(f))
    return rows


def hidden_lines(extra: list[str] = ()):
    """For gold-free audits: whether a seed line must stay out of sight — inside a held-out span or one line past
    its edge (a sentence cut there may belong to the span), or in one of the extra ranges ("913-1010", "1968")."""
    ranges = [(s.start - 1, s.end + 1) for s in spans().values() if s.doc == "seed" and s.split == "heldout"]
    for spec in extra:
        a, _, b = spec.partition("-")
        ranges.append((int(a), int(b or a)))
    return lambda line: line is not None and any(a <= line <= b for a, b in ranges)


def claims() -> list[dict]:
    return _rows("claims")


def relations() -> list[dict]:
    return _rows("relations")


def number(s: str) -> Decimal | None:
    """A gold or pipeline number as a Decimal; fractions like 1/3 become their quotient."""
    s = (s or "").strip().replace(",", "")
    if not s:
        return None
    try:
        if "/" in s:
            a, b = s.split("/", 1)
            return Decimal(a) / Decimal(b)
        return Decimal(s)
    except (InvalidOperation, ZeroDivisionError):
        return None


def same_number(a, b, rel: float = 1e-9) -> bool:
    x, y = number(str(a)), number(str(b))
    if x is None or y is None:
        return False
    if x == y:
        return True
    return abs(x - y) <= Decimal(str(rel)) * max(abs(x), abs(y)) + Decimal("0.00005")


class LineLocator:
    """Which source line a box on a fixture page belongs to, from the builder's map."""

    def __init__(self, map_path: Path, page_map: dict[int, int] | None = None):
        meta = json.loads(map_path.read_text(encoding="utf-8"))
        self.by_page: dict[int, list[dict]] = {}
        for b in meta["boxes"]:
            self.by_page.setdefault(b["page"], []).append(b)
        self.page_map = page_map  # pipeline page → source page (scanned/mixed variants)
        pages = set(page_map.values()) if page_map is not None else set(self.by_page)
        self.lines = {b["line"] for p in pages for b in self.by_page.get(p, [])}  # lines this PDF prints

    def line(self, page: int, x0: float, top: float, x1: float, bottom: float, slack: float = 3.0) -> int | None:
        src = self.page_map.get(page) if self.page_map is not None else page
        if src is None:
            return None
        cx, cy = (x0 + x1) / 2, (top + bottom) / 2
        best = None
        for b in self.by_page.get(src, []):
            if b["x0"] - slack <= cx <= b["x1"] + slack and b["top"] - slack <= cy <= b["bottom"] + slack:
                area = (b["x1"] - b["x0"]) * (b["bottom"] - b["top"])
                if best is None or area < best[0]:
                    best = (area, b["line"])
        return best[1] if best else None


def lines_of(claims: list, pdf: Path) -> dict[str, int | None]:
    """claim_id → the source line a fixture claim stands on (None where the map places no line)."""
    loc = locator_for(pdf)
    return {c.claim_id: loc.line(c.page, c.x0, c.top, c.x1, c.bottom) for c in claims}


def locator_for(pdf: Path) -> LineLocator | None:
    """The locator for a fixture PDF, or None for PDFs scored by page (the real ones)."""
    m = pdf.with_suffix(".map.json")
    if not m.exists():
        return None
    meta = json.loads(m.read_text(encoding="utf-8"))
    if "boxes" in meta:
        return LineLocator(m)
    src = m.parent / meta.get("source", "report-2025.pdf")
    if "source_pages" in meta:  # scanned: page i is source page source_pages[i-1]
        return LineLocator(src.with_suffix(".map.json"), {i + 1: p for i, p in enumerate(meta["source_pages"])})
    return None


def verified_copies(checks: list) -> dict[str, set[str]]:
    """Each claim's copies: the other claims of a passing restatement check (one figure printed again, the
    validators found it to agree). A secondary relation score lets a check on such a copy stand for the figure
    (the arithmetic checked is the same); the headline score does not."""
    out: dict[str, set[str]] = {}
    for k in checks:
        if k.rule == "restatement" and k.outcome == "pass":
            ids = set(k.claim_ids.split("|"))
            for i in ids:
                out.setdefault(i, set()).update(ids - {i})
    return out


def check_on_copies(ids: list[set[str]], check_sets: list, copies: dict[str, set[str]]):
    """The first check holding, for each relation figure (a set of candidate claim ids), one of its candidates or a
    verified copy of one, each a different claim; None when there is none."""
    for s, k in check_sets:
        used: set[str] = set()
        for cands in ids:
            alt = set(cands) | {c for i in cands for c in copies.get(i, ())}
            hit = next((c for c in sorted(alt & s) if c not in used), None)
            if hit is None:
                break
            used.add(hit)
        else:
            return k
    return None

