#!/usr/bin/env bash
# Load test of mlmodel-server (docs/performance.md, "The scoring server"): wrk on 127.0.0.1, one server at a time, bounded.
#   1. batch of 1 on testdata/onnx/external_data at 16 connections: our server vs `mlflow models serve`
#      (default single worker) on the numpy python_function twin, vs a bare Netty server answering 200;
#   2. a large batch (ROWS rows) through the server vs the same work in-process, and vs bare Netty
#      answering the same bytes (the transport alone), interleaved in one JVM (LargeBatchBench);
#   3. our server runs with -Xmx256m (and the serial collector, as `mlmodel serve`); its heap after the load is read with jcmd.
# usage: bench/load.sh [SECONDS (default 10)] [ROWS (default 10000)] [WARM-UP SECONDS (default 2x SECONDS)]
#   WINDOWS=N (default 3): measured windows of SECONDS each for our server and bare Netty, after the warm-up;
#   each window's requests/s and p99 are printed, and the goal lines use their medians (one window's p99
#   moves by 2x between windows of the same server on this shared machine, docs/performance-history.md,
#   "p99 after the JIT settles")
# needs: wrk (.ci/setup-server.sh), ../shared/oracle for the MLflow row (skipped without it).
set -euo pipefail
cd "$(dirname "$0")/.."
DUR=${1:-10}
ROWS=${2:-10000}
WARM=${3:-$((DUR * 2))}
WINDOWS=${WINDOWS:-3}
MODEL=$(cd ../testdata/onnx/external_data && pwd)
TMP=$(mktemp -d)
PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill -TERM -- "-$p" 2>/dev/null || true; done; rm -rf "$TMP"; }
trap cleanup EXIT

# Built in the reactor, so the core and mlmodel-onnx are this checkout's, not an installed copy;
# target/lib is emptied first so that no jar of an older dependency version stays on the class path.
rm -rf target/lib
(cd .. && mvn -B -q -o package -DskipTests -Dmaven.javadoc.skip -pl mlmodel-server -am >/dev/null)
CP="target/classes:target/test-classes:target/lib/*"
# The server JVM's options, the same for our server and bare Netty: `mlmodel serve`'s collector (the
# serial one: its young pauses stay under 2 ms on these 2 shared cores, G1's took 3 to 70 ms;
# docs/performance-history.md, "p99 at batch 1") and a fixed 256 MB heap (the goal's bound).
SERVER_JVM="-Xmx256m -Xms256m -XX:+UseSerialGC"

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
wait_up() { for _ in $(seq 1 600); do curl -fs "http://127.0.0.1:$1$2" >/dev/null 2>&1 && return 0; sleep 0.2; done; echo "no answer on $1" >&2; return 1; }
start() { setsid "$@" >"$TMP/server.log" 2>&1 & PIDS+=($!); LAST=$!; }
stop() { kill -TERM -- "-$LAST" 2>/dev/null || true; wait "$LAST" 2>/dev/null || true; }

cat >"$TMP/post1.lua" <<'LUA'
wrk.method = "POST"
wrk.body = '{"inputs": [[1.0, 2.0, 3.0]]}'
wrk.headers["Content-Type"] = "application/json"
LUA
python3 - "$ROWS" "$TMP/big.json" <<'PY'
import sys
rows = int(sys.argv[1])
with open(sys.argv[2], "w") as f:
    f.write('{"inputs": [' + ", ".join("[%d.5, %d.25, -%d.0]" % (i % 97, i % 13, i % 7) for i in range(rows)) + "]}")
PY

# wrk's summary as "rps p50 p99 requests wrk-cpu-us-a-request" (latencies in ms); wrk shares the
# 2 cores with the server, so its own CPU a request is part of the picture
run_wrk() {
  local t=2; [ "$1" -lt 2 ] && t=1; local out cpu TIMEFORMAT='%U %S'
  { time wrk -t"$t" -c"$1" -d"${D:-$DUR}s" --latency -s "$2" "$3" >"$TMP/wrk.out"; } 2>"$TMP/wrk.time"
  out=$(cat "$TMP/wrk.out"); cpu=$(awk '{ print $1 + $2 }' "$TMP/wrk.time")
  echo "$out" >>"$TMP/wrk.log"
  echo "$out" | grep -q "Non-2xx" && { echo "non-2xx answers from $3" >&2; echo "$out" >&2; exit 1; }
  echo "$out" | awk -v cpu="$cpu" '
    function ms(v) { if (v ~ /us$/) return v/1000; if (v ~ /ms$/) return v+0; if (v ~ /s$/) return v*1000; return v }
    /requests in/ { n=$1 } /Requests\/sec/ { rps=$2 } /^ +50%/ { p50=ms($2) } /^ +99%/ { p99=ms($2) }
    END { printf "%.0f %.2f %.2f %d %.1f\n", rps, p50, p99, n, cpu * 1e6 / n }' 
}

