"""Which validation labels should the fine-tuned tier's temperature be fitted on?

The temperature of the accurate tier's 3-class sentiment is fitted on every validation row with a
3-class label (``label3``: FFT's own code where the comment has one, our annotators' label on the
phase-1 comments, which have none), but its calibration is reported on FFT's codes only (the
``sentiment3_fft`` ECE of ``evaluate_model``). This compares, per cross-validation fold, the
temperature as trained with one fitted on the FFT-coded validation rows only, using the fold
models that ``evaluation/accurate_cv.py --save-models DIR`` kept (each trained without its test
fold; the validation rows are the ones ``finetune_rows`` held back for that fold, never the test
fold). The argmax, and so accuracy and macro-F1, does not depend on the temperature.

    python evaluation/accurate_cv.py --save-models /tmp/accurate_cv_models --json /tmp/accurate_cv.json
    python research/experiments/calibration_source.py --models /tmp/accurate_cv_models \
        --json evaluation/reports/calibration_source.json
"""
from __future__ import annotations

import os

import numpy as np
from fold_models import fold_model_args, training_data, write_report

os.environ.setdefault("HF_HUB_OFFLINE", "1")

LABELS3 = ["positive", "negative", "neutral"]


def softmax(z: np.ndarray) -> np.ndarray:
    e = np.exp(z - z.max(1, keepdims=True))
    return e / e.sum(1, keepdims=True)


def nll(p: np.ndarray, y: np.ndarray) -> float:
    return float(-np.log(np.clip(p[np.arange(len(y)), y], 1e-12, None)).mean())


def main() -> None:
    args = fold_model_args(__doc__)
    from cxnlp.models.transformer import _fit_temperature, load_finetuned
    from cxnlp.taxonomy import fft_sentiment_to_label
    from cxnlp.training.fit import finetune_rows
    from cxnlp.training.metrics import expected_calibration_error

    _, data = training_data(args.fft_dir)
    out: dict[str, dict[str, float]] = {}
    for k in args.folds:
        model = load_finetuned(args.models / f"fold{k}")
        _, val = finetune_rows(data, test_fold=k)
        y_val = val["label3"].map({c: i for i, c in enumerate(LABELS3)})
        ok = y_val.notna().to_numpy()
        coded = ok & (val["source"].eq("nhs_fft_phase2") & val["label5"].notna()).to_numpy()
        z_val = model.logits(val["text"].astype(str).tolist())["sentiment3"]
        t_all = _fit_temperature(z_val[ok], y_val[ok].astype(int).to_numpy())
        t_fft = _fit_temperature(z_val[coded], y_val[coded].astype(int).to_numpy())
        s = data.sentiment[data.sentiment["fold"] == k].reset_index(drop=True)
        fft_mask = (s["source"].eq("nhs_fft_phase2") & s["label5"].notna()).to_numpy()
        y_test = s.loc[fft_mask, "label5"].map(fft_sentiment_to_label).map({c: i for i, c in enumerate(LABELS3)})
        y_test = y_test.astype(int).to_numpy()
        z_test = model.logits(s.loc[fft_mask, "text"].astype(str).tolist())["sentiment3"]
        row = {"validation_rows": int(ok.sum()), "validation_rows_fft_coded": int(coded.sum()),
               "test_rows_fft_coded": int(fft_mask.sum()), "temperature_stored": float(model.meta.get("temperature", 1.0)),
               "temperature_all_rows": t_all, "temperature_fft_rows": t_fft}
        for name, t in (("all_rows", t_all), ("fft_rows", t_fft)):
            p = softmax(z_test / t)
            row[f"ece_{name}"] = expected_calibration_error(p, y_test)
            row[f"nll_{name}"] = nll(p, y_test)
        out[str(k)] = row
        print(f"fold {k}: " + ", ".join(f"{n} {v:.4g}" for n, v in row.items()), flush=True)
    summary = {n: {"mean": float(np.mean([r[n] for r in out.values()])), "max": float(np.max([r[n] for r in out.values()]))}
               for n in ("ece_all_rows", "ece_fft_rows", "nll_all_rows", "nll_fft_rows")}
    write_report(args.json, out, summary, "calibration_source.py")


if __name__ == "__main__":
    main()
