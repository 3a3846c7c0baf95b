"""A stock, what was added to it (or taken from it), and the stock after: `全县原有农家书屋120个，今年
新建30个，累计达到150个` (120 + 30 = 150); `此前已登记渔船86艘，今年注销12艘，现有74艘` (86 − 12 = 74).

Three amounts of one family in one sentence, in this order and with no other amount of the family
between them: the earlier stock, named so by its words (原有, 已有, 此前, 去年底 …); the change,
named by a verb of adding (新增, 新建, 又, 再 …) or of taking away (注销, 拆除, 减少 …), not a
comparison (比去年多…); and the stock after, named by a word of a stock reached (累计, 总数,
达到, 现有, 剩余 …), not a sum of additions (累计新增: running.py). The earlier stock and the
change make the later stock exactly, within the rounding of each figure.
"""
from __future__ import annotations

import functools
from itertools import pairwise

from ...typenames import TYPE_CHECKING
from ..quantities import Quantity, format_value
from .common import LEVELS, Relation, bounded, counts_as, sentence_holding, shares_noun, words_start
from .cues import cue_sentences
from .interval import Interval, basis
from .periods import changes_fill_the_time
from .scopes import scopes_apart
from .vocabulary import INCLUDES_MORE, MEASURES_OF_A_THING, SUM_OF_ADDITIONS, WORDS, rx

if TYPE_CHECKING:
    from typing import Any

# the words of a stock held before the change (in the figure's clause): 原有, 原为, 原收容 (原 + a
# verb; not 原因, 原则, 原料 …, words of their own), 已有, 此前, 去年底, 截至上月末, 去年已完成 …; the end of an earlier month or week named
# alone (3月底为…, 上月末…, 上周末为…: the stock on that day), a year's end of Taiwan's calendar
# (截至113年底, 至113年底), and a count so far (已累计, 开通以来累计)
EARLIER_STOCK = (r"(?:原有|原为|原為|原来有|原來有|原本有|原(?!因|则|則|料|始|创|創|产|產|生)(?![\u3400-\u9fff]{0,3}[乡鄉镇鎮县縣市区區村])[\u3400-\u9fff]{1,2}|已有|已经有|已經有|此前|之前|先前"
            r"|去年底|去年年底|上年底|上年末|年初|(?:上|(?<![0-9０-９])(?:1[0-2]|0?[1-9])|十[一二]?|[一二三四五六七八九])(?:月|周|週)(?:底|末)|截至(?:去年|上年|上月|[0-9０-９]{3,4}年)|截至[\u3400-\u9fff0-9０-９]{1,8}(?:底|末)|(?:去年|上年|前年)(?:已|共|累计|累計)"
            # (a year's end in Taiwan's ROC years, 至113年底; what was done so far, 已累计, 开通以来累计)
            r"|(?<![截])至[0-9０-９]{3,4}年(?:底|末)|已累计|已累計|以来累计|以來累計"
            # (or a year's end named by its number alone, 2023年底，…为12.46万件: the earlier stock only
            # where the changes and the stock reached follow it, as the caller reads them)
            r"|(?<![0-9０-９])[0-9０-９]{3,4}年(?:底|末))")
