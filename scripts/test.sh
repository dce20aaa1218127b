#!/usr/bin/env bash
# Installs what is missing, builds, and runs every check: the suites in a release build, the static
# checks, the same suites under AddressSanitizer + UndefinedBehaviorSanitizer (+ LeakSanitizer), and
# each fuzzer for a short time (FUZZ_SECONDS, default 20). CI runs this (.ci/run). Each stage prints
# how long it took, so a slow CI run says where its time went.
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)
stage_start=$start
stage() {  # stage NAME: the time since the previous stage ended
  local now
  now=$(date +%s)
  echo "== $1: $((now - stage_start)) s"
  stage_start=$now
}
bash scripts/deps.sh
stage "dependencies"
bash scripts/build.sh release
stage "release build"
ctest --test-dir build/release --output-on-failure -j "$(nproc)"
stage "release suites"
bash scripts/lint.sh
stage "lint"
bash scripts/build.sh asan
stage "sanitizer build"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --test-dir build/asan --output-on-failure -j "$(nproc)"
stage "sanitizer suites"
bash scripts/fuzz.sh "${FUZZ_SECONDS:-20}"
stage "fuzzers"
echo "All checks passed: suites in both configurations, lint, fuzzers ($(( $(date +%s) - start )) s)."
