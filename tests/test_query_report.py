"""Analysts: SQL views checked against the Parquet data, and the report opened in headless Chromium."""
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from typer.testing import CliRunner

from conftest import make_project, prefect_harness
from cxnlp.cli import app
from cxnlp.ingest.readers import read_dataset
from cxnlp.analytics.query import VIEWS, describe, run_query

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")


@pytest.fixture(scope="module")
def tagged(tmp_path_factory, root):
    """A tagged output from the batch flow over the bundled data."""
    
    from pipelines.batch import cx_batch

    tmp = make_project(tmp_path_factory.mktemp("analyst"), root)
    with prefect_harness():
        summary = cx_batch(root=str(tmp))
    return tmp, summary


def test_views_match_parquet(tagged):
    tmp, summary = tagged
    out = tmp / "data" / "tagged"
    comments = read_dataset(out / "comments", partition="received_month")
    assert run_query(out, "select count(*) n from comments")["n"][0] == len(comments)
    pm = run_query(out, "select pillar, count(*) n from pillar_mentions group by 1")
    expected = pd.Series([p for ps in comments["pillars"] for p in ps]).value_counts()
    assert dict(zip(pm["pillar"], pm["n"])) == expected.to_dict()
    fm = run_query(out, "select count(*) n from pitfall_mentions")
    assert fm["n"][0] == sum(len(p) for p in comments["pitfalls"])
    runs = run_query(out, "select tagged from runs")
    assert runs["tagged"].sum() == summary["totals"]["tagged"]
    schema = describe(out)
    assert set(schema) == set(VIEWS)
    assert ("pillar", "VARCHAR") in schema["pillar_mentions"]


def test_readme_queries_run(tagged, root):
    tmp, _ = tagged
    out = tmp / "data" / "tagged"
    readme = (root / "README.md").read_text()
    blocks = readme.split("```sql")[1:]
    assert len(blocks) >= 3
    for block in blocks:
        sql = block.split("```")[0]
        frame = run_query(out, sql)
        assert len(frame.columns) >= 2


def test_query_cli_formats(tagged, tmp_path):
    tmp, _ = tagged
    runner = CliRunner()
    res = runner.invoke(app, ["query", "select pillar, count(*) as n from pillar_mentions group by 1 order by 1",
                              "--root", str(tmp)])
    assert res.exit_code == 0 and "empathy" in res.output
    res = runner.invoke(app, ["query", "select pillar, count(*) as n from pillar_mentions group by 1", "--format", "csv",
                              "-o", str(tmp_path / "p.csv"), "--root", str(tmp)])
    assert res.exit_code == 0 and pd.read_csv(tmp_path / "p.csv").shape[1] == 2
    res = runner.invoke(app, ["query", "select * from nope", "--root", str(tmp)])
    assert res.exit_code == 2 and "query failed" in res.output
    res = runner.invoke(app, ["query", "--schema", "--root", str(tmp)])
    assert "pillar_mentions" in res.output


def _open_in_chromium(page: Path, png: Path) -> tuple[list, int, int]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = str(CHROMIUM)
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage", "--window-size=1200,2400"):
        opts.add_argument(flag)
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=opts)
    try:
        driver.get(page.as_uri())
        driver.implicitly_wait(5)
        charts = driver.execute_script("return document.querySelectorAll('div.js-plotly-plot').length")
        drawn = driver.execute_script(
            "return Array.from(document.querySelectorAll('div.js-plotly-plot')).filter("
            "d => d.querySelector('svg.main-svg') && d.querySelectorAll('.trace, .bars, .scatterlayer path').length > 0"
            ").length")
        errors = [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]
        driver.save_screenshot(str(png))
    finally:
        driver.quit()
    return errors, charts, drawn


@pytest.mark.skipif(not (CHROMIUM.exists() and CHROMEDRIVER.exists()), reason="needs Debian chromium + chromium-driver")
def test_report_renders_in_chromium(tagged, tmp_path):
    from PIL import Image

    tmp, _ = tagged
    page = tmp_path / "r.html"
    res = CliRunner().invoke(app, ["report", "-o", str(page), "--root", str(tmp)])
    assert res.exit_code == 0, res.output
    html = page.read_text()
    assert "http://" not in html.split("<body>")[0] and "<script src=" not in html  # self-contained
    errors, charts, drawn = _open_in_chromium(page, tmp_path / "r.png")
    assert errors == []
    assert charts == 6 and drawn == charts
    img = np.asarray(Image.open(tmp_path / "r.png").convert("L"), dtype=float)
    assert img.std() > 10  # not a blank page


@pytest.mark.skipif(not (CHROMIUM.exists() and CHROMEDRIVER.exists()), reason="needs Debian chromium + chromium-driver")
def test_empty_filter_page(tagged, tmp_path):
    tmp, _ = tagged
    page = tmp_path / "e.html"
    res = CliRunner().invoke(app, ["report", "-o", str(page), "--provider", "No Such Trust", "--root", str(tmp)])
    assert res.exit_code == 0
    assert "No comments match these filters" in page.read_text()
    errors, charts, _ = _open_in_chromium(page, tmp_path / "e.png")
    assert errors == [] and charts == 0


def test_run_writes_report_and_artifact_markdown(tagged):
    import plotly.io as pio

    tmp, summary = tagged
    page = Path(summary["outputs"]["report"]).read_text()
    # every chart drawn with the plotly_white template, and plotly's own default left as it was
    assert page.count('"plot_bgcolor":"white"') == 6
    assert pio.templates.default == "plotly"


def test_label_membership_matches_per_row_lookup(tagged):
    """The vectorised membership used by the report agrees with asking each row, on real output
    (arrays read back from Parquet) and on the awkward cases: None, empty and plain lists."""
    from cxnlp.analytics.report import label_membership
    from cxnlp.taxonomy import PILLARS

    tmp, _ = tagged
    col = read_dataset(tmp / "data" / "tagged" / "comments", partition="received_month")["pillars"]
    m = label_membership(col, PILLARS)
    for p in PILLARS:
        assert m[p].tolist() == [p in x for x in col]
    assert m.to_numpy().any()
    odd = pd.Series([None, [], ["empathy", "integrity"], np.array(["tone"], dtype=object)], index=[7, 3, 9, 1])
    got = label_membership(odd, ["empathy", "tone", "integrity"])
    assert got.index.tolist() == [7, 3, 9, 1]
    assert got.to_dict("list") == {"empathy": [False, False, True, False], "tone": [False, False, False, True],
                                   "integrity": [False, False, True, False]}


def test_evidence_in_the_views_and_the_report_quotes(tagged, tmp_path):
    """Issue 20: each mention carries the sentence behind it, and the report marks it in its quotes."""
    import html as html_lib

    from cxnlp.analytics.report import ReportFilters, build_report

    tmp, _ = tagged
    out = tmp / "data" / "tagged"
    comments = read_dataset(out / "comments", partition="received_month")
    expected = {(r.comment_id, label): sentence for r in comments.itertuples() for label, sentence in r.evidence}
    assert expected
    for view, col in (("pillar_mentions", "pillar"), ("pitfall_mentions", "pitfall")):
        got = run_query(out, f"select comment_id, {col}, evidence from {view}")
        assert len(got) and all(expected[(c, lab)] == e for c, lab, e in got.itertuples(index=False))
    assert run_query(tmp_path, "select evidence from pillar_mentions").empty  # no output yet: empty views
    page = build_report(comments, ReportFilters(None, None, None, None))
    marked = [html_lib.unescape(m.split("</mark>")[0]) for m in page.split("<mark>")[1:]]
    assert marked and set(marked) <= set(expected.values())
