#!/usr/bin/env bash
# The test suite, by tier. A tier is a directory of test/; a new test file belongs to the
# tier of the directory it is in (test/support/tier.ts fails a test that uses more than its
# tier has):
#   unit          test/unit/: nothing beyond `npm ci`; its files run in parallel.
#   parity        test/parity/: checks against the pinned Prefect's own functions, in the venvs
#                 scripts/setup-test-env.sh installs; no server; in parallel.
#   integration   test/integration/: real Prefect servers, PostgreSQL, Redis, Docker, the TLS
#                 registry, moto and the Actions tools (act, actionlint), set up first; several
#                 files at a time. One Prefect server per venv and database is started first
#                 (scripts/shared-servers.ts) and shared by the files that ask for it (`shared:
#                 true`: their names are their own); the others, and any file run alone, start
#                 their own.
#   any other directory of test/ with *.test.ts files (test/act/, ...): set up like
#                 integration, one file at a time. When the integration tier runs too, they
#                 run beside it, on its shared servers: their files mostly wait (on a runner,
#                 on flow runs), and the integration tier keeps the cores busy meanwhile.
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

# What a run leaves behind goes when it ends: its temporary files (every test file makes its
# own under TMPDIR: repositories, Prefect homes and databases, bundles) and the Docker
# containers and images it made (about 38 images). Without this every run left gigabytes
# behind (on vfs, each image a full copy of its file system), until a run failed with ENOSPC.
# The machine-wide base images (prefect-ecr-deploy-test/*) are kept: they are caches. What
# another checkout's suite makes meanwhile is removed too: run one suite at a time on a machine.
run_tmp=$(mktemp -d "${TMPDIR:-/tmp}/ped-test-run.XXXXXX")
export TMPDIR="$run_tmp"
docker_before=
note_docker() { # remembers the containers and images there are before the run makes any
  [ -z "$docker_before" ] || return 0
  docker_before="$run_tmp/docker-before"
  { /usr/bin/docker ps -aq --no-trunc; /usr/bin/docker images -aq --no-trunc; } | sort -u >"$docker_before"
}
remove_docker_leftovers() {
  [ -n "$docker_before" ] && [ -f "$docker_before" ] || return 0
  local containers images
  containers=$(/usr/bin/docker ps -aq --no-trunc | sort -u | comm -13 "$docker_before" -)
  [ -z "$containers" ] || /usr/bin/docker rm --force --volumes $containers >/dev/null 2>&1 || true
  images=$(/usr/bin/docker images --no-trunc --format '{{.Repository}} {{.ID}}' | awk '$1 !~ /^prefect-ecr-deploy-test\// {print $2}' |
    sort -u | comm -13 "$docker_before" -)
  [ -z "$images" ] || /usr/bin/docker rmi --force $images >/dev/null 2>&1 || true
  /usr/bin/docker image prune --force >/dev/null 2>&1 || true
  # Docker 20.10's BuildKit keeps cache records of the removed images' layers: the next build
  # that hits one fails with "layer does not exist". The cache goes with them.
  /usr/bin/docker builder prune --all --force >/dev/null 2>&1 || true
  echo "test: removed the run's $(echo -n "$containers" | grep -c . || true) containers and $(echo -n "$images" | grep -c . || true) images" >&2
}
# A full run needs up to 3.5 GB at its peak (measured on vfs: Docker's images, the Prefect databases,
# the repositories): a disk short of that fails the run up front, saying so, not halfway with ENOSPC.
check_disk() { # path...
  local p free
  for p in "$@"; do
    free=$(df -Pk "$p" | awk 'NR == 2 {print int($4 / 1048576)}')
    if [ "$free" -lt 5 ]; then
      echo "test: $free GiB free on $(df -P "$p" | awk 'NR == 2 {print $6}') ($p); the tiers with services need 5 GiB" >&2
      exit 1
    fi
  done
}
cleanup() {
  stop_shared_servers
  remove_docker_leftovers
  rm -rf "$run_tmp"
}
trap cleanup EXIT
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
  scripts/act-infra.sh
  set -a
  # shellcheck disable=SC1091
  . .tmp/db-infra.env
  # shellcheck disable=SC1091
  . .tmp/image-infra.env
  set +a
  # Debian's docker CLI builds with its own BuildKit; a newer CLI elsewhere on PATH may lack buildx.
  export PATH="/usr/bin:$PATH"
  check_disk "$run_tmp" "$(/usr/bin/docker info --format '{{.DockerRootDir}}')"
  note_docker
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

# The shared Prefect servers: started in the background as soon as the suite knows it runs the
# integration tier (they take a minute to come up, which the tiers before it hide), waited for
# by the tiers that use them, stopped when the suite ends. Every server a test file starts
# besides them is logged (PED_SERVER_LOG) and counted at the end.
shared_pid=
start_shared_servers() {
  mkdir -p .tmp
  rm -f .tmp/shared-servers.env
  : >.tmp/test-servers.log
  node --import tsx scripts/shared-servers.ts .tmp/shared-servers.env &
  shared_pid=$!
}
stop_shared_servers() {
  [ -n "$shared_pid" ] || return 0
  kill "$shared_pid" 2>/dev/null || true
  wait "$shared_pid" || true
  shared_pid=
  echo "test: $(wc -l <.tmp/test-servers.log) Prefect servers started by test files besides the shared ones (.tmp/test-servers.log)" >&2
}
# Runs a command with the shared servers' URLs exported (PED_SHARED_*), once they are up.
with_shared_servers() { # command...
  while [ ! -s .tmp/shared-servers.env ]; do
    kill -0 "$shared_pid" 2>/dev/null || { echo "test: the shared Prefect servers did not start" >&2; exit 1; }
    sleep 1
  done
  (
    set -a
    # shellcheck disable=SC1091
    . .tmp/shared-servers.env
    set +a
    PED_SERVER_LOG="$PWD/.tmp/test-servers.log" "$@"
  )
}

