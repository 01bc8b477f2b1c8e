"""Run the command line with ``python -m pamphlet``."""

from pamphlet.cli import main

if __name__ == "__main__":  # not again in a worker process that imports this module
    main()
