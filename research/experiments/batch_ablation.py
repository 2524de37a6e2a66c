"""Did an annotation round help? The fast recipe trained with and without some batches, on the
same split, both scored on the same held-out fold 0 (which keeps every batch's test rows).

Comparing a new model with the old default after the split itself changed is not fair to the
new one: the old default may have trained on comments that now sit in fold 0. This trains both
sides afresh on the current split, so the only difference is the data.

    python research/experiments/batch_ablation.py --without batch_24 batch_25 batch_26 batch_27 batch_28 batch_29
"""
from __future__ import annotations

import argparse
import json
import shutil
import tempfile
from pathlib import Path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--without", nargs="+", required=True, help="batches to leave out of training")
    ap.add_argument("--labeled", type=Path, default=Path("data/labeled"))
    ap.add_argument("--fft-dir", type=Path, default=Path("../shared/data/nhs_fft"))
    ap.add_argument("--json", type=Path, default=None, help="also write the figures here")
    args = ap.parse_args()

    from cxnlp.config import load_settings
    from cxnlp.training.fit import evaluate_model, fit_fast, load_training_data

    settings = load_settings()
    lines = [line for line in (args.labeled / "corpus.jsonl").read_text().splitlines() if line.strip()]
    without = set(args.without)
    kept = [line for line in lines if json.loads(line)["batch"].split("+")[0] not in without]
    if len(kept) == len(lines):
        raise SystemExit(f"no corpus row is in {args.without}")
    full = load_training_data(args.labeled, args.fft_dir, spacy_model=settings.spacy_model)
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "corpus.jsonl").write_text("\n".join(kept) + "\n")
        shutil.copy(args.labeled / "framework_to_pillars.yaml", tmp)
        less = load_training_data(Path(tmp), args.fft_dir, spacy_model=settings.spacy_model)
    out = {"left_out": args.without, "rows_left_out": len(lines) - len(kept)}
    for name, data in (("without", less), ("with", full)):
        r = evaluate_model(fit_fast(data, seed=settings.seed, test_fold=0), full, test_fold=0)
        out[name] = {"sentiment3_fft.macro_f1": r["sentiment3_fft"]["macro_f1"],
                     "sentiment5_fft.macro_f1": r["sentiment5_fft"]["macro_f1"],
                     "pillars.macro_f1": r["pillars"]["macro_f1"], "pitfalls.macro_f1": r["pitfalls"]["macro_f1"],
                     "urgent.recall": r["urgent"]["recall"], "urgent.flagged": r["urgent"]["flagged"]}
        print(name, {k: round(v, 3) for k, v in out[name].items()}, flush=True)
    if args.json:
        args.json.write_text(json.dumps(out, indent=2) + "\n")


if __name__ == "__main__":
    main()
