"""The regular expressions of dates and clock times, built from the vocabulary."""
from __future__ import annotations

import re

from .. import vocab as V
from .vocabulary import (DAY_PARTS, HOUR_WORD_NOT_BEFORE, HOUR_WORDS_AFTER, MONTH_EDGE_WORDS, RANGE_MARKS_LONG,
                         RANGE_START_WORDS, RELATIVE_MONTHS, RELATIVE_YEARS, YEAR_EDGE_WORDS, YEAR_START_AFTER,
                         YEAR_START_SINCE)


_SEP = "|".join(map(re.escape, RANGE_MARKS_LONG + V.RANGE_MARKS))

#: A range mark between a range's ends, with what may stand around it: a word that the start opens the
#: range (5月开始至12月) before it, and one space on either side, as Taiwanese pages write a range
#: (下午 14 時至 18 時, 8 月至 12 月: China Times 2025, tests/cases/heldout20).
_JOIN = rf"(?:{'|'.join(RANGE_START_WORDS)})? ?(?:{_SEP}) ?"

_CN1 = "一二三四五六七八九"

_CN_SMALL = rf"[{_CN1}]?十[{_CN1}]?|[〇零{_CN1}两兩]"

_YEAR = rf"(?:19|20)[0-9]{{2}}|[一二][〇零{_CN1}]{{3}}"

_ROC_YEAR = rf"[0-9]{{1,3}}|[{_CN1}]?十[{_CN1}]?|[〇零{_CN1}]{{2,3}}|一百(?:[零〇]?[{_CN1}]|[{_CN1}]?十[{_CN1}]?)?"

_MONTH = rf"1[0-2]|0?[1-9]|十[一二]?|[{_CN1}]"

#: 廿 (20) and 卅 (30) as tens of a day (一月三十日至卅一日: Macau, 2021; tests/cases/heldout13).
_DAY = rf"3[01]|[12][0-9]|0?[1-9]|[二三]?十[{_CN1}]?|三十一?|廿[{_CN1}]?|卅一?|[{_CN1}]"

_PART = "上旬|中旬|下旬|初|底|末"

_ROC_SIGNAL = re.compile(rf"民[國国]\s*(?:{_ROC_YEAR})\s*年")

_ROC_YEAR_WITH_MONTH = re.compile(r"(?<![0-9])(1[0-9]{2}) ?年 ?(?:度|[0-9]{1,2} ?(?:月|至|到|-))")

#: One space before a date's 年/月/日 and before the number after them, as Taiwanese pages
#: write it (114 年 10 月, 2008年 十二月): never a space the date would end with.
_S = rf"(?: (?=[0-9{_CN1}十]))?"

#: A year written with places (两千零四年, 一千九百九十八年), read as a year only with its month after it
#: (两千年 alone is as often two thousand years).
_PLACE_YEAR = rf"一千九百(?:[{_CN1}]十[{_CN1}]?|零[{_CN1}])?|[两二]千(?:零(?:[{_CN1}]|[一二]?十[{_CN1}]?))?"

#: The day of a date may leave out 日 where its year is written, it is in Chinese digits and it ends
#: its clause (二零零四年八月十五。): nothing else is left for the number to count. Without a year
#: (八月十五, 五月初五) the form is that of the lunar calendar's days (中秋 is 八月十五): not read.
_DAY_END = rf"(?:[日号號]|(?(y)(?<=[{_CN1}十])(?=[，。；！？,;!?\s]|\Z)|(?!)))"

_POINT = re.compile(rf"(?:(?P<y>{_YEAR}|{_PLACE_YEAR}) ?年{_S})?(?:(?P<m>{_MONTH}) ?月份?(?:{_S}(?P<d>{_DAY}) ?{_DAY_END}|(?P<part>{_PART}))?)?")

#: A day after a month with no year, in Chinese digits without 日 and ending its clause (八月十五,
#: 五月初五, 腊月廿三): the lunar calendar's way of writing a day, so the month is not read as the
#: Gregorian month either.
_LUNAR_DAY = re.compile(rf"份?(?:初[{_CN1}十]|廿[{_CN1}]?|[二三]?十[{_CN1}]?|[{_CN1}])(?=[，。；！？,;!?\s]|\Z)")

#: A date before 1900 in full (1357年6月10日): with its month and day it is a date, not 1357 years.
#: Four digits only: three may be a ROC year (112年3月5日 = 2023).
_EARLY_POINT = re.compile(rf"(?P<y>1[0-8][0-9]{{2}}) ?年(?P<m>{_MONTH}) ?月(?P<d>{_DAY}) ?[日号號](?P<part>)")

