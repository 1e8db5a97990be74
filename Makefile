PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install test demo lint eval bench clean

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $(STAMP)

test: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/python -m pytest -q -rs

demo: $(STAMP)
	rm -f detente.duckdb
	$(BIN)/detente ingest samples --db detente.duckdb
	$(BIN)/detente summary --db detente.duckdb
	@echo
	@echo "Explore it in the dashboard:  $(BIN)/detente serve --db detente.duckdb"
	@echo "then open http://127.0.0.1:8000/ (API docs at http://127.0.0.1:8000/docs); Ctrl-C stops it."

eval: $(STAMP)
	$(BIN)/detente eval all --write docs/accuracy.md

bench: $(STAMP)
	$(BIN)/python bench/throughput.py

lint: $(STAMP)
	$(BIN)/ruff check src tests bench

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info .pytest_cache
