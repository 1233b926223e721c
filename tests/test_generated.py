"""The grammar, tested by generation: synthetic figures read back exactly as written.

`generate.py` writes each case with its reading known by construction; here every case goes
through the engine and must come back with that reading. Failures are grouped by class; a class
the engine cannot read yet is a strict xfail with the reason, so when it learns the class the
xfail fails and is removed.

The fast profile (`make test`) uses a fixed seed and CASES_PER_CLASS cases a class; the deep
profile (`HYPOTHESIS_PROFILE=deep`, `make test-deep`) draws a fresh seed and ten times as many.
A failure message names the seed: `GENERATED_SEED=<seed>` replays the same cases.
"""
from __future__ import annotations

import math
import os
import random
from decimal import Decimal

import pytest
from hypothesis import given, strategies as st

from analysis.engine.clean import to_simplified
from analysis.engine.figures import Figure, extract
from conftest import PROFILE, case_params, to_chinese
from generate import ANY, CLASSES, NEGATIVE_ROWS, Case, generate, negative_texts

CASES_PER_CLASS = 60 if PROFILE != "deep" else 600
SEED = int(os.environ.get("GENERATED_SEED") or (20231116 if PROFILE != "deep"
                                                else random.SystemRandom().randrange(2**32)))

#: Classes today's engine does not read yet (strict: remove the entry once the class passes).
KNOWN_MISSES: dict[str, str] = {}
#: Contract fields not yet on the figure record: their checks are expected to fail until they are.
MISSING_FIELDS = tuple(f for f in ("precision", "flags") if f not in Figure._fields)


def cases(cls: str) -> list[Case]:
    rng = random.Random(f"{SEED}:{cls}")
    return [generate(cls, rng) for _ in range(CASES_PER_CLASS)]


def _same(want, got) -> bool:
    if want is ANY:
        return True
    if want is None or got is None:
        return want is None and got is None
    if isinstance(want, str) or isinstance(got, str):
        return want == got
    return math.isclose(float(want), float(got), rel_tol=1e-9, abs_tol=1e-12)


def _overlapping(case: Case, figs: list[Figure]) -> list[Figure]:
    return [f for f in figs if f.start < case.end and case.start < f.end]


def reading_errors(case: Case, figs: list[Figure]) -> list[str]:
    """What the engine got wrong: value, unit, measure word, qualifier, bounds, change, span."""
    if case.negative:
        return [f"a figure where there is none: {f.text!r}" for f in figs]
    if len(figs) != 1:
        return [f"{len(figs)} figures: {[f.text for f in figs]}"]
    f = figs[0]
    errors = [] if _overlapping(case, figs) else [f"span {f.text!r} is not the written figure"]
    if case.text[f.start:f.end] != f.text:
        errors.append("input[start:end] != text")
    mw = to_simplified(f.measure_word) if f.measure_word else None
    for name, want, got in (("value", case.value, f.value), ("unit", case.unit, f.unit),
                            ("measure_word", case.measure_word, mw),
                            ("qualifier", case.qualifier, f.qualifier), ("low", case.low, f.low),
                            ("high", case.high, f.high), ("change_pct", case.change_pct, f.change_pct)):
        if not _same(want, got):
            errors.append(f"{name} {got!r} (want {want!r})")
    low, high = (None if b is None else Decimal(str(b)) for b in (f.low, f.high))  # 0.1 as written
    if case.within and not (low is not None and high is not None
                            and case.within[0] <= low < high <= case.within[1]):
        errors.append(f"bounds [{f.low}, {f.high}] (want a range inside {case.within})")
    return errors


def contract_errors(case: Case, figs: list[Figure]) -> list[str]:
    """The contract fields: precision (place of the last written digit) and flags."""
    if case.negative:
        return []
    if len(figs) != 1:
        return [f"{len(figs)} figures: {[f.text for f in figs]}"]
    f = figs[0]
    errors = [f"no {name} field" for name in MISSING_FIELDS]
    if not _same(case.precision, getattr(f, "precision", None)):
        errors.append(f"precision {getattr(f, 'precision', None)!r} (want {case.precision!r})")
    if tuple(sorted(case.flags)) != tuple(sorted(getattr(f, "flags", ()) or ())):
        errors.append(f"flags {getattr(f, 'flags', None)!r} (want {case.flags!r})")
    return errors


