#!/usr/bin/env bash
# Writes the seed inputs of the YAML and MLmodel fuzz targets: every MLmodel under testdata/models
# plus the hand-made traps in testdata/fuzz/traps. Findings that Jazzer adds to the same folders
# (crash-*, timeout-*, oom-*) are kept: this script only adds or overwrites seed-* files.
set -euo pipefail
cd "$(dirname "$0")/../.."
for dir in src/test/resources/io/mlmodel/yaml/YamlReaderFuzzTestInputs/parse \
           src/test/resources/io/mlmodel/model/MLModelReadFuzzTestInputs/read; do
  mkdir -p "$dir"
  for m in testdata/models/*/MLmodel; do
    cp "$m" "$dir/seed-$(basename "$(dirname "$m")")"
  done
  for t in testdata/fuzz/traps/*; do
    cp "$t" "$dir/seed-trap-$(basename "$t")"
  done
done
