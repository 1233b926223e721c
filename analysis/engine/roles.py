"""What each figure stands for: its role, its period and its metric class (private).

The role says what the number is in its sentence: the ``level`` a period reached, an
``increase`` or ``decrease`` written as a number, the ``base`` of a comparison, a figure of an
``example`` case, a ``threshold`` that defines a group (5万元以上的), a ``target`` or plan, or
``other`` (dates, durations, list sizes, rewards, frequencies). The period says when: the
``reporting`` period, an ``earlier`` one told for context, the ``base`` of a comparison, a
``target``'s period, or ``other`` (publication dates, durations). Each is read by the first
rule of its registry that applies, and the rule id is kept in the figure's steps. The metric
class comes from the taxonomy (:mod:`.metric_classes`); a difference or a base takes the class
of the level it is compared with.

The rules only look a few dozen characters around a figure and use what the engine already
read (changes, differences, bases, units), so the cost is linear in the text.

>>> from analysis.engine.figures import extract
>>> [(f.role, f.period, f.metric_class) for f in extract("破获刑事案件1106起，较去年同期增加934起。")]
[('level', 'reporting', 'cases_solved'), ('increase', 'reporting', 'cases_solved')]
"""
from __future__ import annotations

import bisect
import datetime as _dt
import re
from typing import Callable, NamedTuple

from .differences import difference_sign, is_base
from .metric_classes import REFINES, classify, countable, cue_classes, fits_kind, has_cue, verb_cue
from .metrics import TIME_UNITS

__all__ = ["ROLES", "PERIODS", "RULES", "Reading", "read_all"]

ROLES = ("level", "increase", "decrease", "base", "example", "threshold", "target", "other")
PERIODS = ("reporting", "earlier", "base", "target", "other")
DURATION_UNITS = frozenset({"day", "week", "month", "year", "hour"})

#: Every rule id of this module, with what it does (merged into :data:`.rules.RULES`).
RULES: dict[str, str] = {
    "role.change_alone": "a change with no figure of its own: an increase or a decrease",
    "role.date": "a date, a date range or a time: other",
    "role.age": "an age (57岁, 10至20岁): other",
    "role.change_verb": "a change verb right before the number (诈骗案增加3000多宗): an increase or decrease",
    "role.base_from": "由/从 N … 增加至 M: N is the base (由8699宗增加至12326宗, 从行动前18461名下降到…)",
    "role.change_listed": "a figure listed after a difference (分别增加122宗及493宗, 较前年增加九宗及两宗): "
                          "a difference too, not a base",
    "role.threshold": "N以上/以下 followed by 的 or a noun (5万元以上的, 百克以上毒品案件): a bound that defines a group",
    "role.duration": "a duration (为期100天, 连续7年): other",
    "role.example_case": "in a sentence telling one case (破获一起…案件, 破获一个…工场, "
                          "打掉廖某某等27人): the example's figures",
    "role.target": "after a word of plan or goal (力争, 目标, 计划, 到2025年): a target",
    "role.change_difference": "a change verb before the number after a comparison or opening its clause (较去年同期增加934起)",
    "role.years_listed": "one of a list of counts told year by year (2019年至2022年…依次为14,178宗、"
                         "10,057宗、11,376宗以及9,799宗): the years before the last are bases",
    "role.cases_shown": "the number of cases shown at a press conference (现场陈展的4个案件): other, "
                        "and the figures told of them examples",
    "role.change_named": "a rate of change named before the number (降幅高达91%, 增幅达49%)",
    "role.base_of_comparison": "较/比 before the number, no change verb (较上年同期的24.1万起): the base",
    "role.base_period": "a base period right before the number (去年同期18743宗): the base",
    "role.list_size": "the size of a list of measures (七项重点工作): other",
    "role.reward": "a reward (奖励, 悬赏): other",
    "role.penalty": "a penalty the law allows (最高可被判处罚款500万元): other",
    "role.frequency": "a number of times after 每天/每月 …, or a count per period (次/周): a frequency, other",
    "role.level": "none of the above: the level the period reached",
    "period.base": "the base of a comparison: the base period",
    "period.target": "a target: the target's period",
    "period.other_role": "a duration, list size or reward: other",
    "period.date_base": "a date compared with (较2019年, 2019年同期): base",
    "period.date_metadata": "a date in a publication line (发布时间, 来源), or a day of the briefing's last week (its dateline, its press conference): other",
    "period.dateline": "a dateline's day (沈阳10月16日电, 记者27日从…获悉) and that day named again: other",
    "period.span": "a duration spanning the reporting period (一年来, 近三年来, 过去一年), or one whose "
                   "results follow at once (8个月查获…, 短短4小时成功取缔…): reporting",
    "period.date_names": "a date naming a meeting held (举办的2023年…新闻发布会, 举行…第二季度点评会) or a "
                         "report (2017年报), or a time stamp in brackets closing a line (…等罪 (17:22)): other",
    "period.date_until": "a day after 截至 (截至6月30日): the end of the reporting span",
    "period.date_future": "a date or span running past the briefing's date: target",
    "period.date_earlier": "a date before the reporting year: earlier",
    "period.date_reporting": "a date inside the reporting year",
    "period.earlier_year": "an earlier year named before the figure in its sentence (2015年上半年, 去年): earlier",
    "period.last_year_reported": "the year before the briefing's opens a clause of a sentence saying 同比 "
                                 "or 按年 (披露，2022年全省…，同比下降了55.2%): it is a reporting year too",
    "period.reporting": "none of the above: the reporting period",
    "class.cue": "a cue word of the taxonomy in the figure's metric or clause: its class",
    "class.crime_named": "a crime named and counted in 宗 with no word of police work (詐騙案19897宗, "
                         "有16宗兇殺案，), or in 件 after 计 (窃盗案件计5,324件): crimes recorded",
    "class.of_level": "a difference or base: the class of the level it is compared with",
    "class.phrase": "no class in the figure's clause, which names an object of its own after a list "
                    "mark (、储存枪支弹药案47起): the class of the verb opening its phrase (共破获…)",
    "class.listed": "no class of its own, listed right after a figure of a class that counts it "
                    "(捣破14个非法赌场、1个毒窟、两间无牌按摩院): that figure's class",
    "class.part_of_total": "no class of its own, right after 其中/包括/当中/之中 (被拘捕的119名人士之中，"
                           "88名…): the class of the total's words before it",
    "class.of_parent": "a 其中 part no cue names, or one named by a class its total's refines: the total's class",
    "class.none": "a count or amount that no class fits, or more than one: no class",
}


