#!/usr/bin/env bash
# Lays out the extra held-out repositories (extra-repos.txt: `owner/name commit`, real public repositories
# beyond ../shared/corpus, labelled by hand before modelprov was run on them) the way ../shared/corpus/build.sh
# lays out the corpus, with its export-tree.py. MIRROR holds a git snapshot of each as owner+name/repo.
# usage: extra-corpus.sh MIRROR [DEST]   (DEST defaults to /tmp/real-corpus-extra)
set -u
here=$(cd "$(dirname "$0")" && pwd)
export_tree=${EXPORT_TREE:-$here/../../../shared/corpus/export-tree.py}
mirror=${1:?usage: extra-corpus.sh MIRROR [DEST]}
dest=${2:-/tmp/real-corpus-extra}
mkdir -p "$dest"
while read -r repo commit; do
  [ -z "$repo" ] && continue
  out="$dest/${repo/\//+}"
  [ -d "$out" ] && continue
  g="$mirror/${repo/\//+}/repo"; [ -d "$g/.git" ] && g="$g/.git"
  if [ ! -d "$g" ]; then echo "no snapshot: $repo" >&2; continue; fi
  mkdir -p "$out"
  "$export_tree" "$g" "$commit" "$out" 2>/dev/null || echo "layout failed: $repo" >&2
done < "$here/extra-repos.txt"
echo "$dest $(find "$dest" -type f | wc -l) files $(du -sh "$dest" | cut -f1)"
