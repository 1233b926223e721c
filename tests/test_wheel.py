"""The wheel, built and installed in a fresh virtual environment outside the checkout, runs its
console script on a briefing and gives the checkout's rows, glosses included."""
import json
import os
import shutil
import subprocess
import sys
import zipfile

import pytest

from analysis.briefings.paths import ROOT
from analysis.linxia.seed import SEED

UV = shutil.which("uv") or os.path.expanduser("~/.local/bin/uv")
pytestmark = pytest.mark.skipif(not os.access(UV, os.X_OK), reason="uv is not installed")


def uv(*args, cwd, env=None):
    return subprocess.run([UV, *args], cwd=cwd, capture_output=True, timeout=600, env=env)


def offline_then_online(*args, cwd, env=None):
    """Run a uv command from its cache, else with the package index; skip the test when
    neither can get the packages (no cache and no network), fail on any other error."""
    done = uv(*args, "--offline", cwd=cwd, env=env)
    if done.returncode != 0:
        done = uv(*args, cwd=cwd, env=env)
    message = done.stderr.decode()
    if done.returncode != 0 and any(w in message.lower() for w in ("network", "connect", "dns", "offline")):
        pytest.skip(f"packages neither cached nor reachable: {message[-300:]}")
    assert done.returncode == 0, message[-2000:]
    return done


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    """A venv in a temporary directory with only the wheel and its runtime dependencies, at the
    locked versions (from uv's cache when it has them, else from the package index)."""
    tmp = tmp_path_factory.mktemp("wheel")
    offline_then_online("build", "--wheel", "--out-dir", str(tmp / "dist"), cwd=ROOT)
    wheel = next((tmp / "dist").glob("briefing_figures-*.whl"))
    pins = uv("export", "--locked", "--no-dev", "--no-hashes", "--no-emit-project",
              "--format", "requirements-txt", "-q", cwd=ROOT)
    assert pins.returncode == 0, pins.stderr.decode()
    (tmp / "pins.txt").write_bytes(pins.stdout)
    venv = tmp / "venv"
    made = uv("venv", "--offline", "-q", "--python", sys.executable, str(venv), cwd=tmp)
    assert made.returncode == 0, made.stderr.decode()
    env = {**os.environ, "VIRTUAL_ENV": str(venv)}
    env.pop("PYTHONPATH", None)
    offline_then_online("pip", "install", "-q", "-r", str(tmp / "pins.txt"), str(wheel), cwd=tmp, env=env)
    return wheel, venv, tmp


def test_wheel_carries_its_data_and_no_notebook_dependencies(installed):
    wheel, _, _ = installed
    names = zipfile.ZipFile(wheel).namelist()
    assert {"analysis/engine/data/glossary.csv", "analysis/engine/data/readings.tsv",
            "analysis/engine/data/metric-classes.csv"} <= set(names) and "analysis/py.typed" in names
    modules = {p.relative_to(ROOT).as_posix() for p in (ROOT / "analysis").rglob("*.py")}
    assert modules - set(names) == set()  # every layer's modules (engine, briefings, linxia)
    assert any(n.endswith("licenses/LICENSE") for n in names)
    meta = next(n for n in names if n.endswith("METADATA"))
    requires = [l for l in zipfile.ZipFile(wheel).read(meta).decode().splitlines()
                if l.startswith("Requires-Dist:") and "extra ==" not in l]
    assert sorted(r.split()[1].split(">")[0].split("=")[0] for r in requires) == ["numpy", "opencc"]


def test_console_script_outside_the_checkout_gives_the_checkout_rows(installed):
    _, venv, tmp = installed
    text = tmp / "briefing.txt"
    shutil.copy(SEED, text)
    args = ["figures", str(text), "--format", "jsonl", "--date", "2023-11-16"]
    outside = subprocess.run([str(venv / "bin" / "briefing-figures"), *args], cwd=tmp,
                             capture_output=True, timeout=120, env={"PATH": os.environ["PATH"]})
    assert outside.returncode == 0, outside.stderr.decode()
    inside = subprocess.run([sys.executable, "-m", "analysis", *args], cwd=ROOT,
                            capture_output=True, timeout=120)
    assert inside.returncode == 0
    rows = [json.loads(l) for l in outside.stdout.splitlines()]
    assert rows == [json.loads(l) for l in inside.stdout.splitlines()]
    assert len(rows) == 22 and sum(bool(r["metric_en"]) for r in rows) >= 15
    where = subprocess.run([str(venv / "bin" / "python"), "-c", "import analysis; print(analysis.__file__)"],
                           cwd=tmp, capture_output=True, text=True)
    assert str(venv) in where.stdout and str(ROOT) not in where.stdout
