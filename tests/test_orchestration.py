"""Orchestration depth with real Prefect flow runs: cached stages, reruns of the store, the yearly job and its
schedule, and page reading on a real Dask cluster."""
import shutil
from pathlib import Path

import duckdb
import pytest

from conftest import FIX, ROOT


@pytest.fixture
def results_dir(tmp_path, prefect_home):
    """A result storage of the test's own, so that what is cached is this test's doing."""
    from prefect.settings import PREFECT_RESULTS_LOCAL_STORAGE_PATH, temporary_settings

    d = tmp_path / "results"
    with temporary_settings({PREFECT_RESULTS_LOCAL_STORAGE_PATH: str(d)}):
        yield d


def _rows(data: Path, sql: str):
    con = duckdb.connect(str(data / "reportpipe.duckdb"), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


CLAIMS = "SELECT claim_id, page, subject, raw, norm_exact, unit, kind FROM claims ORDER BY claim_id"
CHECKS = "SELECT rule, claim_ids, expected, observed, outcome FROM checks ORDER BY ALL"


# ---------------------------------------------------------------- fingerprints


def test_stage_fingerprint_follows_imports_and_data_files():
    from pipeline import fingerprint

    def files(stage):
        return {p.relative_to(ROOT).as_posix() for p in fingerprint.closure(fingerprint.STAGES[stage][0])}

    read, claims, validate = files("read"), files("claims"), files("validate")
    assert {"pipeline/pages.py", "pipeline/ocr.py", "pipeline/textlayer.py", "schemas/ocr_glyphs.csv"} <= read
    assert {"extractors/claims.py", "extractors/patterns.py", "schemas/units.csv", "schemas/metrics.csv"} <= claims
    assert {"pipeline/restatement.py", "pipeline/shares.py", "schemas/validation.json"} <= validate
    assert not any(f.startswith(("pipeline/restatement", "pipeline/shares", "extractors/")) for f in read)
    assert "schemas/validation.json" not in read | claims
    assert "pipeline/ocr.py" not in validate


def test_editing_a_validator_changes_only_the_validate_fingerprint(tmp_path, monkeypatch):
    from pipeline import fingerprint

    for pkg in fingerprint.PACKAGES:
        shutil.copytree(ROOT / pkg, tmp_path / pkg, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(fingerprint, "ROOT", tmp_path)
    fingerprint.stage.cache_clear()
    try:
        before = {s: fingerprint.stage(s) for s in fingerprint.STAGES}
        with open(tmp_path / "pipeline" / "shares.py", "a", encoding="utf-8") as f:
            f.write("\n# a change\n")
        fingerprint.stage.cache_clear()
        after = {s: fingerprint.stage(s) for s in fingerprint.STAGES}
        assert after["validate"] != before["validate"]
        assert {s: after[s] for s in ("read", "layout", "claims")} == {s: before[s] for s in ("read", "layout", "claims")}
        (tmp_path / "schemas" / "units.csv").write_text(
            (tmp_path / "schemas" / "units.csv").read_text(encoding="utf-8") + "\n", encoding="utf-8")
        fingerprint.stage.cache_clear()
        again = {s: fingerprint.stage(s) for s in fingerprint.STAGES}
        assert again["claims"] != after["claims"] and again["read"] == after["read"]
    finally:
        fingerprint.stage.cache_clear()


# ---------------------------------------------------------------- cached stages


def test_rerun_takes_every_stage_from_the_cache_and_gives_the_same_rows(tmp_path, results_dir, monkeypatch):
    from flows import ingest_document
    from pipeline import fingerprint

    data, pdf = tmp_path / "data", str(FIX / "report-2025.pdf")
    first = ingest_document(pdf, 2025, str(data))
    assert first.ok and first.stages["read"] == {"chunks": 18, "cached": 0}
    assert not any(first.stages[s] for s in ("layout", "claims", "validate"))
    claims, checks = _rows(data, CLAIMS), _rows(data, CHECKS)
    assert len(claims) == first.claims > 900

    second = ingest_document(pdf, 2025, str(data))
    assert second.stages["read"] == {"chunks": 18, "cached": 18}
    assert all(second.stages[s] for s in ("layout", "claims", "validate"))
    assert _rows(data, CLAIMS) == claims and _rows(data, CHECKS) == checks

    # a change to the validators' code: pages and claims stay cached, validation runs again
    real = fingerprint.stage
    monkeypatch.setattr(fingerprint, "stage", lambda s: real(s) + ("-changed" if s == "validate" else ""))
    third = ingest_document(pdf, 2025, str(data))
    assert third.stages["read"]["cached"] == 18 and third.stages["layout"] and third.stages["claims"]
    assert third.stages["validate"] is False
    assert _rows(data, CHECKS) == checks
    runs = _rows(data, "SELECT stages FROM runs WHERE doc_id = (SELECT doc_id FROM documents) ORDER BY started_at")
    assert len(runs) == 3 and all('"validate"' in r[0] for r in runs)


def test_a_failed_page_is_not_cached(tmp_path, results_dir):
    from flows import ingest_document
    from pipeline.isolate import Limits

    data, pdf = tmp_path / "data", str(FIX / "report-2024-synthetic.pdf")
    timed_out = ingest_document(pdf, 2024, str(data), limits=Limits(page_timeout=0.001))
    assert timed_out.ok and timed_out.pages_failed == 1
    again = ingest_document(pdf, 2024, str(data))
    assert again.pages_failed == 0 and again.stages["read"] == {"chunks": 1, "cached": 0}
    assert again.claims > 0
    third = ingest_document(pdf, 2024, str(data))
    assert third.stages["read"] == {"chunks": 1, "cached": 1} and third.claims == again.claims


def test_cache_off_stores_nothing_and_refresh_recomputes(tmp_path, results_dir):
    from flows import ingest_document

    data, pdf = tmp_path / "data", str(FIX / "report-2024-synthetic.pdf")
    off = ingest_document(pdf, 2024, str(data), cache="off")
    assert off.ok and not (results_dir.exists() and any(results_dir.iterdir()))
    ingest_document(pdf, 2024, str(data))
    stored = sorted(p.name for p in results_dir.iterdir())
    assert len(stored) == 4  # read (one chunk), layout, claims, validate
    refreshed = ingest_document(pdf, 2024, str(data), cache="refresh")
    assert refreshed.stages["read"]["cached"] == 0 and not refreshed.stages["claims"]
    assert sorted(p.name for p in results_dir.iterdir()) == stored


# ---------------------------------------------------------------- rerun of the store, the yearly job


def test_rerun_store_reads_the_kept_copies_and_keeps_paths_and_decisions(tmp_path, results_dir):
    from flows import ingest_document, rerun_store
    from pipeline import publish

    src = tmp_path / "incoming" / "report-2024-synthetic.pdf"
    src.parent.mkdir()
    shutil.copyfile(FIX / "report-2024-synthetic.pdf", src)
    data = tmp_path / "data"
    assert ingest_document(str(src), 2024, str(data)).ok
    claim_id = _rows(data, "SELECT claim_id FROM claims ORDER BY claim_id LIMIT 1")[0][0]
    publish.record_decision(data, claim_id, "dismissed", "qa", "", "not a figure of the report")
    src.unlink()  # the original is gone; the store kept a copy by hash
    results = rerun_store(str(data))
    assert [r.ok for r in results] == [True] and results[0].path == str(src)
    assert results[0].stages["read"]["cached"] == 1
    assert _rows(data, "SELECT path, edition FROM documents") == [(str(src), 2024)]
    assert (claim_id,) not in _rows(data, "SELECT claim_id FROM dataset")
    assert _rows(data, f"SELECT decision FROM claim_reviews WHERE claim_id = '{claim_id}'") == [("dismissed",)]


def test_yearly_job_ingests_new_editions_oldest_first_and_skips_the_rest(tmp_path, results_dir):
    from flows import yearly_ingest

    inbox, data = tmp_path / "inbox", tmp_path / "data"
    inbox.mkdir()
    shutil.copyfile(FIX / "report-2025-scanned.pdf", inbox / "sh-report-2025.pdf")
    shutil.copyfile(FIX / "report-2024-synthetic.pdf", inbox / "annual-report.pdf")  # no year in the name
    shutil.copyfile(FIX / "report-2024-synthetic.pdf", inbox / "report 2023 and 2024.pdf")  # two years
    (inbox / "notes.txt").write_text("not a PDF", encoding="utf-8")
    got = yearly_ingest(str(inbox), str(data))
    assert [Path(r.path).name for r in got.ingested] == ["sh-report-2025.pdf"]
    assert sorted(s.split(": ")[1] for s in got.skipped) == ["edition unknown (no single year in the name; list it "
                                                              "in editions.csv)"] * 2

    (inbox / "editions.csv").write_text("file,edition\nannual-report.pdf,2024\n", encoding="utf-8")
    got = yearly_ingest(str(inbox), str(data))
    assert [(Path(r.path).name, r.edition, r.ok) for r in got.ingested] == [("annual-report.pdf", 2024, True)]
    reasons = {Path(s.split(": ")[0]).name: s.split(": ")[1] for s in got.skipped}
    assert reasons["sh-report-2025.pdf"] == "already in the store"
    assert reasons["report 2023 and 2024.pdf"] == "the same file as annual-report.pdf"  # same bytes
    last = yearly_ingest(str(inbox), str(data))
    assert last.ingested == [] and {s.split(": ")[1] for s in last.skipped} == {"already in the store"}


def test_yearly_job_orders_editions_so_growth_meets_the_previous_edition(tmp_path, results_dir):
    from flows import yearly_ingest

    inbox, data = tmp_path / "inbox", tmp_path / "data"
    inbox.mkdir()
    shutil.copyfile(FIX / "report-2025.pdf", inbox / "a-2025.pdf")  # listed first by name
    shutil.copyfile(FIX / "report-2024-synthetic.pdf", inbox / "b-2024.pdf")
    got = yearly_ingest(str(inbox), str(data))
    assert [r.edition for r in got.ingested] == [2024, 2025]
    # the 2024 fixture's deliberate inconsistency, caught across editions (as in test_cross_edition)
    flags = _rows(data, "SELECT message FROM flags WHERE rule = 'growth_edition'")
    assert flags and all("168" in m and "180" in m for (m,) in flags)


def test_yearly_deployment_carries_its_schedule_and_parameters(tmp_path):
    from flows import YEARLY_CRON, yearly_deployment

    dep = yearly_deployment(str(tmp_path / "inbox"), str(tmp_path / "data"))
    assert dep.name == "yearly-ingest" and dep.flow_name == "yearly-ingest"
    (sched,) = dep.schedules
    assert sched.schedule.cron == YEARLY_CRON == "0 6 1 7 *" and sched.schedule.timezone == "Asia/Shanghai"
    assert dep.parameters == {"inbox_dir": str((tmp_path / "inbox").resolve()),
                              "data_dir": str((tmp_path / "data").resolve())}
    other = yearly_deployment("in", "d", cron="30 2 15 6 *", timezone_name="UTC")
    assert other.schedules[0].schedule.cron == "30 2 15 6 *" and other.schedules[0].schedule.timezone == "UTC"


# ---------------------------------------------------------------- Dask


def test_pages_read_on_a_real_dask_cluster_give_the_same_dataset(tmp_path, results_dir):
    from flows import ingest_batch, local_dask_cluster

    pdf = str(FIX / "report-2025-scanned.pdf")  # OCR pages: the work worth distributing
    local = ingest_batch([pdf], 2025, str(tmp_path / "local"), cache="off")[0]
    with local_dask_cluster(2) as address:
        assert address.startswith("tcp://")
        on_dask = ingest_batch([pdf], 2025, str(tmp_path / "dask"), cache="off", dask=address)[0]
    assert local.ok and on_dask.ok and on_dask.ocr_pages == local.ocr_pages == 9
    assert on_dask.stages["read"]["chunks"] == 3
    assert _rows(tmp_path / "dask", CLAIMS) == _rows(tmp_path / "local", CLAIMS)
    assert _rows(tmp_path / "dask", CHECKS) == _rows(tmp_path / "local", CHECKS)


# ---------------------------------------------------------------- the schedule, served


def _free_port() -> int:
    import socket
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.slow
def test_served_schedule_runs_the_yearly_job(tmp_path):
    """A real Prefect server, `reportpipe serve` with a schedule due every minute: the job runs by itself."""
    import os
    import subprocess
    import time
    import urllib.request

    inbox, data = tmp_path / "inbox", tmp_path / "data"
    inbox.mkdir()
    shutil.copyfile(FIX / "report-2024-synthetic.pdf", inbox / "report-2024.pdf")
    port = _free_port()
    env = {**os.environ, "PREFECT_HOME": str(tmp_path / "prefect"), "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
           "PREFECT_API_URL": f"http://127.0.0.1:{port}/api"}
    bin_dir = ROOT / ".venv" / "bin"
    server = subprocess.Popen([str(bin_dir / "prefect"), "server", "start", "--port", str(port)], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    served = None
    try:
        deadline = time.time() + 90
        while True:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/api/health", timeout=2)
                break
            except OSError:
                assert time.time() < deadline, "Prefect server did not start"
                time.sleep(1)
        served = subprocess.Popen([str(bin_dir / "reportpipe"), "serve", "--inbox", str(inbox), "--data-dir",
                                   str(data), "--cron", "* * * * *", "--timezone", "UTC"], env=env,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        deadline = time.time() + 180
        while not (data / "reportpipe.duckdb").exists() or not _done(data):
            assert time.time() < deadline, "the scheduled run did not happen"
            assert served.poll() is None, "reportpipe serve exited"
            time.sleep(3)
        assert _rows(data, "SELECT path, edition FROM documents") == [(str(inbox / "report-2024.pdf"), 2024)]
    finally:
        for p in (served, server):
            if p is not None:
                os.killpg(p.pid, 15)
                p.wait(30)


def _done(data: Path) -> bool:
    try:
        return bool(_rows(data, "SELECT count(*) FROM runs WHERE status = 'ok'")[0][0])
    except duckdb.Error:  # being written
        return False


def test_cli_yearly_and_rerun_say_what_is_missing(tmp_path):
    import os
    import subprocess

    exe = str(ROOT / ".venv" / "bin" / "reportpipe")
    r = subprocess.run([exe, "yearly", "--inbox", str(tmp_path / "nowhere"), "--data-dir", str(tmp_path / "d")],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 2 and f"{tmp_path / 'nowhere'}: no such folder" in r.stderr
    r = subprocess.run([exe, "rerun", "--data-dir", str(tmp_path / "empty")], capture_output=True, text=True,
                       timeout=300, env={**os.environ, "PREFECT_HOME": str(tmp_path / "p")})
    assert r.returncode == 1 and "no documents in the store" in r.stderr
