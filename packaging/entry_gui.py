"""The bundle's Matchtafel (Matchtafel.exe on Windows): the window, without a console window."""

import sys

from matchtafel.__main__ import gui_main

sys.exit(gui_main())
