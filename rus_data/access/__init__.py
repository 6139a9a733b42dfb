"""Who may do what: configured passwords and throttled login attempts (no Streamlit here)."""
