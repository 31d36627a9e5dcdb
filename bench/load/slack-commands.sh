#!/usr/bin/env bash
# Signed Slack slash commands per second against the DigestBot host, next to the yardstick from the Slack
# issue: a minimal ASP.NET Core endpoint that only verifies the signature (the load tool's slack-baseline).
#
# Everything runs on 127.0.0.1. The host starts with Slack:Mode=Http on MATERIAL (default: the sample in
# config/material; a generated 100k folder works too, give it READY_TIMEOUT=600). The request is signed
# once, right before the runs: Slack, and DigestBot, refuse signatures older than five minutes, so the
# measuring must finish inside that (ROUNDS x 3 x DURATION is checked). A second yardstick answers with
# DigestBot's own bytes, which tells the cost of the larger answer apart from the cost of DigestBot's work.
# With PIN=1 (the default on two or more cores) the servers get core 1 and wrk core 0.
#
# usage: bench/load/slack-commands.sh            (needs wrk: apt-get install -y wrk, curl, openssl)
# knobs: DURATION=10 ROUNDS=3 CONNECTIONS=32 THREADS=1 PORT=5089 BASELINE_PORT=5090 (and +1) MATERIAL=DIR
#        READY_TIMEOUT=60
#        BENCH_COMMAND=/quotes BENCH_TEXT='speaker:Putin' PIN=1
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
duration=${DURATION:-10}
connections=${CONNECTIONS:-32}
threads=${THREADS:-1}
port=${PORT:-5089}
baseline_port=${BASELINE_PORT:-5090}
same_port=$((baseline_port + 1))
rounds=${ROUNDS:-3}
material=$(cd "${MATERIAL:-$root/config/material}" && pwd)
ready_timeout=${READY_TIMEOUT:-60}
command_name=${BENCH_COMMAND:-/quotes}
command_text=${BENCH_TEXT:-speaker:Putin}
secret=bench-signing-secret
if (( rounds * 3 * (duration + 3) > 270 )); then
  echo "ROUNDS=$rounds x 3 servers x DURATION=$duration s would outlive the signature's five minutes" >&2
  exit 2
fi

# shellcheck source=bench/load/common.sh
. "$root/bench/load/common.sh" openssl python3

