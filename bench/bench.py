"""Speed and memory of jiaodui beside autocorrect (autocorrect-py, a Rust core), whole processes,
in one run, the two tools' runs alternating so that load from other work falls on both alike.

    pip install '.[bench]' && python bench/bench.py [--repeat R] [--corpus-repeat C] [--quick]

Reads ../shared/corpus/ (skips politely when it is absent) and builds its inputs in a temporary
directory at run time (corpus text never enters the repository):

  1. 4 MB of simplified news in one file (xwlb_ articles, one after another);
  2. 4 MB of simplified and traditional articles in one file, 2:1 by bytes, interleaved;
  3. one 2 KB article, start-up included, whose check reads no Chinese numeral;
  4. one 2 KB article whose check reads a Chinese numeral (reading one used to import cn2an),
     and bench/small_article.txt (written for the benchmark, with DUP and TYPO candidates, so
     that the lexicon load is in the figure);
  5. the whole corpus (a directory of ~12,000 files) with --jobs 1 and --jobs 2 (wall time), and
     each half of it (tuning: numbers ending 1-4, held-out: 6-9) with --jobs 1 (CPU, MB/s);
  6. peak memory (max RSS of the process) checking a 10 MB file of either kind.

Each figure is the median over R alternating runs (C for the corpus). Times are the CPU time of
the whole process (user + system, start-up included): on a shared machine it is much steadier than
wall time; wall-clock medians are printed beside. The --jobs speed-up is wall time, as it must be.
jiaodui runs as `python -m checker check FILE --format json` (all default rules on).
autocorrect-py has no command line of its own; its "CLI" here is the smallest Python program
that reads a file and lints it, which is what a newsroom script using it would run.
"""
from __future__ import annotations

import argparse
import os
import pathlib
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Callable
from typing import Any

ROOT = pathlib.Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
MB = 1024 * 1024



def _env() -> dict[str, str]:
    # An installed package has its bytecode compiled (pip does it at install time); a source
    # checkout run with PYTHONDONTWRITEBYTECODE would compile every module on every run instead.
    # So bytecode may be written, and one untimed run of each command writes it first.
    return {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


class Sample:
    """One run of a command: CPU seconds (user + system), wall seconds, peak RSS in MiB."""

    def __init__(self, command: list[str]) -> None:
        import time
        with tempfile.TemporaryFile() as errors:
            start = time.perf_counter()
            process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=errors, env=_env())
            _, status, usage = os.wait4(process.pid, 0)
            self.wall = time.perf_counter() - start
            process.returncode = os.waitstatus_to_exitcode(status)
            errors.seek(0)
            stderr = errors.read().decode("utf-8", "replace")
        code = process.returncode
        if code not in (0, 1):
            raise SystemExit(f"{' '.join(command)} failed with exit code {code}:\n{stderr}")
        self.cpu = usage.ru_utime + usage.ru_stime
        self.rss = usage.ru_maxrss / 1024


def alternate(commands: dict[str, list[str] | None], repeat: int, warm: bool = True) -> dict[str, list[Sample]]:
    """Run each command `repeat` times, taking turns (a, b, a, b, …), after one untimed run each
    (unless `warm` is False)."""
    live = {name: command for name, command in commands.items() if command}
    for command in live.values() if warm else ():
        Sample(command)
    samples: dict[str, list[Sample]] = {name: [] for name in live}
    for _ in range(repeat):
        for name, command in live.items():
            samples[name].append(Sample(command))
    return samples


def median(samples: list[Sample], key: Callable[[Sample], float]) -> float:
    return statistics.median(key(s) for s in samples)


def corpus_files(prefixes: tuple[str, ...]) -> list[pathlib.Path]:
    return sorted(p for p in CORPUS.glob("*.txt") if p.name.startswith(prefixes))


def build(path: pathlib.Path, size: int, simplified: list[pathlib.Path], traditional: list[pathlib.Path],
          traditional_share: float) -> int:
    """Write whole articles until `size` bytes: simplified ones, and traditional ones whenever their
    share of the bytes so far is below `traditional_share` (2:1 → 1/3). Returns the byte count."""
    written = {False: 0, True: 0}
    chunks: list[bytes] = []
    queues = {False: iter(simplified), True: iter(traditional)}
    while sum(written.values()) < size:
        total = sum(written.values())
        pick = traditional_share > 0 and written[True] < traditional_share * max(total, 1)
        try:
            data = next(queues[pick]).read_bytes().rstrip(b"\n") + b"\n"
        except StopIteration:
            queues[pick] = iter(simplified if not pick else traditional)   # wrap round
            continue
        chunks.append(data)
        written[pick] += len(data)
    path.write_bytes(b"".join(chunks))
    return sum(written.values())


