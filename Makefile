# plusofon-openapi: `make` sets up .venv, regenerates the client and runs the demo;
# `make test` runs everything CI checks. See README.md.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
# Plusofon's saved pages are not in the repository: PLUSOFON_DOCS=<dir> or DOCS="<files>".
# Unset, the folder beside the clone is tried, and without it the checks on the pages are
# skipped (required if CI=true). A folder or file the user names must be there (below).
# PLUSOFON_DOCS is not exported unless the user set it: pytest then tries the same folder
# (tests/fixtures/docs/pages.py) and can tell "not given" from "given and wrong".
PLUSOFON_DOCS ?= $(abspath ../shared/plusofon-docs/2023-02-13)
DOCS ?= $(wildcard $(PLUSOFON_DOCS)/*.txt)
PORT ?= 8080
# Runs one of the pinned Node tools from here, offline and without third-party banners.
NODE_RUN := tools/node/run.sh
SKIPPED := $(VENV)/skipped-checks
# Read by the Node tools tools/node/proof/ts-check.sh calls directly (tools/node/run.sh sets
# the same for the rest).
export REDOCLY_TELEMETRY := off
export REDOCLY_SUPPRESS_UPDATE_NOTICE := true
# Runs a check that needs the Node tools: when they cannot be had, skip it and say so,
# unless CI=true, where tools/node/ensure.sh fails instead.
define with_node
	@rc=0; tools/node/ensure.sh || rc=$$?; \
	if [ $$rc -eq 0 ]; then $(1); \
	elif [ $$rc -eq 1 ]; then echo "SKIPPED: $(2) (Node.js/npm not found)" | tee -a $(SKIPPED); \
	else exit 1; fi
endef
# GNU make exits 2 whenever a recipe fails, whatever the tool's own status (1: it found
# something, 2: it could not run), so the last line says that status; scripts that need it
# run the tool's own command (README, "Exit statuses").
define pass_status
	@status=0; $(1) || status=$$?; \
	if [ $$status -ne 0 ]; then echo "make $@: $(2) exited with status $$status" >&2; fi; \
	exit $$status
endef

# --- the pages: only an unset PLUSOFON_DOCS or DOCS means "skip" -------------------------------
# Checked when the goals read the pages, before anything runs: one line, exit 2.
PAGE_GOALS := test docs-check docs-draft pytest bench
ifneq ($(filter $(PAGE_GOALS),$(MAKECMDGOALS)),)
  ifneq ($(origin PLUSOFON_DOCS),file)
    ifeq ($(wildcard $(PLUSOFON_DOCS)/.),)
      $(error PLUSOFON_DOCS=$(PLUSOFON_DOCS): no such folder (leave it unset to skip the checks on Plusofon's pages))
    endif
    ifeq ($(origin DOCS)$(DOCS),file)
      $(error PLUSOFON_DOCS=$(PLUSOFON_DOCS): no *.txt pages in that folder)
    endif
  endif
  ifneq ($(origin DOCS),file)
    ifeq ($(strip $(DOCS)),)
      $(error DOCS is set but empty (leave it unset to skip the checks on Plusofon's pages))
    endif
    MISSING_DOCS := $(strip $(foreach page,$(DOCS),$(if $(wildcard $(page)),,$(page))))
    ifneq ($(MISSING_DOCS),)
      $(error DOCS names $(firstword $(MISSING_DOCS)), which does not exist)
    endif
  endif
endif

.DEFAULT_GOAL := all
.PHONY: all venv generate demo test lint typecheck spec-check regen-check pytest docs-check \
  docs-draft mock

# out/: where the README's commands write (ignored by git).
all: venv generate demo
	@mkdir -p out

venv: $(STAMP)

$(STAMP): pyproject.toml constraints.txt
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null \
	  || { echo "make: Python 3.11 or newer is needed as '$(PYTHON)' (set PYTHON=/path/to/python3.11)"; exit 1; }
	@$(PYTHON) -m venv $(VENV) \
	  || { echo "make: could not create $(VENV) with $(PYTHON) (on Debian: apt-get install python3-venv)"; exit 1; }
	@echo "make: installing the pinned Python packages into $(VENV) from PyPI (about 550 MB on disk, a third of it pyright's Node.js; log: $(VENV)/install.log)"
	@$(PY) -m pip install -c constraints.txt -e '.[dev]' >$(VENV)/install.log 2>&1 \
	  || { echo "make: installing dependencies failed; see $(VENV)/install.log"; exit 1; }
	@touch $(STAMP)

generate: venv
	@$(PY) -m generator.generate

demo: venv
	@$(PY) examples/demo.py

NO_PAGES := no Plusofon pages in $(PLUSOFON_DOCS); give them with PLUSOFON_DOCS=<dir> or DOCS=\"<files>\"
docs-check: venv
ifeq ($(strip $(DOCS)),)
	@if [ "$${CI:-}" = "true" ]; then echo "make docs-check: $(NO_PAGES) (required when CI=true)"; exit 1; fi
	@echo "SKIPPED: make docs-check ($(NO_PAGES))" | tee -a $(SKIPPED)
else
	$(call pass_status,$(PY) -m generator.docs_check $(DOCS),generator.docs_check)
endif

# YAML for every operation the pages document and the spec lacks, to paste under `paths:`.
docs-draft: venv
	@if [ -z "$(strip $(DOCS))" ]; then echo "make docs-draft: $(NO_PAGES)"; exit 2; fi
	$(call pass_status,$(PY) -m generator.docs_check.draft $(DOCS),generator.docs_check.draft)

mock: venv
	@PORT=$(PORT) $(PY) -m plusofon_mock

# Speed: the client against bare httpx, imports, generate, docs-check, schemathesis, the mock.
# Prints a table (medians), writes it into README.md's Speed section, exits 1 if a target fails.
.PHONY: bench
bench: venv
	$(call pass_status,$(PY) -m bench --readme README.md --docs $(DOCS),bench)

# The spec's safe operations (GET, x-plusofon-side-effects: none) against Plusofon's server with
# the user's PLUSOFON_TOKEN / PLUSOFON_CLIENT_ID (PLUSOFON_BASE_URL), one request a second.
# REPORT=FILE also writes the JSON report; ARGS are passed on (e.g. ARGS="--only list_numbers").
# Never part of make test: tests run it against the mock (tests/live_check/test_live_check.py).
.PHONY: live-check
live-check: venv
	$(if $(REPORT),@mkdir -p '$(dir $(REPORT))')
	$(call pass_status,$(PY) -m generator.live_check $(if $(REPORT),--report '$(REPORT)') $(ARGS),generator.live_check)

# --- make test: everything CI checks -------------------------------------------------------

test: venv
	@rm -f $(SKIPPED)
	@$(MAKE) --no-print-directory --keep-going regen-check lint typecheck spec-check docs-check pytest \
	  ts-check publish-check generators-check
	@if [ -s $(SKIPPED) ]; then echo "make test: passed, but these checks were skipped:"; \
	  sed 's/^/  /' $(SKIPPED); else echo "make test: all checks passed"; fi

# Regenerate, then fail if generated/ differs from what is committed (new files count too).
regen-check: venv
	@$(PY) -m generator.generate
	@if ! git rev-parse --is-inside-work-tree >/dev/null 2>&1; then \
	  echo "make: regen-check needs a git checkout"; exit 1; fi
	@changes=$$(git status --porcelain -- generated/); if [ -n "$$changes" ]; then \
	  echo "make: generated/ is not what 'make generate' writes from the spec:"; echo "$$changes"; \
	  echo "make: run 'make generate' and commit generated/"; exit 1; fi

lint: venv
	@$(PY) -m ruff check .
	@$(PY) -m ruff format --check .

typecheck: venv
	@$(PY) -m mypy generated/plusofon_client overrides/plusofon generator plusofon_mock tests examples bench \
	  tools/generators

spec-check: venv
	@$(PY) -m generator.spec_check spec/plusofon.yaml
	$(call with_node,$(MAKE) --no-print-directory lint-files,Redocly and Spectral lint of spec/plusofon.yaml)

# Redocly (recommended-strict: redocly.yaml) and Spectral (spectral:oas: .spectral.yaml), offline;
# any error fails. spec-check lints the source, publish the files it publishes (LINT_FILES).
LINT_FILES ?= spec/plusofon.yaml
.PHONY: lint-files
lint-files:
	@for file in $(LINT_FILES); do \
	  $(NODE_RUN) redocly lint "$$file" --config redocly.yaml --format=stylish \
	    || { echo "make: Redocly lint of $$file failed"; exit 1; }; \
	  $(NODE_RUN) spectral lint "$$file" --ruleset .spectral.yaml --fail-severity=error \
	    --format=text || { echo "make: Spectral lint of $$file failed"; exit 1; }; \
	done

# Two processes (pytest-xdist), each test file in one of them: on two cores the suite takes a
# little over half the time. PYTEST_WORKERS=0 runs it in this process alone.
PYTEST_WORKERS ?= 2
pytest: venv
	@echo "make pytest: the packaging tests let pip fetch the build backend and the client's dependencies into scratch environments (about 1 MB, or from pip's cache); the tests marked publish (pytest's \"deselected\") run in make publish, once dist/spec is built"
	@rc=0; PLUSOFON_SKIPPED_FILE=$(SKIPPED) $(PY) -m pytest -m 'not publish' \
	  -n $(PYTEST_WORKERS) --dist loadfile || rc=$$?; \
	  if [ $$rc -eq 5 ]; then echo "make: pytest collected no tests"; fi; exit $$rc

# --- make dist: the Python distribution ------------------------------------------------------
.PHONY: dist
DIST ?= dist

# The wheel and the sdist of plusofon-client in $(DIST)/, checked by twine (metadata, README).
# Install the wheel anywhere with: pip install $(DIST)/plusofon_client-<version>-py3-none-any.whl
dist: venv
	@mkdir -p $(DIST) && rm -f $(DIST)/plusofon_client-*
	@$(PY) -m build --outdir $(DIST) . >$(VENV)/dist.log 2>&1 \
	  || { cat $(VENV)/dist.log; echo "make: building the wheel and sdist failed"; exit 1; }
	@$(PY) -m twine check --strict $(DIST)/plusofon_client-*
	@ls $(DIST)/plusofon_client-*

# --- make publish, ts-check, spec-diff: the spec for other-language teams ------------------
.PHONY: publish publish-files publish-bundle publish-check ts-check spec-diff
PUBLISH_DIR := dist/spec
BASE ?= HEAD

# The bundled spec (YAML and JSON), a self-contained offline Redoc page, the browser check of
# that page (tests/publish/test_publish.py, which also saves the screenshot), and the bundle in
# openapi-generator and datamodel-code-generator (tests/generators/test_other_generators.py). Node is
# required here; Chromium and Java are required when CI=true, and otherwise their absence is
# recorded as a skipped check.
publish: venv
	@tools/node/ensure.sh || { echo "make: publish needs Node.js and npm (tools/node)"; exit 1; }
	@$(MAKE) --no-print-directory publish-files
	@$(MAKE) --no-print-directory lint-files \
	  LINT_FILES="$(PUBLISH_DIR)/plusofon.yaml $(PUBLISH_DIR)/plusofon.json"
	@if [ ! -x "$$(command -v chromium)" ] && [ "$${CI:-}" != "true" ]; then \
	  echo "SKIPPED: browser check of $(PUBLISH_DIR)/plusofon.html (Chromium not found)" \
	  | tee -a $(SKIPPED); fi
	@if [ ! -x "$$(command -v java)" ] && [ "$${CI:-}" != "true" ]; then \
	  echo "SKIPPED: openapi-generator validate of $(PUBLISH_DIR)/plusofon.yaml (Java not found)" \
	  | tee -a $(SKIPPED); fi
	@$(PY) -m pytest tests/publish/test_publish.py tests/publish/test_publish_yaml.py \
	  tests/generators/test_other_generators.py

publish-files: publish-bundle
	@$(NODE_RUN) redocly build-docs dist/bundle.json --config redocly.yaml \
	  --inlineBundle --template tools/node/redoc-template.hbs \
	  -o $(PUBLISH_DIR)/plusofon.html >>dist/publish.log 2>&1 \
	  || { cat dist/publish.log; exit 1; }
	@$(PY) -m generator.publish_html $(PUBLISH_DIR)/plusofon.html
	@echo "make: wrote $(PUBLISH_DIR)/plusofon.yaml, plusofon.json, plusofon.html (the browser check below adds plusofon.png)"

# dist/bundle.json is Redocly's bundle, as the spec says it (the Redoc page is built from it);
# dist/spec/plusofon.yaml and .json spell out 5XX answers as codes for orval and the like
# (generator/publish_bundle.py).
publish-bundle:
	@rm -rf $(PUBLISH_DIR) && mkdir -p $(PUBLISH_DIR)
	@$(NODE_RUN) redocly bundle spec/plusofon.yaml --config redocly.yaml --ext json \
	  -o dist/bundle.json >dist/publish.log 2>&1 \
	  || { cat dist/publish.log; exit 1; }
	@$(PY) -m generator.publish_bundle dist/bundle.json $(PUBLISH_DIR)/plusofon.yaml \
	  $(PUBLISH_DIR)/plusofon.json

publish-check: venv
	$(call with_node,$(MAKE) --no-print-directory publish,make publish (Redocly bundle and build-docs; openapi-generator and datamodel-code-generator on the bundle))

# TypeScript types generated from the spec, and a proof that compiles against them (and fails
# without next_page_url). TypeScript clients at run time are rows of generators-check.
ts-check: venv
	$(call with_node,tools/node/proof/ts-check.sh,make ts-check (TypeScript type proof))

# Other teams' generators at run time (tools/generators): the README's commands on the published
# bundle, a short program per target against one mock; the matrix is written into README.md
# (with CI=true it is compared instead: a README whose matrix is not this run's fails).
# A target whose toolchain is missing is skipped and listed, unless CI=true.
.PHONY: generators-check
GENERATORS_README := $(if $(filter true,$(CI)),--verify-readme,--readme) README.md
generators-check: venv
	$(call with_node,$(MAKE) --no-print-directory publish-bundle && \
	  PLUSOFON_SKIPPED_FILE=$(SKIPPED) $(PY) -m tools.generators $(GENERATORS_README),make generators-check)

# Breaking changes of spec/plusofon.yaml since BASE (a git ref): exit 1 when there are any.
spec-diff: venv
	$(call pass_status,$(PY) -m generator.spec_diff --base '$(BASE)',generator.spec_diff)

# --- the generator CLIs the README names, run from the checkout ------------------------------
# `make openapi-generator ARGS="validate -i dist/spec/plusofon.yaml"` and the like: the pinned
# tool with ARGS, in this folder, writing where ARGS say (the README writes under out/, which
# git ignores and these targets create); its output and exit status come back through make.
.PHONY: openapi-generator datamodel-codegen redocly openapi-typescript orval
openapi-generator: venv
	@mkdir -p out
	$(call pass_status,$(VENV)/bin/openapi-generator-cli $(ARGS),openapi-generator-cli)

datamodel-codegen: venv
	@mkdir -p out
	$(call pass_status,$(VENV)/bin/datamodel-codegen $(ARGS),datamodel-codegen)

redocly openapi-typescript orval:
	@rc=0; tools/node/ensure.sh || rc=$$?; \
	if [ $$rc -eq 1 ]; then echo "make $@: Node.js and npm are needed and not on this machine"; fi; \
	exit $$rc
	@mkdir -p out
	$(call pass_status,$(NODE_RUN) $@ $(ARGS),$@)
