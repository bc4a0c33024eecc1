"""One lock for the modules that are imported on first use, from any thread.

Start-up leaves SQLAlchemy, the models and most services to be imported when first needed, which is often
on a pool thread while the UI thread builds a screen. Two threads importing modules that import each other
can each find the other's module half made (Python's import locks then give way rather than deadlock) and
fail with "module has no attribute": the services, the engine and the screens are therefore made under
this one lock, one thread at a time. A thread waits at most as long as the other thread's import.
"""

from __future__ import annotations

import threading

FIRST_USE = threading.RLock()
