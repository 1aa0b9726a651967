import type { Language } from './i18n/i18n';

/** The API's enums with their labels: Dutch terms stay Dutch in the English interface where they are names. */
type Labels<Code extends string> = Readonly<Record<Code, Readonly<Record<Language, string>>>>;

export const SECTORS = {
  JEUGDHULP: { nl: 'Jeugdhulp', en: 'Youth care' },
  GEMEENTE: { nl: 'Gemeente', en: 'Municipality' },
  ONDERWIJS: { nl: 'Onderwijs', en: 'Education' },
  GGZ: { nl: 'GGZ', en: 'Mental health care' },
  GGD: { nl: 'GGD', en: 'Public health service' },
  POLITIE: { nl: 'Politie', en: 'Police' },
  WELZIJN: { nl: 'Welzijn', en: 'Social work' },
  JEUGDBESCHERMING: { nl: 'Jeugdbescherming', en: 'Child protection' },
  CLIENT: { nl: 'Cliënt (ervaringsdeskundige)', en: 'Client (lived experience)' },
  WETENSCHAP: { nl: 'Wetenschap', en: 'Research' },
  HUISARTS: { nl: 'Huisarts', en: 'General practitioner' },
  OVERIG: { nl: 'Overig', en: 'Other' },
} as const satisfies Labels<string>;
export type Sector = keyof typeof SECTORS;

export const THEMES = {
  WACHTTIJDEN: { nl: 'Wachttijden', en: 'Waiting times' },
  UURSZORG_24: { nl: '24-uurszorg', en: '24-hour care' },
  GEZINSHUIZEN: { nl: 'Gezinshuizen', en: 'Family-style group homes' },
  ONDERWIJS_EN_JEUGDHULP: { nl: 'Onderwijs en jeugdhulp', en: 'Education and youth care' },
  TOEGANG_EN_LOKALE_TEAMS: { nl: 'Toegang en lokale teams', en: 'Access and local teams' },
  BETERE_TOEGANG: { nl: 'Betere toegang', en: 'Better access' },
  CRISIS: { nl: 'Crisis', en: 'Crisis' },
  ZO_THUIS_MOGELIJK_OPGROEIEN: { nl: 'Zo thuis mogelijk opgroeien', en: 'Growing up as close to home as possible' },
  KANSEN_OM_TE_ONTWIKKELEN: { nl: 'Kansen om zich te ontwikkelen', en: 'Chances to develop' },
  JEUGDIGEN_BETER_BESCHERMEN: { nl: 'Jeugdigen beter beschermen', en: 'Protecting young people better' },
  KWETSBARE_JONGEREN_ZELFSTANDIGHEID: { nl: 'Kwetsbare jongeren op weg naar zelfstandigheid', en: 'Vulnerable young people towards independence' },
  INVESTEREN_IN_VAKMANSCHAP: { nl: 'Investeren in vakmanschap', en: 'Investing in professional skill' },
  PROGRAMMATISCHE_DRUKTE: { nl: 'Programmatische drukte', en: 'Programme overload' },
  SOCIALE_MEDIA: { nl: 'Sociale media', en: 'Social media' },
  SUICIDEPREVENTIE: { nl: 'Suïcidepreventie', en: 'Suicide prevention' },
} as const satisfies Labels<string>;
export type Theme = keyof typeof THEMES;

/** Lowest first, as the API orders them. */
export const EVIDENCE_LEVELS = {
  NIET_BEOORDEELD: { nl: 'Niet beoordeeld', en: 'Not assessed' },
  GOED_BESCHREVEN: { nl: 'Goed beschreven', en: 'Well described' },
  GOED_ONDERBOUWD: { nl: 'Goed onderbouwd', en: 'Well founded' },
  EERSTE_AANWIJZINGEN: { nl: 'Eerste aanwijzingen', en: 'First indications of effect' },
  GOEDE_AANWIJZINGEN: { nl: 'Goede aanwijzingen', en: 'Good indications of effect' },
  STERKE_AANWIJZINGEN: { nl: 'Sterke aanwijzingen', en: 'Strong indications of effect' },
} as const satisfies Labels<string>;
export type EvidenceLevel = keyof typeof EVIDENCE_LEVELS;

export const ACTIVITY_KINDS = {
  BIJEENKOMST: { nl: 'Bijeenkomst', en: 'Meeting' },
  GESPREK: { nl: 'Gesprek', en: 'Conversation' },
  VOORBEREIDING: { nl: 'Voorbereiding', en: 'Preparation' },
  NETWERK: { nl: 'Netwerken', en: 'Networking' },
  VERSLAGLEGGING: { nl: 'Verslaglegging', en: 'Reporting' },
  OVERIG: { nl: 'Overig', en: 'Other' },
} as const satisfies Labels<string>;
export type ActivityKind = keyof typeof ACTIVITY_KINDS;

export const SESSION_FORMATS = {
  PLENAIR: { nl: 'Plenair', en: 'Plenary' },
  ACTIEGROEP: { nl: 'Actiegroep', en: 'Action group' },
  CASUSBESPREKING: { nl: 'Casusbespreking', en: 'Case discussion' },
  FASTERCLASS: { nl: 'Fasterclass', en: 'Fasterclass' },
  OMDENKSESSIE: { nl: 'Omdenksessie', en: 'Reframing session' },
} as const satisfies Labels<string>;
export type SessionFormat = keyof typeof SESSION_FORMATS;

export const KNOWLEDGE_SOURCES = {
  PRAKTIJK: { nl: 'Praktijkkennis', en: 'Practice-based knowledge' },
  WETENSCHAP: { nl: 'Wetenschappelijke kennis', en: 'Scientific knowledge' },
  ERVARING: { nl: 'Ervaringskennis', en: 'Lived experience' },
} as const satisfies Labels<string>;
export type KnowledgeSource = keyof typeof KNOWLEDGE_SOURCES;

export const LEARNING_ORIGINS = {
  SESSIE: { nl: 'Bijeenkomst', en: 'Session' },
  CASUS: { nl: 'Casus', en: 'Case' },
  DATA: { nl: 'Data', en: 'Data' },
  ONDERZOEK: { nl: 'Onderzoek', en: 'Research' },
} as const satisfies Labels<string>;
export type LearningOrigin = keyof typeof LEARNING_ORIGINS;

export const ROLES = {
  'regio-ambassadeur': { nl: 'Regio-ambassadeur', en: 'Regional ambassador' },
  ontwikkelaar: { nl: 'Ontwikkelaar', en: 'Developer' },
  'landelijk-ambassadeur': { nl: 'Landelijk ambassadeur', en: 'National ambassador' },
  vng: { nl: 'VNG-medewerker', en: 'VNG staff' },
  beheerder: { nl: 'Beheerder', en: 'Administrator' },
} as const satisfies Labels<string>;
export type RoleCode = keyof typeof ROLES;

/** The GraphQL enum `Role` (REGIO_AMBASSADEUR) as the token's code (regio-ambassadeur). */
export const roleCode = (graphqlRole: string): RoleCode => graphqlRole.toLowerCase().replace(/_/g, '-') as RoleCode;

export function codesOf<T extends object>(labels: T): (keyof T & string)[] {
  return Object.keys(labels) as (keyof T & string)[];
}

export function label<T extends Labels<string>>(labels: T, code: string, language: Language): string {
  return (labels as Labels<string>)[code]?.[language] ?? code;
}