class Reading(NamedTuple):
    """A figure's role, period and class, with the steps that read them (clean-text spans)."""

    role: str
    period: str
    metric_class: str | None
    steps: tuple[tuple[str, int, int, str], ...]


class _Context(NamedTuple):
    s: str
    sentence_start: int
    years: frozenset[int]  # the reporting years (empty without a briefing date)
    date: str | None
    datelines: frozenset[str]  # the days of the text's datelines


_HAN = "\u4e00-\u9fff"
_BOUND_WORDS = ("以上", "以下", "以内")
_NOT_THRESHOLD_AFTER = ("同比", "较", "比", "分别", "左右", "其中")
#: One case told as an example: a count of one case after a verb (破获一起, 发生一宗, 涉及一宗), one
#: den or gang broken up (破获一个…工场, 捣破一个…集团), one person told of (一名男事主;
#: not 281名男子), a case named by its chief suspect's anonymised name (打掉廖某某等27人: the
#: judgments' and reports' 某某 convention), a few cases told together (先后破获数起…案，抓获…), one
#: victim told of (一手机店遭遇入室盗窃，…抓获…), or a case named by its codename or as a 专案 (一举破获
#: “705”…专案，…; 破获了“2015.11.11”系列…案，…).
_EXAMPLE = re.compile("(?:破获|侦破|查处|侦办|打掉|捣毁|捣破|发生|拘捕|抓获|其中|涉及)了?[一1][起宗件]|典型案例"
                      "|(?:陈展|展示|展出)的?[0-9一二三四五六七八九十]+个?(?:案|起|宗)"
                      "|(?:破获|侦破|打掉|捣毁|捣破|端掉)了?[一1][个间处](?![月小])"
                      "|(?:破获|侦破)了?数[起宗件]"
                      "|(?<![统唯同单第万0-9])一[家名位个间]?[^，。；0-9一]{1,6}?(?:遭遇|遭到|被盗|被抢|被骗)"
                      "|(?<![0-9])[一1]名(?:男|女)|[\u4e00-\u9fff]某某?等(?=[0-9一二三四五六七八九十两]+[人名])"
                      "|(?:破获|侦破|打掉)了?[^，。；]{0,40}?(?:专案|”[^，。；“”]{0,24}?案)(?=[，,])")
_TARGET = re.compile("力争|争取|目标(?!案|人|逃犯|对象)|计划(?!生育)|预计|规划|确保|任务是|到20[0-9]{2}年|年底前")
_TARGET_AFTER = re.compile("^[^，。；]{0,4}?(?:的目标|的任务|目标)")
#: 已 in the figure's own clause: a thing done, not a plan (…工作目标，…截至7月31日止，已查扣毒品约2千5百公斤).
_DONE = re.compile("已(?:经)?[^0-9，,；;]{0,8}$")
_BASE_PERIOD = re.compile("(?:去年|上年|前年|上一年)?同期(?:[为是的有共:：]|[^，。；\\n0-9]{0,8}?)$")
_CHANGE_WORDS = re.compile("增|减|升|降|多|少|涨|跌")
_LIST_NOUNS = re.compile(f"^[{_HAN}]{{0,3}}?(?:重点|措施|举措|机制|制度|任务|环节|要求|方面|行动|专项|战役|攻坚|领域|板块|清单|内容|工程"
                         "|工作组|督导组|检查组|专班)")
