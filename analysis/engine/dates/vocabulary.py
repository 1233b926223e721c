"""The words dates are read with (each entry with where it comes from) and the rule ids of the
readers, for explanations."""
from __future__ import annotations

#: Year words counted from the document's own year (现代汉语词典: 今年, 本年 "this year";
#: 去年, 上年 "last year" — 上年 as in statistical bulletins' 比上年; 前年 "the year before
#: last"; 明年 "next year").
RELATIVE_YEARS = {"今年": 0, "本年": 0, "去年": -1, "上年": -1, "前年": -2, "明年": 1}

#: Year words counted from the last year written in the text (同年/当年 "that same year",
#: 次年/翌年/第二年 "the following year"), Simplified and Traditional.
ANCHOR_YEARS = {"同年": 0, "当年": 0, "當年": 0, "次年": 1, "翌年": 1, "第二年": 1}

#: Parts of the day before a clock time and how a 12-hour reading maps to 24 hours:
#: "pm" adds 12 to 1–11; "noon" adds 12 to 1–5 (中午1时 = 13:00); "am" keeps the hour
#: (凌晨12时 = 00:00); "evening" (晚上, 晚间, 晚: 晚上 "太阳落了以后到深夜以前的时间", after sunset and
#: before the depth of the night, the gloss of 现代汉语词典 as a thesaurus quotes it:
#: ctoth.com/dictionary/2429196.html) adds 12 to 5–11, and 1–4 are not evening hours
#: (晚上2点 is 02:00 or 14:00: neither is read); "night" (夜里, 深夜: the whole night) adds 12 to
#: 6–11 and keeps 0–5 (夜里2时 = 02:00). 12 in the evening or the night is the midnight that ends
#: the day (24:00; after a date, 00:00 of the next day).
DAY_PARTS = {"凌晨": "am", "早上": "am", "早晨": "am", "清晨": "am", "上午": "am", "早": "am",
             "中午": "noon", "午间": "noon", "下午": "pm", "午后": "pm", "傍晚": "pm",
             "晚上": "evening", "晚间": "evening", "晚間": "evening", "夜间": "night", "夜間": "night",
             "夜里": "night", "夜裡": "night", "夜晚": "night", "深夜": "night", "晚": "evening",
             "夜": "night", "今晨": "am", "晨": "am"}
#: Latin marks of the half of the day after a clock time (2021-4-27 10:06 PM: a Taiwan news site's
#: time stamp, tests/cases/heldout14), as English writes them (AM/PM, a.m./p.m.).
LATIN_MERIDIEMS = {"AM": "am", "PM": "pm", "am": "am", "pm": "pm", "A.M.": "am", "P.M.": "pm",
                   "a.m.": "am", "p.m.": "pm"}
LATIN_MERIDIEMS_LONGEST_FIRST = tuple(sorted(LATIN_MERIDIEMS, key=len, reverse=True))

#: Words between a part of the day and its clock time, or before a clock time, that make it
#: approximate (下午约4时30分, 晚上约10時, 约22时), as 约 is before any number (vocab.PREFIX_QUALIFIERS).
ABOUT_BEFORE_TIME = ("大约", "约", "約")

#: After a half-year or a quarter, its start or its end (一季度末 "the end of the first quarter",
#: 四季度初): 末/底 its last day (as 月底, 年底), 初 its first month (as 月初 is the first third of a month).
PERIOD_PART_WORDS = ("初", "末", "底")

#: Half-years and quarters of a year: (first month, last month). 季度 as in the National
#: Bureau of Statistics' quarterly releases (一季度 = January–March).
PERIODS = {"上半年": (1, 6), "下半年": (7, 12), "一季度": (1, 3), "二季度": (4, 6),
           "三季度": (7, 9), "四季度": (10, 12), "前两季度": (1, 6), "前二季度": (1, 6),
           "前三季度": (1, 9), "前半年": (1, 6), "后半年": (7, 12), "後半年": (7, 12)}
