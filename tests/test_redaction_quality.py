"""Redaction quality on the injected test set stays at the issue's targets (evaluation/redaction.py)."""
import json
import sys

import pytest


@pytest.fixture(scope="module")
def report(root, redactor):
    sys.path.insert(0, str(root / "evaluation"))
    from redaction import evaluate

    records = [json.loads(line) for line in (root / "evaluation" / "data" / "redaction_testset.jsonl").open()]
    return evaluate(records, redactor)


def test_structured_identifiers_recall(report):
    assert report["structured_recall"] >= 0.99
    for kind, v in report["per_type"].items():
        if kind != "NAME":
            assert v["recall"] >= 0.95, (kind, v)


def test_person_names_recall(report):
    assert report["name_recall"] >= 0.95


def test_other_words_kept(report):
    assert report["other_words_kept"] >= 0.97
    assert not {"Sister", "Will", "Hope"} & set(report["over_redacted_words"])