_LIST_WORDS = frozenset("项个条大类种")
_REWARD = re.compile("奖励|悬赏|奖金|赏金")
_FREQUENCY = re.compile("每(?:天|日|周|月|年|季度?)[^，。；]{0,4}$")
_TIMES = frozenset(("次", "遍", "趟", "轮"))
#: A penalty the law allows (最高可被判处罚款500万元, 可处…罚款): a rule stated, not a count.
_PENALTY = re.compile("可(?:被)?(?:判处|处以?|并处)?[^，。；]{0,6}?(?:罚款|罚金)$")
#: A change verb right before the number, no comparison needed (诈骗案增加3000多宗, 暴力罪案减少
#: 569宗); not 新增 (newly added, a level) and not a verb of "to" (增加至 stands before a level).
_VERB_BEFORE = re.compile("(?<!新)(增加|增长|上升|减少|下降|下跌|回落)了?\\s?$")
#: 由/从 N … 增加至 M: N is the base, M the level (由8699宗增加至12326宗).
_FROM = re.compile("[由从][^，。；0-9]{0,4}$")
_FROM_TO = re.compile("^[^，。；]{0,6}?(?:增加|增长|上升|减少|下降|下跌|回落|升|降|跌|减)(?:到|至)")
_LISTED = ("及", "、", "和", "以及")
_YEAR = re.compile("(?<![0-9])((?:19|20)[0-9]{2})年(?!同期|以来|至今|的同期)|(去年|上年|前年)(?!同期|以来|至今|底以来|开始)"
                   "|(今年|本年)")
_COMPARED_BEFORE = re.compile("[较比与同和]$")
_DOWN = ("减少", "下降", "下跌", "回落")
#: A date compared with: after 较/比/与 or a verb of comparing (高于, 少于, 低于, 多于, 接近: 虽高于2022年，
#: 但少于疫情前的2019年) and a few words (较疫情前的2019年, 与2015年、2016年、), or before 同期/相比/持平.
_COMPARED_DATE = re.compile("(?:(?<!占)较|(?<!占)比(?![例重率])|与|[高低少多]于|接近)[^，。；：\n增减升降]{0,16}$")
_COMPARED_AFTER = ("同期", "的同期", "相比", "基本持平", "同比")
#: A span that starts the reporting period (自2009年起, 6月份开展以来): its year is not the period's.
#: (matched at the year's end: no ``^``, which Pattern.match(s, pos) takes for the string's start)
_SPAN_START_AFTER = re.compile("(?:起|以来|开始|[^，。；]{0,12}?以来)")
#: A duration that spans the reporting period (一年来, 近三年来, 过去一年, 开展一年来).
_SPAN_AFTER = ("来", "以来")
_SPAN_BEFORE = re.compile("过去$")
#: A duration whose results follow at once (8个月查获5,400多公斤毒品, 短短 4小时成功取缔 4件): the span
#: the figures after it were reached in.
_SPAN_RESULTS = re.compile("\\s?(?:内|里)?(?:共|成功|累计)?(?:查获|破获|抓获|侦破|取缔|查处|缴获|捣毁|查扣)")
#: …近五年来…最大的: the window of a record, not the reporting period (the seed).
_RECORD_AFTER = re.compile("[^，。；]{0,24}?最")
#: A dateline: a day followed by 电 or 讯 (新华社北京1月27日电, 沈阳10月16日电), or after 记者
#: (记者27日从公安部获悉: the day the news was taken).
_DATELINE_AFTER = ("电", "讯", "電", "訊")
#: A publication line's label right before the date (发布时间：, 来源: …), not 发布会上获悉.
_METADATA = re.compile("(?:发布时间|发布日期|发文时间|发稿时间|更新时间|时间|日期|来源|稿源)\\s*[:：]?\\s*$")
#: 截至 before a day: the end of the reporting span (截至6月30日，全市…).
#: A date that names a meeting or a publication rather than a period figures belong to: a year
#: or quarter as the attribute of the name of a meeting held or a report (…举办的2023年福建省禁毒
#: 工作新闻发布会, 举行…第二季度点评会, 2017年报); and a time of day in brackets closing a line,
#: the time stamp after a headline (拘19人涉贩毒盗窃等罪 (17:22)).
_EVENT_HELD_BEFORE = re.compile("(?:举行|举办|召开|出席|参加|主持)[^，。；\n]{0,20}$")
_EVENT_NAME_AFTER = re.compile("[^，。；、\n0-9]{0,20}?(?:会议|会(?![战同商])|论坛)")
_REPORT_AFTER = re.compile("[报報](?=\\s|$)")
_STAMP = re.compile("[（(]\\s*$")
_STAMP_AFTER = re.compile("\\s*[）)]\\s*(?:\n|$)")
_UNTIL_BEFORE = re.compile("(?:截至|截止)(?:今年|本年)?$")
_ISO_YEAR = re.compile("[0-9]{4}")
_LOOK = 40  # characters looked at before a figure for a cue of its role
_SPAN = 150  # characters of its sentence looked at before a figure for an example or a year


