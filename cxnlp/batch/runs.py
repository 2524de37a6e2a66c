"""Per-file accounting for a batch run: every row read is tagged, quarantined or a duplicate."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

__all__ = ["FileReport", "RunReport"]


@dataclass
class FileReport:
    """What happened to one input file."""

    file: str
    rows_read: int = 0
    tagged: int = 0
    quarantined: int = 0
    duplicates: int = 0
    status: str = "ok"  # ok | failed | empty (no records: a warning) | skipped (already processed)
    error: str | None = None  # why it failed (names the file), or why it is empty
    warnings: dict[str, int] = field(default_factory=dict)  # tagged rows with a warning, e.g. ambiguous_date

    @property
    def reconciled(self) -> bool:
        return self.rows_read == self.tagged + self.quarantined + self.duplicates

    @property
    def note(self) -> str:
        """What a reader of the summary needs beside the counts: the failure or the warnings."""
        if self.status in ("failed", "empty"):
            return self.error or ""
        return ", ".join(f"{k} {v}" for k, v in sorted(self.warnings.items()))


@dataclass
class RunReport:
    """The whole run: files, totals and label counts (counts and ids only, never text)."""

    run_id: str
    model_version: str
    files: list[FileReport] = field(default_factory=list)
    sentiment_counts: dict[str, int] = field(default_factory=dict)
    pillar_counts: dict[str, int] = field(default_factory=dict)
    pitfall_counts: dict[str, int] = field(default_factory=dict)
    quarantine_reasons: dict[str, int] = field(default_factory=dict)
    urgent_counts: dict[str, int] = field(default_factory=dict)  # either level, by reason
    urgent_level_counts: dict[str, int] = field(default_factory=dict)  # this run's flags by level
    open_alerts: dict[str, dict[str, int]] = field(default_factory=dict)  # whole queue: level -> age -> count
    warning_counts: dict[str, int] = field(default_factory=dict)  # tagged rows kept with a warning
    outputs: dict[str, str] = field(default_factory=dict)

    def totals(self) -> dict[str, int]:
        keys = ("rows_read", "tagged", "quarantined", "duplicates")
        return {k: sum(getattr(f, k) for f in self.files) for k in keys}

    @property
    def failed_files(self) -> list[str]:
        return [f.file for f in self.files if f.status == "failed"]

    @property
    def empty_files(self) -> list[str]:
        return [f.file for f in self.files if f.status == "empty"]

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        for f, fr in zip(d["files"], self.files):
            f["note"] = fr.note
        d["totals"] = self.totals()
        d["failed_files"] = self.failed_files
        d["empty_files"] = self.empty_files
        return d

    def markdown(self) -> str:
        """A summary for a Prefect artifact or a terminal."""
        lines = [f"# cxnlp run {self.run_id}", "", f"Model: `{self.model_version}`", "",
                 "| file | status | read | tagged | quarantined | duplicates | note |",
                 "|---|---|---|---|---|---|---|"]
        for f in self.files:
            note, name = (v.replace("|", "\\|").replace("\n", " ") for v in (f.note, f.file))
            lines.append(f"| {name} | {f.status} | {f.rows_read} | {f.tagged} | {f.quarantined} | {f.duplicates} "
                         f"| {note} |")
        t = self.totals()
        lines.append(f"| **total** | | {t['rows_read']} | {t['tagged']} | {t['quarantined']} | {t['duplicates']} | |")
        levels = self.urgent_level_counts
        lines += ["", f"**Flagged this run: {levels.get('urgent', 0)} to read today (urgent), "
                      f"{levels.get('review', 0)} to read this week (review)**"
                  + (" (" + ", ".join(f"{k} {v}" for k, v in sorted(self.urgent_counts.items())) + ")"
                     if self.urgent_counts else "")]
        if self.open_alerts:
            from cxnlp.analytics.alert_queue import AGE_BUCKETS

            lines += ["", "## Open alerts (not resolved), by age", "",
                      "| level | " + " | ".join(AGE_BUCKETS) + " |", "|---|" + "---|" * len(AGE_BUCKETS)]
            for lv in ("urgent", "review"):
                if lv in self.open_alerts:
                    lines.append(f"| {lv} | " + " | ".join(str(self.open_alerts[lv].get(b, 0)) for b in AGE_BUCKETS)
                                 + " |")
        for title, counts in (("Sentiment", self.sentiment_counts), ("Pillars", self.pillar_counts),
                              ("Pitfalls", self.pitfall_counts), ("Quarantine reasons", self.quarantine_reasons),
                              ("Warnings (tagged, but check)", self.warning_counts)):
            if counts:
                lines += ["", f"## {title}", "", "| label | comments |", "|---|---|"]
                lines += [f"| {k} | {v} |" for k, v in sorted(counts.items(), key=lambda kv: -kv[1])]
        if self.failed_files:
            lines += ["", "## Failed files", ""] + [f"- {f.file}: {f.error}" for f in self.files if f.status == "failed"]
        return "\n".join(lines) + "\n"
