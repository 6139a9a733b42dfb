"""Imports of files into an existing database: reading, validation, templates and the writer."""
