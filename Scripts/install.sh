#!/bin/sh
# Builds a self-contained release binary and installs it with its resources:
#   PREFIX/bin/dossier             the Swift runtime and Foundation linked in: runs on a machine without
#                                  Swift (a server you ssh into), and uses less memory than shared libraries
#   PREFIX/share/dossier/          models, word classes, gazetteer and their licences (found beside the binary)
# Needs at run time only what any Debian has: libc, libstdc++, libncursesw6, libsqlite3-0.
# Usage: Scripts/install.sh [PREFIX]     (default: ~/.local)
set -eu
prefix=${1:-$HOME/.local}
cd "$(dirname "$0")/.."
# A scratch folder of its own, so that the dynamic release build in .build/release is left as it is.
build="swift build -c release --product dossier --static-swift-stdlib --scratch-path .build/static"
$build
bin=$($build --show-bin-path)
mkdir -p "$prefix/bin" "$prefix/share/dossier"
install -m 755 "$bin/dossier" "$prefix/bin/dossier"
for file in Sources/DossierAnalysis/Resources/*; do
    install -m 644 "$file" "$prefix/share/dossier/"
done
echo "installed $prefix/bin/dossier and $prefix/share/dossier/"
