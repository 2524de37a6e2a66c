"""The web app (cxnlp/app): queries against the report's figures, pages, search, export,
corrections into the corpus, and security (login, roles, CSRF, escaping, binding, logs)."""
from __future__ import annotations

import hashlib
import json
import logging
import re
import shutil
from pathlib import Path

import pandas as pd
import pytest
from app_testdata import FORMULA_TEXT, HOSTILE_PROVIDER, PLANTED, SQL_TEXT, make_output
from starlette.testclient import TestClient
from typer.testing import CliRunner

from cxnlp.app.auth import BindRefused, SessionStore, add_user, check_bind, load_users
from cxnlp.app.corrections import CorrectionError, read_corrections, record_correction
from cxnlp.app.data import Filters, Store, fts_query
from cxnlp.app.server import create_app
from cxnlp.cli import app as cli
from cxnlp.analytics.filters import FilterError
from cxnlp.taxonomy import PILLARS

PASSWORD = "correct horse battery"


@pytest.fixture(scope="module")
def output(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("app") / "tagged"
    make_output(folder)
    return folder


@pytest.fixture()
def fresh_output(tmp_path) -> Path:
    make_output(tmp_path / "tagged")
    return tmp_path / "tagged"


@pytest.fixture(scope="module")
def comments(output) -> pd.DataFrame:
    from cxnlp.ingest.readers import read_dataset

    return read_dataset(output / "comments", partition="received_month")


@pytest.fixture(scope="module")
def local(output) -> TestClient:
    return TestClient(create_app(output, local_user="tester", refresh_seconds=0), base_url="http://127.0.0.1")


@pytest.fixture(scope="module")
def users_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("users") / "users.yaml"
    for name, role in (("vera", "viewer"), ("ann", "analyst"), ("sam", "safety"), ("ada", "admin")):
        add_user(path, name, role, PASSWORD)
    return path


def _client(output: Path, users_file: Path) -> TestClient:
    return TestClient(create_app(output, users_file=users_file, host="0.0.0.0", refresh_seconds=0),
                      base_url="http://127.0.0.1")


def _csrf(html: str) -> str:
    m = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert m, "no CSRF token on the page"
    return m.group(1)


def _login(client: TestClient, name: str) -> str:
    page = client.get("/login")
    res = client.post("/login", data={"username": name, "password": PASSWORD, "csrf_token": _csrf(page.text),
                                      "next": "/"}, follow_redirects=False)
    assert res.status_code == 303, res.text
    return _csrf(client.get("/comments").text)


def _files_hash(folder: Path) -> str:
    h = hashlib.sha256()
    for p in sorted(folder.rglob("*.parquet")):
        h.update(p.read_bytes())
    return h.hexdigest()


# --- queries ---

def test_filters_parse_and_refuse():
    f = Filters.from_params({"since": ["2024-02-01"], "pillar": ["empathy", "integrity"], "q": ["ward"]})
    assert f.since.isoformat() == "2024-02-01" and f.pillar == ("empathy", "integrity")
    assert ("pillar", "integrity") in f.params() and ("q", "ward") in f.params()
    for bad in ({"pillar": ["kindness"]}, {"since": ["01/02/2024"]}, {"source": ["tweet"]},
                {"provider": ["x" * 500]}):
        with pytest.raises(FilterError):
            Filters.from_params(bad)


def test_search_syntax_cannot_be_injected():
    assert fts_query("'; drop table comments; --") == '"drop" AND "table" AND "comments"'
    assert fts_query("<script>alert(1)</script>") == '"script" AND "alert" AND "1" AND "script"'
    assert fts_query('"pain relief" ward') == '"pain relief" AND "ward"*'
    assert fts_query("ward ") == '"ward"'
    assert fts_query('" OR * NEAR(') == '"OR" AND "NEAR"'  # operators arrive as quoted words
    assert fts_query("ambul") == '"ambul"*'  # while typing
    assert fts_query("") is None and fts_query("'; --") is None


def test_overview_figures_match_the_report(output, comments):
    from cxnlp.analytics.report import key_drivers, label_membership

    ov = Store(output).snapshot.overview(Filters())
    has = label_membership(comments["pillars"], PILLARS)
    pol = comments["sentiment"].map({"positive": 1, "negative": -1}).fillna(0)
    for pillar, n, net in ov["pillars"]:
        assert n == int(has[pillar].sum())
        assert net == pytest.approx(float(pol[has[pillar]].mean()) if n else 0.0)
    ours = ov["drivers"].set_index("pillar")["effect_on_rating"]
    theirs = key_drivers(comments).set_index("pillar")["effect_on_rating"]
    assert len(theirs) >= 3 and ours.sort_index().to_numpy() == pytest.approx(theirs.sort_index().to_numpy())
    assert ov["total"] == len(comments) and ov["by"]["provider"]["n"].sum() == len(comments)
    f = Filters(provider=("North Trust",), sentiment=("negative",))
    assert Store(output).snapshot.overview(f)["total"] == int(
        ((comments["provider"] == "North Trust") & (comments["sentiment"] == "negative")).sum())


def test_comments_filters_sort_and_search(output, comments):
    snap = Store(output).snapshot
    frame, total = snap.comments(Filters(pillar=("empathy",), source=("survey",)), sort="rating", descending=False)
    want = comments[comments["pillars"].map(lambda p: "empathy" in p) & (comments["source_type"] == "survey")]
    assert total == len(want)
    ratings = frame["rating_scaled"].dropna().tolist()
    assert ratings == sorted(ratings) and ratings[0] == pytest.approx(want["rating_scaled"].min())
    # every word must occur (stemmed: "waited" finds "wait"), by the index, not a scan
    _, total = snap.comments(Filters(q="corridor"))
    assert total == int(comments["text"].str.contains("corridor").sum()) > 0
    frame, total = snap.comments(Filters(q="ward 7 kind"))
    assert total and all("Ward 7" in t or "ward" in t.lower() for t in frame["text"])
    _, total = snap.comments(Filters(q="Outpatients"))  # service names are indexed too
    assert total == int((comments["service"] == "Outpatients").sum())
    frame, total = snap.comments(Filters(q="corridor", since=pd.Timestamp("2024-06-01").date()), sort="relevance")
    assert total and (frame["received_at"] >= pd.Timestamp("2024-06-01", tz="UTC")).all()


# --- pages ---

def test_pages_render(local, comments):
    for url in ("/", "/comments", "/comments?sort=score&dir=asc&page=2", "/corrections", "/alerts",
                "/alerts?state=all&level=review", "/?provider=North+Trust&since=2024-03-01"):
        res = local.get(url)
        assert res.status_code == 200, url
        assert res.headers["content-security-policy"].startswith("default-src 'self'")
        assert "https://" not in res.text and "cdn" not in res.text.lower()  # nothing from elsewhere
    page = local.get("/").text
    assert page.count('type="application/json"') == 6 and "/vendor/plotly.min.js" in page
    assert local.get("/vendor/plotly.min.js").status_code == 200
    assert local.get("/static/vendor/htmx-2.0.11.min.js").status_code == 200
    one = local.get("/comment", params={"id": "test:0008"})
    assert one.status_code == 200 and "Evidence" in one.text and "Correct the labels" in one.text
    assert local.get("/comment", params={"id": "nope"}).status_code == 404
    assert local.get("/comments?pillar=kindness").status_code == 400
    assert local.get("/comments?sort=text").status_code == 400
    assert "No comments match" in local.get("/?provider=Nobody").text
    # search as you type: htmx asks for the results only
    part = local.get("/comments?q=corridor", headers={"HX-Request": "true", "HX-Target": "results"})
    assert part.status_code == 200 and "<html" not in part.text and 'id="results"' in part.text
    shown = int(re.search(r'id="total">([\d,]+)<', part.text).group(1).replace(",", ""))
    assert shown == int(comments["text"].str.contains("corridor").sum())


def test_export_is_the_whole_selection_and_formula_safe(local, comments):
    import csv
    import io

    res = local.get("/comments.csv?sentiment=negative")
    assert res.status_code == 200 and res.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(res.text)))
    assert len(rows) == int((comments["sentiment"] == "negative").sum())
    every = list(csv.DictReader(io.StringIO(local.get("/comments.csv").text)))
    texts = {r["comment_id"]: r["text"] for r in every}
    assert texts["test:0005"] == "'" + FORMULA_TEXT
    assert texts["test:0003"] == SQL_TEXT


