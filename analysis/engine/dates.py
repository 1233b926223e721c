"""Dates, date ranges and clock times, read as EDTF strings.

Values follow the Extended Date/Time Format of the Library of Congress
(https://www.loc.gov/standards/datetime/, specification of 4 February 2019):

- Level 0: a date is ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; a date and time is
  complete to the second (``2001-02-03T09:30:01``, extended format with colons),
  so a written ``15:40`` becomes ``T15:40:00``; an interval is ``start/end`` of
  two dates of any precision (``2004-02-01/2005-02``); time of day is excluded
  from intervals, so a clock-time range is reported as ``hh:mm/hh:mm`` (unit
  ``time_range``), and a time of day alone as ISO 8601 ``hh:mm`` (``hh:mm:ss``
  when seconds are written);
- Level 2 ("unspecified digit anywhere within a component"): a part the text
  does not give and the context cannot supply stays ``X`` (``XXXX-11-16``,
  ``XXXX-XX-20``).

Only real calendar dates come out: ``2月30日``, ``13月``, ``2023年2月29日`` are
vetoed (a year left ``XXXX`` may still be a leap year, so ``2月29日`` is kept).

What the text leaves out comes from a :class:`DateContext` (the document's own
date and the dates read before), each such part flagged: ``relative_year``
(今年/去年/前年/明年/上年/本年, from the document date), ``inferred_year`` (from a
date written earlier in the same sentence or paragraph, or from the document
date), ``inferred_month`` (a day written alone: from the month written before
it, else from the document date). Where the context does not settle a part, it
stays unspecified: never a confident wrong year.

>>> read_date("11月16日上午", 0)
(6, 'XXXX-11-16', 'date')
>>> read_date("9月下旬以来", 0, year=2023)
(4, '2023-09-21/2023-09-30', 'date_range')
>>> read_date("7月18日至27日", 0)
(9, 'XXXX-07-18/XXXX-07-27', 'date_range')
>>> read_date("第25起", 1) is None
True
>>> r = date_at("去年5月", 2, DateContext.of(date="2024-01-15"))
>>> r.value, r.start, r.flags
('2023-05', 0, ('relative_year',))
"""
from __future__ import annotations

import calendar
import datetime as _dt
import re
from bisect import bisect_left
from dataclasses import dataclass, field
from itertools import islice
from typing import Iterator, NamedTuple

from . import vocab as V

__all__ = ["read_date", "read_time", "read_at", "date_at", "time_at", "find_dates", "DateContext", "DateReading",
           "DateStep", "DateVeto", "RULES", "RELATIVE_YEARS", "ANCHOR_YEARS", "BRACKETED_DAY_HEADS", "RELATIVE_MONTHS", "SAME_DAY_WORDS",
           "DAY_PARTS",
           "DATE_NEXT", "TIME_NEXT"]

# --- vocabulary (each entry with where it comes from) ------------------------------------

#: Year words counted from the document's own year (现代汉语词典: 今年, 本年 "this year";
#: 去年, 上年 "last year" — 上年 as in statistical bulletins' 比上年; 前年 "the year before
#: last"; 明年 "next year").
RELATIVE_YEARS = {"今年": 0, "本年": 0, "去年": -1, "上年": -1, "前年": -2, "明年": 1}
#: Year words counted from the last year written in the text (同年/当年 "that same year",
#: 次年/翌年/第二年 "the following year"), Simplified and Traditional.
ANCHOR_YEARS = {"同年": 0, "当年": 0, "當年": 0, "次年": 1, "翌年": 1, "第二年": 1}
#: Parts of the day before a clock time and how a 12-hour reading maps to 24 hours:
#: "pm" adds 12 to 1–11; "night" adds 12 to 6–11 and keeps 0–5 (夜里2时 = 02:00);
#: "noon" adds 12 to 1–5 (中午1时 = 13:00); "am" keeps the hour (凌晨12时 = 00:00).
DAY_PARTS = {"凌晨": "am", "早上": "am", "早晨": "am", "清晨": "am", "上午": "am", "早": "am",
             "中午": "noon", "午间": "noon", "下午": "pm", "午后": "pm", "傍晚": "pm",
             "晚上": "night", "晚间": "night", "晚間": "night", "夜间": "night", "夜間": "night",
             "夜里": "night", "夜裡": "night", "夜晚": "night", "深夜": "night", "晚": "night",
             "夜": "night"}
#: Half-years and quarters of a year: (first month, last month). 季度 as in the National
#: Bureau of Statistics' quarterly releases (一季度 = January–March).
PERIODS = {"上半年": (1, 6), "下半年": (7, 12), "一季度": (1, 3), "二季度": (4, 6),
           "三季度": (7, 9), "四季度": (10, 12), "前两季度": (1, 6), "前二季度": (1, 6),
           "前三季度": (1, 9)}
#: What may follow a day written alone (20日召开, 23日，记者…, 昨日(13日)): punctuation,
#: a part of the day, a dateline, or a verb of the announcement. Anything else (5日内,
#: 3日后) leaves the number to be read as a quantity.
DAY_ALONE_NEXT = ("，", ",", "、", "。", "；", ";", "：", ":", "）", ")", " ", "\u3000",
                  "上午", "下午", "中午", "晚", "凌晨", "早", "傍晚", "夜", "电", "電", "讯", "訊",
                  "起", "至", "到", "以来", "以來", "召开", "召開", "举行", "舉行", "通报", "通報",
                  "发布", "發布", "公布", "介绍", "介紹", "表示", "获悉", "獲悉", "宣布", "透露",
                  "对外", "對外", "向", "从", "從", "在", "称", "稱", "披露", "举办", "舉辦",
                  "开展", "開展", "发出", "發出", "接受")
#: Words before a number that make ``N日`` a length of time or a count, not a day.
DAY_ALONE_NOT_AFTER = ("为期", "為期", "历时", "歷時", "连续", "連續", "用时", "用時", "耗时", "耗時",
                       "持续", "持續", "共", "仅", "僅", "近", "约", "約", "逾", "达", "達", "超",
                       "每", "第", "满", "滿", "前", "后", "後", "多", "数", "數", "几", "幾", "月", "年",
                       "个", "個", "零", "半", "了", "用", "经", "經", "需", "有", "余", "餘")
#: What after N时 makes it a word, not a clock time (第一时间, 一时间, 时期, 时代, 时速 …).
HOUR_NOT_BEFORE = ("间", "間", "期", "代", "候", "速", "效", "限", "段", "刻", "尚", "事", "机", "機")
#: Words before a day alone that name it relative to the document date: 今天(27日).
RELATIVE_DAYS = {"今天": 0, "今日": 0, "昨天": 1, "昨日": 1, "前天": 2, "前日": 2}
#: The same words split around the day in brackets, as Taiwan and Hong Kong newsrooms write the
#: day of the report: 今（25）日 "today (the 25th)", 昨（24）日, 前（23）日 "the day before
#: yesterday". Source: Yahoo News Taiwan, Changhua County police report of 2025-11-25
#: (tests/cases/heldout2-docs.jsonl, 今（二十五）日).
BRACKETED_DAY_HEADS = {"今": 0, "昨": 1, "前": 2}
#: Words for the day of the date written before them, and how many days after it (现代汉语词典:
#: 当日/当天/同日 "that same day", 次日/翌日/第二天 "the next day"); 当 alone before a part of the
#: day (当晚, 当夜). A clock time after one of them is a datetime on that day: 10月3日…，当日19时许.
SAME_DAY_WORDS = {"当日": 0, "当天": 0, "同日": 0, "次日": 1, "翌日": 1, "第二天": 1}

