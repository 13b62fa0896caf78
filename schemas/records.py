"""The records each stage hands to the next: document → pages → layout → claims/tables → checks/flags.

Field names are the dataset contract (see schemas/README.md); later stages fill more of them in,
but names do not change without a SCHEMA_VERSION bump and a migration in pipeline/store.py.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields


class Record:
    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def columns(cls) -> list[str]:
        return [f.name for f in fields(cls)]


@dataclass
class Document(Record):
    doc_id: str  # sha256 of the bytes
    path: str  # original path as given
    stored_path: str  # <data-dir>/documents/<sha256>.pdf
    edition: int
    title: str
    pages: int
    bytes: int
    ingested_at: str = ""


@dataclass
class Word(Record):
    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    size: float = 0.0
    bold: bool = False
    confidence: float = 100.0  # OCR confidence 0–100; text-layer words are 100


@dataclass
class Line(Record):
    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    words: list[Word] = field(default_factory=list)
    size: float = 0.0
    bold: bool = False


@dataclass
class Block(Record):
    """A paragraph, heading, list item or table caption in reading order."""
    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    kind: str = "para"  # para | heading | bullet | caption | table_row
    section: str = ""  # section path, " > " separated
    lines: list[Line] = field(default_factory=list)


@dataclass
class TableCell(Record):
    doc_id: str
    page: int
    table_id: str
    row: int
    col: int
    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    is_header: bool = False


@dataclass
class Page(Record):
    doc_id: str
    page: int  # 1-based
    kind: str = "text"  # text | ocr
    route: str = ""  # pdfplumber | pdfium | tesseract | …
    status: str = "ok"  # ok | error
    error: str = ""
    text: str = ""  # reading order, running headers and page numbers removed
    seconds: float = 0.0
    confidence: float = 100.0
    width: float = 0.0
    height: float = 0.0
    blocks: list[Block] = field(default_factory=list)
    cells: list[TableCell] = field(default_factory=list)

    ROW_FIELDS = ("doc_id", "page", "kind", "route", "status", "error", "text", "seconds", "confidence")

    def row(self) -> dict:
        return {k: getattr(self, k) for k in self.ROW_FIELDS}


@dataclass
class Claim(Record):
    claim_id: str
    doc_id: str
    edition: int
    page: int
    x0: float
    top: float
    x1: float
    bottom: float
    section: str
    context: str
    subject: str
    raw: str
    value: float
    unit: str
    norm_value: float | None
    norm_exact: str
    decimals: int
    base_unit: str
    kind: str = "level"
    direction: str = ""
    qualifier: str = ""
    period: str = ""
    metric_id: str = ""
    source: str = "text"  # text | ocr
    confidence: float = 100.0
    table_id: str = ""
    row: int = -1
    col: int = -1


@dataclass
class Check(Record):
    check_id: str
    doc_id: str
    rule: str
    claim_ids: str  # "|"-joined
    expected: str
    observed: str
    tolerance: str
    outcome: str  # pass | fail | not_comparable | skipped


@dataclass
class Flag(Record):
    flag_id: str  # stable fingerprint of rule + claim fingerprints
    doc_id: str
    rule: str
    severity: str  # error | warning | info
    message: str
    expected: str
    observed: str
    claim_ids: str
    page: int
    x0: float
    top: float
    x1: float
    bottom: float
    status: str = "open"  # open | accepted | corrected | dismissed


# Vocabularies (the contract); extractors and validators must stay inside them.
BASE_UNITS = ("CNY", "USD", "EUR", "count", "percent", "permille", "pct_point", "times", "rank",
              "person_times", "hours", "m2", "year", "month", "day", "index")
KINDS = ("level", "change", "share", "rank", "ratio", "target", "threshold", "other")
DIRECTIONS = ("up", "down", "")
QUALIFIERS = ("approx", "over", "near", "under", "")
PAGE_KINDS = ("text", "ocr")
PAGE_STATUS = ("ok", "error")
