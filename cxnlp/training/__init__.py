"""What the data team runs: the labelled corpus and its folds (``corpus``, ``synthetic``,
``weak_labels``), fitting a model (``fit``), measuring it on held-out folds (``metrics``,
``baselines``, ``comparison``), its model card (``cards``) and labelling rounds
(``labeling``). Nothing here runs in the nightly batch."""
from __future__ import annotations

from typing import TYPE_CHECKING

from cxnlp._lazy import attach

if TYPE_CHECKING:
    from cxnlp.training.fit import TrainingData as TrainingData
    from cxnlp.training.fit import build_training_data as build_training_data
    from cxnlp.training.fit import data_hash as data_hash
    from cxnlp.training.fit import evaluate_model as evaluate_model
    from cxnlp.training.fit import fit_fast as fit_fast
    from cxnlp.training.fit import load_training_data as load_training_data
    from cxnlp.training.fit import split_groups as split_groups
    from cxnlp.training.corpus import CORPUS_COLUMNS as CORPUS_COLUMNS
    from cxnlp.training.corpus import duplicate_safe_groups as duplicate_safe_groups
    from cxnlp.training.corpus import fold_of as fold_of
    from cxnlp.training.corpus import label_matrix as label_matrix
    from cxnlp.training.corpus import validate_corpus as validate_corpus
    from cxnlp.training.metrics import expected_calibration_error as expected_calibration_error
    from cxnlp.training.metrics import multilabel_report as multilabel_report
    from cxnlp.training.metrics import sentiment_report as sentiment_report
    from cxnlp.training.comparison import compare as compare
    from cxnlp.training.comparison import render_markdown as render_markdown
    from cxnlp.training.cards import model_card as model_card
    from cxnlp.training.labeling import select_for_labelling as select_for_labelling
    from cxnlp.training.labeling import write_batches as write_batches
    from cxnlp.training.labeling import parse_labelled as parse_labelled
    from cxnlp.training.labeling import merge_corrections as merge_corrections

__all__, __getattr__, __dir__ = attach(__name__, {
    "TrainingData": "fit",
    "build_training_data": "fit",
    "data_hash": "fit",
    "evaluate_model": "fit",
    "fit_fast": "fit",
    "load_training_data": "fit",
    "split_groups": "fit",
    "CORPUS_COLUMNS": "corpus",
    "duplicate_safe_groups": "corpus",
    "fold_of": "corpus",
    "label_matrix": "corpus",
    "validate_corpus": "corpus",
    "expected_calibration_error": "metrics",
    "multilabel_report": "metrics",
    "sentiment_report": "metrics",
    "compare": "comparison",
    "render_markdown": "comparison",
    "model_card": "cards",
    "select_for_labelling": "labeling",
    "write_batches": "labeling",
    "parse_labelled": "labeling",
    "merge_corrections": "labeling",
})
