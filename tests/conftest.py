"""Shared fixtures. Prefect runs ephemerally with its state in a temporary folder."""
from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

# set before Prefect is imported; removed when the test run ends so runs leave no state in /tmp
os.environ["PREFECT_HOME"] = tempfile.mkdtemp(prefix="cxnlp-prefect-")
atexit.register(shutil.rmtree, os.environ["PREFECT_HOME"], ignore_errors=True)
os.environ["PREFECT_SERVER_ANALYTICS_ENABLED"] = "false"
os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"
os.environ["PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS"] = "120"

import pandas as pd  # noqa: E402
import pytest  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
FFT_DIR = ROOT.parent / "shared" / "data" / "nhs_fft"


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def redactor():
    from cxnlp.privacy.redact import Redactor

    return Redactor()


@pytest.fixture(scope="session")
def corpus() -> pd.DataFrame:
    return pd.read_json(ROOT / "data" / "labeled" / "corpus.jsonl", lines=True, dtype=False)


@pytest.fixture(scope="session")
def tiny_clear_comments(corpus) -> pd.DataFrame:
    """32 real annotated comments, short and clearly positive or negative: enough to overfit."""
    rows = corpus[corpus["sentiment"].isin(["positive", "negative"]) & (corpus["text"].str.len() < 160)]
    rows = pd.concat([rows[rows["sentiment"] == "positive"].head(16), rows[rows["sentiment"] == "negative"].head(16)])
    return rows.reset_index(drop=True)


@pytest.fixture(scope="session")
def default_model():
    """The promoted model, whichever kind it is (issue 20: the fine-tuned tier)."""
    from cxnlp.models.loading import load_any_model
    from cxnlp.models.versions import default_model_dir

    return load_any_model(default_model_dir(ROOT / "models"))


@pytest.fixture(scope="session")
def fast_model():
    """The fast tier's shipped version (kept in git for very large backfills, `--model fast`)."""
    from cxnlp.models import load_model
    from cxnlp.models.versions import tier_model_dir

    return load_model(tier_model_dir(ROOT / "models", "fast"))


@pytest.fixture(scope="session")
def fft_phase2_raw() -> pd.DataFrame:
    from cxnlp.ingest.readers import read_records

    return read_records(ROOT / "data" / "raw" / "nhs_fft" / "fft_phase2_sample.csv")


@pytest.fixture(scope="session")
def fft_phase1_raw() -> pd.DataFrame:
    from cxnlp.ingest.readers import read_records

    return read_records(ROOT / "data" / "raw" / "nhs_fft" / "fft_phase1_sample.csv")


def make_project(tmp: Path, root: Path, *, raw: Path | None = None, sources: Path | None = None) -> Path:
    """A project folder under ``tmp``: a copy of the raw inputs and sources file, the repo's models."""
    import shutil

    shutil.copytree(raw or root / "data" / "raw", tmp / "data" / "raw",
                    ignore=shutil.ignore_patterns("*.md", "sources.yaml"))
    shutil.copy(sources or root / "data" / "sources.yaml", tmp / "data" / "sources.yaml")
    (tmp / "models").symlink_to(root / "models")
    return tmp


def prefect_harness():
    """Prefect's test harness, with room for its temporary server to start: about 23 s on this
    2-core machine when idle, past the harness's default 30 s limit when the cores are busy."""
    from prefect.testing.utilities import prefect_test_harness

    return prefect_test_harness(server_startup_timeout=180)
