"""Typed records passed between stages, and the data files that configure them."""
from pathlib import Path

SCHEMA_DIR = Path(__file__).resolve().parent
SCHEMA_VERSION = 2


def data_file(name: str) -> Path:
    return SCHEMA_DIR / name