# CPU time (clock ticks, user + system) of every thread of every process in the group of $1, but
# the JVM's JIT compiler threads: the machine is shared, so CPU per request is the comparison that
# the other processes' load does not distort, and on a loaded machine the short runs are still
# warming up, so JIT compilation (a one-off cost) is counted apart, in JIT_TICKS
ticks() {
  local t=0 j=0 pid task v
  for pid in $(pgrep -g "$1"); do
    for task in /proc/"$pid"/task/*; do
      v=$(awk '{ print $14 + $15 }' "$task/stat" 2>/dev/null || echo 0)
      case "$(cat "$task/comm" 2>/dev/null)" in
        C1\ Compiler*|C2\ Compiler*) j=$((j + v)) ;;
        *) t=$((t + v)) ;;
      esac
    done
  done
  echo "$t $j"
}
# "rps p50 p99 cpu-us-per-request jit-us-per-request wrk-us-per-request" for a measured run against
# the server of group $LAST
measure() {
  local b bj a aj rps p50 p99 n w
  read -r b bj < <(ticks "$LAST")
  read -r rps p50 p99 n w < <(run_wrk "$@")
  read -r a aj < <(ticks "$LAST")
  echo "$rps $p50 $p99 $(awk -v t=$((a - b)) -v j=$((aj - bj)) -v hz="$(getconf CLK_TCK)" -v n="$n" \
    'BEGIN { printf "%.1f %.1f", t * 1e6 / hz / n, j * 1e6 / hz / n }') $w"
}
# Warm-up of the server of group $LAST: WARM seconds, then 5-second rounds (at most 6) until the
# JIT compiler threads used under 0.5% of the server's CPU in a round (at 2%, C2 was still compiling
# in bursts that set the next window's p99: docs/performance-history.md, "p99 after the JIT settles"). On a busy machine the JIT gets
# a small share of the CPU and is still compiling long after a fixed warm-up, so that a fixed one
# measures partly compilation and cold code.
warm() {
  local r rps p50 p99 cpu jit w
  D=$WARM run_wrk "$@" >/dev/null
  for r in 1 2 3 4 5 6; do
    read -r rps p50 p99 cpu jit w < <(D=5 measure "$@")
    awk -v c="$cpu" -v j="$jit" 'BEGIN { exit !(j <= 0.005 * (c + j)) }' && return 0
  done
  echo "warning: the JIT was still compiling after the warm-up ($jit us a request)" >&2
}

# WINDOWS measured windows of the server of group $LAST, each printed to stderr as it ends; prints
# the window whose requests/s is the median, with the median p99 of all windows and the list of
# p99s: "rps p50 p99-median cpu jit wrk p99-list"
windows() {
  local i l lines="" p99s="" med mid
  for i in $(seq 1 "$WINDOWS"); do
    l=$(measure "$@"); echo "  window $i: $l (rps p50 p99 cpu jit wrk)" >&2
    lines+="$l"$'\n'; p99s+="${p99s:+/}$(echo "$l" | cut -d' ' -f3)"
  done
  mid=$(( (WINDOWS + 1) / 2 ))
  med=$(printf '%s' "$lines" | cut -d' ' -f3 | sort -g | sed -n "${mid}p")
  # the window of median requests/s gives the other columns
  printf '%s' "$lines" | sort -g -k1,1 | sed -n "${mid}p" | awk -v med="$med" -v list="$p99s" '{ print $1, $2, med, $4, $5, $6, list }'
}

row() { printf '| %s | %s | %s | %s | %s | %s | %s |\n' "$1" "$2" "$3" "$4" "$5" "$6" "$7"; }

# --- ours
PORT=$(free_port)
start java $SERVER_JVM -cp "$CP" io.mlmodel.server.ServerMain "linear=$MODEL" --port "$PORT" --no-access-log \
  --max-request-bytes 67108864
wait_up "$PORT" /ping
warm 16 "$TMP/post1.lua" "http://127.0.0.1:$PORT/invocations"
read -r OURS_RPS OURS_P50 OURS_P99 OURS_CPU OURS_JIT OURS_WRK OURS_P99S < <(windows 16 "$TMP/post1.lua" "http://127.0.0.1:$PORT/invocations")
JPID=$(pgrep -P "$LAST" java || echo "$LAST")
# the used sizes of every generation line ("total ..., used N K"): the serial collector lists two
HEAP=$(jcmd "$JPID" GC.heap_info 2>/dev/null | awk '/total/ && /used/ { for (i=1;i<=NF;i++) if ($i=="used") { sub(/K.*/, "", $(i+1)); kb += $(i+1) } }
  END { if (kb) print kb "K" }')
stop

# --- a large batch through the server and in-process, interleaved in one JVM (-Xmx256m as well)
java -Xmx256m -cp "$CP" io.mlmodel.server.LargeBatchBench "$MODEL" "$TMP/big.json" "$((DUR * 3))" >"$TMP/big.txt"
BLOCKS=$(awk '/^blocks/ { print $2 }' "$TMP/big.txt")
BIG_MS=$(awk '/^server/ { print $2 }' "$TMP/big.txt")
BASE_MS=$(awk '/^decode\+enforce\+predict / { print $2 }' "$TMP/big.txt")
BASE_ENC_MS=$(awk '/^decode\+enforce\+predict\+encode/ { print $2 }' "$TMP/big.txt")
FLOOR_MS=$(awk '/^bare-netty-same-bytes/ { print $2 }' "$TMP/big.txt")