def _report(cls: str, failures: list[tuple[Case, list[str]]], total: int) -> str:
    lines = [f"{cls}: {len(failures)}/{total} cases not read back (seed {SEED}; "
             f"GENERATED_SEED={SEED} replays them)"]
    for case, errors in failures[:8]:
        lines.append(f"  {case.text!r} [{case.text[case.start:case.end]}]: {'; '.join(errors)}")
    return "\n".join(lines)


def _check(cls: str, judge) -> None:
    batch = cases(cls)
    failures = [(c, e) for c in batch if (e := judge(c, extract(c.text)))]
    assert not failures, _report(cls, failures, len(batch))


def _params(reasons: dict[str, str], names=tuple(CLASSES)):
    return [pytest.param(c, marks=pytest.mark.xfail(strict=True, reason=reasons[c]))
            if c in reasons else c for c in names]


@pytest.mark.parametrize("cls", _params(KNOWN_MISSES))
def test_generated_reads_back(cls):
    _check(cls, reading_errors)


@pytest.mark.xfail(bool(MISSING_FIELDS), strict=True,
                   reason=f"figure record has no {', '.join(MISSING_FIELDS)} field yet (CONTRACT.md)")
@pytest.mark.parametrize("cls", _params(KNOWN_MISSES, [c for c in CLASSES if not c.startswith("negative.")]))
def test_generated_precision_and_flags(cls):
    _check(cls, contract_errors)


@pytest.mark.parametrize("row", case_params(NEGATIVE_ROWS))
def test_negative_phrase_in_every_frame(row):
    """Each listed negative phrase, in every frame, script and artefact: no figure."""
    found = {text: [f.text for f in extract(text)] for text in negative_texts(row["input"])}
    assert not any(found.values()), {t: f for t, f in found.items() if f}


def test_every_class_is_generated_and_known_by_construction():
    """The generator itself: spans point at the written figure, values are consistent."""
    for cls in CLASSES:
        for case in cases(cls)[:10]:
            assert case.cls == cls and 0 <= case.start < case.end <= len(case.text)
            if case.negative or case.value in (None, ANY):
                continue
            if case.qualifier == "exact":
                assert case.low == case.high == case.value, case
            if case.low is not None and case.high is not None:
                assert case.low <= case.value <= case.high, case


def test_fast_profile_is_fixed():
    if PROFILE == "deep" or os.environ.get("GENERATED_SEED"):
        pytest.skip("the deep profile draws fresh cases")
    first = [c.text for c in cases("mixed")]
    assert first == [c.text for c in cases("mixed")]


# --- properties over the same grammar (fixed examples in `fast`, fresh ones in `deep`) ------------

READ_CLASSES = [c for c in CLASSES if c not in KNOWN_MISSES]


@given(st.sampled_from(READ_CLASSES), st.randoms(use_true_random=False))
def test_any_generated_case_reads_back(cls, rng):
    case = generate(cls, rng)
    assert not reading_errors(case, extract(case.text)), case.text


@given(st.integers(min_value=2, max_value=99_999_999), st.booleans(), st.booleans())
def test_chinese_numerals_in_every_style_read_back(n, liang, omit_zero):
    written = to_chinese(n, liang=liang, omit_zero=omit_zero)
    figs = extract(f"抓获犯罪嫌疑人{written}名")
    assert [(f.value, f.measure_word) for f in figs] == [(n, "名")], written


@given(st.sampled_from(list(CLASSES)), st.randoms(use_true_random=False), st.text(max_size=12),
       st.floats(min_value=0, max_value=1))
def test_damaged_generated_text_never_raises_and_spans_hold(cls, rng, noise, where):
    """Any generated sentence with arbitrary text spliced in: no exception, spans hold."""
    text = generate(cls, rng).text
    cut = int(where * len(text))
    text = text[:cut] + noise + text[cut:]
    for f in extract(text):
        assert text[f.start:f.end] == f.text


@given(st.integers(min_value=1, max_value=99_999), st.integers(min_value=100, max_value=9_999),
       st.integers(min_value=1, max_value=30), st.sampled_from(("", "萬", "万")))
def test_a_number_after_a_line_ending_in_a_digit_is_never_read_alone(head, tail, indent, place):
    """共1,234⏎    567元: the digits on the next line may be the tail of the number; never their own
    figure (joined where the grammar goes on: 7萬⏎6,000元 is 76,000)."""
    text = f"补助{head}{place}\n{' ' * indent}{tail:,}元。"
    values = [f.value for f in extract(text)]
    assert tail not in values and values in ([], [head * 10_000 + tail] if place else [])


