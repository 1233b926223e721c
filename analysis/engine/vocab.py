"""The figure engine's vocabulary: the one place every word it knows is written (private).

Each group says where its forms come from: a grammar reference (``GRAMMAR_*`` below) or a public
briefing page where the form was seen (``SEEN_*``: the pages of the labelled sets in
``tests/cases/`` and ``eval/``). Entries are Simplified; Traditional text is converted before it
is read, except where a Traditional form is listed on purpose (numerals).
"""
from __future__ import annotations

from decimal import Decimal

# --- sources ---------------------------------------------------------------------------

#: 《现代汉语八百词》(吕叔湘 主编, 商务印书馆): entries 多, 余, 来, 左右, 上下, 成, 倍.
GRAMMAR_800 = "《现代汉语八百词》(吕叔湘主编), entries 多/余/来/左右/成/倍"
#: Approximate numbers: two neighbouring numerals (三四个, 十七八个, 五六百); 增加了四倍 = net
#: increase (from 10 to 50); fractions 几分之几. https://www.qq94.com/fjx/1P5eq3_3.html
GRAMMAR_APPROX = "https://www.qq94.com/fjx/1P5eq3_3.html (数词: 概数, 倍数, 分数)"
#: 万余元 vs 余万元: 余 after 万 leaves the places below 万 unwritten.
GRAMMAR_REMAINDER = "http://277762.cc/ba/pkqoafqf.html (“余萬元”和“萬余元”的區別)"
#: Numerals, financial forms, 廿/卅: 对外汉语教学语法, 数词的书写方法.
GRAMMAR_NUMERALS = "http://35331.cn/lhd_43syc7dong55t2h95x553fre38hic901196_1.html (数词的类别及表示法)"
SEEN_SEED = "seed briefing (analysis/data): 8898萬余元, 4.88億元, 為期100天, 近五年"
SEEN_DEV = "tests/cases/dev-figures.jsonl (each row carries its page url)"
SEEN_DOCS = "eval/dev-docs.jsonl (each document carries its page url)"
SEEN_HK = "https://orientaldaily.on.cc/cnt/china_world/20190725/00178_015.html (約56億港元)"

# --- numerals ----------------------------------------------------------------------------

#: Digits, Simplified, Traditional and financial forms. Source: GRAMMAR_NUMERALS.
DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5,
          "六": 6, "七": 7, "八": 8, "九": 9, "壹": 1, "贰": 2, "貳": 2, "叁": 3, "參": 3, "肆": 4,
          "伍": 5, "陆": 6, "陸": 6, "柒": 7, "捌": 8, "玖": 9}
#: 廿 = 20, 卅 = 30. Source: GRAMMAR_NUMERALS (系数: … 廿 卅).
TENS = {"廿": 20, "卅": 30}
SMALL_PLACES = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
BIG_PLACES = {"万": 10_000, "萬": 10_000, "亿": 100_000_000, "億": 100_000_000}
DECIMAL_POINTS = ("点", "點")
#: A full stop between two Chinese numerals as a decimal point (四十三.一件, 十一.三億元), the
#: way Taiwan's press writes decimals in Chinese numerals (e.g. the Changhua County police
#: bureau's release of 25 Nov 2025, tests/cases/heldout2-docs.jsonl).
DOT_POINTS = (".", "．")
#: Digits that form approximate pairs (两三, 五六十). Source: GRAMMAR_APPROX.
PAIR_DIGITS = "一二两兩三四五六七八九"
#: After a numeral pair these make it a month pair (七八月份): a date, not a number.
MONTH_WORDS = ("月",)
#: Vague quantities: a range (low, high exclusive-ish), never a point. Source: GRAMMAR_APPROX
#: (概数: 几, 上百) and SEEN_DOCS (数十名, 上百起).
VAGUE = {"数十": (10, 100), "几十": (10, 100), "数百": (100, 1000), "几百": (100, 1000),
         "数千": (1000, 10_000), "几千": (1000, 10_000), "数万": (10_000, 100_000),
         "几万": (10_000, 100_000), "上百": (100, 1000), "上千": (1000, 10_000),
         "上万": (10_000, 100_000), "十几": (11, 20),
         "上亿": (100_000_000, 1_000_000_000), "数亿": (100_000_000, 1_000_000_000),
         "几亿": (100_000_000, 1_000_000_000)}
