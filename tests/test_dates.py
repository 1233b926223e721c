"""Dates, date ranges and clock times (analysis.engine.dates): case file, generated variants, properties.

Each class of expression is checked on variants generated with their value known by
construction; ``cases/dates.jsonl`` holds real strings (with their page), synthetic and
negative cases, known misses as strict xfail.
"""
import calendar
import datetime as dt
import re

import pytest
from hypothesis import given, strategies as st

from analysis.engine.dates.vocabulary import DECADE_AHEAD_REACH
from analysis.engine.dates.vocabulary import PERIODS_AFTER_A_YEAR, RELATIVE_DAY_PARTS
from analysis.engine.dates import (ANCHOR_YEARS, BRACKETED_DAY_HEADS, DAY_PARTS, PERIODS, RELATIVE_DAYS,
                                   RELATIVE_MONTHS, RELATIVE_YEARS, SAME_DAY_WORDS, DateContext, DateReading, DateVeto, date_at,
                                   find_dates, read_at, read_date, read_time, time_at)
from conftest import load_jsonl

CN = "〇一二三四五六七八九"
EDTF_POINT = r"(?:[0-9]{4}|XXXX)(?:-(?:[0-9]{2}|XX)(?:-[0-9]{2})?)?(?:T[0-9]{2}:[0-9]{2}:[0-9]{2})?"
TIME = r"[0-9]{2}:[0-9]{2}(?::[0-9]{2})?"
VALUE = {"date": re.compile(EDTF_POINT), "date_range": re.compile(f"{EDTF_POINT}/{EDTF_POINT}"),
         "datetime": re.compile(EDTF_POINT), "time": re.compile(TIME), "time_range": re.compile(f"{TIME}/{TIME}")}


def cn_small(n: int) -> str:
    """1–99 as briefings write it (十二, 二十三)."""
    tens, ones = divmod(n, 10)
    return (CN[tens] if tens > 1 else "") + ("十" if tens else "") + (CN[ones] if ones else "")


def readings(text, date=None):
    return [(text[r.start:r.end], r.value, r.unit, list(r.flags)) for r in find_dates(text, date)]


# --- the case file ----------------------------------------------------------------------

CASES = load_jsonl("dates.jsonl")


@pytest.mark.parametrize("case", [
    pytest.param(c, marks=pytest.mark.xfail(strict=True, reason=c["expect_fail"])) if c.get("expect_fail") else c
    for c in CASES], ids=[f"{c['kind']}:{c['input'][:16]}" for c in CASES])
def test_case_file(case):
    assert readings(case["input"], case["date"]) == [tuple(e) for e in case["expect"]]


def test_case_file_has_sources():
    assert all(c["source"] for c in CASES) and {c["kind"] for c in CASES} == {"real", "synthetic", "negative"}


# --- calendar validity ------------------------------------------------------------------

@pytest.mark.parametrize("year", [1999, 2000, 2023, 2024, 2100 - 1])
def test_only_calendar_dates(year):
    for month in range(1, 14):
        for day in range(1, 33):
            text = f"{year}年{month}月{day}日"
            got = date_at(text, 0)
            real = month <= 12 and day <= calendar.monthrange(year, min(month, 12))[1]
            if real:
                assert got.value == f"{year}-{month:02d}-{day:02d}", text
            else:
                assert not isinstance(got, DateReading), text


def test_year_left_open_keeps_29_february_but_not_30():
    assert date_at("2月29日", 0).value == "XXXX-02-29"
    assert isinstance(date_at("2月30日", 0), DateVeto) and isinstance(date_at("4月31日", 0), DateVeto)


@pytest.mark.parametrize("month,day", [(1, 1), (2, 28), (10, 10), (11, 20), (12, 31), (3, 21)])
def test_chinese_numeral_dates(month, day):
    year = 2019
    text = "".join(CN[int(c)] for c in str(year)) + f"年{cn_small(month)}月{cn_small(day)}日"
    assert date_at(text, 0).value == f"{year}-{month:02d}-{day:02d}"


# --- years the text leaves out -----------------------------------------------------------

@pytest.mark.parametrize("word,delta", sorted(RELATIVE_YEARS.items()))
def test_relative_years(word, delta):
    for doc in ("2024-01-15", "2019-12-31"):
        ctx_year = int(doc[:4])
        for month in (1, 6, 12):
            text = f"{word}{month}月"
            r = date_at(text, len(word), DateContext.of(text, doc))
            assert (r.start, r.value, r.flags) == (0, f"{ctx_year + delta}-{month:02d}", ("relative_year",))


def test_relative_year_without_document_date_stays_open():
    r = date_at("去年5月", 2)
    assert (r.value, r.flags) == ("XXXX-05", ())


@pytest.mark.parametrize("word,delta", sorted(ANCHOR_YEARS.items()))
def test_anchored_years(word, delta):
    text = f"2015年10月,省政府成立联席会议,并于{word}11月实施专项行动"
    assert readings(text, "2017-11-22")[1][:2] == (f"{word}11月", f"{2015 + delta}-11")


@pytest.mark.parametrize("year", [2012, 2020, 2023])
def test_month_day_after_a_full_date_takes_its_year(year):
    for (m1, d1), (m2, d2) in (((3, 27), (5, 6)), ((1, 1), (12, 31)), ((7, 5), (7, 5))):
        text = f"分别于{year}年{m1}月{d1}日、{m2}月{d2}日先后抓获"
        got = readings(text, f"{year + 1}-02-02")
        assert got[1][1:] == (f"{year}-{m2:02d}-{d2:02d}", "date", ["inferred_year"]), text


def test_an_earlier_month_after_a_full_date_is_left_open():
    """Next year, or a look back: the text does not say."""
    assert readings("2022年12月28日抓获甲,1月5日抓获乙", "2023-03-01")[1][1] == "XXXX-01-05"


@pytest.mark.parametrize("year", [2018, 2022])
def test_range_into_the_next_year(year):
    for m1, m2 in ((12, 1), (11, 2), (10, 3)):
        text = f"{year}年{m1}月28日至{m2}月5日"
        assert date_at(text, 0).value == f"{year}-{m1:02d}-28/{year + 1}-{m2:02d}-05"


@pytest.mark.parametrize("word,delta", [("今年", 0), ("去年", -1), ("明年", 1)])
def test_range_to_a_relative_year(word, delta):
    for m1, m2 in ((5, 2), (11, 3), (1, 12)):
        text = f"去年{m1}月至{word}{m2}月"
        if delta == -1 and m2 < m1:
            continue  # the end before the start: not a range
        r = date_at(text, 2, DateContext.of(text, "2024-03-01"))
        assert (r.start, r.end, r.value, r.flags) == (0, len(text), f"2023-{m1:02d}/{2024 + delta}-{m2:02d}",
                                                      ("relative_year",))


def test_year_from_the_document_date():
    doc = dt.date(2024, 3, 10)
    for month in range(1, 13):
        text = f"{month}月5日"
        r = date_at(text, 0, DateContext.of(text, doc.isoformat()))
        if (month, 5) <= (doc.month, doc.day) or month == doc.month:
            assert (r.value, r.flags) == (f"2024-{month:02d}-05", ("inferred_year",))
        elif doc.month + 12 - month <= 3:
            assert (r.value, r.flags) == (f"2023-{month:02d}-05", ("inferred_year",))
        else:
            assert (r.value, r.flags) == (f"XXXX-{month:02d}-05", ())


# --- a day written alone ------------------------------------------------------------------

@pytest.mark.parametrize("verb", ["召开", "举行", "，", "从市公安局获悉", "上午", "电"])
def test_day_alone_takes_the_month_before_it(verb):
    for month, day in ((1, 10), (9, 20), (12, 3)):
        text = f"新华社北京{month}月{day}日电 公安部{day}日{verb}"
        got = readings(text, "2030-12-31")
        assert got[-1] == (f"{day}日", f"2030-{month:02d}-{day:02d}", "date", ["inferred_year", "inferred_month"])


@pytest.mark.parametrize("verb", ["，合肥查处", "。", "开展"])
def test_ranges_with_qi_and_unread_starts(verb):
    """4月30日起至5月24日 is one range; in 20201月至9月 (a year glued to its month) the start is not a
    date, so the end is not read alone as September."""
    assert readings(f"4月30日起至5月24日{verb}", "2016-06-06") == [
        ("4月30日起至5月24日", "2016-04-30/2016-05-24", "date_range", ["inferred_year"])]
    assert [r for r in readings(f"数据显示,20201月至9月{verb}", "2020-11-27") if r[0] == "9月"] == []
    assert readings(f"时间 2020/11/15/ 09:29 {verb}", None) == [("2020/11/15/ 09:29", "2020-11-15T09:29:00", "datetime", [])]


@pytest.mark.parametrize("verb", ["完成", "，", "前"])
def test_the_end_of_a_written_year(verb):
    """计划首阶段已于2025年年底完成: the year's last day, as 7月底 is the month's."""
    for y in (2019, 2025):
        for word in ("年底", "年末"):
            assert readings(f"已于{y}年{word}{verb}", "2026-01-30") == [(f"{y}年{word}", f"{y}-12-31", "date", [])]


@pytest.mark.parametrize("verb", ["进行收网", "开展清查", "召开"])
def test_the_last_day_of_a_list_is_a_day(verb):
    """于13日、14日、15日进行收网: the last day of a list, whatever follows it."""
    assert [r[1] for r in readings(f"于13日、14日、15日{verb}", "2016-01-20")] == [
        "2016-01-13", "2016-01-14", "2016-01-15"]


def test_day_alone_from_the_document_month():
    assert readings("23日,记者从省公安厅获悉", "2022-05-24") == [
        ("23日", "2022-05-23", "date", ["inferred_year", "inferred_month"])]
    assert readings("28日,记者从省公安厅获悉", "2022-05-24")[0][1] == "XXXX-XX-28"


@pytest.mark.parametrize("before", ["为期", "历时", "连续", "每", "第", "近", "约", "用了", "历经", "其中有"])
def test_day_alone_is_not_a_length_of_time(before):
    assert find_dates(f"{before}5日，", "2022-05-24") == []
    assert find_dates("5日内办结", "2022-05-24") == []


@pytest.mark.parametrize("word,back", [("今天", 0), ("昨日", 1), ("前天", 2)])
def test_relative_day_is_checked_against_the_document_date(word, back):
    doc = dt.date(2022, 9, 27)
    day = doc - dt.timedelta(days=back)
    assert readings(f"{word}({day.day}日)", doc.isoformat())[0][1] == day.isoformat()
    other = (day.day % 28) + 1
    assert readings(f"{word}({other}日)", doc.isoformat())[0][1] == f"XXXX-XX-{other:02d}"


# --- runs of months, half-years, quarters, year ranges -----------------------------------

def test_month_pairs():
    for a in (1, 2, 3, 4, 5, 6, 7, 8, 9, 11):  # 十十一月 is not written
        text = cn_small(a) + (cn_small(a + 1) if a < 11 else "二") + "月份"
        r = date_at(text, 0, DateContext(year=2023))
        assert r.value == f"2023-{a:02d}/2023-{a + 1:02d}", text
    assert date_at("三五月", 0) is None  # not adjacent: not a pair


@pytest.mark.parametrize("sep", ["-", "至", "到", "—", "~"])
def test_month_ranges(sep):
    for a, b in ((1, 2), (1, 8), (3, 12)):
        assert date_at(f"{a}{sep}{b}月", 0, DateContext(year=2020)).value == f"2020-{a:02d}/2020-{b:02d}"
        assert date_at(f"2021年{a}{sep}{b}月", 0).value == f"2021-{a:02d}/2021-{b:02d}"


