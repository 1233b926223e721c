#!/usr/bin/env python3
"""Check the labelled structure set (tests/cases/structure-docs.jsonl) against its own rules.

Checks the labels only, never the code they will score: every span is an exact slice of its
page's text; a page taken from a held-out set has the same text there (sha256), the same url and
date, and its figures are the held-out figures by start, end and text; kinds, levels, forms,
roles, periods and metric classes come from the documented lists; a figure's section is the last
heading that starts before it (none inside the title, a subtitle, a source line, the dateline, the
byline or chrome); chrome is never the title or a heading; a new page is in no held-out set and
not in the development documents.

    python3 .ci/check_structure_labels.py
    python3 .ci/check_structure_labels.py --docs tests/cases/structure13-docs.jsonl

Standard library only; run from the project root. Exits 1 and lists the problems when any.
"""
from __future__ import annotations

import argparse
import csv
import glob
import hashlib
import json
import os
import sys

DOCS = "tests/cases/structure-docs.jsonl"
HELDOUT = "tests/cases/heldout*-docs.jsonl"
DEV_DOCS = os.path.join("..", "shared", "eval", "dev-docs.jsonl")
DEV_PHRASES = ("tests/cases/dev-figures.jsonl", "tests/cases/dev-negatives.jsonl")
METRIC_CLASSES = "analysis/engine/data/metric-classes.csv"
CHROME_KINDS = {"breadcrumb", "caption", "print_link", "prev_next", "share", "counter",
                "copyright", "editor", "page_header", "keywords", "other"}
HEADING_FORMS = {"numbered_cn", "paren_cn", "arabic", "ordinal_di", "line", "bracket", "pillar"}
ITEM_FORMS = {"yishi", "ordinal_di", "arabic", "paren_cn", "circled"}
ROLES = {"level", "increase", "decrease", "base", "example", "threshold", "target", "other", None}
PERIODS = {"reporting", "earlier", "base", "target", "other", None}
SPAN_KEYS = ("title", "dateline", "byline")
SPAN_LISTS = ("title_alternatives", "subtitles", "source_lines", "chrome", "headings", "items")


def sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def read_jsonl(path: str) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def heldout_pages() -> dict[str, dict]:
    pages = {}
    for path in sorted(glob.glob(HELDOUT)):
        for doc in read_jsonl(path):
            pages[doc["id"]] = dict(doc, source_set=path)
    return pages


def metric_codes() -> set[str]:
    if not os.path.exists(METRIC_CLASSES):
        return set()
    with open(METRIC_CLASSES, encoding="utf-8", newline="") as fh:
        return {row["code"] for row in csv.DictReader(fh)}


def spans_of(page: dict) -> list[tuple[str, dict]]:
    found = [(key, page[key]) for key in SPAN_KEYS if page.get(key)]
    for key in SPAN_LISTS:
        found += [(key, span) for span in page.get(key, [])]
    return found


def span_problems(page: dict) -> list[str]:
    text, problems = page["text"], []
    for key, span in spans_of(page):
        s, e = span["start"], span["end"]
        if not (0 <= s < e <= len(text)) or text[s:e] != span["text"]:
            problems.append(f"{key} span {s}-{e} {span['text']!r} is not the text there")
    return problems


def overlaps(a: dict, b: dict) -> bool:
    return a["start"] < b["end"] and b["start"] < a["end"]


def kind_problems(page: dict) -> list[str]:
    problems = [f"chrome kind {c['kind']!r}" for c in page["chrome"] if c["kind"] not in CHROME_KINDS]
    problems += [f"heading {h['text']!r}: level {h['level']} or form {h['form']!r}"
                 for h in page["headings"]
                 if h["level"] not in (1, 2, 3) or h["form"] not in HEADING_FORMS]
    problems += [f"item form {i['form']!r}" for i in page["items"] if i["form"] not in ITEM_FORMS]
    for chrome in page["chrome"]:
        for key, span in [("title", page["title"])] + [("heading", h) for h in page["headings"]]:
            if span and overlaps(chrome, span):
                problems.append(f"chrome {chrome['text']!r} overlaps the {key} {span['text']!r}")
    return problems


