"""The command line: parse, call the library, print, map errors to exit codes. Nothing else.

Heavy modules (WeasyPrint above all) are imported inside the commands that need them, so
``pamphlet --help`` answers at once.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, NoReturn, Optional

import typer

from pamphlet import __version__
from pamphlet.errors import BuildFailed, PamphletError

app = typer.Typer(
    help="Typeset political statements into print-ready leaflets, A4 statements and books.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)

_state = {"debug": False}


class _WarningPrinter(logging.Handler):
    """Prints library warnings as one ``warning:`` line each, once."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.seen: set[str] = set()

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        if message not in self.seen:
            self.seen.add(message)
            typer.echo(f"warning: {message}", err=True)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"pamphlet {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    debug: Annotated[bool, typer.Option("--debug", help="Show Python tracebacks for errors.")]
    = False,
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Print the version and exit.")] = False,
) -> None:
    """pamphlet: a statement in Markdown in, a leaflet a print shop accepts out."""
    _state["debug"] = debug
    logger = logging.getLogger("pamphlet")
    if not any(isinstance(h, _WarningPrinter) for h in logger.handlers):
        logger.addHandler(_WarningPrinter())


def _fail(message: str) -> NoReturn:
    for line in message.splitlines():
        typer.echo(f"error: {line}", err=True)
    raise typer.Exit(1)


