"""Connectors to open data APIs (Kolada, Statistics Sweden) and the sync that writes their data."""
