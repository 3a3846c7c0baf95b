"""LAYOUT: broken paragraphs by structure and lexicon, page furniture, and what stays quiet."""
from __future__ import annotations

from helpers import fixed, rule, run_rules

LAYOUT = [rule("LAYOUT001"), rule("LAYOUT003")]
HEAD = "乡村道路建设提速\n"


def ids(text):
    return [(d.rule_id, d.severity.name) for d in run_rules(text, LAYOUT)]


def test_a_title_cut_inside_a_word_is_broken_and_joined_safely():
    text = HEAD + "周边十多户发展大\n\n棚种植，增加了收入。\n"
    assert ids(text) == [("LAYOUT001", "WARNING")]
    assert fixed(text, LAYOUT) == HEAD + "周边十多户发展大棚种植，增加了收入。\n"


def test_headings_that_end_without_a_mark_stay_quiet():
    text = (HEAD + "强化组织领导，责任明确到位\n\n全镇成立了领导小组，由镇长任组长。\n\n"
            "产业赋能，照亮增收之路\n\n按照“政府引导、群众参与”的模式推进。\n")
    assert ids(text) == []


def test_a_title_that_ends_with_a_whole_word_is_not_cut_by_chance():
    # 听证 + 据…: 证据 is a word, but the title ends with the whole word 听证
    assert ids(HEAD + "议会就预算案举行公开听证\n据报道，会议持续了三个小时。\n") == []


def test_prose_markers_make_a_short_line_prose():
    assert ids(HEAD + "会议指出，要\n聚焦群众关切的突出问题。\n") == [("LAYOUT003", "INFO")]
    assert ids(HEAD + "乌克兰方面29日\n称，前线战事激烈。\n") == [("LAYOUT001", "WARNING")]


def test_a_pair_left_open_across_the_break():
    text = HEAD + "大家学习了《乡村振兴\n促进法》的规定。\n"
    assert ids(text) == [("LAYOUT001", "WARNING")]


def test_links_rosters_letters_and_the_page_foot_are_laid_out_on_purpose():
    assert ids(HEAD + "报名网址：https://example.org/apply\n名额有限，先到先得。\n") == []
    assert ids(HEAD + "出席会议的有：\n王明　李华　张强　赵敏\n会议由王明主持。\n") == []
    assert ids(HEAD + "值此佳节，敬祝\n各位身体健康、万事如意！\n") == []
    foot = HEAD + "全镇完成造林一千亩。\n版权所有：某某网 未经授权禁止转载\n若有侵权请联系本网 邮箱：a@example.org\n"
    assert ids(foot) == []
    assert [d.rule_id for d in run_rules(foot, [rule("LAYOUT002")])] == ["LAYOUT002"]


def test_sentence_ends_and_lists_stay_quiet():
    assert ids(HEAD + "全镇新修道路十二公里。\n\n改造危房三百户。\n") == []
    assert ids(HEAD + "主要做法如下：\n一、加强组织领导\n二、完善工作机制\n") == []


def test_rows_of_figures_and_contact_lines_are_not_prose():
    schedule = HEAD + "展期：\n8月29日（四）10:00-18:00\n8月30日（五）10:00-20:00\n"
    assert ids(schedule) == []
    contacts = HEAD + "聯絡人：王小明 電話：06-3901297\n地政局區段徵收科 電話：06-3901125\n"
    assert ids(contacts) == []


def test_a_bracketed_section_label_is_copy_not_page_furniture():
    furniture = [rule("LAYOUT002")]
    assert run_rules(HEAD + "【賞花行程】\n沿途可欣賞油菜花田。\n", furniture) == []
    assert len(run_rules(HEAD + "全镇完成造林一千亩。\n【关闭窗口】【打印本页】\n", furniture)) == 1


def test_a_title_left_open_by_a_common_preposition_is_broken():
    assert ids(HEAD + "新购置的这批设备和\n配套资金已经全部到位。\n") == [("LAYOUT001", "WARNING")]
    assert ids(HEAD + "暴雨风暴将至\n各地做好防汛准备。\n") == []


def test_a_line_that_stops_at_a_verb_of_saying_is_cut_before_what_was_said():
    text = HEAD + "县委书记主持召开推进会并部署工作，强调\n要把道路养护责任落实到村。\n"
    assert ids(text) == [("LAYOUT001", "WARNING")]
    # a two-line headline says it over its subtitle: the headline has no comma
    assert ids("县委书记在道路建设推进会上强调\n把养护责任落实到村\n今年全县新修道路三十公里。\n") == []


def test_a_line_that_opens_with_a_dateline_is_a_paragraph_never_a_title():
    text = HEAD + "本报讯　记者从县交通局了解\n到，全县农村公路已全部硬化。\n"
    assert ids(text) == [("LAYOUT003", "INFO")]
    assert ids(HEAD + "新华社北京3月5日电　全县农村公路今年全部硬化。\n") == []


def test_question_and_answer_labels_open_lines_of_their_own():
    assert ids(HEAD + "县长与村民座谈交流\n问：村里的路什么时候修好？\n答：年底以前全部完工。\n") == []