@pytest.mark.parametrize("period", sorted(PERIODS))
def test_periods(period):
    first, last = PERIODS[period]
    assert date_at(f"2019年{period}", 0).value == f"2019-{first:02d}/2019-{last:02d}"
    text = f"去年{period}"
    at = next(i for i, c in enumerate(text) if i >= 2 and c in "半一二两三四")
    r = date_at(text, at, DateContext.of(text, "2024-05-01"))
    assert (r.start, r.value, r.flags) == (0, f"2023-{first:02d}/2023-{last:02d}", ("relative_year",))
    if period in PERIODS_AFTER_A_YEAR:  # 后半年 alone: not read (此后半年 is a length)
        assert date_at(period, at - 2, DateContext.of(period, "2024-12-01")) is None
        return
    assert isinstance(date_at(period, at - 2), DateVeto)  # no year written, no document date
    r = date_at(period, at - 2, DateContext.of(period, "2024-12-01"))
    assert (r.value, r.flags) == (f"2024-{first:02d}/2024-{last:02d}", ("inferred_year",))


@pytest.mark.parametrize("sep", ["至", "到", "—", "-"])
def test_year_ranges(sep):
    for a, b in ((2017, 2021), (1999, 2000)):
        assert date_at(f"{a}年{sep}{b}年", 0).value == f"{a}/{b}"
        assert date_at(f"{a}{sep}{b}年", 0).value == f"{a}/{b}"
    assert date_at(f"2021{sep}2017年", 0) is None or date_at(f"2021{sep}2017年", 0).value != "2021/2017"


# --- ROC years, numeric dates -------------------------------------------------------------

@pytest.mark.parametrize("roc", [1, 38, 99, 100, 112, 114])
def test_roc_years(roc):
    assert date_at(f"民國{roc}年3月5日", 2).value == f"{roc + 1911}-03-05"
    assert date_at(f"民国{roc}年", 2).value == f"{roc + 1911}"


def test_a_roc_year_alone_near_the_page_year():
    """台東警114年查緝數據全面攀升 in a text that writes 114年度: the year 2025, not 114 years."""
    text = "台東警114年查緝數據全面攀升。114年度共查獲毒品案件320件"
    assert readings(text, "2026-01-10")[0][:3] == ("114年", "2025", "date")
    assert readings("台東警114年查緝數據全面攀升。", "2026-01-10") == []  # no ROC signal: not a year
    assert readings(text.replace("114年查", "100年查"), "2026-01-10")[0][1] != "2011"  # far from the page's year


def test_roc_years_need_a_signal():
    assert date_at("112年3月5日", 0) is None
    assert readings("112年3月5日，警方查獲", "2023-04-01")[0][1] == "2023-03-05"
    assert readings("有期徒刑10年3月", "2023-04-01") == []


@pytest.mark.parametrize("sep", ["-", ".", "/"])
def test_numeric_dates(sep):
    for y, m, d in ((2018, 11, 23), (2020, 2, 29), (2001, 1, 9)):
        text = f"{y}{sep}{m}{sep}{d}"
        assert date_at(text, 0).value == f"{y}-{m:02d}-{d:02d}"
        assert isinstance(date_at(f"http://a.cn/x/{text}/1.html", 14), DateVeto)
    assert isinstance(date_at(f"2019{sep}2{sep}29", 0), DateVeto)


def test_datetimes_are_complete_to_the_second():
    assert date_at("2022年08月05日 15:40", 0).value == "2022-08-05T15:40:00"
    assert date_at("2024-11-10 04:28:43", 0).value == "2024-11-10T04:28:43"
    assert date_at("10.04.2015  11:33", 0).value == "2015-04-10T11:33:00"


@pytest.mark.parametrize("doc,month,day,year", [("2022-01-10", 1, 10, 2022), ("2022-01-10", 12, 31, 2021),
                                                ("2023-11-25", 3, 5, 2023)])
def test_page_timestamps(doc, month, day, year):
    """2023 11/25 17:19:01 and 01-10 15:46:58 (the year from the page's date, or the year before)."""
    stamp = f"{month:02d}-{day:02d} 15:46:58"
    assert readings(f"来源 {stamp} 央视", doc) == [(stamp, f"{year}-{month:02d}-{day:02d}T15:46:58", "datetime",
                                                  ["inferred_year"])]
    full = f"{year} {month:02d}/{day:02d} 17:19:01"
    assert readings(f"正文 {full} 来源", None) == [(full, f"{year}-{month:02d}-{day:02d}T17:19:01", "datetime", [])]
    assert [r[2] for r in readings(f"来源 {stamp} 央视", None)] == ["time"]  # no page date: no year


# --- clock times -----------------------------------------------------------------------------

EXPECTED_24H = {"am": lambda h: 0 if h == 12 else h, "noon": lambda h: h + 12 if 1 <= h <= 5 else h,
                "pm": lambda h: h + 12 if h < 12 else h,
                "night": lambda h: h + 12 if 6 <= h <= 11 else (24 if h == 12 else h),
                "evening": lambda h: None if 1 <= h <= 4 else (h + 12 if h < 12 else 24)}


@pytest.mark.parametrize("part", sorted(DAY_PARTS))
def test_day_parts_give_the_24_hour_clock(part):
    for h in range(1, 13):
        for written in (str(h), cn_small(h)):
            text = f"{part}{written}时"
            r, h24 = time_at(text, len(part)), EXPECTED_24H[DAY_PARTS[part]](h)
            assert (r.start, r.value) == (0, f"{h24:02d}:00") if h24 is not None else r is None, text
    assert time_at(f"{part}8点半", len(part)).value[3:] == "30"


def test_hours_alone_and_minutes():
    for h in range(0, 24):
        assert time_at(f"{h}时", 0).value == f"{h:02d}:00"
        assert time_at(f"{h}时5分", 0).value == f"{h:02d}:05"
    assert time_at("4点2吨", 0) is None and time_at("一时间", 0) is None and time_at("一时冲动", 0) is None
    assert time_at("十时", 0).value == "10:00" and time_at("八时三十分", 0).value == "08:30"


@pytest.mark.parametrize("part", ["", "凌晨", "上午", "下午", "晚", "晚上"])
def test_a_date_and_its_hour_are_one_datetime(part):
    """12月1日22时, 7月7日晚8时30分: a date with a time of day is one EDTF datetime."""
    kind = DAY_PARTS.get(part)
    for month, day, hour, minute in ((12, 1, 10, 0), (7, 7, 5, 30), (2, 28, 11, 15), (10, 31, 12, 0)):
        h24 = EXPECTED_24H[kind](hour) if kind else hour
        for m_text, d_text, h_text in ((str(month), str(day), str(hour)),
                                       (cn_small(month), cn_small(day), cn_small(hour))):
            written = f"{h_text}时" + (f"{minute}分" if minute else "")
            text = f"2021年{m_text}月{d_text}日{part}{written}"
            r = date_at(text, 0)
            if h24 is None:  # 晚上5时 is read; 晚上1–4时 is not an evening hour
                assert (r.end, r.unit) == (text.index(part), "date"), text
                continue
            assert (r.start, r.end, r.unit, r.qualifier) == (0, len(text), "datetime", "exact"), text
            day_after = dt.date(2021, month, day) + dt.timedelta(days=h24 // 24)  # 晚上12时: midnight that ends the day
            assert r.value == f"{day_after}T{h24 % 24:02d}:{minute:02d}:00", text


@pytest.mark.parametrize("word", ["许", "左右", "上下"])
def test_about_a_time(word):
    """22时许, 17时左右: the time of day is approximate, with or without its date."""
    r = date_at(f"2014年12月1日22时{word},", 0)
    assert (r.value, r.qualifier, r.end) == ("2014-12-01T22:00:00", "about", len("2014年12月1日22时") + len(word))
    r = time_at(f"晚8时{word}", 1)
    assert (r.value, r.qualifier, r.start, r.end) == ("20:00", "about", 0, 3 + len(word))
    assert time_at("晚8时抓获", 1).qualifier == "exact"


def test_a_range_of_hours_after_a_date_stays_a_range():
    assert readings("3月5日8时至10时开展", "2020-03-06") == [
        ("3月5日", "2020-03-05", "date", ["inferred_year"]), ("8时至10时", "08:00/10:00", "time_range", [])]


@pytest.mark.parametrize("head,back", sorted(BRACKETED_DAY_HEADS.items()))
def test_bracketed_day_of_the_report(head, back):
    """今（25）日, 昨（二十四）日: the day of the report in brackets, checked against the page date."""
    doc = dt.date(2025, 11, 3)
    day = doc - dt.timedelta(days=back)
    for written, bracket in ((str(day.day), "（）"), (cn_small(day.day), "()")):
        text = f"局長{head}{bracket[0]}{written}{bracket[1]}日親自主持"
        assert readings(text, doc.isoformat()) == [(text[2:-4], day.isoformat(), "date",
                                                    ["inferred_year", "inferred_month"])], text
    other = day.day % 28 + 10
    assert readings(f"{head}（{other}）日", doc.isoformat())[0][1] == f"XXXX-XX-{other:02d}"
    assert readings(f"{head}（{day.day}）日", None)[0][1] == f"XXXX-XX-{day.day:02d}"
    assert readings(f"第（{day.day}）日", doc.isoformat()) == []


@pytest.mark.parametrize("year_word,year", [("今年", 2024), ("去年", 2023), ("2022年", 2022)])
def test_quarters_written_with_ji(year_word, year):
    """首季, 首三季, 前两季, 第一季 (季 without 度, as Macau and Hong Kong write them)."""
    cases = {"首季": (1, 3), "首季度": (1, 3)}
    for n in (2, 3):  # the first quarter is 首季, never 首一季
        for written in (str(n), "二三"[n - 2], "两" if n == 2 else None):
            if written:
                cases[f"首{written}季"] = cases[f"前{written}季"] = (1, 3 * n)
    for q in (1, 2, 3, 4):
        cases[f"第{'一二三四'[q - 1]}季"] = cases[f"第{q}季"] = (3 * q - 2, 3 * q)
    for written, (first, last) in cases.items():
        text = f"{year_word}{written}罪案統計"
        assert readings(text, "2024-11-28") == [
            (f"{year_word}{written}", f"{year}-{first:02d}/{year}-{last:02d}", "date_range",
             ["relative_year"] if year_word in RELATIVE_YEARS else [])], text
    assert readings("四季如春", "2024-11-28") == [] and readings("首要任务", "2024-11-28") == []


@pytest.mark.parametrize("word,shift", sorted(RELATIVE_MONTHS.items()))
def test_day_of_a_relative_month(word, shift):
    """本月四日, 上月20日: the month counted from the document date, across a year boundary."""
    for doc in (dt.date(2020, 9, 10), dt.date(2021, 1, 31), dt.date(2020, 12, 5)):
        y, m0 = divmod(doc.year * 12 + doc.month - 1 + shift, 12)
        for day in (1, 4, 28):
            for written in (str(day), cn_small(day)):
                text = f"警方{word}{written}日对十名涉案人员采取行动"
                got = readings(text, doc.isoformat())[0]
                assert got == (f"{word}{written}日", f"{y}-{m0 + 1:02d}-{day:02d}", "date", ["relative_month"]), text
    assert readings(f"{word}4日，", None)[0][1] == "XXXX-XX-04"


def test_years_of_two_chinese_digits():
    """一七年 = 2017, 九七年七月一日 = 1997-07-01; 二三年 (two or three years) is no year."""
    doc = "2020-09-10"
    assert readings("自一七年部署", doc) == [("一七年", "2017", "date", ["inferred_year"])]
    assert readings("九七年七月一日", doc) == [("九七年七月一日", "1997-07-01", "date", ["inferred_year"])]
    assert readings("至二一年", doc) == [("二一年", "2021", "date", ["inferred_year"])]
    assert readings("到二五年", doc) == [("二五年", "1925", "date", ["inferred_year"])]
    for pair in ("二三年", "三四年", "八九年"):
        assert all(r[2] != "date" for r in readings(f"服刑{pair}", doc)), pair
    for after in ("代", "度", "来", "间"):
        assert readings(f"一七年{after}", doc) == [], after
    assert readings("自一七年部署", None) == []


@pytest.mark.parametrize("word,shift", sorted(SAME_DAY_WORDS.items()))
def test_a_time_on_the_day_named_before(word, shift):
    """10月3日…当日19时许, 12月31日…次日凌晨2时: a datetime on that day (across a year's end)."""
    for y, m, d in ((2024, 10, 3), (2023, 12, 31), (2024, 2, 28)):
        day = dt.date(y, m, d) + dt.timedelta(days=shift)
        for part, hour, h24 in (("", 19, 19), ("凌晨", 2, 2), ("晚上", 8, 20)):
            text = f"{y}年{m}月{d}日接到报警。经查锁定嫌疑人。{word}{part}{hour}时许，民警将其抓获。"
            got = find_dates(text, "2025-01-15")[-1]
            assert (text[got.start:got.end], got.value, got.unit, got.qualifier) == (
                f"{word}{part}{hour}时许", f"{day.isoformat()}T{h24:02d}:00:00", "datetime", "about"), text
    assert find_dates(f"{word}19时许抓获", "2025-01-15")[-1].unit == "time"  # no date before: a time
    assert find_dates(f"7月18日至27日开展行动，{word}19时许", "2025-01-15")[-1].unit == "time"  # after a range


def test_dang_before_a_part_of_the_day():
    assert find_dates("5月3日开展行动。当晚8时许，民警赶到", "2024-12-05")[-1].value == "2024-05-03T20:00:00"
    assert find_dates("5月3日开展行动。当8时许", "2024-12-05")[-1].unit == "time"


@pytest.mark.parametrize("sep", ["至", "到", "—"])
def test_time_ranges(sep):
    assert time_at(f"19时{sep}凌晨2时", 0).value == "19:00/02:00"
    assert time_at(f"晚10时{sep}次日凌晨2时", 1).value == "22:00/02:00"
    assert time_at(f"晚8时{sep}10时", 1).value == "20:00/22:00"
    assert time_at(f"13时{sep}15时", 0).unit == "time_range"


# --- the interface the figure engine uses, and properties ----------------------------------

def test_legacy_interface():
    assert read_date("今年1至8月", 2, year=2023) == (6, "2023-01/2023-08", "date_range")
    assert read_date("11月16日上午", 0) == (6, "XXXX-11-16", "date")
    assert read_time("下午3点半", 2) == (5, "15:30")
    assert read_date("2月30日", 0) is None


def test_figures_carry_dates_with_their_context():
    from analysis.engine.figures import extract
    figs = extract("2020年3月27日、5月6日先后抓获", date="2021-02-02")
    assert [(f.text, f.value) for f in figs] == [("2020年3月27日", "2020-03-27"), ("5月6日", "2020-05-06")]
    assert any("inferred_year" in r for r in figs[1].rules)
    assert [(f.text, f.value) for f in extract("去年5月", date="2024-01-15")] == [("去年5月", "2023-05")]
    assert [(f.text, f.unit) for f in extract("一二月份")] == [("一二月份", "date_range")]


@given(st.text(max_size=120))
def test_arbitrary_text_never_raises_and_spans_hold(text):
    for date in (None, "2024-01-15"):
        for r in find_dates(text, date):
            assert 0 <= r.start < r.end <= len(text)
            assert VALUE[r.unit].fullmatch(r.value), r
        for pos in range(len(text)):
            read_at(text, pos, pos + 1, DateContext.of(text, date))


PIECES = st.sampled_from(["2020年", "12月", "28日", "至", "1月", "5日", "今年", "去年", "同年", "上半年",
                          "一二", "七八", "月份", "第", "三季度", "民國", "112年", "晚", "凌晨", "10时", "次日",
                          "2时", "，", "。", "\n", "20日召开", "2018.11.23", "/", "http://", "日", "时", "点"])


@given(st.lists(PIECES, max_size=30).map("".join), st.sampled_from([None, "2024-01-15", "2023-12-31"]))
def test_date_shaped_text_reads_valid_edtf(text, date):
    for r in find_dates(text, date):
        assert VALUE[r.unit].fullmatch(r.value), (text, r)
        for point in r.value.split("/"):
            if r.unit in ("date", "date_range", "datetime") and re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}.*", point):
                dt.date.fromisoformat(point[:10])  # a real calendar date


