"""Tables from the text layer: expected cells come from the transcription (NSFC) and from reading the
rendered BYD pages by eye (pages 2, 5 and 6 rendered with pypdfium2)."""
import pytest

from fixtures.seed import parse, plain
from pipeline import layout
from pipeline.pages import read_pages
from conftest import FIX, REAL

BYD = REAL / "cn_byd_2025q1_report.pdf"


def grid(cells, tid=None):
    rows: dict[int, dict[int, str]] = {}
    for c in cells:
        if tid is None or c.table_id == tid:
            rows.setdefault(c.row, {})[c.col] = c.text
    return [[r[k] for k in sorted(r)] for _, r in sorted(rows.items())]


@pytest.fixture(scope="module")
def byd():
    if not BYD.exists():
        pytest.skip("real PDFs not present")
    pages = read_pages(BYD, "byd", list(range(1, 10)))
    layout.finalize(pages)
    return {p.page: p for p in pages}


def test_nsfc_table_cell_exact():
    want = next(b for b in parse() if b.kind == "table" and plain(b.rows[-1][0]) == "总计")
    want = [[plain(c) for c in r] for r in want.rows]
    assert len(want) == 19 and want[-1][0] == "总计"
    pages = read_pages(FIX / "report-2025.pdf", "f", list(range(18, 23)))
    layout.finalize(pages)
    cells = [c for p in pages for c in p.cells]
    tid = next(c.table_id for c in cells if c.text == "总计")
    got = grid(cells, tid)
    assert got == want
    heads = [c for c in cells if c.table_id == tid and c.is_header]
    assert sorted(c.text for c in heads) == sorted(want[0])
    assert all(c.x0 < c.x1 and c.top < c.bottom for c in cells)


def test_byd_key_figures_with_negative_percentage(byd):
    got = grid(byd[2].cells, "p2t1")
    assert got[0] == ["", "本报告期", "上年同期", "本报告期比上年同期增减（%）"]
    assert got[1] == ["营业收入（元）", "170,360,448,000.00", "124,944,397,000.00", "36.35%"]
    assert got[3] == ["归属于上市公司股东的扣除非经常性损益的净利润（元）", "8,171,627,000.00", "3,751,980,000.00",
                      "117.80%"]
    assert got[4] == ["经营活动产生的现金流量净额（元）", "8,580,961,000.00", "10,227,984,000.00", "-16.10%"]
    assert got[8] == ["", "本报告期末", "上年度末", "本报告期末比上年度末增减（%）"]
    assert got[10] == ["归属于上市公司股东的所有者权益（元）", "233,361,322,000.00", "185,251,104,000.00", "25.97%"]
    heads = {c.row for c in byd[2].cells if c.table_id == "p2t1" and c.is_header}
    assert heads == {0, 8}


def test_byd_non_recurring_items_with_caption_and_negative(byd):
    p = byd[2]
    got = grid(p.cells, "p2t2")
    assert got == [
        ["项目", "本报告期金额", "说明"],
        ["非流动性资产处置损益（包括已计提资产减值准备的冲销部分）", "-247,483,000.00", ""],
        ["计入当期损益的政府补助（与公司正常经营业务密切相关、符合国家政策规定、按照确定的标准享有、对公司损益产生持续"
         "影响的政府补助除外）", "450,821,000.00", "主要是与汽车及汽车相关产品有关的政府补助"],
        ["除同公司正常经营业务相关的有效套期保值业务外，非金融企业持有金融资产和金融负债产生的公允价值变动损益以及处置"
         "金融资产和金融负债产生的损益", "489,398,000.00", ""],
        ["单独进行减值测试的应收款项减值准备转回", "205,000.00", ""],
        ["除上述各项之外的其他营业外收入和支出", "496,780,000.00", ""],
        ["减：所得税影响额", "177,664,000.00", ""],
        ["少数股东权益影响额（税后）", "28,699,000.00", ""],
        ["合计", "983,358,000.00", "--"],
    ]
    first_row = next(i for i, b in enumerate(p.blocks) if b.kind == "table_row" and b.text.startswith("项目"))
    before = [b for b in p.blocks[:first_row] if b.kind == "caption"]
    assert before and before[-1].text == "单位：元"


