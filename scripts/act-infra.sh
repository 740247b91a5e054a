#!/usr/bin/env bash
# Builds the real Actions runner the act tier uses (idempotent): nektos/act, pinned,
# from the Go module proxy into .tmp/bin/act. Skipped when that version is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

version=0.2.89
bin="$PWD/.tmp/bin"
if [ -x "$bin/act" ] && [ "$("$bin/act" --version 2>/dev/null)" = "act version $version" ]; then
  exit 0
fi
go=$(command -v go || true)
[ -n "$go" ] || go=/usr/local/go/bin/go
if [ ! -x "$go" ]; then
  echo "act-infra: Go not found (PATH or /usr/local/go/bin/go): it builds nektos/act $version" >&2
  exit 1
fi
echo "act-infra: building nektos/act $version into .tmp/bin/" >&2
mkdir -p "$bin"
GOBIN="$bin" "$go" install "github.com/nektos/act@v$version"
got=$("$bin/act" --version)
if [ "$got" != "act version $version" ]; then
  echo "act-infra: built '$got', expected act version $version" >&2
  exit 1
fi
