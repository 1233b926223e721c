"""Absolute differences: the figure a relative change after one of them belongs to (private).

Briefings write a level, its absolute difference from a base period, then the relative change:
``10,831宗，較2023年同期增加1,178宗，上升12.2%`` or ``54宗，…較2023年同期減少41宗，降幅達43.2%``.
The percentage is the change of the level (10,831), not of the difference (1,178), whose own
change is never stated. A figure is a difference when a change verb stands right before it,
after a comparison (较/比/相比, or a base: 同比, 按年) or opening its clause (…1245人，减少274人). The change goes to the nearest figure before the
difference in the same sentence with the same unit and measure word, and only where the three
numbers agree: the difference over the base (level − difference after a rise, level + difference
after a fall) gives the stated change within rounding. Otherwise no figure takes it.

>>> difference_sign("较2023年同期增加1,178宗", 10)
1
>>> t = "分别较去年同期成长13件(增加20.97%)、78人(增加9.51%)"
>>> difference_sign(t, t.index("78"))
1
>>> implied_change(Decimal(10831), Decimal(1178), 1)
Decimal('12.2')

A base figure (较2022年的70,048宗) is never the level: the change after it goes to the figure
before, where level and base give it (90,276 against 70,048: +28.9 %).

>>> is_base("较2022年的70,048宗", 7), change_from_base(Decimal(90276), Decimal(70048))
(True, Decimal('28.9'))
"""
from __future__ import annotations

import re
from decimal import Decimal

from . import vocab as V

__all__ = ["difference_sign", "implied_change", "agrees", "is_base", "change_from_base", "bracket_change_sign"]

_VERBS = "|".join(sorted(V.UP_VERBS + V.DOWN_VERBS, key=len, reverse=True))
_BASES = "|".join(sorted((b for b, _ in V.BASES), key=len, reverse=True))
#: A verb right before the number, after a comparison (较/比 and at most 14 characters: 較2023年
#: 同期增加, 比上年同期减少; or a base: 同比, 按年) or opening its clause (1245人，减少274人).
_DIFFERENCE = re.compile(rf"(?:[较比][^，,。；;：:\n]{{0,14}}?|{_BASES}|[，,])(?P<verb>{_VERBS})了? ?$")  # 減少 3 件: a layout's space
_LOOK_BACK = 24
#: A later item of a list of differences after one verb (75件、898人,分別較去年同期成長13件(增加20.97%)、
#: 78人(增加9.51%): Ministry of the Interior, 2016; tests/cases/heldout14): the verb after a comparison,
#: the first item, and 、 right before this one.
_DIFFERENCE_LISTED = re.compile(rf"(?:[较比][^，,。；;：:\n]{{0,14}}?|{_BASES})(?P<verb>{_VERBS})了?"
                                rf"[0-9][^，,。；;：:\n、]{{0,24}}、$")
_LIST_LOOK_BACK = 48
#: 较/比 and at most 12 characters right before the number, none a change verb at its end: the
#: figure is the base of a comparison (較2022年的70,048宗, 较上年同期2378起, 较上年同期破现案695起,
#: 較113年度208件), not a level. 占比/比例/比重/比率 are not comparisons.
_BASE = re.compile(r"(?<![占])[较比](?![例重率])[^，,。；;：:\n]{0,12}?$")
#: 由/从 right before a number with 至/到 later in its clause: the number is where a movement starts,
#: the base, and the figure after 至 its level (暴力罪案由8 884宗增加806宗(+9.1%)至9 690宗: Hong Kong
#: Police, 2019, tests/cases/heldout11).
_FROM_BASE = re.compile(r"[由从從]$")
_TO_LEVEL = re.compile(r"[^，,。；;：:\n]{1,40}?[至到]")
#: How far a stated change may be from the one the level and difference give: half a point for
#: a change rounded to whole percent, plus 6 % of the change for rounded levels (3.5万起).
_TOLERANCE_POINTS = Decimal("0.5")
_TOLERANCE_SHARE = Decimal("0.06")


_VERB_TUPLE = tuple(V.UP_VERBS + V.DOWN_VERBS)


def _verb_ends_at(s: str, lo: int, end: int) -> bool:
    """A change verb, alone or with 了, then at most a space, ends ``s[lo:end]``: what
    :data:`_DIFFERENCE` needs (no verb ends in 了), tested before its search from every position
    of the look-back."""
    end -= s.endswith(" ", lo, end)
    end -= s.endswith("了", lo, end)
    return s.endswith(_VERB_TUPLE, lo, end)


