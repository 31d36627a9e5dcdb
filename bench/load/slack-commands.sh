#!/usr/bin/env bash
# Signed Slack slash commands per second against a running DigestBot (Slack:Mode=Http).
#
#   SLACK_SIGNING_SECRET=... bench/load/slack-commands.sh [base-url] [duration] [connections]
#
# Defaults: http://127.0.0.1:5080, 20s, 64 connections. Needs wrk (Debian: apt-get install -y wrk),
# curl and openssl. Only loopback addresses are accepted: this is a local benchmark, never a load test
# of somebody else's server.
#
# Slack refuses signatures older than five minutes, and so does DigestBot: the request is signed right
# before the run, so keep the duration well under that (it is capped at 240s).
set -euo pipefail

base="${1:-http://127.0.0.1:5080}"
duration="${2:-20}"
connections="${3:-64}"
threads="${BENCH_THREADS:-1}"
secret="${SLACK_SIGNING_SECRET:?set SLACK_SIGNING_SECRET to the value of Slack:SigningSecret}"
command_name="${BENCH_COMMAND:-/quotes}"
command_text="${BENCH_TEXT:-speaker:Putin}"

case "$base" in
  http://127.*|http://localhost*|http://\[::1\]*) ;;
  *) echo "refusing $base: only loopback addresses are benchmarked" >&2; exit 2 ;;
esac
if (( duration > 240 )); then
  echo "duration capped at 240s so the signature stays inside Slack's 5-minute window" >&2
  duration=240
fi
command -v wrk >/dev/null || { echo "wrk not found: apt-get install -y wrk" >&2; exit 2; }

urlencode() { python3 -c 'import sys,urllib.parse;print(urllib.parse.quote(sys.argv[1],safe=""))' "$1"; }
body="token=bench&team_id=T0BENCH&team_domain=bench&channel_id=C0BENCH&channel_name=bench&user_id=U0BENCH&user_name=bench&command=$(urlencode "$command_name")&text=$(urlencode "$command_text")&api_app_id=A0BENCH&response_url=$(urlencode "http://127.0.0.1:9/commands/T0BENCH/1/x")&trigger_id=1.2.3"
timestamp="$(date +%s)"
signature="v0=$(printf 'v0:%s:%s' "$timestamp" "$body" | openssl dgst -sha256 -hmac "$secret" -r | cut -d' ' -f1)"
url="$base/slack/commands"

# Sanity first: a signed request must get 200 with blocks, a tampered one 401.
check="$(curl -s -o /tmp/slack-bench-reply.json -w '%{http_code}' -X POST "$url" \
  -H 'Content-Type: application/x-www-form-urlencoded' \
  -H "X-Slack-Request-Timestamp: $timestamp" -H "X-Slack-Signature: $signature" --data-binary "$body")"
if [[ "$check" != 200 ]] || ! grep -q '"blocks"' /tmp/slack-bench-reply.json; then
  echo "signed request answered $check, expected 200 with blocks" >&2; exit 1
fi
bad="$(curl -s -o /dev/null -w '%{http_code}' -X POST "$url" \
  -H 'Content-Type: application/x-www-form-urlencoded' \
  -H "X-Slack-Request-Timestamp: $timestamp" -H "X-Slack-Signature: ${signature%?}0" --data-binary "$body")"
[[ "$bad" == 401 ]] || { echo "tampered signature answered $bad, expected 401" >&2; exit 1; }
echo "sanity: signed 200 ($(wc -c </tmp/slack-bench-reply.json) bytes of JSON), tampered 401"

script="$(mktemp --suffix=.lua)"
trap 'rm -f "$script"' EXIT
cat >"$script" <<LUA
wrk.method = "POST"
wrk.body = "$body"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["X-Slack-Request-Timestamp"] = "$timestamp"
wrk.headers["X-Slack-Signature"] = "$signature"
done = function(summary, latency, requests)
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("signed slash commands/s: %.0f  (non-2xx or socket errors: %d of %d)\n",
    summary.requests / (summary.duration / 1e6), errors, summary.requests))
end
LUA

wrk -t"$threads" -c"$connections" -d"${duration}s" --latency -s "$script" "$url"
