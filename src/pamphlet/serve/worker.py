"""The warm render workers: one process each, with WeasyPrint, the fonts, the parsed
stylesheets and PDFium loaded once, doing one request at a time (PDFium is not
thread-safe, and one process per worker keeps it so).

A request that runs past its time budget, or a worker that dies (absurd input, a crash in
a C library, memory), costs that request only: the process is ended, a new one started, and
the caller gets ``WorkerFailed`` with one line to show. The server never goes down with it.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import signal
from typing import Any



class WorkerFailed(Exception):
    """A request did not complete; the message is one line for the writer."""


class RenderWorker:
    """A process running ``pamphlet.serve.render`` functions, one call at a time, in the
    order they were asked for."""

    def __init__(self, name: str, nice: int = 0):
        self.name, self.nice = name, nice
        self._process = None
        self._connection = None
        self._lock = asyncio.Lock()
        #: How many times a process was started (the first start included).
        self.starts = 0

    def start(self) -> None:
        """Start the process now (it warms up while the server starts)."""
        context = multiprocessing.get_context("spawn")  # never fork a threaded server
        parent, child = context.Pipe()
        process = context.Process(target=_main, args=(child, self.nice, os.getpid()),
                                  name=f"pamphlet-serve-{self.name}", daemon=True)
        process.start()
        child.close()
        self._process, self._connection = process, parent
        self.starts += 1

    async def call(self, function: str, *args: Any, budget_s: float = 60) -> Any:
        """``render.<function>(*args)`` in the worker; raises WorkerFailed."""
        async with self._lock:
            # Started from the event loop's thread: the kernel's end-with-parent signal
            # follows the thread that started a process, and pool threads come and go.
            if self._process is None or not self._process.is_alive():
                self.stop()
                self.start()
            try:
                return await asyncio.to_thread(self._call, function, args, budget_s)
            except WorkerFailed:
                self.start()  # warm again before the next request
                raise

    def _call(self, function: str, args: tuple, budget_s: float) -> Any:
        try:
            self._connection.send((function, args))
            if not self._connection.poll(budget_s):
                self.stop()
                raise WorkerFailed(f"setting this took longer than {budget_s:g} s and was "
                                   "stopped; the worker was started again")
            status, value = self._connection.recv()
        except (EOFError, OSError):
            self.stop()
            raise WorkerFailed("the render worker stopped on this text; it was started "
                               "again") from None
        if status == "error":
            raise WorkerFailed(value)
        return value

    def stop(self) -> None:
        process, self._process = self._process, None
        if process is None:
            return
        try:
            self._connection.close()
        except OSError:
            pass
        process.kill()
        process.join(5)


def _main(connection, nice: int, parent: int) -> None:
    """The worker process: warm up, then answer requests until the pipe closes."""
    _end_with_parent(parent)
    if nice:
        os.nice(nice)
    from pamphlet.load.budget import limit_memory, memory_message
    from pamphlet.serve import render

    limit_memory()  # the build's memory budget, for the worker's life

    render.warm()
    while True:
        try:
            message = connection.recv()
        except (EOFError, OSError, KeyboardInterrupt):
            return
        function, args = message
        try:
            reply = ("ok", getattr(render, function)(*args))
        except MemoryError:
            reply = ("error", memory_message("setting this text"))
        except Exception as error:  # a bug of ours: this request only
            reply = ("error", f"internal error ({type(error).__name__}: {str(error)[:200]})")
        try:
            connection.send(reply)
        except (OSError, ValueError):
            return


def _end_with_parent(parent: int) -> None:
    """Linux: the kernel ends the worker when the server goes, even by kill -9."""
    try:
        import ctypes

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent:
        os._exit(1)
