#!/bin/bash
# Runs one program against a mock BlueZ on a private D-Bus system bus, never the real one.
#
#   run-with-mock.sh [--no-mock] [--parameters JSON] [--timeout SECONDS] -- PROGRAM [ARGS...]
#
# Starts a dbus-daemon (system-type configuration, a unix socket in a temporary directory,
# EXTERNAL authentication, everything allowed), then python3-dbusmock with
# wristdoc_bluez_template.py (unless --no-mock: a bus without BlueZ), and runs PROGRAM with
# DBUS_SYSTEM_BUS_ADDRESS pointing at that bus and BLUETOOTH_FORCE_DBUS_LE_VERSION set, so that
# QtBluetooth uses its BlueZ D-Bus backend. Everything started here is stopped on exit.
# Exits 77 (CTest's SKIP_RETURN_CODE) when python3-dbusmock or dbus-daemon is missing.

set -u

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
template="$here/wristdoc_bluez_template.py"
python="${WRISTDOC_BLUEZ_PYTHON:-/usr/bin/python3}" # Debian's, which has the dbusmock module
parameters='{}'
timeout_seconds=60
with_mock=1

while [ $# -gt 0 ]; do
    case "$1" in
    --no-mock) with_mock=0 ;;
    --parameters) parameters="$2"; shift ;;
    --timeout) timeout_seconds="$2"; shift ;;
    --) shift; break ;;
    *) echo "run-with-mock.sh: unknown option $1" >&2; exit 2 ;;
    esac
    shift
done
[ $# -ge 1 ] || { echo "usage: run-with-mock.sh [options] -- PROGRAM [ARGS...]" >&2; exit 2; }

skip() {
    echo "SKIP: $1 (install it: apt-get install $2; scripts/lib/setup.sh lists it)"
    exit 77
}
command -v dbus-daemon >/dev/null || skip "dbus-daemon is missing" dbus
command -v dbus-send >/dev/null || skip "dbus-send is missing" dbus
if [ "$with_mock" = 1 ]; then
    if ! { [ -x "$python" ] && "$python" -c 'import dbusmock' 2>/dev/null; }; then
        skip "python3-dbusmock is missing" python3-dbusmock
    fi
fi

workdir="$(mktemp -d "${TMPDIR:-/tmp}/wristdoc-bluez.XXXXXX")"
bus_pid=""
mock_pid=""
# shellcheck disable=SC2317 # runs from the trap
cleanup() {
    # Only the processes started here, by their ids.
    [ -n "$mock_pid" ] && kill "$mock_pid" 2>/dev/null
    [ -n "$bus_pid" ] && kill "$bus_pid" 2>/dev/null
    [ -n "$mock_pid" ] && wait "$mock_pid" 2>/dev/null
    [ -n "$bus_pid" ] && wait "$bus_pid" 2>/dev/null
    if [ -n "${WRISTDOC_BLUEZ_KEEP_LOG:-}" ] && [ -f "$workdir/mock.log" ]; then
        cp "$workdir/mock.log" "$WRISTDOC_BLUEZ_KEEP_LOG"
    fi
    rm -rf "$workdir"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

socket="$workdir/system_bus_socket"
cat >"$workdir/system.conf" <<EOF
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-BUS Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>system</type>
  <listen>unix:path=$socket</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow user="*"/>
    <allow own="*"/>
    <allow send_destination="*" eavesdrop="true"/>
    <allow receive_sender="*"/>
    <allow send_type="method_call"/>
  </policy>
</busconfig>
EOF

# Under timeout too: should this script itself be killed, neither outlives it for long.
lifetime=$((timeout_seconds + 30))
timeout "$lifetime" dbus-daemon --config-file="$workdir/system.conf" --nofork --nopidfile \
    --nosyslog >"$workdir/bus.log" 2>&1 &
bus_pid=$!
export DBUS_SYSTEM_BUS_ADDRESS="unix:path=$socket"
unset DBUS_SESSION_BUS_ADDRESS # the mock must not reach a session bus either

# Bounded waits: 10 s for the bus, 15 s for the mock to own org.bluez.
bus_ping() {
    dbus-send --system --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.GetId >/dev/null 2>&1
}
for _ in $(seq 100); do
    bus_ping && break
    kill -0 "$bus_pid" 2>/dev/null || break
    sleep 0.1
done
if ! bus_ping; then
    echo "run-with-mock.sh: private dbus-daemon did not start" >&2
    cat "$workdir/bus.log" >&2
    exit 1
fi

if [ "$with_mock" = 1 ]; then
    timeout "$lifetime" "$python" -m dbusmock --system --template "$template" \
        --parameters "$parameters" --logfile "$workdir/mock.log" >"$workdir/mock.out" 2>&1 &
    mock_pid=$!
    mock_ready() {
        dbus-send --system --print-reply --dest=org.bluez / \
            org.freedesktop.DBus.ObjectManager.GetManagedObjects 2>/dev/null |
            grep -q 'org.bluez.Adapter1'
    }
    for _ in $(seq 150); do
        mock_ready && break
        kill -0 "$mock_pid" 2>/dev/null || break
        sleep 0.1
    done
    if ! mock_ready; then
        echo "run-with-mock.sh: BlueZ mock did not start" >&2
        cat "$workdir/mock.out" >&2
        exit 1
    fi
fi

# Any bluetoothd version from 5.42 on selects QtBluetooth's D-Bus LE backend; without a real
# bluetoothd to ask, Qt would fall back to the kernel ATT path this machine does not have.
export BLUETOOTH_FORCE_DBUS_LE_VERSION=5.66
export WRISTDOC_BLUEZ_MOCK=$with_mock
timeout --kill-after=5 "$timeout_seconds" "$@"
status=$?
if [ "$status" -ne 0 ] && [ "$with_mock" = 1 ]; then
    echo "--- mock output (last lines) ---" >&2
    tail -n 20 "$workdir/mock.out" >&2
    tail -n 40 "$workdir/mock.log" >&2
fi
exit "$status"
