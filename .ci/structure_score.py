#!/usr/bin/env python3
"""Score the structure reader on a labelled structure set and fail below the floors.

For each page of ``tests/cases/structure-docs.jsonl`` (schema in ``tests/cases/structure-README.md``)
the page's text is read as ``Briefing(text, date)`` and its structure mapped back to the raw text
(``Briefing.raw_structure``), then compared with the labels:

- **title right**: both null, or the found title equals the labelled title or one of its
  ``title_alternatives`` (text compared without spaces) or covers it with IoU >= 0.8;
- **headings**: a found heading matches a labelled one (one to one, in order) when they start at
  the same offset or overlap with IoU >= 0.5; recall and precision over all pages, and the share
  of matched headings whose level is right;
- **chrome as title or heading**: found titles and headings of which half or more lies in
  labelled chrome (the target is none);
- **figures in the right section**: a labelled figure's ``section`` (index of its heading, or
  null) against the found section mapped through the heading matches;
- **items**: ``一是`` items matched as headings are; recall and precision.

    uv run --locked python .ci/structure_score.py                 # per page and overall
    uv run --locked python .ci/structure_score.py --min-title 90 --min-heading-recall 85 ...

Standard library and the project's structure API only; run from the project root.
"""
from __future__ import annotations

import argparse
import json
import sys

sys.path.insert(0, ".")
from analysis import Briefing  # noqa: E402

DOCS = "tests/cases/structure-docs.jsonl"
IOU_HEADING = 0.5
IOU_TITLE = 0.8


def iou(a: tuple[int, int], b: tuple[int, int]) -> float:
    """Intersection over union of two spans.

    >>> iou((0, 10), (5, 15)), iou((0, 4), (4, 8))
    (0.3333333333333333, 0.0)
    """
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union else 0.0


def _same(found: tuple[int, int], label: tuple[int, int]) -> bool:
    return found[0] == label[0] or iou(found, label) >= IOU_HEADING


def match(found: list[tuple[int, int]], labels: list[tuple[int, int]]) -> dict[int, int]:
    """One-to-one matches ``found index -> label index``, both lists in text order.

    >>> match([(0, 5), (20, 30)], [(0, 6), (10, 12), (21, 30)])
    {0: 0, 1: 2}
    """
    out, j = {}, 0
    for i, f in enumerate(found):
        k = j
        while k < len(labels) and labels[k][1] <= f[0] and not _same(f, labels[k]):
            k += 1
        if k < len(labels) and _same(f, labels[k]):
            out[i] = k
            j = k + 1
    return out


def _squash(text: str) -> str:
    return "".join(text.split())


def title_right(found, doc: dict) -> bool:
    label = doc.get("title")
    if label is None:
        return found is None
    if found is None:
        return False
    for alt in [label] + list(doc.get("title_alternatives") or []):
        if _squash(found.text) == _squash(alt["text"]) or \
                iou((found.start, found.end), (alt["start"], alt["end"])) >= IOU_TITLE:
            return True
    return False


def _in_chrome(span, chrome: list[dict]) -> bool:
    inside = sum(max(0, min(span.end, c["end"]) - max(span.start, c["start"])) for c in chrome)
    return inside * 2 >= max(1, span.end - span.start)


def _sections_right(doc: dict, structure, matches: dict[int, int]) -> tuple[int, int]:
    figures = [f for f in doc.get("figures") or [] if "section" in f]
    section_of = structure.section_finder()
    right = sum(1 for f in figures
                if (None if (i := section_of(f["start"])) is None else matches.get(i, -1))
                == f["section"])
    return right, len(figures)


def score_page(doc: dict) -> dict:
    s = Briefing(doc["text"], doc.get("date")).raw_structure
    labels = [(h["start"], h["end"]) for h in doc.get("headings") or []]
    found = [(h.start, h.end) for h in s.headings]
    hm = match(found, labels)
    im = match([(i.start, i.end) for i in s.items], [(i["start"], i["end"]) for i in doc.get("items") or []])
    chrome = doc.get("chrome") or []
    bad = [x for x in ([s.title] if s.title else []) + list(s.headings) if _in_chrome(x, chrome)]
    levels = sum(1 for i, k in hm.items() if s.headings[i].level == doc["headings"][k].get("level"))
    sec_right, sec_total = _sections_right(doc, s, hm)
    return {"id": doc["id"], "title": title_right(s.title, doc), "h_found": len(found),
            "h_label": len(labels), "h_match": len(hm), "h_level": levels, "chrome_bad": len(bad),
            "sec_right": sec_right, "sec_total": sec_total, "i_found": len(s.items),
            "i_label": len(doc.get("items") or []), "i_match": len(im)}


