#!/usr/bin/env bash
# Installs infercap under PREFIX: the binary as PREFIX/bin/infercap and the catalog it reads as
# PREFIX/share/infercap/specs (found there at run time, see SpecsLocation), e.g.
#     scripts/install.sh ~/.local        # then: ~/.local/bin/infercap
# INFERCAP_STATIC=1 links the Swift runtime statically (--static-swift-stdlib), for a machine
# without the Swift toolchain; OpenBLAS (Debian: libopenblas0) is still needed there.
set -euo pipefail
PREFIX=${1:?usage: scripts/install.sh PREFIX (e.g. ~/.local or /usr/local)}
cd "$(dirname "$0")/.."
scripts/install-deps.sh
swift build -c release --product infercap ${INFERCAP_STATIC:+--static-swift-stdlib}
mkdir -p "$PREFIX/bin" "$PREFIX/share/infercap"
install -m 755 "$(swift build -c release --show-bin-path)/infercap" "$PREFIX/bin/infercap"
rm -rf "$PREFIX/share/infercap/specs"
cp -R specs "$PREFIX/share/infercap/specs"
echo "installed $("$PREFIX/bin/infercap" --version) as $PREFIX/bin/infercap, catalog in $PREFIX/share/infercap/specs"
