"""A KPI catalogue in Kolada v3's shape, for the fake Kolada server.

Written for the tests: the fields are those of the recorded v3 KPI objects, the descriptions
are phrased as Kolada phrases them (the objective named in "Nyckeltalet följer upp
miljökvalitetsmålet …", the producer in "Källa: …"), the numbers and most wordings are ours.
Some KPIs name an objective, some are environment KPIs that do not (the reviewed table in the
data layer links them), and most are about something else, as in the real catalogue.
"""

from __future__ import annotations


def _kpi(
    kpi_id: str,
    title: str,
    description: str,
    municipality_type: str = "A",
    divided: bool = False,
    area: str = "Miljö och energi",
) -> dict:
    return {
        "id": kpi_id,
        "title": title,
        "description": description,
        "is_divided_by_gender": divided,
        "municipality_type": municipality_type,
        "auspice": "E",
        "operating_area": area,
        "perspective": "Resultat",
        "prel_publication_date": None,
        "publication_date": "2025-09-15",
        "publ_period": "2023",
        "has_ou_data": False,
    }


CLIMATE = (
    "Nyckeltalet följer upp miljökvalitetsmålet Begränsad klimatpåverkan, se även "
    "sverigesmiljomal.se."
)
SMHI = "Källa: Nationella emissionsdatabasen (SMHI) och SCB."

CATALOGUE: list[dict] = [
    _kpi(
        "N00401",
        "Utsläpp till luft av växthusgaser totalt, ton CO2-ekv/inv",
        "Totala utsläpp av växthusgaser inom det geografiska området, dividerat med antal "
        f"invånare 31/12. {CLIMATE} {SMHI}",
    ),
    _kpi(
        "N07702",
        "Utsläpp till luft av växthusgaser totalt, ton CO2-ekv",
        f"Totala utsläpp av växthusgaser inom det geografiska området. {CLIMATE} {SMHI}",
    ),
    _kpi(
        "N85532",
        "Utsläpp till luft av växthusgaser, transporter, ton CO2-ekv/inv",
        f"Utsläpp från inrikes transporter dividerat med antal invånare. {CLIMATE} {SMHI}",
    ),
    _kpi(
        "N85047",
        "Utsläpp till luft av kväveoxider (NOx), kg/inv",
        "Utsläpp av kväveoxider dividerat med antal invånare. Nyckeltalet följer upp "
        "miljökvalitetsmålen Frisk luft, Bara naturlig försurning och Ingen övergödning. "
        f"{SMHI}",
    ),
    _kpi(
        "N85048",
        "Utsläpp till luft av partiklar (PM2,5), kg/inv",
        "Utsläpp av partiklar mindre än 2,5 mikrometer dividerat med antal invånare. "
        f"Nyckeltalet följer upp miljökvalitetsmålet Frisk luft. {SMHI}",
    ),
    _kpi(
        "U07801",
        "Insamlat kommunalt avfall totalt, kg/invånare",
        "Mängd insamlat kommunalt avfall dividerat med antal invånare. Källa: Avfall Sverige.",
        "K",
    ),
    _kpi(
        "U07414",
        "Insamlat hushållsavfall - andel som materialåtervunnits inklusive biologisk "
        "behandling, (%)",
        "Andel av hushållsavfallet som materialåtervunnits. Källa: Avfall Sverige.",
        "K",
    ),
    _kpi(
        "N00403",
        "Ekologiskt odlad jordbruksmark, andel (%)",
        "Andel ekologiskt odlad och certifierad jordbruksmark av all jordbruksmark. "
        "Källa: Jordbruksverket.",
        "A",
    ),
    _kpi(
        "N85054",
        "Skyddad natur totalt, andel (%)",
        "Andel skyddad natur av kommunens eller länets totala areal. Källa: SCB.",
    ),
    _kpi(
        "N45930",
        "Förnybar och återvunnen energi i fjärrvärmeproduktionen, andel (%)",
        "Andel förnybar och återvunnen energi av total tillförd energi till "
        "fjärrvärmeproduktionen. Källa: Energiföretagen Sverige.",
        "K",
    ),
    _kpi(
        "N07945",
        "Nyregistrerade elbilar, andel (%)",
        "Andel nyregistrerade personbilar som är elbilar. Källa: Trafikanalys.",
        "K",
        divided=True,
    ),
    _kpi(
        "N85600",
        "Tillförd fosfor till åkermark från stallgödsel, kg/ha",
        "Fosfor från stallgödsel per hektar åkermark. Nyckeltalet följer upp "
        "miljökvalitetsmålet Ingen övergödning, se även sverigesmiljomal.se. "
        "Källa: Jordbruksverket.",
        "L",
    ),
    _kpi(
        "N85601",
        "Utsläpp till luft av växthusgaser från egen uppvärmning, ton CO2-ekv",
        f"Utsläppen från egen uppvärmning av bostäder och lokaler. {CLIMATE} {SMHI}",
        "L",
    ),
    # KPIs about other things, as most of the catalogue is.
    _kpi(
        "N01951",
        "Invånare totalt, antal",
        "Antal invånare totalt den 31/12. Källa: SCB.",
        area="Befolkning",
    ),
    _kpi(
        "N15419",
        "Elever i åk 9 som uppnått kunskapskraven i alla ämnen, andel (%)",
        "Andel elever i årskurs 9 som uppnått kunskapskraven. Källa: Skolverket.",
        "K",
        divided=True,
        area="Grundskola",
    ),
    _kpi(
        "N00914",
        "Nettokostnad äldreomsorg, kr/inv",
        "Kommunens nettokostnad för äldreomsorg dividerat med antal invånare. Källa: SCB.",
        "K",
        area="Äldreomsorg",
    ),
    _kpi(
        "N07403",
        "Bussresor per invånare, antal",
        "Antal påstigningar i kollektivtrafiken per invånare; målet för resandet ska nås "
        "till år 2030. Källa: Trafikanalys.",
        "L",
        area="Kollektivtrafik",
    ),
]

