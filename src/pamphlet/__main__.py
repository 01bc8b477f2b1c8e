"""Run the command line with ``python -m pamphlet``."""

from pamphlet.cli import main

main()