# --- clock times: the part of the day on every written form, 约, 刻, 半, minutes after 点 --------

def _expected_hour(part: str, h: int) -> int | None:
    return EXPECTED_24H[DAY_PARTS[part]](h) if part else h


@pytest.mark.parametrize("part", sorted(DAY_PARTS))
def test_colon_times_take_the_part_of_the_day(part):
    """下午5:00 is 17:00, 晚上9:30 21:30: the part of the day counts for hh:mm as for N时."""
    for h in range(1, 13):
        h24 = _expected_hour(part, h)
        r = time_at(f"{part}{h}:05", len(part))
        if h24 is None or h24 == 24:  # not an evening hour; 晚上12:05 is past the day's end
            assert r is None, part
        else:
            assert (r.start, r.value) == (0, f"{h24:02d}:05"), part


@pytest.mark.parametrize("part", ["下午", "晚上", "傍晚", "中午", "凌晨", "上午", "晚"])
@pytest.mark.parametrize("about", ["约", "大约"])
def test_about_before_a_clock_time(part, about):
    """下午约4时30分, 约晚上10时, 当日下午3:30左右: 约 on either side of the part is about the time."""
    for h, form in ((5, "{h}时30分"), (10, "{h}时"), (8, "{h}:30"), (11, "{c}点半")):
        h24 = _expected_hour(part, h)
        for text in (f"{part}{about}" + form.format(h=h, c=cn_small(h)), f"{about}{part}" + form.format(h=h, c=cn_small(h))):
            r = find_dates(text)[0]
            assert (r.start, r.end, r.value[:2], r.qualifier) == (0, len(text), f"{h24:02d}", "about"), text
    r = find_dates(f"2019年6月28日{part}{about}8:30左右", "2019-07-01")[0]
    assert (r.value, r.unit, r.qualifier) == (f"2019-06-28T{_expected_hour(part, 8):02d}:30:00", "datetime", "about")


@pytest.mark.parametrize("part", ["", "下午", "凌晨"])
def test_quarters_halves_and_minutes_after_dian(part):
    """20时1刻 = 20:15, 18时三刻 = 18:45, 十一点半, 下午三点十五, 三点零五分 (a time, not 3.05)."""
    for h in (1, 3, 9, 11):
        base = _expected_hour(part, h) if part else h
        for quarter, minutes in (("1刻", 15), ("一刻", 15), ("三刻", 45), ("半", 30)):
            for mark in ("时", "点"):
                text = f"{part}{cn_small(h)}{mark}{quarter}"
                assert [r.value for r in find_dates(text)] == [f"{base:02d}:{minutes:02d}"], text
        assert [r.value for r in find_dates(f"{part}{cn_small(h)}点零五分")] == [f"{base:02d}:05"]
        assert [r.value for r in find_dates(f"{part}{cn_small(h)}点十五")] == [f"{base:02d}:15"]
    assert find_dates("三点零五") == [] and find_dates("4点2吨") == [] and find_dates("提出3点要求") == []


def test_evening_hours_and_the_midnight_that_ends_the_day():
    """晚上5点 = 17:00; 晚上2点 is no evening hour (nothing); 晚上12时 after a date is 00:00 the next day."""
    assert [r.value for r in find_dates("晚上5点")] == ["17:00"] and find_dates("晚上2时") == []
    assert [r.value for r in find_dates("2023年12月31日晚上12时", None)] == ["2024-01-01T00:00:00"]
    assert [r.value for r in find_dates("晚10时至2时")] == ["22:00/02:00"]


AFTERNOON = st.sampled_from(["下午", "晚上", "傍晚", "晚", "晚间", "午后"])


@given(AFTERNOON, st.integers(0, 23), st.integers(0, 59), st.sampled_from(["{h}时{m}分", "{h}:{m:02d}", "{h}点{m}分",
                                                                          "{ch}时", "{ch}点半", "约{h}时许"]),
       st.sampled_from(["", "2020年3月5日", "当日", "明天", "昨天", "昨"]))
def test_afternoon_and_evening_times_are_after_noon(part, h, m, form, before):
    """Invariant: a clock time after 下午/晚上/傍晚 is at or after 12:00 (written ≥ 13: as written)."""
    text = before + part + form.format(h=h, m=m, ch=cn_small(h) if h else "零")
    for r in find_dates(text, "2020-03-10"):
        if r.unit in ("time", "datetime") and r.end == len(text):
            clock = r.value.split("T")[-1]
            assert clock >= "12:00" or r.value.endswith("T00:00:00") and h == 12, (text, r)
            if h >= 13:
                assert clock.startswith(f"{h:02d}:"), (text, r)


@pytest.mark.parametrize("word", sorted(RELATIVE_DAYS))
@pytest.mark.parametrize("part", ["", "上午", "下午", "晚上"])
def test_a_clock_time_on_a_day_named_from_the_document_date(word, part):
    """明天下午5:00, 大后天上午10点, 昨天9点20: the time on the day the word counts from the document
    date (flag relative_day); with no document date, the time alone."""
    doc = dt.date(2021, 6, 14)
    day = doc - dt.timedelta(days=RELATIVE_DAYS[word])
    for h, form, minutes in ((9, "{h}:05", 5), (10, "{c}点", 0), (6, "{h}时30分", 30), (8, "{h}点20", 20)):
        h24 = _expected_hour(part, h) if part else h
        text = f"{word}{part}" + form.format(h=h, c=cn_small(h))
        assert readings(text, doc.isoformat()) == [(text, f"{day}T{h24:02d}:{minutes:02d}:00", "datetime",
                                                    ["relative_day"])], text
        assert [(r[1], r[2]) for r in readings(text, None)] == [(f"{h24:02d}:{minutes:02d}", "time")], text


@pytest.mark.parametrize("word,back", sorted(RELATIVE_DAY_PARTS.items()))
def test_a_clock_time_after_yesterday_evening(word, back):
    """昨晚8时35分, 今晚10点, 明早7时: the word names the day and the part of the day the hour; 前夜
    ("the eve", 国庆前夜10时) names no day counted from the document date."""
    doc = dt.date(2024, 3, 1)
    day = doc - dt.timedelta(days=back)
    h = 7 if word.endswith("早") else 10
    h24 = _expected_hour(word[1], h)
    text = f"{word}{h}时35分"
    assert readings(text, doc.isoformat()) == [(text, f"{day}T{h24:02d}:35:00", "datetime", ["relative_day"])], text
    assert [r[1:3] for r in readings("国庆前夜10时", doc.isoformat())] == [("22:00", "time")]


def test_dian_is_a_clock_time_after_a_day_or_before_zheng():
    """N点 alone may be "N points"; after a date or a day word, or before 整/钟, it is the hour
    (1987年1月11日八点, 8号8点, 零点整, 8点钟); not 零点整治 nor 三点钟方向."""
    for h in (0, 3, 8, 11):
        c = cn_small(h) if h else "零"
        assert [r[1] for r in readings(f"1987年1月11日{c}点")] == [f"1987-01-11T{h:02d}:00:00"]
        assert [r[1] for r in readings(f"{c}点整出发")] == [f"{h:02d}:00"]
        assert [r[1] for r in readings(f"{c}点钟，")] == [f"{h:02d}:00"]
        assert [r[1] for r in readings(f"每天{c}点半")] == [f"{h:02d}:30"]
    for text in ("开展零点整治行动", "三点钟方向", "提出8点要求", "4点2吨", "三点零五"):
        assert readings(text, "2021-06-14") == [], text


