"""Synthetic figures whose reading is known by construction, and negatives that must give none.

A case is a real briefing sentence (the templates below, each with the page it was taken from)
with one figure written into it: a number in one composition (Arabic, separators, full-width,
Chinese numerals, digit + place word, decimals, fractions, approximate pairs, vague), a
qualifier, a unit or measure word and maybe a change, in Simplified or Traditional, with or
without scrape artefacts. The expected reading follows the figure-record contract: value, unit,
measure word, qualifier, low/high (from the qualifier and the written precision), precision,
flags, change.

Every case belongs to one CLASS (``number.digit_qian``, ``qualifier.remainder_infix`` …) that
varies one thing and draws the rest from plain forms, so a failure names what is not read.
``generate(cls, rng)`` writes one case; ``CLASSES`` lists them all.

>>> case = generate("number.wan_then_digits", random.Random(7))
>>> case.text[case.start:case.end][:9], case.value, case.precision
('5306万3471', Decimal('53063471'), Decimal('1'))
>>> case = generate("qualifier.remainder_infix", random.Random(7))
>>> case.text[case.start:case.end][:3], case.qualifier, case.low, case.high
('60万', 'at_least', Decimal('600000'), Decimal('700000'))
"""
from __future__ import annotations

import random
from dataclasses import dataclass, replace
from decimal import Decimal as D
from functools import lru_cache

from conftest import load_jsonl, to_chinese

ANY = object()  #: an expected field the contract leaves open: not compared


@dataclass(frozen=True)
class Case:
    cls: str
    text: str
    start: int  # the written figure in ``text`` (the reported span must overlap it)
    end: int
    value: object = None
    unit: object = None
    measure_word: object = None
    qualifier: object = "exact"
    low: object = None
    high: object = None
    precision: object = ANY
    flags: tuple = ()
    change_pct: object = None
    source: str = ""
    within: tuple | None = None  # vague: low and high must lie inside (place, 10 × place)

    @property
    def negative(self) -> bool:
        return self.cls.startswith("negative.")


# --- sentence templates from real briefings (tests/cases/templates.jsonl) -----------------------

@dataclass(frozen=True)
class Template:
    kind: str  # what the slot measures (picks the units and measure words that fit), or a role
    before: str  # the text before the figure
    after: str
    source: str  # the page the sentence was taken from
    group: str = "wild"


TEMPLATE_ROWS = tuple(Template(r["kind"], r["before"], r["after"], r["source"], r["group"])
                      for r in load_jsonl("templates.jsonl"))
#: Sentences with a slot for a figure, by the kind of figure.
TEMPLATES = tuple(t for t in TEMPLATE_ROWS if not t.kind.endswith(("_subject", "_frame")))
#: Subjects of a change written alone (刑事警情同比下降25.4%), and of a change in points.
CHANGE_SUBJECTS = tuple((t.before, t.source) for t in TEMPLATE_ROWS if t.kind == "change_subject")
RATE_SUBJECTS = tuple((t.before, t.source) for t in TEMPLATE_ROWS if t.kind == "rate_subject")
#: Sentences a negative phrase is written into.
NEGATIVE_FRAMES = tuple((t.before, t.after, t.source) for t in TEMPLATE_ROWS
                        if t.kind == "negative_frame")
MPS2024 = "http://www.07774.cn/n/20240527/356292.html"  # 近五年来 (the past-years class)
GUANGDONG = "http://m.qzcns.com/qznews/2018/0921/548907.html"  # 第四轮 (ordinals)
CHONGQING = "http://pinpaiworld.cn/jinrong/2019-12-04/18328.html"  # 昆仑1号 (codenames)

#: (measure word, kinds it measures). Counts keep the measure word (Simplified here).
MEASURE_WORDS = {
    "case": ("起", "宗", "件"), "person": ("名", "人"), "group": ("个",), "visit": ("人次",),
    "gun": ("支",), "vehicle": ("辆", "台"), "detonator": ("枚",), "firm": ("家",),
    "phone": ("部",), "clue": ("条",), "place": ("处",), "occasion": ("轮次", "场次", "波次", "件次"), "gang": ("团",),
    "round": ("波",), "call": ("通",), "batch": ("批",),
}
#: A person's age: a count of 岁 (not in COUNT_KINDS: 以上/满 around it make a threshold).
AGE_WORDS = ("岁", "周岁")
COUNT_KINDS = tuple(MEASURE_WORDS)
#: Unit words: kind -> (text, unit, factor to the unit, place word inside the unit (万元) or None).
UNITS = {
    "money": (("元", "CNY", D(1), None), ("万元", "CNY", D(10_000), "万"),
              ("亿元", "CNY", D(100_000_000), "亿")),
    "hkd": (("港元", "HKD", D(1), None), ("亿港元", "HKD", D(100_000_000), "亿"),
            ("万港元", "HKD", D(10_000), "万")),
    "weight": (("公斤", "kg", D(1), None), ("千克", "kg", D(1), None), ("克", "kg", D("0.001"), None),
               ("吨", "kg", D(1000), None), ("kg", "kg", D(1), None), ("g", "kg", D("0.001"), None)),
    "area": (("平方米", "m2", D(1), None), ("万平方米", "m2", D(10_000), "万")),
    "mu": (("亩", "mu", D(1), None),),
    "length": (("公里", "km", D(1), None), ("万公里", "km", D(10_000), "万"), ("米", "m", D(1), None)),
    "day": (("天", "day", D(1), None),), "month": (("个月", "month", D(1), None),),
    "year": (("年", "year", D(1), None),),
}


def templates(kind: str, dian: bool = False) -> tuple[Template, ...]:
    """Templates for a kind of figure; ``dian``: only those whose text before the number ends
    in 点 (窝点三千个: the 点 of a word, not a decimal point), else only the others."""
    want = "money" if kind == "hkd" else kind
    return tuple(t for t in TEMPLATES if t.kind == want and t.before.endswith("点") == dian)


# --- numbers ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class Number:
    text: str
    value: D
    precision: D | None  # place value of the last written (non-zero) digit; None: not defined
    big: bool = False  # ends in a place word (万/亿/千/百): no 万元/亿元 unit after it
    low: D | None = None  # for ranges (approximate pairs, vague quantities)
    high: D | None = None
    flags: tuple = ()


FULLWIDTH = str.maketrans("0123456789.", "０１２３４５６７８９．")


def _place(n: int) -> D:
    """Place value of the last non-zero digit of a whole number (300 -> 100, 237 -> 1)."""
    p = 1
    while n and n % (p * 10) == 0:
        p *= 10
    return D(p)


def _magnitude(rng: random.Random, lo: int = 2, hi: int = 99_999) -> int:
    """A whole number, each order of magnitude equally likely, sometimes round (300, 5000)."""
    digits = rng.randint(len(str(lo)), len(str(hi)))
    n = rng.randint(max(lo, 10 ** (digits - 1)), min(hi, 10 ** digits - 1))
    if rng.random() < 0.3:
        keep = rng.randint(1, len(str(n)))
        n = int(str(n)[:keep]) * 10 ** (len(str(n)) - keep)
    return max(n, lo)


