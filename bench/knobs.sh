#!/usr/bin/env bash
# Measures how the CLI is published and run (Native AOT or ReadyToRun, tiered compilation, GC) on the three
# things a user feels: `./certfolio --version`, `check` and `build` at N documents. A variant is a list of
# assignments: DOTNET_ environment variables, CLI=PATH for another published binary (an earlier commit's), and
# CLI=r2r for the ReadyToRun publish of the same sources (made here, into $WORK/cli-r2r, with the settings the
# wrapper used before Native AOT) instead of the wrapper's.
# The variants take turns run by run, so a noisy neighbour hits them all alike. Prints a Markdown table of
# medians, and each variant's ratio to the first one.
#
#   bench/knobs.sh               # N = 10000, 5 runs of each command per variant
#   N=1000 RUNS=3 bench/knobs.sh
#   VARIANTS='aot=|r2r=CLI=r2r,DOTNET_TieredCompilation=0' bench/knobs.sh
#   VARIANTS='now=|before=CLI=/tmp/cli-before/certfolio' bench/knobs.sh   # against another published binary
set -euo pipefail
BENCH=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$BENCH/.." && pwd)
N=${N:-10000}
RUNS=${RUNS:-5}
START_RUNS=${START_RUNS:-15}
TODAY=${TODAY:-2026-01-15}
WORK=${WORK:-/tmp/certfolio-bench}
OUTROOT=${OUTROOT:-/dev/shm/certfolio-bench-out}
CERTFOLIO=${CERTFOLIO:-$REPO/certfolio}
# Native AOT reads the GC's DOTNET_ settings but has no JIT to tune; server GC would have to be linked in at publish.
VARIANTS=${VARIANTS:-'Native AOT (as published)=|ReadyToRun, tiered compilation off=CLI=r2r,DOTNET_TieredCompilation=0|ReadyToRun, tiered compilation on=CLI=r2r|non-concurrent GC=DOTNET_gcConcurrent=0|gen0 budget 64 MB=DOTNET_GCgen0size=0x4000000'}

corpus="$WORK/certfolio-$N"
if [ ! -f "$corpus/certfolio.yaml" ]; then
  rm -rf "$corpus"
  python3 "${SHARED:-/work/shared/bench}/gen_corpus.py" "$corpus" "$N" --assets >/dev/null 2>&1
  printf 'title: "Benchmark certifications"\nbaseUrl: "https://certs.example.org/"\n' >"$corpus/certfolio.yaml"
fi
mkdir -p "$OUTROOT"
"$CERTFOLIO" --version >/dev/null   # publish now if the sources changed
# Both publishes are timed without the wrapper (~10 ms of shell), which compare.sh includes as a user runs it.
aot="$(ls -dt "$REPO"/.build/cli-*/ | head -1)certfolio"
r2r="$WORK/cli-r2r"
case $VARIANTS in *CLI=r2r*)
  echo "knobs.sh: publishing the ReadyToRun CLI into $r2r..." >&2
  rm -rf "$r2r"
  CERTFOLIO_ARTIFACTS="$WORK/artifacts-r2r" dotnet publish "$REPO/src/Certfolio.Cli" -c Release -r linux-x64 --self-contained false \
    -p:PublishAot=false -p:PublishReadyToRun=true -o "$r2r" --nologo -v quiet >/dev/null
esac

python3 - "$aot" "$r2r/certfolio" "$corpus" "$OUTROOT" "$TODAY" "$RUNS" "$START_RUNS" "$N" "$VARIANTS" <<'EOF'
import os, shutil, statistics as st, subprocess, sys, time
aot, r2r, corpus, outroot, today, runs, start_runs, n, variants = sys.argv[1:]
runs, start_runs = int(runs), int(start_runs)
variants = [v.split("=", 1) for v in variants.split("|")]
def env_of(spec):
    env = dict(os.environ)
    for assignment in filter(None, spec.split(",")):
        k, v = assignment.split("=", 1); env[k] = v
    return env
def cli_of(env):
    cli = env.pop("CLI", None)
    return r2r if cli == "r2r" else cli or aot
def timed(cmd, env):
    t = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    _, status, ru = os.wait4(p.pid, 0)
    return time.perf_counter() - t, ru.ru_utime + ru.ru_stime, ru.ru_maxrss / 1024, status
res = {(name, what): [] for name, _ in variants for what in ("version", "check", "build")}
out = os.path.join(outroot, "knobs")
for i in range(max(runs, start_runs) + 1):
    for name, spec in variants:
        env = env_of(spec)
        cli = cli_of(env)
        if i < start_runs + 1:
            r = timed([cli, "--version"], env)
            if i > 0: res[(name, "version")].append(r)
        if i < runs + 1:
            r = timed([cli, "check", corpus, "--today", today], env)
            if i > 0: res[(name, "check")].append(r)
            shutil.rmtree(out, ignore_errors=True)
            r = timed([cli, "build", corpus, "-o", out, "--today", today], env)
            shutil.rmtree(out, ignore_errors=True)
            if r[3] != 0: print(f"build failed for {name}", file=sys.stderr)
            if i > 0: res[(name, "build")].append(r)
def med(name, what, k): return st.median(r[k] for r in res[(name, what)])
base = variants[0][0]
print(f"<!-- {time.strftime('%Y-%m-%dT%H:%M:%SZ', time.gmtime())}, N={n}, {runs} runs ({start_runs} for --version), load {open('/proc/loadavg').read().split()[0]} -->")
print("| variant | env | --version wall s | check wall s | check CPU s | build wall s | build CPU s | build peak RSS MiB | ratio to first: version / check / build wall |")
print("|---|---|---:|---:|---:|---:|---:|---:|---|")
for name, spec in variants:
    v, c, b = med(name, "version", 0), med(name, "check", 0), med(name, "build", 0)
    print(f"| {name} | `{spec or '-'}` | {v:.3f} | {c:.3f} | {med(name, 'check', 1):.3f} | {b:.3f} | {med(name, 'build', 1):.3f} | {med(name, 'build', 2):.0f} | "
          f"{v / med(base, 'version', 0):.2f} / {c / med(base, 'check', 0):.2f} / {b / med(base, 'build', 0):.2f} |")
EOF
