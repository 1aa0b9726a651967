import { registerEnumType } from '@nestjs/graphql';
import {
  AMBASSADOR_BACKGROUNDS, AMBASSADOR_SCOPES, Ambassador, EVIDENCE_LEVELS, KNOWLEDGE_SOURCES, LEARNING_ORIGINS, SECTORS,
  SESSION_FORMATS, THEMES, THEME_LABELS,
  type AmbassadorBackground, type AmbassadorScope, type EvidenceLevel, type KnowledgeSource, type LearningOrigin,
  type Sector, type SessionFormat, type Theme,
} from '@leerkring/domain';
import { ROLES, type Role } from '../command-side/command-context';

/**
 * The closed vocabularies of the domain as GraphQL enums: the one place where a stored code
 * (`24-uurszorg`) meets its GraphQL name (`UURSZORG_24`). GraphQL names hold only letters, digits
 * and underscores and never start with a digit, so most codes cannot be used as they are.
 *
 * Each enum's internal value is the domain code: graphql-js turns `UURSZORG_24` into
 * `'24-uurszorg'` while it coerces the input, so resolvers hand the domain its own codes and no
 * resolver maps values. The tables are typed `Record<Code, string>`: a code added to the
 * domain's vocabulary without a GraphQL name fails to compile. A name, once published, is the
 * public contract (DESIGN.md 6): rename the description, never the name.
 */

/** The table of one vocabulary: domain code → GraphQL enum value name. */
export type EnumNames<Code extends string> = Readonly<Record<Code, string>>;

export const SECTOR_NAMES: EnumNames<Sector> = {
  jeugdhulp: 'JEUGDHULP', gemeente: 'GEMEENTE', onderwijs: 'ONDERWIJS', ggz: 'GGZ', ggd: 'GGD', politie: 'POLITIE',
  welzijn: 'WELZIJN', jeugdbescherming: 'JEUGDBESCHERMING', client: 'CLIENT', wetenschap: 'WETENSCHAP',
  huisarts: 'HUISARTS', overig: 'OVERIG',
};

export const SESSION_FORMAT_NAMES: EnumNames<SessionFormat> = {
  plenair: 'PLENAIR', actiegroep: 'ACTIEGROEP', casusbespreking: 'CASUSBESPREKING', fasterclass: 'FASTERCLASS',
  omdenksessie: 'OMDENKSESSIE',
};

export const EVIDENCE_LEVEL_NAMES: EnumNames<EvidenceLevel> = {
  'niet-beoordeeld': 'NIET_BEOORDEELD',
  'goed-beschreven': 'GOED_BESCHREVEN',
  'goed-onderbouwd': 'GOED_ONDERBOUWD',
  'eerste-aanwijzingen': 'EERSTE_AANWIJZINGEN',
  'goede-aanwijzingen': 'GOEDE_AANWIJZINGEN',
  'sterke-aanwijzingen': 'STERKE_AANWIJZINGEN',
};

export const KNOWLEDGE_SOURCE_NAMES: EnumNames<KnowledgeSource> = {
  wetenschap: 'WETENSCHAP', praktijk: 'PRAKTIJK', ervaring: 'ERVARING',
};

export const LEARNING_ORIGIN_NAMES: EnumNames<LearningOrigin> = {
  casus: 'CASUS', sessie: 'SESSIE', data: 'DATA', onderzoek: 'ONDERZOEK',
};

export const AMBASSADOR_BACKGROUND_NAMES: EnumNames<AmbassadorBackground> = {
  gemeente: 'GEMEENTE', jeugdhulp: 'JEUGDHULP', client: 'CLIENT',
};

export const AMBASSADOR_SCOPE_NAMES: EnumNames<AmbassadorScope> = {
  regional: 'REGIONAL', national: 'NATIONAL',
};

export const THEME_NAMES: EnumNames<Theme> = {
  'betere-toegang': 'BETERE_TOEGANG',
  'zo-thuis-mogelijk-opgroeien': 'ZO_THUIS_MOGELIJK_OPGROEIEN',
  'kansen-om-te-ontwikkelen': 'KANSEN_OM_TE_ONTWIKKELEN',
  'kwetsbare-jongeren-zelfstandigheid': 'KWETSBARE_JONGEREN_ZELFSTANDIGHEID',
  'jeugdigen-beter-beschermen': 'JEUGDIGEN_BETER_BESCHERMEN',
  'investeren-in-vakmanschap': 'INVESTEREN_IN_VAKMANSCHAP',
  wachttijden: 'WACHTTIJDEN',
  // A name may not start with a digit.
  '24-uurszorg': 'UURSZORG_24',
  gezinshuizen: 'GEZINSHUIZEN',
  'onderwijs-en-jeugdhulp': 'ONDERWIJS_EN_JEUGDHULP',
  'toegang-en-lokale-teams': 'TOEGANG_EN_LOKALE_TEAMS',
  crisis: 'CRISIS',
  suicidepreventie: 'SUICIDEPREVENTIE',
  'sociale-media': 'SOCIALE_MEDIA',
  'programmatische-drukte': 'PROGRAMMATISCHE_DRUKTE',
};

