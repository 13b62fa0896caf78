"""The QA review app in a real browser (Debian's chromium, driven by Playwright) against a real store.

The store is made by real Prefect flow runs: the synthetic 2024 edition and the 2025 fixture (whose CNS-paper
growth does not reconcile across editions, fixtures/README.md), and a small report built here whose text carries
HTML and a 其中 list exceeding its whole (75 + 58 > 120). The app runs as `reportpipe review-app` in its own
process, as a reviewer would start it.
"""
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import duckdb
import pytest

from conftest import FIX, ROOT

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
HOSTILE_MD = """# 上海科技进步报告

# 编委会

# 综述

<img src=x onerror="window.__pwned=1">全年新认定技术先进型企业120家，其中外资研发中心75家、本土企业58家。<script>window.__pwned=2</script>

全市新增科普基地36个，比上年增加4个。
"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def store(tmp_path_factory, prefect_home):
    from fixtures.render import build_report
    from flows import ingest_document

    work = tmp_path_factory.mktemp("review")
    md, pdf = work / "hostile.md", work / "hostile.pdf"
    md.write_text(HOSTILE_MD, encoding="utf-8")
    build_report(pdf, seed=md)
    data = work / "data"
    for path, edition in ((FIX / "report-2024-synthetic.pdf", 2024), (FIX / "report-2025.pdf", 2025), (pdf, 2025)):
        assert ingest_document(str(path), edition, str(data)).ok
    return data, pdf


@pytest.fixture(scope="module")
def server(store):
    data, _ = store
    port = _free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-c", "import cli, sys; sys.exit(cli.main(sys.argv[1:]))",
                             "review-app", "--data-dir", str(data), "--port", str(port)],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    for _ in range(150):
        try:
            urllib.request.urlopen(base + "/", timeout=1)
            break
        except OSError:
            if proc.poll() is not None:
                raise RuntimeError(proc.stdout.read().decode())
            time.sleep(0.1)
    yield base
    proc.terminate()
    proc.wait(timeout=10)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True,
                              args=["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                                    "--disable-background-networking", "--disable-component-update",
                                    "--disable-sync"])
        yield b
        b.close()


@pytest.fixture
def page(browser):
    ctx = browser.new_context()
    pg = ctx.new_page()
    errors = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    yield pg
    ctx.close()
    assert not errors, errors


def _db(data: Path, sql: str, args=()):
    con = duckdb.connect(str(data / "reportpipe.duckdb"), read_only=True)
    try:
        return con.execute(sql, list(args)).fetchall()
    finally:
        con.close()


def _submit(page, selector: str) -> None:
    with page.expect_navigation():  # the answer is a redirect to a new page: wait for it, not the old one
        page.click(selector)


def _open_count(page) -> int:
    return int(page.locator('#counts [data-status="open"]').inner_text())


def test_queue_lists_the_open_flags_and_the_checks_made(page, server, store):
    data, _ = store
    page.goto(server + "/")
    rows = page.locator("#queue tbody tr")
    expected = _db(data, "SELECT count(*) FROM flags")[0][0]
    assert expected >= 2 and rows.count() == expected == _open_count(page)
    rules = set(page.locator("#queue tbody tr td:nth-child(4)").all_inner_texts())
    assert {"growth_edition", "part_whole"} <= rules
    assert "pass" in page.locator("#counts").inner_text()  # "no flags" is told apart from "nothing checked"


def test_a_flag_shows_its_evidence_and_a_decision_reaches_the_store(page, server, store):
    data, _ = store
    page.goto(server + "/?rule=growth_edition")
    page.locator("#queue tbody tr a").first.click()
    assert "168" in page.locator("#message").inner_text() and "180" in page.locator("#message").inner_text()
    figures = page.locator("#claims tr[data-claim] td:nth-child(2) b").all_inner_texts()
    assert sorted(figures) == ["13.9%", "168篇", "180篇"]  # the stated growth and each edition's figure
    page.wait_for_load_state("load")  # images included
    images = page.locator("img.page")
    assert images.count() == 2
    for i in range(2):  # each edition's page, rendered and loaded
        assert images.nth(i).evaluate("img => img.complete && img.naturalWidth > 100")
    flag_url = page.url
    before = _open_count_at(page, server)
    page.goto(flag_url)
    page.check('#decide input[value="accepted"]')
    page.fill('#decide input[name="reviewer"]', "qa-lin")
    page.fill('#decide input[name="note"]', "the 2025 report states 13.9%; 168 → 180 is 7.1%")
    _submit(page, '#decide button[type="submit"]')
    assert "accepted" in page.locator("#saved").inner_text()
    assert page.locator("#status").inner_text() == "accepted"
    assert "qa-lin" in page.locator("#history").inner_text()
    assert _open_count_at(page, server) == before - 1
    flag_id = flag_url.rsplit("/", 1)[1].split("?")[0]
    assert _db(data, "SELECT status, reviewer FROM flag_queue WHERE flag_id = ?", [flag_id]) == [("accepted", "qa-lin")]


def _open_count_at(page, server) -> int:
    page.goto(server + "/")
    return _open_count(page)


def test_report_text_is_shown_as_text_never_run(page, server, store):
    page.goto(server + "/?rule=part_whole")
    page.locator("#queue tbody tr a").first.click()
    context = page.locator("#claims td.context").first.inner_text()
    assert "<img src=x" in context and "<script>" in context  # shown literally
    assert page.locator('img[src="x"]').count() == 0 and page.locator("#claims script").count() == 0
    assert page.evaluate("window.__pwned") is None


def test_a_correction_survives_reingestion(page, server, store):
    from flows import ingest_document

    data, pdf = store
    page.goto(server + "/?rule=part_whole")
    page.locator("#queue tbody tr a").first.click()
    flag_url = page.url.split("?")[0]
    row = page.locator("#claims tr[data-claim]").filter(
        has=page.locator("td:nth-child(2) b", has_text="58家"))
    claim_id = row.get_attribute("data-claim")
    form = row.locator("form.claim-form")
    form.locator('select[name="decision"]').select_option("corrected")
    form.locator('input[name="value"]').fill("45")
    form.locator('input[name="reviewer"]').fill("qa-wu")
    with page.expect_navigation():
        form.locator("button").click()
    assert "corrected → 45" in page.locator(f'#claims tr[data-claim="{claim_id}"] .claim-decision').inner_text()
    page.check('#decide input[value="corrected"]')
    page.fill('#decide input[name="reviewer"]', "qa-wu")
    _submit(page, '#decide button[type="submit"]')
    assert page.locator("#status").inner_text() == "corrected"

    assert ingest_document(str(pdf), 2025, str(data)).ok  # a rerun of the same document
    page.goto(flag_url)
    assert page.locator("#status").inner_text() == "corrected"
    assert "corrected → 45" in page.locator(f'#claims tr[data-claim="{claim_id}"] .claim-decision').inner_text()
    assert _db(data, "SELECT value, check_status FROM dataset WHERE claim_id = ?", [claim_id]) == [(45.0, "corrected")]


def test_a_decision_without_a_reviewer_is_refused(page, server, store):
    data, _ = store
    n = _db(data, "SELECT count(*) FROM reviews")[0][0]
    page.goto(server + "/?status=all&rule=part_whole")
    page.locator("#queue tbody tr a").first.click()
    page.check('#decide input[value="dismissed"]')
    page.fill('#decide input[name="reviewer"]', "")
    page.evaluate("document.querySelector('#decide input[name=reviewer]').removeAttribute('required')")
    _submit(page, '#decide button[type="submit"]')
    assert "reviewer" in page.locator("#error").inner_text()
    assert _db(data, "SELECT count(*) FROM reviews")[0][0] == n
