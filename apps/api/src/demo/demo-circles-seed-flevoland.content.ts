import type { SeedCircle } from './demo-circles.types';

/** Seed circle of the source articles in Flevoland (JZ08); the third of `SEED_CIRCLES`. */
export const FLEVOLAND_CIRCLE: SeedCircle = {
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
};
