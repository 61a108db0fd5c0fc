"""retention package."""
