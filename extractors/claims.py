"""Find numeric claims in a piece of text (one line, paragraph or table cell)."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from extractors import patterns as P
from extractors.units import normalize


@dataclass
class Found:
    start: int
    end: int
    raw: str
    value: float
    unit: str
    norm_exact: str
    norm_value: float | None
    decimals: int
    base_unit: str
    kind: str = "level"
    direction: str = ""
    qualifier: str = ""
    subject: str = ""


def _subject(text: str, start: int) -> str:
    """The metric phrase: text back to the previous clause break, verbs trimmed (first version)."""
    left = text[:start]
    for sep in "，。；;,:：、（(":
        left = left.rsplit(sep, 1)[-1]
    for verb in ("同比增长", "比上年增长", "较上年增长", "分别", "达到", "达", "为", "实现", "超过", "超", "约",
                 "占全国", "增长", "共", "累计"):
        if left.endswith(verb):
            left = left[: -len(verb)]
    return left.strip()[-24:]


def find_claims(text: str, unit_hint: str = "") -> list[Found]:
    out: list[Found] = []
    for m in P.CLAIM.finditer(text):
        number = m.group("number")
        after = text[m.end("number"):]
        before = text[: m.start()]
        # Part of a name or model (G60, 6G, Step-3): letters glued to the digits.
        if (before and P.NAME_NEIGHBOUR.match(before[-1])) or (after and P.NAME_NEIGHBOUR.match(after[:1])
                                                               and not m.group("unit")):
            continue
        if P.TIME_AFTER.match(after) or (P.YEAR_LIKE.match(number) and not m.group("unit")):
            continue
        if before.endswith("第") and after[:1] in "届次期批":
            continue
        if P.SECTION_NUMBER.match(text[m.start("number"):]) and not before.strip():
            continue  # "1.1 国家实验室…": a heading's number
        scale = m.group("scale") or ""
        unit = scale + (m.group("unit") or "")
        if not unit and unit_hint:
            unit = unit_hint
        if not unit and "." not in number and not before.endswith("第"):
            # a bare integer with nothing attached is too often a label or a section number
            continue
        try:
            n = normalize(number, unit)
        except (InvalidOperation, ValueError):
            continue
        decimals = len(number.split(".", 1)[1]) if "." in number else 0
        f = Found(m.start("number"), m.end(), text[m.start("number"):m.end("unit") if m.group("unit") else
                                                   (m.end("scale") if m.group("scale") else m.end("number"))],
                  float(Decimal(number.replace(",", ""))), unit, n.norm_exact, n.norm_value, decimals, n.base_unit)
        if m.group("inner"):
            f.raw = text[m.start("number"):m.end("unit") if m.group("unit") else m.end("inner")]
        q = m.group("pre") or m.group("inner") or m.group("post")
        f.qualifier = P.QUALIFIERS.get(q, "") if q else ""
        if P.RANK_BEFORE.search(before):
            f.kind, f.base_unit, f.norm_exact, f.norm_value = "rank", "rank", str(int(f.value)), f.value
        elif (cm := P.CHANGE_BEFORE.search(before)):
            f.kind = "change"
            f.direction = "down" if any(w in cm.group(1) for w in P.DOWN_WORDS) else "up"
        elif P.SHARE_BEFORE.search(before) and f.base_unit == "percent":
            f.kind = "share"
        f.subject = _subject(text, m.start())
        out.append(f)
    return out
