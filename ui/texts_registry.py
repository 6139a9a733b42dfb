"""Every page's own text module, merged into the translations by ``ui.i18n.t``.

A page keeps its Swedish and English texts in ``ui/texts_<page>.py`` as one dict and adds one
line here.
"""

from __future__ import annotations

from ui.texts_admin import ADMIN_TEXTS
from ui.texts_conflicts import CONFLICTS_TEXTS
from ui.texts_map import MAP_TEXTS
from ui.texts_peers import PEERS_TEXTS
from ui.texts_presentation import PRESENTATION_TEXTS
from ui.texts_trends import TRENDS_TEXTS

FEATURE_TEXTS: tuple[dict, ...] = (
    MAP_TEXTS,
    TRENDS_TEXTS,
    CONFLICTS_TEXTS,
    PEERS_TEXTS,
    ADMIN_TEXTS,
    PRESENTATION_TEXTS,
    # one line per page text module
)
