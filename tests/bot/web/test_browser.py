"""The web view in a real browser: headless Chromium from Debian (`chromium`, `chromium-driver`)
driven by Selenium over a real uvicorn server on loopback. It logs in, filters to 👎 answers,
opens a record and checks its citations with page numbers, downloads the CSV and checks its
BOM and separator, and takes the screenshots the README shows.

Nothing downloads a browser or a driver: the paths are Debian's and Selenium Manager is kept
offline. Without Chromium the test is skipped with the reason — unless
LEDELSESBOT_REQUIRE_BROWSER=1 (set by .ci/run), where a missing browser fails the run.
LEDELSESBOT_SCREENSHOT_DIR=docs/img also writes the screenshots there.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bot.config import WebSettings

from audit_fakes import AUDITOR, PASSWORD

CHROMIUM = os.environ.get("LEDELSESBOT_CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("LEDELSESBOT_CHROMEDRIVER", "/usr/bin/chromedriver")
REQUIRED = os.environ.get("LEDELSESBOT_REQUIRE_BROWSER", "").strip().lower() in ("1", "true", "yes")


def _browser_missing() -> str | None:
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium is not installed (pip install -e '.[dev]')"
    for path, package in ((CHROMIUM, "chromium"), (CHROMEDRIVER, "chromium-driver")):
        if not (Path(path).is_file() and os.access(path, os.X_OK)):
            return f"{path} not found: apt-get install -y chromium chromium-driver (Debian package {package})"
    return None


@pytest.fixture
def live_server(stores: Any, accounts: Any, clock: Any) -> Iterator[str]:
    """The app on a real uvicorn server on 127.0.0.1 (a free port), in a thread."""
    import uvicorn

    from bot.web.app import build_app

    writer, reader, _ = stores
    app = build_app(
        reader=reader,
        writer=writer,
        accounts=accounts,
        settings=WebSettings(accounts_location=str(accounts.path)),
        now=clock,
        source_url="https://arkiv.example/offentlig-ledelse/{issue_id}#side-{page}",
    )
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started, "uvicorn did not start"
    yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    server.should_exit = True
    thread.join(timeout=10)
    sock.close()


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[Any]:
    missing = _browser_missing()
    if missing:
        if REQUIRED:
            pytest.fail(f"LEDELSESBOT_REQUIRE_BROWSER is set but {missing}")
        pytest.skip(missing)
    os.environ["SE_OFFLINE"] = "true"  # Selenium Manager must never fetch a browser or a driver
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    downloads = tmp_path / "downloads"
    downloads.mkdir()
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--window-size=1400,1000",
        "--lang=da-DK",
        f"--user-data-dir={tmp_path / 'profile'}",
    ):
        options.add_argument(flag)
    options.add_experimental_option(
        "prefs", {"download.default_directory": str(downloads), "download.prompt_for_download": False}
    )
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(30)
    driver.downloads = downloads  # type: ignore[attr-defined]
    try:
        yield driver
    finally:
        driver.quit()


def _screenshot(driver: Any, tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    # Full page: the window grows to the document's height for the shot.
    driver.set_window_size(1400, 700)
    height = driver.execute_script("return document.documentElement.scrollHeight")
    driver.set_window_size(1400, max(700, min(int(height) + 140, 2400)))
    driver.save_screenshot(str(path))
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    target = os.environ.get("LEDELSESBOT_SCREENSHOT_DIR")
    if target:
        Path(target).mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, Path(target) / name)


def _wait_for_url(driver: Any, test: Any) -> None:
    """Wait (up to 20 s) until the page the last click led to has loaded."""
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(driver, 20, poll_frequency=0.05).until(
        lambda d: test(d.current_url) and d.execute_script("return document.readyState") == "complete"
    )


@pytest.mark.slow
def test_auditor_in_a_real_browser(browser: Any, live_server: str, stores: Any, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    ids = stores[2]
    browser.get(f"{live_server}/poster")
    assert browser.current_url.startswith(f"{live_server}/login"), browser.current_url  # not logged in yet
    browser.find_element(By.ID, "navn").send_keys(AUDITOR)
    browser.find_element(By.ID, "adgangskode").send_keys(PASSWORD)
    browser.find_element(By.CSS_SELECTOR, "form.login button[type=submit]").click()
    _wait_for_url(browser, lambda url: url == f"{live_server}/poster")
    assert browser.find_element(By.ID, "antal").text == "7"
    # the hostile question is text, not markup: no alert, the tags are visible
    assert '<script>alert("x")</script>' in browser.find_element(By.CSS_SELECTOR, "table.records").text
    _screenshot(browser, tmp_path, "audit-list.png")

    browser.find_element(By.CSS_SELECTOR, "input[name=feedback][value=ned]").click()
    browser.find_element(By.CSS_SELECTOR, "form.filters button[type=submit]").click()
    _wait_for_url(browser, lambda url: "feedback=ned" in url)
    assert browser.find_element(By.ID, "antal").text == "1"
    links = browser.find_elements(By.CSS_SELECTOR, "table.records td:first-child a")
    assert [a.text for a in links] == [str(ids["hostile"])]

    links[0].click()
    _wait_for_url(browser, lambda url: url == f"{live_server}/poster/{ids['hostile']}")
    rows = browser.find_elements(By.CSS_SELECTOR, "#citations tbody tr")
    cells = [[td.text for td in row.find_elements(By.TAG_NAME, "td")] for row in rows]
    assert [(c[0], c[1], c[2].split(" ·")[0]) for c in cells] == [
        ("01/2024", "Motivation", "s. 9"),
        ("01/2024", "Seniorledelse", "s. 13"),
    ]
    link = rows[0].find_element(By.LINK_TEXT, "åbn siden")
    assert link.get_attribute("href") == "https://arkiv.example/offentlig-ledelse/offentlig-ledelse-2024-01#side-9"
    _screenshot(browser, tmp_path, "audit-record.png")

    browser.get(f"{live_server}/poster?feedback=ned")
    browser.find_element(By.ID, "export-csv").click()
    deadline = time.monotonic() + 30
    done: list[Path] = []
    while time.monotonic() < deadline:
        done = list(browser.downloads.glob("*.csv"))
        if done and not list(browser.downloads.glob("*.crdownload")):
            break
        time.sleep(0.2)
    assert done, "the CSV was not downloaded"
    data = done[0].read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 byte-order mark for Excel
    header, first = data[3:].decode("utf-8").split("\r\n")[:2]
    assert header.startswith("id;tid (Europe/Copenhagen);status;") and first.startswith(f"{ids['hostile']};")
    assert len(data.decode("utf-8-sig").strip().split("\r\n")) == 3  # header + one row per citation
