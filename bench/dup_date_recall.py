"""Recall of the DUP and DATE rules on the shapes issue 12 found missed, planted into real articles.

    python bench/dup_date_recall.py [--seed 12] [--positions 3]

Every row of the issue's table is planted in at least ten wordings written for this benchmark
(none taken from the corpus), each in simplified script (into xwlb_ articles) and in traditional
script (converted with OpenCC s2tw, into tainan_ and twpres_ articles), at several positions of
held-out articles (file numbers ending 6-9): as a paragraph of its own after a body paragraph, at
the end of one, right after the headline (the lede), or as the last line, as the row requires.
A plant is found when its row's rule reports a span that overlaps the planted text. Prints the
recall per row (target ≥ 90% on every row). Corpus text is read from ../shared/corpus/ and never
written anywhere.
"""
from __future__ import annotations

import argparse
import random
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checker.document import Document
from checker.engine import check_document
from checker.registry import load_rules, select_rules

CORPUS = ROOT.parent / "shared" / "corpus"


@dataclass(frozen=True)
class Row:
    name: str
    rule: str
    placements: tuple[str, ...]     # "paragraph", "append", "lede", "last-line"
    wordings: tuple[str, ...]


ROWS = (
    Row("year glued to a count", "DATE002", ("paragraph", "append"), (
        "2024年，全县共谋划202436个重点项目。",
        "今年以来，区里新建20241所普惠性幼儿园。",
        "全市20233项重点改革任务已经完成。",
        "2023年，该镇20235家企业完成了技术改造。",
        "去年，县里累计建成20228座农村公厕。",
        "2025年全市计划新增20257条公交线路。",
        "目前，全区20244处老旧小区已完成改造。",
        "2024年，县里举办20246场招聘会，帮助返乡人员就业。",
        "该校20249个社团吸引了大批学生参加。",
        "2022年全县20225个行政村实现了光纤入户。",
        "截至目前，全省已有202312批次产品通过抽检。",
        "2021年，园区新引进20217家科技型企业。",
    )),
    Row("年 dropped before 底/以来/初/末/前/后", "DATE003", ("paragraph", "append"), (
        "截至2022底，全县农村自来水普及率达98%。",
        "2021以来，全镇新修通村公路56公里。",
        "2023初，市里启动了老旧管网改造工程。",
        "到2025末，全区将建成15个智慧社区。",
        "2019前，这里还是一片荒滩。",
        "2020后，村里陆续建起了民宿。",
        "预计2026底前完成全部主体工程。",
        "2024前三季度，全市进出口总额同比增长7%。",
        "自2018以来，该县累计培训农民3万人次。",
        "2022末，全县常住人口为48万人。",
        "今年，县里计划在2025初开通城乡公交。",
        "该项目于2023底通过竣工验收。",
    )),
    Row("season word used as a time", "DATE003", ("paragraph", "append"), (
        "2024暑期全县42所中小学的体育场馆向学生免费开放。",
        "2023寒假各地图书馆延长了开放时间。",
        "2025春节全市共接待游客120万人次。",
        "2024国庆我市各景区秩序井然。",
        "2022暑假我们组织了三次研学活动。",
        "2023中秋各大商场推出了促销活动。",
        "2024端午全县开展了龙舟比赛。",
        "2025元旦本市迎来一波降温。",
        "2024春季多地出现了持续干旱。",
        "2023冬季该县新建了3个供暖站。",
        "2024夏季北京遭遇多轮强降雨。",
        "2022春节将迎来返乡客流高峰。",
    )),
    Row("sentence repeated back to back (lede, after a prefix, short)", "DUP005", ("lede", "paragraph", "append"), (
        "本报讯 今年以来，我县扎实推进农村人居环境整治工作。今年以来，我县扎实推进农村人居环境整治工作。",
        "县长王明出席仪式。县长王明出席仪式。",
        "本台消息：入冬以来，各地加紧储备取暖物资。入冬以来，各地加紧储备取暖物资。",
        "会议由副市长主持。会议由副市长主持。",
        "活动持续到下午五点。活动持续到下午五点。",
        "村民们纷纷点赞叫好。村民们纷纷点赞叫好。",
        "新华社北京3月5日电 各地春耕生产由南向北陆续展开。各地春耕生产由南向北陆续展开。",
        "这是全市首个社区食堂。这是全市首个社区食堂。",
        "目前，工程已进入收尾阶段。目前，工程已进入收尾阶段。",
        "专家组对项目进行了评审。专家组对项目进行了评审。",
        "据介绍，该路段全长12公里。据介绍，该路段全长12公里。",
        "本报讯（记者 周立）市图书馆新馆正式开放。市图书馆新馆正式开放。",
    )),
    Row("last list item repeated with its predicate", "DUP004", ("paragraph", "append"), (
        "村里对主干道、巷道、排水沟、巷道进行了硬化。",
        "镇里对广场、步道、停车场、步道进行了翻新。",
        "学校为教室、食堂、宿舍、食堂安装了空调。",
        "该区对公园、河道、绿地、河道开展了清理。",
        "工作组对仓库、车间、宿舍、车间进行了消防检查。",
        "县里对小麦、玉米、大豆、玉米实行了保险全覆盖。",
        "志愿者为老人、儿童、残疾人、儿童提供了免费体检。",
        "市里对公交、地铁、出租车、地铁实施了票价优惠。",
        "景区对游客中心、停车场、厕所、停车场进行了改造。",
        "该镇把道路、桥梁、水渠、桥梁纳入了管护范围。",
        "街道对楼道、电梯、门禁、电梯都做了升级。",
        "社区为水电、燃气、网络、燃气开通了线上缴费。",
    )),
    Row("tail of a clause repeated as the next clause", "DUP003", ("paragraph", "append"), (
        "镇党委书记表示，要持续抓好产业发展，抓好产业发展，带动群众增收。",
        "副镇长强调，要继续做好秸秆禁烧，做好秸秆禁烧，守护好蓝天。",
        "会议要求，各部门要认真落实安全责任，落实安全责任，确保不出事故。",
        "他说，我们要进一步提升服务质量，提升服务质量，让群众满意。",
        "局长指出，必须切实加强队伍建设，加强队伍建设，打造过硬团队。",
        "区长表示，要全力推进项目建设，推进项目建设，形成更多实物工作量。",
        "校长说，学校将继续深化课堂改革，深化课堂改革，提高教学质量。",
        "县委书记要求，要扎实做好防汛准备，做好防汛准备，保障群众安全。",
        "专家认为，应当科学开展生态修复，开展生态修复，恢复湿地功能。",
        "主任介绍，中心将不断优化办事流程，优化办事流程，缩短办理时间。",
        "市长强调，要持续改善营商环境，改善营商环境，吸引更多投资。",
        "厂长表示，工厂将加快设备更新，加快设备更新，提升产能。",
    )),
    Row("run of bracketed page furniture", "DUP007", ("last-line", "paragraph", "append"), (
        "【关闭窗口】【关闭窗口】【关闭窗口】【关闭窗口】",
        "【打印本页】【打印本页】【打印本页】",
        "【返回顶部】【返回顶部】【返回顶部】",
        "[关闭] [关闭] [关闭]",
        "【分享】【分享】【分享】【分享】",
        "【收藏】【收藏】【收藏】",
        "【纠错】【纠错】【纠错】",
        "［打印］［打印］［打印］",
        "【字号：大 中 小】【字号：大 中 小】【字号：大 中 小】",
        "〔返回列表〕〔返回列表〕〔返回列表〕",
        "[上一篇][上一篇][上一篇]",
        "【推荐给朋友】【推荐给朋友】【推荐给朋友】",
    )),
    Row("repeat across a stray line break", "DUP005", ("paragraph",), (
        "今年以来，全县累计新建农村公益性公墓17处。\n今年以来，全县累计新建农村公益性公墓17处。同时，县里在各\n乡镇设立殡葬服务站。",
        "乡里新建垃圾中转站两座。\n乡里新建垃圾中转站两座。另外，乡里还为各\n村配备了保洁员。",
        "全区新增停车位3200个。\n全区新增停车位3200个。此外，区里还在主要\n商圈设置了临时停车点。",
        "截至目前，已发放补贴资金860万元。\n截至目前，已发放补贴资金860万元。下一步，县里将继续\n做好资金监管。",
        "该校今年招收新生420人。\n该校今年招收新生420人。学校还新开设了\n人工智能课程。",
        "项目总投资约2.3亿元。\n项目总投资约2.3亿元。建成后，预计每年可\n处理污水500万吨。",
        "全镇共培育家庭农场35家。\n全镇共培育家庭农场35家。镇里还组织农户\n外出学习种植技术。",
        "活动现场签约项目12个。\n活动现场签约项目12个。签约金额合计\n达到18亿元。",
        "景区国庆期间接待游客8万人次。\n景区国庆期间接待游客8万人次。为保障安全，景区\n增派了安保人员。",
        "医院新增床位200张。\n医院新增床位200张。与此同时，医院还\n引进了一批专科医生。",
        "全市完成植树造林1.2万亩。\n全市完成植树造林1.2万亩。林业部门还对新造林地\n开展了病虫害监测。",
        "村里建成光伏电站一座。\n村里建成光伏电站一座。电站每年可为\n村集体增收6万元。",
    )),
)


