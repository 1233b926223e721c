"""Command line: ``python -m analysis clean|figures …`` (``--help`` for each).

Exit status: 0 success; 2 bad usage; 3 input that cannot be read (missing,
a directory, binary, undecodable, empty); 4 bad lines in ``--batch`` input;
5 an altered seed.
"""
from __future__ import annotations

import argparse
import json
import sys

from .briefing import Briefing
from .engine.inputs import InputError, read_input
from .seed import SeedError, known_date
from .table import to_frame

EXIT_INPUT, EXIT_BATCH, EXIT_SEED = 3, 4, 5


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="python -m analysis", description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="command", required=True)
    c = sub.add_parser("clean", help="print the repaired Simplified text")
    c.add_argument("path", help="a file, or - for standard input")
    c.add_argument("--report", action="store_true", help="print repair counts and the structure")
    c.add_argument("--encoding", help="the input's encoding (default: BOM, else UTF-8, GB18030, Big5)")
    f = sub.add_parser("figures", help="print every figure, normalised")
    f.add_argument("paths", nargs="*", default=["-"], help="files, or - for standard input")
    f.add_argument("--format", choices=("table", "csv", "json", "jsonl"), default="table")
    f.add_argument("--batch", action="store_true",
                   help='read JSON Lines {"id": …, "text": …, "date": optional} and write one JSON object per figure')
    f.add_argument("--keep-going", action="store_true", help="with --batch: skip bad lines (still exit 4)")
    f.add_argument("--date", help="the document's date, YYYY-MM-DD (resolves year-less dates)")
    f.add_argument("--explain", action="store_true", help="say how each figure was read")
    f.add_argument("--encoding", help="the input's encoding (default: BOM, else UTF-8, GB18030, Big5)")
    return ap


def _cmd_clean(args) -> int:
    text, enc, data = read_input(args.path, args.encoding)
    b = Briefing(text, known_date(text, args.path))
    if not args.report:
        sys.stdout.write(b.text if b.text.endswith("\n") else b.text + "\n")
        return 0
    print(f"encoding: {enc}")
    print(f"characters: {len(b.raw)} raw, {len(b.text)} repaired")
    print("repairs:")
    for name, n in b.repaired.counts:
        print(f"  {name:16s} {n:5d}")
    print("structure (spans in the repaired text):")
    for s in b.sections:
        indent = "    " if s.kind == "subtheme" else "  "
        print(f"{indent}{s.kind:9s} {s.start:5d}-{s.end:<5d} {s.heading}")
    return 0


def _rows(df):
    out = df.drop(columns=["quantity"]).astype(object).where(df.drop(columns=["quantity"]).notna(), None)
    return out.to_dict("records")


def _write(df, fmt: str, extra: dict | None = None) -> None:
    if fmt == "csv":
        df.to_csv(sys.stdout, index=False)
    elif fmt in ("json", "jsonl"):
        rows = [{**(extra or {}), **r} for r in _rows(df)]
        if fmt == "json":
            json.dump(rows, sys.stdout, ensure_ascii=False, indent=1)
            sys.stdout.write("\n")
        else:
            for r in rows:
                sys.stdout.write(json.dumps(r, ensure_ascii=False) + "\n")
    else:
        cols = ["index", "text", "value", "unit", "measure_word", "qualifier", "change_pct",
                "metric", "metric_en", "parent"]
        with_section = df["section"].notna().any()
        if with_section:
            cols.insert(1, "section")
        print(df[cols].to_string(index=False, na_rep="") if len(df) else "(no figures)")


def _cmd_figures(args) -> int:
    if args.batch:
        return _batch(args)
    status = 0
    for path in args.paths:
        text, _, data = read_input(path, args.encoding)
        seed_date = known_date(text, path)
        b = Briefing(text, args.date or seed_date, path)
        df = b.frame()
        if len(args.paths) > 1 and args.format == "table":
            print(f"== {path}")
        _write(df, args.format, {"file": path} if len(args.paths) > 1 else None)
        if args.explain:
            for fig in b.figures:
                print(fig.explain(), file=sys.stderr)
        if df.empty:
            print(f"{path}: no figures found", file=sys.stderr)
    return status


def _batch(args) -> int:
    from .engine.figures import extract

    bad = 0
    fmt = "jsonl" if args.format == "table" else args.format
    for path in args.paths:
        text, _, _ = read_input(path, args.encoding) if path != "-" else (sys.stdin.read(), "", b"")
        for n, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                doc = json.loads(line)
                if not isinstance(doc, dict) or "text" not in doc:
                    raise ValueError('not an object with a "text" field')
                if not isinstance(doc["text"], str):
                    raise ValueError('"text" is not a string')
            except ValueError as err:
                bad += 1
                print(f"{path}: line {n}: {err}", file=sys.stderr)
                if not args.keep_going:
                    return EXIT_BATCH
                continue
            df = to_frame(extract(doc["text"], doc.get("date") or args.date))
            _write(df, fmt, {"id": doc.get("id", n)})
    if bad:
        print(f"{bad} bad line(s) skipped", file=sys.stderr)
        return EXIT_BATCH
    return 0


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return _cmd_clean(args) if args.command == "clean" else _cmd_figures(args)
    except InputError as err:
        print(f"error: {err}", file=sys.stderr)
        return EXIT_INPUT
    except SeedError as err:
        print(f"error: {err}", file=sys.stderr)
        return EXIT_SEED
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
