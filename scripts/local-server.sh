#!/usr/bin/env bash
# Starts the pinned Prefect server on loopback for the demo and benchmarks; prints its API URL.
# Usage: scripts/local-server.sh HOME_DIR PORT   (logs in HOME_DIR/server.log, pid in HOME_DIR/server.pid)
set -euo pipefail
cd "$(dirname "$0")/.."
home="$1"
port="$2"
mkdir -p "$home"
PREFECT_HOME="$home" PREFECT_SERVER_ANALYTICS_ENABLED=false DO_NOT_TRACK=1 PREFECT_LOGGING_LEVEL=WARNING \
  nohup .venv/bin/prefect server start --host 127.0.0.1 --port "$port" --no-services >"$home/server.log" 2>&1 &
echo $! >"$home/server.pid"
for _ in $(seq 1 180); do
  if curl -sf "http://127.0.0.1:$port/api/health" >/dev/null; then
    echo "http://127.0.0.1:$port/api"
    exit 0
  fi
  if ! kill -0 "$(cat "$home/server.pid")" 2>/dev/null; then
    echo "the Prefect server exited; see $home/server.log" >&2
    tail -20 "$home/server.log" >&2
    exit 1
  fi
  sleep 0.5
done
echo "the Prefect server did not come up in 90 s; see $home/server.log" >&2
exit 1
