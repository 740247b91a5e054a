#!/usr/bin/env bash
# The test suite, by tier. A tier is a directory of test/; a new test file belongs to the
# tier of the directory it is in (test/support/tier.ts fails a test that uses more than its
# tier has):
#   unit          test/unit/: nothing beyond `npm ci`; its files run in parallel.
#   parity        test/parity/: checks against the pinned Prefect's own functions, in the venvs
#                 scripts/setup-test-env.sh installs; no server; in parallel.
#   integration   test/integration/: real Prefect servers, PostgreSQL, Redis, Docker, the TLS
#                 registry and moto, set up first; several files at a time.
#   any other directory of test/ with *.test.ts files (test/act/, ...): set up like
#                 integration, one file at a time.
# Tests that run dist/ test the bundle of the current src/: it is rebuilt first when it is
# not (scripts/dist-stamp.ts), and nothing runs when that fails.
#
#   scripts/test.sh                   every tier, in the order above (npm test)
#   scripts/test.sh unit parity       those tiers (npm run test:unit, test:parity, test:integration)
#   scripts/test.sh test/x.test.ts    those files, with everything set up, one at a time
#
# TEST_CONCURRENCY overrides the number of files run at once.
set -euo pipefail
cd "$(dirname "$0")/.."
shopt -s globstar nullglob

cores=$(nproc)
fresh_dist() {
  if ! node --import tsx scripts/dist-stamp.ts check 2>/dev/null; then
    echo "test: dist/ is not the bundle of src/: bundling first" >&2
    npm run -s bundle || { echo "test: the bundle failed: no test runs against a stale dist/" >&2; exit 1; }
  fi
}
venvs_ready=0
venvs() {
  [ "$venvs_ready" = 1 ] || scripts/setup-test-env.sh
  venvs_ready=1
}
services_ready=0
services() {
  [ "$services_ready" = 1 ] && return
  venvs
  scripts/db-infra.sh
  scripts/image-infra.sh
  set -a
  # shellcheck disable=SC1091
  . .tmp/db-infra.env
  # shellcheck disable=SC1091
  . .tmp/image-infra.env
  set +a
  # Debian's docker CLI builds with its own BuildKit; a newer CLI elsewhere on PATH may lack buildx.
  export PATH="/usr/bin:$PATH"
  services_ready=1
}

# Runs node's test runner on files, N at a time, with the tier named for test/support/tier.ts.
run() { # tier concurrency files...
  local tier="$1" concurrency="${TEST_CONCURRENCY:-$2}"
  shift 2
  echo "test: $tier: $# files, $concurrency at a time" >&2
  PED_TEST_TIER="$tier" node --import tsx --test --test-concurrency="$concurrency" "$@"
}

files_of() { # tier
  files=(test/"$1"/**/*.test.ts)
  [ ${#files[@]} -gt 0 ] || { echo "test: no test files in test/$1/" >&2; exit 2; }
}

# What the tier needs, before any of its tests: a failure here stops the suite.
prepare() { # tier
  case "$1" in
    unit) ;;
    parity) venvs ;;
    # The Actions runner (nektos/act, built from the Go module proxy) runs the example workflows.
    act) services; scripts/act-infra.sh; export ACT_BIN="$PWD/.tmp/bin/act" ;;
    *) services ;;
  esac
  fresh_dist
}

tier() { # tier
  files_of "$1"
  case "$1" in
    unit) run unit $((cores * 2)) "${files[@]}" ;;
    parity) run parity "$cores" "${files[@]}" ;;
    # Files share the Docker engine, the registry and moto (names are unique per run) and
    # take free ports; the servers they start are their own.
    integration) run integration 3 "${files[@]}" ;;
    *) run "$1" 1 "${files[@]}" ;;
  esac
}

if [ $# -gt 0 ] && [[ "$1" == *.ts ]]; then
  services
  if [[ " $* " == *" test/act/"* ]]; then scripts/act-infra.sh; export ACT_BIN="$PWD/.tmp/bin/act"; fi
  fresh_dist
  exec node --import tsx --test --test-concurrency=1 "$@"
fi

tiers=("$@")
if [ ${#tiers[@]} -eq 0 ]; then
  tiers=(unit parity integration)
  for dir in test/*/; do
    name=$(basename "$dir")
    case " ${tiers[*]} " in *" $name "*) continue ;; esac
    files=("$dir"**/*.test.ts)
    [ ${#files[@]} -gt 0 ] && tiers+=("$name")
  done
fi
# Every tier runs; the suite fails if any did.
failed=()
for t in "${tiers[@]}"; do
  files_of "$t"
  prepare "$t"
  start=$SECONDS
  if tier "$t"; then status=passed; else status=failed; failed+=("$t"); fi
  echo "test: $t $status in $((SECONDS - start)) s" >&2
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "test: failed: ${failed[*]}" >&2
  exit 1
fi