#: A year of two Arabic digits (98年4月, 03年2月28日, 07年第三季度, 08年): the same shape as a date.
_SHORT_POINT = re.compile(rf"(?P<y>[0-9]{{2}}) ?年{_S}(?:(?P<m>{_MONTH}) ?月份?(?:{_S}(?P<d>{_DAY}) ?[日号號]|(?P<part>{_PART}))?)?")
_ROC_POINT = re.compile(rf"(?P<y>{_ROC_YEAR}) ?年(?:{_S}(?P<m>{_MONTH}) ?月份?(?:{_S}(?P<d>{_DAY}) ?[日号號]|(?P<part>{_PART}))?)?")
#: After 民國 a year may be one Chinese digit too (民国三年 = 1914).
_ROC_PREFIXED_POINT = re.compile(rf"(?P<y>{_ROC_YEAR}|[{_CN1}]) ?年(?:{_S}(?P<m>{_MONTH}) ?月份?(?:{_S}(?P<d>{_DAY}) ?[日号號]|(?P<part>{_PART}))?)?")

_TAIL = re.compile(rf"{_JOIN}(?:(?P<y>{_YEAR}|[0-9]{{2}}) ?年|(?P<rel>{'|'.join(RELATIVE_YEARS)}))?(?:(?P<m>{_MONTH})月份?)?(?:(?P<d>{_DAY})[日号號]|(?P<part>{_PART}))?")

_DAY_PARTS = "|".join(sorted(DAY_PARTS, key=len, reverse=True))

#: A part of the day between a date and a range mark (8月12日晚至13日凌晨).
_DAY_PART_BEFORE_SEP = re.compile(rf"(?:{_DAY_PARTS})(?=(?:{_SEP}))")

#: A part of the day after a range's last day, with no clock time after it (至13日凌晨,).
_DAY_PART_ALONE = re.compile(rf"(?:{_DAY_PARTS})(?![0-9〇零一二三四五六七八九十两兩])")

_YEAR_RANGE = re.compile(rf"(?P<y1>{_YEAR})年?(?: ?(?:{_SEP}) ?)(?P<y2>{_YEAR})年(?![0-9{_CN1}十]+月)")

#: A year to a month whose year is written with two digits (1985到89年9月): the end's century is the
#: start's (or the next, where the end would come before the start).
_YEAR_TO_SHORT_MONTH = re.compile(rf"(?P<y1>(?:19|20)[0-9]{{2}})年?(?:{_SEP})(?P<y2>[0-9]{{2}})年(?P<m>{_MONTH})月(?![0-9{_CN1}十])")

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

#: A run of months written year.month with a range mark (1999.08-2002.02, 2008.03-2009: a term of
#: office, a period of service): months of two digits, nothing after it that a number could measure.
_DOTTED_MONTHS = re.compile(r"(?P<y1>(?:19|20)[0-9]{2})\.(?P<m1>0[1-9]|1[0-2])(?:-|—|－|至|~|～)"
                            r"(?P<y2>(?:19|20)[0-9]{2})(?:\.(?P<m2>0[1-9]|1[0-2]))?"
                            r"(?=[\s，。；、,;)）]|\Z|期间|期間|在|任)")

#: A date before 1900 in ISO digits (1789-01-29): month and day of two digits after a hyphen.
_ISO_EARLY = re.compile(r"(?P<y>1[0-8][0-9]{2})(?P<sep>-)(?P<m>1[0-2]|0[1-9])-(?P<d>3[01]|[12][0-9]|0[1-9])(?![0-9])"
                        r"(?P<h>(?!))?(?P<mi>(?!))?(?P<se>(?!))?")

#: A date and a clock time run together by a damaged scrape (2018-12-1209:03, 2021-09-12-11：23):
#: read only where the month, the day and the hour have two digits each, so the split is certain.
_GLUED_DATETIME = re.compile(r"(?P<y>(?:19|20)[0-9]{2})(?P<sep>-)(?P<m>1[0-2]|0[1-9])-(?P<d>3[01]|[12][0-9]|0[1-9])-?"
                             r"(?P<h>[01][0-9]|2[0-3])[:：](?P<mi>[0-5][0-9])(?:[:：](?P<se>[0-5][0-9]))?(?![0-9])")

_CLOCK_AFTER = re.compile(r"\s{1,3}(?P<h>[01]?[0-9]|2[0-3]):(?P<mi>[0-5][0-9])(?::(?P<se>[0-5][0-9]))?(?![0-9:])")

