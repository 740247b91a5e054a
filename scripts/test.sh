#!/usr/bin/env bash
# The whole test suite: sets up the pinned Prefect when missing, then runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-test-env.sh
exec node --import tsx --test --test-concurrency=1 test/unit/*.test.ts test/integration/*.test.ts "$@"
