"""``python -m veil`` runs the command-line interface."""

from veil.cli.app import main

main()
