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
    from cxnlp.ingest.formats import DATE_DEFAULTS as DATE_DEFAULTS
    from cxnlp.ingest.formats import FORMATS as FORMATS
    from cxnlp.ingest.formats import EmptyFileError as EmptyFileError
    from cxnlp.ingest.formats import IngestError as IngestError
    from cxnlp.ingest.formats import IngestResult as IngestResult
    from cxnlp.ingest.formats import SourceSpec as SourceSpec
    from cxnlp.ingest.formats import normalise as normalise
    from cxnlp.ingest.formats import parse_dates as parse_dates
    from cxnlp.ingest.formats import spec_from_mapping as spec_from_mapping
    from cxnlp.ingest.readers import READABLE_SUFFIXES as READABLE_SUFFIXES
    from cxnlp.ingest.readers import SourceFile as SourceFile
    from cxnlp.ingest.readers import discover as discover
    from cxnlp.ingest.readers import iter_records as iter_records
    from cxnlp.ingest.readers import load_sources as load_sources
    from cxnlp.ingest.readers import read_dataset as read_dataset
    from cxnlp.ingest.readers import read_records as read_records
    from cxnlp.ingest.readers import write_partitioned as write_partitioned

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
