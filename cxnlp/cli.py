"""The ``cxnlp`` command line: run, serve, score, train, evaluate, promote, label, query, report."""
from __future__ import annotations

import atexit
import json
import os
import sys
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, NoReturn, Optional

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
# The ephemeral Prefect server can take a while to start on a busy 2-core machine.
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
# The library's own loggers (counts and file names only, never comment text) reach Prefect's
# console and run logs: the trainers log their figures through them.
os.environ.setdefault("PREFECT_LOGGING_EXTRA_LOGGERS", "cxnlp")

app = typer.Typer(help="cxnlp: patient feedback in, structured CX data out.", no_args_is_help=True,
                  pretty_exceptions_enable=False)
console = Console(stderr=True)


def _fail(message: str) -> NoReturn:
    from rich.markup import escape

    console.print(f"[red]error:[/red] {escape(message)}", soft_wrap=True, highlight=False)
    raise typer.Exit(code=2)


# --- project folder, settings and paths shared by run, serve, score, report, alerts, query ---

_PROJECT_MARKERS = ("models/DEFAULT", "data/sources.yaml")
_OUTPUT_MARKERS = ("runs", "comments", "alerts", "quarantine", "manifest.json")


def _root_option() -> Any:
    return typer.Option(None, help="Project folder (holds data/ and models/); default: the nearest folder from "
                                   "here upwards that has models/DEFAULT or data/sources.yaml.")


def _settings_option() -> Any:
    return typer.Option(None, "--settings", envvar="CXNLP_SETTINGS",
                        help="YAML settings file (keys in the README); default $CXNLP_SETTINGS.")


def _sources_option() -> Any:
    return typer.Option(None, "--sources", help="Sources file saying how each input file is read "
                                                "(default data/sources.yaml); a path or an fsspec URL.")


def _find_root(root: Path | None) -> tuple[Path, bool]:
    """``--root``, else the nearest folder from the current one upwards that holds a project
    marker (as git finds its repository); (the current folder, False) when none does."""
    if root is not None:
        if not root.is_dir():
            _fail(f"--root {root}: no such folder")
        return root, True
    here = Path.cwd().resolve()
    for folder in (here, *here.parents):
        if any((folder / m).is_file() for m in _PROJECT_MARKERS):
            return folder, True
    return here, False


def _not_found_hint(found: bool, given: Any = None) -> str:
    """Why a path may be missing: it was resolved against the current folder for want of a
    project folder (not said for an absolute path or a URL, which no --root changes)."""
    from cxnlp.paths import is_local, location

    if found or (given is not None and (not is_local(location(given)) or location(given).is_absolute())):
        return ""
    return (f" (no cxnlp project in {Path.cwd()} or any folder above it: a project has "
            f"{' or '.join(_PROJECT_MARKERS)}; pass --root PROJECT)")


def _settings(root: Path | None, settings_file: Path | None, **overrides: Any) -> tuple[Any, bool]:
    """The settings for a command: the settings file (which must exist), the options given on
    top, and the project folder from --root, the file's ``root:``, or found from here upwards.
    Returns (settings, whether a project folder was found or given)."""
    import yaml
    from pydantic import ValidationError

    from cxnlp.config import load_settings

    found_root, found = _find_root(root)
    try:
        s = load_settings(settings_file, **overrides)
    except FileNotFoundError as exc:
        _fail(f"{exc} (--settings or CXNLP_SETTINGS)")
    except ValidationError as exc:
        where = f"{settings_file}: " if settings_file else ""
        _fail(where + "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg'].removeprefix('Value error, ')}"
                                for e in exc.errors()))
    except (ValueError, yaml.YAMLError) as exc:
        _fail(f"settings file {settings_file}: {exc}" if settings_file else f"settings: {exc}")
    if root is not None or "root" not in s.model_fields_set:
        s = s.model_copy(update={"root": found_root})
    elif not Path(s.root).is_dir():
        _fail(f"root {s.root} (in {settings_file}): no such folder")
    else:
        found = True
    return s, found


def _model_folder(s: Any, found: bool, model: Path | None = None) -> Path:
    """The model a command uses: ``model`` (a folder, or a tier's name for its newest version with
    weights), the settings' ``model_dir``, or the default."""
    from cxnlp.models.registry import TIERS
    from cxnlp.models.versions import default_model_dir, tier_model_dir

    if model is None and s.model_dir is not None:
        model = Path(s.path(s.model_dir))
    if model is not None and not model.exists() and str(model) in TIERS:
        try:
            return tier_model_dir(Path(str(s.path(s.models_dir))), str(model))
        except FileNotFoundError as exc:
            _fail(str(exc))
    if model is not None:
        if not model.exists():
            _fail(f"model folder {model} not found")
        return model
    try:
        return default_model_dir(Path(str(s.path(s.models_dir))))
    except FileNotFoundError as exc:
        if not found:
            _fail(f"no default model{_not_found_hint(found)}, or pass --model DIR")
        _fail(str(exc))


def _check_inputs(s: Any, found: bool) -> None:
    """Before a run: the input folder, a named sources file and the model exist."""
    raw = s.path(s.raw_dir)
    if not raw.exists():
        _fail(f"input folder {raw} not found{_not_found_hint(found, s.raw_dir)}; pass --raw-dir DIR")
    if not raw.is_dir():
        _fail(f"input folder {raw} is not a folder")
    sources = s.path(s.sources_file)
    if "sources_file" in s.model_fields_set and not sources.exists():
        _fail(f"sources file {sources} not found (--sources or sources_file: in the settings file)")
    _model_folder(s, found)


