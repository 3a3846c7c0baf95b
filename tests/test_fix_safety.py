"""--fix never loses a byte: edits keep away from undecodable bytes, the written bytes are proven to
read back as the fixed text, and the file keeps its links, mode and owner."""
from __future__ import annotations

import os
import re
import stat
import subprocess
import sys

import pytest
from checker import fix
from checker.config import Config
from checker.diagnostic import Applicability, Diagnostic, Edit, Fix, Severity
from checker.fix import (
    MAX_ROUNDS,
    FixDidNotSettle,
    WriteRefused,
    apply_edits,
    fix_until_settled,
    touches_undecodable,
    verified_bytes,
    write_fixed,
)
from checker.runner import Options, check_one
from checker.source import SourceError, decode_as, encode, read_document
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import ROOT

GBK_LINE = ("发布通知，".encode("gbk") + b"\xd6\x1a" + "要求各地做好春运期间的交通保障工作。\n".encode("gbk"))


def run_cli(*args, timeout=60):
    return subprocess.run([sys.executable, "-m", "checker", *args], cwd=ROOT, capture_output=True,
                          timeout=timeout, check=False)


def diag(start, end, replacement="", rule="X001"):
    return Diagnostic(rule, "x", Severity.WARNING, "m", start, end,
                      Fix((Edit(start, end, replacement),), Applicability.SAFE))


# -- the corruption from the issue --------------------------------------------------------------

@pytest.mark.parametrize("codec, damaged", [
    ("gbk", "发布通知，".encode("gbk") + b"\xd6\x1a" + "要求各地做好工作。\n".encode("gbk")),
    ("big5", "發布通知，".encode("big5") + b"\xa4\x1a" + "要求各地做好工作。\n".encode("big5")),
    # UTF-8: deleting the control would join two broken pieces into 中 (E4 B8 AD).
    ("utf-8", "发布通知，".encode() + b"\xe4\xb8\x1a\xad" + "要求各地做好工作。\n".encode()),
])
def test_a_control_next_to_undecodable_bytes_is_not_deleted(tmp_path, codec, damaged):
    path = tmp_path / "f.txt"
    path.write_bytes(damaged)
    result = run_cli(str(path), "--fix")
    assert path.read_bytes() == damaged
    assert b"Traceback" not in result.stderr
    assert result.returncode == 1  # the damage is still reported


def test_the_issue_example_keeps_every_byte(tmp_path):
    path = tmp_path / "f.txt"
    path.write_bytes(GBK_LINE + "补短板,,促攻坚。\n".encode("gbk"))
    run_cli(str(path), "--fix")
    # The line with the damage is untouched; the fix away from it is still applied.
    assert path.read_bytes() == GBK_LINE + "补短板,促攻坚。\n".encode("gbk")


def test_the_write_is_refused_when_the_bytes_would_not_read_back(tmp_path):
    """Even a fix that slipped past the adjacency rule cannot corrupt the file."""
    path = tmp_path / "f.txt"
    path.write_bytes(GBK_LINE)
    doc = read_document(str(path), "gbk")
    joined = doc.text.replace("\x1a", "")
    with pytest.raises(WriteRefused) as info:
        write_fixed(doc, joined)
    assert "would no longer read back" in str(info.value) and "line 1" in str(info.value)
    assert path.read_bytes() == GBK_LINE
    assert os.listdir(tmp_path) == ["f.txt"]


def test_fixed_text_that_cannot_be_encoded_is_refused(tmp_path):
    path = tmp_path / "f.txt"
    path.write_bytes("補短板。\n".encode("big5"))
    doc = read_document(str(path), "big5")
    with pytest.raises(WriteRefused) as info:
        verified_bytes(doc, "补短板。\n")  # simplified 补 has no Big5 code
    assert "cannot be written back as cp950" in str(info.value)


def test_unedited_bytes_must_stay_the_same(monkeypatch, tmp_path):
    path = tmp_path / "f.txt"
    path.write_bytes("甲乙,,丙。\n".encode())
    doc = read_document(str(path))
    # A codec that encodes a character differently in context would change bytes no fix touched.
    real = fix.encode_piece
    monkeypatch.setattr(fix, "encode_piece", lambda d, t: real(d, t) + (b"x" if "甲" in t else b""))
    with pytest.raises(WriteRefused) as info:
        verified_bytes(doc, "甲乙,丙。\n")
    assert "no fix touches them" in str(info.value)


# -- edits and undecodable bytes -------------------------------------------------------------------

def test_edits_touching_undecodable_bytes_are_dropped_others_apply():
    text = "甲\udcd6\x1a乙\x1a丙"
    assert touches_undecodable(text, Edit(2, 3))         # right after the bad byte
    assert touches_undecodable(text, Edit(0, 1))         # right before it
    assert touches_undecodable(text, Edit(1, 2))         # the bad byte itself
    assert touches_undecodable(text, Edit(4, 5, "\udc80"))  # would create one
    assert not touches_undecodable(text, Edit(4, 5))
    fixed, count = apply_edits(text, [diag(2, 3), diag(4, 5)])
    assert (fixed, count) == ("甲\udcd6\x1a乙丙", 1)


