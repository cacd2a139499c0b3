# Sourced: starts a private Xvfb display unless one is usable, and stops it
# on exit. Sets DISPLAY. Usage: source .ci/xvfb.sh <display-number>
start_xvfb() {
  local num=$1
  for _ in 1 2 3 4 5 6 7 8 9 10; do
    [ -e "/tmp/.X11-unix/X$num" ] || break
    num=$((num + 1))
  done
  Xvfb ":$num" -screen 0 1280x900x24 -nolisten tcp >/dev/null 2>&1 &
  XVFB_PID=$!
  export DISPLAY=":$num"
  for _ in $(seq 1 50); do
    xdpyinfo >/dev/null 2>&1 && return 0
    [ -e "/tmp/.X11-unix/X$num" ] && return 0
    sleep 0.1
  done
  echo "Xvfb did not start on :$num" >&2
  return 1
}
