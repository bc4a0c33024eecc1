"""The interface (Qt): the composition root ``app.py``, the main window, shared widgets, the screens."""

from matchtafel.ui.widgets.pyside_sources import read_no_sources

read_no_sources()  # before the screens' modules are imported: PySide need not read their source files