def _decimal(rng: random.Random, places: int | None = None) -> D:
    places = places or rng.randint(1, 2)
    digits = rng.randint(1, 99_999)
    while digits % 10 == 0:
        digits = rng.randint(1, 99_999)
    return D(digits).scaleb(-places)


def arabic(rng, hi=99_999):
    n = _magnitude(rng, hi=hi)
    return Number(str(n), D(n), _place(n))


def arabic_separators(rng):
    n = _magnitude(rng, lo=1000, hi=9_999_999)
    return Number(f"{n:,}", D(n), _place(n))


def fullwidth(rng):
    n = _magnitude(rng)
    return Number(str(n).translate(FULLWIDTH), D(n), _place(n))


def decimal(rng):
    v = _decimal(rng)
    return Number(str(v), v, D(1).scaleb(v.as_tuple().exponent))


def chinese(rng, hi=99_999_999, **style):
    n = _magnitude(rng, hi=hi)
    return Number(to_chinese(n, **style), D(n), _place(n), big=not n % 10)


def chinese_ten(rng):  # 十二, 十五万: 十 with no 一 before it
    n = rng.randint(10, 19) * 10 ** rng.choice((0, 0, 1, 4, 5))
    return Number(to_chinese(n), D(n), _place(n), big=not n % 10)


def chinese_liang(rng):
    while "两" not in (num := chinese(rng, liang=True)).text:
        pass
    return num


def chinese_omit_zero(rng):
    while True:
        n = _magnitude(rng, lo=1000)
        text = to_chinese(n, omit_zero=True)
        if text != to_chinese(n):
            return Number(text, D(n), _place(n), big=not n % 10)


def chinese_decimal(rng):
    whole = rng.randint(0, 999)
    tail = rng.randint(1, 9)
    big, factor = rng.choice([("", 1), ("", 1), ("万", 10_000), ("亿", 100_000_000)])
    head = to_chinese(whole) if whole else "零"
    value = (D(whole) + D(tail) / 10) * factor
    return Number(f"{head}点{'零一二三四五六七八九'[tail]}{big}", value, D("0.1") * factor,
                  big=bool(big))


def chinese_dot_decimal(rng):  # 四十三.一件, 十一.三億: a full stop as the decimal point
    whole = rng.randint(1, 999)
    places = rng.randint(1, 2)
    tail = rng.randint(1, 10 ** places - 1)
    while tail % 10 == 0:
        tail = rng.randint(1, 10 ** places - 1)
    big, factor = rng.choice([("", 1), ("", 1), ("万", 10_000), ("亿", 100_000_000)])
    digits = "".join("零一二三四五六七八九"[int(c)] for c in f"{tail:0{places}d}")
    value = (D(whole) + D(tail).scaleb(-places)) * factor
    return Number(f"{to_chinese(whole)}.{digits}{big}", value, D(1).scaleb(-places) * factor,
                  big=bool(big))


def chinese_digits(rng):  # 三二六件, 五三〇件, 二○七二人次, 一五五二万: digit by digit
    while True:
        n = rng.randint(100, 99_999)
        digits = [int(c) for c in str(n)]
        if len(set(digits)) > 1 and not all(b == a + 1 for a, b in zip(digits, digits[1:])):
            break
    zero = rng.choice(("〇", "〇", "○"))  # ○: the look-alike circle the repair turns into 〇
    text = "".join(zero if d == 0 else "一二三四五六七八九"[d - 1] for d in digits)
    scale = rng.choice((1, 1, 1, 10_000))
    return Number(text + ("万" if scale > 1 else ""), D(n * scale), D(scale), big=scale > 1)


def _digit_place(digit_text: str, digit: D, word: str, factor: int, precision: D) -> Number:
    return Number(f"{digit_text}{word}", digit * factor, precision * factor, big=True)


def digit_qian(rng):  # 4千
    d = rng.randint(1, 9)
    return _digit_place(str(d), D(d), "千", 1000, D(1))


def digit_bai(rng):  # 6百
    d = rng.randint(1, 9)
    return _digit_place(str(d), D(d), "百", 100, D(1))


def digit_baiwan(rng):  # 8百万, 3千万
    d = rng.randint(1, 9)
    word, factor = rng.choice([("百万", 1_000_000), ("千万", 10_000_000)])
    return _digit_place(str(d), D(d), word, factor, D(1))


def decimal_qianwan(rng):  # 2.5千万
    v = _decimal(rng, 1) % 10 or D("2.5")
    word, factor = rng.choice([("千万", 10_000_000), ("百万", 1_000_000), ("千", 1000)])
    return _digit_place(str(v), v, word, factor, D("0.1"))


def decimal_wan_yi(rng):  # 4.88亿, 26.98万
    v = _decimal(rng)
    if v >= 10_000:
        v = v % 10_000 or D("4.88")
    word, factor = rng.choice([("万", 10_000), ("亿", 100_000_000)])
    return _digit_place(str(v), v, word, factor, D(1).scaleb(v.as_tuple().exponent))


def wan_then_digits(rng):  # 2035万4000
    head, tail = rng.randint(1, 9999), rng.randint(1000, 9999)
    return Number(f"{head}万{tail}", D(head * 10_000 + tail), _place(tail))


#: The Executive Yuan's 公文書橫式書寫數字使用原則 (院臺秘字第0930089122號, 2004) writes 639,442,789元 as
#: 6億3,944萬2,789元 (its example table, as quoted in classic-blog.udn.com/chhsia1113/9852593): the
#: digits of each section after 萬/億 grouped by a thousands comma.
TAIWAN_GROUPING = "https://www.laws.taipei.gov.tw/Law/LawInterpretation/LawInterpretationContent?soid=113880"


def wan_comma_digits(rng):  # 2萬4,574, 266萬4,117
    head, tail = rng.randint(1, 9999), rng.randint(1000, 9999)
    return Number(f"{head}万{tail:,}", D(head * 10_000 + tail), _place(tail))


def yi_wan_comma_digits(rng):  # 1億5,717萬4,800 = 157 174 800
    yi, wan, tail = rng.randint(1, 99), rng.randint(1000, 9999), rng.randint(1000, 9999)
    return Number(f"{yi}亿{wan:,}万{tail:,}", D(yi * 10 ** 8 + wan * 10_000 + tail), _place(tail))


def integer_wan(rng):  # 8898万, 2亿
    head = _magnitude(rng, lo=1, hi=9999)
    word, factor = rng.choice([("万", 10_000), ("亿", 100_000_000)])
    return _digit_place(str(head), D(head), word, factor, _place(head))


PAIR_PLACES = (("", 1), ("十", 10), ("百", 100), ("千", 1000), ("万", 10_000), ("十万", 100_000))