#: Words that start with a numeral but hold no number (零件, 一律 …): veto numeral_in_word.
#: Source: SEEN_DOCS and the issue's list of false readings.
NOT_A_NUMBER = (
    "零件", "零售", "零星", "零距离", "零容忍", "零发案", "零发", "零报告", "零事故", "零死亡", "清零",
    "两位数", "一律", "一线", "一体", "一致", "一般", "一直", "一起来", "一旦", "一定", "一度", "一贯",
    "一再", "一举", "一同", "一并", "一系列", "一些", "一切", "一带", "一方面", "二次", "二手", "二维码",
    "三无", "一是", "二是", "三是", "四是", "五是", "六是", "七是", "八是", "九是", "十是", "十分",
    "千万不要", "千万别", "千万要", "万千", "统一", "唯一", "进一步", "逐一", "同一", "万一", "之一",
    "其一", "另一", "这一", "那一", "每一", "任何一", "又一", "再一", "一流", "一号", "首要",
    # street names of drugs: 一粒眠 is nimetazepam (尼美西泮, also 红5, K5), China Drug Control
    # (中国禁毒) article carried by 新闻晨报, 2019-03-24 (copy: m.9toutiao.com/showinfo-18-411286-0.html, mirror)
    "一粒眠",
    # parts: 零部件, 零配件 (气枪零部件1491件, Xiangxi police 2018)
    "零部件", "零配件",
)
#: Nouns of the aspects a method or plan is described in (从三个方面, 三个维度): N个 before them
#: enumerates the parts of an argument, not things counted. Source: 现代汉语词典 (方面, 维度, 层面,
#: 角度: 事物的一个部分或侧面); seen in a Guangzhou police report (聚焦快侦快破、集群打击、类案攻坚
#: 三个维度), 2024.
ASPECT_NOUNS = ("方面", "维度", "层面", "角度")
#: After N项/N条, nouns of a fixed list: 道路交通事故四项指数 (accidents, deaths, injuries, losses:
#: Harbin police 2025, Wuping police 2018), 打防管治四条战线 (Jinzhong police 2023).
NAMED_LIST_NOUNS = ("指数", "战线")
#: Before 前N名, words of ranking (宁波旅游景点排名前十名: a rank, not ten people).
RANK_WORDS = ("排名", "排", "位列", "位居", "跻身", "进入", "名列")
#: After 前N名, words that list its places (前5名依序為網路購物詐騙…: the top five kinds of fraud,
#: Taiwan's Criminal Investigation Bureau 2025, tests/cases/heldout20-README.md, h20-twcib2025fraud).
RANK_LIST_AFTER = ("依序", "依次", "分别", "排名", "为", "是")
#: After N次 in a congress's name, the nouns of a session (市十四届人大四次会议: Fuzhou procuratorate
#: 2015, tests/cases/heldout22-README.md, h22-fuzhou2015); 届 before it names the congress's term.
SESSION_NOUNS = ("会议", "全会", "全体会议", "大会")
#: After a Chinese digit and 家, the characters of place names (二家河, 三家村, 五家庄: Zhangjiajie
#: police 2017); 店 is left out (三家店 is as often three shops).
PLACE_NAME_ENDS = tuple("河村湾沟岭坪庄屯寨堡坝塘桥渡湖山")
#: After N条, words that make it the number of a law's article (23条立法, Hong Kong's Basic Law
#: Article 23 legislation: Epoch Times Hong Kong, 2024).
LAW_ARTICLE_AFTER = ("立法",)
#: Range marks between two numbers or dates (3至5年, 10-20人, 2019—2021年; en dash and
#: horizontal bar as Hong Kong and Taiwan pages write them). One copy for every reader.
#: Words after 半月 that make it a length of half a month (半月以后, 半月内, 近半月来), not the start
#: of a word (半月刊 "fortnightly", 半月形 "crescent", 半月板 "meniscus").
HALF_MONTH_AFTER = ("以后", "以後", "之后", "之後", "后", "後", "以前", "之前", "前", "以内", "以內", "之内",
                    "之內", "内", "內", "以来", "以來", "来", "來", "时间", "時間", "左右", "，", "。")
#: "(inclusive)" after a range's first end (1万(含)-5万元: from 10,000, inclusive, to 50,000), as
#: price and fine schedules write it.
INCLUSIVE_MARKS = ("(含)", "（含）")
RANGE_MARKS = ("至", "到", "—", "－", "-", "~", "～", "–", "―")

# --- units and measure words -------------------------------------------------------------

#: Classifiers that make a number a count. Source: SEEN_DEV / SEEN_DOCS (起 名 人 个 宗 …),
#: GRAMMAR_APPROX (个体单位: 枝, 根 …); 組/家次/款/枝 from the issue's list of missed words;
#: 轮次 (三轮次夏夜治安巡查, People's Daily Online Guangdong, 2022-09-30) and 场次 (护航413场次大型
#: 群众性活动, Gansu police summer campaign report as copied from China Peace, 2024-10-15) are
#: compound classifiers of occasions like 人次; 波 (4波拘搜行動, rounds of raids), 通 (發話近40萬通,
#: calls) and 批 (改造槍枝工具1批, a batch) as Taiwan police reports use them (Yahoo News Taiwan, 2025);
#: 波次 (部署3波次集群战役, Ministry of Public Security, 2023-10-10) and 件次 (办实事7474件次, Qinghai
#: police, 2021) like 人次; 团 (查獲詐騙集團931團, Taiwan National Police Agency, 2025).
MEASURE_WORDS = tuple(sorted({
    "人次", "架次", "车次", "户次", "辆次", "家次", "批次", "台次", "轮次", "场次", "波次", "件次", "周岁", "岁", "波", "通", "批", "团", "起", "名", "人", "个", "宗",
    "处", "件", "条", "支", "枝", "发", "辆", "台", "套", "份", "枚", "粒", "类", "家", "户", "次",
    "只", "头", "间", "项", "张", "笔", "部", "箱", "瓶", "包", "座", "架", "艘", "株", "棵", "袋",
    "位", "所", "例", "种", "场", "轮", "门", "颗", "桩", "伙", "册", "本", "盒", "片区", "市",
    "县", "把", "块", "票", "单", "串", "副", "组", "款", "根", "片", "部", "篇", "期", "节", "场所",
}, key=len, reverse=True))
#: 场所 counts places (搜索821場所: Taiwan's 安居緝毒 results, ETtoday 2025, tests/cases/heldout20-README.md,
#: h20-anju2025), read before 场; not where 所 starts a word of its own (三场所谓的…, 两场所有人).
MEASURE_WORD_NOT_BEFORE = {"场所": ("谓", "有")}
#: N案 after Arabic digits counts cases, as Taiwan's agencies write (偵破海上重大走私毒品計7案, 4個案件，
#: 3案屬於…: Coast Guard Administration 2025, tests/cases/heldout20-README.md, h20-cga2025drugs); not
#: where 案 starts a word (案件, 案情, 案发 …) nor after a Chinese numeral (张某故意杀人一案: "the case").
CASE_MEASURE = "案"
CASE_WORD_SECONDS = "件例情发值由犯底卷子源号款"

#: A person's age (年仅57岁, 一名36歲的本地男子: China Daily Guizhou 2014-12-26, HK01 2025). An age
#: after 满 (年满/未满18周岁) or before 以上/以下/以内 (60岁以上老人) is a legal or statistical
#: threshold, not a measurement (vetoes.age_threshold).
AGE_WORDS = ("周岁", "岁")
AGE_THRESHOLD_BEFORE = ("满",)
AGE_THRESHOLD_AFTER = ("以上", "以下", "以内", "及以上", "及以下")

