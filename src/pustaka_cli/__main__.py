"""``python -m pustaka_cli`` and the ``pustaka`` console command."""

from pustaka_cli.cli import main

if __name__ == "__main__":
    main()