def test_byd_balance_sheet_crosses_pages_5_to_6_and_is_joined(byd):
    p5, p6 = byd[5], byd[6]
    start = grid(p5.cells, "p5t1")
    assert start[0] == ["项目", "期末余额", "期初余额"]
    assert start[1] == ["流动资产：", "", ""]
    assert start[2] == ["货币资金", "117,406,726,000.00", "102,738,734,000.00"]
    assert start[10] == ["其中：应收利息", "", ""]
    assert start[-1] == ["在建工程", "25,668,828,000.00", "19,954,343,000.00"]
    assert [c.is_header for c in p5.cells if c.row == 1] == [False, False, False]
    assert {c.table_id for c in p6.cells} == {"p5t1"}  # continued, not a new table
    rows6 = sorted({c.row for c in p6.cells})
    assert rows6[0] == max(c.row for c in p5.cells) + 1
    cont = grid(p6.cells, "p5t1")
    assert cont[0] == ["使用权资产", "10,247,504,000.00", "10,575,072,000.00"]
    assert cont[3] == ["商誉", "4,427,571,000.00", "4,427,571,000.00"]
    assert ["资产总计", "840,527,145,000.00", "783,355,855,000.00"] in cont
    assert ["衍生金融负债", "0.00", "1,993,000.00"] in cont
    assert cont[-1] == ["负债和所有者权益总计", "840,527,145,000.00", "783,355,855,000.00"]
    # the unit caption of page 5 is readable on page 6, before the continued rows
    k = next(i for i, b in enumerate(p6.blocks) if b.kind == "table_row")
    assert p6.blocks[k - 1].kind == "caption" and p6.blocks[k - 1].text == "单位：元"
    assert all(c.page == 6 and c.x0 < c.x1 and c.top < c.bottom for c in p6.cells)


def test_table_rows_are_blocks_and_page_text_skips_running_header(byd):
    p6 = byd[6]
    assert any(b.kind == "table_row" and b.text == "商誉\t4,427,571,000.00\t4,427,571,000.00" for b in p6.blocks)
    assert "比亚迪股份有限公司2025年第一季度报告" not in p6.text.replace(" ", "")
    assert not any(b.text.strip() == "6" for b in p6.blocks)


# the shareholder tables of BYD pages 3–4 (expectations read from the rendered pages)
@pytest.fixture(scope="module")
def byd_claims(byd):
    from pipeline.claims import doc_claims
    return doc_claims([byd[3], byd[4]], 2025)


def _claim(claims, page, raw):
    return next(c for c in claims if c.page == page and c.raw.replace(" ", "") == raw)


def test_byd_shareholder_row_label_is_the_name_not_an_attribute(byd_claims):
    # page 3: HKSCC NOMINEES LIMITED | 境外法人 | 40.38% | 1,227,261,708(注 1）…: the row names the holder;
    # 境外法人 is its 股东性质 and a figure with a note reference is a figure, not a label
    pct = _claim(byd_claims, 3, "40.38%")
    assert (pct.subject, pct.kind) == ("HKSCC NOMINEES LIMITED 持股比例", "share")
    held = _claim(byd_claims, 3, "513,623,850")
    assert (held.subject, held.unit, held.norm_exact) == ("王传福 持股数量", "股", "513623850")
    assert not any(c.page == 3 and c.raw.strip() in ("1", "2") for c in byd_claims)  # 注 1, 注 2


def test_byd_two_level_header_names_the_column(byd_claims):
    # page 3: 数量 stands under the spanning 质押、标记或冻结情况
    c = _claim(byd_claims, 3, "50,326,400")
    assert c.subject == "吕向阳 质押、标记或冻结情况数量"


def test_byd_shareholder_table_continued_on_the_next_page(byd_claims):
    # page 4 opens with the rows of page 3's table, under no header of its own: page 3's header and
    # caption (单位：股) apply; the second table below has its own header
    c = _claim(byd_claims, 4, "155,149,602")
    assert (c.subject, c.unit) == ("融捷投资控股集团有限公司 持股数量", "股")
    second = [x for x in byd_claims if x.page == 4 and x.raw == "59,807,155"]
    assert second and second[0].subject == "吕向阳 持有无限售条件股份数量"


def test_byd_sentences_in_table_cells_are_read(byd_claims):
    # page 3: 203,708 户（其中 A 股股东为203,606 户，H 股股东为 102 户）; page 4: the notes under the tables
    for raw in ("203,708户", "203,606户", "102户"):
        assert _claim(byd_claims, 3, raw).base_unit == "count"
    assert _claim(byd_claims, 4, "3,727,700股").norm_exact == "3727700"


def test_a_table_whose_page_ends_after_its_header_row(tmp_path):
    # probe fresh-ax (written by a helper): 表2's caption, 单位：亿元 and header row 产业环节 | 2024年 | 2025年 |
    # 同比增长(%) end page 4, its rows open page 5. The header row alone was taken for no header, and the rows took
    # the header of 表1 above it (产量(辆) …): 3862.47 read as 辆 under 产量, the 同比增长 column summed as counts
    from bench import probes as B
    claims, _, _, lines = B.read((B.PROBES / "fresh-ax.md").read_text(encoding="utf-8"), tmp_path)
    row = {c.raw: c for c in claims if lines.get(c.claim_id) == 52}  # 整车制造	3862.47	4518.36	17.0
    head = [c for c in claims if lines.get(c.claim_id) == 51]
    assert row and row["3862.47"].page == 5 and not head  # the split this test is about
    assert (row["3862.47"].subject, row["3862.47"].unit, row["3862.47"].base_unit) == ("整车制造 2024年", "亿元", "CNY")
    assert (row["4518.36"].subject, row["4518.36"].norm_exact) == ("整车制造 2025年", "451836000000")
    assert (row["17.0"].subject, row["17.0"].base_unit, row["17.0"].kind) == ("整车制造 同比增长", "percent", "change")
