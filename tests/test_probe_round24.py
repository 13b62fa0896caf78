"""The twenty-fourth session's rules, from its fresh batches of relation probes (fresh-jh … ). Every rule has a case
that fails on the code from before it (most have a mutated copy beside the true one); guards are marked."""
import pytest
from probe_docs import read_doc as _read

from extractors.claims import find_claims


def _rule(checks, rule):
    return [(o, ws) for r, o, ws in checks if r == rule]


_HOSPITALS = "截至年底，本市经备案的药物临床试验机构96家，其中三级医院82家，其中三级甲等医院71家{}其余{}家为二级医院和专科医疗机构。"


@pytest.mark.parametrize("stop", ["；", "。"])
@pytest.mark.parametrize("rest,outcome", [("14", "pass"), ("15", "fail")])
def test_a_rest_after_a_nested_part_is_the_outer_sets(tmp_path, stop, rest, outcome):
    # (fresh-jj) 96家，其中三级医院82家，其中三级甲等医院71家；其余14家: the rest completes the 96, not the 82
    checks, flags = _read(tmp_path, _HOSPITALS.format(stop, rest))
    assert sorted(_rule(checks, "part_whole")) == sorted([(outcome, sorted([f"{rest}家", "82家", "96家"])),
                                                          ("pass", ["71家", "82家"])])


@pytest.mark.parametrize("share,outcome", [("85.4%", "pass"), ("75.4%", "fail")])
def test_a_whole_named_short_as_a_total(tmp_path, share, outcome):
    # (fresh-jj) 三级医院占机构总数的85.4%: 机构总数 names the 96 its 82 is stated with
    checks, flags = _read(tmp_path, _HOSPITALS.format("；", "14") + f"三级医院占机构总数的{share}，高水平医院仍是主力。")
    assert (outcome, sorted(["82家", "96家", share])) in _rule(checks, "share")


def test_guard_a_short_total_is_the_largest_so_named_with_its_part(tmp_path):
    # guard (fresh-fm): 数商总数 is the 1286 and its 其中 748, not the 新增 276 with its listed 161
    checks, flags = _read(tmp_path, "截至年底，上海数据交易所入驻数商1286家，其中数据产品供应商538家、第三方专业服务机构748家。"
                          "全年新增数商276家，分别为数据产品供应商115家和第三方专业服务机构161家。",
                          "第三方专业服务机构占数商总数的58.2%，为数据产品挂牌提供合规审查服务。")
    assert _rule(checks, "share") == [("pass", sorted(["1286家", "748家", "58.2%"]))] and not flags


@pytest.mark.parametrize("inner,outcome", [("1.12", "pass"), ("1.52", "fail")])
def test_a_clause_naming_a_set_by_its_figure_picks_from_it(tmp_path, inner, outcome):
    # (fresh-jk) 其中…1.46亿人次，在这1.46亿人次中，…1.12亿人次: the 1.12 divides the 1.46, no second part of the 2.87
    checks, flags = _read(tmp_path, "全年线上展览访问量2.87亿人次，其中通过沉浸式VR全景展厅访问1.46亿人次，在这1.46亿人次中，"
                          f"通过手机等移动端访问的{inner}亿人次，“云端看展”成为日常习惯。")
    pw = _rule(checks, "part_whole")
    assert ("pass", ["1.46亿人次", "2.87亿人次"]) in pw and (outcome, sorted([f"{inner}亿人次", "1.46亿人次"])) in pw
    assert all(len(ws) == 2 for _, ws in pw)


@pytest.mark.parametrize("sub,outcome", [("58.6", "pass"), ("258.6", "fail")])
def test_a_set_named_again_past_its_own_share(tmp_path, sub, outcome):
    # (fresh-jh) …其中800G及以上高速光模块213.8亿元，占…44.0%；高速光模块中，硅光模块58.6亿元
    checks, flags = _read(tmp_path, "光通信器件与模块营业收入486.3亿元，其中800G及以上高速光模块213.8亿元，占该领域营业收入的"
                          f"44.0%；高速光模块中，硅光模块{sub}亿元，较上年实现数倍增长。")
    assert (outcome, sorted(["213.8亿元", f"{sub}亿元"])) in _rule(checks, "part_whole")


@pytest.mark.parametrize("share,outcome", [("36.3%", "pass"), ("46.3%", "fail")])
def test_a_worded_total_past_a_list_of_items(tmp_path, share, outcome):
    # (fresh-jh) a passage whose only figures alike are a 分别 list's items takes the total stated before in the section
    checks, flags = _read(tmp_path, "全年本市光电子产品出口额326.5亿元，比上年增长9.4%。光模块及光收发器件出口186.42亿元，"
                          "占光电子产品出口总额的57.1%。",
                          "从出口目的地看，光电子产品分别出口至亚洲172.4亿元、北美64.8亿元、欧洲58.7亿元，其他地区30.6亿元。"
                          f"对共建国家出口118.6亿元，占出口总额的{share}。")
    assert (outcome, sorted(["118.6亿元", "326.5亿元", share])) in _rule(checks, "share")


