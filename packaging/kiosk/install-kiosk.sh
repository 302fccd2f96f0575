#!/usr/bin/env bash
# Turns a Debian 12 machine with WristDoc installed (/usr/bin/wristdoc) into a kiosk: the
# account, its home, the unit on tty1. Run as root; safe to run again.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
[ "$(id -u)" -eq 0 ] || { echo "install-kiosk.sh: run as root" >&2; exit 1; }
command -v cage >/dev/null || apt-get install -y cage qt6-wayland
install -m 0644 "$here/wristdoc-kiosk.sysusers" /usr/lib/sysusers.d/wristdoc-kiosk.conf
install -m 0644 "$here/wristdoc-kiosk.tmpfiles" /usr/lib/tmpfiles.d/wristdoc-kiosk.conf
systemd-sysusers /usr/lib/sysusers.d/wristdoc-kiosk.conf
systemd-tmpfiles --create /usr/lib/tmpfiles.d/wristdoc-kiosk.conf
[ -e /etc/default/wristdoc-kiosk ] ||
    install -m 0644 "$here/wristdoc-kiosk.default" /etc/default/wristdoc-kiosk
install -m 0644 "$here/wristdoc-kiosk.service" /etc/systemd/system/wristdoc-kiosk.service
systemctl daemon-reload
systemctl disable getty@tty1.service >/dev/null 2>&1 || true
systemctl enable wristdoc-kiosk.service
systemctl set-default graphical.target
echo "WristDoc kiosk installed; it starts on tty1 at the next boot (or: systemctl start wristdoc-kiosk)"
