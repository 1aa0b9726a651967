import type { EvidenceLevel, KnowledgeSource, LearningOrigin, Sector, SessionFormat, Theme } from '@leerkring/domain';

/**
 * What the demo's circles are about and what they learn: Dutch, anonymous (no names, addresses,
 * numbers that could identify anyone). The four seed circles retell the source articles in
 * /work/shared/seeds; the other circles are plausible topics of the programme's action lines.
 */

export interface LearningText {
  /** Stable part of the learning's label (ids and idempotency keys derive from it). */
  readonly key: string;
  readonly title: string;
  readonly insight: string;
  readonly themes: readonly Theme[];
  readonly successFactors: readonly string[];
  readonly evidenceLevel: EvidenceLevel;
  readonly knowledgeSources: readonly KnowledgeSource[];
  readonly origin: LearningOrigin;
  /** A later evaluation raises the evidence: the learning is revised to this level. */
  readonly revisedEvidence?: EvidenceLevel;
  /** How far it travels: many regions adopt a `wide` learning, a `local` one stays mostly home. */
  readonly reach: 'wide' | 'some' | 'local';
}

export interface ScriptedSession {
  readonly format: SessionFormat;
  readonly summary: string;
  /** People in the room, guests included; by default about the registered participants. */
  readonly attendees?: number;
  /** Name of the action group whose members attend. */
  readonly actionGroup?: string;
}

export interface CircleTemplate {
  readonly key: string;
  readonly title: string;
  readonly description: string;
  readonly themes: readonly Theme[];
  readonly actionGroups: readonly { readonly name: string; readonly theme: Theme }[];
  /** Short topics the session summaries of a generic circle talk about. */
  readonly topics: readonly string[];
  readonly learnings: readonly LearningText[];
  readonly outcome: string;
}

/** A circle of the source articles, in its own region, with its own sessions. */
export interface SeedCircle extends CircleTemplate {
  readonly regionId: string;
  /** Municipalities whose people take part (`Gemeente X` organisations). */
  readonly municipalities: readonly string[];
  readonly participants: number;
  readonly sectors: readonly Sector[];
  readonly sessions: readonly ScriptedSession[];
  readonly plan: { readonly title: string; readonly themes: readonly Theme[] };
  /** Weeks before the reference date the circle started. */
  readonly startedWeeksAgo: number;
}

