"""Every page's own text module, merged into the translations by ``ui.i18n.t``.

A page keeps its Swedish and English texts in ``ui/texts_<page>.py`` as one dict and adds one
line here.
"""

from __future__ import annotations

from ui.texts_admin import ADMIN_TEXTS

FEATURE_TEXTS: tuple[dict, ...] = (
    ADMIN_TEXTS,
    # one line per page text module
)
