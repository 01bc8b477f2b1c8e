"""pamphlet's benchmark: `make bench`. Prints each measure as a ratio with the medians behind it.

Statements are generated here, never committed. What is measured so far:

- one warm leaflet through pamphlet (fit cached) against bare WeasyPrint on the same HTML;
- copyfit: renders per fit, and a fitted build against a cached one;
- copyfit over the tests' generated corpus (tests/corpus.py: 30 statements, 50 to 2,500
  words, five languages) in every leaflet and A4 layout: renders per fit;
- the print target (PDF/X, CMYK, marks) against the screen target for the same leaflet;
- a batch of leaflets with 2 workers against 1 worker (cold: every statement fitted);
- a no-op rebuild of the batch (in process, and through the CLI), and a one-statement rebuild;
- `pamphlet --help` wall time;
- the same 100 leaflets and 100-statement book set by Typst, as the outside reference;
- which font subsetter WeasyPrint uses;
- what the checks that make a workspace safe to share cost a cached leaflet build
  (hardening.py), in ms.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPEATS = 5
HERE = Path(__file__).resolve().parent


def median_seconds(action, repeats: int = REPEATS) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def make_workspace(folder: Path, count: int) -> Path:
    """A workspace of ``count`` generated statements of leaflet length."""
    (folder / "sources").mkdir(parents=True)
    (folder / "pamphlet.toml").write_text(
        '[organisation]\nname = "Benchmark Branch"\n'
        '[imprint]\npromoter = "B. Mark, 1 Test Road"\nprinter = "Quick Print"\n')
    paragraph = ("The council has cut the bus routes that workers on the early shift depend "
                 "on, and the company has answered every complaint with a form letter. ")
    for number in range(count):
        body = "\n\n".join([paragraph * (4 + number % 3)] * 3)
        (folder / f"sources/s{number:04d}.md").write_text(
            f"---\ntitle: Statement number {number}\ndate: 2024-01-{1 + number % 28:02d}\n---\n\n"
            f"{body}\n\n::: demands\n- Restore the routes\n- No cuts\n:::\n")
    return folder


def row(name: str, ratio: float, detail: str, target: str = "") -> None:
    print(f"{name:<44} {ratio:6.2f}   {detail}{'   target ' + target if target else ''}")


BATCH = 100
#: Collection sizes to build; 1,000 statements take minutes: `run.py --quick` skips them.
BOOK_SIZES = (100,) if "--quick" in sys.argv else (100, 1000)


def batch(count: int) -> None:
    """Many statements: parallel speed-up, no-op and one-statement rebuilds."""
    import shutil

    from pamphlet.build.run import build
    from pamphlet.config.workspace import find_workspace

    with tempfile.TemporaryDirectory() as temp:
        one = make_workspace(Path(temp) / "one", count)
        two = Path(temp) / "two"
        shutil.copytree(one, two)
        start = time.perf_counter()
        report = build(find_workspace(one), jobs=1)
        t_one = time.perf_counter() - start
        start = time.perf_counter()
        build(find_workspace(two), jobs=2)
        t_two = time.perf_counter() - start
        assert report.ok, report.failed[:3]
        row(f"{count} leaflets: 2 workers / 1 worker", t_two / t_one,
            f"{t_two:.1f} s / {t_one:.1f} s", "<= 0.55")
        t_noop = median_seconds(lambda: build(find_workspace(one), jobs=2), repeats=3)
        row(f"no-op rebuild of {count} (s, in process)", t_noop, f"{t_noop:.2f} s", "<= 0.5 s")
        t_cli = median_seconds(lambda: subprocess.run(
            [sys.executable, "-m", "pamphlet", "build"], cwd=one, check=True,
            capture_output=True), repeats=3)
        row(f"no-op rebuild of {count} (s, CLI wall time)", t_cli, f"{t_cli:.2f} s")
        source = one / "sources/s0007.md"

        def one_changed():
            source.write_text(source.read_text().replace("No cuts", "No cuts at all")
                              .replace("No cuts at all at all", "No cuts"))
            build(find_workspace(one), jobs=2)

        t_single = median_seconds(one_changed, repeats=3)
        row(f"one statement changed among {count} (s)", t_single, f"{t_single:.2f} s")


def corpus_fits(every: int = 1) -> None:
    """The tests' generated corpus (every ``every``-th statement) in the leaflets and the
    A4 statement, cold: the average renders per fit of what builds (a statement a layout
    refuses, too long or too short for it, is not a fit)."""
    from collections import Counter

    sys.path.insert(0, str(HERE.parent / "tests"))
    import corpus

    from pamphlet.build.run import build
    from pamphlet.config.workspace import find_workspace

    sources = corpus.corpus()[::every]
    with tempfile.TemporaryDirectory() as temp:
        root = Path(temp) / "ws"
        (root / "sources").mkdir(parents=True)
        (root / "pamphlet.toml").write_text(corpus.CONFIG)
        for source in sources:
            (root / "sources" / source.name).write_text(source.markdown, encoding="utf-8")
        start = time.perf_counter()
        report = build(find_workspace(root), jobs=2)
        seconds = time.perf_counter() - start
    renders = [built.renders for built in report.built]
    spread = ", ".join(f"{n}: {count}" for n, count in sorted(Counter(renders).items()))
    row(f"corpus of {len(sources)}, 3 layouts: renders per fit", sum(renders) / len(renders),
        f"{len(renders)} fits ({len(report.failed)} refused), renders {{{spread}}}, "
        f"{seconds:.0f} s with 2 workers", "<= 3")


def typst_reference(count: int) -> None:
    """The same leaflets and book set by Typst, against pamphlet (one worker, cold)."""
    from typst_reference import book_source, compile_file, leaflet_source

    from pamphlet.build.run import build
    from pamphlet.collection.manifest import build_collection
    from pamphlet.config.workspace import find_workspace
    from pamphlet.resources import fonts_dir
    from pamphlet.load.sources import load_all

    with tempfile.TemporaryDirectory() as temp:
        root = make_workspace(Path(temp) / "ws", count)
        workspace = find_workspace(root)
        statements, _ = load_all(workspace.source_paths(), workspace.config)
        texts = [(s.title, s.date.isoformat(), s.body.strip().split("\n\n"), list(s.demands))
                 for s in statements]
        start = time.perf_counter()
        for number, text in enumerate(texts):
            compile_file(leaflet_source(*text), Path(temp), f"l{number}", fonts_dir())
        t_typst = time.perf_counter() - start
        start = time.perf_counter()
        build(workspace, jobs=1)
        t_pamphlet = time.perf_counter() - start
        row(f"{count} leaflets: pamphlet / Typst (1 process)", t_pamphlet / t_typst,
            f"{t_pamphlet:.1f} s / {t_typst:.1f} s")
        start = time.perf_counter()
        compile_file(book_source(texts), Path(temp), "book", fonts_dir())
        t_typst_book = time.perf_counter() - start
        start = time.perf_counter()
        build_collection(workspace, out_path=root / "book.pdf", jobs=1)
        t_book = time.perf_counter() - start
        row(f"book of {count}: pamphlet / Typst (1 process)", t_book / t_typst_book,
            f"{t_book:.1f} s / {t_typst_book:.1f} s")


def book(count: int) -> None:
    """The collection of ``count`` statements in a fresh process: time and peak memory,
    stitched with 2 workers (as pamphlet builds it) and, for 100, as one document."""
    with tempfile.TemporaryDirectory() as temp:
        root = make_workspace(Path(temp) / "ws", count)
        runs = [("stitched", "2")]
        measured = {}
        for how in runs:
            result = subprocess.run([sys.executable, str(HERE / "collection_run.py"),
                                     str(root), *how], capture_output=True, text=True)
            if result.returncode:
                row(f"collection of {count} ({how[0]})", float("nan"),
                    result.stderr.strip()[-200:])
                return
            measured[how[0]] = [float(v) for v in result.stdout.split()]
        seconds, peak, pages = measured["stitched"]
        if "one-document" in measured:
            one, one_peak, _ = measured["one-document"]
            row(f"collection of {count}: stitched / one document", seconds / one,
                f"{seconds:.1f} s / {one:.1f} s; {peak:.0f} / {one_peak:.0f} MiB peak; "
                f"{pages:.0f} pages", "<= 1.0")
        else:
            row(f"collection of {count}: seconds (stitched)", seconds,
                f"{seconds:.1f} s, {peak:.0f} MiB peak, {pages:.0f} pages", "1 GiB, linear")


def main() -> None:
    from dataclasses import replace

    from pamphlet.build.batch import run_task
    from pamphlet.build.run import plan_tasks
    from pamphlet.config.workspace import find_workspace
    from pamphlet.load.sources import load_statement
    from pamphlet.render.html import render_html
    from pamphlet.resources import fonts_dir
    from pamphlet.typeset.engine import warm_up

    warm_up()
    import weasyprint
    from weasyprint.text import ffi

    subsetter = "harfbuzz (hb-subset)" if ffi.harfbuzz_subset else "fontTools (slower)"
    print(f"pamphlet benchmark, WeasyPrint {weasyprint.__version__}, font subsetter: {subsetter}")
    print(f"{'measure':<44} {'ratio':>6}   medians of {REPEATS}")

    with tempfile.TemporaryDirectory() as temp:
        workspace = find_workspace(make_workspace(Path(temp) / "ws", 3))
        statement = load_statement(workspace.sources_dir / "s0001.md", workspace.config)
        tasks, problems = plan_tasks(workspace, [statement], ["leaflet-a5"],
                                     ["screen", "print"], Path(temp) / "out")
        assert not problems, problems
        screen_task, print_task = tasks
        layout = screen_task.job.layout
        fitted = run_task(screen_task)
        fitted_print = run_task(print_task)
        assert not fitted.error and not fitted_print.error, (fitted.error, fitted_print.error)

        def pamphlet_screen():  # the fit known from before (as the fit cache gives it)
            run_task(replace(screen_task, known=fitted.adjustments))

        def pamphlet_fitting():  # no fit known: the whole copyfit
            run_task(screen_task)

        def pamphlet_print():
            run_task(replace(print_task, known=fitted_print.adjustments))

        from pamphlet.targets import get_target

        screen = get_target("screen")
        context = replace(screen_task.context, target="screen",
                          style=screen.style(workspace.config, None))
        # the final HTML pamphlet set, given to WeasyPrint bare
        html = render_html(statement, layout, context, fitted.adjustments)
        stylesheets = [weasyprint.CSS(filename=str(fonts_dir() / "fonts.css"))] + [
            weasyprint.CSS(filename=str(path)) for path in layout.stylesheets]
        from weasyprint.text.fonts import FontConfiguration

        font_config = FontConfiguration()

        def bare():  # the same HTML and PDF variant (tagged PDF/UA-1, as the screen target)
            weasyprint.HTML(string=html, base_url=str(workspace.root)).write_pdf(
                stylesheets=stylesheets, font_config=font_config, pdf_variant="pdf/ua-1")

        pamphlet_screen(), pamphlet_print(), bare()  # warm up, and fill the fit cache
        t_pamphlet, t_print, t_bare, t_fitting = (
            median_seconds(f) for f in (pamphlet_screen, pamphlet_print, bare, pamphlet_fitting))
        row("warm leaflet: pamphlet / bare WeasyPrint", t_pamphlet / t_bare,
            f"{t_pamphlet:.3f} s / {t_bare:.3f} s (fit cached: one render)", "<= 1.1")
        row("copyfit: fitted build / cached build", t_fitting / t_pamphlet,
            f"{t_fitting:.3f} s / {t_pamphlet:.3f} s ({fitted.renders} renders per fit)")
        row("print target / screen target", t_print / t_pamphlet,
            f"{t_print:.3f} s / {t_pamphlet:.3f} s")

    corpus_fits(every=3 if "--quick" in sys.argv else 1)

    import hardening

    with tempfile.TemporaryDirectory() as temp:
        hardening.rows(row, Path(temp) / "ws")
    batch(BATCH)
    for count in BOOK_SIZES:
        book(count)
    try:
        typst_reference(BATCH)
    except ImportError:
        print("Typst reference skipped: pip install typst")

    def help_once():
        subprocess.run([sys.executable, "-m", "pamphlet", "--help"], check=True,
                       capture_output=True)

    t_help = median_seconds(help_once)
    row("pamphlet --help wall time (s)", t_help, f"{t_help:.3f} s", "<= 0.2 s")


if __name__ == "__main__":
    main()
