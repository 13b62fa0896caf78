"""kill -9 of a real ingestion (the CLI in a subprocess) at seeded random moments.

After every kill: the DuckDB file opens, every document's rows are one whole run's (no partial rows),
every export folder is whole, the reviews file is byte for byte what it was; the next run completes.
"""
import os
import random
import signal
import subprocess
import sys
import time

import duckdb
import pandas as pd
import pytest

from conftest import FIX, ROOT
from pipeline import reviews

FILES = [FIX / "report-2024-synthetic.pdf", FIX / "report-2025-mixed.pdf", FIX / "fpdf2-noto-cjk.pdf"]
CHILD_TABLES = ("pages", "claims", "tables", "checks", "flags")


def _cmd(data) -> list[str]:
    exe = ROOT / ".venv" / "bin" / "reportpipe"
    cmd = [str(exe)] if exe.exists() else [sys.executable, str(ROOT / "cli.py")]
    return cmd + ["ingest", *map(str, FILES), "--edition", "2025", "--data-dir", str(data), "--workers", "2"]


def _env(prefect_home) -> dict:
    return {**os.environ, "PREFECT_HOME": str(prefect_home), "PYTHONPATH": str(ROOT)}


def check_store(data) -> dict:
    """The invariants a crash must not break; returns claims per document path."""
    if not (data / "reportpipe.duckdb").exists():  # killed before the first write: nothing to break
        return {}
    con = duckdb.connect(str(data / "reportpipe.duckdb"), read_only=True)
    try:
        tables = {t for (t,) in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
        if "documents" not in tables:  # killed while the schema was being created: nothing was stored, nor half of it
            assert not tables & set(CHILD_TABLES), tables
            return {}
        docs = con.execute("SELECT doc_id, path, pages, run_id FROM documents").fetchall()
        ids = {d[0] for d in docs}
        for t in CHILD_TABLES:
            orphans = con.execute(f"SELECT DISTINCT doc_id FROM {t}").fetchall()
            assert {o[0] for o in orphans} <= ids, f"{t} has rows of a document that is not stored"
        counts = {}
        for doc_id, path, npages, run_id in docs:
            for t in CHILD_TABLES:
                runs = con.execute(f"SELECT DISTINCT run_id FROM {t} WHERE doc_id = ?", [doc_id]).fetchall()
                assert {r[0] for r in runs} <= {run_id}, f"{t} of {path} mixes runs"
            assert con.execute("SELECT count(*) FROM pages WHERE doc_id = ?", [doc_id]).fetchone()[0] == npages
            ledger = con.execute("SELECT claims, checks, flags FROM runs WHERE run_id = ?", [run_id]).fetchone()
            have = [con.execute(f"SELECT count(*) FROM {t} WHERE doc_id = ?", [doc_id]).fetchone()[0]
                    for t in ("claims", "checks", "flags")]
            assert list(ledger) == have, (path, ledger, have)
            counts[os.path.basename(path)] = have[0]
    finally:
        con.close()
    for name, n in counts.items():
        out = data / "2025" / name[:-4]
        if out.exists():  # absent until the first export; never half there
            assert sorted(p.name for p in out.iterdir()) == ["claims.parquet", "flags.parquet", "pages.parquet",
                                                             "tables.parquet"]
            assert len(pd.read_parquet(out / "claims.parquet")) == n
    return counts


def kill_trials(tmp_path, prefect_home, trials: int, seed: int) -> dict:
    data = tmp_path / "data"
    data.mkdir()
    reviews.record(data, "accepted", "qa", claim_id="c1", note="kept across crashes")
    before = (data / reviews.FILE).read_bytes()
    rng = random.Random(seed)
    killed = finished = 0
    for _ in range(trials):
        p = subprocess.Popen(_cmd(data), env=_env(prefect_home), stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL, start_new_session=True)
        time.sleep(rng.uniform(1.0, 20.0))
        if p.poll() is None:
            os.kill(p.pid, signal.SIGKILL)  # the ingestion itself, as the OOM killer or a crash would
            killed += 1
        else:
            finished += 1
        p.wait()
        try:
            os.killpg(p.pid, signal.SIGKILL)  # then what it had started (our own session only)
        except ProcessLookupError:
            pass
        check_store(data)
        assert (data / reviews.FILE).read_bytes() == before
    done = subprocess.run(_cmd(data), env=_env(prefect_home), capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    counts = check_store(data)
    assert set(counts) == {f.name for f in FILES} and all(counts.values())
    assert (data / reviews.FILE).read_bytes() == before
    assert reviews.latest(data)[0]["note"] == "kept across crashes"
    print(f"kill trials: {trials}, killed {killed}, finished before the kill {finished}")
    return counts


def test_kill_a_few(tmp_path, prefect_home):
    kill_trials(tmp_path, prefect_home, 3, seed=9)


@pytest.mark.slow
def test_kill_many(tmp_path, prefect_home):
    kill_trials(tmp_path, prefect_home, 24, seed=2025)
