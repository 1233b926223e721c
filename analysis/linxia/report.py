"""Build everything derived from the seed: ``python -m analysis.linxia.report``.

Writes ``data/derived/`` (figures.csv, clean.txt, sections.csv, checks.csv, genre-shares.csv …) and, unless
``--data-only``, executes every notebook into ``reports/NN-….html`` (code folded, every chart
with its alt text), an index page that opens with the key findings, a methodology and
limitations page, and the annotated briefing. Stops with a clear message if the seed was altered
(exit 5) or is missing (exit 3: an installed package holds no seed study).
"""
from __future__ import annotations

import argparse
import html
import re
import sys
from pathlib import Path

from ..briefings.annotate import annotated_html
from .baseline import base_year, reference_band
from ..briefings.briefing import Briefing
from ..briefings.checks import and_list, campaign_window, facets, headline
from .itemised import itemised, seed_checks
from .context import comparison, standing
from ..engine.writers import csv_text
from ..briefings.table import frame_csv
from .genre import engine_error_csv, genre_shares
from ..briefings.intervals import Interval, edtf_range, elapsed_days, figure_interval, implied_base, whole_number_chance
from ..briefings.notebooks import execute_notebook, write_html
from ..briefings.paths import DERIVED, NOTEBOOKS, REPORTS
from ..briefings.quote import quote
from .seed import SEED, SeedError, missing_seed_hint, seed_briefing
from .keyed import seed_only
from .world import world_derived

__all__ = ["write_derived", "build_reports", "key_findings", "lead"]


def write_derived(b: Briefing, folder: Path = DERIVED) -> list[Path]:
    """Regenerate the derived data files (byte-identical for the same seed and code); for
    another briefing than the seed, only those that hold no curated data of the seed
    (:func:`analysis.linxia.world.world_derived`)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = {
        "figures.csv": frame_csv(b.frame()),
        "clean.txt": b.text if b.text.endswith("\n") else b.text + "\n",
        "sections.csv": csv_text([("kind", "heading", "start", "end", "pillar"),
                                  *((x.kind, x.heading, x.start, x.end, x.pillar) for x in b.sections)], "\n"),
        "checks.csv": frame_csv(seed_checks(b)),
        **world_derived(b),
        "genre-shares.csv": frame_csv(genre_shares()),
    }
    scored = engine_error_csv()
    if scored is None:
        print("note: ../shared/eval/doc_score.py is not beside the repository: "
              "data/derived/engine-error.csv is kept as committed", file=sys.stderr)
    else:
        paths["engine-error.csv"] = scored
    out = []
    for name, content in paths.items():
        p = folder / name
        p.write_text(content, encoding="utf-8", newline="\n")
        out.append(p)
    return out


def build_reports(out: Path = REPORTS, timeout: int = 300) -> list[Path]:
    """Execute each notebook (a copy: the committed one is left as it is) into HTML."""
    import nbformat

    out.mkdir(parents=True, exist_ok=True)
    written = []
    for nb_path in sorted(NOTEBOOKS.glob("[0-9][0-9]-*.ipynb")):
        nb = execute_notebook(nbformat.read(nb_path, as_version=4), NOTEBOOKS, timeout)
        target = write_html(nb, out / (nb_path.stem + ".html"))
        written.append(target)
        print(f"report: {target.relative_to(out.parent)}", file=sys.stderr)
    b = seed_briefing()
    page = out / "annotated-briefing.html"
    page.write_text("<!doctype html><meta charset=utf-8><title>The briefing, annotated</title>"
                    "<h1>The briefing, annotated</h1><p>Hover over a highlighted figure to see how "
                    "it was read.</p>" + annotated_html(b), encoding="utf-8")
    (out / "methodology.html").write_text(methodology_html(), encoding="utf-8")
    (out / "index.html").write_text(index_html(b, written, page.name), encoding="utf-8")
    return written


def _briefing_findings(b: Briefing) -> list[str]:
    """Findings about the briefing's own figures (notebooks 01–04)."""
    head = headline(b)
    base = implied_base(head.value, head.change_pct)
    start, _, day = campaign_window(b)
    elapsed = elapsed_days(edtf_range(start.value), day)
    rate = figure_interval(head) / elapsed
    it = itemised(b)
    money = next(f for f in b.figures if f.unit == "CNY" and f.qualifier != "exact")
    m = figure_interval(money) / 1e6
    fug = next(f for f in b.figures if f.parent is None and any(g.parent == f.index for g in b.figures))
    listed = sum(k.value for k in facets(b, fug)["place_listed"])  # fails loudly if the code is renamed
    return [
        f"{head.value} criminal cases solved ({head.text}), up {head.change_pct:g}% year on year ({head.change_text}): "
        f"the rise implies about {round(base.low)} cases in the same weeks a year earlier ({base.fmt(2)}).",
        f"Up to the briefing that is at least {rate.floor(1)} cases a day ({elapsed.fmt(0)} days elapsed; "
        "the first stage is undated and may have ended earlier).",
        f"The briefing itemises {Interval(it.certain, it.all).fmt(0)} of the {head.value} cases "
        f"({it.share.low:.0%}–{it.share.high:.0%}); the upper end adds "
        f"{and_list(list(dict.fromkeys(c.case_class for c in it.classes if not c.criminal)))} cases "
        f"({' + '.join(f.text for f in it.possibly_administrative)}), which can be administrative (治安), not "
        "criminal, cases (each category's legal basis: data/world/case-classes.csv); and the text does not say "
        f"that the itemised counts are part of the {head.value} (no 其中).",
        f"Of {fug.value} fugitives caught, {listed} are listed as out-of-province (外省) or other-prefecture "
        "(本省外市州) fugitives: in police usage, people wanted by other provinces or prefectures and caught by "
        f"Linxia's police, so at most {fug.value - listed} were Linxia's own (the reverse reading is possible but "
        "less likely). The 2 homicide fugitives may be the suspects of the 2 cold homicides solved: a likely double count.",
        f"Economic losses recovered: over {m.floor(2)} million yuan ({quote(b, money)}; 余 bounds the figure by its last "
        "written digit), whose losses (individuals', firms' or the state's) the text does not say.",
        f"The whole-number base check passes, but would pass by chance about {whole_number_chance(base):.0%} "
        "of the time: consistency, not proof.",
    ]


