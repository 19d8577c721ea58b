# medusa_client: every command a developer or CI needs.
#   make test         unit tests (+ coverage of the hand-written code, >= 90 %)
#   make lint         ruff, mypy --strict, and the generated models up to date
#   make integration  the real-server suites: v1 (Medusa 1.20) and v2 (Medusa 2.21.2 in
#                     tests/integration/v2), each server with its PostgreSQL on 127.0.0.1
#   make medusa2-up / medusa2-reset / medusa2-smoke / medusa2-down   the v2 server alone
#   make demo         start both servers and run examples/quickstart.py (v1) and quickstart_v2.py (v2)
#   make models SPEC=path/to/spec/medusa-v1   regenerate medusa_client/models/
#   make routes       regenerate the route tables, trees and resources from scripts/routes/*.tsv
#   make models-v2    regenerate medusa_client/v2/models/ from @medusajs/types (npm ci in scripts/v2types)
#   make package-check   build the wheel and check it carries py.typed and every model
#   make bench        benchmarks side by side with plain requests (and medusa-js when node is there)

PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
SPEC ?= ../shared/spec/medusa-v1
ENDPOINTS ?= ../shared/reference/v2/ENDPOINTS.md
V2TYPES := scripts/v2types
# npm ci only where npm exists (check-models-v2 then says why it did not compare)
V2TYPES_INSTALLED := $(if $(shell command -v npm),$(V2TYPES)/node_modules/.package-lock.json)

.PHONY: install lint test models check-models models-v2 check-models-v2 routes check-routes integration demo package-check bench clean

$(VENV)/.installed: setup.cfg setup.py pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	touch $@

install: $(VENV)/.installed

lint: install
	$(PY) -m ruff check medusa_client scripts tests examples
	$(PY) -m ruff format --check medusa_client scripts tests examples
	$(PY) -m mypy medusa_client
	$(PY) scripts/check_typing.py
	$(MAKE) --no-print-directory check-models
	$(MAKE) --no-print-directory check-routes
	$(MAKE) --no-print-directory check-models-v2

test: install
	$(PY) -m pytest tests --ignore=tests/integration -q -p no:cacheprovider \
		--cov=medusa_client --cov-report=term --cov-fail-under=90

models: install
	$(PY) scripts/generate_models.py $(SPEC)

check-models: install
	@$(PY) scripts/check_models.py $(SPEC)

routes: install
	$(PY) scripts/generate_routes.py v1
	$(PY) scripts/generate_routes.py v2

check-routes: install
	@$(PY) scripts/generate_routes.py v1 --check
	@$(PY) scripts/generate_routes.py v2 --check

$(V2TYPES)/node_modules/.package-lock.json: $(V2TYPES)/package.json $(V2TYPES)/package-lock.json
	cd $(V2TYPES) && npm ci --no-audit --no-fund

models-v2: install $(V2TYPES)/node_modules/.package-lock.json
	$(PY) scripts/generate_models_v2.py --endpoints $(ENDPOINTS)

check-models-v2: install $(V2TYPES_INSTALLED)
	@$(PY) scripts/check_models_v2.py $(ENDPOINTS)

include tests/integration/server/medusa.mk
include tests/integration/server_v2/medusa2.mk

# tests/integration/v2 reads the v2 server's state from MEDUSA2_ROOT (see medusa2.mk)
integration: install medusa-up medusa-reset medusa2-up medusa2-reset
	MEDUSA2_ROOT=$(MEDUSA2_ROOT) MEDUSA2_PORT=$(MEDUSA2_PORT) MEDUSA2_PG_PORT=$(MEDUSA2_PG_PORT) \
		$(PY) -m pytest tests/integration -q -p no:cacheprovider

demo: install medusa-up medusa-reset medusa2-up medusa2-reset
	$(PY) examples/quickstart.py
	env -u MEDUSA_API_KEY -u MEDUSA_PUBLISHABLE_API_KEY MEDUSA_BACKEND_URL=http://127.0.0.1:$(MEDUSA2_PORT) \
		$(PY) examples/quickstart_v2.py

package-check: install
	$(PY) scripts/check_package.py

bench: install
	$(PY) benchmarks/run.py

clean:
	rm -rf build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache .coverage htmlcov
