#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan + UBSan) and runs each for SECONDS (default 30), one
# per core at a time, from the committed seeds plus a generated 1 MB-line log. Prints executions
# and coverage per target; exits 1 if any target found a crash or a broken invariant, keeping the
# input in build/fuzz/crashes/<target>/ (copy it to tests/fuzz/regressions/<target>/ when fixed).
#   bash scripts/fuzz.sh [SECONDS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-30}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(database project batch numbers preset model hourly)
bash scripts/deps.sh
cmake -S . -B build/fuzz -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DMLCARBON_FUZZ=ON > /dev/null
cmake --build build/fuzz
work=build/fuzz/work
mkdir -p "$work"
run_one() {
  local t=$1 corpus=$work/$1 crashes=build/fuzz/crashes/$1
  mkdir -p "$corpus" "$crashes"
  cp -n tests/fuzz/corpus/"$t"/* "$corpus"/ 2>/dev/null || true
  [ -d tests/fuzz/regressions/"$t" ] && cp -n tests/fuzz/regressions/"$t"/* "$corpus"/ 2>/dev/null || true
  # Long inputs are looked at too, but mutated at up to 64 KB (larger ones are the slow path).
  if [ "$t" = batch ]; then
    python3 -c "import sys; sys.stdout.write('label,hardware,count,hours,country\n' + 'x' * (1 << 20) + ',test-gpu,1,1,XX\nb,test-gpu,2,2,XX\n')" \
      > "$corpus/generated-1mb-line"
  fi
  build/fuzz/tests/fuzz/fuzz_"$t" "$corpus" -max_total_time="$seconds" -max_len=65536 -timeout=10 \
    -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$crashes/" > "build/fuzz/$t.log" 2>&1
}
status=0
pids=()
names=()
cores=$(nproc)
for t in "${targets[@]}"; do
  run_one "$t" &
  pids+=($!)
  names+=("$t")
  if [ ${#pids[@]} -ge "$cores" ]; then
    wait "${pids[0]}" || status=1
    pids=("${pids[@]:1}")
  fi
done
for p in "${pids[@]}"; do wait "$p" || status=1; done
printf '%-10s %12s %10s %8s %8s  %s\n' target executions exec/s cov ft result
for t in "${targets[@]}"; do
  log=build/fuzz/$t.log
  runs=$(grep -oP 'stat::number_of_executed_units:\s*\K[0-9]+' "$log" || echo 0)
  rate=$(grep -oP 'stat::average_exec_per_sec:\s*\K[0-9]+' "$log" || echo 0)
  cov=$(grep -oP 'cov: \K[0-9]+' "$log" | tail -1 || echo 0)
  ft=$(grep -oP 'ft: \K[0-9]+' "$log" | tail -1 || echo 0)
  result=ok
  if grep -qE 'ERROR: libFuzzer|invariant broken|runtime error|ERROR: AddressSanitizer' "$log"; then
    result="FOUND: $(grep -m1 -E 'invariant broken|ERROR:|runtime error' "$log" | cut -c1-150)"
    status=1
  fi
  printf '%-10s %12s %10s %8s %8s  %s\n' "$t" "$runs" "$rate" "$cov" "$ft" "$result"
done
[ $status -eq 0 ] && echo "fuzz: no crash, no broken invariant in ${seconds} s per target" || echo "fuzz: see build/fuzz/<target>.log and build/fuzz/crashes/"
exit $status
