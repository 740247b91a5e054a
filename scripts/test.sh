#!/usr/bin/env bash
# The whole test suite: installs and starts what the tests need when missing (the
# pinned Prefect in .venv/, PostgreSQL and Redis, the image components: Docker
# engine, TLS registry, moto, and the Actions runner nektos/act), then runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-test-env.sh
scripts/db-infra.sh
scripts/image-infra.sh
scripts/act-infra.sh
export ACT_BIN="$PWD/.tmp/bin/act"
set -a
# shellcheck disable=SC1091
. .tmp/db-infra.env
# shellcheck disable=SC1091
. .tmp/image-infra.env
set +a
# Debian's docker CLI builds with its own BuildKit; a newer CLI elsewhere on PATH may lack buildx.
export PATH="/usr/bin:$PATH"
# With arguments, only those test files (for development); without, the whole suite.
if [ $# -gt 0 ]; then
  exec node --import tsx --test --test-concurrency=1 "$@"
fi
exec node --import tsx --test --test-concurrency=1 test/unit/*.test.ts test/integration/*.test.ts test/act/*.test.ts