#: The end of a year after it (计划首阶段已于2025年年底完成: Sing Tao, Hong Kong 2026), read as its
#: last day like 7月底 (the 31st): 现代汉语词典 年底 "the end of the year".
YEAR_END_WORDS = ("年底", "年末")

#: Month words counted from the document's own month (现代汉语词典: 本月 "this month", 上月
#: "last month", 下月 "next month"): 警方本月四日对十名…(Oriental Daily, Hong Kong, 2020-09).
RELATIVE_MONTHS = {"上个月": -1, "下个月": 1, "本月": 0, "上月": -1, "下月": 1}
#: How far back a year-less month after the document date may reach into the previous
#: year (a 12月 date in a January briefing is last December): months before the
#: document's month.
PREVIOUS_YEAR_REACH = 3

#: Rule ids of this module, for explanations (``DateStep.rule`` / ``DateVeto.rule``).
RULES = {
    "date.numeric": "a year, month and day in digits with -, . or / (2018.11.23)",
    "date.written": "a date written with 年/月/日 (and 上旬/中旬/下旬/初/底/末)",
    "date.range": "a second date after 至/到/—/-/~ that completes the first into a range",
    "date.range_next_year": "the range ends in an earlier month: it crosses into the next year",
    "date.year_range": "two years joined by 至/到/—/- (2019年至2021年)",
    "date.month_pair": "two adjacent months written together (七八月份, 1-2月)",
    "date.period": "a half-year or quarter of a written, relative or inferred year (今年上半年)",
    "date.day_alone": "a day written without its month (20日召开)",
    "date.relative_day": "今天/昨日(N日) checked against the document date (a mismatch: the date is doubted)",
    "date.bracketed_day": "今（N）日/昨（N）日/前（N）日: the day of the report in brackets",
    "date.relative_month": "本月/上月/下月 N日: the month counted from the document date",
    "date.same_day": "当日/当天/次日 with a clock time: a datetime on the day of the date before it",
    "date.year_end": "年底/年末 after a year: its last day (2025年年底 = 2025-12-31)",
    "date.short_year": "a year of two Chinese digits (一七年 = 2017), its century from the document date",
    "date.roc": "a year of the Republic of China calendar (民國112年 = 2023)",
    "date.relative_year": "今年/去年/前年/明年/上年/本年 from the document date",
    "date.anchor_year": "同年/当年/次年 from the year written before it",
    "date.inferred_year": "the year taken from a date before it or from the document date",
    "date.inferred_month": "the month taken from a date before it or from the document date",
    "date.datetime": "a date followed by a clock time",
    "time.about": "许/左右/上下 after a clock time: about that time",
    "time.clock": "a clock time hh:mm(:ss)",
    "time.hour": "a clock time written N时(N分)(N秒) or N点 after a part of the day",
    "time.day_part": "a part of the day turning a 12-hour reading into 24 hours",
    "time.range": "two clock times joined by 至/到/— (overnight when the end is earlier)",
    "veto.date.invalid": "not a calendar date (2月30日, 13月, 29 February of a common year)",
    "veto.date.url": "a date inside a web address",
    "veto.date.no_year": "a half-year or quarter with no year written nor a document date",
    "veto.date.range_end": "the end of a date range whose start was not a date (20201月至9月)",
    "veto.date.fragment": "the month or day of a date whose year or month was vetoed (2023年2月29日)",
}


class DateStep(NamedTuple):
    """One rule applied while reading a date: rule id, span in the text, detail."""

    rule: str
    start: int
    end: int
    detail: str


class DateVeto(NamedTuple):
    """A date-shaped number that is not a date (the caller must not read it as a quantity)."""

    rule: str
    start: int
    end: int
    detail: str


class DateReading(NamedTuple):
    """A date, date range, datetime, clock time or clock-time range found in the text."""

    start: int
    end: int
    value: str
    unit: str
    flags: tuple[str, ...] = ()
    steps: tuple[DateStep, ...] = ()
    qualifier: str = "exact"


class _Seen(NamedTuple):
    pos: int
    year: int | None
    month: int | None
    day: int | None
    sure: bool  # year written (or derived by a rule that cannot be wrong)


@dataclass
class DateContext:
    """What a document says about the dates it leaves incomplete.

    ``document``: its own date; ``year``: its year when only that is known; ``roc``: it
    counts years from 1912 (a 民國 year is written in it). Dates are noted as they are
    read, in text order, so later dates can take a year or month from them.
    """

    document: _dt.date | None = None
    year: int | None = None
    roc: bool = False
    seen: list[_Seen] = field(default_factory=list)
    #: The text contradicts the document date (昨日(13日) on a page dated the 28th): the page is
    #: not the day it was written, so nothing more is taken from that date.
    doubted: bool = False

    @classmethod
    def of(cls, text: str = "", date: str | None = None, year: int | None = None) -> DateContext:
        """A context for ``text`` dated ``date`` (``YYYY-MM-DD``, or ``YYYY``)."""
        doc = None
        if date:
            try:
                doc = _dt.date.fromisoformat(str(date)[:10])
            except ValueError:
                doc = None
            if doc is None and str(date)[:4].isdigit():
                year = int(str(date)[:4])
        return cls(doc, doc.year if doc else year, _writes_roc_years(text, doc))

    def note(self, pos: int, y: int | None, m: int | None, d: int | None, sure: bool) -> None:
        if self.seen and pos < self.seen[-1].pos:  # out of text order: keep the list sorted
            i = bisect_left([x.pos for x in self.seen], pos)
            self.seen.insert(i, _Seen(pos, y, m, d, sure))
        else:
            self.seen.append(_Seen(pos, y, m, d, sure))

    def before(self, pos: int) -> Iterator[_Seen]:
        """The dates read before ``pos``, nearest first, at most ``_LOOK_BACK`` characters back
        and at most ``_MAX_SEEN`` of them (so a text of many dates is read in linear time)."""
        walked = 0
        for x in reversed(self.seen):
            walked += 1
            if pos - x.pos > _LOOK_BACK or walked > _MAX_SEEN:
                return
            if x.pos < pos:
                yield x


# --- patterns ------------------------------------------------------------------------

_SEP = "|".join(map(re.escape, V.RANGE_MARKS))
_CN1 = "一二三四五六七八九"
_CN_SMALL = rf"[{_CN1}]?十[{_CN1}]?|[〇零{_CN1}两兩]"
_YEAR = rf"(?:19|20)[0-9]{{2}}|[一二][〇零{_CN1}]{{3}}"
_ROC_YEAR = rf"[0-9]{{1,3}}|[{_CN1}]?十[{_CN1}]?|[〇零{_CN1}]{{2,3}}|一百(?:[零〇]?[{_CN1}]|[{_CN1}]?十[{_CN1}]?)?"
_MONTH = rf"1[0-2]|0?[1-9]|十[一二]?|[{_CN1}]"
_DAY = rf"3[01]|[12][0-9]|0?[1-9]|[二三]?十[{_CN1}]?|三十一?|[{_CN1}]"
_PART = "上旬|中旬|下旬|初|底|末"
_ROC_SIGNAL = re.compile(rf"民[國国]\s*(?:{_ROC_YEAR})\s*年")
_ROC_YEAR_WITH_MONTH = re.compile(r"(?<![0-9])(1[0-9]{2}) ?年 ?(?:度|[0-9]{1,2} ?(?:月|至|到|-))")
#: One space before a date's 年/月/日 and before the number after them, as Taiwanese pages
#: write it (114 年 10 月): never a space the date would end with.
_S = r"(?: (?=[0-9]))?"