@pytest.mark.parametrize("share,outcome", [("45.2%", "pass"), ("54.2%", "fail")])
def test_a_part_closing_on_the_wholes_word(tmp_path, share, outcome):
    # (fresh-ji) 发明专利占专利授权量的45.2% for 专利授权13613件, 其中发明专利6154件 (its subject 发明专利授权)
    checks, flags = _read(tmp_path, f"全年市管国有企业专利申请19976件，专利授权13613件，其中发明专利6154件，发明专利占专利授权量的"
                          f"{share}，专利结构持续优化。")
    assert _rule(checks, "share") == [(outcome, sorted(["13613件", "6154件", share]))]


@pytest.mark.parametrize("share,outcome", [("65.1%", "pass"), ("56.1%", "fail")])
def test_all_of_a_thing_said_in_order(tmp_path, share, outcome):
    # (fresh-jj) 占全部登记试验的 for 全年本市机构登记药物临床试验1248项
    checks, flags = _read(tmp_path, "全年本市机构登记药物临床试验1248项，其中创新药临床试验812项，其中化学药1类和生物制品1类"
                          f"创新药536项。创新药临床试验占全部登记试验的{share}，保持较快增长。")
    assert (outcome, sorted(["1248项", "812项", share])) in _rule(checks, "share")
    # (a class named before another of the same noun, 化学药1类和生物制品1类创新药, is no figure: no part of the 812)
    assert ("pass", ["536项", "812项"]) in _rule(checks, "part_whole")


# Round 2, from fresh-jl … fresh-jo


def test_data_volumes_in_gb(tmp_path):
    # (fresh-jl) 接入流量72.8亿GB, 其中IPv6流量51.83亿GB: GB is a unit of data volume, as TB and PB are
    checks, flags = _read(tmp_path, "全年移动互联网接入流量72.8亿GB，其中IPv6流量51.83亿GB，占比71.2%。")
    assert _rule(checks, "share") == [("pass", ["51.83亿GB", "71.2%", "72.8亿GB"])]


@pytest.mark.parametrize("share,outcome", [("72.5%", "pass"), ("91.7%", "fail")])
def test_a_whole_whose_subject_says_the_words_in_order(tmp_path, share, outcome):
    # (fresh-jl) 占全市在用机架的: 全市在用标准机架27.4万架 says 在用机架 in order; 已上架机架21.65万架 does not
    checks, flags = _read(tmp_path, "截至年底，全市在用数据中心91个，在用标准机架27.4万架，已上架机架21.65万架，机架上架率79.0%。"
                          f"其中大型及以上数据中心机架19.86万架，占全市在用机架的{share}，规模化水平进一步提升。")
    assert (outcome, sorted(["19.86万架", "27.4万架", share])) in _rule(checks, "share")


@pytest.mark.parametrize("rest,outcome", [("5940", "fail"), ("5490", "pass")])
def test_a_clause_naming_the_others_closes_a_breakdown(tmp_path, rest, outcome):
    # (fresh-jl) …和松江区1250个，其余各区合计5490个: the others are the list's last item, and the list is all of it
    checks, flags = _read(tmp_path, "全年新建5G基站1.26万个，重点补强郊区新城的深度覆盖。分区看，新建基站分别为浦东新区3280个、"
                          f"闵行区1460个、嘉定区1120个和松江区1250个，其余各区合计{rest}个。")
    assert _rule(checks, "list_total") == [(outcome, sorted(["1.26万个", "3280个", "1460个", "1120个", "1250个",
                                                            f"{rest}个"]))]


@pytest.mark.parametrize("item,outcome", [("96", "pass"), ("69", "fail")])
def test_a_class_named_by_a_figure_is_no_item(tmp_path, item, outcome):
    # (fresh-jo) 分别交付8兆瓦级机组42台、11兆瓦级机组96台…: 8兆瓦 names the class; 分别交付 after the lead lists every class
    checks, flags = _read(tmp_path, f"全年交付海上风电机组217台，装机容量271.9万千瓦。分机型看，分别交付8兆瓦级机组42台、11兆瓦级机组"
                          f"{item}台、16兆瓦级机组58台和18兆瓦及以上机组21台，单机容量持续提高。")
    assert _rule(checks, "list_total") == [(outcome, sorted(["217台", "42台", f"{item}台", "58台", "21台"]))]


