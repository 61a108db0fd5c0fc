"""Operational services: readiness and schema management."""
