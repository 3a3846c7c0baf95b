"""TYPO: boundary confirmation, scripts, newsroom words, articles, and the seed articles."""
from __future__ import annotations

from pathlib import Path

import pytest
from checker.analysis.terms import in_foreign_name, name_slips, term_hits, trie_pattern
from checker.document import Document

from helpers import rule, run_rules

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"


def ids(text: str, rule_ids: tuple[str, ...] = ("TYPO001", "TYPO002", "TYPO003", "TYPO006", "TYPO009"),
        **settings) -> list[tuple[str, str]]:
    doc = Document("<t>", text, settings=dict(settings))
    return [(d.rule_id, text[d.start:d.end]) for d in run_rules(doc, [rule(i) for i in rule_ids])]


@pytest.mark.parametrize("text", [
    "学生要学会分辨论文真伪。",            # 分辨|论文
    "我们去参观山脉博物馆。",              # 山脉|博物馆
    "企业研发韧性更强的材料。",            # 研发|韧性
    "景区交通迅速恢复。",                  # 交通|迅速 (通迅)
    "多地加大预防犯罪宣传。",              # 预防|犯罪 (防犯)
    "出境车辆较正式启用前增长一成。",      # 较|正式 (较正)
    "总书记念兹在兹的是百姓。",            # 总书记|念兹在兹 (记念)
])
def test_letters_of_a_slip_inside_correct_words_stay_quiet(text):
    assert ids(text) == []


@pytest.mark.parametrize("text,found", [
    ("双方就此展开辨论。", "辨论"),
    ("村民们搭起了帐蓬。", "帐蓬"),
    ("大部份村民已经搬进新居。", "部份"),      # inside 大部份, a misspelt compound the lexicon knows
    ("景区的通迅设备已经修复。", "通迅"),
])
def test_slips_at_word_boundaries_are_found(text, found):
    assert [m for _, m in ids(text)] == [found]


def test_traditional_copy_gets_only_the_entries_for_it():
    # 身分, 帳號, 計畫, 精采 are standard in Taiwan; 帳蓬 and 迫不急待 are slips there too.
    assert ids("請攜帶身分證件，確認帳號，計畫很精采。") == []
    assert [m for _, m in ids("營區的帳蓬讓大家迫不急待想入住。")] == ["帳蓬", "迫不急待"]


def test_a_slip_in_shared_characters_is_corrected_in_the_copy_s_script():
    simplified = run_rules("对此他们一愁莫展。", [rule("TYPO001")])
    traditional = run_rules("對此他們一愁莫展。", [rule("TYPO001")])
    assert "一筹莫展" in simplified[0].message and "一籌莫展" in traditional[0].message


def test_configured_script_overrides_detection():
    text = "这里的渡假村很有名。"
    assert ids(text) == [("TYPO009", "渡假村")]
    assert ids(text, script="traditional") == []


def test_newsroom_words_are_never_reported():
    text = "我们在帐蓬屋吃了晚饭。"
    assert ids(text) == [("TYPO009", "帐蓬")]
    assert ids(text, words=("帐蓬屋",)) == []


def test_transliterated_names_are_not_words():
    text = "球员热利科·科姆希奇入选。"
    assert in_foreign_name(text, text.index("希奇"), text.index("希奇") + 2)
    assert not in_foreign_name("这件事很希奇。", 5, 7)


def test_the_correction_elsewhere_in_the_article_is_cited_with_its_line():
    text = "乡里修路\n全乡新修沥清路12公里。\n村里的沥青路通到了家门口。"
    found = run_rules(Document("<t>", text), [rule("TYPO001")])
    assert len(found) == 1 and "第3行" in found[0].message and "line 3" in found[0].message_en


def test_consistency_is_never_claimed_across_bundled_articles():
    text = ("地方新闻简讯\n本台消息：\n"
            "江口镇修通沥清路\n江口镇昨天修通一条沥清路。\n"
            "石门县铺设沥青路\n石门县今年铺设沥青路十公里。")
    found = run_rules(Document("<t>", text), [rule("TYPO001")])
    assert found and all("本篇第" not in d.message for d in found)


def test_a_name_written_once_with_a_homophone_is_reported_against_the_usual_form():
    text = "石桥铺村位于镇东。\n石桥铺村今年种了果树。\n石乔铺村的果树已经挂果。\n石桥铺村的村民很高兴。"
    slips = name_slips(Document("<t>", text))
    assert [(text[s.start:s.end], s.usual, s.count) for s in slips] == [("石乔铺村", "石桥铺村", 3)]