#: What reads a briefing other than the seed, in place of the seed report.
_WALK = "The generic walk reads any briefing: briefing-figures report FILE (analysis.briefings.walk)."


@seed_only(_WALK)
def lead(b: Briefing) -> list[str]:
    """The index's plain lead, three sentences computed from the seed: what was claimed, what
    it implies, what cannot be known."""
    head = headline(b)
    base = implied_base(head.value, head.change_pct)
    fug = next(f for f in b.figures if f.parent is None and any(g.parent == f.index for g in b.figures))
    listed = sum(k.value for k in facets(b, fug)["place_listed"])
    money = next(f for f in b.figures if f.unit == "CNY" and f.qualifier != "exact")
    return [
        f"The Linxia police report {head.value} criminal cases solved in the first stage of their 100-day Autumn Wind "
        f"campaign (秋风), up {head.change_pct:g}% year on year (同比上升{head.change_pct:g}%), with {fug.value} fugitives "
        f"caught and over {(figure_interval(money) / 1e6).floor(2)} million yuan of economic losses recovered.",
        f"That implies about {round(base.low)} cases solved in the same weeks of {int(b.date[:4]) - 1}; on the "
        f"conventional reading, {listed} of the {fug.value} fugitives were wanted elsewhere and caught in Linxia.",
        "Whether that base was low for Linxia cannot be known without Linxia's own series, which was not found, and "
        "whether crime rose or fell cannot be known at all: the briefing gives cases solved, not cases filed.",
    ]


@seed_only(_WALK)
def key_findings(b: Briefing) -> list[str]:
    """The report's key findings, each computed from the seed through the library: the
    briefing's own figures, with the base-year findings (notebook 06) after the headline and
    the comparison (notebook 05) after the daily rate."""
    own = _briefing_findings(b)
    return own[:1] + _base_year_findings(b) + own[1:2] + _comparison_findings(b) + own[2:]


def _base_year_findings(b: Briefing) -> list[str]:
    """Notebook 06: the implied base against Gansu's calendar year 2022 (not campaign-free)."""
    by = base_year(b)
    if by is None:
        return []
    return [f"Per resident and day, that base was at least {(by.ratio * 100).floor(0)}% of Gansu's mean in calendar "
            f"year {by.ordinary_year} (not campaign-free: the Ministry's summer campaign, the 20th Party Congress and "
            "pandemic controls fell in it), a floor since the first stage is undated. Gansu's mean is not Linxia's "
            "ordinary rate, which is not known."]


