"""A full disk (finding 11 of issue 15): the message names the PDF the user asked for,
not a temporary ``.part`` file, and the good PDF from before is still there, whole."""

from __future__ import annotations

import errno
import os

from typer.testing import CliRunner

from conftest import pdf_text, statement
from pamphlet.cli import app


def test_a_full_disk_names_the_pdf_and_keeps_the_old_one(make_workspace, monkeypatch):
    root = make_workspace({"sources/a.md": statement(title="First words", demands=["Yes"])})
    monkeypatch.chdir(root)
    assert CliRunner().invoke(app, ["build"]).exit_code == 0
    pdf = root / "build/a.leaflet-a5.screen.pdf"
    before = pdf.read_bytes()
    (root / "sources/a.md").write_text(statement(title="Second words", demands=["Yes"]))

    def full(descriptor):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full)
    result = CliRunner().invoke(app, ["build"])
    assert result.exit_code == 1
    assert f"error: {pdf}: No space left on device" in result.output
    assert ".part" not in result.output and "Traceback" not in result.output
    assert pdf.read_bytes() == before and "First words" in pdf_text(pdf)
    assert not list((root / "build").glob(".*"))