# the stock at a thing's start (成立时只有36名队员, 开馆之初): the changes after it are all of them only
# when they say they are all since then (这几年陆续加入…, 此后先后…), not one period's (今年新购…:
# the years between go unsaid)
_AT_START = r"(?:成立|开业|開業|建成|创建|創建|组建|組建|开馆|開館|开园|開園|起步|启动|啟動)(?:时|時|之初)"
_SINCE_THEN = r"陆续|陸續|先后|先後|此后|此後|后来|後來|之后|之後|几年来|幾年來|多年来|多年來|这些年|這些年|历年|歷年"
# what is done by now, before more is (已完工2,315户，本季再有486户…，累计完工…): an earlier stock only
# when the stock after is of that very deed (its verb said again: 累计完工, 建成总数), not of
# another state (已完工36个，今年新开工12个，目前在建20个)
_DONE_BY_NOW = r"已(完工|建成|设置|設置|安装|安裝|开通|開通|投用|登记|登記|登錄|核撥|核拨)"
# a verb adding to the stock (新增, 新建, 新 + a verb: 新通车, 新登记; 又, 再; 净迁入), or taking from it,
# right before the change's figure
# (加入 only right before its figure: 加入省艺术团的有4人 joined another body)
# (又, 再, 新增 … may name what they add, up to the figure: 又新建分布式光伏电站286座, 新招录乡村医生36名;
# not 新 opening an adjective, 新能源装机合计, 新型…, nor a total word after it, nor 新 inside a
# word, 更新车辆: replaced)
# (and the verbs of taking things into a stock: bought, brought in, received, given — 购入, 引进,
# 接收, 受赠, 获赠, 捐赠 received: 接受社会捐赠2.1万册)
_ADDED = (r"(?:(?:新增|增设|增設|又|再|增加了?|净增|淨增|净迁入|淨遷入|迁入|遷入|购入|購入|购置|購置|引进|引進"
          r"|接收|受赠|受贈|获赠|獲贈|接受[\u3400-\u9fff]{0,4}(?:捐赠|捐贈)|收购|收購"
          # (what flows into a stock of goods, water or money: 入库稻谷, 進帳水量, 募得善款)
          r"|入库|入庫|进账|進帳|进帐|流入|募得|募集"
          # (what is bought or moved into it: 採購新書, 调入, 纳入低保)
          r"|采购|採購|购买|購買|调入|調入|转入|轉入|纳入|納入)[\u3400-\u9fff]{0,10}"
          r"|(?<![更创創重革刷翻])新(?!能源|型|兴|興|冠|材料|时代|時代|农村|農村|生代)[\u3400-\u9fff]{1,2}"
          r"(?:(?!合计|合計|共计|共計|总|總|的)[\u3400-\u9fff]){0,6}|加入了?"
          # (or a clause adding an amount to the ones before: 今年又新建18家，连同即将开放的5家，届时…)
          r"|(?:再)?(?:加上|连同|連同)[\u3400-\u9fff]{0,8})$")
# a loss the copy names without its figure, anywhere after the earlier stock (期间也有人离开, 部分
# 老团员已退休): the additions alone are not the change
LOST = (r"离开|離開|离队|離隊|退出|退休|流失|调离|調離|去世|病逝|注销|註銷|关闭|關閉|停业|停業|歇业|歇業|倒闭|倒閉"
        r"|淘汰|迁出|遷出|撤销|撤銷|拆除|报废|報廢|减少|減少|剔除|扣除"
        # (a place or a rule done away with: 新闢18處、廢止6處)
        r"|废止|廢止|撤并|撤併|裁撤"
        # (a place merged with another: the stock after counts more than the changes said)
        r"|合并|合併"
        # (a place or a service that stopped working: 因租約到期停止營運)
        r"|停止(?:营运|營運|运营|運營|营业|營業|服务|服務|运作|運作|使用)|关停|關停|停办|停辦|停用")
