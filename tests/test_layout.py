"""Layout from characters: lines, paragraphs, reading order, running lines, headings and sections."""
from pipeline import layout
from pipeline.layout import join_words, lines_from_words, paragraphs, reading_order, span_bbox
from pipeline.pages import read_pages, _block
from schemas.records import Line, Word
from conftest import FIX


def w(text, x0, top, size=10.0, bold=False):
    return Word(text, x0, top, x0 + size * len(text) * (0.5 if text.isascii() else 1.0), top + size, size, bold)


def test_no_space_inside_cjk_but_between_latin_words():
    assert join_words([w("国家", 0, 0), w("实验室", 20.5, 0)]) == "国家实验室"
    assert join_words([w("Nature", 0, 0), w("Index", 34, 0)]) == "Nature Index"


def test_number_split_from_unit_at_line_end_is_one_paragraph_with_boxes_on_both_lines():
    l1 = [w("全市技术合同成交额达到", 0, 0), w("1097.37", 110, 0)]
    l2 = [w("亿元，同比增长", 0, 17)]
    lines = lines_from_words(l1 + l2)
    paras = paragraphs(lines)
    assert len(paras) == 1
    b = _block(paras[0])
    assert b.text == "全市技术合同成交额达到1097.37亿元，同比增长"
    k = b.text.index("1097.37")
    box, _ = span_bbox(b, k, k + len("1097.37亿元"))
    assert box[1] == 0 and box[3] == 27  # spans both lines
    assert box[0] == 0 and box[2] >= 110 + 35 - 0.01


def test_indented_line_starts_a_new_paragraph_and_bullets_split():
    lines = lines_from_words([w("第一段的第一行文字很长很长", 20, 0), w("第一段第二行文字很长很长很长", 0, 17),
                              w("第二段的第一行", 20, 34), w("• 条目一", 0, 51), w("• 条目二", 0, 68)])
    texts = [layout.join_lines(p) for p in paragraphs(lines)]
    assert texts == ["第一段的第一行文字很长很长第一段第二行文字很长很长很长", "第二段的第一行", "• 条目一", "• 条目二"]


def test_two_columns_read_left_then_right():
    ws = []
    for i in range(12):
        ws.append(w(f"左栏第{i}行内容", 50, 100 + 17 * i))
        ws.append(w(f"右栏第{i}行内容", 320, 100 + 17 * i))
    order = [l.text for l in reading_order(lines_from_words(ws), 595)]
    assert order == [f"左栏第{i}行内容" for i in range(12)] + [f"右栏第{i}行内容" for i in range(12)]


def test_running_lines_by_repetition_not_by_title_and_large_chapter_numbers_kept():
    pages = []
    for p in range(6):
        ls = lines_from_words([w("某某年度报告", 50, 20, 8), w(f"正文第{p}页", 50, 300), w(str(p + 1), 290, 810, 9)])
        if p == 3:
            ls += lines_from_words([w("3", 50, 60, 36)])  # a chapter number at the top of its page
        pages.append(ls)
    drop = layout.running_lines(pages, [842.0] * 6, body=10.0)
    for p, ls in enumerate(pages):
        kept = [l.text for i, l in enumerate(ls) if (p, i) not in drop]
        assert f"正文第{p}页" in kept and "某某年度报告" not in kept and str(p + 1) not in kept
        if p == 3:
            assert "3" in kept


def test_fixture_pages_headings_sections_and_no_running_lines():
    pages = read_pages(FIX / "report-2025.pdf", "f", list(range(1, 70)))
    layout.finalize(pages)
    title = "2025 上海科技进步报告"
    for p in pages[1:]:
        assert all(b.text.strip() not in (title, str(p.page)) for b in p.blocks)
    heads = [b for p in pages for b in p.blocks if b.kind == "heading"]
    assert any(b.text.startswith("1.1") for b in heads)
    body = [b for p in pages for b in p.blocks if b.kind == "para" and "1.1" in b.section]
    assert body and all(any(s.startswith("1.1") for s in b.section.split(" > ")) for b in body[:3])
    # paragraphs are real: many blocks span several lines
    assert sum(1 for p in pages for b in p.blocks if len(b.lines) >= 3) > 100
    bullets = [b for p in pages for b in p.blocks if b.kind == "bullet"]
    assert bullets


