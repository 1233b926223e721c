"""Calendar dates written in full: digits with separators (2018-11-23), dates with 年/月/日, the
end of a range after 至/到, and a clock time right after a date (a datetime)."""
from __future__ import annotations

import datetime as _dt
import re

from .. import vocab as V
from .clock import latin_meridiem, meridiem_hour, skip_lead_in, time_at
from .patterns import _BARE_DAY_AT_END, _BARE_DAY_RANGE, _CLOCK_AFTER, _MONTH_AND_NUMBER, _DOTTED_MONTHS, _EARLY_POINT, _ISO_EARLY, _GLUED_DATETIME, _LUNAR_DAY, _DAY_PART_ALONE, _DAY_PART_BEFORE_SEP, _DAY_SPAN, _NUMERIC, _PERIOD, _POINT, _SHORT_POINT, _TAIL, _UNREAD_PART, _URL_CHARS, _URL_CHARS_BACK
from .periods import _year_months, _year_period
from .records import DateContext, DateReading, DateStep, DateVeto
from .roc import _roc_prefix_start, _roc_year
from .values import _edtf, _part_days, _real, _small, _small_year, _to_the_second
from .vocabulary import (ANCHOR_YEARS, DAY_ALONE_NOT_AFTER, LENGTH_BEFORE, MONTH_START_VAGUE, RELATIVE_YEARS,
                         YEAR_EDGE_WORDS, YEAR_END_WORDS)
from .years import _resolve_year, _year_word, short_year_century


def _inside_url(s: str, start: int, end: int) -> bool:
    """A date inside a web address or file name (…/gcdt/2017-11-22/2076166.html)."""
    left = _URL_CHARS_BACK.search(s, max(0, start - 200), start)
    right = _URL_CHARS.match(s, end)
    around = (left.group(0) if left else "") + right.group(0)
    return "://" in around or "/" in around.replace(":", "") or any(c.isalpha() for c in around)


def _numeric(s: str, pos: int, ctx: DateContext) -> DateReading | DateVeto | None:
    """2018-11-23, 2018.11.23, 2018/11/23 (with a clock time: a datetime); 10.04.2015 11:33; page
    timestamps 2023 11/25 17:19:01 and 01-10 15:46:58 (the year from the page's date)."""
    m = _GLUED_DATETIME.match(s, pos) or _NUMERIC.match(s, pos) or _ISO_EARLY.match(s, pos)
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
    meridiem = latin_meridiem(s, m.end()) if g["h"] is not None else None  # 2021-4-27 10:06 PM
    last = _numeric_range_end(s, m, (y, mo, d)) if g["h"] is None and not flags else None
    end = last.end() if last else m.end()
    if _inside_url(s, pos, meridiem[1] if meridiem else end):
        return DateVeto("veto.date.url", pos, end, f"{s[pos:end]!r} is part of a web address")
    ctx.note(pos, y, mo, d, not flags)
    steps = [DateStep("date.numeric", pos, m.end(), m.group(0))]
    if last:
        steps.append(DateStep("date.range", m.end(), end, last.group(0)))
        return DateReading(pos, end, f"{_edtf(y, mo, d)}/{_edtf(*map(int, last.group('y', 'm', 'd')))}", "date_range", (), tuple(steps))
    if g["h"] is None:
        return DateReading(pos, m.end(), _edtf(y, mo, d), "date", (), tuple(steps))
    h, end = int(g["h"]), m.end()
    if meridiem:
        h, end = meridiem_hour(h, meridiem[0]), meridiem[1]
        if h is None:
            return DateVeto("veto.time.meridiem", pos, end, f"{s[pos:end]!r}: the hour and AM/PM disagree")
        steps.append(DateStep("time.meridiem", m.end(), end, f"{meridiem[0]} -> {h:02d} h"))
    steps.append(DateStep("date.datetime", pos, end, "EDTF date and time, complete to the second"))
    value = f"{_edtf(y, mo, d)}T{h:02d}:{g['mi']}:{g['se'] or '00'}"
    return DateReading(pos, end, value, "datetime", flags, tuple(steps))


def _numeric_range_end(s: str, first: re.Match, start: tuple[int, int, int]) -> re.Match | None:
    """2018/1/10-2018/7/10, 2019.3.1至2019.6.30: a second date in digits with the same separator
    after a range mark, not before the first; its match (None where there is none)."""
    mark = next((w for w in V.RANGE_MARKS if s.startswith(w, first.end())), None)
    last = _NUMERIC.match(s, first.end() + len(mark)) if mark else None
    if last is None or last["sep"] != first["sep"] or last["h"] is not None:
        return None
    end = tuple(map(int, last.group("y", "m", "d")))
    return last if _real(*end) and end >= start else None


