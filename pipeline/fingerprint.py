"""What a stage's output depends on, as one hash: the cache key's code part.

A cached stage result is only as trustworthy as its key. The key of a stage holds the source of every project
module the stage can reach (its imports, followed through pipeline/, extractors/ and schemas/, including imports
inside functions), the data files under schemas/ those modules name, the versions of the libraries that read the
PDF or the text, and for reading the OCR engine in use. Editing a validator therefore keeps the pages and the
claims cached; editing the claims grammar keeps the pages; upgrading tesseract re-reads every page.
"""
from __future__ import annotations

import ast
import functools
import hashlib
import os
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("pipeline", "extractors", "schemas")

# stage → (root modules, libraries whose version changes its output)
STAGES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "read": (("pipeline.isolate", "pipeline.pages"),
             ("pdfplumber", "pdfminer.six", "pypdfium2", "opencv-python-headless", "pytesseract", "numpy",
              "Pillow")),
    "layout": (("pipeline.layout",), ()),
    "claims": (("pipeline.claims",), ("regex",)),
    "validate": (("pipeline.validate", "extractors.metrics"), ("regex",)),
}


def _module_file(name: str) -> Path | None:
    parts = name.split(".")
    if parts[0] not in PACKAGES:
        return None
    base = ROOT.joinpath(*parts)
    for p in (base.with_suffix(".py"), base / "__init__.py"):
        if p.is_file():
            return p
    return None


def _imports(path: Path, name: str) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    out: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                up = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(up + ([base] if base else []))
            out.add(base)
            out.update(f"{base}.{a.name}" for a in node.names)  # `from pipeline import pages` names a module
    return {m for m in out if m}


def _data_files(path: Path) -> set[Path]:
    """schemas/ data files a module names in a string literal (data_file("units.csv"), ...)."""
    names = {p.name: p for p in (ROOT / "schemas").iterdir() if p.is_file() and p.suffix != ".py"}
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {names[n.value] for n in ast.walk(tree)
            if isinstance(n, ast.Constant) and isinstance(n.value, str) and n.value in names}


def closure(roots: tuple[str, ...]) -> list[Path]:
    """Every project source and data file the root modules can reach, sorted."""
    seen: dict[str, Path] = {}
    todo = list(roots)
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        f = _module_file(name)
        if f is None:
            continue
        seen[name] = f
        parent = name.rpartition(".")[0]
        if parent and parent not in seen:
            todo.append(parent)  # a package's __init__ runs before its modules
        todo.extend(_imports(f, name) - seen.keys())
    files = set(seen.values())
    for f in list(files):
        files |= _data_files(f)
    return sorted(files)


def _version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "-"


def _ocr_engine() -> str:
    if os.environ.get("REPORTPIPE_OCR") == "null":
        return "null"
    try:
        import pytesseract
        return f"tesseract {pytesseract.get_tesseract_version()}"
    except Exception as e:  # noqa: BLE001 — no engine is also a state the pages were read in
        return f"no tesseract ({type(e).__name__})"


@functools.cache
def stage(name: str) -> str:
    """The stage's fingerprint (hex); computed once per process."""
    roots, libs = STAGES[name]
    h = hashlib.sha256(f"reportpipe stage {name}\n".encode())
    for f in closure(roots):
        h.update(f"{f.relative_to(ROOT).as_posix()}\n".encode())
        h.update(f.read_bytes())
    for lib in libs:
        h.update(f"{lib}=={_version(lib)}\n".encode())
    if name == "read":
        h.update(_ocr_engine().encode())
    return h.hexdigest()


def key(*parts: object) -> str:
    """A cache key from a stage fingerprint and the stage's inputs' identities."""
    return hashlib.sha256("\x1f".join(map(str, parts)).encode()).hexdigest()[:40]
