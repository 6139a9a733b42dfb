"""Altair chart builders. They take frames from ``rus_data.db.queries`` and never touch the UI."""
