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


def test_address_place_parts_are_the_parts_after_the_street_without_digits(root):
    sys.path.insert(0, str(root / "evaluation"))
    from redaction import address_place_parts

    value = "14 Elm Road, Mansfield, Notts NG18 2AB"
    assert [value[a:b] for a, b in address_place_parts(value)] == ["Mansfield"]
    value = "Rose Cottage\nMill Lane\n Lacock."
    assert [value[a:b] for a, b in address_place_parts(value)] == ["Mill Lane", "Lacock"]
    assert address_place_parts("14 Kestrel Close") == []


def test_a_town_kept_after_a_redacted_street_counts_as_a_missed_place_part(root, redactor):
    sys.path.insert(0, str(root / "evaluation"))
    from redaction import evaluate

    text = "Please write to me at 14 Elm Road, Mansfield, Notts NG18 2AB about the follow-up."
    address = "14 Elm Road, Mansfield, Notts NG18 2AB"
    start = text.index(address)
    record = {"id": "t1", "text": text,
              "entities": [{"start": start, "end": start + len(address), "type": "ADDRESS", "value": address}]}
    whole = evaluate([record], redactor)
    assert whole["address_place_parts"] == {"recall": 1.0, "caught": 1, "n": 1}

    class StreetOnly:  # a redactor that takes the street and the postcode but leaves the town
        def redact_many(self, texts):
            from cxnlp.privacy.redact import Redacted, Span

            spans = [Span(start, start + len("14 Elm Road"), "ADDRESS"),
                     Span(text.index("NG18"), text.index("NG18") + len("NG18 2AB"), "POSTCODE")]
            return [Redacted(text=t, spans=tuple(spans)) for t in texts]

    street_only = evaluate([record], StreetOnly())
    assert street_only["address_place_parts"] == {"recall": 0.0, "caught": 0, "n": 1}
    assert street_only["per_type"]["ADDRESS"]["caught"] == 0
