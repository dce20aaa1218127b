#!/usr/bin/env bash
# Checks that a refactor changed no behaviour: runs a fixed list of CLI commands (estimate, compare,
# list, report files, batch, project, preset, bad input) with the CLI built from BASE and with the
# CLI built from the working tree, and compares stdout, stderr, exit codes and every file written,
# byte for byte (PDFs by their text and page count: they carry a creation time).
#
#   scripts/same_output.sh [BASE]      BASE: a commit (default HEAD); builds both, prints the diff
#   scripts/same_output.sh run CLI DIR runs the list with one CLI and writes the outputs to DIR
#                                      (compare two such folders with diff -r)
#
# Exit 0 when every output is the same, 1 otherwise.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)

run_list() {
  local cli=$1 out=$2 ex="$root/resources/examples"
  rm -rf "$out"
  mkdir -p "$out/files" "$out/home"
  local n=0
  # One command per line; {F} is replaced by the folder for written files.
  while IFS= read -r line; do
    [[ -z "$line" || "$line" == \#* ]] && continue
    n=$((n + 1))
    local id
    id=$(printf '%02d' "$n")
    local cmd=${line//\{F\}/$out/files/$id}
    cmd=${cmd//\{EX\}/$ex}
    printf '%s\n' "$line" > "$out/$id.cmd"
    # A clean user data folder, a fixed zone and locale: the output depends on the code alone.
    set +e
    (cd "$out/files" && env -i PATH="$PATH" HOME="$out/home" XDG_DATA_HOME="$out/home/data" \
      XDG_CONFIG_HOME="$out/home/config" TZ=UTC LANG=C.UTF-8 \
      bash -c "$cli $cmd" > "$out/$id.out" 2> "$out/$id.err")
    echo $? > "$out/$id.rc"
    set -e
  done <<'EOF'
--version
--help
estimate --hardware nvidia-a100-sxm4-80-gb --count 8 --hours 100 --provider gcp --region europe-west4
estimate --hardware "NVIDIA H100 SXM5 80 GB" --count 64 --hours 240 --provider aws --region us-east-1 --format json
estimate --hardware nvidia-l4 --hours 12 --country FR --utilization 0.5 --format csv
estimate --hardware nvidia-a100-sxm4-80-gb --hours 10 --intensity 400 --pue 1.2 --power-w 300 --host-cpu-w 50 --host-memory-gb 64
estimate --hardware nvidia-a100-sxm4-80-gb --count 8 --hours 100 --provider azure --region westus --basis direct --format json
estimate --hardware nvidia-a100-sxm4-80-gb --hours 10 --country US-CA --utilization 0.7 --utilization-low 0.4 --utilization-high 0.9 --offset 30
compare --hardware nvidia-a100-sxm4-80-gb --count 8 --hours 100 --provider gcp --region europe-west4 --top 10
compare --hardware nvidia-a100-sxm4-80-gb --count 8 --hours 100 --provider aws --region us-east-1 --same-provider --format csv
compare --hardware nvidia-a100-sxm4-80-gb --hours 100 --country DE --countries --top 5 --format json
compare --hardware nvidia-h100-sxm5-80gb --hours 100 --provider gcp --region us-central1 --basis provider --top 8
list hardware --search h100
list hardware --format csv
list regions --provider aws
list countries --include-grid-zones --format csv
list providers --format json
list presets
report --hardware nvidia-a100-sxm4-80-gb --count 8 --hours 100 --provider gcp --region europe-west4 --pdf {F}.pdf --csv {F}.csv --compare-csv {F}-compare.csv --latex {F}.tex --markdown {F}.md --model-card {F}-card.md
report --hardware nvidia-l4 --hours 5 --country SE --pdf {F}.pdf --page-size letter --training-type fine-tuning --model-card {F}-card.md
estimate --project {EX}/small-llm.mlcarbon.json
estimate --project {EX}/small-llm.mlcarbon.json --format json
compare --project {EX}/small-llm.mlcarbon.json --top 10
report --project {EX}/small-llm.mlcarbon.json --pdf {F}.pdf --csv {F}.csv --compare-csv {F}-compare.csv --latex {F}.tex --markdown {F}.md --model-card {F}-card.md
estimate --preset bloom-176b-luccioni-et-al
estimate --preset bloom-176b-luccioni-et-al --provider gcp --region europe-north1 --format json
compare --preset bloom-176b-luccioni-et-al --top 5
report --preset bloom-176b-luccioni-et-al --pdf {F}.pdf --markdown {F}.md --latex {F}.tex --model-card {F}-card.md --csv {F}.csv
batch {EX}/jobs.csv
batch {EX}/jobs.csv -o {F}.csv --basis direct
batch - < {EX}/jobs.csv
estimate --hardware no-such-device --hours 1 --country FR
estimate --hardware a100 --hours 1 --country FR
estimate --hardware nvidia-l4 --hours -3 --country FR
estimate --hardware nvidia-l4 --hours 3 --provider gcp --region nowhere-9
estimate --hardware nvidia-l4 --hours 3 --country FR --intensity 100
compare --hardware nvidia-l4 --hours 3 --country FR --basis nonsense
report --hardware nvidia-l4 --hours 3 --country FR
list everything
frobnicate
EOF
  # Written files, PDFs by text and page count.
  for f in "$out"/files/*; do
    [ -f "$f" ] || continue
    if [[ "$f" == *.pdf ]]; then
      { pdfinfo "$f" | grep -E '^(Pages|Page size):'; pdftotext -layout "$f" -; } > "$f.txt"
      rm "$f"
    fi
  done
  # The folder the outputs went to is written as {OUT}, so any two runs compare.
  grep -rlF "$out" "$out" | xargs -r sed -i "s#$out#{OUT}#g"
  echo "$n commands" > "$out/count"
}

if [ "${1:-}" = run ]; then
  run_list "$2" "$3"
  exit 0
fi

base=${1:-HEAD}
work="$root/build/same-output"
mkdir -p "$work"
# The base, built in a worktree of its own (kept between runs; only the CLI is built).
if [ ! -d "$work/src" ]; then
  git -C "$root" worktree add --detach "$work/src" "$base" > /dev/null
else
  git -C "$work/src" checkout --quiet --detach "$base"
fi
cmake -S "$work/src" -B "$work/base-build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DMLCARBON_BUILD_TESTS=OFF > /dev/null
cmake --build "$work/base-build" --target mlcarbon-cli > /dev/null
cmake -S "$root" -B "$work/head-build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DMLCARBON_BUILD_TESTS=OFF > /dev/null
cmake --build "$work/head-build" --target mlcarbon-cli > /dev/null

# Both run in the same folder, so the paths they print are the same.
rm -rf "$work/base" "$work/head"
run_list "$work/base-build/app/mlcarbon-cli" "$work/run" && mv "$work/run" "$work/base"
run_list "$work/head-build/app/mlcarbon-cli" "$work/run" && mv "$work/run" "$work/head"
if diff -r "$work/base" "$work/head" > "$work/diff.txt"; then
  echo "same output: $(cat "$work/head/count") of the CLI, base $(git -C "$work/src" rev-parse --short HEAD)"
  exit 0
fi
echo "DIFFERENT output from base $(git -C "$work/src" rev-parse --short HEAD) (full diff: $work/diff.txt):" >&2
head -60 "$work/diff.txt" >&2
exit 1