#: Halves read only after a year (今年后半年, 2019年前半年): 前半年/后半年 "the first/second half of
#: the year" (《现代汉语词典》 前半天/后半天 "morning/afternoon", the same 前/后 of halves); alone,
#: 其后半年, 此后半年 are "the half-year after it", a length.
PERIODS_AFTER_A_YEAR = ("前半年", "后半年", "後半年")

#: What may follow a day written alone (20日召开, 23日，记者…, 昨日(13日)): punctuation,
#: a part of the day, a dateline, a verb of the announcement, or the subject of the sentence.
#: Anything else (5日内, 3日后) leaves the number to be read as a quantity.
DAY_ALONE_NEXT = ("，", ",", "、", "。", "；", ";", "：", ":", "）", ")", " ", "\u3000",
                  "上午", "下午", "中午", "晚", "凌晨", "早", "傍晚", "夜", "电", "電", "讯", "訊",
                  "起", "至", "到", "以来", "以來", "召开", "召開", "举行", "舉行", "通报", "通報",
                  "发布", "發布", "公布", "介绍", "介紹", "表示", "获悉", "獲悉", "宣布", "透露",
                  "对外", "對外", "向", "从", "從", "在", "称", "稱", "披露", "举办", "舉辦",
                  "开展", "開展", "发出", "發出", "接受",
                  # 于/於 "at, in" as 在 (侯友宜16日於道安會報重申: Liberty Times via Yahoo 2025,
                  # tests/cases/heldout20); 首 "first" (13日首波專案突擊勤務, 16日首度, 20日首次: China
                  # Times 2025, heldout20): a length of days is not followed by what it is the first of
                  "于", "於", "首",
                  # a Hong Kong dateline: the official met the press that day (鄧炳強28日見記者時公佈:
                  # Hong Kong China News Agency 2025, tests/cases/heldout17; the style of set 12)
                  "见记者", "見記者", "会见传媒", "會見傳媒", "出席", "主持",
                  # the subject of the sentence the day opens (12日民警…, 15日他被…, 29日你来吗)
                  "民警", "警方", "我们", "我們", "他们", "他們", "你", "您", "我", "他", "她")

#: Words before a day alone that make it a day: 截至/截止 "up to (a time)" (现代汉语词典 截至 "截止到
#: (某个时间)"), anywhere; 至/到 "until" where they open a clause (表示，至19日行動合共拘捕423人: Hong
#: Kong China News Agency 2023, tests/cases/heldout19), not after a verb (延长至15日, 增至5日: a length).
DAY_ALONE_AFTER = ("截至", "截止", "截止到")
DAY_ALONE_AFTER_OPENING = ("至", "到")
#: What ends the clause before such an opening word.
CLAUSE_BREAKS = "，,。；;：:！？!?\n "

#: Words after a range of days with no month (3日至5日内, 7日至10日后) that make it a range of lengths,
#: not of dates: 内 "within", 后 "after" (现代汉语词典), as after a length (5日内).
DAYS_LENGTH_AFTER = ("内", "內", "以内", "以內", "之内", "之內", "后", "後", "以后", "以後", "之后", "之後")

#: Verbs of a bounded deed that 24小时 may come just before (民警24小时跨省追击，成功抓获: Zhejiang Daily
#: 2022, tests/cases/heldout21; 24小时破案): the time the deed took, a length, not "round the clock"
#: (24小时值班, 24小时服务), a round-the-clock duty having no end to reach.
BOUNDED_DEEDS = ("追击", "追捕", "追缉", "追踪", "奔袭", "破案", "侦破", "告破", "抓获", "擒获")
#: How many characters may stand between 24小时 and such a verb (跨省 "across provinces", 连续).
BOUNDED_DEED_REACH = 3

#: Words before a number that make ``N日`` a length of time or a count, not a day.
DAY_ALONE_NOT_AFTER = ("为期", "為期", "历时", "歷時", "连续", "連續", "一连", "一連", "用时", "用時", "耗时", "耗時",
                       "持续", "持續", "共", "仅", "僅", "近", "约", "約", "逾", "达", "達", "超",
                       "每", "第", "满", "滿", "前", "后", "後", "多", "数", "數", "几", "幾", "月", "年",
                       "个", "個", "零", "半", "了", "用", "经", "經", "需", "有", "余", "餘")

