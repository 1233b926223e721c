"""Vetoes: named rules that say a number is not a figure (private).

Each veto looks at a :class:`Candidate` (the text, where its number starts and ends, and, after
the unit is read, the unit and measure word) and returns a short detail when it rejects it, or
None. ``BEFORE_UNIT`` run on the number alone; ``AFTER_UNIT`` once the unit is known. The id of
the veto that rejected a number is kept (``analysis.engine.explain``).

>>> c = Candidate("开展一张网行动", 2, 3, "一")
>>> veto_before_unit(c)
('veto.idiom', '一张网')
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from . import vocab as V
from .dates.vocabulary import BOUNDED_DEED_REACH, BOUNDED_DEEDS
from ._chars import HAN
from .numerals import CHINESE_NUMERAL_CHARS

__all__ = ["Candidate", "EARLY", "ALL", "first_veto", "early_veto", "veto_before_unit", "veto_after_unit"]


@dataclass(slots=True)
class Candidate:
    s: str
    pos: int  # start of the number
    end: int  # end of the number (before any unit)
    core: str  # the number as written
    unit: str | None = None
    mw: str | None = None
    unit_end: int = 0
    value: object = None


Veto = Callable[[Candidate], "str | None"]
_IDIOM_PAIR = re.compile(rf"[一二两三四五六七八九十百千万][{HAN}][一二两三四五六七八九十百千万][{HAN}]")
_NUMERAL_CHARS = CHINESE_NUMERAL_CHARS
#: A web address: a marker and then only address characters (printable ASCII) up to the number,
#: so Han text after an address (…html破获12起) or a unit like km/h ends it.
_URL_BEFORE = re.compile(r"(?:https?://|www\.|\.html?|\.s?html|[a-z]/)[!-~]*$", re.I)
_CLAUSE_MARK = re.compile("[，。；！？!?\n：、（）()]")
#: 等 and a noun right before N类 (套路贷等涉黑涉恶犯罪五类): the kinds were listed before.
_LISTED_BEFORE = re.compile(f"等[{HAN}]{{1,10}}$")
#: The first item of a list right after N类 and a stop (可以分为两类。第一类是…, 分为三类，一是…).
_LIST_OPENS = re.compile(rf"[。，,；;]\s*(?:{'|'.join(V.LIST_FIRST_ITEM)})")


def ordinal(c: Candidate) -> str | None:
    return "第 before the number" if c.s.endswith("第", 0, c.pos) else None


def _numeral_positions(words: tuple[str, ...]) -> dict[str, tuple[tuple[int, tuple[str, ...]], ...]]:
    """For each numeral character, the words holding it grouped by where (统一: 一 at 1)."""
    out: dict[str, dict[int, list[str]]] = {}
    for word in words:
        for i, ch in enumerate(word):
            if ch in CHINESE_NUMERAL_CHARS:
                out.setdefault(ch, {}).setdefault(i, []).append(word)
    return {ch: tuple((i, tuple(ws)) for i, ws in by.items()) for ch, by in out.items()}


_IN_WORDS = _numeral_positions(V.NOT_A_NUMBER)


def numeral_in_word(c: Candidate) -> str | None:
    for i, words in _IN_WORDS.get(c.s[c.pos:c.pos + 1], ()):
        if c.pos >= i and c.s.startswith(words, c.pos - i):
            word = next(w for w in words if c.s.startswith(w, c.pos - i))
            if not (word.endswith("分") and c.s.startswith("之", c.pos - i + len(word))):
                return word  # 十分 "very", but 十分之三 is a fraction
    return None


def idiom(c: Candidate) -> str | None:
    s, start = c.s, c.pos
    if c.core.isascii():
        return None
    found = next((i for i in V.IDIOMS if s.startswith(i, start)), None) \
        if s.startswith(V.IDIOMS, start) else None
    if found or s.endswith("新", 0, start) and s.startswith("一轮", start):
        return found or "新一轮"
    a0 = max(0, start - 2)
    for m in _IDIOM_PAIR.finditer(s[a0:start + 4]):
        a = a0 + m.start()
        word = m.group(0)
        if a <= start < a + 4 and word[1] not in _NUMERAL_CHARS and word[3] not in _NUMERAL_CHARS \
                and not "0" <= s[a + 4:a + 5] <= "9" and not _remainder_place(word) \
                and not word.startswith(V.DAY_TRIGGERS):  # 一连四日: four days in a row, no idiom
            return word
    return None


def _remainder_place(word: str) -> bool:
    """十余万元, 千余万元, 百多万人 (a numeral, 余/多 and a big place), 五元三毛, 十块三角 (an amount and
    its 角), 六个百分点, 七成一涉及 (a share and its tenths): numbers, not a four-character idiom."""
    return word[1] in V.REMAINDER_WORDS and word[2] in V.BIG_PLACES \
        or word[1] in ("元", "块") and word[3] in V.SUB_YUAN or word[1:] == "个百分" \
        or word[1] == "成" and word[2] in V.CHENG_TENTHS and word[3] in V.CHENG_SHARE_BEFORE


def rate_base(c: Candidate) -> str | None:
    """每十万人命案发生数为0.46起, mg乙醇/100ml血液: the number after 每 or a slash is the base of a
    rate, not a figure."""
    if not c.s.endswith(V.RATE_BASE_BEFORE, 0, c.pos) or c.s[c.pos - 1] in "/／" and c.s[c.pos - 2:c.pos - 1].isascii():
        return None  # a slash after a letter or a digit: a path or a date, not a rate
    return "the base of a rate (每十万人, /100ml)"


def no_leading_digit(c: Candidate) -> str | None:
    if c.core[0] not in "百千佰仟" or "分之" in c.core or c.s.startswith(("余", "多", "分之"), c.end):
        return None
    if c.s.endswith(V.DAY_TRIGGERS + ("近", "约", "逾", "达"), 0, c.pos):
        return None
    return f"{c.core[0]} with no number before it"


def _may_follow_url(s: str, pos: int) -> bool:
    """The cheap test for :func:`url`: a ``/`` or ``www`` in the 60 characters before."""
    lo = max(0, pos - 60)
    return s.find("/", lo, pos) >= 0 or s.find("www", lo, pos) >= 0


def url(c: Candidate) -> str | None:
    if not _may_follow_url(c.s, c.pos):
        return None
    before = c.s[max(0, c.pos - 60):c.pos]
    return "inside a URL" if _URL_BEFORE.search(before) else None


_MODEL_BEFORE = re.compile(r"(?<![A-Za-z$])([A-Za-z]{1,10})[ \-]?$")


def _after_latin_name(s: str, pos: int) -> bool:
    """The cheap test for :func:`model_name`: a Latin letter right before, or one space before."""
    return pos > 0 and (s[pos - 1].isascii() and s[pos - 1].isalpha()
                        or s[pos - 1] in " -" and pos > 1 and s[pos - 2].isascii() and s[pos - 2].isalpha())


def model_name(c: Candidate) -> str | None:
    """VOS 3000, G20, PM2.5: a number inside a name written in Latin letters (not after a
    currency code: RMB 3000元, HK$3000)."""
    if not _after_latin_name(c.s, c.pos):
        return None
    m = _MODEL_BEFORE.search(c.s, max(0, c.pos - 12), c.pos)
    if m is None or m[1].upper() in V.CURRENCY_CODES:
        return None
    return f"part of the name {m[1]}{c.s[m.end(1):c.end]}"


def hotline(c: Candidate) -> str | None:
    before = c.s[max(0, c.pos - 6):c.pos]
    if before.endswith(V.HOTLINE_WORDS) and c.core.isascii() and len(c.core) >= 3 \
            and not c.s.startswith(V.COUNT_AFTER_HOTLINE, c.end):
        return "a phone number"
    return None


#: A count and its classifier right before a number (10位 in 10位165人员).
_COUNT_BEFORE = re.compile(rf"[0-9０-９{CHINESE_NUMERAL_CHARS}][{''.join(V.NAME_BEFORE_NOUN_CLASSIFIERS)}]$")


def name_before_noun(c: Candidate) -> str | None:
    """10位165人员: a number between a count's classifier and the noun it counts is part of that
    noun (the staff of the 165 line), not a count of its own."""
    if c.mw != "人" or not c.s.startswith(V.NAME_BEFORE_NOUN_AFTER, c.unit_end):
        return None
    if _COUNT_BEFORE.search(c.s, max(0, c.pos - 2), c.pos) is None:
        return None
    return "a number naming the noun counted before it (N位165人员)"


def named_set(c: Candidate) -> str | None:
    if c.mw != "个" or c.core.isascii():
        return None
    after = c.s[c.unit_end:c.unit_end + 1]
    if after and (after.isdigit() or after in "“‘\""):
        return "a named set (四个100%)"
    return None


def together(c: Candidate) -> str | None:
    """勾结业者一起犯案: 一起 = together, unless a case noun follows in its clause or a results verb
    takes it as its object (破获一起非法收购…案件: the adverb never follows its verb)."""
    if c.core != "一" or c.mw != "起" or _RESULT_VERB_RIGHT_BEFORE.search(c.s, max(0, c.pos - 6), c.pos):
        return None
    clause = c.s[c.unit_end:c.unit_end + 16]
    stop = _CLAUSE_MARK.search(clause)
    clause = clause[:stop.start()] if stop else clause
    for verb in V.CASE_VERBS:
        clause = clause.replace(verb, "")
    return None if any(n in clause for n in V.CASE_NOUNS) else "一起 = together"


_ARTICLE_CLASSIFIERS = V.ARTICLE_CLASSIFIERS + V.ARTICLE_CLASSIFIERS_MORE
_CLAUSE_BEFORE = re.compile("[，。；！？,;!?\n：:]")
_RESULT_VERB_RIGHT_BEFORE = re.compile(f"(?:{'|'.join(V.RESULT_VERBS)})了?$")
#: A count before a comma (5名，一名在逃): the 一 after it is an item of a list, not the article.
_COUNT_BEFORE_COMMA = re.compile(f"[0-9{''.join(V.DIGITS)}十百千万亿][^\\W\\d]{{1,2}}[，,]$")


def article(c: Candidate) -> str | None:
    """一家商店, 打响了一场攻坚战, 在一间网吧内: 一 + classifier + noun is the article "a", unless it is
    the result of a results verb in its clause (破获一起, 抓获了一名, 查处一家) or counted in a list."""
    if c.core != "一" or c.mw not in _ARTICLE_CLASSIFIERS:
        return None
    before = c.s[max(0, c.pos - 3):c.pos]
    if re.search("[0-9、和及共各仅只达有获]$|[零一二两三四五六七八九十百]$", before) \
            or _COUNT_BEFORE_COMMA.search(c.s, max(0, c.pos - 5), c.pos):
        return None
    after = c.s[c.unit_end:c.unit_end + 1]
    if c.s.endswith("的", 0, c.pos) and after and after not in "，。；、,;":
        return "的 + 一 + classifier + noun: the article (效果最好的一次标志性战例)"
    if not after or after in "，。；、,;" or _after_result_verb(c.s, c.pos):
        return None
    return "一 + classifier as the article"


def _after_result_verb(s: str, pos: int) -> bool:
    """A results verb (破获, 抓获, 查处 …) in the clause before ``pos``."""
    start = max(0, pos - 24)
    stops = [m.end() for m in _CLAUSE_BEFORE.finditer(s, start, pos)]
    clause = s[stops[-1] if stops else start:pos]
    return any(verb in clause for verb in V.RESULT_VERBS)


def list_name(c: Candidate) -> str | None:
    """打击三类犯罪：…, 分为4类：, 等5類案件, 七类主要毒品7.5吨: N类/种 naming kinds whose list is
    written before (等) or after (：), or whose items are measured by the next number."""
    if c.mw not in ("类", "种", "類", "種"):
        return None
    if c.s.endswith(("等", "以下", "下列", "如下", "以下几"), 0, c.pos) or _LISTED_BEFORE.search(c.s, max(0, c.pos - 12), c.pos):
        return "the kinds are listed before it (等N类, 等涉黑涉恶犯罪五类)"
    clause = c.s[c.unit_end:c.unit_end + 16]
    stop = _CLAUSE_MARK.search(clause)
    if stop and clause[stop.start()] in "：:（(":
        return "the list of kinds follows (N类：, N类案件(…))"
    if _LIST_OPENS.match(c.s, c.unit_end):
        return "the list of kinds follows, item by item (分为两类。第一类…)"
    head = clause[:stop.start()] if stop else clause
    if re.search("[0-9零一二两三四五六七八九十]", head):
        return "the kinds are measured by the number that follows"
    return None


def year_number(c: Candidate) -> str | None:
    if c.unit == "year" and c.core.isascii() and len(c.core) == 4 and 1900 <= (c.value or 0) <= 2100:
        return "a year written as a number"
    return None


def decade(c: Candidate) -> str | None:
    """九十年代, 80年代: a decade, not a number of years."""
    return "N年代 = a decade" if c.unit == "year" and c.s.startswith("代", c.unit_end) else None


def round_the_clock(c: Candidate) -> str | None:
    if c.unit == "hour" and c.value == 24 and not c.s.endswith(("在", "用时", "仅用", "为期", "历时"), 0, c.pos) \
            and not _before_a_bounded_deed(c.s, c.unit_end):
        return "24小时 = round the clock"
    return None


def _before_a_bounded_deed(s: str, at: int) -> bool:
    """24小时跨省追击, 24小时破案: a verb of a deed with an end follows within a few characters of
    the same clause."""
    ahead = _CLAUSE_REST.match(s, at, at + BOUNDED_DEED_REACH + max(map(len, BOUNDED_DEEDS))).group(0)
    return any(0 <= ahead.find(w) <= BOUNDED_DEED_REACH for w in BOUNDED_DEEDS)


_CLAUSE_REST = re.compile("[^，,。；;：:！？!?\n]*")


def seconds_of_minutes(c: Candidate) -> str | None:
    """3分钟半20秒: seconds after minutes that were not read with them are part of a longer length,
    not a length of their own (3分20秒 is read whole, :func:`.dates.durations.minutes_and_seconds`)."""
    before = c.s[max(0, c.pos - 3):c.pos]
    return "the seconds of a length in minutes" if c.unit == "second" and re.search(r"分[钟鐘半]*$", before) else None


def weekday(c: Candidate) -> str | None:
    return "a weekday" if c.unit == "week" and c.s.endswith(("周", "星期"), 0, c.pos) else None


def anniversary(c: Candidate) -> str | None:
    """新中国成立75周年: an anniversary, not 75 weeks."""
    return "N周年 = an anniversary" if c.unit == "week" and c.s.startswith("年", c.unit_end) else None


def rank_top(c: Candidate) -> str | None:
    """排名前十名, 位列前3名, 前5名依序為: a rank, not a count of people."""
    if c.mw != "名" or not c.s.endswith("前", 0, c.pos):
        return None
    if c.s.endswith(tuple(w + "前" for w in V.RANK_WORDS), 0, c.pos):
        return "前N名 after 排名: a rank"
    if c.s.startswith(V.RANK_LIST_AFTER, c.unit_end):
        return "前N名 before the list of its places (依序, 分别): the top N of a list"
    return None


def session(c: Candidate) -> str | None:
    """十四届人大四次会议, 十九届四中全会: the number of a session of a congress, not a count."""
    if c.mw == "次" and c.s.startswith(V.SESSION_NOUNS, c.unit_end) and "届" in c.s[max(0, c.pos - 8):c.pos]:
        return "N届…N次会议: a numbered session"
    return None


_COUNTER_BEFORE = re.compile(f"(?:{'|'.join(V.PAGE_COUNTER_BEFORE)})[：:\\s]+$")


def page_counter(c: Candidate) -> str | None:
    """128人参与 (at the end of a line), 3条评论, 阅读 1234, 浏览次数：56: a page's counter."""
    if c.s.startswith(V.PAGE_COUNTERS, c.unit_end) or c.s.endswith(("评论", "点赞", "阅读", "浏览"), 0, c.pos) \
            or _COUNTER_BEFORE.search(c.s, max(0, c.pos - 8), c.pos):
        return "a page counter (评论, 点赞, 阅读)"
    if c.mw == "人" and c.s.startswith("参与", c.unit_end) and c.s[c.unit_end + 2:c.unit_end + 3] in ("", "\n", " ", "|", "）", ")"):
        return "a page counter (N人参与)"
    return None


