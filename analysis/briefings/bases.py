"""Checks of a level against its change: the base a change implies, the base the text states,
and a stated difference (增加934起) against level and base.

Every bound comes from how the numbers are written: the level's interval
(:func:`~analysis.briefings.intervals.figure_interval`, ``[x − ½u, x + u)`` for a rounded
total), the change's own written precision (:func:`~analysis.briefings.intervals.change_interval`)
and the stated base's interval. A check fails only when the intervals cannot meet; where the
writing leaves too much room, or the arithmetic would mean nothing (money across currencies, a
rate whose change may be in points), the row says so and is ``skipped``. The whole-number check
runs only where the implied base spans less than one: an interval one wide or wider always holds
a whole number, so there the check could not fail and is ``skipped`` as not testable at this
precision (its candidates still listed).
"""
from __future__ import annotations

import math

from .intervals import Interval, base_interval, change_interval, figure_interval, whole_number_chance
from .links import Measured, in_change_list, label, level_links, listed, numeric, role_of

__all__ = ["base_checks", "Row", "row", "overlap"]

#: Units of a rate: a change of a rate may be in points or in per cent of it (上升4% of 44.4%).
RATE_UNITS = ("percent", "pp")
#: Candidates of a whole-number base listed by value; more are counted, never listed.
MOST_LISTED = 5

Row = dict


def row(name: str, figures: str, premise: str, arithmetic: str, result: str, reason: str = "",
        could_catch: str = "", caveat: str = "") -> Row:
    """One row of the checks table (see :func:`analysis.briefings.checks.run_checks`)."""
    return {"name": name, "figures": figures, "premise": premise, "arithmetic": arithmetic,
            "result": result, "reason": reason, "could_catch": could_catch, "caveat": caveat}


def overlap(a: Interval, b: Interval) -> bool:
    """Whether two intervals meet (ends included: the lenient reading, so no false fail)."""
    return a.low <= b.high and b.low <= a.high


def _signed(fig, raw: str) -> Interval:
    iv = figure_interval(fig)
    return iv if role_of(fig, raw) == "increase" else Interval(-iv.high, -iv.low)


_PREMISE_BASE = ("the change compares this level with the same measure over the base period (同比: the same "
                 "span a year earlier), and both are written rounded or truncated to their last digit")


def _changed(m: Measured) -> str:
    """The level and its change as the figures column shows them."""
    c = m.change or m.level
    return f"{m.level.text}, {c.change_text or ''}".rstrip(", ")


def _skip(m: Measured, reason: str) -> Row:
    f = m.level
    return row(f"Implied base ({label(f)})", _changed(m),
               _PREMISE_BASE, "", "skipped", reason)


def _why_not(m: Measured) -> str | None:
    """Why the level's change cannot imply a base, or None when it can."""
    f, c = m.level, m.change
    if f.unit in RATE_UNITS:
        return "a rate: its change may be in percentage points or in per cent of the rate"
    if figure_interval(f) is None:
        return f"{f.qualifier}: the level's writing gives no bounds"
    if change_interval(c) is None:
        return (f"the change ({c.change_text}) is written in 倍, 成, words or points, or its number is not "
                "found: its precision cannot be read (上升4倍 reads as ×5 or ×4)")
    if change_interval(c).high <= -100:
        return "a fall of 100 % or more leaves no base"
    return None


def _implied(m: Measured) -> Interval:
    return base_interval(figure_interval(m.level), change_interval(m.change))


def _change_start(m: Measured) -> int:
    """Where the level's change is written (raw offsets): the change figure's own start, or the
    first step that read the level's change."""
    if m.change is not m.level:
        return m.change.start
    return min((s.start for s in m.level.steps if s.rule.startswith("change.")), default=m.level.end)


#: Words that open a comparison of their own (较2019年的500起, 比上年的…, 与…相比): a base written
#: after the level's change behind one of them belongs to that other comparison, not to the change.
#: 较 and 比 "compared with" and 相比 (与…相比 "compared with …") in their common senses as
#: comparison markers; not checked against a grammar source here.
OTHER_COMPARISON = ("较", "比", "相比")


def _change_end(m: Measured) -> int:
    """Where the level's change ends (raw offsets), so that its own 同比 is not read as a new
    comparison."""
    if m.change is not m.level:
        return m.change.end
    return max((s.end for s in m.level.steps if s.rule.startswith("change.")), default=m.level.end)


