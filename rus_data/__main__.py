"""Command line: ``python -m rus_data build``."""

from rus_data.cli import main

raise SystemExit(main())
