"""The shape of the code (issue 19): a library of plain functions by stage, thin Prefect flows
around it, settings as the one source of paths."""
import ast
import importlib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
STAGES = ("ingest", "privacy", "models", "training", "analytics", "batch")
FLOW_LAUNCHER = ROOT / "cxnlp" / "launch.py"


def _imports(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            names |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_the_library_never_imports_flows_or_prefect_outside_the_flow_launcher():
    offenders = {}
    for path in (ROOT / "cxnlp").rglob("*.py"):
        if path == FLOW_LAUNCHER:
            continue
        bad = {m for m in _imports(path) if m.split(".")[0] in ("pipelines", "prefect", "prefect_dask")}
        if bad:
            offenders[str(path.relative_to(ROOT))] = sorted(bad)
    assert not offenders, f"library modules importing flows or Prefect: {offenders}"


def test_the_scan_sees_a_flow_import(tmp_path):
    # The check above would pass on nothing at all; it must see both import forms.
    f = tmp_path / "m.py"
    f.write_text("import prefect\nfrom pipelines.batch import cx_batch\nfrom . import x\n")
    assert _imports(f) == {"prefect", "pipelines.batch"}


def test_flows_hold_no_private_helpers_and_call_no_task_functions():
    """Flows are wiring: no module-level private functions in pipelines/ beyond the retry rule,
    and nothing anywhere calls a task's ``.fn``."""
    for path in (ROOT / "pipelines").glob("*.py"):
        tree = ast.parse(path.read_text())
        private = [n.name for n in tree.body if isinstance(n, ast.FunctionDef) and n.name.startswith("_")
                   and n.name != "_retry_unless_bad_input"]
        assert not private, f"{path.name}: logic belongs in cxnlp/: {private}"
    for folder in ("cxnlp", "benchmarks", "evaluation", "scripts"):
        for path in (ROOT / folder).rglob("*.py"):
            assert ".fn(" not in path.read_text(), f"{path} calls a Prefect task's function"


@pytest.mark.parametrize("stage", STAGES)
def test_each_stage_names_its_public_api(stage):
    package = importlib.import_module(f"cxnlp.{stage}")
    assert package.__doc__ and len(package.__doc__.split()) >= 15, f"cxnlp.{stage} needs a docstring paragraph"
    assert package.__all__, f"cxnlp.{stage} names no public API"
    for name in package.__all__:
        assert getattr(package, name) is not None


def test_the_fft_folder_and_labelled_folder_are_written_out_only_in_the_settings():
    for folder in ("cxnlp", "pipelines"):
        for path in (ROOT / folder).rglob("*.py"):
            if path.name == "config.py":
                continue
            text = path.read_text()
            assert "shared/data/nhs_fft\"" not in text and "../shared/data" not in text, path
            assert "\"data/labeled\"" not in text and "\"data\" / \"labeled\"" not in text, path


def test_benchmark_and_flow_call_the_same_chunk_step():
    bench = (ROOT / "benchmarks" / "throughput.py").read_text()
    assert "_tag_chunk" not in bench and "tag_and_write" in bench
    assert "steps.tag_and_write" in (ROOT / "pipelines" / "batch.py").read_text()
