#!/usr/bin/env bash
# The LightGBM measurements of docs/performance.md ("XGBoost and LightGBM predictors"): the predictor against bare lightgbm4j, batch 1 and
# 10,000. (MLflow's side cannot be timed here: no Python LightGBM exists on this machine.)
# Run from mlmodel-lightgbm/: bash src/jmh/run-perf.sh   (output also in target/perf-18.txt)
set -euo pipefail
cd "$(dirname "$0")/../.."
testdata=$(cd ../testdata && pwd)
mvn -B -q -Pbench package
{
  java -Dmlmodel.testdata="$testdata" -jar target/benchmarks.jar LightgbmBenchmark -rf text -rff target/jmh-lightgbm.txt
  java -Dmlmodel.testdata="$testdata" -cp target/benchmarks.jar io.mlmodel.lightgbm.bench.PairedOverhead 41
} | tee target/perf-18.txt
