#!/usr/bin/env bash
# Desktop notifications, checked on Linux by hand (not part of make test):
# a private D-Bus session with a notification server (dunst on its own Xvfb),
# the app under the end-to-end harness sends one through Inbox.Notify, and
# the Notify call is read back from the session bus.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v dunst >/dev/null || .ci/apt-deps.sh dunst
mkdir -p build/e2e
log=build/e2e/notify-dbus.log
dbus-run-session -- bash -c '
  set -euo pipefail
  source .ci/xvfb.sh
  start_xvfb 120
  dunst >/dev/null 2>&1 &
  dbus-monitor "interface=org.freedesktop.Notifications,member=Notify" >"$0" 2>&1 &
  mon=$!
  sleep 1
  E2E_FILES=e2e/notify.manual.mjs bash .ci/e2e.sh
  sleep 1
  kill $mon "$XVFB_PID" 2>/dev/null || true
' "$log"
grep -q "有报价等待你审批" "$log" || { echo "no Notify call reached the session bus"; cat "$log"; exit 1; }
echo "desktop notification sent over D-Bus (see $log)"
