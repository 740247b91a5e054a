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
pinned="$(sed -n 's/^prefect==//p' test/python/requirements-prefect3.txt)"
if curl -sf "$api/health" >/dev/null; then
  # Another program's server on the port (another checkout's demo, another release) is not this demo's.
  running="$(curl -sf "$api/admin/version" | tr -d '"')"
  if [ "$running" != "$pinned" ]; then
    echo "== the server at $api is Prefect ${running:-of unknown version}, not the pinned $pinned:" \
      "stop it, or run the demo on a free port (DEMO_PORT=4211 npm run demo)" >&2
    exit 1
  fi
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
cat <<EOF

Prefect UI: http://127.0.0.1:$port   (the deployments are under Deployments)

What to try next:
  1. Edit a flow: add a parameter to hello() in examples/flows/hello_world.py.
  2. See what deploy would change, writing nothing:
       cd examples && PREFECT_API_URL=$api node ../dist/cli/index.js plan --env dev
  3. Deploy it again (npm run demo), then open the deployment in the UI: its parameters show the new one.
  4. In your own repository of flows: npx prefect-ecr-deploy validate --env dev (see docs/cli.md).

Stop the server: kill \$(cat $home/server.pid)
EOF
