#!/usr/bin/env bash
# Installs what the tests need into the project folder (idempotent, fast when done):
# the pinned Prefect 3 in .venv/, the same with prefect-aws in .venv-worker/ (a real
# worker runs what the tests registered), and the pinned Prefect 2.20 with prefect-aws
# 0.4.x in .venv-prefect2/ (compatibility tests), each from its lock file; the source of
# other releases in .venv-releases/.
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
  # The source of other releases (never run): their request schemas check the payloads
  # chosen for each version (test/parity/payloads.test.ts): each release where a deployment
  # field was added to DeploymentCreate or DeploymentUpdate, and 3.8.8 (the pin before 3.9.1).
  for v in 2.14.21 2.15.0 2.16.9 2.17.1 3.0.0 3.0.3 3.1.5 3.2.0 3.3.6 3.8.8; do
    dir=".venv-releases/$v"
    [ -f "$dir/prefect/server/schemas/actions.py" ] ||
      .venv/bin/pip install --quiet --disable-pip-version-check --no-deps --target "$dir" "prefect==$v"
  done
fi