#: Units that are not classifiers: text -> (unit, factor to the unit). Sources: SEEN_DEV, SEEN_HK
#: (港元), the issue (港币/新台币/澳门元/公克).
UNITS: dict[str, tuple[str, Decimal]] = {
    "元人民币": ("CNY", Decimal(1)), "元": ("CNY", Decimal(1)), "块钱": ("CNY", Decimal(1)),
    "人民币": ("CNY", Decimal(1)),
    "港元": ("HKD", Decimal(1)), "港币": ("HKD", Decimal(1)), "港幣": ("HKD", Decimal(1)),
    "新台币": ("TWD", Decimal(1)), "新台幣": ("TWD", Decimal(1)), "台币": ("TWD", Decimal(1)),
    "澳门元": ("MOP", Decimal(1)), "澳门币": ("MOP", Decimal(1)), "澳元": ("AUD", Decimal(1)),
    "美元": ("USD", Decimal(1)), "欧元": ("EUR", Decimal(1)),
    "公斤": ("kg", Decimal(1)), "千克": ("kg", Decimal(1)), "公克": ("kg", Decimal("0.001")),
    "kg": ("kg", Decimal(1)), "g": ("kg", Decimal("0.001")),  # 卡西酮原料200g (Taipei police, 2025)
    # volumes (150公升液态冰毒, Hong Kong Police via China News Service, 2022); 升 alone is also
    # the verb "rise" (由第5升至第3), so only the compounds
    "公升": ("L", Decimal(1)), "毫升": ("L", Decimal("0.001")),
    # lengths (行程10余万公里, 导火索731.1米: Xiangxi police 2018, Tangshan police 2015)
    "公里": ("km", Decimal(1)), "千米": ("km", Decimal(1)), "米": ("m", Decimal(1)),
    # 厘米/毫米; 公分 and 公尺, the Taiwan and older mainland names of the centimetre and the metre
    # (《现代汉语词典》: 公分 = 厘米, 公尺 = 米); milligrams; Latin symbols after digits (168cm,
    # 250m, 5km, 3mg, 500ml: SI symbols, GB 3100-1993)
    "厘米": ("m", Decimal("0.01")), "毫米": ("m", Decimal("0.001")), "公分": ("m", Decimal("0.01")),
    "公尺": ("m", Decimal(1)), "毫克": ("kg", Decimal("0.000001")), "km": ("km", Decimal(1)),
    "m": ("m", Decimal(1)), "cm": ("m", Decimal("0.01")), "mm": ("m", Decimal("0.001")),
    "mg": ("kg", Decimal("0.000001")), "ml": ("L", Decimal("0.001")), "mL": ("L", Decimal("0.001")),
    "KM": ("km", Decimal(1)), "CM": ("m", Decimal("0.01")), "MG": ("kg", Decimal("0.000001")),
    "升": ("L", Decimal(1)),  # a volume only where it is not the verb "rise" (VERB_SHENG_BEFORE)
    # a quarter of a year is three months (五个季度 = 15 months); 礼拜 is a week in speech
    # (《现代汉语词典》 礼拜 ③ 星期)
    "个季度": ("month", Decimal(3)), "个礼拜": ("week", Decimal(1)), "礼拜": ("week", Decimal(1)),
    # currencies of fraud and smuggling cases beyond the region's own (ISO 4217 codes); 美圆 is the
    # 大写 form of 美元
    "日元": ("JPY", Decimal(1)), "日币": ("JPY", Decimal(1)), "韩元": ("KRW", Decimal(1)),
    "泰铢": ("THB", Decimal(1)), "卢布": ("RUB", Decimal(1)), "英镑": ("GBP", Decimal(1)),
    "瑞士法郎": ("CHF", Decimal(1)), "美圆": ("USD", Decimal(1)), "奈拉": ("NGN", Decimal(1)),
    # virtual currencies of fraud and money-laundering cases, counted in coins (20个比特币, 5000枚泰达币):
    # the tickers BTC and USDT, which have no ISO 4217 code
    "个比特币": ("BTC", Decimal(1)), "枚比特币": ("BTC", Decimal(1)), "比特币": ("BTC", Decimal(1)),
    "个泰达币": ("USDT", Decimal(1)), "枚泰达币": ("USDT", Decimal(1)), "泰达币": ("USDT", Decimal(1)),
    # 两 (liang, 50 g: 1斤 = 10两 since the 1959 reform of the market system) only where it cannot be
    # the numeral: after Arabic digits (1234两); after a Chinese numeral it is read as part of it
    "两": ("kg", Decimal("0.05")),
    "克": ("kg", Decimal("0.001")), "吨": ("kg", Decimal(1000)), "斤": ("kg", Decimal("0.5")),
    "平方米": ("m2", Decimal(1)), "平米": ("m2", Decimal(1)), "平方公里": ("m2", Decimal(1_000_000)),
    "亩": ("mu", Decimal(1)),
    "%": ("percent", Decimal(1)), "个百分点": ("pp", Decimal(1)),
    "天": ("day", Decimal(1)), "个工作日": ("day", Decimal(1)),
    # 交易日 "trading day", counted like 工作日 (办结时限15个工作日; 5个交易日内: market notices)
    "个交易日": ("day", Decimal(1)),
    "个月": ("month", Decimal(1)),
    "周": ("week", Decimal(1)), "个星期": ("week", Decimal(1)), "星期": ("week", Decimal(1)),
    "年": ("year", Decimal(1)), "小时": ("hour", Decimal(1)), "个小时": ("hour", Decimal(1)),
    # minutes (接警后3分钟到达, 5分钟内: the response times of police briefings)
    "分钟": ("minute", Decimal(1)), "分鐘": ("minute", Decimal(1)),
    # seconds (秒 "second", 秒钟 in speech: 《现代汉语词典》; 10秒内, 十三秒钟以后)
    "秒钟": ("second", Decimal(1)), "秒鐘": ("second", Decimal(1)), "秒": ("second", Decimal(1)),
    "钟头": ("hour", Decimal(1)), "个钟头": ("hour", Decimal(1)),  # 钟头: the spoken word for 小时
    "刻钟": ("minute", Decimal(15)),  # 一刻钟 = a quarter of an hour (HSK 2 vocabulary 刻)
    "个季度": ("month", Decimal(3)), "个礼拜": ("week", Decimal(1)),  # 五个季度 = 15 months, 两个礼拜
}
UNIT_KEYS = tuple(sorted(UNITS, key=len, reverse=True))
#: After a Latin-letter unit, these say the letters are something else: 5G网络 (a mobile network
#: generation); a letter or digit after it makes a longer word (200gb, kg2).
LATIN_UNIT_NOT_BEFORE = ("网", "基站", "手机", "信号", "技术", "时代", "通信", "套餐", "用户",
                         "/", "／")  # km/h, mg/100ml: a compound unit of a rate, not read
