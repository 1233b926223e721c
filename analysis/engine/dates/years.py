"""Years the text leaves out or writes short: year words (今年, 同年), the year inferred from a
date before or from the document date, year ranges (2019年至2021年) and years of two Chinese
digits (一七年)."""
from __future__ import annotations

from .patterns import _CENTURY_BEFORE, _DECADE, _SHORT_YEAR, _SHORT_YEAR_AHEAD, _YEAR_RANGE, _YEAR_TO_SHORT_MONTH
from .records import DateContext, DateReading, DateStep, _LOOK_BACK
from .values import _CN_DIGIT, _edtf, _real, _small, _small_year
from .vocabulary import ANCHOR_YEARS, DECADE_AHEAD_REACH, DECADE_PARTS, PREVIOUS_YEAR_REACH, RELATIVE_YEARS


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


def _year_range(s: str, pos: int, ctx: DateContext) -> DateReading | None:
    """2019年至2021年, 2019—2021年: an interval of years; 1985到89年9月: from a year to a month."""
    m = _YEAR_RANGE.match(s, pos)
    if not m:
        return _year_to_short_month(s, pos, ctx)
    a, b = _small_year(m["y1"]), _small_year(m["y2"])
    if not a < b:
        return None
    ctx.note(pos, b, None, None, True)
    step = DateStep("date.year_range", pos, m.end(), f"{a} to {b}")
    return DateReading(pos, m.end(), f"{a}/{b}", "date_range", (), (step,))


def _year_to_short_month(s: str, pos: int, ctx: DateContext) -> DateReading | None:
    """1985到89年9月: from a year to a month of a year of two digits, in the start's century."""
    m = _YEAR_TO_SHORT_MONTH.match(s, pos)
    if not m or not ctx.two_digit_years:  # a text that may write ROC years: 98年 may be 2009
        return None
    a, short, mo = int(m["y1"]), int(m["y2"]), _small(m["m"])
    b = a // 100 * 100 + short + (100 if a // 100 * 100 + short < a else 0)
    ctx.note(pos, b, mo, None, True)
    step = DateStep("date.year_range", pos, m.end(), f"{a} to {b}-{mo:02d}: the end's century is the start's")
    return DateReading(pos, m.end(), f"{a}/{_edtf(b, mo)}", "date_range", (), (step,))


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


def short_year_century(yy: int, doc_year: int) -> int:
    """The year ``yy`` (0–99) in the century that puts it at most two years after ``doc_year``."""
    y = doc_year // 100 * 100 + yy
    return y - 100 if y > doc_year + _SHORT_YEAR_AHEAD else y


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
    y = short_year_century(tens * 10 + ones, doc_year)
    mo, d = _small(m["m"]), _small(m["d"])
    if not _real(y, mo, d):
        return None
    ctx.note(pos, y, mo, d, False)
    steps = (DateStep("date.short_year", pos, m.end(), f"{m['yy']}年 = {y}"),)
    return DateReading(pos, m.end(), _edtf(y, mo, d), "date", ("inferred_year",), steps)


def _decade(s: str, pos: int, ctx: DateContext) -> DateReading | None:
    """上世纪80年代, 20世纪90年代, 本世纪20年代: the ten years of a decade whose century is written
    (上世纪/本世纪 counted from the document date); 90年代 alone in the last century where the
    decade of that name in the document's own century has not begun (flag inferred_year), else no
    date."""
    m = _DECADE.match(s, pos)
    if m is None:
        return None
    written = _decade_century(s, pos, ctx)
    century = written or _decade_begun_once(_small(m["n"]), pos, ctx)
    if century is None:
        return None
    start, first = century[0], century[1] + _small(m["n"])
    ctx.note(start, first, None, None, False)
    steps = (DateStep("date.decade", start, m.end(), f"{s[start:m.end()]} = {first}–{first + 9}"
                      + ("" if written else ": the only decade of that name begun by the document's year")),)
    end, years = m.end(), (first, first + 9)
    part = next((w for w in DECADE_PARTS if s.startswith(w, end)), None)
    if part:  # 九十年代末期 = 1997–1999, as 月初 is the first ten days of a month
        years = (first + DECADE_PARTS[part][0], first + DECADE_PARTS[part][1])
        steps += (DateStep("date.decade_part", end, end + len(part), f"{part} = {years[0]}–{years[1]}"),)
        end += len(part)
    return DateReading(start, end, f"{years[0]}/{years[1]}", "date_range", () if written else ("inferred_year",), steps)


def _decade_begun_once(decade: int, pos: int, ctx: DateContext) -> tuple[int, int] | None:
    """(``pos``, the first year of the last century) for a decade written without its century
    (九十年代, 50年代) where the decade of that name in the document's own century has not begun
    and is not near (in 2017, 2090 is far off: the 1990s); None where it has begun or may be the
    next (10年代, 30年代 in 2017) or no year is known."""
    doc_year = None if ctx.doubted else (ctx.document.year if ctx.document else ctx.year)
    if doc_year is None or doc_year // 100 * 100 + decade <= doc_year + DECADE_AHEAD_REACH:
        return None
    return pos, doc_year // 100 * 100 - 100


def _decade_century(s: str, pos: int, ctx: DateContext) -> tuple[int, int] | None:
    """(where the century is written, its first year: 1900 for 20世纪) before a decade at ``pos``."""
    m = _CENTURY_BEFORE.search(s, max(0, pos - 6), pos)
    if m is None:
        return None
    if m["n"]:
        return m.start(), (_small(m["n"]) - 1) * 100
    doc_year = None if ctx.doubted else (ctx.document.year if ctx.document else ctx.year)
    if doc_year is None:
        return None
    return m.start(), (doc_year // 100 - (1 if m["rel"] != "本" else 0)) * 100
