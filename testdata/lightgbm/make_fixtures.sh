#!/usr/bin/env bash
# Writes the LightGBM fixtures of this folder. No Python LightGBM exists here, so:
#  1. LightgbmFixtureGenerator (mlmodel-lightgbm's test sources) trains three small Boosters with
#     the JVM binding (lightgbm4j 4.1.0-2, LightGBM 4.1.0) and writes their text models and the
#     probe rows (probe.input.json);
#  2. save_with_mlflow.py lays each out with MLflow 2.17.2's own mlflow.lightgbm.save_model.
# Run from the repository root: bash testdata/lightgbm/make_fixtures.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
module="$here/../../mlmodel-lightgbm"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$module" && mvn -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile="$work/cp.txt")
java -cp "$module/target/classes:$module/target/test-classes:$(cat "$work/cp.txt")" \
  io.mlmodel.lightgbm.LightgbmFixtureGenerator "$work" "$here"
python="$(bash "$here/../../../shared/oracle/setup.sh")/bin/python"
(cd "$work" && "$python" "$here/save_with_mlflow.py" "$work" "$here")
