"""Bytes to text: find the encoding, keep undecodable bytes, refuse binaries and oversized files."""
from __future__ import annotations

import codecs
import errno
import os
import re
import stat
import sys
from dataclasses import dataclass

from .document import Document, surrogate_runs
from .typenames import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import BinaryIO

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


# Codecs that Python calls text encodings but that do not describe a file's bytes: they fail on
# ordinary text, accept no error handler, or rewrite backslashes.
_NOT_FILE_ENCODINGS = frozenset({"idna", "punycode", "unicode-escape", "raw-unicode-escape", "undefined",
                                 "utf-7", "unicode-internal"})
_CHUNK = 1 << 16


class SourceError(Exception):
    """A file that cannot be checked at all (missing, binary, too large, unknown encoding).

    `skipped` marks a file passed over on purpose (binary, over the size limit, not a regular
    file in a walk) rather than one that failed. For standard input, `data` holds the bytes read
    and `complete` says whether that is all of it (a filter passes its input through; see
    `pass_through`)."""

    def __init__(self, path: str, reason: str, skipped: bool = False, data: bytes = b"",
                 complete: bool = True):
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason
        self.skipped = skipped
        self.data = data
        self.complete = complete

    def __reduce__(self):  # crosses process boundaries in parallel runs
        return (SourceError, (self.path, self.reason, self.skipped))


@dataclass
class Decoded:
    """A file's text as decoded, with the encoding found and whether it began with a BOM."""
    text: str
    encoding: str
    bom: bool


def normalise_encoding_name(name: str, option: str = "") -> str:
    """The codec name for an encoding a user typed; ValueError (naming `option`, e.g.
    "--encoding", when given) for an unknown name or a codec that is not a text encoding
    (rot13, base64, hex, idna and the like)."""
    prefix = f"{option}: " if option else ""
    if not isinstance(name, str):  # a TOML value: reported as a configuration error, like the others
        raise ValueError(  # noqa: TRY004
            f"{prefix}the encoding must be a string such as \"utf-8\" or \"gb18030\", not {name!r}")
    key = name.strip().lower().replace("_", "-")
    if key in _ALIASES:
        return _ALIASES[key]
    try:
        info = codecs.lookup(key)
    except LookupError:
        raise ValueError(f"{prefix}unknown encoding {name!r} (use e.g. utf-8, gb18030, big5, utf-16)") from None
    if not getattr(info, "_is_text_encoding", True) or info.name in _NOT_FILE_ENCODINGS:
        raise ValueError(f"{prefix}{name!r} is not an encoding for text files (use e.g. utf-8, gb18030, "
                         f"big5, utf-16)")
    try:
        b"abc\n".decode(info.name, "surrogateescape")
    except (UnicodeError, LookupError, TypeError):
        raise ValueError(f"{prefix}{name!r} is not an encoding for text files (use e.g. utf-8, gb18030, "
                         f"big5, utf-16)") from None
    return info.name