# such a verb right after a change's figure says what it did, whatever the words before it
# (此后又有6人退出: 又 before the figure, yet 6 left)
_TAKEN_AFTER = r"\s?(?:名|人|位|个|個|家|户|戶)?(?:%s)" % LOST
# a target for a later date, not the stock the change makes (今年计划再建3万个，到2025年底总数达到8万个:
# the years between build too); a plan of the same period still adds up (本月再发放…，累计将达…)
PLANNED = r"目标|目標|力争|力爭|预计|預計|(?<![截止])(?:到|至)[0-9０-９]{4}年"
# the stock after broken down with what is new in it (目前收容1,300隻，其中新收容540隻): the changes
# before it are not all of them
_NEW_INSIDE = r"\s?[，,]\s?其中[^，,。；;]{0,4}新"
_TAKEN = (r"(?:注销|註銷|拆除|减少|減少|退出|关闭|關閉|淘汰|迁出|遷出|撤销|撤銷|移除|剔除|剔旧|剔舊|下架|送养|送養"
          # (and those that leave a stock of animals or things: claimed, taken away, scrapped)
          r"|认领|認領|离所|離所|调出|調出|报废|報廢|减员|減員|拨出|撥出|调拨出|調撥出"
          r"|售出|出售|净迁出|淨遷出"
          # (what flows out of a stock of goods, water or money: 轮出陈粮, 供應…用水, …支出, 网签销售)
          r"|轮出|輪出|出库|出庫|流出|供应|供應|支出|销售|銷售"
          # (what is cancelled, weeded out or moved out of it: 取消停車格, 汰除書籍, 转出, 清退)
          r"|取消|汰除|撤除|清退|核销|核銷|删除|刪除|移出|划出|劃出|转出|轉出|死亡)了?[\u3400-\u9fff“”「」]{0,12}$")
# the stock reached after it: right before its figure
# (or the level of a stock named as such, at a later time: 至年底库存量为…, 保有量达…)
_AFTER = (r"(?:累计|累計|总数|總數|总量|總量|总计|總計|合计|合計|共计|共計|共有|现有|現有|目前共有|目前有|目前[\u3400-\u9fff]{1,3}"
          r"|(?:年底|年末|月底|月末)[\u3400-\u9fff]{0,6}(?:库存|庫存|存量|保有量|余额|餘額)"
          r"|(?:现在|現在)[\u3400-\u9fff]{0,4}?(?:已有|有|已达|已達|达到|達到)"
          r"|剩余|剩餘|尚有|还有|還有|仍有|还剩|還剩|尚余|尚餘|剩下|尚待|仍待|总[\u3400-\u9fff]{1,4}|總[\u3400-\u9fff]{1,4})"
          r"(?:[\u3400-\u9fff]{0,6}?)(?:达到|達到|达|達|增至|为|為|提升至|提升到|提高到|提高至|升至|上升到|上升至)?$"
          r"|(?:增至|增加到|达到|達到)$"
          # (or the stock the changes will have made by a time named: 届时全市城市书房将达67家)
          r"|(?:届时|屆時)[\u3400-\u9fff]{0,10}(?:达到|達到|达|達|增至)$")
# what is left of a stock (还剩, 剩余, 尚余 …), and what was done to it before (已改造, 已处置 …)
# (or what still waits for the deed: 尚待处理253家, 仍待改造)
_LEFT = r"(?:还剩|還剩|剩余|剩餘|尚余|尚餘|剩下|(?:尚待|仍待|有待)[\u3400-\u9fff]{1,4})[\u3400-\u9fff]{0,6}$"
_DONE = r"已[\u3400-\u9fff]{1,4}$"
# a comparison is none of these (nor a sum of additions: vocabulary.SUM_OF_ADDITIONS)
_COMPARED = r"比|较|較|同比|环比|環比"
# at most this many changes between the earlier stock and the stock after, and how many figures back
# the earlier stock may stand
_CHANGES = 3
_REACH = 12


