#!/usr/bin/env bash
# Installs the Debian 12 packages mlcarbon builds and tests with, when any is missing: everything
# scripts/test.sh runs (build, suites, lint.sh, fuzz.sh). Tests call pdftotext, pdfinfo and pdftoppm
# (poppler-utils); lint.sh calls git, clang-format, cppcheck and run-clang-tidy-14 (clang-tidy-14);
# fuzz.sh and fuzz_seeds.py call python3 and clang++ with libFuzzer (libclang-rt-14-dev).
set -euo pipefail
packages=(
  cmake ninja-build g++ pkg-config
  qt6-base-dev qt6-base-dev-tools nlohmann-json3-dev libxkbcommon-dev
  qt6-charts-dev libqt6opengl6-dev libqt6svg6 qt6-qpa-plugins fonts-dejavu-core
  fonts-wqy-microhei poppler-utils
  clang libclang-rt-14-dev
  git clang-format clang-tidy-14 cppcheck python3
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "Installing: ${missing[*]}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
