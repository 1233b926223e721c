"""Character classes shared by the repair and figure modules (private)."""
from __future__ import annotations

import re

HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
#: CJK punctuation, full-width forms, curly quotes, ellipsis, dashes, middle dot.
CJK_PUNCT = "\u3000-\u303f\uff00-\uffef\u2018-\u201f\u2026\u2014\u00b7"
PINYIN_LETTERS = "a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüêḿńňǹ"

HAN_RE = re.compile(f"[{HAN}]")


def is_han(ch: str) -> bool:
    """True for a CJK ideograph.

    >>> is_han("機"), is_han("a"), is_han("，")
    (True, False, False)
    """
    return bool(ch) and HAN_RE.match(ch) is not None


def is_cjk(ch: str) -> bool:
    """True for a CJK ideograph or a CJK/full-width punctuation mark.

    >>> is_cjk("、"), is_cjk("“"), is_cjk(",")
    (True, True, False)
    """
    return bool(ch) and (is_han(ch) or re.match(f"[{CJK_PUNCT}]", ch) is not None)


#: Full-width digits and signs mapped to ASCII (same length, so offsets survive).
FULLWIDTH = str.maketrans("０１２３４５６７８９．％", "0123456789.%")
