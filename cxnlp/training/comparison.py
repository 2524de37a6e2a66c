"""Compare models on the same held-out test fold, with baselines computed in the same run."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np

from cxnlp.training.baselines import PUBLISHED, LinearSvcBaseline, vader_sentiment3
from cxnlp.training.corpus import label_matrix
from cxnlp.training.metrics import multilabel_report, sentiment_report
from cxnlp.progress import ProgressCallback, report
from cxnlp.taxonomy import PILLARS, PITFALLS
from cxnlp.training.fit import TrainingData, evaluate_model

__all__ = ["baseline_scores", "compare", "render_markdown"]


def baseline_scores(data: TrainingData, *, test_fold: int = 0, progress: ProgressCallback | None = None
                    ) -> dict[str, Any]:
    """VADER and TF-IDF + LinearSVC on the same split as the models (``progress``: task "baselines")."""
    report(progress, "baselines", 0, 4, "VADER")
    s = data.sentiment
    train, test = s[s["fold"] != test_fold], s[s["fold"] == test_fold]
    fft = (test["source"].eq("nhs_fft_phase2") & test["label5"].notna()).to_numpy()
    labels3 = ["positive", "negative", "neutral"]
    out: dict[str, Any] = {"published": PUBLISHED}
    vader = np.array(vader_sentiment3(test["text"].tolist()))
    out["vader"] = {"sentiment3_fft": sentiment_report(test.loc[fft, "label3"], vader[fft], labels3)}
    report(progress, "baselines", 1, 4, "TF-IDF + LinearSVC sentiment")
    svc = LinearSvcBaseline().fit_sentiment(train["text"], train["label3"])
    pred = svc.predict_sentiment(test["text"].tolist())
    out["tfidf_linearsvc"] = {"sentiment3_fft": sentiment_report(test.loc[fft, "label3"], pred[fft], labels3)}
    s5 = train[train["label5"].notna()]
    svc5 = LinearSvcBaseline().fit_sentiment(s5["text"], s5["label5"].astype(int).astype(str))
    out["tfidf_linearsvc"]["sentiment5_fft"] = sentiment_report(
        test.loc[fft, "label5"].astype(int).astype(str), svc5.predict_sentiment(test.loc[fft, "text"].tolist()),
        ["1", "2", "3", "4", "5"])
    a = data.annotated[~data.annotated["weak"]]
    a_train, a_test = a[a["fold"] != test_fold], a[a["fold"] == test_fold]
    for done, (kind, labels) in enumerate((("pillars", PILLARS), ("pitfalls", PITFALLS)), start=2):
        report(progress, "baselines", done, 4, f"TF-IDF + LinearSVC {kind}")
        svc.fit_tags(kind, a_train["text"], label_matrix(a_train[kind], labels))
        out["tfidf_linearsvc"][kind] = multilabel_report(label_matrix(a_test[kind], labels),
                                                         svc.predict_tags(kind, a_test["text"].tolist()), labels)
    report(progress, "baselines", 4, 4)
    return out


def compare(models: dict[str, Any], data: TrainingData, *, test_fold: int = 0,
            progress: ProgressCallback | None = None, labeled_dir: Path | None = None) -> dict[str, Any]:
    """Held-out scores (with segments) for each model, plus baselines, on one split; sentiment
    per pillar on the per-pillar labels in ``labeled_dir`` (default: the settings'). ``progress``
    gets steps of task "scoring <version>" per model, then "baselines"."""
    result: dict[str, Any] = {"test_fold": test_fold, "models": {}}
    for name, model in models.items():
        result["models"][name] = evaluate_model(model, data, test_fold=test_fold, segments=True, progress=progress)
        result["models"][name]["pillar_sentiment"] = _pillar_sentiment(model, data, test_fold, labeled_dir)
    result["baselines"] = baseline_scores(data, test_fold=test_fold, progress=progress)
    return result


def _pillar_sentiment(model: Any, data: TrainingData, test_fold: int, labeled_dir: Path | None) -> dict[str, Any] | None:
    """Sentiment per pillar on the labelled pairs of the test fold, against copying the comment's
    sentiment (None where the project has no per-pillar labels)."""
    from cxnlp.training.pillar_sentiment import evaluate_pillar_sentiment

    try:
        return evaluate_pillar_sentiment(model, test_fold=test_fold, labeled_dir=labeled_dir,
                                         folds=dict(zip(data.annotated["id"], data.annotated["fold"].astype(int))))
    except (FileNotFoundError, ValueError):
        return None


_ROWS = [
    ("Sentiment 3-class (FFT human labels), macro-F1", "sentiment3_fft", "macro_f1"),
    ("Sentiment 3-class (FFT human labels), accuracy", "sentiment3_fft", "accuracy"),
    ("Sentiment 3-class, expected calibration error", "sentiment3_fft", "ece"),
    ("Sentiment 5-class (FFT 1..5), macro-F1", "sentiment5_fft", "macro_f1"),
    ("Sentiment 4-class (annotated corpus), macro-F1", "sentiment4_corpus", "macro_f1"),
    ("Pillars, macro-F1", "pillars", "macro_f1"),
    ("Pillars, micro-F1", "pillars", "micro_f1"),
    ("Pitfalls, macro-F1", "pitfalls", "macro_f1"),
    ("Pitfalls, macro-F1 over the labels present in the test rows", "pitfalls", "macro_f1_present"),
    ("Pitfalls, micro-F1", "pitfalls", "micro_f1"),
    ("Urgent or review (either level), recall", "urgent", "recall"),
    ("Urgent or review (either level), precision", "urgent", "precision"),
    ("Level urgent (read today), recall", "urgent_level_urgent", "recall"),
    ("Level urgent (read today), precision", "urgent_level_urgent", "precision"),
]


def _get(d: dict[str, Any], key: str, metric: str) -> str:
    v = d.get(key, {}).get(metric)
    return "–" if v is None else f"{v:.3f}"


def render_markdown(result: dict[str, Any], *, title: str) -> str:
    """The evaluation report as Markdown."""
    models, base = result["models"], result["baselines"]
    cols = list(models) + ["TF-IDF + LinearSVC", "VADER"]
    src = {**models, "TF-IDF + LinearSVC": base["tfidf_linearsvc"], "VADER": base["vader"]}
    lines = [f"# {title}", "", f"Held-out test fold {result['test_fold']} (respondent groups never seen in training). "
             "Baselines were trained and scored on the same split in the same run.", "",
             "| metric | " + " | ".join(cols) + " |", "|---|" + "---|" * len(cols)]
    for label, key, metric in _ROWS:
        lines.append(f"| {label} | " + " | ".join(_get(src[c], key, metric) for c in cols) + " |")
    for label, method in (("Sentiment per pillar, pillars the model names: accuracy", "model"),
                          ("... copying the comment's sentiment to each pillar (baseline)", "copy_model_sentiment")):
        cells = []
        for c in cols:
            ps = (src[c].get("pillar_sentiment") or {}).get("named_pairs", {})
            v = ps.get("pillar_sentiment_head", ps.get("today_part_vote")) if method == "model" else ps.get(method)
            cells.append("–" if v is None else f"{v:.3f}")
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    first = models[next(iter(models))]
    n = first["sentiment3_fft"]["n"]
    lines += ["", f"Test rows: {n} FFT comments with human sentiment; "
              f"{first.get('pillars', {}).get('n', 0)} hand-annotated comments for pillars and pitfalls.", "",
              "Published figures (their data and split, quoted for context only):", ""]
    lines += [f"- {k}: {v}" for k, v in base["published"].items()]
    for name, m in models.items():
        lines += ["", f"## {name}", ""]
        for kind in ("pillars", "pitfalls"):
            if kind not in m:
                continue
            lines += [f"| {kind[:-1]} | precision | recall | F1 | support |", "|---|---|---|---|---|"]
            for label, v in m[kind]["per_label"].items():
                lines.append(f"| {label} | {v['precision']:.3f} | {v['recall']:.3f} | {v['f1']:.3f} | {v['support']} |")
            lines.append("")
        if "urgent" in m:
            u = m["urgent"]
            lines += [f"Either level: {u['positives']} urgent or review of {u['n']} annotated comments; "
                      f"{u['flagged']} flagged, recall {u['recall']:.3f}, precision {u['precision']:.3f}. Recall per "
                      "reason: " + ", ".join(f"{r} {v['recall']:.2f} (n={v['n']})" for r, v in u["per_reason"].items()),
                      ""]
            if u.get("missed_ids"):
                lines += ["Missed (either level): " + ", ".join(u["missed_ids"]), ""]
        if "urgent_level_urgent" in m:
            u = m["urgent_level_urgent"]
            lines += [f"Level urgent: {u['positives']} of {u['n']}; {u['flagged']} flagged urgent, recall "
                      f"{u['recall']:.3f}, precision {u['precision']:.3f}."
                      + (" Missed: " + ", ".join(u["missed_ids"]) if u.get("missed_ids") else ""), ""]
        cm = m["sentiment3_fft"]["confusion"]
        lines += ["Sentiment confusion matrix (rows true, columns predicted; FFT labels):", "",
                  "| | " + " | ".join(cm["labels"]) + " |", "|---|" + "---|" * len(cm["labels"])]
        for lab, row in zip(cm["labels"], cm["matrix"]):
            lines.append(f"| {lab} | " + " | ".join(str(x) for x in row) + " |")
        lines += ["", "Per segment:", "", "| segment | value | n | sentiment macro-F1 | accuracy | pillars macro-F1 |",
                  "|---|---|---|---|---|---|"]
        for seg, values in m.get("segments", {}).items():
            for value, v in values.items():
                s3 = v.get("sentiment3", {})
                lines.append(f"| {seg} | {value} | {s3.get('n', '–')} | {_fmt(s3.get('macro_f1'))} | "
                             f"{_fmt(s3.get('accuracy'))} | {_fmt(v.get('pillars', {}).get('macro_f1'))} |")
        if "review" not in m.get("segments", {}).get("source_type", {}):
            lines += ["", "Online reviews: no human-labelled review text exists in the training or test data, so no "
                      "review figure can be reported yet; label a review batch with `cxnlp label export` to add one."]
    return "\n".join(lines) + "\n"


def _fmt(v: Any) -> str:
    return "–" if v is None else f"{v:.3f}"