@pytest.mark.parametrize("item,outcome", [("2249", "pass"), ("2294", "fail")])
def test_a_breakdown_by_means(tmp_path, item, outcome):
    # (fresh-jm) 从技术手段看，…: 手段 names a dimension as 方式 does; the list adds up to the paragraph before's 18426
    checks, flags = _read(tmp_path, "全年全市公安机关破获刑事案件29576起，其中依托科技支撑破获18426起，占62.3%。",
                          "从技术手段看，视频图像侦查破获7214起、DNA技术破获5836起、电子物证破获3127起，其余"
                          f"{item}起依托痕迹技术破获。")
    got = _rule(checks, "list_total")
    if outcome == "pass":
        assert got == [("pass", sorted(["18426起", "7214起", "5836起", "3127起", "2249起"]))]
    else:  # (pass-only: which figure a breakdown opening its paragraph divides is read from the exact sum)
        assert got == []


@pytest.mark.parametrize("rate,outcome", [("97.8%", "pass"), ("98.7%", "fail")])
def test_an_accuracy_rate_said_as_correct(tmp_path, rate, outcome):
    # (fresh-jm) 正确识别11736张，识别准确率从上年的92.6%提升至97.8%: 准确 is said as 正确识别 (rate.stem_words)
    checks, flags = _read(tmp_path, "在全市统一组织的算法测试中，视频图像结构化算法对12000张测试样本正确识别11736张，识别准确率从上年的"
                          f"92.6%提升至{rate}。")
    assert _rule(checks, "rate") == [(outcome, sorted(["11736张", "12000张", rate]))]


_RACKS = ("### 表2 2025年本市在用数据中心分区域情况\n区域\t在用数据中心(个)\t标准机架(架)\n临港新片区\t14\t68400\n"
          "松江区\t12\t52300\n青浦区\t9\t38600\n宝山区\t11\t36200\n嘉定区\t8\t27500\n浦东新区（不含临港）\t16\t33800\n"
          "其他区\t21\t17200\n合计\t91\t274000")


@pytest.mark.parametrize("text,cell", [("6.84", "68400"), ("6.48", "68400")])
def test_a_row_quoted_in_one_columns_measure(tmp_path, text, cell):
    # (fresh-jl) 临港新片区在用机架6.84万架: the row's 标准机架(架) cell, not its 在用数据中心(个) one
    checks, flags = _read(tmp_path, _RACKS, f"临港新片区在用机架{text}万架，“国际数据港”集聚效应持续显现。")
    assert _rule(checks, "restatement") == [("pass" if text == "6.84" else "fail", sorted([f"{text}万架", cell]))]


@pytest.mark.parametrize("text,outcome", [("28.65", "pass"), ("28.56", "fail")])
def test_a_row_quoted_by_the_column_of_its_size(tmp_path, text, outcome):
    # (fresh-jm) 违法犯罪人员样本28.65万条 / 表2 违法犯罪人员: the 新增入库 cell 286540, not the 比中 cell 3812
    checks, flags = _read(tmp_path, "全年DNA数据库新增入库数据42.68万条。新增数据中，其中人员样本30.59万条、现场物证12.09万条；人员样本中，"
                          f"违法犯罪人员样本{text}万条，失踪人员亲属等样本持续补充。",
                          "### 表2 2025年DNA数据库新增入库与比中情况\n类别\t新增入库(条)\t比中(条)\n违法犯罪人员\t286540\t3812\n"
                          "失踪人员亲属\t18260\t246\n未知名尸体\t1130\t183\n人员样本小计\t305930\t4241\n"
                          "命案及重大案件现场\t14720\t1568\n侵财类案件现场\t98350\t4960\n其他案件现场\t7800\t1217\n"
                          "现场物证小计\t120870\t7745")
    assert (outcome, sorted([f"{text}万条", "286540"])) in _rule(checks, "restatement")


@pytest.mark.parametrize("item,outcome", [("12.35", "pass"), ("13.25", "fail")])
def test_a_whole_breakdown_of_a_part_the_sentence_before_names(tmp_path, item, outcome):
    # (fresh-jl) …72.8亿GB，其中IPv6流量51.83亿GB…。分运营企业看，IPv6流量分别为…: the list divides the 其中 part its lead
    # names word for word (or adds up to exactly), not the sentence's largest figure
    checks, flags = _read(tmp_path, "全年移动互联网接入流量72.8亿GB，其中IPv6流量51.83亿GB，占比71.2%。分运营企业看，IPv6流量分别为"
                          f"中国移动24.36亿GB、中国电信15.12亿GB和中国联通{item}亿GB。")
    assert _rule(checks, "list_total") == [(outcome, sorted(["51.83亿GB", "24.36亿GB", "15.12亿GB", f"{item}亿GB"]))]