def page_navigation(c: Candidate) -> str | None:
    """上一篇, 下一条: a page's link to the article before or after it, not a count."""
    if c.core == "一" and c.mw in ("篇", "条", "页", "则") and c.s.endswith(V.PAGE_NAVIGATION, 0, c.pos):
        return "上一篇/下一篇: a navigation link"
    return None


def one_time(c: Candidate) -> str | None:
    """一次死亡3人, 不是一次就结束: 一次 = in one go."""
    if c.core == "一" and c.mw == "次" and c.s.startswith(("死亡", "伤亡", "性", "就", "便"), c.unit_end):
        return "一次 = in one go"
    return None


def named_list(c: Candidate) -> str | None:
    """交通事故四项指数, 打防管治四条战线: N项/N条 naming a fixed list (the four indices of road
    accidents), not things counted."""
    if c.mw in ("项", "条") and c.s.startswith(V.NAMED_LIST_NOUNS, c.unit_end):
        return f"N{c.mw} naming a fixed list"
    return None


def place_name(c: Candidate) -> str | None:
    """二家河, 三家村: a Chinese digit (never 两, as a count writes two: 两家河沙公司), 家 and a
    character of places make a place name, not a count."""
    if c.mw == "家" and len(c.core) == 1 and c.core in "二三四五六七八九十" and c.s.startswith(V.PLACE_NAME_ENDS, c.unit_end):
        return "N家 + 河/村/…: a place name"
    return None