def _output_folder(s: Any, found: bool) -> Any:
    """The output folder of the batch runs, which must exist and be one (what a typo gives is
    an error, not an empty answer)."""
    base = s.path(s.output_dir)
    if not base.exists():
        _fail(f"output folder {base} not found{_not_found_hint(found, s.output_dir)}: run `cxnlp run` first, or pass "
              "--output-dir DIR")
    if not any((base / m).exists() for m in _OUTPUT_MARKERS):
        _fail(f"{base} is not a cxnlp output folder (it has no runs/, comments/ or manifest.json): pass the "
              "folder that `cxnlp run` writes (--output-dir DIR)")
    return base


def _progress() -> Progress:
    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                    TextColumn("{task.fields[rate]}"), TimeRemainingColumn(), console=console)


class _StepBars:
    """Draws :class:`cxnlp.progress.Step` events as rich progress bars, one per task (a fold
    loop, an epoch, a model being scored), each with its elapsed time and the time left."""

    def __init__(self, bars: Progress) -> None:
        self.bars = bars
        self.ids: dict[str, Any] = {}

    def __call__(self, step: Any) -> None:
        if step.task not in self.ids:
            name = f"  {step.task}" if step.parent else step.task  # an epoch under "fine-tuning"
            self.ids[step.task] = self.bars.add_task(name, total=step.total, info=step.info)
        self.bars.update(self.ids[step.task], completed=step.done, total=step.total, info=step.info)


def _bars_or_quiet(quiet: bool) -> bool:
    """True when a long command draws its own bars (stderr is a terminal) or is told to be quiet:
    then transformers' own bars stay off (set before transformers is imported)."""
    if quiet or console.is_terminal:
        os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
        return True
    return False


@contextmanager
def _step_bars(quiet: bool) -> Iterator[Any]:
    """A progress callback that draws bars on the terminal (stderr), or None with ``--quiet`` or
    when stderr is not a terminal (a log file, CI: Prefect's log lines are the record there).
    With bars or ``--quiet``, Prefect's INFO lines stay off the terminal (they still reach the
    Prefect API); its warnings show."""
    if not _bars_or_quiet(quiet):
        yield None
        return
    import logging

    handlers = [h for h in logging.getLogger().handlers if type(h).__name__ == "PrefectConsoleHandler"]
    levels = [h.level for h in handlers]
    for h in handlers:
        h.setLevel(max(h.level, logging.WARNING))
    try:
        if quiet:
            yield None
            return
        # A fold or an epoch can take minutes: estimate the speed over the whole task, not the last 30 s.
        with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                      TextColumn("{task.fields[info]}"), TimeElapsedColumn(), TextColumn("left"), TimeRemainingColumn(),
                      console=console, speed_estimate_period=24 * 3600) as bars:
            yield _StepBars(bars)
    finally:
        for h, level in zip(handlers, levels):
            h.setLevel(level)


def _print_summary(summary: dict) -> None:
    from rich.markup import escape

    table = Table(title=f"cxnlp run {summary['run_id']}  (model {summary['model_version']})")
    for col in ("file", "status", "read", "tagged", "quarantined", "duplicates", "note"):
        table.add_column(col, justify="right" if col not in ("file", "status", "note") else "left",
                         overflow="fold")
    for f in summary["files"]:
        table.add_row(escape(f["file"]), f["status"], str(f["rows_read"]), str(f["tagged"]), str(f["quarantined"]),
                      str(f["duplicates"]), escape(f.get("note") or f.get("error") or ""))
    t = summary["totals"]
    table.add_row("total", "", str(t["rows_read"]), str(t["tagged"]), str(t["quarantined"]), str(t["duplicates"]))
    Console().print(table)
    for name in ("sentiment_counts", "pillar_counts", "pitfall_counts"):
        if summary[name]:
            Console().print(f"{name.replace('_counts', '')}: " + ", ".join(
                f"{k} {v}" for k, v in sorted(summary[name].items(), key=lambda kv: -kv[1])))
    if not summary["files"]:
        console.print("[yellow]no input files[/yellow] (.csv .xlsx .json .jsonl .parquet) in the input folder")
    warnings = summary.get("warning_counts") or {}
    if warnings:
        Console().print("kept with a warning (see the `reason` column): " + ", ".join(
            f"{k} {v}" for k, v in sorted(warnings.items())) + (
            "; set dayfirst or date_format in the file's sources entry" if "ambiguous_date" in warnings else ""))
    urgent = summary.get("urgent_counts") or {}
    levels = summary.get("urgent_level_counts") or {}
    Console().print(f"flagged: {levels.get('urgent', 0)} urgent (read today), {levels.get('review', 0)} review "
                    "(read this week)" + (" (" + ", ".join(f"{k} {v}" for k, v in sorted(urgent.items()))
                                          + "); see `cxnlp alerts`" if urgent else ""))
    open_alerts = summary.get("open_alerts") or {}
    if open_alerts:
        Console().print("open alerts (all runs): " + "; ".join(
            f"{lv} " + ", ".join(f"{age} {n}" for age, n in ages.items()) for lv, ages in sorted(open_alerts.items())))
    if summary.get("empty_files"):
        console.print(f"[yellow]empty files (no records):[/yellow] {escape(', '.join(summary['empty_files']))}")
    if summary["failed_files"]:
        console.print(f"[yellow]failed files:[/yellow] {escape(', '.join(summary['failed_files']))}")