#: Words before N年(M月) that make it a length of time, not a year of two digits (有期徒刑10年3月
#: "a sentence of ten years and three months"): the penalties of the Criminal Law (刑法 第三十三条:
#: 管制, 拘役, 有期徒刑) and of the Public Security Administration Punishments Law (拘留), and the
#: words of a sentence's length.
LENGTH_BEFORE = ("徒刑", "拘役", "管制", "拘留", "刑期", "判处", "判處", "判", "服刑", "缓刑", "緩刑", "减刑", "減刑",
                 "处", "處", "期限", "时长", "時長")
#: Words before N月 (no day after it) that count months from now or from a year's end: 近三月 "the
#: past three months", 后三月 "the last three months" (of a year written before it: 2021年后三个月 =
#: October to December, as 今年前八个月 is January to August; after no year, a length).
MONTHS_COUNTED_AFTER = ("近", "后", "後")
#: Words after a year that make it the start of a period up to now (98年迄今 "from 2009 until
#: now", 105年以來 "since 2016"): 迄今 and 至今 mean "until now", 以来 "from then until now".
SINCE_WORDS = ("迄今", "至今", "以来", "以來")
#: How many years back a ROC year alone before SINCE_WORDS may be read as a year (98年迄今 in a
#: 2025 page: ROC 98 is 2009); further back it may be a number of years (80年以來).
ROC_SINCE_REACH = 30
#: Parts of a month that open a range without naming its first day: 初 "the beginning" (月初,
#: early in the month) bounds no day, so 3月初到11月底 runs from the month (EDTF 2012-03/2012-11-30),
#: while 上旬 (days 1-10) starts on the 1st. The convention of the twelfth held-out set.
MONTH_START_VAGUE = ("初",)
#: The frame 自…起 ("from … on") around a ROC year in a text that writes them (自109年起 = from
#: 2020 on): the openers and the closers. 从/從/由…起 mark the starting point of a period
#: (《现代汉语八百词》, 自 and 起 entries: 自…起 "from a time on").
ROC_FROM_OPENERS = ("自", "從", "从", "由")
ROC_FROM_CLOSERS = ("起", "開始", "开始")
#: Words between a range's start and its mark that say the start opens it (从2017年5月开始至12月结束
#: "from May 2017 to December": 开始 "begin", 起 "from … on"; 《现代汉语八百词》, 从 entry: 从…开始/起).
RANGE_START_WORDS = ("开始", "開始", "起")
#: Range marks of two characters, read before the one-character marks of vocab.RANGE_MARKS: the
#: doubled dash (破折号 ——) some pages write between a range's ends (2018年2——4月).
RANGE_MARKS_LONG = ("——",)
#: What after N时 makes it a word, not a clock time (第一时间, 一时间, 时期, 时代, 时速 …).
HOUR_NOT_BEFORE = ("间", "間", "期", "代", "候", "速", "效", "限", "段", "刻", "尚", "事", "机", "機")

#: Words that name a day counted back from the document date (现代汉语词典: 今天/今日 "today",
#: 昨天/昨日 "yesterday", 前天/前日 "the day before yesterday", 大前天 "the day before that";
#: 明天/明日 "tomorrow", 后天 "the day after tomorrow", 大后天 "the day after that": negative counts):
#: before a day alone (今天(27日)) and before a clock time (明天下午5:00, 昨日10时许).
RELATIVE_DAYS = {"今天": 0, "今日": 0, "昨天": 1, "昨日": 1, "前天": 2, "前日": 2, "大前天": 3,
                 "明天": -1, "明日": -1, "后天": -2, "後天": -2, "大后天": -3, "大後天": -3}

