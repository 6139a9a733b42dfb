"""The team's starting set of goal interactions: a proposal to be reviewed, not an assessment.

Each row scores "how does progress on A affect progress on B?" on the seven-point scale of
Nilsson, Griggs & Visbeck (2016), from −3 (cancelling) to +3 (indivisible). Nodes are written
``o<id>`` for an environmental objective (0 is the generational goal) and ``t<id>`` for an
Agenda 2030 target. The rationales are the team's own short wordings, written for a first
workshop round; every row is meant to be discussed, changed or removed by the people who know
the county.
"""

from __future__ import annotations

from dataclasses import dataclass

STARTING_SET_SOURCE_NAME = "Startförslag från projektgruppen – ska granskas"
STARTING_SET_SOURCE_DESCRIPTION = (
    "Ett första förslag till poängsättning av samspel mellan miljömål och Agenda 2030-delmål, "
    "skrivet av projektgruppen som underlag för workshoppar. Det är varken officiell statistik "
    "eller en fastställd bedömning: varje rad ska granskas och kan ändras. "
    "Skala enligt Nilsson, Griggs & Visbeck (2016)."
)
STARTING_SET_SCORED_BY = "projektgruppen (startförslag)"


@dataclass(frozen=True)
class StartingInteraction:
    """One proposed directed interaction with its score, confidence and rationale."""

    source: str
    target: str
    score: int
    confidence: str
    rationale_sv: str
    rationale_en: str

    @staticmethod
    def _split(node: str) -> tuple[str, str]:
        kind = {"o": "objective", "t": "target"}[node[0]]
        return kind, node[1:]

    @property
    def from_node(self) -> tuple[str, str]:
        """``(kind, id)`` of the node whose progress is scored."""
        return self._split(self.source)

    @property
    def to_node(self) -> tuple[str, str]:
        """``(kind, id)`` of the node that is affected."""
        return self._split(self.target)


_I = StartingInteraction

