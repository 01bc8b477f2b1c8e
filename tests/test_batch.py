"""Batch builds: incremental, parallel, interruptible, concurrent, watched, distributed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from pypdf import PdfReader

from conftest import statement
from pamphlet.build.run import build
from pamphlet.config.workspace import find_workspace

PARAGRAPH = "The repairs have waited three winters, and the tenants have waited with them. " * 6


def many(count: int) -> dict[str, str]:
    return {f"sources/s{n:02d}.md": statement(title=f"Statement {n}",
                                              body="\n\n".join([PARAGRAPH] * (2 + n % 3)),
                                              demands=["Repairs now"])
            for n in range(count)}


def snapshot(folder):
    return {p.name: (p.stat().st_mtime_ns, p.read_bytes()) for p in folder.glob("*")}


def test_a_second_build_is_unchanged_and_writes_nothing(make_workspace, tmp_path):
    workspace = make_workspace(many(3))
    first = build(find_workspace(workspace), out_dir=tmp_path / "out")
    assert len(first.built) == 3 and first.ok
    before = snapshot(tmp_path / "out")
    second = build(find_workspace(workspace), out_dir=tmp_path / "out")
    assert (len(second.built), len(second.unchanged), len(second.failed)) == (0, 3, 0)
    assert second.summary() == "built 0, unchanged 3, failed 0"
    assert snapshot(tmp_path / "out") == before


def test_a_pdf_changed_by_hand_is_rebuilt(make_workspace, tmp_path):
    workspace = make_workspace(many(1))
    build(find_workspace(workspace), out_dir=tmp_path / "out")
    pdf = tmp_path / "out/s00.leaflet-a5.screen.pdf"
    good = pdf.read_bytes()
    pdf.write_bytes(good[:1000])  # truncated by something else
    report = build(find_workspace(workspace), out_dir=tmp_path / "out")
    assert len(report.built) == 1 and pdf.read_bytes() == good


def test_touching_a_layout_rebuilds_exactly_its_statements(make_workspace, tmp_path):
    from conftest import REPO

    files = many(3)
    files["sources/s01.md"] = statement(title="Statement 1", body=PARAGRAPH, layout="mine",
                                        demands=["Repairs now"])
    leaflet = REPO / "layouts/leaflet-a5"
    files["layouts/mine/layout.toml"] = (leaflet / "layout.toml").read_text()
    files["layouts/mine/leaflet.html.j2"] = (leaflet / "leaflet.html.j2").read_text()
    files["layouts/mine/leaflet.css"] = (leaflet / "leaflet.css").read_text()
    workspace = make_workspace(files)
    assert build(find_workspace(workspace), out_dir=tmp_path / "out").ok
    css = workspace / "layouts/mine/leaflet.css"
    css.write_text(css.read_text() + "\n.title { letter-spacing: 0; }\n")
    report = build(find_workspace(workspace), out_dir=tmp_path / "out")
    assert [b.paths[0].name for b in report.built] == ["s01.mine.screen.pdf"]
    assert len(report.unchanged) == 2


def test_one_and_two_workers_give_identical_pdfs(make_workspace, tmp_path):
    workspace = make_workspace(many(4))
    one = build(find_workspace(workspace), out_dir=tmp_path / "one", jobs=1)
    two = build(find_workspace(workspace), out_dir=tmp_path / "two", jobs=2)
    assert one.ok and two.ok and len(two.built) == 4
    assert [b.paths[0].name for b in one.built] == [b.paths[0].name for b in two.built]
    for built in one.built:
        name = built.paths[0].name
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes()


def test_a_failure_in_a_worker_does_not_stop_the_batch(make_workspace, tmp_path):
    files = many(3)
    files["sources/s01.md"] = statement(body='<img src="missing.png">', demands=["x"])
    workspace = make_workspace(files)
    report = build(find_workspace(workspace), out_dir=tmp_path / "out", jobs=2)
    assert len(report.built) == 2 and len(report.failed) == 1
    assert "missing.png does not exist" in report.failed[0]


def test_a_worker_that_dies_costs_only_its_own_statement(make_workspace, tmp_path,
                                                         monkeypatch):
    from pamphlet.build import batch
    from pamphlet.resources import builtin_layouts_dir

    files = many(4)
    files["sources/s02.md"] = statement(title="Dies", demands=["x"])
    workspace = make_workspace(files)
    run = batch._run

    def dying(task):  # as a C library that aborts when memory runs out would
        if task.job.statement.title == "Dies":
            os._exit(1)
        return run(task)

    monkeypatch.setattr(batch, "_run", dying)  # the fork pool's workers inherit it
    report = build(find_workspace(workspace), out_dir=tmp_path / "out", jobs=2)
    assert report.failed == [
        f"{workspace / 'sources/s02.md'}: leaflet-a5: screen: "
        f"{builtin_layouts_dir() / 'leaflet-a5'}: the worker setting it stopped (a library "
        "crashed on this layout, or ran out of memory at the memory budget)"]
    assert _valid_pdfs(tmp_path / "out") == [f"s0{n}.leaflet-a5.screen.pdf" for n in (0, 1, 3)]


def _run_cli(workspace, *args, **popen):
    return subprocess.Popen([sys.executable, "-m", "pamphlet", "build", *args], cwd=workspace,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            **popen)


def _valid_pdfs(folder):
    names = []
    for path in folder.glob("*"):
        assert path.suffix == ".pdf", f"left behind: {path.name}"
        assert len(PdfReader(path).pages) == 2
        names.append(path.name)
    return sorted(names)


def test_interrupted_build_leaves_no_partial_pdf_and_the_next_one_finishes(make_workspace):
    workspace = make_workspace(many(8))
    process = _run_cli(workspace, "-j", "1")
    out = workspace / "build"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not list(out.glob("*.pdf")):
        time.sleep(0.05)
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=60)
    assert process.returncode != 0, err
    assert "Traceback" not in err
    done = _valid_pdfs(out)
    assert 1 <= len(done) < 8
    report = build(find_workspace(workspace), jobs=1)
    assert report.ok and len(report.built) == 8 - len(done)
    assert len(_valid_pdfs(out)) == 8


def test_two_builds_at_once_corrupt_nothing(make_workspace):
    workspace = make_workspace(many(4))
    first, second = _run_cli(workspace, "-j", "1"), _run_cli(workspace, "-j", "1")
    for process in (first, second):
        _, err = process.communicate(timeout=120)
        assert process.returncode == 0, err
    assert len(_valid_pdfs(workspace / "build")) == 4
    report = build(find_workspace(workspace))
    assert report.ok and len(report.unchanged) == 4  # the cache is whole


def test_watch_rebuilds_a_saved_statement(make_workspace):
    from pamphlet.build.watch import watch

    workspace = make_workspace(many(2))
    reports, stop = [], threading.Event()
    thread = threading.Thread(target=watch, args=(workspace, reports.append, reports.append),
                              kwargs={"stop": stop}, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not reports:
            time.sleep(0.05)
        assert len(reports[0].built) == 2
        time.sleep(0.3)
        source = workspace / "sources/s01.md"
        source.write_text(source.read_text().replace("Repairs now", "Repairs this week"))
        while time.monotonic() < deadline and len(reports) < 2:
            time.sleep(0.05)
        rebuilt = reports[1]
        assert [b.paths[0].name for b in rebuilt.built] == ["s01.leaflet-a5.screen.pdf"]
        assert len(rebuilt.unchanged) == 1
    finally:
        stop.set()
        thread.join(timeout=10)


@pytest.mark.skipif(os.environ.get("PAMPHLET_SKIP_DASK") == "1", reason="asked to skip Dask")
def test_dask_cluster_builds_the_same_pdfs(make_workspace, tmp_path):
    distributed = pytest.importorskip("distributed")
    workspace = make_workspace(many(2))
    local = build(find_workspace(workspace), out_dir=tmp_path / "local", jobs=1)
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True,
                                  host="127.0.0.1", dashboard_address=None) as cluster, \
            distributed.Client(cluster) as client:
        remote = build(find_workspace(workspace), out_dir=tmp_path / "dask",
                       executor=client.get_executor())
    assert local.ok and remote.ok and len(remote.built) == 2
    for built in local.built:
        name = built.paths[0].name
        assert (tmp_path / "local" / name).read_bytes() == (tmp_path / "dask" / name).read_bytes()


class FarAwayExecutor:
    """Runs each job as a worker on another machine would: the workspace's path does not
    exist there, so the job must bring its own files."""

    def __init__(self):
        from concurrent.futures import ThreadPoolExecutor

        self.pool = ThreadPoolExecutor(1)
        self.moved = 0

    def submit(self, function, task):
        from dataclasses import replace
        from pathlib import Path

        elsewhere = Path("/nonexistent-machine") / task.roots[0].relative_to("/")
        statement = task.job.statement
        moved = replace(task, roots=(elsewhere, *task.roots[1:]), job=replace(
            task.job, statement=replace(statement, src_path=elsewhere / statement.src_path
                                        .relative_to(task.roots[0]))))
        self.moved += bool(task.files)
        return self.pool.submit(function, moved)


def test_jobs_carry_their_inputs_to_workers_without_the_disk(make_workspace, tmp_path):
    from PIL import Image

    files = many(2)
    files["sources/s01.md"] = statement(title="With a picture", body="![logo](logo.png)",
                                        demands=["Yes"])
    workspace = make_workspace(files)
    Image.new("RGB", (40, 40), "red").save(workspace / "sources/logo.png")
    here = build(find_workspace(workspace), out_dir=tmp_path / "here", jobs=1)
    far = FarAwayExecutor()
    there = build(find_workspace(workspace), out_dir=tmp_path / "there", executor=far)
    assert here.ok and there.ok, there.failed
    # both jobs carry their files; the picture's job, never built before, asks for
    # logo.png on its first try and is sent again with it
    assert far.moved == 3
    for built in here.built:
        name = built.paths[0].name
        assert (tmp_path / "here" / name).read_bytes() == (tmp_path / "there" / name).read_bytes()


def test_the_cache_forgets_deleted_statements(make_workspace, tmp_path):
    import json

    names = [f"s{n}" for n in range(4)]
    workspace = make_workspace({f"sources/{name}.md": statement(title=name, demands=["x"])
                                for name in names})
    assert build(find_workspace(workspace), out_dir=tmp_path / "out").ok

    def sources_in_cache() -> set[str]:
        found = set()
        for entry in (workspace / ".pamphlet-cache").glob("*/*.json"):
            found.update(Path(s).stem for s in json.loads(entry.read_text())["sources"]
                         if s.endswith(".md"))
        return found

    assert sources_in_cache() == set(names)
    for name in names[:2]:
        (workspace / f"sources/{name}.md").unlink()
    report = build(find_workspace(workspace), out_dir=tmp_path / "out")
    assert report.ok and len(report.unchanged) == 2
    assert sources_in_cache() == set(names[2:])
    entries = list((workspace / ".pamphlet-cache").glob("*/*.json"))
    assert len(entries) == 4  # a fit and an output record for each statement left


def test_an_edited_statement_replaces_its_cache_entries(make_workspace, tmp_path):
    workspace = make_workspace({"sources/a.md": statement(demands=["x"])})
    for words in range(3):
        (workspace / "sources/a.md").write_text(statement(body="Word " * (5 + words),
                                                          demands=["x"]))
        assert build(find_workspace(workspace), out_dir=tmp_path / "out").ok
    assert len(list((workspace / ".pamphlet-cache").glob("*/*.json"))) == 2
