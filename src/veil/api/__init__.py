"""HTTP API adapter (FastAPI): parse, call one service, render."""
