#!/usr/bin/env bash
# Time from process start to ready: starts the real host on a material folder and reads its output until it
# says it is ready (after the folder is loaded and the snapshot published; progress lines come in between).
#
#   bench/startup.sh DIR [extra host options...]
#
# Make DIR with: dotnet run -c Release --project bench/DigestBot.Bench -- generate --count 100000 --out DIR
# The host runs in a scratch working folder (its SQLite store goes there) with stdin from /dev/null, so the
# console adapter stops it right after it is ready. HOLD=1 keeps it running instead (stdin from a pipe that
# stays open) and prints its pid, for load tests against the same process; stop it with kill PID.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
folder=$(cd "${1:?usage: bench/startup.sh DIR [host options...]}" && pwd)
shift
host="$root/src/DigestBot.Host/bin/Release/net10.0/DigestBot.Host.dll"
[ "${BUILD:-1}" = 0 ] || dotnet build -c Release -nologo -v q "$root/src/DigestBot.Host" >&2
work=$(mktemp -d)
log="$work/host.log"

started=$(date +%s.%N)
if [ "${HOLD:-0}" = 1 ]; then
    (cd "$work" && exec dotnet "$host" --Material:Folder="$folder" --Storage:DataFolder="$work/data" "$@" \
        < <(sleep 100000) >"$log" 2>&1) &
else
    (cd "$work" && exec dotnet "$host" --Material:Folder="$folder" --Storage:DataFolder="$work/data" "$@" \
        </dev/null >"$log" 2>&1) &
fi
pid=$!

# Poll the log: a line-by-line read would stall on the prompt, which has no newline.
until grep -q "DigestBot is ready" "$log" 2>/dev/null; do
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
    wait "$pid" || true
    rm -rf "$work"
fi
