#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test twice: a release build, then the same
# suites under AddressSanitizer + UndefinedBehaviorSanitizer. CI runs this (.ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
start=$(date +%s)
bash scripts/build.sh release
ctest --test-dir build/release --output-on-failure
bash scripts/build.sh asan
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --test-dir build/asan --output-on-failure
echo "All suites passed in both configurations ($(( $(date +%s) - start )) s)."
