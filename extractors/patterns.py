"""All claim patterns, named in one place (first, simple version: the baseline grammar)."""
from __future__ import annotations

import regex

from extractors.units import scale_table, unit_table


def _alt(words) -> str:
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


NUMBER = r"(?P<number>-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|-?\d+(?:\.\d+)?)"
SCALE = rf"(?P<scale>{_alt(scale_table())})?"
UNIT = rf"(?P<unit>{_alt(unit_table())})?"
INNER_QUAL = r"(?P<inner>余|多)?"

CLAIM = regex.compile(
    rf"(?P<pre>约|超过|超|逾|近|接近|不足|不到|突破|最高)?{NUMBER}{INNER_QUAL}{SCALE}{UNIT}"
    rf"(?P<post>左右|以上|以下)?",
)

# Time references and other things that look like numbers but are not claims.
TIME_AFTER = regex.compile(r"^(?:年(?!代)|月|日|—\d+年|-\d+年|年度)")
YEAR_LIKE = regex.compile(r"^(?:19|20)\d\d$")
SECTION_NUMBER = regex.compile(r"^\d+(?:\.\d+)*\.?\s+\S")
NAME_NEIGHBOUR = regex.compile(r"[A-Za-z]")

CHANGE_BEFORE = regex.compile(r"(同比增长|比上年增长|较上年增长|较上年|增长|提高|提升|上升|下降|减少|降低)[了]?$")
DOWN_WORDS = ("下降", "减少", "降低")
SHARE_BEFORE = regex.compile(r"(占[^，。；,;]{0,12}?(的|比例|比重)?|占比[达为]?)$")
RANK_BEFORE = regex.compile(r"第$")

QUALIFIERS = {"约": "approx", "左右": "approx", "超过": "over", "超": "over", "逾": "over", "余": "over",
              "多": "over", "以上": "over", "突破": "over", "近": "near", "接近": "near", "不足": "under",
              "不到": "under", "以下": "under", "最高": "under"}
