#!/usr/bin/env bash
# What mlmodel-xgboost and mlmodel-lightgbm need beyond Maven (run as root; idempotent).
# The tests themselves need nothing from here: their fixtures are committed, and xgboost4j and
# lightgbm4j bring their natives in their jars (lightgbm's need libgomp1, present on Debian).
# These packages let the fixture scripts and the pyfunc timing run with the oracle's Python:
#   testdata/xgboost/make_fixtures.py, testdata/xgboost/time_pyfunc.py,
#   testdata/lightgbm/make_fixtures.sh (save_with_mlflow.py)
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
need=()
for p in python3-xgboost python3-sklearn python3-pandas python3-numpy libgomp1; do
  dpkg -s "$p" >/dev/null 2>&1 || need+=("$p")
done
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}"
fi