def approx_pair(rng):  # 两三个, 五六十人: a range
    a = rng.randint(1, 8)
    word, place = rng.choice(PAIR_PLACES)
    if a == 1 and word:
        a = 2
    first = "两" if a == 2 else to_chinese(a)
    if a == 1:
        first = "一"
        second = "两"
    else:
        second = to_chinese(a + 1)
    return Number(f"{first}{second}{word}", D(a * place), D(place), big=bool(word), low=D(a * place), high=D((a + 1) * place),
                  flags=("approx_pair",))


VAGUE = (("数十", 10), ("几十", 10), ("数百", 100), ("几百", 100), ("数千", 1000), ("上千", 1000),
         ("数万", 10_000), ("上万", 10_000), ("几十万", 100_000), ("上百", 100), ("数十万", 100_000),
         ("上亿", 100_000_000), ("数亿", 100_000_000))


def vague(rng):  # 数十, 上百: a range with the vague flag, never a point
    word, place = rng.choice(VAGUE)
    return Number(word, D(place), D(place), big=True, low=D(place),
                  high=D(place * 10), flags=("vague",))


NUMBER_FORMS = {
    "arabic": arabic, "arabic_separators": arabic_separators, "fullwidth": fullwidth,
    "decimal": decimal, "chinese": chinese, "chinese_ten": chinese_ten, "chinese_liang": chinese_liang,
    "chinese_omit_zero": chinese_omit_zero, "chinese_decimal": chinese_decimal,
    "chinese_dot_decimal": chinese_dot_decimal, "chinese_digits": chinese_digits,
    "digit_qian": digit_qian, "digit_bai": digit_bai, "digit_baiwan": digit_baiwan,
    "decimal_qianwan": decimal_qianwan, "decimal_wan_yi": decimal_wan_yi,
    "wan_then_digits": wan_then_digits, "wan_comma_digits": wan_comma_digits,
    "yi_wan_comma_digits": yi_wan_comma_digits, "integer_wan": integer_wan,
    "approx_pair": approx_pair, "vague": vague,
}
PLAIN_FORMS = ("arabic", "chinese", "integer_wan")
SCALED_FORMS = {"decimal", "chinese_decimal", "chinese_dot_decimal", "decimal_qianwan", "decimal_wan_yi"}


# --- qualifiers ------------------------------------------------------------------------------

#: Prefix qualifiers by class: (qualifier, words). The comparatives (大于, 低于 …) and the floors
#: (至少, 不少于 …) are classes of their own, apart from the common words.
PREFIXES = {
    "nearly": ("nearly", ("近", "将近", "接近")),
    "about": ("about", ("约", "大约")),
    "at_least": ("at_least", ("逾", "超过", "超", "多于")),
    "at_least_comparative": ("at_least", ("大于", "高于")),
    "at_least_floor": ("at_least", ("至少", "不少于", "不低于")),
    "at_most": ("at_most", ("不足", "不到", "少于")),
    "at_most_comparative": ("at_most", ("低于", "小于", "不超过")),
    "at_least_superlative": ("at_least", ("最少",)),  # 最少6個銀行戶口 (Hong Kong Police 2025, set 19)
    "at_most_superlative": ("at_most", ("最多",)),
}
SUFFIXES = {"以上": "at_least", "以下": "at_most", "左右": "about"}
REMAINDERS = ("余", "多")


def bounds(qualifier: str, value: D, precision: D | None, remainder: bool):
    """(low, high) the contract gives a figure (high exclusive after a 余/多 remainder)."""
    if qualifier == "exact":
        return value, value
    if qualifier == "at_least":
        return value, (value + precision if remainder else None)
    if qualifier in ("at_most", "nearly"):
        return None, value
    return None, None


# --- writing a case --------------------------------------------------------------------------

@dataclass
class Draft:
    """One figure being written: the pieces around the number, and its expected reading."""
    number: Number
    kind: str
    unit_text: str = ""
    unit: str = "count"
    measure_word: str | None = None
    factor: D = D(1)
    prefix: str = ""
    infix: str = ""  # between the number and the unit
    unit_infix: str = ""  # inside the unit (810余万元)
    after_unit: str = ""  # 20张余 / 以上
    qualifier: str = "exact"
    remainder: bool = False
    change: str = ""
    change_pct: D | None = None


def _unit(rng, d: Draft, kind: str) -> None:
    d.kind = kind
    if kind in MEASURE_WORDS:
        d.unit_text = d.measure_word = rng.choice(MEASURE_WORDS[kind])
        d.unit, d.factor = "count", D(1)
        return
    options = [u for u in UNITS[kind] if not (u[3] and d.number.big) and _fits(d.number.text, u[0])]
    d.unit_text, d.unit, d.factor, _ = rng.choice(options)


def _fits(number: str, unit: str) -> bool:
    """False where number and unit run together ambiguously: 三千克 (3 kg or 3000 g?), and
    any Chinese numeral before 千克 (两千九百三十八千克), a place word inside the number before a
    unit that starts with one."""
    if (unit.startswith("千") or unit.isascii()) and not number[-1:].isdigit():
        return False  # 三千克; kg and g only after digits (200g)
    if unit[:1] in ("千", "万", "亿") and any(w in number for w in ("万", "亿")):
        return False  # 2035万4000千克, 9715万3752亿元: no writer composes place words so

    return not (unit.startswith("克") and number.endswith("千"))


MEASURED = ("money", "weight", "area")


def _draft(rng, form: str, kinds=COUNT_KINDS + ("money", "weight")) -> Draft:
    number = NUMBER_FORMS[form](rng)
    if number.value != number.value.to_integral_value():  # 17.6: a weight, not 17.6 cases
        kinds = tuple(k for k in kinds if k in MEASURED) or MEASURED
    d = Draft(number, "")
    _unit(rng, d, rng.choice(kinds))
    return d


def _expected(d: Draft, text: str, start: int, end: int, cls: str, source: str) -> Case:
    n = d.number
    scale = d.factor
    precision = n.precision * scale if n.precision is not None else ANY
    if "vague" in n.flags:  # 数十: the contract sets no exact bounds, only a range
        return Case(cls, text, start, end, None, d.unit, d.measure_word, "range", ANY, ANY, ANY,
                    n.flags, None, source, within=(n.low * scale, n.high * scale))
    if n.low is not None:  # an approximate pair: 五六十 is [50, 60]
        return Case(cls, text, start, end, ANY, d.unit, d.measure_word, "range",
                    n.low * scale, n.high * scale, precision, n.flags, None, source)
    value = n.value * scale
    low, high = bounds(d.qualifier, value, precision if precision is not ANY else None,
                       d.remainder)
    return Case(cls, text, start, end, value, d.unit, d.measure_word, d.qualifier, low, high,
                precision, (), d.change_pct, source)


def _write(rng, d: Draft, cls: str, script: str = "simplified", artefacts: tuple = (),
           dian: bool = False) -> Case:
    t = rng.choice(templates(d.kind, dian))
    unit_text = d.unit_text
    if d.unit_infix:  # 810余万元: the remainder word before the place word of the unit
        unit_text = unit_text[0] + d.unit_infix + unit_text[1:]
    figure = f"{d.prefix}{d.number.text}{d.infix}{unit_text}{d.after_unit}"
    after = d.change + t.after if d.change else t.after
    before, figure, after = (convert(p, script, artefacts, rng) for p in (t.before, figure, after))
    text = before + figure + after
    return _expected(d, text, len(before), len(before) + len(figure), cls, t.source)