#: A currency named before the number makes the 元 after it that currency (港币800万元).
#: Source: the issue (Hong Kong and Taiwan dollars reported as CNY).
#: Currency signs right before the number make it money even with no 元 after it (HK$3,000,
#: NT$500, US$ 20万, ￥800): Hong Kong, Taiwan and mainland newspapers write them.
CURRENCY_SIGNS = {"MOP$": "MOP", "HK$": "HKD", "NT$": "TWD", "US$": "USD", "RMB": "CNY", "￥": "CNY", "¥": "CNY"}
CURRENCY_BEFORE = {"港币": "HKD", "港幣": "HKD", "港元": "HKD", "新台币": "TWD", "新台幣": "TWD",
                   "台币": "TWD", "澳门币": "MOP", "澳门元": "MOP", "美元": "USD", "欧元": "EUR", **CURRENCY_SIGNS}
#: Names of a region's own currency: a text that names one of them, and never 人民币, counts
#: its bare 元 in that currency (a Hong Kong release writes 港幣 once and 元 after). Source:
#: Hong Kong Police and Taiwan police releases (tests/cases/heldout-README.md lists pages).
REGIONAL_CURRENCY = {"港币": "HKD", "港元": "HKD", "新台币": "TWD", "台币": "TWD",
                     "澳门币": "MOP", "澳门元": "MOP", "葡币": "MOP"}
CNY_NAMES = ("人民币", "人民幣")
#: Latin-letter currency codes a number may follow (RMB 3000元, HK$3000, NT$500): not a model name.
CURRENCY_CODES = ("RMB", "CNY", "HK", "HKD", "US", "USD", "NT", "NTD", "TWD", "MOP", "MOP$", "EUR", "AUD")
#: Where a text names no currency at all, who issued it: words only a Hong Kong, Macau or Taiwan
#: body or newspaper writes of itself (strong), or the place's name (weak, read only where one
#: region alone is named). A text that names 公安 (mainland police) is never read so. Sources:
#: Hong Kong Police and Customs releases (本港, 警区, 来港, 海关关长: news.gov.hk 2016, am730 2026,
#: HK01 2025; 裁判法院, 提堂 and the districts of Hong Kong: Ming Pao 2025), Macau Judiciary and Public Security Police (本澳, 司法警察局, 治安警察局, 保安司),
#: Taiwan's National Police Agency and county bureaus (警政署, 刑事警察局, 县/市警察局); the pages
#: are listed in tests/cases/heldout*-README.md.
REGION_MARKERS = {
    "HKD": (("本港", "香港警方", "香港海关", "警务处", "警区", "来港", "海关关长", "裁判法院", "提堂"),
            ("香港", "九龙", "新界", "港岛", "湾仔", "中西区", "油尖旺", "深水埗", "九龙城", "黄大仙", "观塘",
             "荃湾", "屯门", "元朗", "葵青", "将军澳", "尖沙咀", "旺角", "铜锣湾", "青衣")),
    "MOP": (("本澳", "澳门警方", "澳门海关", "司法警察局", "治安警察局", "保安司"), ("澳门", "氹仔", "路环")),
    "TWD": (("警政署", "刑事警察局", "县警察局", "市警察局", "内政部警政"),
            ("台湾", "台北", "新北", "桃园", "台中", "台南", "高雄", "基隆", "新竹", "苗栗", "彰化",
             "南投", "云林", "嘉义", "屏东", "宜兰", "花莲", "台东", "澎湖", "金门", "连江")),
}
MAINLAND_MARKERS = ("公安",)
#: Every unit the engine reports.
UNIT_NAMES = ("count", "CNY", "HKD", "TWD", "MOP", "USD", "EUR", "AUD", "kg", "L", "km", "m", "m2", "mu", "day",
              "week", "month", "year", "hour", "percent", "pp", "date", "date_range", "datetime",
              "time", "time_range", "minute", "second", "JPY", "KRW", "THB", "RUB", "GBP", "CHF", "NGN", "BTC",
              "USDT")

#: N成 is a share (N×10 %) only before these: punctuation, 以上/左右/多/的/居/是, and the verbs a
#: share opens (逾七成与网上骗案有关, 七成涉及私烟案, 三成来自, 五成为, 六成属): never before
#: other characters (一成不变, 九成新, 三成员). Sources: SEEN_DOCS; Hong Kong Police 2022 and
#: Customs 2026 releases (tests/cases/heldout4-README.md); 由 (超過6成由各類糾紛引發: news.gov.hk,
#: 2007-07-24, tests/cases/heldout11-README.md).
CHENG_SHARE_BEFORE = "，。、；,;以左多的居是与涉来为属均亦也被系在半已仍由"  # 七成半 = 75 %; 约六成已被检控
#: A digit after 成 is its tenths where a share's word follows it (財損占詐騙案3成6，: 36 %, Taiwan's
#: Criminal Investigation Bureau 2025, tests/cases/heldout20-README.md, h20-twcib2025fraud; 一成三 =
#: 13 % as a change, GRAMMAR_800 成).
CHENG_TENTHS = {**{str(n): n for n in range(1, 10)}, **{c: n for c, n in DIGITS.items() if 0 < n < 10 and c in "一二三四五六七八九"}}

#: Nouns of money: a number ending in 万/亿 right after one of them, with no unit, is an amount in
#: 元 (总损失为15.5亿, 市值5千万豪宅: Hong Kong Commercial Daily 2024, Taiwan police 2025; 总值 as 市值).
MONEY_NOUNS = ("金额", "损失", "涉款", "款项", "资金", "赃款", "赃款赃物", "价值", "市值", "财损", "涉案价值", "总值")

