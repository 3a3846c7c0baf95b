"""Writing and reading back the files of the per-user cache (the stored regex programs and
dataclass code, the validated rules, the parsed rule files and configurations, the data tables).

Those files are run (marshalled code objects are executed as they are), unpickled, or trusted as
tables, so a file is used only when it is whole and this user's:

- Each file holds a header with the length and CRC-32 of its contents, checked when it is read.
  One bit flipped in the stored dataclass code made the interpreter crash (SIGSEGV) or raise in a
  generated __init__, and one flipped in a stored word table crashed TYPO001 (tests/
  test_startup_caches.py flips bits in each file): a damaged disk block or a torn write after a
  power loss must cost only the time of building again.
- A file another user owns is not read: a cache directory in a shared place (JIAODUI_CACHE_DIR=
  /tmp/…) would let anyone who can write there run code in this process through a pickle.

The header opens with a byte that starts neither a pickle nor a marshal stream, so a process of
an earlier version reading this format fails at once and builds its own tables (and vice versa).
Every problem is an OSError or a ValueError, which the callers treat as "not stored".
"""
from __future__ import annotations

import os
import sys
import zlib
from pathlib import Path

_MAGIC = b"\xffjiaodui-cache-1\n"
_HEADER = len(_MAGIC) + 12      # then the contents' length (8 bytes) and CRC-32 (4 bytes), little-endian


def build() -> str:
    """A short name of this Python build, for the names of files whose contents only it can use
    (marshalled code and regex programs): two builds of one version (a system Python and a
    pyenv one) sharing a cache rewrote each other's file on every run, each paying the full
    compile (~0.25 s instead of ~0.09 s a one-file check)."""
    return f"{zlib.crc32(sys.version.encode()):08x}"


def read(path: str | Path, *, checked: bool = True) -> bytes:
    """The contents stored at path by `write`. OSError: missing or unreadable; ValueError: not
    written by `write`, damaged, or owned by another user.

    checked=False skips the checksum of the whole contents (their length is still checked): for a
    file whose parts carry checksums of their own, checked by the caller when a part is used (the
    stored regex programs: a run uses a fraction of the file, and the CRC of all 1.7 MB of it was
    ~0.5 ms of every one-file check)."""
    # unbuffered: a buffered reader's read() of the rest joins what its buffer holds after the
    # header to what it reads next, one copy more of every file (~0.7 ms for the regex programs)
    with open(path, "rb", buffering=0) as handle:
        # the owner of the file this very handle reads (no race with a rename in between)
        if hasattr(os, "getuid") and os.fstat(handle.fileno()).st_uid != os.getuid():
            raise ValueError(f"{path}: owned by another user")
        # the header, then the contents read on their own: slicing them off one read copied every
        # file once more (the stored regex programs are over 1 MB: ~0.5 ms of fresh pages a run)
        header = handle.read(_HEADER)
        contents = handle.read()
    if not header.startswith(_MAGIC):
        raise ValueError(f"{path}: not a jiaodui cache file")
    length = int.from_bytes(header[len(_MAGIC):len(_MAGIC) + 8], "little")
    check = int.from_bytes(header[len(_MAGIC) + 8:_HEADER], "little")
    if len(contents) != length or (checked and zlib.crc32(contents) != check):
        raise ValueError(f"{path}: damaged (its length or checksum does not match)")
    return contents


def write(path: str | Path, contents: bytes) -> None:
    """Store contents at path: written whole to a temporary file, then renamed into place, so a
    reader (another process, a --jobs worker) sees the old file or the new one, never a part.
    OSError when it cannot be written (a read-only home)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    # unique per process and thread: two writers of one file never share a temporary file
    temp = path.with_name(f"{path.name}.{os.getpid()}-{os.urandom(4).hex()}.tmp")
    header = _MAGIC + len(contents).to_bytes(8, "little") + zlib.crc32(contents).to_bytes(4, "little")
    # "x": created here, never written through a link planted at its name (a shared directory)
    handle = open(temp, "xb")  # noqa: SIM115 -- closed below, before the file is renamed or removed
    try:
        with handle:
            handle.write(header)
            handle.write(contents)
        os.replace(temp, path)
    except BaseException:
        try:
            os.unlink(temp)     # a full disk: leave no partial temporary file behind
        except OSError:
            pass
        raise