@app.command()
def run(
    root: Optional[Path] = _root_option(),
    settings: Optional[Path] = _settings_option(),
    sources: Optional[str] = _sources_option(),
    raw_dir: Optional[str] = typer.Option(None, help="Input folder (default data/raw); a path or an fsspec URL (s3://bucket/raw)."),
    output_dir: Optional[str] = typer.Option(None, help="Output folder (default data/tagged); a path or an fsspec URL."),
    model: Optional[str] = typer.Option(None, help="Model folder (default: the promoted model)."),
    runner: str = typer.Option("local", help="local (one process) or dask (chunks on a Dask cluster)."),
    dask_address: Optional[str] = typer.Option(None, help="Dask scheduler, e.g. tcp://host:8786 "
                                               "(default with --runner dask: a 2-worker LocalCluster)."),
    workers: int = typer.Option(2, help="With --runner dask and no address: LocalCluster worker processes."),
    in_flight: Optional[int] = typer.Option(None, help="With --runner dask: chunks queued on the cluster at "
                                            "once (default 2 per local worker, else 8); bounds memory."),
    json_out: bool = typer.Option(False, "--json", help="Print the run summary as JSON."),
) -> None:
    """Run the batch flow once over new files in data/raw and print a summary."""
    from cxnlp import launch

    # Bad settings and missing inputs fail here, before Prefect starts.
    s, found = _settings(root, settings, raw_dir=raw_dir, output_dir=output_dir, model_dir=model,
                         sources_file=sources)
    _check_inputs(s, found)
    if runner not in ("local", "dask"):
        _fail("--runner must be local or dask")
    if workers < 1 or (in_flight is not None and in_flight < 1):
        _fail("--workers and --in-flight must be at least 1")
    api_ready = launch.start_api()  # boots while the pipeline is imported
    in_flight = in_flight or (8 if dask_address else 2 * workers)
    where = dict(root=str(s.root), settings_file=str(settings.resolve()) if settings else None, raw_dir=raw_dir,
                 output_dir=output_dir, model_dir=model, sources_file=sources)
    state = launch.run_batch(where, runner=runner, dask_address=dask_address, workers=workers, in_flight=in_flight,
                             api_ready=api_ready)
    summary = state.result(raise_on_failure=False)
    if isinstance(summary, BaseException):
        _fail(f"run failed: {state.message or summary}")
    if json_out:
        print(json.dumps(summary, indent=2, default=str))
    else:
        _print_summary(summary)
    if summary["failed_files"]:
        raise typer.Exit(code=1)


@app.command()
def serve(
    cron: str = typer.Option("0 2 * * *", help="Cron schedule (server time zone UTC)."),
    name: str = typer.Option("nightly", help="Deployment name."),
    root: Optional[Path] = _root_option(),
    settings: Optional[Path] = _settings_option(),
    sources: Optional[str] = _sources_option(),
    raw_dir: Optional[str] = typer.Option(None, help="Input folder (default data/raw); a path or an fsspec URL."),
    output_dir: Optional[str] = typer.Option(None, help="Output folder (default data/tagged); a path or an fsspec URL."),
    model: Optional[str] = typer.Option(None, help="Model folder (default: the promoted model at each run)."),
) -> None:
    """Serve cx-batch on a cron schedule against a Prefect server (see README: prefect server start).

    Each scheduled run gets these settings, sources and folders (checked now, and again by each run)."""
    s, found = _settings(root, settings, raw_dir=raw_dir, output_dir=output_dir, model_dir=model,
                         sources_file=sources)
    _check_inputs(s, found)
    from cxnlp import launch

    given = {"settings_file": str(settings.resolve()) if settings else None, "sources_file": sources,
             "raw_dir": raw_dir, "output_dir": output_dir, "model_dir": model}
    parameters = {"root": str(Path(s.root).resolve())} | {k: v for k, v in given.items() if v is not None}
    launch.serve_batch(name=name, cron=cron, parameters=parameters)


