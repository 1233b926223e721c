"""Which figures of a sentence belong together: a level, the base it is compared with, the
difference it moved by, the change stated apart, and the parts a linking word gives it.

A figure's role, period and metric class come from the engine (:mod:`analysis.engine.roles`);
this module only pairs them, within one sentence and one measure (unit, measure word and metric
class), so that no check ever adds an increase, a base, an example or an earlier period to a
level.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from ..engine.metric_classes import classify
from ..engine.rules import Step
from ..engine.vocab import DOWN_VERBS, MONEY_UNITS, UP_VERBS

__all__ = ["Measured", "sentences", "measure", "label", "numeric", "level_links", "LINKS", "linked_parts", "role_of",
           "same_sentence_after", "same_sentence_before", "listed", "engine_total",
           "in_change_list", "headline_figure", "HEADLINE"]


def label(fig) -> str:
    """What a check calls a figure: its metric, else its metric class, else its text."""
    return fig.metric or fig.metric_class or fig.text


def numeric(fig) -> bool:
    """A figure whose value is a number (not a date, a range without a value, a flag)."""
    return isinstance(fig.value, (int, float)) and not isinstance(fig.value, bool)


def measure(fig) -> tuple:
    """What a figure measures: unit (any currency as ``money``, so that a check can say it does
    not compare two currencies), measure word and metric class; two figures compare only when
    these are equal."""
    return ("money" if fig.unit in MONEY_UNITS else fig.unit), fig.measure_word, fig.metric_class


def sentences(figures) -> list[list]:
    """The figures grouped by the sentence they stand in (consecutive figures of one sentence)."""
    groups: list[list] = []
    for fig in figures:
        if groups and groups[-1][-1].sentence == fig.sentence and fig.sentence:
            groups[-1].append(fig)
        else:
            groups.append([fig])
    return groups


class Measured(NamedTuple):
    """A level with the figures of its sentence that are compared with it."""

    level: object
    bases: tuple
    differences: tuple
    changes: tuple  # changes stated apart (a change with no figure of its own)
    compared: tuple = ()  # the change right after a stated base (较去年同期的1000起上升23.4%)

    @property
    def change(self):
        """The figure that carries the level's change: the level itself, else the change that
        follows its stated base; None when neither."""
        if self.level.change_pct is not None:
            return self.level
        return self.compared[0] if len(self.compared) == 1 else None


_BASE_BEFORE = "role.base_from"  # 由N增加至M: the base stands before its level
#: A sign right before a number (同比上升12.5% (+565宗)): the number is a difference, never a
#: base, whatever its role says (a base of comparison is not signed).
_SIGNS = frozenset("+-−＋－")
_CLAUSE_BREAKS = ("；", "。", ";")


def role_of(fig, raw: str) -> str | None:
    """A figure's role for pairing: the engine's, except that a signed base is a difference."""
    if fig.role == "base" and raw[max(fig.start - 1, 0):fig.start] in _SIGNS:
        return "increase" if raw[fig.start - 1] in "+＋" else "decrease"
    return fig.role


def level_links(figures, raw: str) -> list[Measured]:
    """Each level (role ``level``, a number) with the bases, differences and changes stated
    apart that its clause gives for the same measure: a base or difference belongs to the last
    level of its measure before it in its sentence, with no semicolon between (a 由/从 base to
    the next one); a change stated apart to the last level of the same metric class. ``raw`` is
    the text the figures' offsets point into."""
    links: dict[int, dict] = {}
    for group in sentences(figures):
        _link_sentence(group, links, raw)
    return [Measured(v["level"], tuple(v["base"]), tuple(v["difference"]), tuple(v["change"]),
                     tuple(v["compared"])) for v in links.values()]


def _link_sentence(group: list, links: dict, raw: str) -> None:
    last: dict[tuple, object] = {}
    waiting: dict[tuple, list] = {}
    previous = None
    for fig in group:
        role = role_of(fig, raw)
        if role == "level" and numeric(fig):
            links[fig.index] = {"level": fig, "base": waiting.pop(measure(fig), []), "difference": [],
                                "change": [], "compared": []}
            last[measure(fig)] = fig
        elif role == "base" and any(s[0] == _BASE_BEFORE for s in fig.steps):
            waiting.setdefault(measure(fig), []).append(fig)
        elif role in ("increase", "decrease") and fig.value is None:
            _attach_change(fig, previous, last, links, raw)
        else:
            _attach(fig, role, _within_clause(last, fig, raw), links)
        previous = fig


def _attach_change(change, previous, last: dict, links: dict, raw: str) -> None:
    """A change right after a stated base (its verb between, no comma) is the change of that
    comparison; any other change stated apart goes to the level of its metric class."""
    owner = next((v for v in links.values() if previous is not None and previous in v["base"]), None)
    if owner is not None and not any(c in raw[previous.end:change.start] for c in "，,；;。"):
        owner["compared"].append(change)
        return
    level = _level_of_change(change, last)
    if level is not None:
        links[level.index]["change"].append(change)


