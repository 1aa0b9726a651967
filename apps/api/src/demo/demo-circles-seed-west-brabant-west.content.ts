import type { SeedCircle } from './demo-circles.types';

/** Seed circle of the source articles in West-Brabant West (JZ36); the second of `SEED_CIRCLES`. */
export const WEST_BRABANT_WEST_CIRCLE: SeedCircle = {
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
};
