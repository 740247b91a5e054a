#!/usr/bin/env bash
# The main job on the embedded default: the example flows repository in examples/.
# Today the CLI validates; registration on a local Prefect server comes with the
# `deploy` command (see the open issues).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f dist/cli/index.js ] || npm run -s bundle
cli="node $PWD/dist/cli/index.js"
cd examples
for env in dev prod; do
  echo "== prefect-ecr-deploy validate --env $env (in examples/)"
  $cli validate --env "$env"
done
