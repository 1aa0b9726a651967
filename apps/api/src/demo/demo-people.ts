import type { Sector } from '@leerkring/domain';

/**
 * Fictional people and organisations of the demo. Surnames are invented (Voorbeeld, Proefstra,
 * ...) so no demo name can be mistaken for a real professional; organisations are invented too,
 * except the municipalities themselves (public bodies, from data/README.md).
 */

export const FIRST_NAMES = [
  'Anouk', 'Bram', 'Carmen', 'Daan', 'Esra', 'Fleur', 'Gijs', 'Hanna', 'Ilse', 'Jesse', 'Kim', 'Lars', 'Mila', 'Noah',
  'Olga', 'Pieter', 'Quinten', 'Roos', 'Sanne', 'Thijs', 'Umut', 'Vera', 'Wouter', 'Yara', 'Zoë', 'Ahmed', 'Bente',
  'Cas', 'Dewi', 'Emre', 'Femke', 'Hidde', 'Inge', 'Joris', 'Lotte', 'Maarten', 'Nadia', 'Rik', 'Sofie', 'Tamara',
  'Bas', 'Chantal', 'Derk', 'Evi', 'Floor', 'Guus', 'Iris', 'Jelle', 'Merel', 'Stijn',
] as const;

export const SURNAMES = [
  'Voorbeeld', 'Proefstra', 'Oefenaar', 'Testerink', 'Fictienga', 'Verzinga', 'Denkbeeld', 'Schijnhout',
  'Bedachtsma', 'Droomstra', 'Modelman', 'Proefhuis', 'van Oefenburg', 'de Verzinner', 'Voorbeeldt', 'Casusma',
  'Leerkamp', 'Kringsma', 'van Proefdorp', 'Bedenkers', 'de Schetser', 'Fantasiehof', 'Oefensma', 'van Denkbeeld',
  'Naamloos', 'Verbeeldink', 'de Bedenker', 'Nepperman', 'Scenarioglu', 'van Schijnveld', 'Proeftuin',
  'Modelstra', 'Leerink-Voorbeeld', 'van Demokamp', 'Rolspel', 'Oefenhof', 'Fictiebos', 'de Testman',
  'Verzonnenburg', 'Zomaarsma',
] as const;

const PAIRS = FIRST_NAMES.length * SURNAMES.length;

/**
 * The `index`-th name of a fixed sequence, distinct for every index: each first name meets each
 * surname once (7 is coprime with the 40 surnames), then the rounds differ by an initial.
 */
export function fictionalName(index: number): string {
  const round = Math.floor(index / PAIRS);
  const i = index % PAIRS;
  const q = Math.floor(i / FIRST_NAMES.length);
  const first = FIRST_NAMES[i % FIRST_NAMES.length] as string;
  const last = SURNAMES[(i % FIRST_NAMES.length + q * 7) % SURNAMES.length] as string;
  const initial = round === 0 ? '' : `${String.fromCharCode(64 + ((round - 1) % 26) + 1)}. `;
  return `${first} ${initial}${last}`;
}

/** Ambassadors and ontwikkelaars: the same sequence taken from its end, so no participant shares a name. */
export function staffName(index: number): string {
  return fictionalName(PAIRS - 1 - index);
}

export interface SectorProfile {
  readonly sector: Sector;
  readonly organisations: readonly string[];
  readonly roles: readonly string[];
}

