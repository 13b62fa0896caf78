"""Real Prefect flow runs (local ephemeral API), real tesseract, real DuckDB and Parquet files."""
import os
import subprocess
import sys

import duckdb
import pandas as pd
import pytest

from conftest import BAD, FIX, ROOT, seed_lines
from schemas import SCHEMA_VERSION
from schemas.records import Claim, TableCell

PAGE_COLS = ["doc_id", "page", "kind", "route", "status", "error", "text", "seconds", "confidence"]
TABLE_COLS = ["doc_id", "page", "table_id", "row", "col", "text", "x0", "top", "x1", "bottom", "is_header"]
CLAIM_COLS = ["claim_id", "doc_id", "edition", "page", "x0", "top", "x1", "bottom", "section", "context", "subject",
              "raw", "value", "unit", "norm_value", "norm_exact", "decimals", "base_unit", "kind", "direction",
              "qualifier", "period", "metric_id", "source", "confidence", "table_id", "row", "col"]


@pytest.fixture(scope="module")
def ingested(tmp_path_factory, prefect_home):
    from flows import ingest_batch

    data = tmp_path_factory.mktemp("data")
    paths = [FIX / "report-2025.pdf", BAD / "empty.pdf", FIX / "report-2025-scanned.pdf",
             FIX / "report-2025-mixed.pdf", BAD / "truncated.pdf"]
    results = ingest_batch([str(p) for p in paths], 2025, str(data))
    return data, {os.path.basename(r.path): r for r in results}


def test_contract_columns_are_the_records():
    assert Claim.columns() == CLAIM_COLS
    assert TableCell.columns() == TABLE_COLS


def test_batch_goes_on_past_bad_files(ingested):
    data, res = ingested
    assert not res["empty.pdf"].ok and "empty.pdf" in res["empty.pdf"].error
    assert not res["truncated.pdf"].ok and "truncated.pdf" in res["truncated.pdf"].error
    for name in ("report-2025.pdf", "report-2025-scanned.pdf", "report-2025-mixed.pdf"):
        assert res[name].ok, res[name].error
        out = data / "2025" / name[:-4]
        for f in ("claims", "tables", "flags", "pages"):
            assert (out / f"{f}.parquet").exists()


def test_store_has_the_contract(ingested):
    data, res = ingested
    con = duckdb.connect(str(data / "reportpipe.duckdb"), read_only=True)
    try:
        assert con.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()[0] == str(SCHEMA_VERSION)
        cols = {t: [r[0] for r in con.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position",
            [t]).fetchall()] for t in ("pages", "claims", "tables")}
        assert cols["pages"][: len(PAGE_COLS)] == PAGE_COLS
        assert cols["claims"][: len(CLAIM_COLS)] == CLAIM_COLS
        assert cols["tables"][: len(TABLE_COLS)] == TABLE_COLS
        for t in ("documents", "checks", "flags", "runs", "dataset"):
            con.execute(f"SELECT * FROM {t} LIMIT 1")
        kinds = dict(con.execute("SELECT d.path, list(DISTINCT p.kind ORDER BY p.kind) FROM pages p JOIN documents d"
                                 " USING (doc_id) GROUP BY d.path").fetchall())
        runs = con.execute("SELECT status, count(*) FROM runs GROUP BY status ORDER BY status").fetchall()
    finally:
        con.close()
    by_name = {os.path.basename(k): v for k, v in kinds.items()}
    assert by_name["report-2025.pdf"] == ["text"]
    assert by_name["report-2025-scanned.pdf"] == ["ocr"]
    assert by_name["report-2025-mixed.pdf"] == ["ocr", "text"]
    assert ("error", 2) in runs


def test_scanned_pages_really_went_through_tesseract(ingested):
    data, _ = ingested
    pages = pd.read_parquet(data / "2025" / "report-2025-scanned" / "pages.parquet")
    assert set(pages["route"]) == {"tesseract"}
    assert (pages["seconds"] > 0.2).all()  # tesseract takes time; a text read does not
    text = "".join(pages["text"])
    # figures printed on the scanned pages, read from the source (lines 676 and 693)
    assert "5484" in text and "2467" in text


