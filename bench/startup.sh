#!/usr/bin/env bash
# Time from process start to ready: starts the real host on a material folder and reads its log until the
# generic host says "Application started", which it logs after every hosted service has started, so after
# the folder is loaded and the snapshot published (the loader's progress lines come in between).
#
#   bench/startup.sh DIR [extra host options...]
#
# Make DIR with: dotnet run -c Release --project bench/DigestBot.Bench -- generate --count 100000 --out DIR
# The host runs in a scratch working folder (its SQLite store goes there) with stdin from /dev/null and is
# stopped once ready. HOLD=1 keeps it running instead and prints its pid, for load tests against the same
# process (stop it with kill PID). Put TASKSET="taskset -c 0" in front to pin it to a core.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
folder=$(cd "${1:?usage: bench/startup.sh DIR [host options...]}" && pwd)
shift
host="$root/src/DigestBot.Host/bin/Release/net10.0/DigestBot.Host.dll"
[ "${BUILD:-1}" = 0 ] || dotnet build -c Release -nologo -v q "$root/src/DigestBot.Host" >&2
work=$(mktemp -d)
log="$work/host.log"

started=$(date +%s.%N)
(cd "$work" && exec ${TASKSET:-} dotnet "$host" --Material:Folder="$folder" --Storage:DataFolder="$work/data" "$@" \
    </dev/null >"$log" 2>&1) &
pid=$!

# Poll the log every 50 ms: good enough for start-ups of seconds.
until grep -q "Application started" "$log" 2>/dev/null; do
    if ! kill -0 "$pid" 2>/dev/null; then
        echo "the host stopped before it was ready:" >&2
        cat "$log" >&2
        exit 1
    fi
    sleep 0.05
done
ready=$(date +%s.%N)

grep -E "Loading material|Loaded [0-9]+ articles" "$log" | sed 's/^/  /' >&2 || true
awk -v s="$started" -v r="$ready" -v f="$folder" 'BEGIN { printf "ready in %.2f s (%s)\n", r - s, f }'
if [ "${HOLD:-0}" = 1 ]; then
    echo "host pid $pid (log: $log)"
else
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    rm -rf "$work"
fi
