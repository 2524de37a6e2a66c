"""Model cards: what a model is, what it was trained on, how well it does, where it fails."""
from __future__ import annotations

from typing import Any

__all__ = ["model_card"]


def _fmt(x: Any) -> str:
    return f"{x:.3f}" if isinstance(x, float) else str(x)


def _thresholds_intro(meta: dict[str, Any]) -> list[str]:
    """What the card says before the thresholds table: how they were tuned, and for a model that
    blends TF-IDF taggers into its pillars and pitfalls, on what."""
    if not meta.get("blend"):
        return ["Decision thresholds per label (tuned on out-of-fold predictions of the training folds only):"]
    return ["Pillar and pitfall probabilities are the mean of the fine-tuned heads' and TF-IDF taggers'",
            f"(TF-IDF weight {meta['blend']['tfidf_weight']}, not tuned; the taggers learned from the "
            f"{meta['blend'].get('taggers_trained_on', '?')} annotated rows among those the encoder learned from). Decision "
            "thresholds per label, for that mean, tuned on the validation rows held back from training (never on "
            "the test fold):"]


def model_card(meta: dict[str, Any], metrics: dict[str, Any]) -> str:
    """Render a Markdown model card from the model's meta and held-out metrics."""
    lines = [
        f"# cxnlp model {meta.get('tier', '?')} {meta.get('version', '?')}",
        "",
        "## Intended use",
        "Tag patient feedback (NHS-style survey comments and online reviews of healthcare) with a",
        "sentiment, CX pillars and CX pitfalls as defined in `shared/spec/taxonomy.md`, for aggregate",
        "reporting. Not for decisions about individual patients or staff.",
        "",
        "## Labels",
        f"- sentiment: {', '.join(meta['labels']['sentiment'])}",
        f"- pillars: {', '.join(meta['labels']['pillars'])}",
        f"- pitfalls: {', '.join(meta['labels']['pitfalls'])}",
        "",
        *_thresholds_intro(meta),
        "",
        "| label | threshold |",
        "|---|---|",
    ]
    for kind in ("pillars", "pitfalls"):
        for label, t in meta.get("thresholds", {}).get(kind, {}).items():
            lines.append(f"| {label} | {t:.3f} |")
    if parts := meta.get("parts", {}).get("thresholds", {}).get("pillars"):
        lines += ["", "Pillars are then read again with each comment's parts (its sentences and contrast clauses, which",
                  "the batch job scores anyway): per pillar the mean of the comment's probability above and its parts'",
                  "highest (a one-part comment keeps its own), over these thresholds, tuned on the same validation rows",
                  "(`research/experiments/pillar_parts.py`):", "", "| pillar | threshold |", "|---|---|"]
        lines += [f"| {label} | {t:.3f} |" for label, t in parts.items()]
    lines += [
        "",
        "## Training data",
        "- `data/labeled/corpus.jsonl`: real NHS FFT comments labelled by annotator agents (see its data card).",
        "- Synthetic training text (`data/labeled/synthetic.jsonl`, never in a test fold): "
        + (", ".join(meta.get("synthetic_parts") or []) or "none")
        + " (parts kept only where the ablation on real folds supports them: "
          "`evaluation/reports/synthetic_ablation.json`).",
        "- FFT human sentiment (1..5) for `shared/data/nhs_fft/fft_phase2_v6framework.csv` comments.",
        "- Source: The-Strategy-Unit/pxtextmining (MIT, NHS England; Care Opinion parts CC BY-NC-SA 4.0).",
        f"- Rows: {meta.get('n_train')}; training-data SHA-256 `{meta.get('data_sha256', '?')}`;"
        f" git commit `{meta.get('git_commit', '?')}`; seed {meta.get('seed')}.",
        f"- Split: by respondent group (hash of respondent id, 5 folds); fold {meta.get('test_fold')} is held out.",
        "",
        "## Held-out metrics",
        "",
        "| metric | value |",
        "|---|---|",
    ]
    for key in ("sentiment3_fft", "sentiment3_all", "sentiment4_corpus", "sentiment5_fft", "pillars", "pitfalls"):
        m = metrics.get(key)
        if not m:
            continue
        for k in ("accuracy", "macro_f1", "micro_f1", "ece", "n"):
            if k in m:
                lines.append(f"| {key} {k} | {_fmt(m[k])} |")
    urgent = metrics.get("urgent")
    if urgent:
        lines += [f"| urgent or review (either level) recall | {_fmt(urgent['recall'])} |",
                  f"| urgent or review (either level) precision | {_fmt(urgent['precision'])} |",
                  f"| either level positives / flagged | {urgent['positives']} / {urgent['flagged']} |"]
    now = metrics.get("urgent_level_urgent")
    if now:
        lines += [f"| level urgent recall | {_fmt(now['recall'])} |", f"| level urgent precision | {_fmt(now['precision'])} |",
                  f"| level urgent positives / flagged | {now['positives']} / {now['flagged']} |"]
    cv = metrics.get("cv")
    if cv:
        lines += ["", "Cross-validation over the 5 respondent-group folds (mean ± sd):", ""]
        for k, v in cv.items():
            lines.append(f"- {k}: {v['mean']:.3f} ± {v['sd']:.3f}")
    lines += [
        "",
        "## Limitations",
        "- Trained on English NHS survey comments (ambulance, 111, mental health, community services);",
        "  online reviews and other services are outside the training data: check the per-segment report.",
        "- Rare pitfalls (unadmitted_mistake, one_person_reliance) have few examples; their scores are noisy.",
        "- Text is redacted before scoring; placeholders such as [NAME] are part of the input.",
        "",
    ]
    return "\n".join(lines)
