#!/usr/bin/env bash
# Builds the GitHub Actions tools the tests run (idempotent), pinned, from the Go module proxy
# into .tmp/bin/; a tool already there at its version is not built again:
#  - nektos/act, the real Actions runner of the act tier,
#  - rhysd/actionlint, which checks the workflows `init` writes (test/integration/init.test.ts).
set -euo pipefail
cd "$(dirname "$0")/.."

bin="$PWD/.tmp/bin"
go=$(command -v go || true)
[ -n "$go" ] || go=/usr/local/go/bin/go

build() { # name module version
  local name="$1" module="$2" version="$3"
  if [ -x "$bin/$name" ] && "$bin/$name" --version 2>/dev/null | grep -qF "$version"; then
    return 0
  fi
  if [ ! -x "$go" ]; then
    echo "act-infra: Go not found (PATH or /usr/local/go/bin/go): it builds $module $version" >&2
    exit 1
  fi
  echo "act-infra: building $module $version into .tmp/bin/" >&2
  mkdir -p "$bin"
  GOBIN="$bin" "$go" install "$module@v$version"
  if ! "$bin/$name" --version 2>/dev/null | grep -qF "$version"; then
    echo "act-infra: built '$("$bin/$name" --version 2>&1 | head -1)', expected $name $version" >&2
    exit 1
  fi
}

build act github.com/nektos/act 0.2.89
build actionlint github.com/rhysd/actionlint/cmd/actionlint 1.7.12
