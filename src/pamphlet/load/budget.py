"""A time budget for work on untrusted text that no pre-check can bound (Markdown
conversion): past it, the work fails with a one-line reason instead of hanging.

On the main thread of a process that may be interrupted (a build, a pool worker) a timer
signal interrupts the work. Elsewhere — another thread, where no signal can reach, or a
long-lived process that must survive whatever a text does to the parser (``pamphlet
watch``, ``pamphlet serve``: ``isolate()``) — the work runs in a separate worker process,
which is killed when the budget runs out or when the work takes it down. A daemonic
process (a Dask worker's thread) may start none: there the pre-checks alone hold.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from typing import TypeVar

from pamphlet.errors import PamphletError

T = TypeVar("T")

_state = {"isolated": False, "pool": None}
_lock = threading.Lock()


class OverBudget(PamphletError):
    """The work took longer than its budget (or broke the process doing it)."""


@contextmanager
def isolated():
    """Within this block, budgeted work runs in a worker process (for long-lived
    processes: ``watch``, ``serve``)."""
    previous, _state["isolated"] = _state["isolated"], True
    try:
        yield
    finally:
        _state["isolated"] = previous


@contextmanager
def time_limit(seconds: float, what: str):
    """A budget for work done in place (it may change its arguments): the timer on a main
    thread, nothing elsewhere (such work brings its own limits too)."""
    if threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer"):
        with _alarm(seconds, what):
            yield
    else:
        yield


def within_budget(seconds: float, what: str, function: Callable[..., T], *args) -> T:
    """``function(*args)``, or OverBudget naming ``what`` after ``seconds``."""
    import multiprocessing

    on_main = threading.current_thread() is threading.main_thread()
    if not _state["isolated"] and on_main and hasattr(signal, "setitimer"):
        with _alarm(seconds, what):
            return function(*args)
    if multiprocessing.current_process().daemon:
        # A daemonic worker (Dask's) may not start processes: the pre-checks alone hold.
        return function(*args)
    return _in_worker(seconds, what, function, *args)


@contextmanager
def _alarm(seconds: float, what: str):
    def expired(signum, frame):
        raise OverBudget(f"{what} took longer than {seconds:g} s; simplify the text")

    if signal.getitimer(signal.ITIMER_REAL)[0]:  # a budget is already running: keep it
        yield
        return
    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _pool() -> ProcessPoolExecutor:
    with _lock:
        if _state["pool"] is None:
            import multiprocessing

            context = multiprocessing.get_context("forkserver")  # no fork of our threads
            context.set_forkserver_preload(["pamphlet.load.markup"])
            _state["pool"] = ProcessPoolExecutor(max_workers=1, mp_context=context)
        return _state["pool"]


def _discard_pool() -> None:
    with _lock:
        pool, _state["pool"] = _state["pool"], None
    if pool is not None:
        for process in list(getattr(pool, "_processes", {}).values()):
            process.kill()
        pool.shutdown(wait=False, cancel_futures=True)


def _in_worker(seconds: float, what: str, function: Callable[..., T], *args) -> T:
    future = _pool().submit(function, *args)
    try:
        return future.result(timeout=seconds)
    except FutureTimeout:
        _discard_pool()
        raise OverBudget(f"{what} took longer than {seconds:g} s; simplify the text") from None
    except BrokenProcessPool:
        _discard_pool()
        raise OverBudget(f"{what} broke the process doing it (out of memory?); simplify "
                         "the text") from None