@given(st.integers(min_value=1, max_value=9_999), st.integers(min_value=1000, max_value=9_999),
       st.integers(min_value=1, max_value=999))
def test_a_short_section_after_wan_is_read_only_where_the_text_writes_sections(head, full, short):
    """485萬298人次 is 4 850 298 beside 485萬6,194人次 (sections written with a comma); alone, a
    short tail (12万5, 1万10) may be the spoken shorthand and gives nothing."""
    alone = extract(f"到站{head}萬{short}人次")
    paired = extract(f"出境{head}萬{full:,}人次、到站{head}萬{short}人次")
    assert alone == []
    assert [f.value for f in paired] == [head * 10_000 + full] + ([head * 10_000 + short] if short >= 10 else [])


@given(st.integers(min_value=20, max_value=99_999), st.integers(min_value=1, max_value=99_999),
       st.booleans(), st.booleans(), st.sampled_from(("%", "﹪")))
def test_a_signed_difference_in_brackets_after_a_change(level, difference, down, agreeing, percent):
    """2839宗，與去年同期比較，下降13.9%(-459宗) (Macau, 2010): the bracket holds the absolute
    difference with its sign, kept where it agrees with the verb and read as nothing where it does
    not; the change goes to the level where the three numbers agree."""
    base = level + difference if down else level - difference
    if base <= 0:
        return
    pct = (Decimal(difference) * 100 / base).quantize(Decimal("0.1"))
    minus = down == agreeing
    text = (f"整体犯罪共有{level}宗，与去年同期比较，{'下降' if down else '上升'}{pct}{percent}"
            f"({'-' if minus else '+'}{difference}宗)，暴力犯罪")
    figs = extract(text)
    in_bracket = [f.value for f in figs if f.start >= text.index("(")]
    assert in_bracket == ([-difference if minus else difference] if agreeing else [])
    level_changes = [f.change_pct for f in figs if f.end <= text.index("，")]
    assert level_changes == [float(-pct if down else pct)]


@given(st.integers(min_value=1, max_value=9_999), st.sampled_from(("增加", "减少", "上升", "下降")),
       st.decimals(min_value=Decimal("0.1"), max_value=Decimal("99.9"), places=1),
       st.sampled_from(("上升幅度为", "降幅", "同比上升", "，下降")), st.sampled_from(("宗", "人", "起")))
def test_a_count_right_after_a_change_verb_never_takes_the_change_after_it(diff, verb, pct, change, mw):
    """「販毒」增加5宗,上升幅度為18.5%: the count is a difference; the percentage is the change of a
    level not written here, never the difference's own."""
    text = f"「贩毒」{verb}{diff}{mw}，{change}{pct}%。"
    counts = [f for f in extract(text) if f.unit == "count"]
    assert [(f.value, f.change_pct) for f in counts] == [(diff, None)]


@given(st.integers(min_value=1, max_value=9_999), st.sampled_from((("近", "nearly"), ("约", "about"), ("超过", "at_least"))),
       st.sampled_from((("新台币", "TWD"), ("港币", "HKD"), ("人民币", "CNY"))), st.sampled_from((("亿", 10 ** 8), ("万", 10_000))))
def test_a_qualifier_before_the_currency_named_before_the_number(n, qualifier, currency, place):
    """近新台幣17億元 (Taiwan, 2023): the qualifier holds across the currency's name."""
    (word, q), (name, unit), (big, factor) = qualifier, currency, place
    figs = extract(f"查扣赃物{word}{name}{n}{big}元。")
    assert [(f.value, f.unit, f.qualifier) for f in figs] == [(n * factor, unit, q)]


_CN_DIGITS = "一二三四五六七八九"


def _nian_sa(day: int) -> str:
    """20-31 with 廿 (20) or 卅 (30) as the tens: 廿三, 卅一."""
    tens, ones = divmod(day, 10)
    return ("廿" if tens == 2 else "卅") + (_CN_DIGITS[ones - 1] if ones else "")