_POINT = re.compile(rf"(?:(?P<y>{_YEAR}) ?年{_S})?(?:(?P<m>{_MONTH}) ?月份?(?:{_S}(?P<d>{_DAY}) ?[日号號]|(?P<part>{_PART}))?)?")
_ROC_POINT = re.compile(rf"(?P<y>{_ROC_YEAR}) ?年(?:{_S}(?P<m>{_MONTH}) ?月份?(?:{_S}(?P<d>{_DAY}) ?[日号號]|(?P<part>{_PART}))?)?")
_TAIL = re.compile(rf"起?(?:{_SEP})(?:(?P<y>{_YEAR}) ?年|(?P<rel>{'|'.join(RELATIVE_YEARS)}))?(?:(?P<m>{_MONTH})月份?)?(?:(?P<d>{_DAY})[日号號]|(?P<part>{_PART}))?")
_YEAR_RANGE = re.compile(rf"(?P<y1>{_YEAR})年?(?:{_SEP})(?P<y2>{_YEAR})年(?![0-9{_CN1}十]+月)")
_MONTH_RANGE = re.compile(rf"(?P<m1>{_MONTH})(?:{_SEP})(?P<m2>{_MONTH})月份?")
_MONTH_PAIR = re.compile(rf"(?P<pair>十一二|十一十二|九十|[{_CN1}]{{2}})月份?")
_NUMERIC = re.compile(
    r"(?P<y>(?:19|20)[0-9]{2})(?P<sep>[-./])(?P<m>1[0-2]|0?[1-9])(?P=sep)(?P<d>3[01]|[12][0-9]|0?[1-9])"
    r"(?![0-9]|\.[0-9])(?:/?(?:T|\s{1,3})(?P<h>[01]?[0-9]|2[0-3]):(?P<mi>[0-5][0-9])(?::(?P<se>[0-5][0-9]))?)?"
    r"|(?P<d2>3[01]|[12][0-9]|0[1-9])\.(?P<m2>1[0-2]|0[1-9])\.(?P<y2>(?:19|20)[0-9]{2})\s{1,3}"
    r"(?P<h2>[01]?[0-9]|2[0-3]):(?P<mi2>[0-5][0-9])(?::(?P<se2>[0-5][0-9]))?"
    # page timestamps: 2023 11/25 17:19:01; 01-10 15:46:58 (the year from the page's date)
    r"|(?P<y3>(?:19|20)[0-9]{2}) (?P<m3>1[0-2]|0[1-9])/(?P<d3>3[01]|[12][0-9]|0[1-9])\s{1,3}"
    r"(?P<h3>[01][0-9]|2[0-3]):(?P<mi3>[0-5][0-9])(?::(?P<se3>[0-5][0-9]))?"
    r"|(?P<m4>1[0-2]|0[1-9])-(?P<d4>3[01]|[12][0-9]|0[1-9])\s{1,3}"
    r"(?P<h4>[01][0-9]|2[0-3]):(?P<mi4>[0-5][0-9]):(?P<se4>[0-5][0-9])(?![0-9])")
_CLOCK_AFTER = re.compile(r"\s{1,3}(?P<h>[01]?[0-9]|2[0-3]):(?P<mi>[0-5][0-9])(?::(?P<se>[0-5][0-9]))?(?![0-9:])")
_PERIOD = re.compile(rf"(?P<p>上半年|下半年|前[两二三]季度|第?(?P<q>[一二三四1-4])季度"
                     rf"|第(?P<q2>[一二三四1-4])季|(?:首|前(?=[两兩二三1-3]))(?P<fq>[两兩二三1-3]?)季度?"
                     rf"|[首前](?P<n>1[0-2]|[1-9]|十[一二]?|[{_CN1}两兩])[个個]?月)")
#: A number and 月/日 right after a date: a month or day the date patterns could not read (13月, 32日).
_UNREAD_PART = re.compile(r"(?:[0-9]+|[〇零一二三四五六七八九十]+)[月日号號]")
_DAY_ALONE = re.compile(rf"(?P<d>{_DAY})日")
#: A range mark right after a date-like end (…1月至 in 20201月至9月): when the scanner reaches the
#: number after it, the range's start was not read, so the end is not read alone either.
_UNREAD_RANGE_START = re.compile(rf"[0-9{_CN1}〇零十][年月日号號](?:{_SEP})$")
#: A day right after another in a list (13日、14日、15日进行收网): the last is a day whatever follows.
_DAY_LISTED = re.compile(rf"(?:{_DAY})[日号][、和及]$")
_BRACKETED_DAY = re.compile(rf"(?P<d>{_DAY})[）)]日")
_MONTH_DAY = re.compile(rf"(?P<d>{_DAY})[日号號]")
#: 一七年, 九七年: two Chinese digits then 年 (not 年代/年度/年龄/年来/年间, where it is a length).
_SHORT_YEAR = re.compile(rf"(?P<yy>[〇零{_CN1}]{{2}})年(?:(?P<m>{_MONTH})月份?(?:(?P<d>{_DAY})[日号號])?"
                         rf"|(?![代度龄齡来來间間内內级級]))")
#: A short year this far after the document's year is still read in its century (a target:
#: 到二〇年); further on, it is the century before.
_SHORT_YEAR_AHEAD = 2
_HOUR = re.compile(rf"(?P<h>2[0-4]|[01]?[0-9]|{_CN_SMALL})(?P<mark>[时時点點])"
                   rf"(?:(?P<mi>[0-5]?[0-9]|{_CN_SMALL})分(?:(?P<se>[0-5]?[0-9]|{_CN_SMALL})秒)?|(?P<half>半))?")
_CLOCK = re.compile(r"(?P<h>[01]?[0-9]|2[0-3]):(?P<mi>[0-5][0-9])(?::(?P<se>[0-5][0-9]))?(?![0-9:])")
_TIME_TAIL = re.compile(rf"(?:{_SEP})(?P<next>次日|翌日|第二天)?")
_URL_CHARS = re.compile(r"[A-Za-z0-9._~:/?#@!$&'*+,;=%-]*")
_URL_CHARS_BACK = re.compile(r"[A-Za-z0-9._~:/?#@!$&'*+,;=%-]*$")

#: Characters after the first number of a date or a clock time (the caller's cheap check).
DATE_NEXT = frozenset("年月日-./至到—－~～–―季")
TIME_NEXT = frozenset("时時点點:")


# --- numbers -------------------------------------------------------------------------

_CN_DIGIT = V.DIGITS


def _small(text: str | None) -> int | None:
    """1–99 in Arabic or Chinese digits (十二, 二十三, 三十, 7): the patterns above admit no other."""
    if not text:
        return None
    if text.isascii():
        return int(text)
    if "十" in text:
        tens, _, ones = text.partition("十")
        return (_CN_DIGIT[tens] if tens else 1) * 10 + (_CN_DIGIT[ones] if ones else 0)
    if text.startswith("一百"):
        return 100 + (_small(text[2:].lstrip("零〇")) or 0)
    return int("".join(str(_CN_DIGIT[c]) for c in text))


