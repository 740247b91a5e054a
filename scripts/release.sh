#!/usr/bin/env bash
# The release workflow's steps (.github/workflows/release.yml), runnable anywhere:
# for a published release vX.Y.Z, checks that the tag is the commit checked out,
# that package.json says X.Y.Z and that dist/ is exactly the bundle of src/ there,
# then creates or moves the major tag vX to it and pushes that tag.
# Usage: scripts/release.sh vX.Y.Z [REMOTE]   (REMOTE: a remote name or URL; default origin)
set -euo pipefail
cd "$(dirname "$0")/.."
tag="${1:-}"
remote="${2:-origin}"
if ! [[ "$tag" =~ ^v([0-9]+)\.([0-9]+)\.([0-9]+)$ ]]; then
  echo "release: '$tag' is not a release tag vMAJOR.MINOR.PATCH" >&2
  exit 2
fi
major="v${BASH_REMATCH[1]}"
version="${tag#v}"
commit="$(git rev-parse -q --verify "refs/tags/$tag^{commit}" || true)"
[ -n "$commit" ] || { echo "release: there is no tag $tag" >&2; exit 2; }
[ "$(git rev-parse HEAD)" = "$commit" ] || { echo "release: the checkout is not $tag ($commit)" >&2; exit 2; }
declared="$(node -p 'require("./package.json").version')"
[ "$declared" = "$version" ] || { echo "release: package.json says $declared, the tag $version" >&2; exit 1; }

[ -d node_modules ] || npm ci --no-audit --no-fund
npm run -s bundle
if [ -n "$(git status --porcelain -- dist)" ]; then
  echo "release: dist/ at $tag is not the bundle of src/; nothing was tagged" >&2
  git status --porcelain -- dist >&2
  exit 1
fi

previous="$(git ls-remote --tags "$remote" "refs/tags/$major" | cut -f1)"
git tag --force "$major" "$commit" >/dev/null
git push --force "$remote" "refs/tags/$major" 2>&1
echo "release: $major -> $tag ($commit)${previous:+, was $previous}"
