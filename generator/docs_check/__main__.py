"""`python -m generator.docs_check`: run the docs checker (see generator/docs_check/cli.py)."""

import sys

from generator.docs_check.cli import main

sys.exit(main())