def small_articles(simplified: list[pathlib.Path]) -> tuple[pathlib.Path, pathlib.Path]:
    """Two corpus articles of about 2 KB: the first whose check reads no Chinese numeral, and the
    first whose check reads one (the numeral reader, `numerals.parse_chinese`, is called: before
    it was the project's own, that call imported cn2an). Found by watching calls in this process."""
    sys.path.insert(0, str(ROOT))
    from checker.analysis import numerals
    from checker.document import Document
    from checker.engine import check_document
    from checker.registry import load_rules
    rules = list(load_rules())
    reader = numerals.parse_chinese
    inner: Any = getattr(reader, "__wrapped__", reader)   # the function under its cache
    code = inner.__code__
    read: list[str] = []

    def watch(frame: Any, event: str, arg: Any) -> None:
        if event == "call" and frame.f_code is code:
            read.append(frame.f_locals.get("text", ""))

    plain = numeral = None
    for path in simplified:
        data = path.read_bytes()
        if not 1900 <= len(data) <= 2200:
            continue
        if hasattr(reader, "cache_clear"):
            reader.cache_clear()
        read.clear()
        sys.setprofile(watch)
        try:
            check_document(Document(str(path), data.decode("utf-8"), settings={"script": "auto"}), rules)
        finally:
            sys.setprofile(None)
        if read and numeral is None:
            numeral = path
        elif not read and plain is None:
            plain = path
        if plain and numeral:
            return plain, numeral
    raise SystemExit("no 2 KB article with and without a Chinese numeral in the corpus")


def jiaodui(path: pathlib.Path | str, *extra: str) -> list[str]:
    # --no-cache: every run does the whole work (the result cache is measured in bench/cache_bench.py)
    return [sys.executable, "-m", "checker", "check", str(path), "--format", "json", "--exit-zero", "--no-cache",
            *extra]


def autocorrect(path: pathlib.Path | str) -> list[str] | None:
    try:
        import autocorrect_py  # noqa: F401
    except ImportError:
        return None
    program = ("import sys, autocorrect_py; p = sys.argv[1]; "
               "r = autocorrect_py.lint_for(open(p, encoding='utf-8').read(), p); "
               "sys.exit(1 if r.lines else 0)")
    return [sys.executable, "-c", program, str(path)]


def cn2an_imported(path: pathlib.Path) -> bool:
    """Whether checking the file imports cn2an (the dependency whose import costs 0.1-0.3 s)."""
    program = ("import sys; from checker.cli import main\n"
               "try:\n    main(sys.argv[1:])\nexcept SystemExit:\n    pass\n"
               "sys.stderr.write('CN2AN=%s' % ('cn2an' in sys.modules))")
    result = subprocess.run([sys.executable, "-c", program, "check", str(path), "--format", "json"],
                            check=False, capture_output=True, text=True, env=_env())
    return "CN2AN=True" in result.stderr


