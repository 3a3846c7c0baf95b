"""Mis-decoded spans ("mojibake") inside otherwise good text, and what they said before.

A span is damage of kind K (bytes written in encoding R, read back with encoding W) when
encoding it with W and decoding the bytes with R succeeds and gives text that is much more
plausible Chinese than the span itself (`plausibility.py`). A character list alone never decides.

Cost: each kind has a compiled prefilter for the characters its damage always contains (a
UTF-8 lead byte read as GBK gives a rare level-2 character; GBK or UTF-8 read as Latin-1 gives
Latin-1 letters). Clean Chinese text almost never matches, so it costs one regex scan per kind;
the round trip runs only where a prefilter matched.

Used as `doc.shared(mojibake_spans)`.
"""
from __future__ import annotations

import codecs
import functools
import re
from dataclasses import dataclass

from ..resources import common_hanzi, kept
from . import plausibility as P

LOST = "□"   # shown in a probable original where bytes were lost


# Compared by identity (there is one object per kind): `kind in ONE_FOR_ONE` runs per candidate,
# and a generated field-by-field __eq__ cost more than the rest of a quick rejection.
@dataclass(frozen=True, eq=False)
class Kind:
    """A way of garbling text: written in one codec, read with another."""
    name: str       # e.g. "utf8-as-gbk"
    written: str    # the codec the text was written in
    read: str       # the codec it was wrongly read with


UTF8_AS_GBK = Kind("utf8-as-gbk", "utf-8", "gb18030")
GBK_AS_LATIN1 = Kind("gbk-as-latin1", "gbk", "cp1252")
UTF8_AS_LATIN1 = Kind("utf8-as-latin1", "utf-8", "cp1252")
BIG5_AS_GBK = Kind("big5-as-gbk", "cp950", "gb18030")
GBK_AS_BIG5 = Kind("gbk-as-big5", "gbk", "cp950")
KINDS = (UTF8_AS_GBK, GBK_AS_LATIN1, UTF8_AS_LATIN1, BIG5_AS_GBK, GBK_AS_BIG5)
# Big5 and GBK both use two bytes per Han character, so one read as the other changes the text
# character for character, and a character the reader cannot map (U+FFFD) stands for exactly one
# lost character: the round trip can step over it.
ONE_FOR_ONE = (BIG5_AS_GBK, GBK_AS_BIG5)


@dataclass(frozen=True)
class Mojibake:
    """A run of garbled text, the way it was garbled, and the probable original."""
    start: int
    end: int
    kind: Kind
    original: str    # the probable original text (LOST marks lost characters)
    exact: bool      # the whole span round-trips cleanly: `original` is exactly what was written
    evidence: float = 0.0   # how much more plausible the decoding is (sum of score gains)
    sure_edges: bool = True  # both ends are characters only damage produces


# --- the wrong decoders, as character -> bytes tables -----------------------------------------

# Windows-1252 as browsers implement it (WHATWG): the five bytes cp1252 leaves undefined map to
# the C1 control characters of the same value, so every byte has a character. Latin-1 (ISO
# 8859-1) reads 0x80-0x9F as C1 controls too, so the table takes every C1 control back to its
# byte as well: one table undoes both readings.
@kept       # stored: building it imports the cp1252 codec
def _cp1252_bytes() -> dict[str, bytes]:
    table = {chr(byte): bytes([byte]) for byte in range(0x80, 0x100)}
    for byte in range(0x80, 0xA0):
        raw = bytes([byte])
        try:
            table[raw.decode("cp1252")] = raw
        except UnicodeDecodeError:
            pass
    return table


def cp1252_decode(data: bytes) -> str:
    """Decode bytes as Windows-1252 the way browsers do (undefined bytes become C1 controls)."""
    return "".join(chr(b) if b < 0x80 else _cp1252_chars()[b] for b in data)


@functools.cache
def _cp1252_chars() -> dict[int, str]:
    chars = {}
    for byte in range(0x80, 0x100):
        try:
            chars[byte] = bytes([byte]).decode("cp1252")
        except UnicodeDecodeError:
            chars[byte] = chr(byte)
    return chars


