#!/usr/bin/env bash
# docs/performance.md, "Models from a tracking server": a 100 MiB artifact through a real MLflow 2.17.2
# artifact proxy, downloaded by curl and by mlmodel-tracking from the same server in the same run,
# alternating which goes first each round; wall and CPU time of both. Then the cached pinned URIs
# are resolved with the server stopped (no network).
#
#   usage: mlmodel-tracking/bench/throughput.sh [ROUNDS]     (default 4; from anywhere; needs ../shared/oracle)
#   BENCH_LOCK=/path/to/lock  holds that lock (flock) over the measurement, not over the build
#
# Builds core and mlmodel-tracking through the reactor (mvn -o -pl mlmodel-tracking -am test-compile:
# this worktree's core, never an installed one) and runs a copy of the compiled classes. About 2 minutes for
# 4 rounds on an idle machine (server start and logging the 100 MiB artifact take about 40 s).
set -euo pipefail
rounds=${1:-4}
here=$(cd "$(dirname "$0")/.." && pwd)
root=$(cd "$here/.." && pwd)
if [[ -z ${BENCH_MEASURE:-} ]]; then
  (cd "$root" && mvn -B -q -o -pl mlmodel-tracking -am test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath)
  # the compiled classes copied, so that a build started later cannot change them under the runs
  BENCH_CLASSES=$(mktemp -d) BENCH_CLASSPATH="" n=0
  for e in "$here/target/classes" "$here/target/test-classes" $(tr ':' ' ' <"$here/target/bench.classpath"); do
    if [[ -d $e ]]; then n=$((n + 1)); cp -r "$e" "$BENCH_CLASSES/$n"; e="$BENCH_CLASSES/$n"; fi
    BENCH_CLASSPATH="${BENCH_CLASSPATH:+$BENCH_CLASSPATH:}$e"
  done
  export BENCH_MEASURE=1 BENCH_CLASSES BENCH_CLASSPATH
  if [[ -n ${BENCH_LOCK:-} ]]; then exec flock "$BENCH_LOCK" "$0" "$@"; fi
  exec "$0" "$@"
fi

dest=$(bash "$root/../shared/oracle/setup.sh")
work=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
setsid "$dest/bin/mlflow" server --host 127.0.0.1 --port "$port" --backend-store-uri "sqlite:///$work/mlflow.db" \
  --artifacts-destination "$work/artifacts" --workers 1 >"$work/server.log" 2>&1 &
pgid=$!
trap 'kill -TERM -- -$pgid 2>/dev/null || true; sleep 1; kill -KILL -- -$pgid 2>/dev/null || true; rm -rf "$work" "$BENCH_CLASSES"' EXIT
for _ in $(seq 1 240); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 0.5; done
uri="http://127.0.0.1:$port"
json=$("$dest/bin/python" "$here/src/test/resources/io/mlmodel/tracking/testsupport/populate.py" "$uri" 100 2>/dev/null | tail -1)
run=$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["run1"])' "$json")
art=$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["artifact_uri1"][len("mlflow-artifacts:/"):])' "$json")
echo "$(date -u '+%F %R UTC'), commit $(git -C "$here" describe --always --dirty), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "server $uri, artifact $art/big/blob.bin, $rounds rounds"

curl_once() { # prints "bytes wall_s cpu_s"
  local TIMEFORMAT='%R %U %S' t b
  t=$( { time curl -s -o "$work/curl.bin" "$uri/api/2.0/mlflow-artifacts/artifacts/$art/big/blob.bin" >/dev/null; } 2>&1 )
  b=$(stat -c %s "$work/curl.bin")
  rm -f "$work/curl.bin"
  python3 -c 'import sys; w,u,s=map(float,sys.argv[2].split()); print(sys.argv[1], w, u + s)' "$b" "$t"
}
ours_once() { # prints "bytes wall_s cpu_s" (timed inside the JVM, after a small warm-up download)
  rm -rf "$work/cache"
  java -cp "$BENCH_CLASSPATH" io.mlmodel.tracking.TrackingBench download "$uri" "runs:/$run/big/blob.bin" "$work/cache" \
    "runs:/$run/notes/readme.txt"
}
results=()
for r in $(seq 1 "$rounds"); do
  if (( r % 2 )); then c=$(curl_once); j=$(ours_once); else j=$(ours_once); c=$(curl_once); fi
  results+=("$r $c $j")
done
printf '%s\n' "${results[@]}" | python3 -c '
import statistics, sys
rows = [l.split() for l in sys.stdin if l.strip()]
ratios = []
print("| round (first) | curl MB/s (wall, CPU) | mlmodel-tracking MB/s (wall, CPU) | ratio | CPU s per 100 MiB, curl / ours |")
print("|---|---|---|---|---|")
for r, cb, cw, cc, jb, jw, jc in rows:
    c, j = int(cb) / float(cw) / 1e6, int(jb) / float(jw) / 1e6
    ratios.append(j / c)
    first = "curl" if int(r) % 2 else "ours"
    print(f"| {r} ({first}) | {c:.1f} ({float(cw):.1f} s, {float(cc):.2f} s) | {j:.1f} ({float(jw):.1f} s, {float(jc):.2f} s) | {j / c:.2f} | {float(cc):.2f} / {float(jc):.2f} |")
print(f"median ratio {statistics.median(ratios):.2f} (goal >= 0.80), min {min(ratios):.2f}, max {max(ratios):.2f}")
'
java -cp "$BENCH_CLASSPATH" io.mlmodel.tracking.TrackingBench download "$uri" "models:/iris/1" "$work/cache" "models:/iris/1" >/dev/null
kill -TERM -- -$pgid; sleep 2; kill -KILL -- -$pgid 2>/dev/null || true
echo "server stopped; resolving cached pinned URIs (no network):"
for u in "models:/iris/1" "runs:/$run/big/blob.bin"; do
  echo -n "$u: "
  java -cp "$BENCH_CLASSPATH" io.mlmodel.tracking.TrackingBench resolve "$uri" "$u" "$work/cache" 20000
done
