"""The campaign's world: translation alignment, claims ledger, checklist, timeline, base year.

Oracle: the seed briefing (its repaired text and figures), synthetic briefings and negative
input; the curated tables in data/world/ and data/translation.csv are checked for provenance.
"""
import datetime as dt
import html
import re

import pandas as pd
import pytest

from analysis import Briefing
from analysis.linxia.baseline import base_year, national_trend, reference_band
from analysis.linxia.context import cold_case_expectation, fugitive_rates
from analysis.linxia.context import load_campaigns, load_population
from analysis.linxia.genre import saved_genre_shares
from analysis.linxia.ledger import CLAIM_UNITS, checklist, claims, load_world_csv
from analysis.briefings.paths import DERIVED
from analysis.briefings.sentences import sentence_key, sentences
from analysis.linxia.timeline import KIND_COLOURS, campaign_periods, edtf_period
from analysis.linxia.translation import NOTICE, load_translation, translation_frame, translation_html
from analysis.linxia.world import qa_headings, speakers, world_derived
from analysis.linxia import seed_briefing
from analysis.linxia.keyed import NotTheSeed


@pytest.fixture(scope="module")
def seed():
    return seed_briefing()


# --- translation -------------------------------------------------------------------------

def test_every_sentence_has_its_translation_and_no_row_is_stale(seed):
    df = translation_frame(seed)
    assert df["en"].notna().all(), f"untranslated: {df.loc[df['en'].isna(), 'key'].tolist()}"
    stale = set(load_translation()["key"]) - set(df["key"])
    assert not stale, f"translation.csv rows whose Chinese sentence changed: {sorted(stale)}"


def test_a_changed_sentence_changes_its_key():
    assert sentence_key(3, "破获刑事案件237起。") != sentence_key(3, "破获刑事案件238起。")
    assert sentence_key(3, "甲。") != sentence_key(4, "甲。")


def test_a_changed_sentence_has_no_translation_and_a_changed_text_is_refused(seed):
    altered = Briefing(seed.raw.replace("237", "238"), seed.date)
    keys = set(load_translation()["key"])
    untranslated = [s.text for s in sentences(altered.text) if s.key not in keys]
    assert len(untranslated) == 1 and "238" in untranslated[0]
    with pytest.raises(NotTheSeed, match=r"translation_frame\(\) was written for the seed"):
        translation_frame(altered)


def test_every_figure_is_anchored_once(seed):
    anchors = " ".join(translation_frame(seed)["figures"]).split()
    assert sorted(int(a.split(":")[0]) for a in anchors) == [f.index for f in seed.figures]
    assert "3:237起" in anchors


def test_translation_html_is_marked_and_side_by_side(seed):
    page = translation_html(seed)
    assert html.escape(NOTICE) in page
    assert page.count("<tr id=") == len(sentences(seed.text))
    assert 'href="#fig-3"' in page
    assert "<script" in seed.raw or "<script" not in page


@pytest.mark.parametrize("text", ["", "abc", "。。。\n\n", "\ufeff标题\n", "<script>x</script>。"])
def test_the_translation_of_any_other_text_is_refused_by_name(text):
    with pytest.raises(NotTheSeed, match="not for 'briefing'"):
        translation_frame(Briefing(text, None))
    with pytest.raises(NotTheSeed):
        translation_html(Briefing(text, None))


# --- claims ledger -----------------------------------------------------------------------

def test_every_count_money_and_quantity_figure_is_a_claim(seed):
    df = claims(seed)
    expected = [f.index for f in seed.figures if f.unit in CLAIM_UNITS]
    assert df["figure"].dropna().astype(int).tolist() == expected


def test_every_seed_claim_is_judged(seed):
    df = claims(seed)
    blank = df.loc[df["legal_class"] == "", "claim_key"].tolist()
    assert not blank, f"add to data/world/claim-judgements.csv: {blank}"
    assert set(df["verified"]) <= {"no", "partly", "yes", "not possible"}