def _edtf(y: int | None, m: int | None = None, d: int | None = None) -> str:
    out = f"{y:04d}" if y else "XXXX"
    if m:
        out += f"-{m:02d}"
    elif d:
        out += "-XX"
    if d:
        out += f"-{d:02d}"
    return out


def _real(y: int | None, m: int | None, d: int | None) -> bool:
    """A calendar date (an unknown year may be a leap year)."""
    if m is not None and not 1 <= m <= 12:
        return False
    if d is None:
        return True
    if m is None:
        return 1 <= d <= 31
    return 1 <= d <= calendar.monthrange(y or 2000, m)[1]


def _part_days(y: int | None, m: int, part: str | None) -> tuple[int, int] | None:
    last = calendar.monthrange(y or 2001, m)[1]  # an unknown year: a common year's month end
    return {"上旬": (1, 10), "初": (1, 10), "中旬": (11, 20), "下旬": (21, last), "底": (last, last),
            "末": (last, last)}.get(part or "")


# --- years the text leaves out ---------------------------------------------------------

#: How far back to look for the start of a sentence or paragraph (keeps reading linear).
_LOOK_BACK = 2000
#: How many earlier dates a year-less date consults at most.
_MAX_SEEN = 32


def _sentence_start(s: str, pos: int) -> int:
    floor = max(0, pos - _LOOK_BACK)
    return max(floor, max(s.rfind(c, floor, pos) for c in "。！？!?\n") + 1)


def _year_word(s: str, start: int, ctx: DateContext) -> tuple[int, int | None, str, DateStep] | None:
    """A year word just before ``start``: (its start, the year or None, flag, step)."""
    for word, delta in RELATIVE_YEARS.items():
        if s.endswith(word, 0, start):
            y = ctx.year + delta if ctx.year and not ctx.doubted else None
            detail = f"{word} = {y}" if y else f"{word} with no document date: year left XXXX"
            return start - len(word), y, "relative_year", DateStep("date.relative_year", start - len(word), start, detail)
    for word, delta in ANCHOR_YEARS.items():
        if s.endswith(word, 0, start):
            last = next((x.year for x in ctx.before(start) if x.sure and x.year), None)
            y = last + delta if last else None
            detail = f"{word} = {y}" if y else f"{word} with no year written before it: left XXXX"
            return start - len(word), y, "inferred_year", DateStep("date.anchor_year", start - len(word), start, detail)
    return None


def _year_from_document(ctx: DateContext, m: int, d: int | None) -> int | None:
    """The document's year, or the one before for a month just before the document's."""
    doc = ctx.document
    if ctx.doubted or doc is None:
        return None if ctx.doubted else ctx.year
    if (m, d or 1) <= (doc.month, doc.day) or m == doc.month:
        return doc.year
    if doc.month + 12 - m <= PREVIOUS_YEAR_REACH:
        return doc.year - 1
    return None


def _infer_year(s: str, pos: int, m: int, d: int | None, ctx: DateContext) -> tuple[int | None, str]:
    """The year of a year-less month (and day) at ``pos``, and where it came from."""
    para = max(pos - _LOOK_BACK, s.rfind("\n", max(0, pos - _LOOK_BACK), pos) + 1)
    anchor = next((x for x in ctx.before(pos) if x.sure and x.year and x.month), None)
    from_doc = _year_from_document(ctx, m, d)
    if anchor is None or anchor.pos < para:
        return from_doc, "the document date" if from_doc else ""
    if (m, d or 0) < (anchor.month, anchor.day or 0):
        return None, ""  # earlier than the date before it: next year or a look back, unknown
    if anchor.pos >= _sentence_start(s, pos) or from_doc in (None, anchor.year):
        return anchor.year, f"the date before it ({anchor.year})"
    return None, ""  # the paragraph's year and the document's disagree


# --- readers -------------------------------------------------------------------------

def _inside_url(s: str, start: int, end: int) -> bool:
    """A date inside a web address or file name (…/gcdt/2017-11-22/2076166.html)."""
    left = _URL_CHARS_BACK.search(s, max(0, start - 200), start)
    right = _URL_CHARS.match(s, end)
    around = (left.group(0) if left else "") + right.group(0)
    return "://" in around or "/" in around.replace(":", "") or any(c.isalpha() for c in around)


def _numeric(s: str, pos: int, ctx: DateContext) -> DateReading | DateVeto | None:
    """2018-11-23, 2018.11.23, 2018/11/23 (with a clock time: a datetime); 10.04.2015 11:33; page
    timestamps 2023 11/25 17:19:01 and 01-10 15:46:58 (the year from the page's date)."""
    m = _NUMERIC.match(s, pos)
    if not m:
        return None
    suffix = next(x for x in ("", "2", "3", "4") if m["m" + x])
    g = {k: m[k + suffix] for k in ("m", "d", "h", "mi", "se")}
    mo, d = int(g["m"]), int(g["d"])
    y, flags = (int(m["y" + suffix]), ()) if suffix != "4" else (_timestamp_year(ctx, mo, d), ("inferred_year",))
    if y is None:
        return None
    if not _real(y, mo, d):
        return DateVeto("veto.date.invalid", pos, m.end(), f"{m.group(0)!r} is not a calendar date")
    if _inside_url(s, pos, m.end()):
        return DateVeto("veto.date.url", pos, m.end(), f"{m.group(0)!r} is part of a web address")
    ctx.note(pos, y, mo, d, not flags)
    steps = [DateStep("date.numeric", pos, m.end(), m.group(0))]
    if g["h"] is None:
        return DateReading(pos, m.end(), _edtf(y, mo, d), "date", (), tuple(steps))
    steps.append(DateStep("date.datetime", pos, m.end(), "EDTF date and time, complete to the second"))
    value = f"{_edtf(y, mo, d)}T{int(g['h']):02d}:{g['mi']}:{g['se'] or '00'}"
    return DateReading(pos, m.end(), value, "datetime", flags, tuple(steps))


def _timestamp_year(ctx: DateContext, m: int, d: int) -> int | None:
    """The year of a page timestamp without one (01-10 15:46:58): the page date's, or the year
    before when the day is later in the year than the page date."""
    doc = None if ctx.doubted else ctx.document
    if doc is None:
        return None
    return doc.year if (m, d) <= (doc.month, doc.day) else doc.year - 1


def _period_months(m: re.Match) -> tuple[int, int]:
    if m["n"] is not None:  # 今年首八月, 今年前八个月: January to the Nth month
        return 1, int(m["n"]) if m["n"].isascii() else _small(m["n"])
    if m["fq"] is not None:  # 首季 (the first quarter), 首三季, 前两季: the first N quarters
        return 1, 3 * (_small(m["fq"]) if m["fq"] else 1)
    written = m["q"] or m["q2"]
    if written is None:
        return PERIODS[m["p"]]
    q = int(written) if written.isascii() else "一二三四".index(written) + 1
    return PERIODS["一二三四"[q - 1] + "季度"]


