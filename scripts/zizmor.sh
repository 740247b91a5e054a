#!/usr/bin/env bash
# zizmor (the GitHub Actions security linter, pinned, from PyPI) on this project's
# workflows and on the example workflows users copy. Offline: no GitHub API here.
# Fails on any finding of medium severity or more. Folders given as arguments are
# audited instead (the init test audits the workflows init writes).
set -euo pipefail
cd "$(dirname "$0")/.."
version=1.32.0
venv=.venv-zizmor
if [ ! -x "$venv/bin/zizmor" ] || [ "$("$venv/bin/zizmor" --version)" != "zizmor $version" ]; then
  rm -rf "$venv"
  "${PYTHON:-python3}" -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check "zizmor==$version"
fi
if [ $# -gt 0 ]; then exec "$venv/bin/zizmor" --offline --min-severity medium "$@"; fi
"$venv/bin/zizmor" --offline --min-severity medium .github/workflows
# Given as a folder that is not .github/workflows, zizmor audits nothing: name the files. They
# use this tool's own action by its release tag, which examples/zizmor.yml allows (as init's policy does).
"$venv/bin/zizmor" --offline --min-severity medium --config examples/zizmor.yml examples/workflows/*.yml