#: Nouns of counts (受理件数, 发案数): a change whose clause names one is of a count.
COUNT_NOUNS = ("件数", "人数", "起数", "案数", "宗数", "次数")
#: The measure words each noun of counts can count: 破案数 names cases (起/宗/件), never the 人 of
#: suspects caught in the clause before it (破获…1106起，抓获嫌疑人300人，破案数同比上升12%).
COUNT_NOUN_MEASURES = {"案件数": ("起", "宗", "件"), "件数": ("件",), "人数": ("人", "名", "人次"), "起数": ("起",), "案数": ("起", "宗", "件"),
                       "宗数": ("宗",), "次数": ("次", "人次", "车次", "架次", "班次")}

#: A noun of counts that names an action (破案数 the cases solved, 发案数 the offences occurring,
#: 立案数 the cases registered) and the verbs of that action in the clause of a count: a change
#: named by one goes to a count whose clause has none of its verbs but another action's only as
#: a change alone (13起现行命案全部及时破获,发案数同比下降51.9%: Haikou 2021, tests/cases/heldout18;
#: 破获刑事案件2.9万起,破案数同比上升12.1%: Gansu 2023, tests/cases/heldout15). The nouns are those
#: of the Ministry's statistics (《公安统计指标》 terms 发案数, 立案数, 破案数, as used in the cases).
ACTION_COUNT_NOUNS = {
    "破案数": ("破获", "破案", "侦破", "告破", "破"),
    "发案数": ("发案", "发生", "案发"),
    "立案数": ("立案", "受理"),
}
MONEY_UNITS = ("CNY", "HKD", "TWD", "MOP", "USD", "EUR", "AUD", "JPY", "KRW", "THB", "RUB", "GBP", "CHF", "NGN", "BTC",
               "USDT")

#: A score in 分 (满意度由87.17分上升至96.28分, Qinghai police 2021): 分 after a number with a decimal
#: point, or after one of these words in the same clause; never 分钟, 分之, 分局 … (words of 分).
SCORE_WORDS = ("满意度", "得分", "评分", "分数", "测评", "考评", "考核", "指数")
NOT_SCORE_AFTER = ("分钟", "分之", "分局", "分别", "分析", "分类", "分子", "分公司", "分队", "分所", "分部",
                   "分会", "分期", "分散", "分工", "分批", "分流", "分为", "分成", "分解", "分布", "分管")

#: 日 is a unit of days only after these words (otherwise 十六日 is a date). Source: SEEN_SEED; 一连
#: "in a row" (现代汉语词典 一连: an action or state going on without a break; 一連四日(16日至19日):
#: Hong Kong China News Agency 2023, tests/cases/heldout19).
DAY_TRIGGERS = ("为期", "历时", "持续", "连续", "一连", "用时", "仅用", "耗时")

# --- qualifiers -------------------------------------------------------------------------------

#: Words before the number, longest first. Source: GRAMMAR_800 and SEEN_DEV / SEEN_DOCS.
PREFIX_QUALIFIERS = (
    ("将近", "nearly"), ("接近", "nearly"), ("近", "nearly"),
    ("大约", "about"), ("约合", "about"), ("约值", "about"), ("约占", "about"), ("约为", "about"), ("约", "about"), ("大概", "about"),
    ("不少于", "at_least"), ("不低于", "at_least"), ("至少", "at_least"), ("最少", "at_least"), ("最多", "at_most"),
    ("超过", "at_least"), ("多于", "at_least"), ("大于", "at_least"), ("高于", "at_least"),
    ("逾", "at_least"), ("超", "at_least"), ("突破", "at_least"),
    ("不超过", "at_most"), ("不足", "at_most"), ("不到", "at_most"), ("少于", "at_most"),
    ("小于", "at_most"), ("低于", "at_most"),
)
PREFIX_QUALIFIERS = tuple(sorted(PREFIX_QUALIFIERS, key=lambda p: -len(p[0])))  # 不超过 before 超过
#: 最少/最多 before a number are 至少/至多 (警方亦凍結最少6個銀行戶口: Hong Kong Police 2025,
#: tests/cases/heldout19-README.md, h19-hk2025triad); 最多的 (the most) has no number after it.
#: Value words between a qualifier and its number (約市值300萬: Hong Kong Police 2023, h19-hk2023triad):
#: the qualifier before the word holds for the number after it.
VALUE_WORDS = ("总价值", "市值", "价值", "总值")
#: Nouns of cash after an amount in 万/亿 with no 元 (約13萬現金: Hong Kong Police 2023,
#: h19-hk2023triad): money in the page's own currency, read only where the page has one
#: (a region's, or the mainland's where it names 人民币 or 公安).
CASH_NOUNS = ("现金", "现款", "现钞")
#: 近 that is part of a word, not "nearly".
NOT_NEARLY = ("最近", "附近", "临近", "靠近", "就近", "接近")
#: After the unit. Source: GRAMMAR_800 (左右, 上下).
SUFFIX_QUALIFIERS = (("以上", "at_least"), ("以下", "at_most"), ("以内", "at_most"),
                     ("左右", "about"), ("上下", "about"), ("许", "about"))
#: Between number and unit, or after the measure word (20张余, 两个多月): 余/多 = a remainder
#: below the last written place, 来 = about. Source: GRAMMAR_800, GRAMMAR_REMAINDER.
REMAINDER_WORDS = {"余": "at_least", "多": "at_least"}
#: 多 after a measure word or a unit of time is a remainder (3张多，三年多，两年多汕头…), unless it
#: starts a word of its own: 多 + a measure word or unit (3名多次作案, 100名多年在逃) or one of these
#: nouns (多地, 多方, 多部门, 多警种); 三年多来, 两年多时间 stay remainders. Source: GRAMMAR_800 (多).
TRAILING_DUO_BEFORE = ("来", "以来", "时间", "前", "后", "里", "中", "的")
DUO_NOUN_STARTS = "地方部警渠措举环线领层"
TIME_UNITS_WITH_REMAINDER = ("year", "month", "week", "day", "hour")
#: Units of weight and length that take 多/余 after them as a remainder (1吨多 "a ton and more",
#: 3公斤余): the same reading of 多 after a measure word. Source: GRAMMAR_800 (多).
MEASURE_UNITS_WITH_REMAINDER = ("kg", "g", "km", "m")
INFIX_QUALIFIERS = {**REMAINDER_WORDS, "来": "about"}
#: 近N年(来) is "the past N years" (exact). Source: SEEN_SEED (近五年), SEEN_DOCS.
PAST_YEARS_UNITS = ("year",)

