import json

import pandas as pd
import pytest
from typer.testing import CliRunner

from cxnlp.cli import app


def test_score_cli(tmp_path, root):
    src = tmp_path / "in.csv"
    pd.DataFrame({"rid": ["r1", "r2", "r3"], "comment": ["Lovely nurses", "", "Rude receptionist, call 07700 900123"]}
                 ).to_csv(src, index=False)
    out = tmp_path / "out.parquet"
    res = CliRunner().invoke(app, ["score", str(src), "--text-column", "comment", "--id-column", "rid", "-o", str(out),
                                   "--root", str(root)])
    assert res.exit_code == 0, res.output
    frame = pd.read_parquet(out)
    assert list(frame["id"]) == ["r1", "r2", "r3"]
    assert list(frame["status"]) == ["tagged", "empty", "tagged"]
    assert "07700" not in frame.loc[2, "text"]


def test_score_cli_clear_error(tmp_path, root):
    src = tmp_path / "in.csv"
    pd.DataFrame({"a": ["x"]}).to_csv(src, index=False)
    res = CliRunner().invoke(app, ["score", str(src), "--root", str(root), "-o", str(tmp_path / "o.parquet")])
    assert res.exit_code == 2
    assert "text column 'text' not found" in res.output


def test_help_lists_commands():
    res = CliRunner().invoke(app, ["--help"])
    for cmd in ("run", "serve", "score", "train", "promote"):
        assert cmd in res.output


def test_command_exit_codes_and_output_in_a_real_process(tmp_path):
    """``cxnlp`` ends its process without Python's teardown (cxnlp.cli.main): exit codes and
    everything printed must still come through, for success and for a usage error."""
    import subprocess
    import sys

    def cli(*args):
        return subprocess.run([sys.executable, "-m", "cxnlp.cli", *args, "--root", str(tmp_path)],
                              capture_output=True, text=True, timeout=300)

    (tmp_path / "data" / "tagged" / "runs").mkdir(parents=True)  # an output folder, as a run leaves it

    ok = cli("query", "select 42 as answer, 'x' as tag", "--format", "csv")
    assert ok.returncode == 0, ok.stderr[-2000:]
    assert ok.stdout.splitlines() == ["answer,tag", "42,x"]
    bad = cli("query", "select 1", "--format", "xml")
    assert bad.returncode == 2
    assert "--format must be table, csv, json or parquet" in bad.stderr
    unknown = cli("no-such-command")
    assert unknown.returncode == 2 and "No such command" in unknown.stderr


def test_run_refuses_an_unknown_file_system_before_starting(tmp_path):
    res = CliRunner().invoke(app, ["run", "--root", str(tmp_path), "--raw-dir", "nosuchfs://bucket/raw"])
    assert res.exit_code == 2
    assert "raw_dir: nosuchfs://bucket/raw: Unsupported filesystem: 'nosuchfs'" in " ".join(res.output.split())


def _terminal(monkeypatch):
    """Make the CLI's stderr console a terminal (as a person's shell is), recorded in a buffer."""
    import io
    import re

    from rich.console import Console

    from cxnlp import cli

    buf = io.StringIO()
    monkeypatch.setattr(cli, "console", Console(file=buf, force_terminal=True, width=140))
    return lambda: re.sub(r"\x1b\[[0-9;?]*[a-zA-Z]", "", buf.getvalue())


def test_train_draws_bars_per_fold_and_epoch_on_a_terminal_only(monkeypatch, tmp_path):
    """Issue 20: `cxnlp train` renders the flow's progress steps as bars with the time left; off a
    terminal, or with --quiet, it draws none (the flow gets no callback)."""
    import pipelines.train
    from cxnlp.progress import report

    calls = []

    def fake_flow(**kwargs):
        progress = kwargs["progress"]
        calls.append(progress)
        for fold in range(5):
            report(progress, "cross-validation", fold + 1, 5, f"fold {fold}")
        for epoch in (1, 2):
            for b in (1, 2, 3):
                report(progress, f"epoch {epoch}/2", b, 3, "loss 0.500", parent="fine-tuning")
                report(progress, "fine-tuning", (epoch - 1) * 3 + b, 6)
        return {"model_dir": str(tmp_path / "m"), "metrics": {"pillars": {"macro_f1": 0.5}}}

    monkeypatch.setattr(pipelines.train, "cx_train", fake_flow)
    res = CliRunner().invoke(app, ["train", "--root", str(tmp_path)])  # not a terminal
    assert res.exit_code == 0, res.output
    assert calls[-1] is None and "━" not in res.output and "pillars: macro-F1 0.500" in res.output
    drawn = _terminal(monkeypatch)
    res = CliRunner().invoke(app, ["train", "--root", str(tmp_path)])
    assert res.exit_code == 0, res.output
    text = drawn()
    assert calls[-1] is not None
    for part in ("cross-validation", "5/5", "fold 4", "  epoch 2/2", "3/3", "loss 0.500", "fine-tuning", "6/6", "left"):
        assert part in text, part
    drawn = _terminal(monkeypatch)
    res = CliRunner().invoke(app, ["train", "--root", str(tmp_path), "--quiet"])
    assert res.exit_code == 0 and calls[-1] is None and drawn() == ""


@pytest.fixture(scope="module")
def tiny_project(tmp_path_factory, root, corpus):
    """A project with 400 annotated comments and 80 records of each FFT export (real data)."""
    from conftest import FFT_DIR

    tmp = tmp_path_factory.mktemp("tiny_project")
    (tmp / "data" / "labeled").mkdir(parents=True)
    sub = pd.concat([corpus[corpus["urgent"].astype(bool)].head(30), corpus[~corpus["urgent"].astype(bool)].head(370)])
    sub.to_json(tmp / "data" / "labeled" / "corpus.jsonl", orient="records", lines=True, force_ascii=False)
    (tmp / "fft").mkdir()
    for name in ("fft_phase2_v6framework.csv", "fft_phase1.csv"):
        pd.read_csv(FFT_DIR / name, dtype=str, keep_default_na=False).head(80).to_csv(tmp / "fft" / name, index=False)
    return tmp


def test_evaluate_shows_each_model_and_the_baselines(monkeypatch, tiny_project, root):
    from cxnlp.models.versions import default_model_dir

    model = default_model_dir(root / "models")
    args = ["evaluate", "--model", str(model), "--root", str(tiny_project), "--fft-dir", "fft",
            "--out-dir", str(tiny_project / "reports")]
    drawn = _terminal(monkeypatch)
    res = CliRunner().invoke(app, args)
    assert res.exit_code == 0, res.output
    text = drawn()
    version = json.loads((model / "meta.json").read_text())["version"]
    for part in ("evaluation data", "1/1", f"scoring {version}", "3/3", "baselines", "4/4", "left"):
        assert part in text, part
    assert (tiny_project / "reports" / f"{version}.md").exists()
    drawn = _terminal(monkeypatch)
    res = CliRunner().invoke(app, [*args, "-q"])
    assert res.exit_code == 0, res.output
    assert "━" not in drawn() and "Sentiment 3-class" in res.output
