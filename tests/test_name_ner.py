"""The entity recognizer tuned on planted names (cxnlp.privacy.name_ner): loading, training, saving."""
import json
import shutil

import pytest
import spacy

from cxnlp.config import load_settings
from cxnlp.privacy.name_ner import (
    PACKAGED_NAME_NER,
    load_base_for_training,
    load_name_ner,
    lower_case_copies,
    planted_name_examples,
    save_name_ner,
    train_name_ner,
)
from cxnlp.privacy.redact import Redactor, resolve_spacy_model


def _records(root, name, n):
    path = root / "evaluation" / "data" / f"{name}.jsonl"
    return [json.loads(line) for line in path.open()][:n]


def _names_found(nlp, records):
    found = total = 0
    with nlp.select_pipes(enable=["ner"]):
        for rec, doc in zip(records, nlp.pipe(r["text"] for r in records)):
            people = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "PERSON"]
            for e in rec["entities"]:
                if e["type"] == "NAME":
                    total += 1
                    found += any(s <= e["start"] and e["end"] <= t for s, t in people)
    return found / total


def test_packaged_weights_record_what_they_were_trained_on():
    meta = json.loads((PACKAGED_NAME_NER / "meta.json").read_text())
    # The frozen v2 set and dev set 5 are the measures of generalisation: never trained on.
    assert {"redaction_testset_v2", "redaction_devset5"} <= set(meta["held_out"])
    assert not any(name.startswith(("redaction_testset_v2", "redaction_devset5.")) for name in meta["trained_on"])
    assert "PERSON" in meta["labels"]
    assert (PACKAGED_NAME_NER / "ner" / "model").stat().st_size < 30_000_000


def test_tuned_ner_finds_more_planted_names_than_the_base_on_a_set_it_was_tuned_on(root):
    # A check that the tuned weights are loaded and fitted; evaluation/name_ner_holdout.py measures
    # what they do on sets they never saw.
    records = _records(root, "redaction_devset13", 150)
    base = spacy.load(resolve_spacy_model("auto"))
    tuned = spacy.load(resolve_spacy_model("auto"))
    load_name_ner(tuned, "packaged")
    base_recall, tuned_recall = _names_found(base, records), _names_found(tuned, records)
    assert tuned_recall > base_recall + 0.05, (base_recall, tuned_recall)


def test_redactor_uses_the_packaged_weights_unless_told_base(redactor):
    base = Redactor(name_ner="base")
    tuned_bytes = redactor._nlp_engine.nlp["en"].get_pipe("ner").model.to_bytes()
    base_bytes = base._nlp_engine.nlp["en"].get_pipe("ner").model.to_bytes()
    assert tuned_bytes != base_bytes
    assert redactor.name_ner_meta is not None and base.name_ner_meta is None


def test_planted_names_become_person_and_unplanted_persons_are_left_unannotated():
    nlp = load_base_for_training(resolve_spacy_model("auto"))
    text = "Thanks to tomasz on ward 5 and to Dr John Smith in London on Monday."
    start = text.index("tomasz")
    with nlp.select_pipes(enable=["ner"]):
        base_ents = {(e.text, e.label_) for e in nlp(text).ents}
    (example,) = planted_name_examples([{"text": text, "entities": [
        {"start": start, "end": start + 6, "type": "NAME"}]}], nlp)
    gold = {(e.text, e.label_) for e in example.reference.ents}
    assert ("tomasz", "PERSON") in gold
    # The base model's other labels stay as they were (rehearsal) ...
    assert {e for e in base_ents if e[1] != "PERSON"} <= gold
    # ... and a PERSON nobody planted is neither taught as a name nor as "not a name".
    for ent_text, label in base_ents:
        if label == "PERSON" and ent_text != "tomasz":
            tokens = [t for t in example.reference if t.text in ent_text.split()]
            assert tokens and all(t.ent_iob_ == "" for t in tokens), ent_text


def test_planted_addresses_and_towns_are_taught_and_the_base_labels_inside_them_give_way():
    nlp = load_base_for_training(resolve_spacy_model("auto"))
    text = "Send it to Glover Close, Wells BA5 2QT please. My sister lives in Reeth."
    address, town = "Glover Close, Wells BA5 2QT", "Reeth"
    a, t = text.index(address), text.index(town)
    record = {"text": text, "entities": [{"start": a, "end": a + len(address), "type": "ADDRESS"},
                                         {"start": t, "end": t + len(town), "type": "TOWN"}]}
    (example,) = planted_name_examples([record], nlp)
    gold = {(e.text, e.label_) for e in example.reference.ents}
    assert {(address, "ADDRESS"), (town, "GPE")} <= gold
    assert "ADDRESS" in nlp.get_pipe("ner").labels
    # Round 17's model, names alone: the address is not taught, and no label is added.
    names_only = load_base_for_training(resolve_spacy_model("auto"))
    (example,) = planted_name_examples([record], names_only, {"NAME": "PERSON"})
    assert (address, "ADDRESS") not in {(e.text, e.label_) for e in example.reference.ents}
    assert "ADDRESS" not in names_only.get_pipe("ner").labels