def _comparison_findings(b: Briefing) -> list[str]:
    """Notebook 05: the first stage's rate (a floor) against the comparisons, and the band of references."""
    cmp = comparison(b)
    where = standing(cmp)
    rate = Interval(float(cmp.iloc[0]["rate_low"]), float(cmp.iloc[0]["rate_high"]))
    band = reference_band(b)
    if band is None:
        return []
    even = Interval(min(i.low for i in band["break_even_days"]), max(i.high for i in band["break_even_days"]))
    n = len(cmp) - 2
    level = ", ".join(x.split(",")[0] for x in where["level"]) or "none"
    return [f"That is at least {rate.floor(2)} cases solved per 100,000 residents per day. If the first stage ran to the "
            f"briefing, that is below {len(where['below'])} of the {n} comparisons (prefectures, Gansu and China) and "
            f"level with {level}; a stage shorter than {round(even.low)}–{round(even.high)} days, depending on the Gansu "
            "reference, would put it above them. The comparison cannot show that Linxia's base was low."]


_PAGE = ("<!doctype html><meta charset=utf-8><title>{title}</title>"
         "<style>body{{font:16px/1.5 sans-serif;max-width:46em;margin:2em auto;padding:0 1em}}"
         "li{{margin:.3em 0}}</style><h1>{title}</h1>")


def index_html(b: Briefing, notebooks: list[Path], annotated: str) -> str:
    """Findings first, then where each comes from: notebooks, methodology, the annotated text."""
    findings = "".join(f"<li>{html.escape(s)}</li>" for s in key_findings(b))
    items = "".join(f'<li><a href="{p.name}">{html.escape(p.stem)}</a></li>' for p in notebooks)
    return (_PAGE.format(title="The Autumn Wind (秋风) briefing, Linxia, 16 Nov 2023")
            + '<p class="lead"><b>' + html.escape(" ".join(lead(b))) + "</b></p>"
            + "<h2>Key findings</h2><ul>" + findings + "</ul>"
            + '<p>How these were computed, and what they cannot show: <a href="methodology.html">'
            "methodology and limitations</a>.</p><h2>Notebooks</h2><ol>" + items + "</ol>"
            + f'<p><a href="{annotated}">The briefing, annotated</a> (hover over a figure).</p>')


#: The curated tables of data/world that carry a source per row (URL, publisher, mirror flag, access date).
_WORLD_SOURCES = ("events.csv", "national.csv", "briefing-checklist.csv", "legal-sources.csv",
                  "claim-judgements.csv", "roles.csv")


def _sources() -> list[tuple[str, str, str, str]]:
    """(publisher, URL, mirror flag, access date) of every curated row in data/context and
    data/world — the row's own source, then any further URL cited in its text — each URL once."""
    from .context import load_campaigns, load_population
    from .ledger import load_world_csv

    frames = {"population.csv": load_population(), "campaigns.csv": load_campaigns()}
    frames.update({name: load_world_csv(name) for name in _WORLD_SOURCES})
    rows = [r for name, df in frames.items() for r in _row_sources(name, df)]
    return list({r[1]: r for r in rows}.values())


_URL = re.compile(r"https?://[^\s,;)）\"']+")


def _row_sources(name: str, df) -> list[tuple[str, str, str, str]]:
    """A table's sources: its source columns where it has them; URLs cited in any other text
    cell, flagged as a mirror when the text right after says so, access date as recorded."""
    out = []
    for r in df.to_dict("records"):
        if r.get("source_url"):
            out.append((str(r["publisher"]), str(r["source_url"]), str(r["source_is_mirror"]), str(r["accessed"])))
        for key, cell in r.items():
            if key == "source_url" or not isinstance(cell, str):
                continue
            for m in _URL.finditer(cell):
                after, before = cell[m.end():m.end() + 40], cell[max(0, m.start() - 120):m.start()]
                gateway = "/big5/" in m.group(0).lower() or "//big5." in m.group(0).lower()  # a BIG5 gateway is a copy
                mirror = "yes" if gateway or "mirror" in after or "copy" in after or "copied" in before[-60:] else "not stated"
                seen = "inferred; not accessed" if "inferred" in before else str(r.get("accessed") or "not recorded")
                out.append((f"cited in data/world/{name}" if name not in ("population.csv", "campaigns.csv")
                            else f"cited in data/context/{name}", m.group(0).rstrip("."), mirror, seen))
    return out


def _source_item(publisher: str, url: str, mirror: str, accessed: str) -> str:
    flag = " <b>(mirror or copy)</b>" if mirror == "yes" else ""
    return (f'<li>{html.escape(publisher)}: <a href="{html.escape(url)}">{html.escape(url)}</a>{flag} '
            f"(accessed {html.escape(str(accessed))})</li>")