#: The same words split around the day in brackets, as Taiwan and Hong Kong newsrooms write the
#: day of the report: 今（25）日 "today (the 25th)", 昨（24）日, 前（23）日 "the day before
#: yesterday". Source: Yahoo News Taiwan, Changhua County police report of 2025-11-25
#: (tests/cases/heldout2-docs.jsonl, 今（二十五）日).
BRACKETED_DAY_HEADS = {"今": 0, "昨": 1, "前": 2, "明": -1}
#: A day counted from the document date and a part of it in one word, before a clock time
#: (现代汉语词典: 昨晚 "yesterday evening", 今晚, 明晚, 前晚 "the evening before yesterday", 昨夜, 今夜;
#: 今早, 明早): 昨晚8时35分. Not 前夜, "the eve" (国庆前夜).
RELATIVE_DAY_PARTS = {"昨晚": 1, "昨夜": 1, "今晚": 0, "今夜": 0, "今早": 0, "明晚": -1, "明早": -1, "前晚": 2}
#: What after N点 makes it a clock time with no part of the day before it: 整 "exactly" and 钟
#: (N点钟 "N o'clock"; 现代汉语词典 点钟). Not 整 before the rest of a word (零点整治 "the zero-hour
#: clean-up"), nor 钟 before a direction on the clock face (三点钟方向).
HOUR_WORDS_AFTER = ("整", "钟", "鐘")
HOUR_WORD_NOT_BEFORE = ("治", "顿", "頓", "改", "体", "體", "个", "個", "理", "合", "套", "数", "數", "修", "形",
                        "洁", "潔", "装", "裝", "肃", "肅", "编", "編", "风", "風", "容", "备", "備", "方", "位")
#: Words after N点 that relate a moment to it, so N点 is an hour (十二点之后, 3点以前, 10点左右),
#: as 约 before it does (大约十点): points are not "before" or "about".
HOUR_RELATIONS_AFTER = ("之前", "之后", "之後", "以前", "以后", "以後", "左右", "前后", "前後")
#: What a date written just before N点 ends with (8月12日8点, 今天9点20, 8号8点): the hour is a clock
#: time (8点 alone may be "8 points", 提出8点要求).
DAY_ENDINGS = ("日", "号", "號", "天")

#: Words for the day of the date written before them, and how many days after it (现代汉语词典:
#: 当日/当天/同日 "that same day", 次日/翌日/第二天 "the next day"); 当 alone before a part of the
#: day (当晚, 当夜). A clock time after one of them is a datetime on that day: 10月3日…，当日19时许.
SAME_DAY_WORDS = {"当日": 0, "当天": 0, "同日": 0, "次日": 1, "翌日": 1, "第二天": 1}

#: The end of a year after it (计划首阶段已于2025年年底完成: Sing Tao, Hong Kong 2026), read as its
#: last day like 7月底 (the 31st): 现代汉语词典 年底 "the end of the year".
YEAR_END_WORDS = ("年底", "年末", "底", "末")  # 底/末 right after the year's own 年 (2019年底, 19年末)

#: Month words counted from the document's own month (现代汉语词典: 本月 "this month", 上月
#: "last month", 下月 "next month"): 警方本月四日对十名…(Oriental Daily, Hong Kong, 2020-09).
RELATIVE_MONTHS = {"上个月": -1, "下个月": 1, "本月": 0, "上月": -1, "下月": 1}

