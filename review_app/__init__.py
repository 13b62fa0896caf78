"""The QA review app: the queue of flagged mismatches, each with its evidence, and the decisions on them.

A small FastAPI app over the store (read-only) and the reviewers' file (`pipeline/publish.record_decision`,
the same path as `reportpipe review`). Report text is only ever put into pages through Jinja2 with autoescape,
so text from a PDF is shown, never run. `reportpipe review-app` serves it on 127.0.0.1.
"""
from __future__ import annotations

import io
import threading
from pathlib import Path
from urllib.parse import urlencode

from fastapi import FastAPI, Form, HTTPException, Request
from fastapi.responses import RedirectResponse, Response
from fastapi.templating import Jinja2Templates

from pipeline import publish, reviews, store

TEMPLATES = Jinja2Templates(directory=str(Path(__file__).parent / "templates"))
STATUSES = ("open", "accepted", "corrected", "dismissed", "all")
PAGE_MAX_PX = 1600  # longest side of a rendered page image: a page of absurd size is shrunk, never rendered huge
_FLAG_COLS = ("flag_id", "doc_id", "rule", "severity", "message", "expected", "observed", "claim_ids", "page", "x0",
              "top", "x1", "bottom", "status", "reviewer", "decided_at", "review_note")
_CLAIM_COLS = ("claim_id", "doc_id", "page", "x0", "top", "x1", "bottom", "section", "context", "subject", "raw", "value",
               "unit", "norm_value", "base_unit", "kind", "qualifier", "period", "metric_id", "source", "table_id",
               "row", "col")


def _rows(cur, cols) -> list[dict]:
    return [dict(zip(cols, r)) for r in cur.fetchall()]


def _marked(context: str, raw: str) -> tuple[str, str, str]:
    """The context split around the figure, for the template to emphasise it (each part escaped there)."""
    context, raw = context or "", raw or ""
    i = context.find(raw) if raw else -1
    if i < 0:
        return context, "", ""
    return context[:i], raw, context[i + len(raw):]


