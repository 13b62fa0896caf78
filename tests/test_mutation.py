"""Mutation test of the validators (issue 7). The draw is checked in the default run; the rebuilds are slow."""
import random
import re
import subprocess
import sys

import pytest

from bench import mutate as M
from conftest import ROOT
from fixtures.seed import seed_path


def test_sites_are_seeded_from_the_relations_gold_and_unrelated_within_a_rebuild():
    lines = seed_path().read_text(encoding="utf-8").split("\n")
    sites = M.draw(random.Random(2025), 30, lines)
    again = M.draw(random.Random(2025), 30, lines)
    assert [(s.key, s.kind, s.new) for s in sites] == [(s.key, s.kind, s.new) for s in again]  # seeded
    assert len(sites) >= 30 and len({s.relation["relation_id"] for s in sites}) == len(sites)
    assert {s.kind for s in sites} <= {"digit", "decimal", "unit"} and {"digit", "decimal"} <= {s.kind for s in sites}
    used = set()
    for s in sites:  # no two sites touch the lines of one relation: several fit in one rebuild
        rel_lines = {int(k.split(":")[1]) for k in s.relation["claims"].split("|")}
        assert not rel_lines & used
        used |= rel_lines
    for s in sites:  # every site breaks its relation by the gold's own values
        assert M.falsifies(s.relation, s.old, s.kind, s.new), s
    mutated = M.apply(lines, sites)
    for s in sites:
        assert mutated[s.line - 1] != lines[s.line - 1]
        if s.kind != "unit":
            assert s.new in mutated[s.line - 1] and s.new != s.old


def test_mutations():
    assert M.mutate_number("6496.79", "digit") == "7496.79"
    assert M.mutate_number("9", "digit") == "8"
    assert M.mutate_number("5484", "decimal") == "548.4"
    assert M.mutate_number("39.13", "decimal") == "3.913"
    line = "全市技术合同成交额**6496.79**亿元，同比增长24.9%"
    site = M.Site({}, "seed:1:6496.79亿元#1", 1, "unit", "6496.79", "6496.79")
    assert M.apply([line], [site]) == ["全市技术合同成交额**6496.79**万元，同比增长24.9%"]


def test_a_site_must_falsify_its_relation():
    whole = {"rule": "part_whole", "expected": "120<=1741"}
    assert not M.falsifies(whole, "1741", "decimal", "174.1")  # 120 <= 174.1: still true
    assert M.falsifies(whole, "1741", "decimal", "17.41") and M.falsifies(whole, "120", "digit", "1820")
    breakdown = {"rule": "part_whole", "expected": "19+13=32"}
    assert not M.falsifies(breakdown, "19", "decimal", "1.9")  # 其中 parts need not be exhaustive
    assert M.falsifies(breakdown, "19", "digit", "29")  # 29 + 13 > 32
    up = {"rule": "direction", "expected": "2<22"}  # 从2家拓展至22家
    assert not M.falsifies(up, "2", "decimal", "0.2") and not M.falsifies(up, "22", "decimal", "2.2")
    assert M.falsifies({"rule": "list_total", "expected": "7+4+5=16"}, "5", "decimal", "0.5")
    assert not M.falsifies({"rule": "list_total", "expected": "count(1,2,3)=3"}, "2", "digit", "3")
    assert M.falsifies({"rule": "restatement", "expected": "9=9=9"}, "9", "digit", "8")
    assert not M.falsifies({"rule": "restatement", "expected": "34.22>=100/3"}, "34.22", "digit", "44.22")
    assert M.falsifies({"rule": "restatement", "expected": "34.22>=100/3"}, "34.22", "decimal", "3.422")
    assert M.falsifies({"rule": "table_total", "expected": "409994229000+430532916000=840527145000"},
                       "840527145000", "unit", "840527145000")


@pytest.mark.slow
def test_mutations_are_flagged_by_the_right_rule():
    p = subprocess.run([sys.executable, "-m", "bench.mutate", "--sites", "30"], cwd=ROOT, capture_output=True,
                       text=True, timeout=1800)
    assert p.returncode == 0, p.stderr[-2000:]
    m = re.search(r"mutations: (\d+), detected by the right rule: (\d+) .*false flags: (\d+)", p.stdout)
    total, detected, false_flags = map(int, m.groups())
    assert total >= 30
    assert false_flags == 0, p.stdout
    assert detected == total, p.stdout  # issue 7's target


def test_figures_of_two_units_are_compared_in_the_base_unit():
    # 由2023年的708万元增至2025年的14.9亿元: the gold writes each figure with its base value
    rise = {"rule": "direction", "expected": "708万元=7080000 < 14.9亿元=1490000000"}
    assert not M.falsifies(rise, "708", "decimal", "70.8")  # 70.8万元 < 14.9亿元: still a rise
    assert not M.falsifies(rise, "14.9", "decimal", "1.49")  # 1.49亿元 > 708万元
    assert M.falsifies(rise, "14.9", "unit", "14.9")  # 14.9万元 < 708万元: a fall


def test_sites_reaching_into_a_held_out_span_are_counted_apart():
    # spans.csv: S02 (lines 166–228) is tune, S03 (358–462) held out; a site is shown only when all its lines are tune
    def site(split, *lines):
        return M.Site({"split": split, "claims": "|".join(f"seed:{n}:1家#1" for n in lines)}, "", lines[0], "digit")
    assert M.split_of(site("tune", 170, 174)) == "tune"
    assert M.split_of(site("tune", 170, 400)) == "tune/held-out lines"
    assert M.split_of(site("heldout", 400)) == "heldout"