def test_fpdf2_noto_page_goes_through_pdfium():
    (p,) = read_pages(FIX / "fpdf2-noto-cjk.pdf", "n", [1])
    assert p.route == "pdfium" and p.kind == "text" and p.blocks


def test_routes_from_the_page_itself():
    pages = read_pages(FIX / "report-2025-mixed.pdf", "m", [1, 3, 4])
    text, scanned, info = pages
    assert text.route == "pdfium" and text.kind == "text"
    assert scanned.route == "tesseract" and scanned.kind == "ocr"
    assert info.kind == "text" and info.route == "pdfium"


def test_route_counts_decide():
    from pipeline import route
    assert route.classify_counts(500, 0, 0.0, False).route == "pdfium"
    assert route.classify_counts(500, 0, 0.4, False).note == "infographic"
    assert route.classify_counts(3, 0, 1.0, False).route == "tesseract"
    assert route.classify_counts(100, 60, 0.0, False).route == "tesseract"  # mostly unmapped glyphs
    assert route.bad_glyphs("ab\ufffd\x01c\n") == 2


def test_section_numbering_closes_siblings():
    pages = read_pages(FIX / "report-2025.pdf", "f", list(range(40, 46)))
    layout.finalize(pages)
    secs = [b.section for p in pages for b in p.blocks if b.kind == "para"]
    assert any("5.2" in s for s in secs)
    assert not any("5.1" in s and "5.2" in s for s in secs)


def test_contents_entries_do_not_fuse_page_and_chapter_numbers():
    # contents page (transcription lines 69–70): "综述 01" then "1 打造体系化战略 科技力量 05"
    from pipeline.pages import read_pages

    (page,) = read_pages(FIX / "report-2025.pdf", "x", [4])
    texts = [b.text for b in page.blocks]
    assert "综述 01" in texts
    assert not any("011" in t for t in texts)


def test_letter_spaced_line_keeps_numbers_whole_and_real_spaces():
    # one word per character, 2 pt between them (a justified or spaced-out line), one real space of 6 pt
    text, ws, x = "营业收入为12.35亿元，同比增长18.6%", [], 0.0
    for k, ch in enumerate(text):
        width = 10.0 if not ch.isascii() else 5.0
        ws.append(Word(ch, x, 0, x + width, 10, 10.0))
        x += width + 2.0 + (6.0 if ch == "，" else 0.0)  # a wider gap after "，": a printed space
    (line,) = lines_from_words(ws)
    assert line.text == "营业收入为12.35亿元， 同比增长18.6%"
    # an ordinary line (words of several characters, printed spaces between them) is unchanged
    assert join_words([w("Nature", 0, 0), w("Index", 34, 0), w("2024", 62, 0)]) == "Nature Index 2024"