def _level_of_change(change, last: dict):
    """The latest level of the sentence whose metric class the change names: its own class, or
    the class its metric would have for the level's unit (破案数同比上升20% after 破获刑事案件300起)."""
    for level in sorted(last.values(), key=lambda f: f.index, reverse=True):
        named = change.metric_class or classify(change.metric or "", level.unit, level.measure_word)[0]
        if level.metric_class and named == level.metric_class:
            return level
    return None


def _within_clause(last: dict, fig, raw: str) -> dict:
    """The levels of ``last`` with no clause break between them and ``fig``."""
    return {k: f for k, f in last.items() if not any(c in raw[f.end:fig.start] for c in _CLAUSE_BREAKS)}


def _attach(fig, role: str | None, last: dict, links: dict) -> None:
    money = [f for k, f in last.items() if k[0] == "money"]
    if role == "base" and measure(fig) in last:
        links[last[measure(fig)].index]["base"].append(fig)
    elif role == "base" and measure(fig)[0] == "money" and fig.metric_class is None and money:
        links[max(money, key=lambda f: f.index).index]["base"].append(fig)  # a base in another currency
    elif role in ("increase", "decrease") and numeric(fig) and measure(fig) in last:
        links[last[measure(fig)].index]["difference"].append(fig)


#: Words that make the counts after a total its parts, with their reading: 其中 "among them, of
#: which" (refers back to a group just named and singles out part of it) and 当中 "among" (after
#: a group; Hong Kong's usual word: 當中投資騙案的總損失為15.5億 in h2-hk2024), both as glossed at
#: https://wordloci.com/chinese/grammar-intermediate/cgi-qizhong-within/ and
#: .../grammar-advanced/cga-dangzhong/; 包括/包含 "including" and 分别 "respectively"
#: (distributing the values that follow over the items named before it) in their common senses,
#: not checked against a dictionary entry here (《现代汉语词典》 was not consulted); and a colon
#: right after the total opening its breakdown.
LINKS = {"其中": "among them", "当中": "among them", "包括": "including", "包含": "including",
         "分别": "respectively", "：": "a colon opening a breakdown"}
#: Words that open a new topic after a breakdown (另 "besides", 此外, 同时, 还 "also", 并 "and
#: then"): what follows is not a part of the total.
_NEW_TOPIC = ("另", "此外", "同时", "还", "并")


#: Words that open a clause of parts after a semicolon (230起；其中盗窃案件30起): the clause break
#: before them does not end the breakdown.
_OPENING_LINKS = ("其中", "当中")


def linked_parts(b, total) -> tuple[list, str | None, list]:
    """The parts of ``total`` that a word of :data:`LINKS` links to it: later levels of the same
    period and measure after the word, up to the end of the clause (a semicolon, unless 其中 opens
    the next clause) or of the sentence, or the next sentence when it opens with 其中 (the
    engine's ``parent`` link, :func:`engine_total`). Also returns the linking word and the linked
    levels of another measure (other parts, not added)."""
    parts, word, others = _collect(b, total, same_sentence_after(b.figures, total), b.clean_span(total)[1])
    following = _next_sentence_parts(b, total)
    if not parts and following:
        parts, word, others = _collect(b, total, following, b.clean_span(following[0])[0])
    return parts, word, others


def _collect(b, total, after: list, origin: int) -> tuple[list, str | None, list]:
    """The linked parts among ``after``, the gap to each measured from ``origin`` (clean offsets)."""
    parts, others, word, prev_end = [], [], None, origin
    for fig in after:
        start = b.clean_span(fig)[0]
        gap, step = b.text[origin:start], b.text[prev_end:start]
        prev_end = max(prev_end, b.clean_span(fig)[1])
        if _clause_ends(gap) or (word and any(w in step for w in _NEW_TOPIC)):
            break
        found = next((w for w in LINKS if w in gap), None) or ("其中" if engine_total(b, fig) is total else None)
        if found is None or fig.role != "level" or not numeric(fig) or fig.period != total.period \
                or in_change_list(b, fig):
            continue
        if found != "其中" and fig.metric_class is None:  # only the engine's 其中 link stands without a class
            continue
        word = word or found
        if measure(fig) == measure(total):
            parts.append(fig)
        elif measure(fig)[:2] == measure(total)[:2]:
            others.append(fig)
    return parts, word, others


def _clause_ends(gap: str) -> bool:
    """Whether a clause break in ``gap`` ends the breakdown: one not followed by 其中 or 当中.

    >>> _clause_ends("，同比上升5%；另"), _clause_ends("；其中破获盗窃案件"), _clause_ends("、")
    (True, False, False)
    """
    last = max(gap.rfind(c) for c in _CLAUSE_BREAKS)
    return last >= 0 and not gap[last + 1:].lstrip("，, ").startswith(_OPENING_LINKS)


def engine_total(b, part):
    """The total the engine's 其中 link (``parent``) gives ``part``, never a figure of another
    period: a parent that is not a level of the part's period (…，去年同期为200起。其中… links to
    the base) gives way to the last level before it in its sentence of the part's period and
    measure, else None."""
    if part.parent is None or not 0 <= part.parent < len(b.figures):
        return None
    parent = b.figures[part.parent]
    if parent.role == "level" and parent.period == part.period:
        return parent
    earlier = [parent] + same_sentence_before(b.figures, parent)
    return next((f for f in earlier if f.role == "level" and f.period == part.period
                 and measure(f) == measure(part)), None)


