"""Per-municipality attributes that shape the synthetic values: latitude, urban score, weight.

The weight is an internal size used only to combine municipalities into county and national
values; it is never stored or shown.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from rus_data.reference.geometry import boundaries, centroids

# In SCB's numbering, codes ending 80-84 are the larger towns of each county.
_TOWN_SUFFIXES = ("80", "81", "82", "83", "84")


def municipality_attributes(rng: np.random.Generator) -> pd.DataFrame:
    """Attributes per municipality: ``code``, ``county_code``, ``lat``, ``urban``, ``weight``."""
    points = centroids("kommun")
    area_km2 = boundaries("kommun").to_crs(3006).area.to_numpy() / 1e6
    frame = pd.DataFrame({"code": points["code"], "lat": points["lat"].round(4)})
    frame["county_code"] = frame["code"].str[:2]
    is_town = frame["code"].str[2:].isin(_TOWN_SUFFIXES).to_numpy()
    small_area = 1.0 - pd.Series(area_km2).rank(pct=True).to_numpy()
    frame["urban"] = np.round(0.55 * is_town + 0.45 * small_area, 4)
    size = np.exp(rng.normal(0.0, 0.6, len(frame))) * (1.0 + 6.0 * frame["urban"].to_numpy())
    frame["weight"] = np.round(size / size.sum() * 10_000, 4)
    return frame
