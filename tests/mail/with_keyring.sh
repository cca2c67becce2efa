#!/bin/sh
# Runs a test in a D-Bus session of its own with a GNOME keyring unlocked (the Secret Service QtKeychain
# talks to), in a throw-away HOME, so that the mail server's password really goes through a desktop keyring.
# Both the bus and the keyring daemon end with the command.
set -eu
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_CONFIG_HOME="$home/.config"
unset DBUS_SESSION_BUS_ADDRESS
rc=0
dbus-run-session -- sh -c 'printf "keyring of the tests" | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec "$@"' sh "$@" || rc=$?
exit $rc