export const ACTIVITY_KIND_NAMES: EnumNames<Ambassador.ActivityKind> = {
  bijeenkomst: 'BIJEENKOMST', gesprek: 'GESPREK', voorbereiding: 'VOORBEREIDING', netwerk: 'NETWERK',
  verslaglegging: 'VERSLAGLEGGING', overig: 'OVERIG',
};

export const ROLE_NAMES: EnumNames<Role> = {
  'regio-ambassadeur': 'REGIO_AMBASSADEUR',
  ontwikkelaar: 'ONTWIKKELAAR',
  'landelijk-ambassadeur': 'LANDELIJK_AMBASSADEUR',
  vng: 'VNG',
  beheerder: 'BEHEERDER',
};

/** One registered enum: its GraphQL name, the domain's codes and the name of each. */
export interface VocabularyEnum<Code extends string> {
  readonly name: string;
  readonly codes: readonly Code[];
  readonly names: EnumNames<Code>;
  /** What `@Field(() => ...)` takes: GraphQL value name → domain code. */
  readonly enumRef: Readonly<Record<string, Code>>;
}

function vocabularyEnum<Code extends string>(
  name: string,
  codes: readonly Code[],
  names: EnumNames<Code>,
  description: string,
  labels: Partial<Record<Code, string>> = {},
): VocabularyEnum<Code> {
  const enumRef = Object.fromEntries(codes.map((code) => [names[code], code])) as Record<string, Code>;
  const valuesMap = Object.fromEntries(codes.map((code) => {
    const label = labels[code];
    return [names[code], { description: label === undefined ? `Code \`${code}\`.` : `${label} (code \`${code}\`).` }];
  }));
  registerEnumType(enumRef, { name, description, valuesMap });
  return { name, codes, names, enumRef };
}

export const SectorEnum = vocabularyEnum(
  'Sector', SECTORS, SECTOR_NAMES, 'Sector van een deelnemer of een bereikte partner.',
);
export const SessionFormatEnum = vocabularyEnum(
  'SessionFormat', SESSION_FORMATS, SESSION_FORMAT_NAMES, 'Vorm van een bijeenkomst van een ontwikkelcirkel.',
);
export const EvidenceLevelEnum = vocabularyEnum(
  'EvidenceLevel', EVIDENCE_LEVELS, EVIDENCE_LEVEL_NAMES,
  'Bewijskracht van een les, laagste eerst (naar het erkenningsstelsel voor interventies).',
);
export const KnowledgeSourceEnum = vocabularyEnum(
  'KnowledgeSource', KNOWLEDGE_SOURCES, KNOWLEDGE_SOURCE_NAMES,
  'Kennisbron van een les: wetenschappelijke kennis, praktijkkennis of ervaringskennis.',
);
export const LearningOriginEnum = vocabularyEnum(
  'LearningOrigin', LEARNING_ORIGINS, LEARNING_ORIGIN_NAMES, 'Waar een les vandaan komt.',
);
export const AmbassadorBackgroundEnum = vocabularyEnum(
  'AmbassadorBackground', AMBASSADOR_BACKGROUNDS, AMBASSADOR_BACKGROUND_NAMES, 'Achtergrond van een ambassadeur.',
);
export const AmbassadorScopeEnum = vocabularyEnum(
  'AmbassadorScope', AMBASSADOR_SCOPES, AMBASSADOR_SCOPE_NAMES,
  'Regio-ambassadeur (REGIONAL, met een jeugdregio) of landelijk ambassadeur (NATIONAL).',
);
export const ThemeEnum = vocabularyEnum(
  'Theme', THEMES, THEME_NAMES,
  'Thema: de zes actielijnen van Zorg voor de Jeugd en de onderwerpen waaraan regio\'s werkten.', THEME_LABELS,
);
export const ActivityKindEnum = vocabularyEnum(
  'ActivityKind', Ambassador.ACTIVITY_KINDS, ACTIVITY_KIND_NAMES, 'Soort activiteit in een weeklog.',
);
export const RoleEnum = vocabularyEnum(
  'Role', ROLES, ROLE_NAMES, 'Rol van een gebruiker (DESIGN.md sectie 5).',
);

/** Every vocabulary enum, for the tests that hold the tables to their promises. */
export const VOCABULARY_ENUMS: readonly VocabularyEnum<string>[] = [
  SectorEnum, SessionFormatEnum, EvidenceLevelEnum, KnowledgeSourceEnum, LearningOriginEnum, AmbassadorBackgroundEnum,
  AmbassadorScopeEnum, ThemeEnum, ActivityKindEnum, RoleEnum,
];
