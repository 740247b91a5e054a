#!/usr/bin/env bash
# Exports the real repositories of bench/corpus.txt (`owner/name commit` a line), each at its
# commit, into one folder per repository (owner+name) under DEST, outside the project:
#
#   scripts/corpus-fetch.sh /tmp/corpus            # then:
#   node --import tsx bench/conformance-corpus.ts /tmp/corpus > corpus.json
#   node --import tsx scripts/flow-corpus.ts /tmp/corpus /tmp/flows.json
#
# A repository comes from a local mirror when MIRROR holds one (MIRROR/owner+name/repo, a
# git directory), else from GitHub (that one commit, shallow). Each export is made a git
# checkout of its own, so `git rev-parse` steps in prefect.yaml files work. Nothing here
# is committed to this project: the list holds addresses only.
set -euo pipefail

dest=${1:?usage: scripts/corpus-fetch.sh DEST [LIST]}
list=${2:-$(dirname "$0")/../bench/corpus.txt}
mirror=${MIRROR:-/work/.mirror}
mkdir -p "$dest"

while read -r repo commit _; do
  [[ -z "$repo" || "$repo" == \#* ]] && continue
  folder=$dest/${repo/\//+}
  if [[ -d "$folder" ]]; then
    echo "kept    $repo (already in $folder)" >&2
    continue
  fi
  git_dir=$mirror/${repo/\//+}/repo
  [[ -d "$git_dir/.git" ]] && git_dir=$git_dir/.git
  mkdir -p "$folder.part"
  tmp=$(mktemp -d)
  if ! git --git-dir="$git_dir" cat-file -e "$commit^{commit}" 2>/dev/null; then
    git_dir=$tmp/repo.git
    git init -q --bare "$git_dir"
    git --git-dir="$git_dir" fetch -q --depth 1 "https://github.com/$repo" "$commit"
  fi
  # Through an index of its own: a mirror lacks its largest files (data, not code), which are left out.
  export GIT_INDEX_FILE=$tmp/index
  git --git-dir="$git_dir" read-tree "$commit"
  entries=$(git --git-dir="$git_dir" -c core.quotePath=false ls-files -s | grep -v '^160000' | cut -d' ' -f2- |
    sed 's/^\([0-9a-f]*\) [0-9]*\t/\1\t/')
  missing=$(paste <(cut -f1 <<<"$entries" | git --git-dir="$git_dir" cat-file --batch-check='%(objectname) here') \
    <(cut -f2- <<<"$entries") | awk -F'\t' '$1 ~ / missing$/ { print $2 }')
  [[ -z "$missing" ]] || {
    printf '%s\n' "$missing" | git --git-dir="$git_dir" update-index --force-remove --stdin
    echo "        $repo: left out, not in the mirror: $(echo "$missing" | tr '\n' ' ')" >&2
  }
  git --git-dir="$git_dir" checkout-index -a --prefix="$folder.part/"
  unset GIT_INDEX_FILE
  rm -rf "$tmp"
  # The export's own history: one commit, so the checkout is clean.
  git -C "$folder.part" init -q
  git -C "$folder.part" add -A -f
  git -C "$folder.part" -c user.name=corpus -c user.email=corpus@localhost \
    commit -q --no-verify --allow-empty -m "$repo $commit"
  mv "$folder.part" "$folder"
  echo "fetched $repo $commit" >&2
done <"$list"
