"""Bytes to text: find the encoding, keep undecodable bytes, refuse binaries and oversized files."""
from __future__ import annotations

import codecs
import os
from dataclasses import dataclass

from .document import Document, surrogate_runs

DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024

# Encodings a user may force with --encoding, by the names they are likely to type.
_ALIASES = {
    "utf8": "utf-8", "utf-8": "utf-8", "utf-8-sig": "utf-8",
    "gbk": "gb18030", "gb2312": "gb18030", "gb18030": "gb18030", "cp936": "gb18030",
    "big5": "cp950", "cp950": "cp950", "big5hkscs": "big5hkscs",
    "utf-16": "utf-16", "utf-16-le": "utf-16-le", "utf-16le": "utf-16-le",
    "utf-16-be": "utf-16-be", "utf-16be": "utf-16-be",
}
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Legacy Chinese encodings tried when the bytes are not UTF-8, best first on a tie.
_LEGACY = ("gb18030", "cp950")
_SAMPLE = 1 << 16


class SourceError(Exception):
    """A file that cannot be checked at all (missing, binary, too large, unknown encoding)."""

    def __init__(self, path: str, reason: str, skipped: bool = False):
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason
        self.skipped = skipped

    def __reduce__(self):  # crosses process boundaries in parallel runs
        return (SourceError, (self.path, self.reason, self.skipped))


@dataclass
class Decoded:
    text: str
    encoding: str
    bom: bool


def normalise_encoding_name(name: str) -> str:
    key = name.strip().lower().replace("_", "-")
    if key in _ALIASES:
        return _ALIASES[key]
    try:
        return codecs.lookup(key).name
    except LookupError:
        raise ValueError(f"unknown encoding {name!r}") from None


def decode(data: bytes, encoding: str | None = None, path: str = "<bytes>") -> Decoded:
    """Decode bytes losslessly: undecodable bytes become lone surrogates (surrogateescape)."""
    if encoding:
        codec = normalise_encoding_name(encoding)
        bom = False
        for mark, name in _BOMS:
            if data.startswith(mark) and name.startswith(codec.split("-")[0] if codec != "utf-8" else "utf-8"):
                data, bom, codec = data[len(mark):], True, name
                break
        if codec == "utf-16":
            codec = "utf-16-le"
        return Decoded(_decode(data, codec, path), codec, bom)

    for mark, name in _BOMS:
        if data.startswith(mark):
            return Decoded(_decode(data[len(mark):], name, path), name, True)

    utf16 = _utf16_without_bom(data)
    if utf16:
        return Decoded(_decode(data, utf16, path), utf16, False)

    try:
        return Decoded(data.decode("utf-8"), "utf-8", False)
    except UnicodeDecodeError:
        pass

    sample = _sample(data)
    if _mostly_valid_utf8(sample):
        return Decoded(data.decode("utf-8", "surrogateescape"), "utf-8", False)
    scores = {codec: _plausibility(sample.decode(codec, "surrogateescape")) for codec in _LEGACY}
    if len(data) % 2 == 0:
        # Chinese UTF-16 without a BOM has few NUL bytes; it is recognised by decoding to
        # common characters, which no legacy decoding of the same bytes does.
        for codec in ("utf-16-le", "utf-16-be"):
            try:
                scores[codec] = _plausibility(sample[: len(sample) // 2 * 2].decode(codec))
            except UnicodeDecodeError:
                pass
    best = max(scores, key=lambda codec: scores[codec])
    if _looks_binary(data) and not best.startswith("utf-16"):
        raise SourceError(path, "binary file (NUL bytes), skipped", skipped=True)
    return Decoded(data.decode(best, "surrogateescape"), best, False)


def _decode(data: bytes, codec: str, path: str) -> str:
    """Decode keeping bad bytes as lone surrogates. UTF-16/32 cannot keep them that way, so a
    damaged UTF-16 file is refused whole rather than silently altered."""
    try:
        return data.decode(codec, "surrogateescape")
    except UnicodeDecodeError as exc:
        raise SourceError(path, f"not valid {codec}: {exc.reason} at byte {exc.start}") from None


def read_document(path: str, encoding: str | None = None,
                  max_size: int = DEFAULT_MAX_FILE_SIZE) -> Document:
    try:
        size = os.stat(path).st_size
    except FileNotFoundError:
        raise SourceError(path, "no such file or directory") from None
    except OSError as exc:
        raise SourceError(path, f"cannot read: {exc.strerror}") from None
    if size > max_size:
        raise SourceError(path, f"file is {size:,} bytes, over the {max_size:,}-byte limit "
                                f"(max-file-size), skipped", skipped=True)
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError as exc:
        raise SourceError(path, f"cannot read: {exc.strerror}") from None
    return document_from_bytes(data, path, encoding)


def document_from_bytes(data: bytes, path: str, encoding: str | None = None) -> Document:
    decoded = decode(data, encoding, path)
    if _mostly_control(decoded.text):
        raise SourceError(path, "binary file (control characters), skipped", skipped=True)
    return Document(path=path, text=decoded.text, encoding=decoded.encoding, bom=decoded.bom,
                    undecodable=surrogate_runs(decoded.text))


def encode(doc: Document, text: str) -> bytes:
    """Encode text back the way the document came in (same codec, same BOM, same bytes kept)."""
    body = text.encode(doc.encoding, "surrogateescape" if not doc.encoding.startswith("utf-16")
                       and not doc.encoding.startswith("utf-32") else "strict")
    if doc.bom:
        mark = next(mark for mark, name in _BOMS if name == doc.encoding)
        body = mark + body
    return body


def _sample(data: bytes) -> bytes:
    if len(data) <= _SAMPLE:
        return data
    # Cut at a line break so a multi-byte character is not split at the edge.
    cut = data.rfind(b"\n", 0, _SAMPLE)
    return data[: cut if cut > 0 else _SAMPLE]


def _mostly_valid_utf8(sample: bytes) -> bool:
    """UTF-8 with a few damaged bytes. Legacy Chinese bytes form valid UTF-8 sequences only by
    chance (well under half of them); damaged UTF-8 keeps nearly all of its sequences intact."""
    high = sum(1 for byte in sample if byte >= 0x80)
    if not high:
        return True
    invalid = sum(1 for ch in sample.decode("utf-8", "surrogateescape") if "\udc80" <= ch <= "\udcff")
    return (high - invalid) / high >= 0.75


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even_nul = sample[0::2].count(0) / (len(sample) / 2)
    odd_nul = sample[1::2].count(0) / (len(sample) / 2)
    # ASCII-heavy UTF-16 has NULs in every other byte; Chinese UTF-16 has few NULs, but then
    # it is almost never valid in any other encoding either, so only the NUL pattern is used.
    if odd_nul > 0.3 and even_nul < 0.05:
        return "utf-16-le"
    if even_nul > 0.3 and odd_nul < 0.05:
        return "utf-16-be"
    return None


def _looks_binary(data: bytes) -> bool:
    return b"\x00" in data[:8192]


def _mostly_control(text: str) -> bool:
    sample = text[:4096]
    if not sample:
        return False
    controls = sum(1 for ch in sample if ch < " " and ch not in "\t\n\r\f\v\x1b")
    return controls / len(sample) > 0.1


def _plausibility(text: str) -> float:
    """How much a decoding looks like Chinese text: the mean character-frequency score of its
    non-ASCII characters (the same model the mojibake checks use)."""
    from .analysis.plausibility import score
    total, count = score(text)
    return total / count if count else 0.0