@app.command()
def score(
    input: Path = typer.Argument(..., help="CSV, Excel, JSON, JSONL or Parquet file to score."),
    output: Path = typer.Option(Path("scored.parquet"), "-o", "--output", help="Output Parquet file."),
    text_column: Optional[str] = typer.Option(None, help="Column holding the comment text (default: the "
                                              "matching --sources entry's columns.text, else 'text')."),
    id_column: Optional[str] = typer.Option(None, help="Column holding the record id (carried as `id`)."),
    model: Optional[Path] = typer.Option(None, help="Model folder (default: the promoted model)."),
    root: Optional[Path] = _root_option(),
    settings: Optional[Path] = _settings_option(),
    sources: Optional[str] = _sources_option(),
) -> None:
    """Score one file: one output row per input row, in input order."""
    import fnmatch

    import pyarrow as pa
    import pyarrow.parquet as pq
    from rich.markup import escape

    from cxnlp.ingest.formats import IngestError
    from cxnlp.ingest.readers import load_sources, read_records
    from cxnlp.models.bundle import ModelLoadError
    from cxnlp.models.loading import load_any_model
    from cxnlp.batch.tag import score_frame
    from cxnlp.privacy.redact import Redactor
    from cxnlp.schema import COMMENTS, validate

    s, found = _settings(root, settings, sources_file=sources)
    if not input.is_file():
        _fail(f"input file {input} not found")
    try:
        if "sources_file" in s.model_fields_set:  # a sources file the user named: its entry's columns
            entries = load_sources(s.path(s.sources_file), required=True)
            entry = next((e for e in entries if fnmatch.fnmatch(input.name, e["pattern"])), {})
            columns = entry.get("columns") or {}
            text_column = text_column or columns.get("text")
            id_column = id_column or columns.get("id")
        text_column = text_column or "text"
        raw = read_records(input, allow_empty=True)  # a header-only file: no rows out, and a warning
        for label, col in (("text", text_column), ("id", id_column)):
            if col is not None and col not in raw.columns:
                raise IngestError(f"{input}: {label} column {col!r} not found; columns are {list(raw.columns)[:30]}")
        mdl = load_any_model(_model_folder(s, found, model), int8=s.int8_inference)
    except (IngestError, ModelLoadError, FileNotFoundError) as exc:
        _fail(str(exc))
    redactor = Redactor.from_settings(s)
    started = datetime.now(UTC)
    with _progress() as bar:
        task = bar.add_task("scoring", total=len(raw), rate="")

        def advance(n: int) -> None:
            done = bar.tasks[0].completed + n
            rate = done / max((datetime.now(UTC) - started).total_seconds(), 1e-6)
            bar.update(task, advance=n, rate=f"{rate:,.0f} comments/s")

        try:
            out = score_frame(raw, redactor, mdl, text_column=text_column, id_column=id_column,
                              run_id=f"score-{uuid.uuid4().hex[:8]}", processed_at=started,
                              max_text_chars=s.max_text_chars, batch_size=256,
                              progress=advance)
        except IngestError as exc:
            _fail(f"{input}: {exc}")
    schema = pa.schema([pa.field("id", pa.string())] + list(COMMENTS))
    out["id"] = out["id"].astype("string").astype(object)
    table = pa.Table.from_pandas(out, schema=schema, preserve_index=False)
    validate(table.drop_columns(["id"]), COMMENTS)
    output.parent.mkdir(parents=True, exist_ok=True)
    pq.write_table(table, output)
    secs = (datetime.now(UTC) - started).total_seconds()
    console.print(f"wrote {len(out):,} rows to {output} in {secs:.1f}s "
                  f"({(out['status'] == 'tagged').sum():,} tagged, {(out['status'] != 'tagged').sum():,} empty/quarantined)")
    if raw.empty:
        console.print(f"[yellow]warning:[/yellow] {escape(str(input))} has no records (header only?)")


@app.command()
def train(
    tier: str = typer.Option("fast", help="fast (TF-IDF + linear) or accurate (fine-tuned MiniLM)."),
    version: Optional[str] = typer.Option(None, help="Version name (default: a timestamp)."),
    fft_dir: Optional[str] = typer.Option(None, help="Folder with the FFT CSV files (default: the settings' fft_dir)."),
    weak: bool = typer.Option(False, help="Add weak pillar labels from the framework crosswalk."),
    cv: bool = typer.Option(True, help="Also cross-validate over the 5 respondent-group folds."),
    promote_if_better: bool = typer.Option(False, "--promote", help="Promote if not worse than the default."),
    synthetic: bool = typer.Option(True, "--synthetic/--no-synthetic",
                                   help="Add the synthetic training parts named by the settings' synthetic_parts "
                                        "(those the ablation supports); never in a test fold."),
    root: Optional[Path] = _root_option(),
    settings: Optional[Path] = _settings_option(),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bars (none are drawn off a terminal either)."),
) -> None:
    """Train a model on data/labeled + FFT human sentiment; writes models/<tier>/<version>/.

    On a terminal, bars show each stage, cross-validation fold and fine-tuning epoch with the time left."""
    from cxnlp.models.registry import TIERS

    if tier not in TIERS:
        _fail(f"--tier must be one of: {', '.join(TIERS)}")
    _bars_or_quiet(quiet)
    from cxnlp import launch

    s, _ = _settings(root, settings)  # a missing or bad settings file stops here
    parts: list[str] | None = []  # --no-synthetic: none
    if synthetic:  # the settings' synthetic_parts (None: the flow reads the project's defaults)
        parts = list(s.synthetic_parts) if settings else None
    with _step_bars(quiet) as progress:
        result = launch.train(root=str(s.root), settings_file=str(settings.resolve()) if settings else None, tier=tier, version=version, fft_dir=fft_dir, use_weak=weak, cv=cv,
                          promote_if_better=promote_if_better, synthetic=parts, progress=progress)
    m = result["metrics"]
    Console().print(f"model: {result['model_dir']}")
    for key in ("sentiment3_fft", "sentiment5_fft", "pillars", "pitfalls"):
        if key in m:
            Console().print(f"  {key}: macro-F1 {m[key]['macro_f1']:.3f}"
                            + (f", accuracy {m[key]['accuracy']:.3f}" if "accuracy" in m[key] else ""))


@app.command()
def promote(
    model: Path = typer.Argument(..., help="Model folder to make the default."),
    override: Optional[str] = typer.Option(None, help="Promote even if worse; the reason is recorded in its card."),
    root: Optional[Path] = _root_option(),
    settings: Optional[Path] = _settings_option(),
    fft_dir: Optional[Path] = typer.Option(None,
                                           help="FFT CSV files (relative to --root; default: the settings' fft_dir), "
                                                "to score both models on the current data when they were trained "
                                                "on different data or scored by older code."),
) -> None:
    """Make MODEL the default, unless it is worse than the current default on held-out macro-F1 or urgent recall.

    Models trained on different versions of the labelled data, or scored by an older version of the evaluation, are first both scored on the current data's held-out fold with the current code, so the comparison is on the same comments and the same metric."""
    from cxnlp.models.versions import PromotionRefused
    from cxnlp.models.versions import promote as do_promote

    def rescore(candidate: Path, current: Path) -> tuple[dict, dict]:
        from cxnlp.training.fit import load_training_data, rescorer

        Console(stderr=True).print("the two models' stored figures do not compare (different training data or "
                                   "evaluation code): scoring both on the current data")
        data = load_training_data(s.path(s.labeled_dir), s.path(fft_dir or s.fft_dir), spacy_model=s.spacy_model, name_ner=s.name_ner())
        return rescorer(data)(candidate, current)

    s, _ = _settings(root, settings)
    try:
        decision = do_promote(model, s.path(s.models_dir), override_reason=override, rescore=rescore)
    except (PromotionRefused, FileNotFoundError) as exc:
        _fail(str(exc))
    Console().print(json.dumps(decision, indent=2))


