"""Reading what users give us: raw exports (CSV, Excel, JSON, JSONL, Parquet) and the sources
file that says how each is read (``readers``), normalised to the canonical schema, one format
per source system (``formats``: NHS FFT, Qualtrics, Google and Yelp reviews, mapped columns).
Dates are parsed under one rule per format; rows that cannot be read become quarantine rows
with a reason. Adding an input format touches ``formats.py`` (its reader and detection) and
nothing else."""
from __future__ import annotations

from typing import TYPE_CHECKING

from cxnlp._lazy import attach

if TYPE_CHECKING:
    from cxnlp.ingest.formats import DATE_DEFAULTS as DATE_DEFAULTS, FORMATS as FORMATS, EmptyFileError as EmptyFileError, IngestError as IngestError, IngestResult as IngestResult, SourceSpec as SourceSpec, normalise as normalise, parse_dates as parse_dates, spec_from_mapping as spec_from_mapping
    from cxnlp.ingest.readers import READABLE_SUFFIXES as READABLE_SUFFIXES, SourceFile as SourceFile, discover as discover, iter_records as iter_records, load_sources as load_sources, read_dataset as read_dataset, read_records as read_records, write_partitioned as write_partitioned

__all__, __getattr__, __dir__ = attach(__name__, {
    "DATE_DEFAULTS": "formats",
    "FORMATS": "formats",
    "EmptyFileError": "formats",
    "IngestError": "formats",
    "IngestResult": "formats",
    "SourceSpec": "formats",
    "normalise": "formats",
    "parse_dates": "formats",
    "spec_from_mapping": "formats",
    "READABLE_SUFFIXES": "readers",
    "SourceFile": "readers",
    "discover": "readers",
    "iter_records": "readers",
    "load_sources": "readers",
    "read_dataset": "readers",
    "read_records": "readers",
    "write_partitioned": "readers",
})
