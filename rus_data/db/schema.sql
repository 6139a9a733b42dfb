-- Schema of the Miljömålsdashboarden database (DuckDB).
-- Every value and assessment points to a row in `source`.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE source (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    url         TEXT,
    license     TEXT,
    fetched_at  TIMESTAMP NOT NULL,
    is_demo     BOOLEAN NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('reference', 'demo', 'import', 'kolada', 'scb')),
    description TEXT,
    imported_by TEXT,
    row_count   INTEGER
);

CREATE TABLE region (
    code        TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    level       TEXT NOT NULL CHECK (level IN ('riket', 'lan', 'kommun')),
    parent_code TEXT,
    letter      TEXT
);

CREATE TABLE county (
    code          TEXT PRIMARY KEY,
    letter        TEXT NOT NULL UNIQUE,
    has_coast     BOOLEAN NOT NULL,
    has_mountains BOOLEAN NOT NULL
);

CREATE TABLE objective (
    id                  INTEGER PRIMARY KEY CHECK (id BETWEEN 0 AND 16),
    name_sv             TEXT NOT NULL,
    name_en             TEXT NOT NULL,
    scope               TEXT NOT NULL
        CHECK (scope IN ('all', 'national_only', 'coastal', 'mountain', 'none')),
    assessed_regionally BOOLEAN NOT NULL
);

-- Which objectives are assessed where: the nation (00) and the counties within their scope.
CREATE TABLE assessment_scope (
    objective_id INTEGER NOT NULL,
    region_code  TEXT NOT NULL,
    PRIMARY KEY (objective_id, region_code)
);

CREATE TABLE indicator (
    id             TEXT PRIMARY KEY,
    name_sv        TEXT NOT NULL,
    name_en        TEXT NOT NULL,
    unit           TEXT NOT NULL,
    unit_en        TEXT NOT NULL,
    better         TEXT NOT NULL CHECK (better IN ('higher', 'lower', 'none')),
    finest_level   TEXT NOT NULL CHECK (finest_level IN ('riket', 'lan', 'kommun')),
    aggregation    TEXT NOT NULL CHECK (aggregation IN ('sum', 'mean')),
    decimals       INTEGER NOT NULL DEFAULT 1,
    description_sv TEXT,
    description_en TEXT
);

CREATE TABLE indicator_objective (
    indicator_id TEXT NOT NULL,
    objective_id INTEGER NOT NULL,
    PRIMARY KEY (indicator_id, objective_id)
);

CREATE TABLE indicator_value (
    indicator_id TEXT NOT NULL,
    region_code  TEXT NOT NULL,
    year         INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2100),
    gender       TEXT NOT NULL DEFAULT 'T' CHECK (gender IN ('T', 'K', 'M')),
    value        DOUBLE NOT NULL,
    source_id    INTEGER NOT NULL,
    PRIMARY KEY (indicator_id, region_code, year, gender)
);

CREATE TABLE assessment (
    objective_id INTEGER NOT NULL,
    region_code  TEXT NOT NULL,
    year         INTEGER NOT NULL,
    status       TEXT NOT NULL CHECK (status IN ('JA', 'NÄRA', 'NEJ')),
    trend        TEXT NOT NULL CHECK (trend IN ('POSITIV', 'NEUTRAL', 'NEGATIV', 'OKLAR')),
    comment      TEXT,
    source_id    INTEGER NOT NULL,
    PRIMARY KEY (objective_id, region_code, year)
);

CREATE TABLE sdg_goal (
    goal    INTEGER PRIMARY KEY CHECK (goal BETWEEN 1 AND 17),
    name_sv TEXT NOT NULL,
    name_en TEXT NOT NULL
);

CREATE TABLE sdg_target (
    id         TEXT PRIMARY KEY,
    goal       INTEGER NOT NULL,
    label_sv   TEXT NOT NULL,
    label_en   TEXT NOT NULL,
    sort_order INTEGER NOT NULL
);

