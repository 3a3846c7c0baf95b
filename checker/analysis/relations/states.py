"""States of one whole: the parts of a whole told apart by how far each has got, not by what it
is (已整改 / 正在整改; 已完工 / 在建; 已完成 / 施工中 / 尚未发包; 另有…正办理; 其余…), said
before the part's figure (已完工19个) or right after it (36处正办理拆除程序).

    排查隐患315处，已整改208处，正在整改147处      done and under way: 208 + 147 = 355 above 315

A thing is in one state at a time, so such parts are added, when the states cannot overlap:

- done (已V) and under way (正在W, 在W, 刻正W, W中) or not yet begun (尚未W, 未W, 待W) are
  apart when V is a verb of finishing (完成, 办结, 竣工 …) or W is V itself (已整改 / 正在整改); 已开
  工 and 正在建设 overlap (what is being built has started);
- under way and not yet begun are apart when the not-yet verb is no verb of finishing (施工中 /
  尚未发包; but 正在施工 / 尚未完工 overlap: what is not finished includes what is under way);
- the rest (其余, 剩余) is apart from every other part.

The sum may then not pass the whole. It must reach it only when the states are all of it: the
rest closes the list, the done and the same verb negated (已完成 / 未完成), or the done and what
is still (尚在, 仍在, 还在) being done (已办结 / 尚在办理). 正在 says only what is under way now:
what has not begun may go unsaid (已完工 / 正在施工 of a plan).
"""
from __future__ import annotations

from ...typenames import NamedTuple
from .vocabulary import rx

# what may open a part's words and names no state (目前已办结, 另有36处, 还有12个)
# (or a time the count is made at: 截至今晚已恢复供电…)
_LEAD = r"^(?:截至目前|目前|现在|現在|至今|迄今|(?:截至|截止)[^已，,]{1,8}(?=已))?[，,]?(?:共有|另有|另外|尚有|还有|還有|也有|有|另|尚(?![在未])|还(?![在未])|還(?![在未]))?"
_DONE = r"(?:均|皆|都)?(?:已经|已經|已)(?P<verb>[\u3400-\u9fff]{1,4})"
# (仍在, 尚在, 还在: still being done, the rest of the whole not done)
_STILL = r"(?:尚在|仍在|还在|還在|仍)"
_UNDER_WAY = r"(?:%s|正在|刻正|正|在)(?P<verb>[\u3400-\u9fff]{1,4})" % _STILL
# (施工中, 辦理中: the verb and 中)
_UNDER_WAY_AFTER = r"(?P<verb>[\u3400-\u9fff]{1,3})中"
_NOT_YET = r"(?:尚未|还未|還未|尚待|未|待)(?P<verb>[\u3400-\u9fff]{1,4})"
_REST = r"(?:其余|其餘|剩余|剩餘|剩下|余下|餘下)的?"
# a verb of finishing: the done state of it leaves nothing being done (or of restoring, the end of
# a repair or a cure: 已恢复供电 / 抢修中, 已康复 / 仍在治疗)
FINISHED = r"[结結完竣毕畢]|成$|恢复|恢復|修复|修復|康复|康復"
# the words of the under way state that open a clause before its figure (，正在整改47处; ，在建43个),
# and that follow a figure (36处正办理): relations/cues.py chooses sentences by them
UNDER_WAY_WORDS = ("正在", "在建", "刻正", "施工中")
UNDER_WAY_AFTER_FIGURE = ("正在", "刻正", "正办理", "正辦理")


class State(NamedTuple):
    kind: str       # done, under way, not yet, rest
    verb: str
    still: bool     # 尚在, 仍在: still being done


def state_of(head: str, tail: str = "") -> State | None:
    """The state a part is in, from the words before its figure in its clause (head: 已完工) or,
    when those name none, right after it (tail: 正办理拆除程序); None when neither names one."""
    bare = rx(_LEAD).sub("", head.strip(" \u3000，,：:；;"))
    if rx(_REST).fullmatch(bare):
        return State("rest", "", False)
    found = _state_in(bare, whole=True)
    if found is None and not bare:
        found = _state_in(tail.lstrip(" \u3000"), whole=False)
    return found


def _state_in(words: str, whole: bool) -> State | None:
    for kind, pattern in (("done", _DONE), ("not yet", _NOT_YET), ("under way", _UNDER_WAY)):
        m = rx(pattern).fullmatch(words) if whole else rx(pattern).match(words)
        if m:
            return State(kind, m.group("verb"), kind == "under way" and rx(_STILL).match(words) is not None)
    # (施工中 before the figure; 9,300戶搶修中 after it, ending the clause)
    m = rx(_UNDER_WAY_AFTER).fullmatch(words if whole else words.rstrip("。！？!?；;，, "))
    if m:
        return State("under way", m.group("verb"), False)
    return None


def _same_verb(a: str, b: str) -> bool:
    return a[:2] == b[:2] if len(a) >= 2 and len(b) >= 2 else a == b


def _finishing(verb: str) -> bool:
    return rx(FINISHED).search(verb[:2]) is not None


def _apart(a: State, b: State) -> bool:
    if "rest" in (a.kind, b.kind):
        return True
    kinds = {a.kind: a, b.kind: b}
    done, under_way, not_yet = kinds.get("done"), kinds.get("under way"), kinds.get("not yet")
    if done and (under_way or not_yet):
        other = under_way or not_yet
        assert other is not None
        return _finishing(done.verb) or _same_verb(done.verb, other.verb)
    if under_way and not_yet:
        return not _finishing(not_yet.verb)
    return False


def states_apart(states: list[State | None]) -> bool | None:
    """Whether parts in these states are apart, each thing in one of them: None when they are
    not (a part in no state, two parts in one state, states that overlap); else True when they
    are all of the whole (their sum must reach it), False when some state may go unsaid."""
    if len(states) < 2 or any(s is None for s in states):
        return None
    known = [s for s in states if s is not None]
    if len({s.kind for s in known}) != len(known):
        return None
    if not all(_apart(a, b) for i, a in enumerate(known) for b in known[i + 1:]):
        return None
    kinds = {s.kind: s for s in known}
    if "rest" in kinds:
        return True
    if len(known) == 2 and "done" in kinds:
        done = kinds["done"]
        if "not yet" in kinds:
            return _same_verb(done.verb, kinds["not yet"].verb) or _finishing(kinds["not yet"].verb)
        return kinds["under way"].still
    return False


def outside_of_whole(whole_words: str, heads: list[str], tails: list[str]) -> bool:
    """A part not yet in the state its whole is counted in (已开工98个 … 尚未开工22个, 其余22个尚未
    开工): it is outside that whole — of the plan before it, say — so the parts are not its."""
    done = None
    for done in rx(r"(?:已经|已經|已)(?P<verb>[\u3400-\u9fff]{2})").finditer(whole_words):
        pass
    if done is None:
        return False
    negated = r"(?:尚未|还未|還未|未|尚待|仍待|待)%s" % done.group("verb")
    return any(rx(negated).search(h) for h in heads) or any(rx(negated).match(t.lstrip(" \u3000的")) for t in tails)