# --- bare Netty
PORT=$(free_port)
start java $SERVER_JVM -cp "$CP" io.mlmodel.server.BareNettyServer "$PORT"
wait_up "$PORT" /
warm 16 "$TMP/post1.lua" "http://127.0.0.1:$PORT/invocations"
read -r BARE_RPS BARE_P50 BARE_P99 BARE_CPU BARE_JIT BARE_WRK BARE_P99S < <(windows 16 "$TMP/post1.lua" "http://127.0.0.1:$PORT/invocations")
stop

# --- MLflow
MLF_RPS=""; MLF_P50=""; MLF_P99=""; MLF_CPU=""
if [ -d ../../shared/oracle ]; then
  ORACLE=$(bash ../../shared/oracle/setup.sh | tail -1)
  "$ORACLE/bin/python" src/test/resources/io/mlmodel/server/linear_pyfunc.py "$TMP/pyfunc" >/dev/null 2>&1
  PORT=$(free_port)
  start "$ORACLE/bin/mlflow" models serve -m "$TMP/pyfunc" --env-manager local -h 127.0.0.1 -p "$PORT" -w 1
  wait_up "$PORT" /ping
  warm 16 "$TMP/post1.lua" "http://127.0.0.1:$PORT/invocations"
  read -r MLF_RPS MLF_P50 MLF_P99 MLF_CPU MLF_JIT MLF_WRK < <(measure 16 "$TMP/post1.lua" "http://127.0.0.1:$PORT/invocations")
  stop
fi

echo "## Results ($(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, ${DUR}s per run, load average $(cut -d' ' -f1-3 /proc/loadavg))"
echo
row "run (the window of median requests/s; p99: the median of the windows)" "requests/s" "p50 ms" "p99 ms" "server CPU µs a request" "+ JIT µs a request" "wrk CPU µs a request"
row "---" "---:" "---:" "---:" "---:" "---:" "---:"
row "mlmodel-server, batch 1, 16 connections" "$OURS_RPS" "$OURS_P50" "$OURS_P99" "$OURS_CPU" "$OURS_JIT" "$OURS_WRK"
row "bare Netty fixed 200, 16 connections" "$BARE_RPS" "$BARE_P50" "$BARE_P99" "$BARE_CPU" "$BARE_JIT" "$BARE_WRK"
[ -n "$MLF_RPS" ] && row "mlflow models serve -w 1, batch 1, 16 connections" "$MLF_RPS" "$MLF_P50" "$MLF_P99" "$MLF_CPU" "$MLF_JIT" "$MLF_WRK"
echo
awk -v rows="$ROWS" -v blocks="$BLOCKS" -v o="$OURS_RPS" -v b="$BARE_RPS" -v m="${MLF_RPS:-0}" -v big="$BIG_MS" -v base="$BASE_MS" -v enc="$BASE_ENC_MS" -v floor="$FLOOR_MS" -v heap="${HEAP:-?}" -v p99="$OURS_P99" -v oc="$OURS_CPU" -v bc="$BARE_CPU" -v mc="${MLF_CPU:-0}" -v ow="$OURS_WRK" -v bw="$BARE_WRK" -v nw="$WINDOWS" -v dur="$DUR" -v p99s="$OURS_P99S" -v bp99s="$BARE_P99S" 'BEGIN {
  if (m > 0) printf "- vs MLflow: %.1fx its requests/s; MLflow uses %.1fx our server CPU a request (goal >= 10x)\n", o / m, mc / oc;
  printf "- vs bare Netty: %.0f%% of its requests/s; its CPU a request is %.0f%% of ours; with wrk'"'"'s own CPU (server + wrk a request, the requests/s ratio when the 2 cores are the limit): %.0f%% (goal >= 70%%)\n", 100 * o / b, 100 * bc / oc, 100 * (bc + bw) / (oc + ow);
  printf "- p99 at batch 1: %.2f ms, the median of %d windows of %d s (each: %s ms; bare Netty: %s ms) (goal < 5 ms)\n", p99, nw, dur, p99s, bp99s;
  printf "- batch of %d rows, median of %d interleaved blocks of 5: %.3f ms a request through the server; in-process decode+enforce+predict %.3f ms (server +%.1f%%), decode+enforce+predict+encode %.3f ms (server +%.1f%%) (goal < 10%%)\n", rows, blocks, big, base, 100 * (big - base) / base, enc, 100 * (big - enc) / enc;
  printf "- the same request and answer bytes through bare Netty with a hand-off to a worker (the transport alone): %.3f ms (%.1f%% of decode+enforce+predict+encode)\n", floor, 100 * floor / enc;
  printf "- heap used after the load (-Xmx256m): %s\n", heap;
}'