# Round 3, from fresh-jp … fresh-js


@pytest.mark.parametrize("share,outcome", [("14.5%", "pass"), ("30.6%", "fail")])
def test_a_total_said_as_the_set_the_sentence_opens_on(tmp_path, share, outcome):
    # (fresh-js) 注册志愿者中，…3.95万人，其中高级职称1.21万人，占注册志愿者总数的: the 8.36万 stated before, not the 3.95万
    checks, flags = _read(tmp_path, "注册科技志愿者从2023年的6.47万人增至8.36万人，青年成为生力军。注册志愿者中，具有专业技术职称的"
                          f"3.95万人，其中高级职称1.21万人，占注册志愿者总数的{share}。")
    assert _rule(checks, "share") == [(outcome, sorted(["1.21万人", "8.36万人", share]))]


@pytest.mark.parametrize("rate,outcome", [("90.9%", "pass"), ("99.0%", "fail")])
def test_a_rate_over_requests_counted_in_another_word(tmp_path, rate, outcome):
    # (fresh-jr) 受理…认证申请486份，颁发认证证书442张，认证通过率90.9%: the requests are the base, 份 or 张
    checks, flags = _read(tmp_path, f"全年受理绿色建材产品认证申请486份，颁发认证证书442张，认证通过率{rate}。")
    assert _rule(checks, "rate") == [(outcome, sorted(["442张", "486份", rate]))]


@pytest.mark.parametrize("rate,outcome", [("89.8%", "pass"), ("98.8%", "fail")])
def test_a_rate_moving_from_a_named_years(tmp_path, rate, outcome):
    # (fresh-jr) 资源化利用率从2023年的84.6%提升至89.8%: the rate's words end where its move from a named year begins
    checks, flags = _read(tmp_path, "全年本市建筑垃圾产生量1784.6万吨，资源化利用量1602.5万吨，资源化利用率从2023年的84.6%提升至"
                          f"{rate}。")
    assert _rule(checks, "rate") == [(outcome, sorted(["1602.5万吨", "1784.6万吨", rate]))]


@pytest.mark.parametrize("rest,outcome", [("9", "pass"), ("19", "fail")])
def test_a_spread_after_the_count_lists_its_parts(tmp_path, rest, outcome):
    # (fresh-jp) …企业78家。主要分布在嘉定区24家、…，其余9家…: the parts and the rest of the sentence before's figure
    checks, flags = _read(tmp_path, "全市增材制造打印服务企业78家。主要分布在嘉定区24家、松江区17家、闵行区15家、浦东新区13家，"
                          f"其余{rest}家分布在其他各区。")
    assert _rule(checks, "list_total") == [(outcome, sorted(["78家", "24家", "17家", "15家", "13家", f"{rest}家"]))]


@pytest.mark.parametrize("share,outcome", [("44.6%", "pass"), ("46.4%", "fail")])
def test_a_breakdown_items_share_of_the_whole_the_words_name(tmp_path, share, outcome):
    # (fresh-jq) 按类别看，…1.72亿元，占精神卫生领域科研经费的: the paragraph before's 3.86亿元, its sentence naming the words
    checks, flags = _read(tmp_path, "全年资助精神卫生领域科研项目214项，投入经费3.86亿元。",
                          f"按类别看，临床研究类项目经费1.72亿元，占精神卫生领域科研经费的{share}，重点支持早期诊断研究。")
    assert _rule(checks, "share") == [(outcome, sorted(["1.72亿元", "3.86亿元", share]))]


@pytest.mark.parametrize("text,outcome", [("9.43", "pass"), ("9.34", "fail")])
def test_a_row_named_by_its_full_label_in_the_columns_measure(tmp_path, text, outcome):
    # (fresh-jr) 替代燃料技术减碳9.34万吨 / 表1 替代燃料 二氧化碳减排量(吨) 94300: two digits swapped in a copy of the row
    checks, flags = _read(tmp_path, "全年建材行业重点降碳技术累计减少二氧化碳排放42.2万吨。其中，熟料替代技术减碳18.64万吨，占减碳总量的"
                          f"44.2%；替代燃料技术减碳{text}万吨，热值替代率稳步提高。",
                          "### 表1 2025年本市建材行业重点降碳技术应用成效\n技术路径\t应用企业(家)\t二氧化碳减排量(吨)\n"
                          "熟料替代\t9\t186400\n替代燃料\t6\t94300\n余热发电\t5\t72800\n再生骨料替代天然骨料\t21\t68500\n"
                          "合计\t41\t422000")
    assert (outcome, sorted([f"{text}万吨", "94300"])) in _rule(checks, "restatement")