label_app = typer.Typer(help="Labelling rounds: export a batch to label, import it when labelled.",
                        no_args_is_help=True)
app.add_typer(label_app, name="label")


@label_app.command("export")
def label_export(
    n: int = typer.Option(200, "--n", help="How many comments."),
    strategy: str = typer.Option("uncertain", help="uncertain (the model is least sure) or random."),
    output: Path = typer.Option(Path("batch.csv"), "-o", "--output", help="CSV to write."),
    root: Optional[Path] = _root_option(),
    settings: Optional[Path] = _settings_option(),
    seed: Optional[int] = typer.Option(None, help="Random seed (strategy random; default: the settings' seed)."),
) -> None:
    """Pick comments from the tagged output for the next labelling round."""
    from cxnlp.ingest.readers import read_dataset
    from cxnlp.training.labeling import select_for_labelling
    from cxnlp.models.versions import default_model_dir

    if strategy not in ("uncertain", "random"):
        _fail("--strategy must be uncertain or random")
    s, _ = _settings(root, settings)
    tagged = read_dataset(s.path(s.output_dir) / "comments", partition="received_month")
    if tagged.empty:
        _fail(f"no tagged comments under {s.path(s.output_dir) / 'comments'}: run `cxnlp run` first")
    corpus_file = s.path(s.labeled_dir) / "corpus.jsonl"
    done = {json.loads(line)["id"] for line in corpus_file.open()} if corpus_file.exists() else set()
    meta = json.loads((default_model_dir(Path(str(s.path(s.models_dir)))) / "meta.json").read_text())
    # the pillar columns of a model that reads its comments' parts hold that reading's probability
    pillar_thresholds = meta.get("parts", {}).get("thresholds", {}).get("pillars") or meta["thresholds"]["pillars"]
    thresholds = {**pillar_thresholds, **meta["thresholds"]["pitfalls"]}
    batch = select_for_labelling(tagged, n, strategy, thresholds=thresholds,  # type: ignore[arg-type]
                                 exclude_ids=done, seed=s.seed if seed is None else seed)
    batch.to_csv(output, index=False)
    console.print(f"wrote {len(batch)} comments to {output}: fill sentiment, pillars, pitfalls (';'-separated), "
                  "urgent, urgent_reason; then `cxnlp label import`")


@label_app.command("import")
def label_import(
    batch_file: Optional[Path] = typer.Argument(None, help="A labelled batch (CSV from `cxnlp label export`)."),
    annotator: Optional[str] = typer.Option(None, help="Who labelled it (needed with a batch file)."),
    batch_name: Optional[str] = typer.Option(None, "--batch", help="Batch name (default: the file name)."),
    corrections: bool = typer.Option(False, "--corrections", help="Instead of a file: the web app's label "
                                     "corrections (OUTPUT/corrections/), as the batch `corrections` (re-importing "
                                     "replaces that batch's rows with the current corrections)."),
    output_dir: Optional[str] = typer.Option(None, help="With --corrections: the output folder (default "
                                             "data/tagged under --root; a path or an fsspec URL)."),
    root: Optional[Path] = _root_option(),
    settings: Optional[Path] = _settings_option(),
) -> None:
    """Validate a labelled batch against the taxonomy and merge it into data/labeled/corpus.jsonl."""
    import pandas as pd

    from cxnlp.training.labeling import parse_labelled
    from cxnlp.taxonomy import TaxonomyError

    s, _ = _settings(root, settings)
    corpus_file = s.path(s.labeled_dir) / "corpus.jsonl"
    if corrections:
        if batch_file is not None:
            _fail("give a batch file or --corrections, not both")
        _import_corrections(corpus_file, Path(s.root), output_dir or str(s.output_dir))
        return
    if batch_file is None or not annotator:
        _fail("give a labelled batch file and --annotator NAME (or --corrections for the web app's corrections)")
    existing = {json.loads(line)["id"] for line in corpus_file.open()} if corpus_file.exists() else set()
    try:
        frame = pd.read_csv(batch_file, dtype=str, keep_default_na=False)
        rows = parse_labelled(frame, existing_ids=existing, annotator=annotator,
                              batch_name=batch_name or batch_file.stem, file=batch_file.name)
    except (TaxonomyError, OSError, pd.errors.ParserError) as exc:
        _fail(str(exc))
    with corpus_file.open("a") as fh:
        for rec in rows.to_dict(orient="records"):
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    console.print(f"merged {len(rows)} labelled comments into {corpus_file}")


