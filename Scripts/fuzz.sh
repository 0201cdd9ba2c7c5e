#!/usr/bin/env bash
# Builds the libFuzzer targets (Sources/newsindex-fuzz) with AddressSanitizer and runs them.
#   Scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]     default: 10 s each, every target
# Targets: jsonl json csv html markdown text passages tagger query. Seed corpora: Tests/Fuzz/<target>/ and
# the readers' fixtures of the format (Tests/NewsIndexerTests/Fixtures/json, …/pages);
# new interesting inputs go to a work folder, crashes to ./crash-* (replay one with
#   NEWSINDEX_FUZZ_TARGET=<target> .build-fuzz/debug/newsindex-fuzz crash-…).
# A fixed seed makes a CI run repeatable.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-10}; shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(jsonl json csv html markdown text passages tagger query)
swift build --scratch-path .build-fuzz --product newsindex-fuzz \
  -Xswiftc -sanitize=fuzzer,address -Xlinker --allow-multiple-definition -Xswiftc -parse-as-library -Xswiftc -DNEWSINDEX_FUZZ >/dev/null
bin=.build-fuzz/debug/newsindex-fuzz
work=${FUZZ_WORK:-$(mktemp -d)}
# Seeds: Tests/Fuzz/<target>/, and the readers' test fixtures of that format (not copied twice).
seeds() {
  case $1 in
    json) echo Tests/NewsIndexerTests/Fixtures/json ;;
    html|markdown|text) echo "Tests/Fuzz/$1" Tests/NewsIndexerTests/Fixtures/pages ;;
    *) echo "Tests/Fuzz/$1" ;;
  esac
}
for target in "${targets[@]}"; do
  mkdir -p "$work/$target"
  echo "== $target ($seconds s)"
  # shellcheck disable=SC2046 # one word per seed folder
  NEWSINDEX_FUZZ_TARGET=$target ASAN_OPTIONS=detect_leaks=0 "$bin" "$work/$target" $(seeds "$target") \
    -seed=1 -max_total_time="$seconds" -max_len=8192 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 2>&1 \
    | grep -E "stat::number_of_executed_units|ERROR|SUMMARY|Done" || true
  ls crash-* leak-* timeout-* 2>/dev/null && { echo "fuzzing found a failure in $target"; exit 1; }
done
echo "fuzzing: no failures"