@pytest.mark.parametrize("text, slip, usual", [
    # another tone of the syllable (桥 qiao2, 巧 qiao3): pinyin is typed without tones
    ("石桥铺村位于镇东。\n石桥铺村今年种了果树。\n石巧铺村的果树已经挂果。", "石巧铺村", "石桥铺村"),
    # a name written twice, one of them with another tone: the later form against the earlier
    ("记者来到石桥铺村。\n村民说，石巧铺村的果树已经挂果。", "石巧铺村", "石桥铺村"),
])
def test_a_slip_of_another_tone_of_the_syllable_is_a_slip(text, slip, usual):
    slips = name_slips(Document("<t>", text))
    assert [(text[s.start:s.end], s.usual) for s in slips] == [(slip, usual)]


@pytest.mark.parametrize("text", [
    "东湖村和西湖村相邻。东湖村种稻，西湖村养鱼，东湖村的稻田更大。",            # not homophones
    "东湖村和南湖村相邻。东湖村种稻，南湖村养鱼，东湖村的稻田更大。",            # dong / nan
    "石桥铺村位于镇东。石桥铺村今年种了果树。石桥镇的集市很热闹。",              # different names
    "两个福利社区建好了。福利社区的老人很多，还要培力社区的志愿者。",          # 福利|社区, 培力|社区
    "台中市和臺中市是一个地方，台中市写法不同而已。",                          # 台/臺: one character
])
def test_different_names_are_not_slips(text):
    assert name_slips(Document("<t>", text)) == ()


def test_two_forms_once_each_report_the_one_that_is_not_a_known_place():
    text = "记者从抬北市出发。\n到达台北市后，他先去了车站。"
    slips = name_slips(Document("<t>", text))
    assert [(text[s.start:s.end], s.usual, s.count) for s in slips] == [("抬北市", "台北市", 1)]


@pytest.mark.parametrize("text", [
    "华光绿能公司和滤能公司都参加了展会。",      # 绿能公司 is the tail of a longer name: two companies
    "文化局将串联本市的活动，并串连本市的景点。",  # 本市 is a reference, not the end of a name
])
def test_forms_written_once_each_must_be_whole_names(text):
    assert name_slips(Document("<t>", text)) == ()


def test_a_character_before_the_name_the_article_writes_alone_is_not_a_slip():
    # 齐盼/期盼 differ before 东湖果菜市(场), a name the article also writes by itself
    text = ("齐盼东湖果菜市场成为新景点\n东湖果菜市场今天开业。东湖果菜市场的摊位已经租满，"
            "大家期盼东湖果菜市场带动周边发展。")
    assert name_slips(Document("<t>", text)) == ()


def test_names_are_compared_within_one_article_only():
    text = ("地方新闻简讯\n本台消息：\n"
            "石桥铺村种果树\n石桥铺村今年种了果树，石桥铺村的村民很高兴。\n"
            "石乔铺村修新路\n石乔铺村昨天修通了新路。")
    assert name_slips(Document("<t>", text)) == ()


@pytest.mark.parametrize("text,flagged", [
    ("未确保每户都能用上自来水，镇里新建了两座水厂。", True),
    ("未确保资金到位，项目不得开工。", False),
    ("未确保安全的，一律停工整改。", False),
    ("未确保质量。", False),
    ("检查发现有两处未确保通道畅通，责令整改。", False),
    ("会议结束。未加快项目进度，县里成立了专班。", True),
])
def test_purpose_clause_frame(text, flagged):
    assert bool(run_rules(text, [rule("TYPO004")])) == flagged


@pytest.mark.parametrize("text,expected", [
    ("截止2020年底，全县已有三万人搬进新居。", ["截止"]),
    ("截止去年底，全县已有三万人搬进新居。", ["截止"]),
    ("报名时间：截止5月31日。", []),
    ("截止到2020年底，全县已有三万人搬进新居。", []),
    ("报名截止日期为6月30日。", []),
    ("截止（13）日，已有兩千人報名。", ["截止"]),
    ("活动截至6月30日。", ["截至"]),
    ("截至6月30日，已有两千人报名。", []),
    ("截止2个月后再说。", []),
])
def test_jiezhi_frames(text, expected):
    assert [text[d.start:d.end] for d in run_rules(text, [rule("TYPO005")])] == expected


def test_trie_pattern_prefers_the_longest_entry():
    import re
    pattern = re.compile(trie_pattern(["渡假", "渡假村", "帐蓬"]))
    assert [m.group() for m in pattern.finditer("渡假村和渡假，帐蓬")] == ["渡假村", "渡假", "帐蓬"]


