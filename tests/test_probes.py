"""The hand-written relation and claims probes (fixtures/probes/, not gold: invented text whose relations and
claims its writers know by construction) built into PDFs and read by the real stages, as `python -m bench.probes`
scores them. Floors, not exact figures: a rule that stops generalising, or starts raising flags on text with no
error in it, fails here."""
from pathlib import Path

import pytest

from bench import probes as B

RELATION_FLOOR = 0.82  # 338/399 = 0.847 when this test was written; 549/639 = 0.859 with K–P; 968/1100 with Q–Z;
# 1218/1366 = 0.892 with AA–AF (ninth session); 1432/1634 = 0.876 with AA–AL; 2182/2538 = 0.860 with AM–BF (tenth);
# 2850/3243 = 0.879 with BG–BV (eleventh)
CLAIM_KIND_FLOOR = 0.95  # 0.958


@pytest.fixture(scope="module")
def read_all(tmp_path_factory):
    work = tmp_path_factory.mktemp("probes")
    out = []
    for md, rels in B.probes():
        out.append((md, rels, *B.read(md.read_text(encoding="utf-8"), work)))
    return out


def test_relations_on_probes_are_checked_right(read_all):
    right = total = 0
    for _, rels, claims, checks, _, lines in read_all:
        t = B.score(rels, claims, checks, lines)
        right, total = right + t["right"], total + t["total"]
    assert total >= 390 and right / total >= RELATION_FLOOR


# probes tuned on over several rounds (fresh-a … fresh-p): every deliberate error but one per document is flagged;
# the probes written in the eighth and ninth sessions (fresh-q … fresh-z, fresh-aa … fresh-af, five errors each,
# each round scored fresh before any change for it) are held to a floor over all their errors: 35/50 = 0.70 for
# Q–Z when they were added; 65/80 = 0.81 for Q–AF after the ninth session's rounds
TUNED_PROBES = set("abcdefghijklmnop")
FRESH_ERRORS_FLOOR = 0.68


