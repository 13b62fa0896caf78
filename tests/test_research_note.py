"""A broker research note's first page (fixtures/research_note.py): a wide main column beside a narrow sidebar.

Expected texts are written from the page as drawn (the generator's strings, read by eye on a rendering), not
from the pipeline's output.
"""
import hashlib

import pytest

from fixtures.research_note import build_research_note
from pipeline import layout
from pipeline.pages import read_pages

MAIN = [
    "事件：公司发布2024年年报及2025年一季报。2024年公司实现营业收入38.52亿元，同比下降18.6%；归母净利润3.07亿元，"
    "同比下降52.4%。2025年一季度实现营业收入7.46亿元，同比下降21.3%。",
    "■ 切割设备需求阶段性放缓，盈利能力承压，毛利率同比下滑。2024年公司光伏切割设备收入17.94亿元，同比下降29.8%；"
    "设备毛利率为31.26%，同比下降4.57个百分点。截至2025年3月末，公司在手订单约26.3亿元。",
    "■ 金刚线出货保持增长。2024年公司金刚线出货量突破8,600万公里，同比增长41.2%，其中钨丝金刚线出货占比提升至35%。",
    "■ 切片代工产能持续释放。截至2024年末，公司切片代工产能达到38GW，全年切片出货21.5GW，代工业务收入12.68亿元，"
    "同比增长6.4%。",
    "■ 盈利预测与投资建议：我们预计公司2025-2027年归母净利润分别为3.12/4.85/6.20亿元，对应PE分别为41/26/21倍，"
    "维持“买入”评级。",
    "■ 风险提示：下游扩产不及预期；行业竞争加剧；新产品研发进展不及预期。",
]
TABLE = ["项目\t2024A\t2025E\t2026E\t2027E",
         "营业收入(百万元)\t3852.4\t4210.0\t4986.3\t5720.8",
         "增长率(%)\t-18.6\t9.3\t18.4\t14.7",
         "归母净利润(百万元)\t306.9\t312.0\t485.0\t620.0",
         "EPS(元/股)\t0.56\t0.57\t0.89\t1.14",
         "市盈率(倍)\t41.6\t40.9\t26.3\t20.6"]
# the sidebar, one block per printed entry: analysts' fields and key-data rows are not run together
SIDEBAR = ["投资评级：买入（维持）", "报告日期：2025年04月28日",
           "6个月目标价：29.50元，较当前股价有26.1%的上涨空间，对应2025年PE为51倍", "分析师：李明远", "执业证书编号：S1234520190001",
           "电话：021-63325888", "邮箱：limy@hdzq.com.cn", "联系人：周晓", "电话：021-63325890", "基本数据",
           "收盘价(元) 23.40", "一年最低/最高价 16.85/31.20", "市净率(倍) 2.36", "流通A股市值(百万元) 12,635.42",
           "总股本(百万股) 545.44", "每股净资产(元) 9.91", "资产负债率(%) 47.85", "股价表现",
           "%\t1M\t3M\t12M", "相对收益\t-3.2\t5.6\t-12.4", "绝对收益\t-1.8\t8.9\t-20.3", "股价走势"]
NOTE = ("评级说明：以报告日后6个月内公司股价相对同期沪深300指数的涨跌幅为基准。买入：相对涨幅15%以上；"
        "增持：相对涨幅5%～15%；中性：相对涨跌幅-5%～5%；减持：相对跌幅5%以上。")
RELATED = ["相关研究", "1.《订单持续落地，盈利拐点可期》", "2.《切片代工放量，耗材业务高增》"]


# the gutter of a 125 pt sidebar lies at 69–72% of the page width, off-centre like real notes' sidebars
@pytest.fixture(scope="module", params=[(False, 145.0), (True, 145.0), (False, 125.0), (True, 125.0)],
                ids=["right-145", "left-145", "right-125", "left-125"])
def note(request, tmp_path_factory):
    pdf = tmp_path_factory.mktemp("note") / "note.pdf"
    left, width = request.param
    build_research_note(pdf, sidebar_left=left, side_width=width)
    pages = read_pages(pdf, "note", [1])
    layout.finalize(pages)
    return pages[0]


