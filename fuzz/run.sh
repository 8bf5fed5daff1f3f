#!/usr/bin/env bash
# Runs every fuzz target for SECONDS (default 600) each, one after the
# other; exits non-zero at the first crash, hang or memory blow-up, leaving
# the input in fuzz/artifacts/<target>/. Needs cargo-fuzz; on a stable
# toolchain RUSTC_BOOTSTRAP=1 lets it pass libFuzzer's flags.
set -euo pipefail
cd "$(dirname "$0")"
secs=${1:-600}
export RUSTC_BOOTSTRAP=1
cargo fuzz build --sanitizer none
for t in $(cargo fuzz list); do
    mkdir -p "corpus/$t"
    echo "== $t for ${secs}s"
    log=$(mktemp)
    if ! cargo fuzz run --sanitizer none "$t" "corpus/$t" -- \
        -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 -max_len=65536 >"$log" 2>&1; then
        tail -40 "$log"
        echo "fuzz target $t failed; the input is in fuzz/artifacts/$t/"
        exit 1
    fi
    grep -E "^Done [0-9]+ runs" "$log" || tail -3 "$log"
    rm -f "$log"
done