# the tenth session's probes (fresh-am … fresh-bf) raised 41 flags on text with no error at their first measures
# (AM–AP 8, AQ–AT 6, AU–AX 11, AY–BB 10, BC–BF 6); 13 after that session's rounds: they are held apart from the
# older cap
TENTH_SESSION = {f"a{x}" for x in "mnopqrstuvwxyz"} | {f"b{x}" for x in "abcdef"}
# the eleventh session's (fresh-bg … fresh-bv) raised 19 at their first measures (BG–BJ 2, BK–BN 1, BO–BR 8, BS–BV
# 8); 2 after its rounds (BS, BT)
ELEVENTH_SESSION = {f"b{x}" for x in "ghijklmnopqrstuv"}
# the twelfth session's (fresh-bw … fresh-ch) raised 7 at their first measures (BW–BZ 0, CA–CD 2, CE–CH 5); 1 after its rounds (CA); the tenth's are at 12 and the eleventh's at 1 after it
TWELFTH_SESSION = {"bw", "bx", "by", "bz", "ca", "cb", "cc", "cd", "ce", "cf", "cg", "ch"}
# the thirteenth session's (fresh-ci … fresh-cs) raised 29 at their first measures (CI 2, CK 3; CL 5, CM 1, CN 4, CO 4;
# CP 2, CQ 2, CR 6); 7 after its rounds
THIRTEENTH_SESSION = {"ci", "cj", "ck", "cl", "cm", "cn", "co", "cp", "cq", "cr", "cs"}
# the fourteenth session's (fresh-ct … fresh-de) raised 6 at their first measures (CT–CW 2: CW; CX–DA 1: CZ; DB–DE 3:
# DE); 1 after its rounds (CW)
FOURTEENTH_SESSION = {"ct", "cu", "cv", "cw", "cx", "cy", "cz", "da", "db", "dc", "dd", "de"}
# the fifteenth session's (fresh-df … fresh-di) raised 6 at their first measures (DF 1, DG 3, DH 1, DI 1); fresh-dj …
# fresh-dm, written after the first rounds, 4 at theirs (DJ 1, DK 1, DL 2); fresh-dn … fresh-dq, after the second
# rounds, 5 at theirs (DN 1, DO 2, DQ 2); fresh-dr … fresh-du, after the third rounds, 2 at theirs (DS 1, DT 1); 6 over
# all sixteen at the session's end (DI 1, DJ 1, DL 2, DO 1, DQ 1)
FIFTEENTH_SESSION = {"df", "dg", "dh", "di", "dj", "dk", "dl", "dm", "dn", "do", "dp", "dq", "dr", "ds", "dt", "du"}
SIXTEENTH_SESSION = {"dv", "dw", "dx", "dy", "dz", "ea", "eb", "ec", "ed", "ee", "ef", "eg"}
# the seventeenth session's (fresh-eh … fresh-ek) raised 4 at their first measures (EK 4: columns of index values), 0
# after its rounds
SEVENTEENTH_SESSION = {"eh", "ei", "ej", "ek"}
# fresh-el … fresh-eo, written after its first rounds, raised 3 at theirs (EL 3), 1 after the rounds on them (EL)
SEVENTEENTH_LATE = {"el", "em", "en", "eo"}
# fresh-ep … fresh-es, written after the rounds on EH–EO, raised 1 at theirs (ES); fresh-et … fresh-ew, after the
# round on EP–ES, 0
# fresh-ex … fresh-fa, written after all its rounds, 1 at theirs (EY: a 合计 row averaging a column of means), 0
# after the rule on columns of means
SEVENTEENTH_LAST = {"ep", "eq", "er", "es", "et", "eu", "ev", "ew", "ex", "ey", "ez", "fa"}
# the eighteenth session's (fresh-fb … fresh-fe) raised 2 at their first measures (FE 2: unit flags on a table's
# columns); fresh-ff … fresh-fi, written after its first rounds, 1 at theirs (FG: a breakdown of a paragraph before);
# fresh-fj … fresh-fm, after the second, 2 at theirs (FJ, FL); fresh-fn … fresh-fq, after the third, 6 at theirs (FN 2
# and FQ 2: units, 吉瓦 and a grade 5级及以上 read as a bare threshold; FP 2); fresh-fr … fresh-fu, after the fourth, 1
# at theirs (FU: a list whose last item's unit ran on to the next page); fresh-fv … fresh-fy, after the fifth, 0
EIGHTEENTH_SESSION = {"fb", "fc", "fd", "fe", "ff", "fg", "fh", "fi", "fj", "fk", "fl", "fm", "fn", "fo", "fp", "fq",
                      "fr", "fs", "ft", "fu", "fv", "fw", "fx", "fy"}
# the nineteenth session's fresh-fz … fresh-gc raised 1 at their first measures (GA: a share of a set read against its
# last item); fresh-gd … fresh-gg, written after its third round, 2 at theirs (GE, GG); fresh-gh … fresh-gk, after
# its fifth, 5 at theirs (GH, GI 2, GJ 2); fresh-gl … fresh-go, after its last, 4 at theirs (GM 3, GO)
NINETEENTH_SESSION = {"fz", "ga", "gb", "gc", "gd", "ge", "gf", "gg", "gh", "gi", "gj", "gk", "gl", "gm", "gn", "go"}
# the twentieth session's fresh-gp … fresh-gs, written after its first share rule, raised 2 at their first measures (GP)
# fresh-gt … fresh-gw, written after its first round, raised 2 at theirs (GT, GU); fresh-gx … fresh-ha, after its
# second, 3 at theirs (GX, GY, GZ); fresh-hb … fresh-he, after its third, 2 at theirs (HD, HE); fresh-hf, fresh-hg,
# after its fourth, 3 at theirs (HF, HG 2)
TWENTIETH_SESSION = {"gp", "gq", "gr", "gs", "gt", "gu", "gv", "gw", "gx", "gy", "gz", "ha", "hb", "hc", "hd", "he",
                     "hf", "hg"}