def accruals(doc: Any) -> list[Relation]:
    relations = []
    text = doc.text
    for sentence in doc.shared(cue_sentences):
        qs = sentence.quantities
        for k in range(len(qs)):   # (the earlier stock, and the changes, may be in the sentence before)
            after = qs[k]
            if not (rx(_AFTER).search(after.lead) or _dated_stock(text, sentence.start, after)) \
                    or rx(SUM_OF_ADDITIONS + "(?![到至])").search(after.lead):
                continue
            family = after.family
            # (what is left after: then what was done is taken from the stock, whatever the verb:
            # 尚有危房1324户，今年已改造1088户，还剩236户)
            left = rx(_LEFT).search(after.lead) is not None
            if family in ("percent", "points") or family in LEVELS or family.startswith(("time-", "age")):
                continue
            if rx(_NEW_INSIDE).match(text, after.end) or rx(PLANNED).search(
                    text, max(sentence.start, qs[k - 1].end if k else sentence.start), after.qual_start):
                continue
            if rx(INCLUDES_MORE).match(text, after.end):
                continue    # (…，总里程达到560公里，含景区绿道160公里: a stock of more than the one before)
            if rx(r"现在|現在").search(after.lead) and (
                    "每" in after.lead or rx(r"\s?[\u3400-\u9fff]{3}").match(text, after.end)):
                continue    # (现在每天有120人在岗, 现在有120户种植蓝莓: those doing something now, or
                #             per day, not the stock)
            # (a bounded look back: a sentence of thousands of figures is read in linear time)
            same = [q for q in qs[max(0, k - _REACH):k] if q.family == family]
            # the changes right before the stock after, each a verb of adding or of taking away, and
            # before them the earlier stock
            changes: list[tuple[Quantity, bool]] = []
            done = 0    # changes read as done only because what is left follows (已改造…)
            for q in reversed(same):
                if rx(_COMPARED).search(q.lead) or rx(EARLIER_STOCK).search(q.lead):
                    break       # (an earlier stock named so is no change: 新区原有常住人口23.5万人)
                if rx(_ADDED).search(q.lead):
                    changes.append((q, False))
                elif rx(_TAKEN).search(q.lead) or _lost_after(text, q):
                    changes.append((q, True))
                elif left and rx(_DONE).search(q.lead):
                    changes.append((q, True))
                    done += 1
                else:
                    break
                if len(changes) > _CHANGES:
                    break
            start = sentence.start
            if not same:
                # (the stock after opens its sentence: the changes, and the earlier stock, are in the
                # sentences before — …已建成充电桩1,260个。今年新建286个。目前，全县充电桩累计达到1,546个。)
                found = _changes_before(doc, sentence.start, after)
                if found is None:
                    continue
                same, changes, start = found
            elif not changes or len(changes) > _CHANGES or len(same) < len(changes):
                continue
            elif len(same) == len(changes):
                # (no stock before the changes in their sentence: the one the sentence before ended with)
                before = _stock_before(doc, sentence.start, after, changes[-1][0])
                if before is None:
                    continue
                same, start = [before[0], *same], before[1]
            if any(not taken and rx(_TAKEN_AFTER).match(text, q.end) for q, taken in changes) \
                    or any(rx(PLANNED).search(q.lead) for q, _ in changes):
                continue    # (…，力争到2025年再建3万个: a target, no change made)
            if left and any(q.family == family for q in qs[k + 1:]):
                continue    # (…，尚待拆除180面，另32面已改善: the stock left out a part of it)
            if done and len(changes) > 1:
                continue    # (已改造1088户，已验收960户，还剩…: one state may be inside the other)
            if left and any(not taken for _, taken in changes):
                continue    # (已累计帮扶3000户，今年新帮扶800户，还剩待帮扶200户: what is left is still
                #             to do, not the stock after an addition)
            changes.reverse()
            earlier = same[-len(changes) - 1]
            if not left and not any(taken for _, taken in changes) and rx(LOST).search(text, earlier.end, sentence.end):
                continue    # (…陆续加入32人，期间也有人离开，现在…: some left, how many unsaid)
            said = _clause_before(text, earlier, start)
            if any(taken and _tally_of_its_deed(said, q) for q, taken in changes):
                continue    # (已累计销售1.8万套，11月销售2,100套，累计…: a tally of sales, which a sale adds to)
            if left and ((done and "已" in said) or rx(_TAKEN).search(said)):
                continue    # (去年已完成500户 / 去年已拆除3万平方米，今年…，还剩…: a deed, not the stock, before)
            if rx(_AT_START).search(said) and not all(
                    rx(_SINCE_THEN).search(text, max(sentence.start, q.qual_start - 16), q.qual_start) for q, _ in changes):
                continue
            by_now = rx(_DONE_BY_NOW).search(said)
            if not (rx(EARLIER_STOCK).search(said) or rx(_AT_START).search(said) or (by_now and by_now.group(1) in after.lead)) \
                    or rx(_COMPARED).search(said) or not all(bounded(q) for q in (earlier, after, *(c for c, _ in changes))):
                continue
            if not stock_of_the_same(text, said, earlier, changes, after):
                continue
            if not changes_fill_the_time(said, [_words_from(text, p.end, q) for p, q in pairwise([earlier, *(c for c, _ in changes)])],
                                         _words_from(text, changes[-1][0].end, after)):
                continue    # (截至3月底…，第二季再新增…，截至9月底总数…: the third quarter's changes unsaid)
            relations.append(accrual_relation(earlier, changes, after))
    return relations


