"""`python -m bot.cli` runs the `ledelsesbot` command."""

from . import main

main()
