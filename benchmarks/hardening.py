"""What the checks that make a workspace safe to share cost a cached leaflet build, in ms.

The checks are timed where they run, inside real builds of one leaflet with an image:
reading only regular files under a size limit, symlink checks, the front-matter and
Markdown shape checks, the time budget's timer, image checks in the URL fetcher, the
recorded reads hashed again, the off-the-page check, and the sandbox (a template rendered
in it against the same template in a plain Jinja environment). Two builds: the PDF deleted
with its fit cached (one render), and a no-op rebuild (nothing to set); and the digest of
pamphlet's own code in the cache's version stamp, paid once per process. Medians of 20.
"""

from __future__ import annotations

import importlib
import statistics
import time
from contextlib import contextmanager
from pathlib import Path

RUNS = 20

#: (module, name) of every check, patched where it is looked up.
CHECKS = [
    ("pamphlet.load.sources", "check_within"), ("pamphlet.load.sources", "read_limited"),
    ("pamphlet.load.sources", "_check_front_matter_shape"),
    ("pamphlet.load.sources", "check_markdown_shape"),
    ("pamphlet.config.schema", "read_limited"),
    ("pamphlet.render.layouts", "inside"), ("pamphlet.render.layouts", "check_within"),
    ("pamphlet.render.templates", "read_limited"), ("pamphlet.render.templates", "inside"),
    ("pamphlet.build.inputs", "inside"), ("pamphlet.build.run", "reads_unchanged"),
    ("pamphlet.typeset.fetcher", "read_limited"), ("pamphlet.typeset.fetcher", "_check_image"),
    ("pamphlet.typeset.engine", "read_limited"),
    ("pamphlet.typeset.engine", "_refuse_text_off_the_page"),
]


class Clock:
    """Time spent in the patched checks (outermost calls only)."""

    def __init__(self) -> None:
        self.seconds = 0.0
        self.depth = 0

    def timed(self, function):
        def run(*args, **kwargs):
            if self.depth:
                return function(*args, **kwargs)
            self.depth += 1
            start = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                self.seconds += time.perf_counter() - start
                self.depth -= 1
        return run

    def budget_overhead(self, within_budget):
        """The time budget's own cost: the call less the work it guards."""
        def run(seconds, what, function, *args):
            inner = [0.0]

            def work(*work_args):
                start = time.perf_counter()
                try:
                    return function(*work_args)
                finally:
                    inner[0] = time.perf_counter() - start

            start = time.perf_counter()
            try:
                return within_budget(seconds, what, work, *args)
            finally:
                self.seconds += time.perf_counter() - start - inner[0]
        return run


@contextmanager
def instrumented(clock: Clock):
    saved = []
    for module_name, name in CHECKS:
        module = importlib.import_module(module_name)
        saved.append((module, name, getattr(module, name)))
        setattr(module, name, clock.timed(getattr(module, name)))
    markup = importlib.import_module("pamphlet.load.markup")
    saved.append((markup, "within_budget", markup.within_budget))
    markup.within_budget = clock.budget_overhead(markup.within_budget)
    try:
        yield
    finally:
        for module, name, original in saved:
            setattr(module, name, original)


def sandbox_ms(workspace, statement) -> float:
    """Rendering the leaflet's template in the sandbox, less in a plain environment."""
    import jinja2

    from pamphlet.render.html import RenderContext, statement_values
    from pamphlet.render.layouts import get_layout, layout_roots
    from pamphlet.render.templates import jinja_environment

    layout = get_layout("leaflet-a5", workspace.layouts_dir)
    context = RenderContext(workspace.config, "screen", workspace.layouts_dir, None)
    values = statement_values(statement, layout, context)
    roots = layout_roots(workspace.layouts_dir)
    sandboxed = jinja_environment(roots).get_template(layout.template)
    plain = jinja2.Environment(loader=jinja2.FileSystemLoader([str(r) for r in roots]),
                               autoescape=True, undefined=jinja2.StrictUndefined,
                               trim_blocks=True, lstrip_blocks=True,
                               keep_trailing_newline=True).get_template(layout.template)

    def median_ms(template) -> float:
        times = []
        for _ in range(RUNS):
            start = time.perf_counter()
            template.render(**values, this=values, page_style="", spread_to_back=False)
            times.append(time.perf_counter() - start)
        return statistics.median(times) * 1000

    median_ms(sandboxed), median_ms(plain)  # warm
    return median_ms(sandboxed) - median_ms(plain)


def measure(folder: Path) -> dict[str, float]:
    """Milliseconds of checks per build (medians of RUNS), by kind of build."""
    from PIL import Image

    from pamphlet.build.run import build
    from pamphlet.config.workspace import find_workspace
    from pamphlet.load.sources import load_statement

    (folder / "sources").mkdir(parents=True)
    (folder / "pamphlet.toml").write_text('[organisation]\nname = "Benchmark Branch"\n')
    paragraph = ("The council has cut the bus routes that workers on the early shift depend "
                 "on, and the company has answered every complaint with a form letter. ")
    (folder / "sources/leaflet.md").write_text(
        "---\ntitle: Restore the early buses\ndate: 2024-03-01\n---\n\n"
        + "\n\n".join([paragraph * 4] * 3) + "\n\n![the depot](depot.png)\n\n"
        "::: demands\n- Restore the routes\n- No cuts\n:::\n")
    Image.new("RGB", (300, 200), (120, 120, 120)).save(folder / "sources/depot.png")
    workspace = find_workspace(folder)
    assert build(workspace).ok  # fitted once: the fit is cached from here on
    pdf = folder / "build/leaflet.leaflet-a5.screen.pdf"
    results: dict[str, list[float]] = {"one render": [], "no-op": []}
    for _ in range(RUNS):
        for kind in results:
            if kind == "one render":
                pdf.unlink()
            clock = Clock()
            with instrumented(clock):
                report = build(find_workspace(folder))
            assert report.ok and (report.built if kind == "one render" else report.unchanged)
            results[kind].append(clock.seconds * 1000)
    medians = {kind: statistics.median(times) for kind, times in results.items()}
    medians["sandbox"] = sandbox_ms(workspace, load_statement(
        folder / "sources/leaflet.md", workspace.config))
    return medians


def rows(row, folder: Path) -> None:
    """The benchmark's rows: checks in a one-render build, a no-op rebuild, the sandbox."""
    ms = measure(folder)
    one = ms["one render"] + max(ms["sandbox"], 0)
    row("hardening: checks in a cached leaflet build (ms)", one,
        f"{ms['one render']:.2f} ms of checks + {ms['sandbox']:.2f} ms sandbox, one render, "
        f"median of {RUNS}", "< 5 ms")
    row("hardening: checks in a no-op rebuild (ms)", ms["no-op"],
        f"{ms['no-op']:.2f} ms, median of {RUNS}", "< 5 ms")
    once = code_digest_ms()
    row("hardening: digest of pamphlet's code for the cache stamp (ms, once per process)",
        once, f"{once:.2f} ms, median of {RUNS}", "< 10 ms")


def code_digest_ms() -> float:
    """What hashing pamphlet's code and built-in layouts costs (once per process)."""
    from pamphlet.build.cache import code_digest

    times = []
    for _ in range(RUNS):
        code_digest.cache_clear()
        start = time.perf_counter()
        code_digest()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000
