"""The claims stage on table cells: subject = row label + column header, unit from the header or the caption
(carried to the page a table continues on), period from a header date or the report's title."""
from pipeline.claims import doc_claims, page_claims
from schemas.records import Block, Page, TableCell


def _cell(page, row, col, text, x0, header=False, tid="t1"):
    return TableCell("d", page, tid, row, col, text, x0, 100 + 20 * row, x0 + 80, 115 + 20 * row, header)


def _block(text, top, kind="para"):
    return Block(text, 50, top, 500, top + 12, kind=kind)


def test_header_units_and_subjects():
    cells = [_cell(1, 0, 0, "项目类型", 50, True), _cell(1, 0, 1, "立项数(个)", 150, True),
             _cell(1, 0, 2, "资助额(万元)", 250, True),
             _cell(1, 1, 0, "面上项目", 50), _cell(1, 1, 1, "2467", 150), _cell(1, 1, 2, "121325.00", 250),
             _cell(1, 2, 0, "总计", 50), _cell(1, 2, 1, "5484", 150), _cell(1, 2, 2, "391271.71", 250)]
    page = Page("d", 1, blocks=[_block("表1 2025年上海获国家自然科学基金资助情况", 80, "caption")], cells=cells)
    cs = page_claims(page, 2025)
    got = {(c.subject, c.norm_exact, c.base_unit, c.period) for c in cs}
    assert got == {("面上项目 立项数", "2467", "count", "2025"), ("面上项目 资助额", "1213250000", "CNY", "2025"),
                   ("总计 立项数", "5484", "count", "2025"), ("总计 资助额", "3912717100", "CNY", "2025")}
    # only the total row states the metric; the other rows are its parts
    assert {c.metric_id for c in cs if c.subject == "总计 资助额"} == {"nsfc_funding"}
    assert {c.metric_id for c in cs if c.subject == "面上项目 资助额"} == {""}


def test_caption_unit_and_header_carry_to_the_next_page():
    p1 = Page("d", 1, blocks=[_block("某公司 2025 年第一季度报告", 20, "heading"), _block("单位：元", 60)],
              cells=[_cell(1, 0, 0, "项目", 50, True), _cell(1, 0, 1, "期末余额", 150, True),
                     _cell(1, 0, 2, "期初余额", 250, True),
                     _cell(1, 1, 0, "货币资金", 50), _cell(1, 1, 1, "1,000.00", 150), _cell(1, 1, 2, "900.00", 250)])
    # the table goes on: its first row holds figures and the layout took it for a header
    p2 = Page("d", 2, blocks=[], cells=[
        _cell(2, 0, 0, "无形资产", 50, True, "t2"), _cell(2, 0, 1, "40,143,957,000.00", 150, True, "t2"),
        _cell(2, 0, 2, "38,423,925,000.00", 250, True, "t2")])
    cs = doc_claims([p1, p2], 2025)
    got = [(c.page, c.subject, c.norm_exact, c.base_unit, c.period) for c in cs]
    assert got == [(1, "货币资金 期末余额", "1000", "CNY", "2025-03-end"), (1, "货币资金 期初余额", "900", "CNY", "2024-end"),
                   (2, "无形资产 期末余额", "40143957000", "CNY", "2025-03-end"),
                   (2, "无形资产 期初余额", "38423925000", "CNY", "2024-end")]


def test_a_table_of_sentences_is_read_like_text():
    cells = [_cell(1, 0, 0, "《细胞》 48篇", 50, True), _cell(1, 0, 1, "占全国的 36.6%", 150, True),
             _cell(1, 1, 0, "《自然》 86篇", 50), _cell(1, 1, 1, "占全国的 29.1%", 150)]
    cs = page_claims(Page("d", 1, cells=cells), 2025)
    assert sorted((c.norm_exact, c.kind) for c in cs) == [("29.1", "share"), ("36.6", "share"), ("48", "level"),
                                                          ("86", "level")]


def test_percent_header():
    cells = [_cell(1, 0, 0, "项目", 50, True), _cell(1, 0, 1, "增减（%）", 150, True),
             _cell(1, 1, 0, "营业收入", 50), _cell(1, 1, 1, "-16.10", 150)]
    (c,) = page_claims(Page("d", 1, cells=cells), 2025)
    assert (c.norm_exact, c.base_unit, c.subject) == ("-16.1", "percent", "营业收入 增减")


