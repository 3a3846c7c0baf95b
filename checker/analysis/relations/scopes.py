"""The scope a part's words name (全县, 全省, 全院) against the whole's: a part is of the whole's scope,
so a figure whose words open with a wider one is a wider whole's, no part (relations/parts.py).

    该县粮食总产量32万吨。其中，全省粮食总产量为680万吨      (a wider scope: no part)
    …，其中重症监护床位60张，全院编制床位达到2500张          (the whole place after the first part)
    该县共有示范家庭农场210家，其中全国示范家庭农场12家      (a title given by a scope: a part)
"""
from __future__ import annotations

from .common import words_start
from .vocabulary import WORDS, rx

# a whole scope named at the head of a part (全省, 全县): a part is of the whole's scope, so a scope
# above every place the whole's words name makes the figure a wider whole's (该县粮食总产量32万吨。
# 其中，全省粮食总产量为680万吨; 这个镇…，其中全县…), no part. Not 全 inside a word (安全村, 健全),
# and not a title given by that scope (全国文明村镇, 全省重点项目: num_words.txt, designations and
# honour-titles), which names some of the whole's own things
_SCOPES = {"国": 5, "國": 5, "省": 4, "市": 3, "县": 2, "縣": 2, "区": 2, "區": 2, "镇": 1, "鎮": 1, "乡": 1, "鄉": 1, "村": 0}
_WHOLE_SCOPE = r"(?<![安完健齐齊保周])全(国|國|省|市|县|縣|区|區|镇|鎮|乡|鄉|村)"
# what ends the name of a place within a city or county (鼓楼区, 東區, 城关镇, 中山街道): places side by
# side, each one of its own (relations/running.py)
PLACE_ENDS = "区|區|县|縣|镇|鎮|乡|鄉|街道|社区|社區"
# a whole scope at the head of a clause, after at most a time before it (全院…, 年末全市…)
SCOPE_AT_HEAD = r"[\u3400-\u9fff]{0,4}?(?<![安完健齐齊保周])全(?:国|國|省|市|县|縣|区|區|镇|鎮|乡|鄉|村|院|校|厂|廠)"
# (the places the whole's words name as its scope: 全县, 我市, 本区, 该镇, 这个村; not 区 in 跨区域 or 片区)
_SCOPE_NAMED = r"(?:[全我本该該]|这个|這個)(省|市|县|縣|区|區|镇|鎮|乡|鄉|村)"
# the scope a figure's words name, a whole place (全市, 本县, 这个镇): what accrual.py and average.py
# ask of two figures they would join
_SCOPE_SAID = r"全[市县縣区區省国國镇鎮乡鄉村]|[本我][省市县縣区區镇鎮]|这个[镇鎮县縣区區市村]|這個[鎮縣區市村]"


def scopes_apart(words: str, other: str) -> bool:
    """Both words name a whole place as their scope, and no place of one is of the other (全市…,
    全省总里程): figures of two places. A place is named by its level, however it is pointed at:
    本縣 and 全縣 in one county's release are one county."""
    here, there = _levels(words), _levels(other)
    return bool(here) and bool(there) and not here & there


# the level of a place, one script (本縣, 全县 and 这个县 all name the county)
_LEVEL_OF = str.maketrans("縣區國鎮鄉", "县区国镇乡")


def _levels(words: str) -> set[str]:
    return {m[-1].translate(_LEVEL_OF) for m in rx(_SCOPE_SAID).findall(words)}


_TITLES = "|".join(w for section in ("designations", "honour-titles") for line in WORDS[section] for w in line.split())


def item_start(text: str, start: int, end: int) -> int:
    """Where the item of a 、 list that ends at `end` begins, in the clause from `start`."""
    return words_start(text, end, "、和及与與", start)


def wider_scope(text: str, start: int, end: int, whole_said: str) -> bool:
    """The part opens with a whole scope (全省) above every place the whole's words name (县, 镇),
    and not as the giver of a title (全省示范村)."""
    m = rx(_WHOLE_SCOPE).search(text, start, end)
    if m is None or m.group(1) in whole_said or rx(_TITLES).search(text, m.end(), end):
        return False
    named = [_SCOPES[found.group(1)] for found in rx(_SCOPE_NAMED).finditer(whole_said)]
    return bool(named) and max(named) < _SCOPES[m.group(1)]