def test_hostile_strings_are_harmless(local, comments):
    before = local.get("/comments").text
    n = int(re.search(r'id="total">([\d,]+)<', before).group(1).replace(",", ""))
    for q in ("'; drop table comments; --", "<script>alert(1)</script>", '" OR 1=1 --', "%' OR '1'='1", "\\x00*"):
        res = local.get("/comments", params={"q": q})
        assert res.status_code == 200
        assert "<script>alert(1)</script>" not in res.text
    res = local.get("/comments", params={"q": "drop table comments"})
    assert "test:0003" in res.text  # found as words, nothing executed
    after = local.get("/comments").text
    assert int(re.search(r'id="total">([\d,]+)<', after).group(1).replace(",", "")) == n == len(comments)
    # the provider named <script> is escaped in pages and chart data alike
    for url in ("/comments", "/", "/alerts"):
        text = local.get(url).text
        assert HOSTILE_PROVIDER not in text
    assert "&lt;script&gt;alert(&#39;provider&#39;)&lt;/script&gt;" in local.get("/comments").text
    assert local.get("/comments", params={"provider": HOSTILE_PROVIDER}).status_code == 200


# --- corrections ---

def test_correction_is_appended_shown_and_tagged_rows_untouched(fresh_output):
    client = TestClient(create_app(fresh_output, local_user="tester", refresh_seconds=0), base_url="http://127.0.0.1")
    tagged = _files_hash(fresh_output / "comments")
    page = client.get("/comment", params={"id": "test:0001"}).text
    token = _csrf(page)
    form = {"csrf_token": token, "id": "test:0001", "sentiment": "mixed", "pillars": ["empathy", "integrity"],
            "fields": ["pitfalls"], "urgent_level": "review", "urgent_reason": "clinical_harm",
            "seen_sentiment": "negative"}
    res = client.post("/comment/correct", data=form, follow_redirects=False)
    assert res.status_code == 303, res.text
    corr = read_corrections(fresh_output)
    assert set(corr["field"]) >= {"sentiment", "pillars", "urgent_level"} and set(corr["by"]) == {"tester"}
    assert corr.set_index("field").loc["sentiment", "before"] == "negative"
    assert corr.set_index("field").loc["sentiment", "after"] == "mixed"
    assert len(list((fresh_output / "corrections").glob("*.parquet"))) == 1  # one file per save
    shown = client.get("/comment", params={"id": "test:0001"}).text
    assert "Corrected" in shown and 'id="history"' in shown and "tester" in shown
    assert "test:0001" in client.get("/corrections").text
    assert _files_hash(fresh_output / "comments") == tagged  # the model's rows are never rewritten
    # a form opened before that correction is refused rather than silently overwriting it
    res = client.post("/comment/correct", data={**form, "sentiment": "positive", "seen_sentiment": "negative"})
    assert res.status_code == 409 and "changed since" in res.text
    # an inconsistent urgency is refused
    res = client.post("/comment/correct", data={**form, "seen_sentiment": "mixed", "urgent_level": "urgent",
                                                "urgent_reason": ""})
    assert res.status_code == 400
    assert len(read_corrections(fresh_output)) == len(corr)


