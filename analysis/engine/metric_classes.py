"""Metric classes: what a count or an amount counts, by the cue words of the taxonomy
``data/metric-classes.csv`` (its README says how the classes are cut).

A class fits a figure when one of its cues occurs in the figure's metric (or, failing that, in
its clause) and the figure's unit and measure word are of the kind the class counts (cases are
counted in 起/宗/件, people in 人/名, money in a currency …). Where a more specific class and a
general one both fit (在逃人员 is a fugitive, not only a suspect caught), the specific one stays.
Where no class or more than one class fits, the class is empty and the step says why: a class is
never guessed.

>>> classify("抓获在逃人员", "count", "名")
('fugitives_caught', '在逃人员', 'class.cue')
>>> classify("缴获毒品", "kg", None)
('drugs_seized', '缴获毒品', 'class.cue')
>>> classify("破案率", "percent", None)
(None, 'percent is not a count or an amount', 'class.none')
"""
from __future__ import annotations

import csv
import io
import re
from functools import lru_cache
from importlib import resources
from typing import NamedTuple

from . import vocab as V
from .clean import to_simplified

__all__ = ["KINDS", "REFINES", "MetricClass", "classify", "countable", "taxonomy"]

_FILE = ("data", "metric-classes.csv")
#: A gap the taxonomy writes as … between two cue words: a few characters inside one clause.
_GAP = "[^，。；：、！？\\n]{0,12}?"

#: A rate or share (破案率, 占比): never a count, though its words are a class's cues (破案).
_RATE = re.compile("率|占比|比例|比重")
#: Words that hold a cue but are not it, masked before the cues are sought: 破坏/突破 are not
#: 破…案 (solved), 犯罪案件 holds no 罪案 (crimes recorded), 组织了/组织开展 is the verb "organise",
#: not an organisation broken up.
_MASKS = re.compile("破坏|破产|突破|打破|(?<=犯)罪案|组织(?=了|开展|召开|群众|民警|警力)")
#: Measure words by what they count (Simplified, as the engine writes them).
_CASE_WORDS = frozenset("起宗件单")
_PERSON_WORDS = frozenset(("人", "名", "人次", "名次", "位", "户"))
_MASS_UNITS = frozenset(("kg", "L"))
#: Items: a count in any measure word but those of people and of cases (件 counts both).
_ITEMS = "items"
#: What each class counts: (units, measure words, None for any, or _ITEMS). A class not listed
#: counts anything in ``count``. From the classes' descriptions in the taxonomy.
_CASES = (frozenset({"count"}), _CASE_WORDS)
_PEOPLE = (frozenset({"count"}), _PERSON_WORDS)
_MONEY = (frozenset(V.MONEY_UNITS), None)
KINDS: dict[str, tuple[frozenset, frozenset | None]] = {
    **dict.fromkeys(("cases_solved", "cases_filed", "crimes_recorded", "incidents_reported",
                     "cases_handled", "admin_cases_handled", "disputes_resolved"), _CASES),
    "traffic_violations_handled": (frozenset({"count"}), _CASE_WORDS | {"次", "人次"}),
    **dict.fromkeys(("suspects_caught", "suspects_detained", "admin_detained", "suspects_arrested",
                     "suspects_prosecuted", "fugitives_caught", "drug_users_handled",
                     "compulsory_rehab", "victims_rescued", "people_reached", "police_deployed"),
                    _PEOPLE),
    **dict.fromkeys(("money_involved", "money_frozen", "money_recovered", "money_returned",
                     "losses_prevented"), _MONEY),
    "assets_seized": (frozenset({"count", *V.MONEY_UNITS}), None),
    "drugs_seized": (_MASS_UNITS, None),  # by mass or volume (the description)
    "precursors_seized": (_MASS_UNITS | {"count"}, None),
    "weapons_seized": (_MASS_UNITS | {"count"}, frozenset("支把枚发颗个具箱套只件")),
    "property_recovered": (_MASS_UNITS | {"count"}, _ITEMS),
    "gangs_broken": (frozenset({"count"}), frozenset(("个", "伙", "股", "支", "家"))),
    "dens_destroyed": (frozenset({"count"}), frozenset(("个", "处", "家", "间"))),
    "accounts_frozen": (frozenset({"count"}), frozenset(("个", "户", "张"))),
}
#: A specific class over the general ones it refines, where both fit one metric (抓获在逃人员:
#: fugitives, not only suspects caught; 查处治安案件: administrative cases, not only cases
#: handled). From the taxonomy's rationales.
REFINES: dict[str, tuple[str, ...]] = {
    "fugitives_caught": ("suspects_caught", "cases_handled"),
    "admin_cases_handled": ("cases_handled", "cases_solved"),
    "cases_filed": ("cases_handled",),  # 开立…专案: filed, and 专案 names the kind of case
    "traffic_violations_handled": ("cases_handled",),
    "drug_users_handled": ("suspects_caught", "admin_cases_handled", "cases_handled"),
    "compulsory_rehab": ("drug_users_handled",),
    "dens_destroyed": ("gangs_broken",),
    "warnings_issued": ("leads_collected",),
    "online_items_removed": ("accounts_frozen",),
    "money_returned": ("money_recovered",),
    "property_recovered": ("money_recovered",),
    "suspects_prosecuted": ("suspects_caught",),
    "suspects_arrested": ("suspects_caught",),
    "suspects_detained": ("suspects_caught",),
    "admin_detained": ("suspects_caught",),
}


