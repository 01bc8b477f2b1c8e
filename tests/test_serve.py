"""``pamphlet serve``: one server for the module, asked over plain HTTP (the guard, the
workspace page as served, saves from two tabs) and driven in a real headless Chromium
(typing, pages that change, errors with their lines, two browsers at once)."""

from __future__ import annotations

import http.client
import io
import http.server
import json
import os
import re
import select
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
from PIL import Image

from conftest import REPO, SEED, pdf_text, statement

CHROMIUM, CHROMEDRIVER = Path("/usr/bin/chromium"), Path("/usr/bin/chromedriver")
SEED_NAME = "2019-11-23-coup-in-bolivia.md"
OTHER_NAME = "2024-05-01-depot-closure.md"


def _no_browser_reason() -> str:
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium is not installed (pip install -e '.[test]')"
    if not (CHROMIUM.is_file() and CHROMEDRIVER.is_file()):
        return ("no Chromium here: `make test` installs Debian's chromium and "
                "chromium-driver (as root, with apt-get)")
    return ""


needs_browser = pytest.mark.skipif(bool(_no_browser_reason()), reason=_no_browser_reason())


@dataclass
class Served:
    root: Path
    port: int
    token: str
    process: subprocess.Popen
    url_after_s: float

    def request(self, method: str, path: str, body: bytes | None = None,
                headers: dict | None = None, cookie: bool = True) -> http.client.HTTPResponse:
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        sent = {"Host": f"127.0.0.1:{self.port}", **(headers or {})}
        if cookie:
            sent["Cookie"] = f"pamphlet-{self.port}={self.token}"
        connection.request(method, path, body=body, headers=sent)
        response = connection.getresponse()
        response.text = response.read().decode("utf-8", "replace")
        connection.close()
        return response

    def post_json(self, path: str, data: dict, **options) -> dict:
        response = self.request("POST", path, json.dumps(data).encode(),
                                {"Content-Type": "application/json",
                                 "Origin": f"http://127.0.0.1:{self.port}"}, **options)
        assert response.status == 200, response.text
        return json.loads(response.text)


def _depot_statement() -> str:
    paragraph = ("The company wants to close the bus depot on Station Road and move every "
                 "driver to the far side of the city, adding an hour to each shift. ")
    return statement("Keep the Station Road depot open", "\n\n".join([paragraph * 5] * 3),
                     demands=["No closure without a vote", "Keep the depot open"],
                     date="2024-05-01", lang="en")


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    root = tmp_path_factory.mktemp("serve-ws")
    (root / "sources").mkdir()
    shutil.copy(REPO / "pamphlet.toml", root / "pamphlet.toml")
    shutil.copy(SEED, root / "sources" / SEED_NAME)
    (root / "sources" / OTHER_NAME).write_text(_depot_statement())
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    started = time.monotonic()
    process = subprocess.Popen([sys.executable, "-m", "pamphlet", "serve", str(root),
                                "--port", "0"], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, env=env, cwd=root)
    ready, _, _ = select.select([process.stdout], [], [], 10)
    assert ready, "no URL printed within 10 s"
    line = process.stdout.readline().decode()
    took = time.monotonic() - started
    match = re.fullmatch(r"http://127\.0\.0\.1:(\d+)/\?token=([\w-]+)\n", line)
    assert match, line
    yield Served(root, int(match[1]), match[2], process, took)
    process.terminate()
    try:
        process.wait(10)
    except subprocess.TimeoutExpired:
        process.kill()


def test_the_url_comes_alone_on_its_line_within_ten_seconds(served):
    assert served.url_after_s < 10


def test_without_the_token_nothing_is_served(served):
    for path in ("/", f"/edit/{SEED_NAME}", f"/thumb/{SEED_NAME}.png", "/static/editor.js"):
        response = served.request("GET", path, cookie=False)
        assert response.status == 403, path
        assert "On the coup" not in response.text and "token" in response.text
    wrong = served.request("GET", "/?token=not-the-token", cookie=False)
    assert wrong.status == 403
    saved = served.request("POST", "/api/save", b'{"name": "x.md", "text": "", "base": ""}',
                           {"Content-Type": "application/json"}, cookie=False)
    assert saved.status == 403


def test_the_token_becomes_a_cookie_and_leaves_the_address(served):
    response = served.request("GET", f"/?token={served.token}", cookie=False)
    assert response.status == 303 and response.getheader("location") == "/"
    cookie = response.getheader("set-cookie")
    assert cookie.startswith(f"pamphlet-{served.port}={served.token};")
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie


