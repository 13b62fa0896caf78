"""The plain-regex baseline every claims figure is compared against: a number, an optional scale word
and an optional unit from the unit table — no exclusions, no kinds, no subjects."""
from __future__ import annotations

from decimal import Decimal

import regex

from extractors.claims import Found
from extractors.units import normalize, scale_table, unit_table

_alt = lambda ws: "|".join(regex.escape(w) for w in sorted(ws, key=len, reverse=True))  # noqa: E731
PLAIN = regex.compile(rf"(?P<n>\d+(?:\.\d+)?)(?P<u>(?:{_alt(scale_table())})?(?:{_alt(unit_table())})?)")


def find_plain(text: str, unit_hint: str = "") -> list[Found]:
    out = []
    for m in PLAIN.finditer(text):
        n, u = m.group("n"), m.group("u") or unit_hint
        z = normalize(n, u)
        out.append(Found(m.start(), m.end(), m.group(0), float(Decimal(n)), u, z.norm_exact, z.norm_value,
                         len(n.split(".")[1]) if "." in n else 0, z.base_unit))
    return out