def _dotted_months(s: str, pos: int, ctx: DateContext) -> DateReading | None:
    """1999.08-2002.02, 2008.03-2009: months written year.month, a range from the first month to
    the last month (or year) written."""
    m = _DOTTED_MONTHS.match(s, pos)
    if m is None or pos and (s[pos - 1].isdigit() or s[pos - 1] == "."):
        return None
    first = (int(m["y1"]), int(m["m1"]))
    last = (int(m["y2"]), int(m["m2"])) if m["m2"] else (int(m["y2"]), None)
    if (last[0], last[1] or 12) < first:
        return None
    ctx.note(pos, *first, None, True)
    step = DateStep("date.dotted_months", pos, m.end(), m.group(0))
    return DateReading(pos, m.end(), f"{_edtf(*first)}/{_edtf(*last)}", "date_range", (), (step,))


def _timestamp_year(ctx: DateContext, m: int, d: int) -> int | None:
    """The year of a page timestamp without one (01-10 15:46:58): the page date's, or the year
    before when the day is later in the year than the page date."""
    doc = None if ctx.doubted else ctx.document
    if doc is None:
        return None
    return doc.year if (m, d) <= (doc.month, doc.day) else doc.year - 1


def _point(s: str, pos: int, ctx: DateContext) -> tuple[re.Match, int | None, str] | None:
    """The written date at ``pos``: its match, its year (Gregorian) and the rule that read it."""
    roc = _roc_year(s, pos, ctx)
    if roc:
        year = _small(roc["y"]) if "十" in roc["y"] or "百" in roc["y"] else _small_year(roc["y"])
        return roc, year + 1911, "date.roc"
    m = _POINT.match(s, pos)
    if m and m["y"] and "千" in m["y"] and not m["m"]:
        return None  # 两千年 alone: two thousand years as often as the year 2000
    if m and (m["y"] or m["m"]):
        return m, _small_year(m["y"]) if m["y"] else None, "date.written"
    m = _EARLY_POINT.match(s, pos)
    if m and not (pos and s[pos - 1].isdigit()):
        return m, int(m["y"]), "date.written"
    return _two_digit_year(s, pos, ctx)


def _two_digit_year(s: str, pos: int, ctx: DateContext) -> tuple[re.Match, int | None, str] | None:
    """98年4月, 03年2月28日, 07年第三季度, 19年底, 08年: a year of two Arabic digits where what
    follows makes it a year (a month, a quarter, 底/末, or a leading 0: nobody writes 08 years),
    in the century of the document date; None (the caller vetoes it) without one, or in a text
    that may write ROC years (where 98年 is 2009)."""
    m = _SHORT_POINT.match(s, pos)
    if m is None or pos and (s[pos - 1].isdigit() or s[pos - 1] in ".-/") \
            or s.endswith(LENGTH_BEFORE + DAY_ALONE_NOT_AFTER, 0, pos):
        return None  # 有期徒刑10年3月, 为期10年: a length of time
    after = m.end() if m["m"] else s.index("年", pos) + 1
    if not (m["m"] or m["y"][0] == "0" or _PERIOD.match(s, after) or s.startswith(YEAR_END_WORDS, after)):
        return None
    doc_year = ctx.document.year if ctx.document else ctx.year
    known = doc_year and ctx.two_digit_years
    return m, short_year_century(int(m["y"]), doc_year) if known else None, "date.short_year"