@pytest.mark.parametrize("text,raw,base_unit", [
    # (claims-k83, k87) data rates and concentrations are units of their own (皮焦 is not: OCR reads 聚焦 so)
    ("全年速率800Gb/s及以上光模块出货量达到386万只。", "800Gb/s", "other:Gb/s"),
    ("1.6Tb/s光模块实现小批量出货。", "1.6Tb/s", "other:Tb/s"),
    ("卫星下行速率达到352Mbit/s。", "352Mbit/s", "other:Mbit/s"),
    ("粉末氧含量降至300ppm以下。", "300ppm", "other:ppm"),
])
def test_units_of_rates_energy_and_concentration(text, raw, base_unit):
    assert [(f.raw, f.base_unit) for f in find_claims(text) if f.raw == raw] == [(raw, base_unit)]


@pytest.mark.parametrize("text,raws", [
    # (claims-k88, fresh-jj) a drug class named before a kind of drug, or before another class of the same noun
    ("1类抗抑郁创新药完成临床试验，入组患者1260例。", ["1260例"]),
    ("其中化学药1类和生物制品1类创新药536项。", ["536项"]),
])
def test_a_drug_class_is_no_figure(text, raws):
    assert [f.raw for f in find_claims(text)] == raws


# Round 4, from fresh-jt … fresh-jw

from pathlib import Path  # noqa: E402

_PROBES = Path(__file__).resolve().parent.parent / "fixtures" / "probes"


def _probe(tmp_path, name, *edits):
    """A probe document read whole, with (old, new) text edits: the rules below need the layout of a full report."""
    from bench import probes as B
    text = (_PROBES / f"{name}.md").read_text(encoding="utf-8")
    for old, new in edits:
        assert old in text
        text = text.replace(old, new)
    claims, checks, flags, lines = B.read(text, tmp_path)
    raw = {c.claim_id: c.raw for c in claims}
    return [(k.rule, k.outcome, sorted(raw[i] for i in k.claim_ids.split("|"))) for k in checks], \
        [(f.rule, sorted(raw[i] for i in f.claim_ids.split("|"))) for f in flags]


def test_guard_a_bound_held_by_a_strong_copy_is_no_slip_of_another(tmp_path):
    # guard (fresh-jv): 市级企业技术中心近800家 rounds 全市市级企业技术中心达到786家, not 对614家…开展运行评价 (7 vs 6 hundred)
    checks, flags = _probe(tmp_path, "fresh-jv")
    assert [ws for o, ws in _rule(checks, "restatement") if o == "pass" and {"786家", "800家"} <= set(ws)]
    assert not [ws for r, ws in flags if r == "restatement" and "800家" in ws]


def test_guard_a_mean_is_no_set_a_later_lead_picks_from(tmp_path):
    # guard (fresh-jv): 平均每家技术中心拥有研发人员…186人。研发人员中，…5.38万人: the 14.62万人, not the mean
    checks, flags = _read(tmp_path, "技术中心研发人员14.62万人，平均每家技术中心拥有研发人员从上年的176人增至186人。研发人员中，"
                          "硕士及以上学历人员5.38万人，占研发人员总数的36.8%，其中博士1.07万人。")
    assert not flags and not [ws for r, o, ws in checks if r == "part_whole" and "186人" in ws]


_T1 = ("### 表1 2025年市级企业技术中心分行业情况\n行业\t技术中心(家)\t研发经费支出(万元)\n电子信息\t142\t1865200\n"
       "生物医药\t118\t1423600\n高端装备\t156\t1287400\n新材料\t98\t652300\n合计\t514\t5228500")
_T2 = ("### 表2 2025年有研发机构的规模以上民营工业企业分行业情况\n行业\t有研发机构企业(家)\t研发经费支出(万元)\n集成电路\t286\t486300\n"
       "生物医药\t413\t538700\n高端装备\t796\t471500\n新材料\t464\t238900\n合计\t1959\t1735400")


def test_guard_two_tables_of_two_populations_restate_no_row(tmp_path):
    # guard (fresh-jv): 生物医药, 高端装备, 新材料 in a table of technology centres and one of private firms: none agrees
    checks, flags = _read(tmp_path, _T1, _T2)
    assert not _rule(checks, "restatement") and not flags


def test_a_row_printed_again_is_still_checked_where_others_agree(tmp_path):
    # the same table printed again with one cell miscopied: the rows that agree make it a copy, the slip is flagged
    checks, flags = _read(tmp_path, _T1, _T1.replace("表1", "表2").replace("1287400", "1278400"))
    got = _rule(checks, "restatement")
    assert ("fail", ["1278400", "1287400"]) in got and ("pass", ["1423600", "1423600"]) in got