def _of_the_change(m: Measured, fig, raw: str) -> bool:
    """Whether a stated base or difference belongs to the comparison the change states: written
    before the change (较去年同期的N起上升X%, 增加N起，升幅X%), a signed restatement right after
    it (同比上升12.5% (+565宗)), or a base stated after it in the same sentence or in brackets
    (同比上升15%，去年同期为180起; （去年同期180起）). A base after the change that opens a
    comparison of its own (…，较2019年的500起翻一番: a comparison word before it, or a change of
    its own) is another comparison and is not used."""
    if fig.start < _change_start(m) or role_of(fig, raw) != fig.role:
        return True
    return fig.role == "base" and _restated_base(m, fig, raw)


def _restated_base(m: Measured, fig, raw: str) -> bool:
    """A base after the level's change with no comparison of its own: no change attached to it,
    and no word of :data:`OTHER_COMPARISON` between the change and it."""
    between = raw[_change_end(m):fig.start]
    return fig.change_pct is None and not any(w in between for w in OTHER_COMPARISON)


def _stated(m: Measured, raw: str) -> tuple[Interval, str] | None:
    """The base the text states for the level's change, or the one its stated difference gives."""
    bases = [f for f in m.bases if _of_the_change(m, f, raw)]
    differences = [f for f in m.differences if _of_the_change(m, f, raw)]
    if len(bases) == 1 and numeric(bases[0]) and figure_interval(bases[0]):
        return figure_interval(bases[0]), f"the stated base {bases[0].text}"
    if not bases and len(differences) == 1 and figure_interval(differences[0]):
        d = differences[0]
        return figure_interval(m.level) - _signed(d, raw), f"level − stated difference ({m.level.text} − {d.text})"
    return None


def _against_stated(m: Measured, base: Interval, stated: tuple[Interval, str]) -> Row:
    f, (given, how) = m.level, stated
    return row(f"Implied base against the base the text states ({label(f)})",
               f"{_changed(m)}; {how}", _PREMISE_BASE + "; the stated base is of the same measure",
               f"{f.text} / (1 + {m.change.change_pct:g}%) = {base.fmt(2)}; {how} = {given.fmt(2)}",
               "pass" if overlap(base, given) else "fail",
               could_catch="a mistyped level, change or base, or a change computed on another base")


def _whole_numbers(base: Interval) -> float:
    """How many whole numbers lie in ``base`` (``inf`` for an unbounded top)."""
    if math.isinf(base.high):
        return math.inf
    return max(0, math.floor(base.high) - math.ceil(base.low) + 1)


def _whole_number(m: Measured, base: Interval) -> Row:
    f, whole = m.level, _whole_numbers(base)
    shown = (", ".join(str(n) for n in range(math.ceil(base.low), math.floor(base.high) + 1))
             if whole <= MOST_LISTED else f"{whole:,} whole numbers")
    testable = base.width < 1
    return row(f"Implied base is a whole number ({label(f)})", _changed(m),
               _PREMISE_BASE + "; the level is a count written exactly, so its base is a whole number",
               f"{f.value} / (1 + {m.change.change_pct:g}%) = {base.fmt(2)}; whole numbers in range: {shown or 'none'}",
               ("pass" if whole else "fail") if testable else "skipped",
               "" if testable else f"not testable at this precision: the implied base spans {base.width:,.2f}, "
                                   "and a range one wide or wider always holds a whole number, so the check cannot fail",
               could_catch=f"a mistyped count or percentage; but a wrong pair passes by chance about "
                           f"{whole_number_chance(base):.0%} of the time (the width of the range)",
               caveat="同比 without its base: the base is inferred, and the period compared is not stated; a fail "
                      "says the count and the change cannot both be exact for one whole base: a typo, a count "
                      "revised after the change was computed, or a change of another measure")


def _too_coarse(m: Measured, base: Interval) -> Row:
    f = m.level
    if f.unit != "count":
        why = f"not a count ({f.unit}): its base need not be a whole number, and the text states no base"
    else:
        width = "an unbounded range" if math.isinf(base.high) else f"{_whole_numbers(base):,} whole numbers"
        why = f"a rounded level ({f.text}) is too coarse to test: the base lies in {base.fmt(0)}, {width}"
    return _skip(m, why)