def _written(s: str, pos: int, ctx: DateContext) -> DateReading | DateVeto | None:
    """A date written with 年/月/日, with what may follow it: a second date, a half-year, a clock time."""
    got = _point(s, pos, ctx)
    if got is None:
        return None
    m, y, rule = got
    mo, d = _small(m["m"]), _small(m["d"])
    veto = _written_veto(s, pos, m, (y, mo, d), rule)
    if veto:
        return veto
    steps: tuple[DateStep, ...] = (DateStep(rule, pos, m.end(), m.group(0)),)
    short = ("inferred_year",) if rule == "date.short_year" else ()  # its century from the document date
    start = _roc_prefix_start(s, pos) if rule == "date.roc" else pos
    if y and not mo:
        end, last, more = _tail(s, m.end(), (y, None, None), False, ctx)
        return (_year_period(s, pos, m.end(), y, ctx, short) or _year_months(s, start, m.end(), y, ctx, steps)
                or _reading(start, end, y, None, None, last, short, steps + more, ctx, not short))
    flags: tuple[str, ...] = short
    if y is None:
        start, y, flags, more = _resolve_year(s, pos, mo, d, ctx)
        steps = more + steps
        if not _real(y, mo, d):  # 2月29日 in a common year: that year is not the date's
            y, flags = None, ()
            steps += (DateStep("date.year_left_open", start, m.end(), "no calendar date in the year the context gives"),)
    days = _part_days(y, mo, m["part"])
    first = (y, mo, d or (days[0] if days else None))
    last = (y, mo, days[1]) if days and days[0] != days[1] else None
    span = _day_span(s, m.end(), y, mo) if not (d or m["part"]) else None
    if isinstance(span, DateVeto):
        return span
    if span:
        end, first, last, more = span
        return _reading(start, end, *first, last, flags, steps + more, ctx, bool(m["y"]) or rule == "date.roc")
    end, tail, more = _tail(s, m.end(), first, bool(d), ctx)
    if d and not tail:
        end, tail, more = _tail_after_day_part(s, m.end(), first, ctx)
    if tail and m["part"] in MONTH_START_VAGUE:  # 3月初到11月底: from March (初 names no first day)
        first = (y, mo, None)
    if tail:
        last, steps = tail, steps + more
        if tail[0] and any(st.rule == "date.relative_year" for st in more) and "relative_year" not in flags:
            flags += ("relative_year",)
    clock = _time_after(s, end) if d and not last else None
    when = _datetime(start, first, clock, flags, steps) if clock else None
    if when:
        ctx.note(pos, y, mo, d, rule != "date.written" or bool(m["y"]) or "relative_year" in flags)
        return when
    sure = bool(m["y"]) and not short or rule == "date.roc" or "relative_year" in flags
    return _reading(start, end, *first, last, flags, steps, ctx, sure)


def _written_veto(s: str, pos: int, m: re.Match, ymd: tuple, rule: str) -> DateVeto | None:
    """Why a written date is no date: a two-digit year with no century, no calendar date, or the
    lunar calendar's form (八月十五); None where it is one."""
    y, mo, d = ymd
    if y is None and rule == "date.short_year":
        return DateVeto("veto.date.short_year", pos, m.end(), f"{m.group(0)!r}: a year of two digits and no century for it")
    if not _real(y, mo, d) or not (d or m["part"]) and _UNREAD_PART.match(s, m.end()):
        return DateVeto("veto.date.invalid", pos, m.end(), f"{m.group(0)!r} is not a calendar date")
    if mo and not (m["y"] or d) and _LUNAR_DAY.match(s, s.index("月", m.end("m")) + 1):
        return DateVeto("veto.date.lunar", pos, m.end(), f"{m.group(0)!r} and a day without 日: the lunar calendar's form")
    return None


def _day_span(s: str, pos: int, y: int | None, mo: int
              ) -> tuple[int, tuple, tuple, tuple[DateStep, ...]] | DateVeto | None:
    """6月3~5日, 8月11至13日: two days after a month written once, a range within that month."""
    span = _DAY_SPAN.match(s, pos)
    if span is None:
        return None
    d1, d2 = _small(span["d1"]), _small(span["d2"])
    if not (d1 < d2 and _real(y, mo, d2)):
        return DateVeto("veto.date.invalid", pos, span.end(), f"{span.group(0)!r} is not a range of days in month {mo}")
    step = DateStep("date.day_span", pos, span.end(), f"days {d1}–{d2} of month {mo}")
    return span.end(), (y, mo, d1), (y, mo, d2), (step,)


def _time_after(s: str, pos: int) -> DateReading | None:
    """The clock time right after a date, a space or two before it or none: `` 15:40``, ``22时许``,
    ``晚8时30分``, `` 07时22分`` (not a range of times)."""
    clock = _CLOCK_AFTER.match(s, pos)
    if clock:
        value = f"{int(clock['h']):02d}:{clock['mi']}" + (f":{clock['se']}" if clock["se"] else "")
        step = DateStep("time.clock", clock.start("h"), clock.end(), value)
        return DateReading(clock.start("h"), clock.end(), value, "time", (), (step,))
    pos += len(s[pos:pos + 3]) - len(s[pos:pos + 3].lstrip(" \t"))  # 2012年05月31日 07时22分 (a time stamp)
    got = time_at(s, skip_lead_in(s, pos))
    if got is None or got.unit != "time" or got.start != pos:
        return None
    return got


