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
#: 查封扣押冻结 names the three measures on assets (冻结 there is not money frozen); 成立/设立/
#: 建立… hold 立 but file no case; alerts 处置 (handled) were received, not warnings issued.
_MASKS = re.compile("破坏|破产|突破|打破|(?<=犯)罪(?=案)|组织(?=了|开展|召开|群众|民警|警力)|(?<=扣押)冻结"
                    "|[成设建树确独]立|处置[^，。；、]{0,6}?预警")
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
    "assets_seized": (frozenset({"count", *V.MONEY_UNITS}), _ITEMS),  # money or things, not people
    "goods_seized": (_MASS_UNITS | {"count"}, _ITEMS),
    "drugs_seized": (_MASS_UNITS, None),  # by mass or volume (the description)
    "precursors_seized": (_MASS_UNITS | {"count"}, None),
    "weapons_seized": (_MASS_UNITS | {"count"}, frozenset("支枝把枚发颗个具箱套只件")),  # 枝: Taiwan's guns
    "property_recovered": (_MASS_UNITS | {"count"}, _ITEMS),
    "gangs_broken": (frozenset({"count"}), frozenset(("个", "伙", "股", "支", "家", "件"))),  # 件: Taiwan
    "dens_destroyed": (frozenset({"count"}), frozenset(("个", "处", "家", "间", "座", "件"))),
    "accounts_frozen": (frozenset({"count"}), frozenset(("个", "户", "张"))),
    "places_inspected": (frozenset({"count"}), frozenset(("处", "家", "个", "间", "所", "座", "场"))),
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
    "compulsory_rehab": ("drug_users_handled", "suspects_caught"),  # 查获…强制隔离戒毒4700多人
    "dens_destroyed": ("gangs_broken", "cases_handled", "cases_solved"),  # 查获大麻工厂25件
    "online_items_removed": ("accounts_frozen",),
    "money_returned": ("money_recovered",),
    "property_recovered": ("money_recovered",),
    "suspects_prosecuted": ("suspects_caught",),
    "suspects_arrested": ("suspects_caught",),
    "suspects_detained": ("suspects_caught",),
    # a thing seized names what was seized: 查扣改造手枪2枝 is a weapon, not only an asset
    "weapons_seized": ("assets_seized", "goods_seized"),
    "drugs_seized": ("assets_seized", "goods_seized"),
    "precursors_seized": ("assets_seized", "goods_seized"),
    "goods_seized": ("assets_seized",),  # 查扣金融卡26张: the goods named, not only an asset
    "money_recovered": ("assets_seized",),  # 追缴涉案资产: recovered, not only seized
    "assets_seized": ("money_frozen",),  # 冻结涉案资产: assets under the 查封扣押冻结 measures
    # 侦破诈欺犯罪集团75件 (Taiwan counts gangs in 件): a gang broken up, not only a case solved
    "gangs_broken": ("cases_solved",),
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
    general = {g for code in found for g in REFINES.get(code, ())
               if g not in found or not _coordinated(text, code, g)}
    return {code: cue for code, cue in found.items() if code not in general}


def _coordinated(text: str, a: str, b: str) -> bool:
    """Cues of classes ``a`` and ``b`` joined as one count's objects (打掉团伙和窝点1471个): both
    classes are counted together, so the specific one does not win."""
    pa, pb = (_by_code()[code].pattern.pattern for code in (a, b))
    join = "[和及与、]"
    return re.search(f"(?:{pa}){join}(?:{pb})|(?:{pb}){join}(?:{pa})", text) is not None


@lru_cache(maxsize=1)
def _by_code() -> dict[str, MetricClass]:
    return {c.code: c for c in taxonomy()}


def countable(unit: str | None) -> bool:
    """A count or an amount (money, mass, volume): the figures a class can name."""
    return unit == "count" or unit in V.MONEY_UNITS or unit in _MASS_UNITS


#: A crime named and counted in 宗 with no word of police work (詐騙案19897宗, 勒索案有921宗,
#: 電腦詐騙案共581宗, or after its count at its clause's end: 上半年有16宗兇殺案，): the crime statistics of Hong Kong and Macao, crimes recorded (the taxonomy's
#: description of ``crimes_recorded``).
_CRIME_NAMED = re.compile("(?:案(?:件)?|犯罪|罪行?)(?:共有|共计|共|则有|有|为|是|计|只有"
                          "|(?:增加|减少|上升|下降|下跌)?至)?$"
                          # or named after its count, closing its clause (有16宗凶杀案，), never 宗案件
                          "|宗[^\\s\\d，。；、案件]{1,8}案[，。；]?$")
#: Taiwan's statistics name a crime and count it in 件 after 计 (暴力犯罪案件计207件, 窃盗案件计5,324件).
_CRIME_COUNTED = re.compile("(?:案(?:件)?|犯罪)(?:共计|计|为)$")


def classify(text: str, unit: str | None, measure_word: str | None) -> tuple[str | None, str, str]:
    """``(code, cue found, rule)`` of the one class that fits, or ``(None, why not, "class.none")``.

    >>> classify("止付冻结涉案银行账户", "count", "个")
    ('accounts_frozen', '账户', 'class.cue')
    >>> classify("抓获犯罪嫌疑人", "count", "起")
    (None, 'no class fits', 'class.none')
    >>> classify("诈骗案有", "count", "宗")
    ('crimes_recorded', '诈骗案有', 'class.crime_named')
    >>> classify("窃盗案件计", "count", "件"), classify("受理案件", "count", "件")[0]
    (('crimes_recorded', '窃盗案件计', 'class.crime_named'), None)
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
    if measure_word == "宗" and _CRIME_NAMED.search(text or "") or \
            measure_word == "件" and _CRIME_COUNTED.search(text or ""):
        return "crimes_recorded", text, "class.crime_named"
    return None, "no class fits", "class.none"