_PERIOD = re.compile(rf"(?P<p>上半年|下半年|前半年|[后後]半年|前[两二三]季度|第?(?P<q>[一二三四1-4])季度"
                     rf"|第(?P<q2>[一二三四1-4])季|(?:首|前(?=[两兩二三1-3]))(?P<fq>[两兩二三1-3]?)(?:[个個]季度|季度?)"
                     rf"|[首前](?P<n>1[0-2]|[1-9]|十[一二]?|[{_CN1}两兩])[个個]?月"
                     rf"|[后後](?P<nl>1[01]|[1-9]|十[一]?|[{_CN1}两兩])[个個]?月(?![0-9{_CN1}十]+[日号號]))")

#: A number and 月/日 right after a date: a month or day the date patterns could not read (13月, 32日).
_UNREAD_PART = re.compile(r"(?:[0-9]+|[〇零一二三四五六七八九十]+)[月日号號]")

#: Two days after a month written once (6月3~5日, 8月11至13日): a range of days in that month.
_DAY_SPAN = re.compile(rf"(?P<d1>{_DAY})(?:{_SEP})(?P<d2>{_DAY})[日号號]")
_DAY_ALONE = re.compile(rf"(?P<d>{_DAY})日")
#: The end of a range of days whose month is left out (3日至10日, (16日至19日)).
_DAY_ALONE_END = re.compile(rf"{_JOIN}(?P<d>{_DAY})[日号號]")

#: A range mark right after a date-like end (…1月至 in 20201月至9月, 8 月至 12 月): when the scanner
#: reaches the number after it, the two were not joined into a range (its start was not read, or read
#: alone), so the end is not read alone either: alone it would be a wrong value. (After a clock time,
#: a date may start a datetime of its own: 7月4日20时至7月5日2时 is two datetimes.)
_UNREAD_RANGE_START = re.compile(rf"[0-9{_CN1}〇零十][年月日号號]{_JOIN}$")

#: A number or an hour and a range mark right before a clock time (20到24時14件, 14 時至 18 時, where
#: the hours were not read as one range): the end of a range of hours, not a time of its own.
_UNREAD_HOUR_START = re.compile(rf"[0-9{_CN1}〇零十][时時点點]?{_JOIN}$")

#: A day right after another in a list (13日、14日、15日进行收网): the last is a day whatever follows.
_DAY_LISTED = re.compile(rf"(?:{_DAY})[日号][、和及]$")

_BRACKETED_DAY = re.compile(rf"(?P<d>{_DAY})[）)]日")

_MONTH_DAY = re.compile(rf"(?P<d>{_DAY})[日号號]")

#: 一七年, 九七年: two Chinese digits then 年 (not 年代/年度/年龄/年来/年间, where it is a length).
_SHORT_YEAR = re.compile(rf"(?P<yy>[〇零{_CN1}]{{2}})年(?:(?P<m>{_MONTH})月份?(?:(?P<d>{_DAY})[日号號])?"
                         rf"|(?![代度龄齡来來间間内內级級]))")

#: A decade (80年代, 九十年代) and the century written right before it (上世纪, 上个世纪, 本世纪,
#: 20世纪, 二十世纪): the ten years ending in 0 to 9 (20世纪90年代 = 1990–1999), as common usage
#: counts them (a count of 1991–2000 is also met, and not followed here).
_DECADE = re.compile(rf"(?P<n>[1-9]0|[二三四五六七八九]十|十)年代")
_CENTURY_BEFORE = re.compile(rf"(?:(?P<rel>上个?|本)|(?P<n>1[0-9]|2[01]|十[{_CN1}]|二十一?))世纪$")
#: A short year this far after the document's year is still read in its century (a target:
#: 到二〇年); further on, it is the century before.
_SHORT_YEAR_AHEAD = 2

#: Minutes after 时/点: digits, 零 and a digit (三点零五分), or Chinese tens (十五, 四十).
_MINUTE = rf"[0-5]?[0-9]|[零〇][{_CN1}]|{_CN_SMALL}"
#: N时/N点 and what may follow: minutes (with 分, or after 点 alone: 下午三点十五), 半, 整 or 钟, a quarter
#: (一刻 = 15, 三刻 = 45 minutes; 两刻 is not said, 半 is: HSK 2 vocabulary 刻, "quarter of an hour",
#: wordloci.com/zh/chinese/hsk2/ch2-ke-quarter).
_HOUR = re.compile(rf"(?P<h>2[0-4]|[01]?[0-9]|{_CN_SMALL})(?P<mark>[时時点點])"
                   rf"(?:(?P<quarter>[一三13])刻(?!钟|鐘)|(?P<half>半)"
                   rf"|(?P<mi>{_MINUTE})(?P<fen>分(?:(?P<se>[0-5]?[0-9]|{_CN_SMALL})秒)?)?(?!钟|鐘)"
                   rf"|(?P<whole>{'|'.join(HOUR_WORDS_AFTER)})(?!{'|'.join(HOUR_WORD_NOT_BEFORE)}))?")

