"""Untrusted page work in killable child processes: a wall-time limit per page, a memory limit per worker.

pdfium and tesseract run native code that Python cannot interrupt, so a page that loops or balloons is
only stopped by killing the process that runs it. Each worker is its own process group (tesseract's
process goes with it), has RLIMIT_AS set, and reads one page at a time with `pages.read_page`; a page
that crashes, times out or runs out of memory becomes a Page with status="error", and a fresh worker
takes the next page. Workers are forked from a forkserver (the parent runs Prefect's threads, and
forking a threaded process can deadlock), with the page modules and the parent's main module preloaded
(pipeline/forkserver_main.py) so a fork costs milliseconds.
As with any non-fork start method, a script that calls this must guard its entry point with
`if __name__ == "__main__":` (the `reportpipe` command and pytest do).
"""
from __future__ import annotations

import json
import multiprocessing as mp
import os
import resource
import signal
import time
from dataclasses import dataclass
from multiprocessing.connection import wait
from pathlib import Path

from schemas.records import Page

PAGE_TIMEOUT = float(os.environ.get("REPORTPIPE_PAGE_TIMEOUT", 120))  # s of wall time per page
WORKER_MEMORY_MB = int(os.environ.get("REPORTPIPE_WORKER_MEMORY_MB", 3072))  # address space per worker
OPEN_TIMEOUT = 60.0  # s to open, count and (if needed) repair a whole document
MAX_PAGE_SIDE = 14400.0  # pt: the PDF specification's limit (200 in); bigger pages are refused, not rendered


@dataclass
class Limits:
    page_timeout: float = PAGE_TIMEOUT
    memory_mb: int = WORKER_MEMORY_MB
    workers: int = 0  # 0: one per core
    max_page_side: float = MAX_PAGE_SIDE

    def n_workers(self, pages: int) -> int:
        return max(1, min(self.workers or os.cpu_count() or 1, pages))


_CTX = None


def _context():
    global _CTX
    if _CTX is None:
        from multiprocessing import spawn
        main = {k: v for k, v in spawn.get_preparation_data("isolate").items()
                if k in ("init_main_from_name", "init_main_from_path")}
        os.environ["REPORTPIPE_FORKSERVER_MAIN"] = json.dumps(main)
        _CTX = mp.get_context("forkserver")
        _CTX.set_forkserver_preload(["pipeline.forkserver_main", "pipeline.pages", "pipeline.document"])
    return _CTX


def _limit_self(memory_mb: int) -> None:
    """In the child: own process group (killed as one), bounded address space, one OCR thread."""
    os.setpgrp()
    os.environ["OMP_THREAD_LIMIT"] = "1"
    if memory_mb:
        b = memory_mb << 20
        resource.setrlimit(resource.RLIMIT_AS, (b, b))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    try:  # die with the forkserver (and so with the parent) instead of running on as an orphan
        import ctypes
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def _kill(proc) -> None:
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
    proc.kill()
    proc.join(5)


def _describe_death(proc, memory_mb: int) -> str:
    code = proc.exitcode
    if code is not None and code < 0:
        try:
            name = signal.Signals(-code).name
        except ValueError:
            name = f"signal {-code}"
        return f"worker crashed ({name}; memory limit {memory_mb} MB)"
    return f"worker exited unexpectedly (status {code}; memory limit {memory_mb} MB)"


# ---------------------------------------------------------------- pages


class Refused(Exception):
    """A page not read on purpose (its size); the message is the whole reason."""


def _page_worker(conn, path: str, name: str, doc_id: str, password, limits: Limits) -> None:
    _limit_self(limits.memory_mb)
    import pypdfium2 as pdfium

    from pipeline import pages

    pl = pdoc = None
    while True:
        try:
            n = conn.recv()
        except (EOFError, OSError):
            return
        if n is None:
            return
        t0 = time.perf_counter()
        try:
            if pdoc is None:  # opened once per worker; a fresh worker reopens after a kill
                import pdfplumber

                pdoc = pdfium.PdfDocument(path, password=password)
                pl = pdfplumber.open(path, password=password or "")
            pl_page, pdf_page = pl.pages[n - 1], pdoc[n - 1]
            # both parsers' sizes: pdfium falls back to Letter for a box it rejects, pdfminer keeps it
            for w, h in (pdoc.get_page_size(n - 1), (float(pl_page.width), float(pl_page.height))):
                if not (0 < w <= limits.max_page_side and 0 < h <= limits.max_page_side):
                    raise Refused(f"absurd page size {w:.4g}×{h:.4g} pt (limit {limits.max_page_side:g})")
            try:
                out = [pages.read_page(pl_page, pdf_page, doc_id, n)]
            finally:
                pdf_page.close()
                pl_page.close()  # drops pdfplumber's per-page caches: a worker reads many pages
        except MemoryError:
            out = [_error_page(doc_id, n, f"{name} page {n}: out of memory (limit {limits.memory_mb} MB)", t0)]
        except Refused as e:
            out = [_error_page(doc_id, n, f"{name} page {n}: {e}", t0)]
        except Exception as e:  # noqa: BLE001 — the page's failure is its result
            oom = any(s in str(e).lower() for s in ("insufficient memory", "cannot allocate", "out of memory"))
            why = f"out of memory (limit {limits.memory_mb} MB)" if oom else f"{type(e).__name__}: {e}"
            out = [_error_page(doc_id, n, f"{name} page {n}: {why}", t0)]
        try:
            conn.send(out)
        except MemoryError:
            conn.send([_error_page(doc_id, n, f"{name} page {n}: out of memory (limit {limits.memory_mb} MB)", t0)])
        except (BrokenPipeError, OSError):
            return