# what says the level a stock is at (为, 达到, 降至 …)
_STOCK_IS = r"(?:为|為|达到|達到|达|達|降至|增至|升至|减至|減至)"


def _dated_stock(text: str, start: int, q: Quantity) -> bool:
    """q is a stock at a date that opens its sentence or its clause (截至年底，全縣床位數為2,380床;
    …，至年底館藏達69.1萬冊): the date said as the end of a period, or now, then the stock's name
    and 为/达, nothing else before q."""
    if rx(r"[\u3400-\u9fff]{1,10}%s$" % _STOCK_IS).search(q.lead) is None:
        return False
    clause = max(start, words_start(text, q.qual_start, "，,；;"))
    dated = rx(r"[\s\u3000「“]*(?:(?:截至|截止|至|到)[\u3400-\u9fff0-9０-９]{0,8}(?:底|末|日|号|號)|(?:截至|截止)?(?:目前|现在|現在)|至此|迄今)[，,]?"
               r"[\u3400-\u9fff]{1,12}%s" % _STOCK_IS)
    return dated.fullmatch(text, start, q.qual_start) is not None \
        or (clause > start and dated.fullmatch(text, clause, q.qual_start) is not None)




def _tally_of_its_deed(said: str, q: Quantity) -> bool:
    """The earlier figure's words name the verb that takes q away (已累计销售… before 11月销售…): the
    earlier figure is a tally of that deed, which q adds to, no stock it leaves."""
    m = rx(_TAKEN).search(q.lead)
    return m is not None and m.group()[:2] in said


def _lost_after(text: str, q: Quantity) -> bool:
    """q, said with no verb before it (另有5處, 有3人), is taken away by a verb of loss later in its
    clause (另有5處因場地租約到期停止營運)."""
    return rx(r"(?<![共现現已拥擁没沒])有$").search(q.lead) is not None and lost_in_its_clause(text, q)


def lost_in_its_clause(text: str, q: Quantity) -> bool:
    """A verb of loss stands after q in its clause (5處因租約到期停止營運): q was taken away
    (to_date.py reads it too)."""
    end = rx(r"[，,；;。！？\n]").search(text, q.end)
    return rx(LOST).search(text, q.end, end.start() if end else len(text)) is not None


# a total naming no thing of its own (总数达到, 累计达, 目前全市共有): it counts what the stock before it did
_TOTAL_ONLY = (r"(?:目前|现在|現在|届时|屆時|[0-9０-９一二两兩三四五六七八九十全前首次当當本今]{0,2}(?:个|個)?(?:年|天|日|周|週|月|季度|季)|截至[\u3400-\u9fff0-9０-９]{1,8}|全[市县縣区區省镇鎮乡鄉村]|本[市县縣区區]|"
               r"累计|累計|总数|總數|总量|總量|共有|现有|現有|已有|共计|共計|一共|总共|總共|共|总计|總計|合计|合計|了|"
               # (the count in a measure word: 总站数, 总户数, 站點數已達)
               r"(?:总|總)?[\u3400-\u9fff]?(?:数|數)(?=(?:已|将|將)?(?:达|達|为|為|增至)|$)|"
               # (what is left of the stock: 目前还剩, 尚待处理)
               r"还剩|還剩|剩余|剩餘|尚余|尚餘|剩下|尚有|还有|還有|仍有|(?:尚待|仍待|有待)[\u3400-\u9fff]{1,4}|将|將|已|达到|達到|达|達|增至|为|為|"
               r"[，,\s])*")
