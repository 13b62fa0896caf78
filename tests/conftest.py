import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIX = ROOT / "fixtures" / "pdf"
BAD = ROOT / "fixtures" / "bad"
SEED = ROOT.parent / "shared" / "seeds" / "shanghai-st-progress-report-2025.md"
REAL = ROOT.parent / "shared" / "real"

os.environ.setdefault("OMP_THREAD_LIMIT", "1")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")


def seed_lines() -> list[str]:
    return SEED.read_text(encoding="utf-8").split("\n")


@pytest.fixture(scope="session")
def prefect_home(tmp_path_factory):
    """A private Prefect home so the ephemeral API's database is this test session's own."""
    home = tmp_path_factory.mktemp("prefect")
    os.environ["PREFECT_HOME"] = str(home)
    return home