@functools.cache
def _encoder(codec: str):
    if codec == "cp1252":
        table = _cp1252_bytes()
        return lambda ch: ch.encode() if ch < "\x80" else table.get(ch)

    @functools.lru_cache(maxsize=8192)
    def encode(ch: str):
        try:
            raw = ch.encode(codec)
        except UnicodeEncodeError:
            return None
        return raw if len(raw) <= 2 else None   # GB18030's four-byte forms never come from damage
    return encode


# --- prefilters -----------------------------------------------------------------------------------

@kept       # building it imports the GB18030 codec and decodes 1,300 pairs: ~2 ms of a one-file check
def _gbk_lead_chars() -> frozenset[str]:
    """Characters whose GBK bytes are a UTF-8 lead byte (E0-F4) and a continuation byte."""
    # Every such byte pair is one two-byte GB18030 character, so a single decode gives them all
    # (a pair that did not decode would raise here, not go missing).
    pairs = bytes(byte for lead in range(0xE0, 0xF5) for trail in range(0x80, 0xC0)
                  for byte in (lead, trail))
    return frozenset(pairs.decode("gb18030"))


@functools.cache
def _common_chars() -> frozenset[str]:
    """Frequent Han characters and common punctuation (all non-ASCII): the characters the
    plausibility table scores, read without building the table (a clean document never
    needs it)."""
    return frozenset("".join(common_hanzi().values())) | frozenset(P.CJK_PUNCTUATION)


@functools.cache
def _latin_class() -> str:
    # every character from U+0080 to U+00FF, and cp1252's signs (€, “, —, ...): written as one
    # range and 27 characters, which `re` parses far faster than 155 characters
    signs = sorted(ch for ch in _cp1252_bytes() if ch > "\xff")
    return "[\\x80-\\xff%s]" % "".join(signs)


@functools.cache
def prefilters() -> dict[str, re.Pattern]:
    latin = _latin_class()
    return {
        # GBK or UTF-8 read as Latin-1/cp1252: two or more Latin-1 letters or signs in a row.
        # Two or more within a few ASCII characters (a GBK trail byte may be ASCII: `Å_` is 臺).
        "latin": re.compile(r"%s(?:[\x20-\x7e]{0,2}%s)+" % (latin, latin)),
        "latin1": re.compile(latin),
    }


@kept       # stored: reading the frequency lists and making two sets of 4,000 characters was ~2 ms of every check
def _kept() -> frozenset[str]:
    """Non-ASCII characters no damage alphabet starts from: frequent Han characters and common
    punctuation (`_rare_pairs` picks the others for the Big5/GBK look), less the GBK lead
    characters of UTF-8 read as GBK (`_gbk_lead_chars`; a few of them are common)."""
    return _common_chars() - _gbk_lead_chars()


@kept       # stored with _kept: together they answer for _common_chars on every candidate
def _common_lead_chars() -> frozenset[str]:
    """The GBK lead characters that are common characters too: a candidate (a character not in
    `_kept`) is common exactly when it is one of these."""
    return _common_chars() & _gbk_lead_chars()


@functools.cache
def _candidate_class() -> re.Pattern:
    """Every character a damage alphabet starts from, in one class so that one scan finds them
    all (a class of 4,000 characters costs ~3 ms to compile: only long documents need it). Every
    character left out is non-ASCII, so none needs escaping inside the class."""
    return re.compile("[^\\x00-\\x7f%s]" % "".join(sorted(_kept())))


# A process that checks a few short documents finds their candidates from each document's own
# distinct characters (a set difference, then str.find for the few characters left) instead of
# compiling the 4,000-character class; one that checks many compiles the class once and scans.
_SHORT = 50_000
_BEFORE_COMPILING = 16
_short_documents = 0


