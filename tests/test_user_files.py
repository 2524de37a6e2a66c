"""Issue 18: a new user's own files. Dates that are right (or flagged), failures that say so,
settings that reach every command. Every input here is made in a temporary folder: a Qualtrics
export with its two extra header rows and ISO RecordedDate values, a real .xlsx with date cells,
a header-only export, a Qualtrics file with no free-text column, review JSON files."""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pandas as pd
import pytest
from conftest import make_project, prefect_harness
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from cxnlp.cli import app
from cxnlp.ingest.formats import IngestError, SourceSpec, normalise, parse_dates
from cxnlp.ingest.readers import read_dataset, read_records

# --- the user's files ---------------------------------------------------------------------------

QUALTRICS_META = ["StartDate", "EndDate", "Status", "Progress", "Finished", "RecordedDate", "ResponseId",
                  "RecipientFirstName", "DistributionChannel"]


def write_qualtrics(path: Path, responses: list[dict[str, str]], *, free_text: bool = True) -> Path:
    """A Qualtrics CSV export: column names, then the question texts, then ImportIds, then responses.
    Q1 is a 0-10 score, Q2 a multiple-choice question exported as its choice text, Q3 the comment."""
    questions = {"Q1": ("How likely are you to recommend us?", "QID1"),
                 "Q2": ("Which ward were you on?", "QID2")}
    if free_text:
        questions["Q3"] = ("Tell us why", "QID3_TEXT")
    cols = QUALTRICS_META + list(questions)
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(cols)
        w.writerow([c if c not in questions else questions[c][0] for c in cols])
        w.writerow([json.dumps({"ImportId": c if c not in questions else questions[c][1]}) for c in cols])
        for r in responses:
            w.writerow([r.get(c, "") for c in cols])
    return path


def qualtrics_response(i: int, recorded: str, comment: str, score: str = "9") -> dict[str, str]:
    return {"StartDate": recorded, "EndDate": recorded, "Status": "IP Address", "Progress": "100",
            "Finished": "True", "RecordedDate": recorded, "ResponseId": f"R_{i:04d}", "RecipientFirstName": "Ann",
            "DistributionChannel": "anonymous", "Q1": score, "Q2": "Ward 7 (Respiratory, second floor)",
            "Q3": comment}


QUALTRICS_ROWS = [
    qualtrics_response(1, "2024-05-02 09:18:41", "The nurses on the night shift were kind and explained everything"),
    qualtrics_response(2, "2024-05-10 14:02:00", "Waited four hours for pain relief, nobody came", "2"),
    qualtrics_response(3, "2024-04-03 08:00:00", ""),  # an empty answer: quarantined once, never again
    qualtrics_response(4, "2024-12-11 17:45:10", "Clean ward, friendly porters", "10"),
]


