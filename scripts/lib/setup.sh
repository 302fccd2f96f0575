# Shared by scripts/run, scripts/test and scripts/screenshots: install what is missing, then build.
# Safe to run again: packages already present are skipped, the build is incremental.

WRISTDOC_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
WRISTDOC_BUILD="${WRISTDOC_BUILD_DIR:-$WRISTDOC_ROOT/build}"

# Debian 12 package names; nothing is downloaded from anywhere else.
WRISTDOC_PACKAGES=(
    cmake g++ make pkg-config
    qt6-base-dev qt6-base-dev-tools
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libqt6sql6-sqlite libsqlite3-dev
    libgtest-dev libgmock-dev libbenchmark-dev
    qt6-connectivity-dev python3-dbusmock dbus
    qt6-httpserver-dev qt6-websockets-dev libsodium-dev qtkeychain-qt6-dev
    qt6-charts-dev libqt6opengl6-dev
    fonts-nanum xvfb xauth
    openssl
    # the Debian package (cpack, dpkg-shlibdeps) and its checks (tests/packaging, package-smoke)
    dpkg-dev desktop-file-utils appstream
)

wristdoc_missing_packages() {
    local pkg
    for pkg in "${WRISTDOC_PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}\n' "$pkg" 2>/dev/null | grep -q '^install ok installed$' || echo "$pkg"
    done
}

wristdoc_install_packages() {
    local missing
    missing=$(wristdoc_missing_packages)
    [ -z "$missing" ] && return 0
    echo "Installing: $(echo $missing)"
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "Run as root to install: $(echo $missing)" >&2; return 1; }
        sudo="sudo"
    fi
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -qq
    # shellcheck disable=SC2086
    $sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
}

wristdoc_build() {
    local jobs
    jobs=$(nproc 2>/dev/null || echo 2)
    cmake -S "$WRISTDOC_ROOT" -B "$WRISTDOC_BUILD" -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
    cmake --build "$WRISTDOC_BUILD" -j"$jobs"
}
