"""The notebooks in JupyterLab, driven in headless Chromium the way a reader uses them.

For every notebook: open it, clear outputs, Run All, wait for the kernel to go idle; no cell
may show an error and every chart cell must show an image; a screenshot goes to
``reports/screenshots/``. Then edit the parameter cell of 02-crackdown, rerun, and check that
the output changed. Run with ``make test-browser``.
"""
from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
import secrets
from pathlib import Path

import pytest

from analysis.briefings.paths import NOTEBOOKS, REPORTS

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
NAMES = sorted(p.name for p in NOTEBOOKS.glob("[0-9][0-9]-*.ipynb"))
SHOTS = REPORTS / "screenshots"
ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-default-apps", "--disable-extensions"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _settings(root: Path) -> dict[str, str]:
    """A private Jupyter config: no news pop-up, no update check, no autosave."""
    settings = root / "settings"
    for plugin, values in {
        "@jupyterlab/apputils-extension/notification": {"fetchNews": "false", "checkForUpdates": False},
        "@jupyterlab/docmanager-extension/plugin": {"autosave": False},
    }.items():
        path = settings / (plugin + ".jupyterlab-settings")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(values))
    config = root / "config" / "labconfig"
    config.mkdir(parents=True)
    (config / "page_config.json").write_text(json.dumps(
        {"disabledExtensions": {"@jupyterlab/apputils-extension:announcements": True}}))
    return {"JUPYTERLAB_SETTINGS_DIR": str(settings), "JUPYTER_CONFIG_DIR": str(root / "config"),
            "JUPYTER_RUNTIME_DIR": str(root / "runtime")}


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    """JupyterLab on 127.0.0.1 with a random token, serving a copy of notebooks/ (so the
    kernel's working directory is not the project root and nothing is saved over the originals)."""
    root = tmp_path_factory.mktemp("lab")
    served = root / "notebooks"
    shutil.copytree(NOTEBOOKS, served)
    port, token = _free_port(), secrets.token_hex(16)
    env = {**os.environ, **_settings(root)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "jupyterlab", "--no-browser", "--ip=127.0.0.1", f"--port={port}",
         f"--IdentityProvider.token={token}", f"--ServerApp.root_dir={served}",
         "--expose-app-in-browser", *(["--allow-root"] if os.geteuid() == 0 else [])],
        env=env, stdout=subprocess.DEVNULL, stderr=open(root / "lab.log", "wb"), start_new_session=True)
    try:
        url = f"http://127.0.0.1:{port}"
        for _ in range(120):
            try:
                urllib.request.urlopen(f"{url}/api/status?token={token}", timeout=1)
                break
            except OSError:
                if proc.poll() is not None:
                    break
                time.sleep(0.5)
        else:
            pytest.fail("JupyterLab did not start:\n" + (root / "lab.log").read_text()[-2000:])
        yield url, token
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)


@pytest.fixture(scope="module")
def page(lab):
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail("chromium is not installed: `make test-browser` installs it")
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        try:
            pg = browser.new_page(viewport={"width": 1400, "height": 1000})
            yield pg
        finally:
            browser.close()


OPEN_AND_RUN = """async ([name, clear]) => {
  const app = window.jupyterapp;
  const panel = Array.from(app.shell.widgets('main')).find(w => w.context && w.context.path === name);
  app.shell.activateById(panel.id);
  await panel.context.ready;
  await panel.sessionContext.ready;
  if (clear) { await app.commands.execute('notebook:clear-all-cell-outputs'); }
  const code = () => Array.from(panel.content.model.cells).filter(c => c.type === 'code');
  const before = Math.max(0, ...code().map(c => c.executionCount || 0));
  await app.commands.execute('notebook:run-all-cells');
  const kernel = panel.sessionContext.session.kernel;
  // Done when the kernel is idle and every code cell has run again (a count above `before`).
  const done = () => kernel.status === 'idle' && code().every(c => (c.executionCount || 0) > before);
  for (let i = 0; i < 900 && !done(); i++) { await new Promise(r => setTimeout(r, 200)); }
  const cells = [];
  for (const cell of panel.content.model.cells) {
    if (cell.type !== 'code') continue;
    const outs = [];
    for (let i = 0; i < cell.outputs.length; i++) { outs.push(cell.outputs.get(i).toJSON()); }
    cells.push({source: cell.sharedModel.getSource(), count: cell.executionCount, outputs: outs});
  }
  return {status: kernel.status, cells};
}"""