def test_training_changes_the_weights_and_save_reload_keeps_every_entity(root, tmp_path):
    records = _records(root, "redaction_devset12", 120)  # many written-out addresses
    nlp = load_base_for_training(resolve_spacy_model("auto"))
    before = nlp.get_pipe("ner").model.to_bytes()
    epochs = []
    train_name_ner(nlp, planted_name_examples(records, nlp), epochs=3, seed=1,
                   on_epoch=lambda epoch, loss: epochs.append((epoch, loss)))
    assert [e for e, _ in epochs] == [0, 1, 2] and all(loss > 0 for _, loss in epochs)
    assert nlp.get_pipe("ner").model.to_bytes() != before
    save_name_ner(nlp, tmp_path / "ner_weights", {"held_out": ["x"]})
    assert json.loads((tmp_path / "ner_weights" / "meta.json").read_text())["base_model"].endswith("3.8.0")
    reloaded = spacy.load(resolve_spacy_model("auto"))
    load_name_ner(reloaded, str(tmp_path / "ner_weights"))
    texts = [r["text"] for r in records[:60]] + [r["text"] for r in _records(root, "redaction_devset14", 60)]
    with nlp.select_pipes(enable=["ner"]), reloaded.select_pipes(enable=["ner"]):
        ents = [[(e.start_char, e.end_char, e.label_) for e in d.ents] for d in nlp.pipe(texts)]
        again = [[(e.start_char, e.end_char, e.label_) for e in d.ents] for d in reloaded.pipe(texts)]
    # The added label survives the reload: spaCy masks a label it resizes for as never trained.
    assert any(label == "ADDRESS" for doc_ents in ents for *_, label in doc_ents)
    assert ents == again


def test_lower_case_copies_keep_every_detail_at_its_offsets():
    records = [
        {"id": "a", "text": "Thanks to Hala Mendoza on Ward 4.", "entities": [
            {"start": 10, "end": 22, "type": "NAME", "value": "Hala Mendoza"}]},
        {"id": "b", "text": "already lower, nothing to copy", "entities": []},
        {"id": "c", "text": "İlkay was kind", "entities": [{"start": 0, "end": 5, "type": "NAME", "value": "İlkay"}]},
    ]
    copies = lower_case_copies(records, 1.0)
    # "b" gains nothing in lower case; "İ" lowers to two characters, which would shift every offset.
    assert [c["id"] for c in copies] == ["a"]
    (copy,) = copies
    assert copy["text"] == "thanks to hala mendoza on ward 4."
    assert [copy["text"][e["start"]:e["end"]] for e in copy["entities"]] == ["hala mendoza"]
    assert copy["entities"][0]["value"] == "hala mendoza"
    assert records[0]["text"].startswith("Thanks"), "the originals are left as they were"
    assert lower_case_copies(records, 0.0) == []
    # The share is drawn with the seed: the same records each run, about the share asked for.
    many = [dict(records[0], id=str(i)) for i in range(400)]
    half = lower_case_copies(many, 0.5, seed=7)
    assert [c["id"] for c in half] == [c["id"] for c in lower_case_copies(many, 0.5, seed=7)]
    assert 150 < len(half) < 250
    with pytest.raises(ValueError, match="between 0 and 1"):
        lower_case_copies(records, 1.5)


def test_no_examples_is_an_error():
    with pytest.raises(ValueError, match="no training examples"):
        train_name_ner(load_base_for_training(resolve_spacy_model("auto")), [])


def test_missing_weights_name_the_folder_and_the_way_out(tmp_path):
    with pytest.raises(FileNotFoundError, match="'base'"):
        Redactor(name_ner=str(tmp_path / "nowhere"))


def test_weights_of_another_spacy_model_are_refused(tmp_path):
    copy = tmp_path / "weights"
    shutil.copytree(PACKAGED_NAME_NER, copy)
    meta = json.loads((copy / "meta.json").read_text())
    (copy / "meta.json").write_text(json.dumps({**meta, "base_model": "core_web_sm-3.7.1"}))
    with pytest.raises(ValueError, match="tuned from core_web_sm-3.7.1"):
        load_name_ner(spacy.load(resolve_spacy_model("auto")), str(copy))
    # A patch release of the same model has the same shapes: accepted.
    (copy / "meta.json").write_text(json.dumps({**meta, "base_model": "core_web_sm-3.8.5"}))
    assert load_name_ner(spacy.load(resolve_spacy_model("auto")), str(copy))["base_model"] == "core_web_sm-3.8.5"
    (copy / "meta.json").write_text(json.dumps({**meta, "base_model": "core_web_sm-3.7.1"}))
    with pytest.raises(ValueError, match="tuned from core_web_sm-3.7.1"):
        load_name_ner(spacy.load(resolve_spacy_model("auto")), str(copy))


def test_settings_name_a_folder_relative_to_the_root(tmp_path):
    shutil.copytree(PACKAGED_NAME_NER, tmp_path / "my_ner")
    (tmp_path / "cxnlp.yaml").write_text("redaction:\n  name_ner: my_ner\n")
    settings = load_settings(tmp_path / "cxnlp.yaml", root=tmp_path)
    assert Redactor.from_settings(settings).name_ner == str(tmp_path / "my_ner")


def test_the_batch_flow_loads_the_redactor_the_settings_name(monkeypatch, tmp_path):
    from cxnlp.batch import steps

    seen = {}
    monkeypatch.setattr(steps, "_load_resources", lambda *args: seen.setdefault("args", args))
    steps.resources("models/x", load_settings(root=tmp_path, redaction={"name_ner": "base"}))
    assert seen["args"][-1] == "base"
    seen.clear()
    steps.resources("models/x", load_settings(root=tmp_path, redaction={"name_ner": "ner_v2"}))
    assert seen["args"][-1] == str(tmp_path / "ner_v2")
