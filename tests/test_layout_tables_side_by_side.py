"""Tables side by side without rules (a broker note's layout): a label/value sidebar beside a forecast table on
shared baselines, two statements in two columns with different row pitches, year headers set closer than a
column gap. Pages are drawn here with reportlab at known positions; expected cells are written from what is
drawn, not from the pipeline's output.
"""
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas as rl_canvas

from fixtures.render import Look, register_fonts
from pipeline.claims import page_claims
from pipeline.pages import read_pages

W, H = A4

SIDEBAR = [("收盘价(元)：", "23.40"), ("总股本(百万股)：", "545.44"), ("流通A股(百万股)：", "512.30"),
           ("总市值(百万元)：", "12,763.30"), ("每股净资产(元)：", "9.91"), ("资产负债率(%)：", "47.85")]
YEARS = ["2023A", "2024A", "2025E", "2026E", "2027E"]
FORECAST = [("营业收入(百万元)", ["3,852", "4,210", "4,986", "5,721", "6,100"]),
            ("增长率(%)", ["-18.6%", "9.3%", "18.4%", "14.7%", "6.6%"]),
            ("归母净利润(百万元)", ["307", "312", "485", "620", "701"]),
            ("EPS(元)", ["0.56", "0.57", "0.89", "1.14", "1.29"]),
            ("毛利率(%)", ["31.3%", "32.0%", "33.5%", "34.1%", "34.4%"]),
            ("净资产收益率(%)", ["6.0%", "6.2%", "9.0%", "10.8%", "11.2%"]),
            ("市盈率(倍)", ["41.6", "40.9", "26.3", "20.6", "18.2"])]

CASH = ("现金流量表(百万元)", [("净利润", ["173", "471", "717", "933"]), ("折旧摊销", ["40", "51", "63", "75"]),
                           ("营运资金变动", ["-220", "-382", "-195", "-283"]),
                           ("经营活动现金流", ["76", "205", "658", "812"]),
                           ("投资活动现金流", ["-83", "-184", "-203", "-169"]),
                           ("融资活动现金流", ["151", "-175", "-190", "-155"]),
                           ("现金净流量", ["127", "66", "775", "696"])])
INCOME = ("利润表(百万元)", [("营业总收入", ["1,567", "3,684", "5,056", "5,752"]),
                         ("营业成本", ["1,038", "2,394", "3,236", "3,567"]),
                         ("毛利率%", ["33.7%", "35.0%", "36.0%", "38.0%"]),
                         ("销售费用", ["63", "147", "193", "209"]), ("管理费用", ["131", "313", "409", "444"]),
                         ("研发费用", ["117", "276", "379", "431"]), ("财务费用", ["7", "1", "11", "19"]),
                         ("营业利润", ["212", "531", "800", "1,040"]), ("利润总额", ["187", "523", "797", "1,037"])])
YEARS4 = ["2021", "2022E", "2023E", "2024E"]


def _right(c, text: str, x1: float, top: float, size: float, font: str) -> None:
    c.setFont(font, size)
    c.drawRightString(x1, H - top - size, text)


def _left(c, text: str, x0: float, top: float, size: float, font: str) -> None:
    c.setFont(font, size)
    c.drawString(x0, H - top - size, text)


def _statement(c, font, title, rows, x0, ends, top, pitch, size=8.0, years=YEARS4):
    _left(c, title, x0, top, size, font)
    for y, x1 in zip(years, ends):
        _right(c, y, x1, top, size, font)
    for k, (label, vals) in enumerate(rows, 1):
        _left(c, label, x0, top + k * pitch, size, font)
        for v, x1 in zip(vals, ends):
            _right(c, v, x1, top + k * pitch, size, font)