def _period(s: str, pos: int, ctx: DateContext) -> DateReading | DateVeto | None:
    """上半年, 一季度, 第三季度, 前三季度 after a relative or anchored year (今年上半年), else in
    the year the context gives (flagged ``inferred_year``); with no year at all, vetoed."""
    m = next((x for x in (_PERIOD.match(s, p) for p in (pos - 1, pos) if p >= 0)
              if x and x.end() > pos), None)
    if m is None:
        return None
    first, last = _period_months(m)
    start, y, flags, steps = _resolve_year(s, m.start(), first, None, ctx)
    if m["n"] is not None and (not steps or "inferred_year" in flags):
        return None  # 行动前三个月: the first months of what? only after a year word
    if not steps:
        return DateVeto("veto.date.no_year", m.start(), m.end(), f"{m.group(0)} with no year to give it")
    if y and "inferred_year" not in flags:
        ctx.note(start, y, first, None, True)
    steps += (DateStep("date.period", m.start(), m.end(), f"{m.group(0)} = months {first}–{last}"),)
    return DateReading(start, m.end(), f"{_edtf(y, first)}/{_edtf(y, last)}", "date_range", flags, steps)


def _year_period(s: str, pos: int, end: int, y: int, ctx: DateContext) -> DateReading | None:
    """A half-year or quarter right after a written year (2019年上半年), or its end (2025年年底)."""
    if s.startswith(YEAR_END_WORDS, end):
        ctx.note(pos, y, 12, 31, True)
        steps = (DateStep("date.written", pos, end, f"{y}"), DateStep("date.year_end", end, end + 2, "年底 = 31 December"))
        return DateReading(pos, end + 2, _edtf(y, 12, 31), "date", (), steps)
    m = _PERIOD.match(s, end)
    if not m:
        return None
    first, last = _period_months(m)
    ctx.note(pos, y, first, None, True)
    steps = (DateStep("date.written", pos, end, f"{y}"),
             DateStep("date.period", m.start(), m.end(), f"{m.group(0)} = months {first}–{last}"))
    return DateReading(pos, m.end(), f"{_edtf(y, first)}/{_edtf(y, last)}", "date_range", (), steps)


def _year_months(s: str, start: int, end: int, y: int, ctx: DateContext,
                 steps: tuple[DateStep, ...]) -> DateReading | None:
    """A run of months right after a written year (2023年1至8月, 2023年七八月份)."""
    got = _months(s, end, DateContext(year=y))
    if not isinstance(got, DateReading):
        return None
    ctx.note(start, y, int(got.value[5:7]), None, True)
    return DateReading(start, got.end, got.value, got.unit, (), steps + got.steps[-1:])


def _year_range(s: str, pos: int, ctx: DateContext) -> DateReading | None:
    """2019年至2021年, 2019—2021年: an interval of years."""
    m = _YEAR_RANGE.match(s, pos)
    if not m:
        return None
    a, b = _small_year(m["y1"]), _small_year(m["y2"])
    if not a < b:
        return None
    ctx.note(pos, b, None, None, True)
    step = DateStep("date.year_range", pos, m.end(), f"{a} to {b}")
    return DateReading(pos, m.end(), f"{a}/{b}", "date_range", (), (step,))


def _small_year(text: str) -> int:
    return int(text) if text.isascii() else int("".join(str(_CN_DIGIT[c]) for c in text))


def _months(s: str, pos: int, ctx: DateContext) -> DateReading | DateVeto | None:
    """1至8月, 1-2月, 一二月份, 七八月份, 十一二月: an interval of whole months."""
    m = _MONTH_RANGE.match(s, pos)
    if m:
        a, b, rule = _small(m["m1"]), _small(m["m2"]), "date.range"
    else:
        m = _MONTH_PAIR.match(s, pos)
        if not m:
            return None
        pair = {"十一二": "十一十二", "九十": "九十"}.get(m["pair"], m["pair"])
        a, b = (11, 12) if pair == "十一十二" else (_small(pair[0]), _small(pair[1]))
        if b != a + 1:
            return None
        rule = "date.month_pair"
    if not (1 <= a < b <= 12):
        return DateVeto("veto.date.invalid", pos, m.end(), f"{m.group(0)!r} is not a run of months")
    start, y, flags, steps = _resolve_year(s, pos, a, None, ctx)
    if y:
        ctx.note(pos, y, a, None, "relative_year" in flags)
    steps += (DateStep(rule, pos, m.end(), f"months {a}–{b}"),)
    return DateReading(start, m.end(), f"{_edtf(y, a)}/{_edtf(y, b)}", "date_range", flags, steps)


def _resolve_year(s: str, start: int, m: int, d: int | None, ctx: DateContext
                  ) -> tuple[int, int | None, tuple[str, ...], tuple[DateStep, ...]]:
    """Year of a date written without one: a year word before it, else inferred."""
    word = _year_word(s, start, ctx)
    if word:
        w_start, y, flag, step = word
        return w_start, y, ((flag,) if y else ()), (step,)
    y, source = _infer_year(s, start, m, d, ctx)
    if y is None:
        return start, None, (), ()
    return start, y, ("inferred_year",), (DateStep("date.inferred_year", start, start, f"{y} from {source}"),)


def _writes_roc_years(text: str, doc: _dt.date | None) -> bool:
    """The text counts years from 1912: it writes 民國 N年, or (dated) a 1xx年 with its month
    or 年度 within a few years of the document's own ROC year (114年11月 in a 2025 page)."""
    if ("民國" in text or "民国" in text) and _ROC_SIGNAL.search(text):
        return True
    near = range(doc.year - 1911 - 5, doc.year - 1911 + 2) if doc else range(0)
    if not any(f"{y}年" in text or f"{y} 年" in text for y in near):  # substring tests first: cheap
        return False
    return any(int(y) in near for y in _ROC_YEAR_WITH_MONTH.findall(text))


def _roc_year(s: str, pos: int, ctx: DateContext) -> re.Match | None:
    """A ROC year at ``pos``: after 民國/民国, or with its month (or 年度), or near the page's own
    year, in a text that writes ROC years (see :func:`_writes_roc_years`)."""
    if _roc_prefix_start(s, pos) < pos:
        return _ROC_POINT.match(s, pos)
    m = _ROC_POINT.match(s, pos) if ctx.roc else None
    if m and (m["m"] or s.startswith("度", m.end()) or _MONTH_RANGE.match(s, m.end()) or _near_roc_year(m, ctx)) \
            and not _POINT.match(s, pos)["y"]:
        return m
    return None


def _near_roc_year(m: re.Match, ctx: DateContext) -> bool:
    """114年 alone in a text that writes ROC years, within a few years of the page's own: a year,
    not 114 years (台東警114年查緝數據全面攀升)."""
    y = m["y"]
    if ctx.document is None or not y.isascii():
        return False
    return ctx.document.year - 1911 - 5 <= int(y) <= ctx.document.year - 1911 + 1


def _roc_prefix_start(s: str, pos: int) -> int:
    m = re.search(r"民[國国]\s*$", s[max(0, pos - 4):pos])
    return pos - len(m.group(0)) if m else pos


def _point(s: str, pos: int, ctx: DateContext) -> tuple[re.Match, int | None, str] | None:
    """The written date at ``pos``: its match, its year (Gregorian) and the rule that read it."""
    roc = _roc_year(s, pos, ctx)
    if roc:
        year = _small(roc["y"]) if "十" in roc["y"] or "百" in roc["y"] else _small_year(roc["y"])
        return roc, year + 1911, "date.roc"
    m = _POINT.match(s, pos)
    if not m or not (m["y"] or m["m"]):
        return None
    return m, _small_year(m["y"]) if m["y"] else None, "date.written"


