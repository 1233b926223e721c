"""This project against the libraries a user would otherwise reach for, in one run.

    uv sync --group bench && uv run --group bench python benchmarks/compare.py [--mb 10]

Then the command-line table of ``benchmarks/cli.py`` (a JSON Lines corpus in, records out,
start-up measured apart; ``--no-cli`` skips it).

Each tool runs in its own subprocess (so import time and peak memory are its own) on the
same texts: the seed as scraped and repaired, a generated corpus of varied briefings, and
single documents of growing size. Prints a table and writes ``reports/benchmark.png``
(time vs size, log–log). Peers that would take too long on the big inputs are measured on
a prefix and say so. Nothing here asserts: targets are judged by reading the figures.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

TOOLS = ("analysis", "jionlp", "recognizers", "cn2an")
SIZES_KB = (1, 10, 100, 1000, 10000)
BUDGET_S = 60.0  # per peer measurement: beyond it, a prefix is measured


# --- inside the child ----------------------------------------------------------------

def _loader(tool: str):
    if tool == "analysis":
        from analysis.engine.clean import clean
        from analysis.engine.figures import extract

        return lambda t: extract(t, repaired=clean(t))
    if tool == "jionlp":
        import jionlp as jio

        return lambda t: (jio.ner.extract_money(t, with_parsing=True),
                          jio.ner.extract_time(t, with_parsing=True))
    if tool == "recognizers":
        from recognizers_number import Culture, recognize_number, recognize_percentage
        from recognizers_number_with_unit import recognize_currency, recognize_dimension

        return lambda t: [f(t, Culture.Chinese) for f in (recognize_number, recognize_percentage,
                                                         recognize_currency, recognize_dimension)]
    if tool == "cn2an":
        import cn2an

        return lambda t: cn2an.transform(t, "cn2an")
    raise SystemExit(f"unknown tool {tool}")


def _found(tool: str, out) -> list[tuple[object, str]]:
    """(value, unit) pairs a tool reported, in this project's units, for the recall count."""
    pairs: list[tuple[object, str]] = []
    if tool == "analysis":
        for f in out:
            value = "/".join(p[5:10] for p in f.value.split("/")) if f.unit in ("date", "date_range") else f.value
            pairs.append((value, f.measure_word if f.unit == "count" else f.unit))
    elif tool == "jionlp":
        money, times = out
        for m in money:
            num = m["detail"]["num"]
            num = num[0] if isinstance(num, list) else num
            pairs.append((float(num), "CNY" if m["detail"]["case"] == "元" else m["detail"]["case"]))
        for t in times:
            span = t["detail"]["time"]
            if isinstance(span, list) and span and isinstance(span[0], str):
                a, b = span[0][5:10], span[-1][5:10]
                pairs.append((a if a == b else f"{a}/{b}", "date" if a == b else "date_range"))
    elif tool == "recognizers":
        number, percent, currency, dimension = out
        for r in currency:
            pairs.append((float(r.resolution["value"]), r.resolution.get("isoCurrency") or "money"))
        for r in dimension:
            unit = {"Kilogram": "kg", "Day": "day", "Year": "year"}.get(r.resolution.get("unit"), "")
            pairs.append((float(r.resolution["value"]), unit))
        for r in percent:
            pairs.append((float(str(r.resolution["value"]).rstrip("%")), "percent"))
    return pairs  # cn2an returns text, not figures: it finds none


def _recall(tool: str, run) -> int:
    from analysis.linxia.seed import load_seed, seed_briefing

    want = []
    for f in seed_briefing().figures:
        unit = f.measure_word if f.unit == "count" else f.unit
        value = f.value
        if f.unit in ("date", "date_range"):
            value = "/".join(p[5:10] for p in f.value.split("/"))
        want.append((value, unit))
    got = _found(tool, run(load_seed()))
    hits = 0
    for value, unit in want:
        for gv, gu in got:
            same = gv == value if isinstance(value, str) else (
                isinstance(gv, (int, float)) and abs(float(gv) - float(value)) < 1e-6)
            if same and gu == unit:
                hits += 1
                break
    return hits


class _deadline:
    """Raise TimeoutError in the main thread after ``seconds``."""

    def __init__(self, seconds: float):
        self.seconds = seconds

    def __enter__(self):
        import signal

        def fire(*_):
            raise TimeoutError

        self.old = signal.signal(signal.SIGALRM, fire)
        signal.setitimer(signal.ITIMER_REAL, self.seconds)

    def __exit__(self, *exc):
        import signal

        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, self.old)
        return False


