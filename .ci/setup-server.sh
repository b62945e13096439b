#!/usr/bin/env bash
# Tools the mlmodel-server tests and load script need (run as root; idempotent):
# chromium + chromium-driver for the /docs "Try it out" test, wrk for mlmodel-server/bench/load.sh.
set -euo pipefail
missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v chromedriver >/dev/null || missing+=(chromium-driver)
command -v wrk >/dev/null || missing+=(wrk)
if [ ${#missing[@]} -gt 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
