"""Saved HTML pages: the article's main text and the page's metadata, by trafilatura.

trafilatura (Barbaresi 2021, ACL demo paper; https://trafilatura.readthedocs.io) separates an
article from page furniture (navigation, breadcrumbs, share links, footers) and reads the
title, the site name and, through htmldate, the publication date. It runs on the HTML given,
with no network, in its precision mode (``favor_precision``: a link list or a footer is left
out rather than kept). It is an optional dependency: the ``html`` extra.

The document read from a page is its headline (trafilatura's title) on the first line, unless
the main text already opens with it, then the main text: every offset of its figures points
into that text (:attr:`Page.text`). The page's own date is read from its metadata only (meta
tags, ``<time>`` elements, JSON-LD; htmldate without its search of the free text, which can
pick up any date the article mentions) as the original publication date.

A file is taken for HTML by its suffix (:data:`HTML_SUFFIXES`) or by its first characters,
following the HTML signatures of the WHATWG MIME Sniffing Standard (section 7.1, "Identifying
a resource with an unknown MIME type"): after leading white space, one of
:data:`HTML_SIGNATURES` (any case) followed by a space or ``>``.
"""
from __future__ import annotations

import re
from pathlib import PurePath
from typing import NamedTuple

from .inputs import InputError
from .writers import MissingExtra

__all__ = ["HTML_SIGNATURES", "HTML_SUFFIXES", "Page", "PageError", "is_html", "page_from_html"]

HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml"})
#: WHATWG MIME Sniffing, 7.1: the patterns that make a resource ``text/html``.
HTML_SIGNATURES = ("<!DOCTYPE HTML", "<HTML", "<HEAD", "<SCRIPT", "<IFRAME", "<H1", "<DIV",
                   "<FONT", "<TABLE", "<A", "<STYLE", "<TITLE", "<B", "<BODY", "<BR", "<P", "<!--")
_SIGNATURE = re.compile(r"[\t\n\f\r ]*(?:%s)[ >]" % "|".join(map(re.escape, HTML_SIGNATURES)),
                        re.IGNORECASE)
#: A main text holds at least one line this long (white space aside): a page of links and
#: labels alone (首页, 新闻中心 …) has none. Length is jusText's and trafilatura's first cue for
#: furniture (short blocks); ten characters is less than the shortest sentence of a figure.
MIN_LINE_CHARS = 10
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
#: htmldate on the page's markup only (see the module docstring).
_DATE_PARAMS = {"extensive_search": False, "original_date": True, "outputformat": "%Y-%m-%d"}


class PageError(InputError):
    """An HTML page from which no main text can be taken; the message says which page."""


class Page(NamedTuple):
    """What a saved page gives: its text and metadata (None where the page has none)."""

    text: str
    title: str | None
    date: str | None  # YYYY-MM-DD, from the page's metadata
    site: str | None
    url: str | None


def is_html(path: str | None, text: str) -> bool:
    """Whether a file is an HTML page: by its suffix, else by its first characters.

    >>> is_html("a.htm", "破获"), is_html(None, "\\ufeff <!doctype html><html>"), is_html(None, "<b>x</b>")
    (True, True, True)
    >>> is_html("a.txt", "破获刑事案件<br>"), is_html(None, "<Bx")
    (False, False)
    """
    if path and PurePath(path).suffix.lower() in HTML_SUFFIXES:
        return True
    return bool(_SIGNATURE.match(text.lstrip("\ufeff")))


def _trafilatura():
    try:
        import trafilatura
    except ImportError as err:
        raise MissingExtra("reading HTML pages needs trafilatura: install the `html` extra "
                           "(pip install 'briefing-figures[html]')") from err
    return trafilatura


def _extract(html: str, url: str | None):
    """trafilatura's document (text and metadata), or None when it finds no main text."""
    try:
        return _trafilatura().bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=True,
            favor_precision=True, date_extraction_params={**_DATE_PARAMS, "url": url})
    except MissingExtra:
        raise
    except Exception:  # markup lxml cannot parse at all: no main text either
        return None


def _headed(title: str | None, body: str) -> str:
    """The title on the first line, unless the body opens with it."""
    if not title or body.lstrip().startswith(title):
        return body
    return f"{title}\n{body}"


def page_from_html(html: str, url: str | None = None, name: str = "page") -> Page:
    """The main text and metadata of an HTML page; :class:`PageError` when it has no main text.

    >>> page_from_html("<html><body><nav>首页</nav></body></html>", name="empty.html")
    Traceback (most recent call last):
    ...
    analysis.engine.pages.PageError: empty.html: no main text found in this HTML page (navigation or furniture only?)
    """
    doc = _extract(html, url)
    body = (doc.text or "").strip() if doc is not None else ""
    if not any(len("".join(line.split())) >= MIN_LINE_CHARS for line in body.splitlines()):
        raise PageError(f"{name}: no main text found in this HTML page "
                        "(navigation or furniture only?)")
    title = (doc.title or "").strip() or None
    date = doc.date if isinstance(doc.date, str) and _ISO_DATE.fullmatch(doc.date) else None
    site = (doc.sitename or doc.hostname or "").strip() or None
    return Page(_headed(title, body), title, date, site, url or doc.url)
