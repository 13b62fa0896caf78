"""The configuration files under schemas/ are well formed: a JSON key written twice would silently keep only the
last value, and a unit spelled twice in units.csv would map to whichever row is read last."""
import csv
import json

from schemas import data_file


def test_validation_json_has_no_key_written_twice():
    dupes = []

    def pairs(items):
        keys = [k for k, _ in items]
        dupes.extend(k for k in set(keys) if keys.count(k) > 1)
        return dict(items)

    with open(data_file("validation.json"), encoding="utf-8") as fh:
        json.load(fh, object_pairs_hook=pairs)
    assert dupes == []


def test_units_csv_spells_each_unit_once():
    with open(data_file("units.csv"), encoding="utf-8") as fh:
        units = [r["unit"] for r in csv.DictReader(fh)]
    assert sorted({u for u in units if units.count(u) > 1}) == []