def test_born_digital_claims_and_nsfc_table(ingested):
    data, _ = ingested
    claims = pd.read_parquet(data / "2025" / "report-2025" / "claims.parquet")
    tables = pd.read_parquet(data / "2025" / "report-2025" / "tables.parquet")
    hit = claims[claims["raw"] == "6496.79亿元"]
    assert len(hit) >= 1 and hit.iloc[0]["norm_exact"] == "649679000000" and hit.iloc[0]["base_unit"] == "CNY"
    assert (claims["x1"] > claims["x0"]).all() and (claims["bottom"] > claims["top"]).all()
    src = [l.split("\t") for l in seed_lines()[674:693]]
    nsfc = tables[tables["table_id"].isin(tables[tables["text"] == "面上项目"]["table_id"])]
    grid = nsfc.pivot(index="row", columns="col", values="text").values.tolist()
    assert grid == src


def test_page_text_has_no_running_header_or_page_number(ingested):
    data, _ = ingested
    pages = pd.read_parquet(data / "2025" / "report-2025" / "pages.parquet")
    body = pages[pages["page"] > 2]
    assert not body["text"].str.contains("2025 上海科技进步报告").any()
    for _, p in body.iterrows():
        assert p["text"].strip().split("\n")[-1].strip() != str(p["page"])


def test_reingest_replaces_rows_and_keeps_the_ledger(ingested, prefect_home):
    from flows import ingest_document

    data, res = ingested
    con = duckdb.connect(str(data / "reportpipe.duckdb"), read_only=True)
    before = con.execute("SELECT count(*) FROM claims").fetchone()[0]
    ids_before = set(r[0] for r in con.execute("SELECT claim_id FROM claims").fetchall())
    runs_before = con.execute("SELECT count(*) FROM runs").fetchone()[0]
    con.close()
    r = ingest_document(str(FIX / "report-2025-mixed.pdf"), 2025, str(data))
    assert r.ok
    con = duckdb.connect(str(data / "reportpipe.duckdb"), read_only=True)
    try:
        assert con.execute("SELECT count(*) FROM claims").fetchone()[0] == before
        assert set(r[0] for r in con.execute("SELECT claim_id FROM claims").fetchall()) == ids_before  # stable ids
        assert con.execute("SELECT count(*) FROM runs").fetchone()[0] == runs_before + 1
    finally:
        con.close()


def test_ingestion_never_writes_the_reviews_file(ingested, prefect_home):
    from flows import ingest_document
    from pipeline import reviews

    data, _ = ingested
    reviews.record(data, "dismissed", "qa", flag_id="f1", note="test")
    f = data / reviews.FILE
    before = f.read_bytes()
    r = ingest_document(str(FIX / "report-2024-synthetic.pdf"), 2024, str(data))
    assert r.ok, r.error
    assert f.read_bytes() == before
    assert reviews.latest(data)[0]["decision"] == "dismissed"


def test_cli_reports_each_bad_file_and_exits_nonzero(tmp_path, prefect_home):
    exe = ROOT / ".venv" / "bin" / "reportpipe"
    cmd = [str(exe)] if exe.exists() else [sys.executable, str(ROOT / "cli.py")]
    p = subprocess.run(cmd + ["ingest", str(BAD / "not-a-pdf.pdf"), str(FIX / "report-2024-synthetic.pdf"),
                              str(BAD / "encrypted.pdf"), str(BAD / "picture.png"), "--edition", "2024",
                              "--data-dir", str(tmp_path)], capture_output=True, text=True, timeout=300,
                       env={**os.environ, "PREFECT_HOME": str(prefect_home)})
    assert p.returncode == 1
    errors = [l for l in p.stderr.splitlines() if l.startswith("error:")]
    assert len(errors) == 3
    assert any("not-a-pdf.pdf" in e and "not a PDF" in e for e in errors)
    assert any("encrypted.pdf" in e and "password" in e for e in errors)
    assert any("picture.png" in e and "PNG" in e for e in errors)
    assert "ok: " in p.stdout and "report-2024-synthetic.pdf" in p.stdout
    assert (tmp_path / "2024" / "report-2024-synthetic" / "claims.parquet").exists()


def test_mixed_infographic_figures_reach_text_and_claims(ingested):
    data, _ = ingested
    pages = pd.read_parquet(data / "2025" / "report-2025-mixed" / "pages.parquet")
    claims = pd.read_parquet(data / "2025" / "report-2025-mixed" / "claims.parquet")
    info = pages[pages["page"] == 4].iloc[0]
    assert info["kind"] == "text"
    # the four figures drawn into the image (fixtures/build.py INFOGRAPHIC, from 数看上海科技)
    for fig in ("670.5亿元", "6496.79亿元", "7446件", "13.55万件"):
        assert fig in info["text"], fig
        hit = claims[(claims["page"] == 4) & (claims["raw"] == fig)]
        assert len(hit) == 1 and hit.iloc[0]["source"] == "ocr" and hit.iloc[0]["confidence"] < 100, fig
