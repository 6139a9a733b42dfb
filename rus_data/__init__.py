"""Data layer of Miljömålsdashboarden: schema, reference facts, demo data, build and queries.

This package never imports Streamlit, so the same code runs in the app, the CLI and the tests.
"""

__all__: list[str] = []