def difference_sign(s: str, start: int) -> int | None:
    """+1 or -1 when the figure starting at ``s[start]`` is an absolute difference (增加1,178宗
    after 较…), else None."""
    lo = max(0, start - _LOOK_BACK)
    m = _DIFFERENCE.search(s, lo, start) if _verb_ends_at(s, lo, start) else None
    if m is None and s.endswith("、", 0, start):  # a later item of a list of differences
        m = _DIFFERENCE_LISTED.search(s, max(0, start - _LIST_LOOK_BACK), start)
    if m is None:
        return _signed_in_bracket(s, start)
    return -1 if m["verb"] in V.DOWN_VERBS else 1


def _signed_in_bracket(s: str, start: int) -> int | None:
    """The direction of a signed difference in brackets after its change (下降13.9%(-459宗))."""
    if start < 1 or s[start - 1] not in "(（" or s[start:start + 1] not in V.MINUS_SIGNS + ("+", "＋"):
        return None
    return bracket_change_sign(s, start - 1)


def is_base(s: str, start: int) -> bool:
    """The figure starting at ``s[start]`` is the base a level is compared with (较2022年的70,048宗,
    or the start of a movement 由8 884宗增加806宗至9 690宗), not a difference (较上年同期增加20起)."""
    if _FROM_BASE.search(s, max(0, start - 1), start) and _TO_LEVEL.match(s, start):
        return True
    lo = max(0, start - _LOOK_BACK)
    compared = s.find("较", lo, start) >= 0 or s.find("比", lo, start) >= 0  # what _BASE opens with
    return compared and _BASE.search(s, lo, start) is not None and difference_sign(s, start) is None


def change_from_base(level: Decimal, base: Decimal) -> Decimal | None:
    """The relative change (in %, one decimal) from a base to a level, or None for a base of 0."""
    if base <= 0:
        return None
    return ((level - base) * 100 / base).quantize(Decimal("0.1"))


def implied_change(level: Decimal, difference: Decimal, sign: int) -> Decimal | None:
    """The relative change (in %, one decimal) that a level and its difference give, or None
    when the base they imply is not positive."""
    base = level - difference if sign > 0 else level + difference
    if base <= 0:
        return None
    return (sign * difference * 100 / base).quantize(Decimal("0.1"))


def agrees(stated: Decimal, implied: Decimal | None) -> bool:
    """The stated change is the implied one, within rounding."""
    if implied is None:
        return False
    return abs(stated - implied) <= _TOLERANCE_POINTS + _TOLERANCE_SHARE * abs(stated)


#: A change verb (or amplitude word) and its percentage right before an opening bracket: 下降13.9%(,
#: 同比上升5.2个百分点（. The signed count in the bracket is its absolute difference (Macau's quarterly
#: statistics, 2010: 整體犯罪共有2839宗,與去年同期比較,下降13.9﹪(-459宗); tests/cases/heldout13).
_WORDS = "|".join(sorted(V.UP_VERBS + V.DOWN_VERBS + tuple(V.AMPLITUDE), key=len, reverse=True))
_CHANGE_BEFORE_BRACKET = re.compile(rf"(?P<verb>{_WORDS})了?(?:为|為|达|達)?[0-9.]+(?:%|个?百分点) ?[（(]$")
_BRACKET_LOOK_BACK = 24


def bracket_change_sign(s: str, open_pos: int) -> int | None:
    """+1 or -1: the direction of the change written right before the bracket opening at
    ``open_pos`` (下降13.9%(-459宗) -> -1), else None.

    >>> s = "下降13.9%(-459宗)，上升幅度為18.5% (+5宗)，共有30宗(-2宗)"
    >>> [bracket_change_sign(s, s.index(c)) for c in ("(-4", "(+5", "(-2")]
    [-1, 1, None]
    """
    m = _CHANGE_BEFORE_BRACKET.search(s, max(0, open_pos - _BRACKET_LOOK_BACK), open_pos + 1)
    if m is None:
        return None
    verb = m["verb"]
    return V.AMPLITUDE[verb] if verb in V.AMPLITUDE else -1 if verb in V.DOWN_VERBS else 1
