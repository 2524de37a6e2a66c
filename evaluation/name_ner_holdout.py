"""Does tuning the NER on planted names carry to sets it never saw? Leave groups of sets out.

For each group of development sets, trains the name NER without them (``scripts/train_name_ner.py
--hold-out``; the frozen v2 set and dev set 5 are always left out) and scores the held-out sets
with spaCy's own NER (``base``) and the tuned one: names, structured identifiers and other words
kept, standard profile, and words kept on the 1,000 real comments with nothing planted. Each
group takes about 8 minutes on two cores.

    python evaluation/name_ner_holdout.py --json evaluation/reports/name_ner_holdout.json
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "evaluation"))

from redaction import evaluate, false_alarms  # noqa: E402

from cxnlp.privacy.redact import Redactor  # noqa: E402

GROUPS = (("redaction_devset13", "redaction_devset14"), ("redaction_devset11", "redaction_devset4"),
          ("redaction_devset6", "redaction_devset9", "redaction_devset12"),
          ("redaction_devset7", "redaction_devset8", "redaction_devset10"))


def _scores(redactor: Redactor, sets: tuple[str, ...], fft_dir: Path) -> dict:
    out: dict = {}
    for name in sets:
        records = [json.loads(line) for line in (ROOT / "evaluation" / "data" / f"{name}.jsonl").open() if line.strip()]
        res = evaluate(records, redactor)
        out[name] = {"names": res["name_recall"], "structured": res["structured_recall"],
                     "other_words_kept": res["other_words_kept"]}
    out["false_alarms_words_kept"] = false_alarms(redactor, fft_dir, 1000)["words_kept"]
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--groups", type=int, default=len(GROUPS), help="how many of the groups to run")
    ap.add_argument("--fft-dir", type=Path, default=ROOT.parent / "shared" / "data" / "nhs_fft")
    ap.add_argument("--json", type=Path, default=None)
    args = ap.parse_args()
    base = Redactor(name_ner="base")
    report = []
    started = time.monotonic()
    for i, group in enumerate(GROUPS[:args.groups]):
        with tempfile.TemporaryDirectory() as tmp:
            subprocess.run([sys.executable, str(ROOT / "scripts" / "train_name_ner.py"), "--hold-out", *group,
                            "--out", tmp, "--fft-dir", str(args.fft_dir)], check=True, cwd=ROOT)
            tuned = Redactor(name_ner=tmp)
            row = {"held_out": list(group), "base": _scores(base, group, args.fft_dir),
                   "tuned": _scores(tuned, group, args.fft_dir)}
        report.append(row)
        for name in group:
            b, t = row["base"][name], row["tuned"][name]
            print(f"{name}: names {b['names']:.3f} -> {t['names']:.3f}, structured {b['structured']:.3f} -> "
                  f"{t['structured']:.3f}, words kept {b['other_words_kept']:.4f} -> {t['other_words_kept']:.4f}")
        print(f"false alarms, words kept: {row['base']['false_alarms_words_kept']:.4f} -> "
              f"{row['tuned']['false_alarms_words_kept']:.4f}")
        left = (time.monotonic() - started) / (i + 1) * (args.groups - i - 1)
        print(f"group {i + 1}/{args.groups} done, about {left / 60:.0f} min left", file=sys.stderr)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(report, indent=2) + "\n")


if __name__ == "__main__":
    main()