# --- scripts and scrape artefacts ------------------------------------------------------------

@lru_cache(maxsize=1)
def _s2t():
    import opencc
    return opencc.OpenCC("s2t")


PINYIN = {"獲": "huò", "萬": "wàn", "億": "yì", "個": "gè", "數": "shù", "團": "tuán", "夥": "huǒ",
          "關": "guān", "機": "jī", "發": "fā", "區": "qū", "動": "dòng", "額": "é", "類": "lèi",
          "計": "jì", "點": "diǎn", "網": "wǎng", "產": "chǎn", "擊": "jī", "資": "zī", "項": "xiàng"}


def convert(text: str, script: str, artefacts: tuple, rng: random.Random) -> str:
    """The text in the script asked for, with the scrape artefacts asked for."""
    if script == "traditional":
        text = _s2t().convert(text)
    if "pinyin" in artefacts:  # 破獲(huò): the reading in brackets after a character
        text = "".join(c + f"({PINYIN[c]})" if c in PINYIN and rng.random() < 0.7 else c
                       for c in text)
    if "double_comma" in artefacts:
        text = text.replace("，", ",,").replace("、", ",、")
    if "ascii_comma" in artefacts:
        text = text.replace("，", ",")
    return text


# --- the classes -----------------------------------------------------------------------------

def _number_class(form, kinds=COUNT_KINDS + ("money", "weight")):
    def make(rng, cls):
        return _write(rng, _draft(rng, form, kinds), cls)
    return make


def _percent(rng, cls, writer):
    text, value, precision = writer(rng)
    t = rng.choice(templates("rate") + templates("share"))
    text_all = t.before + text + t.after
    return Case(cls, text_all, len(t.before), len(t.before) + len(text), value, "percent", None,
                "exact", value, value, precision, (), None, t.source)


def _pct_arabic(rng):
    v = _decimal(rng) % 100 or D("12.5")
    return f"{v}%", v, D(1).scaleb(v.as_tuple().exponent)


#: Compatibility forms of %: the small ﹪ (U+FE6A: 下降13.9﹪, Macau, 2010; tests/cases/heldout13), the
#: Arabic ٪ (U+066A) and the full-width ％, one space before it or none (23.2 ﹪).
PERCENT_SIGNS = ("﹪", "٪", "％")


def _pct_compat(rng):  # 13.9﹪
    text, value, precision = _pct_arabic(rng)
    return text[:-1] + rng.choice(("", " ")) + rng.choice(PERCENT_SIGNS), value, precision


def _pct_chinese(rng):  # 百分之十五
    n = rng.randint(1, 99)
    return f"百分之{to_chinese(n)}", D(n), _place(n)


FRACTIONS = ((2, 1), (3, 1), (3, 2), (4, 1), (4, 3), (5, 1), (5, 2), (10, 1), (10, 3), (8, 1))


def _fraction(rng):  # 四分之一 = 25 %
    den, num = rng.choice(FRACTIONS)
    value = D(num * 100) / D(den)
    return f"{to_chinese(den)}分之{to_chinese(num)}", value, ANY


def _permille(rng):  # 千分之二点五 = 0.25 %
    whole, tail = rng.randint(1, 9), rng.choice([None, rng.randint(1, 9)])
    text = to_chinese(whole) + (f"点{to_chinese(tail)}" if tail else "")
    value = (D(whole) + (D(tail) / 10 if tail else 0)) / 10
    return f"千分之{text}", value, ANY


#: Frames for a share in 成 before the verb it opens (当中七成半涉及私烟案).
CHENG_FRAMES = (("当中", "涉及私烟案。", "https://www.am730.com.hk/%E6%9C%AC%E5%9C%B0/1011174/%E8%B7%A8%E5%A2%83%E5%AD%B8%E7%AB%A5%E8%A2%AB%E5%88%A9%E7%94%A8%E9%81%8B%E8%B2%A8-%E6%B5%B7%E9%97%9C%E7%A0%B4%E9%80%BE3.8%E8%90%AC%E6%A1%88-%E4%B8%83%E6%88%90%E5%8D%8A%E6%B6%89%E7%A7%81%E7%85%99"),
                ("上半年的骗案中", "与网上骗案有关。", "http://rightbeek.com/dailynews/214304.html"),
                ("抓获人员中", "来自外省。", "synthetic (no page)"),
                ("其中", "为青少年，", "synthetic (no page)"))


def _cheng_share(rng, cls):  # 逾七成与网上骗案有关, 七成半涉及私烟案
    n, half = rng.randint(1, 9), rng.random() < 0.3
    q_word, qualifier = rng.choice((("", "exact"), ("逾", "at_least"), ("近", "nearly"), ("约", "about")))
    value, precision = D(n * 10 + (5 if half else 0)), D(5 if half else 10)
    before, after, source = rng.choice(CHENG_FRAMES)
    figure = f"{q_word}{to_chinese(n)}成{'半' if half else ''}"
    text = convert(before + figure + after, rng.choice(("simplified", "traditional")), (), rng)
    low, high = bounds(qualifier, value, precision, False)
    return Case(cls, text, len(before), len(before) + len(figure), value, "percent", None, qualifier,
                low, high, precision, (), None, source)


def _qualified(rng, cls, qualifier, place):
    d = _draft(rng, rng.choice(("arabic", "chinese")))
    if place == "prefix":
        d.qualifier, words = PREFIXES[qualifier]
        d.prefix = rng.choice(words)
    elif place == "suffix":
        d.after_unit = rng.choice([w for w, q in SUFFIXES.items() if q == qualifier])
        d.qualifier = qualifier
    return _write(rng, d, cls)


def _round_draft(rng, forms, kinds=COUNT_KINDS + ("money", "weight")) -> Draft:
    """A figure whose number ends in a round place (300, 十, 8898万, 1.1万): 余/多 fit after it."""
    while True:
        d = _draft(rng, rng.choice(forms), kinds)
        if d.number.precision >= 10 or d.number.big:
            return d


def _remainder_infix(rng, cls):  # 300余发, 十余起, 8898万余元, 1.1万多人
    d = _round_draft(rng, ("arabic", "chinese", "integer_wan", "decimal_wan_yi", "digit_qian"))
    d.infix = rng.choice(REMAINDERS)
    d.qualifier, d.remainder = "at_least", True
    return _write(rng, d, cls)


def _remainder_before_place(rng, cls):  # 810余万元
    d = _round_draft(rng, ("arabic",), ("money", "hkd"))
    while d.unit_text[0] not in "万亿":
        _unit(rng, d, rng.choice(("money", "hkd")))
    d.unit_infix = rng.choice(REMAINDERS)
    d.qualifier, d.remainder = "at_least", True
    return _write(rng, d, cls)


def _small(rng, lo: int = 2, hi: int = 9) -> Number:
    n = rng.randint(lo, hi)
    return Number(rng.choice((str(n), to_chinese(n))), D(n), _place(n))


