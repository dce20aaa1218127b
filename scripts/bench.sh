#!/usr/bin/env bash
# Builds the release configuration and prints the performance figures (issue 6).
# Usage: bash scripts/bench.sh [--rows-10m]
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh release
cmake --build build/release --target mlcarbon-bench
exec build/release/mlcarbon-bench build/release/app/mlcarbon build/release/app/mlcarbon-cli "$@"