def test_corrections_reach_the_corpus(fresh_output, tmp_path, root):
    from cxnlp.training.corpus import validate_corpus
    from cxnlp.training.corpus_stats import counts_markdown

    snap = Store(fresh_output).snapshot
    row10, row11 = snap.comment("test:0010"), snap.comment("test:0011")
    record_correction(fresh_output, row10, {"sentiment": "negative", "pillars": ["time_and_effort"]}, by="ann")
    record_correction(fresh_output, row11, {"urgent_level": "urgent", "urgent_reason": "self_harm"}, by="bo")
    with pytest.raises(CorrectionError):
        record_correction(fresh_output, row11, {"pillars": ["kindness"]}, by="bo")
    proj = tmp_path / "proj"
    (proj / "data" / "labeled").mkdir(parents=True)
    corpus_file = proj / "data" / "labeled" / "corpus.jsonl"
    with (root / "data" / "labeled" / "corpus.jsonl").open() as fh:
        head = [next(fh) for _ in range(50)]
    corpus_file.write_text("".join(head))
    runner = CliRunner()
    res = runner.invoke(cli, ["label", "import", "--corrections", "--root", str(proj), "--output-dir", str(fresh_output)])
    assert res.exit_code == 0, res.output
    lines = corpus_file.read_text().splitlines()
    assert lines[:50] == [h.rstrip("\n") for h in head]  # other batches untouched
    rows = {r["id"]: r for r in map(json.loads, lines[50:])}
    assert set(rows) == {"test:0010", "test:0011"}
    r10, r11 = rows["test:0010"], rows["test:0011"]
    assert r10["batch"] == r10["source"] == "corrections" and r10["annotator"] == "ann" and r10["origin"] == "real"
    assert r10["sentiment"] == "negative" and r10["pillars"] == ["time_and_effort"] and r10["domain"] == "review"
    assert r11["urgent"] is True and r11["urgent_level"] == "urgent" and r11["urgent_reason"] == "self_harm"
    assert r11["domain"] == "survey" and r11["text"] == snap.comment("test:0011")["text"]
    assert not rows["test:0010"]["urgent"] and rows["test:0010"]["urgent_level"] is None
    corpus = pd.read_json(corpus_file, lines=True, dtype=False)
    validate_corpus(corpus)
    assert "| corrections | 2 |" in counts_markdown(corpus)  # the data card counts them as their own source
    # importing again changes nothing; a later correction replaces the row where it stood
    before = corpus_file.read_bytes()
    assert runner.invoke(cli, ["label", "import", "--corrections", "--root", str(proj), "--output-dir",
                               str(fresh_output)]).exit_code == 0
    assert corpus_file.read_bytes() == before
    record_correction(fresh_output, row10, {"sentiment": "mixed"}, by="cy")
    assert runner.invoke(cli, ["label", "import", "--corrections", "--root", str(proj), "--output-dir",
                               str(fresh_output)]).exit_code == 0
    rows = [json.loads(x) for x in corpus_file.read_text().splitlines()[50:]]
    assert len(rows) == 2 and rows[0]["sentiment"] == "mixed" and rows[0]["annotator"] == "ann+cy"
    # a comment another batch already labels is left to that batch
    corpus_file.write_text(corpus_file.read_text() + json.dumps({**rows[1], "id": "test:0012", "batch": "b99"}) + "\n")
    record_correction(fresh_output, snap.comment("test:0012"), {"sentiment": "neutral"}, by="ann")
    res = runner.invoke(cli, ["label", "import", "--corrections", "--root", str(proj), "--output-dir", str(fresh_output)])
    assert res.exit_code == 0 and "another batch" in res.output
    assert runner.invoke(cli, ["label", "import", "--root", str(proj)]).exit_code == 2  # neither file nor flag