def pct(a: int, b: int) -> float:
    return 100.0 * a / b if b else 100.0


def summary(rows: list[dict]) -> dict[str, float]:
    t = {k: sum(r[k] for r in rows) for k in rows[0] if k not in ("id", "title")} if rows else {}
    titles = sum(1 for r in rows if r["title"])
    return {"pages": len(rows), "title": pct(titles, len(rows)),
            "heading_recall": pct(t.get("h_match", 0), t.get("h_label", 0)),
            "heading_precision": pct(t.get("h_match", 0), t.get("h_found", 0)),
            "heading_level": pct(t.get("h_level", 0), t.get("h_match", 0)),
            "chrome_as_title_or_heading": t.get("chrome_bad", 0),
            "figures_section": pct(t.get("sec_right", 0), t.get("sec_total", 0)),
            "item_recall": pct(t.get("i_match", 0), t.get("i_label", 0)),
            "item_precision": pct(t.get("i_match", 0), t.get("i_found", 0)),
            "counts": t, "titles_right": titles}


def report(rows: list[dict], out=sys.stdout) -> dict[str, float]:
    for r in rows:
        out.write(f"{r['id']:28s} title {'ok ' if r['title'] else 'BAD'} headings "
                  f"{r['h_match']}/{r['h_label']} found {r['h_found']} levels {r['h_level']} "
                  f"chrome-as-heading {r['chrome_bad']} sections {r['sec_right']}/{r['sec_total']} "
                  f"items {r['i_match']}/{r['i_label']} found {r['i_found']}\n")
    s = summary(rows)
    c = s["counts"]
    out.write(f"structure-score: {s['pages']} pages, title {s['title']:.1f}% ({s['titles_right']}/"
              f"{s['pages']}), heading recall {s['heading_recall']:.1f}% ({c['h_match']}/{c['h_label']}),"
              f" precision {s['heading_precision']:.1f}% ({c['h_match']}/{c['h_found']}), level "
              f"{s['heading_level']:.1f}%, chrome as title or heading {c['chrome_bad']}, figures in "
              f"the right section {s['figures_section']:.1f}% ({c['sec_right']}/{c['sec_total']}), "
              f"item recall {s['item_recall']:.1f}% ({c['i_match']}/{c['i_label']}), precision "
              f"{s['item_precision']:.1f}% ({c['i_match']}/{c['i_found']})\n")
    return s


FLOORS = (("min_title", "title"), ("min_heading_recall", "heading_recall"),
          ("min_heading_precision", "heading_precision"), ("min_figures_section", "figures_section"),
          ("min_item_recall", "item_recall"), ("min_item_precision", "item_precision"))


def broken_floors(s: dict, args: argparse.Namespace) -> list[str]:
    broken = [f"{key} {s[key]:.2f}% < floor {getattr(args, opt)}%" for opt, key in FLOORS
              if getattr(args, opt) is not None and s[key] < getattr(args, opt)]
    if args.max_chrome_as_heading is not None and \
            s["chrome_as_title_or_heading"] > args.max_chrome_as_heading:
        broken.append(f"chrome as title or heading {s['chrome_as_title_or_heading']} > "
                      f"ceiling {args.max_chrome_as_heading}")
    return broken


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", default=DOCS)
    for opt, _ in FLOORS:
        ap.add_argument("--" + opt.replace("_", "-"), type=float, default=None)
    ap.add_argument("--max-chrome-as-heading", type=int, default=None)
    args = ap.parse_args(argv)
    with open(args.docs, encoding="utf-8") as fh:
        rows = [score_page(json.loads(line)) for line in fh if line.strip()]
    s = report(rows)
    broken = broken_floors(s, args)
    for b in broken:
        print(f"structure floor broken: {b}", file=sys.stderr)
    return 1 if broken else 0


if __name__ == "__main__":
    sys.exit(main())
