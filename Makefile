# Two commands do everything on a fresh machine: `make run` and `make test`.
# `make test` = lint (ruff, ruff format --check, mypy), then the whole test suite.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
BIN    := $(VENV)/bin
# torch's CPU wheel (a plain `torch` would pull a multi-GB CUDA build).
TORCH  ?= torch==2.13.0

.PHONY: run test lint bench install install-test index clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip

$(VENV)/.installed: pyproject.toml | $(PY)
	$(PY) -m pip install -q -e '.[dev]'
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed
	$(PY) -m pip install -q '$(TORCH)'
	$(PY) -m pip install -q -e '.[dev,st,teams,postgres,web]'
	touch $@

# `make bench` also measures the auditors' web view and the PostgreSQL store.
$(VENV)/.installed-bench: $(VENV)/.installed
	$(PY) -m pip install -q -e '.[dev,postgres,web]'
	touch $@

install: $(VENV)/.installed

install-test: $(VENV)/.installed-test

index: install
	$(BIN)/ledelsesbot index build --if-missing

run: index
	$(BIN)/ledelsesbot chat

lint: install-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

test: lint
	$(PY) -m pytest

bench: $(VENV)/.installed-bench index
	$(PY) scripts/bench.py

clean:
	rm -rf data .pytest_cache
