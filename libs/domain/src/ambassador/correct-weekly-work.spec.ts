import { deciderSpec } from '../testing/decider-spec';
import type { CorrectWeeklyWork, WeeklyWorkFacts } from './commands';
import type { WeeklyWorkCorrected, WeeklyWorkLogged } from './events';
import { decider } from './index';
import {
  ambassadorId, appointed, circleA, circleB, circleElsewhere, closedFacts, departed, facts, loggedW14, logW14,
  nationalAppointed, nationalId,
} from './spec-fixtures';

const spec = deciderSpec(decider);

const correctW14: CorrectWeeklyWork = {
  type: 'CorrectWeeklyWork',
  data: { ...logW14.data, hours: 9.5, circleIds: [circleA, circleB], whatChanged: 'Uren en tweede cirkel aangevuld' },
  facts,
};
const correct = (data: Partial<CorrectWeeklyWork['data']>, withFacts: WeeklyWorkFacts = facts): CorrectWeeklyWork =>
  ({ ...correctW14, data: { ...correctW14.data, ...data }, facts: withFacts });
const correctedW14: WeeklyWorkCorrected = {
  type: 'WeeklyWorkCorrected',
  data: {
    ...loggedW14.data, hours: 9.5, circleIds: [circleA, circleB], whatChanged: 'Uren en tweede cirkel aangevuld', late: false,
  },
};

describe('Ambassador: CorrectWeeklyWork', () => {
  it('corrects a logged week with the whole new content', () => {
    spec.given([appointed, loggedW14]).when(correctW14).then([correctedW14]);
  });

  it('flags a correction in a closed reporting period as late', () => {
    spec.given([appointed, loggedW14]).when(correct({}, closedFacts)).then([
      { ...correctedW14, data: { ...correctedW14.data, late: true } },
    ]);
  });

  it('corrects only a week that was logged', () => {
    const error = spec.given([appointed]).when(correctW14).thenRefused('week-not-logged', 'rule');
    expect(error.field).toBe('week');
    spec.given([appointed, loggedW14]).when(correct({ week: '2024-W15' })).thenRefused('week-not-logged', 'rule');
  });

  it('refuses an ambassador that is not appointed or has departed', () => {
    spec.given([]).when(correctW14).thenRefused('ambassador-not-found', 'not-found');
    spec.given([appointed, loggedW14, departed]).when(correctW14).thenRefused('ambassador-departed', 'rule');
  });

  it('requires a short note of what changed', () => {
    const error = spec.given([appointed, loggedW14]).when(correct({ whatChanged: '' }))
      .thenRefused('text-required', 'invalid-input');
    expect(error.field).toBe('whatChanged');
    spec.given([appointed, loggedW14]).when(correct({ whatChanged: 'x'.repeat(501) }))
      .thenRefused('text-too-long', 'invalid-input');
  });

  it('applies the field rules of a log', () => {
    spec.given([appointed, loggedW14]).when(correct({ hours: 61 })).thenRefused('hours-out-of-range', 'invalid-input');
    spec.given([appointed, loggedW14]).when(correct({ week: 'week 14' })).thenRefused('week-format', 'invalid-input');
  });

  it('applies the circle rules of a log', () => {
    spec.given([appointed, loggedW14]).when(correct({ circleIds: [circleElsewhere] }))
      .thenRefused('circle-in-other-region', 'rule');
    const loggedNational: WeeklyWorkLogged = {
      ...loggedW14, data: { ...loggedW14.data, ambassadorId: nationalId, regionId: null, circleIds: [] },
    };
    spec.given([nationalAppointed, loggedNational]).when(correct({ ambassadorId: nationalId }))
      .thenRefused('circles-not-for-national-ambassador', 'rule');
  });

  it('refuses a correction that changes nothing (circles and sectors compare as sets)', () => {
    const same = correct({ ...logW14.data, sectorsReached: ['gemeente', 'jeugdhulp'], whatChanged: 'Niets eigenlijk' });
    spec.given([appointed, loggedW14]).when(same).thenRefused('correction-changes-nothing', 'rule');
  });

  it('compares with the latest correction, and the week stays logged', () => {
    spec.given([appointed, loggedW14, correctedW14]).when(correctW14).thenRefused('correction-changes-nothing', 'rule');
    spec.given([appointed, loggedW14, correctedW14]).when(correct({ hours: 7.75, circleIds: [circleA] })).then([
      { ...correctedW14, data: { ...correctedW14.data, hours: 7.75, circleIds: [circleA] } },
    ]);
    spec.given([appointed, loggedW14, correctedW14]).when(logW14).thenRefused('week-already-logged', 'rule');
  });

  it('keeps the ambassador id of the stream', () => {
    spec.given([appointed, loggedW14]).when(correct({ ambassadorId: ambassadorId.toUpperCase() })).then([correctedW14]);
  });
});