def law_article(c: Candidate) -> str | None:
    """23条立法 (Hong Kong's Article 23 legislation): the number of a law's article, not a count."""
    if c.mw == "条" and c.s.startswith(V.LAW_ARTICLE_AFTER, c.unit_end):
        return "N条立法: a law's article"
    return None


def aspects(c: Candidate) -> str | None:
    """从三个方面, 三个维度: the parts of an argument, not things counted."""
    if c.mw == "个" and c.s.startswith(V.ASPECT_NOUNS, c.unit_end):
        return "N个 aspects of an argument (方面, 维度)"
    return None


def after_inclusive_mark(s: str, pos: int) -> int:
    """The position after (含) "inclusive" at ``pos`` (1万(含)-5万元, 60岁(含)以上), else ``pos``.

    >>> after_inclusive_mark("1万(含)-5万元", 2), after_inclusive_mark("1万-5万元", 2)
    (5, 2)
    """
    return pos + next((len(w) for w in V.INCLUSIVE_MARKS if s.startswith(w, pos)), 0)


def age_threshold(c: Candidate) -> str | None:
    """未满18周岁, 60岁以上: an age bounding who a rule covers, not a person's age."""
    if c.mw not in V.AGE_WORDS:
        return None
    after = after_inclusive_mark(c.s, c.unit_end)  # 60岁(含)以上
    if c.s.endswith(V.AGE_THRESHOLD_BEFORE, 0, c.pos) or c.s.startswith(V.AGE_THRESHOLD_AFTER, after):
        return "an age threshold (满N岁, N岁以上)"
    return None


