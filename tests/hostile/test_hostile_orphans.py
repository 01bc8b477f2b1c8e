"""Pool workers end with their build (finding 11 of issue 15): after kill -9 of a
``pamphlet build -j 2``, its workers are gone within seconds, not left setting statements
for nobody (they were alive 37 s later)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import MINIMAL_CONFIG, statement

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")


def children(pid: int) -> list[int]:
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def test_workers_end_when_their_build_is_killed(tmp_path):
    root = tmp_path / "ws"
    (root / "sources").mkdir(parents=True)
    (root / "pamphlet.toml").write_text(MINIMAL_CONFIG)
    for number in range(8):
        (root / f"sources/s{number}.md").write_text(statement(
            title=f"Statement {number}", body="Words to set. " * 300, demands=["Yes"]))
    build = subprocess.Popen([sys.executable, "-m", "pamphlet", "build", "-j", "2"],
                             cwd=root, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and len(children(build.pid)) < 2:
            time.sleep(0.05)
        workers = children(build.pid)
        assert len(workers) >= 2, "the pool never started"
        time.sleep(0.5)  # the workers are setting statements now
        os.kill(build.pid, signal.SIGKILL)
        build.wait(timeout=10)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and any(alive(pid) for pid in workers):
            time.sleep(0.1)
        assert not [pid for pid in workers if alive(pid)]
    finally:
        if build.poll() is None:
            build.kill()
