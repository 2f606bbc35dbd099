#!/usr/bin/env bash
# The preview as a user runs it: `./certfolio serve` (the published binary) on the N-document corpus, one
# document's title edited EDITS times, and for each edit the rebuild it reports ("Rebuilt ... in X ms, Y ms after
# the file event") and the time from this script's write to that line. ServeWatchBenchmarks measures the same
# path in process, under the JIT; this measures the binary users run.
#
#   bench/serve-edits.sh            # N = 10000, 20 edits
#   N=1000 EDITS=10 bench/serve-edits.sh
set -euo pipefail
BENCH=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$BENCH/.." && pwd)
N=${N:-10000}
EDITS=${EDITS:-20}
PORT=${PORT:-5391}
CERTFOLIO=${CERTFOLIO:-$REPO/certfolio}   # or a published binary, to compare publishes
WORK=${WORK:-/tmp/certfolio-bench}
corpus="$WORK/certfolio-$N"
if [ ! -f "$corpus/certfolio.yaml" ]; then
  rm -rf "$corpus"
  python3 "${SHARED:-/work/shared/bench}/gen_corpus.py" "$corpus" "$N" --assets >/dev/null 2>&1
  printf 'title: "Benchmark certifications"\nbaseUrl: "https://certs.example.org/"\n' >"$corpus/certfolio.yaml"
fi
copy=/dev/shm/certfolio-serve-edits
rm -rf "$copy" && cp -r "$corpus" "$copy"
"$CERTFOLIO" --version >/dev/null   # publish now if the sources changed

python3 - "$CERTFOLIO" "$copy" "$PORT" "$EDITS" <<'PY'
import os, re, statistics as st, subprocess, sys, time, glob, select
cli, root, port, edits = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
proc = subprocess.Popen([cli, "serve", root, "--port", port, "--today", "2026-01-15"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, bufsize=1)
def line(timeout):
    ready, _, _ = select.select([proc.stdout], [], [], timeout)
    return proc.stdout.readline() if ready else None
try:
    while (l := line(120)) is not None and "Serving" not in l: pass
    doc = sorted(glob.glob(os.path.join(root, "content", "certifications", "*.md")))[len(glob.glob(os.path.join(root, "content", "certifications", "*.md"))) // 2]
    original = open(doc, encoding="utf-8").read()
    reported, observed = [], []
    for i in range(edits):
        text = original.replace('title: "', f'title: "Edit {i} ', 1) if i % 2 == 0 else original
        time.sleep(0.5)
        start = time.perf_counter()
        with open(doc, "w", encoding="utf-8") as f: f.write(text)
        while (l := line(10)) is not None and not l.startswith("Rebuilt"): pass
        if l is None: print("no rebuild reported", file=sys.stderr); continue
        observed.append((time.perf_counter() - start) * 1000)
        m = re.search(r"([0-9.]+) ms after the file event", l)
        if m: reported.append(float(m.group(1)))
    print(f"serve, {len(glob.glob(os.path.join(root, 'content', 'certifications', '*.md'))):,} documents, {edits} title edits: reported after the file event median {st.median(reported):.1f} ms "
          f"(min {min(reported):.1f}, max {max(reported):.1f}); write to reported line median {st.median(observed):.1f} ms (max {max(observed):.1f}); "
          f"load {open('/proc/loadavg').read().split()[0]}")
    with open(doc, "w", encoding="utf-8") as f: f.write(original)
finally:
    proc.terminate(); proc.wait(10)
PY