def _candidate_matches(text: str) -> list[tuple[int, str]]:
    """(offset, character) of every candidate character, in text order."""
    global _short_documents
    if len(text) >= _SHORT or _short_documents >= _BEFORE_COMPILING:
        return [(m.start(), m.group()) for m in _candidate_class().finditer(text)]
    _short_documents += 1
    if text.isascii():
        return []
    found = []
    for ch in {ch for ch in set(text) if ch > "\x7f"} - _kept():
        at = text.find(ch)
        while at >= 0:
            found.append((at, ch))
            at = text.find(ch, at + 1)
    found.sort()
    return found


def _candidates(text: str, filters) -> tuple[list[int], list[int]]:
    """(starts for UTF-8 read as GBK: the GBK lead characters where `_may_find` does not rule
    a finding out; starts for the Big5/GBK look)."""
    # a candidate is not in _kept (common less the lead characters): it is common when it is a
    # common lead character
    gbk_lead, common_lead, may_find = _gbk_lead_chars(), _common_lead_chars(), _may_find(UTF8_AS_GBK)
    gbk_starts, rare = [], []
    for start, ch in _candidate_matches(text):
        if ch in gbk_lead and _may_start(may_find, text, start):
            gbk_starts.append(start)
        if ch not in common_lead:
            rare.append(start)
    return gbk_starts, _rare_pairs(text, rare) if len(rare) > 1 else []


def _rare_pairs(text: str, rare: list[int]) -> list[int]:
    """Big5 and GBK read as each other: the characters change one for one into others, many of
    them rare characters, symbols and kana; two of them close together start a look (a swapped
    run must hold two, MIN_SIGNS_ONE_FOR_ONE). Given the rare characters' positions, the starts
    that `re.finditer(rare [^\\n]{0,6} rare)` would give: a rare character with another one at most
    seven characters on within its line; the next look begins after the farthest such partner."""
    starts = []
    after = 0
    for index, start in enumerate(rare):
        if start < after:
            continue
        partner = None
        for k in range(index + 1, len(rare)):
            if rare[k] - start > 7 or "\n" in text[start + 1:rare[k]]:
                break
            partner = rare[k]
        if partner is not None:
            starts.append(start)
            after = partner + 1
    return starts


# --- the round trip ------------------------------------------------------------------------------

def _units(text: str, start: int, limit: int, kind: Kind):
    """Aligned pieces from `start`: (span start, span end, decoded) where the bytes of the span
    decode cleanly and completely; stops at the first character or byte that does not.
    Also returns the unaligned remainder (end, decoded so far) before the stop."""
    encode = _encoder(kind.read)
    decoder = _decoder_class(kind.written)("strict")
    units: list[tuple[int, int, str]] = []
    unit_start = start
    pieces: list[str] = []
    k = start
    while k < limit:
        ch = text[k]
        if ch in "\r\n":
            break
        raw = None
        if ch == "\ufffd" or ch == "\u20ac" and kind is UTF8_AS_GBK:
            following = text[k + 1] if k + 1 < limit else "\n"
            if kind is UTF8_AS_GBK and following >= "\x80" and following != "\ufffd" \
                    and _continues(decoder, text[k + 1:min(limit, k + 3)], encode):
                # A GBK reader shows a lone 0x80 as U+FFFD (browsers: as €); 0x80 is the only
                # UTF-8 byte it cannot read when the next byte is not ASCII, so it is exact
                # as long as the damage goes on after it.
                raw = b"\x80"
            elif ch == "\ufffd" and (kind in ONE_FOR_ONE and not pieces or kind not in ONE_FOR_ONE):
                # a lost character (Big5/GBK: one U+FFFD per character) or lost byte(s): the
                # unit holds what is pending and the U+FFFD, and the decoding starts afresh
                k += 1
                units.append((unit_start, k, "".join(pieces) + "\ufffd"))
                unit_start, pieces = k, []
                decoder.reset()
                continue
        if raw is None:
            raw = encode(ch)
        if raw is None:
            break
        try:
            out = decoder.decode(raw)
        except UnicodeDecodeError:
            break
        pieces.append(out)
        k += 1
        if not decoder.getstate()[0]:
            units.append((unit_start, k, "".join(pieces)))
            unit_start, pieces = k, []
    return units, (k, "".join(pieces))