def _before(ctx: _Context, d, width: int = _LOOK) -> str:
    return ctx.s[max(ctx.sentence_start, d.start - width):d.start]


# --- roles ----------------------------------------------------------------------------------

def _change_alone(ctx, d):
    if d.value is None and d.change:
        return ("increase" if d.change > 0 else "decrease"), f"a change alone of {d.change} %"


def _date(ctx, d):
    if d.unit in TIME_UNITS:
        return "other", "a date"


def _age(ctx, d):
    if d.unit == "count" and d.mw == "岁":
        return "other", "an age"


def _threshold(ctx, d):
    s, text = ctx.s, ctx.s[d.start:d.end]
    tail = s[d.end:d.end + 4]
    bound = next((w for w in _BOUND_WORDS if text.endswith(w)), None)
    if bound is None and tail.startswith(_BOUND_WORDS):
        bound, tail = tail[:2], s[d.end + 2:d.end + 6]
    if bound is None and tail.startswith("的") and d.qualifier in ("at_least", "at_most") \
            and not text[:1].isdigit() and d.qualifier != "exact":  # 超过亿元的58名
        return "threshold", f"{text[:2]!r} … 的"
    if bound is None or not tail or tail.startswith(_NOT_THRESHOLD_AFTER) or _frequency(ctx, d):
        return None  # 每月编排5次以上取缔…: a frequency, not a group
    if tail[0] == "的" or "\u4e00" <= tail[0] <= "\u9fff":
        return "threshold", f"{bound} then {tail[:2]!r}"


def _duration(ctx, d):
    if d.unit in DURATION_UNITS:
        return "other", "a duration"


def _example(ctx, d):
    m = None
    for m in _EXAMPLE.finditer(ctx.s, max(ctx.sentence_start, d.start - _SPAN), d.end + 2):
        pass
    if m is not None and m.start() <= d.start:
        return "example", f"{m[0]!r} tells one case"


def _target(ctx, d):
    before = _before(ctx, d)
    # 已 first: what _DONE opens with; 每月编排5次以上…: a frequency, even in a plan
    if ("已" in before and _DONE.search(before)) or _frequency(ctx, d):
        return None
    m = _TARGET.search(before) or _TARGET_AFTER.search(ctx.s[d.end:d.end + 8])
    if m is not None:
        return "target", f"{m[0]!r}"


def _difference(ctx, d):
    sign = difference_sign(ctx.s, d.start)
    if sign is not None and d.value is not None:
        return ("increase" if sign > 0 else "decrease"), "an absolute difference"


def _verb_before(ctx, d):
    m = _VERB_BEFORE.search(ctx.s, max(0, d.start - 4), d.start)
    if m is not None and d.value is not None and d.unit not in ("percent", "pp"):
        return ("decrease" if m[1] in _DOWN else "increase"), f"{m[1]!r} right before it"


#: A list told year by year: a span of years, then 依次/分别 and the counts (2019年至2022年…依次为…).
_YEARS_SPAN = re.compile("((?:19|20)[0-9]{2})年?(?:至|到|-|—|～|~)((?:19|20)[0-9]{2})年[^。；\n]{0,40}?(?:依次|分别)(?:为|是)?")
_LIST_MARK = re.compile("、|以及|及|和")
_LIST_END = re.compile("[，。；;\n]|,(?![0-9])")  # not the thousands' comma of 14,178


def _years_listed(ctx, d):
    m = None
    for m in _YEARS_SPAN.finditer(ctx.s, max(ctx.sentence_start, d.start - _SPAN), d.start):
        pass
    if m is None or _LIST_END.search(ctx.s, m.end(), d.start):
        return None
    stop = _LIST_END.search(ctx.s, d.end)
    before = len(_LIST_MARK.findall(ctx.s, m.end(), d.start))
    after = len(_LIST_MARK.findall(ctx.s, d.end, stop.start() if stop else len(ctx.s)))
    first, last = int(m[1]), int(m[2])
    if before + after + 1 == last - first + 1 and after:
        return "base", f"{first + before} of the years {first}-{last} listed, before the last"


#: Cases shown at a press conference or an exhibition (现场陈展的4个案件): the examples told after it.
_SHOWN = re.compile("(?:陈展|展示|展出)的?$")


def _cases_shown(ctx, d):
    if d.unit == "count" and _SHOWN.search(_before(ctx, d, 6)) and ctx.s.startswith(("案", "个案", "起案", "宗案"), d.end):
        return "other", "the number of cases shown"


_CHANGE_NAMED = re.compile("(降幅|增幅|涨幅|跌幅|升幅)(?:高)?(?:达到?|为|是)?\\s?$")