def _written(s: str, pos: int, ctx: DateContext) -> DateReading | DateVeto | None:
    """A date written with 年/月/日, with what may follow it: a second date, a half-year, a clock time."""
    got = _point(s, pos, ctx)
    if got is None:
        return None
    m, y, rule = got
    mo, d = _small(m["m"]), _small(m["d"])
    if not _real(y, mo, d) or not (d or m["part"]) and _UNREAD_PART.match(s, m.end()):
        return DateVeto("veto.date.invalid", pos, m.end(), f"{m.group(0)!r} is not a calendar date")
    steps: tuple[DateStep, ...] = (DateStep(rule, pos, m.end(), m.group(0)),)
    start = _roc_prefix_start(s, pos) if rule == "date.roc" else pos
    if y and not mo:
        end, last, more = _tail(s, m.end(), (y, None, None), False, ctx)
        return (_year_period(s, pos, m.end(), y, ctx) or _year_months(s, start, m.end(), y, ctx, steps)
                or _reading(start, end, y, None, None, last, (), steps + more, ctx))
    flags: tuple[str, ...] = ()
    if y is None:
        start, y, flags, more = _resolve_year(s, pos, mo, d, ctx)
        steps = more + steps
    days = _part_days(y, mo, m["part"])
    first = (y, mo, d or (days[0] if days else None))
    last = (y, mo, days[1]) if days and days[0] != days[1] else None
    end, tail, more = _tail(s, m.end(), first, bool(d), ctx)
    if tail:
        last, steps = tail, steps + more
        if tail[0] and any(st.rule == "date.relative_year" for st in more) and "relative_year" not in flags:
            flags += ("relative_year",)
    clock = _time_after(s, end) if d and not last else None
    if clock:
        ctx.note(pos, y, mo, d, rule != "date.written" or bool(m["y"]) or "relative_year" in flags)
        return _datetime(start, first, clock, flags, steps)
    sure = bool(m["y"]) or rule == "date.roc" or "relative_year" in flags
    return _reading(start, end, *first, last, flags, steps, ctx, sure)


def _time_after(s: str, pos: int) -> DateReading | None:
    """The clock time right after a date: `` 15:40``, ``22时许``, ``晚8时30分`` (not a range of times)."""
    clock = _CLOCK_AFTER.match(s, pos)
    if clock:
        value = f"{int(clock['h']):02d}:{clock['mi']}" + (f":{clock['se']}" if clock["se"] else "")
        step = DateStep("time.clock", clock.start("h"), clock.end(), value)
        return DateReading(clock.start("h"), clock.end(), value, "time", (), (step,))
    part = next((p for p in _PARTS_LONGEST_FIRST if s.startswith(p, pos)), "")
    got = time_at(s, pos + len(part))
    if got is None or got.unit != "time" or got.value.startswith("24"):
        return None
    return got


def _datetime(start: int, first: tuple, clock: DateReading, flags: tuple[str, ...],
              steps: tuple[DateStep, ...]) -> DateReading:
    """A date and the clock time after it as one EDTF datetime (about the time when 许 follows)."""
    steps += clock.steps + (DateStep("date.datetime", start, clock.end, "EDTF date and time, complete to the second"),)
    value = f"{_edtf(*first)}T{_to_the_second(clock.value)}"
    return DateReading(start, clock.end, value, "datetime", flags, steps, clock.qualifier)


def _to_the_second(clock: str) -> str:
    """hh:mm -> hh:mm:00 (an EDTF datetime is complete to the second); hh:mm:ss as it is."""
    return clock if clock.count(":") == 2 else clock + ":00"


def _inferred_flags(y: int | None, mo: int | None) -> tuple[str, ...]:
    """The flags of a day whose year and month came from the context."""
    return tuple(f for f, on in (("inferred_year", y), ("inferred_month", mo)) if on)


def _about_time(s: str, end: int) -> tuple[int, str, tuple[DateStep, ...]]:
    """许/左右/上下 after a clock time (22时许): the time is approximate."""
    word = next((w for w, q in V.SUFFIX_QUALIFIERS if q == "about" and s.startswith(w, end)), None)
    if word is None:
        return end, "exact", ()
    return end + len(word), "about", (DateStep("time.about", end, end + len(word), f"{word} -> about"),)


def _reading(start: int, end: int, y: int | None, m: int | None, d: int | None,
             last: tuple | None, flags: tuple[str, ...], steps: tuple[DateStep, ...],
             ctx: DateContext, sure: bool = True) -> DateReading:
    ctx.note(start, y, m, d, sure and y is not None)
    if last:
        ctx.note(start + 1, last[0], last[1], last[2], sure and last[0] is not None)
        return DateReading(start, end, f"{_edtf(y, m, d)}/{_edtf(*last)}", "date_range", flags, steps)
    return DateReading(start, end, _edtf(y, m, d), "date", flags, steps)


def _tail(s: str, pos: int, first: tuple, has_day: bool, ctx: DateContext
          ) -> tuple[int, tuple | None, tuple[DateStep, ...]]:
    """The end of a range after 至/到/—: it takes the year and month it leaves out from ``first``."""
    y1, m1, d1 = first
    t = _TAIL.match(s, pos)
    if not t or not (t["m"] or t["d"] or t["part"]):
        return pos, None, ()
    year_written = t["y"] or t["rel"]
    if year_written and not t["m"] or m1 is None and not year_written:
        return pos, None, ()  # a year needs its month here (year ranges are read elsewhere)
    m2, d2 = _small(t["m"]) or m1, _small(t["d"])
    if not (d2 or t["part"] or (t["m"] and not has_day)):
        return pos, None, ()
    y2 = _small_year(t["y"]) if t["y"] else y1
    steps = [DateStep("date.range", pos, t.end(), t.group(0))]
    if t["rel"]:
        word = _year_word(s, t.start("rel") + len(t["rel"]), ctx)
        y2 = word[1]
        steps.insert(0, word[3])
    if not year_written and (m2, d2 or 0) < (m1 or 0, d1 or 0):
        y2 = y1 + 1 if y1 else None
        steps.append(DateStep("date.range_next_year", pos, t.end(), "the end month is earlier: next year"))
    days = _part_days(y2, m2, t["part"])
    last = (y2, m2, d2 or (days[1] if days else None))
    if not _real(*last) or (y1 and y2 and (y2, m2, last[2] or 0) < (y1, m1 or 0, d1 or 0)):
        return pos, None, ()
    return t.end(), last, tuple(steps)


def _day_alone(s: str, pos: int, ctx: DateContext) -> DateReading | None:
    """20日召开, 23日，记者…, 今天(27日), 13日、14日、15日进行: a day of the month written without its
    month."""
    m = _DAY_ALONE.match(s, pos)
    listed = _DAY_LISTED.search(s, max(0, pos - 6), pos) is not None  # 13日、14日、15日进行收网
    if not m or not (listed or s.startswith(DAY_ALONE_NEXT, m.end())) or s.endswith(DAY_ALONE_NOT_AFTER, 0, pos):
        return None
    if pos and (s[pos - 1].isascii() and s[pos - 1].isalnum() or s[pos - 1] in ".-/"):
        return None
    d = _small(m["d"])
    y, mo, steps = _day_month(s, pos, d, ctx)
    if not _real(y, mo, d):
        return None
    flags = _inferred_flags(y, mo)
    ctx.note(pos, y, mo, d, False)
    steps = (DateStep("date.day_alone", pos, m.end(), m.group(0)), *steps)
    return DateReading(pos, m.end(), _edtf(y, mo, d), "date", flags, steps)