def _import_corrections(corpus_file: Path, root: Path, output_dir: Optional[str]) -> None:
    """``cxnlp label import --corrections``: the app's corrections into the corpus (batch corrections)."""
    from rich.markup import escape

    from cxnlp.training.labeling import merge_corrections
    from cxnlp.paths import resolve
    from cxnlp.taxonomy import TaxonomyError

    base = resolve(root, output_dir or "data/tagged")
    if not base.exists():
        _fail(f"output folder {base} not found: pass --output-dir DIR")
    try:
        done = merge_corrections(corpus_file, base)
    except TaxonomyError as exc:
        _fail(f"corrections not imported: {exc}")
    if not done["corrections"]:
        console.print(f"no corrections under {base / 'corrections'}")
        return
    console.print(f"{done['rows']} corrected comments in {corpus_file} as batch `corrections` "
                  f"({done['corrections']} field corrections; {done['replaced']} earlier rows of the batch replaced"
                  f"{'' if done['changed'] else '; nothing changed'})")
    if done["elsewhere"]:
        console.print(f"[yellow]left out[/yellow] {len(done['elsewhere'])} comment(s) another batch already labels "
                      f"(edit those rows by hand): {escape(', '.join(done['elsewhere'][:10]))}", highlight=False)
    if done["missing"]:
        console.print(f"[yellow]left out[/yellow] {len(done['missing'])} comment(s) no longer in the output: "
                      f"{escape(', '.join(done['missing'][:10]))}", highlight=False)


@app.command()
def evaluate(
    model: Path = typer.Option(..., help="Model folder to evaluate."),
    against: Optional[Path] = typer.Option(None, help="A second model folder, scored on the same test set."),
    fft_dir: Optional[str] = typer.Option(None, help="Folder with the FFT CSV files (default: the settings' fft_dir)."),
    out_dir: Path = typer.Option(Path("evaluation/reports"), help="Where the .md and .json reports go."),
    root: Optional[Path] = _root_option(),
    settings: Optional[Path] = _settings_option(),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bars (none are drawn off a terminal either)."),
) -> None:
    """Score MODEL (and --against) on the held-out test fold with baselines; write a report.

    On a terminal, bars show loading the data, scoring each model and the baselines, with the time left."""
    _bars_or_quiet(quiet)
    from cxnlp.training.comparison import compare, render_markdown
    from cxnlp.training.fit import load_training_data
    from cxnlp.models.bundle import ModelLoadError
    from cxnlp.models.loading import load_any_model
    from cxnlp.progress import report

    s, _ = _settings(root, settings)
    try:
        # Scored as runs use them: a fine-tuned model with the settings' int8_inference.
        models = {str(m.name if m.name != "" else m): load_any_model(_model_folder(s, True, m), int8=s.int8_inference)
                  for m in [model] + ([against] if against else [])}
    except ModelLoadError as exc:
        _fail(str(exc))
    models = {m.version: m for m in models.values()}
    with _step_bars(quiet) as progress:
        if progress is None and not quiet:
            console.print("loading and redacting the evaluation data ...")
        report(progress, "evaluation data", 0, 1, "loading and redacting")
        # no synthetic rows: they never sit in the test fold that is scored
        data = load_training_data(s.path(s.labeled_dir), s.path(fft_dir or s.fft_dir), spacy_model=s.spacy_model, name_ner=s.name_ner(), use_weak=False,
                                  synthetic=[])
        report(progress, "evaluation data", 1, 1, f"{len(data.sentiment):,} sentiment rows")
        result = compare(models, data, progress=progress, labeled_dir=Path(str(s.path(s.labeled_dir))))
    out_dir.mkdir(parents=True, exist_ok=True)
    name = "_vs_".join(models)
    result["int8_inference"] = bool(s.int8_inference)
    (out_dir / f"{name}.json").write_text(json.dumps(result, indent=2))
    int8 = " (fine-tuned models with int8 inference)" if s.int8_inference else ""
    (out_dir / f"{name}.md").write_text(render_markdown(result, title=f"Evaluation: {' vs '.join(models)}{int8}"))
    Console().print((out_dir / f"{name}.md").read_text().split("\n\nTest rows")[0])
    console.print(f"wrote {out_dir / (name + '.md')} and .json")


alerts_app = typer.Typer(help="The alert queue: open urgent and review comments; acknowledge and resolve them.")
app.add_typer(alerts_app, name="alerts")


@alerts_app.callback(invoke_without_command=True)
def alerts(
    ctx: typer.Context,
    since: Optional[str] = typer.Option(None, help="Only comments received on or after this date (YYYY-MM-DD); "
                                        "comments without a date are then left out, as in `cxnlp report`."),
    limit: Optional[int] = typer.Option(None, help="Show at most N, the most likely first (default: all)."),
    level: Optional[str] = typer.Option(None, help="Only this level: urgent (read today) or review (this week)."),
    all_states: bool = typer.Option(False, "--all", help="Also list resolved alerts."),
    fmt: str = typer.Option("table", "--format", help="table, csv or json."),
    root: Optional[Path] = _root_option(),
    settings: Optional[Path] = _settings_option(),
    output_dir: Optional[str] = typer.Option(None, help="Output folder of the batch runs (default data/tagged; "
                                             "a path or an fsspec URL such as s3://bucket/tagged)."),
) -> None:
    """List the open alerts (redacted): level urgent (read today) before review (read this week), each
    most likely first, with the sentence that raised it. `cxnlp alerts ack ID` / `resolve ID` record
    who did what in an append-only log beside the output."""
    if ctx.invoked_subcommand is not None:
        return
    from cxnlp.analytics.alert_queue import read_events
    from cxnlp.analytics.alerts import list_alerts
    from cxnlp.analytics.filters import FilterError, iso_date
    from cxnlp.ingest.readers import read_dataset

    if fmt not in ("table", "csv", "json"):
        _fail("--format must be table, csv or json")
    if level not in (None, "urgent", "review"):
        _fail("--level must be urgent or review")
    if limit is not None and limit < 1:
        _fail("--limit must be 1 or more")
    try:
        since_date = iso_date(since, "--since")
    except FilterError as exc:
        _fail(str(exc))
    s, found = _settings(root, settings, output_dir=output_dir)
    out = _output_folder(s, found)
    listing = list_alerts(read_dataset(out / "alerts"), since=since_date, limit=limit, events=read_events(out),
                          include_resolved=all_states, level=level)
    _print_alerts(listing, fmt)


