import type { SeedCircle } from './demo-circles.types';

/** Seed circle of the source articles in Midden-Drenthe (Drenthe, JZ04); the fourth of `SEED_CIRCLES`. */
export const MIDDEN_DRENTHE_CIRCLE: SeedCircle = {
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
};
