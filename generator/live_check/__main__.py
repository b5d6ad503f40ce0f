"""`python -m generator.live_check`: see cli.py."""

from generator.live_check.cli import main

raise SystemExit(main())