def build(path: Path) -> None:
    reg, _ = register_fonts(Look())
    c = rl_canvas.Canvas(str(path), pagesize=A4, invariant=1)
    # page 1: the key-data sidebar (row pitch 14) beside the forecast table (row pitch 12.5); the sidebar's
    # values end 9 pt left of the table's labels, closer than the 1.2 em that cuts a line into cells
    _left(c, "股票数据", 24, 50, 9, reg)
    _left(c, "主要财务数据及预测", 197, 50, 9, reg)
    for k, (label, value) in enumerate(SIDEBAR):
        _left(c, label, 24, 73 + 14 * k, 8.5, reg)
        _right(c, value, 188, 73 + 14 * k, 8.5, reg)
    ends = [331, 390, 448, 506, 565]
    for y, x1 in zip(YEARS, ends):
        _right(c, y, x1, 73, 8.5, reg)
    for k, (label, vals) in enumerate(FORECAST, 1):
        _left(c, label, 197, 73 + 12.5 * k, 8.5, reg)
        for v, x1 in zip(vals, ends):
            _right(c, v, x1, 73 + 12.5 * k, 8.5, reg)
    _left(c, "资料来源：公司公告", 24, 240, 7.5, reg)
    c.showPage()
    # page 2: two statements side by side, left pitch 11.4, right pitch 12.0, so their rows drift apart
    _statement(c, reg, *CASH, 35, [166, 206, 246, 289], 84, 11.4)
    _statement(c, reg, *INCOME, 310, [445, 487, 529, 571], 84, 12.0)
    c.showPage()
    # page 3: a forecast table whose year headers stand closer than a column gap (8 pt at 8 pt type), so the
    # line reads as two cells: "主要财务指标" and "2021 2022E 2023E 2024E"
    ends = [150, 178, 206, 234]
    _left(c, "主要财务指标", 40, 100, 8, reg)
    for y, x1 in zip(YEARS4, ends):
        _right(c, y, x1, 100, 8, reg)
    rows = [("每股收益", ["1.07", "2.91", "4.43", "5.77"]), ("每股净资产", ["7.13", "9.43", "5.39", "1.76"]),
            ("市盈率", ["82.9", "30.4", "20.0", "15.3"]), ("市净率", ["12.4", "8.50", "5.76", "4.08"])]
    for k, (label, vals) in enumerate(rows, 1):
        _left(c, label, 40, 100 + 12 * k, 8, reg)
        for v, x1 in zip(vals, ends):
            _right(c, v, x1, 100 + 12 * k, 8, reg)
    c.showPage()
    c.save()


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    path = tmp_path_factory.mktemp("side") / "side.pdf"
    build(path)
    return read_pages(path, "side", [1, 2, 3])


def _rows(page, tid=None):
    tabs: dict[str, dict[int, list]] = {}
    for c in page.cells:
        tabs.setdefault(c.table_id, {}).setdefault(c.row, []).append(c)
    out = {}
    for t, rows in tabs.items():
        out[t] = [[c.text.replace(" ", "") for c in sorted(cs, key=lambda c: c.col)] for _, cs in sorted(rows.items())]
    return out


def test_sidebar_beside_forecast_table_is_not_in_the_table(pages):
    tables = list(_rows(pages[0]).values())
    assert len(tables) == 1
    (t,) = tables
    assert t == [YEARS] + [[label] + vals for label, vals in FORECAST]
    # the sidebar's rows stay text lines of their own, label and value together
    texts = [b.text.replace(" ", "") for b in pages[0].blocks if b.kind != "table_row"]
    for label, value in SIDEBAR:
        assert label + value in texts


def test_forecast_cells_take_row_label_unit_and_year_period(pages):
    cs = page_claims(pages[0], 2025)
    got = {(c.subject, c.period): (c.raw, c.unit, c.norm_exact) for c in cs if c.table_id}
    assert got[("营业收入", "2023")] == ("3,852", "百万元", "3852000000")
    assert got[("归母净利润", "2027")] == ("701", "百万元", "701000000")
    assert got[("EPS", "2025")][:2] == ("0.89", "元")
    assert len(got) == 5 * len(FORECAST)
    # no sidebar figure is read as a table cell
    assert not [c for c in cs if c.table_id and c.raw in {"23.40", "545.44", "512.30", "9.91", "47.85"}]
    side = {c.raw: c.subject for c in cs if not c.table_id}
    assert side.get("545.44", "").startswith("总股本") and side.get("9.91", "").startswith("每股净资产")


def test_two_statements_side_by_side_keep_their_own_rows(pages):
    tables = sorted(_rows(pages[1]).values(), key=len)
    assert len(tables) == 2
    assert tables[0] == [[CASH[0]] + YEARS4] + [[label] + vals for label, vals in CASH[1]]
    assert tables[1] == [[INCOME[0]] + YEARS4] + [[label] + vals for label, vals in INCOME[1]]


def test_statement_cells_period_from_bare_and_forecast_years(pages):
    cs = [c for c in page_claims(pages[1], 2025) if c.table_id]
    got = {(c.subject, c.period): c.raw for c in cs}
    assert got[("经营活动现金流", "2021")] == "76"
    assert got[("经营活动现金流", "2024")] == "812"
    assert got[("营业成本", "2022")] == "2,394"
    assert got[("利润总额", "2024")] == "1,037"


def test_year_header_set_as_one_cell_is_cut_per_column(pages):
    (t,) = _rows(pages[2]).values()
    assert t[0] == ["主要财务指标", "2021", "2022E", "2023E", "2024E"]
    cs = [c for c in page_claims(pages[2], 2025) if c.table_id]
    got = {(c.subject, c.period): c.raw for c in cs}
    assert got[("每股收益", "2021")] == "1.07" and got[("每股收益", "2024")] == "5.77"
    assert got[("市净率", "2022")] == "8.50"