def test_main_column_beside_a_narrow_sidebar_under_a_wide_title():
    # a title over both columns, a 360 pt main column, an 18 pt gutter, a 130 pt sidebar of label/value rows
    ws = [w("某某公司深度报告：订单饱满支撑增长，新业务放量在即", 40, 40, 16)]
    for i in range(12):
        ws.append(w("主栏正文第" + "一二三四五六七八九十壹贰"[i] + "行内容写满整个主栏宽度的文字共三十六字", 40, 100 + 17 * i))
    labels = ["收盘价(元)", "总股本(亿股)", "市净率(倍)", "资产负债率(%)", "每股净资产(元)", "流通市值(亿元)"]
    for i, label in enumerate(labels):
        ws.append(w(label, 418, 100 + 17 * i, 8))
        ws.append(w(f"{i + 1}.25", 530, 100 + 17 * i, 8))
    lines = reading_order(lines_from_words(ws), 595)
    texts = [l.text for l in lines]
    assert texts[0].startswith("某某公司深度报告")
    main = [t for t in texts if t.startswith("主栏正文")]
    assert texts[1:13] == main and len(main) == 12  # the main column whole, before the sidebar
    assert texts[13:] == [f"{label} {i + 1}.25" for i, label in enumerate(labels)]
    # each label/value row is its own paragraph, not run into the next row
    assert [layout.join_lines(p) for p in paragraphs(lines[13:])] == texts[13:]


def test_field_lines_stand_alone_and_bold_lead_ins_run_on():
    fields = lines_from_words([w("执业证书编号：S0000000000001", 400, 0, 8), w("电话：021-00000000", 400, 12, 8)])
    assert len(paragraphs(fields)) == 2
    # a bold lead-in ending mid-line runs on into its paragraph's next line (regular)
    lead = [w("■业绩短期承压，订单饱满支撑增长。", 0, 0, bold=True), w("公司全年实现", 170, 0)]
    lines = lines_from_words(lead + [w("营业收入38.52亿元，同比下降18.6%。", 0, 17)])
    assert [layout.join_lines(p) for p in paragraphs(lines)] == \
        ["■业绩短期承压，订单饱满支撑增长。公司全年实现营业收入38.52亿元，同比下降18.6%。"]
    # but a line opening with bold after a regular end is the next entry's lead-in
    nxt = lines_from_words([w("事件：", 0, 0, bold=True), w("公司全年营业收入同比下降，毛利率同比承压。", 30.5, 0),
                            w("新业务放量在即，订单饱满支撑", 0, 17, bold=True), w("增长", 141, 17)])
    assert len(paragraphs(nxt)) == 2


def test_symbol_font_bullet_starts_an_item():
    # a Wingdings bullet comes through as a private-use character (U+F06C), not as "•"
    lines = lines_from_words([w("第一条的文字写满了整行第一条的文字写满了整行", 0, 0), w("\uf06c第二条内容", 0, 17)])
    assert [layout.join_lines(p) for p in paragraphs(lines)] == ["第一条的文字写满了整行第一条的文字写满了整行", "\uf06c第二条内容"]


def test_glyphs_stacked_one_per_line_read_as_one_paragraph():
    # a display figure set vertically, as the report prints "16 / 条 / 举 / 措" under 提出16条举措
    stack = [w("16", 77, 105.8, size=10.5), w("条", 77, 129.6, size=10.5), w("举", 77, 153.0, size=10.5),
             w("措", 77, 177.2, size=10.5)]
    after = [w("提升科技服务供给质量", 56, 201.3, size=12)]
    texts = [layout.join_lines(p) for p in paragraphs(lines_from_words(stack + after))]
    assert texts == ["16条举措", "提升科技服务供给质量"]


def test_numbers_stacked_without_characters_stay_apart():
    # an axis's ticks, or page numbers down a contents page, are not a word
    ticks = [w("0", 20, 0), w("20", 20, 20), w("40", 20, 40), w("60", 20, 60)]
    assert len(paragraphs(lines_from_words(ticks))) == 4


def test_last_line_ending_where_the_first_line_indent_ends_stays_in_the_paragraph():
    # an indented first line (x0=20) wrapping to a last line of two characters ("人。", 0 to 20): the last line
    # touches the first one's x-range only at its edge, and is still the paragraph's end (a probe lost 362人's 人)
    l1 = [w("累计支持外籍青年科学家348人，其中来自共建国家的青年科学家", 20, 0), w("362", 330, 0)]
    l2 = [w("人。", 0, 17)]
    paras = paragraphs(lines_from_words(l1 + l2))
    assert len(paras) == 1 and _block(paras[0]).text.endswith("362人。")


