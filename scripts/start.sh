#!/usr/bin/env bash
# Installs what is missing, builds, and starts the mlcarbon desktop window.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
bash scripts/build.sh release
exec build/release/app/mlcarbon "$@"
