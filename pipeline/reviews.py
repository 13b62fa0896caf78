"""Review decisions: their own SQLite file (WAL, append-only), written only by reviewers, never by ingestion."""
from __future__ import annotations

import sqlite3
from datetime import datetime, timezone
from pathlib import Path

FILE = "reviews.sqlite"
DECISIONS = ("accepted", "corrected", "dismissed", "reopened")
DDL = """CREATE TABLE IF NOT EXISTS reviews (
    review_id INTEGER PRIMARY KEY AUTOINCREMENT, flag_id TEXT, claim_id TEXT, decision TEXT NOT NULL,
    value TEXT, note TEXT, reviewer TEXT NOT NULL, decided_at TEXT NOT NULL)"""


def connect(data_dir: Path) -> sqlite3.Connection:
    con = sqlite3.connect(str(Path(data_dir) / FILE), timeout=30)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute(DDL)
    return con


def record(data_dir: Path, decision: str, reviewer: str, flag_id: str = "", claim_id: str = "",
           value: str = "", note: str = "") -> int:
    if decision not in DECISIONS:
        raise ValueError(f"decision must be one of {DECISIONS}")
    con = connect(data_dir)
    try:
        with con:
            cur = con.execute("INSERT INTO reviews (flag_id, claim_id, decision, value, note, reviewer, decided_at)"
                              " VALUES (?, ?, ?, ?, ?, ?, ?)",
                              (flag_id, claim_id, decision, value, note, reviewer,
                               datetime.now(timezone.utc).isoformat(timespec="seconds")))
        return int(cur.lastrowid)
    finally:
        con.close()


def _read(data_dir: Path, sql: str) -> list[dict]:
    """Rows of a query on the reviewers' file, opened read-only (safe while a reviewer writes)."""
    path = Path(data_dir) / FILE
    if not path.exists():
        return []
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30)
    con.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in con.execute(sql).fetchall()]
    finally:
        con.close()


def latest(data_dir: Path) -> list[dict]:
    """The latest decision per flag or claim."""
    return _read(data_dir, "SELECT * FROM reviews WHERE review_id IN (SELECT max(review_id) FROM reviews "
                           "GROUP BY flag_id, claim_id) ORDER BY review_id")


def all_rows(data_dir: Path) -> list[dict]:
    """Every decision, oldest first."""
    return _read(data_dir, "SELECT * FROM reviews ORDER BY review_id")
