#!/usr/bin/env bash
# Instructions executed by `newsindex tag` (or any newsindex command), counted by valgrind: an A/B
# of two builds that the machine's noise does not move (wall and user time here swing by a third
# between runs of one binary). Binaries are stripped first: valgrind cannot read Swift's debug info.
#   Benchmarks/instructions.sh BIN_A BIN_B [CORPUS.jsonl] [-- ARGS...]
#   default: the first 2,000 articles of ../shared/data/reuters21578/train.jsonl.gz, ARGS: tag CORPUS
# Needs valgrind (apt-get install valgrind). Prints each binary's instruction count and B / A.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
a=$1; b=$2; shift 2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
corpus=${1:-}
if [[ -z $corpus || $corpus == -- ]]; then
    gunzip -c "$here/../../shared/data/reuters21578/train.jsonl.gz" | head -n 2000 > "$work/corpus.jsonl" || true
    corpus=$work/corpus.jsonl
else
    shift
fi
[[ ${1:-} == -- ]] && shift
args=("$@")
[[ ${#args[@]} -eq 0 ]] && args=(tag "$corpus")
count() {
    # The stripped copy takes the binary's resource bundle along: without one beside it, a copy loads
    # the bundle of the directory it was built in, and a bundle edited beside the binary is not read.
    rm -rf "$work"/*.resources
    cp -r "$(dirname "$1")"/*.resources "$work"/ 2>/dev/null || true
    strip -o "$work/bin" "$1"
    valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null "$work/bin" "${args[@]}" 2>&1 >/dev/null |
        sed -n 's/.*I *refs: *//p' | tr -d ,
}
ia=$(count "$a"); ib=$(count "$b")
echo "A $a: $ia instructions"
echo "B $b: $ib instructions"
python3 -c "print('B / A: %.4f' % ($ib / $ia))"
