"""Warm caches: the views people open, rendered once by a client of our own before they ask.

A served process keeps its view models and chart specs in memory; a new process, or a new
database version after an import, starts with none, and its first minutes queue every session
behind views rendered for the first time. The processes record which views are opened
(:mod:`rus_data.warm.popular`), and ``python -m rus_data serve`` renders the most opened ones
in every process over Streamlit's own websocket (:mod:`ui.warm`) before the
proxy lets browsers in, and again whenever the database file changes
(:mod:`rus_data.warm.warmer`).
"""