def _error_page(doc_id: str, n: int, error: str, t0: float) -> Page:
    return Page(doc_id=doc_id, page=n, status="error", route="", error=error.replace("\n", " ")[:500],
                seconds=round(time.perf_counter() - t0, 4))


@dataclass
class _Slot:
    proc: object = None
    conn: object = None
    page: int = 0
    started: float = 0.0
    deadline: float = 0.0
    done: int = 0


def read_pages(path: str | Path, doc_id: str, pagenos: list[int], password: str | None = None,
               limits: Limits | None = None, label: str | None = None) -> list[Page]:
    """pages.read_pages, but every page in a worker process with a time and a memory limit.

    Returns one Page per requested page number, in order; never raises for what a page contains.
    label: the file name errors give (the path read may be the copy kept by hash).
    """
    limits = limits or Limits()
    path, name = str(path), label or Path(path).name
    ctx = _context()
    todo = list(pagenos)
    todo.reverse()
    results: dict[int, Page] = {}
    slots = [_Slot() for _ in range(limits.n_workers(len(pagenos)))]

    def start(s: _Slot) -> None:
        parent, child = ctx.Pipe()
        s.proc = ctx.Process(target=_page_worker, args=(child, path, name, doc_id, password, limits),
                                daemon=True)
        s.proc.start()
        child.close()
        s.conn = parent

    def stop(s: _Slot, kill: bool) -> None:
        if s.proc is None:
            return
        if kill:
            _kill(s.proc)
        else:
            try:
                s.conn.send(None)
            except OSError:
                pass
            s.proc.join(5)
            if s.proc.is_alive():
                _kill(s.proc)
        s.conn.close()
        s.proc = s.conn = None

    def dispatch(s: _Slot) -> None:
        while todo:
            n = todo.pop()
            if s.proc is None:
                start(s)
            try:
                s.conn.send(n)
            except OSError:  # the worker died between pages: a fresh one takes this page
                stop(s, kill=True)
                start(s)
                s.conn.send(n)
            s.page, s.started = n, time.monotonic()
            s.deadline = s.started + limits.page_timeout
            return
        s.page = 0

    def fail(s: _Slot, reason: str) -> None:
        results[s.page] = Page(doc_id=doc_id, page=s.page, status="error", route="",
                               error=f"{name} page {s.page}: {reason}"[:500],
                               seconds=round(time.monotonic() - s.started, 4))

    try:
        for s in slots:
            dispatch(s)
        while any(s.page for s in slots):
            busy = [s for s in slots if s.page]
            now = time.monotonic()
            ready = wait([s.conn for s in busy], timeout=max(0.0, min(s.deadline for s in busy) - now))
            for s in busy:
                if s.conn in ready:
                    try:
                        got = s.conn.recv()
                    except (EOFError, OSError):
                        s.proc.join(5)
                        fail(s, _describe_death(s.proc, limits.memory_mb))
                        stop(s, kill=True)
                    else:
                        for p in got:
                            results[p.page] = p
                        results.setdefault(s.page, None)
                    dispatch(s)
                elif time.monotonic() >= s.deadline:
                    stop(s, kill=True)
                    fail(s, f"timed out after {limits.page_timeout:g}s (worker killed)")
                    dispatch(s)
    finally:
        for s in slots:
            stop(s, kill=s.page != 0)
    out = []
    for n in pagenos:
        p = results.get(n)
        out.append(p if p is not None else Page(doc_id=doc_id, page=n, status="error", route="",
                                                error=f"{name} page {n}: no result from the worker"))
    return out


# ---------------------------------------------------------------- one call


def _call_worker(conn, fn, args, kwargs, memory_mb: int) -> None:
    _limit_self(memory_mb)
    try:
        conn.send(("ok", fn(*args, **kwargs)))
    except MemoryError:
        conn.send(("error", "MemoryError", f"out of memory (limit {memory_mb} MB)"))
    except BaseException as e:  # noqa: BLE001 — carried to the parent as a value
        conn.send(("error", type(e).__name__, getattr(e, "reason", None) or str(e)))
    finally:
        conn.close()


def vmsize_mb() -> int:
    """This process's address space in MB (a worker starts with the preloaded modules mapped)."""
    with open("/proc/self/status") as f:
        return next(int(l.split()[1]) >> 10 for l in f if l.startswith("VmSize:"))


class ChildError(Exception):
    def __init__(self, kind: str, reason: str):
        self.kind, self.reason = kind, reason
        super().__init__(f"{kind}: {reason}")


def call(fn, *args, timeout: float = OPEN_TIMEOUT, memory_mb: int = WORKER_MEMORY_MB, **kwargs):
    """fn(*args, **kwargs) in a killable child. Raises ChildError(kind, reason) for its exception,
    a crash ("crash") or the time limit ("timeout")."""
    ctx = _context()
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_call_worker, args=(child, fn, args, kwargs, memory_mb), daemon=True)
    proc.start()
    child.close()
    try:
        if not parent.poll(timeout):
            _kill(proc)
            raise ChildError("timeout", f"timed out after {timeout:g}s")
        try:
            msg = parent.recv()
        except (EOFError, OSError):
            proc.join(5)
            raise ChildError("crash", _describe_death(proc, memory_mb)) from None
    finally:
        parent.close()
        if proc.is_alive():
            proc.join(5)
            if proc.is_alive():
                _kill(proc)
    if msg[0] == "ok":
        return msg[1]
    raise ChildError(msg[1], msg[2])