def test_data_page_entries_one_under_another_are_separate_paragraphs():
    # 数看上海科技: a label and its figure per line, no clause mark; short lines of one indent are not one paragraph
    l1 = [w("六大重点产业产业规模约2.77万亿元", 20, 0)]
    l2 = [w("集成电路产业规模约3486亿元", 20, 17)]
    assert len(paragraphs(lines_from_words(l1 + l2))) == 2
    # a wrapped sentence still runs on
    l3 = [w("全市技术合同成交额达到", 0, 34), w("1097.37", 110, 34)]
    l4 = [w("亿元，同比增长", 0, 51)]
    assert len(paragraphs(lines_from_words(l3 + l4))) == 1


def test_data_page_entries_of_two_figures_are_separate_paragraphs():
    # probe N's data page: a label and its figure, a comma, another label and figure; no sentence mark
    l1 = [w("主导和参与制定各类标准1284项，其中主导制定国际标准46项", 20, 0)]
    l2 = [w("社会公用计量标准1056项，国际互认校准测量能力612项", 20, 17)]
    assert len(paragraphs(lines_from_words(l1 + l2))) == 2
    # a prose line that merely ends on a figure runs on into its sentence's end
    l3 = [w("全年本市企事业单位主导和参与制定各类标准1284项，其中主导制定1046项", 0, 34)]
    l4 = [w("参与制定238项。", 0, 51)]
    assert len(paragraphs(lines_from_words(l3 + l4))) == 1


def test_one_line_bullet_items_under_a_table_stay_apart():
    # probe P: two bullet items right under a ruled table (56–539), the page holding no other text lines; the first
    # item ends at 481.6, well short of the column, so the second is a new item, not its continuation
    def line(t, top, x1):  # boxes as the text layer gave them (11 pt tall, 12.8 pt apart: tight enough to run on)
        return Line(t, 70.0, top, x1, top + 11.0, [Word(t, 70.0, top, x1, top + 11.0, 10.5)], 10.5)
    ls = [line("获一等奖成果9项，比上届增加3项，涉及集成电路装备、肿瘤精准诊疗、深海探测等领域", 143.6, 481.6),
          line("企业牵头完成的国家科学技术进步奖项目11项，创历届新高", 167.4, 345.1)]
    assert len(paragraphs(ls, ls, [(56.0, 539.3)])) == 2
    # a wrapped item that reaches the table's width runs on
    ls2 = [line("获一等奖成果9项，比上届增加3项，涉及集成电路装备、肿瘤精准诊疗、深海探测等领域的重大", 143.6, 536.0),
           line("原创成果", 158.0, 112.0)]
    assert len(paragraphs(ls2, ls2, [(56.0, 539.3)])) == 1


def test_a_wrapped_line_ending_in_a_stop_hung_past_the_edge_stays_in_its_paragraph():
    # (claims-k65) a bullet item whose first line ends a character short (…提高2.6个百) because the next line's stop
    # hangs past the column's edge (…八成。): judged against that longer line the first one looked short, so the
    # item ended there and 分点 opened the next paragraph (2.6个 and 百分 were read as two figures)
    # (the item's bullet is drawn, not printed as a character: both lines start at the text's indent)
    l1 = [w("公园绿地服务能级持续提升全市覆盖率较上年提高", 12, 0), w("2.6", 232, 0), w("个百", 247, 0)]
    l2 = [w("分点中心城区人均公园绿地面积仍不足全市平均水平的八成。", 12, 17)]
    assert 1.2 * 10 < l2[0].x1 - l1[-1].x1 < 2 * 10  # longer than the first line by more than the ragged-end allowance
    paras = paragraphs(lines_from_words(l1 + l2))
    assert len(paras) == 1 and "2.6个百分点" in layout.join_lines(paras[0])
