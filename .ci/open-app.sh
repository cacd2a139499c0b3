#!/usr/bin/env bash
# Opens the built app. Without a display it runs under Xvfb, says so, and
# saves a screenshot of the window so you can see it.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$(realpath "$1")
shift
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  exec "$bin" "$@"
fi
source .ci/xvfb.sh
start_xvfb 90
echo "No display found: running Steady under Xvfb on $DISPLAY (invisible)."
echo "A screenshot is saved to build/e2e/run.png after start-up; press Ctrl-C to quit."
"$bin" "$@" &
app_pid=$!
trap 'kill $app_pid 2>/dev/null; kill $XVFB_PID 2>/dev/null' EXIT INT TERM
mkdir -p build/e2e
for _ in $(seq 1 30); do
  xdotool search --onlyvisible --name '^Steady$' >/dev/null 2>&1 && break
  sleep 1
done
sleep 3
import -window root build/e2e/run.png && echo "screenshot: build/e2e/run.png"
wait "$app_pid"
