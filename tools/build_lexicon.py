"""Build rules/data/lexicon/lexicon.bin, the word list behind checker/analysis/words.py.

Sources (see rules/data/lexicon/README.md):
- jieba 0.42.1's dictionary `jieba/dict.txt` (MIT licence): ~349,000 simplified words with
  frequencies and part-of-speech tags;
- the same words converted to traditional script with OpenCC (Apache-2.0) in three
  configurations: s2t (character variants and phrases), s2tw (Taiwan character standard) and
  s2twp (Taiwan phrases: 软件 → 軟體); a converted form gets the frequency of its source (the
  highest, when several sources convert to it).

Run once, with jieba installed only for the build (it is not a runtime dependency):

    pip install jieba opencc && python tools/build_lexicon.py [path/to/jieba/dict.txt]

The format (integers little-endian), chosen so that loading is one read of the file and a few
small decodes (no per-word Python objects, no inflating): lookups binary-search the words in place.

    b"JDLEX3\n"                       magic
    u32 header length, header JSON     {"buckets": [[length, count, first_chars_count, offset], ...],
                                        "frequencies": [offset, count], "total": sum of frequencies,
                                        "tags": jieba's part-of-speech tags (n, v, a, p, …),
                                        "sources": ...}; offsets count from the end of the header
    for each bucket:
        its words, sorted, concatenated, UTF-16-BE (count * length * 2 bytes; big-endian code
        units compare bytewise in code point order)
        its distinct first characters, sorted, UTF-16-BE (first_chars_count * 2 bytes)
        u32 index of each first character's first word (first_chars_count * 4 bytes)
        u16 frequency class of each word (count * 2 bytes)
        u8 part-of-speech tag of each word, an index into the header's "tags" (count bytes)
    u32 table of distinct frequencies, in class order.

The wheel's zip compression halves the file on the way to users (about 2.6 MB).

Only words made of characters of the Basic Multilingual Plane are kept (UTF-16 code units then
equal characters, so a bucket of words of length L is an array of L-unit records).
"""
from __future__ import annotations

import array
import json
import os
import struct
import sys
from pathlib import Path

MAGIC = b"JDLEX3\n"
CONFIGS = ("s2t", "s2tw", "s2twp")
OUTPUT = Path(__file__).resolve().parent.parent / "rules" / "data" / "lexicon" / "lexicon.bin"


def _jieba_dict() -> Path:
    import jieba  # build-time only

    return Path(jieba.__file__).resolve().parent / "dict.txt"


def read_jieba(path: Path) -> tuple[dict[str, int], dict[str, str]]:
    """Words with their frequencies, and their part-of-speech tags (jieba's ICTCLAS-style tags)."""
    words: dict[str, int] = {}
    tags: dict[str, str] = {}
    for line in path.read_text("utf-8").splitlines():
        parts = line.split(" ")
        if len(parts) < 2 or not parts[1].isdigit():
            continue
        word, frequency = parts[0], int(parts[1])
        if word and all(ord(ch) < 0x10000 and not ch.isspace() for ch in word):
            if frequency >= words.get(word, 0):
                tags[word] = parts[2] if len(parts) > 2 else ""
            words[word] = max(words.get(word, 0), frequency)
    return words, tags


def add_traditional(words: dict[str, int], tags: dict[str, str]) -> dict[str, int]:
    import opencc

    merged = dict(words)
    ordered = sorted(words)
    for config in CONFIGS:
        converter = opencc.OpenCC(config)
        # Converting many words at once (one per line) is much faster than one call per word;
        # OpenCC keeps line breaks, so the output splits back into the same words.
        converted = converter.convert("\n".join(ordered)).split("\n")
        assert len(converted) == len(ordered), config
        for source, target in zip(ordered, converted):
            if target != source and len(target) == len(source) and all(ord(c) < 0x10000 for c in target):
                if words[source] >= merged.get(target, 0):
                    tags[target] = tags[source]
                merged[target] = max(merged.get(target, 0), words[source])
    return merged


def encode(words: dict[str, int], tags: dict[str, str], sources: str) -> bytes:
    by_length: dict[int, list[str]] = {}
    for word in words:
        by_length.setdefault(len(word), []).append(word)
    classes = sorted(set(words.values()))
    class_of = {frequency: index for index, frequency in enumerate(classes)}
    assert len(classes) < 1 << 16
    tag_names = sorted(set(tags.values()))
    tag_of = {tag: index for index, tag in enumerate(tag_names)}
    assert len(tag_names) < 256
    header_buckets, body = [], bytearray()
    for length in sorted(by_length):
        bucket = sorted(by_length[length])
        firsts, first_index = [], array.array("I")
        for index, word in enumerate(bucket):
            if not firsts or firsts[-1] != word[0]:
                firsts.append(word[0])
                first_index.append(index)
        header_buckets.append([length, len(bucket), len(firsts), len(body)])
        body += "".join(bucket).encode("utf-16-be")
        body += "".join(firsts).encode("utf-16-be")
        body += first_index.tobytes()
        body += array.array("H", (class_of[words[w]] for w in bucket)).tobytes()
        body += bytes(tag_of[tags.get(w, "")] for w in bucket)
    frequencies = [len(body), len(classes)]
    body += array.array("I", classes).tobytes()
    header = json.dumps({"buckets": header_buckets, "frequencies": frequencies,
                         "total": sum(words.values()), "tags": tag_names, "sources": sources},
                        ensure_ascii=False).encode("utf-8")
    assert sys.byteorder == "little"
    return MAGIC + struct.pack("<I", len(header)) + header + bytes(body)


def replace(path: Path, data: bytes) -> None:
    """Write the file beside it and rename it into place: checker/analysis/words.py maps the file,
    and a process that has it mapped (a language server, a long --jobs run) must keep reading the
    old one. Written in place, a shorter file made such a process die of SIGBUS on its next lookup
    and one of the same size made every lookup answer from the wrong words."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    temp.write_bytes(data)
    os.replace(temp, path)


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else _jieba_dict()
    simplified, tags = read_jieba(path)
    words = add_traditional(simplified, tags)
    import opencc

    sources = (f"jieba dict.txt ({len(simplified)} words, MIT) + OpenCC {getattr(opencc, '__version__', '?')} "
               f"{'/'.join(CONFIGS)} conversions ({len(words) - len(simplified)} added)")
    data = encode(words, tags, sources)
    replace(OUTPUT, data)
    print(f"{OUTPUT}: {len(words)} words, {len(data)} bytes; {sources}")


if __name__ == "__main__":
    main()