#: The start or the end of a year or a month named from the document's date, after a year word
#: (去年底, 今年初, 今年年初, 上年末) or a month word (本月初, 上月底, 本月中旬). 年初 "一年开始的一段时间"
#: and 年底/年末 "一年的最后一段时间" (《现代汉语词典》 年初, 年底, 年末); read as 月初/月底 are: 初 the
#: first month of a year (its first ten days of a month), 底/末 the last day, 上旬/中旬/下旬 the thirds.
YEAR_EDGE_WORDS = ("底", "末", "初")
MONTH_EDGE_WORDS = ("上半月", "下半月", "上旬", "中旬", "下旬", "初", "底", "末")
#: Halves of a month: 上半月 "一个月的前十五天", 下半月 the rest (《现代汉语词典》 上半月, 下半月).
#: Alone they are halves of the month of the date they continue, else of the document's; never
#: before 刊/形/板 (半月刊 "fortnightly", 半月形, 半月板).
HALF_MONTHS = {"上": "上半月", "下": "下半月"}
HALF_MONTH_NOT_BEFORE = ("刊", "形", "板")
#: Words that begin with an edge word and are no edge (今年初步建成 "initially built this year",
#: 本月初次, 今年初中毕业, 守住今年底线): 《现代汉语词典》 entries 初步, 初次, 初中, 底线 … .
NOT_AN_EDGE = ("初步", "初次", "初见", "初中", "初始", "初具", "初显", "初心", "初衷", "初审", "初查", "初核",
               "初判", "初犯", "初赛", "初稿", "初级", "初现", "初露", "初创", "初任", "初选", "初试", "初检",
               "初筛", "初定", "初拟", "初建", "初成", "初一", "初二", "初三", "底线", "底数", "底子", "底气",
               "底层", "底部", "底薪", "底盘", "底册", "底账", "末端", "末位", "末尾", "末梢", "末班")
#: After 年初 with no year word, the words that make it "since the start of this year" (年初以来,
#: 年初至今), and what may come before it (the start of a clause, 自/从/截至).
YEAR_START_SINCE = ("以来", "以來", "至今")
YEAR_START_AFTER = ("，", ",", "。", "；", "：", "\n", " ", "自", "从", "從")

#: How far back a year-less month after the document date may reach into the previous
#: year (a 12月 date in a January briefing is last December): months before the
#: document's month.
PREVIOUS_YEAR_REACH = 3

#: A decade written without its century (九十年代) is read in the last century only where the
#: decade of that name in the document's own century begins more than this many years after the
#: document's year: 30年代 in a 2017 text may be the coming one (a target), 90年代 is the 1990s.
DECADE_AHEAD_REACH = 20

#: The parts of a decade after it (九十年代末期, 60年代前期): the years they cover, counted from the
#: decade's first, by the thirds a month is read in (月初 = 上旬, the first ten days): 初/初期/前期 the
#: first three years, 中期 the middle four, 末/末期/后期 the last three. A convention, as 月初 is.
DECADE_PARTS = {"初期": (0, 2), "前期": (0, 2), "初": (0, 2), "中期": (3, 6), "末期": (7, 9), "后期": (7, 9),
                "後期": (7, 9), "末": (7, 9)}

