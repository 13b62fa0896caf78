"""Which files to ingest: new PDFs in an inbox (the yearly job) or every document in the store (a rerun)."""
from __future__ import annotations

import csv
from pathlib import Path

import regex

from pipeline import store
from pipeline.document import sha256_file

YEAR = regex.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
EDITIONS_FILE = "editions.csv"  # file,edition: for names that carry no year, or more than one


def edition_of(path: Path, listed: dict[str, int]) -> int | None:
    """The edition listed for the file, else the one year in its name; None when neither says."""
    if path.name in listed:
        return listed[path.name]
    years = set(YEAR.findall(path.stem))
    return int(years.pop()) if len(years) == 1 else None


def _listed(inbox: Path) -> dict[str, int]:
    f = inbox / EDITIONS_FILE
    if not f.is_file():
        return {}
    with open(f, encoding="utf-8", newline="") as fh:
        return {r["file"].strip(): int(r["edition"]) for r in csv.DictReader(fh) if r.get("file")}


def _known_ids(data_dir: Path) -> set[str]:
    if not (data_dir / store.DB_NAME).exists():
        return set()
    con = store.connect(data_dir, read_only=True)
    try:
        return {r[0] for r in con.execute("SELECT doc_id FROM documents").fetchall()}
    finally:
        con.close()


def new_files(inbox: Path, data_dir: Path) -> tuple[list[tuple[str, int]], list[str]]:
    """(path, edition) of the inbox's PDFs not yet in the store, oldest edition first; and what was skipped
    and why. A file is known by its bytes (sha256), whatever it is called."""
    if not inbox.is_dir():
        raise NotADirectoryError(f"{inbox}: no such folder (the inbox)")
    listed, known = _listed(inbox), _known_ids(data_dir)
    todo, skipped, seen = [], [], {}
    for p in sorted(inbox.glob("*.pdf"), key=lambda p: p.name):
        doc_id = sha256_file(p)
        edition = edition_of(p, listed)
        if doc_id in known:
            skipped.append(f"{p}: already in the store")
        elif doc_id in seen:
            skipped.append(f"{p}: the same file as {seen[doc_id].name}")
        elif edition is None:
            skipped.append(f"{p}: edition unknown (no single year in the name; list it in {EDITIONS_FILE})")
        else:
            seen[doc_id] = p
            todo.append((str(p), edition))
    todo.sort(key=lambda t: (t[1], t[0]))
    return todo, skipped


def stored(data_dir: Path) -> list[tuple[str, int, str]]:
    """(kept copy, edition, original path) of every document in the store, oldest edition first."""
    if not (data_dir / store.DB_NAME).exists():
        return []
    con = store.connect(data_dir, read_only=True)
    try:
        rows = con.execute("SELECT doc_id, edition, path FROM documents ORDER BY edition, path").fetchall()
    finally:
        con.close()
    return [(str(data_dir / "documents" / f"{d}.pdf"), int(e), p) for d, e, p in rows]
