"""The twenty-fourth session's rules, from its fresh batches of relation probes (fresh-jh … ). Every rule has a case
that fails on the code from before it (most have a mutated copy beside the true one); guards are marked."""
import pytest
from probe_docs import read_doc as _read


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