def _alert_action(action: str, comment_id: str, by: str, note: str | None, root: Path | None,
                  settings: Path | None, output_dir: str | None) -> None:
    from cxnlp.analytics.alert_queue import AlertActionError, record_action
    from cxnlp.ingest.readers import read_dataset

    s, found = _settings(root, settings, output_dir=output_dir)
    out = _output_folder(s, found)
    try:
        row = record_action(out, read_dataset(out / "alerts"), comment_id, action, by=by, note=note)
    except AlertActionError as exc:
        _fail(str(exc))
    verb = {"ack": "acknowledged", "resolve": "resolved"}[action]
    Console().print(f"{comment_id}: {verb} by {row['by']} at {row['at']:%Y-%m-%d %H:%M} UTC")


@alerts_app.command("ack")
def alerts_ack(
    comment_id: str = typer.Argument(..., help="The alert's comment_id (first column of `cxnlp alerts`)."),
    by: str = typer.Option(..., "--by", help="Who is acknowledging it."),
    note: Optional[str] = typer.Option(None, "--note", help="Optional note."),
    root: Optional[Path] = _root_option(),
    settings: Optional[Path] = _settings_option(),
    output_dir: Optional[str] = typer.Option(None, help="Output folder of the batch runs (default data/tagged)."),
) -> None:
    """Acknowledge an alert: someone is on it (it stays open until resolved)."""
    _alert_action("ack", comment_id, by, note, root, settings, output_dir)


@alerts_app.command("resolve")
def alerts_resolve(
    comment_id: str = typer.Argument(..., help="The alert's comment_id."),
    by: str = typer.Option(..., "--by", help="Who is resolving it."),
    note: str = typer.Option(..., "--note", help="What was done (required)."),
    root: Optional[Path] = _root_option(),
    settings: Optional[Path] = _settings_option(),
    output_dir: Optional[str] = typer.Option(None, help="Output folder of the batch runs (default data/tagged)."),
) -> None:
    """Resolve an alert with a note; a resolved alert never reopens, even when a rerun finds it again."""
    _alert_action("resolve", comment_id, by, note, root, settings, output_dir)


def _print_alerts(listing: Any, fmt: str) -> None:
    """Write an :class:`~cxnlp.analytics.alerts.AlertList` to the terminal: a table (notes on stderr), or
    CSV / JSON on stdout for other tools (missing values empty / null, dates ISO 8601)."""
    import pandas as pd
    from rich.markup import escape

    from cxnlp.analytics.alerts import alert_records

    frame = listing.alerts
    if fmt == "csv":
        text = frame.to_csv(index=False, date_format="%Y-%m-%dT%H:%M:%SZ")
        print(text, end="")
    elif fmt == "json":
        print(json.dumps(alert_records(frame), indent=1, ensure_ascii=False))
    elif listing.total == 0:
        Console().print("no open alerts")
    else:
        title = f"{listing.shown} open alert(s): urgent (read today) first, most likely first"
        if listing.shown < listing.matched:
            title += f" (the first {listing.shown} of {listing.matched}: --limit)"
        table = Table(title=title, show_lines=True)
        for col in ("comment_id", "level", "score", "state", "received", "provider", "reason", "evidence", "comment"):
            table.add_column(col, overflow="fold")

        def cell(v: Any) -> str:
            return "" if v is None or (not isinstance(v, (list, tuple)) and pd.isna(v)) else escape(str(v))

        def field(r: Any, name: str) -> Any:
            return getattr(r, name, None)

        for r in frame.itertuples():
            source = field(r, "urgent_source")
            table.add_row(cell(r.comment_id), cell(field(r, "urgent_level")),
                          "" if pd.isna(r.urgent_score) else f"{r.urgent_score:.2f}", cell(field(r, "state")),
                          "" if pd.isna(r.received_at) else str(r.received_at.date()), cell(r.provider),
                          cell(r.urgent_reason) + (f" ({source})" if isinstance(source, str) else ""),
                          cell(field(r, "urgent_evidence")), cell(r.text))
        Console().print(table)
    if listing.undated_left_out:
        console.print(f"{listing.undated_left_out} urgent comment(s) without a date left out by --since; "
                      "run without it to see them")