def test_a_foreign_host_or_a_cross_site_origin_is_refused(served):
    for host in ("evil.example:%d" % served.port, "127.0.0.1.nip.io:%d" % served.port,
                 "127.0.0.1:1", ""):
        response = served.request("GET", "/", headers={"Host": host})
        assert response.status == 403, host
        assert "Workers" not in response.text
    cross = served.request("POST", "/new", b"title=Evil", {
        "Origin": "http://127.0.0.1:9", "Content-Type": "application/x-www-form-urlencoded"})
    assert cross.status == 403
    fetched = served.request("GET", "/", headers={"Sec-Fetch-Site": "cross-site"})
    assert fetched.status == 403
    assert sorted(p.name for p in (served.root / "sources").iterdir()) == sorted(
        [SEED_NAME, OTHER_NAME])


def test_the_workspace_page_is_complete_html(served):
    response = served.request("GET", "/")
    assert response.status == 200
    page = response.text
    assert "script-src 'self'" in response.getheader("content-security-policy")
    assert response.getheader("x-frame-options") == "DENY"
    for words in ("On the coup in Bolivia", "23 November 2019", "Keep the Station Road depot "
                  "open", "1 May 2024", "leaflet-a5", "statement-a4", "not built yet",
                  f'/thumb/{SEED_NAME}.png', 'action="/new"', "The collection"):
        assert words in page, words
    thumb = served.request("GET", f"/thumb/{SEED_NAME}.png")
    assert thumb.status == 200 and thumb.getheader("content-type") == "image/png"
    image = Image.open(io.BytesIO(_bytes(served, f"/thumb/{SEED_NAME}.png"))).convert("RGB")
    assert max(image.size) == 300 and image.size[1] > image.size[0]
    red = image.getpixel((image.size[0] // 2, 4))  # the masthead's brand-colour band
    assert red[0] > 180 and red[1] < 90


def test_the_workspace_page_gives_the_collections_page_count(served):
    """Once the background worker has set the book, the page as served says how many
    pages it has, and the download has that many."""
    deadline, said = time.monotonic() + 300, None
    while time.monotonic() < deadline:
        said = re.search(r'id="book-text" class="book-text">(\d+) statements, (\d+) pages',
                         served.request("GET", "/").text)
        if said:
            break
        time.sleep(1)
    assert said, "the collection's page count never appeared"
    from pypdf import PdfReader

    book = PdfReader(io.BytesIO(_bytes(served, "/download/collection.pdf")))
    assert int(said[1]) == 2 and int(said[2]) == len(book.pages)


def _bytes(served: Served, path: str) -> bytes:
    connection = http.client.HTTPConnection("127.0.0.1", served.port, timeout=120)
    connection.request("GET", path, headers={"Host": f"127.0.0.1:{served.port}",
                                             "Cookie": f"pamphlet-{served.port}={served.token}"})
    data = connection.getresponse().read()
    connection.close()
    return data


def test_two_saves_from_two_tabs_never_lose_either_text(served):
    path = served.root / "sources" / OTHER_NAME
    original = path.read_text()
    base = _editor_base(served, OTHER_NAME)
    first = original.replace("No closure without a vote", "No closure without a ballot")
    second = original.replace("Keep the depot open", "Keep every depot open")
    one = served.post_json("/api/save", {"name": OTHER_NAME, "text": first, "base": base})
    assert one["saved"] and one["base"] != base
    two = served.post_json("/api/save", {"name": OTHER_NAME, "text": second, "base": base})
    assert not two["saved"] and two["kept"].startswith("conflicts/")
    assert two["disk_text"] == first and two["disk_base"] == one["base"]
    assert path.read_text() == first
    assert (served.root / two["kept"]).read_text() == second
    restored = served.post_json("/api/save", {"name": OTHER_NAME, "text": original,
                                              "base": one["base"]})
    assert restored["saved"] and path.read_text() == original
    assert not list(path.parent.glob(".*.part"))


def _editor_base(served: Served, name: str) -> str:
    page = served.request("GET", f"/edit/{name}").text
    state = re.search(r'<script id="state" type="application/json">(.*?)</script>', page)
    return json.loads(state[1])["base"]


def test_the_editor_page_escapes_the_text(served):
    path = served.root / "sources" / "2024-06-01-escape.md"
    path.write_text(statement("Escape </textarea><script>alert(1)</script>",
                              "Body </script><b>bold</b>", demands=["Now"]))
    try:
        page = served.request("GET", f"/edit/{path.name}").text
        assert "<script>alert(1)" not in page and "</textarea><script>" not in page
        assert "&lt;/textarea&gt;&lt;script&gt;" in page
        assert served.request("GET", "/edit/..%2Fpamphlet.toml").status == 404
    finally:
        path.unlink()


# In the browser

CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run",
                  "--window-size=1400,900"]


def open_browser(served: Served):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in [*CHROMIUM_FLAGS, f"--user-data-dir={tempfile.mkdtemp(prefix='chromium-')}"]:
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    driver.set_page_load_timeout(60)
    driver.get(f"http://127.0.0.1:{served.port}/?token={served.token}")
    return driver


@pytest.fixture(scope="module")
def browser(served):
    driver = open_browser(served)
    yield driver
    driver.quit()


def wait(driver, condition, timeout: float = 60, message: str = ""):
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, timeout, poll_frequency=0.1).until(condition, message)


