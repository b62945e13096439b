#!/usr/bin/env bash
# The measurements of docs/performance.md ("XGBoost and LightGBM predictors") in one run: JMH (predictor against bare xgboost4j, batch 1
# and 10,000; one table row through enforcement), then MLflow's pyfunc on the same one row of the
# same model (testdata/xgboost/time_pyfunc.py, oracle Python with XGBoost 1.7).
# Run from mlmodel-xgboost/: bash src/jmh/run-perf.sh   (output also in target/perf-18.txt)
set -euo pipefail
cd "$(dirname "$0")/../.."
testdata=$(cd ../testdata && pwd)
mvn -B -q -Pbench package
{
  java -Dmlmodel.testdata="$testdata" -jar target/benchmarks.jar XgboostBenchmark -rf text -rff target/jmh-xgboost.txt
  cat target/jmh-xgboost.txt
  java -Dmlmodel.testdata="$testdata" -cp target/benchmarks.jar io.mlmodel.xgboost.bench.PairedOverhead 41
  python="$(bash ../../shared/oracle/setup.sh)/bin/python"
  # from an empty folder: importing MLflow there may leave an mlruns/ folder behind
  (cd "$(mktemp -d)" && "$python" "$testdata/xgboost/time_pyfunc.py" "$testdata/xgboost/binary_json" "$testdata/xgboost/binary_json.expected.json" 500 2>/dev/null)
} | tee target/perf-18.txt
