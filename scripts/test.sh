#!/usr/bin/env bash
# The test suite, by tier. A tier is a directory of test/; a new test file belongs to the
# tier of the directory it is in (test/support/tier.ts fails a test that uses more than its
# tier has):
#   unit          test/unit/: nothing beyond `npm ci`; its files run in parallel.
#   parity        test/parity/: checks against the pinned Prefect's own functions, in the venvs
#                 scripts/setup-test-env.sh installs; no server; in parallel.
#   integration   test/integration/: real Prefect servers, PostgreSQL, Redis, Docker, the TLS
#                 registry and moto, set up first; several files at a time. One Prefect server
#                 per venv and database is started first (scripts/shared-servers.ts) and shared
#                 by the files that ask for it (`shared: true`: their names are their own); the
#                 others, and any file run alone, start their own.
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
# Each file's wall time goes to .tmp/test-times-TIER.tsv; the ten slowest are printed.
run() { # tier concurrency files...
  local tier="$1" concurrency="${TEST_CONCURRENCY:-$2}" times status=0
  shift 2
  times=".tmp/test-times-$tier.tsv"
  mkdir -p .tmp
  : >"$times.new"
  echo "test: $tier: $# files, $concurrency at a time" >&2
  PED_TEST_TIER="$tier" PED_FILE_TIMES="$PWD/$times.new" \
    node --import tsx --import ./test/support/file-times.ts --test --test-concurrency="$concurrency" "$@" || status=$?
  mv "$times.new" "$times"
  echo "test: $tier: slowest files (s):" >&2
  sort -rn "$times" | head -10 | sed 's/^/test:   /' >&2
  return "$status"
}

# Runs a command with the shared Prefect servers up (their URLs exported as PED_SHARED_*), then
# stops them. Every server started meanwhile is logged (PED_SERVER_LOG) and counted at the end.
with_shared_servers() { # command...
  local env_file=.tmp/shared-servers.env log=.tmp/test-servers.log pid status=0
  mkdir -p .tmp
  rm -f "$env_file"
  : >"$log"
  node --import tsx scripts/shared-servers.ts "$env_file" &
  pid=$!
  while [ ! -s "$env_file" ]; do
    kill -0 "$pid" 2>/dev/null || { echo "test: the shared Prefect servers did not start" >&2; exit 1; }
    sleep 1
  done
  # In a subshell: the URLs are gone with the servers, before the next tier.
  (
    set -a
    # shellcheck disable=SC1090
    . "$env_file"
    set +a
    PED_SERVER_LOG="$PWD/$log" "$@"
  ) || status=$?
  kill "$pid"
  wait "$pid" || true
  echo "test: $(wc -l <"$log") Prefect servers started by test files besides the $(wc -l <"$env_file") shared ones ($log)" >&2
  return "$status"
}

# The tier's files, the slowest of the last run first (files it did not time before them):
# with several at a time, a long file started last would run on alone. A clean clone has no
# last run: the files scripts/slow-test-files.txt names go first, in its order.
files_of() { # tier
  local times=".tmp/test-times-$1.tsv" all f
  all=(test/"$1"/**/*.test.ts)
  [ ${#all[@]} -gt 0 ] || { echo "test: no test files in test/$1/" >&2; exit 2; }
  files=()
  if [ ! -f "$times" ]; then
    while read -r f; do [[ "$f" == test/"$1"/* && -f "$f" ]] && files+=("$f"); done < <(grep -v '^#' scripts/slow-test-files.txt)
    for f in "${all[@]}"; do [[ " ${files[*]} " == *" $f "* ]] || files+=("$f"); done
    return
  fi
  for f in "${all[@]}"; do [ -f "$times" ] && grep -qF "	$f" "$times" || files+=("$f"); done
  if [ -f "$times" ]; then
    while IFS=$'\t' read -r _ f; do [ -f "$f" ] && files+=("$f"); done < <(sort -rn "$times")
  fi
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
    # Files share the Docker engine, the registry and moto (names are unique per run), the
    # shared Prefect servers (names are unique per file) and take free ports. Three at a time:
    # with two cores, more only queue for them, and timing bounds get tight.
    integration) with_shared_servers run integration 3 "${files[@]}" ;;
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