def page_sources(driver) -> list[str]:
    return driver.execute_script(
        "return [...document.querySelectorAll('#pages img')].map(i => i.src)")


def settled(driver) -> bool:
    """Pages shown for the newest text, set exactly (as the build sets it)."""
    return driver.execute_script(
        "const p = document.querySelector('#pages');"
        "return p.querySelectorAll('img').length > 0 && !p.classList.contains('stale') &&"
        " document.querySelector('#report').textContent.includes('as pamphlet build sets it')")


def put_cursor(driver, javascript_index: str) -> None:
    driver.execute_script(f"const t = document.getElementById('text'); const i = "
                          f"{javascript_index}; t.focus(); t.setSelectionRange(i, i);")


def open_editor(driver, served: Served, name: str) -> None:
    driver.get(f"http://127.0.0.1:{served.port}/edit/{name}")
    wait(driver, settled, message=f"{name} never set")


@needs_browser
def test_type_a_demand_and_watch_the_leaflet_change(served, browser):
    browser.get(f"http://127.0.0.1:{served.port}/")
    titles = [e.text for e in browser.find_elements("css selector", ".card h2 a")]
    assert "On the coup in Bolivia" in titles
    browser.find_element("link text", "On the coup in Bolivia").click()
    wait(browser, settled, message="the seed never set")
    before = page_sources(browser)
    assert len(before) == 2
    textarea = browser.find_element("id", "text")
    put_cursor(browser, "t.value.lastIndexOf('\\n:::')")
    textarea.send_keys("\n\nZebra crossings outside every school")
    wait(browser, lambda d: page_sources(d) != before and settled(d), message="no new pages")
    assert "Unsaved changes" in browser.find_element("id", "save-state").text

    # Break the front matter: the error names its line, the last good pages stay.
    good = page_sources(browser)
    put_cursor(browser, "t.value.indexOf('2019-11-23') + 10")
    textarea.send_keys("x")
    wait(browser, lambda d: "Not set" in d.find_element("id", "report").text,
         message="no error shown")
    problem = browser.find_element("css selector", "#problems .k-error")
    line = problem.find_element("css selector", ".line-link")
    assert line.text == "line 3" and "front matter 'date'" in problem.text
    assert page_sources(browser) == good
    assert "bad" in browser.find_element("css selector", "#gutter div:nth-child(3)") \
        .get_attribute("class")
    line.click()
    selected = browser.execute_script(
        "const t = document.getElementById('text');"
        "return t.value.slice(t.selectionStart, t.selectionEnd)")
    assert selected == "date: 2019-11-23x"
    put_cursor(browser, "t.value.indexOf('2019-11-23x') + 11")
    textarea.send_keys("\b")
    wait(browser, lambda d: settled(d) and "Not set" not in d.find_element("id", "report").text)

    # Save, find it on disk, and download the build of it.
    browser.find_element("id", "save").click()
    wait(browser, lambda d: d.find_element("id", "save-state").text == "Saved")
    saved = (served.root / "sources" / SEED_NAME).read_text()
    assert "\n\nZebra crossings outside every school\n:::" in saved
    assert saved.startswith("---\ntitle: On the coup in Bolivia\n")
    browser.find_element("css selector", "button.download[data-target='screen']").click()
    built = served.root / "build" / "2019-11-23-coup-in-bolivia.leaflet-a5.screen.pdf"
    wait(browser, lambda d: built.is_file(), message="no build")
    text = pdf_text(built).upper()  # the slogan block is set in capitals
    assert "ZEBRA CROSSINGS OUTSIDE EVERY SCHOOL" in text
    assert text.index("DOWN WITH THE COUP REGIME") < text.index("ZEBRA CROSSINGS") \
        < text.index("PUBLISHED BY")