def test_unit_from_the_row_label_and_forecast_years():
    cells = [_cell(1, 0, 0, "", 50, True), _cell(1, 0, 1, "2024A", 150, True), _cell(1, 0, 2, "2025E", 250, True),
             _cell(1, 1, 0, "营业收入(百万元)", 50), _cell(1, 1, 1, "4,473.94", 150), _cell(1, 1, 2, "5,120.50", 250),
             _cell(1, 2, 0, "每股收益(元/股)", 50), _cell(1, 2, 1, "0.12", 150), _cell(1, 2, 2, "0.35", 250)]
    cs = page_claims(Page("d", 1, cells=cells), 2025)
    assert [(c.subject, c.norm_exact, c.base_unit, c.period) for c in cs] == [
        # a year column names the period, not the subject (as the gold for a broker's forecast table has it)
        ("营业收入", "4473940000", "CNY", "2024"), ("营业收入", "5120500000", "CNY", "2025"),
        ("每股收益", "0.12", "CNY", "2024"), ("每股收益", "0.35", "CNY", "2025")]


def test_a_zero_change_has_no_direction():
    # claims probe K9: 陆上风电 比上年增长(%) 0.0 neither rises nor falls; 24.3 rises, -3.6 falls
    cells = [_cell(1, 0, 0, "类型", 50, True), _cell(1, 0, 1, "比上年增长(%)", 150, True),
             _cell(1, 1, 0, "陆上风电", 50), _cell(1, 1, 1, "0.0", 150),
             _cell(1, 2, 0, "海上风电", 50), _cell(1, 2, 1, "24.3", 150),
             _cell(1, 3, 0, "生物质发电", 50), _cell(1, 3, 1, "-3.6", 150)]
    cs = page_claims(Page("d", 1, cells=cells), 2025)
    assert [(c.raw, c.kind, c.direction) for c in cs] == [("0.0", "change", ""), ("24.3", "change", "up"),
                                                           ("-3.6", "change", "down")]


def test_a_rank_column_states_positions():
    # claims probe K11: 全国排名(位) 3 is the third place, not three places
    cells = [_cell(1, 0, 0, "地区", 50, True), _cell(1, 0, 1, "全国排名(位)", 150, True),
             _cell(1, 1, 0, "上海", 50), _cell(1, 1, 1, "3", 150)]
    (c,) = page_claims(Page("d", 1, cells=cells), 2025)
    assert (c.raw, c.unit, c.base_unit, c.kind, c.norm_exact) == ("3", "位", "rank", "rank", "3")


def test_a_tables_own_title_ends_the_unit_of_the_table_before():
    # claims probe K14: 表1 (单位：亿元) then 表2 上海在主要创新排名中的位次 on the next page: 表2's cells are no 亿元
    p1 = Page("d", 1, blocks=[_block("表1 2024—2025年本市民生科技投入", 40, "caption"), _block("（单位：亿元）", 60)],
              cells=[_cell(1, 0, 0, "领域", 50, True), _cell(1, 0, 1, "2025年", 150, True),
                     _cell(1, 1, 0, "医疗健康", 50), _cell(1, 1, 1, "56.3", 150)])
    p2 = Page("d", 2, blocks=[_block("表2 上海在主要创新排名中的位次", 60, "caption")], cells=[
        _cell(2, 0, 0, "排名", 50, True, "t2"), _cell(2, 0, 1, "2025年位次", 150, True, "t2"),
        _cell(2, 0, 2, "位次变化(位)", 250, True, "t2"),
        _cell(2, 1, 0, "全球智慧城市指数", 50, False, "t2"), _cell(2, 1, 1, "11", 150, False, "t2"),
        _cell(2, 1, 2, "4", 250, False, "t2")])
    cs = doc_claims([p1, p2], 2025)
    assert [(c.raw, c.unit, c.base_unit, c.kind, c.direction) for c in cs] == [
        ("56.3", "亿元", "CNY", "level", ""), ("11", "", "rank", "rank", ""), ("4", "位", "rank", "change", "up")]


def test_a_header_naming_a_band_keeps_the_table_a_table():
    # relation probe Z: 其中35岁以下 states a figure, but one header of four does not make a table of sentences;
    # 入选人数 counts in 人, and the 其中 column in the unit of the column it is part of
    cells = [_cell(1, 0, 0, "计划名称", 50, True), _cell(1, 0, 1, "入选人数", 150, True),
             _cell(1, 0, 2, "其中35岁以下", 250, True), _cell(1, 0, 3, "资助经费(万元)", 350, True),
             _cell(1, 1, 0, "启明星计划", 50), _cell(1, 1, 1, "620", 150), _cell(1, 1, 2, "574", 250),
             _cell(1, 1, 3, "12400", 350)]
    cs = page_claims(Page("d", 1, cells=cells), 2025)
    assert [(c.subject, c.unit, c.norm_exact) for c in cs] == [
        ("启明星计划 入选人数", "人", "620"), ("启明星计划 其中35岁以下", "人", "574"), ("启明星计划 资助经费", "万元", "124000000")]