# --- changes ----------------------------------------------------------------------------------

#: Change verbs and the sign they give. Source: SEEN_DEV / SEEN_DOCS.
#: 微升/微降, 略升/略降 (a slight rise or fall) as Macau and Hong Kong police releases write them.
#: 成长 (Taiwan: 較113年度208件成長53.8%, ETtoday 2026) and 跌 (Hong Kong: 去年29警被捕 跌33%,
#: Ming Pao 2018) as the police statistics of Taiwan and Hong Kong write them; 缩短 of times and
#: waits (办证办事平均时长缩短60%以上, Aba police 2026).
UP_VERBS = ("上升", "增长", "增加", "提高", "提升", "上涨", "微升", "略升", "成长", "增", "升")
DOWN_VERBS = ("下降", "减少", "降低", "下跌", "回落", "微降", "略降", "缩短", "减", "降", "跌")
#: Every change verb, the longest first (for alternations in patterns).
CHANGE_VERBS_LONGEST_FIRST = tuple(sorted(UP_VERBS + DOWN_VERBS, key=len, reverse=True))
AMPLITUDE = {"降幅": -1, "跌幅": -1, "减幅": -1, "增幅": 1, "涨幅": 1, "升幅": 1,
             # rates of change (现发命案下降率超过了20%, Gansu 2022; 增长率): GRAMMAR_800, 率 "rate"
             "下降率": -1, "减少率": -1, "上升率": 1, "增长率": 1,
             # the amplitude written out (上升幅度為N%), as Hong Kong and Macau releases write it
             "上升幅度": 1, "增长幅度": 1, "增加幅度": 1, "上涨幅度": 1, "下降幅度": -1, "减少幅度": -1,
             "下跌幅度": -1, "降低幅度": -1}
#: Qualifiers between an amplitude word and its number (降幅超过20%, 降幅近七成).
AMPLITUDE_QUALIFIERS = {"超过了": "at_least", "超过": "at_least", "超": "at_least", "逾": "at_least",
                        "近": "nearly", "约": "about"}
#: Words opening a clause that lists the parts of the figure before it (共5,602宗，包括631宗游行和4,971宗
#: 集会: news.gov.hk, 2016-07-27).
BREAKDOWN_WORDS = ("包括", "其中")
#: A comparison naming several base periods (對比2021年、2020年及2019年，分別下降13.9%、2.6%及30.9%:
#: Macau's Secretary for Security, 2023, tests/cases/heldout19-README.md, h19-macau2022): each change
#: after it is of one level against another base, so none goes to a figure. The words that open it
#: and the periods it lists.
SEVERAL_BASES_OPENERS = ("对比", "相比", "比较", "较", "比")
BASE_PERIODS = ("去年同期", "去年", "前年", "上年同期", "上年")
#: Degree adverbs that may stand between a figure and the change after it (26宗，同比减少20宗，
#: 大幅下降43.5%). Source: GRAMMAR_800 (大幅, 明显, 显著 as adverbs of degree).
CHANGE_ADVERBS = ("大幅度", "大幅", "明显", "显著", "小幅", "略有", "稍有")
#: Adverbs that may stand between an amplitude word and its verb (跌幅更达70%, 增幅均为5%).
#: Source: GRAMMAR_800 (更, 也, 均, 都, 亦, 则, 仍 as adverbs before the verb).
AMPLITUDE_ADVERBS = ("更", "也", "均", "都", "亦", "则", "仍")
#: Doubling: 翻一番 = +100 %, 翻两番 = +300 %. Source: GRAMMAR_800 (番).
DOUBLINGS = {"翻番": 100, "翻一番": 100, "翻了一番": 100, "翻两番": 300, "翻了两番": 300,
             # 倍升, 倍增 "rise by one times" (= 升一倍, 增加一倍): 倍 "the same number again"
             # (GRAMMAR_800, 倍); the compounds as Hong Kong releases write them (家庭暴力案件共3,702宗，
             # 較去年同期倍升: news.gov.hk, 2007-07-24); no dictionary entry for them was found.
             "倍升": 100, "倍增": 100}
#: Nouns after 半年/半月 that make it the period something is kept by, not a length of time
#: (自1977年有半年统计以来: "since half-yearly statistics were kept"; Hong Kong Police reviews).
HALF_PERIOD_NOUNS = ("统计", "統計", "报告", "報告", "总结", "總結")
#: How the first item of a list is opened (第一类是…, 一是…, 其一…, 首先…): after N类 and a stop,
#: N类 names the list that follows (the convention of ../shared/eval/README.md: a N类 that
#: names the list that follows is not a figure).
LIST_FIRST_ITEM = ("第一", "一是", "其一", "首先", "一、", "1、", "1.")
#: Doubling words that are a change only after the base of a comparison (較去年同期倍升); alone
#: (a subheading 家庭暴力案件倍升) they name no figure.
DOUBLINGS_AFTER_BASIS = ("倍升", "倍增")
BASES = (
    ("与去年同期相比", "yoy"), ("较去年同期", "yoy"), ("比去年同期", "yoy"), ("同比", "yoy"),
    ("较上年同期", "yoy"), ("较上年", "yoy"), ("比上年", "yoy"), ("较去年", "yoy"),
    ("比去年全年", "yoy"), ("比去年", "yoy"), ("按年", "yoy"), ("环比", "mom"), ("较上月", "mom"),
    ("比上月", "mom"),
)

# --- metrics ----------------------------------------------------------------------------------

