#!/usr/bin/env bash
# Builds the libFuzzer targets in Fuzz/ and runs each over the committed seed corpus.
#   Scripts/fuzz.sh [SECONDS] [TARGET...]   explore for SECONDS per target (default 60)
#   Scripts/fuzz.sh --ci                    a fixed seed and a fixed number of runs: the same result every time
# Targets: FuzzRead FuzzAnalyze. A crash leaves its input in fuzz-artifacts/ and makes this script fail;
# keep such an input under Fuzz/Corpus/<target>/ and add a regression test once it is fixed.
set -euo pipefail
cd "$(dirname "$0")/.."
mode=(-max_total_time=60)
ci=0
if [ "${1:-}" = "--ci" ]; then mode=(-seed=1); ci=1; shift
elif [ -n "${1:-}" ] && [ "$1" -eq "$1" ] 2>/dev/null; then mode=(-max_total_time="$1"); shift; fi
targets=("$@"); [ ${#targets[@]} -gt 0 ] || targets=(FuzzRead FuzzAnalyze)
# gold fails on the sanitizer runtime's debug info; lld links it.
swift build --package-path Fuzz -c release --scratch-path .build-fuzz \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library -Xswiftc -use-ld=lld
mkdir -p fuzz-artifacts
for target in "${targets[@]}"; do
    corpus="Fuzz/Corpus/$(echo "${target#Fuzz}" | tr 'A-Z' 'a-z')"
    work="$(mktemp -d)"; cp -r "$corpus"/. "$work"/
    runs=(); if [ $ci = 1 ]; then [ "$target" = FuzzRead ] && runs=(-runs=90000) || runs=(-runs=4000); fi
    echo "fuzzing $target (${mode[*]} ${runs[*]})"
    status=0
    .build-fuzz/release/"$target" "$work" "${mode[@]}" "${runs[@]}" -max_len=65536 -timeout=10 -rss_limit_mb=4096 \
        -artifact_prefix=fuzz-artifacts/"$target"- -print_final_stats=1 > "$work.log" 2>&1 || status=$?
    grep -E "^(Done|stat::number_of_executed_units|==[0-9]+==ERROR|SUMMARY)" "$work.log" || true
    if [ $status -ne 0 ]; then tail -40 "$work.log"; rm -rf "$work" "$work.log"; exit $status; fi
    rm -rf "$work" "$work.log"
done
