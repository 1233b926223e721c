"""The README's Dask recipe, run as written on a local two-worker cluster, gives exactly the rows
of ``figures --batch``."""
import json
import random
import re
import subprocess
import sys

import pytest

from analysis.briefings.paths import ROOT

pytest.importorskip("dask.bag")
pytest.importorskip("distributed")
sys.path.insert(0, str(ROOT / "benchmarks"))
from bench import briefing  # noqa: E402


def readme_recipe(name: str = "dask_figures.py") -> str:
    """The engine README's one Python block that opens with ``# <name>``."""
    text = (ROOT / "analysis" / "engine" / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(rf"```python\n(# {re.escape(name)}.*?)```", text, flags=re.S)
    assert len(blocks) == 1, f"the README has one recipe {name}"
    return blocks[0]


def test_dask_recipe_gives_the_command_line_rows(tmp_path):
    rng = random.Random(11)
    corpus = tmp_path / "corpus.jsonl"
    with corpus.open("w", encoding="utf-8") as fh:
        for i in range(24):
            fh.write(json.dumps({"id": f"doc{i}", "text": briefing(rng), "date": "2023-11-16"},
                                ensure_ascii=False) + "\n")
    script = tmp_path / "dask_figures.py"
    script.write_text(readme_recipe(), encoding="utf-8")
    # Small blocks, so the corpus is cut into several partitions across both workers.
    script.write_text(script.read_text(encoding="utf-8").replace('blocksize="16MiB"', 'blocksize="20KiB"'),
                      encoding="utf-8")
    out = tmp_path / "rows"
    proc = subprocess.run([sys.executable, str(script), str(corpus), str(out)], cwd=tmp_path,
                          capture_output=True, timeout=120)
    assert proc.returncode == 0, proc.stderr.decode()[-2000:]
    parts = sorted(out.glob("*.jsonl"))
    assert len(parts) > 1
    dask_rows = [json.loads(line) for p in parts for line in p.read_text(encoding="utf-8").splitlines()]
    cli = subprocess.run([sys.executable, "-m", "analysis", "figures", "--batch", "--format", "jsonl",
                          str(corpus)], capture_output=True, cwd=ROOT, timeout=120)
    cli_rows = [json.loads(line) for line in cli.stdout.splitlines()]
    assert cli.returncode == 0 and len(cli_rows) > 100
    assert dask_rows == cli_rows


def test_dask_recipe_gives_the_command_line_document_table(tmp_path):
    """The shipped corpus's texts and metadata (documents without figures among them) through
    the README's recipe on two workers: the very rows of ``--documents``."""
    from analysis.briefings.corpus import load_corpus

    docs = [{**d, "date": d["date"] or None} for d in load_corpus()[::4]]  # unknown: null, not ""
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
    script = tmp_path / "dask_documents.py"
    script.write_text(readme_recipe("dask_documents.py").replace('blocksize="16MiB"', 'blocksize="40KiB"'),
                      encoding="utf-8")
    proc = subprocess.run([sys.executable, str(script), str(corpus), str(tmp_path / "documents")],
                          cwd=tmp_path, capture_output=True, timeout=300)
    assert proc.returncode == 0, proc.stderr.decode()[-2000:]
    parts = sorted((tmp_path / "documents").glob("*.jsonl"))
    assert len(parts) > 1
    dask_rows = [json.loads(line) for p in parts for line in p.read_text(encoding="utf-8").splitlines()]
    table = tmp_path / "docs.jsonl"
    cli = subprocess.run([sys.executable, "-m", "analysis", "figures", "--batch", "--format", "jsonl",
                          "--documents", str(table), "-o", str(tmp_path / "rows.jsonl"), str(corpus)],
                         capture_output=True, cwd=ROOT, timeout=300)
    assert cli.returncode == 0, cli.stderr.decode()[-2000:]
    cli_rows = [json.loads(line) for line in table.read_text(encoding="utf-8").splitlines()]
    assert len(cli_rows) == len(docs) and [r["id"] for r in cli_rows] == [d["id"] for d in docs]
    assert dask_rows == cli_rows
