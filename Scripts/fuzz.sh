#!/usr/bin/env bash
# Builds the libFuzzer targets in Fuzz/ and runs each for a bounded time (default 60 s).
# Usage: Scripts/fuzz.sh [SECONDS] [TARGET...]   (targets: FuzzRead FuzzAnalyze)
# A crash leaves its input in fuzz-artifacts/ and makes this script exit non-zero.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"; shift || true
targets=("$@"); [ ${#targets[@]} -gt 0 ] || targets=(FuzzRead FuzzAnalyze)
swift build --package-path Fuzz -c release --scratch-path .build-fuzz \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library
mkdir -p fuzz-artifacts
for target in "${targets[@]}"; do
    corpus="Fuzz/Corpus/$(echo "${target#Fuzz}" | tr 'A-Z' 'a-z')"
    work="$(mktemp -d)"; cp -r "$corpus"/. "$work"/
    echo "fuzzing $target for ${seconds}s"
    .build-fuzz/release/"$target" "$work" -max_total_time="$seconds" -max_len=65536 -timeout=10 \
        -rss_limit_mb=4096 -artifact_prefix=fuzz-artifacts/"$target"- -print_final_stats=1 2>&1 | tail -15
    rm -rf "$work"
done