def decode(data: bytes, encoding: str | None = None, path: str = "<bytes>",
           fallback: str | None = None) -> Decoded:
    """Decode bytes losslessly: undecodable bytes become lone surrogates (surrogateescape).

    `encoding` forces the codec (a matching BOM is still removed). `fallback` (the configuration's
    `encoding`) is used only for bytes that carry no BOM and are not UTF-8 (valid, or damaged in
    a few places); without it the encoding of such bytes is detected."""
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

    if fallback and not _mostly_valid_utf8(_sample(data)):
        codec = normalise_encoding_name(fallback)
        if codec == "utf-16":
            codec = "utf-16-le"
        if _looks_binary(data) and not codec.startswith(("utf-16", "utf-32")):
            raise SourceError(path, "binary file (NUL bytes), skipped", skipped=True)
        return Decoded(_decode(data, codec, path), codec, False)

    sample = _sample(data)
    if _mostly_valid_utf8(sample):
        return Decoded(data.decode("utf-8", "surrogateescape"), "utf-8", False)
    scores = {codec: _plausibility(sample.decode(codec, "surrogateescape")) for codec in _LEGACY}
    if len(data) % 2 == 0:
        # Chinese UTF-16 without a BOM has few NUL bytes; it is recognised by decoding to
        # common characters, which no legacy decoding of the same bytes does.
        damaged = {}  # a UTF-16 decoding that fails on damage: its score, read with replacements
        for codec in ("utf-16-le", "utf-16-be"):
            piece = sample[: len(sample) // 2 * 2]
            try:
                scores[codec] = _plausibility(piece.decode(codec))
            except UnicodeDecodeError:
                damaged[codec] = _plausibility(piece.decode(codec, "replace"))
        best = max(scores, key=lambda codec: scores[codec])
        if best.startswith("utf-16") and any(score > scores[best] for score in damaged.values()):
            # Damaged UTF-16 read in the other byte order is junk that passes every check:
            # refuse it, as damaged UTF-16 with a BOM is refused.
            raise SourceError(path, "damaged UTF-16 (no BOM): cannot be read without altering it, skipped",
                              skipped=True)
    best = max(scores, key=lambda codec: scores[codec])
    if _looks_binary(data) and not best.startswith("utf-16"):
        raise SourceError(path, "binary file (NUL bytes), skipped", skipped=True)
    return Decoded(data.decode(best, "surrogateescape"), best, False)


def _errors(codec: str) -> str:
    """UTF-16 and UTF-32 cannot keep undecodable bytes as lone surrogates: strict for them."""
    return "strict" if codec.startswith(("utf-16", "utf-32")) else "surrogateescape"


def _decode(data: bytes, codec: str, path: str) -> str:
    """Decode keeping bad bytes as lone surrogates. UTF-16/32 cannot keep them that way, so a
    damaged UTF-16 file is refused whole rather than silently altered."""
    try:
        return data.decode(codec, _errors(codec))
    except UnicodeDecodeError as exc:
        raise SourceError(path, f"not valid {codec}: {exc.reason} at byte {exc.start}") from None


def decode_as(data: bytes, codec: str, bom: bool) -> str:
    """Decode bytes exactly as a document in `codec` (with or without its BOM) was decoded;
    raises UnicodeDecodeError. Used to prove that fixed bytes read back as the fixed text."""
    if bom:
        mark = next(mark for mark, name in _BOMS if name == codec)
        if not data.startswith(mark):
            raise UnicodeDecodeError(codec, data, 0, 1, "the byte order mark is missing")
        data = data[len(mark):]
    return data.decode(codec, _errors(codec))


def over_limit(path: str, max_size: int, size: int | None = None) -> SourceError:
    detail = f" (the file is {size:,} bytes; see max-file-size)" if size is not None else " (see max-file-size)"
    return SourceError(path, f"skipped: over the {max_size:,}-byte limit{detail}", skipped=True)


def _kind(mode: int) -> str | None:
    """What a non-regular, non-directory file is, in words; None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISCHR(mode):
        return "a character device"
    if stat.S_ISBLK(mode):
        return "a block device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISDIR(mode):
        return "a directory"
    return "not a regular file"


def file_kind(path: str) -> str | None:
    """None for a regular file (through symlinks); otherwise what it is, for a message. Raises
    SourceError when the path cannot be examined (missing, symlink loop, no permission)."""
    try:
        return _kind(os.stat(path).st_mode)
    except OSError as exc:
        raise SourceError(path, os_reason(path, exc)) from None


def os_reason(path: str, exc: OSError) -> str:
    """An OSError in words an editor understands."""
    if exc.errno == errno.ELOOP:
        return "symlink loop (the link points, directly or not, back to itself)"
    if isinstance(exc, FileNotFoundError):
        return ("broken symlink (what it points to does not exist)" if os.path.islink(path)
                else "no such file or directory")
    if isinstance(exc, PermissionError):
        return "permission denied (cannot read it)"
    if exc.errno == errno.ENAMETOOLONG:
        return "file name too long"
    return f"cannot read: {(exc.strerror or str(exc)).lower()}"


def read_bounded(stream: BinaryIO | int, max_size: int) -> bytes:
    """At most max_size + 1 bytes from a stream or file descriptor: enough to tell that the
    input is over the limit, whatever its size claims (a device or pipe claims 0)."""
    chunks: list[bytes] = []
    total = 0
    while total <= max_size:
        want = min(_CHUNK, max_size + 1 - total)
        chunk = os.read(stream, want) if isinstance(stream, int) else stream.read(want)
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
    return b"".join(chunks)


def read_document(path: str, encoding: str | None = None,
                  max_size: int = DEFAULT_MAX_FILE_SIZE, fallback: str | None = None) -> Document:
    """Read and decode one file, never more than max_size + 1 bytes of it.

    A regular file over the limit is skipped without reading; anything else (a FIFO or device
    named on the command line) is read only up to the limit. A directory, a socket, a missing
    file, a symlink loop or a permission problem is a SourceError naming the cause."""
    try:
        info = os.stat(path)
    except OSError as exc:
        raise SourceError(path, os_reason(path, exc)) from None
    kind = _kind(info.st_mode)
    if kind in ("a directory", "a socket"):
        raise SourceError(path, f"{kind}, not a file that can be checked")
    if kind is None and info.st_size > max_size:
        raise over_limit(path, max_size, info.st_size)
    try:
        handle = os.open(path, os.O_RDONLY | getattr(os, "O_NOCTTY", 0))
    except OSError as exc:
        raise SourceError(path, os_reason(path, exc)) from None
    try:
        data = read_bounded(handle, max_size)
    except OSError as exc:
        raise SourceError(path, os_reason(path, exc)) from None
    finally:
        os.close(handle)
    if len(data) > max_size:
        raise over_limit(path, max_size)
    return document_from_bytes(data, path, encoding, fallback)


def read_stdin(name: str, encoding: str | None = None, max_size: int = DEFAULT_MAX_FILE_SIZE,
               fallback: str | None = None, stream: BinaryIO | None = None) -> tuple[Document, bytes]:
    """Read and decode standard input (or `stream`), never more than max_size + 1 bytes.

    Returns the document and the bytes read. On failure the SourceError carries the bytes read
    and whether they are all of the input, so that a filter can pass its input through."""
    if stream is None:
        if sys.stdin is None:
            raise SourceError(name, "standard input is closed; nothing to read")
        stream = sys.stdin.buffer
    try:
        data = read_bounded(stream, max_size)
    except OSError as exc:
        raise SourceError(name, f"cannot read standard input: {(exc.strerror or str(exc)).lower()}") from None
    if len(data) > max_size:
        error = over_limit(name, max_size)
        error.data, error.complete = data, False
        raise error
    try:
        return document_from_bytes(data, name, encoding, fallback), data
    except SourceError as exc:
        exc.data = data
        raise


def pass_through(error: SourceError, out: BinaryIO, stream: BinaryIO | None = None) -> None:
    """Write unchanged what standard input held, after read_stdin failed with `error`: the bytes
    it read, then (if it stopped at the size limit) the rest, copied in chunks."""
    out.write(error.data)
    if error.complete:
        return
    source = stream if stream is not None else (sys.stdin.buffer if sys.stdin is not None else None)
    while source is not None:
        chunk = source.read(_CHUNK)
        if not chunk:
            break
        out.write(chunk)


def document_from_bytes(data: bytes, path: str, encoding: str | None = None,
                        fallback: str | None = None) -> Document:
    decoded = decode(data, encoding, path, fallback)
    if _mostly_control(decoded.text):
        raise SourceError(path, "binary file (control characters), skipped", skipped=True)
    return Document(path=path, text=decoded.text, encoding=decoded.encoding, bom=decoded.bom,
                    undecodable=surrogate_runs(decoded.text))


def encode_piece(doc: Document, text: str) -> bytes:
    """Encode a stretch of a document's text, without the BOM."""
    return text.encode(doc.encoding, _errors(doc.encoding))


def encode(doc: Document, text: str) -> bytes:
    """Encode text back the way the document came in (same codec, same BOM, same bytes kept)."""
    body = encode_piece(doc, text)
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


# Control characters other than tab, line breaks, form feed, vertical tab and escape.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f]")


def _mostly_control(text: str) -> bool:
    sample = text[:4096]
    if not sample or not _CONTROL.search(sample):   # one C-level scan: the usual answer
        return False
    return len(_CONTROL.findall(sample)) / len(sample) > 0.1


def _plausibility(text: str) -> float:
    """How much a decoding looks like Chinese text: the mean character-frequency score of its
    non-ASCII characters (the same model the mojibake checks use)."""
    from .analysis.plausibility import score
    total, count = score(text)
    return total / count if count else 0.0
