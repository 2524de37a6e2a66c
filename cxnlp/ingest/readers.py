"""File I/O at the edges: reading raw exports, the sources file, and writing Parquet safely.

Every folder and file may be a local path or any fsspec URL (``s3://bucket/cx``, ``gcs://...``):
paths are ``UPath`` objects (universal_pathlib, pathlib's API over fsspec), and local paths take
the plain local route (atomic renames, pyarrow's own file system).
"""
from __future__ import annotations

import csv
import fnmatch
import io as _io
import json
import os
import uuid
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq
import yaml
from upath import UPath

from cxnlp.ingest.formats import EmptyFileError, IngestError, SourceSpec, spec_from_mapping
from cxnlp.ingest.seen import SeenIds
from cxnlp.paths import PathLike, arrow_target, location, write_text_atomic

__all__ = [
    "READABLE_SUFFIXES",
    "append_manifest",
    "discover",
    "iter_records",
    "load_sources",
    "parquet_files",
    "read_dataset",
    "read_seen_ids",
    "read_manifest",
    "read_records",
    "write_partitioned",
]

READABLE_SUFFIXES = (".csv", ".xlsx", ".json", ".jsonl", ".parquet")


@dataclass(frozen=True)
class SourceFile:
    """One input file and how to read it (``spec`` None: detect from columns)."""

    path: UPath
    spec: SourceSpec | None


def load_sources(file: PathLike, *, required: bool = False) -> list[dict[str, Any]]:
    """Entries of a sources file such as ``data/sources.yaml``.

    A file that does not exist gives no entries, or with ``required`` (a file the user named)
    a ``FileNotFoundError`` naming it.
    """
    file = location(file)
    if not file.exists():
        if required:
            raise FileNotFoundError(f"sources file {file} not found")
        return []
    doc = yaml.safe_load(file.read_text()) or {}
    if not isinstance(doc, dict):
        raise IngestError(f"{file}: a sources file is a mapping with a 'sources:' list")
    entries = doc.get("sources", [])
    if not isinstance(entries, list):
        raise IngestError(f"{file}: 'sources' must be a list")
    for e in entries:
        if "pattern" not in e:
            raise IngestError(f"{file}: every source entry needs a 'pattern' (a file glob)")
    return entries


def discover(raw_dir: PathLike, entries: list[dict[str, Any]]) -> list[SourceFile]:
    """Readable files under ``raw_dir`` (sorted), each with its spec from the sources file."""
    raw_dir = location(raw_dir)
    if not raw_dir.is_dir():
        raise FileNotFoundError(f"input folder {raw_dir} not found" if not raw_dir.exists()
                                else f"input folder {raw_dir} is not a folder")
    files: list[SourceFile] = []
    for path in sorted((p for p in raw_dir.rglob("*") if p.is_file()), key=lambda p: tuple(p.parts)):
        if path.suffix.lower() not in READABLE_SUFFIXES:
            continue
        rel = path.relative_to(raw_dir).as_posix()
        spec: SourceSpec | str | None = None
        for entry in entries:
            if fnmatch.fnmatch(rel, entry["pattern"]) or fnmatch.fnmatch(path.name, entry["pattern"]):
                if entry.get("skip"):
                    spec = "skip"
                    break
                spec = spec_from_mapping({k: v for k, v in entry.items() if k != "skip"})
                break
        if spec == "skip":
            continue
        files.append(SourceFile(path=path, spec=spec))  # type: ignore[arg-type]
    return files


def _decode(data: bytes, name: str) -> str:
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise IngestError(f"{name}: looks like a binary file, not text")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Windows exports are usually cp1252; latin-1 decodes any byte as a last resort.
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            return data.decode("latin-1")


