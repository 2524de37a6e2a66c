import pandas as pd
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