@pytest.mark.parametrize("page,outcome", [("24.61", "fail"), ("24.16", "pass")])
def test_a_data_page_subject_opening_with_the_chapters(tmp_path, page, outcome):
    # (fresh-ju) 湿地碳汇24.16万吨 / 数看 林业碳汇: 其中湿地碳汇**24.61万吨**: the subject the data page's heading extends
    checks, flags = _probe(tmp_path, "fresh-ju", ("湿地碳汇**24.61万吨**", f"湿地碳汇**{page}万吨**"))
    assert (outcome, sorted(["24.16万吨", f"{page}万吨"])) in _rule(checks, "restatement")


@pytest.mark.parametrize("rate,outcome", [("44.6%", "pass"), ("46.4%", "fail")])
def test_a_rate_of_change_into_what_the_word_before_names(tmp_path, rate, outcome):
    # (fresh-jt) 通过验证417项；通过验证的项目中已实现量产186项，量产转化率44.6%: 量产 names the count, the base is before
    checks, flags = _read(tmp_path, "全年中试线完成中试验证项目522项，通过验证417项，验证通过率79.9%；通过验证的项目中已实现量产186项，"
                          f"量产转化率{rate}。")
    assert (outcome, sorted(["186项", "417项", rate])) in _rule(checks, "rate")


@pytest.mark.parametrize("rate,outcome", [("88.9%", "pass"), ("98.9%", "fail")])
def test_a_rate_of_answers_to_invitations(tmp_path, rate, outcome):
    # (fresh-jw) 向9436户电力用户发出响应邀约，确认参与8388户，响应率88.9%: the invitations are the base
    checks, flags = _read(tmp_path, f"迎峰度夏期间，向9436户电力用户发出响应邀约，确认参与8388户，响应率{rate}。")
    assert _rule(checks, "rate") == [(outcome, sorted(["8388户", "9436户", rate]))]


# Round 5, from fresh-jx … fresh-ka


def test_guard_a_growth_printed_in_its_column_leaves_the_other_rows_no_copies(tmp_path):
    # guard (fresh-jy): 同比增长18.6% / 表1 同比增长: 总计 18.6, 功率半导体小计 18.9: the subtotal's 18.9 is no slip of it
    checks, flags = _probe(tmp_path, "fresh-jy")
    assert not [ws for r, ws in flags if r == "restatement" and "18.9" in ws]


def test_a_list_item_after_latin_names(tmp_path):
    # (fresh-jz) 分别为PET-CT 68台和PET-MR 9台: the item after 和 is named by its own words, a Latin name too
    subjects = {f.raw: f.subject for f in find_claims("全市PET类设备77台，分别为PET-CT 68台和PET-MR 9台。")}
    assert subjects["9台"].endswith("PET-MR") and "68台" not in subjects["9台"]


@pytest.mark.parametrize("share,outcome", [("57.5%", "pass"), ("75.5%", "fail")])
def test_a_share_after_a_list_is_its_totals(tmp_path, share, outcome):
    # (fresh-jz) 全市PET类设备77台，分别为PET-CT 68台和PET-MR 9台，占…总量的57.5%: the 77台's share (of 134台 before)
    checks, flags = _read(tmp_path, "全市大型核医学显像设备装机134台，覆盖全部三级医院。",
                          f"全市PET类设备77台，分别为PET-CT 68台和PET-MR 9台，占大型核医学显像设备总量的{share}，使用效率较高。")
    assert _rule(checks, "share") == [(outcome, sorted(["134台", "77台", share]))]


@pytest.mark.parametrize("text,raws", [
    # (fresh-jz) 每百万人口, 每十万人口, 每千人: the base a rate is per, as 每万人口 is, no figure
    ("每百万人口PET-CT配置数从2.1台提升至2.7台。", ["2.1台", "2.7台"]),
    ("每十万人口医生数为312人，每千人口床位6.2张。", ["312人", "6.2张"]),
])
def test_a_per_population_base_is_no_figure(text, raws):
    assert [f.raw for f in find_claims(text)] == raws


@pytest.mark.parametrize("item,outcome", [("5", "pass"), ("6", "fail")])
def test_items_named_with_brackets(tmp_path, item, outcome):
    # (fresh-jz) 分别为氟[18F]类4件、…: a nuclide's bracketed mass number is part of the item's name
    checks, flags = _read(tmp_path, "全年获批放射性药物临床试验许可18件，分别为氟[18F]类4件、镓[68Ga]类3件、镥[177Lu]类6件和"
                          f"锕[225Ac]类{item}件，另有一个药物提交上市申请。")
    assert _rule(checks, "list_total") == [(outcome, sorted(["18件", "4件", "3件", "6件", f"{item}件"]))]


# Round 6, from fresh-kb … fresh-ke