@functools.cache
def _decoder_class(codec: str):
    return codecs.getincrementaldecoder(codec)


WINDOW = 4   # characters `_may_find` looks at


@functools.cache
def _may_find(kind: Kind):
    """For a round trip that is not Big5/GBK, a cached test of a window of text: can a start at
    its first character give a finding? A finding decodes to at least MIN_CJK characters of
    U+3000 and above, and `_units` decodes from the start only until the bytes stop being valid
    (or a character has no bytes in the wrong codec, or the line ends). When that happens inside
    the window with fewer of them decoded, nothing can be found: the usual case, since the
    characters that start a look are mostly real ones (於, 項, 隊 in traditional copy; —— and ”“
    for Latin-1), and the same windows come again and again. The decoding is `_units`' own,
    character by character; a U+FFFD (or € for UTF-8 read as GBK) is read specially by
    `_units`, so the window is left to it."""
    encode = _encoder(kind.read)
    decoder_class = _decoder_class(kind.written)

    @functools.lru_cache(maxsize=1 << 16)
    def may_find(window: str) -> bool:
        decoder = decoder_class("strict")
        decoded = []
        for ch in window:
            if ch == "\ufffd" or ch == "\u20ac" and kind is UTF8_AS_GBK:
                return True
            raw = None if ch in "\r\n" else encode(ch)
            if raw is None:
                break
            try:
                decoded.append(decoder.decode(raw))
            except UnicodeDecodeError:
                break
        else:
            return True   # still decoding at the end of the window: the round trip decides
        return sum(1 for piece in decoded for ch in piece if ch >= "\u3000" and ch != "\ufffd") >= MIN_CJK
    return may_find


def _may_start(may_find, text: str, start: int) -> bool:
    # Two characters first: when the decoding stops within them the longer window says the
    # same, and pairs repeat far more often than windows (the cache answers most of them).
    return may_find(text[start:start + 2]) and may_find(text[start:start + WINDOW])


def _continues(decoder, following: str, encode) -> bool:
    """Would the decoding go on cleanly through `following` after a 0x80 byte?"""
    state = decoder.getstate()
    try:
        out = decoder.decode(b"\x80")
        for ch in following:
            raw = encode(ch)
            if raw is None:
                return False
            out += decoder.decode(raw)
        return all(P.fits_chinese_text(ch) for ch in out)
    except UnicodeDecodeError:
        return False
    finally:
        decoder.setstate(state)


# Evidence thresholds (measured with bench/enc_recall.py on corpus text; see the notes).
MIN_CJK = 2          # decoded characters that are Han or CJK punctuation
MIN_MEAN = -8.5      # decoded text must read like Chinese: mean character score at least this
MARGIN = 3.0         # and beat the span as it stands by this much per character
# Big5/GBK swaps change every character into another real character, so they need more: three
# characters, and a decoding that reads like ordinary copy rather than a random common character.
MIN_CJK_ONE_FOR_ONE = 4
MIN_MEAN_ONE_FOR_ONE = -7.0
MARGIN_ONE_FOR_ONE = 2.0
MIN_SIGNS_ONE_FOR_ONE = 2     # rare characters, kana, symbols or U+FFFD the swapped run must hold


def _neutral(text: str, unit) -> bool:
    start, end, decoded = unit
    return decoded == "\ufffd" or text[start:end] == decoded


EDGE_GAIN = 3.0


def _weak(text: str, unit) -> bool:
    start, end, decoded = unit
    piece = text[start:end]
    if "\ufffd" in decoded or piece == decoded:
        return False
    if any(P.char_score(ch) <= P.RARE_HAN for ch in decoded if ch >= "\x80"):
        return True   # a rare character at an edge: likely a misaligned neighbour (`\xa0ü` -> 狘)
    if any(ch >= "\x80" and P.char_score(ch) <= P.RARE_HAN for ch in piece):
        return False
    return P.score(decoded)[0] - P.score(piece)[0] < EDGE_GAIN


