#!/usr/bin/env bash
# Writes the seed inputs of the YAML and MLmodel fuzz targets: every MLmodel under testdata/models
# plus the hand-made traps in testdata/fuzz/traps. Findings that Jazzer adds to the same folders
# (crash-*, timeout-*, oom-*) are kept: this script only adds or overwrites seed-* files.
set -euo pipefail
cd "$(dirname "$0")/../.."
for dir in mlmodel/src/test/resources/io/mlmodel/yaml/YamlReaderFuzzTestInputs/parse \
           mlmodel/src/test/resources/io/mlmodel/model/MLModelReadFuzzTestInputs/read; do
  mkdir -p "$dir"
  for m in testdata/models/*/MLmodel; do
    cp "$m" "$dir/seed-$(basename "$(dirname "$m")")"
  done
  for t in testdata/fuzz/traps/*; do
    cp "$t" "$dir/seed-trap-$(basename "$t")"
  done
done

# Signature target: inputs, outputs and params JSON joined by NUL bytes, from our own models.
sig=mlmodel/src/test/resources/io/mlmodel/signature/SignatureFuzzTestInputs/fromStrings
mkdir -p "$sig"
python3 - "$sig" <<'PY'
import glob, os, sys, yaml
out = sys.argv[1]
for m in sorted(glob.glob("testdata/models/*/MLmodel")):
    doc = yaml.safe_load(open(m, encoding="utf-8")) or {}
    s = doc.get("signature")
    if isinstance(s, dict):
        parts = [s.get(k) or "" for k in ("inputs", "outputs", "params")]
        name = os.path.basename(os.path.dirname(m))
        with open(os.path.join(out, "seed-" + name), "wb") as f:
            f.write("\0".join(parts).encode("utf-8"))
PY
for t in testdata/fuzz/signatures/*; do cp "$t" "$sig/seed-$(basename "$t")"; done

# Environment targets: the files of testdata/env.
envdir=mlmodel/src/test/resources/io/mlmodel/env/EnvFuzzTestInputs
for pair in condaEnv:conda.yaml pythonEnv:python_env.yaml requirements:requirements.txt \
            registeredModelMeta:registered_model_meta; do
  target=${pair%%:*}; file=${pair#*:}
  mkdir -p "$envdir/$target"
  for f in testdata/env/*/"$file"; do
    [ -f "$f" ] && cp "$f" "$envdir/$target/seed-$(basename "$(dirname "$f")")"
  done
done

# Scoring-request targets: the issue-16 shapes (many rows, many values, wide headers and rows),
# scaled to the targets' small limits (64 KiB, 2,000 cells, 100 columns) so that the fuzzer starts
# at each limit's edge.
req=mlmodel/src/test/resources/io/mlmodel/predict/ScoringRequestsFuzzTestInputs
python3 - "$req" <<'PY'
import os, sys
out = sys.argv[1]
def write(kind, name, text):
    with open(os.path.join(out, kind, "seed-issue16-" + name), "w", encoding="utf-8") as f:
        f.write(text)
write("json", "many-instances", '{"instances": [' + "0," * 2500 + "0]}")
write("json", "wide-split-columns", '{"dataframe_split": {"columns": [' + ",".join('"c%d"' % i for i in range(150))
      + '], "data": [[' + ",".join("0" for _ in range(150)) + "]]}}")
write("json", "wide-split-row", '{"dataframe_split": {"data": [[' + "0," * 150 + "0]]}}")
write("json", "wide-records", '{"dataframe_records": [{' + ", ".join('"k%d": %d' % (i, i) for i in range(150)) + "}]}")
write("json", "wide-inputs", '{"inputs": {' + ", ".join('"k%d": [%d]' % (i, i) for i in range(150)) + "}}")
write("json", "many-strings", '{"instances": [' + '"ab",' * 2500 + '"a"]}')
write("csv", "many-rows", "a,b\n" + "12,34\n" * 1500)
write("csv", "wide-header", "a," * 150 + "a\n1\n")
write("csv", "long-row", "a\n1" + ",1" * 300 + "\n")
write("csv", "many-text-rows", "a\n" + "x\n" * 2500)
PY
