"""Each short cut in the engine gives exactly what the plain path it stands for gives."""
from hypothesis import given, strategies as st

from analysis.engine import numerals as N, vetoes as VT

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