# the extent of a whole thing said as what it is (总长为, 總長約為, 总库容为, 总里程为): a property of
# the whole, the deeds before being done on some of it; or a plan or design of it (规划总长度)
_EXTENT = (r"(?:规划|規劃|设计|設計|计划|計劃)|(?:总|總)[\u3400-\u9fff]{0,4}(?:长|長|长度|長度|里程|面积|面積|库容|庫容|容量|规模|規模)"
           r"(?:约|約)?(?:为|為)$")
# what says the stock after took in more than the changes named (此后持续上升, 去年持续推动)
_MORE_UNSAID = r"持续|持續|陆续|陸續|不断|不斷|此后|此後|期间|期間"
# a place named by its own name before the stock after (老城区, 安南區, 城关镇), not a whole one (全市)
_PLACE_NAMED = r"[\u3400-\u9fff]{1,2}(?<![全本我各])(?:城区|城區|区|區|县|縣|镇|鎮|乡|鄉)(?![村域级級城内內外])"


def stock_of_the_same(text: str, said: str, earlier: Quantity, changes: list[tuple[Quantity, bool]],
                       after: Quantity) -> bool:
    """The stock after counts what the earlier stock counted: it names the earlier's deed again
    (已加装电梯…，累计加装…), or the same things (普惠托位…，普惠托位总数) or nothing of its own (总数达到)
    after a deed that makes them or a stock held; it is in the same place (全市…，全省总里程 is
    another), no plan or extent of the whole (规划总里程为, 大桥总长为), and nothing between says more
    was added unsaid (此后持续上升)."""
    words = after.lead
    if rx(_EXTENT).search(words):
        return False
    if scopes_apart(said, words):
        return False
    if any(place[-3:] not in said for place in rx(_PLACE_NAMED).findall(words)):
        return False    # (…全市已加装电梯312部。…又新增…147部，目前老城区累计加装达160部: a part of the place)
    if "其中" in text[max(0, after.qual_start - 12):after.qual_start]:
        return False    # (…，其中老城区累计加装达286部: a part of the stock, not the stock after)
    if any(not _of_a_change(text, m.start(), changes) for m in rx(_MORE_UNSAID).finditer(text, earlier.end, after.qual_start)):
        return False
    if rx(r"合并|合併|撤并|撤併|并入|併入|划入|劃入").search(text, earlier.end, after.qual_start):
        return False    # (…7月東河鄉與西河鄉合併…，目前全鄉…: the stock after is of a wider place)
    if rx(r"加上|连同|連同|另有|以及").search(text, max(q.end for q, _ in changes), after.qual_start):
        return False    # (…新建公共充电桩8000个，加上居民小区自建的私人充电桩，总量…: more added, its figure unsaid)
    deed = rx(r"(?:已经|已經|已|累计|累計)+([\u3400-\u9fff]{2})[^，,；;。]*$").search(said)
    if deed and deed.group(1) in words:
        return True
    # (a class named before the noun they share, X型, X类, X级, which the earlier stock does not
    # name, is a part of it: 养老床位3,200张 … 护理型床位数量达到1,900张)
    at = next((k for k in range(len(words) - 1) if words[k:k + 2] in said and rx(r"[\u3400-\u9fff]{2}").fullmatch(words[k:k + 2])), 0)
    kind = rx(r"[\u3400-\u9fff]{1,4}[型类類级級]$").search(words[:at])
    if kind and kind.group() not in said:
        return False
    named = rx(_TOTAL_ONLY).sub("", words)
    if deed and rx(r"累计|累計").search(said) and deed.group(1) not in words and rx(MEASURES_OF_A_THING).search(words):
        return False    # (已累计采购粮食52万吨，本月采购8万吨，累计库存量为…: a tally of purchases, and a
        #                stock of the goods or what was used of them, another measure)
    whole = rx(r"总|總").search(words) is not None
    if len(named) < 2 or not (whole or rx(r"[。！？!?]").search(text, earlier.end, after.start)):
        return True     # (3年累計達, 现在一共修了: what the deed before counted; 现在队伍已有: in one
        #                 sentence, a stock naming no whole of its own goes on with its subject)
    tail = rx(r"[，,；;。]").split(said)[-1][-8:]
    if not any(shares_noun(a, b) for a, b in ((named, earlier.noun), (earlier.noun, named), (named, tail), (tail, named))):
        return False
    # (the whole of the things, 总校舍数, after a deed that only works on some of them: another count)
    return not whole or not deed or deed.group(1) in _making()


