"""Helpers for the hostile suite: run the command line under the audit hook (audited.py)
and read what a user sees: exit code, ``error:`` lines, violations of the audit."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import uuid
from dataclasses import dataclass
from pathlib import Path

AUDITED = Path(__file__).with_name("audited.py")


@dataclass
class Run:
    """One audited command: its exit code, output, and what the audit hook saw."""

    code: int
    out: str
    err: str
    #: Files opened outside the allowed roots, name look-ups, internet connections.
    violations: list[str]

    @property
    def errors(self) -> list[str]:
        return [line[len("error: "):] for line in self.err.splitlines()
                if line.startswith("error: ")]

    def error_for(self, path: Path | str) -> str:
        """The one error line naming ``path``; fails unless there is exactly one."""
        lines = [line for line in self.errors if line.startswith(f"{path}:")]
        assert len(lines) == 1, f"{path}: expected one error line, got {lines}\n{self.err}"
        return lines[0]

    def assert_clean(self) -> None:
        """No traceback, nothing opened outside the roots, no resolver, no network."""
        assert "Traceback" not in self.err + self.out, self.err
        assert not self.violations, self.violations


def audit_log() -> Path:
    folder = Path(os.environ.get("TMPDIR", "/tmp"))
    return folder / f"pamphlet-audit-{uuid.uuid4().hex}.log"


def command(log: Path, *args: str) -> list[str]:
    return [sys.executable, str(AUDITED), str(log), "--", *args]


#: The memory a run with small budgets may map at all: the test's own guard, so that an
#: attack a budget fails to stop ends in MemoryError, not in a machine out of memory.
GUARD_BYTES = 3 * 1024**3


def run_audited(cwd: Path, *args: str, env: dict | None = None, timeout: float = 180,
                stdin: str | None = None, budgets: dict[str, float] | None = None) -> Run:
    """``pamphlet ARGS`` in ``cwd`` under the audit hook; ``budgets`` set small ones
    (names in load/budget.py), under GUARD_BYTES of memory."""
    log = audit_log()
    env = {**os.environ, **(env or {})}
    guard = None
    if budgets:
        env["PAMPHLET_TEST_BUDGETS"] = ",".join(f"{k}={v}" for k, v in budgets.items())

        def guard():
            resource.setrlimit(resource.RLIMIT_AS, (GUARD_BYTES, GUARD_BYTES))
    try:
        result = subprocess.run(command(log, *args), cwd=cwd, capture_output=True,
                                text=True, timeout=timeout, input=stdin, env=env,
                                preexec_fn=guard)
        violations = log.read_text().splitlines() if log.exists() else []
    finally:
        log.unlink(missing_ok=True)
    return Run(result.returncode, result.stdout, result.stderr, violations)