-- Directed interaction "how does progress on A affect progress on B?" on the scale -3..+3.
-- Nodes are objectives (kind 'objective', id '0'..'16') or SDG targets (kind 'target', id '6.3').
CREATE TABLE interaction (
    id          INTEGER PRIMARY KEY,
    from_kind   TEXT NOT NULL CHECK (from_kind IN ('objective', 'target')),
    from_id     TEXT NOT NULL,
    to_kind     TEXT NOT NULL CHECK (to_kind IN ('objective', 'target')),
    to_id       TEXT NOT NULL,
    score       INTEGER NOT NULL CHECK (score BETWEEN -3 AND 3),
    rationale   TEXT NOT NULL CHECK (length(trim(rationale)) > 0),
    rationale_en TEXT,  -- optional English wording of the rationale
    confidence  TEXT NOT NULL DEFAULT 'medium' CHECK (confidence IN ('low', 'medium', 'high')),
    context     TEXT NOT NULL DEFAULT '00',
    scored_by   TEXT,
    scored_at   TIMESTAMP,
    source_id   INTEGER NOT NULL
);

-- Groups of regions, e.g. the SKR municipality groups; filled by import or connector.
CREATE TABLE region_group (
    group_set   TEXT NOT NULL,
    group_code  TEXT NOT NULL,
    group_name  TEXT NOT NULL,
    region_code TEXT NOT NULL,
    source_id   INTEGER NOT NULL,
    PRIMARY KEY (group_set, region_code)
);

-- Quantified targets of indicators, e.g. a level by 2030 or a change from a reference year.
-- region_code NULL: the target applies to every region (a share, or a change relative to the
-- region's own value in reference_year). kind 'level': target_value is in the indicator's unit;
-- kind 'change': target_value is a change in percent from the value in reference_year.
CREATE TABLE indicator_target (
    id             INTEGER PRIMARY KEY,
    indicator_id   TEXT NOT NULL,
    region_code    TEXT,
    target_year    INTEGER NOT NULL CHECK (target_year BETWEEN 1900 AND 2100),
    kind           TEXT NOT NULL CHECK (kind IN ('level', 'change')),
    target_value   DOUBLE NOT NULL,
    reference_year INTEGER,
    label_sv       TEXT NOT NULL,
    label_en       TEXT NOT NULL,
    source_id      INTEGER NOT NULL,
    CHECK (kind = 'level' OR reference_year IS NOT NULL),
    UNIQUE (indicator_id, region_code, target_year)
);

-- Workshop rounds on interactions (conflicts page). The app keeps these tables, and the
-- workshop scores it adopts, in a separate small DuckDB file (see rus_data/workshop.py),
-- they are created here too so that the main database can hold merged rounds.
CREATE TABLE workshop_session (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
    context    TEXT NOT NULL DEFAULT '00',
    created_at TIMESTAMP NOT NULL
);

CREATE TABLE workshop_score (
    session_id INTEGER NOT NULL,
    rater      TEXT NOT NULL CHECK (length(trim(rater)) > 0),
    from_kind  TEXT NOT NULL CHECK (from_kind IN ('objective', 'target')),
    from_id    TEXT NOT NULL,
    to_kind    TEXT NOT NULL CHECK (to_kind IN ('objective', 'target')),
    to_id      TEXT NOT NULL,
    score      INTEGER NOT NULL CHECK (score BETWEEN -3 AND 3),
    comment    TEXT NOT NULL CHECK (length(trim(comment)) > 0),
    scored_at  TIMESTAMP NOT NULL,
    PRIMARY KEY (session_id, rater, from_kind, from_id, to_kind, to_id)
);

-- Which source brought an indicator definition (imports and syncs), so an import can be undone.
-- Imports also create it in databases built before it existed.
CREATE TABLE IF NOT EXISTS indicator_source (
    indicator_id TEXT PRIMARY KEY,
    source_id    INTEGER NOT NULL
);

-- Derived from indicator_value (rus_data/db/summaries.py rebuilds both before every commit
-- that writes values): which sources and years each indicator has per region level, and the
-- counties' spread per indicator and year, so views across many indicators read few rows.
CREATE TABLE IF NOT EXISTS value_summary (
    indicator_id TEXT NOT NULL,
    level        TEXT NOT NULL,
    year         INTEGER NOT NULL,
    gender       TEXT NOT NULL,
    source_id    INTEGER NOT NULL,
    "values"     BIGINT NOT NULL
);

CREATE TABLE IF NOT EXISTS county_spread (
    indicator_id TEXT NOT NULL,
    year         INTEGER NOT NULL,
    counties     BIGINT NOT NULL,
    value_min DOUBLE, value_q1 DOUBLE, value_median DOUBLE, value_q3 DOUBLE, value_max DOUBLE,
    index_min DOUBLE, index_q1 DOUBLE, index_median DOUBLE, index_q3 DOUBLE, index_max DOUBLE
);