def _remainder_after_measure(rng, cls):  # 3张余, 两个多月
    """余/多 after the measure word: less than one more unit. Single digits only, where that
    and the place-of-the-last-digit reading agree (whether 20张余 is [20, 21) or [20, 30)
    is left open)."""
    d = Draft(_small(rng), "")
    if rng.random() < 0.5:
        _unit(rng, d, rng.choice(COUNT_KINDS))
        d.after_unit = "余"  # 多 here only before punctuation (3张多，): the templates go on in words
    else:
        _unit(rng, d, "month")
        d.unit_text = "个多月"
    d.qualifier, d.remainder = "at_least", True
    return _write(rng, d, cls)


def _lai(rng, cls):  # 二十来人, 100来起: about
    n = rng.randint(1, 9) * rng.choice((10, 100, 1000))
    d = Draft(Number(rng.choice((str(n), to_chinese(n))), D(n), _place(n)), "")
    _unit(rng, d, rng.choice(COUNT_KINDS))
    d.infix, d.qualifier = "来", "about"
    return _write(rng, d, cls)


def _unit_class(kinds, form="arabic"):
    def make(rng, cls):
        return _write(rng, _draft(rng, form, kinds), cls)
    return make


def _duration(rng, cls):
    kind = rng.choice(("day", "month", "year"))
    d = Draft(_small(rng, 2, 99 if kind == "day" else 30), "")
    _unit(rng, d, kind)
    return _write(rng, d, cls)


def _past_years(rng, cls):  # 近五年来: the past five years, exact
    n = rng.randint(2, 20)
    written = rng.choice((str(n), to_chinese(n)))
    tail = rng.choice(("来", "以来", ""))
    head, rest = "近" + written + "年", tail + "，全省公安机关共打掉黑恶组织。"
    return Case(cls, head + rest, 0, len(head), D(n), "year", None, "exact", D(n), D(n),
                _place(n), (), None, MPS2024)


def _age(rng, cls):  # 年仅57岁, 一名36歲的本地男子
    n = rng.randint(1, 99)
    number = rng.choice((Number(str(n), D(n), _place(n)), Number(to_chinese(n), D(n), _place(n))))
    word = rng.choice(AGE_WORDS)
    d = Draft(number, "age", unit_text=word, measure_word=word)
    return _write(rng, d, cls, rng.choice(("simplified", "traditional")))


CHANGE_UP = ("上升", "增长", "增加", "提高")
CHANGE_DOWN = ("下降", "减少", "降低")
BASES = ("同比", "环比", "较去年同期", "")


def _change_words(rng) -> tuple[str, int]:
    sign = rng.choice((1, -1))
    return rng.choice(CHANGE_UP if sign > 0 else CHANGE_DOWN), sign


def _change_attached(rng, cls):  # 破获刑事案件3.5万起、同比上升20.9%
    d = _draft(rng, rng.choice(PLAIN_FORMS), ("case", "person", "money", "weight"))
    verb, sign = _change_words(rng)
    pct = _decimal(rng, 1) % (200 if sign > 0 else 100) or D("20.9")
    d.change = f"{rng.choice(('，', '、'))}{rng.choice(BASES[:3])}{verb}{pct}%"
    d.change_pct = sign * pct
    return _write(rng, d, cls)


def _change_alone(rng, cls, kind):
    subject, source = rng.choice(RATE_SUBJECTS if kind == "pp" else CHANGE_SUBJECTS)
    verb, sign = _change_words(rng)
    if kind == "pct":
        pct = _decimal(rng, 1) % 100 or D("25.4")
        written, change = f"{rng.choice(BASES)}{verb}{pct}%", sign * pct
    elif kind == "pp":
        pct = _decimal(rng, 1) % 50 or D("13.2")
        written, change = f"{rng.choice(BASES)}{verb}{pct}个百分点", sign * pct
    elif kind == "cheng":  # 下降四成 = -40 %; 下降一成三 = -13 %
        n, tenths = rng.randint(1, 9), rng.choice((0, 0, rng.randint(1, 9)))
        written = f"{rng.choice(BASES)}{verb}{to_chinese(n)}成{to_chinese(tenths) if tenths else ''}"
        change = D(sign * (n * 10 + tenths))
    elif kind == "times":  # 上升2.1倍 = +210 %
        v = rng.choice((D(rng.randint(1, 9)), _decimal(rng, 1) % 10 or D("2.1")))
        written, change = f"{rng.choice(BASES[:3])}{rng.choice(CHANGE_UP)}{v}倍", v * 100
    else:  # 翻番, 翻一番 = +100 %
        written, change = rng.choice(("实现翻番", "翻了一番", "同比翻一番")), D(100)
    text = subject + written + "。"
    return Case(cls, text, len(subject), len(subject) + len(written), None, ANY, None, ANY,
                None, None, None, (), change, source)  # a change alone has no precision


def _script_class(script, artefacts=()):
    def make(rng, cls):
        d = _draft(rng, rng.choice(PLAIN_FORMS + ("decimal_wan_yi", "decimal")))
        if rng.random() < 0.5:  # the plain qualifiers (remainders have their own classes)
            key = rng.choice(("nearly", "about"))
            d.prefix, d.qualifier = rng.choice(PREFIXES[key][1]), key
        return _write(rng, d, cls, script, artefacts)
    return make


def _mixed(rng, cls):
    """Every dimension at once: any number form, qualifier, unit, script and artefacts."""
    maker = CLASSES[rng.choice([c for c in CLASSES if not c.startswith(("negative.", "mixed"))])]
    case = maker(rng, cls)
    if rng.random() < 0.5:
        artefacts = tuple(a for a in ("pinyin", "double_comma", "ascii_comma") if rng.random() < 0.5)
        text = convert(case.text[:case.start], "traditional", artefacts, rng)
        fig = convert(case.text[case.start:case.end], "traditional", artefacts, rng)
        rest = convert(case.text[case.end:], "traditional", artefacts, rng)
        case = replace(case, text=text + fig + rest, start=len(text), end=len(text) + len(fig))
    return case


# --- negatives -------------------------------------------------------------------------------

#: Phrases with a numeral that is not a measurement (tests/cases/negative-phrases.jsonl, each with
#: its page): the ones the engine gets right, by kind. A known miss (expect: fail) stays out of
#: its class and is a strict xfail of its own (test_generated.test_negative_phrase_in_every_frame).
NEGATIVE_ROWS = load_jsonl("negative-phrases.jsonl")
NEGATIVE_PHRASES: dict[str, tuple] = {}
for _row in NEGATIVE_ROWS:
    if _row["expect"] == "pass":
        NEGATIVE_PHRASES.setdefault(_row["kind"], ())
        NEGATIVE_PHRASES[_row["kind"]] += ((_row["input"], _row["source"]),)
NEGATIVE_WRITTEN = ("list_naming", "ordinal", "codename", "age_threshold")  # written by the functions below