@pytest.mark.parametrize("h", [1, 3, 8, 10, 12])
def test_dian_is_a_clock_time_after_yue_or_before_a_relation(h):
    """大约十点 (about), 十二点之后, 3点以前, 10点左右: 约 before N点 or a word relating a moment to it
    after it makes it an hour; 3点要求 stays points."""
    for c in (str(h), cn_small(h)):
        for about in ("约", "大约"):
            assert [(r[1], find_dates(f"{about}{c}点")[0].qualifier) for r in readings(f"{about}{c}点")] == [(f"{h:02d}:00", "about")]
        for word in ("之前", "之后", "以前", "以后"):
            assert [r[1] for r in readings(f"在{c}点{word}")] == [f"{h:02d}:00"], (c, word)
        assert [r[1] for r in readings(f"{c}点左右到达")] == [f"{h:02d}:00"]
        assert readings(f"提出{c}点要求") == []


# --- calendar dates: a month written once before two days; a year that makes no date ---------

@pytest.mark.parametrize("sep", ["~", "至", "到", "-", "—", "～"])
def test_days_after_a_month_written_once_are_a_range(sep):
    """6月3~5日, 8月11至13日: a range of days in that month, never the month or one day."""
    for y, m, d1, d2 in ((2019, 4, 12, 19), (2023, 6, 3, 5), (2024, 2, 27, 29), (2023, 8, 11, 13)):
        for m_text, d1_text, d2_text in ((str(m), str(d1), str(d2)), (cn_small(m), cn_small(d1), cn_small(d2))):
            text = f"{m_text}月{d1_text}{sep}{d2_text}日开展"
            assert readings(text, f"{y}-12-31") == [(text[:-2], f"{y}-{m:02d}-{d1:02d}/{y}-{m:02d}-{d2:02d}", "date_range",
                                                     ["inferred_year"])], text
            assert readings(f"{y}年{text}")[0][1] == f"{y}-{m:02d}-{d1:02d}/{y}-{m:02d}-{d2:02d}"
    for bad in ("6月5至3日", "6月30至31日", "2023年2月28至29日"):  # not a range of days of that month: nothing
        assert readings(bad, "2023-12-31") == [], bad


@pytest.mark.parametrize("doc", ["2017-03-22", "2019-03-22", "2023-06-01", "2024-03-01"])
def test_a_year_that_makes_no_calendar_date_is_left_open(doc):
    """2月29日 in a document of a common year: XXXX-02-29, never 2017-02-29."""
    year = int(doc[:4])
    for text in ("2月29日", "二月二十九日", "去年2月29日", "今年2月29日"):
        got = readings(text, doc)
        y = year - (1 if text.startswith("去年") else 0)
        assert [r[1] for r in got] == ([f"{y}-02-29"] if calendar.isleap(y) else ["XXXX-02-29"]), (text, doc)


# --- years of two Arabic digits ------------------------------------------------------------

@pytest.mark.parametrize("doc", ["1997-07-01", "2017-03-22", "2021-06-14", "2025-11-20"])
def test_two_digit_years_take_the_century_of_the_document(doc):
    """98年4月 = April 1998, 03年2月28日, 07年第三季度, 08年: the century that puts the year at most
    two years after the document's; a range's end in the century of its start."""
    doc_year = int(doc[:4])
    for yy in (3, 8, 15, 18, 19, 91, 98):
        y = doc_year // 100 * 100 + yy
        y = y - 100 if y > doc_year + 2 else y
        assert readings(f"{yy:02d}年4月", doc)[0][:2] == (f"{yy:02d}年4月", f"{y}-04")
        assert readings(f"{yy:02d}年2月28日", doc)[0][1] == f"{y}-02-28"
        assert readings(f"{yy:02d}年第三季度", doc)[0][1] == f"{y}-07/{y}-09"
        assert readings(f"{yy:02d}年10月1日到{(yy + 1) % 100:02d}年2月3日", doc)[0][1] == f"{y}-10-01/{y + 1}-02-03"
    assert readings("08年奥运会在北京举办", doc)[0][1] == ("2008" if doc_year >= 2006 else "1908")


@pytest.mark.parametrize("text", ["有期徒刑10年3月", "判处15年6月", "为期10年3月", "拘役12年", "24年", "15年"])
def test_two_digit_years_that_are_lengths_of_time(text):
    """有期徒刑10年3月 is a sentence, 24年 alone a number of years: no date."""
    assert readings(text, "2023-04-01") == []


def test_two_digit_years_without_a_century_are_no_figure():
    """No document date, or a text that may count years from 1912 (民國, 警政署): nothing, never 98 years."""
    from analysis.engine.figures import extract
    for text, date in (("98年4月", None), ("警政署公布，98年4月", "2023-04-01"), ("民國紀念，98年4月", "2023-04-01")):
        assert readings(text, date) == [] and [f for f in extract(text, date=date) if "98" in f.text] == [], text


# --- lengths of time: days written 日, minutes, N个半, years and months, the past months -------

def _figures(text, date=None):
    from analysis.engine.figures import extract
    return [(text[f.start:f.end], f.value, f.unit, f.qualifier) for f in extract(text, date=date)]


@pytest.mark.parametrize("before", ["行政拘留", "处以行政拘留", "拘役", "被处以拘留"])
def test_days_of_a_penalty_written_ri(before):
    """行政拘留15日, 处以行政拘留十日: a number of days, never the 15th of a month."""
    for n in (3, 5, 10, 15, 20):
        for written in (str(n), cn_small(n)):
            text = f"对其{before}{written}日。"
            assert _figures(text, "2024-05-20") == [(f"{written}日", n, "day", "exact")], text


@pytest.mark.parametrize("n", [2, 7, 15, 30, 60, 90, 180])
def test_days_within_and_beyond_a_month(n):
    """60日内, 5日内: within N days; 90日 (more than any month has): N days; 两日: two days."""
    assert _figures(f"须在{n}日内办结") == [(f"{n}日", n, "day", "exact")]
    if n > 31:
        assert _figures(f"历经{n}日的侦查") [-1][1:3] == (n, "day")
        assert _figures(f"共计{n}日。")[-1][1:3] == (n, "day")
    assert _figures("两日后") == [("两日", 2, "day", "exact")]


@pytest.mark.parametrize("n", [1, 3, 5, 15, 30, 45])
def test_minutes(n):
    """接警后3分钟到达, 5分钟内: minutes."""
    for written in (str(n), cn_small(n)):
        assert _figures(f"接警后{written}分钟到达现场") == [(f"{written}分钟", n, "minute", "exact")]
        assert _figures(f"{written}分钟内赶到")[0][1:3] == (n, "minute")


@pytest.mark.parametrize("n", [1, 2, 3, 10])
@pytest.mark.parametrize("unit,name", [("小时", "hour"), ("月", "month"), ("星期", "week")])
def test_n_and_a_half_after_ge(n, unit, name):
    """一个半小时 = 1.5 hours, 两个半月 = 2.5 months: never 0.5 hours, nor 2 个."""
    written = "两" if n == 2 else cn_small(n)
    text = f"历时{written}个半{unit}"
    assert [f[1:3] for f in _figures(text)] == [(n + 0.5, name)], text


@pytest.mark.parametrize("years,months", [(4, 6), (1, 3), (10, 11), (3, 2)])
def test_years_and_months_of_a_sentence(years, months):
    """判处有期徒刑四年六个月: one length, in months (54)."""
    for y_text, m_text, link in ((cn_small(years), cn_small(months), ""), (str(years), str(months), "零")):
        text = f"判处有期徒刑{y_text}年{link}{m_text}个月。"
        assert [f[1:3] for f in _figures(text)] == [(years * 12 + months, "month")], text


@pytest.mark.parametrize("n", [2, 3, 6])
def test_the_past_months(n):
    """近三月, 近3个月来: the past N months, exact (like 近N年来); 近3个月 alone is nearly 3 months."""
    written = cn_small(n)
    assert _figures(f"近{written}月，全市破获") == [(f"近{written}月", n, "month", "exact")]
    assert _figures(f"近{n}个月来，全市破获") == [(f"近{n}个月", n, "month", "exact")]
    assert _figures(f"近{n}个月，全市破获") == [(f"近{n}个月", n, "month", "nearly")]
    assert readings(f"近{written}月") == [] and readings(f"今年{written}月", "2024-12-01")[0][1] == f"2024-{n:02d}"


@pytest.mark.parametrize("year_word,years", sorted(RELATIVE_YEARS.items()))
@pytest.mark.parametrize("month_word,shift", sorted(RELATIVE_MONTHS.items()))
def test_day_of_a_relative_month_in_a_relative_year(year_word, years, month_word, shift):
    """去年本月十日: the document's month, counted in the year the year word names."""
    for doc in (dt.date(2017, 3, 22), dt.date(2024, 1, 5), dt.date(2023, 12, 31)):
        y, m0 = divmod((doc.year + years) * 12 + doc.month - 1 + shift, 12)
        for written, day in (("十日", 10), ("28日", 28)):
            text = f"{year_word}{month_word}{written}"
            assert readings(text, doc.isoformat()) == [(text, f"{y}-{m0 + 1:02d}-{day:02d}", "date", ["relative_month"])]


@pytest.mark.parametrize("m1,m2", [(7, 6), (3, 5), (11, 12), (1, 2)])
def test_a_day_alone_continues_its_date_or_gives_nothing(m1, m2):
    """8日 after 7月3日 is 7月8日; after dates that name two months for it (a range across months,
    or a month without a day after a day of another month), nothing rather than a guess."""
    doc = "2023-12-31"
    for d in (8, 20, 28):
        same = f"{m1}月3日开展行动，抓获3人。{d}日，召开会议"
        assert readings(same, doc)[-1][:2] == (f"{d}日", f"2023-{m1:02d}-{d:02d}")
        month_only = f"{m2}月，某地发生案件。{d}日，抓获"
        assert readings(month_only, doc)[-1][:2] == (f"{d}日", f"2023-{m2:02d}-{d:02d}")
        for unsure in (f"{m1}月3日，开展行动。自{m2}月以来，破案5起。{d}日，召开会议",
                       f"{min(m1, m2)}月1日至{max(m1, m2)}月27日开展行动。{d}日，召开会议"):
            assert [r for r in readings(unsure, doc) if r[0] == f"{d}日"] == [], unsure
    within = f"{m1}月18日至27日开展行动。28日，召开会议"
    assert readings(within, doc)[-1][:2] == ("28日", f"2023-{m1:02d}-28")


@pytest.mark.parametrize("since", ["迄今", "至今", "以來", "以来"])
def test_a_roc_year_alone_before_since_is_a_year(since):
    """98年迄今 in a page that writes (or may write) ROC years: 2009, not 98 years; far back
    (80年以來 in 2025) or in a mainland page (20年以来) it stays a number of years."""
    for opening in ("民國114年3月查獲毒品，", "警政署統計，"):
        for roc in (95, 98, 105, 113):
            text = f"{opening}{roc}年{since}共查獲"
            assert readings(text, "2025-11-20")[-1][:2] == (f"{roc}年", f"{roc + 1911}"), text
        assert all(r[0] != "80年" for r in readings(f"{opening}80年{since}共查獲", "2025-11-20"))
    assert readings(f"20年{since}，他一直", "2025-11-20") == []


# --- invariants over generated date-shaped text --------------------------------------------

MORE_PIECES = st.sampled_from(["98年", "03年", "19年", "18年", "10月", "2月", "29日", "31日", "3~5日", "11至13日", "至",
                               "到", "19年", "2月29日", "去年", "本月", "上月", "十日", "8日，", "晚上", "下午", "约",
                               "12时", "5:00", "3点半", "1刻", "迄今", "民國", "98年迄今", "自", "以来", "，", "。",
                               "有期徒刑", "近三月", "拘留", "15日", "个半小时", "一", "2023年", "6月", "12月31日",
                               "2018/1/10", "2018-12-12", "09:03", "12：00", " – ", "1995", "明天", "昨晚", "8点",
                               "九十年代", "整", "3分20秒"])