echo "starting DigestBot (Slack:Mode=Http) on 127.0.0.1:$port with $material..." >&2
(cd "$work" && exec "${server_cpu[@]}" dotnet "$host" --urls "http://127.0.0.1:$port" \
  --Material:Folder="$material" --Storage:DataFolder="$work/data" \
  --Slack:Enabled=true --Slack:Mode=Http --Slack:SigningSecret="$secret" --Slack:BotToken=xoxb-bench \
  --Slack:ApiBaseUrl=http://127.0.0.1:9/api --Logging:LogLevel:Default=Warning </dev/null >"$work/host.log" 2>&1) &
pids+=($!)
wait_ready "$port" "$ready_timeout" || { cat "$work/host.log" >&2; exit 1; }

urlencode() { python3 -c 'import sys,urllib.parse;print(urllib.parse.quote(sys.argv[1],safe=""))' "$1"; }
body="token=bench&team_id=T0BENCH&team_domain=bench&channel_id=C0BENCH&channel_name=bench&user_id=U0BENCH&user_name=bench&command=$(urlencode "$command_name")&text=$(urlencode "$command_text")&api_app_id=A0BENCH&response_url=$(urlencode "http://127.0.0.1:9/commands/T0BENCH/1/x")&trigger_id=1.2.3"
timestamp=$(date +%s)
signature="v0=$(printf 'v0:%s:%s' "$timestamp" "$body" | openssl dgst -sha256 -hmac "$secret" -r | cut -d' ' -f1)"
# A tampered copy: the last hex digit changed (to 1 if it was 0, else to 0).
if [ "${signature: -1}" = 0 ]; then tampered="${signature%?}1"; else tampered="${signature%?}0"; fi
cat >"$work/command.lua" <<LUA
wrk.method = "POST"
wrk.body = "$body"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["X-Slack-Request-Timestamp"] = "$timestamp"
wrk.headers["X-Slack-Signature"] = "$signature"
done = function(summary, latency, requests)
  io.write(string.format("non-2xx or errors: %d\n", summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
LUA

post() { # url signature -> status code; the answer lands in $work/answer.json
  curl -s -o "$work/answer.json" -w '%{http_code}' -X POST "$1" -H 'Content-Type: application/x-www-form-urlencoded' \
    -H "X-Slack-Request-Timestamp: $timestamp" -H "X-Slack-Signature: $2" --data-binary "$body"
}

# Sanity: a signed command is answered with blocks and a fallback; a tampered signature is refused.
url="http://127.0.0.1:$port/slack/commands"
[ "$(post "$url" "$signature")" = 200 ] && grep -q '"blocks"' "$work/answer.json" && grep -q '"text"' "$work/answer.json" \
  || { echo "signed request was not answered with blocks: $(cat "$work/answer.json")" >&2; exit 1; }
answer_bytes=$(wc -c <"$work/answer.json")
cp "$work/answer.json" "$work/ours.json"
[ "$(post "$url" "$tampered")" = 401 ] || { echo "a tampered signature was not refused with 401" >&2; exit 1; }

echo "starting the yardsticks on 127.0.0.1:$baseline_port (verify only) and :$same_port (verify only, answering DigestBot's $answer_bytes bytes)..." >&2
"${server_cpu[@]}" dotnet "$tool" slack-baseline "http://127.0.0.1:$baseline_port" "$secret" </dev/null >"$work/baseline.log" 2>&1 &
pids+=($!)
"${server_cpu[@]}" dotnet "$tool" slack-baseline "http://127.0.0.1:$same_port" "$secret" "$work/ours.json" </dev/null >"$work/same.log" 2>&1 &
pids+=($!)
wait_ready "$baseline_port" || { cat "$work/baseline.log" >&2; exit 1; }
wait_ready "$same_port" || { cat "$work/same.log" >&2; exit 1; }
baseline_url="http://127.0.0.1:$baseline_port/slack/commands"
same_url="http://127.0.0.1:$same_port/slack/commands"
[ "$(post "$baseline_url" "$tampered")" = 401 ] || { echo "the baseline accepted a tampered signature" >&2; exit 1; }

# All three servers stay up (idle ones cost nothing) and are measured in turn, round after round, so a
# neighbour's load on this shared machine falls on all of them alike; the medians are compared.
ours=() baseline=() same=()
for round in $(seq 1 "$rounds"); do
  echo "== round $round/$rounds: DigestBot $command_name $command_text" >&2
  ours+=("$(requests_per_second "$url" "$work/command.lua")")
  echo "== round $round/$rounds: verify-only baseline" >&2
  baseline+=("$(requests_per_second "$baseline_url" "$work/command.lua")")
  echo "== round $round/$rounds: verify-only baseline answering the same bytes" >&2
  same+=("$(requests_per_second "$same_url" "$work/command.lua")")
done

awk -v o="$(median "${ours[@]}")" -v b="$(median "${baseline[@]}")" -v s="$(median "${same[@]}")" \
    -v all_o="${ours[*]}" -v all_b="${baseline[*]}" -v all_s="${same[*]}" -v r="$rounds" -v d="$duration" -v c="$connections" \
    -v cmd="$command_name $command_text" -v bytes="$answer_bytes" -v pinned="${#server_cpu[@]}" 'BEGIN {
  printf "\nsigned slash commands per second, median of %d rounds (wrk, %ss, %d connections, %s)\n", r, d, c, (pinned > 0 ? "servers on core 1, wrk on core 0" : "not pinned")
  printf "  DigestBot %-30s %8.0f  (%.0f%% of the baseline)   rounds: %s\n", cmd, o, 100 * o / b, all_o
  printf "  baseline: verify only                  %8.0f                         rounds: %s\n", b, all_b
  printf "  baseline answering the same %5d bytes %8.0f  (DigestBot at %.0f%% of it) rounds: %s\n", bytes, s, 100 * o / s, all_s
}'
