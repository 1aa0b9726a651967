import { fold } from '../shared/decider';
import { deciderSpec } from '../testing/decider-spec';
import {
  circleId, learningCaptured, learningId, learningRetracted, now, otherRegionId, promoterId, regionId, thirdRegionId,
  today,
} from './learning.fixtures';
import type {
  AdoptLearning, EndorseLearning, LearningAdopted, LearningEndorsed, LearningPromoted, LearningRevised, PromoteLearning,
  RetractLearning,
} from './index';
import {
  LEARNING_EVENT_TYPES, circleOf, decider, eventSchema, evidenceLevelOf, isActive, isPromoted, isRetracted, regionOf,
  streamName,
} from './index';

const spec = deciderSpec(decider, { now });
const ref = { learningId, regionId, circleId };
const captured = learningCaptured();

describe('EndorseLearning', () => {
  const endorse = (data: Partial<EndorseLearning['data']> = {}): EndorseLearning => ({
    type: 'EndorseLearning', data: { learningId, byRegionId: otherRegionId, ...data },
  });
  const endorsed: LearningEndorsed = {
    type: 'LearningEndorsed', data: { ...ref, byRegionId: otherRegionId, endorsedOn: today },
  };

  it('lets another region endorse, with a comment when given', () => {
    spec.given([captured]).when(endorse()).then([endorsed]);
    spec.given([captured]).when(endorse({ comment: ' Herkenbaar in Zeeland ' }))
      .then([{ ...endorsed, data: { ...endorsed.data, comment: 'Herkenbaar in Zeeland' } }]);
  });

  it('lets each other region endorse once', () => {
    spec.given([captured, endorsed]).when(endorse({ byRegionId: thirdRegionId }))
      .then([{ ...endorsed, data: { ...endorsed.data, byRegionId: thirdRegionId } }]);
    spec.given([captured, endorsed]).when(endorse()).thenRefused('already-endorsed-by-region', 'rule');
  });

  it('refuses an endorsement by its own region', () => {
    spec.given([captured]).when(endorse({ byRegionId: regionId })).thenRefused('cannot-endorse-own-learning', 'rule');
  });

  it('refuses bad input', () => {
    spec.given([captured]).when(endorse({ comment: 'x'.repeat(1001) })).thenRefused('text-too-long', 'invalid-input');
    spec.given([captured]).when(endorse({ byRegionId: 'Zeeland' })).thenRefused('region-id-format', 'invalid-input');
  });

  it('refuses a learning that does not exist or was retracted', () => {
    spec.given([]).when(endorse()).thenRefused('learning-not-found', 'not-found');
    spec.given([captured, learningRetracted]).when(endorse()).thenRefused('learning-retracted', 'rule');
  });
});

describe('AdoptLearning', () => {
  const adopt = (data: Partial<AdoptLearning['data']> = {}): AdoptLearning => ({
    type: 'AdoptLearning',
    data: {
      learningId, byRegionId: otherRegionId, adaptation: ' Met de ggd als casusregisseur ', adoptedOn: '2024-06-10',
      ...data,
    },
  });
  const adopted: LearningAdopted = {
    type: 'LearningAdopted',
    data: { ...ref, byRegionId: otherRegionId, adaptation: 'Met de ggd als casusregisseur', adoptedOn: '2024-06-10' },
  };

  it('lets another region adopt, saying how it adapted the learning', () => {
    spec.given([captured]).when(adopt()).then([adopted]);
  });

  it('lets each other region adopt once', () => {
    spec.given([captured, adopted]).when(adopt({ byRegionId: thirdRegionId }))
      .then([{ ...adopted, data: { ...adopted.data, byRegionId: thirdRegionId } }]);
    spec.given([captured, adopted]).when(adopt()).thenRefused('already-adopted-by-region', 'rule');
  });

  it('never lets a region adopt its own learning', () => {
    spec.given([captured]).when(adopt({ byRegionId: regionId })).thenRefused('cannot-adopt-own-learning', 'rule');
  });

  it('accepts today by the Dutch calendar and refuses a date in the future', () => {
    spec.given([captured]).when(adopt({ adoptedOn: '2024-06-16' }), { now: new Date('2024-06-15T22:30:00Z') })
      .then([{ ...adopted, data: { ...adopted.data, adoptedOn: '2024-06-16' } }]);
    const error = spec.given([captured]).when(adopt({ adoptedOn: '2024-06-16' }))
      .thenRefused('date-in-future', 'invalid-input');
    expect(error.field).toBe('adoptedOn');
  });

  it('requires the adaptation and a real date', () => {
    const error = spec.given([captured]).when(adopt({ adaptation: '' })).thenRefused('text-required', 'invalid-input');
    expect(error.field).toBe('adaptation');
    spec.given([captured]).when(adopt({ adoptedOn: '2024-13-01' })).thenRefused('date-invalid', 'invalid-input');
  });

  it('refuses a learning that does not exist or was retracted', () => {
    spec.given([]).when(adopt()).thenRefused('learning-not-found', 'not-found');
    spec.given([captured, learningRetracted]).when(adopt()).thenRefused('learning-retracted', 'rule');
  });
});