def _change_named(ctx, d):
    m = _CHANGE_NAMED.search(_before(ctx, d, 8))
    if m is not None and d.unit in ("percent", "pp"):
        return ("decrease" if m[1] in ("降幅", "跌幅") else "increase"), f"{m[1]!r} before it"


def _base_from(ctx, d):
    if _FROM.search(ctx.s, max(0, d.start - 5), d.start) and _FROM_TO.search(ctx.s[d.end:d.end + 10]):
        return "base", "由 … 至: the figure it changed from"


def _base(ctx, d):
    if is_base(ctx.s, d.start):
        return "base", "compared with (较/比)"


def _base_period(ctx, d):
    before = _before(ctx, d, 20)
    m = _BASE_PERIOD.search(before) if "同期" in before else None  # no base period without 同期
    if m is not None and not _CHANGE_WORDS.search(m[0]):
        return "base", f"{m[0]!r} before it"


def _list_size(ctx, d):
    if d.unit == "count" and d.mw in _LIST_WORDS and d.value is not None and d.value <= 20 \
            and _LIST_NOUNS.search(ctx.s[d.end:d.end + 8]):
        return "other", "the size of a list"


def _reward(ctx, d):
    if d.unit != "count" and countable(d.unit) and _REWARD.search(_before(ctx, d, 16)):
        return "other", "a reward"


def _penalty(ctx, d):
    if d.unit != "count" and countable(d.unit) and _PENALTY.search(_before(ctx, d, 16)):
        return "other", "a penalty the law allows"


def _frequency(ctx, d):
    if d.mw and "/" in d.mw:  # 次/周: the engine read a rate
        return "other", f"a rate in {d.mw}"
    if d.mw in _TIMES and _FREQUENCY.search(_before(ctx, d, 8)):
        return "other", "a frequency"


_ROLE_RULES: tuple[tuple[str, Callable], ...] = (
    ("role.change_alone", _change_alone), ("role.date", _date), ("role.age", _age),
    ("role.threshold", _threshold),
    ("role.duration", _duration), ("role.cases_shown", _cases_shown), ("role.example_case", _example),
    ("role.target", _target), ("role.years_listed", _years_listed), ("role.change_named", _change_named),
    ("role.change_difference", _difference), ("role.change_verb", _verb_before),
    ("role.base_from", _base_from), ("role.base_of_comparison", _base),
    ("role.base_period", _base_period), ("role.list_size", _list_size), ("role.reward", _reward),
    ("role.penalty", _penalty),
    ("role.frequency", _frequency),
)


def _listed_after_change(s: str, drafts: list, readings: list, i: int) -> bool:
    if not i or readings[-1].role not in ("increase", "decrease"):
        return False
    prev, d = drafts[i - 1], drafts[i]
    return (prev.unit, prev.mw) == (d.unit, d.mw) and s[prev.end:d.start] in _LISTED


def _role(ctx: _Context, d) -> tuple[str, str, str]:
    for rule, test in _ROLE_RULES:
        got = test(ctx, d)
        if got:
            return got[0], rule, got[1]
    return "level", "role.level", "no other role applies"


# --- periods --------------------------------------------------------------------------------

def _date_years(value: str) -> tuple[int, int] | None:
    years = _ISO_YEAR.findall(value)
    return (int(years[0]), int(years[-1])) if years else None


def _last_day(value: str) -> str:
    return value.rsplit("/", 1)[-1]


def _compared(s: str, start: int, end: int) -> bool:
    """The date or year at ``s[start:end]`` is what a comparison is made against."""
    return _COMPARED_DATE.search(s, max(0, start - 16), start) is not None \
        or s.startswith(_COMPARED_AFTER, end)


def _date_period(ctx: _Context, d) -> tuple[str, str, str]:
    s = ctx.s
    if _compared(s, d.start, d.end):
        return "base", "period.date_base", "compared with"
    line_start = s.rfind("\n", 0, d.start) + 1
    if _METADATA.search(s[max(line_start, d.start - 12):d.start]):
        return "other", "period.date_metadata", "a publication line"
    value = d.value if isinstance(d.value, str) else ""
    if value in ctx.datelines:
        return "other", "period.dateline", "the day of the dateline"
    if _names_event(s, d):
        return "other", "period.date_names", "a date naming a meeting, a report or a time stamp"
    if _UNTIL_BEFORE.search(s, max(0, d.start - 4), d.start):
        return "reporting", "period.date_until", "截至: the end of the reporting span"
    if ctx.date and "/" not in value and len(value) >= 10 and _days_before(value[:10], ctx.date) in range(0, 8):
        return "other", "period.date_metadata", "a day of the briefing's last week: its dateline or press conference"
    if ctx.date and value[:10] == ctx.date:
        return "other", "period.date_metadata", "the briefing's own date"
    if "X" in value:  # a day or month whose year the text does not give
        return "reporting", "period.date_reporting", "no year to compare"
    if ctx.date and _last_day(value)[:len(ctx.date)] > ctx.date[:len(_last_day(value))]:
        return "target", "period.date_future", f"after {ctx.date}"
    years = _date_years(value)
    if ctx.years and years and years[1] < min(ctx.years):
        return "earlier", "period.date_earlier", f"before {min(ctx.years)}"
    return "reporting", "period.date_reporting", "inside the reporting period"


