"""Budgets for work on untrusted input that no pre-check can bound: past one, the work
fails with a one-line reason naming the budget instead of hanging or taking the machine's
memory. Every budget is here (docs/architecture.md, "Budgets", lists them with serve's).

- **Time, in place** (Markdown conversion): on the main thread of a process that may be
  interrupted (a build, a pool worker) a timer signal interrupts the work. Elsewhere —
  another thread, where no signal can reach, or a long-lived process that must survive
  whatever a text does to the parser (``pamphlet watch``, ``pamphlet serve``:
  ``isolated()``) — the work runs in a separate worker process, which is killed when the
  budget runs out or when the work takes it down. A daemonic process (a Dask worker's
  thread) may start none: there the pre-checks alone hold.
- **CPU time** (``cpu_budget``: rendering a template, setting a statement or a part of a
  book): counted on the process's CPU clock, so a busy machine never fails a real
  statement; budgets nest, and the error names the one that ran out. On a thread other
  than the main one no timer can interrupt: there the sandbox's size limits and the
  caller's own budget (``pamphlet serve``'s watchdog) hold.
- **Memory** (``memory_budget``): the address space a process setting layouts may map
  (``RLIMIT_AS``): past it an allocation fails with MemoryError, which fails that
  statement, instead of the machine running out of memory. Build workers keep it for
  their life; a build in the CLI's own process lowers it while it sets.
"""

from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TypeVar

from pamphlet.errors import PamphletError

T = TypeVar("T")

#: CPU seconds one render of a layout's template may take. The largest measured, the front
#: matter of a 100-statement book, takes 0.1 s; a statement's template about 0.02 s.
TEMPLATE_SECONDS = 10
#: CPU seconds setting one statement in one layout for one target may take: every render
#: of its fit, and the finishing (imposition, PDF/X, cards). The largest measured, 2,500
#: words in statement-a4 (four renders) or as social cards, takes 3.5 s.
STATEMENT_SECONDS = 120
#: CPU seconds one document of a book may take to set: a chapter of up to 16 statements
#: (collection/chapters.py) with its fit, or the front or back matter, the leaves, the
#: cover. The largest measured, 16 statements of 1,500 to 2,500 words, takes 16 s.
CHAPTER_SECONDS = 600
#: The address space a process setting layouts may map, in bytes. The largest measured,
#: a 100-statement book set in one process, peaks at 0.5 GiB (a statement at 0.35 GiB).
MEMORY_BYTES = 4 * 1024**3

_state = {"isolated": False, "pool": None}
_lock = threading.Lock()


class OverBudget(PamphletError):
    """The work took longer than its budget (or broke the process doing it)."""

    #: The CPU budget that ran out ("template", "statement", "chapter"), if one did.
    budget: str = ""


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


# --- CPU-time budgets ----------------------------------------------------------------------


@dataclass(eq=False)
class _Budget:
    seconds: float
    what: str
    name: str
    #: The process CPU time (time.process_time) at which it runs out.
    deadline: float

    @property
    def message(self) -> str:
        return (f"{self.what} took more than {self.seconds:g} s of CPU time (the {self.name} "
                "budget)")


class _Expired(BaseException):
    """Raised by the timer inside the work: a BaseException, so that no ``except
    Exception`` on the way (WeasyPrint's, Jinja's, ours) swallows it; the budget's own
    ``with`` turns it into OverBudget."""

    def __init__(self, budget: _Budget):
        super().__init__(budget.message)
        self.budget = budget


#: The CPU budgets running on the main thread, outermost first.
_running: list[_Budget] = []
#: After a budget ran out, the timer fires again after this many CPU seconds if the work
#: is still in it (code on the way that catches every exception, a ``__del__``): long
#: enough for the work to unwind and free what it made.
_AGAIN_SECONDS = 5


class cpu_budget:  # noqa: N801 (used as a function: ``with cpu_budget(...)``)
    """At most ``seconds`` of this process's CPU time for the block, else OverBudget
    ("<what> took more than N s of CPU time (the <name> budget)", its ``budget`` the name,
    its traceback reaching where the time ran out). Nested budgets keep the earliest
    deadline; the error names the budget that ran out (the outer one when both did). Off
    the main thread, or without ``setitimer``, the block runs unbudgeted."""

    def __init__(self, seconds: float, what: str, name: str):
        self.seconds, self.what, self.name = seconds, what, name
        self.budget: _Budget | None = None

    def __enter__(self):
        if threading.current_thread() is not threading.main_thread() \
                or not hasattr(signal, "setitimer"):
            return self
        self.depth = len(_running)
        self.budget = _Budget(self.seconds, self.what, self.name,
                              time.process_time() + self.seconds)
        self.previous = signal.signal(signal.SIGPROF, _on_timer) if not self.depth else None
        _running.append(self.budget)
        _arm()
        return self

    def __exit__(self, kind, error, trace) -> bool:
        if self.budget is None:
            return False
        signal.setitimer(signal.ITIMER_PROF, 0)
        del _running[self.depth:]
        if _running:
            _arm()
        elif self.previous is not None:
            signal.signal(signal.SIGPROF, self.previous)
        if isinstance(error, _Expired) and (error.budget is self.budget
                                            or error.budget not in _running):
            over = OverBudget(error.budget.message)
            over.budget = error.budget.name
            raise over.with_traceback(trace) from None
        return False  # an outer budget ran out (its own block says so), or no budget did


def _arm() -> None:
    """The timer set for the earliest deadline of the budgets running."""
    left = min(budget.deadline for budget in _running) - time.process_time()
    signal.setitimer(signal.ITIMER_PROF, max(left, 0.001))


def _on_timer(signum, frame) -> None:
    if not _running:
        return
    now = time.process_time()
    over = [budget for budget in _running if now >= budget.deadline - 0.001]
    if not over:
        _arm()  # woke early (the timer's granularity): wait for the rest
        return
    signal.setitimer(signal.ITIMER_PROF, _AGAIN_SECONDS)
    raise _Expired(over[0])


# --- the memory budget ---------------------------------------------------------------------


def limit_memory(limit: int | None = None) -> None:
    """This process may map at most ``limit`` bytes (MEMORY_BYTES) from now on: for a worker
    process, for its whole life. A lower limit already set is kept."""
    try:
        import resource
    except ImportError:  # not POSIX: no limit
        return
    limit = MEMORY_BYTES if limit is None else limit
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    if soft == resource.RLIM_INFINITY or soft > limit:
        try:
            resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
        except (ValueError, OSError):
            pass


@contextmanager
def memory_budget():
    """Within the block, this process may map at most MEMORY_BYTES (or, when it already
    maps more than half that, half that beyond what it maps): for work in the CLI's own
    process, which gets its old limit back after. Off the main thread (a Dask worker's) the
    process is not ours to limit: the block runs as it is."""
    try:
        import resource
    except ImportError:
        yield
        return
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    before = resource.getrlimit(resource.RLIMIT_AS)
    limit_memory(max(MEMORY_BYTES, _mapped_bytes() + MEMORY_BYTES // 2))
    try:
        yield
    finally:
        try:
            resource.setrlimit(resource.RLIMIT_AS, before)
        except (ValueError, OSError):
            pass


def _mapped_bytes() -> int:
    """The address space this process maps now (0 where /proc does not say)."""
    try:
        with open("/proc/self/statm", "rb") as stream:
            return int(stream.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


def memory_message(what: str) -> str:
    """The line for work that ran out of memory (MemoryError) within its budget."""
    return (f"{what} needed more memory than the memory budget allows "
            f"({MEMORY_BYTES / 1024**3:g} GiB)")