def read_records(path: PathLike, *, sheet: str | int | None = None, allow_empty: bool = False) -> pd.DataFrame:
    """Read one raw export into a DataFrame of strings (columns as in the file).

    JSON review exports (``{"reviews": [...]}``) are flattened so that nested fields become
    dotted columns (``reviewer.displayName``). Raises :class:`IngestError` naming the file; a
    file with a header but no records raises :class:`EmptyFileError`, or with ``allow_empty``
    gives a frame with its columns and no rows.
    """
    path = location(path)
    name = str(path)
    suffix = path.suffix.lower()
    try:
        with path.open("rb") as fh:
            data = fh.read()
    except OSError as exc:
        raise IngestError(f"{name}: cannot read file ({exc.strerror or exc})") from exc
    if not data.strip():
        raise IngestError(f"{name}: file is empty")
    try:
        if suffix == ".csv":
            frame = _read_csv(_decode(data, name), name, allow_empty=allow_empty)
        elif suffix == ".xlsx":
            frame = pd.read_excel(_io.BytesIO(data), dtype=str, sheet_name=sheet or 0)
        elif suffix == ".parquet":
            frame = pd.read_parquet(_io.BytesIO(data)).astype("string").astype(object)
        elif suffix == ".jsonl":
            # the same line-by-line reader as the streamed path, in one chunk
            frame = next(_jsonl_chunks(_io.StringIO(_decode(data, name)), name, chunk_rows=2**62))[1]
        elif suffix == ".json":
            doc = json.loads(_decode(data, name))
            recs = doc.get("reviews", doc.get("records")) if isinstance(doc, dict) else doc
            if not isinstance(recs, list) or not all(isinstance(r, dict) for r in recs):
                raise IngestError(f"{name}: JSON must be a list of records (objects) or have a 'reviews' list")
            frame = pd.json_normalize(recs).astype(object)
        else:
            raise IngestError(f"{name}: unsupported file type {suffix!r}; use one of {READABLE_SUFFIXES}")
    except IngestError:
        raise
    except json.JSONDecodeError as exc:
        raise IngestError(f"{name}: invalid JSON at line {exc.lineno} column {exc.colno}") from exc
    except pd.errors.ParserError as exc:
        raise IngestError(f"{name}: cannot parse CSV ({str(exc).splitlines()[0]})") from exc
    except (ValueError, KeyError, OSError, TypeError, IndexError, AttributeError, zipfile.BadZipFile) as exc:
        # openpyxl/pyarrow raise many kinds of errors on corrupt files; all mean "not readable".
        raise IngestError(f"{name}: cannot read {suffix} ({type(exc).__name__})") from exc
    if frame.empty and not allow_empty:
        raise EmptyFileError(f"{name}: no records (header only?)")
    frame.columns = [str(c).strip() for c in frame.columns]
    return frame


STREAMED_SUFFIXES = (".csv", ".jsonl", ".parquet")


def iter_records(path: PathLike, chunk_rows: int = 5000, stream_from_mb: float = 8.0
                 ) -> Iterator[tuple[int, pd.DataFrame]]:
    """Read a raw export in chunks of about ``chunk_rows`` records: yields (records before, chunk).
    CSV and JSONL files smaller than ``stream_from_mb`` (the settings' value) are read in one
    piece, with the whole-file checks.

    CSV, JSONL and Parquet stream, so memory stays flat however large the file (local or
    remote); JSON and Excel files are read whole (one chunk). Each chunk is a DataFrame of
    strings as from :func:`read_records`, with its own ``attrs["bad_records"]`` (numbered
    within the chunk).
    """
    path = location(path)
    name = str(path)
    suffix = path.suffix.lower()
    if suffix not in STREAMED_SUFFIXES:
        yield 0, read_records(path)
        return
    if suffix == ".parquet":
        try:
            fs, target = arrow_target(path)
            pf = pq.ParquetFile(target, filesystem=fs)
            done = 0
            for batch in pf.iter_batches(batch_size=chunk_rows):
                frame = batch.to_pandas().astype("string").astype(object)
                frame = frame.where(frame.notna(), None)
                frame.attrs["bad_records"] = {}
                yield done, frame
                done += len(frame)
            if done == 0:
                raise EmptyFileError(f"{name}: no records (header only?)")
        except (OSError, pa.ArrowException) as exc:
            raise IngestError(f"{name}: cannot read .parquet ({type(exc).__name__})") from exc
        return
    if path.stat().st_size < stream_from_mb * 1024 * 1024:  # small files: one read, full checks
        yield 0, read_records(path)
        return
    with path.open("rb") as fh:
        head = fh.read(4096)
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise IngestError(f"{name}: looks like a binary file, not text")
    encoding = "utf-16" if head.startswith((b"\xff\xfe", b"\xfe\xff")) else "utf-8-sig"
    try:
        with path.open("rb") as raw, _io.TextIOWrapper(raw, encoding=encoding, newline="") as text:
            yield from (_csv_chunks(text, name, chunk_rows) if suffix == ".csv" else _jsonl_chunks(text, name, chunk_rows))
    except UnicodeDecodeError as exc:
        raise IngestError(f"{name}: not UTF-8 text; re-save it as UTF-8 to stream a file this large") from exc


