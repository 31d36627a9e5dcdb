# Shared by the endpoint load scripts (sourced, not run): tool checks, core pinning, a scratch folder whose
# servers are stopped on exit, the Release builds, readiness polling, one measured wrk run and the median
# of the rounds.
# Expects: root (the repository), and optionally PIN (1 = servers on core 1, wrk on core 0; the default).

for needed in wrk curl "$@"; do
  command -v "$needed" >/dev/null || { echo "$needed is not installed (wrk: apt-get install -y wrk)" >&2; exit 1; }
done

server_cpu=() client_cpu=()
if [ "${PIN:-1}" = 1 ] && command -v taskset >/dev/null && [ "$(nproc)" -ge 2 ]; then
  server_cpu=(taskset -c 1) client_cpu=(taskset -c 0)
fi

work=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

echo "building (Release)..." >&2
dotnet build -c Release -nologo -v q "$root/bench/DigestBot.LoadTool" >&2
dotnet build -c Release -nologo -v q "$root/src/DigestBot.Host" >&2
tool="$root/bench/DigestBot.LoadTool/bin/Release/net10.0/DigestBot.LoadTool.dll"
host="$root/src/DigestBot.Host/bin/Release/net10.0/DigestBot.Host.dll"

wait_ready() { # port [seconds]
  for _ in $(seq 1 $(( ${2:-60} * 2 ))); do
    curl -fs "http://127.0.0.1:$1/healthz" >/dev/null 2>&1 && return 0
    sleep 0.5
  done
  echo "server on port $1 did not become ready within ${2:-60}s" >&2
  return 1
}

median() {
  printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

requests_per_second() { # url wrk-script (needs duration, threads, connections)
  # Warm up (JIT, connection pool), then measure.
  "${client_cpu[@]}" wrk -t"$threads" -c"$connections" -d2s -s "$2" "$1" >/dev/null
  "${client_cpu[@]}" wrk -t"$threads" -c"$connections" -d"$duration" --latency -s "$2" "$1" >"$work/wrk.out"
  grep -E "Requests/sec|50%|99%|non-2xx" "$work/wrk.out" | sed 's/^/    /' >&2
  if grep -q "non-2xx or errors: [1-9]" "$work/wrk.out"; then
    echo "errors during the run: see above" >&2
    return 1
  fi
  awk '/Requests\/sec/ { print $2 }' "$work/wrk.out"
}
