"""Execute a notebook in a fresh kernel and write it as an HTML page: what the seed study's
report, the generic walk (``briefing-figures report FILE``) and ``make notebooks`` share."""
from __future__ import annotations

import html
import os
import tempfile
from pathlib import Path

from .paths import NOTEBOOKS

__all__ = ["execute_notebook", "write_html", "FOLD_CODE", "WRAP_CELLS"]


def execute_notebook(nb, cwd: Path = NOTEBOOKS, timeout: int = 300):
    """Run every cell of ``nb`` (in place) in a fresh kernel that talks to this process over
    local IPC sockets in a private temporary folder: no TCP port is opened, so the kernel has
    no reason to warn that it is "running over TCP without encryption"."""
    from nbconvert.preprocessors import ExecutePreprocessor
    from traitlets.config import Config

    with tempfile.TemporaryDirectory(prefix="kernel-") as sockets:
        config = Config()
        config.KernelManager.transport = "ipc"
        config.KernelManager.ip = os.path.join(sockets, "ipc")
        ExecutePreprocessor(timeout=timeout, kernel_name="python3", config=config).preprocess(
            nb, {"metadata": {"path": str(cwd)}})
    return nb


def _exporter():
    """The HTML exporter: JupyterLab's template, with the cells tagged ``parameters`` (the
    settings a reader may change and rerun) and ``parameters-note`` (the line introducing them)
    left out of the static page."""
    from nbconvert import HTMLExporter
    from traitlets.config import Config

    config = Config()
    config.TagRemovePreprocessor.remove_cell_tags = ("parameters", "parameters-note")
    config.TagRemovePreprocessor.enabled = True
    return HTMLExporter(template_name="lab", config=config)


def write_html(nb, target: Path) -> Path:
    """An executed notebook as an HTML page at ``target``: images with their alt text, code
    folded under "Show code", table cells wrapping their text (:data:`WRAP_CELLS`), the
    parameters cell and its note left out (:func:`_exporter`)."""
    body, _ = _exporter().from_notebook_node(_with_alt_text(nb))
    target.write_text(body.replace("</head>", WRAP_CELLS + "</head>").replace("</body>", FOLD_CODE + "</body>"),
                      encoding="utf-8")
    return target


#: Table cells wrap their text, so a long premise or reason is shown whole, never cut off.
WRAP_CELLS = """<style>
.jp-RenderedHTMLCommon td, .jp-RenderedHTMLCommon th { white-space: pre-wrap; text-align: left; max-width: 40em; }
</style>"""

#: Folds every code cell of an exported notebook under a "Show code" toggle.
FOLD_CODE = """<script>
document.querySelectorAll('.jp-CodeCell .jp-Cell-inputWrapper').forEach(function (el) {
  var d = document.createElement('details'), s = document.createElement('summary');
  s.textContent = 'Show code'; d.appendChild(s); el.parentNode.insertBefore(d, el); d.appendChild(el);
});
</script>"""


def _with_alt_text(nb):
    """A copy of ``nb`` in which each image with ``alt`` metadata is an ``<img alt=…>``."""
    import copy

    nb = copy.deepcopy(nb)
    for cell in nb.cells:
        for o in cell.get("outputs", []):
            alt = o.get("metadata", {}).get("image/png", {}).get("alt")
            if alt and "image/png" in o.get("data", {}):
                o["data"] = {"text/html": f'<img alt="{html.escape(alt)}" '
                                          f'src="data:image/png;base64,{o["data"]["image/png"]}">'}
    return nb
