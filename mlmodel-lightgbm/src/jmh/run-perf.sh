#!/usr/bin/env bash
# The LightGBM measurements of docs/performance.md ("XGBoost and LightGBM predictors"):
#   jmh     JMH averages and allocation (-prof gc): predictor against bare lightgbm4j, batch 1 and
#           10,000, tensor and table input  (about 1.5 min)
#   paired  PairedOverhead: the overhead ratios, interleaved blocks, thread CPU time  (about 1 min)
#   all     both, in this order (the default)
# (MLflow's side cannot be timed here: no Python LightGBM exists on this machine.)
# Builds the module and the core from this checkout through the reactor (never from ~/.m2, never
# installing). Set BENCH_LOCK=/path/to/lockfile to run each measurement under flock, so that no
# two benchmarks on a shared machine overlap. Output also in mlmodel-lightgbm/target/perf-18.txt.
# Run from anywhere: bash mlmodel-lightgbm/src/jmh/run-perf.sh [jmh|paired|all]
set -euo pipefail
what=${1:-all}
module=$(cd "$(dirname "$0")/../.." && pwd)
root=$(cd "$module/.." && pwd)
testdata=$root/testdata
lock=()
if [ -n "${BENCH_LOCK:-}" ]; then lock=(flock "$BENCH_LOCK"); fi
(cd "$root" && mvn -B -q -o -Pbench -pl mlmodel-lightgbm -am -DskipTests -Dmaven.javadoc.skip package)
jar=$module/target/benchmarks.jar
run() { "${lock[@]}" java -Dmlmodel.testdata="$testdata" "$@"; }
{
  if [ "$what" = jmh ] || [ "$what" = all ]; then
    run -jar "$jar" LightgbmBenchmark -prof gc -rf text -rff "$module/target/jmh-lightgbm.txt"
    cat "$module/target/jmh-lightgbm.txt"
  fi
  if [ "$what" = paired ] || [ "$what" = all ]; then
    run -cp "$jar" io.mlmodel.lightgbm.bench.PairedOverhead 41
  fi
} | tee "$module/target/perf-18.txt"
