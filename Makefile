# minted-connect: every task of the project. `make help` lists them.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
STAMP := $(VENV)/.installed
# locust (make bench's load benchmark) in its own environment: gevent monkey-patches
LOAD_VENV := .venv-load
LOAD_STAMP := $(LOAD_VENV)/.installed
GENERATED := generated/minted_connect_generated
HAND_WRITTEN := overrides/minted_connect sandbox/minted_sandbox release examples bench
PORT ?= 8077
DB ?= .sandbox.sqlite3
DOCS ?= ../shared/docs

.PHONY: help venv docs-facts docs-check generate check-generated sandbox demo test lint typecheck bench wheel publish changelog clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-16s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml generator/requirements.txt tests/requirements.txt
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet -r generator/requirements.txt -r tests/requirements.txt -e '.[sandbox,strict]'
	@touch $(STAMP)

venv: $(STAMP) ## create .venv with the package (editable) and every pinned tool

$(LOAD_STAMP): bench/requirements.txt
	@test -x $(LOAD_VENV)/bin/python || $(PYTHON) -m venv $(LOAD_VENV)
	$(LOAD_VENV)/bin/python -m pip install --quiet -r bench/requirements.txt
	@touch $(LOAD_STAMP)

docs-facts: $(STAMP) ## write the facts of the docs snapshot DOCS (default ../shared/docs) to spec/docs-facts.json
	$(PY) generator/docs_facts.py extract --docs $(DOCS)

docs-check: $(STAMP) ## print what changed in the docs snapshot DOCS since spec/docs-facts.json (fails if anything did)
	@$(PY) generator/docs_facts.py check --docs $(DOCS)

generate: $(STAMP) ## regenerate generated/ from spec/openapi.yaml
	$(PY) generator/generate.py --out $(GENERATED)

check-generated: $(STAMP) ## fail if generated/ differs from what the spec produces (new and deleted files too)
	$(PY) generator/check.py

sandbox: $(STAMP) ## run the sandbox on 127.0.0.1:$(PORT) (user partner / password secret)
	$(BIN)/minted-sandbox --host 127.0.0.1 --port $(PORT) --db $(DB) --user partner --password secret

demo: $(STAMP) ## start a sandbox, run a purchase flow through the client, stop the sandbox
	$(PY) examples/purchase_demo.py

test: $(STAMP) ## lint, type-check and every test (contract tests against a fresh sandbox)
	$(BIN)/ruff check overrides sandbox tests generator examples bench release
	$(BIN)/ruff format --check overrides sandbox tests generator examples bench release
	$(BIN)/mypy $(HAND_WRITTEN)
	$(BIN)/pytest

lint: $(STAMP) ## ruff over the hand-written code
	$(BIN)/ruff check overrides sandbox tests generator examples bench release
	$(BIN)/ruff format --check overrides sandbox tests generator examples bench release

typecheck: $(STAMP) ## mypy --strict over the hand-written code
	$(BIN)/mypy $(HAND_WRITTEN)

bench: $(STAMP) $(LOAD_STAMP) ## run the benchmarks and record their figures in BENCHMARKS.md
	$(PY) bench/report.py --out BENCHMARKS.md

wheel: $(STAMP) ## build the sdist and the wheel into dist/
	rm -rf dist
	$(PY) -m build --no-isolation --outdir dist .

# Publishing never (re)installs anything: it needs an environment made by `make venv`
# (the release test runs it from a snapshot of the tree with VENV pointing here).
publish: ## upload to MINTED_INDEX_URL (refuses a dirty tree, drift, or a released version)
	@test -x $(PY) || { echo "publish: no $(VENV): run 'make venv' first" >&2; exit 1; }
	$(PY) release/publish.py

changelog: $(STAMP) ## write the spec's changes since the last release tag into CHANGELOG.md
	$(PY) release/changelog.py

clean: ## remove the virtual environment, build outputs and caches
	rm -rf $(VENV) $(LOAD_VENV) dist build .pytest_cache .mypy_cache .ruff_cache $(DB)
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
