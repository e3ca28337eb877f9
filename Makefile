# Entente: `make run` serves the app with demo data; `make test` runs lint and the whole suite.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: run test lint format install db demo bench bench-extract bench-web bench-quick clean pytest pytest-postgres browser-deps

$(STAMP): pyproject.toml
	@command -v $(PYTHON) >/dev/null || { echo "$(PYTHON) not found: install Python 3.11"; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

db: install
	$(BIN)/entente db upgrade

demo: db
	$(BIN)/entente demo

run: demo
	$(BIN)/entente serve --host 127.0.0.1 --port 8000

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

browser-deps:
	@test -x /usr/bin/chromium || { echo "installing Debian's chromium for the browser tests"; \
	  (apt-get update -qq && apt-get install -y -qq chromium >/dev/null) || echo "chromium not installed: browser tests will fail"; }

# The suite on SQLite; then, when TEST_DATABASE_URL is set, every database test again on Postgres.
pytest: install browser-deps
	@echo "=== pytest on SQLite ==="
	$(BIN)/pytest -n 2 --dist loadfile
	@if [ -n "$$TEST_DATABASE_URL" ]; then $(MAKE) --no-print-directory pytest-postgres; \
	  else echo "TEST_DATABASE_URL not set: Postgres half skipped (CI sets it)"; fi

pytest-postgres: install
	@echo "=== pytest on Postgres ($$TEST_DATABASE_URL) ==="
	ENTENTE_TEST_DB=postgres $(BIN)/pytest -m db -p no:xdist

test: lint pytest

bench-extract: install
	$(BIN)/entente bench-extract --corpus ../shared/corpus/dev --out bench

# The scale benchmark (README "Scale benchmark"): 1,000,000 engagements on SQLite and Postgres vs Datasette.
BENCH_SIZE ?= 1000000
BENCH_DB ?= both
bench-web: install
	$(BIN)/entente bench web --size $(BENCH_SIZE) --db $(BENCH_DB) --out bench

# The CI-size run (20,000 engagements, SQLite and Postgres, Datasette alongside): .ci/run runs it after the
# tests so the benchmark cannot rot; budget two minutes.
bench-quick: install
	ENTENTE_BENCH_PG_DB=entente_bench_quick $(BIN)/entente bench web --size 20000 --db $(BENCH_DB) --out bench/quick --no-keep

bench: bench-extract bench-web

clean:
	rm -rf $(VENV) var .mypy_cache .ruff_cache .pytest_cache
