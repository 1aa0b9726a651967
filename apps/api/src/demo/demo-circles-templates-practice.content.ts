import type { CircleTemplate } from './demo-circles.types';

/**
 * Circle templates on the system, the profession and the partners around the child: the second
 * part of `CIRCLE_TEMPLATES`, whose order the programme depends on.
 */
export const PRACTICE_TEMPLATES: readonly CircleTemplate[] = [
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