def _open(page, url, token, name):
    # ?reset: a fresh workspace, so no earlier notebook is restored and made current.
    page.goto(f"{url}/lab/tree/{name}?reset&token={token}")
    page.wait_for_function(
        "(name) => window.jupyterapp && Array.from(window.jupyterapp.shell.widgets('main'))"
        ".some(w => w.context && w.context.path === name)", arg=name, timeout=60_000)
    return name


def _run(page, name, clear=True):
    return page.evaluate(OPEN_AND_RUN, [name, clear])


@pytest.mark.parametrize("name", NAMES)
def test_notebook_runs_in_lab(page, lab, name):
    url, token = lab
    _open(page, url, token, name)
    result = _run(page, name)
    assert result["status"] == "idle"
    for cell in result["cells"]:
        assert cell["count"], f"cell not run: {cell['source'][:60]!r}"
        errors = [o for o in cell["outputs"] if o["output_type"] == "error"
                  or (o["output_type"] == "stream" and o["name"] == "stderr")]
        assert not errors, f"{name}: {cell['source'][:60]!r} -> {errors}"
        if _shows_chart(cell["source"]):
            assert any("image/png" in o.get("data", {}) for o in cell["outputs"]), \
                f"{name}: chart cell shows no image: {cell['source'][:60]!r}"
    page.wait_for_timeout(500)
    charts = sum(_shows_chart(c["source"]) for c in result["cells"])
    assert page.locator(VISIBLE_IMAGES).count() >= charts
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name.removesuffix('.ipynb')}.png"))
    if charts:  # a notebook may have no chart (04-checks)
        page.locator(VISIBLE_IMAGES).first.scroll_into_view_if_needed()
        page.wait_for_timeout(300)
        page.screenshot(path=str(SHOTS / f"{name.removesuffix('.ipynb')}-chart.png"))


def _shows_chart(source: str) -> bool:
    """A cell that displays a chart: plt.show() or analysis.briefings.plots.show(fig, alt)."""
    return "plt.show()" in source or "show(fig" in source


VISIBLE_IMAGES = ".jp-NotebookPanel:not(.lm-mod-hidden) .jp-RenderedImage img"


def _livelihood_text(result) -> str:
    for cell in result["cells"]:
        for o in cell["outputs"]:
            md = o.get("data", {}).get("text/markdown", "")
            if "categories add up" in md:
                return md
    raise AssertionError("the livelihood finding is missing")


def test_edit_parameter_and_rerun(page, lab):
    url, token = lab
    name = "02-crackdown.ipynb"
    _open(page, url, token, name)
    before = _livelihood_text(_run(page, name))
    assert "in the order of the briefing" in before
    changed = page.evaluate("""(name) => {
      const panel = Array.from(window.jupyterapp.shell.widgets('main')).find(w => w.context && w.context.path === name);
      const cells = panel.content.model.cells;
      for (const cell of cells) {
        const src = cell.sharedModel.getSource();
        if (src.startsWith('SORT_BARS = False')) { cell.sharedModel.setSource(src.replace('SORT_BARS = False', 'SORT_BARS = True')); return true; }
      }
      return false;
    }""", name)
    assert changed, "the parameter cell was not found"
    after = _livelihood_text(_run(page, name, clear=False))
    assert "largest first" in after and after != before
    order = after.split("largest first: ")[1].split(")")[0].split(", ")
    assert order[0] == "破获涉黄案件", order  # 12 cases, the largest category
    page.screenshot(path=str(SHOTS / "02-crackdown-edited.png"))