def _iso_point(point: str) -> dt.date | None:
    """The calendar date of an EDTF point, None where a part is unspecified (XXXX)."""
    if "X" in point[:10] or len(point) < 10:
        return None
    return dt.date.fromisoformat(point[:10])


@given(st.lists(MORE_PIECES, max_size=24).map("".join), st.sampled_from([None, "2017-03-22", "2024-02-10", "1999-12-31"]))
def test_every_edtf_value_is_a_calendar_date_and_ranges_are_ordered(text, date):
    """Invariants: every date, datetime and interval the engine gives is a real calendar date (an
    unspecified year may be a leap year), time of day at most 23:59:59, and a range's known ends
    are in order."""
    for r in find_dates(text, date):
        assert VALUE[r.unit].fullmatch(r.value), (text, r)
        points = r.value.split("/")
        if r.unit in ("date", "date_range", "datetime"):
            known = [_iso_point(p) for p in points]  # raises on 2017-02-29
            for p in points:
                if "T" in p:
                    dt.time.fromisoformat(p.split("T")[1])
                if p.startswith("XXXX-") and len(p) >= 10 and p[5:7] != "XX":
                    assert int(p[8:10]) <= calendar.monthrange(2000, int(p[5:7]))[1], (text, r)
            if len(known) == 2 and None not in known:
                assert known[0] <= known[1], (text, r)
            if len(points) == 2 and points[0][:4].isdigit() and points[1][:4].isdigit():
                assert points[0][:4] <= points[1][:4], (text, r)


@pytest.mark.parametrize("low,high", [(10, 15), (30, 90), (5, 60)])
def test_a_range_of_days_written_ri(low, high):
    """30~90日, 拘留10至15日: a range of days, never its end alone."""
    for sep in ("~", "至", "-"):
        got = _figures(f"处以行政拘留{low}{sep}{high}日")
        assert [(f[1], f[2], f[3]) for f in got] == [(low, "day", "range")], got


def cn_year_places(y: int) -> str:
    """A year 1900–2099 written with places, as speech writes it (一千九百九十八, 两千零四, 两千)."""
    if y >= 2000:
        rest = y - 2000
        return "两千" + ("" if not rest else "零" + (cn_small(rest) if rest < 10 else "一" * (rest < 20) + cn_small(rest)))
    return "一千九百" + ("零" + CN[y - 1900] if y - 1900 < 10 else cn_small(y - 1900))


@pytest.mark.parametrize("y", [1905, 1998, 2000, 2004, 2010, 2019, 2023])
def test_a_full_date_with_its_day_in_chinese_and_no_ri(y):
    """二零零四年八月十五, 两千零四年八月十五, 一千九百九十八年五月: a year written with places or digit by
    digit; the day may leave out 日 where the year is written and the day ends its clause."""
    digit_by_digit = "".join(CN[int(c)] for c in str(y))
    for year in (str(y), digit_by_digit, cn_year_places(y)):
        for m, d in ((8, 15), (1, 23), (12, 31), (2, 28)):
            text = f"{year}年{cn_small(m)}月{cn_small(d)}"
            for end in ("", "，", "。"):
                assert readings(text + end) == [(text, f"{y}-{m:02d}-{d:02d}", "date", [])], text + end
        assert readings(f"{year}年{cn_small(5)}月")[0][1] == f"{y}-05"
    assert readings(f"{cn_year_places(y)}年的历史") == []  # 两千年 alone: not a year


@pytest.mark.parametrize("m,d", [(8, 15), (1, 23), (4, 13), (5, 5), (12, 30)])
def test_a_month_and_a_chinese_day_without_ri_nor_year_is_the_lunar_form(m, d):
    """八月十五 (中秋), 五月初五, 一月二十三: a day in Chinese digits without 日 nor a year is how the
    lunar calendar's days are written: neither a Gregorian date nor its month is read."""
    for day in (cn_small(d), "初" + cn_small(d) if d <= 10 else cn_small(d)):
        for end in ("", "，"):
            assert readings(f"{cn_small(m)}月{day}{end}", "2017-03-22") == [], (m, day)
    assert readings(f"{cn_small(m)}月{cn_small(d)}日", None) == [(f"{cn_small(m)}月{cn_small(d)}日", f"XXXX-{m:02d}-{d:02d}", "date", [])]
    assert [r[1] for r in readings(f"{cn_small(m)}月{cn_small(d)}起案件")] == [f"XXXX-{m:02d}"]


@pytest.mark.parametrize("y", [1000, 1357, 1789, 1899])
def test_a_date_before_1900_in_iso_digits(y):
    """1789-01-29: a year before 1900 with a month and a day of two digits each."""
    for m, d in ((1, 29), (12, 31), (2, 28)):
        text = f"{y}-{m:02d}-{d:02d}"
        assert readings(text) == [(text, text, "date", [])]
    assert readings(f"{y}-13-01") == [] and readings(f"{y}-02-30") == []


@pytest.mark.parametrize("after", ["以后", "后", "之内", "以来", "，"])
def test_half_a_month_before_a_word_of_time(after):
    """半月以后, 半月内: half a month; 半月刊 (fortnightly), 半月形 (crescent) are words."""
    assert [f[1:3] for f in _figures(f"半月{after}")] == [(0.5, "month")]
    for word in ("半月刊", "半月形", "半月板", "半月谈"):
        assert _figures(word) == [], word


@pytest.mark.parametrize("y", [1000, 1357, 1644, 1899])
def test_a_date_before_1900_written_in_full(y):
    """1357年6月10日 is a date (its month and day say so), 1357年 alone a number of years; a year
    of three digits stays a ROC year or nothing (112年3月5日)."""
    assert readings(f"{y}年6月10日") == [(f"{y}年6月10日", f"{y:04d}-06-10", "date", [])]
    assert readings(f"{y}年") == [] and readings(f"{y}年6月") == []
    assert readings(f"{y - 900}年6月10日") == []


@pytest.mark.parametrize("h", [0, 7, 9, 10, 12, 19, 23])
def test_clock_times_with_a_full_width_colon(h):
    """10：13, 在12：00之后, 下午3：30: the full-width colon of a scraped page; a one-digit hour
    needs a part of the day before it, and after 比 it is a ratio (比例为12：10), not a time."""
    for minute in (0, 5, 30, 59):
        text = f"在{h:02d}：{minute:02d}之后"
        assert [r[1:3] for r in readings(text)] == [(f"{h:02d}:{minute:02d}", "time")], text
        if h < 10:
            assert readings(f"在{h}：{minute:02d}之后") == []
        assert readings(f"男女比例为{h:02d}：{minute:02d}") == []
    if 1 <= h <= 11:
        assert [r[1] for r in readings(f"下午{h}：30")] == [f"{h + 12:02d}:30"]


@pytest.mark.parametrize("y,m,d", [(2018, 12, 12), (2021, 9, 9), (2023, 1, 31), (2024, 2, 29)])
def test_a_date_and_a_clock_time_run_together(y, m, d):
    """2018-12-1209:03, 2021-09-12-11：23: a damaged scrape's date and time, split where month,
    day and hour have two digits each."""
    for h, mi in ((0, 0), (9, 3), (11, 23), (23, 59)):
        for glue in ("", "-"):
            for colon in (":", "："):
                text = f"{y}-{m:02d}-{d:02d}{glue}{h:02d}{colon}{mi:02d}"
                assert readings(text) == [(text, f"{y}-{m:02d}-{d:02d}T{h:02d}:{mi:02d}:00", "datetime", [])], text
    assert all(r[2] != "datetime" for r in readings(f"{y}-{m}-{d}9:03"))  # one-digit parts: no certain split


@pytest.mark.parametrize("sep", ["/", ".", "-"])
@pytest.mark.parametrize("mark", ["-", "至", "~"])
def test_a_range_of_dates_in_digits(sep, mark):
    """2018/1/10-2018/7/10, 2019.3.1至2019.6.30: two dates with the same separator; the end never
    before the start, and never inside a web address."""
    for (y1, m1, d1), (y2, m2, d2) in (((2018, 1, 10), (2018, 7, 10)), ((2019, 12, 30), (2020, 1, 2))):
        text = f"{y1}{sep}{m1}{sep}{d1}{mark}{y2}{sep}{m2}{sep}{d2}"
        assert readings(text) == [(text, f"{y1}-{m1:02d}-{d1:02d}/{y2}-{m2:02d}-{d2:02d}", "date_range", [])], text
        assert all(r[2] != "date_range" for r in readings(f"{y2}{sep}{m2}{sep}{d2}{mark}{y1}{sep}{m1}{sep}{d1}"))
        if sep == "/":
            assert readings(f"http://a.cn/{text}") == []


@pytest.mark.parametrize("mark", ["-", "–", "至", "—"])
def test_a_range_of_years_with_spaces_around_its_mark(mark):
    """1995 – 1997年: a range of years whose mark a page writes between spaces."""
    for y1, y2 in ((1995, 1997), (2019, 2021)):
        text = f"{y1} {mark} {y2}年"
        assert readings(text) == [(text, f"{y1}/{y2}", "date_range", [])], text


@pytest.mark.parametrize("minutes", [1, 3, 12, 59])
def test_minutes_and_seconds_are_one_length(minutes):
    """用时3分20秒 = 200 seconds; 十三秒钟 = 13 seconds; seconds after minutes not read with them
    (3分钟半20秒) are never a length of their own."""
    for sec in (5, 20, 30, 59):
        for m_text, s_text in ((str(minutes), str(sec)), (cn_small(minutes), cn_small(sec))):
            for text in (f"用时{m_text}分{s_text}秒完成", f"仅{m_text}分钟{s_text}秒钟，"):
                got = [f[1:3] for f in _figures(text)]
                assert got == [(minutes * 60 + sec, "second")], text
        assert [f[1:3] for f in _figures(f"{cn_small(sec)}秒钟以后")] == [(sec, "second")]
    assert [f[1:3] for f in _figures(f"{minutes}分钟半20秒")] == [(minutes + 0.5, "minute")]
    assert _figures(f"{minutes}分60秒") == [] and all(f[2] != "second" for f in _figures(f"得{minutes}分"))


@pytest.mark.parametrize("subject", ["民警", "警方", "他", "你", "我们"])
def test_a_day_alone_opening_a_sentence_before_its_subject(subject):
    """12日民警…, 15日他被抓获, 29日你来吗: the day opens the sentence; its month is the document's
    where the day is not later than the document's, else left open (XXXX-XX-29); after a penalty
    (拘留15日他) it stays a length."""
    doc = dt.date(2016, 1, 22)
    for d in (1, 12, 22, 23, 29, 31):
        want = f"2016-01-{d:02d}" if d <= doc.day else f"XXXX-XX-{d:02d}"
        for written in (str(d), cn_small(d)):
            assert [r[1] for r in readings(f"{written}日{subject}来了", doc.isoformat())] == [want], (d, subject)
    assert readings(f"拘留15日{subject}", doc.isoformat()) == []


@pytest.mark.parametrize("d", [1, 9, 14, 28])
def test_a_day_alone_before_a_range_of_hours(d):
    """9日0时至18时三刻: the day (its month from the document date) and then the range of its hours."""
    for part, h1, h2, want in (("", 0, 18, "00:00/18:00"), ("晚", 8, 10, "20:00/22:00"), ("上午", 9, 11, "09:00/11:00")):
        text = f"{d}日{part}{h1}时至{h2}时"
        got = readings(text, "2021-06-28")
        assert [(r[1], r[2]) for r in got] == [(f"2021-06-{d:02d}", "date"), (want, "time_range")], text