def create_app(data_dir: Path) -> FastAPI:
    data_dir = Path(data_dir).resolve()
    # DuckDB refuses a read-write connection in a process that holds a read-only one on the same file:
    # every store access of this app goes through one lock
    lock = threading.Lock()
    app = FastAPI(title="reportpipe review", docs_url=None, redoc_url=None)

    @app.middleware("http")
    async def no_scripts(request: Request, call_next):
        # defence in depth behind autoescape: the pages run no script at all, so none may run
        resp = await call_next(request)
        resp.headers["Content-Security-Policy"] = ("default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; "
                                                   "form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
        resp.headers["X-Content-Type-Options"] = "nosniff"
        return resp

    def query(fn):
        with lock:
            if not (data_dir / store.DB_NAME).exists():
                raise HTTPException(404, f"no store in {data_dir}: run `reportpipe ingest` first")
            con = store.connect(data_dir, read_only=True)
            try:
                return fn(con)
            finally:
                con.close()

    @app.get("/")
    def queue(request: Request, status: str = "open", rule: str = "", doc: str = ""):
        if status not in STATUSES:
            raise HTTPException(400, f"status must be one of {STATUSES}")

        def read(con):
            where, args = ["(? = 'all' OR f.status = ?)"], [status, status]
            if rule:
                where.append("f.rule = ?")
                args.append(rule)
            if doc:
                where.append("f.doc_id = ?")
                args.append(doc)
            flags = _rows(con.execute(
                f"SELECT {', '.join('f.' + c for c in _FLAG_COLS)}, d.path FROM flag_queue f JOIN documents d "
                f"USING (doc_id) WHERE {' AND '.join(where)} ORDER BY d.path, f.page, f.top, f.flag_id", args),
                _FLAG_COLS + ("path",))
            counts = dict(con.execute("SELECT status, count(*) FROM flag_queue GROUP BY ALL").fetchall())
            rules = [r for (r,) in con.execute("SELECT DISTINCT rule FROM flag_queue ORDER BY 1").fetchall()]
            docs = con.execute("SELECT doc_id, path, edition FROM documents ORDER BY edition, path").fetchall()
            checks = dict(con.execute("SELECT outcome, count(*) FROM checks GROUP BY ALL").fetchall())
            return flags, counts, rules, docs, checks

        flags, counts, rules, docs, checks = query(read)
        for f in flags:
            f["name"] = Path(f["path"]).name
        return TEMPLATES.TemplateResponse(request, "queue.html", {
            "flags": flags, "counts": counts, "total": sum(counts.values()), "rules": rules, "docs": docs,
            "checks": checks, "status": status, "rule": rule, "doc": doc, "statuses": STATUSES})

    @app.get("/flags/{flag_id}")
    def flag(request: Request, flag_id: str, saved: str = "", error: str = ""):
        def read(con):
            f = _rows(con.execute(f"SELECT {', '.join('f.' + c for c in _FLAG_COLS)}, d.path, d.edition "
                                  "FROM flag_queue f JOIN documents d USING (doc_id) WHERE flag_id = ?", [flag_id]),
                      _FLAG_COLS + ("path", "edition"))
            if not f:
                return None
            f = f[0]
            ids = [i for i in f["claim_ids"].split("|") if i]
            claims = _rows(con.execute(
                f"SELECT {', '.join('c.' + c for c in _CLAIM_COLS)}, d.path, coalesce(r.decision, ''), "
                "coalesce(r.value, '') FROM claims c JOIN documents d USING (doc_id) "
                "LEFT JOIN claim_reviews r USING (claim_id) WHERE list_contains(?, c.claim_id) "
                "ORDER BY d.path, c.page, c.top, c.x0", [ids]),
                _CLAIM_COLS + ("path", "decision", "corrected_value"))
            checks = _rows(con.execute("SELECT rule, expected, observed, tolerance, outcome FROM checks "
                                       "WHERE doc_id = ? AND rule = ? AND claim_ids = ?",
                                       [f["doc_id"], f["rule"], f["claim_ids"]]),
                           ("rule", "expected", "observed", "tolerance", "outcome"))
            nxt = con.execute("SELECT flag_id FROM flag_queue WHERE status = 'open' AND flag_id <> ? "
                              "ORDER BY doc_id, page, top, flag_id LIMIT 1", [flag_id]).fetchone()
            return f, claims, checks, nxt[0] if nxt else ""

        got = query(read)
        if got is None:
            raise HTTPException(404, f"no flag {flag_id}")
        f, claims, checks, nxt = got
        for c in claims:
            c["before"], c["figure"], c["after"] = _marked(c["context"], c["raw"])
            c["name"] = Path(c["path"]).name
        pages = sorted({(c["doc_id"], c["name"], c["page"]) for c in claims}
                       | {(f["doc_id"], Path(f["path"]).name, f["page"])}, key=lambda p: (p[1], p[2] or 0))
        history = [r for r in reviews.all_rows(data_dir)
                   if r["flag_id"] == flag_id or (r["claim_id"] and r["claim_id"] in f["claim_ids"].split("|"))]
        return TEMPLATES.TemplateResponse(request, "flag.html", {
            "f": f, "claims": claims, "checks": checks, "history": history, "next": nxt, "saved": saved,
            "error": error, "reviewer": request.cookies.get("reviewer", ""),
            "page_images": [{"doc_id": d, "page": p, "name": name} for d, name, p in pages if p and p > 0]})

    @app.post("/decide")
    def decide(target: str = Form(...), flag_id: str = Form(...), decision: str = Form(...),
               reviewer: str = Form(""), value: str = Form(""), note: str = Form(""), go_next: str = Form("")):
        reviewer = reviewer.strip()
        back = f"/flags/{flag_id}"
        if not reviewer:
            return RedirectResponse(back + "?" + urlencode({"error": "name the reviewer"}), status_code=303)
        if decision not in reviews.DECISIONS:
            raise HTTPException(400, f"decision must be one of {reviews.DECISIONS}")
        try:
            with lock:
                publish.record_decision(data_dir, target, decision, reviewer, value.strip(), note.strip())
        except (LookupError, ValueError) as e:
            return RedirectResponse(back + "?" + urlencode({"error": str(e)}), status_code=303)
        except Exception as e:  # the store is busy (an ingestion holds it): the decision itself is recorded
            return RedirectResponse(back + "?" + urlencode(
                {"error": f"decision recorded in {reviews.FILE}; the store will take it at the next run ({e})"}),
                status_code=303)
        dest = f"/flags/{go_next}" if go_next else back
        resp = RedirectResponse(dest + "?" + urlencode({"saved": f"{decision} on {target}"}), status_code=303)
        resp.set_cookie("reviewer", reviewer, httponly=True, samesite="strict")
        return resp

    @app.get("/pages/{doc_id}/{page}.png")
    def page_image(doc_id: str, page: int, flag: str = ""):
        """The printed page with the flag's claims outlined: the evidence as the reader of the PDF sees it."""
        import pypdfium2 as pdfium
        from PIL import ImageDraw

        def read(con):
            row = con.execute("SELECT stored_path, pages FROM documents WHERE doc_id = ?", [doc_id]).fetchone()
            boxes = []
            if flag:
                ids = con.execute("SELECT claim_ids FROM flags WHERE flag_id = ?", [flag]).fetchone()
                if ids:
                    boxes = con.execute("SELECT x0, top, x1, bottom FROM claims WHERE doc_id = ? AND page = ? "
                                        "AND list_contains(?, claim_id)",
                                        [doc_id, page, ids[0].split("|")]).fetchall()
            return row, boxes

        row, boxes = query(read)
        if row is None or not (1 <= page <= (row[1] or 0)) or not Path(row[0]).exists():
            raise HTTPException(404, "no such page")
        pdf = pdfium.PdfDocument(row[0])
        try:
            pg = pdf[page - 1]
            w, h = pg.get_size()
            scale = min(2.0, PAGE_MAX_PX / max(w, h, 1.0))
            img = pg.render(scale=scale).to_pil().convert("RGB")
        finally:
            pdf.close()
        draw = ImageDraw.Draw(img)
        for x0, top, x1, bottom in boxes:
            if None in (x0, top, x1, bottom):
                continue
            draw.rectangle([x0 * scale - 3, top * scale - 3, x1 * scale + 3, bottom * scale + 3],
                           outline=(220, 20, 60), width=3)
        buf = io.BytesIO()
        img.save(buf, "PNG")
        return Response(buf.getvalue(), media_type="image/png", headers={"Cache-Control": "no-store"})

    return app