def _reports_errors(command: Callable) -> Callable:
    """Library errors become ``error:`` lines and exit code 1; tracebacks only with --debug."""

    @functools.wraps(command)
    def run(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except PamphletError as error:
            if _state["debug"]:
                raise
            _fail(str(error))
        except OSError as error:  # a folder that cannot be written, a file in the way
            if _state["debug"]:
                raise
            where = f"{error.filename}: " if error.filename else ""
            _fail(f"{where}{error.strerror or error}")
        except KeyboardInterrupt:
            typer.echo("interrupted", err=True)
            raise typer.Exit(130) from None
        except (typer.Exit, typer.Abort):
            raise
        except Exception as error:  # a bug of ours: one line, the traceback with --debug
            if _state["debug"]:
                raise
            _fail(f"internal error ({type(error).__name__}: {str(error)[:200]}); "
                  "run with --debug for the traceback")

    return run


def _targets_help() -> str:
    from pamphlet.targets import target_names

    return ", ".join(target_names())


def _workspace():
    from pamphlet.config.workspace import find_workspace

    return find_workspace()


@app.command()
@_reports_errors
def init(
    folder: Annotated[Path, typer.Argument(help="Folder for the new workspace.")] = Path("."),
    organisation: Annotated[str, typer.Option(help="Your organisation's name, for the "
                                                   "masthead and imprint.")]
    = "Our Organisation",
) -> None:
    """Make a new workspace: pamphlet.toml (organisation, brand colour, imprint) and sources/."""
    from pamphlet.load.scaffold import init_workspace

    path = init_workspace(folder, organisation)
    typer.echo(f"created {path}; add statements with: pamphlet new \"Title\"")


@app.command()
@_reports_errors
def new(
    title: Annotated[str, typer.Argument(help="The statement's title.")],
    lang: Annotated[Optional[str], typer.Option(help="Language tag (default from "
                                                     "pamphlet.toml).")] = None,
    date: Annotated[Optional[str], typer.Option(help="Date as YYYY-MM-DD (default: today).")]
    = None,
) -> None:
    """Add a statement to sources/ from a template, named after its date and title."""
    from pamphlet.config.workspace import require_workspace
    from pamphlet.load.scaffold import new_statement

    workspace = require_workspace()
    try:
        day = dt.date.fromisoformat(date) if date else dt.date.today()
    except ValueError:
        _fail(f"--date: expected YYYY-MM-DD, got {date!r}")
    path = new_statement(workspace.sources_dir, title, lang or workspace.config.defaults.lang,
                         day)
    typer.echo(f"created {path}")


@app.command()
@_reports_errors
def build(
    paths: Annotated[Optional[list[Path]], typer.Argument(
        help="Statements (or folders of them) to build; default: every file in sources/.")]
    = None,
    layout: Annotated[Optional[list[str]], typer.Option(
        "--layout", "-l", help="Layout to use (repeatable); default: the statement's own.")]
    = None,
    target: Annotated[Optional[list[str]], typer.Option(
        "--target", "-t", help=f"What the output is for (repeatable: {_targets_help()}); "
                               "default from pamphlet.toml.")]
    = None,
    out: Annotated[Optional[Path], typer.Option(
        "--out", "-o", help="Folder for the PDFs (default: build/ in the workspace).")] = None,
    strict: Annotated[bool, typer.Option(
        help="Fail a statement on any WeasyPrint warning (bad CSS, missing image).")] = False,
    printer: Annotated[Optional[str], typer.Option(
        "--printer", "-p", help="Printer profile from pamphlet.toml for --target print.")]
    = None,
    check: Annotated[bool, typer.Option(
        "--check", help="Preflight every PDF built (as `pamphlet check` does).")] = False,
    jobs: Annotated[Optional[int], typer.Option(
        "--jobs", "-j", min=1, help="Parallel workers (default: the machine's cores).")]
    = None,
    scheduler: Annotated[Optional[str], typer.Option(
        help="Hand the jobs to a Dask cluster at this address (tcp://HOST:PORT); needs "
             "pamphlet[dask].")] = None,
    tile: Annotated[Optional[str], typer.Option(
        help="With --target office: print placards larger than A4 in pieces on this sheet "
             "(a4), overlapping 10 mm for glue.")] = None,
) -> None:
    """Build one PDF per statement, layout and target, as <slug>.<layout>.<target>.pdf
    (the social target: a folder <slug>.social/ of PNG cards with their alt text).

    Unchanged PDFs are not rebuilt (delete .pamphlet-cache/ to force it)."""
    from pamphlet.build.batch import default_jobs
    from pamphlet.build.run import build as run_build

    workspace = _workspace()
    executor = _dask_executor(scheduler) if scheduler else None
    with _progress_bar() as progress:
        report = run_build(workspace, paths, layout, target, out, strict=strict,
                           printer_name=printer, jobs=jobs or default_jobs(),
                           executor=executor, progress=progress,
                           tile=tile.lower() if tile else None)
    for built in report.built:
        typer.echo(describe_built(built))
    typer.echo(report.summary(), err=True)
    if _state["debug"]:
        for trace in report.traces:
            typer.echo(trace, err=True)
    failed = list(report.failed)
    if check and report.built:
        from pamphlet.check import check_paths

        pdfs = [path for built in report.built for path in built.paths if path.suffix == ".pdf"]
        checks = check_paths(workspace, pdfs, printer_name=printer)
        failed += _print_checks(checks, verbose=False)
    if failed:
        raise BuildFailed(failed)


@app.command()
@_reports_errors
def collection(
    paths: Annotated[Optional[list[Path]], typer.Argument(
        help="Statements for the book (default: the manifest's, or every file in sources/).")]
    = None,
    manifest: Annotated[Optional[Path], typer.Option(
        help="collection.toml: title, order, parts, introduction.")] = None,
    trim: Annotated[str, typer.Option(help="Page size of the book: a5 or a4.")] = "a5",
    target: Annotated[str, typer.Option(
        "--target", "-t", help="screen (one PDF), office (booklets on A4) or print (PDF/X "
                               "book block and a separate cover).")] = "screen",
    out: Annotated[Optional[Path], typer.Option(
        "--out", "-o", help="The book's PDF (a print cover goes beside it as "
                            "<stem>.cover.pdf).")] = None,
    printer: Annotated[Optional[str], typer.Option(
        "--printer", "-p", help="Printer profile for --target print.")] = None,
    strict: Annotated[bool, typer.Option(help="Fail on any WeasyPrint warning.")] = False,
    jobs: Annotated[Optional[int], typer.Option(
        "--jobs", "-j", min=1, help="Parallel workers (default: the machine's cores).")]
    = None,
) -> None:
    """Build one book from many statements: cover, contents, statements on right-hand
    pages, running heads, bookmarks, index of demands, colophon."""
    from pamphlet.build.batch import default_jobs
    from pamphlet.collection.run import build_collection

    result = build_collection(_workspace(), paths, manifest, trim.lower(), target, out,
                              printer, strict, jobs or default_jobs())
    for path in result.out_paths:
        typer.echo(str(path))
    typer.echo(f"{result.statements} statements, {result.pages} pages", err=True)
    for note in result.notes:
        typer.echo(note, err=True)


@app.command("import")
@_reports_errors
def import_(
    source: Annotated[Path, typer.Argument(help="A plain-text statement (.txt).")],
    output: Annotated[Optional[Path], typer.Option(
        "--output", "-o", help="Markdown source to write (default: print it).")] = None,
    lang: Annotated[Optional[str], typer.Option(
        help="Language tag for the source (default from pamphlet.toml).")] = None,
    force: Annotated[bool, typer.Option(help="Replace an existing output file.")] = False,
) -> None:
    """Turn a plain-text statement into a Markdown source: title, date, body, demands."""
    from pamphlet.load.importer import import_text, write_import

    result = import_text(source)
    language = lang or _workspace().config.defaults.lang
    if output is None:
        typer.echo(result.to_markdown(language), nl=False)
    else:
        write_import(result, output, language, force)
        typer.echo(f"wrote {output}", err=True)
    for line in result.report():
        typer.echo(f"import: {line}", err=True)


@app.command()
@_reports_errors
def check(
    paths: Annotated[list[Path], typer.Argument(
        help="PDFs to preflight, or statements (.md) to check before building.")],
    target: Annotated[Optional[str], typer.Option(
        "--target", "-t", help="What the PDFs are for (default: from the file name).")] = None,
    layout: Annotated[Optional[str], typer.Option(
        "--layout", "-l", help="Layout to check against (default: from the file name).")]
    = None,
    printer: Annotated[Optional[str], typer.Option(
        "--printer", "-p", help="Printer profile for print PDFs (bleed, minimum ppi).")]
    = None,
    json_output: Annotated[bool, typer.Option("--json", help="Print a JSON report.")] = False,
) -> None:
    """Preflight PDFs (boxes, pages, fonts, images, colours, output intent, imprint, QR
    codes) or sources (front matter, demands, drawable characters, page budget)."""
    from pamphlet.check import check_paths

    reports = check_paths(_workspace(), paths, target, layout, printer)
    if json_output:
        import json

        typer.echo(json.dumps([r.to_dict() for r in reports], indent=2, ensure_ascii=False))
        failed = [f"{r.path}: preflight failed" for r in reports if not r.ok]
    else:
        failed = _print_checks(reports, verbose=True)
    if failed:
        raise BuildFailed(failed)


def _dask_executor(address: str):
    try:
        from distributed import Client
    except ImportError:
        _fail("--scheduler needs Dask: pip install 'pamphlet[dask]'")
    try:
        return Client(address, timeout="10s").get_executor()
    except (OSError, TimeoutError) as error:
        _fail(f"--scheduler: cannot reach {address} ({error})")


@app.command()
@_reports_errors
def watch(
    target: Annotated[Optional[list[str]], typer.Option(
        "--target", "-t", help="What the PDFs are for (default from pamphlet.toml).")] = None,
    layout: Annotated[Optional[list[str]], typer.Option(
        "--layout", "-l", help="Layout to use (repeatable).")] = None,
    out: Annotated[Optional[Path], typer.Option("--out", "-o", help="Folder for the PDFs.")]
    = None,
) -> None:
    """Build, then rebuild whatever a saved change affects, until Ctrl-C."""
    from pamphlet.build.watch import watch as run_watch

    workspace = _workspace()

    def report_lines(report) -> None:
        for built in report.built:
            typer.echo(describe_built(built))
        for line in report.failed:
            typer.echo(f"error: {line}", err=True)
        if not report.built and not report.failed:
            typer.echo("nothing changed")

    typer.echo(f"watching {workspace.root} (Ctrl-C to stop)", err=True)
    run_watch(workspace.root, report_lines, lambda line: typer.echo(f"error: {line}", err=True),
              targets=target, layout_names=layout, out_dir=out)


@app.command()
@_reports_errors
def serve(
    folder: Annotated[Optional[Path], typer.Argument(
        help="The workspace (default: the one holding the current folder).")] = None,
    port: Annotated[int, typer.Option(min=0, max=65535,
                                      help="Port on 127.0.0.1 (0: any free port).")] = 8737,
    open_browser: Annotated[bool, typer.Option("--open", help="Open the page in the "
                                                              "default browser.")] = False,
) -> None:
    """Write statements in the browser and watch the leaflet set itself (127.0.0.1 only;
    open the printed address, which carries the access token)."""
    from pamphlet.config.workspace import find_workspace
    from pamphlet.serve.app import serve as run_serve

    workspace = find_workspace(folder)
    typer.echo(f"serving {workspace.root} (Ctrl-C to stop); open:", err=True)
    run_serve(workspace.root, port, open_browser)


def describe_built(built) -> str:
    """One line for an output written: where, how many pages, how it fitted, the printer
    note (a folder of outputs is named once, with how many files it holds)."""
    from pamphlet.targets import get_target

    if get_target(built.job.target).folder_output:
        return f"{built.job.out_stem}/ ({len(built.paths)} files; {built.note})"
    pages = f"{built.pages} page{'s' if built.pages != 1 else ''}"
    budget = f"budget {built.job.layout.budget_text}"
    fitted = (f"; body {built.body_pt:g} pt"
              if built.body_pt and built.job.layout.poster is None else "")
    note = f"; {built.note}" if built.note else ""
    where = (built.paths[0] if len(built.paths) == 1
             else f"{built.job.out_stem}/ ({len(built.paths)} files)")
    return f"{where}  ({pages}, {budget}{fitted}{note})"


class _progress_bar:
    """A rich progress bar on a terminal's stderr; nothing when output is piped or tested."""

    def __enter__(self):
        import sys

        if not sys.stderr.isatty():
            self.bar = None
            return None
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

        self.bar = Progress(TextColumn("building"), BarColumn(), MofNCompleteColumn(),
                            TextColumn("{task.description}"), transient=True)
        self.bar.start()
        self.task = self.bar.add_task("", total=None)

        def update(done: int, total: int, label: str) -> None:
            self.bar.update(self.task, completed=done, total=total, description=label)

        return update

    def __exit__(self, *exc) -> None:
        if self.bar is not None:
            self.bar.stop()


def _print_checks(reports, verbose: bool) -> list[str]:
    """Print the findings; return one line per failing file."""
    failed = []
    for report in reports:
        if verbose:
            typer.echo(f"{report.path}  ({report.kind}"
                       + (f", {report.target}" if report.target else "")
                       + (f", {report.layout}" if report.layout else "") + ")")
            for finding in report.findings:
                typer.echo(f"  {finding.status.value.upper():<4}  {finding.check:<17} "
                           f"{finding.detail}")
        problems = [f"{f.check}: {f.detail}" for f in report.findings
                    if f.status.value == "fail"]
        if problems:
            failed.append(f"{report.path}: {'; '.join(problems)}")
    return failed


@app.command()
@_reports_errors
def layouts() -> None:
    """List the layouts: name, page size, page budget, and what each is for."""
    from pamphlet.render.layouts import scan_layouts

    workspace = _workspace()
    layouts, broken = scan_layouts(workspace.layouts_dir)
    width = max([16, *(len(name) for name in [*layouts, *broken])])
    size_width = max([4, *(len(layout.size_name) for layout in layouts.values())])
    for layout in layouts.values():  # one line each, the name first: scripts read it
        origin = "" if layout.builtin else "  (workspace)"
        typer.echo(f"{layout.name:<{width}} {layout.size_name:<{size_width}} "
                   f"{layout.budget_text:<18} {_one_line(layout.description)}{origin}")
    for name, reason in broken.items():
        typer.echo(f"{name:<{width}} broken: {_one_line(reason, '; ')}")


def _one_line(text: str, joint: str = " ") -> str:
    """``text``'s lines joined by ``joint``, blank ones dropped, spaces collapsed."""
    return joint.join(" ".join(line.split()) for line in text.splitlines() if line.strip())


def main() -> None:
    """Entry point for the ``pamphlet`` script."""
    app(prog_name="pamphlet")