def child(tool: str, mb: float) -> None:
    import resource
    import statistics

    t0 = time.perf_counter()
    run = _loader(tool)
    import_s = time.perf_counter() - t0
    import random

    from bench import briefing
    from analysis.linxia.seed import load_seed
    from analysis.engine.clean import clean

    seed = load_seed()
    repaired = clean(seed).text
    run(seed)
    out = {"tool": tool, "import_s": import_s}
    for name, text in (("seed_raw", seed), ("seed_repaired", repaired)):
        times = []
        for _ in range(30 if tool != "analysis" else 300):
            a = time.perf_counter()
            run(text)
            times.append(time.perf_counter() - a)
        out[name + "_ms"] = statistics.median(times) * 1000
    rng = random.Random(20231116)
    docs, size, spent = [], 0, 0.0
    while size < mb * 1e6 and spent < BUDGET_S / 2:
        d = briefing(rng)
        a = time.perf_counter()
        run(d)
        spent += time.perf_counter() - a
        docs.append(d)
        size += len(d.encode())
    out["corpus_mb"], out["corpus_s"] = size / 1e6, spent
    out["mb_per_s"] = size / 1e6 / spent
    base = "".join(docs) * (1 + int(10e6 // max(1, size)))
    curve = []
    per_char = len(base.encode()) / len(base)  # bytes per character of this text
    for kb in SIZES_KB:
        doc = base[: int(kb * 1000 / per_char)]
        a = time.perf_counter()
        try:
            with _deadline(BUDGET_S):
                run(doc)
        except TimeoutError:
            out["curve_cut"] = f"{kb} KB took over {BUDGET_S:.0f} s"
            break
        secs = time.perf_counter() - a
        curve.append((len(doc.encode()) / 1e6, secs))
        if secs * 10 > BUDGET_S:  # the next size (10×) would not fit the budget
            out["curve_cut"] = f"{kb * 10} KB would take over {BUDGET_S:.0f} s"
            break
    out["curve"] = curve
    out["recall"] = _recall(tool, run)
    out["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(out))


# --- the parent ------------------------------------------------------------------------

def notebook_suite() -> tuple[float, float]:
    """Seconds for the notebooks under nbval, and the floor (kernel start + imports) per notebook."""
    root = HERE.parent
    nbs = sorted((root / "notebooks").glob("[0-9][0-9]-*.ipynb"))
    a = time.perf_counter()
    subprocess.run([sys.executable, "-m", "pytest", "-q", "--nbval", "--nbval-sanitize-with",
                    "notebooks/sanitize.cfg", *map(str, nbs)], cwd=root, check=True,
                   capture_output=True)
    suite = time.perf_counter() - a
    code = "import pandas, seaborn, matplotlib.pyplot, analysis.linxia; analysis.linxia.seed_briefing().figures"
    a = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True)
    floor = (time.perf_counter() - a + 1.0) * len(nbs)  # +1 s a kernel start
    return suite, floor


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", type=float, default=10.0)
    ap.add_argument("--tool", help=argparse.SUPPRESS)
    ap.add_argument("--no-notebooks", action="store_true", help="skip timing the notebook suite")
    ap.add_argument("--no-cli", action="store_true", help="skip the command-line table (benchmarks/cli.py)")
    ap.add_argument("--big-mb", type=float, default=100.0, help="corpus size of the command-line memory run")
    args = ap.parse_args()
    if args.tool:
        return child(args.tool, args.mb)
    results = {}
    for tool in TOOLS:
        proc = subprocess.run([sys.executable, __file__, "--tool", tool, "--mb", str(args.mb)],
                              capture_output=True, text=True)
        if proc.returncode != 0:
            print(f"{tool}: failed ({proc.stderr.strip().splitlines()[-1:]}); install the peers with "
                  "`uv sync --group bench`", file=sys.stderr)
            continue
        results[tool] = json.loads(proc.stdout.strip().splitlines()[-1])
    ours = results["analysis"]
    print(f"{'tool':12} {'import s':>8} {'seed ms':>8} {'repaired ms':>11} {'MB/s':>7} {'corpus MB':>9} "
          f"{'peak MB':>8} {'seed figures':>12} {'× slower':>8}")
    for tool, r in results.items():
        print(f"{tool:12} {r['import_s']:8.2f} {r['seed_raw_ms']:8.2f} {r['seed_repaired_ms']:11.2f} "
              f"{r['mb_per_s']:7.2f} {r['corpus_mb']:9.1f} {r['peak_mb']:8.0f} {r['recall']:>9}/22 "
              f"{r['seed_raw_ms'] / ours['seed_raw_ms']:8.1f}"
              + (f"  (size curve cut: {r['curve_cut']})" if r.get("curve_cut") else ""))
    c = ours["curve"]
    per_mb = [s / mb for mb, s in c]
    print(f"analysis cost per MB: {per_mb[1]:.2f} s at 10 KB, {per_mb[-1]:.2f} s at "
          f"{c[-1][0]:.0f} MB (ratio {per_mb[-1] / per_mb[1]:.2f})")
    _chart(results)
    if not args.no_cli:
        print("\n== the command line, each tool driven as a user would (benchmarks/cli.py)")
        subprocess.run([sys.executable, str(HERE / "cli.py"), "--big-mb", str(args.big_mb)], check=True)
    if not args.no_notebooks:
        suite, floor = notebook_suite()
        print(f"notebook suite under nbval: {suite:.1f} s (floor, kernel start + imports: {floor:.1f} s)")


def _chart(results) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from analysis.briefings.paths import REPORTS
    from analysis.briefings.plots import setup

    setup()
    fig, ax = plt.subplots(figsize=(7, 4.5))
    for tool, r in results.items():
        xs, ys = zip(*r["curve"])
        ax.plot(xs, ys, marker="o", label=tool)
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xlabel("document size (MB)")
    ax.set_ylabel("time (s)")
    ax.set_title("Time against document size, one line per tool")
    ax.legend()
    REPORTS.mkdir(exist_ok=True)
    fig.savefig(REPORTS / "benchmark.png", dpi=120, bbox_inches="tight")
    print(f"chart: {REPORTS / 'benchmark.png'}")


if __name__ == "__main__":
    main()
