# kgbuilder: the two commands are `make run` and `make test`; both set everything up from nothing.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DATA ?= graph_data
OUT ?= output

.PHONY: run test install lint format typecheck unit lock clean

run: $(STAMP)
	$(BIN)/kgbuilder build --data $(DATA) --out $(OUT)

test: $(STAMP) lint typecheck unit

install: $(STAMP)

# The virtual environment is rebuilt when the pinned dependencies change.
$(STAMP): pyproject.toml requirements/lock.txt
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "kgbuilder needs Python 3.11 or newer: run make with PYTHON=python3.11 (or newer)")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes --no-deps -r requirements/lock.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	@touch $@

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

format: $(STAMP)
	$(BIN)/ruff format src tests bench
	$(BIN)/ruff check --fix src tests bench

typecheck: $(STAMP)
	$(BIN)/mypy

unit: $(STAMP)
	$(BIN)/python -m pytest $(PYTEST_ARGS)

# Re-pin the dependency tree after editing pyproject.toml (needs the package index).
lock: $(STAMP)
	$(BIN)/pip-compile --quiet --generate-hashes --allow-unsafe --all-extras --strip-extras \
	    --no-emit-index-url --no-emit-find-links -o requirements/lock.txt pyproject.toml

clean:
	rm -rf $(VENV) $(OUT)/store $(OUT)/*.trig $(OUT)/*.ttl $(OUT)/*.html $(OUT)/*.json
