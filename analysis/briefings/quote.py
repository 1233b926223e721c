"""Quoting a figure for readers: its words as repaired (Simplified, without the scrape's
artefacts) and its value as the one interval its text allows.

The engine keeps each figure's ``text`` as the raw copy has it (``8898萬余元``: the mirror's
Traditional characters), which is right for the inventory of what the source says; prose and
tables for readers quote the repaired span instead, and give a value through
:func:`analysis.briefings.intervals.figure_interval`, the one rounding rule for every figure (``4.88亿``
is read to its last written digit, like ``2.9万``; ``为期100天`` as written).

>>> from analysis.linxia import seed_briefing
>>> b = seed_briefing()
>>> money, assets = b.figures[16], b.figures[17]
>>> money.text, quote(b, money), quote(b, assets)
('8898萬余元', '8898万余元', '4.88亿元')
>>> span(assets, 1e6, 1, " million yuan"), span(money, 1e6, 2, " million yuan")
('at least 487.5 million yuan and below 489.0 million yuan', 'at least 88.98 million yuan and below 88.99 million yuan')
>>> span(b.figures[7], digits=2, unit=" kg")
'at least 17.55 kg and below 17.70 kg'
"""
from __future__ import annotations

from .intervals import Interval, figure_interval

__all__ = ["bounds_for_readers", "quote", "quoted", "repaired_texts", "value_interval", "span"]


def quote(b, fig) -> str:
    """The figure's words in the repaired (Simplified) text of briefing ``b``."""
    start, end = b.clean_span(fig)
    return b.text[start:end]


def value_interval(fig, scale: float = 1) -> Interval | None:
    """The figure's interval (written digits read as rounded) divided by ``scale``; None when
    its text allows none (a date, an ``about``)."""
    iv = figure_interval(fig)
    return None if iv is None else iv / scale


def span(fig, scale: float = 1, digits: int = 1, unit: str = "") -> str:
    """The figure's interval as text, e.g. ``at least 487.5 million yuan and below 489.0 million yuan``; "not stated" when none."""
    iv = value_interval(fig, scale)
    return "not stated" if iv is None else iv.fmt(digits, unit)


def quoted(b, frame, figure: str = "figure", text: str = "text"):
    """A copy of ``frame`` whose ``text`` column quotes the repaired span of each row's figure
    (column ``figure``: an index into ``b.figures``); rows without a figure keep their text.

    >>> import pandas as pd
    >>> from analysis.linxia import seed_briefing
    >>> b = seed_briefing()
    >>> quoted(b, pd.DataFrame({"figure": [16, None], "text": ["8898萬余元", "全力以赴"]}))["text"].tolist()
    ['8898万余元', '全力以赴']
    """
    import pandas as pd

    out = frame.copy()
    out[text] = [t if pd.isna(i) else quote(b, b.figures[int(i)])
                 for i, t in zip(out[figure], out[text])]
    return out


def repaired_texts(b, texts) -> list[str]:
    """Each raw figure text in ``texts`` (a figure's ``text``, as in a table of figures) as the
    repaired text quotes it; a text that is no figure's is kept.

    >>> from analysis.linxia import seed_briefing
    >>> repaired_texts(seed_briefing(), ["8898萬余元", "為期100天", "237起", "不是数字"])
    ['8898万余元', '为期100天', '237起', '不是数字']
    """
    repaired = {f.text: quote(b, f) for f in b.figures}
    return [repaired.get(t, t) for t in texts]


def _number_text(value: float) -> str:
    return f"{value:,.2f}".rstrip("0").rstrip(".") if value == value else ""


def bounds_for_readers(b, table):
    """A bounds table (:func:`analysis.briefings.checks.bounds_table`) as readers see it: the repaired
    quote, and ``low``/``high`` written out (``88,980,000``, ``17.55``), not in exponent form.

    >>> from analysis.briefings.checks import bounds_table
    >>> from analysis.linxia import seed_briefing
    >>> b = seed_briefing()
    >>> bounds_for_readers(b, bounds_table(b))[["text", "low", "high"]].values.tolist()[:2]
    [['17.6公斤', '17.55', '17.7'], ['8898万余元', '88,980,000', '88,990,000']]
    """
    return table.assign(text=repaired_texts(b, table["text"]),
                        low=table["low"].map(_number_text), high=table["high"].map(_number_text))