describe('PromoteLearning', () => {
  const promote = (
    facts: PromoteLearning['facts'] = { promoterScope: 'national' }, data: Partial<PromoteLearning['data']> = {},
  ): PromoteLearning => ({
    type: 'PromoteLearning',
    data: { learningId, promoterId, reason: 'Alle regio\'s moeten dit weten', ...data },
    facts,
  });
  const promoted: LearningPromoted = {
    type: 'LearningPromoted', data: { ...ref, promoterId, reason: 'Alle regio\'s moeten dit weten', promotedOn: today },
  };

  it('lets a national ambassador promote', () => {
    spec.given([captured]).when(promote()).then([promoted]);
  });

  it('refuses a regional ambassador and someone who is no ambassador', () => {
    spec.given([captured]).when(promote({ promoterScope: 'regional' }))
      .thenRefused('only-national-ambassador-promotes', 'rule');
    spec.given([captured]).when(promote({ promoterScope: undefined }))
      .thenRefused('only-national-ambassador-promotes', 'rule');
  });

  it('refuses to promote twice', () => {
    spec.given([captured, promoted]).when(promote()).thenRefused('learning-already-promoted', 'rule');
  });

  it('refuses bad input', () => {
    spec.given([captured]).when(promote({ promoterScope: 'national' }, { reason: '' }))
      .thenRefused('text-required', 'invalid-input');
    spec.given([captured]).when(promote({ promoterScope: 'national' }, { promoterId: 'ambassadeur' }))
      .thenRefused('uuid-format', 'invalid-input');
  });

  it('refuses a learning that does not exist or was retracted', () => {
    spec.given([]).when(promote()).thenRefused('learning-not-found', 'not-found');
    spec.given([captured, learningRetracted]).when(promote()).thenRefused('learning-retracted', 'rule');
  });
});

describe('RetractLearning', () => {
  const retract = (reason = ' Bleek een eenmalige casus '): RetractLearning => ({
    type: 'RetractLearning', data: { learningId, reason },
  });

  it('retracts a learning with a reason', () => {
    spec.given([captured]).when(retract())
      .then([{ type: 'LearningRetracted', data: { ...ref, reason: 'Bleek een eenmalige casus', retractedOn: today } }]);
  });

  it('requires a reason', () => {
    spec.given([captured]).when(retract(' ')).thenRefused('text-required', 'invalid-input');
  });

  it('refuses to retract twice, or what does not exist', () => {
    spec.given([captured, learningRetracted]).when(retract()).thenRefused('learning-retracted', 'rule');
    spec.given([]).when(retract()).thenRefused('learning-not-found', 'not-found');
  });
});

describe('the state and its helpers', () => {
  const revised: LearningRevised = {
    type: 'LearningRevised',
    data: { ...ref, changes: { evidenceLevel: 'goede-aanwijzingen' }, revisedOn: '2024-06-01' },
  };

  it('keeps the history of evidence levels', () => {
    const titleOnly = { ...revised, data: { ...revised.data, changes: { title: 'Nieuw' } } };
    const state = fold(decider, [captured, titleOnly, revised]);
    expect(evidenceLevelOf(state)).toBe('goede-aanwijzingen');
    expect(state.status === 'active' && state.learning.evidenceHistory).toEqual([
      { level: 'goed-beschreven', since: '2024-05-01' },
      { level: 'goede-aanwijzingen', since: '2024-06-01' },
    ]);
  });

  it('tell region, circle, promotion and retraction', () => {
    const none = decider.initialState();
    const active = fold(decider, [captured]);
    const retracted = fold(decider, [captured, learningRetracted]);
    expect([regionOf(none), regionOf(active), regionOf(retracted)]).toEqual([undefined, regionId, regionId]);
    expect([circleOf(none), circleOf(active)]).toEqual([undefined, circleId]);
    expect([isActive(none), isActive(active), isActive(retracted)]).toEqual([false, true, false]);
    expect([isRetracted(active), isRetracted(retracted)]).toEqual([false, true]);
    expect(isPromoted(active)).toBe(false);
    expect(isPromoted(fold(decider, [captured, {
      type: 'LearningPromoted', data: { ...ref, promoterId, reason: 'r', promotedOn: today },
    }]))).toBe(true);
  });

  it('names the stream and keeps every event at version 1', () => {
    expect(streamName(learningId)).toBe(`learning-${learningId}`);
    expect(LEARNING_EVENT_TYPES.map((type) => eventSchema.versions[type])).toEqual(LEARNING_EVENT_TYPES.map(() => 1));
    expect(eventSchema.upcasters).toEqual([]);
  });
});