@pytest.mark.parametrize("h1,h2", [(9, 12), (8, 11), (1, 3)])
def test_a_range_of_hours_ending_in_ban(h1, h2):
    """9~12点半 = 09:00–12:30: 半 makes 点 a clock time with no part of the day; 9~12点 stays unread."""
    for sep in ("~", "至", "到"):
        assert [r[1] for r in readings(f"{h1}{sep}{h2}点半")] == [f"{h1:02d}:00/{h2:02d}:30"]
        assert readings(f"{h1}{sep}{h2}点") == []


@pytest.mark.parametrize("q,first,last", [("一", 1, 3), ("二", 4, 6), ("三", 7, 9), ("四", 10, 12), ("上半年", 1, 6)])
def test_the_start_and_end_of_a_quarter(q, first, last):
    """2013年一季度末 = 31 March (as 月底 is the month's last day); 四季度初 = October (its first
    month, as 月初 is the first third of a month)."""
    period = q if "年" in q else f"{q}季度"
    last_day = calendar.monthrange(2013, last)[1]
    for word in ("末", "底"):
        assert readings(f"2013年{period}{word}") == [(f"2013年{period}{word}", f"2013-{last:02d}-{last_day}", "date", [])]
    assert readings(f"2013年{period}初") == [(f"2013年{period}初", f"2013-{first:02d}", "date", [])]
    assert readings(f"去年{period}初", "2014-06-01")[0][1:3] == (f"2013-{first:02d}", "date")


@pytest.mark.parametrize("y1,m1,y2,m2", [(1999, 8, 2002, 2), (2008, 3, 2009, None), (2015, 1, 2015, 12)])
def test_months_written_year_dot_month_as_a_range(y1, m1, y2, m2):
    """1999.08-2002.02 任…, 2008.03-2009: a run of months; before a unit (万元, 元) the same digits are
    numbers, and an end before the start is no range."""
    end = f"{y2}.{m2:02d}" if m2 else str(y2)
    want = f"{y1}-{m1:02d}/{y2}-{m2:02d}" if m2 else f"{y1}-{m1:02d}/{y2}"
    for mark in ("-", "至", "—"):
        for after in ("", "，", "任副局长"):
            text = f"{y1}.{m1:02d}{mark}{end}"
            assert readings(text + after) == [(text, want, "date_range", [])], text + after
        assert all(r[2] != "date_range" for r in readings(f"{y1}.{m1:02d}{mark}{end}万元"))
    assert all(r[2] != "date_range" for r in readings(f"{y2 + 1}.01-{y1}.{m1:02d}，"))


@pytest.mark.parametrize("a,short", [(1985, 89), (1995, 3), (2001, 19), (1999, 99)])
def test_a_year_to_a_month_of_a_two_digit_year(a, short):
    """1985到89年9月 = 1985 to September 1989: the end's century is the start's, or the next where the
    end would come before the start; not in a text that may write ROC years."""
    b = a // 100 * 100 + short + (100 if a // 100 * 100 + short < a else 0)
    for mark in ("到", "至", "-"):
        text = f"{a}{mark}{short:02d}年9月"
        assert readings(text, "2020-01-01") == [(text, f"{a}/{b}-09", "date_range", [])], text
    assert all(r[2] != "date_range" for r in readings(f"警政署：{a}到{short:02d}年9月", "2020-01-01"))


@pytest.mark.parametrize("y", [2003, 2019, 2024])
def test_the_end_of_a_year(y):
    """2019年底, 2019年年底, 19年末 (in a dated text): the year's last day, like 7月底."""
    for word in ("底", "末", "年底", "年末"):
        assert readings(f"{y}年{word}")[0][1:3] == (f"{y}-12-31", "date")
        assert readings(f"{y % 100:02d}年{word}", "2025-01-10")[0][1:] == (f"{y}-12-31", "date", ["inferred_year"])


@pytest.mark.parametrize("days", [1, 3, 8, 30])
def test_days_and_hours_are_one_length_in_hours(days):
    """还剩8天20时 = 212 hours (a day has 24); never a clock time; with minutes after it (a length of
    three units) the days alone."""
    for hours in (1, 5, 20, 23):
        for d_text, h_text in ((str(days), str(hours)), (cn_small(days), cn_small(hours))):
            for unit in ("时", "小时", "个小时"):
                text = f"还剩{d_text}天{h_text}{unit}"
                assert [f[1:3] for f in _figures(text)] == [(days * 24 + hours, "hour")], text
        assert [f[1:3] for f in _figures(f"还剩{days}天{hours}时30分")] == [(days, "day")]
    assert [f[1:3] for f in _figures(f"还剩{days}天24时")] == [(days, "day")]


def test_lengths_of_time_not_read_as_clock_times_nor_as_one_length():
    """8天20时 (8 days 20 hours): 20时 is no clock time; 一年又一个月21天: not one length of 13 months;
    一分钟半 = 1.5 minutes; 一个钟头 = 1 hour."""
    assert [f[2] for f in _figures("还剩8天20时")] == ["hour"]
    assert find_dates("第二天19时许", "2024-10-03")[0].value == "19:00"  # a day named by its order
    assert [f[1:3] for f in _figures("一年又一个月21天")] == [(1, "year"), (1, "month"), (21, "day")]  # each part alone
    assert _figures("一分钟半以前")[0][1:3] == (1.5, "minute")
    assert _figures("已经过了一个钟头")[0][1:3] == (1, "hour")


@pytest.mark.parametrize("roc", [1, 3, 9])
def test_a_roc_year_of_one_chinese_digit_after_minguo(roc):
    """民国三年 = 1914 (only after 民國: 三年 alone is three years)."""
    text = f"民国{cn_small(roc)}年"
    assert readings(text) == [(text, f"{1911 + roc}", "date", [])]
    assert readings(f"有期徒刑{cn_small(roc)}年三月", "2023-01-01") == []


def test_a_doubled_dash_joins_a_range():
    """2018年2——4月: the months of 2018, never April of the document's year."""
    assert readings("2018年2——4月", "2021-06-14") == [("2018年2——4月", "2018-02/2018-04", "date_range", [])]
    assert readings("3月1日——5月31日", "2021-06-14")[0][1] == "2021-03-01/2021-05-31"


@pytest.mark.parametrize("word,shift", [("上个月", -1), ("下月", 1), ("本月", 0)])
def test_a_relative_month_and_a_day_written_hao(word, shift):
    """上个月15号, 下月九号: 号 writes the day as 日 does; 12号线, 3号楼 stay no date."""
    y, m0 = divmod(2021 * 12 + 5 + shift, 12)
    for written, day in (("15号", 15), ("九号", 9)):
        assert readings(f"{word}{written}", "2021-06-14")[0][1] == f"{y}-{m0 + 1:02d}-{day:02d}"
    assert readings("乘坐12号线到3号楼", "2021-06-14") == []


def test_quarter_hours_and_half_minutes_as_lengths():
    """一刻钟 = 15 minutes; 一分半钟 = 1.5 minutes; 今晨5点 is a morning hour."""
    assert _figures("一刻钟后赶到")[0][1:3] == (15, "minute")
    assert _figures("一分半钟前")[0][1:3] == (1.5, "minute")
    assert [r.value for r in find_dates("今晨5点")] == ["05:00"]


@pytest.mark.parametrize("decade", [10, 20, 50, 80, 90])
def test_decades_after_their_century(decade):
    """上世纪80年代 = 1980/1989, 20世纪九十年代, 本世纪20年代 (from the document date); 80年代 alone: no date."""
    cn_decade = cn_small(decade)
    for century, first in (("上世纪", 1900), ("上个世纪", 1900), ("本世纪", 2000), ("20世纪", 1900), ("二十世纪", 1900),
                           ("19世纪", 1800), ("21世纪", 2000)):
        for written in (str(decade), cn_decade):
            text = f"{century}{written}年代以来"
            assert readings(text, "2021-06-14") == [(text[:-2], f"{first + decade}/{first + decade + 9}", "date_range", [])]
    assert readings(f"{decade}年代以来", None) == [] and readings(f"上世纪{decade}年代") == []


@pytest.mark.parametrize("part,years", [("初期", (0, 2)), ("前期", (0, 2)), ("中期", (3, 6)), ("末期", (7, 9)),
                                        ("后期", (7, 9)), ("末", (7, 9)), ("初", (0, 2))])
def test_the_parts_of_a_decade(part, years):
    """二十世纪九十年代末期 = 1997–1999, 20世纪60年代前期 = 1960–1962, 80年代中期 = 1983–1986: thirds of
    the decade, as 月初 is the first ten days of a month."""
    for century, base in (("二十世纪", 1900), ("上世纪", 1900), ("21世纪", 2000)):
        for decade in (10, 60, 90):
            text = f"{century}{cn_small(decade)}年代{part}"
            first = base + decade
            assert readings(text, "2021-06-14") == [(text, f"{first + years[0]}/{first + years[1]}", "date_range", [])], text


@pytest.mark.parametrize("decade", range(0, 100, 10))
@pytest.mark.parametrize("doc_year", [1999, 2017, 2021, 2024, 2068])
def test_a_decade_alone_only_where_one_of_its_name_has_begun(decade, doc_year):
    """九十年代 in a 2017 text is the 1990s (the 2090s have not begun); 10年代 there (1910s or
    2010s?) and 30年代 (perhaps the coming one) are not read."""
    this_century = doc_year // 100 * 100
    want = [] if this_century + decade <= doc_year + DECADE_AHEAD_REACH else \
        [(f"{decade}年代", f"{this_century - 100 + decade}/{this_century - 100 + decade + 9}", "date_range", ["inferred_year"])]
    if decade:
        assert readings(f"{decade}年代以来", f"{doc_year}-06-14") == want, doc_year
        assert [r[1:] for r in readings(f"{cn_small(decade)}年代以来", f"{doc_year}-06-14")] == [w[1:] for w in want]


@pytest.mark.parametrize("part", ["", "早上", "上午", "下午", "晚上"])
def test_two_hours_with_shi_or_dian_written_once(part):
    """9至11时, 早上五到六点, 晚上9~11点半: a range of hours in one part of the day; 点 needs the part
    (3至5点建议 is no time), 8至10人 stays a count."""
    for a, b in ((5, 6), (9, 11), (7, 8)):
        ha, hb = _expected_hour(part, a), _expected_hour(part, b)
        if ha is None or hb is None:
            continue
        for sep in ("至", "到", "~"):
            for mark in ("时", "点") if part else ("时",):
                text = f"{part}{cn_small(a)}{sep}{cn_small(b)}{mark}半"
                assert [r.value for r in find_dates(text)] == [f"{ha:02d}:00/{hb:02d}:30"], text
    assert find_dates("提出3至5点建议") == [] and [f[2] for f in _figures("抓获8至10人")] == ["count"]


def test_quarters_counted_with_ge_and_a_space_before_a_chinese_month():
    """今年前三个季度 is January–September (as 前三季度); 五个季度 is 15 months, 两个礼拜 two weeks;
    2008年 十二月 is December 2008, never December of the document's year."""
    assert readings("今年前三个季度", "2016-03-22") == [("今年前三个季度", "2016-01/2016-09", "date_range", ["relative_year"])]
    assert readings("2015年前两个季度", "2016-03-22")[0][1] == "2015-01/2015-06"
    assert [f[1:3] for f in _figures("连续五个季度下降")] == [(15, "month")]
    assert [f[1:3] for f in _figures("两个礼拜内")] == [(2, "week")]
    assert readings("2008年 十二月", "2016-03-22") == [("2008年 十二月", "2008-12", "date", [])]


@given(st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2030, 12, 31)),
       st.sampled_from(("鄧炳強", "局長", "处长")), st.sampled_from(("見記者", "见记者", "出席", "主持")))
def test_a_day_alone_before_a_verb_of_meeting_the_press_is_a_day_of_the_page_month(page, name, verb):
    """鄧炳強28日見記者時公佈 (Hong Kong China News Agency, 2025): the day of a Hong Kong dateline, in
    the page's month (any day up to the page's own)."""
    got = readings(f"保安局{name}{page.day}日{verb}時公佈", page)
    assert got == [(f"{page.day}日", page.isoformat(), "date", ["inferred_year", "inferred_month"])]