# -- convergence ------------------------------------------------------------------------------------

def _needs_rounds(rounds):
    """A fixer that removes one leading 'x' per round: `rounds` rounds to settle."""
    def run(text):
        return [diag(0, 1)] if text.startswith("x") else []
    return "x" * rounds + "y", run


def test_a_text_that_settles_in_the_last_round_is_accepted():
    text, run = _needs_rounds(MAX_ROUNDS)
    fixed, remaining, count = fix_until_settled(text, run, unsafe=False)
    assert (fixed, remaining, count) == ("y", [], MAX_ROUNDS)


def test_a_text_still_changing_after_the_last_round_is_refused():
    text, run = _needs_rounds(MAX_ROUNDS + 1)
    with pytest.raises(FixDidNotSettle):
        fix_until_settled(text, run, unsafe=False)


def test_ten_annotations_in_a_row_are_fixed(tmp_path):
    path = tmp_path / "f.txt"
    line = "".join(f"{ch}(qū)" for ch in "區縣鄉鎮村組戶街道路") + "堅持精準施策。\n"
    path.write_text(line, "utf-8")
    result = run_cli(str(path), "--fix", "--unsafe-fixes", "--select", "ENC003")
    assert "still changing" not in result.stderr.decode()
    assert path.read_text("utf-8") == "區縣鄉鎮村組戶街道路堅持精準施策。\n"


# -- the file keeps its identity --------------------------------------------------------------------

DAMAGED = "补短板,,促攻坚。\n"
FIXED = "补短板,促攻坚。\n"