def write_excel(path: Path) -> Path:
    """A real .xlsx as a spreadsheet user saves it: date cells (not text), a number column."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["Response ID", "Date", "Score", "Comment"])
    ws.append(["X1", dt.datetime(2024, 4, 3, 10, 30), 4, "Doctor listened and answered my questions"])
    ws.append(["X2", dt.date(2024, 2, 1), 1, "Parking was impossible and the signs were wrong"])
    ws.append(["X3", dt.datetime(2024, 11, 12), 5, "Quick and friendly"])
    for row in ws.iter_rows(min_row=2, min_col=2, max_col=2):
        row[0].number_format = "dd/mm/yyyy"  # shown day first in Excel; still a date cell
    wb.save(path)
    return path


GOOGLE = {"reviews": [
    {"reviewId": "g1", "reviewer": {"displayName": "Made Up Person"}, "starRating": "FIVE",
     "comment": "Lovely maternity team", "createTime": "2024-03-04T10:00:00Z"},
    {"reviewId": "g2", "reviewer": {"displayName": "Another Person"}, "starRating": "TWO",
     "comment": "Lost my referral twice", "createTime": "2024-06-07T08:30:00.123Z"},
]}
YELP = {"reviews": [
    {"id": "y1", "rating": 4, "text": "Short wait, good care", "time_created": "2024-05-02 09:18:41",
     "user": {"name": "Made Up Y."}},
]}

EXCEL_SPEC = {"columns": {"text": "Comment", "id": "Response ID", "received_at": "Date", "rating": "Score"},
              "rating_scale": (1, 5)}


# --- dates ----------------------------------------------------------------------------------------

def test_qualtrics_iso_recorded_dates_are_not_swapped(tmp_path):
    raw = read_records(write_qualtrics(tmp_path / "export.csv", QUALTRICS_ROWS))
    res = normalise(raw, None, source_file="export.csv")
    got = res.rows.set_index("comment_id")["received_at"]
    assert got["export:R_0001"] == pd.Timestamp("2024-05-02 09:18:41", tz="UTC")
    assert got["export:R_0002"] == pd.Timestamp("2024-05-10 14:02:00", tz="UTC")
    assert list(res.rows["received_month"]) == ["2024-05", "2024-05", "2024-12"]
    assert res.rows["ingest_warning"].isna().all()


def test_excel_date_cells_are_not_swapped(tmp_path):
    raw = read_records(write_excel(tmp_path / "clinic.xlsx"))
    res = normalise(raw, SourceSpec(format="mapped", channel="clinic", **EXCEL_SPEC), source_file="clinic.xlsx")
    assert [str(d.date()) for d in res.rows["received_at"]] == ["2024-04-03", "2024-02-01", "2024-11-12"]
    assert res.rows["ingest_warning"].isna().all()


def test_review_json_dates(tmp_path):
    (tmp_path / "g.json").write_text(json.dumps(GOOGLE))
    (tmp_path / "y.json").write_text(json.dumps(YELP))
    g = normalise(read_records(tmp_path / "g.json"), None, source_file="g.json").rows
    y = normalise(read_records(tmp_path / "y.json"), None, source_file="y.json").rows
    assert list(g["received_month"]) == ["2024-03", "2024-06"]
    assert y.loc[0, "received_at"] == pd.Timestamp("2024-05-02 09:18:41", tz="UTC")
    assert "Made Up" not in g.astype(str).to_string() + y.astype(str).to_string()


def _mapped(values: list[str], **rule) -> pd.DataFrame:
    raw = pd.DataFrame({"text": [f"comment {i}" for i in range(len(values))], "when": values}, dtype=object)
    spec = SourceSpec(format="mapped", channel="m", columns={"text": "text", "received_at": "when"}, **rule)
    return normalise(raw, spec, source_file="m.csv").rows


def _warnings(rows: pd.DataFrame) -> list[str | None]:
    return [w if isinstance(w, str) else None for w in rows["ingest_warning"]]


def test_day_month_order_is_set_per_source():
    assert str(_mapped(["05/02/2024"], dayfirst=True).loc[0, "received_at"].date()) == "2024-02-05"
    assert str(_mapped(["05/02/2024"], dayfirst=False).loc[0, "received_at"].date()) == "2024-05-02"
    assert str(_mapped(["05.02.24 21:15"], date_format="%m.%d.%y %H:%M").loc[0, "received_at"]) == \
        "2024-05-02 21:15:00+00:00"
    for rows in (_mapped(["05/02/2024"], dayfirst=True), _mapped(["05/02/2024"], date_format="%d/%m/%Y")):
        assert rows["ingest_warning"].isna().all()  # the source said which order: nothing to flag


def test_nhs_fft_dates_are_day_first_by_default():
    raw = pd.DataFrame({"Comment ID": ["a", "b"], "FFT answer": ["Good", "Bad"], "Date": ["05/02/2024", "30/09/2021"]})
    rows = normalise(raw, None, source_file="fft.csv").rows
    assert [str(d.date()) for d in rows["received_at"]] == ["2024-02-05", "2021-09-30"]
    assert rows["ingest_warning"].isna().all()


def test_a_guessed_order_that_the_column_does_not_settle_is_flagged():
    rows = _mapped(["05/02/2024", "03/04/2024", "07/07/2024"])  # mapped, no rule: day first is a guess
    assert [str(d.date()) for d in rows["received_at"]] == ["2024-02-05", "2024-04-03", "2024-07-07"]
    assert _warnings(rows) == ["ambiguous_date", "ambiguous_date", None]  # 07/07 reads one way
    shown = _mapped(["05/02/2024", "25/12/2024"])  # the column shows day first
    assert shown["ingest_warning"].isna().all() and str(shown.loc[0, "received_at"].date()) == "2024-02-05"
    us = _mapped(["05/02/2024", "12/25/2024"])  # ... or month first
    assert us["ingest_warning"].isna().all() and str(us.loc[0, "received_at"].date()) == "2024-05-02"


def test_a_column_that_mixes_orders_keeps_its_dates_and_flags_them():
    rows = _mapped(["05/02/2024", "25/12/2024", "12/25/2024", "2024-05-02", "13/13/2024"], dayfirst=True)
    assert [None if pd.isna(d) else str(d.date()) for d in rows["received_at"]] == [
        "2024-02-05", "2024-12-25", "2024-12-25", "2024-05-02", None]
    assert _warnings(rows) == ["ambiguous_date", None, "ambiguous_date", None, "unparsed_date"]


def test_unparsed_and_ambiguous_are_kept_apart_from_ratings():
    raw = pd.DataFrame({"text": ["a", "b"], "when": ["05/02/2024", "soon"], "score": ["x", "3"]})
    spec = SourceSpec(format="mapped", columns={"text": "text", "received_at": "when", "rating": "score"})
    rows = normalise(raw, spec, source_file="f.csv").rows
    assert _warnings(rows) == ["ambiguous_date;unparsed_rating", "unparsed_date"]


# Property tests: every supported written form of a date reads back as that date.
moments = st.datetimes(min_value=dt.datetime(1971, 1, 1), max_value=dt.datetime(2068, 12, 31)).map(
    lambda d: d.replace(microsecond=0))


def _excel_cell(d: dt.datetime) -> str:
    """What an Excel date cell reads as (pandas over openpyxl, dtype=str)."""
    return str(pd.Timestamp(d))


FORMS: dict[str, tuple] = {  # name: (render, rule, keeps the time)
    "iso date": (lambda d: d.strftime("%Y-%m-%d"), {}, False),
    "iso datetime": (lambda d: d.strftime("%Y-%m-%d %H:%M:%S"), {}, True),
    "iso T Z": (lambda d: d.strftime("%Y-%m-%dT%H:%M:%SZ"), {}, True),
    "iso basic": (lambda d: d.strftime("%Y%m%d"), {}, False),
    "excel cell": (_excel_cell, {}, True),
    "year first slashes": (lambda d: f"{d.year}/{d.month}/{d.day}", {}, False),
    "day first": (lambda d: d.strftime("%d/%m/%Y %H:%M:%S"), {"dayfirst": True}, True),
    "day first, 2-digit year": (lambda d: d.strftime("%d.%m.%y"), {"dayfirst": True}, False),
    "month first 12-hour": (lambda d: d.strftime("%m/%d/%Y %I:%M %p"), {"dayfirst": False}, "minutes"),
    "date_format": (lambda d: d.strftime("%d-%m-%Y %H.%M"), {"date_format": "%d-%m-%Y %H.%M"}, "minutes"),
    "month name": (lambda d: d.strftime("%d %B %Y"), {}, False),
    "month name first": (lambda d: d.strftime("%b %d, %Y"), {}, False),
}


def _expected(d: dt.datetime, keeps) -> pd.Timestamp:
    t = pd.Timestamp(d, tz="UTC")
    return t if keeps is True else t.floor("min") if keeps == "minutes" else t.normalize()


@pytest.mark.parametrize("form", list(FORMS))
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(d=st.lists(moments, min_size=1, max_size=6))
def test_every_supported_form_reads_back_as_its_date(form, d):
    render, rule, keeps = FORMS[form]
    got, ambiguous = parse_dates(pd.Series([render(x) for x in d], dtype=object), **rule)
    assert list(got) == [_expected(x, keeps) for x in d]
    assert not ambiguous.any()


@settings(max_examples=200, deadline=None)
@given(st.lists(moments, min_size=1, max_size=12), st.booleans(), st.booleans(), st.booleans())
def test_a_date_in_a_guessed_or_followed_order_is_never_silently_wrong(days, written_dayfirst, dayfirst, confirmed):
    """A column of day/month dates written in one order, read with the source's rule: when the
    rule is a guess, each row reads as its true date or is flagged ambiguous (keeping a date);
    when the source states the order it is written in, every row is right and nothing is flagged."""
    values = [x.strftime("%d/%m/%Y" if written_dayfirst else "%m/%d/%Y") for x in days]
    got, ambiguous = parse_dates(pd.Series(values, dtype=object), dayfirst=dayfirst, confirmed=confirmed)
    truth = [pd.Timestamp(x.date(), tz="UTC") for x in days]
    assert got.notna().all()
    if not confirmed:
        assert all(g == t or amb for g, t, amb in zip(got, truth, ambiguous)), list(zip(values, got, ambiguous))
    elif written_dayfirst == dayfirst:
        assert list(got) == truth and not ambiguous.any()
    else:  # the source states the wrong order: every value it cannot read is flagged, and then all doubtful ones
        cannot = [v for v, x in zip(values, days) if x.day > 12]
        assert all(amb for x, amb in zip(days, ambiguous) if x.day > 12)
        if cannot:
            assert all(g == t or amb for g, t, amb in zip(got, truth, ambiguous))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(moments, st.booleans()), min_size=1, max_size=12), st.booleans())
def test_a_column_that_shows_both_orders_flags_every_doubtful_date(rows, dayfirst):
    rows = rows + [(dt.datetime(2024, 12, 25), True), (dt.datetime(2024, 12, 25), False)]  # 25/12 and 12/25
    values = [x.strftime("%d/%m/%Y" if df else "%m/%d/%Y") for x, df in rows]
    got, ambiguous = parse_dates(pd.Series(values, dtype=object), dayfirst=dayfirst)
    for (x, _), g, amb in zip(rows, got, ambiguous):
        assert g == pd.Timestamp(x.date(), tz="UTC") or amb


# --- text columns ----------------------------------------------------------------------------------

def test_qualtrics_without_free_text_fails_naming_its_columns(tmp_path):
    raw = read_records(write_qualtrics(tmp_path / "scores_only.csv", QUALTRICS_ROWS, free_text=False))
    with pytest.raises(IngestError, match=r"scores_only.csv: no free-text column found \(columns: \[.*'Q1', 'Q2'\]"):
        normalise(raw, None, source_file="scores_only.csv")


def test_qualtrics_takes_the_text_entry_column_not_the_longer_choice_column(tmp_path):
    rows = [dict(r, Q3=r["Q3"][:12]) for r in QUALTRICS_ROWS]  # comments shorter than the ward label
    res = normalise(read_records(write_qualtrics(tmp_path / "q.csv", rows)), None, source_file="q.csv")
    assert res.rows["text"].str.startswith(("The nurses", "Waited", "Clean ward")).all()
    assert res.rows.loc[0, "question"] == "Tell us why"


def test_a_numeric_column_is_never_taken_as_text(tmp_path):
    raw = pd.DataFrame({"Score": ["5", "3", ""], "Comment": ["ok", "fine", "x"]})
    with pytest.raises(IngestError, match="column 'Score' holds only numbers"):
        normalise(raw, SourceSpec(format="mapped", columns={"text": "Score"}), source_file="s.csv")
    no_header_rows = pd.DataFrame({"ResponseId": ["R_1"], "Q1": ["9"], "RecordedDate": ["2024-05-02 09:18:41"]})
    with pytest.raises(IngestError, match="no free-text column found"):
        normalise(no_header_rows, None, source_file="q.csv")


# --- empty files -------------------------------------------------------------------------------------

def test_header_only_files_read_as_empty_not_broken(tmp_path):
    (tmp_path / "h.csv").write_text("Response ID,Date,Score,Comment\n")
    frame = read_records(tmp_path / "h.csv", allow_empty=True)
    assert frame.empty and list(frame.columns) == ["Response ID", "Date", "Score", "Comment"]
    res = normalise(frame, SourceSpec(format="mapped", **EXCEL_SPEC), source_file="h.csv")
    assert res.rows.empty and res.quarantine.empty
    with pytest.raises(IngestError, match="column 'Comment' not found"):  # its columns are still checked
        normalise(frame.drop(columns="Comment"), SourceSpec(format="mapped", **EXCEL_SPEC), source_file="h.csv")
    q = read_records(write_qualtrics(tmp_path / "q.csv", []), allow_empty=True)  # header rows only
    assert normalise(q, None, source_file="q.csv").rows.empty


# --- filters and alerts --------------------------------------------------------------------------------

def _alerts_frame() -> pd.DataFrame:
    return pd.DataFrame({
        "comment_id": ["a", "b", "c", "d"],
        "source_file": ["f.csv"] * 4,
        "provider": ["NEAS", None, "Trust B", None],
        "service": [None, "A&E", None, None],
        "received_at": pd.to_datetime(["2024-05-02", "2024-06-01", None, "2023-01-01"], utc=True),
        "urgent_reason": ["self_harm", "clinical_harm", "abuse_or_neglect", "violence_or_threat"],
        "urgent_score": [0.6, 1.0, 0.9, 0.2],
        "text": ["t1 [NAME]", "t2", "t3", "t4"],
        "run_id": ["r1"] * 4,
        "processed_at": pd.Timestamp("2024-07-01", tz="UTC"),
    })


@pytest.fixture()
def output_dir(tmp_path):
    """An output folder as a run leaves it, with made-up alerts and comments."""
    out = tmp_path / "tagged"
    (out / "alerts").mkdir(parents=True)
    (out / "runs").mkdir()
    _alerts_frame().to_parquet(out / "alerts" / "r1.parquet", index=False)
    return out


def test_alerts_formats_limit_and_no_nan(output_dir):
    runner = CliRunner()
    res = runner.invoke(app, ["alerts", "--output-dir", str(output_dir), "--format", "json"])
    assert res.exit_code == 0, res.output
    recs = json.loads(res.stdout)
    assert [r["comment_id"] for r in recs] == ["b", "c", "a", "d"]  # most likely first
    assert recs[0]["provider"] is None and recs[0]["received_at"].startswith("2024-06-01T00:00:00")
    res = runner.invoke(app, ["alerts", "--output-dir", str(output_dir), "--format", "csv", "--limit", "2"])
    frame = pd.read_csv(io.StringIO(res.stdout))
    assert list(frame["comment_id"]) == ["b", "c"]
    assert "nan" not in res.stdout.lower()
    res = runner.invoke(app, ["alerts", "--output-dir", str(output_dir), "--limit", "1"], env={"COLUMNS": "200"})
    assert res.exit_code == 0 and "nan" not in res.output
    assert "1 open alert(s): urgent (read today) first, most likely first (the first 1 of 4: --limit)" in res.output
    assert runner.invoke(app, ["alerts", "--output-dir", str(output_dir), "--format", "xml"]).exit_code == 2


def test_date_filters_are_iso_only_and_leave_out_undated_comments_everywhere(output_dir):
    from cxnlp.analytics.alerts import list_alerts
    from cxnlp.analytics.filters import FilterError
    from cxnlp.analytics.report import ReportFilters

    runner = CliRunner()
    for cmd in (["alerts"], ["report", "-o", str(output_dir / "r.html")]):
        res = runner.invoke(app, [*cmd, "--output-dir", str(output_dir), "--since", "01/09/2021"])
        assert res.exit_code == 2 and "not a date in ISO form YYYY-MM-DD" in res.output
    res = runner.invoke(app, ["alerts", "--output-dir", str(output_dir), "--since", "2024-01-01", "--format", "csv"])
    assert res.exit_code == 0
    assert list(pd.read_csv(io.StringIO(res.stdout))["comment_id"]) == ["b", "a"]
    assert "1 urgent comment(s) without a date left out by --since" in res.stderr
    frame = _alerts_frame().rename(columns={"urgent_reason": "x"}).assign(source_type="survey")
    for since in ("2023-01-01", "2024-05-02", "2024-05-03"):
        by_report = set(ReportFilters(since=since).apply(frame)["comment_id"])
        by_alerts = set(list_alerts(_alerts_frame(), since=dt.date.fromisoformat(since)).alerts["comment_id"])
        assert by_report == by_alerts and "c" not in by_report  # the same rule in both
    with pytest.raises(FilterError):
        ReportFilters(until="2024-5-2")


def test_empty_report_page_lists_the_values_the_filters_can_take():
    from cxnlp.analytics.report import ReportFilters, build_report

    comments = pd.DataFrame({
        "provider": ["NEAS", "NEAS", "Trust B"], "source_type": ["survey", "survey", "review"],
        "received_at": pd.to_datetime(["2021-09-30", None, "2022-01-02"], utc=True), "comment_id": ["1", "2", "3"]})
    assert len(ReportFilters(provider="neas").apply(comments)) == 2  # any case
    page = build_report(comments, ReportFilters(provider="No Such Trust"))
    assert "No comments match these filters" in page
    assert "<li>NEAS (2)</li>" in page and "<li>Trust B (1)</li>" in page
    assert "survey (2), review (1)" in page and "2021-09-30 to 2022-01-02" in page
    assert "1 comments have no date" in page


# --- paths and settings on every command -----------------------------------------------------------------

@pytest.mark.parametrize("cmd", [["alerts"], ["query", "select 1"], ["report", "-o", "r.html"]])
def test_reading_commands_fail_on_a_missing_or_wrong_output_folder(tmp_path, cmd):
    runner = CliRunner()
    missing = tmp_path / "tagged-typo"
    res = runner.invoke(app, [*cmd, "--output-dir", str(missing)])
    assert res.exit_code == 2 and f"output folder {missing} not found" in " ".join(res.output.split())
    res = runner.invoke(app, [*cmd, "--output-dir", str(tmp_path)])  # exists, but no run wrote it
    assert res.exit_code == 2 and "is not a cxnlp output folder" in res.output


def test_run_and_serve_fail_on_missing_inputs_before_starting(tmp_path, root, monkeypatch):
    runner = CliRunner()
    project = make_project(tmp_path / "p", root)
    typo = project / "data" / "rwa"
    res = runner.invoke(app, ["run", "--root", str(project), "--raw-dir", str(typo)])
    assert res.exit_code == 2 and f"input folder {typo} not found" in " ".join(res.output.split())
    res = runner.invoke(app, ["run", "--root", str(project), "--settings", str(tmp_path / "nope.yaml")])
    assert res.exit_code == 2 and "settings file" in res.output and "nope.yaml not found" in res.output
    monkeypatch.setenv("CXNLP_SETTINGS", str(tmp_path / "from-env.yaml"))
    res = runner.invoke(app, ["serve", "--root", str(project)])
    assert res.exit_code == 2 and "from-env.yaml not found" in res.output
    monkeypatch.delenv("CXNLP_SETTINGS")
    (tmp_path / "s.yaml").write_text("sources_file: my_sources.yaml\n")
    for cmd in (["run"], ["serve"]):
        res = runner.invoke(app, [*cmd, "--root", str(project), "--settings", str(tmp_path / "s.yaml")])
        assert res.exit_code == 2 and "sources file" in res.output and "my_sources.yaml not found" in res.output
        res = runner.invoke(app, [*cmd, "--root", str(project), "--sources", str(tmp_path / "typo.yaml")])
        assert res.exit_code == 2 and "typo.yaml not found" in res.output
    (tmp_path / "bad.yaml").write_text("raw_dri: x\n")
    res = runner.invoke(app, ["run", "--root", str(project), "--settings", str(tmp_path / "bad.yaml")])
    assert res.exit_code == 2 and "raw_dri: Extra inputs are not permitted" in res.output


def test_serve_passes_settings_sources_and_folders_to_every_run(tmp_path, root, monkeypatch):
    from cxnlp.batch import steps
    from pipelines import batch

    project = make_project(tmp_path / "p", root)
    (tmp_path / "my_sources.yaml").write_text("sources: []\n")
    (tmp_path / "nightly.yaml").write_text(f"notify_webhook: https://example.invalid/hook\n"
                                           f"sources_file: {tmp_path / 'my_sources.yaml'}\n")
    seen = {}
    monkeypatch.setattr(batch.cx_batch, "serve", lambda **kw: seen.update(kw))
    res = CliRunner().invoke(app, ["serve", "--root", str(project), "--settings", str(tmp_path / "nightly.yaml"),
                                   "--output-dir", "out/tagged", "--cron", "0 3 * * *"])
    assert res.exit_code == 0, res.output
    assert seen["cron"] == "0 3 * * *"
    assert seen["parameters"] == {"root": str(project.resolve()), "settings_file": str(tmp_path / "nightly.yaml"),
                                  "output_dir": "out/tagged"}
    settings, _ = steps.settings_and_model(**{k: v for k, v in seen["parameters"].items() if k != "output_dir"},
                                            raw_dir=None, output_dir=None, model_dir=None)
    assert settings.notify_webhook == "https://example.invalid/hook"


def test_root_is_found_from_the_current_folder_upwards(tmp_path, root, monkeypatch):
    from cxnlp.cli import _find_root

    project = make_project(tmp_path / "p", root)
    monkeypatch.chdir(project / "data" / "raw" / "nhs_fft")
    assert _find_root(None) == (project.resolve(), True)
    monkeypatch.chdir(tmp_path)
    assert _find_root(None) == (tmp_path.resolve(), False)
    src = tmp_path / "mine.csv"
    pd.DataFrame({"Comment": ["Kind staff"]}).to_csv(src, index=False)
    res = CliRunner().invoke(app, ["score", str(src), "--text-column", "Comment", "-o", str(tmp_path / "o.parquet")])
    assert res.exit_code == 2 and "no default model" in res.output and "pass --root PROJECT" in res.output


def test_score_reads_columns_from_a_sources_file_and_refuses_numbers(tmp_path, root, monkeypatch):
    project = make_project(tmp_path / "p", root)
    write_excel(tmp_path / "clinic_survey.xlsx")
    (tmp_path / "sources.yaml").write_text(
        "sources:\n  - pattern: clinic_*.xlsx\n    format: mapped\n"
        "    columns: {text: Comment, id: Response ID, received_at: Date, rating: Score}\n")
    monkeypatch.chdir(project / "data")  # the project is found from a subfolder
    runner = CliRunner()
    out = tmp_path / "o.parquet"
    res = runner.invoke(app, ["score", str(tmp_path / "clinic_survey.xlsx"), "--sources", str(tmp_path / "sources.yaml"),
                              "-o", str(out)])
    assert res.exit_code == 0, res.output
    assert list(pd.read_parquet(out)["id"]) == ["X1", "X2", "X3"]
    # The console wraps its messages at the terminal's width, where a long temporary path may break a line.
    def said(result):
        return " ".join(result.output.split())

    res = runner.invoke(app, ["score", str(tmp_path / "clinic_survey.xlsx"), "--text-column", "Score", "-o", str(out)])
    assert res.exit_code == 2 and "column 'Score' holds only numbers" in said(res)
    res = runner.invoke(app, ["score", str(tmp_path / "nope.csv"), "-o", str(out)])
    assert res.exit_code == 2 and "nope.csv not found" in said(res)
    (tmp_path / "header_only.csv").write_text("id,text\n")
    res = runner.invoke(app, ["score", str(tmp_path / "header_only.csv"), "-o", str(out)])
    assert res.exit_code == 0 and "has no records" in said(res) and len(pd.read_parquet(out)) == 0


def test_query_prints_duckdbs_whole_message(output_dir):
    res = CliRunner().invoke(app, ["query", "select * from comment", "--output-dir", str(output_dir)])
    assert res.exit_code == 2
    assert "Table with name comment does not exist" in res.output and 'Did you mean "comments"' in res.output


def test_settings_file_output_dir_reaches_the_reading_commands(output_dir, tmp_path, monkeypatch):
    (tmp_path / "cx.yaml").write_text(f"output_dir: {output_dir}\n")
    runner = CliRunner()
    res = runner.invoke(app, ["alerts", "--settings", str(tmp_path / "cx.yaml"), "--format", "csv"])
    assert res.exit_code == 0 and len(pd.read_csv(io.StringIO(res.stdout))) == 4
    monkeypatch.setenv("CXNLP_SETTINGS", str(tmp_path / "cx.yaml"))
    res = runner.invoke(app, ["query", "select count(*) as n from alerts", "--format", "csv"])
    assert res.exit_code == 0 and res.stdout.splitlines() == ["n", "0"]  # alerts of comments written: none here


# --- a batch run over the user's files ----------------------------------------------------------------------

@pytest.fixture(scope="module")
def user_project(tmp_path_factory, root):
    """A project whose input is the user's own files, read through a sources file outside the
    project that a settings file names; then a rerun after a row is appended to the export."""
    from pipelines.batch import cx_batch

    tmp = tmp_path_factory.mktemp("user")
    raw = tmp / "inputs"
    raw.mkdir()
    write_qualtrics(raw / "qualtrics_export.csv", QUALTRICS_ROWS)
    write_qualtrics(raw / "qualtrics_scores_only.csv", QUALTRICS_ROWS, free_text=False)
    write_excel(raw / "clinic_survey.xlsx")
    (raw / "clinic_survey_march.csv").write_text("Response ID,Date,Score,Comment\n")  # header only
    pd.DataFrame({"id": ["m1", "m2", "m3"], "text": ["Good", "Fine thanks", "Slow"],
                  "when": ["05/02/2024", "25/12/2024", "12/25/2024"]}).to_csv(raw / "mixed_dates.csv", index=False)
    (raw / "google_reviews_mine.json").write_text(json.dumps(GOOGLE))
    (raw / "yelp_reviews_mine.json").write_text(json.dumps(YELP))
    (tmp / "my_sources.yaml").write_text(
        "sources:\n"
        "  - pattern: clinic_survey*\n    format: mapped\n    channel: clinic\n"
        "    columns: {text: Comment, id: Response ID, received_at: Date, rating: Score}\n    rating_scale: [1, 5]\n"
        "  - pattern: mixed_dates.csv\n    format: mapped\n    dayfirst: true\n"
        "    columns: {text: text, id: id, received_at: when}\n")
    (tmp / "settings.yaml").write_text(f"raw_dir: {raw}\nsources_file: {tmp / 'my_sources.yaml'}\n")
    project = make_project(tmp / "project", root)
    with prefect_harness():
        first = cx_batch(root=str(project), settings_file=str(tmp / "settings.yaml"), return_state=True)
        with (raw / "qualtrics_export.csv").open("a", newline="") as fh:
            row = qualtrics_response(5, "2024-12-12 10:00:00", "Appended later: thank you all")
            csv.writer(fh).writerow([row.get(c, "") for c in QUALTRICS_META + ["Q1", "Q2", "Q3"]])
        second = cx_batch(root=str(project), settings_file=str(tmp / "settings.yaml"), return_state=True)
    return project, first, second


def test_user_files_run_summary(user_project):
    project, first, _ = user_project
    summary = first.result(raise_on_failure=False)
    files = {f["file"]: f for f in summary["files"]}
    assert files["clinic_survey_march.csv"]["status"] == "empty"
    assert "no records" in files["clinic_survey_march.csv"]["note"]
    bad = files["qualtrics_scores_only.csv"]
    assert bad["status"] == "failed" and bad["note"].startswith("qualtrics_scores_only.csv: no free-text column found")
    assert "'Q1'" in bad["note"]
    assert summary["failed_files"] == ["qualtrics_scores_only.csv"] and first.is_failed()
    for f in files.values():
        if f["status"] in ("ok", "empty"):
            assert f["rows_read"] == f["tagged"] + f["quarantined"] + f["duplicates"], f
    assert files["qualtrics_export.csv"]["tagged"] == 3 and files["qualtrics_export.csv"]["quarantined"] == 1
    assert files["mixed_dates.csv"]["warnings"] == {"ambiguous_date": 2}
    assert files["mixed_dates.csv"]["note"] == "ambiguous_date 2"
    assert summary["warning_counts"] == {"ambiguous_date": 2}
    run = read_dataset(project / "data" / "tagged" / "runs").sort_values("finished_at").iloc[0]
    assert (run["ambiguous_dates"], run["empty_files"], run["failed_files"]) == (2, 1, 1)


def test_user_files_dates_in_the_output(user_project):
    project, _, _ = user_project
    c = read_dataset(project / "data" / "tagged" / "comments", partition="received_month").set_index("comment_id")
    assert c.loc["qualtrics_export:R_0001", "received_at"] == pd.Timestamp("2024-05-02 09:18:41", tz="UTC")
    assert c.loc["qualtrics_export:R_0001", "received_month"] == "2024-05"
    assert str(c.loc["clinic:X1", "received_at"].date()) == "2024-04-03"
    assert str(c.loc["google:g2", "received_at"].date()) == "2024-06-07"
    assert c.loc["mixed_dates:m1", "reason"] == "ambiguous_date" and pd.isna(c.loc["mixed_dates:m2", "reason"])


def test_summary_table_shows_each_failed_files_reason(user_project, capsys, monkeypatch):
    from cxnlp.cli import _print_summary

    _, first, _ = user_project
    monkeypatch.setenv("COLUMNS", "1000")
    _print_summary(first.result(raise_on_failure=False))
    out = " ".join(capsys.readouterr().out.split())
    assert "no free-text column found" in out and "ambiguous_date 2" in out and "empty" in out


def test_rerun_quarantines_a_comment_once(user_project):
    project, _, second = user_project
    summary = second.result(raise_on_failure=False)
    f = {x["file"]: x for x in summary["files"]}["qualtrics_export.csv"]
    assert (f["rows_read"], f["tagged"], f["quarantined"], f["duplicates"]) == (5, 1, 0, 4)
    q = read_dataset(project / "data" / "tagged" / "quarantine")
    assert q["comment_id"].dropna().is_unique
    assert (q["comment_id"] == "qualtrics_export:R_0003").sum() == 1


def test_readme_documents_every_settings_key(root):
    from cxnlp.config import Settings

    readme = (root / "README.md").read_text()
    table = readme.split("### The settings file", 1)[1].split("\n## ", 1)[0]
    assert [k for k in Settings.model_fields if f"| `{k}` |" not in table] == []
