"""Check that two scored outputs hold the same rows and values (a refactor changed nothing).

Compares two Parquet files, or two output folders of `cxnlp run` (their `comments`,
`sentences`, `alerts` and `quarantine` tables), ignoring the columns that differ on every run
(`run_id`, `processed_at`) and row order. Exits 1 and prints the first differences otherwise.

Usage: python scripts/check_same_output.py BEFORE AFTER
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd

PER_RUN = {"run_id", "processed_at"}
TABLES = ("comments", "sentences", "alerts", "quarantine")


def _frame(path: Path) -> pd.DataFrame:
    frame = pd.read_parquet(path)
    frame = frame.drop(columns=[c for c in frame.columns if c in PER_RUN or c == "received_month"])
    # Lists, maps and arrays compare by their text form; floats as they are.
    text = frame.map(lambda v: repr(v.tolist() if hasattr(v, "tolist") else v))
    return text.sort_values(list(text.columns)).reset_index(drop=True)


def differences(before: Path, after: Path) -> list[str]:
    a, b = _frame(before), _frame(after)
    if list(a.columns) != list(b.columns):
        return [f"{after}: columns {list(b.columns)} != {list(a.columns)}"]
    if len(a) != len(b):
        return [f"{after}: {len(b)} rows != {len(a)}"]
    diff = (a != b).any(axis=1)
    return [f"{after}: row {i}: {dict((c, (a.at[i, c], b.at[i, c])) for c in a.columns if a.at[i, c] != b.at[i, c])}"
            for i in diff[diff].index[:5]]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("before", type=Path)
    ap.add_argument("after", type=Path)
    args = ap.parse_args()
    pairs = ([(args.before, args.after)] if args.before.is_file()
             else [(args.before / t, args.after / t) for t in TABLES if (args.before / t).exists()])
    problems, rows = [], 0
    for a, b in pairs:
        if not b.exists():
            problems.append(f"{b} missing")
            continue
        problems += differences(a, b)
        rows += len(pd.read_parquet(a))
    for p in problems:
        print(p)
    print(f"{'DIFFERENT' if problems else 'same'}: {len(pairs)} table(s), {rows} rows compared")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
