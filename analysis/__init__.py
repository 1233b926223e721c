"""Chinese police-campaign press briefings: repair the scraped text, find its structure,
and normalise every figure with its provenance.

The engine (:mod:`analysis.engine`) needs no pandas; the names that do (``Briefing``,
``to_frame``) load it only when first used, so ``import analysis.engine`` stays light.

>>> from analysis.linxia import seed_briefing
>>> b = seed_briefing()
>>> b.figures[3].text, b.figures[3].value, b.figures[3].change_pct
('237起', 237, 178.8)
"""
from importlib import import_module

__version__ = "0.2.0"

from .engine import Figure, clean, extract, repair

__all__ = ["__version__", "Briefing", "Figure", "extract", "to_frame", "clean", "repair"]

_LAZY = {"Briefing": ".briefings.briefing", "to_frame": ".briefings.table"}


def __getattr__(name: str):
    """Import the pandas-backed names on first use (PEP 562)."""
    if name in _LAZY:
        try:
            module = import_module(_LAZY[name], __name__)
        except ModuleNotFoundError as err:  # pandas or matplotlib: the analysis layer's extra
            raise ModuleNotFoundError(
                f"analysis.{name} needs {err.name}, which is not installed: install the `notebooks` "
                "extra (pip install 'briefing-figures[notebooks]'); the engine (extract, clean) "
                "works without it", name=err.name) from err
        return getattr(module, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
