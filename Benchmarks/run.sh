#!/usr/bin/env bash
# NewsIndex against a bare C++ Xapian baseline, in the same session (the machines are noisy: compare
# ratios, not absolute numbers). Release builds only.
#
#   [ROUNDS=3] Benchmarks/run.sh [CORPUS.jsonl[.gz]] [ARTICLES] [JOBS]
#   default: ../shared/data/allsides/articles.jsonl.gz, 5000 articles, jobs 1, 3 rounds
#
# Prints one table: articles/s, passages/s, MB/s, CPU s, peak RSS, index size before and after
# compaction, query p50/p95/p99 (95 mixed queries × 3 rounds, top 10 with snippets and facets), and the
# ratios NewsIndex / baseline. Work files go to ${WORK:-/tmp/newsindex-bench}.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
corpus=${1:-$root/../shared/data/allsides/articles.jsonl.gz}
count=${2:-5000}
jobs=${3:-1}
rounds=${ROUNDS:-3}
work=${WORK:-/tmp/newsindex-bench}
rm -rf "$work" && mkdir -p "$work"

# newsindex's own flush threshold (documents between Xapian's flushes), read from its source.
flush=$(grep -o 'XAPIAN_FLUSH_THRESHOLD", "[0-9]*' "$root/Sources/CXapian/WritableDatabase.cpp" | grep -o '[0-9]*$')
command -v xapian-compact >/dev/null || { echo "needs xapian-compact (apt-get install xapian-tools)"; exit 2; }
(cd "$root" && swift build -c release >/dev/null)
bin=$root/.build/release/newsindex
g++ -O2 -std=c++17 "$here/baseline/xapian_baseline.cc" $(pkg-config --cflags --libs xapian-core) -o "$work/xapian_baseline"

# (head closes the pipe early: the decompressor's SIGPIPE is expected, not an error)
if [[ $corpus == *.gz ]]; then { gunzip -c "$corpus" || true; } | head -n "$count" > "$work/corpus.jsonl"
else head -n "$count" "$corpus" > "$work/corpus.jsonl"; fi
mb=$(python3 -c "import os;print(os.path.getsize('$work/corpus.jsonl')/1e6)")

measure() {  # name, then the command: writes $work/$name.time (wall user sys maxrss_kb)
  local name=$1; shift
  /usr/bin/time -f "%e %U %S %M" -o "$work/$name.time" "$@" > "$work/$name.out" 2> "$work/$name.err"
}
size_mb() { du -sb "$1" | awk '{printf "%.1f", $1/1e6}'; }
compacted_mb() { xapian-compact "$1" "$1.compact" >/dev/null; size_mb "$1.compact"; }

half=$(( (count + 1) / 2 ))
head -n "$half" "$work/corpus.jsonl" > "$work/half1.jsonl"
tail -n +"$((half + 1))" "$work/corpus.jsonl" > "$work/half2.jsonl"
one_writer() {  # round: the baseline, and the baseline with newsindex's flush threshold
  rm -rf "$work/baseline.db" "$work/tuned.db"
  measure "baseline.$1" "$work/xapian_baseline" index "$work/baseline.db" "$work/corpus.jsonl"
  XAPIAN_FLUSH_THRESHOLD=$flush measure "tuned.$1" "$work/xapian_baseline" index "$work/tuned.db" "$work/corpus.jsonl"
}
# This machine's two-core ceiling for Xapian: the corpus in two halves, two baseline writers at once,
# then xapian-compact merging them. Then again with the flush threshold newsindex sets for itself
# (WritableDatabase.cpp): Xapian's default of 10,000 documents is much slower here, so this is the
# fairer ceiling. Its two halves are written as newsindex writes its shards: scratch databases, no
# fsync, updated in place.
two_writers() {  # round
  rm -rf "$work"/b1.db "$work"/b2.db "$work"/b12.db "$work"/t1.db "$work"/t2.db "$work"/t12.db
  measure "baseline2.$1" bash -c "'$work/xapian_baseline' index '$work/b1.db' '$work/half1.jsonl' >/dev/null &
    '$work/xapian_baseline' index '$work/b2.db' '$work/half2.jsonl' >/dev/null; wait;
    xapian-compact '$work/b1.db' '$work/b2.db' '$work/b12.db' >/dev/null"
  XAPIAN_FLUSH_THRESHOLD=$flush measure "tuned2.$1" bash -c "export BASELINE_SCRATCH=1;
    '$work/xapian_baseline' index '$work/t1.db' '$work/half1.jsonl' >/dev/null &
    '$work/xapian_baseline' index '$work/t2.db' '$work/half2.jsonl' >/dev/null; wait;
    xapian-compact '$work/t1.db' '$work/t2.db' '$work/t12.db' >/dev/null"
}
# ROUNDS rounds (default 3) of newsindex and the ceilings it is compared with (the two-writer ones
# for --jobs 2 and more, else the one-writer ones), one after the other: each round's ratio is
# taken within the round, and the table reports their median (this machine's speed drifts by 20%
# and more within minutes). The other ceilings run once.
for round in $(seq 1 "$rounds"); do
  rm -rf "$work/newsindex.db"
  measure "newsindex.$round" "$bin" index --quiet --jobs "$jobs" --index "$work/newsindex.db" "$work/corpus.jsonl"
  if (( jobs > 1 )); then
    two_writers "$round"
    if (( round == 1 )); then one_writer 1; fi
  else
    one_writer "$round"
    if (( round == 1 )); then two_writers 1; fi
  fi
