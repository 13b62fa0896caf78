"""The store: one DuckDB file, per-document Parquet exports, and documents kept by hash.

A document's rows are replaced in one transaction; exports are written to a temporary folder
and renamed into place, so a crash leaves the store as it was.
"""
from __future__ import annotations

import os
from contextlib import contextmanager
import shutil
import subprocess
import tempfile
from pathlib import Path

import duckdb
import pandas as pd

from schemas import SCHEMA_VERSION, data_file
from schemas.records import Check, Claim, Document, Flag, Page, TableCell

DB_NAME = "reportpipe.duckdb"
_COLUMNS = {
    "documents": Document.columns() + ["run_id"],
    "pages": list(Page.ROW_FIELDS) + ["run_id"],
    "claims": Claim.columns() + ["run_id"],
    "tables": [c for c in TableCell.columns()] + ["run_id"],
    "checks": Check.columns() + ["run_id"],
    "flags": Flag.columns() + ["run_id"],
}


def code_version() -> str:
    here = Path(__file__).resolve().parent.parent
    try:
        out = subprocess.run(["git", "-C", str(here), "describe", "--always", "--dirty"], capture_output=True,
                             text=True, timeout=5)
        if out.returncode == 0 and out.stdout.strip():
            return out.stdout.strip()
    except (OSError, subprocess.SubprocessError):
        pass
    return "unknown"


