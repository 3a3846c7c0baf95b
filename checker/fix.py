"""Applying fixes and writing them back.

Edits are applied whole, never overlapping, end to start, and repeated until the text settles.
Writing is verified the way black and ruff mean "safe": the fixed text is encoded, the bytes are
decoded again with the document's own codec and must give exactly the fixed text, and every byte
outside the edited regions must be the byte the file already had. Otherwise nothing is written.
"""
from __future__ import annotations

import itertools
import os
import re
import stat
from collections.abc import Callable, Iterable

from .diagnostic import Applicability, Diagnostic, Edit
from .document import Document
from .source import decode_as, encode, encode_piece

MAX_ROUNDS = 10

# Undecodable bytes are kept in the text as lone surrogates (surrogateescape).
_UNDECODABLE = re.compile("[\udc80-\udcff]")


class FixDidNotSettle(Exception):
    """The fixes were still changing the text after MAX_ROUNDS rounds: nothing is written."""


class WriteRefused(Exception):
    """The fixed file is not written, or not completely: the message says why, for an editor."""


def applicable(diagnostics: Iterable[Diagnostic], unsafe: bool) -> list[Diagnostic]:
    allowed = {Applicability.SAFE, Applicability.UNSAFE} if unsafe else {Applicability.SAFE}
    return [d for d in diagnostics if d.fix and d.fix.applicability in allowed and d.fix.edits]


def touches_undecodable(text: str, edit: Edit) -> bool:
    """Does the edit change, or stand right next to, undecodable bytes?

    Such an edit could join a stray lead byte to the bytes that follow it (in GBK or Big5 the rest
    of the line then decodes as different characters) or split a damaged sequence, so it is never
    applied: the bytes must stay exactly as they are until an editor restores them.
    """
    if _UNDECODABLE.search(edit.replacement):
        return True
    if edit.start > 0 and _UNDECODABLE.match(text, edit.start - 1):
        return True
    if edit.end < len(text) and _UNDECODABLE.match(text, edit.end):
        return True
    return _UNDECODABLE.search(text, edit.start, edit.end) is not None


def apply_edits(text: str, diagnostics: list[Diagnostic]) -> tuple[str, int]:
    """Apply each diagnostic's edits unless they overlap edits already taken.

    A fix is taken whole or not at all; edits that only touch (one ends where the next starts)
    are compatible. Skipped fixes are picked up by the next round, which re-checks the text.
    A fix with an edit next to undecodable bytes is never taken (see `touches_undecodable`).
    """
    taken: list[Edit] = []
    applied = 0
    fixes = [(d.fix.edits, d.rule_id) for d in diagnostics if d.fix and d.fix.edits]
    for edits, _ in sorted(fixes, key=lambda f: (f[0][0].start, f[1])):
        if any(touches_undecodable(text, edit) for edit in edits):
            continue
        if any(_overlap(edit, other) for edit in edits for other in taken):
            continue
        taken.extend(edits)
        applied += 1
    for edit in sorted(taken, key=lambda e: (e.start, e.end), reverse=True):
        text = text[:edit.start] + edit.replacement + text[edit.end:]
    return text, applied


def _overlap(a: Edit, b: Edit) -> bool:
    """Edits conflict when their ranges share a character; an insertion conflicts with a
    range it falls strictly inside, and with another insertion at the same point (the order
    of the two would be a guess)."""
    if a.start == a.end and b.start == b.end:
        return a.start == b.start
    if a.start == a.end:
        return b.start < a.start < b.end
    if b.start == b.end:
        return a.start < b.start < a.end
    return a.start < b.end and b.start < a.end


def fix_until_settled(text: str, run: Callable[[str], list[Diagnostic]],
                      unsafe: bool) -> tuple[str, list[Diagnostic], int]:
    """Check, apply, re-check until no applicable fix changes the text.

    Returns (text, remaining diagnostics, fixes applied). Up to MAX_ROUNDS rounds change the
    text; the check after the last of them must find it settled, or FixDidNotSettle is raised.
    """
    total = 0
    for round_number in range(MAX_ROUNDS + 1):
        diagnostics = run(text)
        todo = applicable(diagnostics, unsafe)
        new_text, count = apply_edits(text, todo) if todo else (text, 0)
        if new_text == text:
            return text, diagnostics, total
        if round_number == MAX_ROUNDS:
            break
        text, total = new_text, total + count
    raise FixDidNotSettle(f"fixes still changing the text after {MAX_ROUNDS} rounds")


# -- writing ---------------------------------------------------------------------------------

def _original_bytes(doc: Document) -> bytes:
    """The document's unfixed text encoded as it was read; WriteRefused if that is impossible."""
    try:
        return encode(doc, doc.text)
    except UnicodeEncodeError as exc:
        raise WriteRefused(f"{doc.path}: the text cannot be written back as {doc.encoding_label} "
                           f"({exc.reason}); file left unchanged") from None


