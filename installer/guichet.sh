#!/usr/bin/env bash
# Guichet Périscolaire — one script for a fresh Debian 12 machine (run as root, or with sudo):
#   bash installer/guichet.sh run    installs what is needed, builds, starts the counter on a demo database
#   bash installer/guichet.sh test   installs what is needed, builds, runs the whole test suite
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
mode=${1:-}
build_dir=${GUICHET_BUILD_DIR:-$here/.build} # a dot-folder: the top level keeps the agreed layout

# Debian packages only. Why each one is there is written in README.md ("What it is built with").
packages=(
    cmake ninja-build g++ ccache pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libqt6sql6-sqlite libsqlite3-dev libgl-dev libical-dev libargon2-dev libssl-dev libxlsxwriter-dev libcurl4-openssl-dev
    qtkeychain-qt6-dev libsecret-1-0 gnome-keyring dbus libqt6sql6-psql postgresql-15 libpq-dev
    fonts-dejavu-core poppler-utils xvfb xauth util-linux tzdata python3 python3-openpyxl faketime python3-aiosmtpd openssl
)

install_packages() {
    local missing=() p
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo=sudo
    echo "==> Installing: ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# build [cmake options...]
build() {
    echo "==> Building in $build_dir"
    cmake -S "$here" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
    cmake --build "$build_dir" -j2
}

case "$mode" in
run)
    install_packages
    build -DGUICHET_WERROR=OFF
    data_dir=${XDG_DATA_HOME:-$HOME/.local/share}/GuichetPeriscolaire/guichet
    db=${GUICHET_DEMO_DB:-$data_dir/demo.sqlite}
    if [ ! -f "$db" ]; then
        echo "==> Creating the demo database $db (2,000 households)"
        "$build_dir/app/guichet-cli" demo --households 2000 --database "$db"
    fi
    echo "==> Starting Guichet Périscolaire on $db"
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        echo "    (no screen on this session: running on a virtual screen; use a desktop session to see it)"
        exec xvfb-run -a "$build_dir/app/guichet" --database "$db"
    fi
    exec "$build_dir/app/guichet" --database "$db"
    ;;
test)
    install_packages
    build -DGUICHET_WERROR=ON # the test command (and so CI) treats every compiler warning as an error
    cd "$build_dir"
    # GUI tests use Qt's offscreen platform; no screen or server is needed for this part of the suite.
    QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j2
    ;;
*)
    echo "usage: bash installer/guichet.sh run|test" >&2
    exit 2
    ;;
esac
