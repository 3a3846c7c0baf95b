"""The shared date analysis (checker/analysis/dates.py) and the DATE checks built on it."""
from __future__ import annotations

import datetime

import pytest
from hypothesis import given, settings, strategies as st

from checker.analysis.dates import (date_analysis, days_in_month, is_leap, normalise, weekday_of)
from checker.document import Document
from checker.registry import load_rules

from helpers import run_rules

DATE_RULES = [r for r in load_rules() if r.family == "DATE"]
WEEKDAYS = "一二三四五六日"


def analyse(text, **settings):
    return date_analysis(Document("<test>", text, settings=settings))


def findings(text, rule_id=None):
    found = run_rules(text, DATE_RULES)
    return [d for d in found if rule_id is None or d.rule_id == rule_id]


def ids(text):
    return sorted({d.rule_id for d in findings(text)})


# --- calendar ------------------------------------------------------------------------------

@pytest.mark.parametrize("year,leap", [(1900, False), (2000, True), (2020, True), (2100, False),
                                       (2019, False), (2024, True)])
def test_leap_years_follow_the_gregorian_rule(year, leap):
    assert is_leap(year) is leap
    assert days_in_month(2, year) == (29 if leap else 28)
    flagged = findings(f"{year}年2月29日", "DATE004")
    assert bool(flagged) is not leap
    if not leap:
        assert f"{year}年不是闰年" in flagged[0].message


@pytest.mark.parametrize("text", ["一九〇〇年二月二十九日", "二一〇〇年二月二十九日", "二〇一九年二月二十九日"])
def test_leap_years_in_chinese_numerals(text):
    assert findings(text, "DATE004")


@pytest.mark.parametrize("text", ["二〇〇〇年二月二十九日", "二〇二〇年二月二十九日", "二○二○年二月二十九日"])
def test_leap_days_that_exist_in_chinese_numerals(text):
    assert not findings(text, "DATE004")


def test_february_29_without_a_year_is_accepted_but_30_is_not():
    assert not findings("会议于2月29日召开。", "DATE004")
    assert findings("会议于2月30日召开。", "DATE004")


# --- reading dates -------------------------------------------------------------------------

def test_reads_each_written_form():
    text = "2019年3月15日、二〇一八年十二月三十二日、2018-02-30、2018/13/01、2019.12.31、5月、10日、2017年"
    got = [(m.style, m.year, m.month, m.day) for m in analyse(text).mentions]
    assert got == [("cn", 2019, 3, 15), ("han", 2018, 12, 32), ("iso", 2018, 2, 30),
                   ("slash", 2018, 13, 1), ("dot", 2019, 12, 31), ("cn", None, 5, None),
                   ("cn", None, None, 10), ("cn", 2017, None, None)]


def test_full_width_digits_keep_their_offsets():
    text = "截至２０１９年２月２９日，完成"
    assert normalise(text) == "截至2019年2月29日，完成"
    found = findings(text, "DATE004")
    assert len(found) == 1 and (found[0].start, found[0].end) == (2, 12)


def test_republic_of_china_years():
    mention = analyse("民國108年2月29日").mentions[0]
    assert mention.roc and mention.year == 2019
    assert analyse("於109年6月22日（星期一）辦理").mentions[0].year == 2020
    # A two-digit year in simplified copy may be 1998 or ROC 98: unknown, never guessed.
    assert analyse("98年3月5日").mentions[0].year is None
    assert analyse("98年3月5日", script="traditional").mentions[0].year == 2009


def test_not_dates():
    for text in ("东政〔2019〕15号", "鄂ICP备13014680号", "0716-8445200", "GB/T 15835-2011",
                 "ISBN 978-7-5086-1234-5", "IP 192.168.1.1", "金额2019.12万元"):
        assert not [m for m in analyse(text).mentions if m.month is not None], text
        assert ids(text) == [], text


def test_weekday_is_read_before_and_after_the_date():
    cases = {"2020年3月15日（星期日）": 6, "2020年3月15日 周日": 6, "2020年3月15日礼拜天": 6,
             "2024/10/4(五)": 4, "週六(6/19)": 5, "周五（2020年3月13日）": 4, "3月15日(週日)": 6}
    for text, weekday in cases.items():
        mention = [m for m in analyse(text).mentions if m.day is not None][0]
        assert mention.weekday == weekday, text