# --- security ---

def test_reads_need_login_and_writes_need_role_and_csrf(output, users_file, tmp_path):
    out = tmp_path / "tagged"
    shutil.copytree(output, out)
    anon = _client(out, users_file)
    res = anon.get("/comments", follow_redirects=False)
    assert res.status_code == 303 and res.headers["location"].startswith("/login")
    assert anon.get("/comments.csv", follow_redirects=False).status_code == 303
    form = {"id": "test:0001", "sentiment": "positive"}
    assert anon.post("/comment/correct", data=form).status_code == 401  # no login
    assert anon.post("/alerts/action", data={"comment_id": "test:0001", "action": "ack"}).status_code == 401

    viewer = _client(out, users_file)
    token = _login(viewer, "vera")
    assert viewer.get("/comments").status_code == 200
    assert viewer.post("/comment/correct", data={**form, "csrf_token": token}).status_code == 403  # no role
    assert "Correct the labels" not in viewer.get("/comment", params={"id": "test:0001"}).text

    analyst = _client(out, users_file)
    token = _login(analyst, "ann")
    assert analyst.post("/comment/correct", data=form).status_code == 403  # no CSRF token
    assert analyst.post("/comment/correct", data={**form, "csrf_token": "forged"}).status_code == 403
    assert analyst.post("/comment/correct", data={**form, "csrf_token": token},
                        headers={"Origin": "https://evil.example"}).status_code == 403
    assert analyst.post("/alerts/action", data={"comment_id": "test:0001", "action": "ack",
                                                "csrf_token": token}).status_code == 403  # not safety
    assert not (out / "corrections").exists() and not (out / "alert_log").exists()
    assert analyst.post("/comment/correct", data={**form, "csrf_token": token},
                        follow_redirects=False).status_code == 303
    assert read_corrections(out)["by"].tolist() == ["ann"]

    safety = _client(out, users_file)
    token = _login(safety, "sam")
    assert safety.post("/alerts/action", data={"comment_id": "test:0001", "action": "resolve",
                                               "csrf_token": token}).status_code == 400  # a note is needed
    res = safety.post("/alerts/action", data={"comment_id": "test:0001", "action": "ack", "note": "called ward",
                                              "csrf_token": token}, follow_redirects=False)
    assert res.status_code == 303
    from cxnlp.analytics.alert_queue import read_events

    ev = read_events(out)
    assert ev[["comment_id", "action", "by"]].values.tolist() == [["test:0001", "ack", "sam"]]
    assert "acknowledged" in safety.get("/alerts?state=acknowledged").text
    # logging out ends the session
    safety.post("/logout", data={"csrf_token": token})
    assert safety.get("/alerts", follow_redirects=False).status_code == 303


