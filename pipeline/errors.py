"""Errors a stage raises for bad input; each names the file (and page) and says why in one line."""
from __future__ import annotations


class ReportpipeError(Exception):
    pass


class DocumentError(ReportpipeError):
    def __init__(self, path, reason: str):
        self.path, self.reason = str(path), reason
        super().__init__(f"{path}: {reason}")