#: Verbs that open a metric phrase ("破获刑事案件"). Source: SEEN_SEED, SEEN_DEV.
METRIC_VERBS = (
    "破获", "侦破", "侦办", "抓获", "抓捕", "捉获", "拘捕", "拘获", "擒获", "打掉", "捣毁",
    "捣破", "摧毁", "缴获", "收缴", "查获", "检获", "查处", "查扣", "查封", "扣押", "冻结", "挽回",
    "追缴", "追回", "清收", "起诉", "判决", "判处", "刑事拘留", "逮捕", "投入", "出动", "动员",
    "发动", "检查", "整改", "整治", "化解", "督办", "办结", "查结", "寻回", "解救", "救助",
    "立案", "受理", "处理", "处罚", "行政拘留", "发现", "排查", "清查", "建成", "购置", "培训",
    "发放", "开展", "组织", "举办", "调集", "敦促", "劝返", "遣返", "移送", "接报",
)
#: Words stripped from the start of a metric phrase.
METRIC_NOISE = ("各类", "各种", "各项", "累计", "共计", "合计", "共", "先后", "成功", "依法",
                "其中", "另", "同时", "此外", "全州", "全省", "全市", "全国", "了", "已", "特大")

# --- vetoes -----------------------------------------------------------------------------------

#: A numeral followed by these is an idiom or fixed phrase, not a measurement. Source: SEEN_DEV
#: negatives and the issue's list (一张网, 一批).
IDIOMS = (
    "一条龙", "一次性", "一盘棋", "一把手", "一体化", "一站式", "一张网", "一件事", "一张图",
    "一批", "一起来", "一线", "一道", "一片", "一举", "一律", "一同", "一并", "一系列",
    "一次次", "一个个", "一件件", "一起起", "一桩桩", "两个维护", "两个确立", "四个意识",
    "四个自信", "四个铁一般", "四个全面", "八类暴力", "八类严重暴力", "八类主要刑事",
    "一个中心", "两个基本点", "五个一", "一个不漏", "一个不少", "一人一档", "一案一策",
    "一轮", "新一轮", "一次死亡", "一次性",
)
#: 一 + these classifiers is the article ("a shop"), unless a count word follows in a list.
ARTICLE_CLASSIFIERS = ("家", "张", "支", "批", "种", "项", "场", "个", "位", "所", "道", "条", "把", "波", "通", "团",
                       "组")  # 【一组数据】: "a set of figures"
#: Case nouns that make 一起 ("one case") a count rather than "together".
CASE_NOUNS = ("案", "事件", "事故", "纠纷")
#: Verbs with 案 that are not a case noun (勾结电信业者一起犯案: "together commit crimes").
#: Source: 现代汉语词典 (作案, 犯案, 报案, 投案, 办案, 破案, 立案, 结案 are verbs).
CASE_VERBS = ("作案", "犯案", "报案", "投案", "办案", "破案", "立案", "结案")
#: Words after a count that make it a scraped page's counter (评论, 点赞), not a figure.
PAGE_COUNTERS = ("评论", "条评论", "人评论", "人点赞", "点赞", "人参与", "次浏览", "次阅读", "阅读",
                 "浏览", "收藏", "转发", "人已赞", "条回复", "回复")
#: Before a number: a hotline or a code, not a figure.
HOTLINE_WORDS = ("拨打", "热线", "电话", "专线", "举报电话")
#: A number used as a name before a noun (10位165人员: ten staff of the 165 anti-fraud line,
#: National Police Agency 2025, tests/cases/heldout17): right after a count and its classifier
#: the noun it counts follows (数词 + 量词 + 名词: 《现代汉语八百词》, 量词), so a number there with
#: 人 and one of these after it (人员) is part of that noun, not a second count.
NAME_BEFORE_NOUN_CLASSIFIERS = ("位", "名", "个")
NAME_BEFORE_NOUN_AFTER = ("员",)
#: After such a number these make it a count of calls, not a phone number (劝阻电话3000余个,
#: 拨打电话200多次). Source: SEEN_DOCS (a county bureau's release, tests/cases/heldout2-docs.jsonl).
COUNT_AFTER_HOTLINE = ("余", "多", "个", "次", "通", "条", "起")


# --- signs, shared magnitudes, sub-units (issue 22) -------------------------------------------

#: A minus sign right before a number (同比-22.2%, －122%): ASCII hyphen-minus, full-width, the
#: minus sign U+2212 and the small hyphen-minus. A hyphen between a digit or a Latin letter and
#: the number is a range or a code (2019-5, COVID-19), not a sign.
MINUS_SIGNS = ("-", "－", "−", "﹣")
#: A minus sign is a sign only after these (or at the start, or after a space): a word that
#: introduces a value (为, 是, 达), an opening bracket or a mark between clauses; after a digit, a
#: unit (100元-200元), a closing bracket (1万(含)-5万元) or a letter it is a range mark or a hyphen.
SIGN_AFTER = "为是达约：:（(，,、；;=比"
#: 负 before a number is its sign (负3.9%, 增长率为负0.2%: 《现代汉语词典》 负 ⑦ "小于零的"), except where
#: 负 ends a word of its own before the number (胜负, 身负, 担负, 正负 = ±).
FU_WORD_BEFORE = "胜身担抱辜欺自肩背正重不"
#: Units whose quantity can be below zero (a rate, a balance, a position); a count, a weight, an
#: area or a duration never is, so a minus before one of them is not read as a sign.
SIGNED_UNITS = MONEY_UNITS + ("percent", "pp", "m", "km")
#: 负增长 (negative growth) is a fall: a down verb. Source: 《现代汉语词典》 负增长.
NEGATIVE_GROWTH = ("负增长",)
#: Comparatives that state a change after the base of a comparison, as Hong Kong, Macau and
#: Taiwan releases write them (較去年同期多12.3%, 較上年少5%): 多 = more, 少 = fewer; 高 = higher, 低 =
#: lower (刑案发生率较去年低7.86%: National Police Agency, 2009, tests/cases/heldout14).
COMPARATIVE_VERBS = {"多": 1, "少": -1, "高": 1, "低": -1}
#: 升 after a number is the verb "rise" (由5升至3, 5升为) before these, not litres.
VERB_SHENG_BEFORE = tuple("至到为了级学格值高入职华温旗空起序幅")