#: Rule ids of this module, for explanations (``DateStep.rule`` / ``DateVeto.rule``).
RULES = {
    "date.numeric": "a year, month and day in digits with -, . or / (2018.11.23)",
    "date.dotted_months": "months written year.month joined by a range mark (1999.08-2002.02, 2008.03-2009)",
    "date.written": "a date written with 年/月/日 (and 上旬/中旬/下旬/初/底/末)",
    "date.range": "a second date after 至/到/—/-/~ that completes the first into a range (a space around the mark, 开始/起 before it: 8 月至 12 月, 5月开始至12月)",
    "date.range_day_parts": "a range of days whose ends carry parts of the day (8月12日晚至13日凌晨): a range of days, never its end alone",
    "date.day_span": "two days after a month written once (6月3~5日, 8月11至13日): a range of days in that month",
    "date.range_next_year": "the range ends in an earlier month: it crosses into the next year",
    "date.range_next_month": "the range ends on an earlier day with no month written (7月28日至3日): it ends in the next month",
    "date.year_range": "two years joined by 至/到/—/- (2019年至2021年)",
    "date.month_pair": "two adjacent months written together (七八月份, 1-2月)",
    "date.period_part": "初/末/底 after a half-year or quarter (一季度末 = its last day, 四季度初 = its first month)",
    "date.period": "a half-year or quarter of a written, relative or inferred year (今年上半年)",
    "date.day_alone": "a day written without its month (20日召开, 截至22日, 16日於), or two joined by a range mark (3日至10日)",
    "date.relative_day": "今天/昨日(N日) checked against the document date (a mismatch: the date is doubted); a clock time after 明天/昨晚 … on that day",
    "date.bracketed_day": "今（N）日/昨（N）日/前（N）日: the day of the report in brackets",
    "date.relative_month": "本月/上月/下月 N日: the month counted from the document date",
    "date.same_day": "当日/当天/次日 with a clock time: a datetime on the day of the date before it",
    "date.year_end": "年底/年末 after a year: its last day (2025年年底 = 2025-12-31)",
    "date.short_year": "a year of two digits (一七年 = 2017, 98年4月 = April 1998), its century from the document date",
    "date.roc": "a year of the Republic of China calendar (民國112年 = 2023; 98年迄今 = 2009 in a text that writes them)",
    "date.decade": "a decade after its century (上世纪80年代 = 1980–1989, 本世纪20年代 from the document date), or alone where only one decade of that name has begun by the document's year (九十年代 in 2017)",
    "date.decade_part": "初期/中期/末期 after a decade (九十年代末期 = 1997–1999): its first three, middle four or last three years",
    "date.relative_year": "今年/去年/前年/明年/上年/本年 from the document date",
    "date.relative_edge": "the start or end of a year or month named from the document date (去年底 = its 31 December, 今年初 = its January, 本月初 = its first ten days)",
    "date.half_month": "上半月/下半月 alone: days 1–15 or 16 to the end of the month of the date before it, else of the document's (inferred)",
    "date.year_start_since": "年初以来/年初至今 with no year word: January of the year the text reports on (inferred)",
    "date.anchor_year": "同年/当年/次年 from the year written before it",
    "date.inferred_year": "the year taken from a date before it or from the document date",
    "date.inferred_month": "the month taken from a date before it or from the document date",
    "date.year_left_open": "the year the context gives makes no calendar date (2月29日 in a common year): left XXXX",
    "date.datetime": "a date followed by a clock time",
    "time.about": "许/左右/上下 after a clock time, or 约 before it (下午约4时30分): about that time",
    "time.clock": "a clock time hh:mm(:ss)",
    "time.hour": "a clock time written N时(N分)(N秒), N时1刻/三刻, N点半, N点零五分, or N点(十五) after a part of the day",
    "time.day_part": "a part of the day turning a 12-hour reading (N时, N点, hh:mm) into 24 hours",
    "time.meridiem": "AM/PM (a.m./p.m.) after hh:mm turning a 12-hour reading into 24 hours (10:06 PM = 22:06)",
    "veto.time.meridiem": "an hour AM/PM disagrees with (20:54 AM, 0:30 PM): not read",
    "time.range": "two clock times joined by 至/到/— (overnight when the end is earlier; a space around the mark: 下午 14 時至 18 時)",
    "duration.years_and_months": "years and months of a length (有期徒刑四年六个月): one length in months (54)",
    "duration.days_and_hours": "days and hours of a length (还剩8天20时): one length in hours (212)",
    "duration.minutes_and_seconds": "minutes and seconds of a length (用时3分20秒): one length in seconds (200)",
    "duration.half_after_ge": "N个半 and a unit of time (一个半小时, 两个半月): N and a half of it",
    "duration.days_and_nights": "N天N夜 or N天N-1夜 (三天三夜, 三天两夜): a length of N days",
    "duration.part_after_you": "a part of a length after another and 又 (两天又一个月): a length of its own, never summed across months",
    "veto.date.invalid": "not a calendar date (2月30日, 13月, 29 February of a common year)",
    "veto.date.url": "a date inside a web address",
    "veto.date.no_year": "a half-year or quarter with no year written nor a document date",
    "veto.date.range_end": "the end of a date or clock-time range not joined to its start (20201月至9月, 20到24時14件): never a value of its own",
    "veto.date.short_year": "a year of two digits (98年4月) with no document date to give its century, or in a text that may count years from 1912",
    "veto.date.day_unsure": "a day alone (8日) after dates that name two months for it: no date rather than a guess",
    "veto.date.lunar": "a month and a day in Chinese digits without 日 nor a year (八月十五, 五月初五): the lunar calendar's form, no Gregorian date",
    "veto.date.fragment": "the month or day of a date whose year or month was vetoed (2023年2月29日)",
}
