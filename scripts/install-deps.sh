#!/usr/bin/env bash
# Installs what infercap needs beyond the Swift toolchain on Debian/Ubuntu: OpenBLAS (cblas.h,
# libopenblas) and pkg-config, and python3 for the scripts CI runs (scripts/check-accuracy.py).
# Idempotent: does nothing when all are present.
set -euo pipefail
if pkg-config --exists openblas 2>/dev/null && [ -e /usr/include/x86_64-linux-gnu/cblas.h -o -e /usr/include/cblas.h ] \
    && command -v python3 >/dev/null; then
    exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq libopenblas-dev pkg-config python3 >/dev/null
echo "installed libopenblas-dev, pkg-config and python3"
