"""Each short cut in the engine gives exactly what the plain path it stands for gives."""
from hypothesis import example, given, strategies as st

from analysis.engine import _chars, figures as F, numerals as N, vetoes as VT

PIECES = ["第", "每", "/", "www", "http://", ".html", "a/", "甲", "案件", " ", "1", "23", "0", ".", ",",
          "000", "7.5", "万", "千", "百", "亿", "起", "%", "一", "十", "。"]
TEXTS = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)


@given(text=TEXTS, at=st.integers(0, 400), length=st.integers(1, 8))
def test_early_veto_equals_every_early_veto_tried(text, at, length):
    pos = at % (len(text) + 1)
    end = min(len(text), pos + length)
    plain = VT.first_veto(VT.EARLY, VT.Candidate(text, pos, end, text[pos:end]))
    assert VT.early_veto(text, pos, end) == plain


def _composed(s: str, pos: int):
    """The general reading: segments composed as Chinese numerals compose."""
    segments = N._arabic_segments(s, pos)
    text, _, places = segments[-1]
    precision = N._arabic_precision(text)
    for ch in places:
        precision *= N.MULTIPLIERS[ch]
    return N._compose(segments), precision


@given(digits=st.text("0123456789", min_size=1, max_size=34), point=st.integers(0, 40),
       tail=st.sampled_from(["", "起", "人", ",", "%", "."]))
def test_plain_digits_read_as_composed(digits, point, tail):
    text = digits[:point] + "." + digits[point:] if 0 < point < len(digits) else digits
    got = N._read_arabic(text + tail, 0)
    if got is None:
        assert not N._arabic_segments(text + tail, 0)
        return
    value, precision = _composed(text + tail, 0)
    assert (str(got.value), str(got.precision)) == (str(value), str(precision))


NUMBER_TEXTS = st.lists(st.sampled_from(["1", "23", "1,188", ".5", "一", "二十", "百", "千万", "点", "半", "数十",
                                         "几百", "上千", "上升", "数据", "甲", "😀", "，"]), max_size=30).map("".join)


@given(NUMBER_TEXTS)
def test_candidate_positions_equal_finditer(text):
    """The scan tries the candidate pattern at each member of its first-character set, one
    position at a time: that equals ``finditer`` because every candidate is one character."""
    tried = [p for p in F._CANDIDATE_START.where(_chars.codes(text)).tolist() if F._CANDIDATE.match(text, p)]
    found = list(F._CANDIDATE.finditer(text))
    assert tried == [m.start() for m in found]
    assert all(m.end() - m.start() == 1 for m in found)


LAYOUT_TEXTS = st.lists(st.sampled_from(["甲", "1", " ", "\n", "\r\n", "\t", "\u3000", "萬", "元", "a", "。"]),
                        max_size=30).map("".join)


@given(LAYOUT_TEXTS)
def test_repair_patterns_that_open_with_their_character_equal_the_look_behind_first(text):
    """The repair's patterns open with the character they match (a digit, a line break) and look
    behind after it, so that the search skips to those characters: the same matches as the
    look-behind written first."""
    import importlib
    import re
    CL = importlib.import_module("analysis.engine.clean")
    plain = {CL._SPACED_DIGITS: re.compile(rf"(?<=[{CL.HAN}])[0-9](?: [0-9]){{2,}}(?=[{CL.HAN}])"),
             CL._LINE_BREAK_INDENT: re.compile("(?<=\\S)\r?\n(?:[ \t\u3000]*\r?\n)*[ \t\u3000]+")}
    for fast, slow in plain.items():
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in slow.finditer(text)]


LENGTH_TEXTS = st.lists(st.sampled_from(["1", "12", "三", "两", "十", "二十", "年", "天", "分", "个", "個", "半", "月",
                                         "小时", "时", "秒", "钟", "又", "零", "日", "夜", "周", "甲"]),
                         max_size=12).map("".join)


@given(LENGTH_TEXTS, st.integers(0, 30))
@example("两天又一个月", 3)
@example("七日七夜", 0)
def test_no_length_read_where_none_may_open(text, at):
    """The lengths of two units, days and nights, the halves after 个 and the parts after 又 are read
    only where a small number and 年, 天, 日, 分 or 个半 open them, or 又 comes before: where neither
    is, every one of them reads nothing."""
    from analysis.engine.dates import durations as DU
    pos = at % (len(text) + 1)
    readers = (DU.years_and_months, DU.days_and_hours, DU.minutes_and_seconds, DU.half_after_ge,
               DU.days_and_nights, DU.part_after_you)
    if not DU.may_open_length(text, pos):
        assert all(read(text, pos) is None for read in readers)


COMPARISON_TEXTS = st.lists(st.sampled_from(["较", "比", "同比", "按年", "去年同期", "增加", "减少", "上升", "降", "了",
                                             "、", "，", "1", "23", "宗", "人", "占", "例", "甲", "由", "至", "（", "-"]),
                            max_size=24).map("".join)


@given(COMPARISON_TEXTS, st.sampled_from(["", "增加", "减少了", "较去年增加了", "比上年同期下降", "同比增长了"]),
       st.sampled_from(["", "了", "、", "12宗、", " ", "了 "]), COMPARISON_TEXTS, st.integers(-1, 60))
@example("", "较去年增加了", " ", "", -1)
@example("也", "较去年同期减少", " ", "，", -1)
def test_differences_and_bases_equal_their_patterns_searched_everywhere(head, verb, tail, rest, at):
    """A difference is sought only where a change verb (or one and 了, then at most a space) or 、
    ends the look-back, a
    base only where 较 or 比 stands in it: the same answers as searching the patterns always."""
    from analysis.engine import differences as DF
    text = head + verb + tail + "5人" + rest
    start = len(head + verb + tail) if at < 0 else at % (len(text) + 1)
    m = DF._DIFFERENCE.search(text, max(0, start - DF._LOOK_BACK), start) or DF._DIFFERENCE_LISTED.search(
        text, max(0, start - DF._LIST_LOOK_BACK), start)
    plain = (-1 if m["verb"] in DF.V.DOWN_VERBS else 1) if m else DF._signed_in_bracket(text, start)
    assert DF.difference_sign(text, start) == plain
    from_base = DF._FROM_BASE.search(text, max(0, start - 1), start) and DF._TO_LEVEL.match(text, start)
    base = bool(from_base) or (DF._BASE.search(text, max(0, start - DF._LOOK_BACK), start) is not None
                               and plain is None)
    assert DF.is_base(text, start) == base


ROLE_TEXTS = st.lists(st.sampled_from(["已", "经", "同期", "去年", "上年", "为", "的", "查获", "，", "1", "甲", "计划"]),
                      max_size=12).map("".join)


@given(ROLE_TEXTS)
def test_role_patterns_are_sought_only_where_their_word_is(text):
    """_target seeks 已 done only where 已 is, _base_period a base period only where 同期 is: each
    pattern holds its word, so it finds nothing elsewhere."""
    from analysis.engine import roles as RO
    assert RO._DONE.search(text) is None or "已" in text
    assert RO._BASE_PERIOD.search(text) is None or "同期" in text
