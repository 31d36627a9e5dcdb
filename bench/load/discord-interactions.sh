#!/usr/bin/env bash
# Signed Discord interactions per second against the running DigestBot host, next to the yardstick from
# issue 4: a minimal ASP.NET Core endpoint that only verifies the Ed25519 signature (NSec) and answers PONG.
#
# Everything runs on 127.0.0.1. The request is signed once beforehand with RFC 8032's published TEST 1
# key (the load tool's BenchKey), so the host is started with that public key and signing costs nothing
# during the run. The host answers /quotes speaker:Putin inline (type 4, embeds) from the sample material.
#
# usage: bench/load/discord-interactions.sh            (needs wrk: apt-get install -y wrk)
# A second yardstick gets the same signed /quotes and answers with DigestBot's own bytes, which tells the
# cost of the larger request and answer apart from the cost of DigestBot's work.
# With PIN=1 (the default on two or more cores) the servers get core 1 and wrk core 0.
# knobs: DURATION=10s ROUNDS=3 CONNECTIONS=32 THREADS=1 PORT=5087 BASELINE_PORT=5088 (and +1) PIN=1
#        MATERIAL=DIR READY_TIMEOUT=60 (a generated 100k folder needs READY_TIMEOUT=600)
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
duration=${DURATION:-10s}
connections=${CONNECTIONS:-32}
threads=${THREADS:-1}
port=${PORT:-5087}
baseline_port=${BASELINE_PORT:-5088}
same_port=$((baseline_port + 1))
rounds=${ROUNDS:-3}
material=$(cd "${MATERIAL:-$root/config/material}" && pwd)
ready_timeout=${READY_TIMEOUT:-60}

# shellcheck source=bench/load/common.sh
. "$root/bench/load/common.sh"
public_key=$(dotnet "$tool" discord-sign "$work")

echo "starting DigestBot (Discord:Mode=Http) on 127.0.0.1:$port..." >&2
(cd "$work" && exec "${server_cpu[@]}" dotnet "$host" --urls "http://127.0.0.1:$port" \
    --Material:Folder="$material" --Storage:DataFolder="$work/data" \
    --Discord:Enabled=true --Discord:Mode=Http --Discord:PublicKey="$public_key" \
    --Discord:Token=bench-not-a-real-token --Discord:ApplicationId=1 --Discord:RegisterCommandsOnStart=false \
    --Logging:LogLevel:Default=Warning </dev/null >"$work/host.log" 2>&1) &
pids+=($!)
wait_ready "$port" "$ready_timeout" || { cat "$work/host.log" >&2; exit 1; }

# Sanity: a signed /quotes is answered inline with embeds; an unsigned request is refused.
headers=(-H "Content-Type: application/json")
while IFS= read -r line; do [ -n "$line" ] && headers+=(-H "$line"); done <"$work/quotes.headers"
answer=$(curl -fs "${headers[@]}" --data-binary @"$work/quotes.json" "http://127.0.0.1:$port/discord/interactions")
printf '%s' "$answer" >"$work/answer.json"
case "$answer" in *'"type":4'*'"embeds"'*'"allowed_mentions":{"parse":[]}'*) ;; *) echo "unexpected answer: $answer" >&2; exit 1 ;; esac
unsigned=$(curl -s -o /dev/null -w '%{http_code}' -H "Content-Type: application/json" --data-binary @"$work/quotes.json" "http://127.0.0.1:$port/discord/interactions")
[ "$unsigned" = 401 ] || { echo "unsigned request got $unsigned, expected 401" >&2; exit 1; }

echo "starting the yardsticks on 127.0.0.1:$baseline_port (verify only, PONG) and :$same_port (verify only, answering DigestBot's $(wc -c <"$work/answer.json") bytes)..." >&2
"${server_cpu[@]}" dotnet "$tool" discord-baseline "http://127.0.0.1:$baseline_port" </dev/null >"$work/baseline.log" 2>&1 &
pids+=($!)
"${server_cpu[@]}" dotnet "$tool" discord-baseline "http://127.0.0.1:$same_port" "$work/answer.json" </dev/null >"$work/same.log" 2>&1 &
pids+=($!)
wait_ready "$baseline_port" || { cat "$work/baseline.log" >&2; exit 1; }
wait_ready "$same_port" || { cat "$work/same.log" >&2; exit 1; }

# All servers stay up (idle ones cost nothing) and are measured in turn, round after round, so a
# neighbour's load on this shared machine falls on all of them alike; the medians are compared.
ours="http://127.0.0.1:$port/discord/interactions"
quotes=() ping=() baseline=() same=()
for round in $(seq 1 "$rounds"); do
    echo "== round $round/$rounds: DigestBot /quotes speaker:Putin (verify + command + render, inline type 4)" >&2
    quotes+=("$(requests_per_second "$ours" "$work/quotes.lua")")
    echo "== round $round/$rounds: DigestBot PING" >&2
    ping+=("$(requests_per_second "$ours" "$work/ping.lua")")
    echo "== round $round/$rounds: verify-only baseline, PING" >&2
    baseline+=("$(requests_per_second "http://127.0.0.1:$baseline_port/discord/interactions" "$work/ping.lua")")
    echo "== round $round/$rounds: verify-only baseline given the same /quotes, answering the same bytes" >&2
    same+=("$(requests_per_second "http://127.0.0.1:$same_port/discord/interactions" "$work/quotes.lua")")
done

awk -v q="$(median "${quotes[@]}")" -v p="$(median "${ping[@]}")" -v b="$(median "${baseline[@]}")" -v s="$(median "${same[@]}")" \
    -v all_q="${quotes[*]}" -v all_p="${ping[*]}" -v all_b="${baseline[*]}" -v all_s="${same[*]}" \
    -v r="$rounds" -v d="$duration" -v c="$connections" -v pinned="${#server_cpu[@]}" 'BEGIN {
    printf "\nsigned interactions per second, median of %d rounds (wrk, %s, %d connections, %s)\n", r, d, c, (pinned > 0 ? "servers on core 1, wrk on core 0" : "not pinned")
    printf "  DigestBot /quotes speaker:Putin    %8.0f  (%.0f%% of the baseline)      rounds: %s\n", q, 100 * q / b, all_q
    printf "  DigestBot PING                     %8.0f  (%.0f%% of the baseline)      rounds: %s\n", p, 100 * p / b, all_p
    printf "  baseline: verify only, PING        %8.0f                              rounds: %s\n", b, all_b
    printf "  baseline: same request and answer  %8.0f  (DigestBot /quotes at %.0f%%)  rounds: %s\n", s, 100 * q / s, all_s
}'