def _day_month(s: str, pos: int, d: int, ctx: DateContext) -> tuple[int | None, int | None, tuple]:
    """Year and month of a day written alone, and the steps that found them."""
    doc = None if ctx.doubted else ctx.document
    rel = re.search(r"(今天|今日|昨天|昨日|前天|前日)[（(]$", s[max(0, pos - 4):pos])
    if rel:
        return _relative_day(ctx, rel[1], RELATIVE_DAYS[rel[1]], d, pos, "date.relative_day")
    near = next((x for x in ctx.before(pos) if x.month), None)
    if near:
        y = near.year or _infer_year(s, pos, near.month, d, ctx)[0]
        return y, near.month, (DateStep("date.inferred_month", pos, pos, f"month {near.month} from the date before it"),)
    if doc and d <= doc.day:
        return doc.year, doc.month, (DateStep("date.inferred_month", pos, pos, f"{doc:%Y-%m} from the document date"),)
    return None, None, ()


def _relative_day(ctx: DateContext, word: str, back: int, d: int, pos: int, rule: str
                  ) -> tuple[int | None, int | None, tuple]:
    """Year and month of day ``d`` named by a word ``back`` days before the document date;
    a day that does not match that date leaves both open and doubts the document date."""
    doc = None if ctx.doubted else ctx.document
    if doc is None:
        return None, None, ()
    day = doc - _dt.timedelta(days=back)
    if day.day != d:  # the page's date is not the day it was written: leave the month open
        ctx.doubted = True
        return None, None, (DateStep(rule, pos, pos, f"{word} is {day}, not day {d}"),)
    return day.year, day.month, (DateStep(rule, pos, pos, f"{word} = {day}"),)


def _bracketed_day(s: str, pos: int, ctx: DateContext) -> DateReading | None:
    """今（25）日, 昨（二十四）日: the day in brackets inside a word for today or yesterday."""
    if pos < 2 or s[pos - 1] not in "（(" or s[pos - 2] not in BRACKETED_DAY_HEADS:
        return None
    m = _BRACKETED_DAY.match(s, pos)
    if not m:
        return None
    d, head = _small(m["d"]), s[pos - 2]
    y, mo, steps = _relative_day(ctx, head, BRACKETED_DAY_HEADS[head], d, pos, "date.bracketed_day")
    if not _real(y, mo, d):
        return None
    flags = _inferred_flags(y, mo)
    ctx.note(pos, y, mo, d, False)
    steps = (DateStep("date.bracketed_day", pos - 2, m.end(), s[pos - 2:m.end()]), *steps)
    return DateReading(pos - 2, m.end(), _edtf(y, mo, d), "date", flags, steps)


def _relative_month_day(s: str, pos: int, ctx: DateContext) -> DateReading | None:
    """本月四日, 上月20日: a day of the month counted from the document's month."""
    word = next((w for w in RELATIVE_MONTHS if s.endswith(w, 0, pos)), None)
    m = _MONTH_DAY.match(s, pos) if word else None
    if m is None:
        return None
    d, doc = _small(m["d"]), None if ctx.doubted else ctx.document
    y = mo = None
    if doc is not None:
        y, month0 = divmod(doc.year * 12 + doc.month - 1 + RELATIVE_MONTHS[word], 12)
        mo = month0 + 1
    if not _real(y, mo, d):
        return None
    start = pos - len(word)
    ctx.note(start, y, mo, d, y is not None)
    detail = f"{word} = {y}-{mo:02d}" if y else f"{word} with no document date"
    steps = (DateStep("date.relative_month", start, m.end(), detail),)
    return DateReading(start, m.end(), _edtf(y, mo, d), "date", ("relative_month",) if y else (), steps)


def _short_year(s: str, pos: int, ctx: DateContext) -> DateReading | None:
    """一七年 = 2017: a year of two Chinese digits, not two rising neighbours (二三年 is two or
    three years), its century the one that puts it at most two years after the document's."""
    m = _SHORT_YEAR.match(s, pos)
    doc_year = ctx.document.year if ctx.document else ctx.year
    if m is None or doc_year is None:
        return None
    tens, ones = (_CN_DIGIT[c] for c in m["yy"])
    if ones - tens == 1:  # 二三年, 八九年: an approximate pair
        return None
    y = doc_year // 100 * 100 + tens * 10 + ones
    y = y - 100 if y > doc_year + _SHORT_YEAR_AHEAD else y
    mo, d = _small(m["m"]), _small(m["d"])
    if not _real(y, mo, d):
        return None
    ctx.note(pos, y, mo, d, False)
    steps = (DateStep("date.short_year", pos, m.end(), f"{m['yy']}年 = {y}"),)
    return DateReading(pos, m.end(), _edtf(y, mo, d), "date", ("inferred_year",), steps)


#: The date readers, tried in this order at a number (each returns None when it does not apply).
_DATE_READERS = (_numeric, _period, _year_range, _months, _written, _relative_month_day, _short_year,
                 _day_alone, _bracketed_day)


def date_at(s: str, pos: int, context: DateContext | None = None) -> DateReading | DateVeto | None:
    """The date, date range or datetime whose number starts at ``s[pos]``.

    A :class:`DateVeto` says the number is date-shaped but not a date (nor a quantity).

    >>> ctx = DateContext.of(date="2021-02-02")
    >>> text = "2020年3月27日、5月6日先后抓获"
    >>> [date_at(text, p, ctx).value for p in (0, text.index("5月"))]
    ['2020-03-27', '2020-05-06']
    >>> date_at("2月30日", 0).rule
    'veto.date.invalid'
    """
    ctx = context if context is not None else DateContext()
    if _UNREAD_RANGE_START.search(s, max(0, pos - 3), pos):
        return DateVeto("veto.date.range_end", pos, pos, "the end of a range whose start was not read (20201月至9月)")
    if pos >= 2 and s[pos - 1] in "年月" and (s[pos - 2].isdigit() or s[pos - 2] in _CN_DIGIT or s[pos - 2] == "十") \
            and _year_word(s, pos, ctx) is None:
        return DateVeto("veto.date.fragment", pos, pos, "the rest of a date whose start was not a date")
    for reader in _DATE_READERS:
        got = reader(s, pos, ctx)
        if got is not None:
            return got
    return None


# --- clock times -----------------------------------------------------------------------

_PARTS_LONGEST_FIRST = tuple(sorted(DAY_PARTS, key=len, reverse=True))


def _hour24(h: int, kind: str | None) -> int:
    if kind == "pm" and 1 <= h <= 11 or kind == "night" and 6 <= h <= 11 or kind == "noon" and 1 <= h <= 5:
        return h + 12
    if kind in ("am", "night") and h == 12:
        return 0
    return h


