#!/usr/bin/env bash
# Static checks of our own code: clang-format (the checked-in .clang-format), clang-tidy (.clang-tidy,
# warnings are errors) and cppcheck, over model/ and app/; clang-format over tests/ and scripts/bench/
# too. Needs build/release (for compile_commands.json): scripts/test.sh builds it first.
#   bash scripts/lint.sh [--fix-format]
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f build/release/compile_commands.json ] || bash scripts/build.sh release
mapfile -t sources < <(git ls-files 'model/*.cpp' 'model/*.h' 'app/*.cpp' 'app/*.h' 'tests/*.cpp' 'tests/*.h' \
  'scripts/bench/*.cpp')
if [ "${1:-}" = --fix-format ]; then
  clang-format -i "${sources[@]}"
  exit 0
fi
status=0
echo "clang-format: ${#sources[@]} files"
clang-format --dry-run --Werror "${sources[@]}" || { echo "clang-format: run bash scripts/lint.sh --fix-format"; status=1; }
echo "cppcheck: model/ app/"
cppcheck --enable=warning,performance,portability --std=c++20 --inline-suppr --quiet --error-exitcode=1 -j "$(nproc)" \
  -I model -I app/common -I app/gui -I app/report --suppress=missingIncludeSystem model app || status=1
echo "clang-tidy: model/ app/"
run-clang-tidy-14 -p build/release -j "$(nproc)" -quiet "$PWD/(model|app)/.*\.cpp" > build/clang-tidy.log 2>&1 || true
if grep -qE ': (warning|error): ' build/clang-tidy.log; then
  sed 's/\x1b\[[0-9;]*m//g' build/clang-tidy.log | grep -E ': (warning|error): ' | sort -u
  status=1
fi
[ $status -eq 0 ] && echo "lint: clean" || echo "lint: FAILED"
exit $status
