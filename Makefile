# The only commands a newcomer needs: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cksum pyproject.toml | cut -d' ' -f1)

.PHONY: install run test lint types unit bench clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11+ is required")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@rm -f $(VENV)/.installed-*
	@touch $(STAMP)

install: $(STAMP)

run: install
	$(BIN)/veil db upgrade
	$(BIN)/veil serve

lint: install
	$(BIN)/ruff format --check src tests bench scripts
	$(BIN)/ruff check src tests bench scripts

types: install
	$(BIN)/mypy

unit: install
	$(BIN)/pytest -q -p no:cacheprovider --cov --cov-report=term:skip-covered --cov-fail-under=85

test: lint types unit

bench: install
	@echo "see bench/README.md: each script prints its figures"

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache .coverage