def _names_event(s: str, d) -> bool:
    """The date at ``d`` names a meeting held or a report, or is a bracketed time stamp."""
    held = _EVENT_HELD_BEFORE.search(s, max(0, d.start - 24), d.start) is not None
    return held and _EVENT_NAME_AFTER.match(s, d.end) is not None \
        or s[d.end - 1:d.end] == "年" and _REPORT_AFTER.match(s, d.end) is not None \
        or _STAMP.search(s, max(0, d.start - 3), d.start) is not None and _STAMP_AFTER.match(s, d.end) is not None


def _days_before(day: str, date: str) -> int | None:
    try:
        return (_dt.date.fromisoformat(date[:10]) - _dt.date.fromisoformat(day)).days
    except ValueError:
        return None


def _context_year(ctx: _Context, d) -> int | None:
    m = None
    for m in _YEAR.finditer(ctx.s, max(ctx.sentence_start, d.start - _SPAN), d.start):
        if _compared(ctx.s, m.start(), m.end()) or _SPAN_START_AFTER.match(ctx.s, m.end()):
            m = None  # a base year or the start of a span: not the figure's period
    if m is None:
        return None
    if m[1]:
        return int(m[1])
    this = int(ctx.date[:4]) if ctx.date else None
    if this is None or m[3]:  # 今年 named after an earlier year: the briefing's own year again
        return this
    return this - {"去年": 1, "上年": 1, "上一年": 1, "前年": 2}[m[2]]


#: Rules of ``other`` whose figures still belong to the period: the cases shown at a press
#: conference, a frequency of work done (每月开展2次: reporting by the labels of sets 17 and 20).
_OF_THE_PERIOD = frozenset({"role.cases_shown", "role.frequency"})


def _period(ctx: _Context, d, role: str, rule: str = "") -> tuple[str, str, str]:
    if role == "base":
        return "base", "period.base", "the base of a comparison"
    if role == "target":
        return "target", "period.target", "a plan's period"
    if d.unit in TIME_UNITS:
        return _date_period(ctx, d)
    if role == "other" and d.unit in DURATION_UNITS and (ctx.s.startswith(_SPAN_AFTER, d.end)
                                                         or _SPAN_BEFORE.search(_before(ctx, d, 4))
                                                         or _SPAN_RESULTS.match(ctx.s, d.end)) \
            and not _RECORD_AFTER.match(ctx.s, d.end):
        return "reporting", "period.span", "a duration spanning the reporting period"
    if role == "other" and rule not in _OF_THE_PERIOD:
        return "other", "period.other_role", "not a measure of the period"
    year = _context_year(ctx, d) if ctx.years else None
    if year is not None and year < min(ctx.years):
        return "earlier", "period.earlier_year", f"{year} before the reporting year"
    return "reporting", "period.reporting", "no other period named"


def _reporting_years(date: str | None) -> frozenset[int]:
    """The briefing's year, and the year before in its first quarter (annual reports)."""
    if not date or not _ISO_YEAR.match(date):
        return frozenset()
    year, month = int(date[:4]), int(date[5:7]) if len(date) >= 7 and date[5:7].isdigit() else 12
    return frozenset({year, year - 1} if month <= 3 else {year})


#: the year before the briefing's, opening a clause of a sentence that compares it year on year
#: (披露，2022年全省新发现吸毒人员1300多名，同比下降了55.2%): last year's results are reported.
_YEAR_OPENING = "(?:^|(?<=[，,。；;：:\n]))(?:\\s*){year}年(?![底末初中前后])"
_YEAR_ON_YEAR = re.compile("同比|按年")
_SENTENCE_STOP = re.compile("[。！？!?\n]")


def _last_year_reported(s: str, date: str | None) -> frozenset[int]:
    """The year before the briefing's when its results are reported with a year-on-year change:
    the year opens a clause whose sentence says 同比 (or 按年)."""
    if not date or not _ISO_YEAR.match(date):
        return frozenset()
    last = int(date[:4]) - 1
    for m in re.finditer(_YEAR_OPENING.format(year=last), s):
        stop = _SENTENCE_STOP.search(s, m.end())
        if _YEAR_ON_YEAR.search(s, m.end(), stop.start() if stop else len(s)):
            return frozenset({last})
    return frozenset()


# --- classes --------------------------------------------------------------------------------

def _clause(s: str, d, clause_ends: list[int], next_start: int) -> str:
    i = bisect.bisect_right(clause_ends, d.start)
    a = max(clause_ends[i - 1] if i else 0, d.start - _LOOK)  # bounded: a long clause stays cheap
    b = min(clause_ends[i] if i < len(clause_ends) else len(s), next_start, d.end + 12)
    return s[a:b]


