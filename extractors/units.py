"""Unit normalization driven by schemas/units.csv and schemas/scales.csv (exact decimals)."""
from __future__ import annotations

import csv
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from schemas import data_file


@dataclass(frozen=True)
class Normalized:
    base_unit: str
    norm_exact: str  # exact decimal string in the base unit
    norm_value: float | None


@lru_cache(maxsize=1)
def unit_table() -> dict[str, tuple[str, Decimal]]:
    with open(data_file("units.csv"), encoding="utf-8") as f:
        return {r["unit"]: (r["base_unit"], Decimal(r["factor"])) for r in csv.DictReader(f)}


@lru_cache(maxsize=1)
def scale_table() -> dict[str, Decimal]:
    with open(data_file("scales.csv"), encoding="utf-8") as f:
        return {r["scale"]: Decimal(r["factor"]) for r in csv.DictReader(f)}


def split_unit(unit: str) -> tuple[Decimal, str]:
    """'亿元' → (1e8, '元'); the longest scale prefix wins; units listed whole win over splitting."""
    units = unit_table()
    if unit in units:
        return Decimal(1), unit
    for scale in sorted(scale_table(), key=len, reverse=True):
        if unit.startswith(scale):
            rest = unit[len(scale):]
            if rest == "" or rest in units or not rest[:1] in scale_table():
                return scale_table()[scale], rest
    return Decimal(1), unit


def fmt_decimal(d: Decimal) -> str:
    s = format(d, "f")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def normalize(number: str, unit: str) -> Normalized:
    """number: the digits as printed (commas allowed); unit: as written, scale included."""
    value = Decimal(number.replace(",", "").replace("，", ""))
    factor, base = split_unit(unit)
    entry = unit_table().get(base)
    if entry is None:
        base_unit = f"other:{base}" if base else ("count" if factor != 1 else "")
        f2 = Decimal(1)
    else:
        base_unit, f2 = entry
    exact = value * factor * f2
    return Normalized(base_unit, fmt_decimal(exact), float(exact))