def _of_a_change(text: str, at: int, changes: list[tuple[Quantity, bool]]) -> bool:
    """The word at `at` (陆续, 持续 …) says how a change named after it in its sentence came about
    (今年陸續啟用…停車場，新增4,820格): it adds nothing unsaid."""
    # (not one of another period than the change's, named between them: 去年持續推動，今年再完成18座)
    return any(q.start > at and not rx(r"[。！？!?；;\n]").search(text, at, q.start)
               and not rx(r"去年|今年|前年|明年|[0-9０-９]{2,4}年|[0-9０-９]{1,2}月|[一二三四1-4]季").search(text, at, q.start)
               for q, _ in changes)


@functools.cache
def _making() -> frozenset[str]:
    return frozenset(w for line in WORDS["making-verbs"] for w in line.split())


def _stock_before(doc: Any, start: int, after: Quantity, first_change: Quantity) -> tuple[Quantity, int] | None:
    """The earlier stock of a stock after (目前累计…达495部) whose sentence holds none before its changes
    (今年1月至8月，又新增加装电梯147部): the last figure counting what it counts in the nearest sentence
    before holding one (common.sentence_holding: 截至去年底，全市已加装电梯312部。; past sentences
    holding none, across at most one paragraph break), naming what the stock after names; with
    where its sentence starts. Its clause must name it an earlier stock (checked by the caller, as within
    one sentence)."""
    text = doc.text
    if not rx(r"又|再|新增|新建").search(first_change.lead) and not rx(_ADDED).search(first_change.lead) \
            and not rx(_TAKEN).search(first_change.lead):
        return None     # (the change says it adds: 今年上半年新增…; 又建成…; 共增加…; or takes away: 轮出…)
    before = sentence_holding(doc, start, after.family)
    same = [q for q in (before.quantities if before else []) if counts_as(text, q, after.family)]
    if before is None or not same:
        return None
    earlier = same[-1]
    named = text[max(before.start, earlier.qual_start - 10):earlier.qual_start] + earlier.noun
    # (what the stock after names, or, where it names nothing of its own (目前累计达到), what the change
    # it ends names: 今年又新建充电桩286个，目前累计达到…)
    naming = after.lead[-10:] + after.noun if len(rx(_TOTAL_ONLY).sub("", after.lead)) >= 2 \
        else first_change.lead[-10:] + first_change.noun
    return (earlier, before.start) if shares_noun(named[-10:], naming) or shares_noun(naming, named[-10:]) else None