class MetricClass(NamedTuple):
    """One class of the taxonomy: its code, English label, cues and the pattern they make."""

    code: str
    english: str
    cues: tuple[str, ...]
    pattern: re.Pattern


def _pattern(cues: tuple[str, ...]) -> re.Pattern:
    """One pattern for a class's cues, each also in Simplified (the engine reads Simplified)."""
    forms = {to_simplified(cue) for cue in cues} | set(cues)
    parts = sorted((_GAP.join(map(re.escape, cue.split("…"))) for cue in forms), key=len, reverse=True)
    return re.compile("|".join(parts))


@lru_cache(maxsize=1)
def taxonomy() -> tuple[MetricClass, ...]:
    """The classes of ``data/metric-classes.csv``, in its order."""
    text = resources.files(__package__).joinpath(*_FILE).read_text(encoding="utf-8")
    rows = csv.DictReader(io.StringIO(text))
    return tuple(MetricClass(r["code"], r["english"], cues, _pattern(cues))
                 for r in rows for cues in [tuple(c for c in r["chinese_cues"].split("|") if c)])


def _fits_kind(code: str, unit: str | None, measure_word: str | None) -> bool:
    units, words = KINDS.get(code, (frozenset({"count"}), None))
    if unit not in units or words is None or unit != "count" or measure_word is None:
        return unit in units
    if words == _ITEMS:
        return measure_word not in _PERSON_WORDS and measure_word not in ("起", "宗")
    return measure_word in words


@lru_cache(maxsize=256)
def _fitting(unit: str | None, measure_word: str | None) -> tuple[MetricClass, ...]:
    """The classes whose kind fits ``unit`` and ``measure_word``, in the taxonomy's order."""
    return tuple(c for c in taxonomy() if _fits_kind(c.code, unit, measure_word))


def _candidates(text: str, unit: str | None, measure_word: str | None) -> dict[str, str]:
    """The classes whose cue occurs in ``text`` and whose kind fits, with the cue found."""
    found = {}
    text = _MASKS.sub(lambda m: "□" * len(m[0]), text)
    for c in _fitting(unit, measure_word):
        m = c.pattern.search(text)
        if m is not None:
            found[c.code] = m[0]
    general = {g for code in found for g in REFINES.get(code, ())}
    return {code: cue for code, cue in found.items() if code not in general}


def countable(unit: str | None) -> bool:
    """A count or an amount (money, mass, volume): the figures a class can name."""
    return unit == "count" or unit in V.MONEY_UNITS or unit in _MASS_UNITS


#: A crime named and counted in 宗 with no word of police work (詐騙案19897宗, 勒索案有921宗,
#: 電腦詐騙案共581宗): the crime statistics of Hong Kong and Macao, crimes recorded (the taxonomy's
#: description of ``crimes_recorded``).
_CRIME_NAMED = re.compile("案(?:件)?(?:共有|共|有|为|是)?$")


def classify(text: str, unit: str | None, measure_word: str | None) -> tuple[str | None, str, str]:
    """``(code, cue found, rule)`` of the one class that fits, or ``(None, why not, "class.none")``.

    >>> classify("止付冻结涉案银行账户", "count", "个")
    ('accounts_frozen', '账户', 'class.cue')
    >>> classify("抓获犯罪嫌疑人", "count", "起")
    (None, 'no class fits', 'class.none')
    >>> classify("诈骗案有", "count", "宗")
    ('crimes_recorded', '诈骗案有', 'class.crime_named')
    """
    if not countable(unit):
        return None, f"{unit} is not a count or an amount", "class.none"
    if _RATE.search(text or ""):
        return None, "a rate or a share", "class.none"
    found = _candidates(text or "", unit, measure_word)
    if len(found) == 1:
        return (*next(iter(found.items())), "class.cue")
    if found:
        return None, "more than one class fits: " + ", ".join(sorted(found)), "class.none"
    if measure_word == "宗" and _CRIME_NAMED.search(text or ""):
        return "crimes_recorded", text, "class.crime_named"
    return None, "no class fits", "class.none"
