"""The documented long formats that can be imported: columns, keys, vocabularies, examples."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

KindName = Literal["values", "assessments", "indicators", "region_groups", "interactions"]
KIND_NAMES: tuple[KindName, ...] = (
    "values",
    "assessments",
    "indicators",
    "region_groups",
    "interactions",
)


@dataclass(frozen=True)
class Column:
    """One column of an import format."""

    name: str
    required: bool
    allowed_sv: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class ImportKind:
    """One importable format: its columns, the key that must be unique and an example row."""

    name: KindName
    label_sv: str
    table: str
    columns: tuple[Column, ...]
    key: tuple[str, ...]
    example: dict[str, str]

    @property
    def required(self) -> list[str]:
        """Names of the required columns."""
        return [c.name for c in self.columns if c.required]

    def alias_map(self) -> dict[str, str]:
        """Header spellings (lower case) mapped to the column name."""
        mapping = {}
        for column in self.columns:
            mapping[column.name] = column.name
            for alias in column.aliases:
                mapping[alias] = column.name
        return mapping


STATUS_SPELLINGS = {"JA": "JA", "NÄRA": "NÄRA", "NARA": "NÄRA", "NEJ": "NEJ"}
TREND_SPELLINGS = {
    "POSITIV": "POSITIV",
    "NEUTRAL": "NEUTRAL",
    "NEGATIV": "NEGATIV",
    "OKLAR": "OKLAR",
}
GENDER_SPELLINGS = {
    "": "T",
    "T": "T",
    "TOTALT": "T",
    "K": "K",
    "KVINNOR": "K",
    "M": "M",
    "MÄN": "M",
}
BETTER_SPELLINGS = {"HIGHER": "higher", "HÖGRE": "higher", "LOWER": "lower", "LÄGRE": "lower"}
LEVEL_SPELLINGS = {"RIKET": "riket", "LAN": "lan", "LÄN": "lan", "KOMMUN": "kommun"}
AGGREGATION_SPELLINGS = {"SUM": "sum", "SUMMA": "sum", "MEAN": "mean", "MEDEL": "mean"}
NODE_KIND_SPELLINGS = {
    "OBJECTIVE": "objective",
    "MÅL": "objective",
    "MAL": "objective",
    "TARGET": "target",
    "DELMÅL": "target",
    "DELMAL": "target",
}
CONFIDENCE_SPELLINGS = {
    "": "medium",
    "LOW": "low",
    "LÅG": "low",
    "MEDIUM": "medium",
    "MEDEL": "medium",
    "HIGH": "high",
    "HÖG": "high",
}

VALUES = ImportKind(
    name="values",
    label_sv="Indikatorvärden",
    table="indicator_value",
    columns=(
        Column(
            "indicator_id",
            True,
            "id för en indikator som finns i databasen",
            ("indikator", "kpi", "nyckeltal"),
        ),
        Column(
            "region_code",
            True,
            "00 (Sverige), länskod 01–25 eller kommunkod med fyra siffror",
            ("region", "regionkod", "kod", "kommun", "län", "lan", "område"),
        ),
        Column("year", True, "årtal 1970–2100", ("år", "ar", "period")),
        Column("value", True, "tal; decimalkomma eller decimalpunkt", ("värde", "varde", "varden")),
        Column("gender", False, "T (totalt, standard), K (kvinnor) eller M (män)", ("kön",)),
    ),
    key=("indicator_id", "region_code", "year", "gender"),
    example={
        "indicator_id": "ghg_emissions_per_capita",
        "region_code": "0180",
        "year": "2022",
        "value": "3,1",
        "gender": "T",
    },
)

ASSESSMENTS = ImportKind(
    name="assessments",
    label_sv="Bedömningar av miljömålen",
    table="assessment",
    columns=(
        Column("objective_id", True, "miljömålets nummer 0–16", ("mål", "mal", "miljömål")),
        Column("region_code", True, "00 (Sverige) eller länskod 01–25", ("region", "län")),
        Column("year", True, "årtal 2000–2100", ("år", "ar")),
        Column("status", True, "JA, NÄRA eller NEJ (även Ja/ja, Nära/NARA, Nej)"),
        Column("trend", True, "POSITIV, NEUTRAL, NEGATIV eller OKLAR (även Positiv osv.)"),
        Column("comment", False, "länets motivering, fri text", ("kommentar", "motivering")),
    ),
    key=("objective_id", "region_code", "year"),
    example={
        "objective_id": "2",
        "region_code": "20",
        "year": "2024",
        "status": "NÄRA",
        "trend": "Positiv",
        "comment": "Halterna sjunker men målet nås inte överallt.",
    },
)

INDICATORS = ImportKind(
    name="indicators",
    label_sv="Indikatordefinitioner",
    table="indicator",
    columns=(
        Column("id", True, "kort id med bokstäver, siffror, _ och -", ("indicator_id",)),
        Column("name_sv", True, "namn på svenska"),
        Column("name_en", True, "namn på engelska"),
        Column("unit", True, "enhet på svenska, t.ex. %", ("enhet",)),
        Column("unit_en", True, "enhet på engelska"),
        Column("better", True, "higher eller lower (även högre/lägre)"),
        Column("finest_level", True, "riket, lan eller kommun"),
        Column("aggregation", True, "sum eller mean"),
        Column("decimals", False, "heltal 0–6 (standard 1)"),
        Column("description_sv", False, "fri text"),
        Column("description_en", False, "fri text"),
        Column("objectives", False, "miljömålens nummer 0–16, åtskilda med ; eller |"),
    ),
    key=("id",),
    example={
        "id": "organic_farmland_share",
        "name_sv": "Andel ekologisk jordbruksmark",
        "name_en": "Share of organic farmland",
        "unit": "%",
        "unit_en": "%",
        "better": "higher",
        "finest_level": "kommun",
        "aggregation": "mean",
        "decimals": "1",
        "description_sv": "",
        "description_en": "",
        "objectives": "13;16",
    },
)

REGION_GROUPS = ImportKind(
    name="region_groups",
    label_sv="Regiongrupper",
    table="region_group",
    columns=(
        Column("group_set", True, "namn på indelningen, t.ex. skr_kommungrupp"),
        Column("group_code", True, "gruppens kod, t.ex. B3"),
        Column("group_name", True, "gruppens namn"),
        Column("region_code", True, "region som hör till gruppen", ("region", "kommun")),
    ),
    key=("group_set", "region_code"),
    example={
        "group_set": "skr_kommungrupp",
        "group_code": "A1",
        "group_name": "Storstäder",
        "region_code": "0180",
    },
)

INTERACTIONS = ImportKind(
    name="interactions",
    label_sv="Samspelsbedömningar",
    table="interaction",
    columns=(
        Column("from_kind", True, "objective (miljömål) eller target (Agenda 2030-delmål)"),
        Column("from_id", True, "målnummer 0–16 eller delmålets id, t.ex. 6.3"),
        Column("to_kind", True, "objective eller target"),
        Column("to_id", True, "målnummer 0–16 eller delmålets id"),
        Column("score", True, "heltal −3 till +3"),
        Column("rationale", True, "motivering, får inte vara tom"),
        Column("confidence", False, "low, medium eller high (standard medium)"),
        Column("context", False, "regionkod som bedömningen gäller (standard 00)"),
    ),
    key=("from_kind", "from_id", "to_kind", "to_id", "context"),
    example={
        "from_kind": "objective",
        "from_id": "1",
        "to_kind": "target",
        "to_id": "13.2",
        "score": "2",
        "rationale": "Minskade utsläpp stöder klimatarbetet i planeringen.",
        "confidence": "medium",
        "context": "00",
    },
)

KINDS: dict[str, ImportKind] = {
    kind.name: kind for kind in (VALUES, ASSESSMENTS, INDICATORS, REGION_GROUPS, INTERACTIONS)
}


def kind_by_name(name: str) -> ImportKind:
    """The import kind called ``name``; ValueError in Swedish when unknown."""
    if name not in KINDS:
        raise ValueError(f"Okänd importtyp ”{name}”; välj en av {', '.join(KINDS)}.")
    return KINDS[name]
