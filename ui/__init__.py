"""The small UI layer shared by the pages: translations, sidebar state, caching, components."""
