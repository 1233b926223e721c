"""Speed of clean + extract: median per seed document, throughput on a generated corpus,
and how cost grows with document size. Prints figures; asserts nothing (not a test).

    uv run python benchmarks/bench.py [--mb 10]
"""
from __future__ import annotations

import argparse
import random
import statistics
import time
import tracemalloc

from analysis.engine.clean import clean
from analysis.engine.figures import extract
from analysis.linxia.seed import load_seed

CATEGORIES = ["跨境赌博", "电信诈骗", "盗窃", "涉黄", "涉林", "非法集资", "毒品", "食药环"]


def briefing(rng: random.Random) -> str:
    """A varied briefing: the seed's shape with other numbers, categories and artefacts."""
    seed = load_seed()
    out = seed
    for old in ("237", "178.8", "17.6", "8898", "4.88", "52", "39"):
        out = out.replace(old, str(round(rng.uniform(1, 999), rng.choice((0, 1)))), 1)
    out = out.replace("跨境賭博", rng.choice(CATEGORIES))
    extra = "".join(f"破獲{rng.choice(CATEGORIES)}案件{rng.randint(1, 500)}起,,同比下降{rng.randint(1, 90)}.{rng.randint(0, 9)}%;"
                    for _ in range(rng.randint(1, 6)))
    return out + extra


def timed(fn, *args) -> float:
    t = time.perf_counter()
    fn(*args)
    return time.perf_counter() - t


def run(text: str) -> None:
    extract(text, repaired=clean(text))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=10.0, help="corpus size in MB")
    args = ap.parse_args()
    seed = load_seed()
    run(seed)  # warm caches (pypinyin, OpenCC)
    rounds = [[timed(run, seed) for _ in range(300)] for _ in range(5)]
    medians = sorted(statistics.median(r) for r in rounds)
    print(f"seed ({len(seed.encode()):,} bytes): median {medians[0] * 1000:.2f} ms per clean+extract "
          f"(best of 5 rounds of 300; worst round {medians[-1] * 1000:.2f} ms)")
    rng = random.Random(20231116)
    docs, size = [], 0
    while size < args.mb * 1e6:
        d = briefing(rng)
        docs.append(d)
        size += len(d.encode())
    t = sum(timed(run, d) for d in docs)
    print(f"corpus: {len(docs):,} documents, {size / 1e6:.1f} MB in {t:.1f} s = {size / 1e6 / t:.2f} MB/s")
    print("single documents of growing size (cost per MB should stay flat):")
    base = "".join(docs)
    per_char = len(base.encode()) / len(base)  # bytes per character of this text
    for kb in (1, 10, 100, 1000, 10000):
        if kb * 1000 > len(base.encode()):
            break
        doc = base[: int(kb * 1000 / per_char)]
        mb = len(doc.encode()) / 1e6
        secs = timed(run, doc)  # timed without tracemalloc, which slows Python several-fold
        tracemalloc.start()
        run(doc)
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        print(f"  {kb:>6} KB: {secs * 1000:9.1f} ms, {secs / mb:6.2f} s/MB, peak {peak / 1e6:7.1f} MB")
    adversarial()


def adversarial() -> None:
    """Runs that would make a backtracking pattern blow up: cost per MB must stay flat."""
    print("adversarial runs (s/MB at 100 KB and 1 MB; the second should not be much larger):")
    for piece in ("(", "1", "余", "ǎ", "(jī)", ",,", "一", "上升1%", "、1%", "其中1人", "1月1日至", "“一”", "1起上升"):
        row = []
        for size in (100_000, 1_000_000):
            text = "破获案件" + piece * (size // (3 * len(piece))) + "起"
            mb = len(text.encode()) / 1e6
            row.append(timed(run, text) / mb)
        print(f"  {piece!r:10} {row[0]:6.2f} {row[1]:6.2f}")


if __name__ == "__main__":
    main()
