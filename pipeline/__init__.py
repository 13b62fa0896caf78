"""Pipeline stages, each a plain function in a module named for its job.

document → pages (route, textlayer, ocr) → layout → claims/tables → validate → store.
"""