export const SEED_CIRCLES: readonly SeedCircle[] = [
  {
    key: 'walcheren-werkgemeenschap',
    regionId: 'JZ38',
    title: 'Werkgemeenschap Zorg voor Jeugd Walcheren',
    description:
      'Zo\'n zestig tot tachtig professionals uit jeugdhulp, welzijn, ggz, GGD, onderwijs en politie van Middelburg, '
      + 'Veere en Vlissingen zoeken in het platte vlak samen naar concrete oplossingen waar samenwerking nodig is. '
      + 'Een paar keer per jaar komt de hele groep bijeen; daartussen werken kleine actiegroepen.',
    themes: ['onderwijs-en-jeugdhulp', 'sociale-media', 'suicidepreventie', 'investeren-in-vakmanschap'],
    municipalities: ['Middelburg', 'Veere', 'Vlissingen'],
    participants: 64,
    sectors: ['jeugdhulp', 'welzijn', 'ggz', 'ggd', 'onderwijs', 'politie', 'gemeente', 'client'],
    plan: {
      title: 'Transformatie zorg voor de jeugd Walcheren: de uitvoering centraal',
      themes: ['investeren-in-vakmanschap', 'onderwijs-en-jeugdhulp', 'programmatische-drukte'],
    },
    startedWeeksAgo: 50,
    actionGroups: [
      { name: 'Actiegroep onderwijs en jeugdhulp', theme: 'onderwijs-en-jeugdhulp' },
      { name: 'Actiegroep sociale media', theme: 'sociale-media' },
      { name: 'Actiegroep samen alert op suïcide', theme: 'suicidepreventie' },
    ],
    topics: ['de samenwerking tussen onderwijs en jeugdhulp', 'sociale mediaproblematiek', 'hulp bij dreigende suïcide'],
    sessions: [
      {
        format: 'plenair', attendees: 72,
        summary: 'Plenaire start van de nieuwe fase: de deelnemers kozen drie vraagstukken waarin samenwerking nodig is '
          + 'en vormden er actiegroepen omheen. Bestuurders gaven aan drempels weg te nemen waar dat nodig is.',
      },
      {
        format: 'actiegroep', actionGroup: 'Actiegroep onderwijs en jeugdhulp',
        summary: 'De actiegroep bracht in kaart bij wie een intern begeleider terechtkan met zorgen over een leerling. '
          + 'Afspraak: drie scholen proberen een vaste contactpersoon uit de jeugdhulp.',
      },
      {
        format: 'actiegroep', actionGroup: 'Actiegroep sociale media',
        summary: 'Jongeren vertelden wat er online speelt; professionals merkten hoe weinig zij daarvan zien. '
          + 'De groep bereidt een avond voor ouders voor die door jongeren wordt geleid.',
      },
      {
        format: 'casusbespreking',
        summary: 'Geanonimiseerde casus van een leerling met zorgwekkende signalen besproken met onderwijs, politie en ggz: '
          + 'wie doet wat, en hoe voorkomen we dat iedereen op een ander wacht.',
      },
      {
        format: 'actiegroep', actionGroup: 'Actiegroep samen alert op suïcide',
        summary: 'Korte training over signalen van suïcidaliteit voor professionals uit onderwijs, welzijn en politie; '
          + 'start met een gedeelde sociale kaart van de route bij zorgen.',
      },
      {
        format: 'plenair', attendees: 66,
        summary: 'Tweede plenaire bijeenkomst: de actiegroepen lieten zien wat ze bereikten. De werkgemeenschap legde '
          + 'de link met het landelijke actieprogramma Zorg voor de Jeugd.',
      },
      {
        format: 'actiegroep', actionGroup: 'Actiegroep onderwijs en jeugdhulp',
        summary: 'Eerste ervaringen met de vaste contactpersoon per school: zorgen worden eerder besproken, '
          + 'ouders schuiven vaker direct aan.',
      },
      {
        format: 'omdenksessie',
        summary: 'Omdenksessie over de vraag hoe de werkgemeenschap ook tussen de bijeenkomsten digitaal in contact blijft '
          + 'zonder extra overleg te organiseren.',
      },
      {
        format: 'plenair', attendees: 78,
        summary: 'Jaarbijeenkomst met bestuurders van de achterliggende organisaties: wat heeft de uitvoering nodig om '
          + 'de werkgemeenschap het komende jaar voort te zetten.',
      },
    ],
    learnings: [
      {
        key: 'uitvoering-centraal',
        title: 'De uitvoering centraal: een werkgemeenschap in het platte vlak',
        insight: 'Professionals uit alle sectoren werken zonder hiërarchie aan vraagstukken die ze zelf inbrengen. '
          + 'Bestuurders steunen waar nodig maar bepalen de agenda niet. Dat geeft eigenaarschap: een actiegroep blijft '
          + 'bestaan zolang het vraagstuk leeft, en stopt als het is opgelost.',
        themes: ['investeren-in-vakmanschap', 'programmatische-drukte'],
        successFactors: [
          'de agenda komt uit de uitvoering, niet van de bestuurders',
          'bestuurders die ruimte geven en drempels wegnemen',
          'een paar plenaire momenten per jaar als ritme',
        ],
        evidenceLevel: 'goed-beschreven', knowledgeSources: ['praktijk', 'ervaring'], origin: 'sessie', reach: 'wide',
      },
      {
        key: 'kleine-actiegroepen',
        title: 'Kleine actiegroepen houden een grote werkgemeenschap in beweging',
        insight: 'Een netwerk van zeventig mensen komt pas in beweging als kleine groepen iets willen oplossen. '
          + 'Actiegroepen van vier tot acht mensen met één thema en één vraag leveren tussen de plenaire bijeenkomsten '
          + 'de voortgang op, en brengen die terug naar de hele groep.',
        themes: ['investeren-in-vakmanschap'],
        successFactors: ['één vraag per actiegroep', 'een trekker uit de uitvoering', 'resultaten terug in de plenaire bijeenkomst'],
        evidenceLevel: 'goed-beschreven', knowledgeSources: ['praktijk'], origin: 'sessie', reach: 'wide',
      },
      {
        key: 'vaste-contactpersoon-school',
        title: 'Een vaste jeugdhulpverlener per school verkort de lijn',
        insight: 'Scholen met een vaste contactpersoon uit de jeugdhulp bespreken zorgen eerder en verwijzen minder vaak '
          + 'door naar zwaardere hulp. Intern begeleiders noemen vooral de korte lijn en het gezamenlijke gesprek met ouders.',
        themes: ['onderwijs-en-jeugdhulp', 'betere-toegang'],
        successFactors: ['vaste gezichten op vaste dagen', 'ouders direct aan tafel', 'afspraken met het samenwerkingsverband'],
        evidenceLevel: 'goed-onderbouwd', knowledgeSources: ['praktijk', 'wetenschap'], origin: 'data',
        revisedEvidence: 'eerste-aanwijzingen', reach: 'wide',
      },
      {
        key: 'jongeren-vertellen-online',
        title: 'Jongeren vertellen zelf wat er online speelt',
        insight: 'Voorlichting over sociale media werkt beter als jongeren zelf vertellen wat ze meemaken. Een avond '
          + 'die jongeren leidden leverde concretere afspraken tussen ouders en professionals op dan een presentatie '
          + 'door een deskundige.',
        themes: ['sociale-media', 'kansen-om-te-ontwikkelen'],
        successFactors: ['jongeren als gespreksleider', 'geen vingerwijzen naar ouders'],
        evidenceLevel: 'goed-beschreven', knowledgeSources: ['ervaring', 'praktijk'], origin: 'sessie', reach: 'some',
      },
      {
        key: 'samen-alert-suicide',
        title: 'Samen alert op signalen van suïcidaliteit',
        insight: 'Professionals uit onderwijs, welzijn en politie bespreken signalen eerder als ze dezelfde korte training '
          + 'volgden en weten wie ze kunnen inschakelen. De gedeelde sociale kaart met de route bij zorgen werd het '
          + 'meest gebruikte resultaat.',
        themes: ['suicidepreventie', 'jeugdigen-beter-beschermen'],
        successFactors: ['één gedeelde route bij zorgen', 'dezelfde training voor alle sectoren'],
        evidenceLevel: 'eerste-aanwijzingen', knowledgeSources: ['wetenschap', 'praktijk'], origin: 'onderzoek', reach: 'some',
      },
    ],
    outcome: '',
  },
  {
    key: 'wbw-systeemaanpak',
    regionId: 'JZ36',
    title: 'Systeemaanpak wachttijden West-Brabant West',
    description:
      'Met ruim honderd mensen uit zorg, onderwijs, welzijn, veiligheid, toegang en ervaringsdeskundige ouders en '
      + 'jongeren terug naar de tekentafel: het stelsel van het Jeugdbos een nieuw kleurenpalet geven dat past bij nu. '
      + 'Ondersteund door het Team Aanpak Wachttijden van het Ondersteuningsteam Zorg voor de Jeugd.',
    themes: ['wachttijden', 'betere-toegang', 'programmatische-drukte'],
    municipalities: ['Bergen op Zoom', 'Etten-Leur', 'Halderberge', 'Moerdijk', 'Roosendaal', 'Rucphen', 'Steenbergen', 'Woensdrecht', 'Zundert'],
    participants: 40,
    sectors: ['jeugdhulp', 'gemeente', 'onderwijs', 'welzijn', 'jeugdbescherming', 'client', 'ggz', 'politie'],
    plan: {
      title: 'Het Jeugdbos: plan van aanpak wachttijden West-Brabant West',
      themes: ['wachttijden', 'betere-toegang'],
    },
    startedWeeksAgo: 44,
    actionGroups: [
      { name: 'Initiatiefgroep plan van aanpak', theme: 'wachttijden' },
      { name: 'Werkgroep hoog- en laagcomplexe zorg', theme: 'wachttijden' },
      { name: 'Werkgroep toegang en voorliggend veld', theme: 'betere-toegang' },
    ],
    topics: ['wachttijden', 'de toegang', 'hoog- en laagcomplexe zorg'],
    sessions: [
      {
        format: 'plenair', attendees: 112,
        summary: 'Grip op verandering: de negen gemeenten en partners uit zorg, onderwijs, welzijn en veiligheid schetsten '
          + 'met het Team Aanpak Wachttijden hoe het stelsel een nieuw kleurenpalet krijgt. Er is een initiatiefgroep gevormd.',
      },
      {
        format: 'actiegroep', actionGroup: 'Initiatiefgroep plan van aanpak',
        summary: 'De initiatiefgroep verdeelde het plan van aanpak in drie sporen en legde vast welke besluiten de '
          + 'bestuurders jeugd moeten nemen.',
      },
      {
        format: 'casusbespreking',
        summary: 'Drie geanonimiseerde casussen van lang wachtende jeugdigen gevolgd door het hele systeem: waar ontstaat '
          + 'de wachttijd, en wie had eerder iets kunnen doen.',
      },
      {
        format: 'actiegroep', actionGroup: 'Werkgroep hoog- en laagcomplexe zorg',
        summary: 'Aanbieders hoog- en laagcomplex legden hun wachtlijsten naast elkaar; een deel van de jeugdigen bleek op '
          + 'meerdere lijsten te staan.',
      },
      {
        format: 'actiegroep', actionGroup: 'Initiatiefgroep plan van aanpak',
        summary: 'Concept plan van aanpak besproken met beleidsadviseurs van alle gemeenten; ervaringsdeskundigen gaven '
          + 'per maatregel aan wat gezinnen ervan gaan merken.',
      },
      {
        format: 'omdenksessie',
        summary: 'Omdenken: wat als wachten niet meer mag? Ideeën voor overbruggingszorg en een vast aanspreekpunt voor '
          + 'wachtende gezinnen.',
      },
      {
        format: 'plenair', attendees: 96,
        summary: 'Het plan van aanpak is ter besluitvorming voorgelegd aan de bestuurders jeugd van de negen gemeenten. '
          + 'Terugkoppeling aan alle deelnemers van de eerste bijeenkomst.',
      },
      {
        format: 'actiegroep', actionGroup: 'Werkgroep toegang en voorliggend veld',
        summary: 'Toegang en voorliggend veld maakten afspraken over lichte ondersteuning tijdens het wachten.',
      },
    ],
    learnings: [
      {
        key: 'systeem-tekenen',
        title: 'Systeemaanpak: eerst samen het probleem tekenen',
        insight: 'Wachttijden los je niet op bij één aanbieder. Door met gemeenten, aanbieders, onderwijs en '
          + 'ervaringsdeskundigen het hele systeem te tekenen, werd zichtbaar waar jeugdigen vastlopen tussen hoog- en '
          + 'laagcomplexe zorg en waar de toegang zelf wachttijd veroorzaakt.',
        themes: ['wachttijden', 'programmatische-drukte'],
        successFactors: [
          'alle partijen aan één tafel, ook ervaringsdeskundigen',
          'begeleiding door een onafhankelijk team',
          'terug naar de bedoeling van het stelsel',
        ],
        evidenceLevel: 'goed-beschreven', knowledgeSources: ['praktijk', 'ervaring'], origin: 'sessie',
        revisedEvidence: 'goed-onderbouwd', reach: 'wide',
      },
      {
        key: 'initiatiefgroep-besluit',
        title: 'Een initiatiefgroep maakt van een grote bijeenkomst een besluit',
        insight: 'Na een bijeenkomst met honderd mensen verdampt energie snel. Een kleine initiatiefgroep met mandaat schreef '
          + 'binnen een kwartaal een plan van aanpak waarover de bestuurders van alle gemeenten konden besluiten.',
        themes: ['wachttijden', 'investeren-in-vakmanschap'],
        successFactors: ['mandaat vooraf van de bestuurders', 'een vaste datum voor besluitvorming', 'terugkoppeling aan alle deelnemers'],
        evidenceLevel: 'goed-beschreven', knowledgeSources: ['praktijk'], origin: 'sessie', reach: 'wide',
      },
      {
        key: 'gedeelde-wachtlijst',
        title: 'Eén gedeeld beeld van de wachtlijst',
        insight: 'Pas toen aanbieders en gemeenten één geanonimiseerd overzicht van wachtenden deelden, werd zichtbaar dat een '
          + 'deel van de jeugdigen op meerdere lijsten stond en een ander deel te lang zonder overbrugging wachtte.',
        themes: ['wachttijden', 'betere-toegang'],
        successFactors: ['afspraken over gegevensdeling vooraf', 'wekelijks de langste wachters bespreken'],
        evidenceLevel: 'eerste-aanwijzingen', knowledgeSources: ['praktijk', 'wetenschap'], origin: 'data', reach: 'wide',
      },
      {
        key: 'overbrugging-wachten',
        title: 'Overbruggingszorg en een vast aanspreekpunt tijdens het wachten',
        insight: 'Gezinnen die wachten kregen een vast aanspreekpunt en lichte ondersteuning vanuit het lokale team. Er kwamen '
          + 'minder crisisaanmeldingen van wachtenden, en ouders gaven aan zich minder alleen te voelen.',
        themes: ['wachttijden', 'crisis'],
        successFactors: ['een vast aanspreekpunt', 'lichte hulp zonder nieuwe indicatie'],
        evidenceLevel: 'eerste-aanwijzingen', knowledgeSources: ['praktijk', 'ervaring'], origin: 'casus', reach: 'some',
      },
    ],
    outcome: '',
  },
  {
    key: 'flevoland-uitstroom',
    regionId: 'JZ08',
    title: 'Uitstroom 24-uurszorg: leren van casuïstiek',
    description:
      'Aanbieders en de zes Flevolandse gemeenten reflecteren samen met een hogeschool op casusniveau op werkwijzen in '
      + 'de jeugdhulp met verblijf. Met omdenkers en action learning: wat maakt dat een jongere niet kan uitstromen, '
      + 'en wat helpt wel.',
    themes: ['24-uurszorg', 'kwetsbare-jongeren-zelfstandigheid', 'zo-thuis-mogelijk-opgroeien'],
    municipalities: ['Almere', 'Dronten', 'Lelystad', 'Noordoostpolder', 'Urk', 'Zeewolde'],
    participants: 18,
    sectors: ['jeugdhulp', 'gemeente', 'ggz', 'wetenschap', 'jeugdbescherming', 'client'],
    plan: {
      title: 'Zorglandschap jeugd Flevoland',
      themes: ['24-uurszorg', 'zo-thuis-mogelijk-opgroeien', 'kwetsbare-jongeren-zelfstandigheid'],
    },
    startedWeeksAgo: 48,
    actionGroups: [
      { name: 'Casusteam uitstroom', theme: '24-uurszorg' },
      { name: 'Actiegroep wonen na verblijf', theme: 'kwetsbare-jongeren-zelfstandigheid' },
    ],
    topics: ['uitstroom uit verblijf', 'wonen na het achttiende jaar', 'terug naar huis'],
    sessions: [
      {
        format: 'plenair',
        summary: 'Aftrap met de zes gemeenten en een grote groep aanbieders: we leren van casuïstiek, niet van rapportages. '
          + 'De hogeschool kijkt mee als kritische vriend.',
      },
      {
        format: 'casusbespreking', actionGroup: 'Casusteam uitstroom',
        summary: 'Eerste geanonimiseerde casus: een jongere die al lang in verblijf zit terwijl de behandeling klaar is. '
          + 'Uitstroom stokt op woonruimte en school.',
      },
      {
        format: 'omdenksessie',
        summary: 'Omdenkers: wat zou er nodig zijn als verblijf geen optie was? Oplossingen rond netwerk, school en een '
          + 'tussenvoorziening kwamen op tafel.',
      },
      {
        format: 'casusbespreking', actionGroup: 'Casusteam uitstroom',
        summary: 'Tweede casus: het uitstroomperspectief was bij de opname nooit besproken. Voorstel: die vraag vanaf dag één stellen.',
      },
      {
        format: 'actiegroep', actionGroup: 'Actiegroep wonen na verblijf',
        summary: 'Gemeenten en aanbieders brachten in kaart welke woonplekken er zijn voor jongeren die achttien worden.',
      },
      {
        format: 'omdenksessie',
        summary: 'Omdenksessie met ervaringsdeskundige jongeren over wat hen hielp om terug te gaan naar huis of zelfstandig te wonen.',
      },
      {
        format: 'casusbespreking', actionGroup: 'Casusteam uitstroom',
        summary: 'Terugblik op de eerste casussen met de onderzoekers: patronen die in losse casussen verborgen bleven.',
      },
      {
        format: 'plenair',
        summary: 'Tussenrapportage besproken met alle partners; de aanpak kan ook bij de toegang of bij crisisplaatsingen '
          + 'worden gebruikt.',
      },
    ],
    learnings: [
      {
        key: 'breed-draagvlak',
        title: 'Breed draagvlak bij gemeenten en aanbieders is de succesfactor',
        insight: 'Dat de gemeenten en de aanbieders samen het lef hadden om te beginnen, maakte het verschil: knelpunten in de '
          + 'uitstroom werden een gedeeld probleem in plaats van elkaars schuld. De werkwijze is ook bruikbaar bij de '
          + 'toegang en bij crisisplaatsingen.',
        themes: ['24-uurszorg', 'investeren-in-vakmanschap'],
        successFactors: ['een gezamenlijke aftrap van gemeenten en aanbieders', 'bestuurlijke steun om te experimenteren', 'een neutrale kennispartner'],
        evidenceLevel: 'goed-beschreven', knowledgeSources: ['praktijk'], origin: 'sessie', reach: 'wide',
      },
      {
        key: 'omdenkers',
        title: 'Omdenkers maken vastgelopen casussen weer beweeglijk',
        insight: 'In een omdenksessie wordt een vastgelopen uitstroom niet opnieuw geanalyseerd maar omgedacht: wat zou er '
          + 'nodig zijn als verblijf geen optie was? Zo kwamen oplossingen rond wonen, school en netwerk in beeld die in '
          + 'het gewone overleg niet op tafel kwamen.',
        themes: ['24-uurszorg', 'zo-thuis-mogelijk-opgroeien'],
        successFactors: ['een gespreksleider die de omdenkvraag bewaakt', 'casussen vooraf geanonimiseerd', 'per actie meteen een eigenaar'],
        evidenceLevel: 'goed-onderbouwd', knowledgeSources: ['praktijk', 'wetenschap'], origin: 'casus', reach: 'wide',
      },
      {
        key: 'hogeschool-kritische-vriend',
        title: 'Action learning met een hogeschool als kritische vriend',
        insight: 'Onderzoekers die op casusniveau meekijken, zien patronen die in afzonderlijke casussen verborgen blijven, '
          + 'zoals uitstroom die stokt op het ontbreken van passende woonruimte na het achttiende jaar.',
        themes: ['24-uurszorg', 'kwetsbare-jongeren-zelfstandigheid'],
        successFactors: ['onderzoekers aan tafel, niet op afstand', 'korte terugkoppeling na elke ronde'],
        evidenceLevel: 'eerste-aanwijzingen', knowledgeSources: ['wetenschap', 'praktijk'], origin: 'onderzoek', reach: 'some',
      },
      {
        key: 'uitstroom-bij-instroom',
        title: 'Uitstroom begint bij de instroom',
        insight: 'Als bij de opname al met jongere, ouders en gemeente wordt besproken waar de jongere daarna woont en naar '
          + 'school gaat, is het verblijf korter. Het uitstroomperspectief werd een vaste vraag in elke casusbespreking.',
        themes: ['24-uurszorg', 'zo-thuis-mogelijk-opgroeien'],
        successFactors: ['perspectief vanaf dag één', 'gemeente al bij de opname betrokken'],
        evidenceLevel: 'eerste-aanwijzingen', knowledgeSources: ['praktijk', 'wetenschap'], origin: 'casus',
        revisedEvidence: 'goede-aanwijzingen', reach: 'wide',
      },
    ],
    outcome: '',
  },
  {
    key: 'midden-drenthe-jeugdakkoord',
    regionId: 'JZ04',
    title: 'Jeugdakkoord Midden-Drenthe: participatieaanpak',
    description:
      'Gemeente, centrum voor jeugd en gezin, GGD, primair en voortgezet onderwijs, sportverenigingen, huisartsen, een '
      + 'integraal kindcentrum en het welzijnswerk maken samen het nieuwe jeugdbeleid. Begonnen met een Fasterclass van '
      + 'vier uur; de deelnemers gingen verder als kerngroep Jeugdakkoord.',
    themes: ['betere-toegang', 'zo-thuis-mogelijk-opgroeien', 'kansen-om-te-ontwikkelen'],
    municipalities: ['Midden-Drenthe'],
    participants: 16,
    sectors: ['gemeente', 'jeugdhulp', 'ggd', 'onderwijs', 'overig', 'huisarts', 'welzijn', 'client'],
    plan: {
      title: 'Jeugdakkoord Midden-Drenthe: nieuw jeugdbeleid met inwoners en partners',
      themes: ['betere-toegang', 'zo-thuis-mogelijk-opgroeien'],
    },
    startedWeeksAgo: 40,
    actionGroups: [{ name: 'Kerngroep Jeugdakkoord', theme: 'betere-toegang' }],
    topics: ['het participatieplan', 'de vragenlijst', 'het concept jeugdbeleid'],
    sessions: [
      {
        format: 'fasterclass',
        summary: 'Fasterclass van vier uur: gemeente en partners bepaalden samen de contouren van het participatieplan. '
          + 'De deelnemers spraken af verder te gaan als kerngroep Jeugdakkoord.',
      },
      {
        format: 'actiegroep', actionGroup: 'Kerngroep Jeugdakkoord',
        summary: 'De kerngroep koos de gespreksmomenten en wie de uitnodigingen verstuurt: school, sportclub of huisarts '
          + 'in plaats van steeds de gemeente.',
      },
      {
        format: 'actiegroep', actionGroup: 'Kerngroep Jeugdakkoord',
        summary: 'De digitale vragenlijst voor professionals, vrijwilligers en ervaringsdeskundigen is uitgezet via de '
          + 'kanalen van de partners.',
      },
      {
        format: 'plenair',
        summary: 'Verdiepende gesprekken met professionals, vrijwilligers en ervaringsdeskundigen over wat kinderen en '
          + 'jongeren die hulp nodig hebben echt helpt.',
      },
      {
        format: 'actiegroep', actionGroup: 'Kerngroep Jeugdakkoord',
        summary: 'Uitkomsten van vragenlijst en gesprekken samengevoegd tot een concept jeugdbeleid; het bestuur was '
          + 'bij de bespreking aanwezig.',
      },
      {
        format: 'plenair',
        summary: 'Partners gaven hun commitment op het concept jeugdbeleid; de kerngroep blijft adviseren en betrekt de '
          + 'eigen achterban.',
      },
    ],
    learnings: [
      {
        key: 'fasterclass-vier-uur',
        title: 'Een Fasterclass van vier uur zet de contouren van een participatieplan',
        insight: 'In één middag bepaalden gemeente en partners samen wie ze wanneer betrekken bij nieuw jeugdbeleid. '
          + 'Het tempo dwong tot keuzes, en de deelnemers bleven daarna betrokken als kerngroep.',
        themes: ['betere-toegang', 'investeren-in-vakmanschap'],
        successFactors: ['brede vertegenwoordiging in de zaal', 'een strakke tijdsindeling', 'afspraken over het vervolg in dezelfde middag'],
        evidenceLevel: 'goed-beschreven', knowledgeSources: ['praktijk'], origin: 'sessie', reach: 'wide',
      },
      {
        key: 'wisselen-afzenderschap',
        title: 'Wisselen van afzenderschap vergroot het bereik',
        insight: 'De gemeente hoeft niet altijd de afzender te zijn. Toen de kerngroep uitnodigingen via eigen kanalen '
          + 'verstuurde, via school, sportclub en huisarts, kwamen er ouders en vrijwilligers die de gemeente zelf niet bereikte.',
        themes: ['betere-toegang', 'zo-thuis-mogelijk-opgroeien'],
        successFactors: ['partners als afzender', 'één gezamenlijke boodschap', 'het bestuur vanaf het begin betrokken'],
        evidenceLevel: 'goed-beschreven', knowledgeSources: ['praktijk', 'ervaring'], origin: 'sessie', reach: 'wide',
      },
      {
        key: 'vragenlijst-en-gesprekken',
        title: 'Vragenlijst en verdiepende gesprekken versterken elkaar',
        insight: 'Een digitale vragenlijst gaf breedte, de verdiepende gesprekken gaven de verhalen erachter. Pas de '
          + 'combinatie leverde een concept jeugdbeleid op waaraan partners hun commitment wilden geven.',
        themes: ['betere-toegang', 'kansen-om-te-ontwikkelen'],
        successFactors: ['eerst breed, dan diep', 'uitkomsten teruggeven aan wie meedeed'],
        evidenceLevel: 'goed-onderbouwd', knowledgeSources: ['praktijk', 'wetenschap'], origin: 'onderzoek', reach: 'some',
      },
      {
        key: 'draagvlak-betrokkenheid',
        title: 'Draagvlak creëren is betrokkenheid creëren',
        insight: 'Door het bestuur bij elk gespreksmoment te betrekken, was de besluitvorming over het jeugdbeleid geen '
          + 'verrassing meer. Partners herkenden hun eigen inbreng in het besluit.',
        themes: ['betere-toegang'],
        successFactors: ['bestuur aanwezig bij de gesprekken'],
        evidenceLevel: 'niet-beoordeeld', knowledgeSources: ['ervaring'], origin: 'sessie', reach: 'local',
      },
    ],
    outcome: '',
  },
];

