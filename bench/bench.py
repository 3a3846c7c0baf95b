"""Speed and memory of jiaodui beside autocorrect (autocorrect-py, a Rust core) in the same run.

    pip install '.[bench]' && python bench/bench.py [--files N] [--repeat R]

Prints three figures, each with autocorrect's and the ratio:
  1. throughput (MB/s of UTF-8 input, one core, in-process) over ../shared/corpus/ (or the
     samples repeated when the corpus is absent), all rule families on;
  2. one small file checked from the command line, start-up included (median of R runs);
  3. peak memory (max RSS) checking one 10 MB file from the command line.
autocorrect-py has no command line of its own; its "CLI" here is the smallest Python program
that reads a file and lints it (`python -c "import autocorrect_py ..."`), which is what a
newsroom script using it would run.
"""
from __future__ import annotations

import argparse
import os
import pathlib
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
sys.path.insert(0, str(ROOT))


def load_texts(limit: int | None) -> list[tuple[str, str]]:
    if CORPUS.is_dir():
        files = sorted(CORPUS.glob("*.txt"))
        if limit:
            step = max(1, len(files) // limit)
            files = files[::step][:limit]
        return [(str(p), p.read_text("utf-8")) for p in files]
    samples = sorted((ROOT / "samples").glob("*.txt"))
    return [(str(p), p.read_text("utf-8")) for p in samples] * 60


def throughput_jiaodui(texts) -> float:
    from checker.config import Config
    from checker.document import Document
    from checker.engine import check_document
    from checker.registry import load_rules
    rules = list(load_rules())
    doc = Document("warm", texts[0][1])
    check_document(doc, rules)  # imports and compiled patterns are not part of throughput
    start = time.perf_counter()
    for path, text in texts:
        check_document(Document(path, text, settings={"script": Config().script}), rules)
    return time.perf_counter() - start


def throughput_autocorrect(texts) -> float | None:
    try:
        import autocorrect_py
    except ImportError:
        return None
    autocorrect_py.lint_for(texts[0][1], "warm.txt")
    start = time.perf_counter()
    for path, text in texts:
        autocorrect_py.lint_for(text, "x.txt")
    return time.perf_counter() - start


def timed_runs(command: list[str], repeat: int) -> float:
    # An installed package has its bytecode compiled (pip does it at install time); a source
    # checkout run with PYTHONDONTWRITEBYTECODE would compile every module on every run instead.
    # So bytecode may be written, and one untimed run writes it before the timed ones.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def peak_rss_mb(command: list[str]) -> float:
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, _, usage = os.wait4(process.pid, 0)
    return usage.ru_maxrss / 1024


def autocorrect_cli(path: str) -> list[str]:
    program = ("import sys, autocorrect_py; p = sys.argv[1]; "
               "r = autocorrect_py.lint_for(open(p, encoding='utf-8').read(), p); "
               "sys.exit(1 if r.lines else 0)")
    return [sys.executable, "-c", program, path]


def jiaodui_cli(path: str, *extra: str) -> list[str]:
    return [sys.executable, "-m", "checker", "check", path, "--format", "json", *extra]


def ratio(ours: float, theirs: float | None, higher_is_better: bool) -> str:
    if not theirs:
        return "n/a (pip install '.[bench]')"
    value = ours / theirs
    return f"{value:.2f}x {'(higher is better)' if higher_is_better else '(lower is better)'}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=None, help="use N corpus files (default: all)")
    parser.add_argument("--repeat", type=int, default=10)
    args = parser.parse_args()
    os.chdir(ROOT)

    texts = load_texts(args.files)
    megabytes = sum(len(t.encode("utf-8")) for _, t in texts) / 1e6
    ours = throughput_jiaodui(texts)
    theirs = throughput_autocorrect(texts)
    ours_mbs, theirs_mbs = megabytes / ours, (megabytes / theirs if theirs else None)
    print(f"input: {len(texts)} files, {megabytes:.1f} MB ({'corpus' if CORPUS.is_dir() else 'samples repeated'})")
    print(f"1. throughput     jiaodui {ours_mbs:6.2f} MB/s   autocorrect "
          f"{theirs_mbs and f'{theirs_mbs:6.2f} MB/s' or 'n/a'}   ratio {ratio(ours_mbs, theirs_mbs, True)}")

    # Written for the benchmark: it holds DUP and TYPO candidates, so the lexicon load is in the figure.
    small = str(ROOT / "bench" / "small_article.txt")
    ours_small = timed_runs(jiaodui_cli(small), args.repeat)
    theirs_small = timed_runs(autocorrect_cli(small), args.repeat) if theirs else None
    print(f"2. one small file jiaodui {ours_small * 1000:6.0f} ms     autocorrect "
          f"{theirs_small and f'{theirs_small * 1000:6.0f} ms' or 'n/a'}     ratio {ratio(ours_small, theirs_small, False)}")

    # The 10 MB file is made of articles of one source (one script), as a real file is: mixing
    # simplified and traditional articles makes every other paragraph a mixed-script finding,
    # and memory then measures 90,000 findings rather than the checker.
    one_script = [(p, t) for p, t in texts if pathlib.Path(p).name.startswith("xwlb_")] or texts
    with tempfile.TemporaryDirectory() as tmp:
        big = pathlib.Path(tmp) / "big.txt"
        chunks, size = [], 0
        while size < 10 * 1024 * 1024:
            for _, text in one_script:
                chunks.append(text)
                size += len(text.encode("utf-8"))
                if size >= 10 * 1024 * 1024:
                    break
        big.write_text("\n".join(chunks), "utf-8")
        ours_rss = peak_rss_mb(jiaodui_cli(str(big), "--max-file-size", "20MB"))
        theirs_rss = peak_rss_mb(autocorrect_cli(str(big))) if theirs else None
    print(f"3. peak memory    jiaodui {ours_rss:6.0f} MB     autocorrect "
          f"{theirs_rss and f'{theirs_rss:6.0f} MB' or 'n/a'}     ratio {ratio(ours_rss, theirs_rss, False)}"
          f"   (10 MB file)")


if __name__ == "__main__":
    main()
