"""Presentations: slide items, the PowerPoint deck, the printable report and ready-made decks."""
