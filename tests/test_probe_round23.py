"""The twenty-third session's rules, from its fresh batches of relation probes (fresh-iv … ). Every rule has a case
that fails on the code from before it (most have a mutated copy beside the true one); guards are marked."""
import pytest
from probe_docs import read_doc as _read


def _rule(checks, rule):
    return [(o, ws) for r, o, ws in checks if r == rule]


@pytest.mark.parametrize("share,outcome", [("73.4%", "pass"), ("63.4%", "fail")])
def test_an_adverb_between_a_named_part_and_zhan(tmp_path, share, outcome):
    # (fresh-ix) …种植面积9.1万亩，对口地区基地面积约占基地总面积的73.4%: 约 is no part of the name before 占
    checks, flags = _read(tmp_path, "截至年底，本市企业建设的中药材规范化种植基地共86个，种植面积12.4万亩。其中，在对口支援和"
                          f"合作交流地区建设基地52个，种植面积9.1万亩，对口地区基地面积约占基地总面积的{share}。")
    assert _rule(checks, "share") == [(outcome, sorted(["12.4万亩", "9.1万亩", share]))]


@pytest.mark.parametrize("text,share,whole,part", [
    # (fresh-ix) 在W中所占比例达, 在W中的比重为 (the whole's figure opening W), 相当于W的
    ("全市中医类医疗机构共计1577家，其中中医诊所1342家，在中医类医疗机构总数中所占比例达{}，社会办中医成为补充。",
     ("85.1%", "58.1%"), "1577家", "1342家"),
    ("市级财政资助经费6.30亿元，在9.86亿元资助总额中的比重为{}，重点支持中医优势病种。", ("63.9%", "36.9%"), "9.86亿元",
     "6.30亿元"),
    ("本市获批中药新药14个，相当于全国同期获批中药新药总数52个的{}，在全国位居前列。", ("26.9%", "29.6%"), "52个", "14个"),
])
@pytest.mark.parametrize("which", [0, 1])
def test_a_share_said_without_zhan(tmp_path, text, share, whole, part, which):
    checks, flags = _read(tmp_path, text.format(share[which]))
    assert _rule(checks, "share") == [(("pass", "fail")[which], sorted([part, whole, share[which]]))]


def test_guard_a_figure_after_zhan_smaller_than_the_part_is_no_whole(tmp_path):
    # guard (fresh-hi): 占两场智能安检通道总数的60.5%: 两场 (two airports) is no total of 52条
    checks, flags = _read(tmp_path, "浦东机场两座航站楼共建成智能安检通道52条，占两场智能安检通道总数的60.5%，基本实现全覆盖。")
    assert not flags and not _rule(checks, "share")


_FAIRS = ("### 表2 2025年本市重点展会意向成交情况\n展会名称\t参展企业(家)\t意向成交额(亿元)\n中国国际工业博览会\t2863\t412.6\n"
          "中国国际汽车工业展览会\t1372\t586.4\n中国华东进出口商品交易会\t3915\t268.5\n中国国际医疗器械博览会\t4687\t357.8\n"
          "中国国际纺织面料及辅料博览会\t3426\t203.7\n合计\t16263\t1829.0")


@pytest.mark.parametrize("share,outcome", [("12.1%", "pass"), ("32.1%", "fail")])
def test_a_table_of_a_subset_gives_no_whole_the_words_name_in_full(tmp_path, share, outcome):
    # (fresh-iw) 汽车工业展览会意向成交额586.4亿元，占全市展会意向成交额的32.1% beside a table of the five key fairs whose
    # total is 1829.0: the words name 全市展会意向成交额4862.7亿元, stated before, not the table's total (32.1% is 586.4/1829.0)
    checks, flags = _read(tmp_path, "2025年，全市展会意向成交额4862.7亿元，其中现场成交3527.4亿元、线上成交1335.3亿元。",
                          _FAIRS, f"其中，中国国际汽车工业展览会意向成交额586.4亿元，占全市展会意向成交额的{share}，"
                          "新能源汽车成为交易热点。")
    assert _rule(checks, "share") == [(outcome, sorted(["4862.7亿元", "586.4亿元", share]))]
