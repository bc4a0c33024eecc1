"""Keeping the app's memory to what it holds: two things the libraries under it would otherwise keep.

A region's 100,000 young people, its 50,000 vacancies and every screen fit in 300 MB; these two made the
difference of ~40 MB after a round through every screen (``benchmarks/startup.py`` measures it).
"""

from __future__ import annotations

import ctypes
import linecache
import sys
from collections.abc import Callable
from functools import cache
from typing import cast


def forget_source_lines() -> None:
    """PySide6 reads the source of every module imported after it (looking for ``from __feature__``) and
    Python's ``linecache`` keeps those lines for good: ~28 MiB once every screen has been visited, as much
    as a list of 100,000 young people. Tracebacks read the files again when they need them."""
    linecache.clearcache()


M_ARENA_MAX = -8  # glibc's mallopt() parameter


def fewer_malloc_arenas() -> None:
    """On Linux, glibc gives each thread that allocates its own heap ("arena", up to eight per core); the
    pool threads that read long lists leave free pieces in theirs that the others never reuse (~10 MB).
    Two arenas serve a UI thread and a pool of two. Call it before any thread starts."""
    if not sys.platform.startswith("linux"):
        return
    try:
        ctypes.CDLL("libc.so.6").mallopt(M_ARENA_MAX, 2)
    except (OSError, AttributeError):  # not glibc (musl): nothing to tune
        return


def give_back_freed_memory() -> None:
    """On Linux, hands back to the system the pages glibc kept after a piece of background work (a long
    list's raw rows and per-value caches: ~15-25 MB at 100,000 young people). Without it they stay with the
    process and the next screen's list grows on top of them (``benchmarks/startup.py``'s peak memory at 100k:
    334 MiB without, ~310 with). Well under a millisecond; the pool threads call it after each job."""
    trim = _malloc_trim() if sys.platform.startswith("linux") else None
    if trim is not None:
        trim(0)


@cache
def _malloc_trim() -> Callable[[int], int] | None:
    try:
        return cast("Callable[[int], int]", ctypes.CDLL("libc.so.6").malloc_trim)
    except (OSError, AttributeError):  # not glibc (musl): nothing to give back this way
        return None