#: The vetoes, by the stage they run at and what they can apply to (a number's script, a unit):
#: each is tried only where it can reject, and checks its own condition as well.
EARLY: tuple[tuple[str, Veto], ...] = (
    ("veto.ordinal", ordinal),
    ("veto.rate_base", rate_base),
    ("veto.url", url),
    ("veto.model_name", model_name),
)
BEFORE_UNIT = {
    "arabic": (("veto.hotline", hotline),),
    "chinese": (("veto.numeral_in_word", numeral_in_word), ("veto.no_leading_digit", no_leading_digit),
                ("veto.idiom", idiom)),
}
AFTER_UNIT = {
    "一": (("veto.together", together), ("veto.article", article), ("veto.idiom", one_time),
          ("veto.page_navigation", page_navigation)),
    "count": (("veto.named_set", named_set), ("veto.name_before_noun", name_before_noun), ("veto.list_name", list_name),
              ("veto.page_counter", page_counter), ("veto.age_threshold", age_threshold),
              ("veto.aspects", aspects), ("veto.law_article", law_article), ("veto.named_list", named_list),
              ("veto.rank_top", rank_top), ("veto.place_name", place_name), ("veto.session", session)),
    "year": (("veto.year_number", year_number), ("veto.decade", decade)),
    "hour": (("veto.round_the_clock", round_the_clock),),
    "second": (("veto.seconds_of_minutes", seconds_of_minutes),),
    "week": (("veto.weekday", weekday), ("veto.anniversary", anniversary)),
}
#: Every veto, for the registry and its tests.
ALL = EARLY + tuple(v for group in (*BEFORE_UNIT.values(), *AFTER_UNIT.values()) for v in group)


def first_veto(vetoes: tuple[tuple[str, Veto], ...], c: Candidate) -> tuple[str, str] | None:
    """The id and detail of the first veto that rejects ``c``, or None."""
    for rule, veto in vetoes:
        detail = veto(c)
        if detail:
            return rule, detail
    return None


def early_veto(s: str, pos: int, end: int) -> tuple[str, str] | None:
    """``first_veto(EARLY, …)`` for the number ``s[pos:end]``, with no candidate built where
    none of the early vetoes can apply (no 第 or 每 right before it, no address near)."""
    if not (s.endswith(("第",) + V.RATE_BASE_BEFORE, 0, pos) or _may_follow_url(s, pos) or _after_latin_name(s, pos)):
        return None
    return first_veto(EARLY, Candidate(s, pos, end, s[pos:end]))


def veto_before_unit(c: Candidate) -> tuple[str, str] | None:
    return first_veto(BEFORE_UNIT["arabic" if c.core[0].isascii() else "chinese"], c)


def veto_after_unit(c: Candidate) -> tuple[str, str] | None:
    if c.core == "一":
        found = first_veto(AFTER_UNIT["一"], c)
        if found:
            return found
    return first_veto(AFTER_UNIT.get(c.unit or "", ()), c)