def test_ledger_reads_parents_and_superlatives(seed):
    df = claims(seed).set_index("claim_key")
    assert df.loc["命案逃犯", "parent"] == "抓获上网逃犯"
    kinds = claims(seed)["kind"].value_counts()
    assert kinds["superlative"] == 1  # 最大限度 (an adverb) is not one
    assert kinds["commitment"] >= 1
    assert df.loc["挽回经济损失", "qualifier"] == "at_least"


def test_itemised_case_classes_come_from_one_table(seed):
    from analysis.linxia.itemised import itemised
    it = itemised(seed)
    judged = load_world_csv("claim-judgements.csv").set_index("claim_key")
    metrics = [f.metric for f in it.items]
    assert (judged.loc[metrics, "legal_class"] == "").all(), "classify itemised cases in data/world/case-classes.csv only"
    ledger = claims(seed).set_index("figure")
    for f, c in zip(it.items, it.classes):
        assert ledger.loc[f.index, "legal_class"] == f"{c.legal_class} ({c.case_class})"
        assert ledger.loc[f.index, "basis"].startswith(c.basis)
    uncertain = ledger[ledger["legal_class"].str.startswith("criminal or administrative")]
    assert sorted(uncertain["value"].astype(int)) == sorted(f.value for f in it.possibly_administrative)


def test_cited_legal_sources_exist(seed):
    keys = set(load_world_csv("legal-sources.csv")["key"])
    cited = {k.strip() for basis in claims(seed)["basis"]
             for group in re.findall(r"\[sources: ([^\]]+?) in data/world/legal-sources.csv\]", basis)
             for k in group.split(",")}
    assert {"CL-87", "CL-88", "CL-303", "PSAPL-70", "MPS-2021-school-security"} <= cited
    assert cited <= keys, cited - keys


def test_fugitive_origin_is_not_asserted(seed):
    ledger = claims(seed)
    text = " ".join(ledger["metric_en"].fillna("") + " " + ledger["legal_class"] + " " + ledger["basis"])
    assert "from other provinces" not in text.replace("fugitives from other provinces caught", "")
    assert "out-of-province (外省)" in text


def test_judgements_have_no_orphans(seed):
    judged = set(load_world_csv("claim-judgements.csv")["claim_key"])
    assert judged == set(claims(seed)["claim_key"])


# --- checklist ---------------------------------------------------------------------------

def test_seed_checklist_statuses(seed):
    status = checklist(seed).set_index("item")["status"]
    assert status["criminal cases filed"] == "not reported"
    assert status["telecom and online fraud"] == "not reported"
    assert status["theft, robbery and fraud (盗抢骗) with counts"] == "named without a count"
    assert status["food, medicine and environmental crime (食药环) with counts"] == "partly reported"
    assert status["criminal cases solved"] == "reported"


def test_checklist_reads_a_synthetic_briefing():
    b = Briefing("行动以来，全市刑事案件立案120起，破案率85%，破获电信网络诈骗案件5起，"
                 "打掉涉恶团伙2个，累计出动警力3000人次。", "2023-11-16")
    status = checklist(b).set_index("item")["status"]
    for item in ["criminal cases filed", "telecom and online fraud", "police deployed"]:
        assert status[item] == "reported", item


def test_checklist_items_are_sourced():
    df = load_world_csv("briefing-checklist.csv")
    assert df["source_url"].str.match(r"https?://").all()
    assert df["source_example"].str.strip().ne("").all()
    assert set(df["source_is_mirror"]) <= {"yes", "no"}
    for col in ["figure_pattern", "partial_pattern", "mention_pattern"]:
        for p in df[col]:
            re.compile(p)