def negative_texts(phrase: str) -> list[str]:
    """``phrase`` in every negative frame, Simplified and Traditional, clean and scraped."""
    rng = random.Random(0)
    return [convert(before + phrase + after, script, artefacts, rng)
            for before, after, _ in NEGATIVE_FRAMES for script in ("simplified", "traditional")
            for artefacts in ((), ("double_comma",))]


def _negative(rng, cls, phrase, source):
    before, after, _ = rng.choice(NEGATIVE_FRAMES)
    script = rng.choice(("simplified", "traditional"))
    artefacts = ("double_comma",) if rng.random() < 0.3 else ()
    text = convert(before + phrase + after, script, artefacts, rng)
    return Case(cls, text, 0, len(text), source=source)


def _list_naming(rng):  # 打击三类犯罪：盗窃、诈骗、抢劫
    n = rng.randint(2, 9)
    written = rng.choice((to_chinese(n), str(n)))
    noun = rng.choice(("类犯罪", "类突出问题", "类重点人员"))
    items = "、".join(rng.sample(("盗窃", "诈骗", "抢劫", "涉毒", "涉黄", "涉赌", "传销"), 3))
    return f"重点打击{written}{noun}：{items}", "issue 12"


def _ordinal(rng):
    n = to_chinese(rng.randint(1, 12))
    return rng.choice((f"进入第{n}阶段", f"开展第{n}轮集中收网", "首轮督导", "第一时间出警",
                       f"位列全国第{n}")), GUANGDONG


def _codename(rng):
    name = rng.choice(("雷霆", "净网", "昆仑", "飓风", "断流", "利剑", "清源"))
    year = rng.randint(2015, 2025)
    return rng.choice((f"“{name}{year}”专项行动", f"“{name}{rng.randint(1, 9)}号”专案",
                       f"“{rng.randint(1, 12)}·{rng.randint(1, 28)}”专案")), CHONGQING


def _age_threshold(rng):  # 未满18周岁, 60岁以上: who a rule covers, not a person's age
    n = rng.randint(6, 80)
    written = rng.choice((str(n), to_chinese(n)))
    return rng.choice((f"未满{written}周岁的未成年人", f"年满{written}周岁", f"不满{written}岁",
                       f"{written}岁以上老年人", f"{written}周岁以下", f"{written}岁及以上人群")), "issue 12"


def _negative_class(kind):
    writer = {"list_naming": _list_naming, "ordinal": _ordinal, "codename": _codename,
              "age_threshold": _age_threshold}.get(kind)

    def make(rng, cls):
        phrase, source = writer(rng) if writer else rng.choice(NEGATIVE_PHRASES[kind])
        return _negative(rng, cls, phrase, source)
    return make


CLASSES = {
    **{f"number.{form}": _number_class(form) for form in NUMBER_FORMS
       if form not in ("decimal", "chinese_decimal", "chinese_dot_decimal", "fullwidth")},
    "number.decimal": _number_class("decimal", MEASURED),
    "number.chinese_decimal": _number_class("chinese_decimal", MEASURED),
    "number.chinese_dot_decimal": _number_class("chinese_dot_decimal", MEASURED),
    "number.fullwidth": _number_class("fullwidth"),
    "number.chinese_after_dian_word": lambda rng, cls: _write(rng, _draft(rng, "chinese", ("group",)),
                                                              cls, dian=True),
    "number.percent": lambda rng, cls: _percent(rng, cls, _pct_arabic),
    "number.percent_chinese": lambda rng, cls: _percent(rng, cls, _pct_chinese),
    "number.percent_compat": lambda rng, cls: _percent(rng, cls, _pct_compat),
    "number.fraction": lambda rng, cls: _percent(rng, cls, _fraction),
    "number.permille": lambda rng, cls: _percent(rng, cls, _permille),
    "number.cheng_share": _cheng_share,
    **{f"qualifier.prefix_{q}": (lambda q: lambda rng, cls: _qualified(rng, cls, q, "prefix"))(q)
       for q in PREFIXES},
    **{f"qualifier.suffix_{q}": (lambda q: lambda rng, cls: _qualified(rng, cls, q, "suffix"))(q)
       for q in ("at_least", "at_most", "about")},
    "qualifier.remainder_infix": _remainder_infix,
    "qualifier.remainder_before_place": _remainder_before_place,
    "qualifier.remainder_after_measure": _remainder_after_measure,
    "qualifier.lai": _lai,
    "unit.measure_word": _unit_class(COUNT_KINDS),
    "unit.money": _unit_class(("money",)),
    "unit.hkd": _unit_class(("hkd",)),
    "unit.weight": _unit_class(("weight",)),
    "unit.area": _unit_class(("area", "mu")),
    "unit.length": _unit_class(("length",)),
    "unit.duration": _duration,
    "unit.age": _age,
    "unit.past_n_years": _past_years,
    "change.attached": _change_attached,
    "change.alone_pct": lambda rng, cls: _change_alone(rng, cls, "pct"),
    "change.percentage_points": lambda rng, cls: _change_alone(rng, cls, "pp"),
    "change.cheng": lambda rng, cls: _change_alone(rng, cls, "cheng"),
    "change.times": lambda rng, cls: _change_alone(rng, cls, "times"),
    "change.fanfan": lambda rng, cls: _change_alone(rng, cls, "fanfan"),
    "script.traditional": _script_class("traditional"),
    "artefact.double_comma": _script_class("traditional", ("double_comma",)),
    "artefact.pinyin": _script_class("traditional", ("pinyin",)),
    "artefact.ascii_comma": _script_class("traditional", ("ascii_comma",)),
    "artefact.all": _script_class("traditional", ("pinyin", "double_comma", "ascii_comma")),
    **{f"negative.{kind}": _negative_class(kind) for kind in (*NEGATIVE_PHRASES, *NEGATIVE_WRITTEN)},
}
CLASSES["mixed"] = _mixed


# --- signs, shared magnitudes, halves and sub-units (issue 22) --------------------------------

def _in_template(rng, cls, kind: str, figure: str, **reading) -> Case:
    """``figure`` written into a real sentence of ``kind``, with its expected reading."""
    t = rng.choice(templates(kind))
    text = t.before + figure + t.after
    fields = {"value": ANY, "unit": None, "measure_word": None, "qualifier": "exact", "low": ANY,
              "high": ANY, "precision": ANY, "flags": (), "change_pct": None, **reading}
    return Case(cls, text, len(t.before), len(t.before) + len(figure), source=t.source, **fields)


def _written_small(rng, n: int) -> str:
    return rng.choice((str(n), to_chinese(n)))


def _signed_rate(rng, cls):  # 破案率为负3.9%: a signed level keeps its sign
    pct = (_decimal(rng, 1) % 100) or D("3.9")
    value = -pct
    return _in_template(rng, cls, "rate", f"负{pct}%", value=value, unit="percent", low=value, high=value)


