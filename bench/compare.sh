#!/usr/bin/env bash
# Certfolio against Hugo on the shared certifications corpus (/work/shared/bench/README.md), side by side
# in one run, and prints one Markdown table.
#
#   bench/compare.sh                 # N = 1000 10000
#   bench/compare.sh 100 1000        # other sizes
#   RUNS=3 bench/compare.sh 10000    # fewer timed runs
#
# For every N: the corpus is generated twice from the same seed, with --assets (the logos as tiny PNGs):
# dd.MM.yyyy dates for Certfolio, --iso-dates into a copy of the Hugo site for Hugo (Hugo silently
# misreads dd.MM.yyyy, see the README). Then, after one untimed warm-up each (it also counts pages and
# bytes), RUNS timed builds per tool, alternating Hugo (idiomatic), Hugo (tuned card) and Certfolio, each
# into a new, empty folder under OUTROOT (tmpfs) that is removed after the run, outside the timing.
# Timing is /usr/bin/time, the whole process (Certfolio through the ./certfolio wrapper, as a user runs it).
# After the build table: the `check` throughput at the largest N and the start-up of `./certfolio --version`.
#
# Knobs: RUNS=5  SEED=42  TODAY=2026-01-15 (Certfolio's pinned --today)  HUGO_CARDS="terms params"
#        WORK=/tmp/certfolio-bench (corpora, raw timings)  OUTROOT=/dev/shm/certfolio-bench-out
#        CHECK_RUNS=7  START_RUNS=20
set -euo pipefail