def test_guard_a_band_in_brackets_is_no_whole(tmp_path):
    # guard (fresh-kb): 深海样品（水深1000米以上）7260份，其中深渊样品（水深6000米以上）1380份: the bands name classes
    checks, flags = _read(tmp_path, "全年采集各类海洋样品18640份，其中深海样品（水深1000米以上）7260份，其中深渊样品（水深6000米以上）"
                          "1380份，样本储备位居国内前列。")
    assert not flags and sorted(_rule(checks, "part_whole")) == [("pass", ["1380份", "7260份"]),
                                                                 ("pass", ["18640份", "7260份"])]


def test_guard_a_plan_beside_its_outcome_is_no_slip_of_the_outcomes_copies(tmp_path):
    # guard (fresh-kb): 计划组织科考航次28个，完成27个 / 完成科考航次27个 (summary, data page): 28 is the plan, no slip
    checks, flags = _probe(tmp_path, "fresh-kb")
    assert not [ws for r, ws in flags if r == "restatement" and "28个" in ws]


def test_a_rate_per_ten_thousand_printed_bare(tmp_path):
    # (fresh-kd) 万车死亡率从1.24降至1.08: a rate per ten thousand vehicles, a named dimensionless measure
    assert [(f.raw, f.base_unit) for f in find_claims("万车死亡率从1.24降至1.08。")] == [("1.24", "index"), ("1.08", "index")]


def test_a_copy_named_word_for_word_is_no_part(tmp_path):
    # (fresh-kd) 其中智能自适应控制路口2436个 / 数看 智能自适应控制路口超2500个: one figure, its 超 wrong, not a part ≤ whole
    checks, flags = _probe(tmp_path, "fresh-kd")
    assert not [ws for o, ws in _rule(checks, "part_whole") if "2436个" in ws and "2500" in " ".join(ws)]
    assert [ws for r, ws in flags if r == "restatement" and "2436个" in ws]


@pytest.mark.parametrize("rate,outcome", [("83.0%", "pass"), ("88.0%", "fail")])
def test_a_rate_whose_first_word_names_the_whole_of_a_part(tmp_path, rate, outcome):
    # (fresh-kd) 发出信号故障预警1426次，其中自动恢复1183次，故障自愈率83.0%: 故障 names the 1426, the part is the count
    checks, flags = _read(tmp_path, f"全年系统发出信号故障预警1426次，其中自动恢复1183次，故障自愈率{rate}，其余故障由运维人员处置。")
    assert _rule(checks, "rate") == [(outcome, sorted(["1183次", "1426次", rate]))]


@pytest.mark.parametrize("to,outcome", [("2430", "pass"), ("1430", "fail")])
def test_a_move_per_millilitre(tmp_path, to, outcome):
    # (fresh-kb) 从上年的每毫升1850单位提升至2430单位: the 升 of 毫升 is no verb
    checks, flags = _read(tmp_path, f"海洋碱性蛋白酶发酵酶活从上年的每毫升1850单位提升至{to}单位，生产成本下降近三成。")
    assert _rule(checks, "direction") == [(outcome, sorted(["1850单位", f"{to}单位"]))]


@pytest.mark.parametrize("share,outcome", [("55.5%", "pass"), ("41.4%", "fail")])
def test_a_share_of_the_set_a_lead_names_past_a_semicolon(tmp_path, share, outcome):
    # (fresh-kc) 其中，毕业企业获得融资…213.62亿元…；毕业企业融资中，其中…118.62亿元，占毕业企业融资额的: the 213.62
    checks, flags = _read(tmp_path, "全年在孵及毕业企业获得股权融资1126笔，融资金额286.47亿元，比上年增长12.4%。其中，毕业企业获得融资"
                          "538笔，融资金额213.62亿元，占融资总额的74.6%；毕业企业融资中，其中单笔亿元以上大额融资61笔，金额118.62亿元，"
                          f"占毕业企业融资额的{share}。")
    assert (outcome, sorted(["118.62亿元", "213.62亿元", share])) in _rule(checks, "share")


# Round 7, from fresh-kf … fresh-ki


def test_guard_a_list_item_is_no_set_a_later_lead_names(tmp_path):
    # guard (fresh-kh): 访问学者分别为2180人次、2046人次和1134人次…。访问学者中，…2364人次: the 6215, not the item 1134
    checks, flags = _read(tmp_path, "全年本市接收外籍访问学者6215人次，同比增长12.4%。来自欧洲、亚洲和北美洲的访问学者分别为2180人次、"
                          "2046人次和1134人次，其余855人次来自大洋洲、非洲和拉丁美洲。",
                          "访问学者中，来沪开展3个月以上长期访问的2364人次，其中顶尖学者86人次；访问学者平均访问时长持续提升。")
    assert not flags and not [ws for r, o, ws in checks if r == "part_whole" and "1134人次" in ws]


