"""After a document is stored: checks that span documents, and review decisions brought into the store.

Both are derived data, recomputed from the store each time, so a crash between the document's own
transaction and these steps loses nothing (the next run recomputes them).
"""
from __future__ import annotations

from pathlib import Path

from pipeline import reviews, store, validate
from schemas.records import Claim

_CLAIM_COLS = Claim.columns()


def _claims(con, edition: int) -> list[Claim]:
    cols = ", ".join(f'"{c}"' for c in _CLAIM_COLS)
    rows = con.execute(f"SELECT {cols} FROM claims WHERE edition = ? AND metric_id <> ''", [edition]).fetchall()
    return [Claim(*r) for r in rows]


def cross_edition(data_dir: Path, edition: int) -> set[str]:
    """Recompute growth-across-editions checks for `edition` (against edition−1) and edition+1 (against it).

    Order-independent: ingesting 2024 then 2025, or 2025 then 2024, ends in the same checks and flags.
    Returns the doc_ids whose checks changed, so their exports can be refreshed.
    """
    touched: set[str] = set()
    with store.transaction(data_dir) as con:
        for cur_ed in (edition, edition + 1):
            cur = _claims(con, cur_ed)
            docs = {c.doc_id for c in cur}
            if docs:
                q = ", ".join("?" * len(docs))
                con.execute(f"DELETE FROM checks WHERE rule = 'growth_edition' AND doc_id IN ({q})", list(docs))
                con.execute(f"DELETE FROM flags WHERE rule = 'growth_edition' AND doc_id IN ({q})", list(docs))
            prev = _claims(con, cur_ed - 1)
            if not cur or not prev:
                continue
            checks, flags = validate.growth_across_editions(prev, cur)
            run_of = dict(con.execute("SELECT doc_id, run_id FROM documents").fetchall())
            for rows, table in ((checks, "checks"), (flags, "flags")):
                for r in rows:
                    vals = [*r.to_dict().values(), run_of.get(r.doc_id, "")]
                    con.execute(f"INSERT INTO {table} VALUES ({', '.join('?' * len(vals))})", vals)
            touched |= docs
    return touched


def sync_reviews(data_dir: Path) -> dict:
    """Copy every decision from reviews.sqlite into the store (read-only on the reviewers' file).

    Returns counts: decisions, and orphaned ones (their flag or claim is gone, e.g. the text changed).
    """
    rows = reviews.all_rows(data_dir)
    with store.transaction(data_dir) as con:
        con.execute("DELETE FROM reviews")
        if rows:
            con.executemany("INSERT INTO reviews VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                            [[r["review_id"], r["flag_id"] or "", r["claim_id"] or "", r["decision"], r["value"] or "",
                              r["note"] or "", r["reviewer"], r["decided_at"]] for r in rows])
    con = store.connect(data_dir, read_only=True)
    try:
        orphaned = con.execute("SELECT count(*) FROM orphaned_reviews").fetchone()[0]
    finally:
        con.close()
    return {"decisions": len(rows), "orphaned": orphaned}


def record_decision(data_dir: Path, target_id: str, decision: str, reviewer: str, value: str = "",
                    note: str = "") -> dict:
    """Record a QA decision on a flag or a claim in reviews.sqlite, then bring it into the store and exports.

    The decision is durable once recorded; if the store is busy (an ingestion holds it), the copy into the
    store fails with the store's error and the next run or decision brings it in. Raises LookupError for an
    id that is neither a flag nor a claim, ValueError for an unknown decision or a claim corrected without a value.
    """
    data_dir = Path(data_dir)
    con = store.connect(data_dir, read_only=True)
    try:
        is_flag = con.execute("SELECT doc_id FROM flags WHERE flag_id = ?", [target_id]).fetchone()
        is_claim = con.execute("SELECT doc_id FROM claims WHERE claim_id = ?", [target_id]).fetchone()
    finally:
        con.close()
    if not (is_flag or is_claim):
        raise LookupError(f"no flag or claim with id {target_id}")
    if decision == "corrected" and is_claim and not is_flag and not str(value).strip():
        raise ValueError("a corrected claim needs its corrected value")
    review_id = reviews.record(data_dir, decision, reviewer, flag_id=target_id if is_flag else "",
                               claim_id=target_id if is_claim and not is_flag else "", value=value or "",
                               note=note or "")
    counts = sync_reviews(data_dir)
    for doc in store.documents(data_dir, [(is_flag or is_claim)[0]]):
        store.export_document(data_dir, doc)
    return {"review_id": review_id, **counts}
