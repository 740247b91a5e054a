#!/usr/bin/env bash
# Installs and starts the real image components the tests use (idempotent):
#  - Debian's docker.io engine (dockerd with the flags this machine allows),
#  - Debian's docker-registry with TLS and htpasswd, serving the very hostname ECR's
#    GetAuthorizationToken returns (a hosts entry to 127.0.0.1, its CA trusted by the
#    Docker daemon and, through NODE_EXTRA_CA_CERTS, by Node),
#  - moto in server mode for the ECR API (pinned, in .venv-moto/).
# Writes the environment the tests need to .tmp/image-infra.env.
set -euo pipefail
cd "$(dirname "$0")/.."

account=123456789012
region=us-east-1
host="$account.dkr.ecr.$region.amazonaws.com"
# A second registry name, for the fault tests: a proxy on 127.0.0.2 in front of the registry.
faulty_host="999999999999.dkr.ecr.$region.amazonaws.com"
dir="/var/tmp/prefect-ecr-deploy-image-infra"  # machine-wide: every checkout shares one CA and registry
mkdir -p "$dir"

need=()
command -v dockerd >/dev/null || need+=(docker.io)
command -v docker-registry >/dev/null || need+=(docker-registry)
[ -x /usr/bin/busybox ] || need+=(busybox-static)
[ -x /usr/bin/python3.11 ] || need+=(python3.11-minimal libpython3.11-stdlib)
command -v htpasswd >/dev/null || need+=(apache2-utils)
command -v openssl >/dev/null || need+=(openssl)
if [ ${#need[@]} -gt 0 ]; then
  echo "image-infra: installing ${need[*]}" >&2
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

lock=test/python/requirements-moto.txt
stamp=.venv-moto/.installed-$(sha256sum "$lock" | cut -c1-16)
if [ ! -f "$stamp" ]; then
  echo "image-infra: installing moto into .venv-moto/" >&2
  rm -rf .venv-moto
  python3 -m venv .venv-moto
  .venv-moto/bin/pip install --quiet --disable-pip-version-check --no-deps -r "$lock"
  touch "$stamp"
fi

# TLS for the registry hostname, from a CA of our own.
if [ ! -f "$dir/server.crt" ] || ! openssl x509 -in "$dir/server.crt" -noout -text | grep -q "$faulty_host"; then
  openssl req -x509 -newkey rsa:2048 -nodes -keyout "$dir/ca.key" -out "$dir/ca.crt" -days 3650 -subj "/CN=prefect-ecr-deploy test CA" 2>/dev/null
  openssl req -newkey rsa:2048 -nodes -keyout "$dir/server.key" -out "$dir/server.csr" -subj "/CN=$host" 2>/dev/null
  printf 'subjectAltName=DNS:%s,DNS:%s\n' "$host" "$faulty_host" >"$dir/ext.cnf"
  openssl x509 -req -in "$dir/server.csr" -CA "$dir/ca.crt" -CAkey "$dir/ca.key" -CAcreateserial -out "$dir/server.crt" -days 3650 -extfile "$dir/ext.cnf" 2>/dev/null
fi
grep -q " $host\$" /etc/hosts || echo "127.0.0.1 $host" >>/etc/hosts
grep -q " $faulty_host\$" /etc/hosts || echo "127.0.0.2 $faulty_host" >>/etc/hosts
for h in "$host" "$faulty_host"; do
  mkdir -p "/etc/docker/certs.d/$h"
  cp "$dir/ca.crt" "/etc/docker/certs.d/$h/ca.crt"
done

# The registry accepts the user and password moto's ECR token decodes to. Written once, and
# atomically: other checkouts on this machine may be using the registry right now.
if ! htpasswd -vb "$dir/htpasswd" AWS "$account-auth-token" >/dev/null 2>&1; then
  htpasswd -Bbn AWS "$account-auth-token" >"$dir/htpasswd.new"
  mv "$dir/htpasswd.new" "$dir/htpasswd"
fi
cat >"$dir/registry.yml.new" <<YAML
version: 0.1
log: {level: info, accesslog: {disabled: false}}
storage:
  filesystem: {rootdirectory: $dir/registry-data}
  delete: {enabled: true}
http:
  addr: 127.0.0.1:443
  secret: prefect-ecr-deploy-tests
  tls: {certificate: $dir/server.crt, key: $dir/server.key}
auth:
  htpasswd: {realm: registry, path: $dir/htpasswd}
YAML
mv "$dir/registry.yml.new" "$dir/registry.yml"

wait_for() { # description, command...
  local what="$1"; shift
  for _ in $(seq 1 120); do "$@" >/dev/null 2>&1 && return 0; sleep 0.5; done
  echo "image-infra: $what did not come up" >&2
  return 1
}

if ! curl -sf --cacert "$dir/ca.crt" -u "AWS:$account-auth-token" "https://$host/v2/" >/dev/null 2>&1; then
  nohup docker-registry serve "$dir/registry.yml" >"$dir/registry.log" 2>&1 &
  wait_for "the registry on https://$host" curl -sf --cacert "$dir/ca.crt" -u "AWS:$account-auth-token" "https://$host/v2/"
fi

# dockerd on overlay2, as on GitHub's runners: an image layer holds its changes, not a copy of
# the whole file system as on vfs (a run builds 38 images). vfs where the kernel has no overlay.
start_dockerd() { # storage driver
  nohup dockerd --iptables=false --ip6tables=false --bridge=none --storage-driver="$1" >"$dir/dockerd.log" 2>&1 &
  local pid=$!
  for _ in $(seq 1 120); do
    /usr/bin/docker info >/dev/null 2>&1 && return 0
    kill -0 "$pid" 2>/dev/null || return 1
    sleep 0.5
  done
  return 1
}
driver=vfs
grep -qw overlay /proc/filesystems && driver=overlay2
running=$(/usr/bin/docker info --format '{{.Driver}}' 2>/dev/null || true)
if [ -n "$running" ] && [ "$running" != "$driver" ] && [ -f /var/run/docker.pid ]; then
  echo "image-infra: restarting dockerd on $driver (it ran on $running)" >&2
  pid=$(cat /var/run/docker.pid)
  kill "$pid"
  for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  if ! start_dockerd "$driver"; then
    echo "image-infra: dockerd did not come up on $driver ($dir/dockerd.log)" >&2
    exit 1
  fi
  # BuildKit's cache outlives the switch, but its layers do not: a build would fail with
  # "layer does not exist".
  /usr/bin/docker builder prune --all --force >/dev/null
elif [ -z "$running" ] && ! start_dockerd "$driver"; then
  if [ "$driver" = vfs ] || ! start_dockerd vfs; then
    echo "image-infra: dockerd did not come up ($dir/dockerd.log)" >&2
    exit 1
  fi
  echo "image-infra: dockerd did not start on $driver; it runs on vfs ($dir/dockerd.log)" >&2
fi

# A local base image with Debian's Python (no registry can be reached to pull one):
# block-script tests build their flows image FROM it and run real Python scripts in it.
python_image=prefect-ecr-deploy-test/python:3.11
if ! /usr/bin/docker image inspect "$python_image" >/dev/null 2>&1; then
  rootfs=$(mktemp -d)
  mkdir -p "$rootfs/usr/bin" "$rootfs/usr/lib" "$rootfs/tmp" "$rootfs/etc"
  cp /usr/bin/python3.11 "$rootfs/usr/bin/python3.11"
  ln -s python3.11 "$rootfs/usr/bin/python3"; ln -s python3.11 "$rootfs/usr/bin/python"
  cp -a /usr/lib/python3.11 "$rootfs/usr/lib/"
  rm -rf "$rootfs/usr/lib/python3.11/test" "$rootfs/usr/lib/python3.11/idlelib"
  # The interpreter's and its extension modules' shared libraries, and the loader.
  for lib in $(ldd /usr/bin/python3.11 /usr/lib/python3.11/lib-dynload/*.so 2>/dev/null | awk '$2 == "=>" && $3 ~ /^\// {print $3} $1 ~ /^\/lib/ {print $1}' | sort -u); do
    mkdir -p "$rootfs$(dirname "$lib")"; cp -L "$lib" "$rootfs$lib"
  done
  [ -e "$rootfs/lib64" ] || ln -s usr/lib64 "$rootfs/lib64" 2>/dev/null || true
  echo 'root:x:0:0:root:/root:/bin/sh' >"$rootfs/etc/passwd"
  tar -C "$rootfs" -c . | /usr/bin/docker import --change 'ENV PATH=/usr/bin' - "$python_image" >/dev/null
  rm -rf "$rootfs"
  /usr/bin/docker run --rm "$python_image" python -c 'import json, urllib.request' || { echo "image-infra: $python_image does not run Python" >&2; exit 1; }
fi

moto_port=5055
if ! curl -sf "http://127.0.0.1:$moto_port/moto-api/" >/dev/null 2>&1; then
  nohup .venv-moto/bin/moto_server -H 127.0.0.1 -p "$moto_port" >"$dir/moto.log" 2>&1 &
  wait_for "moto" curl -sf "http://127.0.0.1:$moto_port/moto-api/"
fi

mkdir -p "$PWD/.tmp"
cat >"$PWD/.tmp/image-infra.env" <<ENV
IMAGE_INFRA_DIR=$dir
REGISTRY_HOST=$host
FAULTY_REGISTRY_HOST=$faulty_host
AWS_ENDPOINT_URL_ECR=http://127.0.0.1:$moto_port
AWS_REGION=$region
NODE_EXTRA_CA_CERTS=$dir/ca.crt
PYTHON_TEST_IMAGE=$python_image
ENV
echo "image-infra: registry https://$host, dockerd, moto on 127.0.0.1:$moto_port" >&2
