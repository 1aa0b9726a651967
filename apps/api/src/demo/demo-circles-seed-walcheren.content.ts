import type { SeedCircle } from './demo-circles.types';

/** Seed circle of the source articles in Walcheren (Zeeland, JZ38); the first of `SEED_CIRCLES`. */
export const WALCHEREN_CIRCLE: SeedCircle = {
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
};