def zones(page: dict) -> list[dict]:
    found = [page[k] for k in SPAN_KEYS if page.get(k)]
    return found + page["subtitles"] + page["source_lines"] + page["chrome"]


def expected_section(page: dict, figure: dict) -> int | None:
    if any(z["start"] <= figure["start"] < z["end"] for z in zones(page)):
        return None
    before = [i for i, h in enumerate(page["headings"]) if h["start"] <= figure["start"]]
    return before[-1] if before else None


def figure_problems(page: dict, source: dict | None, codes: set[str]) -> list[str]:
    if source is None:
        return [f"a new page has figures"] if page["figures"] else []
    want = [(f["start"], f["end"], f["text"]) for f in source["figures"]]
    got = [(f["start"], f["end"], f["text"]) for f in page["figures"]]
    problems = [] if want == got else ["figures are not the held-out figures"]
    for f in page["figures"]:
        problems += one_figure_problems(page, f, codes)
    return problems


def one_figure_problems(page: dict, f: dict, codes: set[str]) -> list[str]:
    where, problems = f"figure {f['text']!r}@{f['start']}", []
    if f["section"] != expected_section(page, f):
        problems.append(f"{where}: section {f['section']} (expected {expected_section(page, f)})")
    if page.get("roles_labelled"):
        if f.get("role", "?") not in ROLES or f.get("period", "?") not in PERIODS:
            problems.append(f"{where}: role {f.get('role')!r} / period {f.get('period')!r}")
        if (f.get("role") is None) != (f.get("period") is None):
            problems.append(f"{where}: role and period must both be set or both be null")
        if f.get("metric_class") and codes and f["metric_class"] not in codes:
            problems.append(f"{where}: metric class {f['metric_class']!r} not in {METRIC_CLASSES}")
    return problems


def used_urls(held: dict[str, dict]) -> set[str]:
    """Addresses of the held-out pages and of the development phrases and documents."""
    urls = {d["url"] for d in held.values()}
    for path in DEV_PHRASES + (DEV_DOCS,):
        if os.path.exists(path):
            urls |= {row.get("url") for row in read_jsonl(path)}
    return urls


def source_problems(page: dict, held: dict[str, dict], dev_texts: set[str]) -> list[str]:
    if page["source_set"] == "new":
        problems = ["a new page has a held-out id"] if page["id"] in held else []
        if page["url"] in used_urls(held):
            problems.append("a new page's address is in a held-out or development file")
        texts = {sha(d["text"]) for d in held.values()} | dev_texts
        return problems + (["a new page's text is in a held-out or development set"]
                           if sha(page["text"]) in texts else [])
    source = held.get(page["id"])
    if source is None or source["source_set"] != page["source_set"]:
        return [f"not found in {page['source_set']}"]
    same = sha(source["text"]) == sha(page["text"]) and source["url"] == page["url"]
    return [] if same and source["date"] == page["date"] else ["text, url or date differ from the held-out page"]


def page_problems(page: dict, held: dict[str, dict], dev_texts: set[str], codes: set[str]) -> list[str]:
    problems = source_problems(page, held, dev_texts) + span_problems(page) + kind_problems(page)
    source = held.get(page["id"]) if page["source_set"] != "new" else None
    return problems + figure_problems(page, source, codes)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", default=DOCS, help=f"the labelled file (default {DOCS})")
    pages, held, codes = read_jsonl(ap.parse_args(argv).docs), heldout_pages(), metric_codes()
    dev_texts = {sha(d["text"]) for d in read_jsonl(DEV_DOCS)} if os.path.exists(DEV_DOCS) else set()
    failures = 0
    if len({p["id"] for p in pages}) != len(pages):
        print("duplicate ids"); failures += 1
    for page in pages:
        for problem in page_problems(page, held, dev_texts, codes):
            print(f"{page['id']}: {problem}"); failures += 1
    with_roles = sum(1 for p in pages if p.get("roles_labelled"))
    print(f"{len(pages)} pages ({sum(p['source_set'] == 'new' for p in pages)} new), "
          f"{with_roles} with roles; {failures} problems")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
