"""The rule registry: every reading step and every veto has an id, and each figure keeps the
steps that made it (``Figure.steps``) and each rejected number the veto that rejected it.

>>> str(Step("number.arabic", 0, 3, "237 = 237"))
'number.arabic [0:3] 237 = 237'
>>> all(rule.count(".") in (1, 2) for rule in RULES)
True
"""
from __future__ import annotations

from typing import NamedTuple

from .dates import RULES as DATE_RULES
from .roles import RULES as ROLE_RULES

__all__ = ["Step", "Rejection", "Steps", "RULES"]


class Step(NamedTuple):
    """One step of a reading: the rule id, the span it read in the input, and what it found."""

    rule: str
    start: int
    end: int
    detail: str = ""

    def __str__(self) -> str:
        return f"{self.rule} [{self.start}:{self.end}] {self.detail}".rstrip()


class Steps(tuple):
    """The steps of a figure; ``str()`` gives one line a step."""

    def __str__(self) -> str:
        return "\n".join(map(str, self))


class Rejection(NamedTuple):
    """A number that was not taken as a figure, and the veto rule that rejected it."""

    text: str
    start: int
    end: int
    rule: str
    detail: str = ""

    def __str__(self) -> str:
        return f"{self.text!r} [{self.start}:{self.end}] rejected by {self.rule}: {self.detail}".rstrip()