def connect(data_dir: Path, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    data_dir = Path(data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    db = data_dir / DB_NAME
    if read_only:
        return duckdb.connect(str(db), read_only=True)
    con = duckdb.connect(str(db))
    migrate(con)
    return con


def migrate(con) -> None:
    """Create the schema, or bring an older store up to SCHEMA_VERSION (one step per version), in one transaction: a
    process killed midway leaves the store as it was (a kill -9 test once found a store with its meta table only)."""
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute("CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
        row = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        have = int(row[0]) if row else 0
        if have > SCHEMA_VERSION:
            raise RuntimeError(f"store schema_version {have} is newer than this code ({SCHEMA_VERSION})")
        con.execute(data_file("store.sql").read_text(encoding="utf-8"))
        # each version's migration in order (store.sql above creates only what is missing)
        if have < 2:
            con.execute("ALTER TABLE runs ADD COLUMN IF NOT EXISTS stages VARCHAR")
        con.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise


def _frame(table: str, rows: list[dict], run_id: str) -> pd.DataFrame:
    cols = _COLUMNS[table]
    df = pd.DataFrame([{**{k: r.get(k) for k in cols if k != "run_id"}, "run_id": run_id} for r in rows],
                      columns=cols)
    return df


@contextmanager
def transaction(data_dir: Path):
    """A connection inside one transaction: committed when the block ends, rolled back if it raises."""
    con = connect(data_dir)
    try:
        con.execute("BEGIN TRANSACTION")
        try:
            yield con
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
    finally:
        con.close()


def write_document(data_dir: Path, doc: Document, pages: list[Page], claims: list[Claim],
                   checks: list[Check], flags: list[Flag], run: dict) -> None:
    """Replace this document's rows in one transaction and append to the runs ledger."""
    run_id = run["run_id"]
    frames = {
        "documents": _frame("documents", [doc.to_dict()], run_id),
        "pages": _frame("pages", [p.row() for p in pages], run_id),
        "claims": _frame("claims", [c.to_dict() for c in claims], run_id),
        "tables": _frame("tables", [c.to_dict() for p in pages for c in p.cells], run_id),
        "checks": _frame("checks", [c.to_dict() for c in checks], run_id),
        "flags": _frame("flags", [f.to_dict() for f in flags], run_id),
    }
    with transaction(data_dir) as con:
        for table, df in frames.items():
            con.execute(f'DELETE FROM "{table}" WHERE doc_id = ?', [doc.doc_id])
            if len(df):
                con.register("_df", df)
                cols = ", ".join(f'"{c}"' for c in df.columns)
                con.execute(f'INSERT INTO "{table}" ({cols}) SELECT {cols} FROM _df')
                con.unregister("_df")
        rcols = list(run)
        con.execute(f"INSERT INTO runs ({', '.join(rcols)}) VALUES ({', '.join('?' * len(rcols))})",
                    [run[c] for c in rcols])


def record_failed_run(data_dir: Path, run: dict) -> None:
    con = connect(data_dir)
    try:
        rcols = list(run)
        con.execute(f"INSERT INTO runs ({', '.join(rcols)}) VALUES ({', '.join('?' * len(rcols))})",
                    [run[c] for c in rcols])
    finally:
        con.close()


def export_dir(data_dir: Path, doc: Document) -> Path:
    stem = Path(doc.path).stem
    return Path(data_dir) / str(doc.edition) / stem


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths in one step (Linux renameat2 RENAME_EXCHANGE); False where unsupported."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        AT_FDCWD, RENAME_EXCHANGE = -100, 2
        return libc.renameat2(AT_FDCWD, os.fsencode(a), AT_FDCWD, os.fsencode(b), RENAME_EXCHANGE) == 0
    except (OSError, AttributeError):
        return False


def _sweep(final: Path) -> None:
    """Temporary folders a killed run left next to `final` (ours only: `.<name>.*`)."""
    old = final.with_name(f".{final.name}.old")
    if old.exists() and not final.exists():  # killed between the two renames of the fallback: put it back
        os.replace(old, final)
    for p in final.parent.glob(f".{final.name}.*"):
        shutil.rmtree(p, ignore_errors=True)


def export_document(data_dir: Path, doc: Document) -> Path:
    """Write the document's Parquet files into a temporary folder, then swap it into place.

    Readers see the old folder or the new one, never a mix or none: the swap is one rename
    (RENAME_EXCHANGE); where that is missing, two renames, and a killed run's leftovers are put
    back by the next export.
    """
    final = export_dir(data_dir, doc)
    final.parent.mkdir(parents=True, exist_ok=True)
    _sweep(final)
    tmp = Path(tempfile.mkdtemp(prefix=f".{final.name}.", dir=final.parent))
    con = connect(data_dir, read_only=True)
    try:
        queries = {
            "claims": "SELECT * FROM dataset WHERE doc_id = ? ORDER BY page, top, x0",
            "tables": 'SELECT * FROM "tables" WHERE doc_id = ? ORDER BY page, table_id, "row", col',
            "flags": "SELECT * FROM flag_queue WHERE doc_id = ? ORDER BY page, flag_id",
            "pages": "SELECT * FROM pages WHERE doc_id = ? ORDER BY page",
        }
        for name, q in queries.items():
            con.execute(q, [doc.doc_id]).df().to_parquet(tmp / f"{name}.parquet", index=False)
    finally:
        con.close()
    for f in tmp.iterdir():  # on disk before the rename makes them visible
        with open(f, "rb") as fh:
            os.fsync(fh.fileno())
    if not final.exists():
        os.replace(tmp, final)
    elif _exchange(tmp, final):
        shutil.rmtree(tmp, ignore_errors=True)  # tmp now holds the old export
    else:
        old = final.with_name(f".{final.name}.old")
        os.replace(final, old)
        os.replace(tmp, final)
        shutil.rmtree(old, ignore_errors=True)
    return final


def documents(data_dir: Path, doc_ids) -> list[Document]:
    """Document records for doc_ids (to refresh their exports)."""
    ids = list(doc_ids)
    if not ids:
        return []
    con = connect(data_dir, read_only=True)
    try:
        cols = Document.columns()
        q = ", ".join("?" * len(ids))
        rows = con.execute(f"SELECT {', '.join(cols)} FROM documents WHERE doc_id IN ({q})", ids).fetchall()
    finally:
        con.close()
    return [Document(*r) for r in rows]
