import type { CaptureLearning, LearningCaptured, LearningRetracted } from './index';

/** Test builders: state in specs is built from these events, never set by hand. */

export const learningId = '5d2c8f4e-7a61-4b3c-8e9d-0a1b2c3d0001';
export const circleId = '5d2c8f4e-7a61-4b3c-8e9d-0a1b2c3d0002';
export const promoterId = '5d2c8f4e-7a61-4b3c-8e9d-0a1b2c3d0003';
/** Flevoland (JZ08) captures; Zeeland (JZ38) and West Brabant West (JZ36) learn from it. */
export const regionId = 'JZ08';
export const otherRegionId = 'JZ38';
export const thirdRegionId = 'JZ36';

/** The specs' clock: 15 June 2024, noon in Amsterdam. */
export const now = new Date('2024-06-15T10:00:00Z');
export const today = '2024-06-15';

export const captureLearning = (
  data: Partial<CaptureLearning['data']> = {}, facts: Partial<CaptureLearning['facts']> = {},
): CaptureLearning => ({
  type: 'CaptureLearning',
  data: {
    learningId, circleId, title: 'Omdenken op casusniveau',
    insight: 'Samen met aanbieders en gemeente een vastgelopen casus omdenken opent uitstroom uit 24-uurszorg.',
    themes: ['24-uurszorg'], successFactors: ['vaste casusregisseur', 'hogeschool als kritische vriend'],
    evidenceLevel: 'goed-beschreven', knowledgeSources: ['praktijk', 'wetenschap'], origin: 'casus',
    ...data,
  },
  facts: { circleRegionId: regionId, circleClosed: false, ...facts },
});

export const learningCaptured = (data: Partial<LearningCaptured['data']> = {}): LearningCaptured => ({
  type: 'LearningCaptured',
  data: {
    learningId, regionId, circleId, title: 'Omdenken op casusniveau',
    insight: 'Samen met aanbieders en gemeente een vastgelopen casus omdenken opent uitstroom uit 24-uurszorg.',
    themes: ['24-uurszorg'], successFactors: ['vaste casusregisseur', 'hogeschool als kritische vriend'],
    evidenceLevel: 'goed-beschreven', knowledgeSources: ['praktijk', 'wetenschap'], origin: 'casus',
    capturedOn: '2024-05-01',
    ...data,
  },
});

export const learningRetracted: LearningRetracted = {
  type: 'LearningRetracted',
  data: { learningId, regionId, circleId, reason: 'Bleek een eenmalige casus', retractedOn: '2024-06-01' },
};