done
ni_passages=$("$bin" stats --index "$work/newsindex.db" --format json | python3 -c "import json,sys;print(json.load(sys.stdin)['passages'])")
bl_passages=$(python3 -c "import json;print(json.load(open('$work/baseline.1.out'))['passages'])")
# The writers above leave hundreds of MB of dirty pages (the scratch halves are never synced); the
# kernel's writeback of them would be timed with the queries.
sync
"$bin" bench --index "$work/newsindex.db" "$here/queries.tsv" > "$work/newsindex.query"
"$work/xapian_baseline" query "$work/baseline.db" "$here/queries.tsv" > "$work/baseline.query"
ni_size=$(size_mb "$work/newsindex.db"); bl_size=$(size_mb "$work/baseline.db")
ni_compact=$(compacted_mb "$work/newsindex.db"); bl_compact=$(compacted_mb "$work/baseline.db")
# A one-off search process: open, answer, exit (best of 5).
oneoff=$(python3 - "$bin" "$work/newsindex.db" <<'PY'
import subprocess, sys, time
best = 1e9
for _ in range(5):
    t = time.time()
    subprocess.run([sys.argv[1], "search", "--index", sys.argv[2], "election", "--person", "Donald Trump"],
                   stdout=subprocess.DEVNULL, check=True)
    best = min(best, time.time() - t)
print(f"{best*1000:.0f}")
PY
)

python3 - "$work" "$count" "$mb" "$ni_passages" "$bl_passages" "$ni_size" "$bl_size" "$ni_compact" "$bl_compact" "$jobs" "$oneoff" "$flush" "$rounds" <<'PY'
import json, statistics, sys
work, count, mb, nip, blp, nis, bls, nic, blc, jobs, oneoff, flush, rounds = sys.argv[1:14]
count, mb, nip, blp, jobs, rounds = int(count), float(mb), int(nip), int(blp), int(jobs), int(rounds)
every_round = {"baseline2", "tuned2"} if jobs > 1 else {"baseline", "tuned"}
def t(name):
    wall, user, sys_, rss = open(f"{work}/{name}.time").read().split()
    return float(wall), float(user) + float(sys_), int(rss) / 1024
def runs(name):
    return [t(f"{name}.{r}") for r in range(1, (rounds if name in every_round | {"newsindex"} else 1) + 1)]
def median_run(name):  # the run of median wall time (the faster of the middle two)
    return sorted(runs(name))[(len(runs(name)) - 1) // 2]
def speed_ratio(name, scale=1.0):
    """newsindex's articles/s over `name`'s (times `scale`: the passage counts' ratio gives passages/s),
    round by round and their median where both ran every round."""
    if name not in every_round:
        return f"{scale * median_run(name)[0] / median_run('newsindex')[0]:.2f}"
    per_round = [scale * other[0] / ours[0] for ours, other in zip(runs("newsindex"), runs(name))]
    listed = f" (rounds: {', '.join(f'{r:.2f}' for r in per_round)})" if len(per_round) > 1 else ""
    return f"{statistics.median(per_round):.2f}{listed}"
niw, nicpu, nirss = median_run("newsindex")
blw, blcpu, blrss = median_run("baseline")
niq = json.load(open(f"{work}/newsindex.query")); blq = json.load(open(f"{work}/baseline.query"))
rows = [
    ("articles/s", count / niw, count / blw),
    ("passages/s", nip / niw, blp / blw),
    ("MB/s (input)", mb / niw, mb / blw),
    ("wall s", niw, blw),
    ("CPU s", nicpu, blcpu),
    ("peak RSS MB", nirss, blrss),
    ("passages", nip, blp),
    ("index MB", float(nis), float(bls)),
    ("compacted MB", float(nic), float(blc)),
    ("query p50 ms", niq["p50_ms"], blq["p50_ms"]),
    ("query p95 ms", niq["p95_ms"], blq["p95_ms"]),
    ("query p99 ms", niq["p99_ms"], blq["p99_ms"]),
]
print(f"{count} articles, {mb:.1f} MB of JSON Lines; newsindex --jobs {jobs}; one-off search process {oneoff} ms")
print(f"newsindex wall s, {rounds} rounds: {', '.join(f'{w:.1f}' for w, _, _ in runs('newsindex'))}; "
      f"the table gives each side's median run")
print(f"{'measure':<16}{'newsindex':>12}{'baseline':>12}{'ratio':>8}")
for name, a, b in rows:
    print(f"{name:<16}{a:>12.1f}{b:>12.1f}{a / b if b else 0:>8.2f}")
print(f"newsindex / baseline: articles/s {speed_ratio('baseline')}; passages/s {speed_ratio('baseline', nip / blp)}")
print(f"compacted / uncompacted: newsindex {float(nic)/float(nis):.2f}, baseline {float(blc)/float(bls):.2f}")
b2w = median_run("baseline2")[0]
print(f"two-core ceiling (baseline, two writers + xapian-compact): {b2w:.1f} s wall, {count / b2w:.1f} articles/s; "
      f"newsindex / that: {speed_ratio('baseline2')}")
tw, tcpu, trss = median_run("tuned")
t2w = median_run("tuned2")[0]
print(f"baseline with newsindex's XAPIAN_FLUSH_THRESHOLD={flush}: one writer {tw:.1f} s wall, {tcpu:.1f} s CPU, "
      f"{trss:.0f} MB RSS (newsindex / that: {speed_ratio('tuned')}); "
      f"two writers + xapian-compact {t2w:.1f} s wall (newsindex / that: {speed_ratio('tuned2')})")
PY
