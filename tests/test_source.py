"""Reading files: encodings detected on short files, undecodable bytes kept, bad input refused."""
import pytest

from checker.source import SourceError, decode, document_from_bytes, encode, read_document

SIMPLIFIED_20 = "泌阳县引入第三方评估机构开展脱贫攻坚检查"      # 20 characters
TRADITIONAL_20 = "臺南市政府今日舉行記者會說明防疫措施補助"  # 20 characters


@pytest.mark.parametrize("text,codec,expected", [
    (SIMPLIFIED_20, "gbk", "gb18030"),
    (SIMPLIFIED_20, "gb18030", "gb18030"),
    (TRADITIONAL_20, "big5", "cp950"),
    (TRADITIONAL_20, "gbk", "gb18030"),
    (SIMPLIFIED_20, "utf-16-le", "utf-16-le"),
    (SIMPLIFIED_20, "utf-16-be", "utf-16-be"),
    (SIMPLIFIED_20, "utf-8", "utf-8"),
])
def test_short_files_are_detected(text, codec, expected):
    assert len(text) == 20
    decoded = decode(text.encode(codec))
    assert decoded.encoding == expected
    assert decoded.text == text


@pytest.mark.parametrize("codec,label", [("utf-8-sig", "utf-8-sig"), ("utf-16", "utf-16-le")])
def test_bom_decides(codec, label):
    doc = document_from_bytes(SIMPLIFIED_20.encode(codec), "x")
    assert doc.text == SIMPLIFIED_20 and doc.encoding_label == label


def test_ascii_utf16_without_bom():
    assert decode("plain text file".encode("utf-16-le")).encoding == "utf-16-le"


def test_forced_encoding_wins():
    data = SIMPLIFIED_20.encode("gbk")
    assert decode(data, "big5").encoding == "cp950"
    assert decode(data, "gbk").text == SIMPLIFIED_20


def test_undecodable_bytes_are_kept_and_located():
    data = "泌阳县\n于".encode() + b"\xff\xfe" + "引入".encode()
    doc = document_from_bytes(data, "x")
    assert doc.encoding == "utf-8"
    assert doc.undecodable == [(5, 7)]
    assert doc.position(5) == (2, 2)
    assert encode(doc, doc.text) == data  # nothing is lost


def test_gbk_roundtrip_keeps_bytes():
    data = ("第一行\r\n" + SIMPLIFIED_20 + "\r\n").encode("gbk")
    doc = document_from_bytes(data, "x")
    assert encode(doc, doc.text) == data


def test_binary_is_refused():
    with pytest.raises(SourceError) as info:
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    assert info.value.skipped and "binary" in info.value.reason


def test_empty_file(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    doc = read_document(str(path))
    assert doc.text == "" and doc.encoding == "utf-8"


def test_oversized_file_is_skipped_without_reading(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(b"a" * 2048)
    with pytest.raises(SourceError) as info:
        read_document(str(path), max_size=1024)
    assert info.value.skipped and "limit" in info.value.reason


def test_missing_file(tmp_path):
    with pytest.raises(SourceError) as info:
        read_document(str(tmp_path / "nope.txt"))
    assert not info.value.skipped
