"""The typeset stage's guards: only the workspace is read, never the network, only the
bundled fonts are used, and WeasyPrint's complaints are reported (or fatal with --strict)."""

from __future__ import annotations

import socket

import pytest

from conftest import bundled_families, pdf_fonts, statement
from pamphlet.build.run import build
from pamphlet.config.workspace import find_workspace


def _build(workspace, out):
    return build(find_workspace(workspace), out_dir=out)


@pytest.mark.parametrize("source, message", [
    ('<img src="file:///etc/passwd">', "refused to read /etc/passwd"),
    # relative URLs cannot climb out of the workspace: they stop at its root
    ('<img src="../../outside/secret.png">', "ws/outside/secret.png does not exist"),
    ('<img src="http://example.com/x.png">', "refused to fetch http://example.com/x.png"),
    ('<img src="https://example.com/x.png">', "pamphlet never uses the network"),
    ("![x](ftp://example.com/x.png)", "refused to fetch ftp://example.com/x.png"),
    # a bare absolute path means the workspace's root, never this machine's
    ('<link rel="stylesheet" href="/etc/ssl/openssl.cnf">', "ws/etc/ssl/openssl.cnf does not exist"),
    ("<style>@import url(http://example.com/a.css);</style>", "refused to fetch"),
], ids=["file-url", "relative-escape", "http", "https", "markdown-ftp", "link", "css-import"])
def test_untrusted_sources_cannot_reach_outside(make_workspace, tmp_path, monkeypatch,
                                                source, message):
    (tmp_path / "outside").mkdir()
    (tmp_path / "outside/secret.png").write_bytes(b"not read")
    connections = []
    monkeypatch.setattr(socket.socket, "connect", lambda *a: connections.append(a))
    workspace = make_workspace({"sources/evil.md": statement(body=source, demands=["x"])})
    report = _build(workspace, tmp_path / "out")
    assert len(report.failed) == 1
    assert message in report.failed[0]
    assert report.failed[0].startswith(f"{workspace / 'sources/evil.md'}: leaflet-a5: ")
    assert connections == []
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").iterdir())


def test_symlink_out_of_the_workspace_is_refused(make_workspace, tmp_path):
    (tmp_path / "secret.png").write_bytes(b"x")
    workspace = make_workspace({"sources/a.md": statement(body='<img src="link.png">',
                                                          demands=["x"])})
    (workspace / "sources/link.png").symlink_to(tmp_path / "secret.png")
    report = _build(workspace, tmp_path / "out")
    assert "only files inside the workspace" in report.failed[0]


def test_images_inside_the_workspace_are_used(make_workspace, tmp_path):
    from PIL import Image

    workspace = make_workspace({"sources/a.md": statement(body="![logo](logo.png)",
                                                          demands=["x"])})
    Image.new("RGB", (30, 30), "red").save(workspace / "sources/logo.png")
    report = _build(workspace, tmp_path / "out")
    assert report.ok, report.failed


@pytest.mark.weasyprint_warnings
def test_no_system_font_can_slip_in(tmp_path):
    # Characters the bundled faces lack would pull in a system font (DejaVu covers the
    # arrows and box drawing) if fontconfig could see one. Typeset directly: the build
    # refuses such text before it gets here.
    from pamphlet.resources import data_root
    from pamphlet.typeset.engine import TypesetOptions, typeset

    html = ('<html lang="en"><title>t</title><p style="font-family: Pamphlet Text">'
            "Arrows \u21e8 \u2603 and boxes \u2554\u2550\u2557 and \u4e2d\u6587.</p></html>")
    result = typeset(html, tmp_path, (), (tmp_path, data_root()), TypesetOptions())
    (tmp_path / "a.pdf").write_bytes(result.pdf)
    used = pdf_fonts(tmp_path / "a.pdf")
    assert used and all(name.startswith(bundled_families()) for name in used), used


def test_undrawable_characters_are_reported_by_code_point(make_workspace, tmp_path):
    body = "Fine text.\n\nThen a snowman \u2603 and \u4e2d."
    workspace = make_workspace({"sources/a.md": statement(body=body, demands=["x"])})
    report = _build(workspace, tmp_path / "out")
    assert report.failed == [
        f"{workspace / 'sources/a.md'}:6: the bundled fonts cannot draw U+2603 SNOWMAN '\u2603' "
        "(line 6); U+4E2D CJK UNIFIED IDEOGRAPH-4E2D '\u4e2d' (line 6); replace these "
        "characters or ask for a font that has them"]


@pytest.mark.weasyprint_warnings
def test_weasyprint_warnings_are_reported_and_strict_fails(make_workspace, tmp_path, caplog):
    source = statement(body='<p style="color: not-a-colour">Odd.</p>', demands=["x"])
    workspace = make_workspace({"sources/a.md": source})
    with caplog.at_level("WARNING", logger="pamphlet"):
        assert _build(workspace, tmp_path / "out").ok
    assert any("not-a-colour" in r.getMessage() and "a.md" in r.getMessage()
               for r in caplog.records)
    report = build(find_workspace(workspace), out_dir=tmp_path / "strict", strict=True)
    assert len(report.failed) == 1
    assert "(--strict)" in report.failed[0] and "not-a-colour" in report.failed[0]


@pytest.mark.parametrize("markup", [
    '<a rel="attachment" href="secret.txt">x</a>',
    '<link rel="attachment" href="secret.txt">',
])
def test_files_are_never_attached(make_workspace, tmp_path, markup):
    import pikepdf

    workspace = make_workspace({"sources/a.md": statement(body=markup, demands=["x"]),
                                "sources/secret.txt": "SECRET-KEY-123"})
    assert _build(workspace, tmp_path / "out").ok
    data = (tmp_path / "out/a.leaflet-a5.screen.pdf").read_bytes()
    with pikepdf.open(tmp_path / "out/a.leaflet-a5.screen.pdf") as pdf:
        assert "/EmbeddedFiles" not in pdf.Root.get("/Names", {})
        assert not pdf.attachments
    assert b"SECRET" not in data


def test_without_pamphlet_toml_only_the_sources_folder_is_readable(tmp_path, monkeypatch):
    (tmp_path / "secret.png").write_bytes(b"not an image")
    (tmp_path / "Downloads").mkdir()
    (tmp_path / "Downloads/a.md").write_text(
        statement(body='<img src="../secret.png">', demands=["x"]))
    monkeypatch.chdir(tmp_path)
    report = build(find_workspace(tmp_path), paths=[tmp_path / "Downloads/a.md"],
                   out_dir=tmp_path / "out")
    # the relative path stops at the statement's folder: the secret is never reached
    assert f"{tmp_path / 'Downloads/secret.png'} does not exist" in report.failed[0]
