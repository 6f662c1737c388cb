"""`python -m cadence` runs the same entry point as the `cadence` command."""

import sys

from cadence.cli import main

sys.exit(main())
