"""What an indicator's unit says about how its changes are measured.

A share in percent changes in percentage points: a rise from 2 % to 6 % is +4 percentage
points, not +200 %. Percent change is offered only where a ratio of two values means something.
"""

from __future__ import annotations


def is_share(unit: str) -> bool:
    """True when ``unit`` is a share in percent (``%``, ``% av inköpsvärdet`` …)."""
    return str(unit).strip().startswith("%")


def change_unit(unit: str, language: str) -> str:
    """The unit of a change of a value in ``unit``: percentage points for a share."""
    if is_share(unit):
        return "procentenheter" if language == "sv" else "percentage points"
    return unit