def _signed_change(rng, cls):  # 破获案件120起，同比增长-12.3%: a rise by a negative amount is a fall
    n = rng.randint(2, 9999)
    pct = (_decimal(rng, 1) % 100) or D("12.3")
    word, mw = rng.choice((("起", "起"), ("人", "人"), ("宗", "宗")))
    verb = rng.choice(("同比增长", "同比上升", "同比", "环比增长"))
    return _in_template(rng, cls, "case", f"{n}{word}，{verb}-{pct}%", value=D(n), unit="count",
                        measure_word=mw, low=D(n), high=D(n), change_pct=-pct)


SHARED_PLACES = (("万", 10_000), ("亿", 10 ** 8), ("千万", 10 ** 7), ("百万", 10 ** 6))


def _shared_magnitude(rng, cls):  # 两到三万元, 3至5千万元: the place written once holds for both ends
    a = rng.randint(1, 8)
    b = rng.randint(a + 1, 9)
    word, factor = rng.choice(SHARED_PLACES)
    mark = rng.choice(("至", "到", "-"))
    figure = f"{_written_small(rng, a)}{mark}{_written_small(rng, b)}{word}元"
    return _in_template(rng, cls, "money", figure, unit="CNY", qualifier="range", low=D(a * factor),
                        high=D(b * factor))


HALF_UNITS = (("吨", D(1000)), ("公斤", D(1)), ("斤", D("0.5")))


def _half_after_unit(rng, cls):  # 一吨半 = 1,500 kg, 三斤半 = 1.75 kg
    n = rng.randint(1, 99)
    word, factor = rng.choice(HALF_UNITS)
    value = (D(n) + D("0.5")) * factor
    return _in_template(rng, cls, "weight", f"{_written_small(rng, n)}{word}半", value=value, unit="kg",
                        low=value, high=value)


def _sub_yuan(rng, cls):  # 50元6角三分 = 50.63
    yuan, jiao, fen = rng.randint(1, 9999), rng.randint(1, 9), rng.randint(1, 9)
    value = D(yuan) + D(jiao) / 10 + D(fen) / 100
    figure = f"{_written_small(rng, yuan)}元{_written_small(rng, jiao)}角{_written_small(rng, fen)}分"
    return _in_template(rng, cls, "money", figure, value=value, unit="CNY", low=value, high=value)


def _days_and_hours(rng, cls):  # 还剩8天20时 = 212 hours: one length in the smaller unit
    days, hours = rng.randint(1, 30), rng.randint(1, 23)
    figure = f"{_written_small(rng, days)}天{_written_small(rng, hours)}{rng.choice(('小时', '个小时'))}"
    value = D(days * 24 + hours)
    return _in_template(rng, cls, "day", figure, value=value, unit="hour", low=value, high=value)


def _inclusive_range(rng, cls):  # 1万(含)-5万元: (含) after the first end leaves the range as written
    a = rng.randint(1, 8)
    b = rng.randint(a + 1, 9)
    word, factor = rng.choice(SHARED_PLACES)
    figure = f"{a}{word}{rng.choice(('(含)', '（含）'))}{rng.choice(('-', '至', '——'))}{b}{word}元"
    return _in_template(rng, cls, "money", figure, unit="CNY", qualifier="range", low=D(a * factor),
                        high=D(b * factor))


def _virtual_coins(rng, cls):  # 20个比特币, 5000枚泰达币: coins of a virtual currency (tickers)
    n = rng.randint(1, 99_999)
    word, unit = rng.choice((("个比特币", "BTC"), ("枚比特币", "BTC"), ("个泰达币", "USDT"), ("枚泰达币", "USDT")))
    return _in_template(rng, cls, "money", f"{n}{word}", value=D(n), unit=unit, low=D(n), high=D(n))


#: Where a printed line may end inside a number (yearbook pages copied as text): after the place
#: word (7萬⏎6,000元), before it (5,717⏎萬), or before a unit of two characters (4,768⏎人次).
LINE_BREAK_FORMS = ("after_place", "before_place", "before_unit")


def _line_broken(rng, cls):  # 7萬⏎      6,000元: the number read whole across the line's end
    head, tail = rng.randint(1, 9999), rng.randint(1000, 9999)
    indent = "\n" + " " * rng.randint(1, 20)
    form = rng.choice(LINE_BREAK_FORMS)
    place = rng.choice("万萬")
    number = {"after_place": f"{head}{place}{indent}{tail:,}", "before_place": f"{head:,}{indent}{place}{tail:,}",
              "before_unit": f"{head}{place}{tail:,}{indent}"}[form]
    unit = "人次" if form == "before_unit" else "元"  # one character alone (元) is not joined
    value = D(head * 10_000 + tail)
    reading = {"unit": "CNY", "measure_word": None} if unit == "元" else {"unit": "count", "measure_word": "人次"}
    return _in_template(rng, cls, "money" if unit == "元" else "visit", number + unit, value=value,
                        low=value, high=value, **reading)


CLASSES.update({
    "unit.days_and_hours": _days_and_hours,
    "range.inclusive_mark": _inclusive_range,
    "unit.virtual_coins": _virtual_coins,
    "artefact.number_line_break": _line_broken,
    "number.signed_rate": _signed_rate,
    "change.signed": _signed_change,
    "range.shared_magnitude": _shared_magnitude,
    "unit.half_after_unit": _half_after_unit,
    "unit.sub_yuan": _sub_yuan,
})


# --- numbers, money and changes after sets 19-22 (issue 22) ---------------------------------

#: A currency named before the number (vocab.CURRENCY_BEFORE), Simplified and Traditional.
NAMED_CURRENCIES = (("新台币", "TWD"), ("新台幣", "TWD"), ("港币", "HKD"), ("港幣", "HKD"), ("澳门元", "MOP"))
#: Words a Taiwan or Hong Kong police body writes of itself (vocab.REGION_MARKERS, strong), opening
#: a sentence: a text with one of them and no currency named counts its bare 元 in that region's.
ISSUERS = (("刑事警察局指出，", "TWD"), ("警政署統計，", "TWD"), ("本港警方表示，", "HKD"), ("香港警方表示，", "HKD"))


def _money_then_suffix(rng) -> tuple[str, D, str]:
    """4億元以上, 12万元左右: an amount in 元 and a qualifier after it."""
    n = rng.randint(1, 999)
    word, factor = rng.choice((("万", 10_000), ("萬", 10_000), ("亿", 10 ** 8), ("億", 10 ** 8)))
    suffix, qualifier = rng.choice(tuple(SUFFIXES.items()))
    return f"{n}{word}元{suffix}", D(n * factor), qualifier


def _currency_then_suffix(rng, cls):  # 新台幣4億元以上: the currency named before holds past 以上
    figure, value, qualifier = _money_then_suffix(rng)
    name, unit = rng.choice(NAMED_CURRENCIES)
    low, high = bounds(qualifier, value, None, False)
    return _in_template(rng, cls, "money", name + figure, value=value, unit=unit, qualifier=qualifier,
                        low=low, high=high)


