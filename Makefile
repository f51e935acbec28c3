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
HAND_WRITTEN := overrides/minted_connect sandbox/minted_sandbox pytest_plugin/pytest_minted_connect release examples bench
# generated, but its decoding is the client's too (types.py.jinja): mypy --strict checks it
TYPED_GENERATED := $(GENERATED)/types.py
PORT ?= 8077
DB ?= .sandbox.sqlite3
DOCS ?= ../shared/docs
BASE ?=

.PHONY: help venv browser docs-facts
.PHONY: docs-check generate check-generated sandbox demo test verify lint typecheck bench wheel publish changelog clean

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

# The webview test drives Debian's chromium (Playwright's own browser download cannot
# work on these machines): installed here when missing and apt-get can, else the test
# says why it skipped.
browser: ## install Debian's chromium for the webview test, when it is missing (needs root and apt-get)
	@command -v chromium >/dev/null 2>&1 && exit 0; \
	if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
			|| echo "browser: apt-get could not install chromium; the webview test will skip"; \
	else echo "browser: no chromium and no root apt-get; the webview test will skip"; fi

test: $(STAMP) browser ## lint, type-check and every test (contract tests against a fresh sandbox)
	$(BIN)/ruff check overrides sandbox pytest_plugin tests generator examples bench release
	$(BIN)/ruff format --check overrides sandbox pytest_plugin tests generator examples bench release
	$(BIN)/mypy $(HAND_WRITTEN) $(TYPED_GENERATED)
	$(BIN)/pytest

# Configured like the tests: MINTED_BASE_URL, MINTED_USERNAME, MINTED_PASSWORD; the
# identifiers to read with are MINTED_VERIFY_CUSTOMER, _CART_TOKEN, _ORDER_GUID, _PARAMS.
VERIFY_JSON ?= verify-report.json
verify: $(STAMP) ## check every operation of the spec against MINTED_BASE_URL, moving nothing (a table, and a JSON report in VERIFY_JSON)
	@test -n "$$MINTED_BASE_URL" || { echo "verify: set MINTED_BASE_URL, MINTED_USERNAME and MINTED_PASSWORD (for a local sandbox: make sandbox, then MINTED_BASE_URL=http://127.0.0.1:$(PORT) MINTED_USERNAME=partner MINTED_PASSWORD=secret make verify)" >&2; exit 2; }
	$(BIN)/minted-verify --json $(VERIFY_JSON)

lint: $(STAMP) ## ruff over the hand-written code
	$(BIN)/ruff check overrides sandbox pytest_plugin tests generator examples bench release
	$(BIN)/ruff format --check overrides sandbox pytest_plugin tests generator examples bench release

typecheck: $(STAMP) ## mypy --strict over the hand-written code
	$(BIN)/mypy $(HAND_WRITTEN) $(TYPED_GENERATED)

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
	$(PY) release/changelog.py $(if $(BASE),--base $(BASE))

clean: ## remove the virtual environment, build outputs and caches
	rm -rf $(VENV) $(LOAD_VENV) dist build .pytest_cache .mypy_cache .ruff_cache $(DB) $(VERIFY_JSON)
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
