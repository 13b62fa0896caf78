"""Mutation test of the validators (slow: rebuilds the fixture several times). Target from issue 7."""
import re
import subprocess
import sys

import pytest

from conftest import ROOT


@pytest.mark.slow
def test_mutations_are_flagged_by_the_right_rule():
    p = subprocess.run([sys.executable, "-m", "bench.mutate", "--sites", "30"], cwd=ROOT, capture_output=True,
                       text=True, timeout=1800)
    assert p.returncode == 0, p.stderr[-2000:]
    m = re.search(r"mutations: (\d+), detected by the right rule: (\d+) .*false flags: (\d+)", p.stdout)
    total, detected, false_flags = map(int, m.groups())
    assert total >= 30
    assert detected == total, p.stdout
    assert false_flags == 0, p.stdout
