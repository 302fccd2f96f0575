#!/usr/bin/env bash
# Usage: check-install-layout.sh BUILD_DIR APP_ID STAGE_DIR
# Installs the build into STAGE_DIR/usr as the package would and checks what lands there.
set -euo pipefail
build=$1 id=$2 stage=$3

for tool in desktop-file-validate appstreamcli python3; do
    command -v "$tool" >/dev/null || { echo "SKIP: $tool is not installed"; exit 77; }
done

failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

rm -rf "$stage"
cmake --install "$build" --prefix "$stage/usr" >/dev/null
usr="$stage/usr"

# Only the three programs, nothing from tests/, bench/ or the other tools.
programs=$(cd "$usr/bin" && ls | sort | tr '\n' ' ')
[ "$programs" = "wristdoc wristdoc-cli wristdoc-server " ] ||
    fail "bin/ holds '$programs', expected 'wristdoc wristdoc-cli wristdoc-server'"

desktop="$usr/share/applications/$id.desktop"
metainfo="$usr/share/metainfo/$id.metainfo.xml"
if [ -f "$desktop" ]; then
    desktop-file-validate "$desktop" || fail "desktop-file-validate $desktop"
    grep -qx "Icon=$id" "$desktop" || fail "$desktop: Icon= is not $id"
    grep -qx "Exec=wristdoc" "$desktop" || fail "$desktop: Exec= is not wristdoc"
    grep -q '^Name\[ko\]=' "$desktop" || fail "$desktop: no Korean name"
    grep -q '^Comment\[ko\]=' "$desktop" || fail "$desktop: no Korean comment"
else
    fail "no $desktop"
fi
if [ -f "$metainfo" ]; then
    appstreamcli validate --no-net "$metainfo" || fail "appstreamcli validate $metainfo"
    grep -q "<id>$id</id>" "$metainfo" || fail "$metainfo: the id is not $id"
    grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$metainfo" ||
        fail "$metainfo: launchable is not $id.desktop"
    ! grep -q '@[A-Z_]*@' "$metainfo" || fail "$metainfo: unconfigured @VARIABLE@ left"
else
    fail "no $metainfo"
fi

# The icon in every size the hicolor theme is asked for, each PNG as large as its folder says.
icons="$usr/share/icons/hicolor"
[ -f "$icons/scalable/apps/$id.svg" ] || fail "no scalable icon"
for size in 16 22 24 32 48 64 128 256 512; do
    png="$icons/${size}x${size}/apps/$id.png"
    if [ ! -f "$png" ]; then
        fail "no $png"
        continue
    fi
    actual=$(python3 -c 'import struct, sys
d = open(sys.argv[1], "rb").read(24)
assert d[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
print("%dx%d" % struct.unpack(">II", d[16:24]))' "$png")
    [ "$actual" = "${size}x${size}" ] || fail "$png is $actual"
done

# The kiosk session files, for install-kiosk.sh (README, "Running a public kiosk").
kiosk="$usr/share/wristdoc/kiosk"
for f in wristdoc-kiosk.service wristdoc-kiosk.sysusers wristdoc-kiosk.tmpfiles \
    wristdoc-kiosk.default wristdoc-kiosk-session.desktop install-kiosk.sh; do
    [ -f "$kiosk/$f" ] || fail "no $kiosk/$f"
done
[ -x "$kiosk/install-kiosk.sh" ] || fail "install-kiosk.sh is not executable"
[ -f "$usr/share/doc/wristdoc/copyright" ] || fail "no copyright file"

rm -rf "$stage"
if [ "$failures" -ne 0 ]; then
    echo "$failures problem(s) in the install layout"
    exit 1
fi
echo "install layout, desktop file, AppStream metadata and icons: all good"
