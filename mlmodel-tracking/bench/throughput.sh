#!/usr/bin/env bash
# docs/performance.md, "Models from a tracking server": a 100 MB artifact through a real MLflow 2.17.2 artifact proxy, downloaded by curl
# and by mlmodel-tracking from the same server in the same run, interleaved; then the resolution of
# the cached pinned URI with the server stopped (no network).
#   usage: bench/throughput.sh [ROUNDS]      (from mlmodel-tracking/, after mvn test-compile)
set -euo pipefail
rounds=${1:-3}
here=$(cd "$(dirname "$0")/.." && pwd)
dest=$(bash "$here/../../shared/oracle/setup.sh")
work=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
setsid "$dest/bin/mlflow" server --host 127.0.0.1 --port "$port" --backend-store-uri "sqlite:///$work/mlflow.db" \
  --artifacts-destination "$work/artifacts" --workers 1 >"$work/server.log" 2>&1 &
pgid=$!
trap 'kill -TERM -- -$pgid 2>/dev/null || true; sleep 1; kill -KILL -- -$pgid 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 240); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 0.5; done
uri="http://127.0.0.1:$port"
json=$("$dest/bin/python" "$here/src/test/resources/io/mlmodel/tracking/populate.py" "$uri" 100 2>/dev/null | tail -1)
run=$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["run1"])' "$json")
art=$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["artifact_uri1"][len("mlflow-artifacts:/"):])' "$json")
cp=$(cd "$here" && mvn -B -q -Dmaven.repo.local="${M2_REPO:-$HOME/.m2/repository}" dependency:build-classpath -Dmdep.outputFile=/dev/stdout | sed 's/\x1b\[[0-9;]*m//g')
cp="$here/target/classes:$here/target/test-classes:$cp"
echo "server $uri, artifact $art/big/blob.bin, $rounds rounds"
for r in $(seq 1 "$rounds"); do
  c=$(curl -s -o "$work/curl.bin" -w '%{size_download} %{time_total}' "$uri/api/2.0/mlflow-artifacts/artifacts/$art/big/blob.bin")
  rm -f "$work/curl.bin"
  rm -rf "$work/cache"
  j=$(java -cp "$cp" io.mlmodel.tracking.TrackingBench download "$uri" "runs:/$run/big/blob.bin" "$work/cache" "runs:/$run/notes/readme.txt")
  python3 - "$r" "$c" "$j" <<'PY'
import sys
r, (cb, cs), (jb, js) = sys.argv[1], sys.argv[2].split(), sys.argv[3].split()
c, j = int(cb) / float(cs) / 1e6, int(jb) / float(js) / 1e6
print(f"round {r}: curl {c:.1f} MB/s ({cs} s), mlmodel-tracking {j:.1f} MB/s ({js} s), ratio {j / c:.2f}")
PY
done
java -cp "$cp" io.mlmodel.tracking.TrackingBench download "$uri" "models:/iris/1" "$work/cache" "models:/iris/1" >/dev/null
kill -TERM -- -$pgid; sleep 2; kill -KILL -- -$pgid 2>/dev/null || true
echo "server stopped; resolving cached pinned URIs (no network):"
for u in "models:/iris/1" "runs:/$run/big/blob.bin"; do
  echo -n "$u: "
  java -cp "$cp" io.mlmodel.tracking.TrackingBench resolve "$uri" "$u" "$work/cache" 20000
done