def row(work: str, ours: float, theirs: float | None, unit: str, goal: str) -> str:
    ratio = f"{ours / theirs:5.2f}" if theirs else "  n/a"
    theirs_text = f"{theirs:9.3f} {unit}" if theirs else f"{'n/a':>9s} {' ' * len(unit)}"
    return f"  {work:44s} {ours:9.3f} {unit}  {theirs_text}   {ratio}   {goal}"


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7, help="alternating runs per file figure (default 7)")
    parser.add_argument("--small-repeat", type=int, default=21, help="runs for the 2 KB articles (default 21)")
    parser.add_argument("--corpus-repeat", type=int, default=3, help="runs of the corpus per --jobs (default 3)")
    parser.add_argument("--quick", action="store_true", help="3 / 9 / 1 runs: a rough figure in a minute")
    parser.add_argument("--skip-corpus", action="store_true", help="leave out the --jobs figure")
    args = parser.parse_args()
    if args.quick:
        args.repeat, args.small_repeat, args.corpus_repeat = 3, 9, 1
    if not CORPUS.is_dir():
        print(f"bench: {CORPUS} is absent; nothing to measure")
        return
    os.chdir(ROOT)
    simplified = corpus_files(("xwlb_",))
    traditional = [p for pair in zip(corpus_files(("twpres_",)), corpus_files(("tainan_",))) for p in pair]
    has_autocorrect = autocorrect(ROOT) is not None
    load = os.getloadavg()[0]
    print(f"jiaodui bench: medians of alternating runs (CPU s of the whole process unless said); "
          f"load average {load:.1f} on {os.cpu_count()} CPUs at start")
    if not has_autocorrect:
        print("  autocorrect-py is not installed (pip install '.[bench]'): its column is n/a")
    print(f"  {'work':44s} {'jiaodui':>11s}  {'autocorrect':>11s}   ratio   goal (ratio = jiaodui ÷ autocorrect)")

    with tempfile.TemporaryDirectory(prefix="jiaodui-bench-") as tmp:
        folder = pathlib.Path(tmp)
        files = {}
        for name, size, share in (("simplified-4mb.txt", 4 * MB, 0.0), ("mixed-4mb.txt", 4 * MB, 1 / 3),
                                  ("simplified-10mb.txt", 10 * MB, 0.0), ("mixed-10mb.txt", 10 * MB, 1 / 3)):
            files[name] = folder / name
            build(files[name], size, simplified, traditional, share)

        for name, label in (("simplified-4mb.txt", "4 MB simplified, one file"),
                            ("mixed-4mb.txt", "4 MB simplified/traditional 2:1, one file")):
            path = files[name]
            megabytes = path.stat().st_size / MB
            runs = alternate({"ours": jiaodui(path), "theirs": autocorrect(path)}, args.repeat)
            ours = median(runs["ours"], lambda s: s.cpu)
            theirs = median(runs["theirs"], lambda s: s.cpu) if "theirs" in runs else None
            goal = "≤ 0.67" if name.startswith("simplified") else "≤ 1.00"
            print(row(f"{label} (time)", ours, theirs, "s", goal))
            print(f"  {'':44s} {megabytes / ours:7.2f} MB/s  "
                  + (f"{megabytes / theirs:7.2f} MB/s" if theirs else f"{'n/a':>12s}")
                  + f"   (wall {median(runs['ours'], lambda s: s.wall):.2f} s"
                  + (f" / {median(runs['theirs'], lambda s: s.wall):.2f} s)" if theirs else ")"))

        plain, numeral = small_articles(simplified)
        small = {}
        # The third is written for the benchmark: it holds DUP and TYPO candidates, so the lexicon
        # load is in its figure.
        for label, path in (("2 KB article, start-up included", plain),
                            ("2 KB article with a Chinese numeral", numeral),
                            ("written article with DUP/TYPO candidates", ROOT / "bench" / "small_article.txt")):
            runs = alternate({"ours": jiaodui(path), "theirs": autocorrect(path)}, args.small_repeat)
            ours = median(runs["ours"], lambda s: s.cpu) * 1000
            theirs = median(runs["theirs"], lambda s: s.cpu) * 1000 if "theirs" in runs else None
            small[label] = ours
            print(row(label, ours, theirs, "ms", "≤ 2.00"))
            print(f"  {'':44s} ({path.name}, {path.stat().st_size} bytes; wall "
                  f"{median(runs['ours'], lambda s: s.wall) * 1000:.0f} ms"
                  + (f" / {median(runs['theirs'], lambda s: s.wall) * 1000:.0f} ms" if theirs else "")
                  + f"; cn2an imported: {'yes' if cn2an_imported(path) else 'no'})")
        values = list(small.values())
        print(f"  {'numeral article ÷ plain article':44s} {values[1] / values[0]:9.2f}"
              f"{'':29s}goal ≤ 1.00 (no slower)")

        print(markdown_row(folder, simplified, args.repeat))

        if not args.skip_corpus:
            files_in_corpus = len(list(CORPUS.glob("*.txt")))
            runs = alternate({"1": jiaodui(CORPUS, "--jobs", "1"), "2": jiaodui(CORPUS, "--jobs", "2")},
                             args.corpus_repeat)
            one, two = median(runs["1"], lambda s: s.wall), median(runs["2"], lambda s: s.wall)
            print(f"  {f'corpus ({files_in_corpus} files) --jobs 1 / --jobs 2':44s} {one:9.2f} s  "
                  f"{two:9.2f} s    speed-up {one / two:.2f}×   goal ≥ 1.70× "
                  f"(wall; load average now {os.getloadavg()[0]:.1f})")

        if not args.skip_corpus:
            print(halves_row(args.corpus_repeat))

        for name, label in (("simplified-10mb.txt", "peak memory, 10 MB simplified"),
                            ("mixed-10mb.txt", "peak memory, 10 MB simplified/traditional")):
            path = files[name]
            runs = alternate({"ours": jiaodui(path, "--max-file-size", "20MB"), "theirs": autocorrect(path)}, 1,
                             warm=False)
            ours = max(s.rss for s in runs["ours"])
            theirs = max(s.rss for s in runs["theirs"]) if "theirs" in runs else None
            print(row(label, ours, theirs, "MiB", "ours ≤ 200 MB"))