/** Organisations per sector; `{regio}` is the region's name, `{gemeente}` one of its municipalities. */
export const SECTOR_PROFILES: readonly SectorProfile[] = [
  {
    sector: 'jeugdhulp',
    organisations: [
      'Jeugdhulp De Kompasroos', 'Stichting Vliegeraar', 'Zorgaanbieder Het Ankerpunt', 'De Boomhut Jeugd en Gezin',
      'Jeugdzorg Vuurvlieg', 'Gezinshuisorganisatie De Wilgenhoeve', 'Behandelcentrum De Zeeleeuw',
    ],
    roles: ['gedragswetenschapper', 'jeugdhulpverlener', 'teamleider', 'ambulant hulpverlener', 'gezinshuisouder'],
  },
  {
    sector: 'gemeente',
    organisations: ['Gemeente {gemeente}', 'Regionaal inkoopbureau jeugd {regio}', 'Sociaal team {gemeente}'],
    roles: ['beleidsadviseur jeugd', 'contractmanager jeugd', 'medewerker toegang', 'procesregisseur', 'wethouder jeugd'],
  },
  {
    sector: 'onderwijs',
    organisations: [
      'Samenwerkingsverband Passend Onderwijs De Brugpijler', 'Basisschool De Wilgenkring', 'Scholengemeenschap Het Getij',
      'Integraal Kindcentrum De Speelwei', 'Praktijkschool De Werkplaats',
    ],
    roles: ['intern begeleider', 'zorgcoördinator', 'schooldirecteur', 'leerplichtambtenaar', 'mentor'],
  },
  {
    sector: 'ggz',
    organisations: ['GGZ Lichtbaken Jeugd', 'Kinder- en jeugdpsychiatrie De Horizonlijn', 'Praktijk voor jeugd-ggz Kielzog'],
    roles: ['kinder- en jeugdpsychiater', 'GZ-psycholoog', 'systeemtherapeut', 'sociaal-psychiatrisch verpleegkundige'],
  },
  {
    sector: 'ggd',
    organisations: ['Jeugdgezondheidszorg De Kiemkracht', 'GGD-team Jeugd en Gezin {regio}'],
    roles: ['jeugdarts', 'jeugdverpleegkundige', 'epidemioloog jeugd'],
  },
  {
    sector: 'politie',
    organisations: ['Politie basisteam Havenkwartier', 'Politie basisteam Polderrand', 'Politie basisteam Heuvelzicht'],
    roles: ['wijkagent', 'jeugdagent', 'coördinator jeugd en veiligheid'],
  },
  {
    sector: 'welzijn',
    organisations: ['Welzijn Polderkracht', 'Buurtwerk De Schakelplaats', 'Jongerenwerk Het Trefpunt', 'Welzijnswerk {gemeente}'],
    roles: ['jongerenwerker', 'opbouwwerker', 'schoolmaatschappelijk werker', 'vrijwilligerscoördinator'],
  },
  {
    sector: 'jeugdbescherming',
    organisations: ['Jeugdbescherming Stevig Fundament', 'Gecertificeerde instelling De Schutsluis'],
    roles: ['jeugdbeschermer', 'teammanager jeugdbescherming', 'gezinsvoogd'],
  },
  {
    sector: 'client',
    organisations: ['Ervaringsnetwerk Jonge Stem', 'Cliëntenraad Jeugd {regio}', 'Oudervereniging Samen Sterk'],
    roles: ['ervaringsdeskundige ouder', 'ervaringsdeskundige jongere', 'cliëntvertegenwoordiger'],
  },
  {
    sector: 'wetenschap',
    organisations: ['Hogeschool Lage Landen, lectoraat Jeugd', 'Kenniswerkplaats Jeugd {regio}', 'Universitair kenniscentrum Opgroeien'],
    roles: ['lector', 'onderzoeker', 'promovendus', 'docent-onderzoeker'],
  },
  {
    sector: 'huisarts',
    organisations: ['Huisartsenpraktijk De Lindeboom', 'Gezondheidscentrum Het Plein', 'Huisartsencoöperatie Zuidrand'],
    roles: ['huisarts', 'praktijkondersteuner jeugd', 'POH-GGZ'],
  },
  {
    sector: 'overig',
    organisations: ['Sportvereniging VV Voorwaarts', 'Kinderopvang Het Vlindernest', 'Woningcorporatie Thuisplein'],
    roles: ['buurtsportcoach', 'pedagogisch medewerker', 'woonconsulent'],
  },
];

export function sectorProfile(sector: Sector): SectorProfile {
  const profile = SECTOR_PROFILES.find((p) => p.sector === sector);
  if (!profile) throw new Error(`no profile for sector ${sector}`);
  return profile;
}