#: What ends a phrase: a clause's end but the list marks (、) and brackets, so a figure among a verb's
#: coordinated objects (破获非法制造、买卖、…储存枪支弹药案47起) is read with the verb.
_PHRASE_END = re.compile("[，,。；;！？!?\n：:]")


def _phrase(s: str, d, clause: str) -> str:
    """The figure's clause widened back to its phrase's start, within a few dozen characters."""
    lo = max(0, d.start - _LOOK)
    m = None
    for m in _PHRASE_END.finditer(s, lo, d.start):
        pass
    start = m.end() if m else lo
    tail = clause[clause.find(s[d.start:d.end]):] if s[d.start:d.end] in clause else s[d.start:d.end]
    return s[start:d.start] + tail


def _of_phrase(s: str, d, clause: str, got: tuple) -> tuple:
    """The class of the verb that opens the figure's phrase (共破获非法制造、…储存枪支弹药案47起),
    unless the figure's own words name a class that refines it, whatever their unit (毒咖啡包2418包
    is a drug, not the goods 查扣 alone would make it)."""
    phrase = _phrase(s, d, clause)
    code, why, rule = classify(phrase, d.unit, d.mw)
    at = phrase.find(why)
    if code is None or at > _VERB_AT or has_cue(phrase[:at]):  # 起诉发生在…: 起诉 opens it, not 发生
        return got
    own = cue_classes(clause[:max(0, clause.find(s[d.start:d.end]))])
    if any(code in REFINES.get(c, ()) for c in own):
        return got
    return code, why, "class.phrase", "phrase"


def _names_object(s: str, d, clause: str) -> bool:
    """Words of its own before the figure in its clause (、储存枪支弹药案47起): an object of a verb
    told before the list, not a count paired with the figure before it (计198件、199人)."""
    return bool(clause) and not clause.startswith(s[d.start:d.end]) and _HAN_CHAR.search(
        clause[:max(0, clause.find(s[d.start:d.end]))]) is not None


_HAN_CHAR = re.compile(f"[{_HAN}]")
_VERB_AT = 12  # the verb opens its phrase: after its subject and adverbs at most (全省公安机关共)


def _level_of(drafts: list, i: int, readings: list, sentence_start: int):
    """The level a difference or base is compared with: the nearest figure before it in its
    sentence (or within a few characters: 1106起。去年同期18743宗) with its unit and measure word."""
    d = drafts[i]
    for j in range(i - 1, -1, -1):
        o = drafts[j]
        if d.start - o.end > (_SPAN if o.start >= sentence_start else _LOOK):
            return None
        if (o.unit, o.mw) == (d.unit, d.mw) and readings[j].role in ("level", "example", "threshold"):
            return j
    return None


def _with_clause(code, why, rule, clause):
    """The metric's class weighed against its clause's: the clause's where the metric has none
    or where it refines the metric's (共立案查处…案件949起: the metric kept 查处, the clause holds
    立案, filed); none where the clause fits the metric's class and another as well."""
    c_code, c_why, c_rule = clause
    if code is None or rule == "class.crime_named" and c_rule == "class.cue":  # a cue over a crime's name
        return c_code, c_why, c_rule, "clause"
    if c_code is not None and code in REFINES.get(c_code, ()) and not verb_cue(c_code, c_why):
        return c_code, c_why, c_rule, "clause"
    if c_why.startswith("more") and code in c_why:
        return None, c_why + " in the clause", "class.none", "clause"
    return code, why, rule, "metric"


def _metric_class(s, drafts, i, readings, role, sentence_start, clause_ends, role_rule=""):
    d = drafts[i]
    if role == "other" or d.value is None or not countable(d.unit):
        return None, None
    # a base 由/从 N … 至 M is compared with M after it, not with a level before it
    if role in ("increase", "decrease", "base") and role_rule != "role.base_from":
        j = _level_of(drafts, i, readings, sentence_start)
        if j is not None:
            return readings[j].metric_class, ("class.of_level", drafts[j].start, drafts[j].end,
                                              f"the class of {s[drafts[j].start:drafts[j].end]!r}")
    code, why, rule = classify(d.metric or "", d.unit, d.mw)
    where = "metric"
    if not why.startswith("more"):
        nxt = drafts[i + 1].start if i + 1 < len(drafts) else len(s)
        clause = _clause(s, d, clause_ends, nxt)
        code, why, rule, where = _with_clause(code, why, rule, classify(clause, d.unit, d.mw))
        if (code is None or rule == "class.crime_named") and not why.startswith("more") \
                and _names_object(s, d, clause):  # a verb opening the phrase over a crime's name
            code, why, rule, where = _of_phrase(s, d, clause, (code, why, rule, where))
    total = readings[d.parent].metric_class if d.parent is not None else None
    if code is not None and code in REFINES.get(total, ()):  # 其中，10年以上的39名 of fugitives
        code = None
    if code is None and d.parent is not None and not why.startswith("more"):
        parent = drafts[d.parent]
        return readings[d.parent].metric_class, ("class.of_parent", d.start, d.end,
                                                 f"a part of {s[parent.start:parent.end]!r}")
    if code is None and not why.startswith("more"):
        part = _part_of_total(s, d, sentence_start)
        if part is not None:
            return part
    if code is None and not why.startswith("more") and _listed_with(s, drafts, i, readings):
        prev = drafts[i - 1]
        return readings[i - 1].metric_class, ("class.listed", d.start, d.end,
                                              f"listed after {s[prev.start:prev.end]!r}")
    if code is None:
        return None, ("class.none", d.start, d.end, why)
    return code, (rule, d.start, d.end, f"{why!r} in the {where}: {code}")


