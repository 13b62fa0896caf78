"""Chinese numerals (十二, 两, 一千, 三千, 百余, 数十) → integers."""
from __future__ import annotations

DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
UNITS = {"十": 10, "百": 100, "千": 1000}
VAGUE = {"数十": 10, "数百": 100, "数千": 1000, "上百": 100, "上千": 1000, "几十": 10, "几百": 100}


def cn_to_int(s: str) -> int | None:
    """Value of a Chinese numeral below 10000 (scale words 万/亿 are handled as scales). None if not one."""
    if s in VAGUE:
        return VAGUE[s]
    if not s or any(ch not in DIGITS and ch not in UNITS for ch in s):
        return None
    total, digit = 0, None
    for ch in s:
        if ch in DIGITS:
            if digit is not None and digit != 0:  # 一二 is not a numeral
                return None
            digit = DIGITS[ch]
        else:
            total += (1 if digit is None else digit) * UNITS[ch]
            digit = None
    return total + (digit or 0)
