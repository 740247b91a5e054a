#!/usr/bin/env bash
# The main job on the embedded default: a local Prefect server (the pinned version,
# installed into .venv/ when missing), the example work pool, and the examples/
# flows repository deployed to it. Run it twice: the second run changes nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
SETUP_PREFECT2=0 scripts/setup-test-env.sh
[ -f dist/cli/index.js ] || { npm ci --no-audit --no-fund >/dev/null && npm run -s bundle; }

home="$PWD/.tmp/demo-server"
port="${DEMO_PORT:-4210}"
api="http://127.0.0.1:$port/api"
if curl -sf "$api/health" >/dev/null; then
  echo "== using the demo Prefect server already running at $api"
else
  echo "== starting a local Prefect server ($(grep '^prefect==' test/python/requirements-prefect3.txt)) at $api"
  scripts/local-server.sh "$home" "$port" >/dev/null
fi
curl -sf -XPOST "$api/work_pools/" -H 'content-type: application/json' -d '{"name":"examples-pool","type":"process"}' >/dev/null \
  && echo "== created work pool examples-pool" || echo "== work pool examples-pool exists"

cd examples
sha="$(git rev-parse HEAD 2>/dev/null || echo 0000000000000000000000000000000000000000)"
for env in dev prod; do
  echo
  echo "== prefect-ecr-deploy deploy --env $env (in examples/)"
  PREFECT_API_URL="$api" node ../dist/cli/index.js deploy --env "$env" --sha "$sha"
done
echo
echo "Prefect UI: http://127.0.0.1:$port   (stop the server: kill \$(cat $home/server.pid))"