@app.command()
def query(
    sql: Optional[str] = typer.Argument(None, help="SQL over the views (see --schema)."),
    schema: bool = typer.Option(False, "--schema", help="List the views and their columns."),
    fmt: str = typer.Option("table", "--format", help="table, csv, json or parquet."),
    output: Optional[Path] = typer.Option(None, "-o", "--output", help="Write to a file instead of the terminal."),
    root: Optional[Path] = _root_option(),
    settings: Optional[Path] = _settings_option(),
    output_dir: Optional[str] = typer.Option(None, help="Output folder of the batch runs (default data/tagged; "
                                             "a path or an fsspec URL such as s3://bucket/tagged)."),
) -> None:
    """Query the tagged data with SQL (DuckDB). Views: comments, sentences, pillar_mentions,
    pitfall_mentions, alerts, quarantine, runs."""
    import duckdb

    from cxnlp.analytics.query import describe, run_query

    s, found = _settings(root, settings, output_dir=output_dir)
    base = _output_folder(s, found)
    if schema:
        for view, cols in describe(base).items():
            Console().print(f"[bold]{view}[/bold]: " + ", ".join(f"{c} {t}" for c, t in cols), soft_wrap=True)
        return
    if not sql:
        _fail('give a SQL query, e.g. cxnlp query "select pillar, count(*) from pillar_mentions group by 1"')
    if fmt not in ("table", "csv", "json", "parquet"):
        _fail("--format must be table, csv, json or parquet")
    try:
        frame = run_query(base, sql)
    except duckdb.Error as exc:
        _fail(f"query failed: {str(exc).strip()}")  # all of it: DuckDB's hints ("Did you mean ...") too
    if fmt == "parquet" and output is None:
        _fail("--format parquet needs -o FILE")
    if fmt == "table" and output is None:
        table = Table(show_lines=False)
        for c in frame.columns:
            table.add_column(str(c), overflow="fold")
        for row in frame.itertuples(index=False):
            table.add_row(*["" if v is None else str(v) for v in row])
        Console().print(table)
        console.print(f"{len(frame)} row(s)")
        return
    if fmt == "parquet":
        frame.to_parquet(output, index=False)
    else:
        text = frame.to_csv(index=False) if fmt in ("csv", "table") else frame.to_json(orient="records", date_format="iso")
        if output:
            output.write_text(text)
        else:
            print(text, end="" if text.endswith("\n") else "\n")
    if output:
        console.print(f"wrote {len(frame)} row(s) to {output}")


@app.command()
def report(
    output: Path = typer.Option(Path("report.html"), "-o", "--output", help="HTML file to write."),
    since: Optional[str] = typer.Option(None, help="First date received (YYYY-MM-DD)."),
    until: Optional[str] = typer.Option(None, help="Last date received (YYYY-MM-DD)."),
    provider: Optional[str] = typer.Option(None, help="Only this provider."),
    source: Optional[str] = typer.Option(None, help="survey or review."),
    root: Optional[Path] = _root_option(),
    settings: Optional[Path] = _settings_option(),
    output_dir: Optional[str] = typer.Option(None, help="Output folder of the batch runs (default data/tagged; "
                                             "a path or an fsspec URL such as s3://bucket/tagged)."),
) -> None:
    """Write a self-contained HTML report with charts (opens with no network)."""
    import time

    from rich.markup import escape

    from cxnlp.analytics.filters import FilterError
    from cxnlp.ingest.readers import read_dataset
    from cxnlp.analytics.report import ReportFilters, build_report, filter_choices

    try:  # dates are ISO (YYYY-MM-DD) only: 01/09/2021 is refused, not guessed
        filters = ReportFilters(since, until, provider, source)
    except FilterError as exc:
        _fail(str(exc))
    started = time.perf_counter()
    s, found = _settings(root, settings, output_dir=output_dir)
    base = _output_folder(s, found)
    comments = read_dataset(base / "comments", partition="received_month")
    runs = read_dataset(base / "runs")
    page = build_report(comments, filters, runs=runs)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(page, encoding="utf-8")
    console.print(f"wrote {output} ({len(page) / 1e6:.1f} MB) in {time.perf_counter() - started:.1f}s")
    if comments.empty:
        console.print("[yellow]the output holds no tagged comments yet[/yellow]")
    elif filters.apply(comments).empty:
        choices = filter_choices(comments)
        providers = list(choices["provider"])
        dates = choices["dates"]
        values = (f"providers: {', '.join(map(str, providers[:20]))}{' ...' if len(providers) > 20 else ''}; "
                  f"sources: {', '.join(map(str, choices['source']))}; "
                  f"dates: {dates[0] + ' to ' + dates[1] if isinstance(dates, tuple) else 'none'}")
        console.print("[yellow]no comments match these filters[/yellow]; the page lists the values they can "
                      f"take. {escape(values)}", highlight=False)


# The web app (cxnlp/app/): `cxnlp app` and `cxnlp app add-user`; the server loads when it runs.
from cxnlp.app.cli import app_cli  # noqa: E402

app.add_typer(app_cli, name="app")


def main() -> None:
    """The ``cxnlp`` command: run the app, then end the process without tearing Python down.

    Tearing down the ~3,000 modules that Prefect, spaCy, scikit-learn and pandas import takes
    about a second after every command, and nothing needs it. The exit goes as usual (other
    threads joined, then every exit handler: Prefect sends its last logs and events and stops a
    temporary server) up to the last handler, registered here first so that it runs last: it
    flushes the output and ends the process with the command's exit code. (Handlers registered
    before ``main`` starts would be skipped; importing ``cxnlp.cli`` registers none.)
    """
    exit_code = [1]  # an exception that escapes the app is a failure

    def end_now() -> None:
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except (OSError, ValueError):  # a closed pipe (cxnlp query ... | head) must not stop the exit
                pass
        os._exit(exit_code[0])

    atexit.register(end_now)
    try:
        app()
    except SystemExit as exc:
        code = exc.code
        if code is not None and not isinstance(code, int):  # sys.exit("message") prints it and fails
            print(code, file=sys.stderr)
            code = 1
        exit_code[0] = code or 0
        raise SystemExit(exit_code[0]) from None


if __name__ == "__main__":
    main()