def test_every_checklist_item_but_the_county_breakdown_has_a_measured_share():
    """Notebook 07 cites, per item, its share among campaign briefings (all, and mainland prefecture
    bureaus) from data/derived/genre-shares.csv; the county breakdown (Linxia's own county names)
    has none, and the notebook says so."""
    items = set(load_world_csv("briefing-checklist.csv")["item"])
    shares = saved_genre_shares().query("kind == 'checklist_item'")
    for group in ("all", "prefecture"):
        rows = shares[shares["group"] == group]
        assert set(rows["measure"]) == items - {"county breakdown"}, group
        assert ((rows["k"] >= 0) & (rows["k"] <= rows["n"]) & (rows["n"] > 0)).all(), group
        assert ((rows["wilson_low"] <= rows["share"]) & (rows["share"] <= rows["wilson_high"])).all(), group


@pytest.mark.parametrize("text", ["", "abc", "。。。"])
def test_ledger_and_checklist_never_raise(text):
    b = Briefing(text, None)
    assert claims(b).empty
    assert set(checklist(b)["status"]) == {"not reported"}


# --- timeline and base year --------------------------------------------------------------

def test_events_are_sourced_and_dated():
    df = load_world_csv("events.csv")
    assert df["source_url"].str.match(r"https?://").all()
    assert set(df["source_is_mirror"]) <= {"yes", "no"}
    for a in df["accessed"]:
        dt.date.fromisoformat(a)
    for d in df["date"]:
        start, _ = edtf_period(d)
        assert start is not None


def test_campaign_end_is_a_window_holding_the_earthquake(seed):
    df = campaign_periods(seed).set_index("kind", append=True)
    rows = campaign_periods(seed)
    camp = rows[rows["label_zh"] == "“秋风”专项行动"].iloc[0]
    assert (camp["end_low"], camp["end_high"]) == (dt.date(2023, 12, 29), dt.date(2024, 1, 7))
    quake = rows[rows["kind"] == "disaster"].iloc[0]
    assert camp["start_high"] < quake["start_low"] <= camp["end_low"]
    base = rows[rows["kind"] == "base period"]
    assert dt.date(2022, 9, 21) in set(base["start_low"])
    assert not df.empty


def test_the_undated_first_stage_ends_in_a_window_back_to_its_start(seed):
    rows = campaign_periods(seed).set_index("label_zh")
    first, base = rows.loc["行动第一阶段"], rows.loc["同比基期"]
    assert (first["end_low"], first["end_high"]) == (first["start_high"], dt.date(2023, 11, 16))
    assert (base["end_low"], base["end_high"]) == (dt.date(2022, 9, 30), dt.date(2022, 11, 16))
    assert rows.loc["临夏市疫情防控措施", "kind"] == "pandemic controls"  # not the implied base period
    assert KIND_COLOURS["pandemic controls"] != KIND_COLOURS["base period"]


def test_base_year_against_gansus_calendar_year_2022(seed):
    by = base_year(seed)
    assert by.base.low < 85 < by.base.high
    assert 0.2 < by.ratio.low and by.ratio.high < 0.3  # about a quarter of Gansu's 2022 mean
    assert by.growth_vs_ordinary.high < 0  # below a base at that mean, if the stage ran to the briefing
    assert 33 < by.break_even_days.low < by.break_even_days.high < 36  # shorter than that, a rise
    assert by.break_even_days.high < by.days.low
    assert by.ordinary_year == 2022  # the calendar year before the campaign (not campaign-free)


def test_reference_band_shows_how_the_counterfactual_turns_on_the_reference(seed):
    band = reference_band(seed).set_index(["area", "year"])
    by = base_year(seed)
    # Gansu 2021 instead of 2022: a smaller fall and a longer break-even (the review's 12–29 % and 40–41 days,
    # widened by reading 2.5万 as rounded or truncated)
    g21 = band.loc[("Gansu", 2021)]
    assert g21["kind"] == "calendar year" and 38 < g21["break_even_days"].low < g21["break_even_days"].high < 42
    assert g21["growth"].high < 0 and g21["growth"].low > by.growth_vs_ordinary.low
    # a peer prefecture at or below Gansu's mean: against Dingxi the break-even reaches the days elapsed
    dingxi = band.loc[("Dingxi", 2022)]
    assert dingxi["break_even_days"].high > by.days.low
    assert (band["base_share"].map(lambda i: i.high) < 40).all()  # every reference: the base is well under it
    assert set(band["kind"]) == {"calendar year", "campaign"}