#: Marks that end a sentence (in the clean text).
_SENTENCE_ENDS = "。！？!?"


def _next_sentence_parts(b, total) -> list:
    """The figures of the sentence right after ``total``'s, from the first one the engine's 其中
    link ties to ``total`` (:func:`engine_total`); empty when none is, or when another sentence
    stands between (…41名。在打击涉养老领域犯罪中，…重拳出击。其中…6名: 其中 refers to the
    sentence before it, which names no count)."""
    rest = b.figures[_position(b.figures, total) + 1:]
    following = [f for f in rest if f.sentence != total.sentence]
    sentence = [f for f in following if following and f.sentence == following[0].sentence and f.sentence]
    first = next((i for i, f in enumerate(sentence) if engine_total(b, f) is total), None)
    if first is None:
        return []
    between = b.text[b.clean_span(total)[1]:b.clean_span(sentence[first])[0]]
    return sentence[first:] if sum(between.count(c) for c in _SENTENCE_ENDS) <= 1 else []


def _position(figures: list, fig) -> int:
    """Where ``fig`` stands in ``figures`` (its index, when the list is the briefing's own)."""
    at = fig.index
    if 0 <= at < len(figures) and figures[at] is fig:
        return at
    return next(i for i, f in enumerate(figures) if f is fig or f.index == fig.index)


def same_sentence_after(figures: list, fig) -> list:
    """The figures after ``fig`` in its sentence."""
    out = []
    for f in figures[_position(figures, fig) + 1:]:
        if f.sentence != fig.sentence or not f.sentence:
            break
        out.append(f)
    return out


def same_sentence_before(figures: list, fig) -> list:
    """The figures before ``fig`` in its sentence, nearest first."""
    out = []
    for f in reversed(figures[:_position(figures, fig)]):
        if f.sentence != fig.sentence or not f.sentence:
            break
        out.append(f)
    return out


def listed(figures, most: int = 5) -> str:
    """Figure texts joined, at most ``most`` of them and how many more: output stays short.

    >>> listed([type("F", (), {"text": t})() for t in "abcdefg"], 3)
    'a, b, c and 4 more'
    """
    texts = [f.text for f in figures]
    shown = ", ".join(texts[:most])
    return shown if len(texts) <= most else f"{shown} and {len(texts) - most} more"


#: What ends a stretch of a clause: a comma or a clause or sentence break.
_STRETCH_BREAKS = re.compile("[，,。；;！？!?]")


def in_change_list(b, fig) -> bool:
    """Whether ``fig`` stands in a list that 分别 "respectively" and a change verb open in one
    stretch of its clause (分别较去年同期成长13件、78人; 同比分别增加13起、78人; 增加分别为…): each
    such figure is the change of an item named before it, whatever role it was read in, so no
    check reads it as a level or a base. Change verbs: the engine's ``UP_VERBS`` and
    ``DOWN_VERBS``; 分别 as read in :data:`LINKS`.

    >>> from analysis.briefings.briefing import Briefing
    >>> b = Briefing("侦破诈欺集团75件、898人，分别较去年同期成长13件(增加20.97%)、78人(增加9.51%)。", None)
    >>> [f.text for f in b.figures if in_change_list(b, f)]
    ['13件', '78人']
    """
    before = b.text[:b.clean_span(fig)[0]]
    stretch = before[max((m.end() for m in _STRETCH_BREAKS.finditer(before)), default=0):]
    return "分别" in stretch and any(v in stretch for v in UP_VERBS + DOWN_VERBS)


#: What the headline figure is, in the words every output uses.
HEADLINE = ("the first level of the reporting period with a metric class, in text order (a briefing leads "
            "with what it counts most; a title that states one comes first), with its change where the text "
            "gives one")


def headline_figure(figures, raw: str):
    """The headline figure (:data:`HEADLINE`): the first level of the reporting period with a
    metric class, in text order, with its change attached to it (同比上升178.8%), after its
    stated base (较去年同期的1000起上升23.4%) or stated apart in its sentence for the same metric
    class; a change stated apart is copied onto the level with a ``headline.change_apart`` step
    pointing at it. None when no level of the reporting period has a class. The one definition
    of the walk, the checks and the document table.

    >>> from analysis.engine import extract
    >>> text = "破获刑事案件1106起，抓获嫌疑人300人，破案数同比上升12%。"
    >>> head = headline_figure(extract(text), text); head.text, head.change_pct
    ('1106起', 12)
    """
    for m in level_links(figures, raw):
        f = m.level
        if f.period != "reporting" or not f.metric_class:
            continue
        change = m.change or next((c for c in m.changes if c.change_pct is not None), None)
        if change is None or change is f:
            return f
        step = Step("headline.change_apart", change.start, change.end, "the level's change, stated apart from it")
        return f._replace(change_pct=change.change_pct, change_text=change.change_text, steps=f.steps + (step,))
    return None
