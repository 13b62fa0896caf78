"""One holder's rows across the shareholder tables of BYD pages 3–4 (pipeline.entity_rows). Expected sums worked
out by hand from the pages as printed: 王传福 385,217,887 restricted + 128,405,963 unrestricted = 513,623,850 held;
融捷 holds 155,149,602, none restricted, 155,149,602 unrestricted, 13,570,000 pledged."""
from __future__ import annotations

import dataclasses

import pytest

from pipeline import validate as V
from pipeline.entity_rows import entity_rows
from test_table_change import BYD, _claims


@pytest.fixture(scope="module")
def holders():
    return _claims(BYD, [3, 4])


def _run(claims):
    out = V.Outcome([], [])
    entity_rows(claims, out)
    return out


def _ids(claims, *raws):
    return {next(c.claim_id for c in claims if c.raw.replace(" ", "").startswith(r) and c.table_id) for r in raws}


def test_held_is_restricted_plus_unrestricted(holders):
    out = _run(holders)
    assert out.checks and {k.outcome for k in out.checks} == {"pass"} and out.flags == []
    sets = [set(k.claim_ids.split("|")) for k in out.checks]
    assert _ids(holders, "513,623,850", "385,217,887", "128,405,963") in sets
    # a holder without restricted shares: one figure in three columns; pledged shares within the holding
    assert any(_ids(holders, "155,149,602") | _ids(holders, "13,570,000") <= s for s in sets)


def test_a_miscopied_holding_is_flagged(holders):
    bad = [dataclasses.replace(c, norm_exact="128,405,966".replace(",", ""))
           if c.raw.startswith("128,405,963") and c.table_id else c for c in holders]
    out = _run(bad)
    assert [f.rule for f in out.flags] == ["part_whole"] and "王传福" in out.flags[0].message
