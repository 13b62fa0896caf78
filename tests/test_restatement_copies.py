"""Restatement and part checks on the born-digital fixture, rebuilt once from the transcription with four figures
changed (tune spans only; transcription lines named). Expected outcomes by reading the source:

- line 148 (综述) 2家中试平台入选首批国家级制造业中试平台 and line 1887 上飞公司、交大智邦2家中试平台获评国家级中试平台:
  one figure; 1887's 11家 restates 148's 11家, which leaves 2家 and 2家 to each other. Read as 3家 it is a slip.
- line 148 12家已建孵化器在孵企业超350家 and the heading of line 1896 12家已建高质量孵化器能级提升: one figure; the
  heading is also like the 6家高质量孵化器 of line 1910 (one catalog metric), but 12 and 6 are two quantities, not a
  better copy. Read as 22家 it is a slip.
- line 168 备案新型研发机构36家, line 174 全市累计备案36家 and line 465 累计备案上海市新型研发机构36家: one figure three
  times; 174 (a fragment subject, 备案) is only a little like each of the others, but like both. Read as 46家 it is
  a slip; read as 46个 it counts something else.
- line 1074 吸引150余家大模型企业入驻 and line 2623 “模速空间”…吸引1200余家企业入驻: large-model firms are a kind of the firms
  of the same park: 150 ≤ 1200 (1200余 stands for less than 1300). Read as 90余家 (less than 100): 150 > 100. (Read
  as 120余家 it would be one digit off 150余家, and is taken for a miscopy first.)
"""
import tempfile
from pathlib import Path

import pytest

from bench.score import run
from conftest import FIX, seed_lines
from extractors.claims import find_claims
from fixtures.render import build_report
from pipeline import validate as V

EDITS = {  # line: (as printed, as changed)
    1887: ("交大智邦**2**家中试平台", "交大智邦**3**家中试平台"),
    1896: ("## 12家已建高质量孵化器", "## 22家已建高质量孵化器"),
    174: ("全市累计备案36家", "全市累计备案46家"),
    2623: ("吸引1200余家企业入驻", "吸引90余家企业入驻"),
}


def _validated(pdf: Path):
    _, claims, _ = run(pdf, 2025, find_claims)
    checks, flags = V.validate(claims)
    return claims, checks, flags


@pytest.fixture(scope="module")
def base():
    return _validated(FIX / "report-2025.pdf")


def _build(edits: dict) -> tuple:
    lines = seed_lines()
    for n, (old, new) in edits.items():
        assert old in lines[n - 1], n
        lines[n - 1] = lines[n - 1].replace(old, new, 1)
    with tempfile.TemporaryDirectory() as td:
        md, pdf = Path(td) / "seed.md", Path(td) / "m.pdf"
        md.write_text("\n".join(lines), encoding="utf-8")
        build_report(pdf, seed=md)
        return _validated(pdf)


@pytest.fixture(scope="module")
def mutated():
    return _build(EDITS)


def _one(claims, raw: str, context_has: str):
    found = [c for c in claims if c.raw == raw and context_has in c.context]
    assert len(found) == 1, (raw, context_has, [c.context for c in found])
    return found[0]


def _flags_on(flags, claim):
    return [f for f in flags if claim.claim_id in f.claim_ids.split("|")]


def _checks_on(checks, *claims):
    want = {c.claim_id for c in claims}
    return [k for k in checks if want <= set(k.claim_ids.split("|"))]


CASES = [  # (changed figure, words of its context, the figure it restates, words of that one's context)
    ("3家", "交大智邦", "2家", "入选首批国家级制造业中试平台"),
    ("22家", "已建高质量孵化器能级提升", "12家", "已建孵化器在孵企业"),
    ("46家", "全市累计备案", "36家", "累计备案上海市新型研发机构"),
]


@pytest.mark.parametrize("changed,ctx,copy,copy_ctx", CASES, ids=[c[0] for c in CASES])
def test_a_copy_with_one_digit_changed_is_flagged(base, mutated, changed, ctx, copy, copy_ctx):
    claims, checks, flags = base
    orig = _one(claims, copy, ctx)  # the unchanged report states the same figure on both lines
    assert [k.outcome for k in _checks_on(checks, orig, _one(claims, copy, copy_ctx))] == ["pass"]
    assert _flags_on(flags, orig) == []
    claims, _, flags = mutated
    odd = _one(claims, changed, ctx)
    got = [(f.rule, f.severity) for f in _flags_on(flags, odd)]
    assert got == [("restatement", "warning")]
    assert _one(claims, copy, copy_ctx).claim_id in _flags_on(flags, odd)[0].claim_ids.split("|")


def test_another_measure_word_is_no_copy():
    # 全市累计备案46个: not 家, so not a copy of the 36家 institutions, however alike the descriptions
    claims, _, flags = _build({174: ("全市累计备案36家", "全市累计备案46个")})
    assert _flags_on(flags, _one(claims, "46个", "全市累计备案")) == []


def test_a_kind_of_what_an_alike_statement_counts_is_its_part(base, mutated):
    claims, checks, flags = base
    part, whole = _one(claims, "150余家", "大模型企业入驻"), _one(claims, "1200余家", "企业入驻")
    assert [(k.rule, k.outcome) for k in _checks_on(checks, part, whole)] == [("part_whole", "pass")]
    claims, checks, flags = mutated
    part, whole = _one(claims, "150余家", "大模型企业入驻"), _one(claims, "90余家", "企业入驻")
    assert [(k.rule, k.outcome) for k in _checks_on(checks, part, whole)] == [("part_whole", "fail")]
    assert [(f.rule, f.severity) for f in _flags_on(flags, whole)] == [("part_whole", "warning")]
