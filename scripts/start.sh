#!/usr/bin/env bash
# Installs what is missing, builds, and starts mlcarbon. Until the desktop window exists this
# prints an example estimate and the cleanest regions for the same job.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
bash scripts/build.sh release
cli=build/release/app/mlcarbon-cli
job=(--hardware "NVIDIA A100 SXM4 80 GB" --count 8 --hours 24 --provider gcp --region us-central1)
echo "\$ mlcarbon-cli estimate ${job[*]}"
"$cli" estimate "${job[@]}"
echo
echo "\$ mlcarbon-cli compare ${job[*]} --top 10"
"$cli" compare "${job[@]}" --top 10
