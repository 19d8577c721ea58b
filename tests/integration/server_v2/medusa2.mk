# Makefile fragment for the Medusa v2 (2.21.2) integration-test server.
# Include it from the repository root Makefile:
#
#     include tests/integration/server_v2/medusa2.mk
#
# Targets:
#   medusa2-up     install what is missing, start postgres + medusa v2, wait until
#                  healthy, print URL and credentials ($(MEDUSA2_ROOT)/state/harness.env)
#   medusa2-reset  live database back to the seeded state (~1 s, server stays up)
#   medusa2-smoke  curl checks against the running server (run medusa2-reset after)
#   medusa2-down   stop the medusa v2 server (by pid file) and its postgres
#
# The v2 scripts read MEDUSA_ROOT / MEDUSA_PORT / MEDUSA_PG_PORT like the v1 ones, so the
# v2 settings have names of their own and are passed explicitly (a v1 MEDUSA_PORT in the
# environment never reaches the v2 server):
#   make medusa2-up MEDUSA2_PORT=9210 MEDUSA2_PG_PORT=55642 MEDUSA2_ROOT=/tmp/medusa-v2-int
# The v2 test suite (tests/integration/v2) reads the same MEDUSA2_* variables.

MEDUSA2_SERVER_DIR ?= tests/integration/server_v2
MEDUSA2_ROOT ?= /tmp/medusa-v2
MEDUSA2_PORT ?= 9200
MEDUSA2_PG_PORT ?= 55632

# MEDUSA_* of the environment (v1 settings, keys) are dropped; only the v2 values go in
MEDUSA2_ENV = env $(foreach v,$(filter MEDUSA_%,$(.VARIABLES)),-u $(v)) \
	MEDUSA_ROOT=$(MEDUSA2_ROOT) MEDUSA_PORT=$(MEDUSA2_PORT) MEDUSA_PG_PORT=$(MEDUSA2_PG_PORT)

.PHONY: medusa2-up medusa2-reset medusa2-smoke medusa2-down

medusa2-up:
	$(MEDUSA2_ENV) bash $(MEDUSA2_SERVER_DIR)/start.sh

medusa2-reset:
	$(MEDUSA2_ENV) bash $(MEDUSA2_SERVER_DIR)/reset.sh

medusa2-smoke:
	$(MEDUSA2_ENV) bash $(MEDUSA2_SERVER_DIR)/smoke.sh

medusa2-down:
	$(MEDUSA2_ENV) bash $(MEDUSA2_SERVER_DIR)/stop.sh