def test_a_measure_word_after_a_figure_ends_a_title():
    # 超过9成 + 为…: 成为 is a word, but 成 belongs to the figure 9成
    assert ids(HEAD + "全县道路硬化率超过9成\n为方便群众出行，各村加密了班车。\n") == []


def test_a_short_line_with_a_full_stop_inside_is_prose_cut_short():
    text = HEAD + "全县农村公路建设稳步推进。\n道路通了。今年，村里的老人\n也能坐上班车去县城。\n"
    assert ids(text) == [("LAYOUT003", "INFO")]
    assert ids(HEAD + "道路通了。今年再创新高。\n养护工作持续推进。\n") == []


def test_a_line_that_ends_with_a_stub_of_a_clause_is_prose_not_a_title():
    text = HEAD + "村道修通以后，群众出行方便多了，其中\n受益最多的是上学的孩子。\n"
    assert ids(text) == [("LAYOUT003", "INFO")]
    # a title may have a comma; its last clause is a phrase, and a figure's comma is no clause
    assert ids(HEAD + "道路建设提速，群众出行更方便\n今年全县新修道路三十公里。\n") == []
    assert ids(HEAD + "全县新修道路，总投资5,000万\n今年全县新修道路三十公里。\n") == []


def test_a_link_cut_in_two_inside_brackets_is_one_broken_paragraph():
    text = HEAD + "报名详情请见县政府网站(https://ex\nample.org/sign)。\n"
    found = run_rules(text, [*LAYOUT, rule("PUNC005")])
    assert [d.rule_id for d in found] == ["LAYOUT001"]


def test_a_title_that_ends_with_a_localizer_is_complete():
    # 施工中 + 观旅局…: 中观 could be read across the join, but 中 ends the phrase 施工中
    assert ids(HEAD + "道路改造工程施工中\n观旅局局长表示，工程将于下月完工。\n") == []


def test_a_title_over_a_line_that_opens_with_a_speaker_is_not_cut():
    # 超过2500万人 + 丁…: 人丁 is a word, but 人 counts the figure and 丁某某表示 opens a sentence
    assert ids(HEAD + "全县今年补贴发放超过2500万人\n丁文华表示，补贴将按季度发放到位。\n") == []


def test_a_closing_formula_with_its_addressee_and_the_honorific_line_are_laid_out_on_purpose():
    letter = ("致全县教师的慰问信\n值此教师节来临之际，向全县教师致以节日的问候。\n"
              "感谢大家一年来的辛勤付出。最后敬祝各位老师\n身体健康，工作顺利！\n")
    assert ids(letter) == []
    official = "县政府关于提名的函\n县人大常委会：\n根据有关规定，兹提名张明为县教育局局长，现咨请\n贵会审议。\n"
    assert ids(official) == []
    # 并祝贺 is the verb 祝贺, no closing formula: the line is still cut short
    assert ids(HEAD + "全县道路建设稳步推进。县长出席仪式，并祝贺施工单位\n按期完成全部工程。\n") == [("LAYOUT003", "INFO")]


def test_a_name_cut_after_its_title_is_a_broken_paragraph():
    text = HEAD + "出席活动的有县委书记王志强、县教育局局长许\n铭春、县交通局局长陈明等。\n"
    found = run_rules(text, LAYOUT)
    assert [(d.rule_id, d.message.count("许铭春")) for d in found] == [("LAYOUT001", 1)]
    # a title that goes on into a longer word, or a line that opens with a word, is no name
    assert ids(HEAD + "县长出席新闻发布会\n县长说，今年将新修道路三十公里。\n") == []


def test_a_next_line_that_opens_with_a_preposition_starts_a_clause():
    # 施工处 + 在…: 处在 is a word, but 在水利工程方面 opens a sentence under the title
    assert ids(HEAD + "副县长视察县水利局北部施工处\n在水利工程方面，副县长要求加快进度。\n") == []


def test_a_line_that_is_a_bare_place_or_agency_name_goes_on_in_the_next():
    text = HEAD + "全县道路建设稳步推进。\n县交通局\n副局长许铭春介绍，今年新修道路三十公里。\n"
    assert ids(text) == [("LAYOUT001", "WARNING")]
    # the addressee under a letter's closing formula is laid out so on purpose
    letter = "关于提请审议预算的函\n现将预算草案提请审议。\n此致\n县人民代表大会\n县长　张明\n"
    assert ids(letter) == []


def test_a_line_that_ends_with_the_copula_goes_on():
    assert ids(HEAD + "全县道路建设稳步推进。\n当前最要紧的正是\n抓好冬季道路养护。\n") == [("LAYOUT001", "WARNING")]
    # an idiom that ends with 是 is complete
    assert ids(HEAD + "全县道路建设稳步推进。\n坚持实事求是\n县里对每个项目都逐一核查。\n") == []


def test_a_speaker_with_title_and_name_opens_a_sentence():
    # 立足国际 + 观…: 国际观 is a word, but 观旅局局长王明华表示， opens a sentence
    assert ids(HEAD + "县里推动乡村旅游立足国际\n观旅局局长王明华表示，今年将新开三条线路。\n") == []