def _currencies(m: Measured) -> set:
    return {f.unit for f in (m.level, *m.bases, *m.differences)}


def _base_row(m: Measured, raw: str) -> Row:
    why = _why_not(m) or (len(_currencies(m)) > 1 and
                          f"money across currencies ({', '.join(sorted(_currencies(m)))}): not compared")
    if why:
        return _skip(m, why)
    base, stated = _implied(m), _stated(m, raw)
    if stated:
        return _against_stated(m, base, stated)
    if m.level.unit == "count" and figure_interval(m.level).width == 0:
        return _whole_number(m, base)
    return _too_coarse(m, base)


def _difference_row(m: Measured, raw: str) -> Row | None:
    """A stated difference against level and stated base, where all three are written."""
    if not (m.bases and m.differences):
        return None
    f, b, d = m.level, m.bases[0], m.differences[0]
    name, figs = f"Stated difference against level and base ({label(f)})", f"{f.text}, {b.text}, {d.text}"
    premise = "the difference, the level and the base are of one measure, the base the level is compared with"
    if len(m.bases) > 1 or len(m.differences) > 1:
        return row(name, figs, premise, "", "skipped",
                   "several bases or differences follow: their order does not say which belongs to which")
    if len(_currencies(m)) > 1:
        return row(name, figs, premise, "", "skipped",
                   f"money across currencies ({', '.join(sorted(_currencies(m)))}): not compared")
    lv, bv, dv = figure_interval(f), figure_interval(b), figure_interval(d)
    if None in (lv, bv, dv):
        return row(name, figs, premise, "", "skipped", "a figure whose writing gives no bounds (约, 左右)")
    gap = lv - bv
    return row(name, figs, premise, f"{f.text} − {b.text} = {gap.fmt(0)}; stated {_signed(d, raw).fmt(0)}",
               "pass" if overlap(gap, _signed(d, raw)) else "fail",
               could_catch="a mistyped level, base or difference")


def _changeless_row(measured: list[Measured]) -> Row | None:
    """One row for the counts with no change to test: what was not checked."""
    quiet = [m.level for m in measured if m.change is None and m.level.unit == "count"
             and m.level.period == "reporting" and not (m.differences or m.changes)]
    if not quiet:
        return None
    return row("Implied base (levels without a change)", listed(quiet), _PREMISE_BASE, "", "skipped",
               f"{len(quiet)} count(s) state no change: a total without a change implies no base")


def _apart_row(m: Measured) -> Row:
    """A level whose change is stated apart: not used to infer a base."""
    return _skip(m, f"the change ({m.changes[0].text}) is stated apart from the level: that it compares this "
                    "very measure is a reading, not a statement, so no base is inferred from it")


def _unpaired_row(b, measured: list[Measured]) -> Row | None:
    """One row for the changes stated with no level of their class in their clause."""
    paired = {c.index for m in measured for c in m.changes + m.compared}
    alone = [f for f in b.figures if f.value is None and f.change_pct is not None and f.index not in paired]
    if not alone:
        return None
    return row("Implied base (changes without a level)", listed(alone), _PREMISE_BASE, "", "skipped",
               f"{len(alone)} change(s) stated with no level of the same metric class in their clause: a change "
               "without a level implies no base")


def _listed_change_row(m: Measured) -> Row:
    """A level that stands in a list of changes (分别较去年同期成长13件、78人): not a level."""
    return _skip(m, f"{m.level.text} stands in a list that 分别 and a change verb open: it is the change of an "
                    "item named before it, not a level, whatever role it was read in")


def _measured(b) -> list[Measured]:
    """The level links of ``b``, no figure of a list of changes taken as a stated base."""
    return [m._replace(bases=tuple(f for f in m.bases if not in_change_list(b, f)))
            for m in level_links(b.figures, b.raw)]


def _level_row(b, m: Measured) -> Row:
    if in_change_list(b, m.level):
        return _listed_change_row(m)
    return _base_row(m, b.raw) if m.change is not None else _apart_row(m)


def base_checks(b) -> list[Row]:
    """The base and difference checks of a briefing, skipped rows included."""
    measured = _measured(b)
    rows = [_level_row(b, m) for m in measured if m.change is not None or m.changes]
    rows += [r for r in (_difference_row(m, b.raw) for m in measured) if r]
    rows += [r for r in (_changeless_row(measured), _unpaired_row(b, measured)) if r]
    return rows
