"""Forms found unchecked or misjudged on the twelfth session's probes (fresh-bw … on; earlier probes where said).
Each case is a passage in the report's style, the figures a reader finds in it with the subjects a reader gives
them, and the outcome a reader works out by hand; a mutated copy shows the check can fail."""
import pytest

from test_restatement import C as RC, run as restate


# ---------------------------------------------------------------- a table row the text quotes at another scale

def _quoted(text_raw, text_value, norm, subject="金融数据交易额", qualifier=""):
    # (fresh-bj) 表1 …（单位：万元）: 金融数据 2025年 186420; the text: 金融数据交易额18.64亿元
    row = RC("186420", 186420, 1864200000, "CNY", "金融数据\t142650\t186420\t30.7", subject="金融数据 2025年",
             page=3, table_id="p3t1", row=1)
    row.section = "1 场内交易 > 表1 2024—2025年上海数据交易所分类别数据交易额（单位：万元）"
    row.unit = "万元"
    text = RC(text_raw, text_value, norm, "CNY", f"从交易类别看，{subject}{text_raw}，占全所交易额的31.9%。",
              subject=subject, page=2, qualifier=qualifier)
    text.unit = "亿元"
    raw = {c.claim_id: c.raw for c in (row, text)}
    return [(k.outcome, sorted(raw[i] for i in k.claim_ids.split("|"))) for k in restate([row, text]).checks]


def test_a_row_the_text_names_by_its_label_restated_at_another_scale_is_verified():
    # 186420万元 = 18.642亿元, printed to the hundredth: 18.64 ± 0.005 holds it
    assert _quoted("18.64亿元", 18.64, 1864000000) == [("pass", ["18.64亿元", "186420"])]


@pytest.mark.parametrize("raw,value,norm,subject,qualifier", [
    ("18.46亿元", 18.46, 1846000000, "金融数据交易额", ""),   # two digits swapped: no pairing by value
    ("近19亿元", 19, 1900000000, "金融数据交易额", "near"),     # a bound proves nothing by value
    ("18.64亿元", 18.64, 1864000000, "航运贸易数据交易额", ""),  # another row's name: not this row quoted
])
def test_no_pairing_by_value_without_the_rows_label_and_its_digits(raw, value, norm, subject, qualifier):
    assert _quoted(raw, value, norm, subject, qualifier) == []
