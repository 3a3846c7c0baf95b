"""Recall of the DUP and DATE rules on the shapes issue 12 found missed, planted into real articles.

    python bench/dup_date_recall.py [--seed 12] [--positions 3]

Every row of the issue's table is planted in at least ten wordings written for this benchmark
(none taken from the corpus), each in simplified script (into xwlb_ articles) and in traditional
script (converted with OpenCC s2tw, into tainan_ and twpres_ articles), at several positions of
held-out articles (file numbers ending 6-9): as a paragraph of its own after a body paragraph, at
the end of one, in the middle of one (after its first sentence), right after the headline (the
lede), or as the last line, as the row requires; the placements rotate with the wording. Each row
holds the issue's shape and further kinds written later (other classifiers, edges and seasons,
quoted speech, other marks, middle items, two clauses repeated together, bare furniture labels).
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
    placements: tuple[str, ...]     # "paragraph", "append", "inside", "lede", "last-line"
    wordings: tuple[str, ...]


ROWS = (
    Row("year glued to a count", "DATE002", ("paragraph", "append", "inside"), (
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
        # other classifiers, positions and evidence (年度, 年以来, 年底 in the same sentence)
        "2024年，全市新增20243家专精特新企业。",
        "据统计，2023年全区共有202356支志愿服务队伍。",
        "2024年，县里有20249名干部下沉到村蹲点。",
        "全县2022年累计建成20223座水厂，年底全部投用。",
        "2024年以来，全省新开工20247条高速公路。",
        "这些村2023年共有20234户搬进了新居。",
        "在2024年的计划中，20246项民生实事已全部完成。",
        "2024年度共评选出202410名优秀乡村教师。",
        "2025年，市里将为20258所学校更换直饮水设备。",
        "2023年底前，全区20239台老旧电梯完成了更新。",
        "2024年，该公司向海外出口了20241200台农机。",
        "全省2022年有202211个县摘掉了贫困帽子。",
    )),
    Row("年 dropped before 底/以来/初/末/前/后 (and 以后/之前/之后/以前)", "DATE003", ("paragraph", "append", "inside"), (
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
        # more edges and surroundings: 以后, 之前, 之后, 以前, and a year that ends a clause
        "2022以后，村里的年轻人陆续回乡创业。",
        "2018之前，这条路还是一条土路。",
        "2020之后，全镇再没有发生森林火灾。",
        "早在2016以前，这里就开始试点垃圾分类。",
        "从2020初开始，村民陆续种上了茶树。",
        "在2019末，该厂已实现扭亏为盈。",
        "2021底前，全县完成了危房改造。",
        "学校计划2025初动工，2026底建成新教学楼。",
        "他说，自2015以来，他一直在山区任教。",
        "到2030前，全市公交车将全部换成新能源车。",
        "2024以後，市府將全面推動智慧路燈。",
        "截至2023底，该县已累计发放贷款9亿元。",
    )),
    Row("season word used as a time", "DATE003", ("paragraph", "append", "inside"), (
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
        # other seasons and festivals, and seasons followed by another season or a noun
        "2024汛期，全县没有发生人员伤亡。",
        "2023秋冬季，全市空气质量明显改善。",
        "2024中秋国庆期间，全市道路交通总体平稳。",
        "2025寒假期间，学校组织了安全教育讲座。",
        "2023春节前后，车站客流明显增加。",
        "2023夏天，这里的游客特别多。",
        "2022冬天全县新增供暖面积10万平方米。",
        "2024清明假期，各陵园实行预约祭扫。",
        "2025元宵各地举办了灯会。",
        "2024端午假期，全市共接待游客35万人次。",
        "2023暑假我们走访了12个村。",
        "2024国庆黄金周全省旅游收入创新高。",
    )),
    Row("sentence repeated back to back (lede, after a prefix, short, quoted, mid-paragraph)", "DUP005", ("lede", "paragraph", "append", "inside"), (
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
        # other marks, a fixed-up comma, quoted speech, and a repeat in mid-paragraph
        "这座桥什么时候能通车呢？这座桥什么时候能通车呢？",
        "比赛实在太精彩了！比赛实在太精彩了！",
        "目前，全镇已建成蔬菜大棚600座。目前全镇已建成蔬菜大棚600座。",
        "他说：“我们一定要把这件好事办好。我们一定要把这件好事办好。”",
        "央视网消息：今天，全国铁路暑运正式启动。今天，全国铁路暑运正式启动。",
        "工程进展顺利。工程进展顺利。目前已完成投资3亿元。",
        "据悉，首批学员已于上周结业。据悉，首批学员已于上周结业。",
        "她表示，会继续关注留守儿童的成长。她表示，会继续关注留守儿童的成长。",
        "记者 李华 报道：新学期，校园里多了一片菜园。新学期，校园里多了一片菜园。",
        "全市共设立便民服务点42个。全市共设立便民服务点42个。",
        "村民们的腰包鼓了起来。村民们的腰包鼓了起来。",
        "展览将持续到本月底。展览将持续到本月底。",
    )),
    Row("list item repeated (last with its predicate, in the middle, after 和/及)", "DUP004", ("paragraph", "append", "inside"), (
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
        # a middle item repeated, the repeat after 和/及, the first item after the clause's lead
        "参加培训的有教师、医生、教师和护士。",
        "市场上苹果、香蕉、橙子和香蕉都有售。",
        "他们为老人送去了米、面、油、面等生活用品。",
        "县里对道路、桥梁、桥梁进行了检修。",
        "展会设有农机、种子、化肥、种子、农药五个展区。",
        "学校开设了书法、绘画、舞蹈及绘画等兴趣班。",
        "志愿者走访了东村、西村、南村、西村和北村。",
        "本次检查覆盖餐馆、超市、学校食堂、超市。",
        "队员们清理了河道、沟渠、河道和池塘里的垃圾。",
        "村里的道路、路灯、路灯、绿化都焕然一新。",
        "活动包括讲座、展览、讲座以及现场咨询。",
        "受表彰的有医生、教师、民警、教师等各行各业的代表。",
    )),
    Row("clause or its tail repeated as the next clause (one or two clauses)", "DUP003", ("paragraph", "append", "inside"), (
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
        # two clauses repeated together, shorter tails, a repeat before a full stop, other leads
        "据了解，该项目总投资5亿元，据了解，该项目总投资5亿元，计划明年投产。",
        "记者从市交通局获悉，记者从市交通局获悉，新线路下月开通。",
        "要加快推进乡村振兴，推进乡村振兴，建设美丽乡村。",
        "我们将坚持问题导向，坚持问题导向，补齐短板。",
        "会议指出，要严格落实防火责任，严格落实防火责任。",
        "各村要抓紧修复水毁道路，修复水毁道路，确保群众出行。",
        "近日，县里召开专题会议，召开专题会议，部署冬季供暖工作。",
        "今年以来，全县加大招商力度，加大招商力度，新签约项目18个。",
        "该校积极开展课后服务，开展课后服务，受到家长好评。",
        "他希望大家珍惜这次机会，珍惜这次机会，学有所成。",
        "镇里组织人员连夜抢修，组织人员连夜抢修，恢复了供电。",
        "下一步，我们将继续优化服务，继续优化服务，让企业少跑腿。",
    )),
    Row("run of page furniture (bracketed or bare, with or without spaces)", "DUP007", ("last-line", "paragraph", "append"), (
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
        # with spaces, mixed brackets and bare labels, at the end of a body line
        "【打印】 【打印】 【打印】",
        "关闭窗口 关闭窗口 关闭窗口",
        "【返回】  【返回】  【返回】  【返回】",
        "〖打印本文〗〖打印本文〗〖打印本文〗",
        "『关闭』『关闭』『关闭』",
        "<返回首页><返回首页><返回首页>",
        "【我要纠错】【我要纠错】【我要纠错】【我要纠错】",
        "【大 中 小】【大 中 小】【大 中 小】",
        "[打印本页] [打印本页] [打印本页]",
        "（关闭）（关闭）（关闭）",
        "【相关链接】【相关链接】【相关链接】",
        "分享到：分享到：分享到：",
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
        # the repeat with other marks, and the broken line in the first copy
        "这条河终于又清了！\n这条河终于又清了！村民们说，要\n好好守护它。",
        "新馆何时开放？\n新馆何时开放？据了解，场馆\n正在做最后的调试。",
        "全县今年完成造林3万亩。\n全县今年完成造林3万亩。县林业局\n还对苗木成活率进行了抽查。",
        "园区新入驻企业15家。\n园区新入驻企业15家。这些企业\n主要从事新材料研发。",
        "全校师生参加了应急演练。\n全校师生参加了应急演练。演练结束后，\n消防员讲解了灭火器的用法。",
        "该县新建了8个村级养老服务站。\n该县新建了8个村级养老服务站。服务站\n为老人提供助餐服务。",
        "两岸的路灯全部换成了节能灯。\n两岸的路灯全部换成了节能灯。改造后，\n每年可节约电费20万元。",
        "比赛吸引了300多名选手参加。\n比赛吸引了300多名选手参加。赛事\n共设12个项目。",
        "这家工厂去年产值突破10亿元。\n这家工厂去年产值突破10亿元。今年，\n工厂计划再上一条生产线。",
        "市民可通过手机预约挂号。\n市民可通过手机预约挂号。医院还在\n门诊大厅设置了自助机。",
        "首批货物已于昨日抵港。\n首批货物已于昨日抵港。第二批货物\n预计下周到达。",
        "全镇新修机耕道18公里。\n全镇新修机耕道18公里。镇里还\n为农户统一购买了农机保险。",
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
    if placement == "inside":
        # in mid-paragraph: after the first sentence of a body paragraph that has more than one
        for index in body[min(int(where * len(body)), len(body) - 1):] + body:
            cut = lines[index].find("。") + 1
            if 0 < cut < len(lines[index]) - 1:
                start = len("\n".join(lines[:index])) + (1 if index else 0) + cut
                lines[index] = lines[index][:cut] + planted + lines[index][cut:]
                return "\n".join(lines), start, start + len(planted)
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
        for number, wording in enumerate(row.wordings):
            for script in ("simplified", "traditional"):
                text_to_plant = wording if script == "simplified" else to_traditional(wording)
                for k in range(args.positions):
                    placement = row.placements[(k + number) % len(row.placements)]
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
        by_wording: dict[str, int] = {}
        for line in missed:
            wording = line.split(": ", 1)[1]
            by_wording[wording] = by_wording.get(wording, 0) + 1
        for wording, count in sorted(by_wording.items(), key=lambda item: -item[1])[:8]:
            print(f"    missed {count}x {wording}")
    print(f"lowest row recall: {worst:.0%} (target ≥ 90%)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