def verified_bytes(doc: Document, fixed_text: str, before: bytes | None = None) -> bytes:
    """The bytes to write for `fixed_text`, proven safe; raises WriteRefused otherwise.

    `before` is the file's current content (default: the document's text encoded again). The
    proof: the new bytes decode, with the document's codec and BOM, to exactly `fixed_text`, and
    every stretch of text the fixes did not touch has exactly the bytes it had before.
    """
    label = doc.encoding_label
    if before is None:
        before = _original_bytes(doc)
    try:
        data = encode(doc, fixed_text)
    except UnicodeEncodeError as exc:
        raise WriteRefused(f"{doc.path}: the fixed text cannot be written back as {label} "
                           f"({exc.reason} at line {_line_of(fixed_text, exc.start)}); "
                           f"file left unchanged") from None
    try:
        again = decode_as(data, doc.encoding, doc.bom)
    except UnicodeDecodeError as exc:
        again = None
        where = exc.start
    if again != fixed_text:
        if again is not None:
            where = _first_difference(again, fixed_text)
        raise WriteRefused(
            f"{doc.path}: not written: after fixing, the {label} bytes would no longer read back as the "
            f"fixed text (line {_line_of(fixed_text, where)}; a fix next to damaged bytes would change "
            f"them); file left unchanged. Restore the damaged bytes from the source copy, then run --fix again")
    changed = _changed_bytes_outside_edits(doc, before, doc.text, fixed_text, data)
    if changed is not None:
        raise WriteRefused(f"{doc.path}: not written: the bytes of line {changed} would change although no "
                           f"fix touches them ({label} does not encode text one character at a time); "
                           f"file left unchanged")
    return data


def _first_difference(a: str, b: str) -> int:
    return next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))


def _line_of(text: str, offset: int) -> int:
    # Lines as every report counts them (CRLF, lone CR), not a second notion of a line.
    return Document("", text).position(offset)[0]


def _changed_bytes_outside_edits(doc: Document, before: bytes, old_text: str, new_text: str,
                                 data: bytes) -> int | None:
    """The line (in the fixed text) of the first stretch no fix touched whose bytes differ
    between the old file and the new one, or None when every such byte is kept.

    Untouched stretches come from aligning the two texts line by line, each changed block then
    trimmed to its changed middle; each stretch is encoded on its own to find where its bytes
    sit in both files, and those bytes are compared."""
    mark = len(encode(doc, "")) if doc.bom else 0
    if before[:mark] != data[:mark]:
        return 1
    offset_old = offset_new = mark
    new_chars = 0
    for old, new, kept in _aligned(old_text, new_text):
        old_length, new_length = len(encode_piece(doc, old)), len(encode_piece(doc, new))
        if kept and before[offset_old:offset_old + old_length] != data[offset_new:offset_new + new_length]:
            return _line_of(new_text, new_chars)
        offset_old += old_length
        offset_new += new_length
        new_chars += len(new)
    if offset_old != len(before) or offset_new != len(data):
        return 1  # the pieces do not add up to the files: the codec is not one character at a time
    return None


def _aligned(old_text: str, new_text: str) -> Iterable[tuple[str, str, bool]]:
    """(old piece, new piece, untouched) covering both texts in order. Any alignment is sound
    (untouched pieces are equal text at corresponding places); a finer one checks more bytes."""
    a, b = old_text.splitlines(keepends=True), new_text.splitlines(keepends=True)
    if len(a) == len(b):
        # Fixes rarely add or remove a line: pair the lines one to one, runs of equal lines and
        # runs of changed lines each taken together (fast on large files).
        blocks = []
        for _, pairs in itertools.groupby(zip(a, b), key=lambda pair: pair[0] == pair[1]):
            olds, news = zip(*pairs)
            blocks.append(("".join(olds), "".join(news)))
    else:
        head = 0
        while head < min(len(a), len(b)) and a[head] == b[head]:
            head += 1
        tail = 0
        while tail < min(len(a), len(b)) - head and a[-1 - tail] == b[-1 - tail]:
            tail += 1
        middle_a, middle_b = a[head:len(a) - tail], b[head:len(b) - tail]
        import difflib  # here: only a fix that adds or removes lines needs it (not imported by a check)
        blocks = [("".join(a[:head]), "".join(b[:head]))]
        blocks += [("".join(middle_a[i1:i2]), "".join(middle_b[j1:j2])) for _, i1, i2, j1, j2
                   in difflib.SequenceMatcher(None, middle_a, middle_b).get_opcodes()]
        blocks.append(("".join(a[len(a) - tail:]), "".join(b[len(b) - tail:])))
    for old, new in blocks:
        if old == new:
            yield old, new, True
            continue
        limit = min(len(old), len(new))
        prefix = 0
        while prefix < limit and old[prefix] == new[prefix]:
            prefix += 1
        suffix = 0
        while suffix < limit - prefix and old[-1 - suffix] == new[-1 - suffix]:
            suffix += 1
        yield old[:prefix], new[:prefix], True
        yield old[prefix:len(old) - suffix], new[prefix:len(new) - suffix], False
        yield old[len(old) - suffix:], new[len(new) - suffix:], True