def test_a_schedule_is_not_a_weekday():
    assert analyse("自5月10日周一至周五每天开放").mentions[0].weekday is None


def test_article_year_from_dateline_or_this_year():
    assert analyse("标题\n来源: 荆州日报 2018-02-28\n正文3月5日").article_year == 2018
    assert analyse("今年是2019年，也是建国70周年。").article_year == 2019
    assert analyse("今年（2021年）").article_year == 2021
    # 今年是2016年熊本地震10周年: 2016 is the earthquake's year, not this year.
    assert analyse("今年是2016年熊本地震10周年。").article_year is None
    # Two different datelines: the article's year is unknown.
    assert analyse("2021年08月18日 星期三\n来源: 荆州日报 2018-02-28").article_year is None
    assert analyse("全文没有年份，3月5日开会。").article_year is None


def test_a_range_lends_its_year_and_month():
    first, second = analyse("2019年12月20日至1月10日").mentions
    assert second.implied_year == 2020 and second.year_basis == "range"
    first, second = analyse("2019年5月20日至25日").mentions
    assert second.implied_month == 5 and second.implied_year == 2019


def test_lunar_dates():
    assert analyse("农历二月三十日").mentions[0].lunar
    assert analyse("光绪二年二月三十日").mentions[0].lunar
    assert not analyse("民国三十八年二月三十日").mentions[0].lunar
    assert findings("农历二月三十二日", "DATE004")


# --- checks --------------------------------------------------------------------------------

def test_malformed_dates_say_what_was_meant():
    assert "2019年3月15日" in findings("于20190315日开工", "DATE001")[0].message
    assert "2018年10月" in findings("201810月，验收", "DATE001")[0].message
    message = findings("于201612310日引入", "DATE001")[0].message
    assert "读不成月和日" in message
    for text in ("20190315日元", "京ICP备2021012345号", "订单20190315已发货", "第20190315号"):
        assert not findings(text, "DATE001"), text


def test_year_glued_to_count():
    found = findings("该县当年完成了201631个村的改造任务", "DATE002")
    assert len(found) == 1 and "2016年31个" in found[0].message
    for text, meant in (("2024年，全县共谋划202436个重点项目。", "2024年36个"), ("区里在20241所学校开展试点。", "2024年1所"),
                        ("该区推进20233项民生实事。", "2023年3项"), ("2022年该乡20225人参加了培训。", "2022年5人")):
        found = findings(text, "DATE002")
        assert len(found) == 1 and meant in found[0].message, text
    for text in ("全国201631个行政村已通宽带", "共有19273个村", "带动201631人就业", "全年20360名运动员",
                 "全市201631个村民参加投票"):
        assert not findings(text, "DATE002"), text


def test_year_missing_nian():
    for text in ("2020夏季以来", "2017春节期间", "2019上半年", "2019第一季度", "2025暑假，", "截至2021底，",
                 "2018以来", "2022初，", "2020末，", "2024前两个月", "2023后，", "2024暑期全县", "2023寒假各地", "2024春季多地",
                 "2022国庆我市"):
        assert findings(text, "DATE003"), text
    for text in ("2024国庆特别节目", "北京2022冬奥会", "《2019上半年报告》", "2018—2019上半年",
                 "定档2025暑期", "2019年上半年", "2026暑期档票房", "2025前进论坛", "2022春季高考", "编号2021后缀"):
        assert not findings(text, "DATE003"), text


def test_clock_times():
    assert findings("当晚25时", "DATE004")
    assert findings("8时61分", "DATE004")
    assert findings("8时30分75秒", "DATE004")
    assert findings("24时30分", "DATE004")
    assert "30分" in findings("下午2时30时举行", "DATE004")[0].message
    for text in ("24时", "0时", "8时59分", "工作25小时", "12时代", "第25时", "进入5G时代", "9时至17时"):
        assert not findings(text, "DATE004"), text


def test_swapped_month_and_day_are_suggested():
    assert "2018/01/13" in findings("2018/13/01", "DATE004")[0].message