#: Every rule id the engine uses, with what it does. Readers first, then vetoes.
RULES: dict[str, str] = {
    "number.arabic": "Arabic digits, separators, place words after them (4千, 2035万4000)",
    "number.chinese": "a Chinese numeral (两/兩, 零, 廿/卅, financial forms, 点 decimals)",
    "number.fraction": "N分之M read as a percentage (百分之十五, 千分之二点五, 四分之一)",
    "number.approx_pair": "two neighbouring numerals: a range (两三个, 五六十人)",
    "number.vague": "a vague quantity: a range and no point value (数十, 上百)",
    "number.bare_place": "万/亿 alone after a qualifier (近亿元, 逾万人): one 万 or one 亿",
    "number.half": "半 = 0.5 before a time unit (半年)",
    "number.list": "a list that writes its unit once (分别为120、95、61起)",
    "qualifier.prefix": "a qualifier word before the number (约, 近, 超过, 不少于, 不足 …)",
    "qualifier.infix_remainder": "余/多 after the number: a remainder below its last place",
    "qualifier.infix_about": "来 after the number: about",
    "qualifier.after_measure_word": "余/多 after the measure word (20张余, 两个多月)",
    "qualifier.suffix": "以上/以下/左右 … after the unit",
    "qualifier.shared": "以上 shared across 及/和 (五年及十年以上)",
    "qualifier.past_years": "近N年(来): the past N years, exact",
    "range.marked": "two numbers joined by a range mark (3至5年)",
    "multiplier.place": "万/亿 after 余 (810余万)",
    "unit.measure_word": "a classifier: the figure is a count",
    "unit.physical": "a unit of money, weight, area, time or percent",
    "unit.cheng": "N成 = N×10 percent",
    "unit.cheng_tenths": "a digit after 成 is its tenths (3成6 = 36 percent) where a share's word follows",
    "unit.case_count": "案 after Arabic digits counts cases (計7案, 3案屬於); not 案件, 案情 … nor after a year",
    "unit.day_trigger": "日 as days after 为期/历时 …",
    "unit.implied_person": "人 implied by a following 人员",
    "unit.money_implied": "万/亿 with no unit after a noun of money, or as the difference of an amount in 元: 元",
    "unit.currency_sign": "a currency sign before the number (HK$3,000): money with no 元 after it",
    "unit.score": "分 after a decimal or a word of scoring (满意度): a score",
    "unit.currency_before": "a currency named before the number (港币800万元 -> HKD)",
    "unit.currency_regional": "a text naming only one regional currency (港币, 新台币, 澳门元) or "
                              "writing ROC years: its bare 元 is that currency (flag inferred_currency)",
    "unit.money_before_noun": "万/亿 with no unit before a noun of cash (13萬現金): 元 of the page's currency (a region's, "
                              "or the mainland's where it names 人民币 or 公安); otherwise not read (veto.no_currency)",
    "qualifier.over_value_word": "a qualifier before a value word (約市值300萬): it holds for the number after the word",
    "unit.currency_declared": "(港币，下同): a declared currency for every 元 from there on",
    "unit.rate": "每年/每月 before a count of 次",
    "change.verb": "a change verb and a percentage (同比上升178.8%)",
    "change.times": "增加N倍 = +N×100 % (net increase)",
    "change.cheng": "下降N成 = −N×10 %",
    "change.pp": "a change in percentage points",
    "change.doubling": "翻番/翻一番/倍升 = +100 %",
    "change.amplitude": "增幅/降幅 N%: a signed change",
    "change.signed_bracket": "a signed change in brackets after what changed (襲警(-56.2百分點)): its own sign, no level",
    "change.amplitude_after": "the amplitude word after its number (百分之4.7的跌幅): a signed change, not a level",
    "change.basis": "the base of a change (同比 = yoy, 环比 = mom)",
    "change.attached": "a change attached to the figure just before it",
    "change.after_difference": "即N% or (N%) after an absolute difference (增加563宗即1.8%): a relative change",
    "change.over_base": "a change after the base of a comparison (较2022年的70,048宗上升28.9%) given to the level, where the two agree",
    "change.of_difference": "a change after an absolute difference (较…增加1,178宗，上升12.2%) given to the level, where the three agree",
    "change.distributed": "分别: changes distributed over the figures or names before them",
    "change.distributed_over_bases": "分别 after a list of levels and their bases (受理…件、财损…元，较去年…件、…元，分别减少"
                                     "26%、53%): each level takes its change, only where units and order agree",
    "change.several_bases": "changes after a comparison naming several base periods (對比2021年、2020年及2019年，分別下降…): "
                            "each of one level against another base, so each stands alone",
    "change.breakdown_total": "a change after a clause of parts (包括…和…) given to the total they add up to",
    "change.clause_figure": "a change opening its clause given to the only figure of the clause before it",
    "change.clause_subject": "a change opening its clause, given to the count opening the clause before",
    "change.movement_end": "a change between a movement's difference and the figure after 至/到 (由8 884宗增加806宗(+9.1%)至9 690宗) given to that figure, where the three agree",
    "change.named_subject": "a change whose clause opens with a noun of counts (破案数同比上升12.1%), of the kind the count's measure word counts (案数: 起/宗/件; 人数: 人/名), given to the only count "
                            "of the clause before, unless the noun names another action than the count's verb "
                            "(…破获,发案数同比下降51.9%: a change alone)",
    "change.alone": "a change with no figure to attach to",
    "link.parent": "a 其中 sub-count of the figure before",
    "veto.ordinal": "第 before the number: an ordinal",
    "veto.rate_base": "a number after 每: the base of a rate (每十万人), not a figure",
    "veto.numeral_in_word": "the numeral is part of a word (零件, 一律, 两位数, 二次, 统一, 进一步)",
    "veto.idiom": "an idiom or numbered slogan (一张网, 三抓三促)",
    "veto.article": "一 + classifier as the article (一家商店, 一支队伍)",
    "veto.together": "一起 meaning together (no case noun follows)",
    "veto.bare_number": "a number with no unit or measure word",
    "veto.no_leading_digit": "百/千/万 with no number before it (千家万户)",
    "veto.malformed": "not a well-formed number (百分之五五)",
    "veto.named_set": "a named set (四个100%)",
    "veto.enumeration": "a list 1、2、3 of labels, not counts (1、2、3类案件)",
    "veto.list_name": "N类/N种 naming the list that follows (打击三类犯罪：…)",
    "veto.decade": "N年代: a decade (九十年代 = the 1990s), not a number of years",
    "veto.year_number": "a year written as a number of years (2023年)",
    "veto.round_the_clock": "24小时 as round-the-clock (not before a verb of a deed with an end: 24小时跨省追击)",
    "veto.anniversary": "N周年: an anniversary (新中国成立75周年), not N weeks",
    "veto.seconds_of_minutes": "N秒 after minutes not read with it (3分钟半20秒): part of a longer length",
    "veto.rank_top": "前N名 after 排名/位列 or before the list of its places (前5名依序为): a rank, not a count",
    "veto.session": "N次 before 会议/全会 after N届 (十四届人大四次会议): a numbered session, not a count",
    "veto.weekday": "周N/星期N: a weekday",
    "veto.half_period": "上半年/下半年, 半年统计: a period, not a duration",
    "veto.page_counter": "a scraped page's counter (共有0条评论, 点赞)",
    "veto.place_name": "a Chinese digit, 家 and 河/村/… (二家河): a place name, not a count",
    "veto.law_article": "N条立法: the number of a law's article (23条立法), not a count",
    "veto.named_list": "N项指数, N条战线: a fixed list named by its size, not a count",
    "veto.aspects": "N个 before 方面/维度/层面/角度: the parts of an argument, not a count",
    "veto.age_threshold": "an age that bounds who a rule covers (未满18周岁, 60岁以上), not a person's age",
    "veto.url": "a number inside a URL",
    "veto.model_name": "a number inside a name in Latin letters (VOS 3000, G20, PM2.5)",
    "veto.hotline": "a hotline or phone number (拨打110)",
    "veto.name_before_noun": "a number between a count's classifier and its noun (10位165人员): part of the noun's name",
    "veto.quoted": "inside a quotation or a name (“2015.11.11”专案)",
    "veto.spaced_digits": "a number right after a digit and a space or another breaking character (1 0天, 1😀000起, 4. 88亿): the rest of a broken number, unclear",
    "veto.line_break_tail": "a number opening an indented line after a line ending in a digit or place word, where the "
                            "grammar does not join them (1,234⏎    567元): maybe the tail of a broken number",
    "veto.too_long": "a run of digits too long to be a measurement",
    # signs, shared magnitudes, halves and sub-units (issue 22)
    "number.sign": "a minus sign or 负 before the number (负3.9%, 同比-22.2%): kept, for units that can be negative",
    "number.half_after_unit": "半 after a unit of measure (一吨半 = 1.5 t, 三斤半, 7天半)",
    "range.shared_magnitude": "a place written once after the second end holds for the first (两到三万元)",
    "multiplier.colloquial_ge": "个 between a numeral and 亿/万 (两个多亿): the place, not a count",
    "unit.sub_unit": "a smaller unit after the unit (三米九 = 3.9 m, 3斤5两)",
    "unit.sub_yuan": "角/毛 and 分 after an amount in 元 (50元6角三分 = 50.63)",
    "unit.kuai_money": "块 as 元 before 角/毛/分/钱 or at the end of a clause about a price",
    "change.ambiguous_sign": "a fall by a negative amount (下降-5%): its sign is unclear, not read",
    "number.bracket_difference": "a signed count alone in brackets after a change (下降13.9%(-459宗)): its absolute "
                                 "difference, the sign kept where it agrees with the verb",
    "veto.sign_disagrees": "a signed count in brackets after a change the other way (下降13.9%(+459宗)): not read",
    "veto.signed_bound": "a sign before a range or a bound: not read",
    "veto.open_range": "a range whose low end may take the place written once or not (两到三十万)",
    "veto.zhao": "兆 outside money (兆瓦, 100兆): mega or 10^12, not read",
    "veto.page_navigation": "上一篇/下一篇: a page's navigation link",
    "veto.no_currency": "an amount before a noun of cash on a page that gives no currency (no region, no 人民币, no 公安)",
    "veto.open_grouping": "N，ddd where the full-width comma may group thousands or part two numbers ($20，300美圆)",
    **DATE_RULES,  # dates, date ranges and clock times: analysis.engine.dates
    **ROLE_RULES,  # roles, periods and metric classes: analysis.engine.roles
}