# the twenty-first session's fresh-hh … fresh-hk, written before its first rule, raised 4 at their first measures
# (HH 2, HI, HK); fresh-hl … fresh-ho, written after its first round, 3 at theirs (HN, HO 2); fresh-hp … fresh-hs,
# after its second, 2 at theirs (HP, HQ); fresh-ht … fresh-hw, after its third, 5 at theirs (HU 3, HV, HW); fresh-hx …
# fresh-ia, after its fourth, 4 at theirs (HX, HZ, IA 2; 2 left: the cap holds HX's mended restatement, GMP检查通过137次
# beside …139次，通过137次, which a small document does not reproduce)
TWENTY_FIRST_SESSION = {"hh", "hi", "hj", "hk", "hl", "hm", "hn", "ho", "hp", "hq", "hr", "hs", "ht", "hu", "hv", "hw",
                        "hx", "hy", "hz", "ia"}
# the twenty-second session's fresh-ib … fresh-ie, written before its first rule, raised 2 at their first measures (IB 2);
# fresh-if … fresh-ii, written after its first round, 3 at theirs (IF, IH, II; 0 after its second round); fresh-ij …
# fresh-im, after its second, 4 at theirs (IJ, IK 3; 0 after its third round); fresh-in … fresh-iq, after its third,
# 0 at theirs; fresh-ir … fresh-iu, after its fourth, 0 at theirs
TWENTY_SECOND_SESSION = {"ib", "ic", "id", "ie", "if", "ig", "ih", "ii", "ij", "ik", "il", "im", "in", "io", "ip", "iq",
                         "ir", "is", "it", "iu"}
# the twenty-third session's fresh-iv … fresh-iy, written before its first rule, raised 0 at their first measures;
# fresh-iz … fresh-jc, measured after its first round, 2 at theirs (JC 2; 0 after its second round); fresh-jd …
# fresh-jg, after its second, 3 at theirs (JD, JG 2)
TWENTY_THIRD_SESSION = {"iv", "iw", "ix", "iy", "iz", "ja", "jb", "jc", "jd", "je", "jf", "jg"}
# the twenty-fourth session's fresh-jh … fresh-jk, written before its first rule, raised 2 at their first measures (JJ 2;
# 0 after its first round); fresh-jl … fresh-jo, measured after its first round, 0 at theirs; fresh-jp … fresh-js,
# after its second, 0 at theirs; fresh-jt … fresh-jw, after its third, 5 at theirs (JV 5; 0 after its fourth round);
# fresh-jx … fresh-ka, after its fourth, 3 at theirs (JY 1, JZ 2; 0 after its fifth round); fresh-kb … fresh-ke,
# after its fifth, 4 at theirs (KB 2, KD 2; 0 after its sixth); fresh-kf … fresh-ki, after its sixth, 3 (KH 2, KI 1;
# 0 after its seventh); fresh-kj … fresh-km, after its seventh, 1 (KK; 0 after its eighth); fresh-kn … fresh-kq, after
# its eighth, 0
TWENTY_FOURTH_SESSION = {"jh", "ji", "jj", "jk", "jl", "jm", "jn", "jo", "jp", "jq", "jr", "js", "jt", "ju", "jv", "jw",
                         "jx", "jy", "jz", "ka", "kb", "kc", "kd", "ke", "kf", "kg", "kh", "ki", "kj", "kk", "kl", "km",
                         "kn", "ko", "kp", "kq"}
# spurious flags allowed per group of probes; the rest ("older") are the probes before the tenth session
SPURIOUS_CAPS = {"tenth": (TENTH_SESSION, 12), "eleventh": (ELEVENTH_SESSION, 1), "twelfth": (TWELFTH_SESSION, 1),
                 "thirteenth": (THIRTEENTH_SESSION, 7), "fourteenth": (FOURTEENTH_SESSION, 1),
                 "fifteenth": (FIFTEENTH_SESSION, 6), "sixteenth": (SIXTEENTH_SESSION, 1),
                 "seventeenth": (SEVENTEENTH_SESSION, 0), "seventeenth_late": (SEVENTEENTH_LATE, 1),
                 "seventeenth_last": (SEVENTEENTH_LAST, 1), "eighteenth": (EIGHTEENTH_SESSION, 1),
                 "nineteenth": (NINETEENTH_SESSION, 5), "twentieth": (TWENTIETH_SESSION, 7),
                 "twenty_first": (TWENTY_FIRST_SESSION, 2), "twenty_second": (TWENTY_SECOND_SESSION, 1),
                 "twenty_third": (TWENTY_THIRD_SESSION, 3),
                 "twenty_fourth": (TWENTY_FOURTH_SESSION, 5)}


