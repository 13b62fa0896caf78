"""Growth across editions: the synthetic 2024 edition against the 2025 fixture, in both orders.

fixtures/README.md lists the 2024 values: every stated 2025 growth rate is consistent with them except the
CNS papers (168 → 180 is +7.1%, the report states 13.9%). (财政科技支出's 比上年执行数 basis is covered by
tests/test_validate.py: on the fixture its growth rate wraps onto a block of its own and is not paired yet.)
"""
import duckdb
import pytest

from conftest import FIX


def _growth(data):
    con = duckdb.connect(str(data / "reportpipe.duckdb"), read_only=True)
    try:
        checks = con.execute("SELECT k.outcome, k.expected, k.observed FROM checks k WHERE rule = 'growth_edition' "
                             "ORDER BY 1, 2, 3").fetchall()
        flags = con.execute("SELECT f.message FROM flags f WHERE rule = 'growth_edition'").fetchall()
    finally:
        con.close()
    return checks, [m for (m,) in flags]


@pytest.fixture(scope="module")
def both_orders(tmp_path_factory, prefect_home):
    from flows import ingest_document

    out = []
    for order in ((2024, 2025), (2025, 2024)):
        data = tmp_path_factory.mktemp(f"x{order[0]}")
        for ed in order:
            pdf = FIX / ("report-2024-synthetic.pdf" if ed == 2024 else "report-2025.pdf")
            assert ingest_document(str(pdf), ed, str(data)).ok
        out.append(_growth(data))
    return out


def test_deliberate_inconsistency_flagged_rest_verified(both_orders):
    checks, flags = both_orders[0]
    failing = [c for c in checks if c[0] == "fail"]
    assert len(failing) >= 1 and all("13.9" in c[1] for c in failing), checks
    assert len(flags) == len(failing) and all("168" in m and "180" in m for m in flags), flags
    # 技术合同成交额, 每万人口高价值发明专利, PCT, 发明专利授权量, NSFC projects and funding (fixtures/README.md)
    assert sum(c[0] == "pass" for c in checks) >= 6, checks


def test_order_does_not_matter(both_orders):
    assert both_orders[0] == both_orders[1]