@needs_browser
def test_two_browsers_on_two_statements_both_update(served, browser):
    other = open_browser(served)
    try:
        open_editor(browser, served, SEED_NAME)
        open_editor(other, served, OTHER_NAME)
        before = {id(d): page_sources(d) for d in (browser, other)}
        for driver, anchor in ((browser, "Thousands of"), (other, "The company")):
            put_cursor(driver, f"t.value.indexOf('{anchor}')")
            driver.find_element("id", "text").send_keys("Plainly, ")
        for driver in (browser, other):
            wait(driver, lambda d: page_sources(d) != before[id(d)] and settled(d),
                 message="one browser never updated")
    finally:
        other.quit()


@needs_browser
def test_a_page_the_edit_left_as_it_was_stays_on_screen_unfetched(served, browser):
    open_editor(browser, served, SEED_NAME)
    front, back = page_sources(browser)
    browser.execute_script("document.querySelector('#pages img').dataset.kept = 'yes'")
    put_cursor(browser, "t.value.indexOf('Down with the coup regime') + 25")
    browser.find_element("id", "text").send_keys("!")  # a demand on the back, one character
    wait(browser, lambda d: page_sources(d)[1] != back and settled(d),
         message="the back never changed")
    assert page_sources(browser)[0] == front
    assert browser.execute_script(  # the very image shown before: not fetched, not decoded
        "return document.querySelector('#pages img').dataset.kept") == "yes"


@needs_browser
def test_a_change_on_disk_shows_up_and_a_stale_save_keeps_both(served, browser):
    path = served.root / "sources" / OTHER_NAME
    open_editor(browser, served, OTHER_NAME)
    before = page_sources(browser)
    path.write_text(path.read_text().replace("Keep the depot open", "Keep the depot open "
                                             "for good"))
    wait(browser, lambda d: "for good" in d.find_element("id", "text").get_attribute("value"),
         message="the change on disk never showed")
    wait(browser, lambda d: page_sources(d) != before and settled(d),
         message="the pages never showed the change on disk")
    # Unsaved text here, another change on disk: nothing overwritten, both kept.
    put_cursor(browser, "t.value.indexOf('The company')")
    browser.find_element("id", "text").send_keys("Again: ")
    path.write_text(path.read_text().replace("No closure", "No closure at all"))
    wait(browser, lambda d: "changed on disk while you have unsaved changes"
         in d.find_element("id", "banner").text,
         message="no warning of the second change on disk")
    assert "Again: The company" in browser.find_element("id", "text").get_attribute("value")
    browser.find_element("id", "save").click()
    wait(browser, lambda d: "conflicts/" in d.find_element("id", "banner").text,
         message="the stale save was not kept aside")
    kept = sorted((served.root / "conflicts").glob(f"{path.stem}.*.md"))
    assert any("Again: The company" in k.read_text() for k in kept)
    assert "No closure at all" in path.read_text() and "Again:" not in path.read_text()


@needs_browser
def test_a_save_that_beats_the_watcher_keeps_its_warning(served, browser):
    """A save made before the watcher has told the page of a change on disk keeps the text
    aside and says where; the watcher's later word of that same change leaves it said."""
    path = served.root / "sources" / OTHER_NAME
    original = path.read_text()
    open_editor(browser, served, OTHER_NAME)
    try:
        put_cursor(browser, "t.value.indexOf('The company')")
        browser.find_element("id", "text").send_keys("Before the watcher: ")
        path.write_text(original.replace("No closure", "No closure, ever"))
        browser.find_element("id", "save").click()  # before the watcher has spoken
        wait(browser, lambda d: "conflicts/" in d.find_element("id", "banner").text,
             message="the stale save was not kept aside")
        time.sleep(3)  # the watcher reports the change on disk meanwhile
        assert "conflicts/" in browser.find_element("id", "banner").text
        kept = sorted((served.root / "conflicts").glob(f"{path.stem}.*.md"))
        assert any("Before the watcher: The company" in k.read_text() for k in kept)
    finally:
        path.write_text(original)


