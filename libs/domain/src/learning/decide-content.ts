import type { DecisionContext } from '../shared/decider';
import { notFound, ruleBroken } from '../shared/domain-error';
import { dutchDate, requireOneOf, requireUuid } from '../shared/validation';
import { LEARNING_ORIGINS } from '../shared/vocabulary';
import type { CaptureLearning, ReviseLearning } from './commands';
import type { LearningCaptured, LearningChanges, LearningContent, LearningRevised } from './events';
import { contentChecks, requireRegionId } from './input';
import { LearningRules } from './rules';
import type { LearningDetails } from './state';

/** What a learning says: captured in a circle, revised only by its own region. */

export function captureLearning({ data, facts }: CaptureLearning, { now }: DecisionContext): LearningCaptured[] {
  if (!facts) throw new Error('CaptureLearning needs facts looked up by the command handler');
  const learningId = requireUuid('learningId', data.learningId);
  const circleId = requireUuid('circleId', data.circleId);
  const content: LearningContent = {
    title: contentChecks.title(data.title),
    insight: contentChecks.insight(data.insight),
    themes: contentChecks.themes(data.themes),
    successFactors: contentChecks.successFactors(data.successFactors ?? []),
    evidenceLevel: contentChecks.evidenceLevel(data.evidenceLevel),
    knowledgeSources: contentChecks.knowledgeSources(data.knowledgeSources),
  };
  const origin = requireOneOf('origin', data.origin, LEARNING_ORIGINS);

  const regionId = facts.circleRegionId;
  if (regionId === undefined) {
    throw notFound(LearningRules.circleNotFound, 'De ontwikkelcirkel van deze les bestaat niet');
  }
  // `facts.circleClosed` never refuses: see the decision in rules.ts.
  if (facts.actorRegionId !== undefined && facts.actorRegionId !== regionId) {
    throw ruleBroken(
      LearningRules.onlyOwnRegionCaptures,
      'Een les wordt vastgelegd in een cirkel van de eigen regio',
      'circleId',
    );
  }
  return [{
    type: 'LearningCaptured',
    data: { learningId, regionId, circleId, ...content, origin, capturedOn: dutchDate(now) },
  }];
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export function reviseLearning(
  learning: LearningDetails,
  { data }: ReviseLearning,
  { now }: DecisionContext,
): LearningRevised[] {
  const byRegionId = requireRegionId('byRegionId', data.byRegionId);
  if (byRegionId !== learning.regionId) {
    throw ruleBroken(LearningRules.onlyOwnRegionRevises, 'Alleen de eigen regio kan een les herzien', 'byRegionId');
  }
  // Every given field is checked, so bad input is refused even next to a real change.
  const changes: Mutable<LearningChanges> = {};
  if (data.title !== undefined) {
    const title = contentChecks.title(data.title);
    if (title !== learning.title) changes.title = title;
  }
  if (data.insight !== undefined) {
    const insight = contentChecks.insight(data.insight);
    if (insight !== learning.insight) changes.insight = insight;
  }
  if (data.themes !== undefined) {
    const themes = contentChecks.themes(data.themes);
    if (!sameSet(themes, learning.themes)) changes.themes = themes;
  }
  if (data.successFactors !== undefined) {
    const successFactors = contentChecks.successFactors(data.successFactors);
    if (!sameList(successFactors, learning.successFactors)) changes.successFactors = successFactors;
  }
  if (data.evidenceLevel !== undefined) {
    const evidenceLevel = contentChecks.evidenceLevel(data.evidenceLevel);
    if (evidenceLevel !== learning.evidenceLevel) changes.evidenceLevel = evidenceLevel;
  }
  if (data.knowledgeSources !== undefined) {
    const knowledgeSources = contentChecks.knowledgeSources(data.knowledgeSources);
    if (!sameSet(knowledgeSources, learning.knowledgeSources)) changes.knowledgeSources = knowledgeSources;
  }
  if (Object.keys(changes).length === 0) {
    throw ruleBroken(LearningRules.revisionWithoutChanges, 'Deze herziening verandert niets aan de les');
  }
  return [{
    type: 'LearningRevised',
    data: {
      learningId: learning.learningId, regionId: learning.regionId, circleId: learning.circleId,
      changes, revisedOn: dutchDate(now),
    },
  }];
}

/** Themes and knowledge sources are sets: their order is no change. */
const sameSet = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((v) => b.includes(v));

/** Success factors are a list: a new order is a change. */
const sameList = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((v, i) => v === b[i]);
