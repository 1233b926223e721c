"""The generic briefing analysis, for any briefing: :class:`~analysis.briefings.briefing.Briefing`
and its tables (``table``), the bounds a figure's writing allows (``intervals``), quoting and
annotating the text (``quote``, ``annotate``), charts (``plots``), sentences, per-document tables
and corpora (``documents``, ``corpus``), the checks (``checks``, with ``links`` and ``bases``) and the generic walk (``walk``).
It imports the figure engine (:mod:`analysis.engine`) and nothing of the seed study
(:mod:`analysis.linxia`)."""