@given(st.sampled_from((1, 3, 5, 7, 8, 10, 12)), st.integers(min_value=20, max_value=30), st.booleans())
def test_days_written_with_nian_and_sa(month, day, as_range):
    """一月三十日至卅一日 (Macau, 2021): 廿 and 卅 as the tens of a day, alone or ending a range."""
    if as_range:
        text, want = f"在{month}月{day}日至{_nian_sa(day + 1)}日，", f"2021-{month:02d}-{day:02d}/2021-{month:02d}-{day + 1:02d}"
    else:
        text, want = f"在{month}月{_nian_sa(day)}日，", f"2021-{month:02d}-{day:02d}"
    assert [f.value for f in extract(text, date="2021-12-31")] == [want]


@given(st.integers(min_value=1, max_value=12), st.integers(min_value=1, max_value=28), st.integers(0, 23),
       st.integers(0, 59), st.sampled_from(("", " ", "  ", "   ")))
def test_a_written_date_and_its_clock_time_are_one_datetime(month, day, hour, minute, gap):
    """2012年05月31日 07时22分 (a page's time stamp): zero to three spaces between them."""
    text = f"发布时间：2012年{month:02d}月{day:02d}日{gap}{hour:02d}时{minute:02d}分   来源"
    want = f"2012-{month:02d}-{day:02d}T{hour:02d}:{minute:02d}:00"
    assert [f.value for f in extract(text)] == [want]


@given(st.integers(min_value=50, max_value=9_999), st.integers(min_value=50, max_value=9_999),
       st.integers(min_value=1, max_value=40), st.integers(min_value=1, max_value=40))
def test_a_list_of_differences_gives_each_level_its_change(cases, people, more_cases, more_people):
    """75件、898人,分別較去年同期成長13件(增加20.97%)、78人(增加9.51%) (Taiwan, 2016): each level takes
    the change its difference gives, computed here from the numbers."""
    def pct(level, diff):
        return (Decimal(diff) * 100 / (level - diff)).quantize(Decimal("0.01"))
    text = (f"共侦破诈欺犯罪集团{cases}件、{people}人，分别较去年同期成长{more_cases}件(增加{pct(cases, more_cases)}%)、"
            f"{more_people}人(增加{pct(people, more_people)}%)，展现成果。")
    levels = [(f.value, f.change_pct) for f in extract(text)][:2]
    assert levels == [(cases, float(pct(cases, more_cases))), (people, float(pct(people, more_people)))]


@given(st.integers(min_value=1, max_value=99), st.integers(min_value=1, max_value=99),
       st.sampled_from(("增加", "减少", "上升", "下降", "为", "")), st.sampled_from(("及", "和", "、")),
       st.sampled_from(("宗", "人", "起")))
def test_a_list_after_fenbie_shares_the_measure_word(a, b, verb, joiner, mw):
    """「勒索」及「高利貸」分別增加1及2宗 (Macau, 2010): two counts, the measure word written once."""
    figs = extract(f"「勒索」及「高利贷」分别{verb}{a}{joiner}{b}{mw}。")
    assert [(f.value, f.measure_word) for f in figs] == [(a, mw), (b, mw)]


@given(st.sampled_from(("较去年", "较去年同期", "比上年", "较上年同期")), st.sampled_from((("高", 1), ("低", -1), ("多", 1), ("少", -1))),
       st.decimals(min_value=Decimal("0.01"), max_value=Decimal("99.99"), places=2))
def test_a_comparative_after_the_base_of_a_comparison_is_a_change(base, comparative, pct):
    """刑案发生率较去年低7.86% (Taiwan, 2009), 較去年同期多12.3%: a signed change, never a level."""
    word, sign = comparative
    figs = extract(f"刑案发生率{base}{word}{pct}%。")
    assert [(f.value, f.change_pct) for f in figs] == [(None, float(sign * pct))]


@given(st.integers(min_value=11, max_value=99_999), st.sampled_from(("多", "余")), st.sampled_from(("宗", "人", "起")))
def test_about_before_and_a_remainder_after_the_number(n, word, mw):
    """增加約11000多宗 (Hong Kong, 2023): 约 before and 多/余 after the number: about n, as written first."""
    figs = extract(f"较去年同期增加约{n}{word}{mw}。")
    assert [(f.value, f.qualifier, f.measure_word) for f in figs] == [(n, "about", mw)]


@given(st.integers(min_value=100, max_value=99_999), st.integers(min_value=1, max_value=99),
       st.booleans(), st.sampled_from(("发生率", "服务比例", "案件数")), st.booleans())
