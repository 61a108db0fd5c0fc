"""Persistence: tables, repositories, unit of work, data registry and sealing."""
