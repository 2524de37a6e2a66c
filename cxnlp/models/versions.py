"""Which model is the default: ``models/DEFAULT`` names the promoted model folder."""
from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

# (candidate folder, current folder) -> their metrics, both scored on the same, current data
Rescore = Callable[[Path, Path], tuple[dict[str, Any], dict[str, Any]]]

__all__ = ["PromotionRefused", "default_model_dir", "promote", "tier_model_dir"]

# What a model folder holds its weights in; an optional head alone (the per-pillar one) is no model.
_WEIGHT_SUFFIXES = (".safetensors", ".skops")
_OPTIONAL_PARTS = frozenset({"pillar_sentiment.safetensors"})


class PromotionRefused(RuntimeError):
    """A candidate model is worse than the current default on the deciding metric."""


def default_model_dir(models_dir: Path) -> Path:
    """The promoted model folder (``models/DEFAULT`` holds its path relative to ``models_dir``)."""
    pointer = models_dir / "DEFAULT"
    if not pointer.exists():
        raise FileNotFoundError(
            f"{pointer} not found: no default model. Train one with `cxnlp train` and promote it "
            "with `cxnlp promote`, or pass --model DIR"
        )
    return models_dir / pointer.read_text().strip()


def _version_key(name: str) -> tuple[int, ...]:
    try:
        return tuple(int(x) for x in name.split("."))
    except ValueError:
        return (-1,)


def tier_model_dir(models_dir: Path, tier: str) -> Path:
    """The newest version of ``tier`` (``models/<tier>/<x.y.z>``) whose weights are present: the
    way to name a tier rather than a folder (``--model fast`` for a very large backfill). Older
    versions' weights leave the tree, so their folders (card, meta, metrics) are skipped."""
    base = Path(models_dir) / tier
    found = sorted((d for d in base.glob("*") if d.is_dir() and (d / "meta.json").exists()
                    and any(f.suffix in _WEIGHT_SUFFIXES and f.name not in _OPTIONAL_PARTS for f in d.iterdir())),
                   key=lambda d: _version_key(d.name))
    if not found:
        raise FileNotFoundError(f"no {tier} model with its weights under {base}; train one with "
                                f"`cxnlp train --tier {tier}`")
    return found[-1]


def _data_hash(folder: Path) -> str | None:
    meta = folder / "meta.json"
    return json.loads(meta.read_text()).get("data_sha256") if meta.exists() else None


def _evaluation_version(metrics: dict[str, Any]) -> Any:
    return metrics.get("evaluation_version")


def _score(metrics: dict[str, Any], key: str) -> float:
    node: Any = metrics
    for part in key.split("."):
        node = node[part]
    return float(node)


def promote(candidate: Path, models_dir: Path, *, metric_keys: tuple[str, ...] = (
        "sentiment3_fft.macro_f1", "pillars.macro_f1", "pitfalls.macro_f1", "urgent.recall"),
            override_reason: str | None = None, rescore: Rescore | None = None) -> dict[str, Any]:
    """Make ``candidate`` the default unless it is worse than the current one on a macro-F1 or
    on urgent recall.

    Compares the held-out metrics in each folder's ``metrics.json``; a metric the current model
    has and the candidate lacks counts as worse (a model without an urgent head would leave
    safety triage to the patterns alone). With ``override_reason`` a worse model is promoted
    anyway and the reason is recorded in its card and ``promotion.json``.

    Two models trained on different data (``data_sha256`` in their ``meta.json``: the labelled
    corpus grew) were also scored on different test rows, and two models scored by different
    evaluation code (``evaluation_version`` in ``metrics.json``) were scored differently: their
    stored metrics do not compare. ``rescore`` then scores both on the current data with the
    current code, and without it the promotion is refused.
    """
    candidate = candidate.resolve()
    new = json.loads((candidate / "metrics.json").read_text())
    decision: dict[str, Any] = {"candidate": str(candidate), "at": datetime.now(UTC).isoformat(), "compared": {}}
    try:
        current = default_model_dir(models_dir).resolve()
    except FileNotFoundError:
        current = None
    worse = []
    if current is not None and current != candidate and (current / "metrics.json").exists():
        old = json.loads((current / "metrics.json").read_text())
        decision["current"] = str(current)
        hashes = _data_hash(candidate), _data_hash(current)
        why = []
        if None not in hashes and hashes[0] != hashes[1]:
            why.append("trained and scored on different data")
        if _evaluation_version(new) != _evaluation_version(old):
            why.append("scored by different evaluation code")
        if why:
            if rescore is None:
                raise PromotionRefused(f"{candidate} and {current} were {' and '.join(why)}; score both on the "
                                       "current data (`cxnlp promote` does) to compare them")
            new, old = rescore(candidate, current)
            decision["scored_on"] = f"the current data with the current evaluation (stored metrics: {', '.join(why)})"
        for k in metric_keys:
            try:
                b = _score(old, k)
            except KeyError:
                continue
            try:
                a: float | None = _score(new, k)
            except KeyError:
                a = None
            decision["compared"][k] = {"candidate": a, "current": b}
            if a is None or a < b - 1e-9:
                worse.append(k)
    if worse and not override_reason:
        raise PromotionRefused(f"candidate is worse than the current default on {worse}: {decision['compared']}")
    if worse:
        decision["override"] = override_reason
        with (candidate / "README.md").open("a") as fh:
            fh.write(f"\n## Promotion override\n\nPromoted although worse on {worse}: {override_reason}\n")
    (candidate / "promotion.json").write_text(json.dumps(decision, indent=2))
    (models_dir / "DEFAULT").write_text(str(candidate.relative_to(models_dir.resolve())) + "\n")
    return decision
