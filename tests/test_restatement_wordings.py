"""One figure in three wordings (summary 全市专利授权量, chapter 全年全市专利授权, data pages 全市专利授权量), built into a
small PDF from a hand-written probe (fixtures/probes/restated-wordings.md) and read by the real stages: every copy
is paired, and a miscopied chapter figure is flagged."""
from __future__ import annotations

from pathlib import Path

import pytest

from bench.score import run
from extractors.claims import find_claims
from fixtures.render import build_report
from pipeline import validate as V

PROBE = Path(__file__).resolve().parents[1] / "fixtures" / "probes" / "restated-wordings.md"


def _read(tmp_path, text):
    md = tmp_path / "probe.md"
    md.write_text(text, encoding="utf-8")
    pdf = tmp_path / "probe.pdf"
    build_report(pdf, seed=md)
    _, claims, checks = run(pdf, 2025, find_claims)
    return claims, checks


def _groups(claims, checks, rule):
    by = {c.claim_id: c for c in claims}
    return [sorted((by[i].raw, by[i].page) for i in k.claim_ids.split("|")) for k in checks if k.rule == rule]


def test_three_wordings_of_one_figure_are_one_check(tmp_path):
    claims, checks = _read(tmp_path, PROBE.read_text(encoding="utf-8"))
    groups = _groups(claims, checks, "restatement")
    patents = [g for g in groups if g[0][0] == "13.55万件"]
    assert len(patents) == 1 and len(patents[0]) == 3  # summary, chapter and data page together
    assert any(len(g) == 2 and g[0][0] == "5.28万件" for g in groups)
    assert {k.outcome for k in checks} == {"pass"}


def test_a_miscopied_chapter_figure_is_flagged(tmp_path):
    text = PROBE.read_text(encoding="utf-8").replace("全年全市专利授权13.55万件", "全年全市专利授权13.65万件")
    claims, _ = _read(tmp_path, text)
    _, flags = V.validate(claims)
    assert [f.rule for f in flags if "13.65" in f.message] == ["restatement"]
