# Two commands set up everything on a fresh Debian machine: `make demo` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
DATA ?= data
APT_PACKAGES := tesseract-ocr tesseract-ocr-chi-sim fonts-wqy-zenhei fonts-noto-cjk poppler-utils chromium
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
export OMP_THREAD_LIMIT := 1

.PHONY: demo test test-slow bench fixtures sysdeps venv clean

demo: sysdeps venv
	$(VENV)/bin/reportpipe ingest fixtures/pdf/report-2025.pdf --edition 2025 --data-dir $(DATA)

test: sysdeps venv
	$(VENV)/bin/pytest -q

test-slow: sysdeps venv
	$(VENV)/bin/pytest -q -m slow

bench: sysdeps venv
	$(PY) -m fixtures.build --large
	$(PY) -m bench.textlayer --alt --repeat 3
	$(PY) -m bench.ocr --workers 2
	$(PY) -m bench.score --real
	$(PY) -m bench.score --pdf fixtures/pdf/report-2025-scanned.pdf
	$(PY) -m bench.isolation
	$(PY) -m bench.mutate
	$(PY) -m bench.orchestration --dask

fixtures: sysdeps venv
	$(PY) -m fixtures.build --large

# Debian packages, installed only when something is missing (quick when all is there).
sysdeps:
	@if ! command -v tesseract >/dev/null || ! tesseract --list-langs 2>/dev/null | grep -qx chi_sim \
	   || ! fc-list 2>/dev/null | grep -qi 'wqy-zenhei' || ! fc-list 2>/dev/null | grep -qi 'NotoSansCJK' \
	   || ! command -v pdftoppm >/dev/null || ! command -v chromium >/dev/null; then \
	  echo "installing Debian packages: $(APT_PACKAGES)"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $(APT_PACKAGES) >/dev/null; \
	fi

venv: $(STAMP)

$(STAMP): pyproject.toml
	@[ -x $(PY) ] || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	@touch $(STAMP)

clean:
	rm -rf $(VENV) .cache .pytest_cache $(DATA)