_JOINABLE = [("年", 1, "year"), ("个月", 1, "month"), ("天", 1, "day"), ("周", 1, "week"), ("个小时", 1, "hour"),
             ("分钟", 1, "minute"), ("个季度", 3, "month")]


@pytest.mark.parametrize("first,second", [(a, b) for a in _JOINABLE for b in _JOINABLE
                                          if a != b and (a[0], b[0]) not in {("年", "个月"), ("天", "个小时")}])
def test_parts_of_a_length_joined_by_you(first, second):
    """两天又一个月, 一年又一个季度: 又 joins the parts of one length; each part is given as it is written
    (parts in months and days are never summed), and 又一 stays "yet another" where no length comes before it."""
    for n1, n2 in ((2, 1), (1, 3)):
        for w1, w2 in ((cn_small(n1), cn_small(n2)), (str(n1), "一" if n2 == 1 else str(n2))):
            w1 = "两" if n1 == 2 and not w1.isdigit() else w1
            text = f"该案从立案到告破历时{w1}{first[0]}又{w2}{second[0]}。"
            got = [f[1:3] for f in _figures(text)]
            assert got == [(n1 * first[1], first[2]), (n2 * second[1], second[2])], text
            if w2 == "一":
                assert _figures(f"近日，又一{second[0]}的集中行动开始了。") == [], text


@pytest.mark.parametrize("noun", ["起案件", "个团伙", "个春节", "次行动", "年"])
def test_you_yi_without_a_length_before_is_yet_another(noun):
    """又一起案件, 今年又一年: 又一 after no length of time is "yet another", not a figure; 一年又一年,
    一天又一天 repeat one unit ("year after year"): no length at all."""
    assert _figures(f"警方又一{noun}被侦破。") == []
    for unit in ("年", "天", "个月"):
        text = f"民警一{unit}又一{unit}地坚守。"
        from analysis.engine.figures import extract
        assert [f.start for f in extract(text) if f.start > text.index("又")] == [], unit


_YEAR_EDGES = {"底": lambda y: f"{y}-12-31", "末": lambda y: f"{y}-12-31", "初": lambda y: f"{y}-01"}


@given(st.dates(dt.date(1995, 1, 1), dt.date(2035, 12, 31)), st.sampled_from(sorted(RELATIVE_YEARS.items())),
       st.sampled_from(sorted(_YEAR_EDGES)), st.sampled_from(["", "年"]))
def test_the_start_and_end_of_a_relative_year(doc, year_word, part, repeat):
    """去年底 = 31 December of the year before the document's, 今年年初 = its January, 上年末: as
    2019年底 and 四季度初 are read; without a document date nothing (no numeral is written)."""
    word, delta = year_word
    text = f"截至{word}{repeat}{part}，全市共破获案件"
    expect = [(f"{word}{repeat}{part}", _YEAR_EDGES[part](doc.year + delta), "date", ["relative_year"])]
    assert readings(text, doc.isoformat()) == expect
    assert readings(text) == []


_MONTH_EDGES = {"初": (1, 10), "上旬": (1, 10), "中旬": (11, 20), "下旬": (21, None), "底": (None, None), "末": (None, None),
                "上半月": (1, 15), "下半月": (16, None)}


@given(st.dates(dt.date(1995, 1, 1), dt.date(2035, 12, 31)), st.sampled_from(sorted(RELATIVE_MONTHS.items())),
       st.sampled_from(sorted(_MONTH_EDGES)), st.sampled_from([("", 0), ("去年", -1)]))
def test_the_parts_of_a_relative_month(doc, month_word, part, year_word):
    """本月初 = the first ten days of the document's month, 上月底 = the last day of the month before
    (crossing into the year before from January), 去年本月下旬: that month a year earlier; nothing
    without a document date."""
    (word, shift), (yw, years) = month_word, year_word
    months = (doc.year + years) * 12 + doc.month - 1 + shift
    y, m = divmod(months, 12)
    last = calendar.monthrange(y, m + 1)[1]
    first_day, last_day = (d if d else last for d in _MONTH_EDGES[part])
    written = f"{yw}{word}{part}"
    value = f"{y}-{m + 1:02d}-{first_day:02d}"
    if first_day != last_day:
        value += f"/{y}-{m + 1:02d}-{last_day:02d}"
    flags = ["relative_year", "relative_month"] if yw else ["relative_month"]
    text = f"警方于{written}组织开展集中行动"
    assert readings(text, doc.isoformat()) == [(written, value, "date" if first_day == last_day else "date_range", flags)]
    assert readings(text) == []


@pytest.mark.parametrize("before", ["", "全市公安机关", "自", "从"])
@pytest.mark.parametrize("since", ["以来", "至今"])
def test_since_the_start_of_the_year(before, since):
    """年初以来, 自年初以来: January of the document's year (inferred); after a year word its year
    (今年年初以来); nothing without a document date, nor inside a word (新年初, 近年初)."""
    clause = "，" if before == "全市公安机关" else ""
    text = f"{before}{clause}年初{since}，全市共破获案件"
    for doc in ("2021-03-05", "2024-11-30"):
        assert readings(text, doc) == [("年初", f"{doc[:4]}-01", "date", ["inferred_year"])], text
    assert readings(text) == []
    assert readings(f"今年年初{since}", "2024-11-30") == [("今年年初", "2024-01", "date", ["relative_year"])]
    for word in ("新年初", "近年初", "1年初"):
        assert [r for r in readings(f"{word}{since}", "2024-11-30") if r[0] == "年初"] == []


@pytest.mark.parametrize("text", ["今年初三", "去年初一", "本月初五", "今年初十"])
def test_a_lunar_day_after_a_relative_word_is_no_edge(text):
    """今年初三, 本月初五: 初 and a digit is a day of the lunar month (初三), not the start of a year."""
    assert [r for r in readings(f"{text}上午", "2024-02-20") if r[0].startswith(text[:2])] == []


@pytest.mark.parametrize("year_word,delta", sorted(RELATIVE_YEARS.items()))
def test_a_range_to_the_end_of_a_relative_year(year_word, delta):
    """2019年3月至去年底, 民國95年至去年底 (Taiwan, 2023): a range ending on that year's last day."""
    text = f"2001年至{year_word}底"
    assert readings(text, "2023-05-12") == [(text, f"2001/{2023 + delta}-12-31", "date_range", [])]


@pytest.mark.parametrize("half,months", [("前半年", "01/{y}-06"), ("后半年", "07/{y}-12"), ("後半年", "07/{y}-12")])
@pytest.mark.parametrize("year_word,delta", sorted(RELATIVE_YEARS.items()))
def test_first_and_second_half_after_a_year(half, months, year_word, delta):
    """今年后半年, 2018年前半年: the halves of that year, as 下半年 and 上半年; alone or after 此后/其后
    (the half-year after it: a length) no period is read."""
    y = 2019 + delta
    assert readings(f"{year_word}{half}，", "2019-09-03") == [(f"{year_word}{half}", f"{y}-{months.format(y=y)}", "date_range", ["relative_year"])]
    assert readings(f"2015年{half}，", "2019-09-03") == [(f"2015年{half}", f"2015-{months.format(y=2015)}", "date_range", [])]
    for before in ("", "此", "其", "随"):
        assert [r for r in readings(f"{before}{half}，", "2019-09-03") if r[2] == "date_range"] == []


@given(st.dates(dt.date(1995, 1, 1), dt.date(2035, 12, 31)), st.sampled_from([("上", 1), ("下", 16)]))
def test_a_half_month_alone(doc, half):
    """上半月 = days 1–15 of the document's month, 下半月 = 16 to its end (where it has begun by the
    document's day, as a day alone); after a date, of that date's month; after a written month
    (3月上半月) the month alone; nothing without a date, nor in 半月刊."""
    word, first = half
    text = f"{word}半月，全市共破获案件"
    last = calendar.monthrange(doc.year, doc.month)[1] if word == "下" else 15
    want = [(f"{word}半月", f"{doc:%Y-%m}-{first:02d}/{doc:%Y-%m}-{last:02d}", "date_range", ["inferred_year", "inferred_month"])]
    assert readings(text, doc.isoformat()) == (want if doc.day >= first else [])
    assert readings(text) == [] and readings(f"{word}半月刊", doc.isoformat()) == []
    assert [r[0] for r in readings(f"3月{word}半月", doc.isoformat())] == ["3月"]
    dated = f"2010年7月5日，民警出动。{text}"
    last = 31 if word == "下" else 15
    assert readings(dated, doc.isoformat())[1] == (f"{word}半月", f"2010-07-{first:02d}/2010-07-{last}", "date_range", ["inferred_year", "inferred_month"])


@pytest.mark.parametrize("n", [1, 2, 3, 7, 10])
def test_days_and_nights(n):
    """三天三夜, 三天两夜, 七日七夜: a length of N days (the nights are the days' own, or one fewer);
    other nights (三天五夜) and 三天两头 ("every other day", an idiom) are no length."""
    for day in ("天", "日"):
        for nights in (n, n - 1):
            if nights < 1:
                continue
            for days_text, nights_text in (("两" if n == 2 else cn_small(n), "两" if nights == 2 else cn_small(nights)),
                                           (str(n), str(nights))):
                text = f"民警连续奋战{days_text}{day}{nights_text}夜，终将嫌疑人抓获"
                assert [f[1:3] for f in _figures(text)] == [(n, "day")], text
    assert [f for f in _figures(f"连续{cn_small(n + 2)}天{cn_small(n + 4)}夜") if "夜" in f[0]] == []
    assert _figures("他三天两头来闹事") == []



@pytest.mark.parametrize("n", range(1, 12))
def test_the_last_months_of_a_year(n):
    """今年后三个月, 2021年后两个月: the last N months of that year (to December), as 今年前八个月 is
    the first eight; after no year (案发后三个月, 此后三个月) a length of N months, never a month."""
    for written in (str(n), "两" if n == 2 else cn_small(n)):
        for year, value_year, flags in (("今年", 2021, ["relative_year"]), ("去年", 2020, ["relative_year"]),
                                        ("2018年", 2018, [])):
            text = f"{year}后{written}个月，全市共破获"
            assert readings(text, "2021-06-14") == [(f"{year}后{written}个月", f"{value_year}-{13 - n:02d}/{value_year}-12",
                                                     "date_range", flags)], text
        for before in ("案发后", "此后", "其后"):
            assert [f[1:3] for f in _figures(f"{before}{written}个月，嫌疑人落网", "2021-06-14")] == [(n, "month")]


@given(st.dates(dt.date(2000, 1, 1), dt.date(2035, 12, 31)), st.integers(0, 364), st.integers(1, 60), st.booleans())
def test_a_range_of_month_days_without_ri(doc, back, length, ri):
    """1月3至2月10, 3月28至4月2日: two month-days in digits joined by a range mark are a range even
    without 日 after the first day (the mark makes it a day); its year as for any year-less date
    (here one the document's date has reached); not before a unit (2月10万元), nor in a list
    (1月3，2月5: counts by month)."""
    start = doc - dt.timedelta(days=back)
    end = start + dt.timedelta(days=length)
    if start.year != doc.year or end.year != doc.year:
        return
    text = f"{start.month}月{start.day}至{end.month}月{end.day}{'日' if ri else ''}"
    want = (text, f"{start}/{end}", "date_range", ["inferred_year"])
    assert readings(f"{text}，开展集中行动", doc.isoformat()) == [want]
    assert readings(f"{text}，开展集中行动") == [(text, f"XXXX-{start:%m-%d}/XXXX-{end:%m-%d}", "date_range", [])]
    if not ri:
        assert [r[2] for r in readings(f"{text}万元", doc.isoformat())] != ["date_range"]
    listed = f"{start.month}月{start.day}，{end.month}月{end.day}。"
    assert [r for r in readings(listed, doc.isoformat()) if r[0].endswith(str(start.day))] == []


