"""repos package."""
