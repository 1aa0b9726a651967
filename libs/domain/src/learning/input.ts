import { invalidInput } from '../shared/domain-error';
import { requireAllOf, requireOneOf, requireText } from '../shared/validation';
import { EVIDENCE_LEVELS, KNOWLEDGE_SOURCES, THEMES } from '../shared/vocabulary';
import type { EvidenceLevel, KnowledgeSource, Theme } from '../shared/vocabulary';
import { LearningLimits, LearningRules } from './rules';

/** Field checks of this aggregate beyond `shared/validation`; each names its field. */
import { optionalText, requirePastOrToday } from '../shared/validation';
import { requireRegionId } from '../region/region-id';

export { optionalText, requirePastOrToday, requireRegionId };



/** The checks of each revisable field, shared by capture and revision. */
export const contentChecks = {
  title: (value: string): string => requireText('title', value, { max: LearningLimits.title }),
  insight: (value: string): string => requireText('insight', value, { max: LearningLimits.insight }),
  themes: (values: readonly string[]): Theme[] => requireAllOf('themes', values, THEMES, { min: 1 }),
  successFactors: requireSuccessFactors,
  evidenceLevel: (value: string): EvidenceLevel => requireOneOf('evidenceLevel', value, EVIDENCE_LEVELS),
  knowledgeSources: (values: readonly string[]): KnowledgeSource[] =>
    requireAllOf('knowledgeSources', values, KNOWLEDGE_SOURCES, { min: 1 }),
};

/** Up to ten short, distinct texts ("succesfactoren"), in the order given. */
function requireSuccessFactors(values: readonly string[]): string[] {
  const field = 'successFactors';
  if (!Array.isArray(values)) throw invalidInput(field, 'list-required', `${field} moet een lijst zijn`);
  if (values.length > LearningLimits.successFactors) {
    throw invalidInput(
      field, LearningRules.tooManyValues, `${field} mag hoogstens ${LearningLimits.successFactors} waarden bevatten`,
    );
  }
  const texts = values.map((v) => requireText(field, v, { max: LearningLimits.successFactor }));
  if (new Set(texts.map((t) => t.toLocaleLowerCase('nl'))).size !== texts.length) {
    throw invalidInput(field, 'duplicate-values', `${field} bevat een waarde meer dan eens`);
  }
  return texts;
}
