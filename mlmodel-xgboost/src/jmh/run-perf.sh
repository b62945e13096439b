#!/usr/bin/env bash
# The XGBoost measurements of docs/performance.md ("XGBoost and LightGBM predictors"):
#   jmh     JMH averages and allocation (-prof gc): predictor against bare xgboost4j, batch 1 and
#           10,000, tensor and table input; one table row through enforcement  (about 2.5 min)
#   paired  PairedOverhead: the overhead ratios, interleaved blocks, thread CPU time   (about 1 min)
#   pyfunc  one row on the JVM, then mlflow.pyfunc on the same row of the same model   (about 1 min)
#   crossover  the Java tree walk against the native call, by batch size and model, to place the
#           walk's threshold (not part of all)                                            (about 3 min)
#   load    XgboostLoadBenchmark: Predictors.load of a 500-tree model, and the load's Java side
#           alone, JSON and UBJSON, wall and thread CPU an operation and -prof gc; the model is
#           written first into target/xgb-large by testdata/xgboost/make_fixtures.py --large with
#           the oracle's Python (not part of all)                                 (about 1.5 min)
#   all     jmh, paired and pyfunc, in this order (the default)
# Builds the module and the core from this checkout through the reactor (never from ~/.m2, never
# installing). Set BENCH_LOCK=/path/to/lockfile to run each measurement under flock, so that no
# two benchmarks on a shared machine overlap. Output also in mlmodel-xgboost/target/perf-18.txt.
# Run from anywhere: bash mlmodel-xgboost/src/jmh/run-perf.sh [jmh|paired|pyfunc|crossover|load|all]
set -euo pipefail
what=${1:-all}
module=$(cd "$(dirname "$0")/../.." && pwd)
root=$(cd "$module/.." && pwd)
testdata=$root/testdata
lock=()
if [ -n "${BENCH_LOCK:-}" ]; then lock=(flock "$BENCH_LOCK"); fi
(cd "$root" && mvn -B -q -o -Pbench -pl mlmodel-xgboost -am -DskipTests -Dmaven.javadoc.skip package)
jar=$module/target/benchmarks.jar
run() { "${lock[@]}" java -Dmlmodel.testdata="$testdata" "$@"; }
{
  if [ "$what" = jmh ] || [ "$what" = all ]; then
    run -jar "$jar" XgboostBenchmark -prof gc -rf text -rff "$module/target/jmh-xgboost.txt"
    cat "$module/target/jmh-xgboost.txt"
  fi
  if [ "$what" = paired ] || [ "$what" = all ]; then
    run -cp "$jar" io.mlmodel.xgboost.bench.PairedOverhead 41
  fi
  if [ "$what" = crossover ]; then
    run -cp "$jar" io.mlmodel.xgboost.bench.Crossover 11
  fi
  if [ "$what" = load ]; then
    large=$module/target/xgb-large
    if [ ! -d "$large/large_ubj" ]; then
      (cd "$(mktemp -d)" && "$(bash "$root/../shared/oracle/setup.sh")/bin/python" \
        "$testdata/xgboost/make_fixtures.py" --large "$large" 2>/dev/null)
    fi
    ls -l "$large"/large_*/model.*
    run -Dbench.large="$large" -jar "$jar" XgboostLoadBenchmark -prof gc -rf text -rff "$module/target/jmh-xgboost-load.txt"
    cat "$module/target/jmh-xgboost-load.txt"
  fi
  if [ "$what" = pyfunc ] || [ "$what" = all ]; then
    python="$(bash "$root/../shared/oracle/setup.sh")/bin/python"
    # the JVM's one row and then Python's, back to back under one lock
    # (from an empty folder: importing MLflow there may leave an mlruns/ folder behind)
    "${lock[@]}" bash -c 'java -Dmlmodel.testdata="$1" -cp "$2" io.mlmodel.xgboost.bench.PairedOverhead 21 one-row &&
      cd "$(mktemp -d)" && "$3" "$1/xgboost/time_pyfunc.py" "$1/xgboost/binary_json" "$1/xgboost/binary_json.expected.json" 300 2>/dev/null' \
      _ "$testdata" "$jar" "$python"
  fi
} | tee "$module/target/perf-18.txt"