def test_generator_is_deterministic(tmp_path):
    a, b = tmp_path / "a.pdf", tmp_path / "b.pdf"
    build_research_note(a)
    build_research_note(b)
    assert hashlib.sha256(a.read_bytes()).digest() == hashlib.sha256(b.read_bytes()).digest()


def test_main_column_paragraphs_are_whole(note):
    texts = [b.text for b in note.blocks]
    for para in MAIN:
        assert para in texts


def test_sidebar_entries_are_rows_of_their_own(note):
    texts = [b.text for b in note.blocks]
    for entry in SIDEBAR + RELATED:
        assert entry in texts, entry


def test_reading_order_title_main_table_then_sidebar_then_disclaimer(note):
    texts = [b.text for b in note.blocks]
    first = ["恒川精工（688999）", "订单饱满支撑业绩增长，切片代工与金刚线业务放量在即", "——2024年年报及2025年一季报点评", "投资要点"]
    seq = first + MAIN + ["主要财务数据及预测"] + TABLE + SIDEBAR + RELATED
    where = [texts.index(t) for t in seq]
    assert where == sorted(where)
    disclaimer = next(i for i, t in enumerate(texts) if "免责申明" in t)
    assert disclaimer == len(texts) - 1
    assert texts[disclaimer - 1] == NOTE and where[-1] < disclaimer - 1
    header = [i for i, t in enumerate(texts) if "华东证券研究所" in t or "公司点评" in t]
    assert header and max(header) < where[0]


def test_no_block_mixes_main_column_and_sidebar(note):
    side = {"23.40", "16.85/31.20", "2.36", "12,635.42", "545.44", "9.91", "47.85", "S1234520190001", "021-63325888",
            "limy@", "40%", "2024-08", "投资评级", "2024-10-30", "29.50", "26.1%"}
    main = {"38.52", "7.46", "17.94", "29.8%", "26.3亿元", "8,600", "41.2%", "21.5GW", "3.12/4.85/6.20", "下游扩产",
            "3852.4", "投资要点", "主要财务数据"}
    for b in note.blocks:
        assert not (any(s in b.text for s in side) and any(m in b.text for m in main)), b.text


def test_tables_of_both_columns_keep_their_cells(note):
    """The ruled forecast table in the main column and the small unruled performance table in the sidebar,
    whose rows share baselines with main-column text, come out as two tables of their own cells."""
    tables = {}
    for c in note.cells:
        tables.setdefault(c.table_id, {}).setdefault(c.row, []).append(c)
    got = sorted(["\t".join(c.text for c in sorted(cs, key=lambda c: c.col)) for _, cs in sorted(rows.items())]
                 for rows in tables.values())
    assert got == sorted([TABLE, SIDEBAR[SIDEBAR.index("股价表现") + 1:SIDEBAR.index("股价走势")]])


def test_a_sidebar_table_beside_main_text_lines_takes_none_of_them(tmp_path):
    """Probe note-d (fixtures/probes/note-d.json): the sidebar's 市场表现 rows stand on the baselines of the main
    column's 盈利预测 paragraph; the table had taken those lines into its rows (相对收益考虑到公司…对应目标价 | -5.3 …),
    losing the paragraph's figures. Expected texts are the probe's strings."""
    import json
    from pathlib import Path
    content = json.loads((Path(__file__).parent.parent / "fixtures/probes/note-d.json").read_text(encoding="utf-8"))
    pdf = tmp_path / "note-d.pdf"
    build_research_note(pdf, content=content)
    pages = read_pages(pdf, "note-d", [1])
    layout.finalize(pages)
    page = pages[0]
    tables = {}
    for c in page.cells:
        tables.setdefault(c.table_id, {}).setdefault(c.row, []).append(c)
    perf = ["\t".join(r) for r in content["PERF"]]
    got = [["\t".join(c.text for c in sorted(cs, key=lambda c: c.col)) for _, cs in sorted(rows.items())]
           for rows in tables.values()]
    assert perf in got
    forecast = "".join(content["MAIN"][4])
    assert forecast in [b.text for b in page.blocks]