def _signed(text: str, unit) -> bool:
    """Does the span part of this unit hold a character that only damage produces in Chinese
    copy? Rare Han characters and accented letters do not count: real names have them."""
    return any(_damage_only(ch) for ch in text[unit[0]:unit[1]])


def _damage_only(ch: str) -> bool:
    return (P.is_broken(ch) or "\u3040" <= ch <= "\u312f"      # kana, bopomofo
            or "\u0370" <= ch <= "\u04ff" or "\u2500" <= ch <= "\u257f"   # Greek, Cyrillic, box
            or "\ufe30" <= ch <= "\ufe6f")                      # vertical and small forms


def _plain_punctuation(text: str, unit) -> bool:
    piece = text[unit[0]:unit[1]]
    return all(ch in P.CJK_PUNCTUATION or "\u2010" <= ch <= "\u2027" for ch in piece)


def _judge(text: str, units: list[tuple[int, int, str]], one_for_one: bool = False):
    """Split units into runs whose decoding fits Chinese copy, keep the best-scoring stretch of
    each run (the decoded text gains most over the span), and return the accepted ones as
    (start, end, decoded)."""
    accepted = []
    run: list[tuple[int, int, str]] = []
    min_cjk = MIN_CJK_ONE_FOR_ONE if one_for_one else MIN_CJK

    def close():
        if not run:
            return
        # Kadane: the stretch where decoding gains most; ASCII units gain nothing either way
        best, best_range, current, begin = 0.0, None, 0.0, 0
        for index, (start, end, decoded) in enumerate(run):
            gain = P.score(decoded.replace("\ufffd", ""))[0] \
                - P.score(text[start:end].replace("\ufffd", ""))[0]
            if current <= 0:
                current, begin = gain, index
            else:
                current += gain
            if current > best:
                best, best_range = current, (begin, index)
        if best_range:
            # lost pieces (U+FFFD) next to the stretch are part of the same damage; so is ASCII
            # between them, which is the same in every reading
            first, last = best_range
            k = first
            while k > 0 and _neutral(text, run[k - 1]):
                k -= 1
                if run[k][2] == "\ufffd":
                    first = k
            k = last
            while k + 1 < len(run) and _neutral(text, run[k + 1]):
                k += 1
                if run[k][2] == "\ufffd":
                    last = k
            # punctuation that is right as it stands at either edge is not part of the damage
            while first < last and _plain_punctuation(text, run[first]):
                first += 1
            while last > first and _plain_punctuation(text, run[last]):
                last -= 1
            # a common character at an edge that gains little is more likely a real neighbour
            # than damage (路 next to UTF-8 damage reads as `·`): leave it out. For Big5/GBK
            # swaps this cannot be told apart (習 -> 策 is damage, 撤 -> 雪 a neighbour), so the
            # edges stay and the repair is unsafe unless both edges are clearly damaged.
            if not one_for_one:
                while first < last and _weak(text, run[first]):
                    first += 1
                while last > first and _weak(text, run[last]):
                    last -= 1
            best_range = first, last
        chosen = run[best_range[0]:best_range[1] + 1] if best_range else []
        run.clear()
        if not chosen:
            return
        start, end = chosen[0][0], chosen[-1][1]
        decoded = "".join(u[2] for u in chosen)
        d_total, d_count = P.score(decoded.replace("\ufffd", ""))
        m_total, m_count = P.score(text[start:end].replace("\ufffd", ""))
        cjk = sum(1 for ch in decoded if ch >= "\u3000" and ch != "\ufffd")
        wide = [ch for ch in text[start:end] if ch >= "\x80"]
        if one_for_one:
            if sum(1 for ch in wide if P.is_han(ch) or P.is_broken(ch)) * 3 < len(wide):
                return   # a run of kana, Greek, Cyrillic or symbols is foreign text, not swapped Han
            if sum(1 for ch in wide if P.char_score(ch) <= P.RARE_HAN) < MIN_SIGNS_ONE_FOR_ONE:
                return   # one rare character among common ones is a name or a term (醇单丁醚)
        min_mean = MIN_MEAN_ONE_FOR_ONE if one_for_one else MIN_MEAN
        if one_for_one and cjk >= min_cjk - 1:
            cjk += decoded.count("\ufffd")   # a lost character was a character of the span too
        if cjk >= min_cjk and d_count and m_count:
            d_mean, m_mean = d_total / d_count, m_total / m_count
            if d_mean >= min_mean and m_mean <= d_mean - (MARGIN_ONE_FOR_ONE if one_for_one else MARGIN):
                accepted.append((start, end, decoded, d_total - m_total,
                                 _signed(text, chosen[0]) and _signed(text, chosen[-1])))

    for unit in units:
        if all(ch == "\ufffd" or P.fits_chinese_text(ch) for ch in unit[2]):
            run.append(unit)
        else:
            close()
    close()
    return accepted