# Kolada's KPI selection for following up the objectives in municipalities, as a KPI group.
OBJECTIVES_GROUP = {
    "id": "G2KPI110000",
    "title": "Miljömålsuppföljning i kommunerna",
    "members": [
        {"member_id": kpi_id, "member_title": title}
        for kpi_id, title in (
            ("N00401", "Utsläpp till luft av växthusgaser totalt, ton CO2-ekv/inv"),
            ("N85048", "Utsläpp till luft av partiklar (PM2,5), kg/inv"),
            ("U07414", "Insamlat hushållsavfall - andel som materialåtervunnits"),
            ("N85054", "Skyddad natur totalt, andel (%)"),
        )
    ],
}
OTHER_KPI_GROUPS = [
    {
        "id": "G2KPI100001",
        "title": "Kommunens kvalitet i korthet",
        "members": [{"member_id": "N15419", "member_title": "Elever i åk 9"}],
    }
]

# The nine SKR municipality groups: titles that share no common text, as in Kolada v3.
SKR_GROUPS = [
    {"id": "G124", "title": "Storstäder (A1)", "members": ["0180", "1280", "1480"]},
    {"id": "G125", "title": "Pendlingskommun nära storstad (A2)", "members": ["0114", "0305"]},
    {"id": "G126", "title": "Större stad (B3)", "members": ["0380", "0580"]},
    {"id": "G127", "title": "Pendlingskommun nära större stad (B4)", "members": ["0381"]},
    {"id": "G128", "title": "Lågpendlingskommun nära större stad (B5)", "members": ["0881"]},
    {"id": "G129", "title": "Mindre stad/tätort (C6)", "members": ["2080"]},
    {"id": "G130", "title": "Pendlingskommun nära mindre stad/tätort (C7)", "members": ["2023"]},
    {"id": "G131", "title": "Landsbygdskommun (C8)", "members": ["2584"]},
    {"id": "G132", "title": "Landsbygdskommun med besöksnäring (C9)", "members": ["0980"]},
]
