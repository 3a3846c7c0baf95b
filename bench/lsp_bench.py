"""The language server's latency as an editor sees it, over real JSON-RPC on stdio:

  start-up     from starting `jiaodui lsp` to the first publishDiagnostics for a small article
               (process start, initialize, rules and configuration loaded, the article checked)
  open 1 MB    from didOpen of a 1 MB document to its diagnostics (in a running server)
  re-check     from a one-character didChange in that document to the diagnostics of the new
               version (debounce set to 0, so this is the check and the protocol, no waiting)
  engine only  runner.check_one on the same text in this process, for comparison

    python bench/lsp_bench.py              # 1 MB from each corpus half, 5 re-checks each
    python bench/lsp_bench.py --size 2 --repeat 9

The 1 MB documents are corpus articles joined (tuning half: files ending in 1–4; held-out half:
6–9), read from ../shared/corpus/ and sent to the server, never written anywhere; without the
corpus, the repository's own samples/ repeated. Each edit inserts a doubled comma at a different
place, so every re-check has a new finding to report (and the bench checks that it does).
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

from lsp_client import Client


def documents(size: int) -> dict[str, str]:
    """About `size` characters of text per corpus half (or of the samples)."""
    def joined(files: list[Path]) -> str:
        parts, total = [], 0
        for path in files:
            text = path.read_text("utf-8", "replace")
            parts.append(text)
            total += len(text.encode("utf-8"))
            if total >= size:
                break
        return "\n\n".join(parts)

    if CORPUS.is_dir():
        files = sorted(CORPUS.glob("*.txt"))
        halves = {"tuning": "1234", "held-out": "6789"}
        return {name: joined([f for f in files if f.stem[-1:] in digits]) for name, digits in halves.items()}
    samples = sorted((ROOT / "samples").glob("*.txt")) or sorted((ROOT / "samples").rglob("*.txt"))
    return {"samples": joined(samples * (1 + size // max(1, sum(f.stat().st_size for f in samples))))}


def startup(work: Path) -> float:
    small = (ROOT / "bench" / "small_article.txt").read_text("utf-8")
    started = time.perf_counter()
    client = Client(cwd=work)
    client.initialize(None, root=work, options={"debounce": 0})
    uri = (work / "small.txt").as_uri()
    client.open(uri, small)
    client.diagnostics(uri, version=1)
    elapsed = time.perf_counter() - started
    client.close()
    return elapsed


def position(text: str, offset: int) -> dict[str, int]:
    before = text[:offset]
    line = before.count("\n")
    return {"line": line, "character": len(before[before.rfind("\n") + 1:].encode("utf-16-le")) // 2}


def one_document(work: Path, name: str, text: str, repeat: int) -> None:
    from checker import runner
    from checker.config import Config
    from checker.document import Document

    client = Client(cwd=work)
    client.initialize(None, root=work, options={"debounce": 0})
    uri = (work / f"{name}.txt").as_uri()
    started = time.perf_counter()
    client.open(uri, text)
    found = client.diagnostics(uri, version=1)
    opened = time.perf_counter() - started
    size = len(text.encode("utf-8"))
    print(f"{name}: {size / 1e6:.2f} MB, {text.count(chr(10)) + 1} lines, {len(found)} diagnostics")
    print(f"  open → diagnostics        {opened:7.2f} s")
    times = []
    for version in range(2, repeat + 2):
        # A doubled comma after the n-th full stop: a new PUNC001 in a different place each time.
        stop = -1
        for _ in range(version * 97):
            stop = text.find("。", stop + 1)
        at = stop if stop > 0 else len(text) // version
        edit = {"range": {"start": position(text, at), "end": position(text, at)}, "text": "，，"}
        text = text[:at] + "，，" + text[at:]
        started = time.perf_counter()
        client.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": version},
                                                 "contentChanges": [edit]})
        after = client.diagnostics(uri, version=version)
        times.append(time.perf_counter() - started)
        if not any(d["code"] == "PUNC001" and d["range"]["start"] == edit["range"]["start"] for d in after):
            sys.exit(f"re-check {version}: the planted doubled comma was not reported")
    print(f"  re-check after one edit   {statistics.median(times):7.2f} s median of {repeat} "
          f"(min {min(times):.2f}, max {max(times):.2f})")
    client.close()
    started = time.perf_counter()
    runner.check_one(Document(str(work / f"{name}.txt"), text), Config(), runner.Options(cache=None))
    print(f"  engine only (check_one)   {time.perf_counter() - started:7.2f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", type=float, default=1.0, help="document size in MB (default 1)")
    parser.add_argument("--repeat", type=int, default=5, help="re-checks per document (default 5)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as directory:
        work = Path(directory)
        times = [startup(work) for _ in range(3)]
        print(f"start-up to first diagnostics (small article): {statistics.median(times):.2f} s median of 3 "
              f"(min {min(times):.2f}, max {max(times):.2f})")
        if not CORPUS.is_dir():
            print("../shared/corpus is absent: the large document is the samples repeated")
        for name, text in documents(int(args.size * 1e6)).items():
            one_document(work, name, text, args.repeat)


if __name__ == "__main__":
    main()
