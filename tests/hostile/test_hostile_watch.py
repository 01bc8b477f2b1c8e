"""`pamphlet watch` survives every trap saved into its workspace (finding 5 of issue 15): a
YAML bomb, a FIFO, nesting that overflows Markdown's stack, a layout that tries to run
code, an absurd pamphlet.toml, a folder it cannot write; each is one error line, and the
next good save still builds. Under the audit hook, as the rest of the suite."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import threading
import time

from conftest import MINIMAL_CONFIG, statement
from hostile import command, audit_log
from test_hostile_workspace import ALIAS_BOMB, LAYOUT_TOML, template


class Watcher:
    """A `pamphlet watch` process whose output lines are collected as they come."""

    def __init__(self, root, *args):
        self.log = audit_log()
        self.process = subprocess.Popen(command(self.log, "watch", *args), cwd=root,
                                        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                        text=True)
        self.out: list[str] = []
        self.err: list[str] = []
        for stream, lines in ((self.process.stdout, self.out), (self.process.stderr, self.err)):
            threading.Thread(target=self._read, args=(stream, lines), daemon=True).start()

    @staticmethod
    def _read(stream, lines) -> None:
        for line in stream:
            lines.append(line.rstrip("\n"))

    def mark(self) -> tuple[int, int]:
        """Where the output stands now: wait_for looks only at lines after it."""
        return len(self.out), len(self.err)

    def wait_for(self, mark: tuple[int, int], text: str, stream: str = "err",
                 timeout: float = 90) -> str:
        lines = self.out if stream == "out" else self.err
        start = mark[0] if stream == "out" else mark[1]
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for line in lines[start:]:
                if text in line:
                    return line
            assert self.process.poll() is None, "watch ended:\n" + "\n".join(self.err)
            time.sleep(0.1)
        raise AssertionError(f"no line with {text!r}:\n" + "\n".join(self.out + self.err))

    def stop(self) -> list[str]:
        self.process.send_signal(signal.SIGINT)
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
        violations = self.log.read_text().splitlines() if self.log.exists() else []
        self.log.unlink(missing_ok=True)
        return violations


def test_watch_outlives_every_trap_and_builds_the_next_good_save(tmp_path):
    root = tmp_path / "ws"
    sources = root / "sources"
    sources.mkdir(parents=True)
    (root / "layouts").mkdir()
    (root / "pamphlet.toml").write_text(MINIMAL_CONFIG)
    (sources / "good.md").write_text(statement(title="Good", demands=["Yes"]))
    watcher = Watcher(root, "--out", "out")
    try:
        watcher.wait_for((0, 0), "out/good.leaflet-a5.screen.pdf", "out")
        traps = [
            ("bomb.md", lambda: (sources / "bomb.md").write_text(ALIAS_BOMB),
             "front matter uses a YAML anchor or alias"),
            ("fifo.md", lambda: os.mkfifo(sources / "fifo.md"), "is a FIFO"),
            ("deep.md", lambda: (sources / "deep.md").write_text(
                statement(body="- " * 1000 + "x")), "nests lists or quotes"),
            ("evil.md", lambda: _evil_layout(root), "is unsafe"),
        ]
        for name, save, fragment in traps:
            mark = watcher.mark()
            save()
            line = watcher.wait_for(mark, f"{sources / name}")
            assert fragment in line, line
        mark = watcher.mark()
        (root / "pamphlet.toml").write_text(MINIMAL_CONFIG + "\n[brand]\ncmyk = [0, 1e308, 0, 0]\n")
        watcher.wait_for(mark, f"{root / 'pamphlet.toml'}: 'brand.cmyk'")
        mark = watcher.mark()
        (root / "pamphlet.toml").write_text(MINIMAL_CONFIG)
        watcher.wait_for(mark, f"{sources / 'bomb.md'}")  # rebuilt with the config back
        shutil.rmtree(root / "out")
        (root / "out").write_text("a file where the folder was")
        mark = watcher.mark()
        (sources / "good.md").write_text(statement(title="Good again", demands=["Yes"]))
        assert watcher.wait_for(mark, "error: out: ").endswith("File exists")
        (root / "out").unlink()
        mark = watcher.mark()
        (sources / "later.md").write_text(statement(title="Later", demands=["Still here"]))
        watcher.wait_for(mark, "out/later.leaflet-a5.screen.pdf", "out")
        assert watcher.process.poll() is None
    finally:
        violations = watcher.stop()
    output = "\n".join(watcher.out + watcher.err)
    assert "Traceback" not in output, output
    assert not violations, violations


def _evil_layout(root) -> None:
    folder = root / "layouts/evil"
    folder.mkdir()
    (folder / "evil.html.j2").write_text(
        template('{{ cycler.__init__.__globals__.os.popen("touch MARKER").read() }}'))
    (folder / "layout.toml").write_text(LAYOUT_TOML.format(name="evil"))
    (root / "sources/evil.md").write_text(statement(title="Evil", layout="evil",
                                                    demands=["x"]))