@given(st.dates(dt.date(2000, 1, 1), dt.date(2035, 12, 31)), st.integers(0, 200), st.sampled_from(["。", "！", ""]))
def test_a_month_day_without_ri_ending_its_sentence(doc, back, end):
    """案件发生于5月3。: a month-day in digits whose 日 is left out, ending its sentence, is that date
    (the year as for any year-less date: here one the document's date has reached; after 今年, that
    year); where another month and number without 日 stand in the sentence (1月3，2月5，3月4。:
    counts by month?) or a number follows (5月3起), no date is read."""
    day = doc - dt.timedelta(days=back)
    if day.year != doc.year:
        return
    written = f"{day.month}月{day.day}"
    assert readings(f"案件发生于{written}{end}", doc.isoformat()) == [(written, f"{day}", "date", ["inferred_year"])]
    assert readings(f"案件发生于今年{written}{end}", doc.isoformat()) == [(f"今年{written}", f"{day}", "date", ["relative_year"])]
    other = f"{day.month % 12 + 1}月{(day.day % 28) + 1}"
    assert [r for r in readings(f"分别为{other}，{written}{end}", doc.isoformat()) if r[0] == written] == []
    assert [r for r in readings(f"其中{written}起{end}", doc.isoformat()) if r[0] == written] == []


@pytest.mark.parametrize("word", ["初步", "初次", "初中", "初见", "底线", "末端"])
@pytest.mark.parametrize("before", ["今年", "去年", "本月", "上个月"])
def test_a_word_that_begins_with_an_edge_word_is_no_edge(word, before):
    """今年初步建成, 据本月初步统计, 今年初中毕业, 守住今年底线: 初步, 初中, 底线 are words, not the
    start or the end of the year or month."""
    assert readings(f"据{before}{word}统计，", "2024-05-20") == []


# --- ranges written with spaces or 开始 before the mark; an end never read alone (issue 22) -------

@pytest.mark.parametrize("sep", ["至", "到", "~", "－"])
def test_spaced_ranges_of_hours_and_months(sep):
    """下午 14 時至 18 時, 8 月至 12 月 (a space on either side of each number, as Taiwanese pages write
    them): one range, never its two ends as two values."""
    for h1, h2 in ((14, 18), (13, 23), (2, 6), (3, 11)):
        text = f"發生在下午 {h1} 時{' ' + sep + ' ' if sep in '~－' else sep + ' '}{h2} 時，針對"
        want = f"{h1 + 12 if h1 < 12 else h1:02d}:00/{h2 + 12 if h2 < 12 else h2:02d}:00"
        assert [f[1:3] for f in _figures(text)] == [(want, "time_range")], text
    for m1, m2 in ((8, 12), (1, 6), (3, 4)):
        text = f"今年 {m1} 月{sep} {m2} 月共取締酒駕"
        assert [f[1:3] for f in _figures(text, "2025-12-14")] == [(f"2025-{m1:02d}/2025-{m2:02d}", "date_range")], text


@pytest.mark.parametrize("opener", ["开始", "開始", "起"])
def test_a_range_whose_start_is_marked_as_its_opening(opener):
    """从2017年5月开始至12月结束: 开始/起 between the start and the mark, one range."""
    for y, m1, m2 in ((2017, 5, 12), (2023, 1, 3), (2019, 9, 11)):
        text = f"专项行动从{y}年{m1}月{opener}至{m2}月结束"
        assert [(r[1], r[2]) for r in readings(text)] == [(f"{y}-{m1:02d}/{y}-{m2:02d}", "date_range")], text


@pytest.mark.parametrize("h1,h2", [(20, 24), (9, 25), (18, 30)])
def test_the_end_of_a_range_of_hours_not_joined_is_no_time(h1, h2):
    """20到24時14件: the hours are read as one range where they make one (to 24, the midnight that
    ends the day), and an end not joined to its start is never a clock time of its own."""
    got = [r for r in readings(f"其次是{h1}到{h2}時，") if r[2] in ("time", "time_range")]
    assert got == ([(f"{h1}到{h2}時", f"{h1}:00/{h2}:00", "time_range", [])] if h2 <= 24 else []), got
    glued = f"其次是{h1}到{h2}時14件"  # a count right after the hour: the range is not read, nor its end
    assert [r for r in readings(glued) if r[2] in ("time", "time_range")] == [], glued


@pytest.mark.parametrize("m1,doc_month", [(11, 2), (7, 8), (1, 12)])
def test_a_day_alone_after_a_paragraph_break_and_the_document_month(m1, doc_month):
    """截至22日 paragraphs after 从2011年11月中旬起, on a page of 22 February: the date before it and the
    document's month both may hold the day, so nothing is given; in the same paragraph it continues
    its date, and a day later than the page's own can only continue it."""
    y = 2012 if doc_month == 2 else 2023
    y1 = y - 1 if m1 > doc_month else y
    doc = f"{y}-{doc_month:02d}-22"
    for opening in (f"从{y1}年{m1}月中旬起，开展行动。", f"{y1}年{m1}月3日，开展行动。"):
        for d in (5, 22):
            apart = f"{opening}\n据通报，截至{d}日，破获案件"
            assert [r for r in readings(apart, doc) if r[0] == f"{d}日"] == [], apart
            together = f"{opening}截至{d}日，破获案件"
            assert readings(together, doc)[-1][:2] == (f"{d}日", f"{y1}-{m1:02d}-{d:02d}"), together
        later = f"{opening}\n据通报，截至28日，破获案件"
        assert readings(later, doc)[-1][:2] == ("28日", f"{y1}-{m1:02d}-28"), later
    same = f"{y}年{doc_month}月3日，开展行动。\n截至20日，破获案件"
    assert readings(same, doc)[-1][:2] == ("20日", f"{y}-{doc_month:02d}-20"), same


@pytest.mark.parametrize("sep", ["至", "到", "~", "-"])
def test_a_range_of_days_with_its_month_left_out(sep):
    """3日至10日, (16日至19日): the month as a day alone takes it (from the date it continues, else the
    document's), open where it is; an end day earlier than the start is in the next month; followed
    by 内/后 it is a range of lengths, no date."""
    for d1, d2 in ((3, 10), (16, 19), (1, 28)):
        text = f"警察局{d1}日{sep}{d2}日動員警力"
        assert readings(text, f"2021-03-{d2 + 1:02d}") == [
            (text[3:-4], f"2021-03-{d1:02d}/2021-03-{d2:02d}", "date_range", ["inferred_year", "inferred_month"])], text
        assert readings(text, None)[0][1] == f"XXXX-XX-{d1:02d}/XXXX-XX-{d2:02d}", text
        continued = f"8月21日電，一連四日({d1}日{sep}{d2}日)在全港"
        assert readings(continued, "2023-12-31")[-1][1] == f"2023-08-{d1:02d}/2023-08-{d2:02d}", continued
        assert [r for r in readings(f"须在{d1}日{sep}{d2}日内完成", "2021-03-31") if r[2] != "time"] == []
    for m, d1, d2, want in ((7, 28, 3, "2023-07-28/2023-08-03"), (12, 30, 2, "2023-12-30/2024-01-02")):
        for text in (f"2023年{m}月{d1}日{sep}{d2}日开展", f"2023年{m}月1日，开展。{d1}日{sep}{d2}日，召开"):
            assert readings(text)[-1][1] == want, text


@pytest.mark.parametrize("d", [5, 16, 19])
def test_the_words_around_a_day_alone(d):
    """A day alone is a day after 截至/截止 anywhere or 至/到 opening a clause (，至19日行動合共拘捕), and
    before 于/於 or 首 (侯友宜16日於道安會報, 13日首波專案); after a verb 至 reaches a length (延长至15日)."""
    doc = "2023-08-21"
    for text in (f"高級督察表示,至{d}日行動合共拘捕", f"至{d}日行動合共拘捕", f"据通报，截至{d}日惠州警方破获",
                 f"新北市長侯友宜{d}日於道安會報重申", f"市长{d}日于会上表示", f"永康分局{d}日首波專案突擊勤務"):
        assert [r[:2] for r in readings(text, doc)] == [(f"{d}日", f"2023-08-{d:02d}")], text
    for text in (f"拘留期限延长至{d}日执行", f"期限由3日增至{d}日执行", f"连续{d}日首次"):
        assert readings(text, doc) == [], text


@pytest.mark.parametrize("year", [1990, 2000, 2009, 2010, 2022])
def test_a_year_written_with_the_arabic_zero_among_chinese_digits(year):
    """二0二二年五月二十日至七月四日: the Arabic 0 for 〇 in a year written digit by digit is repaired
    (clean: arabic_zero), and the date is read as with 〇."""
    written = "".join("0" if c == "0" else CN[int(c)] for c in str(year))
    text = f"第一階段已在{written}年五月二十日至七月四日進行"
    assert [f[:3] for f in _figures(text)] == [(text[6:-2], f"{year}-05-20/{year}-07-04", "date_range")], text


@pytest.mark.parametrize("deed", ["追击", "跨省追击", "破案", "连续奔袭", "侦破"])
def test_24_hours_before_a_deed_with_an_end_is_a_length(deed):
    """民警24小时跨省追击: the time the deed took (24 hour); before a duty without an end (值班, 服务,
    巡逻), or with the deed only in the next clause, round the clock: no figure."""
    assert [f[1:3] for f in _figures(f"民警24小时{deed}，成功")] == [(24, "hour")]
    for duty in ("值班", "服务", "巡逻", "在线"):
        assert _figures(f"民警24小时{duty}，{deed}") == [], duty


RANGE_PIECES = st.sampled_from(["2017年", "5月", "12月", " ", "开始", "起", "至", "到", "~", "3日", "10日", "28日", "下午",
                                "14时", "18时", "3时", "20", "24时", "十二月", "，", "。", "行动", "8 月", "2月29日"])
_JOINED = r"(?:开始|開始|起)? ?(?:至|到|~) ?$"
#: A date after a date's end and a range mark; a clock time after a number or an hour and one (after an
#: hour a date may open a datetime of its own: 7月4日20时至7月5日2时 is two).
_AFTER_A_RANGE_MARK = {"date": re.compile(r"[0-9〇零一二三四五六七八九十][年月日号]" + _JOINED),
                       "time": re.compile(r"[0-9〇零一二三四五六七八九十][時时点點]?" + _JOINED)}


@given(st.lists(RANGE_PIECES, max_size=16).map("".join), st.sampled_from([None, "2017-07-20", "2025-12-14"]))
def test_the_end_of_a_range_is_never_read_alone(text, date):
    """Invariant: no date or clock time starts right after a date or an hour and a range mark (8 月至 12 月,
    14时至 18时): the two are one range, or the end is not read."""
    for r in find_dates(text, date):
        kind = "time" if r.unit.startswith("time") else "date"
        assert not _AFTER_A_RANGE_MARK[kind].search(text[:r.start]), (text, r)


@pytest.mark.parametrize("n", [2, 4, 7, 10])
def test_days_in_a_row_after_yilian(n):
    """一連四日(16日至19日): 一连 "in a row" makes N日 a length of days (not a day of the month, nor an
    idiom of the shape 一X四Y), and the bracketed days their range."""
    for written in (str(n), cn_small(n)):
        for unit in ("日", "天"):
            text = f"警方一連{written}{unit}在全港展開行動"
            assert [f[1:3] for f in _figures(text, "2023-08-21")] == [(n, "day")], text
    text = f"香港新聞網8月21日電，一連四日(16日至19日)在全港"
    assert [f[1:3] for f in _figures(text, "2023-08-21")] == [
        ("2023-08-21", "date"), (4, "day"), ("2023-08-16/2023-08-19", "date_range")]