def _scan_kind(text: str, kind: Kind, starts) -> list[Mojibake]:
    found: list[Mojibake] = []
    may_find = None if kind in ONE_FOR_ONE else _may_find(kind)
    pos = 0
    for s in starts:
        if s < pos:
            continue
        if may_find and not _may_start(may_find, text, s) \
                and not (kind is GBK_AS_LATIN1 and _may_start(may_find, text, s + 1)):
            pos = s + 1   # (GBK read as Latin-1 is also tried one character on, below)
            continue
        limit = text.find("\n", s)
        limit = len(text) if limit < 0 else limit
        units, (tail_end, tail) = _units(text, s, min(limit, s + 4000), kind)
        accepted = _judge(text, units, kind in ONE_FOR_ONE)
        if kind is GBK_AS_LATIN1 and s + 1 < limit:
            # two Latin-1 characters per GBK character: a stray sign before the damage (a
            # no-break space) shifts the pairs by one; keep the alignment with more evidence
            other_units, other_tail = _units(text, s + 1, min(limit, s + 4001), kind)
            other = _judge(text, other_units, False)
            if sum(a[3] for a in other) > sum(a[3] for a in accepted):
                units, (tail_end, tail), accepted = other_units, other_tail, other
        if accepted:
            for start, end, decoded, gain, sure in accepted:
                exact = "\ufffd" not in decoded
                found.append(Mojibake(start, end, kind, decoded.replace("\ufffd", LOST), exact, gain,
                                      sure or kind not in ONE_FOR_ONE))
            if units and accepted[-1][1] == units[-1][1] and tail_end > units[-1][1] \
                    and all(P.fits_chinese_text(ch) for ch in tail) \
                    and _broken_after(text, tail_end, _encoder(kind.read)):
                # the span ends in half a character: keep what decoded, the rest is lost
                last = found.pop()
                found.append(Mojibake(last.start, tail_end, kind, last.original + tail + LOST, False,
                                      last.evidence, last.sure_edges))
                accepted[-1] = (last.start, tail_end, "", 0, False)
            pos = accepted[-1][1]
        elif kind in ONE_FOR_ONE and units:
            # characters map one for one, so a later start inside these units could only find
            # a part of what was just judged
            pos = units[-1][1]
        else:
            pos = s + 1
    return found


def _broken_after(text: str, k: int, encode) -> bool:
    """The damage goes on at k: a replacement character, or a character of the damage
    alphabet that no longer decodes (it holds the rest of a character)."""
    return k < len(text) and (text[k] == "\ufffd" or text[k] >= "\x80" and encode(text[k]) is not None
                              and P.char_score(text[k]) <= P.RARE_HAN) or k == len(text) or text[k] in "\r\n"


def _back(text: str, k: int, kind: Kind, reach: int = 8) -> int:
    """Step back from k over characters that swap back to a character (the damage may begin
    with characters that look common), at most `reach`, never past a line break."""
    start = k
    while start > 0 and k - start < reach and _swaps(text[start - 1], kind):
        start -= 1
    return start