def test_a_change_named_by_its_own_noun_after_a_difference(level, share, down, noun, agreeing):
    """…2万2,807件,较去年的2万4,752件,减少1,945件,发生率降低7.86% (Taiwan, 2009): the level takes the
    change only where level, difference and change agree."""
    difference = max(1, level * share // 100)
    base = level + difference if down else level - difference
    if base <= 0:
        return
    pct = (Decimal(difference) * 100 / base).quantize(Decimal("0.01"))
    stated = pct if agreeing else pct * 2 + 20  # far outside the rounding tolerance (differences.agrees)
    verb, change = ("减少", "降低") if down else ("增加", "提升")
    text = f"发生数为{level}件，较去年的{base}件，{verb}{difference}件，{noun}{change}{stated}%。"
    first = extract(text)[0]
    assert (first.value, first.change_pct) == (level, float(-stated if down else stated) if agreeing else None)


@given(st.integers(min_value=2, max_value=99_999), st.decimals(min_value=Decimal("0.1"), max_value=Decimal("99.9"), places=1),
       st.sampled_from((("破案数", True), ("案件数", True), ("涉案金额", False))))
def test_a_change_named_by_a_noun_of_counts_goes_to_the_count_before(n, pct, opener):
    """破獲刑事案件2.9萬起,破案數同比上升12.1% (Gansu, 2023): a noun of counts names the count before; a
    noun of money does not."""
    noun, counts = opener
    figs = extract(f"全年破获刑事案件{n}起，{noun}同比上升{pct}%，破案率创新高。")
    assert (figs[0].value, figs[0].change_pct) == (n, float(pct) if counts else None)


@given(st.integers(min_value=2, max_value=99_999), st.decimals(min_value=Decimal("0.1"), max_value=Decimal("99.9"), places=1),
       st.sampled_from((("破获", "破案数", True), ("破获", "发案数", False), ("发生", "发案数", True),
                        ("发生", "破案数", False), ("受理", "立案数", True), ("受理", "破案数", False))),
       st.booleans())
def test_a_change_named_by_an_action_goes_only_to_a_count_of_that_action(n, pct, action, verb_last):
    """13起现行命案全部及时破获,发案数同比下降51.9% (Haikou, 2021): 发案数 names the offences occurring, so
    its change is not that of a count of cases solved; it stays a change alone. A count of the same
    action (破获…起,破案数…) takes it."""
    verb, noun, agree = action
    clause = f"{n}起刑事案件全部{verb}" if verb_last else f"{verb}刑事案件{n}起"
    figs = extract(f"全年{clause}，{noun}同比下降{pct}%。")
    changes = [(f.value, f.change_pct) for f in figs]
    assert changes == ([(n, -float(pct))] if agree else [(n, None), (None, -float(pct))])


@given(st.integers(min_value=1, max_value=999), st.sampled_from(("位", "名", "个")),
       st.sampled_from((110, 119, 120, 165, 999, 12345)), st.booleans())
def test_a_number_between_a_count_and_its_noun_is_a_name(n, classifier, name, staff):
    """10位165人員 (National Police Agency, 2025): after a count and its classifier, a number with
    人员 names the staff (of the 165 line); with 人 alone and a stop it is a second count (打掉团伙1个6人)."""
    tail = "人员的配置" if staff else "人，"
    figs = extract(f"未来将增加{n}{classifier}{name}{tail}")
    assert [f.value for f in figs] == ([n] if staff else [n, name])


@given(st.integers(min_value=1, max_value=9), st.sampled_from((("仟", 1000), ("千", 1000), ("佰", 100), ("百", 100))),
       st.sampled_from((("約", "about"), ("约", "about"), ("", "exact"))), st.sampled_from(("", " ", "  ")),
       st.booleans())
def test_spaced_numerals_with_the_financial_forms_keep_their_qualifier(n, magnitude, qualifier, space, chinese):
    """人民幣約 8 仟元 (Macau PSP magazine, 2017): spaces of a scraped layout around the number, 仟/佰
    for 千/百, and 約 kept."""
    (char, place), (word, reading) = magnitude, qualifier
    number = to_chinese(n) if chinese else str(n)
    figs = extract(f"現金及人民幣{word}{space}{number}{space}{char}{space}元不翼而飛。")
    assert [(f.value, f.unit, f.qualifier) for f in figs] == [(n * place, "CNY", reading)]


@given(st.sampled_from(("两", "兩")), st.sampled_from((" ", "  ", "\t")),
       st.sampled_from(("名", "人", "起", "宗", "件", "个")))
def test_liang_spaced_from_its_measure_word_after_a_han_character(liang, space, mw):
    """航機上有兩 名乘客 (Macau PSP magazine, 2017): 两 stands only before a measure word, so the space of
    a layout between them is dropped even after a Han character."""
    figs = extract(f"航机上有{liang}{space}{mw}乘客怀疑被盗。")
    assert [(f.value, f.measure_word) for f in figs] == [(2, mw)]


_LISTED_LEVELS = (("受理", "件"), ("抓获", "人"), ("财损", "万元"))


@given(st.lists(st.integers(min_value=2, max_value=9_999), min_size=4, max_size=6),
       st.lists(st.decimals(min_value=Decimal("0.1"), max_value=Decimal("99.9"), places=1), min_size=3, max_size=3),
       st.sampled_from(((2, "、"), (2, "与"), (3, "、"))), st.booleans(), st.booleans())
def test_a_list_of_changes_after_levels_and_their_bases(numbers, pcts, shape, down, agreeing):
    """受理1萬3559件、財損59億9122萬餘元，較去年11月受理1萬8204件、財損126億7594萬餘元，分別減少約26%與53%
    (Criminal Investigation Bureau, 2025): each level takes its change where every base is of its
    level's unit, in the same order; where one is not, the changes stand alone."""
    n, joiner = shape
    if len(numbers) < 2 * n:
        return
    items = _LISTED_LEVELS[:n]
    levels = [f"{verb}{x}{unit}" for (verb, unit), x in zip(items, numbers)]
    base_units = [unit for _, unit in items] if agreeing else [items[1][1], items[0][1]] + [u for _, u in items[2:]]
    bases = [f"{verb}{x}{unit}" for (verb, _), unit, x in zip(items, base_units, numbers[n:])]
    verb, sign = ("减少", -1) if down else ("增加", 1)
    said = "、".join(f"{p}%" for p in pcts[:n - 1]) + f"{joiner}{pcts[n - 1]}%"
    figs = extract(f"今年11月{'、'.join(levels)}，较去年11月{'、'.join(bases)}，分别{verb}{said}。")
    changes = [float(sign * p) for p in pcts[:n]]
    counted = [f for f in figs if f.unit != "date"]
    if agreeing:
        assert [f.change_pct for f in counted] == changes + [None] * n
    else:
        assert [f.change_pct for f in counted if f.value is not None] == [None] * (2 * n)
        assert [f.change_pct for f in counted if f.value is None] == changes


# --- changes written as 增幅/降幅 after a base, a difference or a movement (sets 19-22) ---------

_AMPLITUDE_LINKS = ("", "达", "達", "高达", "高達", "为")


def _pct_between(level: int, base: int) -> Decimal:
    return (Decimal(abs(level - base)) * 100 / base).quantize(Decimal("0.1"))


@given(st.integers(min_value=10, max_value=9_999), st.integers(min_value=10, max_value=9_999),
       st.sampled_from(_AMPLITUDE_LINKS), st.sampled_from(("", " ")), st.sampled_from(("件", "人", "宗")))
def test_an_amplitude_after_the_base_of_a_comparison_goes_to_the_level(level, base, link, space, mw):
    """共取締酒駕 413 件，較去年同期 277 件，增幅高達 49％ (Tainan police, 2025, set 20): the amplitude is
    the change from the base to the level, computed here; spaced numerals as the page writes them."""
    if level == base:
        return
    pct = _pct_between(level, base)
    word, sign = ("增幅", 1) if level > base else ("降幅", -1)
    text = f"今年共取締酒駕{space}{level}{space}{mw}，較去年同期{space}{base}{space}{mw}，{word}{link}{space}{pct}％，成效顯著。"
    assert [(f.value, f.change_pct) for f in extract(text)][:2] == [(level, float(sign * pct)), (base, None)]


@given(st.integers(min_value=10, max_value=9_999), st.integers(min_value=1, max_value=90),
       st.sampled_from(_AMPLITUDE_LINKS), st.sampled_from(("", " ")), st.booleans())
def test_an_amplitude_after_a_difference_goes_to_the_level_not_the_difference(level, share, link, space, down):
    """發生 12 件，也較去年同期減少 3 件，降幅達 20％ (Tainan police, 2025, set 20): the level takes the
    change its difference gives; the difference never takes it."""
    difference = max(1, level * share // 100)
    base = level + difference if down else level - difference
    if base <= 0:
        return
    pct = (Decimal(difference) * 100 / base).quantize(Decimal("0.1"))
    verb, word = ("減少", "降幅") if down else ("增加", "增幅")
    text = f"死亡交通事故發生{space}{level}{space}件，也較去年同期{verb}{space}{difference}{space}件，{word}{link}{space}{pct}％。"
    assert [(f.value, f.change_pct) for f in extract(text)][:2] == [(level, float(-pct if down else pct)), (difference, None)]


@given(st.integers(min_value=100, max_value=9_999), st.integers(min_value=1, max_value=99),
       st.sampled_from(_AMPLITUDE_LINKS))
def test_an_amplitude_after_a_movement_is_the_change_of_its_end(base, share, link):
    """网上逃犯存量从1452名降至131名,降幅高达91% (Changsha police, 2011, set 21): the fall of the stock,
    the change of the level the movement ends at, never a level percentage."""
    level = base * (100 - share) // 100
    if level <= 0 or level == base:
        return
    pct = _pct_between(level, base)
    text = f"行动前网上逃犯存量从{base}名降至{level}名,降幅{link}{pct}%,追逃战果跻身全省前列。"
    assert [(f.value, f.change_pct) for f in extract(text)] == [(base, None), (level, float(-pct))]


_YEARS = st.lists(st.integers(min_value=2010, max_value=2024), min_size=2, max_size=4, unique=True)
_PCTS = st.decimals(min_value=Decimal("0.1"), max_value=Decimal("99.9"), places=1)


def _listed(items: list, joiner: str) -> str:
    return "、".join(items[:-1]) + joiner + items[-1]


@given(_YEARS, st.data(), st.sampled_from(("對比", "比", "較", "相比")), st.sampled_from(("及", "以及", "和")),
       st.booleans())
def test_changes_after_several_bases_stand_alone(years, data, opener, joiner, levels_before):
    """對比2021年、2020年及2019年,分別下降13.9%、2.6%及30.9% (Macau, 2023, set 19): one level against
    several bases; each change stands alone, none on a figure (the levels listed before, or the
    differences after 分別, never take them)."""
    n = len(years)
    pcts = data.draw(st.lists(_PCTS, min_size=n, max_size=n))
    counts = data.draw(st.lists(st.integers(min_value=10, max_value=99_999), min_size=n + 1, max_size=n + 1))
    head = (f"歷年開立的案件依次為{_listed([f'{c}宗' for c in counts], joiner)};可見今年最低," if levels_before
            else f"暴力罪案共錄得{counts[0]}宗,")
    bases = _listed([f"{y}年" for y in years], joiner)
    text = f"{head}{opener}{bases},分別下降{_listed([f'{p}%' for p in pcts], joiner)}。"
    figs = extract(text)
    assert [f.change_pct for f in figs if f.change_pct is not None] == [float(-p) for p in pcts]
    assert all(f.value is None for f in figs if f.change_pct is not None)


@given(_YEARS, st.data(), st.sampled_from(("及", "以及")))
def test_differences_and_changes_after_several_bases(years, data, joiner):
    """比2021年、2020年及2019年分別減少102宗、90宗及520宗,下降40%、37%以及77.3% (Macau, 2023, set 19):
    the differences are counts, and each change stands alone."""
    n = len(years)
    pcts = data.draw(st.lists(_PCTS, min_size=n, max_size=n))
    diffs = data.draw(st.lists(st.integers(min_value=1, max_value=999), min_size=n, max_size=n))
    text = (f"暴力罪案共錄得153宗,比{_listed([f'{y}年' for y in years], '及')}分別減少"
            f"{_listed([f'{d}宗' for d in diffs], '及')},下降{_listed([f'{p}%' for p in pcts], joiner)},其中綁架案零宗。")
    figs = extract(text)
    assert [f.value for f in figs if f.unit == "count" and f.change_pct is None][:n + 1] == [153, *diffs]
    assert [(f.value, f.change_pct) for f in figs if f.change_pct is not None] == [(None, float(-p)) for p in pcts]