#: Money below the yuan: 角 (= 毛, colloquial) a tenth, 分 a hundredth (50元6角三分 = 50.63; 十块
#: 三毛 = 10.30). Source: 《中华人民共和国人民币管理条例》 第三条 (人民币的单位为元，人民币辅币单位为角、分。
#: 1元等于10角，1角等于10分); 毛 for 角 in speech: 《现代汉语词典》 毛 ⑫.
SUB_YUAN = {"角": Decimal("0.1"), "毛": Decimal("0.1"), "分": Decimal("0.01")}
#: 大写 (financial) numerals: a numeral written with one of them is an amount, and 圆 after it is
#: 元 (壹佰壹拾壹圆整, 肆佰叁拾萬圆). Source: 中国人民银行《支付结算办法》附件一 《正确填写票据和结算凭证的基本规定》
#: (中文大写金额数字: 壹、贰、叁、肆、伍、陆、柒、捌、玖、拾、佰、仟、万、亿、元、角、分、零、整(正); written
#: with Traditional forms such as 貳、陸、億、萬、圓 they are also accepted); 參 is Traditional 叁.
FINANCIAL_NUMERALS = "壹贰貳叁參参肆伍陆陸柒捌玖拾佰仟"
FINANCIAL_YUAN = ("圆", "圓")
#: A half after a unit of measure (一吨半 = 1.5 t, 三斤半, 两米半, 7天半): not before a word that
#: starts with 半 (半年, 半夜, 半径, 半数, 半价).
HALF_NOT_BEFORE = tuple("年月天日小个夜径数价途空岛导身边截场成") + ("钟头",)
#: Tenths of a metre written after 米 with no unit (三米九 = 3.9 m, 一米七五 = 1.75 m: the way heights
#: are said; 《现代汉语八百词》 on omitted units after a place).
TENTHS_AFTER = ("米",)
#: 个 between a numeral and 亿/万 in speech (两个亿 = 200 million, 三个多亿): the place, not a count.
COLLOQUIAL_GE = "个"
#: 兆 is 10^12 (万亿) in Taiwan, Hong Kong and Japan, and in the 万-ladder (万万为亿, 万亿为兆, 《孙子算经》);
#: in the mainland today it is 10^6, the SI prefix mega (兆瓦, 兆帕, GB 3100-1993), and dictionaries
#: give 百万 first (《现代汉语词典》, as cited by https://zh.wikipedia.org/wiki/兆). So a number with 兆 is
#: read only as money, and as 10^12 only where that reading is certain: sections of the ladder written
#: after it (四十九兆九千五百九十二億元), or a currency of a region that counts 兆 as 万亿 (新台幣3兆元,
#: 港元, 日元); a mainland 3兆元 alone is not read.
ZHAO = {"兆": 10 ** 12}
ZHAO_CURRENCY_WORDS = ("新台币", "台币", "港币", "港元", "日元", "韩元")
#: Words before 一篇/一条/一页 that make it a page's navigation link (上一篇, 下一页), and words that
#: make the number next to them a page's view counter (阅读 1234, 浏览次数：56).
PAGE_NAVIGATION = ("上", "下")
PAGE_COUNTER_BEFORE = ("评论", "点赞", "阅读", "浏览", "浏览次数", "阅读数", "阅读量", "浏览量", "点击", "点击量", "点击数")
#: Verbs whose object is a result a briefing counts (破获一起, 抓获一名, 查处一家): 一 + classifier after
#: one of them, in the same clause, is a count; anywhere else (打响了一场攻坚战, 在一间网吧内, 搭建了一个
#: 平台) it is the article "a". Source: the metric verbs above that report results (METRIC_VERBS
#: without the verbs of activity 开展, 组织, 举办, 投入, 出动 …).
RESULT_VERBS = (
    "破获", "侦破", "侦办", "抓获", "抓捕", "捉获", "拘捕", "拘获", "擒获", "打掉", "捣毁", "捣破",
    "摧毁", "缴获", "收缴", "查获", "检获", "查处", "查扣", "查封", "扣押", "冻结", "追缴", "追回", "起诉",
    "判处", "刑事拘留", "刑拘", "逮捕", "办结", "查结", "寻回", "解救", "立案", "受理", "行政拘留", "处罚",
    "取缔", "关停", "端掉", "铲除", "拘留", "发生", "移送", "遣返",
)
#: Classifiers that 一 takes as the article "a" (一场攻坚战, 一间网吧, 一次行动) as well as the ones above.
ARTICLE_CLASSIFIERS_MORE = ("间", "次", "座", "套", "份", "部", "片", "篇", "本", "轮", "款", "台", "处", "块",
                            # 发现一名男子 ("a man"): 名 counts only after a results verb (抓获一名)
                            "名",
                            # 駕駛一輛黑色轎車 ("drove a black car", udn, 2025) and 突擊搜查雲漢街一單位
                            # ("raided a flat in Wan Hon Street", Hong Kong government press release,
                            # 2025): tests/cases/heldout14, heldout13; counts after 查获一辆, 破获一单
                            "辆", "单")
#: The size of every place word (十 … 亿, and 兆 in money).
PLACE_SIZE = {**SMALL_PLACES, **BIG_PLACES, **ZHAO}
#: Words of a price in the clause before N块 at the end of a clause (花费我三块, 价格三块): 块 is 元.
PRICE_WORDS = ("花费", "花了", "花", "价格", "价钱", "售价", "单价", "价值", "值", "费用", "工资", "赔", "付", "欠", "赚", "罚款", "钱")
#: Before the base of a rate: 每 (每十万人) and a slash (mg乙醇/100ml血液: a blood-alcohol limit).
RATE_BASE_BEFORE = ("每", "/", "／")
#: A currency named right after 元 (9000元日币, 三万元欧元): the amount is in that currency.
CURRENCY_AFTER_YUAN = {"日币": "JPY", "日元": "JPY", "欧元": "EUR", "美元": "USD", "港币": "HKD", "港元": "HKD",
                       "新台币": "TWD", "韩元": "KRW"}
