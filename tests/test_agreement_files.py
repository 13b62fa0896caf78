"""The second annotator's files line up with what they re-annotate (bench.agreement reads them row by row)."""
import csv

from bench import gold as G
from bench.agreement import SECOND_GOLD, SECOND_PROBES
from bench.probes import PROBES


def test_second_gold_subjects_are_tune_claims_only():
    spans = G.spans()
    keys = {g["claim_key"]: g for g in G.claims() if g["is_claim"] == "1"}
    files = sorted(SECOND_GOLD.glob("S*.csv"))
    assert files
    for f in files:
        assert spans[f.stem].split == "tune", f  # held-out spans are never re-annotated
        rows = list(csv.DictReader(f.open(encoding="utf-8")))
        assert [keys[r["claim_key"]]["span_id"] for r in rows] == [f.stem] * len(rows)
        assert all(r["subject"].strip() for r in rows)
        assert [r["raw"] for r in rows] == [keys[r["claim_key"]]["raw"] for r in rows]


def test_second_probe_subjects_follow_the_probe_claims_row_by_row():
    files = sorted(SECOND_PROBES.glob("claims-*.csv"))
    assert len(files) >= 8
    for f in files:
        first = [r for r in csv.DictReader((PROBES / f.name).open(encoding="utf-8")) if r["is_claim"] == "1"]
        second = list(csv.DictReader(f.open(encoding="utf-8")))
        assert [(r["line"], r["raw"]) for r in first] == [(r["line"], r["raw"]) for r in second], f
        assert all(r["subject"].strip() for r in second)
