"""The report's front page and methodology page: findings computed, sources listed."""
import json
from pathlib import Path

from analysis.briefings.notebooks import _exporter, _with_alt_text
from analysis.linxia.report import index_html, key_findings, lead, methodology_html
from analysis.linxia import seed_briefing


def test_key_findings_are_computed_from_the_seed():
    text = " ".join(key_findings(seed_briefing()))
    for fact in ("237", "54–73", "23%–31%", "at least 4.2", "46", "over 88.98 million yuan", "5%"):
        assert fact in text, fact


def test_key_findings_carry_the_base_year_as_a_calendar_year_not_an_ordinary_one():
    text = " ".join(key_findings(seed_briefing()))
    assert "at least 21% of Gansu's mean in calendar year 2022 (not campaign-free" in text
    assert "ordinary year" not in text and "low base" not in text and "a fall of" not in text


def test_a_floor_on_the_rate_is_never_called_below_without_its_condition():
    text = " ".join(key_findings(seed_briefing()))
    assert "at least 0.19 cases solved per 100,000 residents per day" in text
    assert "If the first stage ran to the briefing, that is below 8 of the 9 comparisons" in text
    assert "level with Dingxi 2022" in text  # the intervals overlap: not ranked
    assert "cannot show that Linxia's base was low" in text


def test_the_index_leads_with_three_plain_sentences():
    sentences = lead(seed_briefing())
    assert len(sentences) == 3
    assert sentences[0].startswith("The Linxia police report 237 criminal cases solved")
    assert "(同比上升178.8%)" in sentences[0]  # English first, the Chinese in brackets
    assert "cannot be known" in sentences[2]
    page = index_html(seed_briefing(), [], "annotated-briefing.html")
    assert page.index(sentences[0]) < page.index("Key findings")


def test_key_findings_quote_the_repaired_text_not_the_mirrors_traditional_forms():
    text = " ".join(key_findings(seed_briefing()))
    assert "8898万余元" in text and "萬" not in text and "億" not in text


def test_index_opens_with_findings_and_links_every_notebook(tmp_path):
    pages = [tmp_path / "00-a.html", tmp_path / "07-new.html"]
    page = index_html(seed_briefing(), pages, "annotated-briefing.html")
    assert page.index("Key findings") < page.index("Notebooks")
    assert 'href="07-new.html"' in page and 'href="methodology.html"' in page


def test_methodology_lists_sources_with_their_mirror_flags():
    page = methodology_html()
    assert "mirror or copy" in page and "10.1007/s11417-012-9131-5" in page
    assert "Solved (破获) is not filed" in page
    assert "accessed 2026-11-27" in page and "ISBN" in page
    assert "https://hts.gov.cn/xinxigongkai/show.php?itemid=11216" in page  # data/world sources too
    assert "https://m.zailaw.cn/zhishi/1690295137767360.html" in page  # legal-sources.csv
    assert "https://rajayuj.com/bmpd/jmsgaj/zwgk/tpxw/content/post_2682006.html" in page  # cited in roles.csv


def test_images_get_their_alt_text():
    nb = {"cells": [{"cell_type": "code", "outputs": [
        {"output_type": "display_data", "data": {"image/png": "AAAA", "text/plain": "a chart"},
         "metadata": {"image/png": {"alt": "Bars <of> things"}}}]}]}
    from nbformat import from_dict

    out = _with_alt_text(from_dict(nb))
    html = out.cells[0].outputs[0]["data"]["text/html"]
    assert 'alt="Bars &lt;of&gt; things"' in html and "base64,AAAA" in html


def test_every_committed_chart_has_alt_text():
    # notebooks 00–05; a new notebook should show its charts with analysis.briefings.plots.show as well
    for path in sorted(Path(__file__).parents[1].glob("notebooks/[0-9][0-9]-*.ipynb")):
        for cell in json.loads(path.read_text())["cells"]:
            for o in cell.get("outputs", []):
                if "image/png" in o.get("data", {}):
                    assert o.get("metadata", {}).get("image/png", {}).get("alt"), f"{path.name}: image without alt"


def test_annotated_view_marks_rounded_totals_and_remainders_as_bounds_not_plain_counts():
    import re

    from analysis.briefings.annotate import annotated_html

    html_text = annotated_html(seed_briefing())
    marks = {m["text"]: m["cls"] for m in re.finditer(r'<mark id="fig-\d+" class="(?P<cls>[^"]*)"[^>]*>(?P<text>[^<]*)</mark>', html_text)}
    assert "bound" in marks["4.88亿元"].split() and "bound" in marks["8898万余元"].split()
    assert "bound" not in marks["237起"].split() and "bound" not in marks["为期100天"].split()


def test_the_parameters_cell_is_left_out_of_the_static_page():
    from nbformat import v4

    nb = v4.new_notebook(cells=[v4.new_code_cell("SORT_BARS = False", metadata={"tags": ["parameters"]}),
                                v4.new_code_cell("shown = 1")])
    body, _ = _exporter().from_notebook_node(nb)
    assert "shown" in body and "SORT_BARS" not in body