#: A part named right after its total's words (被拘捕的119名人士之中，88名…; 共拘捕10男18女…，包括7名…).
_PART = re.compile("(?:其中|包括|当中|之中)[，,：:]?$")
#: What ends the total's clause: a clause's or a list's mark, not a bracket (拘捕10男18女（22至69岁）).
_TOTAL_END = re.compile("[，,。；;！？!?\n：:、]")


def _part_of_total(s: str, d, sentence_start: int):
    """The class of the words before 其中/包括/当中/之中 when the figure right after it names none
    (the engine linked no total to it): a part is counted as its total is."""
    m = _PART.search(s, max(sentence_start, d.start - 4), d.start)
    if m is None:
        return None
    end = m.start() - (s[m.start() - 1:m.start()] in ("，", ","))  # 之中，88名 / （…），包括7名
    lo, start = max(sentence_start, end - _LOOK), None
    for start in _TOTAL_END.finditer(s, lo, end):
        pass
    code, why, _ = classify(s[start.end() if start else lo:end], d.unit, d.mw)  # the total's clause only
    if code is None:
        return None
    return code, ("class.part_of_total", d.start, d.end, f"a part after {m[0]!r} of {why!r}: {code}")


#: Between two coordinated objects of one verb: the first's noun, then a list mark (1个毒窟、两间…,
#: 14,178宗、10,057宗, 11,376宗以及9,799宗).
_LIST_JOIN = re.compile(f"[{_HAN}“”「」]{{0,8}}?(?:、|及|以及|和)")


def _listed_with(s: str, drafts: list, i: int, readings: list) -> bool:
    """The figure is listed right after one whose class counts it too, and names no class itself."""
    if not i or readings[i - 1].metric_class is None:
        return False
    prev, d = drafts[i - 1], drafts[i]
    return prev.unit == d.unit and _LIST_JOIN.fullmatch(s, prev.end, d.start) is not None \
        and fits_kind(readings[i - 1].metric_class, d.unit, d.mw) \
        and not has_cue(_PHRASE_END.split(s[d.start:min(len(s), d.end + 8)])[0])


# --- all ------------------------------------------------------------------------------------

def read_all(s: str, drafts: list, date: str | None, ends: list[int] | None = None,
             clause_ends: list[int] | None = None) -> list[Reading]:
    """The reading of each draft figure of the clean text ``s`` (in text order)."""
    ends = ends if ends is not None else [m.end() for m in re.finditer("[。！？!?\n]", s)]
    clause_ends = clause_ends if clause_ends is not None else [m.end() for m in re.finditer("[，。；！？!?\n：、（）()]", s)]
    last = _last_year_reported(s, date)
    years = _reporting_years(date) | last
    datelines = frozenset(d.value for d in drafts if d.unit == "date" and isinstance(d.value, str)
                          and (s.startswith(_DATELINE_AFTER, d.end) or s.endswith("记者", 0, d.start)))
    readings: list[Reading] = []
    for i, d in enumerate(drafts):
        sent = bisect.bisect_right(ends, d.start)
        ctx = _Context(s, ends[sent - 1] if sent else 0, years, date, datelines)
        role, rule, why = _role(ctx, d)
        if rule in ("role.level", "role.base_of_comparison") and _listed_after_change(s, drafts, readings, i):
            role, rule, why = readings[-1].role, "role.change_listed", "listed after a difference"
        period, prule, pwhy = _period(ctx, d, role, rule)
        steps = [(rule, d.start, d.end, f"{role}: {why}"), (prule, d.start, d.end, f"{period}: {pwhy}")]
        if last and period == "reporting":
            steps.append(("period.last_year_reported", d.start, d.end,
                          f"{min(last)} is reported: its results are compared year on year"))
        readings.append(Reading(role, period, None, ()))
        code, step = _metric_class(s, drafts, i, readings, role, ctx.sentence_start, clause_ends, rule)
        steps += [step] if step else []
        readings[-1] = Reading(role, period, code, tuple(steps))
    return readings

