#!/usr/bin/env bash
# cli-start.sh: start to first model, the CLI against MLflow's Python, measured in one run.
#
#   bash mlmodel-cli/bench/cli-start.sh [RUNS] [MODEL]        (defaults: 20, testdata/models/flavor_onnx)
#
# Times, RUNS times each, interleaved (A B C D A B C D ...) so that a change in the machine's load
# hits every command alike:
#   cli      DIST/bin/mlmodel inspect MODEL          the distribution's launcher, its class data
#                                                    sharing archive lib/mlmodel.jsa mapped
#   nocds    the same with MLMODEL_CDS=off           (what the archive saves)
#   jvm      java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -version   (the JVM's own start, the floor)
#   python   ORACLE/bin/python -c "from mlflow.models import Model; Model.load('MODEL')"
# and prints, per command, the median wall time and the median CPU time (user + system, which the
# load of other processes on the machine disturbs much less than wall time). With hyperfine
# installed (Debian package hyperfine) and BENCH_HYPERFINE=1, hyperfine runs them instead (one
# command after the other, not interleaved) and its summary is printed too.
# DIST defaults to mlmodel-cli/target/mlmodel (the mlmodel-cli module's package phase).
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-20}
model=${2:-testdata/models/flavor_onnx}
dist=${DIST:-mlmodel-cli/target/mlmodel}
python=$(bash ../shared/oracle/setup.sh)/bin/python
[[ -x $dist/bin/mlmodel ]] || { echo "no $dist/bin/mlmodel: build the distribution first" >&2; exit 2; }

names=(cli nocds jvm python)
cmds=("$dist/bin/mlmodel inspect $model"
  "MLMODEL_CDS=off $dist/bin/mlmodel inspect $model"
  "java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -version"
  "$python -c \"from mlflow.models import Model; Model.load('$model')\"")
[[ -f $dist/lib/mlmodel.jsa ]] || echo "warning: no $dist/lib/mlmodel.jsa: the cli runs without its archive" >&2

# Each must succeed before it is timed.
for c in "${cmds[@]}"; do
  bash -c "$c" > /dev/null || { echo "failed: $c" >&2; exit 1; }
done

if [[ ${BENCH_HYPERFINE:-0} == 1 ]] && command -v hyperfine > /dev/null; then
  hyperfine -w 2 -r "$runs" "${cmds[@]}"
fi

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
TIMEFORMAT='%3R %3U %3S'
for ((r = 0; r < runs; r++)); do
  for i in "${!cmds[@]}"; do
    start=$(date +%s%N)
    { time bash -c "${cmds[$i]}" > /dev/null 2>&1; } 2> "$out/cpu"
    end=$(date +%s%N)
    read -r _ user sys < "$out/cpu"
    echo "$(( (end - start) / 1000000 ))" >> "$out/wall.$i"
    awk -v u="$user" -v s="$sys" 'BEGIN { printf "%d\n", (u + s) * 1000 }' >> "$out/cpu.$i"
  done
done

median() { sort -n "$1" | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
printf '%s runs each, interleaved; load average at the end: %s\n' "$runs" "$(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-8s %16s %16s %10s\n' command "median wall ms" "median cpu ms" "min wall"
for i in "${!cmds[@]}"; do
  printf '%-8s %16s %16s %10s\n' "${names[$i]}" "$(median "$out/wall.$i")" "$(median "$out/cpu.$i")" "$(sort -n "$out/wall.$i" | head -1)"
done