#: Two hours with 时/点 written once (9至11时, 早上五到六点, 晚上9~11点半).
_HOUR_SPAN = re.compile(rf"(?P<h1>2[0-4]|[01]?[0-9]|{_CN_SMALL})(?:{_SEP})(?P<h2>2[0-4]|[01]?[0-9]|{_CN_SMALL})"
                        rf"(?P<mark>[时時点點])(?P<half>半)?(?![0-9{_CN1}十]|[间間期代候速效限段刻])")
_CLOCK = re.compile(r"(?P<h>[01]?[0-9]|2[0-3])(?P<colon>[:：])(?P<mi>[0-5][0-9])(?:(?P=colon)(?P<se>[0-5][0-9]))?(?![0-9:：])")

_TIME_TAIL = re.compile(rf" ?(?:{_SEP}) ?(?P<next>次日|翌日|第二天)?")

_URL_CHARS = re.compile(r"[A-Za-z0-9._~:/?#@!$&'*+,;=%-]*")

_URL_CHARS_BACK = re.compile(r"[A-Za-z0-9._~:/?#@!$&'*+,;=%-]*$")

_YEAR_WORDS = "|".join(RELATIVE_YEARS)
_MONTH_WORDS = "|".join(sorted(RELATIVE_MONTHS, key=len, reverse=True))
#: 去年底, 今年年初, 本月初, 上个月下旬 (not 今年初三, a lunar day), and 年初以来 at the start of a clause.
_RELATIVE_EDGE = re.compile(rf"(?P<yw>{_YEAR_WORDS})年?(?P<yp>{'|'.join(YEAR_EDGE_WORDS)})(?![{_CN1}十])"
                            rf"|(?P<mw>{_MONTH_WORDS})份?(?P<mp>{'|'.join(MONTH_EDGE_WORDS)})(?![{_CN1}十])"
                            rf"|(?:(?<=^)|(?<=[{''.join(YEAR_START_AFTER)}]))年初(?={'|'.join(YEAR_START_SINCE)})")
#: Where such a reading may start (one character, for the figure scanner): the first character of
#: a year or month word before an edge, or 年 of 年初以来.
EDGE_START = (rf"(?=(?:{_YEAR_WORDS})年?[{''.join(YEAR_EDGE_WORDS)}]).|(?=(?:{_MONTH_WORDS})份?(?:{'|'.join(MONTH_EDGE_WORDS)}))."
              rf"|年(?=初(?:{'|'.join(YEAR_START_SINCE)}))")
EDGE_FIRST = frozenset({w[0] for w in RELATIVE_YEARS} | {w[0] for w in RELATIVE_MONTHS} | {"年"})

_DIGIT_MONTH = "1[0-2]|0?[1-9]"
_DIGIT_DAY = "3[01]|[12][0-9]|0?[1-9]"
#: 1月3至2月10: two month-days in digits joined by a range mark, 日 left out after the first day (and
#: perhaps the last); nothing a number could measure after it.
_BARE_DAY_RANGE = re.compile(rf"(?P<m1>{_DIGIT_MONTH})月(?P<d1>{_DIGIT_DAY})(?:{_SEP})(?P<m2>{_DIGIT_MONTH})月(?P<d2>{_DIGIT_DAY})"
                             rf"[日号號]?(?![0-9.．%万千百亿])")
#: 截至1月3。: a month-day in digits, 日 left out, ending its sentence (or the text).
_BARE_DAY_AT_END = re.compile(rf"(?P<m>{_DIGIT_MONTH})月(?P<d>{_DIGIT_DAY})(?=[。！？!?]|\s*\Z)")
#: A month and a number without 日 anywhere (1月3，2月5: perhaps counts by month).
_MONTH_AND_NUMBER = re.compile(r"[0-9]+月[0-9]+(?![0-9日号號])")

#: Characters after the first number of a date or a clock time (the caller's cheap check).
DATE_NEXT = frozenset("年月日号號-./至到—－~～–―季")

TIME_NEXT = frozenset("时時点點:：")
