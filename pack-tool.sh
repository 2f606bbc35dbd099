#!/usr/bin/env bash
# Packs Certfolio as a .NET tool into OUT (default: ./artifacts/tool): the top-level package `Certfolio`, the portable
# `Certfolio.any` (framework-dependent, for any platform with a .NET 10 runtime) and the Native AOT package of this
# machine's platform (`Certfolio.linux-x64` here). A Native AOT package is compiled on its own platform: run this on
# each platform named in ToolPackageRuntimeIdentifiers (Certfolio.Cli.csproj) and push every package to one feed.
#
#   ./pack-tool.sh && dotnet tool install --global Certfolio --add-source ./artifacts/tool
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
out=$(mkdir -p "${1:-artifacts/tool}" && cd "${1:-artifacts/tool}" && pwd)

case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) rid=linux-x64 ;;
  Linux-aarch64) rid=linux-arm64 ;;
  Darwin-arm64) rid=osx-arm64 ;;
  *) echo "pack-tool.sh: no Native AOT package for $(uname -s)-$(uname -m); packing the portable one only" >&2; rid= ;;
esac

# Its own build folders, so packing never disturbs a build or test run of the same checkout.
export CERTFOLIO_ARTIFACTS="$PWD/.build/pack-artifacts"
pack() { dotnet pack src/Certfolio.Cli -c Release -p:CertfolioToolPackage=true -o "$out" --nologo -v quiet "$@"; }
pack
pack -r any
[ -z "$rid" ] || pack -r "$rid"
ls "$out"/*.nupkg
