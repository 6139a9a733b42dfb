"""Reference facts: counties, municipalities, objectives and the Agenda 2030 goals."""
