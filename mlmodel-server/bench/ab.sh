#!/usr/bin/env bash
# Batch 1 at 16 connections, two builds of the server side by side with bare Netty (docs/performance.md,
# "The scoring server"): all three servers up at once, each warmed, then ROUNDS rounds in which each is
# loaded for SECONDS in turn, so that the machine's other load falls on all three alike. Prints, per
# round and server, requests/s, p99 ms and the server's CPU µs a request (all threads but the JIT's).
# usage: bench/ab.sh ROUNDS SECONDS CLASSPATH_A CLASSPATH_B [WARM-UP SECONDS (default 30)]
#   e.g. CLASSPATH_A a copy of target/classes:target/lib/* of the old build, CLASSPATH_B this build's.
# Run it under the shared lock: flock /work/notes/bench.lock bench/ab.sh 4 5 "$OLD" "$NEW"
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=$1 SECS=$2 CP_A=$3 CP_B=$4 WARM=${5:-30}
MODEL=$(cd ../testdata/onnx/external_data && pwd)
TMP=$(mktemp -d)
PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill -TERM -- "-$p" 2>/dev/null || true; done; rm -rf "$TMP"; }
trap cleanup EXIT
cat >"$TMP/post1.lua" <<'LUA'
wrk.method = "POST"
wrk.body = '{"inputs": [[1.0, 2.0, 3.0]]}'
wrk.headers["Content-Type"] = "application/json"
LUA
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
wait_up() { for _ in $(seq 1 600); do curl -fs "http://127.0.0.1:$1$2" >/dev/null 2>&1 && return 0; sleep 0.2; done; return 1; }
# CPU clock ticks of the process group $1, JIT compiler threads left out
ticks() {
  local t=0 pid task
  for pid in $(pgrep -g "$1"); do
    for task in /proc/"$pid"/task/*; do
      case "$(cat "$task/comm" 2>/dev/null)" in C1\ Compiler*|C2\ Compiler*) continue ;; esac
      t=$((t + $(awk '{ print $14 + $15 }' "$task/stat" 2>/dev/null || echo 0)))
    done
  done
  echo "$t"
}
declare -A PORT GROUP
start() { # name classpath main-class args...
  local name=$1 cp=$2; shift 2
  PORT[$name]=$(free_port)
  # the JVM options of bench/load.sh's servers (and the collector of `mlmodel serve`)
  setsid java -Xmx256m -Xms256m -XX:+UseSerialGC -cp "$cp" "$1" "${@:2}" "${PORT[$name]}" >"$TMP/$name.log" 2>&1 &
  PIDS+=($!); GROUP[$name]=$!
}
start A "$CP_A" io.mlmodel.server.ServerMain "linear=$MODEL" --no-access-log --port
start B "$CP_B" io.mlmodel.server.ServerMain "linear=$MODEL" --no-access-log --port
start bare "$CP_B" io.mlmodel.server.BareNettyServer
for s in A B; do wait_up "${PORT[$s]}" /ping; done
wait_up "${PORT[bare]}" /
load() { wrk -t2 -c16 -d"$2s" --latency -s "$TMP/post1.lua" "http://127.0.0.1:${PORT[$1]}/invocations"; }
for s in A B bare; do load "$s" "$WARM" >/dev/null; done
echo "| round | server | requests/s | p99 ms | server CPU µs a request |"
echo "| ---: | --- | ---: | ---: | ---: |"
for r in $(seq 1 "$ROUNDS"); do
  for s in A B bare; do
    b=$(ticks "${GROUP[$s]}")
    out=$(load "$s" "$SECS")
    a=$(ticks "${GROUP[$s]}")
    echo "$out" | grep -q "Non-2xx" && { echo "non-2xx answers from $s" >&2; exit 1; }
    echo "$out" | awk -v r="$r" -v s="$s" -v t=$((a - b)) -v hz="$(getconf CLK_TCK)" '
      function ms(v) { if (v ~ /us$/) return v/1000; if (v ~ /ms$/) return v+0; if (v ~ /s$/) return v*1000; return v }
      /requests in/ { n=$1 } /Requests\/sec/ { rps=$2 } /^ +99%/ { p99=ms($2) }
      END { printf "| %d | %s | %.0f | %.2f | %.1f |\n", r, s, rps, p99, t * 1e6 / hz / n }'
  done
done
echo "($(date -u +%H:%MZ), load average $(cut -d' ' -f1-3 /proc/loadavg))"
