import { deciderSpec } from '../testing/decider-spec';
import type { LogWeeklyWork, WeeklyWorkFacts } from './commands';
import type { WeeklyWorkLogged } from './events';
import { decider } from './index';
import {
  ambassadorId, appointed, circleA, circleB, circleElsewhere, closedFacts, departed, facts, loggedW14, logW14,
  nationalAppointed, nationalId,
} from './spec-fixtures';

// The default clock of deciderSpec is Saturday 2024-06-15, in 2024-W24.
const spec = deciderSpec(decider);
const at = (instant: string) => ({ now: new Date(instant) });

const log = (data: Partial<LogWeeklyWork['data']>, withFacts: WeeklyWorkFacts = facts): LogWeeklyWork =>
  ({ ...logW14, data: { ...logW14.data, ...data }, facts: withFacts });
const logged = (data: Partial<WeeklyWorkLogged['data']>): WeeklyWorkLogged =>
  ({ ...loggedW14, data: { ...loggedW14.data, ...data } });

describe('Ambassador: LogWeeklyWork', () => {
  it('logs a week with the region and the quarter it counts in', () => {
    spec.given([appointed]).when(logW14).then([loggedW14]);
  });

  it('refuses an ambassador that is not appointed', () => {
    spec.given([]).when(logW14).thenRefused('ambassador-not-found', 'not-found');
  });

  it('refuses after the ambassador departed', () => {
    spec.given([appointed, departed]).when(logW14).thenRefused('ambassador-departed', 'rule');
  });

  it('logs a week once and points to a correction', () => {
    const error = spec.given([appointed, loggedW14]).when(logW14).thenRefused('week-already-logged', 'rule');
    expect(error.field).toBe('week');
  });

  describe('which weeks', () => {
    it('logs the current week but no week ahead', () => {
      spec.given([appointed]).when(log({ week: '2024-W24' })).then([logged({ week: '2024-W24' })]);
      spec.given([appointed]).when(log({ week: '2024-W25' })).thenRefused('week-in-future', 'rule');
    });

    it('takes the current week from the Dutch calendar', () => {
      // Sunday 16 June 23:30 in Amsterdam is still W24; Monday 00:30 is W25.
      spec.given([appointed]).when(log({ week: '2024-W25' }), at('2024-06-16T21:30:00Z'))
        .thenRefused('week-in-future', 'rule');
      spec.given([appointed]).when(log({ week: '2024-W25' }), at('2024-06-16T22:30:00Z'))
        .then([logged({ week: '2024-W25' })]);
    });

    it('logs from the week of the appointment on (appointed Wednesday 2024-01-10, W02)', () => {
      spec.given([appointed]).when(log({ week: '2024-W02' })).then([logged({ week: '2024-W02', reportingPeriodId: '2024-Q1' })]);
      spec.given([appointed]).when(log({ week: '2024-W01' })).thenRefused('week-before-appointment', 'rule');
      spec.given([appointed]).when(log({ week: '2023-W52' })).thenRefused('week-before-appointment', 'rule');
    });

    it('counts a week across New Year in the quarter of its Thursday', () => {
      spec.given([appointed]).when(log({ week: '2025-W01' }), at('2024-12-31T10:00:00Z'))
        .then([logged({ week: '2025-W01', reportingPeriodId: '2025-Q1' })]);
    });

    it('refuses a week in a closed reporting period', () => {
      spec.given([appointed]).when(log({}, closedFacts)).thenRefused('reporting-period-closed', 'rule');
    });

    it.each([['2024-14', 'week-format'], ['2024-W00', 'week-invalid'], ['2023-W53', 'week-invalid']])(
      'refuses the week %p (%s)',
      (week, rule) => {
        const error = spec.given([appointed]).when(log({ week })).thenRefused(rule, 'invalid-input');
        expect(error.field).toBe('week');
      },
    );
  });

  describe('circles', () => {
    it('logs several circles of the own region, or none', () => {
      spec.given([appointed]).when(log({ circleIds: [circleA, circleB] })).then([logged({ circleIds: [circleA, circleB] })]);
      spec.given([appointed]).when(log({ circleIds: [] })).then([logged({ circleIds: [] })]);
    });

    it('refuses a circle of another region', () => {
      const error = spec.given([appointed]).when(log({ circleIds: [circleA, circleElsewhere] }))
        .thenRefused('circle-in-other-region', 'rule');
      expect(error.field).toBe('circleIds');
    });

    it('refuses a circle that does not exist', () => {
      const unknown = '0f0e0d0c-0b0a-4909-8807-060504030201';
      spec.given([appointed]).when(log({ circleIds: [unknown] })).thenRefused('circle-unknown', 'rule');
      spec.given([appointed]).when(log({ circleIds: [circleA] }, { circleRegions: {}, weekInClosedPeriod: false }))
        .thenRefused('circle-unknown', 'rule');
    });

    it('refuses malformed or repeated circle ids', () => {
      spec.given([appointed]).when(log({ circleIds: ['kring-1'] })).thenRefused('uuid-format', 'invalid-input');
      spec.given([appointed]).when(log({ circleIds: [circleA, circleA.toUpperCase()] }))
        .thenRefused('duplicate-values', 'invalid-input');
    });

    it('lets a national ambassador log without circles, and only so', () => {
      const national = log({ ambassadorId: nationalId, circleIds: [] });
      spec.given([nationalAppointed]).when(national).then([
        logged({ ambassadorId: nationalId, regionId: null, circleIds: [] }),
      ]);
      spec.given([nationalAppointed]).when(log({ ambassadorId: nationalId, circleIds: [circleA] }))
        .thenRefused('circles-not-for-national-ambassador', 'rule');
    });
  });

  describe('field rules', () => {
    it('takes 0 to 60 hours in quarter hours', () => {
      spec.given([appointed]).when(log({ hours: 0 })).then([logged({ hours: 0 })]);
      spec.given([appointed]).when(log({ hours: 60 })).then([logged({ hours: 60 })]);
      for (const hours of [-0.25, 60.25, Number.POSITIVE_INFINITY]) {
        const error = spec.given([appointed]).when(log({ hours })).thenRefused('hours-out-of-range', 'invalid-input');
        expect(error.field).toBe('hours');
      }
      spec.given([appointed]).when(log({ hours: 7.3 })).thenRefused('hours-not-in-quarter-hours', 'invalid-input');
    });

    it('takes activities of a known kind with a short text', () => {
      const kind = spec.given([appointed]).when(log({ activities: [{ kind: 'vergadering', text: 'Overleg' }] }))
        .thenRefused('value-not-allowed', 'invalid-input');
      expect(kind.field).toBe('activities[0].kind');
      const empty = spec.given([appointed])
        .when(log({ activities: [{ kind: 'netwerk', text: 'Netwerkdag' }, { kind: 'overig', text: ' ' }] }))
        .thenRefused('text-required', 'invalid-input');
      expect(empty.field).toBe('activities[1].text');
      spec.given([appointed]).when(log({ activities: [{ kind: 'overig', text: 'x'.repeat(501) }] }))
        .thenRefused('text-too-long', 'invalid-input');
      spec.given([appointed]).when(log({ activities: Array.from({ length: 51 }, () => ({ kind: 'overig', text: 'Mail' })) }))
        .thenRefused('too-many-activities', 'invalid-input');
    });

    it('counts partners as a whole number of 0 or more', () => {
      for (const partnersReached of [-1, 2.5]) {
        const error = spec.given([appointed]).when(log({ partnersReached }))
          .thenRefused('partners-reached-invalid', 'invalid-input');
        expect(error.field).toBe('partnersReached');
      }
    });

    it('takes sectors from the vocabulary, each once', () => {
      spec.given([appointed]).when(log({ sectorsReached: ['school'] })).thenRefused('value-not-allowed', 'invalid-input');
      spec.given([appointed]).when(log({ sectorsReached: ['ggz', 'ggz'] })).thenRefused('duplicate-values', 'invalid-input');
    });

    it('takes an empty or absent reflection, up to 2000 characters', () => {
      spec.given([appointed]).when(log({ reflection: '  ' })).then([logged({ reflection: '' })]);
      spec.given([appointed]).when(log({ reflection: undefined })).then([logged({ reflection: '' })]);
      spec.given([appointed]).when(log({ reflection: 'x'.repeat(2000) })).then([logged({ reflection: 'x'.repeat(2000) })]);
      const error = spec.given([appointed]).when(log({ reflection: 'x'.repeat(2001) }))
        .thenRefused('text-too-long', 'invalid-input');
      expect(error.field).toBe('reflection');
    });
  });

  it('takes the ambassador and region from the stream, not from the command', () => {
    spec.given([appointed]).when(log({ ambassadorId: ambassadorId.toUpperCase() })).then([loggedW14]);
  });
});