/** Circles any region may start; the first few regions that start one capture its learnings. */
export const CIRCLE_TEMPLATES: readonly CircleTemplate[] = [
  {
    key: 'wachtlijsten',
    title: 'Wachtlijsten samen terugdringen',
    description: 'Gemeenten en aanbieders zoeken samen uit waarom jeugdigen wachten en wat het wachten verkort of verzacht.',
    themes: ['wachttijden', 'betere-toegang'],
    actionGroups: [{ name: 'Actiegroep wachtlijstbeheer', theme: 'wachttijden' }],
    topics: ['het wachtlijstoverzicht', 'overbrugging tijdens het wachten', 'doorstroom tussen aanbieders'],
    outcome: 'Eén regionaal wachtlijstoverleg ingericht; de cirkel gaat op in dat overleg.',
    learnings: [
      {
        key: 'wachtlijst-eigenaar',
        title: 'Elke wachtende jeugdige heeft een eigenaar',
        insight: 'Zolang niemand verantwoordelijk is voor een wachtende jeugdige, wacht iedereen op iedereen. Een vaste '
          + 'eigenaar per wachtende, bij de toegang of het lokale team, zorgt dat er tijdens het wachten contact is en dat '
          + 'een verslechtering eerder opvalt.',
        themes: ['wachttijden', 'toegang-en-lokale-teams'],
        successFactors: ['één eigenaar per wachtende', 'maandelijks contact met het gezin'],
        evidenceLevel: 'goed-beschreven', knowledgeSources: ['praktijk'], origin: 'casus', reach: 'wide',
      },
      {
        key: 'wachtlijst-opschonen',
        title: 'Wachtlijsten opschonen levert snel lucht op',
        insight: 'Bij het naast elkaar leggen van de lijsten bleek een op de vijf aanmeldingen dubbel of niet meer actueel. '
          + 'Periodiek opschonen samen met de verwijzers maakt de echte wachttijd zichtbaar.',
        themes: ['wachttijden'],
        successFactors: ['vaste opschoonronde per kwartaal', 'verwijzers doen mee'],
        evidenceLevel: 'goed-beschreven', knowledgeSources: ['praktijk'], origin: 'data', reach: 'some',
      },
      {
        key: 'wachten-met-groepsaanbod',
        title: 'Een groepsaanbod tijdens het wachten',
        insight: 'Ouders die wachten op behandeling van hun kind konden alvast meedoen aan een oudergroep. Een deel bleek '
          + 'daarna minder of geen specialistische hulp meer nodig te hebben.',
        themes: ['wachttijden', 'zo-thuis-mogelijk-opgroeien'],
        successFactors: ['laagdrempelige aanmelding', 'begeleiding door ervaren hulpverleners'],
        evidenceLevel: 'eerste-aanwijzingen', knowledgeSources: ['praktijk', 'wetenschap'], origin: 'onderzoek', reach: 'some',
      },
    ],
  },
  {
    key: 'gezinshuizen',
    title: 'Gezinshuizen: thuis in een gezin',
    description: 'Meer jeugdigen die niet thuis kunnen wonen laten opgroeien in een gezinshuis in plaats van in een groep.',
    themes: ['gezinshuizen', 'zo-thuis-mogelijk-opgroeien'],
    actionGroups: [{ name: 'Actiegroep werving gezinshuisouders', theme: 'gezinshuizen' }],
    topics: ['werving van gezinshuisouders', 'ondersteuning van gezinshuizen', 'matching'],
    outcome: 'Regionale afspraken over ondersteuning van gezinshuisouders vastgesteld.',
    learnings: [
      {
        key: 'gezinshuis-ondersteuning',
        title: 'Gezinshuisouders blijven als de ondersteuning dichtbij is',
        insight: 'Gezinshuisouders die een vaste gedragswetenschapper hebben en elkaar regelmatig zien in intervisie, '
          + 'stoppen minder vaak. Uitval hangt meer samen met eenzaamheid in het werk dan met de zwaarte van de zorg.',
        themes: ['gezinshuizen', 'investeren-in-vakmanschap'],
        successFactors: ['vaste gedragswetenschapper', 'intervisie tussen gezinshuizen', 'respijtzorg geregeld'],
        evidenceLevel: 'goed-onderbouwd', knowledgeSources: ['praktijk', 'ervaring'], origin: 'sessie', reach: 'wide',
      },
      {
        key: 'gezinshuis-matching',
        title: 'Zorgvuldige matching voorkomt breuken',
        insight: 'Een kennismakingsperiode waarin jeugdige en gezinshuis elkaar eerst een paar keer zien, verkleint de kans '
          + 'op een voortijdige breuk in de plaatsing.',
        themes: ['gezinshuizen', 'jeugdigen-beter-beschermen'],
        successFactors: ['kennismaken voor plaatsen', 'de jeugdige heeft een stem'],
        evidenceLevel: 'goed-beschreven', knowledgeSources: ['ervaring', 'praktijk'], origin: 'casus', reach: 'some',
      },
      {
        key: 'gezinshuis-werving',
        title: 'Werven via bestaande gezinshuisouders werkt het best',
        insight: 'Nieuwe gezinshuisouders kwamen vooral via het netwerk van bestaande gezinshuisouders. Een avond waarop zij '
          + 'hun verhaal vertellen leverde meer serieuze aanmeldingen op dan een campagne.',
        themes: ['gezinshuizen'],
        successFactors: ['ambassadeurs uit de eigen kring'],
        evidenceLevel: 'niet-beoordeeld', knowledgeSources: ['ervaring'], origin: 'sessie', reach: 'local',
      },
    ],
  },
  {
    key: 'crisis',
    title: 'Crisis: snel en dichtbij',
    description: 'Een crisisaanpak die jeugdigen zo veel mogelijk thuis of dichtbij opvangt, met korte lijnen tussen toegang en crisisdienst.',
    themes: ['crisis', 'jeugdigen-beter-beschermen'],
    actionGroups: [{ name: 'Actiegroep crisisroute', theme: 'crisis' }],
    topics: ['de crisisroute', 'opvang in het eigen netwerk', 'nazorg na een crisis'],
    outcome: 'Een gedeelde crisisroute voor de hele regio vastgelegd en gecommuniceerd.',
    learnings: [
      {
        key: 'crisis-thuis',
        title: 'Crisishulp thuis voorkomt uithuisplaatsing',
        insight: 'Een crisisteam dat binnen enkele uren thuis komt en een paar weken intensief blijft, kon in de meeste '
          + 'situaties een uithuisplaatsing voorkomen. Het netwerk van het gezin speelde daarbij een grote rol.',
        themes: ['crisis', 'zo-thuis-mogelijk-opgroeien'],
        successFactors: ['binnen enkele uren aanwezig', 'het netwerk meteen betrokken', 'warme overdracht naar vervolghulp'],
        evidenceLevel: 'goede-aanwijzingen', knowledgeSources: ['wetenschap', 'praktijk'], origin: 'onderzoek', reach: 'wide',
      },
      {
        key: 'crisis-nazorg',
        title: 'Na de crisis begint het echte werk',
        insight: 'Gezinnen vielen na een crisisplaatsing vaak tussen wal en schip. Een afgesproken nazorgmoment met toegang '
          + 'en hulpverlener voorkomt dat een gezin opnieuw in crisis raakt.',
        themes: ['crisis', 'toegang-en-lokale-teams'],
        successFactors: ['nazorgmoment vooraf gepland'],
        evidenceLevel: 'goed-beschreven', knowledgeSources: ['praktijk'], origin: 'casus', reach: 'some',
      },
      {
        key: 'crisis-een-nummer',
        title: 'Eén ingang voor crisis in de hele regio',
        insight: 'Verwijzers wisten niet welke crisisdienst ze moesten bellen. Met één regionale ingang en een gedeelde '
          + 'route daalde het aantal doorverwijzingen tussen diensten.',
        themes: ['crisis', 'betere-toegang'],
        successFactors: ['één ingang', 'afspraken tussen alle crisisdiensten'],
        evidenceLevel: 'goed-beschreven', knowledgeSources: ['praktijk'], origin: 'data', reach: 'some',
      },
    ],
  },
  {
    key: 'onderwijs-jeugdhulp',
    title: 'Onderwijs en jeugdhulp onder één dak',
    description: 'Scholen, samenwerkingsverband en jeugdhulp organiseren hulp in en om de school, zodat leerlingen niet hoeven te wachten op een verwijzing.',
    themes: ['onderwijs-en-jeugdhulp', 'kansen-om-te-ontwikkelen'],
    actionGroups: [{ name: 'Actiegroep jeugdhulp op school', theme: 'onderwijs-en-jeugdhulp' }],
    topics: ['jeugdhulp in de klas', 'het gesprek met ouders op school', 'afspraken met het samenwerkingsverband'],
    outcome: 'Jeugdhulp op school is opgenomen in het ondersteuningsplan van het samenwerkingsverband.',
    learnings: [
      {
        key: 'jeugdhulp-in-de-klas',
        title: 'Jeugdhulp in de klas helpt leerling én leerkracht',
        insight: 'Een jeugdhulpverlener die een deel van de week in school is, ondersteunt niet alleen de leerling maar ook '
          + 'de leerkracht. Leerkrachten voelden zich zekerder, en gedragsproblemen werden eerder besproken.',
        themes: ['onderwijs-en-jeugdhulp', 'investeren-in-vakmanschap'],
        successFactors: ['vaste dagen op school', 'gezamenlijke financiering van gemeente en samenwerkingsverband'],
        evidenceLevel: 'eerste-aanwijzingen', knowledgeSources: ['praktijk', 'wetenschap'], origin: 'onderzoek', reach: 'wide',
      },
      {
        key: 'schoolgesprek-ouders',
        title: 'Het eerste gesprek op school, niet aan het loket',
        insight: 'Ouders bespreken zorgen makkelijker op de vertrouwde school dan bij een loket van de gemeente. Door het eerste '
          + 'gesprek op school te voeren, met intern begeleider en lokaal team samen, startte hulp eerder.',
        themes: ['onderwijs-en-jeugdhulp', 'betere-toegang'],
        successFactors: ['vertrouwde plek', 'intern begeleider en lokaal team samen'],
        evidenceLevel: 'goed-beschreven', knowledgeSources: ['praktijk', 'ervaring'], origin: 'sessie', reach: 'some',
      },
      {
        key: 'gezamenlijk-budget-school',
        title: 'Eén gezamenlijk budget voor hulp op school',
        insight: 'Discussies over wie betaalt vertraagden de hulp. Een klein gezamenlijk budget van gemeente en '
          + 'samenwerkingsverband maakte het mogelijk om direct te starten en achteraf te verrekenen.',
        themes: ['onderwijs-en-jeugdhulp', 'programmatische-drukte'],
        successFactors: ['eerst helpen, dan verrekenen'],
        evidenceLevel: 'niet-beoordeeld', knowledgeSources: ['praktijk'], origin: 'casus', reach: 'local',
      },
    ],
  },
  {
    key: 'lokale-teams',
    title: 'Lokale teams als sterke toegang',
    description: 'Lokale teams versterken zodat gezinnen op één plek terechtkunnen, met één plan en één vaste contactpersoon.',
    themes: ['toegang-en-lokale-teams', 'betere-toegang'],
    actionGroups: [{ name: 'Actiegroep één gezin één plan', theme: 'toegang-en-lokale-teams' }],
    topics: ['één gezin één plan', 'expertise in het lokale team', 'consultatie door specialisten'],
    outcome: 'Consultatie van specialisten in het lokale team is structureel geregeld.',
    learnings: [
      {
        key: 'specialist-in-lokaal-team',
        title: 'Specialistische consultatie in het lokale team',
        insight: 'Als een jeugdpsychiater of gedragswetenschapper wekelijks in het lokale team meedenkt, worden minder '
          + 'jeugdigen doorverwezen naar specialistische hulp en krijgen ze sneller de juiste hulp.',
        themes: ['toegang-en-lokale-teams', 'betere-toegang'],
        successFactors: ['vast consultatiemoment', 'laagdrempelig en zonder verwijzing'],
        evidenceLevel: 'goede-aanwijzingen', knowledgeSources: ['wetenschap', 'praktijk'], origin: 'onderzoek', reach: 'wide',
      },
      {
        key: 'een-gezin-een-plan',
        title: 'Eén gezin, één plan, één regisseur',
        insight: 'Gezinnen met meerdere hulpverleners hadden soms vijf plannen. Eén gezamenlijk plan met één regisseur gaf '
          + 'ouders overzicht en voorkwam tegenstrijdige adviezen.',
        themes: ['toegang-en-lokale-teams', 'zo-thuis-mogelijk-opgroeien'],
        successFactors: ['één regisseur met mandaat', 'het plan van het gezin, niet van de instanties'],
        evidenceLevel: 'goed-onderbouwd', knowledgeSources: ['praktijk', 'ervaring'], origin: 'casus', reach: 'wide',
      },
      {
        key: 'toegang-zonder-formulier',
        title: 'Eerst een gesprek, dan pas een formulier',
        insight: 'Door het eerste contact met de toegang te beginnen met een gesprek in plaats van een aanmeldformulier, '
          + 'voelden ouders zich gehoord en was de hulpvraag scherper.',
        themes: ['betere-toegang'],
        successFactors: ['tijd voor het eerste gesprek'],
        evidenceLevel: 'goed-beschreven', knowledgeSources: ['ervaring', 'praktijk'], origin: 'sessie', reach: 'some',
      },
    ],
  },
  {
    key: 'achttien-plus',
    title: 'Van 18- naar 18+: zelfstandig verder',
    description: 'Kwetsbare jongeren die achttien worden een doorlopend perspectief bieden op wonen, inkomen, school en hulp.',
    themes: ['kwetsbare-jongeren-zelfstandigheid'],
    actionGroups: [{ name: 'Actiegroep perspectiefplan 18+', theme: 'kwetsbare-jongeren-zelfstandigheid' }],
    topics: ['het perspectiefplan', 'wonen na het achttiende jaar', 'de overgang naar volwassenenzorg'],
    outcome: 'Het perspectiefplan vanaf het zestiende jaar is in de hele regio ingevoerd.',
    learnings: [
      {
        key: 'perspectiefplan-16',
        title: 'Het perspectiefplan begint bij zestien',
        insight: 'Jongeren die vanaf hun zestiende met een mentor werken aan een plan voor wonen, geld, school en werk, hebben '
          + 'bij hun achttiende minder vaak schulden en een stabielere woonsituatie.',
        themes: ['kwetsbare-jongeren-zelfstandigheid'],
        successFactors: ['op tijd beginnen', 'een vaste mentor tot drieëntwintig', 'alle leefgebieden in één plan'],
        evidenceLevel: 'eerste-aanwijzingen', knowledgeSources: ['wetenschap', 'praktijk'], origin: 'onderzoek',
        revisedEvidence: 'goede-aanwijzingen', reach: 'wide',
      },
      {
        key: 'woonplek-na-verblijf',
        title: 'Afspraken met woningcorporaties over een eerste woonplek',
        insight: 'Een klein aantal woningen per jaar, met begeleiding erbij, voorkomt dat jongeren na verblijf in een '
          + 'opvang belanden. Vaste afspraken met corporaties werken beter dan per jongere onderhandelen.',
        themes: ['kwetsbare-jongeren-zelfstandigheid', '24-uurszorg'],
        successFactors: ['jaarlijkse afspraken met corporaties', 'begeleiding aan de woning gekoppeld'],
        evidenceLevel: 'goed-beschreven', knowledgeSources: ['praktijk'], origin: 'casus', reach: 'some',
      },
      {
        key: 'warme-overdracht-18',
        title: 'Warme overdracht naar volwassenenzorg',
        insight: 'Een gezamenlijk gesprek van jongere, jeugdhulpverlener en de nieuwe hulpverlener uit de volwassenenzorg '
          + 'vóór de achttiende verjaardag voorkomt dat de hulp stopt.',
        themes: ['kwetsbare-jongeren-zelfstandigheid', 'betere-toegang'],
        successFactors: ['overdracht voor de verjaardag'],
        evidenceLevel: 'goed-beschreven', knowledgeSources: ['ervaring', 'praktijk'], origin: 'casus', reach: 'some',
      },
    ],
  },
  {
    key: 'suicidepreventie',
    title: 'Samen alert: suïcidepreventie bij jongeren',
    description: 'Professionals rond jongeren herkennen signalen eerder en weten samen wat ze moeten doen.',
    themes: ['suicidepreventie', 'jeugdigen-beter-beschermen'],
    actionGroups: [{ name: 'Actiegroep signaleren en doorverwijzen', theme: 'suicidepreventie' }],
    topics: ['signalen herkennen', 'het gesprek aangaan', 'nazorg na een poging'],
    outcome: 'Een regionale training en route bij zorgen over suïcidaliteit zijn vastgelegd.',
    learnings: [
      {
        key: 'gesprek-durven-aangaan',
        title: 'Vragen naar suïcidale gedachten durven stellen',
        insight: 'Professionals uit onderwijs en welzijn stelden de vraag naar suïcidale gedachten pas na een korte training. '
          + 'Jongeren reageerden vaak opgelucht dat iemand het vroeg.',
        themes: ['suicidepreventie', 'investeren-in-vakmanschap'],
        successFactors: ['korte praktische training', 'weten wie je daarna inschakelt'],
        evidenceLevel: 'goede-aanwijzingen', knowledgeSources: ['wetenschap', 'praktijk'], origin: 'onderzoek', reach: 'wide',
      },
      {
        key: 'nazorg-poging',
        title: 'Nazorg na een poging binnen een week',
        insight: 'Een afspraak binnen een week na ontslag van de spoedeisende hulp, met de jongere en ouders, sluit het gat '
          + 'tussen ziekenhuis en vervolghulp.',
        themes: ['suicidepreventie', 'crisis'],
        successFactors: ['afspraak al gemaakt bij ontslag'],
        evidenceLevel: 'eerste-aanwijzingen', knowledgeSources: ['praktijk', 'wetenschap'], origin: 'casus', reach: 'some',
      },
      {
        key: 'ouders-betrekken-suicide',
        title: 'Ouders zijn onmisbaar in de veiligheidsplanning',
        insight: 'Een veiligheidsplan dat samen met ouders is gemaakt, werd vaker gebruikt dan een plan van de hulpverlener '
          + 'alleen.',
        themes: ['suicidepreventie', 'zo-thuis-mogelijk-opgroeien'],
        successFactors: ['plan samen opgesteld'],
        evidenceLevel: 'goed-beschreven', knowledgeSources: ['ervaring', 'praktijk'], origin: 'sessie', reach: 'local',
      },
    ],
  },
  {
    key: 'sociale-media',
    title: 'Online weerbaar: jongeren en sociale media',
    description: 'Ouders, scholen en jongerenwerk gaan samen in gesprek over wat jongeren online meemaken.',
    themes: ['sociale-media', 'kansen-om-te-ontwikkelen'],
    actionGroups: [{ name: 'Actiegroep online weerbaarheid', theme: 'sociale-media' }],
    topics: ['online pesten', 'sexting', 'ouderavonden over sociale media'],
    outcome: 'Een lesprogramma van jongeren voor jongeren is beschikbaar voor alle scholen in de regio.',
    learnings: [
      {
        key: 'jongerenwerk-online',
        title: 'Jongerenwerk ook online aanwezig',
        insight: 'Jongerenwerkers die op de platforms van jongeren aanwezig zijn, signaleren online pesten en uitsluiting '
          + 'eerder dan school of ouders.',
        themes: ['sociale-media', 'jeugdigen-beter-beschermen'],
        successFactors: ['duidelijke afspraken over privacy', 'herkenbaar als jongerenwerker'],
        evidenceLevel: 'goed-beschreven', knowledgeSources: ['praktijk'], origin: 'sessie', reach: 'some',
      },
      {
        key: 'peer-educatie-online',
        title: 'Lessen over sociale media van jongeren voor jongeren',
        insight: 'Oudere leerlingen die lessen geven over online risico\'s worden serieuzer genomen dan volwassenen. '
          + 'Leerlingen gaven aan eerder hulp te zoeken na zo\'n les.',
        themes: ['sociale-media', 'onderwijs-en-jeugdhulp'],
        successFactors: ['training van de oudere leerlingen', 'een vaste volwassene als achtervang'],
        evidenceLevel: 'eerste-aanwijzingen', knowledgeSources: ['ervaring', 'wetenschap'], origin: 'onderzoek', reach: 'wide',
      },
      {
        key: 'ouders-online-gesprek',
        title: 'Ouders zoeken vooral handvatten voor het gesprek',
        insight: 'Ouders hebben minder behoefte aan informatie over apps dan aan handvatten om het gesprek met hun kind te '
          + 'voeren. Korte oefeningen op een ouderavond werden het meest gewaardeerd.',
        themes: ['sociale-media', 'zo-thuis-mogelijk-opgroeien'],
        successFactors: ['oefenen in plaats van vertellen'],
        evidenceLevel: 'niet-beoordeeld', knowledgeSources: ['ervaring'], origin: 'sessie', reach: 'local',
      },
    ],
  },
  {
    key: 'programmatische-drukte',
    title: 'Minder programma\'s, meer samenhang',
    description: 'Gemeenten en partners brengen de vele programma\'s en projecten terug tot een samenhangende agenda.',
    themes: ['programmatische-drukte', 'investeren-in-vakmanschap'],
    actionGroups: [{ name: 'Actiegroep één regionale agenda', theme: 'programmatische-drukte' }],
    topics: ['de stapeling van programma\'s', 'één regionale agenda', 'stoppen met wat niet werkt'],
    outcome: 'Een regionale agenda jeugd vervangt vijf losse programma\'s.',
    learnings: [
      {
        key: 'programmas-stoppen',
        title: 'Durven stoppen met programma\'s',
        insight: 'Door alle lopende programma\'s op één kaart te zetten, zagen partners hoeveel overlap er was. Het samen '
          + 'besluiten om te stoppen gaf professionals tijd terug voor het werk met gezinnen.',
        themes: ['programmatische-drukte'],
        successFactors: ['alles op één kaart', 'samen besluiten wat stopt'],
        evidenceLevel: 'goed-beschreven', knowledgeSources: ['praktijk'], origin: 'sessie', reach: 'wide',
      },
      {
        key: 'een-regionale-agenda',
        title: 'Eén regionale agenda in plaats van losse projecten',
        insight: 'Een regionale agenda met drie prioriteiten, vastgesteld door alle gemeenten en aanbieders, maakte het '
          + 'makkelijker om nee te zeggen tegen nieuwe projecten die er niet in pasten.',
        themes: ['programmatische-drukte', 'betere-toegang'],
        successFactors: ['hoogstens drie prioriteiten'],
        evidenceLevel: 'goed-beschreven', knowledgeSources: ['praktijk'], origin: 'sessie', reach: 'some',
      },
      {
        key: 'uitvoering-bepaalt-tempo',
        title: 'De uitvoering bepaalt het tempo van verandering',
        insight: 'Veranderingen die vanuit beleid werden opgelegd, liepen vast in de uitvoering. Waar professionals mochten '
          + 'bepalen in welk tempo een verandering werd ingevoerd, hield die langer stand.',
        themes: ['programmatische-drukte', 'investeren-in-vakmanschap'],
        successFactors: ['ruimte voor de uitvoering'],
        evidenceLevel: 'niet-beoordeeld', knowledgeSources: ['ervaring', 'praktijk'], origin: 'sessie', reach: 'local',
      },
    ],
  },
  {
    key: 'vakmanschap-casuistiek',
    title: 'Vakmanschap: leren van casuïstiek',
    description: 'Professionals uit verschillende organisaties leren samen van geanonimiseerde casussen die vastliepen.',
    themes: ['investeren-in-vakmanschap'],
    actionGroups: [{ name: 'Leergroep casuïstiek', theme: 'investeren-in-vakmanschap' }],
    topics: ['een vastgelopen casus', 'reflectie op eigen handelen', 'leren over organisatiegrenzen heen'],
    outcome: 'Maandelijkse casuïstiekbespreking over organisaties heen is vast onderdeel van het werk.',
    learnings: [
      {
        key: 'casus-over-grenzen',
        title: 'Casuïstiek bespreken over organisatiegrenzen heen',
        insight: 'Een maandelijkse bespreking van één geanonimiseerde casus met professionals uit verschillende organisaties '
          + 'leverde meer op dan interne intervisie: iedereen zag zijn eigen aandeel in het vastlopen.',
        themes: ['investeren-in-vakmanschap'],
        successFactors: ['één casus per keer', 'geen schuldvraag', 'vaste gespreksleider'],
        evidenceLevel: 'goed-onderbouwd', knowledgeSources: ['praktijk', 'wetenschap'], origin: 'casus', reach: 'wide',
      },
      {
        key: 'ruimte-voor-professional',
        title: 'Ruimte om af te wijken van het protocol',
        insight: 'Professionals die mochten afwijken van het protocol als dat beter paste bij het gezin, en dat achteraf '
          + 'bespraken, vonden vaker een passende oplossing.',
        themes: ['investeren-in-vakmanschap', 'zo-thuis-mogelijk-opgroeien'],
        successFactors: ['afwijken mag, verantwoorden achteraf'],
        evidenceLevel: 'goed-beschreven', knowledgeSources: ['praktijk'], origin: 'casus', reach: 'some',
      },
      {
        key: 'ervaringsdeskundige-in-leergroep',
        title: 'Een ervaringsdeskundige in de leergroep',
        insight: 'Met een ervaringsdeskundige aan tafel verschoof het gesprek van de aanpak van de organisatie naar wat een '
          + 'gezin nodig heeft.',
        themes: ['investeren-in-vakmanschap', 'betere-toegang'],
        successFactors: ['ervaringsdeskundigen betaald en voorbereid'],
        evidenceLevel: 'goed-beschreven', knowledgeSources: ['ervaring'], origin: 'sessie', reach: 'some',
      },
    ],
  },
  {
    key: 'jeugdbescherming-wijk',
    title: 'Veilig opgroeien: jeugdbescherming in de wijk',
    description: 'Lokale teams en jeugdbescherming werken samen zodat gezinnen minder vaak een maatregel nodig hebben.',
    themes: ['jeugdigen-beter-beschermen', 'zo-thuis-mogelijk-opgroeien'],
    actionGroups: [{ name: 'Actiegroep drang en dwang', theme: 'jeugdigen-beter-beschermen' }],
    topics: ['vrijwillig kader', 'de overgang naar een maatregel', 'samen optrekken met het lokale team'],
    outcome: 'Jeugdbeschermers zijn vast verbonden aan de lokale teams.',
    learnings: [
      {
        key: 'jeugdbescherming-aan-tafel',
        title: 'De jeugdbeschermer al aan tafel in het vrijwillig kader',
        insight: 'Door een jeugdbeschermer vroeg mee te laten denken in het lokale team, kwamen gezinnen minder vaak onder een '
          + 'maatregel en was de overgang minder abrupt als een maatregel toch nodig was.',
        themes: ['jeugdigen-beter-beschermen', 'toegang-en-lokale-teams'],
        successFactors: ['vroeg meedenken zonder maatregel', 'één gezicht voor het gezin'],
        evidenceLevel: 'eerste-aanwijzingen', knowledgeSources: ['praktijk', 'wetenschap'], origin: 'onderzoek', reach: 'wide',
      },
      {
        key: 'veiligheidsplan-netwerk',
        title: 'Het netwerk maakt het veiligheidsplan',
        insight: 'Veiligheidsplannen die met familie en buren zijn opgesteld, werden vaker nagekomen dan plannen die de '
          + 'hulpverlening alleen maakte.',
        themes: ['jeugdigen-beter-beschermen'],
        successFactors: ['netwerkberaad vooraf'],
        evidenceLevel: 'goed-onderbouwd', knowledgeSources: ['praktijk', 'ervaring'], origin: 'casus', reach: 'some',
      },
      {
        key: 'minder-overdrachten',
        title: 'Minder overdrachten, meer vertrouwen',
        insight: 'Gezinnen die met steeds nieuwe hulpverleners te maken kregen, haakten af. Door overdrachten te beperken '
          + 'bleef het vertrouwen behouden.',
        themes: ['jeugdigen-beter-beschermen', 'investeren-in-vakmanschap'],
        successFactors: ['hoogstens één overdracht per jaar'],
        evidenceLevel: 'goed-beschreven', knowledgeSources: ['ervaring'], origin: 'casus', reach: 'local',
      },
    ],
  },
  {
    key: 'afbouw-24-uurs',
    title: 'Afbouw 24-uurszorg: terug naar huis',
    description: 'Jeugdigen korter en dichter bij huis laten verblijven en de terugkeer naar huis vanaf de start voorbereiden.',
    themes: ['24-uurszorg', 'zo-thuis-mogelijk-opgroeien'],
    actionGroups: [{ name: 'Actiegroep kleinschalig verblijf', theme: '24-uurszorg' }],
    topics: ['kleinschalig verblijf', 'ouders betrokken tijdens verblijf', 'terugkeer naar huis'],
    outcome: 'Twee groepen omgebouwd tot kleinschalige woonvormen dicht bij huis.',
    learnings: [
      {
        key: 'ouders-tijdens-verblijf',
        title: 'Ouders blijven betrokken tijdens het verblijf',
        insight: 'Als ouders tijdens het verblijf meedoen aan de behandeling en regelmatig op de groep zijn, gaat de terugkeer '
          + 'naar huis vaker goed.',
        themes: ['24-uurszorg', 'zo-thuis-mogelijk-opgroeien'],
        successFactors: ['ouders welkom op de groep', 'behandeling ook thuis'],
        evidenceLevel: 'goede-aanwijzingen', knowledgeSources: ['wetenschap', 'praktijk'], origin: 'onderzoek', reach: 'wide',
      },
      {
        key: 'kleinschalig-dichtbij',
        title: 'Kleinschalig verblijf dicht bij huis',
        insight: 'Kleine woonvormen in de eigen regio maken het makkelijker om school, vrienden en familie vast te houden.',
        themes: ['24-uurszorg', 'gezinshuizen'],
        successFactors: ['verblijf in de eigen regio'],
        evidenceLevel: 'goed-beschreven', knowledgeSources: ['praktijk'], origin: 'sessie', reach: 'some',
      },
      {
        key: 'verblijf-niet-standaard',
        title: 'Verblijf is geen standaardduur',
        insight: 'Door de verblijfsduur niet vooraf vast te leggen maar elke maand te toetsen, daalde de gemiddelde duur.',
        themes: ['24-uurszorg'],
        successFactors: ['maandelijkse toets'],
        evidenceLevel: 'niet-beoordeeld', knowledgeSources: ['praktijk'], origin: 'data', reach: 'local',
      },
    ],
  },
  {
    key: 'thuiszitters',
    title: 'Thuiszitters weer naar school',
    description: 'Leerplicht, school, jeugdhulp en ouders zoeken samen naar een passende plek voor leerlingen die thuiszitten.',
    themes: ['onderwijs-en-jeugdhulp', 'kansen-om-te-ontwikkelen'],
    actionGroups: [{ name: 'Actiegroep thuiszittertafel', theme: 'onderwijs-en-jeugdhulp' }],
    topics: ['de thuiszittertafel', 'maatwerk in het onderwijs', 'zorg en onderwijs combineren'],
    outcome: 'Een regionale thuiszittertafel met doorzettingsmacht is ingericht.',
    learnings: [
      {
        key: 'thuiszittertafel',
        title: 'Een thuiszittertafel met doorzettingsmacht',
        insight: 'Leerlingen die lang thuiszaten kregen sneller een plek toen één tafel met leerplicht, samenwerkingsverband en '
          + 'jeugdhulp mocht besluiten, zonder terugverwijzing naar de eigen organisaties.',
        themes: ['onderwijs-en-jeugdhulp', 'kansen-om-te-ontwikkelen'],
        successFactors: ['doorzettingsmacht aan tafel', 'ouders en leerling aanwezig'],
        evidenceLevel: 'goed-onderbouwd', knowledgeSources: ['praktijk'], origin: 'casus', reach: 'wide',
      },
      {
        key: 'zorg-onderwijs-combineren',
        title: 'Zorg en onderwijs op één dag combineren',
        insight: 'Een rooster waarin behandeling en lessen op dezelfde locatie plaatsvinden, maakte onderwijs weer haalbaar '
          + 'voor leerlingen die eerder uitvielen.',
        themes: ['onderwijs-en-jeugdhulp'],
        successFactors: ['één locatie', 'flexibel rooster'],
        evidenceLevel: 'goed-beschreven', knowledgeSources: ['praktijk'], origin: 'casus', reach: 'some',
      },
      {
        key: 'vroeg-signaal-verzuim',
        title: 'Verzuim is een vroeg signaal',
        insight: 'Scholen die bij herhaald verzuim meteen het gesprek met ouders en jeugdarts aangingen, zagen minder '
          + 'leerlingen langdurig uitvallen.',
        themes: ['onderwijs-en-jeugdhulp', 'betere-toegang'],
        successFactors: ['jeugdarts vroeg betrokken'],
        evidenceLevel: 'eerste-aanwijzingen', knowledgeSources: ['wetenschap', 'praktijk'], origin: 'data', reach: 'some',
      },
    ],
  },
  {
    key: 'ervaringsdeskundigheid',
    title: 'Ervaringsdeskundigheid in de toegang',
    description: 'Ervaringsdeskundige ouders en jongeren werken mee in de toegang en in het ontwerp van hulp.',
    themes: ['betere-toegang', 'investeren-in-vakmanschap'],
    actionGroups: [{ name: 'Actiegroep ervaringsdeskundigen', theme: 'betere-toegang' }],
    topics: ['ervaringsdeskundigen in het lokale team', 'de inzet van jongerenraden', 'opleiden van ervaringsdeskundigen'],
    outcome: 'Ervaringsdeskundigen zijn vast en betaald onderdeel van de lokale teams.',
    learnings: [
      {
        key: 'ervaringsdeskundige-in-toegang',
        title: 'Een ervaringsdeskundige bij het eerste gesprek',
        insight: 'Ouders openden zich eerder als er bij het eerste gesprek iemand aanwezig was die zelf ervaring had met '
          + 'jeugdhulp. Het gesprek ging sneller over wat er echt speelde.',
        themes: ['betere-toegang', 'toegang-en-lokale-teams'],
        successFactors: ['opleiding en begeleiding van ervaringsdeskundigen', 'een volwaardige plek in het team'],
        evidenceLevel: 'goed-beschreven', knowledgeSources: ['ervaring', 'praktijk'], origin: 'sessie', reach: 'wide',
      },
      {
        key: 'jongerenraad-inkoop',
        title: 'De jongerenraad beoordeelt mee bij de inkoop',
        insight: 'Een jongerenraad die mee mocht beoordelen bij de inkoop van jeugdhulp, stelde vragen die de inkopers niet '
          + 'bedachten, zoals over bereikbaarheid buiten schooltijd.',
        themes: ['betere-toegang', 'kansen-om-te-ontwikkelen'],
        successFactors: ['een echte stem, geen adviesrol achteraf'],
        evidenceLevel: 'niet-beoordeeld', knowledgeSources: ['ervaring'], origin: 'sessie', reach: 'some',
      },
    ],
  },
  {
    key: 'scheiden',
    title: 'Scheiden zonder schade',
    description: 'Kinderen beschermen tegen de gevolgen van complexe scheidingen, met één aanpak van rechtbank tot wijkteam.',
    themes: ['zo-thuis-mogelijk-opgroeien', 'jeugdigen-beter-beschermen'],
    actionGroups: [{ name: 'Actiegroep ouderschap na scheiding', theme: 'zo-thuis-mogelijk-opgroeien' }],
    topics: ['vroeg ondersteunen bij scheiding', 'het kind centraal', 'één aanpak met de rechtspraak'],
    outcome: 'Eén loket voor scheidende ouders in de regio geopend.',
    learnings: [
      {
        key: 'scheiding-een-loket',
        title: 'Eén loket voor scheidende ouders',
        insight: 'Ouders die bij het begin van een scheiding op één plek terechtkonden voor juridische, financiële en '
          + 'opvoedvragen, kwamen minder vaak in een vechtscheiding terecht.',
        themes: ['zo-thuis-mogelijk-opgroeien', 'jeugdigen-beter-beschermen'],
        successFactors: ['vroeg bereikbaar', 'alle vragen op één plek'],
        evidenceLevel: 'eerste-aanwijzingen', knowledgeSources: ['praktijk', 'wetenschap'], origin: 'data', reach: 'wide',
      },
      {
        key: 'kind-stem-scheiding',
        title: 'Het kind krijgt een eigen stem',
        insight: 'Een eigen gesprek voor het kind, los van de ouders, bracht zorgen aan het licht die in gesprekken met de '
          + 'ouders niet naar voren kwamen.',
        themes: ['jeugdigen-beter-beschermen'],
        successFactors: ['een vertrouwd persoon voor het kind'],
        evidenceLevel: 'goed-beschreven', knowledgeSources: ['ervaring', 'praktijk'], origin: 'casus', reach: 'some',
      },
    ],
  },
  {
    key: 'huisarts-jeugd',
    title: 'Huisarts en jeugdhulp: praktijkondersteuner jeugd',
    description: 'Een praktijkondersteuner jeugd in de huisartsenpraktijk helpt jeugdigen snel en dichtbij.',
    themes: ['betere-toegang', 'toegang-en-lokale-teams'],
    actionGroups: [{ name: 'Actiegroep POH jeugd', theme: 'betere-toegang' }],
    topics: ['de praktijkondersteuner jeugd', 'verwijzingen door de huisarts', 'samenwerking met het lokale team'],
    outcome: 'De praktijkondersteuner jeugd is in alle gemeenten van de regio ingevoerd.',
    learnings: [
      {
        key: 'poh-jeugd',
        title: 'De praktijkondersteuner jeugd voorkomt onnodige verwijzingen',
        insight: 'In praktijken met een praktijkondersteuner jeugd werden minder jeugdigen doorverwezen naar specialistische '
          + 'hulp, terwijl ouders tevreden waren over de snelheid van de hulp.',
        themes: ['betere-toegang', 'toegang-en-lokale-teams'],
        successFactors: ['korte lijnen met het lokale team', 'tijd voor een paar gesprekken'],
        evidenceLevel: 'goede-aanwijzingen', knowledgeSources: ['wetenschap', 'praktijk'], origin: 'onderzoek',
        revisedEvidence: 'sterke-aanwijzingen', reach: 'wide',
      },
      {
        key: 'huisarts-lokaal-team-overleg',
        title: 'Vast overleg tussen huisarts en lokaal team',
        insight: 'Een kort vast overleg tussen huisarts en lokaal team zorgde dat verwijzingen beter aansloten bij wat er '
          + 'in de wijk al beschikbaar was.',
        themes: ['toegang-en-lokale-teams'],
        successFactors: ['kort en vast ritme'],
        evidenceLevel: 'goed-beschreven', knowledgeSources: ['praktijk'], origin: 'sessie', reach: 'some',
      },
    ],
  },
];
