"""Word tables for the figure engine (private). All entries are Simplified."""
from __future__ import annotations

from decimal import Decimal

#: Classifiers that make a number a count. Longest forms are matched first.
MEASURE_WORDS = (
    "人次", "架次", "车次", "户次", "余人",  # 余人 never matches: 余 is read before units
    "起", "名", "人", "个", "宗", "处", "件", "条", "支", "发", "辆", "台", "套", "份", "枚",
    "粒", "类", "家", "户", "次", "只", "头", "间", "项", "张", "笔", "部", "箱", "瓶", "包",
    "座", "架", "艘", "株", "棵", "袋", "位", "所", "例", "种", "场", "轮", "门", "颗", "桩",
    "伙", "册", "本", "盒", "片区", "市", "县", "把", "块", "辆次", "票", "单", "串", "副",
)
MEASURE_WORDS = tuple(sorted({w for w in MEASURE_WORDS if w != "余人"}, key=len, reverse=True))

#: Units that are not classifiers: text -> (unit, factor to the unit).
UNITS: dict[str, tuple[str, Decimal]] = {
    "元人民币": ("CNY", Decimal(1)), "元": ("CNY", Decimal(1)), "块钱": ("CNY", Decimal(1)),
    "港元": ("HKD", Decimal(1)), "港币": ("HKD", Decimal(1)),
    "美元": ("USD", Decimal(1)),
    "公斤": ("kg", Decimal(1)), "千克": ("kg", Decimal(1)), "克": ("kg", Decimal("0.001")),
    "吨": ("kg", Decimal(1000)), "斤": ("kg", Decimal("0.5")),
    "平方米": ("m2", Decimal(1)), "平米": ("m2", Decimal(1)), "平方公里": ("m2", Decimal(1_000_000)),
    "亩": ("mu", Decimal(1)),
    "%": ("percent", Decimal(1)), "个百分点": ("pp", Decimal(1)),
    "天": ("day", Decimal(1)), "个工作日": ("day", Decimal(1)),
    "个月": ("month", Decimal(1)), "个多月": ("month", Decimal(1)),
    "周": ("week", Decimal(1)), "个星期": ("week", Decimal(1)), "星期": ("week", Decimal(1)),
    "年": ("year", Decimal(1)), "小时": ("hour", Decimal(1)), "个小时": ("hour", Decimal(1)),
}
UNIT_KEYS = tuple(sorted(UNITS, key=len, reverse=True))

#: 日 is a unit of days only after these words (otherwise 十六日 is a date).
DAY_TRIGGERS = ("为期", "历时", "持续", "连续", "用时", "仅用", "耗时")

#: Qualifier words before the number, longest first, and after it.
PREFIX_QUALIFIERS = (
    ("将近", "nearly"), ("接近", "nearly"), ("近", "nearly"),
    ("大约", "about"), ("约为", "about"), ("约", "about"),
    ("超过", "at_least"), ("逾", "at_least"), ("超", "at_least"), ("多于", "at_least"),
    ("不足", "at_most"), ("不到", "at_most"), ("少于", "at_most"), ("不超过", "at_most"),
)
NOT_NEARLY = ("最近", "附近", "临近", "靠近", "就近")
SUFFIX_QUALIFIERS = (("以上", "at_least"), ("以下", "at_most"), ("以内", "at_most"),
                     ("左右", "about"), ("上下", "about"), ("许", "about"))
#: Between number and unit: 余/多 (more than), 来 (about).
INFIX_QUALIFIERS = {"余": "at_least", "多": "at_least", "来": "about"}

#: Change verbs and the sign they give.
UP_VERBS = ("上升", "增长", "增加", "提高", "提升", "上涨", "增", "升")
DOWN_VERBS = ("下降", "减少", "降低", "下跌", "回落", "减", "降")
AMPLITUDE = {"降幅": -1, "跌幅": -1, "减幅": -1, "增幅": 1, "涨幅": 1, "升幅": 1}
BASES = (
    ("与去年同期相比", "yoy"), ("较去年同期", "yoy"), ("比去年同期", "yoy"), ("同比", "yoy"),
    ("较上年同期", "yoy"), ("较上年", "yoy"), ("比上年", "yoy"), ("较去年", "yoy"),
    ("比去年", "yoy"), ("环比", "mom"), ("较上月", "mom"), ("比上月", "mom"),
)

#: Verbs that open a metric phrase ("破获刑事案件").
METRIC_VERBS = (
    "破获", "侦破", "侦办", "破", "抓获", "抓捕", "捉获", "拘捕", "拘获", "擒获", "打掉", "捣毁",
    "捣破", "摧毁", "缴获", "收缴", "查获", "检获", "查处", "查扣", "查封", "扣押", "冻结", "挽回",
    "追缴", "追回", "清收", "起诉", "判决", "判处", "刑事拘留", "逮捕", "投入", "出动", "动员",
    "发动", "检查", "整改", "整治", "化解", "督办", "办结", "查结", "寻回", "解救", "救助",
    "立案", "受理", "处理", "处罚", "行政拘留", "发现", "排查", "清查", "建成", "购置", "培训",
    "发放", "开展", "组织", "举办", "调集", "敦促", "劝返", "遣返", "移送", "受理", "接报",
)
#: Words stripped from the start of a metric phrase.
METRIC_NOISE = ("各类", "各种", "各项", "累计", "共计", "合计", "共", "先后", "成功", "依法",
                "其中", "另", "同时", "此外", "全州", "全省", "全市", "全国", "了", "已", "特大")

#: A numeral followed by these is an idiom or fixed phrase, not a measurement.
IDIOMS = (
    "一条龙", "一次性", "一盘棋", "一把手", "一体化", "一站式", "一张网", "一件事", "一张图",
    "一批", "一起来", "一线", "一道", "一片", "一举", "一律", "一同", "一并", "一系列",
    "一次次", "一个个", "一件件", "一起起", "一桩桩", "两个维护", "两个确立", "四个意识",
    "四个自信", "四个铁一般", "四个全面", "八类暴力", "八类严重暴力", "八类主要刑事",
    "一个中心", "两个基本点", "五个一", "一个不漏", "一个不少", "一人一档", "一案一策",
)
#: Case nouns that make 一起 ("one case") a count rather than "together".
CASE_NOUNS = ("案", "事件", "事故", "纠纷")