def _changes_before(doc: Any, start: int, after: Quantity) -> tuple[list[Quantity], list[tuple[Quantity, bool]], int] | None:
    """The earlier stock and the changes of a stock after that is the first figure of its kind in its
    sentence (目前，全县充电桩累计达到1,546个。): the changes end the sentences before holding a figure
    of its kind (common.sentence_holding), one sentence or several, each figure named by a verb of
    adding or taking away, at most _CHANGES of them; the earlier stock stands before them in the
    first of those sentences or ends the sentence before it (截至去年底，…已建成充电桩1,260个。今年又新建
    286个。; 年初库存…。上半年轮出…。下半年入库…。), the first change then saying it adds or takes away
    (又, 再, 新增, 新建; 轮出). With where the earlier stock's sentence starts; what its clause says is
    checked by the caller."""
    text = doc.text
    changes: list[tuple[Quantity, bool]] = []
    chain: list[Quantity] = []      # the changes read so far, in text order
    at = start
    # (the changes may stand one or more to a sentence, each sentence holding nothing else of the
    # kind: 年初库存3.25万吨。上半年轮出1.1万吨。下半年入库1.68万吨。目前库存共计…)
    while len(changes) <= _CHANGES:
        held = sentence_holding(doc, at, after.family)
        figures = [q for q in (held.quantities if held else []) if counts_as(text, q, after.family)]
        if held is None or not figures:
            return None
        here: list[tuple[Quantity, bool]] = []
        for q in reversed(figures):
            if rx(_COMPARED).search(q.lead) or rx(EARLIER_STOCK).search(q.lead):
                break
            if rx(_ADDED).search(q.lead):
                here.append((q, False))
            elif rx(_TAKEN).search(q.lead):
                here.append((q, True))
            else:
                break
        if not here:
            break
        changes.extend(here)
        chain = [q for q, _ in reversed(here)] + chain
        if len(figures) > len(here):
            if len(changes) > _CHANGES:
                return None
            return [figures[-len(here) - 1], *chain], changes, held.start
        at = held.start
    if not changes or len(changes) > _CHANGES:
        return None     # (the changes last first, as the caller reads them)
    before = _stock_before(doc, at, after, changes[-1][0])
    return ([before[0], *chain], changes, before[1]) if before is not None else None


def _words_from(text: str, end: int, q: Quantity) -> str:
    """The words before q back to `end` (the figure before it) or to its sentence's start."""
    return text[max(end, words_start(text, q.qual_start, "。！？!?\n")):q.qual_start]


def _clause_before(text: str, q: Quantity, start: int) -> str:
    """The words of q's clause before it (截至去年底已建成5G基站: not only its Han lead), and of the
    clauses with no figure before it (截至上月末，全县累计发放…)."""
    # (a clause before with a figure is no part of it, but one naming a date is: 截至112年底，本市…)
    m = rx(r"(?:(?:[^，,；;：:。0-9０-９]|[0-9０-９]{1,4}(?:年|月|日))*[，,])*[^，,；;：:。]*$").search(
        text, max(start, q.qual_start - 60), q.qual_start)
    return m.group() if m else ""


def accrual_relation(earlier: Quantity, changes: list[tuple[Quantity, bool]], after: Quantity) -> Relation:
    """The running total of an earlier figure, its changes (added, or taken when True) and the figure
    after them (to_date.py builds its own with this one)."""
    reached, value, calc = Interval.of(earlier), earlier.value, earlier.shown
    for q, taken in changes:
        reached = reached.minus(Interval.of(q)) if taken else reached + Interval.of(q)
        value = value - q.value if taken else value + q.value
        calc += f" {'−' if taken else '+'} {q.shown}"
    A = Interval.of(after)
    args = {"calc": f"{calc} = {format_value(value, after)}", "range": reached.show(after),
            "basis": basis((earlier, *(q for q, _ in changes))), "stated": after.shown, "stated_range": A.show(after)}
    variant = "accrual" if reached.exact and A.exact else "accrual-rounded"
    return Relation("running-total", reached.meets(A), after.start, after.end, variant, args,
                    (after, earlier, *(q for q, _ in changes)))
