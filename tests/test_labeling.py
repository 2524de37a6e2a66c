"""`cxnlp label export` / `import` round trip, and clear refusals that name the row."""
import json
import shutil

import pandas as pd
import pytest
from typer.testing import CliRunner

from cxnlp.cli import app
from cxnlp.training.labeling import parse_labelled
from cxnlp.taxonomy import TaxonomyError


@pytest.fixture()
def project(tmp_path, root, redactor, default_model):
    """A project folder with a small tagged output and a copy of the corpus."""
    from cxnlp.ingest.formats import SourceSpec, normalise
    from cxnlp.ingest.readers import write_partitioned
    from cxnlp.batch.tag import tag_rows
    from cxnlp.schema import COMMENTS, to_table

    (tmp_path / "data" / "labeled").mkdir(parents=True)
    shutil.copy(root / "data" / "labeled" / "corpus.jsonl", tmp_path / "data" / "labeled" / "corpus.jsonl")
    (tmp_path / "models").symlink_to(root / "models")
    raw = pd.read_csv(root / "data" / "raw" / "nhs_fft" / "fft_phase2_sample.csv", dtype=str).head(80)
    rows = normalise(raw, SourceSpec(format="nhs_fft"), source_file="s.csv").rows
    tagged = tag_rows(rows, redactor, default_model, run_id="r", processed_at=pd.Timestamp.now(tz="UTC"),
                      max_text_chars=20_000).tagged
    write_partitioned(to_table(tagged, COMMENTS), tmp_path / "data" / "tagged" / "comments",
                      partition="received_month", basename="r")
    return tmp_path


@pytest.mark.parametrize("strategy", ["uncertain", "random"])
def test_export_then_import_round_trip(project, strategy):
    out = project / "batch.csv"
    res = CliRunner().invoke(app, ["label", "export", "--n", "10", "--strategy", strategy, "-o", str(out),
                                   "--root", str(project)])
    assert res.exit_code == 0, res.output
    batch = pd.read_csv(out, dtype=str, keep_default_na=False)
    assert len(batch) == 10 and batch["id"].is_unique
    batch["sentiment"] = batch["suggested_sentiment"]
    batch["pillars"] = batch["suggested_pillars"]
    batch["pitfalls"] = ""
    batch["urgent"] = "false"
    batch.to_csv(out, index=False)
    before = sum(1 for _ in (project / "data" / "labeled" / "corpus.jsonl").open())
    res = CliRunner().invoke(app, ["label", "import", str(out), "--annotator", "tester", "--root", str(project)])
    assert res.exit_code == 0, res.output
    lines = (project / "data" / "labeled" / "corpus.jsonl").read_text().splitlines()
    assert len(lines) == before + 10
    assert json.loads(lines[-1])["annotator"] == "tester"
    # importing the same batch again is refused: the ids are already in the corpus
    res = CliRunner().invoke(app, ["label", "import", str(out), "--annotator", "tester", "--root", str(project)])
    assert res.exit_code == 2 and "row 2" in res.output and "already in the corpus" in res.output


def test_uncertain_differs_from_random(project):
    outs = {}
    for strategy in ("uncertain", "random"):
        out = project / f"{strategy}.csv"
        CliRunner().invoke(app, ["label", "export", "--n", "5", "--strategy", strategy, "-o", str(out),
                                 "--root", str(project)])
        outs[strategy] = list(pd.read_csv(out)["id"])
    assert outs["uncertain"] != outs["random"]


def _batch(**overrides):
    base = {"id": ["a", "b"], "text": ["t1", "t2"], "sentiment": ["positive", "negative"],
            "pillars": ["empathy", "time_and_effort;resolution"], "pitfalls": ["", "tone"],
            "urgent": ["false", "false"], "urgent_reason": ["", ""]}
    base.update(overrides)
    return pd.DataFrame(base)


def test_parse_accepts_valid_batch():
    rows = parse_labelled(_batch(), existing_ids=set(), annotator="x", batch_name="b1", file="f.csv")
    assert rows.loc[1, "pillars"] == ["resolution", "time_and_effort"] and rows.loc[1, "pitfalls"] == ["tone"]


@pytest.mark.parametrize("overrides,message", [
    ({"pillars": ["empathy", "kindness"]}, r"f.csv row 3 \(id 'b'\): unknown pillar"),
    ({"pitfalls": ["", "sarcasm"]}, r"row 3 .*unknown pitfall"),
    ({"id": ["a", ""]}, r"row 3: missing id"),
    ({"id": ["a", "a"]}, r"row 3 .*duplicate id"),
    ({"sentiment": ["positive", ""]}, r"row 3 .*sentiment is empty"),
    ({"urgent": ["true", "false"]}, r"row 2 .*urgent_reason"),
])
def test_parse_refuses_with_row(overrides, message):
    with pytest.raises(TaxonomyError, match=message):
        parse_labelled(_batch(**overrides), existing_ids=set(), annotator="x", batch_name="b", file="f.csv")


def test_annotation_rounds_draw_from_unannotated_distinct_fft_text(tmp_path):
    from conftest import FFT_DIR

    from cxnlp.training.corpus import load_fft
    from cxnlp.training.labeling import BATCH_COLUMNS, unannotated_fft, write_batches

    fft = load_fft(FFT_DIR)
    ok = fft[fft["text"].str.len().between(20, 2500)].drop_duplicates("text")
    annotated = ok["id"].iloc[:50].tolist()
    corpus_file = tmp_path / "corpus.jsonl"
    corpus_file.write_text("".join(json.dumps({"id": i}) + "\n" for i in annotated))
    pool = unannotated_fft(FFT_DIR, corpus_file)
    assert not set(annotated) & set(pool["id"])
    assert pool["text"].is_unique and pool["text"].str.len().between(20, 2500).all()
    # every eligible text that an unannotated comment carries is there, once
    eligible = fft[fft["text"].str.len().between(20, 2500) & ~fft["id"].isin(annotated)]
    assert set(pool["text"]) == set(eligible["text"])

    sample = pool.head(7).assign(drawn_because="random")
    files = write_batches(sample, tmp_path / "out", 3, first=16)
    assert [f.name for f in files] == ["batch_16.jsonl", "batch_17.jsonl", "batch_18.jsonl"]
    rows = [json.loads(line) for f in files for line in f.open()]
    assert [r["id"] for r in rows] == sample["id"].tolist()  # split in order, nothing lost
    assert all(list(r) == BATCH_COLUMNS for r in rows)