# fmt: off
STARTING_SET: tuple[StartingInteraction, ...] = (
    # --- The generational goal -------------------------------------------------------------
    _I("o0", "t12.2", 2, "medium",
       "Generationsmålet handlar om att lösa miljöproblemen utan att flytta dem; det kräver "
       "hushållning med naturresurser.",
       "The generational goal asks for solving problems without shifting them, which needs "
       "careful use of natural resources."),
    _I("o0", "t12.1", 2, "medium",
       "Konsumtionsmönster som ger mindre miljöpåverkan är en av generationsmålets "
       "strecksatser.",
       "Consumption patterns with less impact are one of the generational goal's elements."),
    _I("o0", "t8.4", 2, "medium",
       "Att frikoppla tillväxt från miljöpåverkan är kärnan i generationsmålet.",
       "Decoupling growth from environmental harm is the core of the generational goal."),
    _I("o0", "t12.5", 1, "medium",
       "Kretslopp med mindre avfall ingår i generationsmålet.",
       "Material cycles with less waste are part of the generational goal."),
    _I("o0", "t12.4", 2, "medium",
       "Giftfria och resurseffektiva kretslopp kräver att kemikalier och avfall hanteras väl.",
       "Non-toxic, resource-efficient cycles need good handling of chemicals and waste."),
    _I("o0", "t17.14", 1, "low",
       "Att inte exportera miljöproblem stärker en samstämmig politik för hållbar utveckling.",
       "Not exporting environmental problems supports policy coherence."),
    # --- 1 Begränsad klimatpåverkan --------------------------------------------------------
    _I("o1", "t13.2", 3, "high",
       "Att minska utsläppen är själva innehållet i klimatåtgärder i politik och planering.",
       "Cutting emissions is the very content of climate measures in policy and planning."),
    _I("o1", "t7.2", 2, "high",
       "Fossilfri energi kräver mer förnybar el, värme och drivmedel.",
       "Fossil-free energy needs more renewable power, heat and fuels."),
    _I("o1", "t7.3", 2, "high",
       "Energieffektivisering är ett av de billigaste sätten att minska utsläppen.",
       "Energy efficiency is one of the cheapest ways to cut emissions."),
    _I("o1", "t11.2", 2, "medium",
       "Omställningen av transporter gynnar kollektivtrafik, gång och cykel.",
       "The shift in transport favours public transport, walking and cycling."),
    _I("o1", "t12.c", 2, "medium",
       "Klimatmålet talar för att fossila subventioner fasas ut.",
       "The climate objective argues for phasing out fossil fuel subsidies."),
    _I("o1", "t14.3", 2, "medium",
       "Mindre koldioxid i atmosfären bromsar havsförsurningen.",
       "Less carbon dioxide in the air slows ocean acidification."),
    _I("o1", "t3.9", 1, "medium",
       "Mindre förbränning av fossila bränslen ger också mindre luftföroreningar.",
       "Burning less fossil fuel also means less air pollution."),
    # --- 2 Frisk luft ----------------------------------------------------------------------
    _I("o2", "t3.9", 3, "high",
       "Renare luft minskar sjukdom och förtida död av partiklar och kvävedioxid.",
       "Cleaner air reduces illness and early death from particles and nitrogen dioxide."),
    _I("o2", "t11.6", 3, "high",
       "Luftkvaliteten i tätorter är en huvuddel av städers miljöpåverkan.",
       "Urban air quality is a main part of cities' environmental impact."),
    _I("o2", "t3.4", 1, "medium",
       "Bättre luft minskar hjärt-, kärl- och lungsjukdomar.",
       "Better air reduces heart, vascular and lung disease."),
    _I("o2", "t11.2", 1, "low",
       "Krav på ren luft i städer stödjer mindre biltrafik och mer kollektivtrafik.",
       "Clean-air demands in cities support less car traffic and more public transport."),
    # --- 3 Bara naturlig försurning --------------------------------------------------------
    _I("o3", "t6.6", 2, "high",
       "Mindre försurning låter sjöar och vattendrag återhämta sig.",
       "Less acidification lets lakes and streams recover."),
    _I("o3", "t15.1", 2, "medium",
       "Försurad mark och vatten skadar land- och sötvattensekosystem.",
       "Acidified soil and water harm land and freshwater ecosystems."),
    _I("o3", "t6.3", 1, "medium",
       "Mindre sur nedfällning minskar urlakning av metaller till vatten.",
       "Less acid deposition reduces metals leaching into water."),
    _I("o3", "t15.2", 1, "medium",
       "Skogsmark som inte försuras tål uttag bättre på lång sikt.",
       "Forest soils that are not acidified sustain harvests better in the long run."),
    # --- 4 Giftfri miljö -------------------------------------------------------------------
    _I("o4", "t3.9", 3, "high",
       "Färre farliga ämnen i miljön minskar ohälsa av kemikalier.",
       "Fewer hazardous substances in the environment reduce illness from chemicals."),
    _I("o4", "t12.4", 3, "high",
       "Giftfri miljö kräver ansvarsfull hantering av kemikalier och avfall.",
       "A non-toxic environment requires responsible handling of chemicals and waste."),
    _I("o4", "t6.3", 2, "high",
       "Mindre utsläpp av miljögifter ger bättre vattenkvalitet.",
       "Fewer releases of toxic substances improve water quality."),
    _I("o4", "t14.1", 2, "medium",
       "Färre miljögifter och mindre plast når havet.",
       "Fewer toxic substances and less plastic reach the sea."),
    _I("o4", "t8.8", 1, "low",
       "Mindre farliga kemikalier ger också säkrare arbetsmiljöer.",
       "Fewer hazardous chemicals also make workplaces safer."),
    # --- 5 Skyddande ozonskikt -------------------------------------------------------------
    _I("o5", "t3.4", 2, "medium",
       "Ett intakt ozonskikt minskar UV-strålning och därmed hudcancer.",
       "An intact ozone layer reduces UV radiation and thus skin cancer."),
    _I("o5", "t12.4", 1, "medium",
       "Ozonnedbrytande ämnen i gamla produkter måste tas om hand som farligt avfall.",
       "Ozone-depleting substances in old products must be handled as hazardous waste."),
    _I("o5", "t13.2", 1, "low",
       "Flera ozonnedbrytande ämnen är också starka växthusgaser.",
       "Several ozone-depleting substances are also strong greenhouse gases."),
    # --- 6 Säker strålmiljö ----------------------------------------------------------------
    _I("o6", "t3.4", 2, "medium",
       "Mindre radon och UV-exponering ger färre cancerfall.",
       "Less radon and UV exposure means fewer cancers."),
    _I("o6", "t3.9", 1, "medium",
       "Skydd mot strålning från radioaktiva ämnen minskar ohälsa av föroreningar.",
       "Protection from radioactive substances reduces illness from pollution."),
    _I("o6", "t11.1", 1, "low",
       "Radonsäkra bostäder är en del av bra bostäder.",
       "Radon-safe homes are part of adequate housing."),
    # --- 7 Ingen övergödning ---------------------------------------------------------------
    _I("o7", "t14.1", 3, "high",
       "Mindre kväve och fosfor till havet minskar algblomning och syrefria bottnar.",
       "Less nitrogen and phosphorus to the sea reduces algal blooms and dead bottoms."),
    _I("o7", "t6.3", 3, "high",
       "Minskade näringsutsläpp förbättrar vattenkvaliteten direkt.",
       "Lower nutrient loads improve water quality directly."),
    _I("o7", "t6.6", 2, "high",
       "Sjöar och vattendrag återhämtar sig när övergödningen minskar.",
       "Lakes and streams recover when eutrophication falls."),
    _I("o7", "t2.4", -1, "medium",
       "Skärpta krav på gödsling och läckage kan begränsa skördar och öka kostnader i "
       "jordbruket.",
       "Stricter rules on fertilising and leaching can limit yields and raise farming costs."),
    _I("o7", "t15.1", 1, "medium",
       "Mindre kvävenedfall gynnar näringsfattiga naturtyper.",
       "Less nitrogen deposition benefits nutrient-poor habitats."),
    # --- 8 Levande sjöar och vattendrag ----------------------------------------------------
    _I("o8", "t6.6", 3, "high",
       "Målet handlar om att skydda och återställa vattenekosystem.",
       "The objective is about protecting and restoring water ecosystems."),
    _I("o8", "t15.1", 3, "high",
       "Sötvattensekosystem är en del av delmålet om land- och sötvattensmiljöer.",
       "Freshwater ecosystems are part of the target on land and freshwater habitats."),
    _I("o8", "t6.5", 2, "medium",
       "Levande vatten kräver förvaltning per avrinningsområde.",
       "Healthy waters need management by river basin."),
    _I("o8", "t7.2", -2, "high",
       "Fria vandringsvägar och miljöanpassade flöden minskar vattenkraftens produktion och "
       "reglerförmåga.",
       "Free migration routes and ecological flows reduce hydropower output and flexibility."),
    _I("o8", "t11.4", -1, "low",
       "Att riva dammar kan komma i konflikt med kulturmiljöer vid kvarnar och bruk.",
       "Removing dams can clash with cultural heritage at old mills and works."),
    # --- 9 Grundvatten av god kvalitet -----------------------------------------------------
    _I("o9", "t6.1", 3, "high",
       "Hälften av dricksvattnet kommer från grundvatten; god kvalitet ger säkert dricksvatten.",
       "About half of drinking water comes from groundwater; good quality means safe water."),
    _I("o9", "t6.3", 2, "medium",
       "Skydd mot föroreningar av grundvattnet förbättrar vattenkvaliteten.",
       "Protecting groundwater from pollution improves water quality."),
    _I("o9", "t6.4", 1, "medium",
       "Hushållning med grundvatten stödjer effektivare vattenanvändning.",
       "Careful use of groundwater supports more efficient water use."),
    _I("o9", "t6.5", 1, "medium",
       "Grundvattenskydd behöver samordnas i vattenförvaltningen.",
       "Groundwater protection needs coordination in water management."),
    # --- 10 Hav i balans -------------------------------------------------------------------
    _I("o10", "t14.1", 3, "high",
       "Målet kräver mindre övergödning, miljögifter och skräp i havet.",
       "The objective requires less eutrophication, toxic substances and litter at sea."),
    _I("o10", "t14.2", 3, "high",
       "Målet handlar om att skydda och återställa kust- och havsekosystem.",
       "The objective is about protecting and restoring coastal and marine ecosystems."),
    _I("o10", "t14.4", 2, "high",
       "Fiske i balans med bestånden är en del av målet.",
       "Fishing in balance with stocks is part of the objective."),
    _I("o10", "t14.5", 2, "high",
       "Skyddade havsområden behövs för att nå målet.",
       "Protected marine areas are needed to reach the objective."),
    _I("o10", "t7.2", -1, "low",
       "Skydd av havsmiljön kan begränsa var havsbaserad vindkraft får byggas.",
       "Protecting the marine environment can restrict where offshore wind may be built."),
    # --- 11 Myllrande våtmarker ------------------------------------------------------------
    _I("o11", "t15.1", 3, "high",
       "Våtmarker är en av de naturtyper delmålet ska bevara.",
       "Wetlands are one of the habitats the target is to conserve."),
    _I("o11", "t6.6", 3, "high",
       "Våtmarker ingår uttryckligen bland vattenrelaterade ekosystem.",
       "Wetlands are explicitly among water-related ecosystems."),
    _I("o11", "t15.5", 2, "medium",
       "Många hotade arter lever i våtmarker.",
       "Many threatened species live in wetlands."),
    _I("o11", "t13.1", 1, "medium",
       "Våtmarker jämnar ut flöden och minskar risken för översvämning och torka.",
       "Wetlands even out flows and lower the risk of floods and drought."),
    _I("o11", "t13.2", 1, "medium",
       "Återvätning av dikad torvmark minskar utsläppen av växthusgaser.",
       "Rewetting drained peatland reduces greenhouse gas emissions."),
    # --- 12 Levande skogar -----------------------------------------------------------------
    _I("o12", "t15.2", 3, "high",
       "Målet handlar om ett hållbart skogsbruk som bevarar skogens värden.",
       "The objective is about sustainable forestry that keeps the forest's values."),
    _I("o12", "t15.5", 2, "high",
       "Skogen har flest rödlistade arter; mer gammal skog och död ved gynnar dem.",
       "Forests hold most red-listed species; more old forest and dead wood help them."),
    _I("o12", "t15.1", 2, "medium",
       "Skydd av skogsmark bevarar landekosystem.",
       "Protecting forest land conserves land ecosystems."),
    _I("o12", "t7.2", -1, "medium",
       "Mer avsatt skog och längre omloppstider minskar tillgången på biobränsle.",
       "More set-aside forest and longer rotations reduce the supply of biofuel."),
    # --- 13 Ett rikt odlingslandskap -------------------------------------------------------
    _I("o13", "t2.4", 2, "medium",
       "Ett brukat och varierat odlingslandskap stödjer hållbar livsmedelsproduktion.",
       "A farmed and varied landscape supports sustainable food production."),
    _I("o13", "t2.5", 2, "medium",
       "Lantraser och kulturväxter bevarar genetisk mångfald.",
       "Local breeds and crops keep genetic diversity."),
    _I("o13", "t15.5", 2, "high",
       "Betesmarker och slåtterängar hör till de artrikaste miljöerna.",
       "Pastures and hay meadows are among the most species-rich habitats."),
    _I("o13", "t11.4", 1, "medium",
       "Odlingslandskapet bär på kulturarv som stenmurar och gamla gårdsmiljöer.",
       "The farmed landscape carries heritage such as stone walls and old farmsteads."),
    # --- 14 Storslagen fjällmiljö ----------------------------------------------------------
    _I("o14", "t15.4", 3, "high",
       "Målet handlar om att bevara fjällens ekosystem.",
       "The objective is about conserving mountain ecosystems."),
    _I("o14", "t15.1", 2, "medium",
       "Fjällen är stora sammanhängande landekosystem.",
       "The mountains are large, connected land ecosystems."),
    _I("o14", "t7.2", -2, "medium",
       "Värnande av opåverkade fjällområden och renbetesland begränsar utbyggnad av vindkraft.",
       "Protecting unspoilt mountains and reindeer grazing land limits wind power expansion."),
    _I("o14", "t2.3", 1, "medium",
       "Betesmarker i fjällen är grunden för samisk renskötsel.",
       "Mountain grazing land is the basis of Sámi reindeer husbandry."),
    _I("o14", "t8.9", 1, "low",
       "En storslagen fjällmiljö är grunden för hållbar turism.",
       "A magnificent mountain landscape is the basis of sustainable tourism."),
    # --- 15 God bebyggd miljö --------------------------------------------------------------
    _I("o15", "t11.3", 3, "high",
       "Målet handlar om hållbar och inkluderande planering av städer och orter.",
       "The objective is about sustainable, inclusive planning of towns and cities."),
    _I("o15", "t11.6", 3, "high",
       "Buller, luft och avfall i bebyggelsen ingår i målet.",
       "Noise, air and waste in built-up areas are part of the objective."),
    _I("o15", "t11.7", 3, "high",
       "Tillgång till grönytor och offentliga platser är en del av målet.",
       "Access to green and public spaces is part of the objective."),
    _I("o15", "t11.4", 2, "high",
       "Målet omfattar att bevara kulturvärden i bebyggelsen.",
       "The objective includes keeping cultural values in built areas."),
    _I("o15", "t11.2", 2, "medium",
       "Planering för gång, cykel och kollektivtrafik ingår i målet.",
       "Planning for walking, cycling and public transport is part of the objective."),
    _I("o15", "t12.5", 1, "medium",
       "Resurssnålt byggande och mindre byggavfall ingår i målet.",
       "Resource-saving building and less construction waste are part of the objective."),
    # --- 16 Ett rikt växt- och djurliv -----------------------------------------------------
    _I("o16", "t15.5", 3, "high",
       "Målet och delmålet handlar båda om att stoppa förlusten av arter.",
       "Both the objective and the target are about halting the loss of species."),
    _I("o16", "t15.9", 2, "high",
       "Målet kräver att ekosystemens värden väger in i planering.",
       "The objective requires ecosystem values to count in planning."),
    _I("o16", "t15.8", 2, "high",
       "Invasiva främmande arter är ett av de största hoten mot arter.",
       "Invasive alien species are one of the largest threats to species."),
    _I("o16", "t14.2", 2, "medium",
       "Marina arter och livsmiljöer ingår i målet.",
       "Marine species and habitats are part of the objective."),
    _I("o16", "t2.5", 1, "medium",
       "Genetisk mångfald hos vilda och odlade arter ingår i målet.",
       "Genetic diversity of wild and farmed species is part of the objective."),
    _I("o16", "t7.2", -1, "medium",
       "Hänsyn till arter begränsar var vind-, vatten- och solkraft kan byggas.",
       "Care for species limits where wind, hydro and solar power can be built."),
    # === Objectives on objectives =========================================================
    # Conflicts
    _I("o1", "o12", -2, "high",
       "Mer uttag av biobränsle och kortare omloppstider för klimatets skull minskar gammal "
       "skog och död ved.",
       "More biofuel harvest and shorter rotations for the climate reduce old forest and "
       "dead wood."),
    _I("o12", "o1", -1, "low",
       "Mer skyddad skog minskar biomassa som ersätter fossilt, men behåller kolförråd; "
       "netto en svag begränsning.",
       "More protected forest reduces biomass replacing fossil fuels but keeps carbon "
       "stocks; on balance a weak constraint."),
    _I("o1", "o14", -2, "high",
       "Vindkraft i fjällen påverkar landskapsbilden och renskötselns betesmarker.",
       "Wind power in the mountains affects the landscape and reindeer grazing land."),
    _I("o14", "o1", -1, "medium",
       "Skydd av fjällmiljön begränsar platser för förnybar elproduktion.",
       "Protecting the mountain environment limits sites for renewable power."),
    _I("o1", "o8", -2, "high",
       "Vattenkraften behövs som förnybar och reglerbar el, vilket försvårar fria "
       "vattendrag.",
       "Hydropower is needed as renewable, adjustable power, which hinders free-flowing "
       "rivers."),
    _I("o8", "o1", -1, "medium",
       "Miljöåtgärder i vattenkraften minskar produktionen av förnybar el något.",
       "Environmental measures in hydropower reduce renewable output somewhat."),
    _I("o1", "o15", -1, "medium",
       "Förtätning för kortare resor och mindre utsläpp kan ta grönytor i staden.",
       "Densifying to shorten trips and cut emissions can take urban green space."),
    _I("o15", "o1", 1, "medium",
       "God planering med närhet och kollektivtrafik minskar transportutsläppen.",
       "Good planning with proximity and public transport cuts transport emissions."),
    _I("o10", "o1", -1, "low",
       "Marina skyddsområden kan begränsa havsbaserad vindkraft.",
       "Marine protected areas can restrict offshore wind power."),
    _I("o13", "o7", -1, "medium",
       "Ett aktivt jordbruk läcker näring, även om betesdrift läcker lite.",
       "Active farming leaks nutrients, even though grazing leaks little."),
    _I("o1", "o16", 1, "low",
       "Mindre uppvärmning minskar trycket på arter på sikt, men ytor för förnybar energi "
       "tar livsmiljöer; netto svagt positivt.",
       "Less warming eases pressure on species over time, but land for renewables takes "
       "habitats; weakly positive on balance."),
    # Synergies: air, acidification, eutrophication and water
    _I("o1", "o2", 2, "high",
       "Mindre förbränning av fossila bränslen minskar luftföroreningar.",
       "Burning less fossil fuel reduces air pollution."),
    _I("o2", "o1", 1, "medium",
       "Åtgärder mot förbränningsutsläpp minskar ofta också koldioxid.",
       "Measures against combustion emissions often cut carbon dioxide too."),
    _I("o2", "o3", 2, "high",
       "Mindre svavel- och kväveoxider i luften ger mindre försurande nedfall.",
       "Less sulphur and nitrogen oxides in the air mean less acid deposition."),
    _I("o2", "o7", 1, "high",
       "Mindre kväveoxider i luften minskar kvävenedfall.",
       "Less nitrogen oxides in the air reduce nitrogen deposition."),
    _I("o3", "o8", 2, "high",
       "Mindre försurning gör sjöar och vattendrag levande igen.",
       "Less acidification brings lakes and streams back to life."),
    _I("o3", "o9", 2, "medium",
       "Mindre försurning minskar metaller och lågt pH i grundvattnet.",
       "Less acidification reduces metals and low pH in groundwater."),
    _I("o3", "o12", 1, "medium",
       "Mindre försurad mark håller skogsmarken bördig.",
       "Less acidified soil keeps forest soils fertile."),
    _I("o7", "o10", 3, "high",
       "Övergödning är det största hotet mot Östersjön; minskad övergödning är nödvändig "
       "för ett hav i balans.",
       "Eutrophication is the largest threat to the Baltic; reducing it is essential for a "
       "balanced sea."),
    _I("o7", "o8", 2, "high",
       "Mindre näring ger klarare sjöar och vattendrag.",
       "Fewer nutrients make lakes and streams clearer."),
    _I("o7", "o16", 1, "medium",
       "Mindre näringsbelastning gynnar arter i näringsfattiga miljöer.",
       "Lower nutrient loads help species in nutrient-poor habitats."),
    _I("o8", "o10", 1, "medium",
       "Renare vattendrag minskar belastningen på kust och hav.",
       "Cleaner rivers lower the load on coast and sea."),
    _I("o9", "o8", 1, "medium",
       "Grundvattnet ger basflöde till vattendrag.",
       "Groundwater gives base flow to streams."),
    _I("o11", "o7", 2, "high",
       "Våtmarker fångar kväve och fosfor innan det når sjöar och hav.",
       "Wetlands capture nitrogen and phosphorus before it reaches lakes and sea."),
    _I("o11", "o1", 1, "medium",
       "Återvätning av dikad torvmark minskar utsläppen.",
       "Rewetting drained peatland cuts emissions."),
    _I("o4", "o8", 2, "high",
       "Färre miljögifter ger friskare sjöar och vattendrag.",
       "Fewer toxic substances make lakes and streams healthier."),
    _I("o4", "o9", 2, "high",
       "Mindre spridning av föroreningar skyddar grundvattnet.",
       "Less spread of pollutants protects groundwater."),
    _I("o4", "o10", 2, "high",
       "Färre miljögifter och mindre plast når havet.",
       "Fewer toxic substances and less plastic reach the sea."),
    _I("o4", "o16", 1, "medium",
       "Färre miljögifter minskar skador på djur och växter.",
       "Fewer toxic substances reduce harm to animals and plants."),
    _I("o5", "o1", 1, "low",
       "Utfasning av ozonnedbrytande ämnen minskar samtidigt starka växthusgaser.",
       "Phasing out ozone-depleting substances also removes strong greenhouse gases."),
    _I("o15", "o2", 2, "medium",
       "Planering för mindre biltrafik i tätorter ger renare luft.",
       "Planning for less car traffic in towns gives cleaner air."),
    # Synergies: nature objectives and biodiversity
    _I("o8", "o16", 2, "high",
       "Levande vatten är livsmiljö för många arter.",
       "Healthy waters are habitat for many species."),
    _I("o10", "o16", 2, "high",
       "Ett hav i balans bevarar marina arter.",
       "A balanced sea keeps marine species."),
    _I("o11", "o16", 2, "high",
       "Våtmarker är livsmiljö för många hotade arter.",
       "Wetlands are habitat for many threatened species."),
    _I("o12", "o16", 3, "high",
       "Skogen har flest rödlistade arter; levande skogar är nödvändiga för målet.",
       "Forests hold most red-listed species; sustainable forests are essential for it."),
    _I("o12", "o8", 1, "medium",
       "Kantzoner mot vattendrag i skogsbruket skyddar vattenmiljön.",
       "Buffer zones along streams in forestry protect the water."),
    _I("o12", "o11", 1, "medium",
       "Mindre dikning och hänsyn vid skogsbruk gynnar våtmarker.",
       "Less ditching and care in forestry help wetlands."),
    _I("o13", "o16", 3, "high",
       "Hävdade betesmarker och ängar är avgörande för många arter.",
       "Grazed pastures and meadows are crucial for many species."),
    _I("o14", "o16", 2, "medium",
       "Fjällens arter behöver stora opåverkade områden.",
       "Mountain species need large unspoilt areas."),
    _I("o16", "o13", 1, "medium",
       "Pollinerare och naturliga fiender gynnar odlingen.",
       "Pollinators and natural enemies of pests benefit farming."),
    _I("o15", "o16", 1, "medium",
       "Grönstruktur i tätorter ger livsmiljöer för arter.",
       "Green structure in towns gives habitats for species."),
    # The generational goal on the objectives
    _I("o0", "o1", 2, "medium",
       "Att inte flytta utsläpp utomlands stärker klimatarbetet.",
       "Not moving emissions abroad strengthens climate work."),
    _I("o0", "o4", 2, "medium",
       "Giftfria kretslopp är en av generationsmålets strecksatser.",
       "Non-toxic cycles are one of the generational goal's elements."),
    _I("o0", "o16", 1, "medium",
       "Bevarad biologisk mångfald ingår i generationsmålet.",
       "Conserved biodiversity is part of the generational goal."),
)
# fmt: on
