#!/usr/bin/env bash
# Installs what is missing, builds, and runs every check: the suites in a release build, the static
# checks, the same suites under AddressSanitizer + UndefinedBehaviorSanitizer (+ LeakSanitizer), and
# each fuzzer for a short time (FUZZ_SECONDS, default 20). CI runs this (.ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
start=$(date +%s)
bash scripts/build.sh release
ctest --test-dir build/release --output-on-failure
bash scripts/lint.sh
bash scripts/build.sh asan
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --test-dir build/asan --output-on-failure
bash scripts/fuzz.sh "${FUZZ_SECONDS:-20}"
echo "All checks passed: suites in both configurations, lint, fuzzers ($(( $(date +%s) - start )) s)."