def _regional_then_suffix(rng, cls):  # 警政署統計，…10億元以上: the issuing region's 元, flagged
    figure, value, qualifier = _money_then_suffix(rng)
    opener, unit = rng.choice(ISSUERS)
    low, high = bounds(qualifier, value, None, False)
    case = _in_template(rng, cls, "money", figure, value=value, unit=unit, qualifier=qualifier, low=low,
                        high=high, flags=("inferred_currency",))
    return replace(case, text=opener + case.text, start=case.start + len(opener), end=case.end + len(opener))


#: Value words a qualifier may stand before (vocab.VALUE_WORDS), Simplified and Traditional.
VALUE_WORDS = ("市值", "价值", "價值", "总值", "總值")


def _qualifier_over_value_word(rng, cls):  # 約市值300萬, 近价值5万元: the qualifier holds for the amount
    n = rng.randint(1, 9999)
    word, factor = rng.choice((("万", 10_000), ("萬", 10_000), ("亿", 10 ** 8)))
    key = rng.choice(("about", "nearly", "at_least", "at_most"))
    qualifier, prefixes = PREFIXES[key]
    yuan = rng.choice(("元", ""))
    figure = f"{rng.choice(prefixes)}{rng.choice(VALUE_WORDS)}{n}{word}{yuan}"
    low, high = bounds(qualifier, D(n * factor), None, False)
    return _in_template(rng, cls, "money", figure, value=D(n * factor), unit="CNY", qualifier=qualifier,
                        low=low, high=high)


#: Openers that give a page its currency, and the currency a bare amount before 现金 takes there.
CASH_OPENERS = (("香港警方表示，", "HKD", ("inferred_currency",)), ("本澳治安警察局指出，", "MOP", ("inferred_currency",)),
                ("公安机关表示，", "CNY", ()))


def _cash_noun(rng, cls):  # 約13萬現金: money in the page's currency, nothing where the page has none
    n = rng.randint(1, 9999)
    word, factor = rng.choice((("万", 10_000), ("萬", 10_000)))
    negative = cls.startswith("negative.")
    opener, unit, flags = ("", None, ()) if negative else rng.choice(CASH_OPENERS)
    noun = rng.choice(("现金", "現金", "现款"))
    head = f"{opener}警员在单位内检获{n}{word}"
    text = head + noun + "及毒品。"
    if negative:
        return Case(cls, text, len(head) - len(f"{n}{word}"), len(head))
    return Case(cls, text, len(head) - len(f"{n}{word}"), len(head), D(n * factor), unit, None, "exact",
                D(n * factor), D(n * factor), ANY, flags, None, "synthetic: set 19 (h19-hk2023triad)")


#: Results verbs (vocab.RESULT_VERBS) that take a case as their object, and long names of offences
#: that put the case noun out of reach of the 一起 = together test (破获一起非法收购、出售珍贵、濒危野生
#: 动物制品案: Lüliang police 2021, set 21, h21-shanxi2021).
CASE_RESULT_VERBS = ("破获", "侦破", "侦办", "查处", "立案", "受理", "办结")
LONG_OFFENCES = ("非法收购、出售珍贵、濒危野生动物制品案", "利用信息网络实施跨境电信网络诈骗犯罪案件",
                 "组织、领导、参加黑社会性质组织犯罪案", "非法吸收公众存款、集资诈骗等涉众型经济犯罪案件")


def _yiqi_after_result_verb(rng, cls):  # 破获一起…案: one case, however long its name
    head = f"{rng.choice(('吕梁公安机关', '民警', '该局'))}{rng.choice(CASE_RESULT_VERBS)}{rng.choice(('', '了'))}"
    text = f"{head}一起{rng.choice(LONG_OFFENCES)}，抓获犯罪嫌疑人多名。"
    return Case(cls, text, len(head), len(head) + 2, D(1), "count", "起", "exact", D(1), D(1), ANY, (), None,
                "http://zt-9jc.com.cn/guonei/2021020130488.html")


def _cheng_tenths(rng, cls):  # 財損占詐騙案3成6，: a digit after 成 its tenths, 36 %
    n, tenths = rng.randint(1, 9), rng.randint(1, 9)
    arabic = rng.random() < 0.5
    figure = f"{n}成{tenths}" if arabic else f"{to_chinese(n)}成{to_chinese(tenths)}"
    before, after, source = rng.choice(CHENG_FRAMES)
    text = convert(before + figure + after, rng.choice(("simplified", "traditional")), (), rng)
    value = D(n * 10 + tenths)
    return Case(cls, text, len(before), len(before) + len(figure), value, "percent", None, "exact",
                value, value, D(1), (), None, source)


#: Taiwan's results sentences with a count of cases in 案 or of places in 场所 (Coast Guard
#: Administration 2025 and 安居緝毒 2025, set 20: h20-cga2025drugs, h20-anju2025).
CASE_FRAMES = (("今年偵破海上重大走私毒品計", "，查獲各級毒品。"), ("現場陳展的案件中，", "屬於破獲製毒工廠。"))
PLACE_FRAMES = (("製造、運輸、販賣毒品者，搜索", "，羈押嫌疑人。"), ("警方當日共臨檢", "，查獲毒品。"))
ANJU_2025 = "https://www.ettoday.net/news/20251202/3077224.htm"
CGA_2025 = ("https://tw.news.yahoo.com/%E6%B5%B7%E5%B7%A1%E7%BD%B2%E7%99%BC%E5%B8%83%E6%AF%92%E5%93%81%E6%9F%A5"
            "%E7%B7%9D%E6%88%90%E6%9E%9C-092907684.html")


def _counted_cases_or_places(rng, cls):  # 計7案, 搜索821場所: 案 and 场所 as measure words
    n = rng.randint(1, 1899)
    places = rng.random() < 0.5
    before, after = rng.choice(PLACE_FRAMES if places else CASE_FRAMES)
    word = rng.choice(("場所", "场所")) if places else "案"
    figure = f"{n}{word}"
    return Case(cls, before + figure + after, len(before), len(before) + len(figure), D(n), "count",
                "场所" if places else "案", "exact", D(n), D(n), ANY, (), None, ANJU_2025 if places else CGA_2025)


CLASSES.update({
    "unit.cheng_tenths": _cheng_tenths,
    "unit.cases_and_places": _counted_cases_or_places,
    "unit.yiqi_after_result_verb": _yiqi_after_result_verb,
    "qualifier.over_value_word": _qualifier_over_value_word,
    "unit.money_before_cash": _cash_noun,
    "negative.cash_without_currency": _cash_noun,
    "unit.currency_before_suffix": _currency_then_suffix,
    "unit.currency_regional_suffix": _regional_then_suffix,
})


def generate(cls: str, rng: random.Random) -> Case:
    """One case of class ``cls``."""
    return CLASSES[cls](rng, cls)


if __name__ == "__main__":  # python tests/generate.py [CLASS ...]: a few cases of each, as JSON lines
    import json
    import sys

    rng = random.Random(0)
    for name in sys.argv[1:] or CLASSES:
        for _ in range(3):
            c = generate(name, rng)
            row = {k: ("(any)" if v is ANY else str(v) if isinstance(v, D) else v)
                   for k, v in vars(c).items()}
            print(json.dumps(row, ensure_ascii=False, default=str))
