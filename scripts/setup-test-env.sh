#!/usr/bin/env bash
# Installs what the tests need into the project folder (idempotent, fast when done):
# the pinned Prefect 3 and its locked dependencies in .venv/.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON="${PYTHON:-python3}"
lock=test/python/requirements-prefect3.txt
stamp=.venv/.installed-$(sha256sum "$lock" | cut -c1-16)
if [ ! -f "$stamp" ]; then
  echo "setup: installing the pinned Prefect into .venv/ ($(grep '^prefect==' "$lock"))" >&2
  rm -rf .venv
  "$PYTHON" -m venv .venv
  .venv/bin/pip install --quiet --disable-pip-version-check --no-deps -r "$lock"
  .venv/bin/python -c "import prefect; print('setup: prefect', prefect.__version__)" >&2
  touch "$stamp"
fi
