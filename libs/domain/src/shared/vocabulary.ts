/** The closed vocabularies of DESIGN.md section 2: stored as these codes, shown in Dutch. */

export const SECTORS = [
  'jeugdhulp', 'gemeente', 'onderwijs', 'ggz', 'ggd', 'politie', 'welzijn', 'jeugdbescherming',
  'client', 'wetenschap', 'huisarts', 'overig',
] as const;
export type Sector = (typeof SECTORS)[number];

export const SESSION_FORMATS = [
  'plenair', 'actiegroep', 'casusbespreking', 'fasterclass', 'omdenksessie',
] as const;
export type SessionFormat = (typeof SESSION_FORMATS)[number];

/** Lowest first: the order is the order of strength (erkenningsstelsel). */
export const EVIDENCE_LEVELS = [
  'niet-beoordeeld', 'goed-beschreven', 'goed-onderbouwd', 'eerste-aanwijzingen',
  'goede-aanwijzingen', 'sterke-aanwijzingen',
] as const;
export type EvidenceLevel = (typeof EVIDENCE_LEVELS)[number];

export const evidenceRank = (level: EvidenceLevel): number => EVIDENCE_LEVELS.indexOf(level);

export const KNOWLEDGE_SOURCES = ['wetenschap', 'praktijk', 'ervaring'] as const;
export type KnowledgeSource = (typeof KNOWLEDGE_SOURCES)[number];

export const LEARNING_ORIGINS = ['casus', 'sessie', 'data', 'onderzoek'] as const;
export type LearningOrigin = (typeof LEARNING_ORIGINS)[number];

export const AMBASSADOR_BACKGROUNDS = ['gemeente', 'jeugdhulp', 'client'] as const;
export type AmbassadorBackground = (typeof AMBASSADOR_BACKGROUNDS)[number];

export const AMBASSADOR_SCOPES = ['regional', 'national'] as const;
export type AmbassadorScope = (typeof AMBASSADOR_SCOPES)[number];

/** Themes: the six action lines of Zorg voor de Jeugd and the topics regions worked on. */
export const THEMES = [
  'betere-toegang', 'zo-thuis-mogelijk-opgroeien', 'kansen-om-te-ontwikkelen',
  'kwetsbare-jongeren-zelfstandigheid', 'jeugdigen-beter-beschermen', 'investeren-in-vakmanschap',
  'wachttijden', '24-uurszorg', 'gezinshuizen', 'onderwijs-en-jeugdhulp',
  'toegang-en-lokale-teams', 'crisis', 'suicidepreventie', 'sociale-media',
  'programmatische-drukte',
] as const;
export type Theme = (typeof THEMES)[number];

export const THEME_LABELS: Readonly<Record<Theme, string>> = {
  'betere-toegang': 'Betere toegang',
  'zo-thuis-mogelijk-opgroeien': 'Zo thuis mogelijk opgroeien',
  'kansen-om-te-ontwikkelen': 'Kansen om zich te ontwikkelen',
  'kwetsbare-jongeren-zelfstandigheid': 'Kwetsbare jongeren op weg naar zelfstandigheid',
  'jeugdigen-beter-beschermen': 'Jeugdigen beter beschermen',
  'investeren-in-vakmanschap': 'Investeren in vakmanschap',
  wachttijden: 'Wachttijden',
  '24-uurszorg': '24-uurszorg',
  gezinshuizen: 'Gezinshuizen',
  'onderwijs-en-jeugdhulp': 'Onderwijs en jeugdhulp',
  'toegang-en-lokale-teams': 'Toegang en lokale teams',
  crisis: 'Crisis',
  suicidepreventie: 'Suïcidepreventie',
  'sociale-media': 'Sociale media',
  'programmatische-drukte': 'Programmatische drukte',
};