def test_guard_a_set_the_sentence_opens_on_names_the_whole(tmp_path):
    # guard (fresh-kh): 全年访问学者资助经费中，…11240万元，占资助经费总额的: not 联合培养博士项目…资助经费1.48亿元
    checks, flags = _probe(tmp_path, "fresh-kh")
    assert not [ws for r, ws in flags if "11240万元" in ws]


@pytest.mark.parametrize("item,outcome", [("11.27", "pass"), ("12.27", "fail")])
def test_a_range_naming_a_class_is_no_item(tmp_path, item, outcome):
    # (fresh-ki) 亚米级影像10.92万景、1—5米影像11.27万景，其余6.38万景: 1—5米 names the class of the 11.27万景
    checks, flags = _read(tmp_path, f"全年获取卫星遥感影像28.57万景。按分辨率分，亚米级影像10.92万景、1—5米影像{item}万景，其余6.38万景为"
                          "中低分辨率影像。")
    assert _rule(checks, "list_total") == [(outcome, sorted(["28.57万景", "10.92万景", f"{item}万景", "6.38万景"]))]


@pytest.mark.parametrize("rate,outcome", [("91.9%", "pass"), ("99.1%", "fail")])
def test_a_rate_of_requests_answered_in_a_class(tmp_path, rate, outcome):
    # (fresh-ki) …监测需求186次，其中24小时内提交监测成果171次，应急响应及时率91.9%: requests the base, 24小时 a class
    checks, flags = _read(tmp_path, "全年响应防汛防台、森林火灾、地质灾害等应急遥感监测需求186次，其中24小时内提交监测成果171次，"
                          f"应急响应及时率{rate}，为救援调度提供支撑。")
    assert _rule(checks, "rate") == [(outcome, sorted(["171次", "186次", rate]))]


# Round 8, from fresh-kj … fresh-km


@pytest.mark.parametrize("item,outcome", [("138", "pass"), ("148", "fail")])
def test_parts_counted_in_the_chosen_wholes_word(tmp_path, item, outcome):
    # (fresh-kk) 1268个签约项目中，…312项…。其中，…174项、…138项，合作对象覆盖…30余个国家和地区: 个 counts countries here
    checks, flags = _read(tmp_path, "1268个签约项目中，跨境技术交易项目312项，占比从上年的21.6%提升至24.6%。其中，技术引进项目174项、"
                          f"技术输出项目{item}项，合作对象覆盖德国、新加坡、以色列等30余个国家和地区。")
    assert (outcome, sorted(["312项", "174项", f"{item}项"])) in _rule(checks, "part_whole")
    assert not [ws for r, o, ws in checks if r == "part_whole" and "30余个" in ws]


@pytest.mark.parametrize("share,outcome", [("46.0%", "pass"), ("64.0%", "fail")])
def test_a_breakdown_items_share_of_all_the_totals_subject_closes_on(tmp_path, share, outcome):
    # (fresh-kj) …发出温度异常预警1386次。按环节分，分别为…运输环节638次…，运输环节预警占全部预警的46.0%
    checks, flags = _read(tmp_path, "全年平台共发出温度异常预警1386次。按环节分，分别为冷库环节512次、运输环节638次和接种单位环节236次，"
                          f"运输环节预警占全部预警的{share}。")
    assert _rule(checks, "share") == [(outcome, sorted(["1386次", "638次", share]))]


@pytest.mark.parametrize("rate,outcome", [("86.8%", "pass"), ("68.8%", "fail")])
def test_a_rate_over_things_counted_in_the_generic_word(tmp_path, rate, outcome):
    # (fresh-kk) 对…签约的1136个项目开展跟踪服务，…已履约启动986项，履约率86.8%: 个项目 and 项 count one thing
    checks, flags = _read(tmp_path, f"对2024年展会签约的1136个项目开展跟踪服务，截至年底已履约启动986项，履约率{rate}，一批成果实现产业化。")
    assert _rule(checks, "rate") == [(outcome, sorted(["1136个", "986项", rate]))]


@pytest.mark.parametrize("rate,outcome", [("70.3%", "pass"), ("73.0%", "fail")])
def test_a_set_picked_from_is_no_numerator(tmp_path, rate, outcome):
    # (fresh-kl) 1268个应用项目中，政府投资项目586项，…其中使用国产BIM平台软件的项目412项，国产软件应用率70.3%
    checks, flags = _read(tmp_path, "1268个应用项目中，政府投资项目586项，占应用项目总数的46.2%，其中使用国产BIM平台软件的项目412项，"
                          f"国产软件应用率{rate}。")
    assert _rule(checks, "rate") == [(outcome, sorted(["412项", "586项", rate]))]
