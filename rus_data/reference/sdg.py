"""The UN Agenda 2030 Sustainable Development Goals (SDGs): 17 goals and their 169 targets.

Goal and target ids follow the official UN numbering (numbered targets first, then the
lettered means-of-implementation targets). Goal names are the commonly used short names.
The target labels are this project's own short wordings in Swedish and English, written to
say what each target is about; they are not the official UN target texts.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SdgGoal:
    """One of the 17 Sustainable Development Goals."""

    goal: int
    name_sv: str
    name_en: str


@dataclass(frozen=True)
class SdgTarget:
    """One SDG target with its official id and a short, own-worded label."""

    id: str
    goal: int
    label_sv: str
    label_en: str


SDG_GOALS: tuple[SdgGoal, ...] = (
    SdgGoal(1, "Ingen fattigdom", "No poverty"),
    SdgGoal(2, "Ingen hunger", "Zero hunger"),
    SdgGoal(3, "God hälsa och välbefinnande", "Good health and well-being"),
    SdgGoal(4, "God utbildning för alla", "Quality education"),
    SdgGoal(5, "Jämställdhet", "Gender equality"),
    SdgGoal(6, "Rent vatten och sanitet", "Clean water and sanitation"),
    SdgGoal(7, "Hållbar energi för alla", "Affordable and clean energy"),
    SdgGoal(
        8,
        "Anständiga arbetsvillkor och ekonomisk tillväxt",
        "Decent work and economic growth",
    ),
    SdgGoal(
        9,
        "Hållbar industri, innovationer och infrastruktur",
        "Industry, innovation and infrastructure",
    ),
    SdgGoal(10, "Minskad ojämlikhet", "Reduced inequalities"),
    SdgGoal(11, "Hållbara städer och samhällen", "Sustainable cities and communities"),
    SdgGoal(
        12,
        "Hållbar konsumtion och produktion",
        "Responsible consumption and production",
    ),
    SdgGoal(13, "Bekämpa klimatförändringarna", "Climate action"),
    SdgGoal(14, "Hav och marina resurser", "Life below water"),
    SdgGoal(15, "Ekosystem och biologisk mångfald", "Life on land"),
    SdgGoal(
        16,
        "Fredliga och inkluderande samhällen",
        "Peace, justice and strong institutions",
    ),
    SdgGoal(17, "Genomförande och globalt partnerskap", "Partnerships for the goals"),
)

SDG_TARGETS: tuple[SdgTarget, ...] = (
    # Goal 1
    SdgTarget("1.1", 1, "Utrota extrem fattigdom", "End extreme poverty"),
    SdgTarget("1.2", 1, "Halvera fattigdomen nationellt", "Halve poverty by national measures"),
    SdgTarget("1.3", 1, "Sociala trygghetssystem för alla", "Social protection for all"),
    SdgTarget(
        "1.4",
        1,
        "Lika rätt till resurser och tjänster",
        "Equal rights to resources and services",
    ),
    SdgTarget(
        "1.5",
        1,
        "Fattigas motståndskraft mot katastrofer",
        "Resilience of the poor to disasters",
    ),
    SdgTarget("1.a", 1, "Resurser till fattigdomsbekämpning", "Resources for ending poverty"),
    SdgTarget("1.b", 1, "Policyramverk som gynnar fattiga", "Pro-poor policy frameworks"),
    # Goal 2
    SdgTarget("2.1", 2, "Utrota hunger, säker mat för alla", "End hunger, safe food for all"),
    SdgTarget("2.2", 2, "Utrota alla former av undernäring", "End all forms of malnutrition"),
    SdgTarget(
        "2.3",
        2,
        "Fördubbla småbrukares produktivitet",
        "Double small-scale farm productivity",
    ),
    SdgTarget(
        "2.4",
        2,
        "Hållbar och motståndskraftig matproduktion",
        "Sustainable, resilient food production",
    ),
    SdgTarget(
        "2.5",
        2,
        "Bevara genetisk mångfald i jordbruket",
        "Preserve genetic diversity in farming",
    ),
    SdgTarget(
        "2.a",
        2,
        "Investera i jordbruk och landsbygd",
        "Invest in agriculture and rural areas",
    ),
    SdgTarget(
        "2.b",
        2,
        "Motverka snedvriden jordbrukshandel",
        "Correct distorted agricultural trade",
    ),
    SdgTarget("2.c", 2, "Stabila livsmedelsmarknader", "Stable food commodity markets"),
    # Goal 3
    SdgTarget("3.1", 3, "Minska mödradödligheten", "Reduce maternal mortality"),
    SdgTarget("3.2", 3, "Förhindra dödsfall bland små barn", "End preventable child deaths"),
    SdgTarget(
        "3.3",
        3,
        "Stoppa epidemier och smittsamma sjukdomar",
        "End epidemics and communicable diseases",
    ),
    SdgTarget(
        "3.4",
        3,
        "Färre icke-smittsamma sjukdomar, bättre psykisk hälsa",
        "Fewer non-communicable diseases, better mental health",
    ),
    SdgTarget("3.5", 3, "Förebygga och behandla missbruk", "Prevent and treat substance abuse"),
    SdgTarget("3.6", 3, "Halvera dödsfallen i trafiken", "Halve road traffic deaths"),
    SdgTarget(
        "3.7",
        3,
        "Sexuell och reproduktiv hälsovård",
        "Sexual and reproductive health care",
    ),
    SdgTarget("3.8", 3, "Hälso- och sjukvård för alla", "Universal health coverage"),
    SdgTarget(
        "3.9",
        3,
        "Mindre ohälsa av kemikalier och föroreningar",
        "Less illness from chemicals and pollution",
    ),
    SdgTarget("3.a", 3, "Genomföra tobakskonventionen", "Implement tobacco control"),
    SdgTarget(
        "3.b",
        3,
        "Vacciner och läkemedel: forskning och tillgång",
        "Research and access to vaccines and medicines",
    ),
    SdgTarget(
        "3.c",
        3,
        "Finansiering och personal inom vården",
        "Health financing and workforce",
    ),
    SdgTarget(
        "3.d",
        3,
        "Beredskap för globala hälsorisker",
        "Preparedness for global health risks",
    ),
    # Goal 4
    SdgTarget(
        "4.1",
        4,
        "Avgiftsfri grund- och gymnasieutbildning",
        "Free primary and secondary schooling",
    ),
    SdgTarget(
        "4.2",
        4,
        "Förskola och tidig utveckling",
        "Early childhood development and pre-school",
    ),
    SdgTarget(
        "4.3",
        4,
        "Lika tillgång till yrkes- och högre utbildning",
        "Equal access to vocational and higher education",
    ),
    SdgTarget(
        "4.4",
        4,
        "Färdigheter för arbete och företagande",
        "Skills for work and entrepreneurship",
    ),
    SdgTarget(
        "4.5",
        4,
        "Jämlik utbildning för alla grupper",
        "Equal access to education for all groups",
    ),
    SdgTarget("4.6", 4, "Läs- och räknekunnighet", "Literacy and numeracy"),
    SdgTarget(
        "4.7",
        4,
        "Utbildning för hållbar utveckling",
        "Education for sustainable development",
    ),
    SdgTarget(
        "4.a",
        4,
        "Säkra och inkluderande skolmiljöer",
        "Safe, inclusive learning facilities",
    ),
    SdgTarget("4.b", 4, "Fler stipendier för studier", "More study scholarships"),
    SdgTarget("4.c", 4, "Fler behöriga lärare", "More qualified teachers"),
    # Goal 5
    SdgTarget(
        "5.1",
        5,
        "Avskaffa diskriminering av kvinnor",
        "End discrimination against women",
    ),
    SdgTarget(
        "5.2",
        5,
        "Avskaffa våld mot kvinnor och flickor",
        "End violence against women and girls",
    ),
    SdgTarget(
        "5.3",
        5,
        "Avskaffa barnäktenskap och könsstympning",
        "End child marriage and genital mutilation",
    ),
    SdgTarget(
        "5.4",
        5,
        "Erkänna obetalt omsorgs- och hemarbete",
        "Value unpaid care and domestic work",
    ),
    SdgTarget(
        "5.5",
        5,
        "Kvinnors deltagande i ledarskap",
        "Women's participation in leadership",
    ),
    SdgTarget(
        "5.6",
        5,
        "Sexuell och reproduktiv hälsa och rättigheter",
        "Sexual and reproductive health and rights",
    ),
    SdgTarget(
        "5.a",
        5,
        "Kvinnors rätt till ekonomiska resurser",
        "Women's rights to economic resources",
    ),
    SdgTarget("5.b", 5, "Teknik för kvinnors egenmakt", "Technology to empower women"),
    SdgTarget(
        "5.c",
        5,
        "Lagar och policyer för jämställdhet",
        "Policies and laws for gender equality",
    ),
    # Goal 6
    SdgTarget("6.1", 6, "Säkert dricksvatten för alla", "Safe drinking water for all"),
    SdgTarget("6.2", 6, "Sanitet och hygien för alla", "Sanitation and hygiene for all"),
    SdgTarget(
        "6.3",
        6,
        "Bättre vattenkvalitet, mindre föroreningar",
        "Better water quality, less pollution",
    ),
    SdgTarget("6.4", 6, "Effektivare vattenanvändning", "More efficient water use"),
    SdgTarget(
        "6.5",
        6,
        "Integrerad förvaltning av vattenresurser",
        "Integrated water resources management",
    ),
    SdgTarget(
        "6.6",
        6,
        "Skydda och återställa vattenekosystem",
        "Protect and restore water ecosystems",
    ),
    SdgTarget(
        "6.a",
        6,
        "Internationellt samarbete om vatten",
        "International cooperation on water",
    ),
    SdgTarget(
        "6.b",
        6,
        "Lokalt deltagande i vattenförvaltning",
        "Local participation in water management",
    ),
    # Goal 7
    SdgTarget("7.1", 7, "Modern energi för alla", "Modern energy for all"),
    SdgTarget("7.2", 7, "Mer förnybar energi", "More renewable energy"),
    SdgTarget("7.3", 7, "Snabbare energieffektivisering", "Faster energy efficiency gains"),
    SdgTarget(
        "7.a",
        7,
        "Samarbete och investeringar i ren energi",
        "Cooperation and investment in clean energy",
    ),
    SdgTarget(
        "7.b",
        7,
        "Energiinfrastruktur i utvecklingsländer",
        "Energy infrastructure in developing countries",
    ),
    # Goal 8
    SdgTarget("8.1", 8, "Hållbar ekonomisk tillväxt", "Sustained economic growth"),
    SdgTarget(
        "8.2",
        8,
        "Högre produktivitet genom innovation",
        "Higher productivity through innovation",
    ),
    SdgTarget(
        "8.3",
        8,
        "Främja jobbskapande och småföretag",
        "Support job creation and small firms",
    ),
    SdgTarget(
        "8.4",
        8,
        "Resurseffektivitet, frikopplad tillväxt",
        "Resource efficiency, decoupled growth",
    ),
    SdgTarget("8.5", 8, "Full sysselsättning och lika lön", "Full employment and equal pay"),
    SdgTarget(
        "8.6",
        8,
        "Färre unga utan arbete eller studier",
        "Fewer youth not in work or education",
    ),
    SdgTarget(
        "8.7",
        8,
        "Avskaffa tvångsarbete och barnarbete",
        "End forced labour and child labour",
    ),
    SdgTarget(
        "8.8",
        8,
        "Arbetsrätt och trygg arbetsmiljö",
        "Labour rights and safe workplaces",
    ),
    SdgTarget("8.9", 8, "Hållbar turism", "Sustainable tourism"),
    SdgTarget("8.10", 8, "Tillgång till finansiella tjänster", "Access to financial services"),
    SdgTarget("8.a", 8, "Mer handelsrelaterat bistånd", "More aid for trade"),
    SdgTarget("8.b", 8, "Strategi för ungas sysselsättning", "Strategy for youth employment"),
    # Goal 9
    SdgTarget(
        "9.1",
        9,
        "Hållbar och motståndskraftig infrastruktur",
        "Resilient, sustainable infrastructure",
    ),
    SdgTarget(
        "9.2",
        9,
        "Inkluderande och hållbar industrialisering",
        "Inclusive, sustainable industrialization",
    ),
    SdgTarget(
        "9.3",
        9,
        "Småföretags tillgång till finansiering",
        "Small firms' access to finance",
    ),
    SdgTarget(
        "9.4",
        9,
        "Renare och resurseffektiv industri",
        "Cleaner, resource-efficient industry",
    ),
    SdgTarget(
        "9.5",
        9,
        "Stärka forskning och innovation",
        "Strengthen research and innovation",
    ),
    SdgTarget(
        "9.a",
        9,
        "Stöd till infrastruktur i utvecklingsländer",
        "Support infrastructure in developing countries",
    ),
    SdgTarget("9.b", 9, "Inhemsk teknikutveckling", "Domestic technology development"),
    SdgTarget("9.c", 9, "Tillgång till internet och IKT", "Access to ICT and the internet"),
    # Goal 10
    SdgTarget(
        "10.1",
        10,
        "Inkomstökning för de fattigaste 40 %",
        "Income growth for the poorest 40%",
    ),
    SdgTarget(
        "10.2",
        10,
        "Social, ekonomisk och politisk inkludering",
        "Social, economic and political inclusion",
    ),
    SdgTarget(
        "10.3",
        10,
        "Lika möjligheter, ingen diskriminering",
        "Equal opportunity, no discrimination",
    ),
    SdgTarget("10.4", 10, "Politik för ökad jämlikhet", "Policies for greater equality"),
    SdgTarget(
        "10.5",
        10,
        "Reglera globala finansmarknader",
        "Regulate global financial markets",
    ),
    SdgTarget(
        "10.6",
        10,
        "Större röst för utvecklingsländer",
        "Greater voice for developing countries",
    ),
    SdgTarget("10.7", 10, "Säker och ordnad migration", "Safe and orderly migration"),
    SdgTarget(
        "10.a",
        10,
        "Särskild behandling i handelsregler",
        "Special treatment in trade rules",
    ),
    SdgTarget(
        "10.b",
        10,
        "Bistånd och investeringar där behoven är störst",
        "Aid and investment where most needed",
    ),
    SdgTarget(
        "10.c",
        10,
        "Billigare penningöverföringar för migranter",
        "Cheaper migrant remittances",
    ),
    # Goal 11
    SdgTarget("11.1", 11, "Bra bostäder för alla", "Adequate housing for all"),
    SdgTarget("11.2", 11, "Hållbara transportsystem", "Sustainable transport systems"),
    SdgTarget(
        "11.3",
        11,
        "Hållbar och inkluderande stadsplanering",
        "Inclusive, sustainable urban planning",
    ),
    SdgTarget(
        "11.4",
        11,
        "Skydda kultur- och naturarv",
        "Protect cultural and natural heritage",
    ),
    SdgTarget("11.5", 11, "Minska skador av katastrofer", "Reduce disaster losses"),
    SdgTarget(
        "11.6",
        11,
        "Minska städers miljöpåverkan",
        "Reduce cities' environmental impact",
    ),
    SdgTarget("11.7", 11, "Gröna och offentliga platser", "Green and public spaces"),
    SdgTarget("11.a", 11, "Koppla samman stad och landsbygd", "Link urban and rural areas"),
    SdgTarget(
        "11.b",
        11,
        "Städer med plan för klimat och katastrofrisk",
        "Integrated resilience and disaster policies",
    ),
    SdgTarget(
        "11.c",
        11,
        "Hållbart byggande i de minst utvecklade länderna",
        "Sustainable buildings in least developed countries",
    ),
    # Goal 12
    SdgTarget(
        "12.1",
        12,
        "Genomföra ramverket för hållbar konsumtion",
        "Implement sustainable consumption framework",
    ),
    SdgTarget(
        "12.2",
        12,
        "Hållbar användning av naturresurser",
        "Sustainable use of natural resources",
    ),
    SdgTarget("12.3", 12, "Halvera matsvinnet", "Halve food waste"),
    SdgTarget(
        "12.4",
        12,
        "Ansvarsfull hantering av kemikalier och avfall",
        "Sound handling of chemicals and waste",
    ),
    SdgTarget("12.5", 12, "Minska mängden avfall", "Reduce waste generation"),
    SdgTarget(
        "12.6",
        12,
        "Hållbarhetsarbete och redovisning i företag",
        "Corporate sustainability and reporting",
    ),
    SdgTarget("12.7", 12, "Hållbar offentlig upphandling", "Sustainable public procurement"),
    SdgTarget(
        "12.8",
        12,
        "Kunskap om hållbara livsstilar",
        "Awareness of sustainable lifestyles",
    ),
    SdgTarget(
        "12.a",
        12,
        "Stärka utvecklingsländers kapacitet",
        "Support developing countries' capacity",
    ),
    SdgTarget("12.b", 12, "Följa upp hållbar turism", "Monitor sustainable tourism"),
    SdgTarget(
        "12.c",
        12,
        "Avveckla ineffektiva fossilsubventioner",
        "Remove inefficient fossil fuel subsidies",
    ),
    # Goal 13
    SdgTarget(
        "13.1",
        13,
        "Motståndskraft mot klimatrelaterade risker",
        "Resilience to climate hazards",
    ),
    SdgTarget(
        "13.2",
        13,
        "Klimatåtgärder i politik och planering",
        "Climate measures in policy and planning",
    ),
    SdgTarget(
        "13.3",
        13,
        "Kunskap och medvetenhet om klimatet",
        "Climate education and awareness",
    ),
    SdgTarget(
        "13.a",
        13,
        "Klimatfinansiering enligt åtaganden",
        "Deliver committed climate finance",
    ),
    SdgTarget(
        "13.b",
        13,
        "Klimatplanering i de minst utvecklade länderna",
        "Climate planning in least developed countries",
    ),
    # Goal 14
    SdgTarget("14.1", 14, "Minska havsföroreningar", "Reduce marine pollution"),
    SdgTarget(
        "14.2",
        14,
        "Skydda och återställa havsekosystem",
        "Protect and restore marine ecosystems",
    ),
    SdgTarget("14.3", 14, "Minska havsförsurningen", "Reduce ocean acidification"),
    SdgTarget(
        "14.4",
        14,
        "Hållbart fiske, stoppa överfiske",
        "Sustainable fishing, end overfishing",
    ),
    SdgTarget(
        "14.5",
        14,
        "Skydda minst 10 % av kust- och havsområden",
        "Protect at least 10% of marine areas",
    ),
    SdgTarget(
        "14.6",
        14,
        "Avskaffa skadliga fiskesubventioner",
        "End harmful fisheries subsidies",
    ),
    SdgTarget(
        "14.7",
        14,
        "Havsresurser som gynnar östater och fattiga länder",
        "Marine resource benefits for poorer states",
    ),
    SdgTarget("14.a", 14, "Havsforskning och kunskap", "Marine research and knowledge"),
    SdgTarget(
        "14.b",
        14,
        "Småskaliga fiskares tillgång till resurser",
        "Access for small-scale fishers",
    ),
    SdgTarget(
        "14.c",
        14,
        "Genomföra internationell havsrätt",
        "Implement international law of the sea",
    ),
    # Goal 15
    SdgTarget(
        "15.1",
        15,
        "Bevara land- och sötvattensekosystem",
        "Conserve land and freshwater ecosystems",
    ),
    SdgTarget(
        "15.2",
        15,
        "Hållbart skogsbruk, stoppa avskogning",
        "Sustainable forestry, halt deforestation",
    ),
    SdgTarget(
        "15.3",
        15,
        "Bekämpa ökenspridning, återställa mark",
        "Combat desertification, restore land",
    ),
    SdgTarget("15.4", 15, "Bevara bergsekosystem", "Conserve mountain ecosystems"),
    SdgTarget("15.5", 15, "Stoppa förlusten av biologisk mångfald", "Halt biodiversity loss"),
    SdgTarget(
        "15.6",
        15,
        "Rättvis fördelning av genetiska resurser",
        "Fair sharing of genetic resources",
    ),
    SdgTarget(
        "15.7",
        15,
        "Stoppa tjuvjakt och artsmuggling",
        "End poaching and wildlife trafficking",
    ),
    SdgTarget(
        "15.8",
        15,
        "Förhindra invasiva främmande arter",
        "Prevent invasive alien species",
    ),
    SdgTarget("15.9", 15, "Ekosystemvärden i planering", "Biodiversity values in planning"),
    SdgTarget(
        "15.a",
        15,
        "Mer finansiering för biologisk mångfald",
        "More funding for biodiversity",
    ),
    SdgTarget(
        "15.b",
        15,
        "Finansiering av hållbart skogsbruk",
        "Funding for sustainable forestry",
    ),
    SdgTarget(
        "15.c",
        15,
        "Globalt stöd mot tjuvjakt och smuggling",
        "Global support against poaching",
    ),
    # Goal 16
    SdgTarget("16.1", 16, "Minska våld och dödligt våld", "Reduce violence and related deaths"),
    SdgTarget(
        "16.2",
        16,
        "Stoppa våld och övergrepp mot barn",
        "End abuse and violence against children",
    ),
    SdgTarget(
        "16.3",
        16,
        "Rättsstatens principer och rättvisa",
        "Rule of law and access to justice",
    ),
    SdgTarget(
        "16.4",
        16,
        "Motverka olagliga penning- och vapenflöden",
        "Curb illicit financial and arms flows",
    ),
    SdgTarget("16.5", 16, "Minska korruption och mutor", "Reduce corruption and bribery"),
    SdgTarget(
        "16.6",
        16,
        "Effektiva och öppna institutioner",
        "Effective, transparent institutions",
    ),
    SdgTarget("16.7", 16, "Inkluderande beslutsfattande", "Inclusive decision-making"),
    SdgTarget(
        "16.8",
        16,
        "Utvecklingsländer i global styrning",
        "Developing countries in global governance",
    ),
    SdgTarget("16.9", 16, "Juridisk identitet för alla", "Legal identity for all"),
    SdgTarget(
        "16.10",
        16,
        "Tillgång till information, grundläggande friheter",
        "Access to information, basic freedoms",
    ),
    SdgTarget(
        "16.a",
        16,
        "Institutioner mot våld och terrorism",
        "Institutions against violence and terrorism",
    ),
    SdgTarget(
        "16.b",
        16,
        "Icke-diskriminerande lagar och policyer",
        "Non-discriminatory laws and policies",
    ),
    # Goal 17: finance
    SdgTarget("17.1", 17, "Stärka inhemsk skatteuppbörd", "Strengthen domestic tax collection"),
    SdgTarget("17.2", 17, "Uppfylla biståndsåtaganden", "Meet development aid commitments"),
    SdgTarget("17.3", 17, "Mobilisera mer finansiering", "Mobilize additional finance"),
    SdgTarget("17.4", 17, "Hållbar skuldsättning", "Long-term debt sustainability"),
    SdgTarget(
        "17.5",
        17,
        "Främja investeringar i de minst utvecklade länderna",
        "Promote investment in least developed countries",
    ),
    # Goal 17: technology
    SdgTarget(
        "17.6",
        17,
        "Samarbete om vetenskap och teknik",
        "Cooperation on science and technology",
    ),
    SdgTarget(
        "17.7",
        17,
        "Spridning av miljövänlig teknik",
        "Spread environmentally sound technology",
    ),
    SdgTarget(
        "17.8",
        17,
        "Teknikbank och IKT för de fattigaste länderna",
        "Technology bank and ICT for poorest countries",
    ),
    # Goal 17: capacity building
    SdgTarget(
        "17.9",
        17,
        "Kapacitetsuppbyggnad för genomförande",
        "Capacity building for implementation",
    ),
    # Goal 17: trade
    SdgTarget(
        "17.10",
        17,
        "Regelbaserat multilateralt handelssystem",
        "Rules-based multilateral trading system",
    ),
    SdgTarget(
        "17.11",
        17,
        "Ökad export från utvecklingsländer",
        "More exports from developing countries",
    ),
    SdgTarget(
        "17.12",
        17,
        "Tull- och kvotfritt marknadstillträde",
        "Duty-free, quota-free market access",
    ),
    # Goal 17: systemic issues
    SdgTarget(
        "17.13",
        17,
        "Global makroekonomisk stabilitet",
        "Global macroeconomic stability",
    ),
    SdgTarget(
        "17.14",
        17,
        "Samstämmig politik för hållbar utveckling",
        "Policy coherence for sustainable development",
    ),
    SdgTarget(
        "17.15",
        17,
        "Respektera länders politiska handlingsutrymme",
        "Respect countries' policy space",
    ),
    SdgTarget(
        "17.16",
        17,
        "Globalt partnerskap med flera aktörer",
        "Multi-stakeholder global partnership",
    ),
    SdgTarget(
        "17.17",
        17,
        "Offentliga, privata och civila partnerskap",
        "Public, private and civil society partnerships",
    ),
    SdgTarget(
        "17.18",
        17,
        "Bättre tillgång till tillförlitliga data",
        "Better availability of reliable data",
    ),
    SdgTarget("17.19", 17, "Mått på framsteg utöver BNP", "Progress measures beyond GDP"),
)


def goal_of(target_id: str) -> int:
    """Return the goal number of a target id such as ``"14.1"`` or ``"17.19"``."""
    head, sep, _ = target_id.strip().partition(".")
    if not sep or not head.isdigit():
        raise ValueError(f"Not an SDG target id: {target_id!r}")
    return int(head)


def targets_for_goal(goal: int) -> tuple[SdgTarget, ...]:
    """Return the targets of one goal, in official order."""
    return tuple(target for target in SDG_TARGETS if target.goal == goal)
