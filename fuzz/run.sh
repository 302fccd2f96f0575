#!/usr/bin/env bash
# Builds the libFuzzer targets with clang in build-fuzz/ and runs each for SECONDS_PER_TARGET
# seconds (default 75; nine targets make a little over ten minutes).
#
#   fuzz/run.sh [SECONDS_PER_TARGET] [TARGET...]
#
# New inputs go to build-fuzz/fuzz/corpus/<target>/ (the committed seeds in fuzz/corpus/ are only
# read); a crash is saved as build-fuzz/fuzz/artifacts/<target>-crash-* and makes the script fail.
set -euo pipefail

seconds=${1:-75}
shift || true
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${WRISTDOC_FUZZ_BUILD_DIR:-$root/build-fuzz}
all_targets=(heart-rate battery device-information current-time local-time history-packet history-control
    history-status characteristic-json hex-dump)
targets=("$@")
if [[ $# -eq 0 ]]; then
    targets=("${all_targets[@]}")
fi

if ! command -v clang++ >/dev/null; then
    echo "fuzz/run.sh: clang++ not found; on Debian: apt-get install clang libclang-rt-14-dev" >&2
    exit 2
fi

mkdir -p "$build"
cmake -S "$root" -B "$build" -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo -DWRISTDOC_BUILD_FUZZERS=ON -DWRISTDOC_BUILD_TESTS=OFF \
    -DWRISTDOC_BUILD_BENCHMARKS=OFF -DWRISTDOC_BUILD_TOOLS=OFF >"$build/configure.log" 2>&1 ||
    { cat "$build/configure.log" >&2; exit 2; }
cmake --build "$build" --target wristdoc-fuzzers -j2

mkdir -p "$build/fuzz/artifacts" "$build/fuzz/logs"
summary=()
failed=0
for target in "${targets[@]}"; do
    seeds="$root/fuzz/corpus/$target"
    work="$build/fuzz/corpus/$target"
    log="$build/fuzz/logs/$target.log"
    mkdir -p "$work"
    echo "== $target: ${seconds}s"
    status=0
    # -max_len 1024: twice the largest attribute value (512 bytes) a watch can send.
    "$build/fuzz/fuzz-$target" "$work" "$seeds" -max_total_time="$seconds" -max_len=1024 \
        -print_final_stats=1 -artifact_prefix="$build/fuzz/artifacts/$target-" >"$log" 2>&1 ||
        status=$?
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
    last=$(grep -E '^#[0-9]+' "$log" | tail -1 || true)
    cov=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$last")
    ft=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$last")
    corpus=$(sed -n 's/.* corp: \([0-9]*\/[0-9]*[a-zA-Z]*\).*/\1/p' <<<"$last")
    result=ok
    if [[ $status -ne 0 ]]; then
        result="FAILED (exit $status, see $log)"
        failed=1
    fi
    summary+=("$(printf '%-20s %8ss %12s execs %8s/s  cov %5s  ft %5s  corpus %-12s %s' \
        "$target" "$seconds" "${execs:-?}" "${rate:-?}" "${cov:-?}" "${ft:-?}" "${corpus:-?}" \
        "$result")")
done

echo
printf '%s\n' "${summary[@]}"
exit $failed
