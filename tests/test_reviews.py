"""Review decisions survive re-ingestion and reach the dataset; decisions on vanished claims are reported."""
import duckdb

from conftest import FIX
from pipeline import publish, reviews


def test_decisions_survive_reingest(tmp_path, prefect_home):
    from flows import ingest_document

    data = tmp_path
    assert ingest_document(str(FIX / "report-2024-synthetic.pdf"), 2024, str(data)).ok
    con = duckdb.connect(str(data / "reportpipe.duckdb"), read_only=True)
    claims = con.execute("SELECT claim_id, raw, value FROM claims ORDER BY page, top, x0").fetchall()
    con.close()
    by_raw = {raw: cid for cid, raw, _ in claims}
    # 168篇 and 6825件 are printed on the synthetic 2024 page (fixtures/build.py EDITION_2024)
    reviews.record(data, "dismissed", "qa1", claim_id=by_raw["168篇"], note="not a claim (test)")
    reviews.record(data, "corrected", "qa1", claim_id=by_raw["6825件"], value="6826", note="typo (test)")
    reviews.record(data, "accepted", "qa2", claim_id="no-such-claim", note="will be orphaned")
    before = (data / reviews.FILE).read_bytes()

    assert ingest_document(str(FIX / "report-2024-synthetic.pdf"), 2024, str(data)).ok
    assert (data / reviews.FILE).read_bytes() == before  # ingestion never writes the reviewers' file
    con = duckdb.connect(str(data / "reportpipe.duckdb"), read_only=True)
    try:
        ds = {r[0]: (r[1], r[2]) for r in con.execute("SELECT raw, value, check_status FROM dataset").fetchall()}
        orphans = con.execute("SELECT claim_id FROM orphaned_reviews").fetchall()
    finally:
        con.close()
    assert "168篇" not in ds
    assert ds["6825件"] == (6826.0, "corrected")
    assert orphans == [("no-such-claim",)]
    assert publish.sync_reviews(data) == {"decisions": 3, "orphaned": 1}