@functools.lru_cache(maxsize=16384)
def _swaps(ch: str, kind: Kind) -> bool:
    raw = _encoder(kind.read)(ch)
    if raw is None or len(raw) != 2:
        return False
    try:
        raw.decode(kind.written)
    except UnicodeDecodeError:
        return False
    return True


def _latin_starts(text: str, filters):
    # GBK and UTF-8 lead bytes are >= 0x81 / 0xC2; a run may start after a stray sign, so
    # every Latin-1 character of a cluster is a possible start
    single = filters["latin1"]
    for match in filters["latin"].finditer(text):
        for sign in single.finditer(text, match.start(), match.end()):
            yield sign.start()


def _attach_damaged_edges(text: str, spans: list[Mojibake]) -> list[Mojibake]:
    """Absorb what the round trip could not decode next to a span (a lone byte shown as U+FFFD,
    a character holding half of the next original character) and merge spans of one kind that
    only such debris separates: one finding per damaged place."""
    result: list[Mojibake] = []
    for span in spans:
        start, end, original, exact = span.start, span.end, span.original, span.exact
        encode = _encoder(span.kind.read)
        # trailing debris: up to two characters of the damage alphabet (half of the next
        # original character) and the replacement characters a lone byte became
        k = end
        while k < len(text) and k - end < 2 and text[k] >= "\x80" and text[k] != "\ufffd" \
                and encode(text[k]) is not None and P.char_score(text[k]) <= P.RARE_HAN:
            k += 1
        j = k
        while j < len(text) and text[j] == "\ufffd":
            j += 1
        if j > end:
            end, exact = j, False
            if not original.endswith(LOST):
                original += LOST
        # leading replacement characters belong to the same damage
        k = start
        while k > 0 and text[k - 1] == "\ufffd":
            k -= 1
        if k < start:
            start, original, exact = k, LOST + original, False
        evidence = span.evidence
        if result and result[-1].kind is span.kind and _debris(text[result[-1].end:start]):
            prev = result.pop()
            gap = text[prev.end:start]
            middle = "".join(ch if ch.isascii() else LOST for ch in gap)
            exact = prev.exact and exact and middle == gap
            start, original = prev.start, prev.original + middle + original
            evidence += prev.evidence
            sure = prev.sure_edges and span.sure_edges
        else:
            sure = span.sure_edges
        result.append(Mojibake(start, end, span.kind, original, exact, evidence, sure))
    return result


def _debris(gap: str) -> bool:
    """Could this gap between two spans of one kind be part of the same damage?"""
    return len(gap) <= 4 and all(ch == "\ufffd" or ch.isascii() and ch not in "\r\n"
                                 or P.char_score(ch) <= P.RARE_HAN for ch in gap)


def mojibake_spans(doc) -> list[Mojibake]:
    """Every mis-decoded span in the document, in text order, non-overlapping."""
    text = doc.text
    filters = prefilters()
    spans: list[Mojibake] = []
    gbk_starts, rare = _candidates(text, filters)
    if gbk_starts:
        spans += _attach_damaged_edges(text, _scan_kind(text, UTF8_AS_GBK, gbk_starts))
    if filters["latin"].search(text):
        for kind in (UTF8_AS_LATIN1, GBK_AS_LATIN1):
            found = _scan_kind(text, kind, _latin_starts(text, filters))
            spans += _attach_damaged_edges(text, found)
    if rare:
        for kind in ONE_FOR_ONE:
            starts = [_back(text, s, kind) for s in rare]
            spans += _attach_damaged_edges(text, _scan_kind(text, kind, starts))
    # Where two readings claim the same characters, the one with more evidence wins.
    chosen: list[Mojibake] = []
    for span in sorted(spans, key=lambda s: -s.evidence):
        if not any(other.start < span.end and span.start < other.end for other in chosen):
            chosen.append(span)
    return sorted(chosen, key=lambda s: s.start)
