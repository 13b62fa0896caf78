"""The twenty-first session's rules, from the relation probes' unchecked relations and the session's fresh batches
(fresh-hh … ). Every rule has a case that fails on the code from before it (most have a mutated copy beside the
true one); guards are marked."""
import pytest
from probe_docs import read_doc as _read


def _shares(checks):
    return [(o, ws) for r, o, ws in checks if r == "share"]


@pytest.mark.parametrize("share,outcome", [("31.2%", "pass"), ("13.2%", "fail")])
def test_a_set_lead_with_no_comma_after_its_zhong(tmp_path, share, outcome):
    # (fresh-r) …科技企业孵化器221家…。科技企业孵化器中国家级孵化器69家，占31.2%: 中 runs into 国家级 (中国 is a word
    # too), so only a noun that is a figure's whole subject just before is read as the set
    checks, flags = _read(tmp_path, "截至年底，全市共有各类孵化载体547家，分别为科技企业孵化器221家、众创空间309家和大学科技园"
                          f"17家。科技企业孵化器中国家级孵化器69家，占{share}。")
    assert _shares(checks) == [(outcome, sorted(["221家", "69家", share]))]


@pytest.mark.parametrize("share,outcome", [("45.0%", "pass"), ("28.2%", "fail")])
def test_a_share_naming_an_item_and_its_totals_measure(tmp_path, share, outcome):
    # (fresh-hi) …旅客吞吐量13155.2万人次，其中浦东机场8236.5万人次、…。…3708.2万人次，占浦东机场旅客吞吐量的45.0%: the
    # item's name and the measure its total's subject closes on
    checks, flags = _read(tmp_path, "全年两场完成旅客吞吐量13155.2万人次，其中浦东机场8236.5万人次、虹桥机场4918.7万人次。"
                          f"浦东机场国际及地区旅客吞吐量3708.2万人次，占浦东机场旅客吞吐量的{share}。")
    assert _shares(checks) == [(outcome, sorted(["3708.2万人次", "8236.5万人次", share]))]


@pytest.mark.parametrize("share,outcome", [("20.4%", "pass"), ("24.0%", "fail")])
def test_a_total_worded_with_its_measure_noun_and_hours_summed_over_a_year(tmp_path, share, outcome):
    # (fresh-hk) 全年…制作播出时长48600小时，新制作…9900小时，占制播总时长的20.4%: hours summed over a year are an amount
    # of time used, no time taken (they were kind "other" and no whole), and 总时长 names 时长 with the words before it
    checks, flags = _read(tmp_path, f"全年超高清节目制作播出时长48600小时，新制作超高清节目9900小时，占制播总时长的{share}。")
    assert _shares(checks) == [(outcome, sorted(["48600小时", "9900小时", share]))]


@pytest.mark.parametrize("share,outcome", [("7.4%", "pass"), ("4.7%", "fail")])
def test_a_part_named_again_with_a_measure_noun(tmp_path, share, outcome):
    # (fresh-hk) 其中4K电视机486.2万台、8K电视机38.7万台，8K电视机销量占超高清电视机销量的7.4%: 销量 added to the name
    checks, flags = _read(tmp_path, "全年本市企业销售超高清电视机524.9万台，其中4K电视机486.2万台、8K电视机38.7万台，"
                          f"8K电视机销量占超高清电视机销量的{share}。")
    assert (outcome, sorted(["38.7万台", "524.9万台", share])) in _shares(checks)


@pytest.mark.parametrize("share,outcome", [("19.6%", "pass"), ("16.9%", "fail")])
def test_a_set_picked_from_with_no_comma_after_its_zhong(tmp_path, share, outcome):
    # (fresh-hk) 138场直播中8K直播27场，占19.6%: the set's figure, a noun and 中 running into the pick
    checks, flags = _read(tmp_path, f"全年完成大型活动超高清直播138场。在138场直播中8K直播27场，占{share}。")
    assert _shares(checks) == [(outcome, sorted(["138场", "27场", share]))]


def test_guard_a_list_item_opening_with_zhong_is_no_set_picked_from(tmp_path):
    # guard: …操作系统与数据库303款、中间件187款…: 、中间件 is the next item (303 was read as a set of 187 + 1035 and flagged)
    checks, flags = _read(tmp_path, "全年完成信创适配测试产品1846款，分别为操作系统与数据库303款、中间件187款、"
                          "办公与行业应用软件1035款和终端整机321款。")
    assert not flags
    assert not [1 for r, o, ws in checks if r == "part_whole" and "303款" in ws]
