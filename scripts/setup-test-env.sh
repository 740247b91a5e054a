#!/usr/bin/env bash
# Installs what the tests need into the project folder (idempotent, fast when done):
# the pinned Prefect 3 in .venv/, the same with prefect-aws in .venv-worker/ (a real
# worker runs what the tests registered), and the pinned Prefect 2.20 with prefect-aws
# 0.4.x in .venv-prefect2/ (compatibility tests), each from its lock file.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON="${PYTHON:-python3}"
install() { # venv lock
  local venv="$1" lock="$2"
  local stamp="$venv/.installed-$(sha256sum "$lock" | cut -c1-16)"
  if [ ! -f "$stamp" ]; then
    echo "setup: installing $(grep '^prefect==' "$lock") into $venv/" >&2
    rm -rf "$venv"
    "$PYTHON" -m venv "$venv"
    "$venv/bin/pip" install --quiet --disable-pip-version-check --no-deps -r "$lock"
    "$venv/bin/python" -c "import prefect; print('setup: prefect', prefect.__version__)" >&2
    touch "$stamp"
  fi
}
install .venv test/python/requirements-prefect3.txt
# The demo needs only Prefect 3; the suite needs both, and a worker's venv: the pinned
# Prefect 3 with prefect-aws, whose process worker runs what the tests registered
# (pull_from_s3 from moto).
if [ "${SETUP_PREFECT2:-1}" = 1 ]; then
  install .venv-worker test/python/requirements-worker.txt
  install .venv-prefect2 test/python/requirements-prefect2.txt
  # The source of older Prefect 2 releases (never run): their request schemas check
  # the payload chosen for each version (test/unit/payloads.test.ts).
  for v in 2.14.21 2.15.0 2.16.9 2.17.1; do
    dir=".venv-prefect2/releases/$v"
    [ -f "$dir/prefect/server/schemas/actions.py" ] ||
      .venv-prefect2/bin/pip install --quiet --disable-pip-version-check --no-deps --target "$dir" "prefect==$v"
  done
fi