def _datetime(start: int, first: tuple, clock: DateReading, flags: tuple[str, ...],
              steps: tuple[DateStep, ...]) -> DateReading | None:
    """A date and the clock time after it as one EDTF datetime (about the time when 许 follows);
    midnight at its end (晚上12时, 24:00) is 00:00 of the next day, where that day is known."""
    steps += clock.steps + (DateStep("date.datetime", start, clock.end, "EDTF date and time, complete to the second"),)
    value = f"{_edtf(*first)}T{_to_the_second(clock.value)}"
    if clock.value.startswith("24"):
        if None in first:
            return None
        value = f"{_dt.date(*first) + _dt.timedelta(days=1)}T00:00:00"
    return DateReading(start, clock.end, value, "datetime", flags, steps, clock.qualifier)


def _reading(start: int, end: int, y: int | None, m: int | None, d: int | None,
             last: tuple | None, flags: tuple[str, ...], steps: tuple[DateStep, ...],
             ctx: DateContext, sure: bool = True) -> DateReading:
    ctx.note(start, y, m, d, sure and y is not None)
    if last:
        ctx.note(start + 1, last[0], last[1], last[2], sure and last[0] is not None)
        return DateReading(start, end, f"{_edtf(y, m, d)}/{_edtf(*last)}", "date_range", flags, steps)
    return DateReading(start, end, _edtf(y, m, d), "date", flags, steps)


def _tail_after_day_part(s: str, pos: int, first: tuple, ctx: DateContext
                         ) -> tuple[int, tuple | None, tuple[DateStep, ...]]:
    """8月12日晚至13日凌晨: a range of days whose ends carry parts of the day. The parts narrow
    the days but the EDTF value is the range of days; the end read alone as a date would be wrong."""
    part = _DAY_PART_BEFORE_SEP.match(s, pos)
    if part is None:
        return pos, None, ()
    end, last, steps = _tail(s, part.end(), first, True, ctx)
    if last is None or last[2] is None:
        return pos, None, ()
    after = _DAY_PART_ALONE.match(s, end)
    end = after.end() if after else end
    return end, last, steps + (DateStep("date.range_day_parts", pos, end, s[pos:end]),)


def _tail_to_year_edge(s: str, t: re.Match, y1: int | None, ctx: DateContext
                       ) -> tuple[int, tuple | None, tuple[DateStep, ...]]:
    """至去年底, 至2021年底 after a date: the range ends on the year's last day (初: in its January)."""
    word = _year_word(s, t.start("rel") + len(t["rel"]), ctx) if t["rel"] else None
    y2 = word[1] if word else _small_year(t["y"])
    if not (y1 and y2 and len(t["y"] or "yyyy") == 4 and y2 >= y1):
        return t.start(), None, ()
    last = (y2, 1, None) if t["part"] == "初" else (y2, 12, 31)
    return t.end(), last, ((word[3],) if word else ()) + (DateStep("date.range", t.start(), t.end(), t.group(0)),)


def _rolled_end(y1: int | None, m1: int, m2: int, month_written: bool, start: int, end: int
                ) -> tuple[int | None, int, DateStep]:
    """Year and month of a range's end that comes before its start: with its month written, that
    month of the next year (11月至2月); with its day alone, the next month (7月28日至3日 = 28 July to
    3 August: the day a range ends on is after the one it starts on)."""
    if month_written:
        return (y1 + 1 if y1 else None), m2, DateStep("date.range_next_year", start, end, "the end month is earlier: next year")
    y2, m2 = (y1, m1 + 1) if m1 < 12 else ((y1 + 1 if y1 else None), 1)
    return y2, m2, DateStep("date.range_next_month", start, end, "the end day is earlier and has no month: next month")