def _jsonl_chunks(text: Any, name: str, chunk_rows: int) -> Iterator[tuple[int, pd.DataFrame]]:
    recs: list[dict[str, Any]] = []
    done = 0
    for n, line in enumerate(text, start=1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            raise IngestError(f"{name}: invalid JSON at line {n} column {exc.colno}") from exc
        if not isinstance(rec, dict):
            raise IngestError(f"{name}: line {n} is not a JSON object")
        recs.append(rec)
        if len(recs) >= chunk_rows:
            frame = pd.json_normalize(recs).astype(object)
            frame.attrs["bad_records"] = {}
            yield done, frame
            done += len(recs)
            recs = []
    if recs or not done:
        if not recs:
            raise EmptyFileError(f"{name}: no records")
        frame = pd.json_normalize(recs).astype(object)
        frame.attrs["bad_records"] = {}
        yield done, frame


def _csv_chunks(text: Any, name: str, chunk_rows: int, allow_empty: bool = False
                ) -> Iterator[tuple[int, pd.DataFrame]]:
    csv.field_size_limit(64 * 1024 * 1024)
    reader = csv.reader(text)
    try:
        header = [h.strip() for h in next(reader)]
    except StopIteration:
        raise IngestError(f"{name}: file is empty") from None
    except csv.Error as exc:
        raise IngestError(f"{name}: cannot parse CSV header ({exc})") from exc
    rows: list[list[str | None]] = []
    bad: dict[int, str] = {}
    done = 0
    line = reader.line_num
    while True:
        start = line + 1
        try:
            rec = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            raise IngestError(f"{name}: cannot parse CSV at line {reader.line_num} ({exc})") from exc
        line = reader.line_num
        if not rec or all(not f.strip() for f in rec):
            continue
        if len(rec) != len(header):
            where = f"line {start}" if start == line else f"lines {start}-{line}"
            bad[len(rows) + 1] = f"ragged_row ({len(rec)} fields, expected {len(header)}) at {where}"
            rows.append([None] * len(header))
        else:
            rows.append([f if f != "" else None for f in rec])
        if len(rows) >= chunk_rows:
            frame = pd.DataFrame(rows, columns=header, dtype=object)
            frame.attrs["bad_records"] = bad
            yield done, frame
            done += len(rows)
            rows, bad = [], {}
    if rows:
        frame = pd.DataFrame(rows, columns=header, dtype=object)
        frame.attrs["bad_records"] = bad
        yield done, frame
    elif not done:
        if not allow_empty:
            raise EmptyFileError(f"{name}: no records (header only?)")
        frame = pd.DataFrame([], columns=header, dtype=object)
        frame.attrs["bad_records"] = {}
        yield done, frame


def parquet_files(base_dir: PathLike) -> list[UPath]:
    """The finished Parquet files under ``base_dir`` (hidden temporary files left out), sorted."""
    base_dir = location(base_dir)
    if not base_dir.exists():
        return []
    return sorted((p for p in base_dir.rglob("*.parquet") if not p.name.startswith(".")), key=lambda p: tuple(p.parts))


def _dataset(files: list[UPath], **kwargs: Any) -> ds.Dataset:
    fs, _ = arrow_target(files[0])
    return ds.dataset([arrow_target(p)[1] for p in files], format="parquet", filesystem=fs, **kwargs)


def read_seen_ids(*base_dirs: PathLike, batch_rows: int = 262_144) -> SeenIds:
    """The ``comment_id`` values of datasets, as a compact :class:`~cxnlp.ingest.seen.SeenIds`,
    reading only that column a batch at a time (no list of millions of id strings is held)."""
    seen = SeenIds()
    for base_dir in base_dirs:
        files = parquet_files(base_dir)
        if files:
            for batch in _dataset(files).to_batches(columns=["comment_id"], batch_size=batch_rows):
                seen.add(v for v in batch.column(0).to_pylist() if v is not None)
    return seen


def _read_csv(text: str, name: str, allow_empty: bool = False) -> pd.DataFrame:
    """Parse a whole CSV text with the same record-by-record reader as the streamed path.

    A record with the wrong number of fields becomes an empty row listed in
    ``frame.attrs["bad_records"]`` (record number -> reason naming the line), so ingest
    quarantines it and the other records keep their true numbers.
    """
    chunks = list(_csv_chunks(_io.StringIO(text, newline=""), name, chunk_rows=2**62, allow_empty=allow_empty))
    return chunks[0][1]


def write_partitioned(table: pa.Table, base_dir: PathLike, *, partition: str | None, basename: str) -> list[str]:
    """Write ``table`` under ``base_dir`` (hive-partitioned by ``partition``), atomically per file.

    Locally each file is written to a temporary name in its folder and renamed into place, so
    a reader never sees a half-written file and a crash leaves no partial Parquet behind. On
    object stores an upload is all-or-nothing already, so files are written in place.
    """
    base_dir = location(base_dir)
    written: list[str] = []
    if table.num_rows == 0:
        return written
    groups: list[tuple[UPath, pa.Table]]
    if partition:
        keys = table.column(partition).unique().to_pylist()
        groups = []
        for key in sorted(keys):
            mask = pa.compute.equal(table.column(partition), key)
            groups.append((base_dir / f"{partition}={key}", table.filter(mask).drop_columns([partition])))
    else:
        groups = [(base_dir, table)]
    for folder, part in groups:
        final = folder / f"{basename}.parquet"
        fs, target = arrow_target(final)
        if fs is None:
            folder.mkdir(parents=True, exist_ok=True)  # object stores have no folders to make
            tmp = folder / f".{basename}.{uuid.uuid4().hex}.tmp"
            pq.write_table(part, str(tmp))
            os.replace(str(tmp), str(final))
        else:
            pq.write_table(part, target, filesystem=fs)
        written.append(str(final))
    return written


def read_dataset(base_dir: PathLike, *, partition: str | None = None, where: tuple[str, Any] | None = None
                 ) -> pd.DataFrame:
    """Read a dataset written by :func:`write_partitioned` (hidden temp files ignored).

    ``where=(column, value)`` keeps only matching rows, filtered while reading (one run's rows
    out of years of output without loading the rest).
    """
    base_dir = location(base_dir)
    files = parquet_files(base_dir)
    if not files:
        return pd.DataFrame()

    def open_dataset(schema: pa.Schema | None = None) -> ds.Dataset:
        return _dataset(files, schema=schema,
                        partitioning=ds.partitioning(flavor="hive") if partition else None,
                        partition_base_dir=arrow_target(base_dir)[1] if partition else None)

    dataset = open_dataset()
    # Files written before a column was added lack it: read with the union of every file's
    # columns (missing values null) rather than whatever the first file happens to have.
    unified = pa.unify_schemas([dataset.schema] + [f.physical_schema for f in dataset.get_fragments()])
    if not unified.equals(dataset.schema):
        dataset = open_dataset(unified)
    flt = (ds.field(where[0]) == where[1]) if where else None
    return dataset.to_table(filter=flt).to_pandas()


def read_manifest(path: PathLike) -> dict[str, Any]:
    """The manifest of processed files and comment ids (empty if none yet)."""
    path = location(path)
    if not path.exists():
        return {"files": {}, "comment_ids": []}
    return json.loads(path.read_text())


def append_manifest(path: PathLike, manifest: dict[str, Any]) -> None:
    """Write the manifest so that a crash leaves the old one or the new one, never half of one."""
    write_text_atomic(path, json.dumps(manifest, indent=1, sort_keys=True))