def held_out(corpus: Path, prefixes: tuple[str, ...]) -> list[Path]:
    return sorted(p for p in corpus.glob("*.txt")
                  if p.name.startswith(prefixes) and re.search(r"[6-9]\.txt$", p.name))


def plant(text: str, planted: str, placement: str, where: float) -> tuple[str, int, int] | None:
    """The article with `planted` inserted, and the span of the planted text; None when the
    article has too few body paragraphs for the placement."""
    lines = text.split("\n")
    body = [i for i, line in enumerate(lines) if i > 0 and line.endswith("。") and len(line) > 30]
    if not body:
        return None
    if placement == "lede":
        index = 1                               # a new first paragraph right after the headline
        lines.insert(index, planted)
    elif placement == "last-line":
        lines.append(planted)
        index = len(lines) - 1
    else:
        index = body[min(int(where * len(body)), len(body) - 1)]
        if placement == "append":
            prefix = "\n".join(lines[:index] + [lines[index]])
            new = prefix + planted + "\n" + "\n".join(lines[index + 1:])
            start = len(prefix)
            return new.rstrip("\n") if not lines[index + 1:] else new, start, start + len(planted)
        index += 1
        lines.insert(index, planted)
    start = len("\n".join(lines[:index])) + (1 if index else 0)
    return "\n".join(lines), start, start + len(planted)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--positions", type=int, default=3, help="articles (and positions) per wording and script")
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"corpus not found at {args.corpus}; nothing to measure")
        return 0
    import opencc

    to_traditional: Callable[[str], str] = opencc.OpenCC("s2tw").convert
    articles = {"simplified": held_out(args.corpus, ("xwlb_",)),
                "traditional": held_out(args.corpus, ("tainan_", "twpres_"))}
    rules = select_rules(load_rules(), sorted({row.rule for row in ROWS}), [])
    by_id = {rule.id: rule for rule in rules}
    rng = random.Random(args.seed)
    worst = 1.0
    for row in ROWS:
        found = planted = 0
        missed: list[str] = []
        for wording in row.wordings:
            for script in ("simplified", "traditional"):
                text_to_plant = wording if script == "simplified" else to_traditional(wording)
                for k in range(args.positions):
                    placement = row.placements[k % len(row.placements)]
                    for _ in range(20):             # an article with body paragraphs to plant into
                        path = rng.choice(articles[script])
                        result = plant(path.read_text("utf-8"), text_to_plant, placement, (k + 0.5) / args.positions)
                        if result is not None:
                            break
                    else:
                        continue
                    text, start, end = result
                    doc = Document(path.name, text, settings={"script": "auto"})
                    hits = [d for d in check_document(doc, [by_id[row.rule]]).diagnostics
                            if d.start < end and d.end > start]
                    planted += 1
                    if hits:
                        found += 1
                    else:
                        missed.append(f"{script}/{placement}/{path.name}: {text_to_plant!r}")
        recall = found / max(planted, 1)
        worst = min(worst, recall)
        print(f"{row.rule} {row.name}: {found}/{planted} = {recall:.0%} ({len(row.wordings)} wordings)")
        for line in missed[:5]:
            print(f"    missed {line}")
    print(f"lowest row recall: {worst:.0%} (target ≥ 90%)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
