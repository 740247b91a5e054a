#!/usr/bin/env bash
# Installs and starts the production-like database components the tests use (idempotent):
#  - Debian's PostgreSQL: a cluster of this checkout's own (its own data directory, a
#    free port, loopback only), with a template database Prefect's migrations already
#    ran on, so each test server gets a fresh database in milliseconds
#    (CREATE DATABASE ... TEMPLATE);
#  - Debian's redis-server (binary only: each multi-worker Prefect server in the tests
#    starts a Redis of its own).
# Writes the environment the tests need to .tmp/db-infra.env.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
[ -x /usr/lib/postgresql/15/bin/postgres ] || need+=(postgresql)
command -v redis-server >/dev/null || need+=(redis-server)
if [ ${#need[@]} -gt 0 ]; then
  echo "db-infra: installing ${need[*]}" >&2
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi
bin=/usr/lib/postgresql/15/bin
as_postgres() { runuser -u postgres -- "$@"; }

# Outside the checkout: the postgres user must reach it, wherever the checkout lives.
dir="/var/tmp/prefect-ecr-deploy-postgres-$(pwd -P | sha256sum | cut -c1-12)"
data="$dir/data"
env_file="$PWD/.tmp/db-infra.env"
mkdir -p "$PWD/.tmp" "$dir"
chown postgres:postgres "$dir"

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

if [ ! -f "$data/PG_VERSION" ]; then
  as_postgres "$bin/initdb" -D "$data" -U postgres --auth=trust --encoding=UTF8 --no-instructions >/dev/null
fi
if as_postgres "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
  port=$(sed -n 4p "$data/postmaster.pid")  # the running cluster's port
else
  port=$(free_port)
  # Loopback only; the socket in the data directory (no system-wide /var/run/postgresql needed).
  # Tests run many servers at once, each with a connection pool.
  as_postgres "$bin/pg_ctl" -D "$data" -l "$dir/postgres.log" -w -t 60 \
    -o "-p $port -c listen_addresses=127.0.0.1 -c unix_socket_directories=$dir -c max_connections=400" start >/dev/null
fi
psql_() { PGOPTIONS=--client-min-messages=warning psql -h 127.0.0.1 -p "$port" -U postgres -v ON_ERROR_STOP=1 -qtA "$@"; }

# The template: Prefect's schema, migrated once per pinned Prefect (the stamp is the lock's hash).
stamp="3-$(sha256sum test/python/requirements-prefect3.txt | cut -c1-12)"
if [ "$(psql_ -d postgres -c "SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = 'ped_template'")" != "$stamp" ]; then
  echo "db-infra: migrating the template database for the pinned Prefect" >&2
  psql_ -d postgres -c "DROP DATABASE IF EXISTS ped_template" -c "CREATE DATABASE ped_template"
  PREFECT_HOME="$dir/prefect-home" PREFECT_SERVER_ANALYTICS_ENABLED=false DO_NOT_TRACK=1 \
    PREFECT_API_DATABASE_CONNECTION_URL="postgresql+asyncpg://postgres@127.0.0.1:$port/ped_template" \
    .venv/bin/python -c '
import asyncio
from prefect.server.database import provide_database_interface
from prefect.server.models.block_registration import run_block_auto_registration

async def main():
    db = provide_database_interface()
    await db.create_db()
    # Registered here once: several API workers starting on an empty database race on it.
    async with await db.session() as session:
        await run_block_auto_registration(session=session)

asyncio.run(main())
' >"$dir/migrate.log" 2>&1 || { tail -20 "$dir/migrate.log" >&2; exit 1; }
  psql_ -d postgres -c "COMMENT ON DATABASE ped_template IS '$stamp'"
fi

cat >"$env_file" <<ENV
PGHOST=127.0.0.1
PGPORT=$port
PGUSER=postgres
PED_POSTGRES_TEMPLATE=ped_template
ENV
echo "db-infra: PostgreSQL on 127.0.0.1:$port ($data), redis-server $(redis-server --version | awk '{print $3}')" >&2