def test_a_wrong_form_is_reported_once_per_article_naming_the_other_places():
    text = "营地标题\n营地搭起了帐蓬。\n帐蓬外是草地。\n每顶帐蓬住四人。"
    found = run_rules(Document("<t>", text), [rule("TYPO001"), rule("TYPO009")])
    assert len(found) == 1 and found[0].rule_id == "TYPO009"
    assert "另有2处" in found[0].message and "from line 3" in found[0].message_en
    assert len(found[0].fix.edits) == 3 and {e.replacement for e in found[0].fix.edits} == {"帐篷"}


def test_a_misspelling_in_wide_use_is_info_unless_the_article_writes_both():
    alone = run_rules("村民们搭起了帐蓬。", [rule("TYPO001"), rule("TYPO009")])
    both = run_rules("村民们搭起了帐蓬。\n又运来十顶帐篷。", [rule("TYPO001"), rule("TYPO009")])
    unknown = run_rules("医生说他的脉博很平稳。", [rule("TYPO001"), rule("TYPO009")])
    assert [(d.rule_id, str(d.severity)) for d in alone] == [("TYPO009", "info")]
    assert [(d.rule_id, str(d.severity)) for d in both] == [("TYPO001", "warning")]
    assert [d.rule_id for d in unknown] == ["TYPO001"]


def test_hits_are_shared_and_computed_once():
    doc = Document("<t>", "村民们搭起了帐蓬。")
    assert doc.shared(term_hits) is doc.shared(term_hits)


def test_seed_001_misspellings():
    path = SAMPLES / "001_22c0313364257ba8.txt"
    text = path.read_text("utf-8")
    doc = Document(str(path), text)
    found = {(doc.position(d.start), d.rule_id): d for d in run_rules(doc, [rule("TYPO001"), rule("TYPO009")])}
    assert ((18, 311), "TYPO001") in found and "第19行" in found[((18, 311), "TYPO001")].message
    assert text[doc.offset(19, 185):doc.offset(19, 187)] == "沥青"
    assert ((19, 58), "TYPO009") in found      # 帐蓬: a misspelling in wide use, the article never writes 帐篷


def test_seed_004_purpose_clause():
    path = SAMPLES / "004_56ad93e6c089e13d.txt"
    doc = Document(str(path), path.read_text("utf-8"))
    assert [doc.position(d.start) for d in run_rules(doc, [rule("TYPO004")])] == [(55, 1)]


# TYPO010: 的 for 得 before a complement ------------------------------------------------------

@pytest.mark.parametrize("text, frame", [
    ("那位老师讲的十分清楚。", "讲的十分清楚"),           # adverb a word of its own
    ("新来的队员表现的很好，大家都鼓掌。", "表现的很好"),   # the lexicon's joined 很好 / 很|好
    ("车间的机器运转的更顺利了。", "运转的更顺利"),         # a final 了 before the clause ends
    ("孩子们把教室收拾的整整齐齐。", "收拾的整整齐齐"),     # reduplicated adjective
    ("两个部门合作的相当默契。", "合作的相当默契"),         # a verbal noun (vn) as the head
    ("他把这件事看的越来越淡。", "看的越来越淡"),
    ("会场布置的十分简朴。", "布置的十分简朴"),            # a verb the tagger lists as a noun
])
def test_a_complement_after_de_is_reported(text, frame):
    found = [d for d in run_rules(Document("<t>", text), [rule("TYPO010")])]
    assert [d.message.split("”")[0].lstrip("“") for d in found] == [frame]
    assert text[found[0].start:found[0].end] == "的"


@pytest.mark.parametrize("text", [
    "我们的很多同事都报了名。",          # a pronoun before 的: a possessor
    "这次听到的很少，下次再来。",        # a quantity judged of the 的-phrase
    "老师讲的很对，我们照办。",          # 对: a verdict on what was said
    "实际结果比专家估计的更高。",        # a comparison: the standard compared with
    "项目涉及生产的方方面面。",          # AABB of a noun (方面)
    "仓库完成了系统的更新。",            # 更新 is a word (update), not 更 + 新
    "大家见证了新的太空时代。",          # 太空 is a word
    "我们跑得很快，也跑的很多次。",      # 很多 is not an adjective complement ending the clause
    "他们的非常任理事国席位到期。",      # 非常任 is not 非常 + 任
    "两国合作迈上新的更高水平。",        # 高水平: a noun (水平) with its modifier
    "跑得很快的人先出发。",              # 得 already
])
def test_the_same_letters_where_de_is_right_stay_quiet(text):
    assert ids(text, ("TYPO010",)) == []