def _literature_item(r) -> str:
    """A reference with its DOI, ISBN and URL where verified, and its note."""
    ids = [f"{k}: {html.escape(v)}" for k, v in (("doi", r.doi), ("ISBN", r.isbn)) if isinstance(v, str) and v]
    link = f' <a href="{html.escape(r.url)}">{html.escape(r.url)}</a>' if isinstance(r.url, str) and r.url else ""
    cited = getattr(r, "cited_for", None)
    cited = f" Cited for: {html.escape(cited)}." if isinstance(cited, str) and cited else ""
    mirror = " <b>(mirror or copy)</b>" if str(getattr(r, "source_is_mirror", "")) == "yes" else ""
    seen = getattr(r, "accessed", None)
    seen = f" (accessed {html.escape(seen)})" if isinstance(seen, str) and seen else ""
    return (f"<li>{html.escape(r.reference)}{' ' + '; '.join(ids) if ids else ''}{link}{mirror}{seen}"
            f" — {html.escape(r.note if isinstance(r.note, str) else '')}{cited}</li>")


def methodology_html() -> str:
    """How the numbers are made and what limits them; every curated source with its access date."""
    from .context import load_literature

    sources = "".join(_source_item(*r) for r in _sources())
    lit = "".join(_literature_item(r) for r in load_literature().itertuples())
    method = [
        "The text is the scraped copy in <code>seeds/</code>, checksum-verified, repaired (pinyin "
        "annotations, stray commas, Traditional characters) with every edit counted.",
        "Every figure is read by the engine (<code>analysis.engine</code>) with its qualifier; its interval "
        "comes from one function (<code>analysis.briefings.intervals.figure_interval</code>): 余/多 bounds a figure "
        "by its last written digit (8898万余 is at least 88.98 and below 88.99 million), 以上 is open-ended, "
        "近/不足 give an upper bound, 约 gives no interval.",
        "A rounded total (a decimal point or a 万/亿 place word) is read as [x − ½u, x + u), u its last written "
        "place taken in the unit as written: it may be rounded or truncated (2.9万 may be 29,000–29,999).",
        "Derived numbers (an implied base, a remainder, a rate) are ours and are labelled so; the start "
        "of the campaign is a window of days, so every per-day rate is an interval; the first stage is undated "
        "and may have ended before the briefing, so a rate over the days elapsed is a lower bound.",
        "Checks are kept only when they could fail; each says what it could catch and how often it "
        "would pass by chance where that can be computed.",
    ]
    limits = [
        "Solved (破获) is not filed (立案): a clearance drive can raise solved cases without any change in crime.",
        "同比 (year on year) without its base or its period: the base is inferred.",
        "The only copy found sits on a mirror of the Linxia government site; several context sources "
        "are mirrors or content sites (marked below).",
        "Comparisons across areas, levels, years and campaign lengths are rough; peer counts include "
        "rounding, and 违法犯罪嫌疑人 counts include administrative offenders.",
        "Linxia's own earlier annual figures (government work reports) were not found in the sources "
        "consulted.",
    ]
    return (_PAGE.format(title="Methodology and limitations")
            + "<h2>How the numbers are made</h2><ul>" + "".join(f"<li>{m}</li>" for m in method)
            + "</ul><h2>What they cannot show</h2><ul>" + "".join(f"<li>{html.escape(x)}</li>" for x in limits)
            + "</ul><h2>Sources (data/context and data/world)</h2><ul>" + sources
            + "</ul><h2>Literature</h2><ul>" + lit
            + '</ul><p><a href="index.html">Back to the findings</a></p>')


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m analysis.linxia.report", description=__doc__.split("\n\n")[0])
    ap.add_argument("--data-only", action="store_true", help="only regenerate data/derived/")
    args = ap.parse_args(argv)
    if not SEED.is_file():  # an installed package: the study's files are not there (not altered)
        print(f"error: seed file {SEED} is missing; {missing_seed_hint()}", file=sys.stderr)
        return 3
    try:
        b = seed_briefing()
        for p in write_derived(b):
            print(f"data: {p.relative_to(DERIVED.parent.parent)}", file=sys.stderr)
        if not args.data_only:
            build_reports()
    except SeedError as err:
        print(f"error: {err}", file=sys.stderr)
        return 5
    return 0


if __name__ == "__main__":
    sys.exit(main())
