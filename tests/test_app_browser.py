"""The web app end to end in Debian's Chromium (Selenium): log in, filter, open comments from a
chart, search as you type, correct a label and see it in the corrections table, acknowledge an
alert; every page's screenshot is not blank and the browser logs no error."""
from __future__ import annotations

import socket
import threading
import time
from pathlib import Path

import numpy as np
import pytest
from app_testdata import make_output

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
PASSWORD = "correct horse battery"

pytestmark = pytest.mark.skipif(not (CHROMIUM.exists() and CHROMEDRIVER.exists()),
                                reason="needs Debian chromium + chromium-driver (make browser)")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    import uvicorn

    from cxnlp.app.auth import add_user
    from cxnlp.app.server import create_app

    work = tmp_path_factory.mktemp("browser")
    make_output(work / "tagged")
    users = work / "users.yaml"
    add_user(users, "ada", "admin", PASSWORD)
    app = create_app(work / "tagged", users_file=users, host="127.0.0.1", refresh_seconds=0)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", access_log=False))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not srv.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert srv.started
    yield f"http://127.0.0.1:{port}", work
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = str(CHROMIUM)
    # under pytest's own temporary root, which it prunes, not a folder left in /tmp on every run
    profile = tmp_path_factory.mktemp("chromium-profile")
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--no-first-run",
                 "--window-size=1300,1000", f"--user-data-dir={profile}"):
        opts.add_argument(flag)
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=opts)
    driver.implicitly_wait(0)
    yield driver
    driver.quit()


def _wait(driver, condition, timeout: float = 10.0):
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, timeout).until(condition)


def _check_page(driver, png: Path) -> None:
    """No JavaScript error so far, and a screenshot that is not blank."""
    from PIL import Image

    errors = [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]
    assert errors == [], errors
    driver.save_screenshot(str(png))
    img = np.asarray(Image.open(png).convert("L"), dtype=float)
    assert img.std() > 10, f"{png.name} looks blank"


def test_analyst_and_safety_journeys(server, browser, tmp_path):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    from cxnlp.analytics.alert_queue import read_events
    from cxnlp.app.corrections import read_corrections

    base, work = server
    d = browser
    # log in
    d.get(base + "/")
    _wait(d, lambda drv: "/login" in drv.current_url)
    d.find_element(By.NAME, "username").send_keys("ada")
    d.find_element(By.NAME, "password").send_keys(PASSWORD)
    d.find_element(By.CSS_SELECTOR, "#login button").click()
    _wait(d, lambda drv: drv.find_elements(By.ID, "basis"))
    _check_page(d, tmp_path / "login-overview.png")

    # filter the overview; the charts are redrawn for the filter
    Select(d.find_element(By.CSS_SELECTOR, "#filters select[name=sentiment]")).select_by_value("negative")
    d.find_element(By.CSS_SELECTOR, "#filters button[type=submit]").click()
    _wait(d, lambda drv: "sentiment=negative" in drv.current_url)
    _wait(d, lambda drv: len(drv.find_elements(By.CSS_SELECTOR, ".chart .main-svg")) >= 6)
    assert "Based on 30 tagged comments" in d.find_element(By.ID, "basis").text
    _check_page(d, tmp_path / "overview.png")

    # open the comments behind a bar of the pillar chart
    bars = d.find_elements(By.CSS_SELECTOR, "#fig-pillars .bars .point path")
    bar = max(bars, key=lambda b: b.size["height"])
    ActionChains(d).move_to_element(bar).click().perform()
    _wait(d, lambda drv: "/comments?" in drv.current_url and "pillar=" in drv.current_url)
    assert "sentiment=negative" in d.current_url  # the page's filters come along
    assert int(d.find_element(By.ID, "total").text.replace(",", "")) > 0

    # search as you type (htmx swaps the results in)
    d.get(base + "/comments")
    box = d.find_element(By.ID, "q")
    box.send_keys("corridor")
    _wait(d, lambda drv: "q=corridor" in drv.current_url)
    _wait(d, lambda drv: drv.find_element(By.ID, "total").text == "15")
    assert all("corridor" in t.text for t in d.find_elements(By.CSS_SELECTOR, "#results article .text"))
    _check_page(d, tmp_path / "comments.png")

    # correct a label, see it on the comment and in the corrections table
    d.get(base + "/comment?id=test:0002")
    d.find_element(By.CSS_SELECTOR, "#correct input[name=pitfalls][value=tone]").click()
    d.find_element(By.CSS_SELECTOR, "#correct button[type=submit]").click()
    _wait(d, lambda drv: drv.find_elements(By.ID, "saved"))
    assert "pitfalls" in d.find_element(By.ID, "history").text
    _check_page(d, tmp_path / "comment.png")
    d.get(base + "/corrections")
    table = d.find_element(By.ID, "corrections-table").text
    assert "test:0002" in table and "ada" in table and "tone" in table
    _check_page(d, tmp_path / "corrections.png")
    corr = read_corrections(work / "tagged")
    assert corr[["comment_id", "field", "by"]].values.tolist() == [["test:0002", "pitfalls", "ada"]]

    # acknowledge the first open alert
    d.get(base + "/alerts")
    first = d.find_element(By.CSS_SELECTOR, "article.alert")
    cid = first.get_attribute("data-id")
    first.find_element(By.CSS_SELECTOR, "form.ack input[name=note]").send_keys("rang the ward")
    first.find_element(By.CSS_SELECTOR, "form.ack button").click()
    _wait(d, lambda drv: drv.find_elements(By.ID, "done"))
    assert "acknowledged" in d.find_element(By.ID, "done").text
    _check_page(d, tmp_path / "alerts.png")
    ev = read_events(work / "tagged")
    assert ev[["comment_id", "action", "by", "note"]].values.tolist() == [[cid, "ack", "ada", "rang the ward"]]