def test_login_refusals_and_sessions(output, users_file, tmp_path):
    client = _client(output, users_file)
    page = client.get("/login")
    token = _csrf(page.text)
    assert client.post("/login", data={"username": "ann", "password": PASSWORD}).status_code == 403  # no CSRF
    for _ in range(5):
        assert client.post("/login", data={"username": "ann", "password": "wrong password!",
                                           "csrf_token": token}).status_code == 401
    assert client.post("/login", data={"username": "ann", "password": PASSWORD,
                                       "csrf_token": token}).status_code == 429  # throttled
    other = _client(output, users_file)
    res = other.post("/login", data={"username": "ann", "password": PASSWORD, "csrf_token": _csrf(
        other.get("/login?next=//evil.example").text), "next": "//evil.example"}, follow_redirects=False)
    assert res.status_code == 303 and res.headers["location"] == "/"  # no open redirect
    assert "httponly" in res.headers["set-cookie"].lower() and "samesite=lax" in res.headers["set-cookie"].lower()
    # a session ends after the idle time
    store = SessionStore(idle_seconds=0.05)
    s = store.new("ann", "analyst")
    assert store.get(s.token) is s
    import time

    time.sleep(0.1)
    assert store.get(s.token) is None
    # a user removed from the users file is out at once
    users = tmp_path / "users.yaml"
    shutil.copy(users_file, users)
    client = _client(output, users)
    _login(client, "ann")
    import yaml

    data = yaml.safe_load(users.read_text())
    del data["users"]["ann"]
    users.write_text(yaml.safe_dump(data))
    assert "ann" not in load_users(users).entries
    assert client.get("/comments", follow_redirects=False).status_code == 303


