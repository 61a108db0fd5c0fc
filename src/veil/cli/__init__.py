"""Command-line adapter (Typer): parse, call a service, print one line."""
