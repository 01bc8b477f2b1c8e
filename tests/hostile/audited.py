"""Run the pamphlet command line under an audit hook that records every file opened
outside the allowed roots, every host-name lookup and every connection to a network
address: ``python audited.py LOG -- ARGS…``.

The roots allowed are the workspace (the current folder), the package's data and code,
the Python installation (with the time-zone database its ``zoneinfo`` reads: Babel looks
the local zone up when it loads) and pamphlet's own fontconfig folder; ``PAMPHLET_AUDIT_ALLOW``
adds more (os.pathsep-separated). Files and folders the process makes for itself
(``mkstemp``, ``mkdtemp``, ``/dev/null``) are its own, as is its own entry in ``/proc`` (the
memory budget reads its size there). One line per violation goes to LOG, written with
``os.write`` on a descriptor opened before the hook is armed, so worker processes forked
later report there too. ``PAMPHLET_TEST_BUDGETS`` makes budgets small for a test.
"""

from __future__ import annotations

import os
import socket
import sys
import sysconfig

RESOLVER_EVENTS = {"socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyname_ex",
                   "socket.gethostbyaddr", "socket.getnameinfo"}


def allowed_roots() -> tuple[str, ...]:
    import zoneinfo

    import pamphlet
    from pamphlet.resources import data_root

    cache_home = os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache")
    roots = {os.getcwd(), str(data_root()), os.path.dirname(pamphlet.__file__),
             sys.prefix, sys.base_prefix, sys.exec_prefix, sys.base_exec_prefix,
             *sysconfig.get_paths().values(), os.path.join(cache_home, "pamphlet"), *zoneinfo.TZPATH}
    roots.update(filter(None, os.environ.get("PAMPHLET_AUDIT_ALLOW", "").split(os.pathsep)))
    return tuple(sorted(os.path.realpath(root) for root in roots))


def install(log_path: str) -> None:
    roots = allowed_roots()
    log = os.open(log_path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)

    def record(line: str) -> None:
        os.write(log, (line.replace("\n", " ") + "\n").encode("utf-8", "replace"))

    made: list[str] = [os.devnull]  # files and folders this process made for itself

    def hook(event: str, args: tuple) -> None:
        if event == "open":
            path, _, flags = args
            if isinstance(path, int) or path is None:
                return
            real = os.path.realpath(os.fsdecode(path))
            fresh = isinstance(flags, int) and (
                flags & (os.O_CREAT | os.O_EXCL) == os.O_CREAT | os.O_EXCL
                or flags & (os.O_WRONLY | os.O_RDWR) and os.path.isdir(real))
            if fresh:  # a new file (mkstemp, O_TMPFILE in a folder) is no one's secret
                if not os.path.isdir(real):
                    made.append(real)
            elif not any(real == root or real.startswith(root + os.sep)
                         for root in (*roots, *made, f"/proc/{os.getpid()}")):
                record(f"open {real}")
        elif event == "tempfile.mkdtemp":
            made.append(os.path.realpath(os.fsdecode(args[0])))
        elif event in RESOLVER_EVENTS:
            record(f"{event} {args[0]!r}")
        elif event == "socket.connect":
            sock, address = args
            if sock.family in (socket.AF_INET, socket.AF_INET6):
                record(f"connect {address!r}")

    sys.addaudithook(hook)


def small_budgets() -> None:
    """``PAMPHLET_TEST_BUDGETS="TEMPLATE_SECONDS=1,MEMORY_BYTES=1e9"``: budgets a test
    sets small (load/budget.py), so an attack on one runs out in a second."""
    from pamphlet.load import budget

    for item in filter(None, os.environ.get("PAMPHLET_TEST_BUDGETS", "").split(",")):
        name, value = item.split("=")
        setattr(budget, name, type(getattr(budget, name))(float(value)))


if __name__ == "__main__":
    log_path, separator, *arguments = sys.argv[1:]
    assert separator == "--"
    install(log_path)
    small_budgets()
    from pamphlet.cli import app

    app(args=arguments, prog_name="pamphlet")