def test_every_deliberate_error_is_flagged_and_few_flags_are_raised_besides(read_all):
    spurious = dict.fromkeys([*SPURIOUS_CAPS, "older"], 0)
    fresh_caught = fresh_wrong = 0
    for md, rels, claims, checks, flags, lines in read_all:
        wrong = [r for r in rels if r["holds"] == "no"]
        bad = set()
        for r in wrong:
            for line, raw in B.figures(r):
                bad |= {c.claim_id for c in B.candidates(claims, lines, line, raw)}
        flagged = {i for f in flags for i in f.claim_ids.split("|")}
        caught = [r for r in wrong if any(c.claim_id in flagged for line, raw in B.figures(r)
                                          for c in B.candidates(claims, lines, line, raw))]
        if md.stem.removeprefix("fresh-") in TUNED_PROBES:
            assert len(caught) >= len(wrong) - 1, md.name  # one deliberate error per document may go unchecked
        else:
            fresh_caught, fresh_wrong = fresh_caught + len(caught), fresh_wrong + len(wrong)
        raised = len([f for f in flags if not bad & set(f.claim_ids.split("|"))])
        name = md.stem.removeprefix("fresh-")
        group = next((g for g, (members, _) in SPURIOUS_CAPS.items() if name in members), "older")
        spurious[group] += raised
    assert fresh_wrong == 0 or fresh_caught / fresh_wrong >= FRESH_ERRORS_FLOOR
    # 3 when this test was written (README); 2 with probes K and L, after their round; 4 over all 26 (E 2, N 1, X 1);
    # 3 over all 32 after the ninth session's first rounds (E 2, X 1; AA–AF raised 14 at their first measures); 4 over
    # all 38 at its end (AJ 1; AG–AL raised 11 at theirs)
    assert spurious["older"] <= 4, spurious
    assert all(spurious[g] <= cap for g, (_, cap) in SPURIOUS_CAPS.items()), spurious


def test_a_groups_cell_on_a_total_row_is_no_copy_of_the_whole(read_all):
    # probe E's table (单位类型 | 中国科学院院士 | 中国工程院院士 | 合计; 合计 row 4 | 5 | 9): the 5 is one academy's
    # total, the 4 the other's; each was flagged as a miscopy of the 9 new academicians stated elsewhere
    (_, _, claims, _, flags, _), = [x for x in read_all if x[0].stem == "fresh-e"]
    byid = {c.claim_id: c for c in claims}
    group_cells = [f for f in flags for i in f.claim_ids.split("|")
                   if byid[i].subject in ("合计 中国科学院院士", "合计 中国工程院院士")]
    assert not group_cells


def test_claims_probes_kind_and_recall(tmp_path):
    from collections import Counter
    total = Counter()
    for md, rows in B.claim_probes():
        claims, _, _, lines = B.read(md.read_text(encoding="utf-8"), tmp_path)
        total.update(B.score_claims(rows, claims, lines))
    assert total["gold"] >= 400
    assert total["tp"] / total["gold"] >= 0.99 and total["tp"] / total["pred"] >= 0.99
    assert total["kind"] / total["tp"] >= CLAIM_KIND_FLOOR


def test_broker_first_page_probe(tmp_path):
    """note-b, a broker note's first page (fixtures/research_note.py drawing the probe's text): the figures are
    found and read (recall 0.988 at its first measure, above the plain regex's 0.926), and a table's unit printed
    alone in its corner cell (股价表现: % | 1M | 3M | 12M) reaches its cells. (Its five chart axis labels, which
    the probe's writer counts as no figures, are still read: the GUIDE does not settle them; see README.)"""
    from collections import Counter
    total = Counter()
    for name, t in B.notes_run("", tmp_path, None).items():
        total[name] = t
    g, base = total["grammar"], total["baseline"]
    assert g["tp"] / g["gold"] >= 0.95 and g["tp"] / g["gold"] > base["tp"] / base["gold"]
    assert g["tp"] / g["pred"] >= 0.9  # 0.941: the five axis ticks
    assert g["unit"] / g["tp"] >= 0.95 and g["kind"] / g["tp"] >= 0.9
