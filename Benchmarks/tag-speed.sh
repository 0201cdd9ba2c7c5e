#!/usr/bin/env bash
# Tagging speed of `newsindex tag` on one core, release build: words per second over a JSON Lines
# corpus, and the start-up cost (lexicons) on its own.
#   Benchmarks/tag-speed.sh [CORPUS.jsonl[.gz]] [ARTICLES]
#   default: ../shared/data/reuters21578/train.jsonl.gz, all articles
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
corpus=${1:-$root/../shared/data/reuters21578/train.jsonl.gz}
count=${2:-100000000}
work=$(mktemp -d)
(cd "$root" && swift build -c release >/dev/null)
bin=$root/.build/release/newsindex
if [[ $corpus == *.gz ]]; then { gunzip -c "$corpus" || true; } | head -n "$count" > "$work/corpus.jsonl"
else head -n "$count" "$corpus" > "$work/corpus.jsonl"; fi
python3 - "$bin" "$work/corpus.jsonl" <<'PY'
import json, subprocess, sys, time
bin, corpus = sys.argv[1:]
words = 0
with open(corpus, encoding="utf-8") as f:
    for line in f:
        r = json.loads(line)
        words += len((r.get("title") or "").split()) + len((r.get("body") or r.get("text") or "").split())
def best(cmd, stdin=None, runs=3):
    t_best = 1e9
    for _ in range(runs):
        t = time.time()
        subprocess.run(cmd, input=stdin, stdout=subprocess.DEVNULL, check=True)
        t_best = min(t_best, time.time() - t)
    return t_best
startup = best([bin, "tag", "-"], stdin=b'{"id": "x", "body": "x"}\n', runs=5)
whole = best(["taskset", "-c", "0", bin, "tag", corpus])
print(f"{words} words; start-up {startup*1000:.0f} ms; whole process {words/whole:,.0f} words/s on one core; "
      f"without start-up {words/(whole-startup):,.0f} words/s")
PY
rm -rf "$work"
