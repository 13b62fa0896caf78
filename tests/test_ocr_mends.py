"""OCR mends found by reading fresh probes as scans (bench.probes --claims --scanned): glyphs only a
figure's neighbourhood gives away, spaces around a range's dash, and a paragraph's short last line."""
import pytest

from pipeline import ocr
from pipeline.layout import paragraphs
from pipeline.ocr_engine import OcrChar, OcrWord
from schemas.records import Line, Word


def _word(text: str) -> OcrWord:
    chars = [OcrChar(ch, (10 * i, 0, 10 * i + 9, 10), 90.0) for i, ch in enumerate(text)]
    return OcrWord(text, (0, 0, 10 * len(text), 10), 90.0, (0, 0, 0), chars)


@pytest.mark.parametrize("read, meant", [
    ("入组年龄为18一65岁", "入组年龄为18—65岁"),
    ("按新增研发投入的10%一20%给予补助", "按新增研发投入的10%—20%给予补助"),
    ("资助青年人才近干名", "资助青年人才近千名"),
    ("安排3干万元专项资金", "安排3千万元专项资金"),
    ("办件量同比增长2.4售。", "办件量同比增长2.4倍。"),
    # claims probe K9 as a scan: 千瓦 after a scale word (818.4万干瓦, a header's (万干瓦))
    ("装机容量达到818.4万干瓦", "装机容量达到818.4万千瓦"),
    ("装机容量(万干瓦)", "装机容量(万千瓦)"),
    ("全市光伏发电量58.7亿干瓦时", "全市光伏发电量58.7亿千瓦时"),
    # the same glyphs elsewhere are left alone
    ("一批未来产业试验场", "一批未来产业试验场"),
    ("第1批共12家", "第1批共12家"),
    ("干细胞研究", "干细胞研究"),
    ("万干部群众", "万干部群众"),
    ("销售额增长", "销售额增长"),
    ("统一1个平台", "统一1个平台"),
])
def test_glyphs_mended_only_next_to_figures(read, meant):
    ws = [_word(read)]
    ocr.mend_glyphs(ws)
    assert ws[0].text == meant
    assert [c.text for c in ws[0].chars] == list(meant)  # one character for one: boxes stay put


def test_mends_reach_across_words():
    ws = [_word("18"), _word("一"), _word("65岁")]
    ocr.mend_glyphs(ws)
    assert [w.text for w in ws] == ["18", "—", "65岁"]


@pytest.mark.parametrize("text, squeezed", [
    ("年龄为18 — 65岁", "年龄为18—65岁"),
    ("10% —20%", "10%—20%"),
    ("9月23 —27日", "9月23—27日"),
    ("Step 3 model", "Step 3 model"),
])
def test_spaces_around_a_dash_go(text, squeezed):
    assert ocr.squeeze_cjk(text) == squeezed


def _ocr_line(text, x0, top, x1, size):
    return Line(text, x0, top, x1, top + size, [Word(text, x0, top, x1, top + size, size, False, 90.0)], size)


def test_ocr_paragraph_keeps_a_short_last_line_boxed_low():
    # boxes as tesseract gave them on a scanned probe page: the last line's box is little taller than its digits
    lines = [_ocr_line("新能源汽车产量达到138.6万辆，同比增长22.5%，占全市汽车产量的比重提高3.6个百分点；传统燃",
                       76.9, 456.9, 539.3, 16.6),
             _ocr_line("油汽车产量增速为-6.4%。", 55.7, 475.7, 169.2, 10.9),
             _ocr_line("商业航天企业全年发射卫星96", 76.3, 540.4, 533.4, 18.6),
             _ocr_line("颗，比上年增加34颗。", 55.1, 559.2, 155.1, 10.5),
             _ocr_line("2.2新兴产业和未来产业加快布局", 56.7, 590.0, 291.4, 23.5)]
    assert [[l.text[:4] for l in p] for p in paragraphs(lines)] == [["新能源汽", "油汽车产"], ["商业航天", "颗，比上"],
                                                                    ["2.2新"]]


def test_text_layer_sizes_still_split_paragraphs():
    a = Line("正文一行正文一行正文一行", 50, 100, 300, 110, [Word("正文一行正文一行正文一行", 50, 100, 300, 110, 10.0)], 10.0)
    b = Line("小字注释", 30, 111, 80, 119, [Word("小字注释", 30, 111, 80, 119, 8.0)], 8.0)
    assert len(paragraphs([a, b])) == 2