def _tail(s: str, pos: int, first: tuple, has_day: bool, ctx: DateContext
          ) -> tuple[int, tuple | None, tuple[DateStep, ...]]:
    """The end of a range after 至/到/—: it takes the year and month it leaves out from ``first``."""
    y1, m1, d1 = first
    t = _TAIL.match(s, pos)
    if not t or not (t["m"] or t["d"] or t["part"]):
        return pos, None, ()
    year_written = t["y"] or t["rel"]
    if year_written and not t["m"] and t["part"] in YEAR_EDGE_WORDS and not has_day:
        return _tail_to_year_edge(s, t, y1, ctx)  # 民國95年至去年底: to the end of a year
    if year_written and not t["m"] or m1 is None and not year_written:
        return pos, None, ()  # a year needs its month here (year ranges are read elsewhere)
    m2, d2 = _small(t["m"]) or m1, _small(t["d"])
    if not (d2 or t["part"] or (t["m"] and not has_day)):
        return pos, None, ()
    y2 = _small_year(t["y"]) if t["y"] else y1
    if t["y"] and len(t["y"]) == 2:  # 18年10月1日到19年2月3日: the end's century from the start's
        if y1 is None:
            return pos, None, ()
        y2 = y1 // 100 * 100 + y2 + (100 if y1 // 100 * 100 + y2 < y1 else 0)
    steps = [DateStep("date.range", pos, t.end(), t.group(0))]
    if t["rel"]:
        word = _year_word(s, t.start("rel") + len(t["rel"]), ctx)
        y2 = word[1]
        steps.insert(0, word[3])
    if not year_written and (m2, d2 or 0) < (m1 or 0, d1 or 0):
        y2, m2, step = _rolled_end(y1, m1, m2, bool(t["m"]), pos, t.end())
        steps.append(step)
    days = _part_days(y2, m2, t["part"])
    last = (y2, m2, d2 or (days[1] if days else None))
    if not _real(*last) or (y1 and y2 and (y2, m2, last[2] or 0) < (y1, m1 or 0, d1 or 0)):
        return pos, None, ()
    return t.end(), last, tuple(steps)


def _bare_day_range(s: str, pos: int, ctx: DateContext) -> DateReading | None:
    """1月3至2月10, 3月28至4月2日: a range of two month-days in digits whose first day has no 日 (a
    range mark after it makes it a day); the year as for any year-less date, the next for an end
    month earlier than the start's."""
    m = _BARE_DAY_RANGE.match(s, pos)
    if m is None or _continues_a_number(s, pos):
        return None
    (m1, d1), (m2, d2) = (int(m["m1"]), int(m["d1"])), (int(m["m2"]), int(m["d2"]))
    start, y, flags, steps = _resolve_year(s, pos, m1, d1, ctx)
    y2 = y + 1 if y and (m2, d2) < (m1, d1) else y
    if not (_real(y, m1, d1) and _real(y2, m2, d2)) or y is None and (m2, d2) < (m1, d1) or (m1, d1) == (m2, d2):
        return None
    ctx.note(start, y, m1, d1, "relative_year" in flags)
    steps += (DateStep("date.range", pos, m.end(), f"{m1}月{d1}日 to {m2}月{d2}日: 日 left out"),)
    return DateReading(start, m.end(), f"{_edtf(y, m1, d1)}/{_edtf(y2, m2, d2)}", "date_range", flags, steps)


_YEAR_WORDS = tuple(RELATIVE_YEARS) + tuple(ANCHOR_YEARS)


def _continues_a_number(s: str, pos: int) -> bool:
    """A month at ``pos`` that is the tail of something before it (2021年1月3, 3.1月, 2-1月; not
    今年1月3, whose year word is read with it)."""
    return pos > 0 and (s[pos - 1].isdigit() or s[pos - 1] in ".-/"
                        or s[pos - 1] == "年" and not s.endswith(_YEAR_WORDS, 0, pos))


def _bare_day_at_end(s: str, pos: int, ctx: DateContext) -> DateReading | None:
    """截至1月3。: a month-day in digits whose 日 is left out, ending its sentence, where no other
    month and number without 日 stands in that sentence (1月3，2月5，3月4。 may be counts by month)."""
    m = _BARE_DAY_AT_END.match(s, pos)
    if m is None or _continues_a_number(s, pos):
        return None
    sentence_start = max(s.rfind(c, 0, pos) for c in "。！？!?\n") + 1
    if any(x.start() != pos for x in _MONTH_AND_NUMBER.finditer(s, sentence_start, m.end() + 1)):
        return None
    mo, d = int(m["m"]), int(m["d"])
    start, y, flags, steps = _resolve_year(s, pos, mo, d, ctx)
    if not _real(y, mo, d):
        return None
    ctx.note(start, y, mo, d, "relative_year" in flags)
    steps += (DateStep("date.written", pos, m.end(), f"{mo}月{d}日: 日 left out at the end of the sentence"),)
    return DateReading(start, m.end(), _edtf(y, mo, d), "date", flags, steps)
