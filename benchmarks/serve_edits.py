"""`pamphlet serve`: how long from an edit reaching the server to its new page image shown
in the browser, for 10 edits to the seed (each fit warm-started from the one before), in a
real headless Chromium; printed beside one bare WeasyPrint render of the same HTML.

Run by `make bench`; needs Debian's chromium and chromium-driver (`make test` installs them).
"""

from __future__ import annotations

import http.client
import os
import re
import select
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "sources" / "2019-11-23-coup-in-bolivia.md"
EDITS = 10
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run",
         "--window-size=1400,900"]


def start_server(root: Path) -> tuple[subprocess.Popen, int, str]:
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    process = subprocess.Popen([sys.executable, "-m", "pamphlet", "serve", str(root),
                                "--port", "0"], stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, env=env)
    if not select.select([process.stdout], [], [], 10)[0]:
        raise SystemExit("pamphlet serve printed no URL within 10 s")
    match = re.fullmatch(r"http://127\.0\.0\.1:(\d+)/\?token=([\w-]+)\n",
                         process.stdout.readline().decode())
    return process, int(match[1]), match[2]


def background_idle(port: int, token: str, timeout: float = 300) -> None:
    """Wait until the thumbnails and the book are made (they would share the cores)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        connection.request("GET", "/", headers={"Host": f"127.0.0.1:{port}",
                                                "Cookie": f"pamphlet-{port}={token}"})
        page = connection.getresponse().read().decode()
        if re.search(r'id="book-text"[^>]*>[^<]*(pages|cannot be set)', page):
            return
        time.sleep(1)


def bare_weasyprint(root: Path) -> float:
    """One render of the seed's final HTML by WeasyPrint alone (median of 5, warm)."""
    sys.path.insert(0, str(REPO / "src"))
    import weasyprint
    from weasyprint.text.fonts import FontConfiguration

    from pamphlet.build.batch import run_task
    from pamphlet.build.run import plan_tasks
    from pamphlet.config.workspace import find_workspace
    from pamphlet.load.sources import load_statement
    from pamphlet.render.html import render_html
    from pamphlet.resources import fonts_dir
    from pamphlet.targets import get_target

    workspace = find_workspace(root)
    statement = load_statement(workspace.sources_dir / SEED.name, workspace.config)
    (task,), _ = plan_tasks(workspace, [statement], ["leaflet-a5"], ["screen"])
    fitted = run_task(task).adjustments
    screen = get_target("screen")
    context = task.context.__class__(**{**task.context.__dict__, "target": "screen",
                                        "style": screen.style(workspace.config, None)})
    html = render_html(statement, task.job.layout, context, fitted)
    font_config = FontConfiguration()
    css = [weasyprint.CSS(filename=str(fonts_dir() / "fonts.css"), font_config=font_config)] + [
        weasyprint.CSS(filename=str(path), font_config=font_config)
        for path in task.job.layout.stylesheets]
    times = []
    for _ in range(6):
        started = time.perf_counter()
        weasyprint.HTML(string=html, base_url=str(root / "sources")).write_pdf(
            stylesheets=css, font_config=font_config, pdf_variant="pdf/ua-1")
        times.append(time.perf_counter() - started)
    return statistics.median(times[1:])


def main() -> None:
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
        from selenium.webdriver.support.ui import WebDriverWait
    except ImportError:
        raise SystemExit("serve benchmark: selenium is not installed (pip install -e '.[test]')")
    if not Path("/usr/bin/chromedriver").is_file():
        raise SystemExit("serve benchmark: no /usr/bin/chromedriver (make test installs it)")
    with tempfile.TemporaryDirectory() as temp:
        root = Path(temp) / "ws"
        (root / "sources").mkdir(parents=True)
        shutil.copy(REPO / "pamphlet.toml", root)
        shutil.copy(SEED, root / "sources")
        process, port, token = start_server(root)
        options = webdriver.ChromeOptions()
        options.binary_location = "/usr/bin/chromium"
        for flag in [*FLAGS, f"--user-data-dir={temp}/chromium"]:
            options.add_argument(flag)
        driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
        try:
            driver.get(f"http://127.0.0.1:{port}/?token={token}")
            background_idle(port, token)
            driver.get(f"http://127.0.0.1:{port}/edit/{SEED.name}")
            wait = WebDriverWait(driver, 120, poll_frequency=0.02)

            def settled(d):
                return d.execute_script(
                    "const p = document.querySelector('#pages');"
                    "return p.querySelectorAll('img').length > 0 && "
                    "!p.classList.contains('stale') && document.querySelector('#report')"
                    ".textContent.includes('as pamphlet build sets it')")

            wait.until(settled)
            textarea = driver.find_element("id", "text")
            words = ["Again, ", "In truth, ", "Plainly, ", "Today, ", "Still, ", "Yet ",
                     "Above all, ", "Once more, ", "Now, ", "So "]
            for number, word in enumerate(words[:EDITS], 1):
                anchor = ["Thousands of", "Morales used", "In 2016", "The courts",
                          "Without a"][number % 5]
                driver.execute_script(
                    "const t = document.getElementById('text'); const i = "
                    f"t.value.indexOf('{anchor}'); t.focus(); t.setSelectionRange(i, i);")
                textarea.send_keys(word)
                wait.until(lambda d: d.execute_script(
                    f"return window.pamphletTimings.some(t => t.version === {number})"))
                wait.until(settled)  # the writer reads; the exact pass is done
            timings = driver.execute_script("return window.pamphletTimings")
        finally:
            driver.quit()
            process.terminate()
            process.wait(10)
        first = {}
        for timing in timings:  # the first pages shown for each edit
            first.setdefault(timing["version"], timing)
        served = [(t["shown"] - t["received"]) / 1000 for t in first.values()]
        typed = [(t["shown"] - t["typed"]) / 1000 for t in first.values()]
        bare = bare_weasyprint(root)
    median, median_typed = statistics.median(served), statistics.median(typed)
    print(f"{'serve: edit at the server → page shown (s)':<44} {median:6.2f}   median of "
          f"{len(served)} edits (max {max(served):.2f} s); bare WeasyPrint render of the same "
          f"HTML {bare:.3f} s   target <= 0.5 s")
    print(f"{'serve: keystroke → page shown (s)':<44} {median_typed:6.2f}   including the "
          f"250 ms typing pause (max {max(typed):.2f} s)   target <= 1.0 s")


if __name__ == "__main__":
    main()