@needs_browser
def test_two_tabs_saving_the_same_statement_keep_both_texts(served, browser):
    """Two tabs on one file, each with its own words: the first save writes the file, the
    second (against the version it loaded) overwrites nothing and keeps its text aside."""
    path = served.root / "sources" / OTHER_NAME
    original = path.read_text()
    open_editor(browser, served, OTHER_NAME)
    first = browser.current_window_handle
    browser.switch_to.new_window("tab")
    second = browser.current_window_handle
    try:
        open_editor(browser, served, OTHER_NAME)
        for handle, words in ((first, "From the first tab: "), (second, "From the second tab: ")):
            browser.switch_to.window(handle)
            put_cursor(browser, "t.value.indexOf('The company')")
            browser.find_element("id", "text").send_keys(words)
        browser.switch_to.window(first)
        browser.find_element("id", "save").click()
        wait(browser, lambda d: d.find_element("id", "save-state").text == "Saved",
             message="the first tab never saved")
        assert "From the first tab: " in path.read_text()
        browser.switch_to.window(second)
        browser.find_element("id", "save").click()
        wait(browser, lambda d: "conflicts/" in d.find_element("id", "banner").text,
             message="the second save did not keep its text aside")
        on_disk = path.read_text()
        assert "From the first tab: " in on_disk and "From the second tab: " not in on_disk
        kept = [k.read_text() for k in (served.root / "conflicts").glob(f"{path.stem}.*.md")]
        # (where a background tab's caret lands is the browser's business; the words are ours)
        assert any("From the second tab: " in k and "first tab" not in k for k in kept)
        assert "From the second tab: " in browser.find_element("id", "text").get_attribute(
            "value")  # and the tab still shows it
    finally:
        browser.switch_to.window(second)
        browser.close()
        browser.switch_to.window(first)
        path.write_text(original)


@needs_browser
def test_another_local_page_cannot_use_the_cookie(served, browser, tmp_path):
    (tmp_path / "index.html").write_text(
        f'<form id="f" method="post" action="http://127.0.0.1:{served.port}/new">'
        '<input name="title" value="Planted by another page"></form>'
        '<script>document.getElementById("f").submit()</script>')
    handler = lambda *a: http.server.SimpleHTTPRequestHandler(*a, directory=str(tmp_path))
    other = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=other.serve_forever, daemon=True).start()
    try:
        browser.get(f"http://127.0.0.1:{served.port}/")  # the cookie is set
        browser.get(f"http://127.0.0.1:{other.server_address[1]}/index.html")
        wait(browser, lambda d: "Not allowed" in d.page_source, message="the post went through")
        assert not list((served.root / "sources").glob("*planted*"))
    finally:
        other.shutdown()


def test_a_render_past_its_budget_or_a_hostile_text_costs_that_request_only(served):
    import asyncio

    from pamphlet.serve.worker import RenderWorker, WorkerFailed

    text = SEED.read_text()
    hostile = text.replace("::: demands", "> " * 5000 + "deep\n\n::: demands")

    async def go():
        worker = RenderWorker("test")
        worker.start()
        try:
            args = (str(served.root), SEED_NAME, text, "leaflet-a5", "screen", None, False)
            with pytest.raises(WorkerFailed, match="longer than 0.01 s"):
                await worker.call("preview", *args, budget_s=0.01)
            refused = await worker.call("preview", str(served.root), SEED_NAME, hostile,
                                        "leaflet-a5", "screen", None, False, budget_s=120)
            line = text.split("\n").index("::: demands") + 1  # where the deep quote now is
            assert not refused.ok and refused.problems[0].line == line
            assert "nests blockquotes" in refused.problems[0].message
            fine = await worker.call("preview", *args, budget_s=120)
            assert fine.ok and fine.page_count == 2 and len(fine.pages) == 2
            assert worker.starts == 2
        finally:
            worker.stop()

    asyncio.run(go())


def test_an_arabic_statement_is_edited_right_to_left(served):
    path = served.root / "sources" / "2024-06-02-arabic.md"
    path.write_text(statement("لا للحرب", "نص البيان القصير.", demands=["الخبز والحرية"],
                              lang="ar"))
    try:
        page = served.request("GET", f"/edit/{path.name}").text
        assert re.search(r'<textarea id="text" dir="rtl"', page)
        seed = served.request("GET", f"/edit/{SEED_NAME}").text
        assert re.search(r'<textarea id="text" dir="ltr"', seed)
    finally:
        path.unlink()
