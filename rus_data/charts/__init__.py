"""Altair chart builders. They take frames from ``rus_data.queries`` and never touch the UI."""
