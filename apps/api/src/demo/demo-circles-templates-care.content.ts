import type { CircleTemplate } from './demo-circles.types';

/**
 * Circle templates on access, waiting, care and safety: the first part of `CIRCLE_TEMPLATES`,
 * whose order the programme depends on.
 */
export const CARE_TEMPLATES: readonly CircleTemplate[] = [
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
];
