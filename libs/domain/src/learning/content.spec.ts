import { deciderSpec } from '../testing/decider-spec';
import {
  captureLearning, circleId, learningCaptured, learningId, learningRetracted, now, otherRegionId, regionId, today,
} from './learning.fixtures';
import type { LearningRevised, ReviseLearning } from './index';
import { decider } from './index';

const spec = deciderSpec(decider, { now });

describe('CaptureLearning', () => {
  it("captures a learning in the circle's region, dated by the Dutch calendar", () => {
    spec.given([]).when(captureLearning({ title: '  Omdenken op casusniveau ' }))
      .then([learningCaptured({ capturedOn: today })]);
    spec.given([]).when(captureLearning(), { now: new Date('2024-06-15T22:30:00Z') })
      .then([learningCaptured({ capturedOn: '2024-06-16' })]);
  });

  it('accepts no success factors', () => {
    spec.given([]).when(captureLearning({ successFactors: [] }))
      .then([learningCaptured({ capturedOn: today, successFactors: [] })]);
    spec.given([]).when(captureLearning({ successFactors: undefined }))
      .then([learningCaptured({ capturedOn: today, successFactors: [] })]);
  });

  it('accepts a learning from a closed circle: it is often written up after the last session', () => {
    spec.given([]).when(captureLearning({}, { circleClosed: true })).then([learningCaptured({ capturedOn: today })]);
  });

  it('accepts an actor of the circle region', () => {
    spec.given([]).when(captureLearning({}, { actorRegionId: regionId }))
      .then([learningCaptured({ capturedOn: today })]);
  });

  it('refuses an actor of another region', () => {
    spec.given([]).when(captureLearning({}, { actorRegionId: otherRegionId }))
      .thenRefused('only-own-region-captures', 'rule');
  });

  it('refuses a circle that does not exist', () => {
    spec.given([]).when(captureLearning({}, { circleRegionId: undefined }))
      .thenRefused('circle-not-found', 'not-found');
  });

  it('refuses to capture the same learning twice', () => {
    spec.given([learningCaptured()]).when(captureLearning()).thenRefused('learning-already-captured', 'rule');
    spec.given([learningCaptured(), learningRetracted]).when(captureLearning())
      .thenRefused('learning-already-captured', 'rule');
  });

  it.each([
    ['learningId', 'uuid-format', { learningId: 'les-1' }],
    ['circleId', 'uuid-format', { circleId: '' }],
    ['title', 'text-required', { title: ' ' }],
    ['title', 'text-too-long', { title: 'x'.repeat(201) }],
    ['insight', 'text-too-long', { insight: 'x'.repeat(4001) }],
    ['themes', 'too-few-values', { themes: [] }],
    ['themes', 'value-not-allowed', { themes: ['jeugd'] }],
    ['successFactors', 'too-many-values', { successFactors: Array.from({ length: 11 }, (_, i) => `factor ${i}`) }],
    ['successFactors', 'text-too-long', { successFactors: ['x'.repeat(301)] }],
    ['successFactors', 'text-required', { successFactors: ['  '] }],
    ['successFactors', 'duplicate-values', { successFactors: ['Vaste regisseur', 'vaste regisseur'] }],
    ['evidenceLevel', 'value-not-allowed', { evidenceLevel: 'bewezen' }],
    ['knowledgeSources', 'too-few-values', { knowledgeSources: [] }],
    ['knowledgeSources', 'value-not-allowed', { knowledgeSources: ['intuitie'] }],
    ['origin', 'value-not-allowed', { origin: 'droom' }],
  ] as const)('refuses %s breaking %s', (field, rule, data) => {
    const error = spec.given([]).when(captureLearning(data)).thenRefused(rule, 'invalid-input');
    expect(error.field).toBe(field);
  });

  it('accepts exactly ten success factors', () => {
    const successFactors = Array.from({ length: 10 }, (_, i) => `factor ${i}`);
    spec.given([]).when(captureLearning({ successFactors }))
      .then([learningCaptured({ capturedOn: today, successFactors })]);
  });
});

describe('ReviseLearning', () => {
  const revise = (data: Partial<ReviseLearning['data']>): ReviseLearning => ({
    type: 'ReviseLearning', data: { learningId, byRegionId: regionId, ...data },
  });
  const revised = (changes: LearningRevised['data']['changes']): LearningRevised => ({
    type: 'LearningRevised', data: { learningId, regionId, circleId, changes, revisedOn: today },
  });

  it('records only the fields that changed', () => {
    spec.given([learningCaptured()]).when(revise({
      title: 'Omdenken op casusniveau', themes: ['24-uurszorg'], evidenceLevel: 'goed-onderbouwd',
      insight: ' Nieuw inzicht ',
    })).then([revised({ evidenceLevel: 'goed-onderbouwd', insight: 'Nieuw inzicht' })]);
  });

  it('can change every revisable field', () => {
    spec.given([learningCaptured()]).when(revise({
      title: 'Nieuw', insight: 'Anders', themes: ['crisis'], successFactors: [], evidenceLevel: 'eerste-aanwijzingen',
      knowledgeSources: ['ervaring'],
    })).then([revised({
      title: 'Nieuw', insight: 'Anders', themes: ['crisis'], successFactors: [], evidenceLevel: 'eerste-aanwijzingen',
      knowledgeSources: ['ervaring'],
    })]);
  });

  it('sees a new order of success factors as a change, of themes or sources as none', () => {
    spec.given([learningCaptured()])
      .when(revise({ successFactors: ['hogeschool als kritische vriend', 'vaste casusregisseur'] }))
      .then([revised({ successFactors: ['hogeschool als kritische vriend', 'vaste casusregisseur'] })]);
    spec.given([learningCaptured()]).when(revise({ knowledgeSources: ['wetenschap', 'praktijk'] }))
      .thenRefused('revision-without-changes', 'rule');
  });

  it('refuses a revision that changes nothing', () => {
    spec.given([learningCaptured()]).when(revise({})).thenRefused('revision-without-changes', 'rule');
    spec.given([learningCaptured()])
      .when(revise({ title: ' Omdenken op casusniveau', evidenceLevel: 'goed-beschreven' }))
      .thenRefused('revision-without-changes', 'rule');
  });

  it('refuses a revision by another region', () => {
    const error = spec.given([learningCaptured()]).when(revise({ byRegionId: otherRegionId, title: 'Nieuw' }))
      .thenRefused('only-own-region-revises', 'rule');
    expect(error.field).toBe('byRegionId');
  });

  it('refuses bad input even alongside a real change', () => {
    const error = spec.given([learningCaptured()]).when(revise({ title: 'Nieuw', evidenceLevel: 'bewezen' }))
      .thenRefused('value-not-allowed', 'invalid-input');
    expect(error.field).toBe('evidenceLevel');
    spec.given([learningCaptured()]).when(revise({ themes: [] })).thenRefused('too-few-values', 'invalid-input');
  });

  it('refuses a learning that does not exist or was retracted', () => {
    spec.given([]).when(revise({ title: 'Nieuw' })).thenRefused('learning-not-found', 'not-found');
    spec.given([learningCaptured(), learningRetracted]).when(revise({ title: 'Nieuw' }))
      .thenRefused('learning-retracted', 'rule');
  });
});
