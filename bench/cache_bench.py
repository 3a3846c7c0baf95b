"""The result cache over the corpus: the first run (cache empty) against the second (unchanged
tree), and the same report bytes every way — serial or `--jobs`, with or without the cache.

    python bench/cache_bench.py                  # the whole corpus, --jobs 2
    python bench/cache_bench.py --every 10       # every 10th file (both halves), for a quick figure
    python bench/cache_bench.py --identity       # also run serial and --jobs without the cache
    python bench/cache_bench.py --half tuning    # file numbers ending 1-4 (held-out: 6-9)

Each run is the installed CLI in a fresh process (start-up included) in a temporary directory that
holds the cache; the corpus is only read. Also checks that GitLab fingerprints are unique over the
files. Reads ../shared/corpus/ and skips politely when it is absent.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"


def jiaodui(cwd: Path, *args: str) -> tuple[float, bytes]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    # Measured as installed (a wheel's modules are compiled at install): without bytecode every
    # process compiles the package again, a tenth of a second that would swamp the warm run.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    started = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "checker", "--exit-zero", *args], check=False, cwd=cwd, env=env,
                            capture_output=True)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        sys.exit(f"jiaodui {' '.join(args[:6])}…: exit {result.returncode}\n{result.stderr.decode()[-2000:]}")
    return elapsed, (cwd / "out").read_bytes()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--every", type=int, default=1, help="take every Nth corpus file (default: all)")
    parser.add_argument("--half", choices=("tuning", "held-out"), help="one half of the corpus (numbers ending 1-4 or 6-9)")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--identity", action="store_true", help="also compare serial and --jobs runs without the cache")
    args = parser.parse_args()
    if not CORPUS.is_dir():
        print("../shared/corpus is absent: nothing to measure")
        return
    files = sorted(CORPUS.glob("*.txt"))
    if args.half:
        digits = "1234" if args.half == "tuning" else "6789"
        files = [f for f in files if f.stem[-1] in digits]
    files = files[::args.every]
    size = sum(f.stat().st_size for f in files)
    targets = [str(CORPUS)] if args.every == 1 and not args.half else [str(f) for f in files]
    print(f"{len(files)} files{' (' + args.half + ' half)' if args.half else ''}, {size / 1e6:.1f} MB, --jobs {args.jobs}")
    with tempfile.TemporaryDirectory() as work:
        cwd = Path(work)
        jobs = ["-j", str(args.jobs)]
        cold, first = jiaodui(cwd, "--format", "json", "-o", "out", *jobs, *targets)
        warm, second = jiaodui(cwd, "--format", "json", "-o", "out", *jobs, *targets)
        serial_warm, third = jiaodui(cwd, "--format", "json", "-o", "out", "-j", "1", *targets)
        print(f"first run (cache empty)    {cold:7.2f} s  {size / 1e6 / cold:.2f} MB/s")
        print(f"second run (cache full)    {warm:7.2f} s  = {100 * warm / cold:.1f}% of the first")
        print(f"second run, serial         {serial_warm:7.2f} s  = {100 * serial_warm / cold:.1f}% of the first")
        print(f"identical JSON: cold --jobs = warm --jobs = warm serial: {first == second == third}")
        same = first == second == third
        if args.identity:
            t_serial, plain_serial = jiaodui(cwd, "--format", "json", "-o", "out", "--no-cache", "-j", "1", *targets)
            t_jobs, plain_jobs = jiaodui(cwd, "--format", "json", "-o", "out", "--no-cache", *jobs, *targets)
            print(f"no cache: serial {t_serial:.2f} s, --jobs {args.jobs} {t_jobs:.2f} s; "
                  f"identical to the cached runs: {plain_serial == plain_jobs == first}")
            same = same and plain_serial == plain_jobs == first
        _, gitlab = jiaodui(cwd, "--format", "gitlab", "-o", "out", *jobs, *targets)
        prints = [issue["fingerprint"] for issue in json.loads(gitlab)]
        unique = len(set(prints)) == len(prints)
        print(f"gitlab fingerprints: {len(prints)} findings, unique: {unique}")
    if not same or not unique:
        sys.exit(1)


if __name__ == "__main__":
    main()
