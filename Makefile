# The project's front door: `make run` and `make test` on a fresh clone with only Python 3.11.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
BYTECODE := $(VENV)/.bytecode
SOURCES  := $(shell find brief -name '*.py')
SEED   := seeds/000_11109ac5ee476577.txt

PREFIX ?= $(HOME)/.local

.PHONY: run test lint typecheck unit fuzz setup install clean

setup: $(STAMP) $(BYTECODE)

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Reinstall only when the declared or pinned dependencies change.
$(STAMP): pyproject.toml constraints.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[dev,scale]'
	touch $@

# brief's modules compiled once, as pip does at install: where writing bytecode is off
# (PYTHONDONTWRITEBYTECODE), every run would compile ~80 modules again, a tenth of a cold start.
$(BYTECODE): $(SOURCES) | $(STAMP)
	$(BIN)/python -m compileall -q brief
	touch $@

# `brief` on PATH: a link in $(PREFIX)/bin to this clone's .venv (the cron examples call ~/.local/bin/brief).
install: setup
	mkdir -p $(PREFIX)/bin
	ln -sf $(CURDIR)/$(BIN)/brief $(PREFIX)/bin/brief
	@echo "brief installed as $(PREFIX)/bin/brief"

run: setup
	$(BIN)/brief summarize $(SEED)

lint: $(STAMP)
	$(BIN)/ruff check brief tests bench
	$(BIN)/ruff format --check brief tests bench

typecheck: $(STAMP)
	$(BIN)/mypy

# CI and `make test` draw the same Hypothesis examples every run (tests/profiles.py).
unit: setup
	HYPOTHESIS_PROFILE=ci $(BIN)/pytest

# Long random fuzzing, apart from CI: every property, FUZZ_FACTOR times the examples.
PROPERTY_TESTS := $(shell grep -rl --include="test_*.py" "@given" tests)
fuzz: $(STAMP)
	HYPOTHESIS_PROFILE=fuzz $(BIN)/pytest $(PROPERTY_TESTS) --hypothesis-show-statistics -p no:cacheprovider

test: lint typecheck unit

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis
