"""Imported once in isolate's forkserver: runs the parent's main module there, so that page workers do not.

CPython's forkserver means to do this when "__main__" is preloaded, but up to 3.13 it asks spawn for a
"main_path" key that spawn never provides (it says "init_main_from_path"/"init_main_from_name"). Every worker
then re-runs the parent's script before its first page: 1.5 s per worker when that script imports Prefect.
The parent puts spawn's own preparation data for __main__ in REPORTPIPE_FORKSERVER_MAIN.
"""
import json
import os
from multiprocessing import process, spawn

_data = json.loads(os.environ.get("REPORTPIPE_FORKSERVER_MAIN") or "{}")
if _data:
    process.current_process()._inheriting = True  # as the forkserver does while importing main
    try:
        spawn.prepare(_data)
    finally:
        del process.current_process()._inheriting
