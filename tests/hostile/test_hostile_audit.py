"""The audit hook the hostile suite relies on sees what it must: a file opened outside
the allowed roots, a host-name lookup, a connection to an internet address."""

from __future__ import annotations

import subprocess
import sys

from hostile import AUDITED, audit_log


def test_the_audit_hook_reports_outside_files_lookups_and_connections(tmp_path):
    log = audit_log()
    code = (f"import sys, socket; sys.path.insert(0, {str(AUDITED.parent)!r})\n"
            f"import audited; audited.install({str(log)!r})\n"
            "open('/etc/hostname').close()\n"
            "open('inside.txt', 'w').close()\n"
            "for lookup in (lambda: socket.getaddrinfo('localhost', 80),\n"
            "               lambda: socket.gethostbyname('localhost'),\n"
            "               lambda: socket.gethostbyname_ex('localhost')):\n"
            "    try:\n        lookup()\n    except OSError:\n        pass\n"
            "s = socket.socket()\ns.settimeout(0.01)\n"
            "try:\n    s.connect(('192.0.2.1', 9))\nexcept OSError:\n    pass\n")
    try:
        subprocess.run([sys.executable, "-c", code], cwd=tmp_path, check=True, timeout=60)
        lines = log.read_text().splitlines()
    finally:
        log.unlink(missing_ok=True)
    assert lines == ["open /etc/hostname", "socket.getaddrinfo 'localhost'",
                     # gethostbyname_ex raises the same audit event as gethostbyname
                     "socket.gethostbyname 'localhost'", "socket.gethostbyname 'localhost'",
                     "connect ('192.0.2.1', 9)"]