def _clock_point(s: str, pos: int, inherit: str | None = None
                 ) -> tuple[int, int, str, str | None, tuple[DateStep, ...]] | None:
    """A clock time at ``pos``: (start with its part of the day, end, hh:mm[:ss], part kind, steps)."""
    m = _CLOCK.match(s, pos)
    if m:
        if pos and (s[pos - 1].isdigit() or s[pos - 1] in ":.："):
            return None
        value = f"{int(m['h']):02d}:{m['mi']}" + (f":{m['se']}" if m["se"] else "")
        return pos, m.end(), value, None, (DateStep("time.clock", pos, m.end(), m.group(0)),)
    m = _HOUR.match(s, pos)
    if not m or not (m["mi"] or m["half"]) and s.startswith(HOUR_NOT_BEFORE, m.end()):
        return None
    part = next((p for p in _PARTS_LONGEST_FIRST if s.endswith(p, 0, pos)), None)
    kind = DAY_PARTS[part] if part else inherit
    if kind is None and (m["mark"] in "点點" or m["h"] == "一" and not m["mi"]):
        return None  # 4点2 is a decimal, 一时 an adverb (一时冲动): not times without a part of the day
    h, mi, se = _small(m["h"]), 30 if m["half"] else (_small(m["mi"]) or 0), _small(m["se"])
    h = _hour24(h, kind)
    if not (0 <= h <= 23 and 0 <= mi <= 59 and (se or 0) <= 59 or (h, mi, se or 0) == (24, 0, 0)):
        return None
    start = pos - len(part) if part else pos
    steps = (DateStep("time.hour", pos, m.end(), m.group(0)),)
    if kind:
        steps += (DateStep("time.day_part", start, pos, f"{part or 'inherited'} ({kind}) -> {h:02d} h"),)
    value = f"{h:02d}:{mi:02d}" + (f":{se:02d}" if se is not None else "")
    return start, m.end(), value, kind, steps


def time_at(s: str, pos: int, context: DateContext | None = None) -> DateReading | None:
    """A clock time or a range of clock times at ``s[pos]`` (晚10时至次日凌晨2时 -> 22:00/02:00).

    >>> time_at("晚上8时", 2).value, time_at("19时至凌晨2时", 0).value
    ('20:00', '19:00/02:00')
    """
    first = _clock_point(s, pos)
    if first is None:
        return None
    start, end, value, kind, steps = first
    t = _TIME_TAIL.match(s, end)
    if t:
        at = t.end()
        part = next((p for p in _PARTS_LONGEST_FIRST if s.startswith(p, at)), "")
        second = _clock_point(s, at + len(part), None if part else kind)
        if second:
            overnight = second[2] < value
            detail = ("overnight: the end is on the next day" if overnight or t["next"] else "same day")
            steps += second[4] + (DateStep("time.range", end, second[1], detail),)
            return DateReading(start, second[1], f"{value}/{second[2]}", "time_range", (), steps)
    end, qualifier, about = _about_time(s, end)
    reading = DateReading(start, end, value, "time", (), steps + about, qualifier)
    return _on_named_day(s, reading, context) or reading


def _on_named_day(s: str, time: DateReading, ctx: DateContext | None) -> DateReading | None:
    """当日19时许, 次日凌晨2时: the clock time on the day of the last full date read before it."""
    word = next((w for w in SAME_DAY_WORDS if s.endswith(w, 0, time.start)), None)
    if word is None and s.endswith("当", 0, time.start) and time.start < time.end and any(
            st.rule == "time.day_part" for st in time.steps):
        word = "当"
    seen = list(islice(ctx.before(time.start), 2)) if ctx is not None and word else []
    if not seen or None in (seen[0].year, seen[0].month, seen[0].day):
        return None
    if len(seen) == 2 and seen[0].pos == seen[1].pos + 1:  # the end of a range (noted one after its start)
        return None
    last = seen[0]
    day = _dt.date(last.year, last.month, last.day) + _dt.timedelta(days=SAME_DAY_WORDS.get(word, 0))
    start = time.start - len(word)
    steps = time.steps + (DateStep("date.same_day", start, time.end, f"{word} = {day}"),)
    return DateReading(start, time.end, f"{day.isoformat()}T{_to_the_second(time.value)}", "datetime", ("inferred_year",), steps,
                       time.qualifier)


# --- entry points ----------------------------------------------------------------------

def read_at(s: str, pos: int, end: int, context: DateContext | None = None
            ) -> DateReading | DateVeto | None:
    """A date or time at the number ``s[pos:end]``, tried only when what follows allows one."""
    nxt = s[end:end + 1]
    if s.endswith("第", 0, pos) and not _PERIOD.match(s, pos - 1):
        return None  # an ordinal (第一时间, 第3年)
    if nxt == "月" and s.endswith(V.DAY_TRIGGERS, 0, pos):
        return None  # 连续14月, 为期3月: a number of months, not a month
    if nxt == " " and s[end + 1:end + 2] in ("年", "月", "日"):
        nxt = s[end + 1]  # 114 年 10 月
    elif nxt == " " and _NUMERIC.match(s, pos):
        nxt = "/"  # 2023 11/25 17:19:01
    if nxt and (nxt in DATE_NEXT or s[pos] == "半" or s.endswith(("首", "前"), 0, pos)
                or s.startswith(("）日", ")日"), end)):
        got = date_at(s, pos, context)
        if got is not None:
            return got
    if nxt and nxt in TIME_NEXT:
        return time_at(s, pos, context)
    return None


def read_date(s: str, pos: int, year: int | None = None, *, context: DateContext | None = None
              ) -> tuple[int, str, str] | None:
    """Read a date, date range or datetime starting at ``s[pos]``: ``(end, edtf, unit)`` or None.

    ``year`` is the document's year (fills a year the text leaves out); ``context`` a
    :class:`DateContext` for the whole document (its date, the dates read before).

    >>> read_date("2022年08月05日 15:40", 0)
    (17, '2022-08-05T15:40:00', 'datetime')
    >>> read_date("今年1至8月", 2, year=2023)
    (6, '2023-01/2023-08', 'date_range')
    >>> read_date("截至7月底", 2)
    (5, 'XXXX-07-31', 'date')
    """
    got = date_at(s, pos, context if context is not None else DateContext(year=year))
    return (got.end, got.value, got.unit) if isinstance(got, DateReading) else None


def read_time(s: str, pos: int) -> tuple[int, str] | None:
    """A clock time at ``s[pos]``: ``15:40``, or ``七时``/``十点半`` after a part of the day.

    >>> read_time("截止今日凌晨七时", 6)
    (8, '07:00')
    >>> read_time("下午3点半", 2)
    (5, '15:30')
    >>> read_time("四点二吨", 0) is None
    True
    """
    got = _clock_point(s, pos)
    return (got[1], got[2]) if got else None


_NUMBER_START = re.compile(r"[0-9]+(?:\.[0-9]+)?|[零〇一二两兩三四五六七八九十百点]+|半|首(?=季)")


def find_dates(text: str, date: str | None = None) -> list[DateReading]:
    """Every date and clock time in ``text`` (dated ``date``), read as the figure engine reads them.

    >>> [(r.value, r.flags) for r in find_dates("2020年3月27日、5月6日先后抓获", "2021-02-02")]
    [('2020-03-27', ()), ('2020-05-06', ('inferred_year',))]
    """
    ctx, found, cursor = DateContext.of(text, date), [], 0
    for m in _NUMBER_START.finditer(text):
        if m.start() < cursor:
            continue
        core = m.group(0).rstrip("点") or m.group(0)
        got = read_at(text, m.start(), m.start() + len(core), ctx)
        if got is not None:
            cursor = got.end
        if isinstance(got, DateReading):
            found.append(got)
    return found
