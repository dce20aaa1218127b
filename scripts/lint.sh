#!/usr/bin/env bash
# Static checks of our own code: clang-format (the checked-in .clang-format), clang-tidy (.clang-tidy,
# warnings are errors) and cppcheck, over model/ and app/; clang-format over tests/ and scripts/bench/
# too. Needs build/release (for compile_commands.json): scripts/test.sh builds it first.
#   bash scripts/lint.sh [--fix-format]
set -euo pipefail
cd "$(dirname "$0")/.."
# Every tool first: a missing one fails here, naming it and its Debian package (scripts/deps.sh installs
# them all), rather than a step being skipped and the rest reported clean.
tools=(git:git clang-format:clang-format)
[ "${1:-}" = --fix-format ] || tools+=(cppcheck:cppcheck python3:python3 run-clang-tidy-14:clang-tidy-14
  clang-tidy-14:clang-tidy-14)
missing=0
for t in "${tools[@]}"; do
  command -v "${t%%:*}" > /dev/null || { echo "lint: ${t%%:*} not found (Debian package ${t#*:}; bash scripts/deps.sh installs it)" >&2; missing=1; }
done
[ $missing -eq 0 ] || { echo "lint: FAILED (missing tools)" >&2; exit 2; }
[ -f build/release/compile_commands.json ] || bash scripts/build.sh release
mapfile -t sources < <(git ls-files 'model/*.cpp' 'model/*.h' 'app/*.cpp' 'app/*.h' 'tests/*.cpp' 'tests/*.h' \
  'scripts/bench/*.cpp')
[ ${#sources[@]} -gt 0 ] || { echo "lint: git ls-files found no sources (not a git checkout?)" >&2; exit 2; }
if [ "${1:-}" = --fix-format ]; then
  clang-format -i "${sources[@]}"
  exit 0
fi
status=0
echo "clang-format: ${#sources[@]} files"
clang-format --dry-run --Werror "${sources[@]}" || { echo "clang-format: run bash scripts/lint.sh --fix-format"; status=1; }
echo "cppcheck: model/ app/"
# Every folder that holds headers is an include folder (each model part and app library exposes its own).
mapfile -t includes < <(git ls-files 'model/*.h' 'app/*.h' | xargs -n1 dirname | sort -u | sed 's/^/-I/')
cppcheck --enable=warning,performance,portability --std=c++20 --inline-suppr --quiet --error-exitcode=1 -j "$(nproc)" \
  "${includes[@]}" --suppress=missingIncludeSystem model app || status=1
echo "clang-tidy: model/ app/"
# run-clang-tidy exits 1 when any file has a diagnostic (warnings are errors, .clang-tidy), and also when it
# could not run at all (clang-tidy missing or broken, a bad compile database, a file it crashed on). So the
# step fails on diagnostics (printed), on a crash, on a non-zero exit with no diagnostic to explain it, and
# when no file was checked at all.
tidy_rc=0
run-clang-tidy-14 -p build/release -j "$(nproc)" -quiet "$PWD/(model|app)/.*\.cpp" > build/clang-tidy.log 2>&1 || tidy_rc=$?
sed -i 's/\x1b\[[0-9;]*m//g' build/clang-tidy.log
checked=$(grep -cE '^(/usr/bin/)?clang-tidy-14 ' build/clang-tidy.log || true)
if grep -qE ': (warning|error): ' build/clang-tidy.log; then
  grep -E ': (warning|error): ' build/clang-tidy.log | sort -u
  status=1
fi
if grep -qE 'terminated by signal|Unable to run clang-tidy' build/clang-tidy.log; then
  echo "clang-tidy: run-clang-tidy-14 did not run to the end:" >&2
  grep -E 'terminated by signal|Unable to run clang-tidy' build/clang-tidy.log >&2
  status=1
elif [ "$tidy_rc" -ne 0 ] && ! grep -qE ': (warning|error): ' build/clang-tidy.log; then
  echo "clang-tidy: run-clang-tidy-14 failed (exit $tidy_rc) without a diagnostic; build/clang-tidy.log ends:" >&2
  tail -n 20 build/clang-tidy.log >&2
  status=1
elif [ "$checked" -eq 0 ]; then
  echo "clang-tidy: no file of model/ or app/ was checked (build/release/compile_commands.json)" >&2
  status=1
else
  echo "clang-tidy: $checked files"
fi
[ $status -eq 0 ] && echo "lint: clean" || echo "lint: FAILED"
exit $status
