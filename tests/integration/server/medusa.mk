# Makefile fragment for the Medusa v1 integration-test server.
# Include it from the repository root Makefile:
#
#     include tests/integration/server/medusa.mk
#
# Targets:
#   medusa-up     install what is missing, start postgres + medusa, wait until
#                 healthy, print URL and credentials (state/harness.env)
#   medusa-reset  live database back to the seeded state (~1 s, server stays up)
#   medusa-smoke  curl checks against the running server (run medusa-reset after)
#   medusa-down   stop the medusa server (by pid file) and its postgres
#
# Environment / command-line overrides are passed through to the scripts,
# e.g. `make medusa-up MEDUSA_PORT=9100 MEDUSA_PG_PORT=55532
# MEDUSA_ROOT=/tmp/other` (see README.md in this folder).

MEDUSA_SERVER_DIR ?= tests/integration/server

.PHONY: medusa-up medusa-reset medusa-smoke medusa-down

medusa-up:
	bash $(MEDUSA_SERVER_DIR)/start.sh

medusa-reset:
	bash $(MEDUSA_SERVER_DIR)/reset.sh

medusa-smoke:
	bash $(MEDUSA_SERVER_DIR)/smoke.sh

medusa-down:
	bash $(MEDUSA_SERVER_DIR)/stop.sh