def test_weekday_mismatch_and_its_year():
    found = findings("2020年3月15日（星期五）", "DATE005")
    assert found and "2020年3月15日是星期日，不是星期五" in found[0].message
    # No year and no article year: silent.
    assert not findings("3月15日（星期五）召开", "DATE005")
    # The article's year from its dateline.
    assert findings("本报2020年3月1日讯\n\n3月15日（星期五）开学。", "DATE005")
    # Just across New Year from the article's year: not judged.
    assert not findings("本报2020年12月20日讯\n\n1月8日（星期五）开学。", "DATE005")
    assert not findings("2021年08月18日 星期三", "DATE005")


def test_inverted_ranges():
    for text in ("2019年至2017年", "2019—2017年", "5月20日—5月10日", "5月20日至10日",
                 "2019年5月20日至2019年5月10日"):
        assert findings(text, "DATE006"), text
    for text in ("2017年至2019年", "2017—2019年", "12月20日至1月10日", "距今7500—3000年",
                 "公元前500年至前300年", "2019年、2017年", "版权所有 2010-2015", "2019—20年"):
        assert not findings(text, "DATE006"), text


def test_style_points_are_info_and_fixable():
    found = findings("会议于2021年08月18日召开。")
    assert [d.rule_id for d in found] == ["DATE008"]
    assert found[0].fix.edits and str(found[0].severity) == "info"
    mixed = findings("签约于2018年2月28日，生效于2018-03-01。", "DATE007")
    assert len(mixed) == 1 and "2018-03-01" == "签约于2018年2月28日，生效于2018-03-01。"[mixed[0].start:mixed[0].end]


def test_mixed_styles_compare_the_copy_not_its_stamped_header():
    header = "社区团购平台整改\n发布时间：2024/05/06 08:00\n"
    # the publishing system's header in one style, the copy in another: one style in the copy
    assert not findings(header + "平台承诺于2024年6月30日前完成整改，逾期将被处罚。", "DATE007")
    # two styles in the copy itself are still reported, whatever the header says
    mixed = findings(header + "平台承诺于2024年6月30日前完成整改，2024-07-15复查。", "DATE007")
    assert len(mixed) == 1 and "2024-07-15" in mixed[0].message


# --- properties ----------------------------------------------------------------------------

DAYS = st.dates(min_value=datetime.date(1900, 1, 1), max_value=datetime.date(2100, 12, 31))


def _styles(day: datetime.date):
    y, m, d = day.year, day.month, day.day
    yield f"{y}年{m}月{d}日"
    yield f"{y}-{m:02d}-{d:02d}"
    yield f"{y}/{m}/{d}"
    yield "".join("〇一二三四五六七八九"[int(c)] for c in str(y)) + "年" + _han(m) + "月" + _han(d) + "日"


def _han(n: int) -> str:
    digits = "〇一二三四五六七八九"
    if n < 10:
        return digits[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else digits[tens]) + "十" + (digits[ones] if ones else "")


@settings(max_examples=150, deadline=None)
@given(DAYS)
def test_real_dates_with_their_weekday_are_never_flagged(day):
    weekday = "星期" + WEEKDAYS[day.weekday()]
    for text in _styles(day):
        assert findings(f"会议于{text}（{weekday}）举行。") == [], text


@settings(max_examples=150, deadline=None)
@given(DAYS, st.integers(min_value=1, max_value=6))
def test_a_wrong_weekday_is_always_flagged(day, shift):
    weekday = "星期" + WEEKDAYS[(day.weekday() + shift) % 7]
    text = f"会议于{day.year}年{day.month}月{day.day}日（{weekday}）举行。"
    assert len(findings(text, "DATE005")) == 1


@settings(max_examples=150, deadline=None)
@given(st.integers(min_value=1900, max_value=2100), st.integers(min_value=1, max_value=12),
       st.integers(min_value=1, max_value=3))
def test_a_day_past_the_month_end_is_always_flagged(year, month, extra):
    day = days_in_month(month, year) + extra
    if day > 99:
        return
    assert findings(f"{year}年{month}月{day}日", "DATE004")
    assert findings(f"{year}-{month:02d}-{day:02d}", "DATE004")
    assert weekday_of(year, month, day) is None


def test_date_vocabulary_data_file():
    from checker.resources import read_word_sections
    words = read_word_sections("date_words.txt")
    assert set(words) == {"lunar-calendar", "header-words"}
    # the analysis looks for lunar-calendar words only where 历 or 曆 occurs
    assert all("历" in w or "曆" in w for w in words["lunar-calendar"])
    for entries in words.values():
        assert entries and len(entries) == len(set(entries))
