"""Redaction quality on the injected test set (issue 7): recall per type, words kept.

An injected detail counts as caught when every one of its characters falls inside a redacted
span (of any type; the typed figure also requires the right placeholder). "Other words kept" is
the share of the original comment's words (outside injected details) left untouched.

Usage: python evaluation/redaction.py [--testset evaluation/data/redaction_testset.jsonl] [--json OUT]
"""
from __future__ import annotations

import argparse
import json
import re
from collections import defaultdict
from pathlib import Path

from cxnlp.redact import Redactor

STRUCTURED = {"PHONE", "EMAIL", "NHS_NUMBER", "HOSPITAL_NUMBER", "ADDRESS", "POSTCODE", "DATE_OF_BIRTH", "URL", "SSN"}


def evaluate(records: list[dict], redactor: Redactor) -> dict:
    results = redactor.redact_many([r["text"] for r in records])
    caught: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # any-type, typed, total
    kept = total_words = 0
    misses: list[dict] = []
    over: list[str] = []
    for rec, res in zip(records, results):
        covered = [False] * len(rec["text"])
        kind_at: list[str | None] = [None] * len(rec["text"])
        for s in res.spans:
            for i in range(s.start, s.end):
                covered[i] = True
                kind_at[i] = s.kind
        inside = [False] * len(rec["text"])
        for e in rec["entities"]:
            c = caught[e["type"]]
            c[2] += 1
            chars = range(e["start"], e["end"])
            if all(covered[i] for i in chars if not rec["text"][i].isspace()):
                c[0] += 1
                c[1] += all(kind_at[i] == e["type"] for i in chars if not rec["text"][i].isspace())
            else:
                misses.append({"type": e["type"], "id": rec["id"]})
            for i in chars:
                inside[i] = True
        for m in re.finditer(r"\w+", rec["text"]):
            if any(inside[m.start():m.end()]):
                continue
            total_words += 1
            if not any(covered[m.start():m.end()]):
                kept += 1
            else:
                over.append(m.group())
    per_type = {t: {"recall": v[0] / v[2], "typed_recall": v[1] / v[2], "caught": v[0], "n": v[2]}
                for t, v in sorted(caught.items())}
    structured = [v for t, v in caught.items() if t in STRUCTURED]
    return {
        "n_comments": len(records),
        "per_type": per_type,
        "structured_recall": sum(v[0] for v in structured) / max(1, sum(v[2] for v in structured)),
        "name_recall": per_type.get("NAME", {}).get("recall"),
        "other_words_kept": kept / max(1, total_words),
        "other_words": total_words,
        "over_redacted_words": sorted(set(over)),
        "missed": [m["type"] for m in misses],
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--testset", type=Path, default=Path("evaluation/data/redaction_testset.jsonl"))
    ap.add_argument("--json", type=Path, default=None)
    args = ap.parse_args()
    records = [json.loads(line) for line in args.testset.open() if line.strip()]
    out = evaluate(records, Redactor())
    out["missed"] = {t: out["missed"].count(t) for t in sorted(set(out["missed"]))}
    text = json.dumps(out, indent=2)
    print(text)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(text)


if __name__ == "__main__":
    main()