def test_hard_links_are_kept(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(DAMAGED, "utf-8")
    other = tmp_path / "b.txt"
    os.link(path, other)
    assert run_cli(str(path), "--fix").returncode == 0
    assert other.read_text("utf-8") == FIXED
    assert os.stat(path).st_ino == os.stat(other).st_ino
    assert sorted(os.listdir(tmp_path)) == ["a.txt", "b.txt"]  # the temporary copy is gone


def test_in_place_failure_keeps_the_verified_copy(tmp_path, monkeypatch):
    path = tmp_path / "a.txt"
    path.write_text(DAMAGED, "utf-8")
    os.link(path, tmp_path / "b.txt")
    doc = read_document(str(path))

    def failing_write(handle, data):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(fix.os, "write", failing_write)
    with pytest.raises(WriteRefused) as info:
        write_fixed(doc, FIXED)
    kept = [name for name in os.listdir(tmp_path) if name.startswith(".jd-")]
    assert len(kept) == 1 and kept[0] in str(info.value)
    assert (tmp_path / kept[0]).read_text("utf-8") == FIXED


def test_mode_and_owner_are_kept(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(DAMAGED, "utf-8")
    os.chmod(path, 0o640)
    if os.geteuid() == 0:
        os.chown(path, 4321, 4321)
    before = os.stat(path)
    assert run_cli(str(path), "--fix").returncode == 0
    after = os.stat(path)
    assert path.read_text("utf-8") == FIXED
    assert stat.S_IMODE(after.st_mode) == 0o640
    assert (after.st_uid, after.st_gid) == (before.st_uid, before.st_gid)


def test_owner_that_cannot_be_copied_means_writing_in_place(tmp_path, monkeypatch):
    path = tmp_path / "a.txt"
    path.write_text(DAMAGED, "utf-8")
    doc = read_document(str(path))
    inode = os.stat(path).st_ino
    real_stat = fix.os.stat

    def stat_with_other_owner(name, *args, **kwargs):
        result = real_stat(name, *args, **kwargs)
        if os.path.basename(name).startswith(".jd-"):
            values = list(result)
            values[4] += 1  # st_uid: pretend the temporary file has another owner
            return os.stat_result(values)
        return result

    def chown_denied(*args):
        raise PermissionError(1, "Operation not permitted")
    monkeypatch.setattr(fix.os, "stat", stat_with_other_owner)
    monkeypatch.setattr(fix.os, "chown", chown_denied)
    write_fixed(doc, FIXED)
    assert path.read_text("utf-8") == FIXED and os.stat(path).st_ino == inode
    assert os.listdir(tmp_path) == ["a.txt"]


def test_a_read_only_file_is_not_rewritten(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(DAMAGED, "utf-8")
    os.chmod(path, 0o444)
    result = run_cli(str(path), "--fix")
    assert result.returncode == 2
    assert "read-only" in result.stderr.decode()
    assert path.read_text("utf-8") == DAMAGED


def test_a_file_changed_since_it_was_read_is_not_written(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(DAMAGED, "utf-8")
    doc = read_document(str(path))
    path.write_text(DAMAGED + "新的一段。\n", "utf-8")
    with pytest.raises(WriteRefused, match="changed since it was read"):
        write_fixed(doc, FIXED)


def test_a_name_at_the_length_limit_can_be_fixed(tmp_path):
    limit = os.pathconf(tmp_path, "PC_NAME_MAX")
    path = tmp_path / ("新" * ((limit - 4) // 3) + ".txt")
    path.write_text(DAMAGED, "utf-8")
    result = run_cli(str(path), "--fix")
    assert result.returncode == 0, result.stderr.decode()
    assert path.read_text("utf-8") == FIXED


# -- the property: written bytes read back as the fixed text, or nothing is written ------------------

CODECS = ("gb18030", "cp950", "utf-8", "utf-16-le", "utf-16-be")
# Characters that GBK and Big5 both encode (two bytes each), punctuation the rules fix, controls.
WORDS = list("中人大年月日的是在有工作上下。，") + [",,", "。。", "a", " "]
CONTROLS = ["\x01", "\x07", "\x1a", "\x1b"]  # C0 controls: ENC010 deletes them as a safe fix
# Byte strings that do not decode in the codec they are planted in.
BAD = {
    "gb18030": [b"\x81", b"\xd6", b"\xfe", b"\x81\x30", b"\xa1"],
    "cp950": [b"\xa4", b"\x81", b"\xf9", b"\xc8"],
    "utf-8": [b"\xe4\xb8", b"\xff", b"\xad", b"\xc0", b"\xe4"],
    "utf-16-le": [b"\x00\xd8", b"\x00"],
    "utf-16-be": [b"\xd8\x00", b"\x00"],
}
PIECE = st.one_of(st.sampled_from(WORDS).map(lambda w: ("text", w)),
                  st.sampled_from(CONTROLS).map(lambda c: ("text", c)),
                  st.integers(0, 4).map(lambda i: ("bad", i)))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.function_scoped_fixture])
@given(codec=st.sampled_from(CODECS), pieces=st.lists(PIECE, max_size=30))
def test_fix_writes_bytes_that_read_back_exactly_or_nothing(tmp_path_factory, codec, pieces):
    data = b"".join(piece.encode(codec) if kind == "text" else BAD[codec][piece % len(BAD[codec])]
                    for kind, piece in pieces)
    path = tmp_path_factory.mktemp("prop") / "f.txt"
    path.write_bytes(data)
    try:
        doc = read_document(str(path), codec)
    except SourceError:
        return  # refused whole (damaged UTF-16, mostly controls): nothing is checked or written
    outcome = check_one(doc, Config(), Options(fix=True, select=["ENC010", "PUNC001"]))
    assert outcome.problem is None, outcome.problem  # the fixer never needs to give up here
    if outcome.fixed_text is not None:
        try:
            write_fixed(doc, outcome.fixed_text)
        except WriteRefused:
            # Only a file whose own bytes do not survive decoding and encoding again (Big5 has
            # characters with two codes) is refused here, and then it is left exactly as it was.
            assert encode(doc, doc.text) != data and path.read_bytes() == data
            return
    written = path.read_bytes()
    if written != data:
        assert decode_as(written, doc.encoding, doc.bom) == outcome.fixed_text
    final = outcome.fixed_text if outcome.fixed_text is not None else doc.text
    # Every control character away from undecodable bytes was deleted: refusing all fixes fails.
    for run in re.finditer("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]+", final):
        c1 = any(ch >= "\x7f" for ch in run.group())  # bad bytes + digits can form one: unsafe fix
        assert c1 or touches_undecodable(final, Edit(*run.span())), (final, run.span())
    # And the undecodable bytes are all still there, in order.
    assert [ch for ch in final if "\udc80" <= ch <= "\udcff"] == \
        [ch for ch in doc.text if "\udc80" <= ch <= "\udcff"]


LINES = st.lists(st.sampled_from(["甲乙\n", "丙,,\n", "丁\r\n", "", "戊。", "\n"]), max_size=12).map("".join)


@settings(max_examples=200, deadline=None)
@given(old=LINES, new=LINES)
def test_the_alignment_covers_both_texts_and_keeps_only_equal_text(old, new):
    pieces = list(fix._aligned(old, new))
    assert "".join(o for o, _, _ in pieces) == old
    assert "".join(n for _, n, _ in pieces) == new
    assert all(o == n for o, n, kept in pieces if kept)


def test_a_fix_that_removes_a_line_break_is_verified(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes("第一段。\n补短板,,\n促攻坚。\n".encode("gbk"))
    doc = read_document(str(path), "gbk")
    write_fixed(doc, "第一段。\n补短板,促攻坚。\n")
    assert path.read_bytes() == "第一段。\n补短板,促攻坚。\n".encode("gbk")


def test_a_fix_next_to_undecodable_bytes_is_offered_for_display_only(tmp_path):
    path = tmp_path / "f.txt"
    path.write_bytes(GBK_LINE + "补短板\x1a促攻坚。\n".encode("gbk"))
    doc = read_document(str(path), "gbk")
    report = check_one(doc, Config(), Options(select=["ENC010"])).report
    assert report is not None
    assert [d.fix.applicability for d in report.diagnostics if d.fix] == [Applicability.DISPLAY, Applicability.SAFE]