BENCH=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$BENCH/.." && pwd)
SHARED=${SHARED:-/work/shared/bench}
WORK=${WORK:-/tmp/certfolio-bench}
OUTROOT=${OUTROOT:-/dev/shm/certfolio-bench-out}
RUNS=${RUNS:-5}
SEED=${SEED:-42}
TODAY=${TODAY:-2026-01-15}
HUGO_CARDS=${HUGO_CARDS:-"terms params"}
CHECK_RUNS=${CHECK_RUNS:-7}
START_RUNS=${START_RUNS:-20}
SIZES=("$@")
[ ${#SIZES[@]} -gt 0 ] || SIZES=(1000 10000)
CERTFOLIO="$REPO/certfolio"

install_pkg() { # command package
  command -v "$1" >/dev/null 2>&1 && return 0
  [ "$(id -u)" = 0 ] || { echo "need $2: apt-get install -y $2" >&2; exit 1; }
  echo "installing $2..." >&2
  apt-get update -q >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$2" >/dev/null
}
install_pkg hugo hugo
install_pkg /usr/bin/time time

mkdir -p "$WORK/runs" "$OUTROOT"
rm -f "$WORK"/runs/*.time "$WORK"/runs/*.size
load_start=$(cut -d' ' -f1 /proc/loadavg)
# Publishes the CLI now if the sources changed, so no timed run pays for it.
"$CERTFOLIO" --version >/dev/null

# corpus N: the Certfolio portfolio ($WORK/certfolio-N) and the Hugo site ($WORK/hugo-N-CARD)
corpus() {
  local n=$1 card site
  local cf="$WORK/certfolio-$n"
  rm -rf "$cf"
  python3 "$SHARED/gen_corpus.py" "$cf" "$n" --seed "$SEED" --assets >/dev/null 2>&1
  # A baseUrl, so the build writes everything it can (sitemap, canonical links, absolute feed links).
  printf 'title: "Benchmark certifications"\nbaseUrl: "https://certs.example.org/"\n' >"$cf/certfolio.yaml"
  for card in $HUGO_CARDS; do
    site="$WORK/hugo-$n-$card"
    rm -rf "$site"
    cp -r "$SHARED/hugo-site" "$site"
    [ "$card" = params ] && cp "$SHARED/hugo-site-variants/card-params.html" "$site/layouts/partials/card.html"
    python3 "$SHARED/gen_corpus.py" "$site" "$n" --seed "$SEED" --iso-dates --assets >/dev/null 2>&1
  done
}

# build_cmd TOOL N OUT: the command line of one build
build_cmd() {
  case $1 in
    certfolio) echo "$CERTFOLIO build $WORK/certfolio-$2 -o $3 --today $TODAY" ;;
    hugo-*) echo "hugo --quiet -s $WORK/hugo-$2-${1#hugo-} -d $3" ;;
  esac
}

# run TOOL N I: one build (I = 0 is the warm-up, which also records pages and MB out)
run() {
  local tool=$1 n=$2 i=$3 out cmd
  out="$OUTROOT/$tool-$n-$i"
  rm -rf "$out"
  cmd=$(build_cmd "$tool" "$n" "$out")
  if [ "$i" = 0 ]; then
    # shellcheck disable=SC2086
    $cmd >"$WORK/runs/$tool-$n.log" 2>&1 || { echo "warm-up failed: $cmd" >&2; cat "$WORK/runs/$tool-$n.log" >&2; exit 1; }
    echo "$(find "$out" -name '*.html' | wc -l) $(find "$out" -type f -printf '%s\n' | awk '{s+=$1} END {printf "%.1f", s/1e6}')" >"$WORK/runs/$tool-$n.size"
  else
    # shellcheck disable=SC2086
    /usr/bin/time -a -o "$WORK/runs/$tool-$n.time" -f '%e %U %S %M' $cmd >/dev/null 2>&1
  fi
  rm -rf "$out"
}

TOOLS=()
for card in $HUGO_CARDS; do TOOLS+=("hugo-$card"); done
TOOLS+=(certfolio)

for n in "${SIZES[@]}"; do
  echo "N=$n: generating the corpus..." >&2
  corpus "$n"
  for i in $(seq 0 "$RUNS"); do
    echo "N=$n: run $i of $RUNS" >&2
    for tool in "${TOOLS[@]}"; do run "$tool" "$n" "$i"; done
  done
done

# check: the whole cold process (a new process each time; the inputs are in the page cache)
largest=${SIZES[-1]}
for i in $(seq 0 "$CHECK_RUNS"); do
  if [ "$i" = 0 ]; then "$CERTFOLIO" check "$WORK/certfolio-$largest" --today "$TODAY" >"$WORK/runs/check.log" 2>&1 || true
  else /usr/bin/time -a -o "$WORK/runs/check-$largest.time" -f '%e %U %S %M' "$CERTFOLIO" check "$WORK/certfolio-$largest" --today "$TODAY" >/dev/null 2>&1 || true
  fi
done

# start-up: finer than /usr/bin/time's 10 ms, so timed by Python (wait4 gives the child's own CPU and RSS)
python3 - "$START_RUNS" "$WORK/runs/startup.time" "$CERTFOLIO" <<'EOF'
import os, subprocess, sys, time
runs, path, cli = int(sys.argv[1]), sys.argv[2], sys.argv[3]
with open(path, "w") as f:
    for i in range(runs + 2):
        t = time.perf_counter()
        p = subprocess.Popen([cli, "--version"], stdout=subprocess.DEVNULL)
        _, status, ru = os.wait4(p.pid, 0)
        wall = time.perf_counter() - t
        if i >= 2:  # two warm-ups
            f.write(f"{wall:.4f} {ru.ru_utime:.4f} {ru.ru_stime:.4f} {ru.ru_maxrss}\n")
EOF

python3 - "$WORK/runs" "$largest" "$RUNS" "$(nproc)" "$(hugo version | cut -d' ' -f1-2)" "$("$CERTFOLIO" --version)" "$load_start" "${SIZES[@]}" <<'EOF'
import os, statistics as st, sys
runs_dir, largest, runs, cores, hugo_version, cf_version, load_start = sys.argv[1:8]
sizes = sys.argv[8:]
order = {"hugo-terms": 0, "hugo-params": 1, "certfolio": 9}
tools = sorted({f.rsplit("-", 1)[0] for f in os.listdir(runs_dir) if f.endswith(".size")}, key=lambda t: (order.get(t, 5), t))
label = {"hugo-terms": "Hugo (idiomatic)", "hugo-params": "Hugo (tuned card)", "certfolio": "Certfolio"}

def timings(path):
    rows = [list(map(float, l.split())) for l in open(path) if l[:1].isdigit()]
    wall = [r[0] for r in rows]; cpu = [r[1] + r[2] for r in rows]; rss = [r[3] / 1024 for r in rows]
    return st.median(wall), st.median(cpu), max(rss), min(wall), max(wall)

res = {}
for n in sizes:
    for t in tools:
        p = f"{runs_dir}/{t}-{n}.time"
        if os.path.exists(p):
            pages, mb = open(f"{runs_dir}/{t}-{n}.size").read().split()
            res[(t, n)] = (pages, mb) + timings(p)

print(f"<!-- {os.popen('date -u +%FT%TZ').read().strip()}, {cores} cores, load average {load_start} at the start and {open('/proc/loadavg').read().split()[0]} at the end, "
      f"{hugo_version}, certfolio {cf_version}, {runs} timed runs per tool and N -->")
print("| N | tool | pages | MB out | median wall s | median user+sys s | peak RSS MiB | wall min–max s |")
print("|---:|---|---:|---:|---:|---:|---:|---|")
for n in sizes:
    for t in tools:
        if (t, n) not in res: continue
        pages, mb, wall, cpu, rss, lo, hi = res[(t, n)]
        print(f"| {int(n):,} | {label.get(t, t)} | {int(pages):,} | {mb} | {wall:.3f} | {cpu:.3f} | {rss:,.0f} | {lo:.2f}–{hi:.2f} |")
    if ("certfolio", n) in res:
        c = res[("certfolio", n)]
        for t in tools:
            if t == "certfolio" or (t, n) not in res: continue
            h = res[(t, n)]
            print(f"| {int(n):,} | **Certfolio / {label.get(t, t)}** | | | **{c[2] / h[2]:.3f}** | {c[3] / h[3]:.3f} | {c[4] / h[4]:.3f} | |")
if len(sizes) > 1:
    a, b = sizes[0], sizes[-1]
    for t in tools:
        if (t, a) in res and (t, b) in res:
            print(f"| {int(a):,} → {int(b):,} | growth, {label.get(t, t)} | | | ×{res[(t, b)][2] / res[(t, a)][2]:.1f} | ×{res[(t, b)][3] / res[(t, a)][3]:.1f} | ×{res[(t, b)][4] / res[(t, a)][4]:.1f} | |")

check = f"{runs_dir}/check-{largest}.time"
if os.path.exists(check):
    wall, cpu, rss, lo, hi = timings(check)
    print(f"\n`certfolio check`, N = {int(largest):,}, whole cold process: median {wall:.3f} s wall ({lo:.2f}–{hi:.2f}), "
          f"{cpu:.3f} s user+sys, peak RSS {rss:,.0f} MiB: **{int(largest) / wall:,.0f} documents/s**")
start = [list(map(float, l.split())) for l in open(f"{runs_dir}/startup.time")]
wall = [r[0] for r in start]
print(f"`./certfolio --version` (wrapper + published CLI): median **{st.median(wall):.3f} s** wall "
      f"({min(wall):.3f}–{max(wall):.3f}), {st.median([r[1] + r[2] for r in start]):.3f} s user+sys, {len(start)} runs")
EOF
