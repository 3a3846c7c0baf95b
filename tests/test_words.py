"""The lexicon and word boundaries (checker/analysis/words.py), on sentences written for these tests."""
from __future__ import annotations

import itertools

from checker.analysis.words import DocWords, doc_words, lexicon, segment
from checker.document import Document


def words_of(text: str) -> list[str]:
    return [text[s:e] for s, e in segment(text, 0, len(text))]


def test_lexicon_holds_simplified_and_traditional_words_with_frequencies():
    lex = lexicon()
    for word in ("研究", "究竟", "帐篷", "帳篷", "软件", "軟體", "臺南", "台南"):
        assert word in lex, word
        assert lex.frequency(word) > 0
    assert "究究" not in lex and lex.frequency("究究") == 0
    assert lex.frequency("的") > lex.frequency("研究") > lex.frequency("究竟")
    assert lex.tag("显示") == "v" and lex.tag("北京") == "ns" and lex.tag("不是词语") == ""
    assert "" not in lex and "\udcff" not in lex and "𠀀" not in lex


def test_words_at_lists_every_word_starting_there():
    assert lexicon().words_at("研究究竟", 2) == ["究", "究竟"]
    assert lexicon().words_at("中华人民共和国", 0, max_len=7)[-1] == "中华人民共和国"


def test_segmentation_reads_two_words_that_share_a_character():
    assert words_of("我们深入研究究竟是哪里出了问题") [:4] == ["我们", "深入研究", "究竟", "是"]
    assert "一对一" in words_of("推动供需一对一对接")
    assert words_of("活動在臺南市政府前廣場搭起帳篷")[-1] == "帳篷"


def test_segmentation_covers_the_range_with_punctuation_and_latin():
    text = "他说，GDP增长5.2%。"
    spans = segment(text, 0, len(text))
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in itertools.pairwise(spans))
    assert "5.2%" in [text[s:e] for s, e in spans]


def test_doc_words_boundaries():
    text = "他家住在海淀区海淀镇，改善改善对策。"
    words = DocWords(text)
    district = text.index("海淀区")
    assert words.is_boundary(district)
    assert not words.is_boundary(district + 2)          # inside 海淀区
    assert words.word_span(district + 1) == (district, district + 3)
    doubled = text.index("改善改善")
    assert all(words.is_boundary(doubled + k) for k in (0, 2, 4))
    assert words.is_boundary(0) and words.is_boundary(len(text))
    assert words.is_boundary(text.index("，"))


def test_newsroom_words_are_kept_whole():
    text = "记者走访了青禾湾智造园区的企业。"
    plain = DocWords(text)
    start = text.index("青禾湾")
    assert not plain.contains("青禾湾智造园")
    doc = Document("t.txt", text, settings={"words": ("青禾湾智造园",)})
    words = doc.shared(doc_words)
    assert words.contains("青禾湾智造园")
    assert words.word_span(start + 2) == (start, start + 6)
    assert not words.is_boundary(start + 3)
    assert words.is_boundary(start + 6)


def test_house_word_at_finds_the_newsroom_word_that_holds_a_span():
    text = "记者走访了将将将科技公司和瓦加瓦加市。"
    doc = Document("t.txt", text, settings={"words": ("将将将科技", "瓦加瓦加")})
    words = doc.shared(doc_words)
    run = text.index("将将将")
    assert words.house_word_at(run, run + 3) == (run, run + 5)
    assert words.house_word_at(run + 1, run + 2) == (run, run + 5)
    city = text.index("瓦加")
    assert words.house_word_at(city, city + 4) == (city, city + 4)
    assert words.house_word_at(city, city + 5) is None          # 瓦加瓦加市 runs past the word
    assert words.house_word_at(0, 2) is None
    assert DocWords(text).house_word_at(run, run + 3) is None    # no words-file: no house words
    assert DocWords(text, ("科技",)).house_word_at(run, run + 3) is None   # a supplement-like word elsewhere


def test_long_unpunctuated_text_is_segmented_in_windows():
    text = "乡村振兴产业兴旺" * 30
    words = DocWords(text)
    starts = {s for s, _ in segment(text, 0, len(text))}
    assert all(words.is_boundary(k) == (k in starts) for k in range(100, 140))
    assert len(words._segments) > 1                     # several windows, not one 240-character clause


def test_word_of_variant_only_when_the_conversion_completes_a_word():
    from checker.analysis.words import word_of_variant
    text = "社區居民用傳统技藝製作燈籠"
    at = text.index("统")
    assert word_of_variant(text, at, at + 1, "統") == (at - 1, at + 1)        # 傳統
    name = "設計師陳悦安負責整體規劃"
    at = name.index("悦")
    assert word_of_variant(name, at, at + 1, "悅") is None                    # a name: no word
    assert word_of_variant("活動兑換券", 2, 3, "兌") == (2, 5)                 # 兌換券
    assert word_of_variant("活動兑換券", 2, 3, "兌兌") is None


def test_word_of_variant_function_words_and_known_names():
    from checker.analysis.words import word_of_variant
    assert word_of_variant("議員們并提出建議", 3, 4, "並") == (3, 4)        # a conjunction alone
    assert word_of_variant("議員林阳乙關切此事", 3, 4, "陽") is None          # a name
