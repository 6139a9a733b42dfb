"""The workshop store's errors, shared by both backends: the one a user sees (in Swedish,
naming what to do) and the one that means another writer got to the same rows first."""

from __future__ import annotations

BUSY = "Många sparade samtidigt och dina ändringar kom inte fram; inget sparades. Försök igen."


class WorkshopError(Exception):
    """A problem the user can fix; the message is in Swedish and names what to change."""


class Collision(Exception):
    """Another writer changed the same rows at the same moment; the transaction was rolled
    back and may run again (see :func:`~rus_data.conflicts.workshop_store.write`)."""
