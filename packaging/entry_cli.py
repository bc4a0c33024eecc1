"""The bundle's matchtafel-cli: the command line, with its output and exit code, for scripts and terminals."""

import sys

from matchtafel.__main__ import main

sys.exit(main())
