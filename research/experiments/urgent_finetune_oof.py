"""How far a fine-tuned transformer could take urgent precision: all-MiniLM-L6-v2 fine-tuned on
the urgent flag alone, out of fold over the five respondent-group folds of the annotated corpus
(each fold scored by a model fine-tuned on the other four), against the TF-IDF head that the
models use (`research/experiments/urgent_tradeoff.py`). Prints average precision and the precision at
recall 0.80 / 0.90 / 0.95; patterns aside. About 5 minutes per fold on 2 cores.

    python research/experiments/urgent_finetune_oof.py [--epochs 3] [--save-scores FILE.npy]

An experiment, not a model: no shipped model carries this head.
"""
from __future__ import annotations

import argparse
import json
import math
import os
import time
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.metrics import average_precision_score, precision_recall_curve

os.environ.setdefault("HF_HUB_OFFLINE", "1")


def oof_scores(texts: list[str], y: np.ndarray, folds: np.ndarray, *, epochs: int, seed: int) -> np.ndarray:
    import torch
    from torch import nn
    from transformers import AutoModel, AutoTokenizer, get_linear_schedule_with_warmup

    from cxnlp.models.transformer import _batches_by_length, _mean_pool, minilm_path

    torch.set_num_threads(2)
    path = str(minilm_path())
    tok = AutoTokenizer.from_pretrained(path, local_files_only=True)
    out = np.zeros(len(texts))
    for f in range(5):
        start = time.time()
        torch.manual_seed(seed)
        rng = np.random.default_rng(seed)
        encoder, head = AutoModel.from_pretrained(path, local_files_only=True), nn.Linear(384, 1)
        params = list(encoder.parameters()) + list(head.parameters())
        tr, te = np.flatnonzero(folds != f), np.flatnonzero(folds == f)
        tr_texts, tr_y = [texts[i] for i in tr], y[tr].astype(np.float32)
        pos_weight = torch.tensor((1 - tr_y.mean()) / tr_y.mean())
        opt = torch.optim.AdamW(params, lr=5e-5, weight_decay=0.01)
        steps = math.ceil(len(tr) / 32) * epochs
        sched = get_linear_schedule_with_warmup(opt, int(0.06 * steps), steps)
        for _ in range(epochs):
            encoder.train()
            batches = _batches_by_length(tr_texts, 32)
            rng.shuffle(batches)
            for idx in batches:
                enc = tok([tr_texts[i] for i in idx], padding=True, truncation=True, max_length=128,
                          return_tensors="pt")
                h = nn.functional.dropout(_mean_pool(encoder(**enc).last_hidden_state, enc["attention_mask"]), 0.1)
                loss = nn.functional.binary_cross_entropy_with_logits(head(h)[:, 0], torch.tensor(tr_y[idx]),
                                                                      pos_weight=pos_weight)
                loss.backward()
                nn.utils.clip_grad_norm_(params, 1.0)
                opt.step()
                sched.step()
                opt.zero_grad()
        encoder.eval()
        te_texts = [texts[i] for i in te]
        with torch.inference_mode():
            for idx in _batches_by_length(te_texts, 64):
                enc = tok([te_texts[i] for i in idx], padding=True, truncation=True, max_length=128,
                          return_tensors="pt")
                out[te[idx]] = head(_mean_pool(encoder(**enc).last_hidden_state, enc["attention_mask"]))[:, 0].numpy()
        print(f"fold {f}: {time.time() - start:.0f} s", flush=True)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--epochs", type=int, default=3)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--save-scores", type=Path, default=None)
    args = ap.parse_args()
    from cxnlp.training.corpus import fold_of, load_fft
    from cxnlp.training.fit import split_groups

    c = pd.read_json(Path("data/labeled/corpus.jsonl"), lines=True, dtype=False)
    y = c["urgent"].astype(bool).to_numpy()
    folds = c["id"].map(split_groups(c, load_fft(Path("../shared/data/nhs_fft")))).map(fold_of).to_numpy()
    scores = oof_scores(c["text"].astype(str).tolist(), y, folds,
                        epochs=args.epochs, seed=args.seed)
    if args.save_scores:
        np.save(args.save_scores, scores)
    precision, recall, _ = precision_recall_curve(y, scores)
    print(json.dumps({"n": int(len(c)), "urgent": int(y.sum()), "epochs": args.epochs,
                      "average_precision": round(float(average_precision_score(y, scores)), 3),
                      **{f"precision_at_recall_{r:.2f}": round(float(precision[recall >= r].max()), 3)
                         for r in (0.8, 0.9, 0.95)}}, indent=2))


if __name__ == "__main__":
    main()
