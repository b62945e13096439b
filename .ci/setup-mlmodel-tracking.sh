#!/usr/bin/env bash
# What mlmodel-tracking and mlmodel-tracking-s3 need to run their tests (run as root, idempotent):
# the real MLflow 2.17.2 from ../shared/oracle (its setup apt-installs python3-boto3 and gunicorn too),
# setsid (util-linux) to give each test server its own process group, and keytool (the JDK) for TlsTest.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
command -v setsid >/dev/null || { export DEBIAN_FRONTEND=noninteractive; apt-get update -qq >/dev/null;
  apt-get install -y -qq --no-install-recommends util-linux >/dev/null; }
if [[ -f "$root/../shared/oracle/setup.sh" ]]; then
  bash "$root/../shared/oracle/setup.sh" >/dev/null
fi
