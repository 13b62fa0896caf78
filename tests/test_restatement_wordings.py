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


SHARES = PROBE.parent / "listed-shares.md"


def test_shares_listed_for_parts_of_one_whole_add_up(tmp_path):
    # 技术开发、技术服务和技术转让合同成交额占比分别为42.3%、38.6%和19.1%: Σ = 100.0 ≤ 100
    claims, checks = _read(tmp_path, SHARES.read_text(encoding="utf-8"))
    assert ["19.1%", "38.6%", "42.3%"] in [[r for r, _ in g] for g in _groups(claims, checks, "list_total")]
    assert {k.outcome for k in checks} == {"pass"}
    # the table's 合计 row is checked in both columns
    assert len(_groups(claims, checks, "table_total")) == 2


def test_shares_over_a_whole_are_flagged(tmp_path):
    claims, _ = _read(tmp_path, SHARES.read_text(encoding="utf-8").replace("19.1%", "29.1%"))
    _, flags = V.validate(claims)
    assert [f.rule for f in flags] == ["list_total"]


FRACTIONS = PROBE.parent / "fractions.md"


def test_chinese_fraction_restated_in_brackets(tmp_path):
    # 占全国的近三分之一（30.6%）: 30.6% is a little short of 1/3, as 近 says; 2.5万家 vs 25012家 within rounding
    claims, checks = _read(tmp_path, FRACTIONS.read_text(encoding="utf-8"))
    groups = [[r for r, _ in g] for g in _groups(claims, checks, "restatement")]
    assert ["30.6%", "三分之一"] in groups and ["2.5万家", "2.5万家", "25012家"] in groups
    assert {k.outcome for k in checks} == {"pass"}
    claims, _ = _read(tmp_path, FRACTIONS.read_text(encoding="utf-8").replace("（30.6%）", "（40.6%）"))
    _, flags = V.validate(claims)
    assert [f.rule for f in flags] == ["restatement"] and "三分之一" in flags[0].message


SMALL = """# 上海科技进步报告

# 编委会

# 综述

外资研发中心累计612家，全年新引进各类人才13.82万人。

# 8 构建开放创新网络

全年新引进各类人才138213人，同比增长7.4%。

# 数看上海科技

外资研发中心累计{n}家
"""


def test_one_long_subject_word_for_word_and_persons_in_wan(tmp_path):
    # no catalog metric names foreign R&D centres: the subject word for word is the evidence; 13.82万人 and
    # 138213人 both count persons (the measure word after its scale)
    claims, checks = _read(tmp_path, SMALL.format(n=612))
    groups = [[r for r, _ in g] for g in _groups(claims, checks, "restatement")]
    assert ["612家", "612家"] in groups and ["13.82万人", "138213人"] in groups
    assert {k.outcome for k in checks} == {"pass"}


def test_two_digits_transposed_are_a_slip(tmp_path):
    claims, _ = _read(tmp_path, SMALL.format(n=621))
    _, flags = V.validate(claims)
    assert [f.rule for f in flags] == ["restatement"] and "621家" in flags[0].message


def test_a_bound_restating_an_exact_figure(tmp_path):
    # 超600家 holds 612家 (within its reach); 超700家 is 612家's leading digit changed: a slip, flagged
    claims, checks = _read(tmp_path, SMALL.format(n="超600"))
    assert ["600家", "612家"] in [[r for r, _ in g] for g in _groups(claims, checks, "restatement")]
    assert {k.outcome for k in checks} == {"pass"}
    claims, _ = _read(tmp_path, SMALL.format(n="超700"))
    _, flags = V.validate(claims)
    assert [f.rule for f in flags] == ["restatement"] and "700家" in flags[0].message
