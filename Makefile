# Two commands for a fresh machine with only Python 3.11:
#   make demo   installs refuge into .venv and runs `refuge demo` (SQLite, no set-up)
#   make test   installs refuge with its test tools and runs the tests on SQLite and PostgreSQL
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
# An editable install leaves refuge's own modules uncompiled, and where PYTHONDONTWRITEBYTECODE
# is set no run ever compiles them to disk: every `refuge link` would spend 0.15 s compiling
# the linkage engine before it reads a row.
COMPILE := $(BIN)/python -m compileall -q src/refuge

.PHONY: demo test test-sqlite test-postgres test-browser lint bench install install-dev

$(BIN)/refuge: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e .
	$(COMPILE)
	touch $@

$(VENV)/.dev-installed: $(BIN)/refuge pyproject.toml
	$(BIN)/pip install --quiet -e '.[dev]'
	$(COMPILE)
	touch $@

install: $(BIN)/refuge
install-dev: $(VENV)/.dev-installed

demo: install
	$(BIN)/refuge demo

test: install-dev
	bash scripts/test-all.sh

lint: install-dev
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/mypy src
	$(BIN)/refuge manage makemigrations --check --dry-run

bench: install-dev
	$(BIN)/pip install --quiet -e '.[dev,bench]'
	$(BIN)/python bench/run_all.py
