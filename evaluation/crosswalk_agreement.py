"""Agreement of the framework-to-pillar crosswalk (weak labels) with the hand labels.

For every annotated FFT comment, the weak pillars from its framework topics are compared with
the annotators' pillars: per-pillar precision, recall and F1, and macro/micro F1.

Usage: python evaluation/crosswalk_agreement.py [--json OUT]
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

import pandas as pd
import yaml

from cxnlp.training.corpus import label_matrix, load_fft
from cxnlp.training.metrics import multilabel_report
from cxnlp.taxonomy import PILLARS
from cxnlp.training.weak_labels import weak_pillars
from cxnlp.config import load_settings


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--fft-dir", type=Path, default=load_settings().fft_dir)
    ap.add_argument("--labeled", type=Path, default=Path("data/labeled"))
    ap.add_argument("--json", type=Path, default=None)
    args = ap.parse_args()
    cw = yaml.safe_load((args.labeled / "framework_to_pillars.yaml").read_text())
    corpus = pd.read_json(args.labeled / "corpus.jsonl", lines=True, dtype=False)
    fft = load_fft(args.fft_dir).set_index("id")
    topics = fft.loc[corpus["id"], "fft_topics"]
    weak = [weak_pillars(t, cw) for t in topics]
    keep = [w is not None for w in weak]
    rep = multilabel_report(label_matrix(corpus.loc[keep, "pillars"], PILLARS),
                            label_matrix([w for w in weak if w is not None], PILLARS), PILLARS)
    text = json.dumps(rep, indent=2)
    print(text)
    if args.json:
        args.json.write_text(text)


if __name__ == "__main__":
    main()