# The tier's files, the slowest of the last run first (files it did not time before them):
# with several at a time, a long file started last would run on alone. A clean clone has no
# last run: the files scripts/slow-test-files.txt names go first, in its order.
files_of() { # tier
  local times=".tmp/test-times-$1.tsv" all f first=()
  all=(test/"$1"/**/*.test.ts)
  [ ${#all[@]} -gt 0 ] || { echo "test: no test files in test/$1/" >&2; exit 2; }
  if [ -f "$times" ]; then
    while IFS=$'\t' read -r _ f _; do first+=("$f"); done < <(sort -rn "$times")
  else
    while read -r f; do first+=("$f"); done < <(grep -v '^#' scripts/slow-test-files.txt)
  fi
  # Files that were not timed (new ones), then the others in that order; each once.
  files=()
  for f in "${all[@]}"; do [[ " ${first[*]} " == *" $f "* ]] || files+=("$f"); done
  for f in "${first[@]}"; do
    [[ -f "$f" && "$f" == test/"$1"/* && " ${files[*]} " != *" $f "* ]] && files+=("$f")
  done
  return 0
}

# What the tier needs, before any of its tests: a failure here stops the suite.
prepare() { # tier
  case "$1" in
    unit) ;;
    parity) venvs ;;
    # The Actions runner (nektos/act, built from the Go module proxy) runs the example workflows.
    act) services; export ACT_BIN="$PWD/.tmp/bin/act" ;;
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
    integration) run integration 3 "${files[@]}" ;;
    *) run "$1" 1 "${files[@]}" ;;
  esac
}

if [ $# -gt 0 ] && [[ "$1" == *.ts ]]; then
  services
  export ACT_BIN="$PWD/.tmp/bin/act"
  fresh_dist
  node --import tsx --test --test-concurrency=1 "$@"
  exit
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
# Runs a tier with others beside it, which print their output after its own. Each tier's
# result and time go to .tmp/test-result-TIER.
group() { # tier beside...
  local t pids=()
  mkdir -p .tmp
  for t in "$@"; do rm -f ".tmp/test-result-$t"; done
  for t in "${@:2}"; do
    (
      start=$SECONDS
      if tier "$t" >".tmp/test-output-$t.log" 2>&1; then s=passed; else s=failed; fi
      echo "$s $((SECONDS - start))" >".tmp/test-result-$t"
    ) &
    pids+=($!)
  done
  start=$SECONDS
  if tier "$1"; then s=passed; else s=failed; fi
  echo "$s $((SECONDS - start))" >".tmp/test-result-$1"
  for t in "${pids[@]}"; do wait "$t" || true; done
  for t in "${@:2}"; do cat ".tmp/test-output-$t.log"; done
}

# Which tiers run beside which, when a run asks for both: parity beside unit; the tiers of
# other directories (act, ...) beside integration, on its shared servers. Their files mostly
# wait (on Python, on a runner, on flow runs) while the tier beside them keeps the cores busy.
groups=()
beside=()
for t in "${tiers[@]}"; do
  case "$t" in
    unit | integration) ;;
    parity) [[ " ${tiers[*]} " == *" unit "* ]] && beside+=(parity) ;;
    *) [[ " ${tiers[*]} " == *" integration "* ]] && beside+=("$t") ;;
  esac
done
for t in "${tiers[@]}"; do
  [[ " ${beside[*]} " == *" $t "* ]] && continue
  case "$t" in
    unit) g="unit" && [[ " ${beside[*]} " == *" parity "* ]] && g+=" parity" ;;
    integration) g="integration" && for b in "${beside[@]}"; do [ "$b" = parity ] || g+=" $b"; done ;;
    *) g="$t" ;;
  esac
  groups+=("$g")
done

# Every tier runs; the suite fails if any did.
failed=()
for g in "${groups[@]}"; do
  read -ra members <<<"$g"
  for t in "${members[@]}"; do prepare "$t"; done
  # The shared servers come up while the tiers before integration run.
  if [[ " ${tiers[*]} " == *" integration "* ]] && [ -z "$shared_pid" ]; then prepare integration; start_shared_servers; fi
  if [ "${members[0]}" = integration ]; then with_shared_servers group "${members[@]}"; else group "${members[@]}"; fi
  for t in "${members[@]}"; do
    status=failed took='?'
    if [ -f ".tmp/test-result-$t" ]; then read -r status took <".tmp/test-result-$t" || true; fi
    [ "$status" = passed ] || failed+=("$t")
    echo "test: $t $status in $took s" >&2
  done
done
stop_shared_servers
if [ ${#failed[@]} -gt 0 ]; then
  echo "test: failed: ${failed[*]}" >&2
  exit 1
fi