def halves_row(repeat: int) -> str:
    """MB/s (CPU, --jobs 1) over each corpus half, alternating: the tuning half (file numbers
    ending 1-4) and the held-out half (6-9), so that a speed-up tuned on one shows on the other."""
    halves = {name: [p for p in sorted(CORPUS.glob("*.txt")) if p.stem[-1:] in digits]
              for name, digits in (("tuning", "1234"), ("held-out", "6789"))}
    commands = {}
    for name, paths in halves.items():
        command = jiaodui(paths[0], "--jobs", "1")
        at = command.index(str(paths[0])) + 1
        commands[name] = command[:at] + [str(p) for p in paths[1:]] + command[at:]   # paths together
    runs = alternate(commands, repeat)
    parts = []
    for name, paths in halves.items():
        megabytes = sum(p.stat().st_size for p in paths) / MB
        cpu = median(runs[name], lambda s: s.cpu)
        parts.append(f"{name} {len(paths)} files {megabytes:.1f} MB {cpu:.1f} s = {megabytes / cpu:.2f} MB/s")
    return f"  {'corpus halves, --jobs 1 (CPU)':44s} " + "; ".join(parts)


def as_markdown(name: str, text: str) -> str:
    """An article as a content repository holds it: front matter, a heading, paragraphs
    hard-wrapped at 40 characters, a link and inline code in every fifth paragraph, a code block
    and a table after every seventh."""
    lines = [line for line in text.splitlines() if line.strip()]
    out = ["---", f"title: {name}", "tags: [news]", "---", "", f"# {lines[0] if lines else ''}", ""]
    for number, line in enumerate(lines[1:], 1):
        wrapped = [line[i:i + 40] for i in range(0, len(line), 40)]
        if number % 5 == 0:
            wrapped[0] = f"见[原文](https://example.org/{number}) `id-{number}` " + wrapped[0]
        out.extend([*wrapped, ""])
        if number % 7 == 0:
            out.extend(["```", f"code {number}", "```", "", "| 项目 | 数值 |", "|---|---|",
                        f"| 第{number}项 | {number} |", ""])
    return "\n".join(out) + "\n"


def markdown_row(folder: pathlib.Path, simplified: list[pathlib.Path], repeat: int) -> str:
    """MB/s of the command line on 4 MB of Markdown (the formats helper's case: parse, offset map,
    every rule, findings mapped back)."""
    path = folder / "simplified-4mb.md"
    parts, size = [], 0
    while size < 4 * MB:
        for source in simplified:
            part = as_markdown(source.stem, source.read_text("utf-8"))
            parts.append(part)
            size += len(part.encode("utf-8"))
            if size >= 4 * MB:
                break
    path.write_text("\n".join(parts), "utf-8")
    runs = alternate({"ours": jiaodui(path)}, repeat)
    ours = median(runs["ours"], lambda s: s.cpu)
    megabytes = path.stat().st_size / MB
    return (f"  {'4 MB Markdown (front matter, code, tables, links)':44s} {ours:9.2f} s  {'n/a':>11s}"
            f"   {megabytes / ours:.2f} MB/s (no autocorrect counterpart)")


if __name__ == "__main__":
    main()
