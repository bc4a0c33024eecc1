"""PySide6 reads the source of every module imported after it.

Its ``__feature__`` support (``from __feature__ import snake_case``) decides for each newly imported module
whether it uses PySide, by reading the module's whole source file and searching it for "PySide6"; Python's
``linecache`` then keeps every file read. At start that was ~90 files and 18–34 ms before the first screen
showed its data, and ~28 MiB of source lines once every screen had been visited.

``read_no_sources()`` gives PySide the same answer from what the module holds once imported: a PySide
module, class or value among its names. A module that selects a feature imports ``__feature__``, which
PySide handles on its own path, unchanged. Installed once, when ``matchtafel.ui`` is first imported.
"""

from __future__ import annotations

import sys
from types import ModuleType


def read_no_sources() -> None:
    import PySide6.QtCore  # noqa: F401  (loads shiboken's support modules, ``feature`` among them)

    feature = sys.modules.get("shibokensupport.feature")
    if feature is not None and callable(getattr(feature, "_mod_uses_pyside", None)):
        feature._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]
    # Another PySide6 without it keeps its own way (tests/ui/widgets/test_pyside_sources.py notices).


def uses_pyside(module: ModuleType) -> bool:
    """Does the imported module hold anything of PySide6 (a module, a class, an enum value, a signal)?"""
    for value in list(vars(module).values()):
        if isinstance(value, ModuleType):
            origin = value.__name__
        else:
            origin = str((value if isinstance(value, type) else type(value)).__module__)
        if origin.startswith(("PySide6", "shiboken6")):
            return True
    return False