def write_fixed(doc: Document, fixed_text: str) -> None:
    """Write the fixed text over the document's file, verified (see `verified_bytes`).

    The file is replaced by an atomic rename of a fully written and fsynced temporary file in the
    same directory, with the file's mode and owner copied, so a crash leaves the old file or the
    new one. A file with several hard links, or whose owner cannot be copied, is written in place
    instead (a rename would cut the links or change the owner); the verified temporary file is
    then kept until the in-place write is fsynced, and named in the message if that write fails.
    A symlink is followed: the file it points to is fixed and the link stays.
    Raises WriteRefused, with a message for an editor, whenever it does not write.
    """
    path = os.path.realpath(doc.path)
    try:
        info = os.stat(path)
    except OSError as exc:
        raise WriteRefused(f"{doc.path}: cannot write the fixed file: {_reason(exc)}; file left unchanged") from None
    if not stat.S_ISREG(info.st_mode):
        raise WriteRefused(f"{doc.path}: not a regular file, so fixes are not written back; file left unchanged")
    if not info.st_mode & 0o222 or not os.access(path, os.W_OK):
        raise WriteRefused(f"{doc.path}: the file is read-only, so the fixes were not written; file left "
                           f"unchanged. Make it writable (chmod u+w) to fix it, or use --diff to see the fixes")
    expected = _original_bytes(doc)
    try:
        with open(path, "rb") as handle:
            on_disk = handle.read(len(expected) + 1)
    except OSError as exc:
        raise WriteRefused(f"{doc.path}: cannot read the file again before writing: {_reason(exc)}; "
                           f"file left unchanged") from None
    if on_disk != expected:
        raise WriteRefused(f"{doc.path}: the file changed since it was read, or its {doc.encoding_label} "
                           f"bytes do not round-trip exactly; file left unchanged")
    data = verified_bytes(doc, fixed_text, expected)
    directory = os.path.dirname(path)
    temp = _temporary_copy(doc.path, directory, data, info)
    try:
        if info.st_nlink <= 1 and _copy_owner(temp, info):
            os.replace(temp, path)
            _fsync_directory(directory)
            return
    except OSError as exc:
        _unlink(temp)
        raise WriteRefused(f"{doc.path}: cannot replace the file: {_reason(exc)}; file left unchanged") from None
    _write_in_place(doc.path, path, data, temp)


def _temporary_copy(shown: str, directory: str, data: bytes, info: os.stat_result) -> str:
    """A fully written, fsynced copy of `data` beside the file, with the file's mode. The name
    is short (.jd-XXXXXXXX.tmp), so it fits wherever the file's own name fits."""
    import tempfile  # here: only --fix writes files (tempfile pulls in shutil, random, bz2, lzma)
    try:
        handle, temp = tempfile.mkstemp(prefix=".jd-", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise WriteRefused(f"{shown}: cannot create a temporary file in {directory or '.'}: {_reason(exc)}; "
                           f"file left unchanged") from None
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fchmod(stream.fileno(), stat.S_IMODE(info.st_mode))
            os.fsync(stream.fileno())
    except OSError as exc:
        _unlink(temp)
        raise WriteRefused(f"{shown}: cannot write a temporary file in {directory or '.'}: {_reason(exc)}; "
                           f"file left unchanged") from None
    return temp


def _copy_owner(temp: str, info: os.stat_result) -> bool:
    """Give the temporary file the original's owner and group; False when not permitted."""
    current = os.stat(temp)
    if (current.st_uid, current.st_gid) == (info.st_uid, info.st_gid):
        return True
    try:
        os.chown(temp, info.st_uid, info.st_gid)
        os.chmod(temp, stat.S_IMODE(info.st_mode))  # chown clears set-id bits
    except PermissionError:
        return False
    return True


def _write_in_place(shown: str, path: str, data: bytes, temp: str) -> None:
    try:
        handle = os.open(path, os.O_WRONLY)
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(handle, view):]
            os.ftruncate(handle, len(data))
            os.fsync(handle)
        finally:
            os.close(handle)
    except OSError as exc:
        raise WriteRefused(f"{shown}: writing the fixed text into the file failed ({_reason(exc)}): the file may "
                           f"be incomplete; the complete fixed text is kept in {temp}") from None
    _unlink(temp)


def _fsync_directory(directory: str) -> None:
    try:
        handle = os.open(directory or ".", os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass  # some file systems cannot sync a directory; the rename itself is done
    finally:
        os.close(handle)


def _unlink(path: str) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


def _reason(exc: OSError) -> str:
    return (exc.strerror or str(exc)).lower()
