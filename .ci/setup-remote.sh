#!/usr/bin/env bash
# mlmodel-remote's tests run the real MLflow 2.17.2 scoring server (mlflow models serve) from
# ../shared/oracle: set it up once (apt-installs Debian's python3-* packages, then unpacks MLflow
# into $HOME/.cache/mlflow-oracle). Idempotent; run as root. setsid and /proc come with util-linux
# and Linux.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
shared="${MLMODEL_SHARED:-$here/../shared}"
if ! command -v setsid >/dev/null; then
  apt-get install -y -qq --no-install-recommends util-linux
fi
if [ -f "$shared/oracle/setup.sh" ]; then
  bash "$shared/oracle/setup.sh" >/dev/null
else
  echo "setup-remote: no $shared/oracle; the tests that need MLflow will skip" >&2
fi
