"""Document structure (checker/analysis/structure.py), on sentences written for these tests."""
from __future__ import annotations

from checker.analysis.structure import structure
from checker.document import Document


def roles(text: str) -> list[str]:
    return [block.role for block in structure(Document("t.txt", text)).blocks]


def test_headline_subtitle_byline_and_lede():
    text = ("河湾镇新建三座便民桥\n"
            "村民出行不再绕远路\n"
            "（本报记者 周小川）\n"
            "本报讯 今年入夏以来，河湾镇在三条小河上新建便民桥三座。\n"
            "镇里还安排专人定期检查桥面。")
    layout = structure(Document("t.txt", text))
    assert [b.role for b in layout.blocks] == ["headline", "subtitle", "byline", "body", "body"]
    lede = layout.articles[0].lede
    assert lede is not None and lede.line == 4
    assert text[lede.content_start:].startswith("今年入夏以来")
    assert layout.in_header(lede.start) and not layout.in_header(lede.content_start)


def test_single_line_is_body_and_sentence_first_line_is_not_a_headline():
    assert roles("县里召开了防汛工作会议。") == ["body"]
    assert roles("县里召开了防汛工作会议。\n会议由副县长主持。") == ["body", "body"]


def test_metadata_fields_and_release_header():
    text = ("社區長者共餐據點再增五處\n"
            "發稿單位：社會局\n"
            "發稿時間：113年4月2日 10:30\n"
            "2024年4月2日 星期二\n"
            "市府今年在五個里新設共餐據點，讓長者就近用餐。")
    assert roles(text) == ["headline", "meta", "meta", "meta", "body"]


def test_table_of_fields_and_headings():
    text = ("南坡村道路工程验收情况\n"
            "一、已完工项目\n"
            "1. 南坡村主干道拓宽工程\n"
            "说明：本项目已通过验收。\n"
            "2. 南坡村排水沟改造工程\n"
            "说明：本项目已通过验收。\n"
            "他表示：下一步还要继续跟进。")
    assert roles(text) == ["headline", "heading", "heading", "field", "heading", "field", "body"]


def test_a_single_titled_line_is_a_heading_not_a_field():
    text = "乡村振兴观察\n王老师：守护山村孩子的读书梦\n王老师在山里教书已有二十年。"
    assert roles(text)[1] == "heading"


def test_list_items_with_sentences():
    text = "会议提出三点要求。\n（一）压实防汛责任，确保人员到岗。\n（二）加强隐患排查。"
    assert roles(text)[1:] == ["list-item", "list-item"]


def test_annex_is_quoted_in_its_own_section():
    text = ("县长致信返乡青年\n"
            "县长近日致信全县返乡创业青年，感谢他们的付出。信件全文如下：\n"
            "各位返乡创业的青年朋友：\n"
            "感谢你们回到家乡，感谢你们的付出。")
    layout = structure(Document("t.txt", text))
    blocks = layout.blocks
    assert not blocks[1].annex and blocks[2].annex and blocks[3].annex
    assert blocks[3].role == "quote" and blocks[3].section != blocks[1].section
    assert layout.articles[0].lede == blocks[1]


def test_bundle_of_short_items_is_several_articles():
    text = ("地方新闻简讯\n"
            "本台消息：\n"
            "江口镇举办农民丰收节\n"
            "江口镇昨天举办农民丰收节，展销本地农产品。\n"
            "石门县开通首条城乡公交\n"
            "石门县首条城乡公交线路昨天开通。")
    layout = structure(Document("t.txt", text))
    assert len(layout.articles) == 3
    assert [a.headline.line for a in layout.articles if a.headline] == [1, 3, 5]
    assert layout.article_at(text.index("石门县首条")).lede.line == 6


def test_heading_followed_by_a_dateline_starts_an_article():
    text = ("今日要闻\n"
            "东湖公园完成改造\n"
            "本报讯（记者 林芳）东湖公园改造工程日前完工。\n"
            "新图书馆开馆\n"
            "本报讯 市图书馆新馆昨天正式开馆。")
    layout = structure(Document("t.txt", text))
    assert len(layout.articles) == 3
    assert layout.article_at(text.index("市图书馆")).lede.line == 5


def test_page_furniture():
    assert roles("县里开展义诊活动\n医生为村民免费体检。\n【关闭窗口】【打印本页】")[2] == "furniture"


def test_quoted_paragraph():
    assert roles("村里修了路\n“路修好了，我们卖菜方便多了。”\n村民说。")[1] == "quote"


def test_block_at_every_offset():
    text = "标题\n\n第一段。\r\n第二段。"
    layout = structure(Document("t.txt", text))
    for offset in range(len(text)):
        block = layout.block_at(offset)
        assert block.start <= offset <= block.end + 2
    assert [b.role for b in layout.blocks] == ["headline", "blank", "body", "body"]


def test_a_line_of_several_gapped_fields_is_a_field():
    text = "防汛值班安排\n值班人：李强   电话：12345678   地点：县水利局\n全县进入主汛期。"
    assert roles(text)[1] == "field"
    assert roles("通知\n●  日期：5月1日●  地点：文化广场\n欢迎市民参加。")[1] == "field"
