"""The shipped pinyin table (analysis/engine/data/readings.tsv) is what pypinyin gives."""
from importlib import resources

from analysis.engine.clean import pinyin_ruby
from analysis.engine.readings import readings, table_text


def test_the_shipped_table_regenerates_exactly_from_pypinyin():
    shipped = resources.files("analysis.engine").joinpath("data", "readings.tsv").read_text(encoding="utf-8")
    assert shipped == table_text()


def test_every_reading_of_a_heteronym_is_kept():
    assert {"hang", "xing"} <= readings("行") and {"chong", "zhong"} <= readings("重")


def test_a_character_outside_the_table_has_no_reading():
    assert readings("a") == frozenset() and readings("，") == frozenset()


def test_ruby_after_a_character_is_removed_only_when_it_reads_that_character():
    assert pinyin_ruby("綠(lǜ)色") == "綠色"  # ü written with its tone mark
    assert pinyin_ruby("綠(lv)色") == "綠色"  # ü typed as v
    assert pinyin_ruby("綠(hong)色") == "綠(hong)色"  # not a reading of 綠
