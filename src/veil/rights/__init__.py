"""rights package."""