def test_local_mode_only_on_loopback(output, tmp_path):
    with pytest.raises(BindRefused):
        check_bind("0.0.0.0", None)
    with pytest.raises(BindRefused):
        create_app(output, host="192.168.1.10")
    assert check_bind("127.0.0.1", None) is None and check_bind("::1", None) is None
    res = CliRunner().invoke(cli, ["app", "--host", "0.0.0.0", "--output-dir", str(output)])
    assert res.exit_code == 2 and "users file" in res.output
    # the local user's app answers to loopback names only (no DNS rebinding)
    client = TestClient(create_app(output, local_user="me", refresh_seconds=0), base_url="http://evil.example")
    assert client.get("/").status_code == 400


def test_add_user_command(tmp_path):
    users = tmp_path / "u.yaml"
    runner = CliRunner()
    res = runner.invoke(cli, ["app", "add-user", "lee", "--role", "safety", "--users", str(users), "--password-stdin"],
                        input="a long enough password\n")
    assert res.exit_code == 0, res.output
    assert oct(users.stat().st_mode & 0o777) == "0o600"
    assert "a long enough password" not in users.read_text() and "$argon2id$" in users.read_text()
    assert load_users(users).authenticate("lee", "a long enough password") == "safety"
    assert load_users(users).authenticate("lee", "wrong") is None
    assert runner.invoke(cli, ["app", "add-user", "lee", "--role", "boss", "--users", str(users),
                               "--password-stdin"], input="a long enough password\n").exit_code == 2
    assert runner.invoke(cli, ["app", "add-user", "kim", "--role", "viewer", "--users", str(users),
                               "--password-stdin"], input="short\n").exit_code == 2


def test_logs_carry_no_comment_text(fresh_output, caplog):
    client = TestClient(create_app(fresh_output, local_user="tester", refresh_seconds=0), base_url="http://127.0.0.1")
    with caplog.at_level(logging.DEBUG):
        client.get("/comments", params={"q": PLANTED})
        client.get("/comments.csv", params={"q": PLANTED})
        token = _csrf(client.get("/comment", params={"id": "test:0008"}).text)
        client.post("/comment/correct", data={"csrf_token": token, "id": "test:0008", "sentiment": "negative"})
        client.get("/alerts")
    logged = "\n".join(r.getMessage() for r in caplog.records if r.name.startswith(("cxnlp", "uvicorn")))
    assert "test:0008" in logged and "matched=1" in logged  # ids and counts
    assert PLANTED not in logged and "dangerous" not in logged and "corridor" not in logged


def test_new_output_is_picked_up_and_empty_parts_render(fresh_output):
    from cxnlp.ingest.readers import read_dataset, write_partitioned
    from cxnlp.schema import COMMENTS, to_table

    store = Store(fresh_output)
    assert store.snapshot.n_rows == 120 and store.refresh() is False
    more = read_dataset(fresh_output / "comments", partition="received_month").head(10)
    more["comment_id"] = more["comment_id"] + "-new"
    write_partitioned(to_table(more[COMMENTS.names], COMMENTS), fresh_output / "comments",
                      partition="received_month", basename="second-run")
    assert store.refresh() is True and store.snapshot.n_rows == 130
    shutil.rmtree(fresh_output / "alerts")
    client = TestClient(create_app(fresh_output, local_user="me", refresh_seconds=0), base_url="http://127.0.0.1")
    assert "No alerts here" in client.get("/alerts").text
    assert client.get("/corrections").status_code == 200