def test_fugitive_and_cold_case_rates_against_gansus_own(seed):
    fug = fugitive_rates(seed).set_index("year")
    assert 1.3 < fug.loc[2021, "multiple"].low < fug.loc[2021, "multiple"].high < 1.7  # 2,931 caught in 2021
    assert fug.loc[2020, "multiple"].high < 1  # 6,686 online fugitives in 2020: the year matters
    cold = cold_case_expectation(seed)
    assert cold["solved"] == 2 and 1 < cold["pro_rata"].low < cold["pro_rata"].high < 1.5


def test_the_base_weeks_calendar_holds_the_party_congress_and_the_2022_summer_campaign(seed):
    rows = campaign_periods(seed).set_index("label_zh")
    congress = rows.loc["党的二十大"]
    assert (congress["start_low"], congress["end_high"]) == (dt.date(2022, 10, 16), dt.date(2022, 10, 22))
    summer = rows.loc["百日行动（2022）"]
    assert summer["start_low"] == dt.date(2022, 6, 25) and summer["end_high"] == dt.date(2022, 10, 2)
    base = rows.loc["同比基期"]
    assert base["start_low"] <= congress["start_low"] <= base["end_high"]


def test_theme_education_is_dated_by_the_batch_that_covers_linxia(seed):
    rows = campaign_periods(seed).set_index("label_zh")
    theme = rows.loc["主题教育（第二批）"]
    assert theme["start_low"] == dt.date(2023, 9, 1) and theme["end_high"] == dt.date(2024, 1, 31)
    camp = rows.loc["“秋风”专项行动"]
    assert theme["start_low"] <= camp["start_low"] <= theme["start_high"]  # the same month


def test_big5_gateway_copies_are_flagged_as_copies():
    for df in (national_trend(), load_population(), load_campaigns()):
        big5 = df[df["source_url"].str.contains(r"big5\.|/BIG5/", case=False)]
        assert (big5["source_is_mirror"] == "yes").all()


def test_national_trend_is_sourced():
    df = national_trend()
    assert df["source_url"].str.match(r"https?://").all()
    assert set(df["source_is_mirror"]) <= {"yes", "no"}
    filed = df[(df["kind"] == "filed") & (df["period"] == "2023")]
    assert filed["value"].iloc[0] < 0


# --- who spoke, the Q&A heading, derived files -------------------------------------------

def test_who_spoke_and_who_attended(seed):
    df = speakers(seed)
    presenter = df.loc[df["role"] == "presenter", "who"].tolist()
    assert len(presenter) == 1 and "政治部主任" in presenter[0]
    assert (df["role"] == "outlets attending").sum() == 5
    assert speakers(Briefing("", None)).empty


def test_qa_heading_has_no_answers(seed):
    qa = qa_headings(seed)
    assert qa["heading"].tolist() == ["记者提问"]
    assert qa["body_chars"].iloc[0] == 0 and qa["next_kind"].iloc[0] == "pillar"


def test_world_derived_files_regenerate_exactly(seed):
    for name, content in world_derived(seed).items():
        committed = DERIVED / name
        assert committed.exists(), f"{committed} is not committed"
        assert committed.read_text(encoding="utf-8") == content, f"{committed} is stale"


def test_timeline_chart_draws_every_period(seed):
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from analysis.linxia.timeline import plot_timeline

    periods = campaign_periods(seed)
    fig, ax = plt.subplots()
    plot_timeline(ax, periods, dt.date(2024, 2, 15))
    labels = [t.get_text() for t in ax.get_yticklabels()]
    legend = [t for t in ax.get_legend().get_texts()]
    plt.close(fig)
    assert len(labels) == len(periods)
    assert all(t.get_fontsize() >= 10 for t in legend)
    assert any(t.get_text().startswith("political campaign") for t in legend)  # period colours explained
    assert any("积石山" in t for t in labels) and all(re.search(r"[A-Za-z]", t) for t in labels)
