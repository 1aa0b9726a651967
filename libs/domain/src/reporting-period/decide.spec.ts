import { deciderSpec } from '../testing/decider-spec';
import type { ReportingPeriodEvent } from './events';
import { decider, eventSchema, streamName } from './index';

const spec = deciderSpec(decider);
const close = (reportingPeriodId: string) => ({ type: 'CloseReportingPeriod' as const, data: { reportingPeriodId } });
const at = (instant: string) => ({ now: new Date(instant) });

const closedQ1: ReportingPeriodEvent = {
  type: 'ReportingPeriodClosed',
  data: {
    reportingPeriodId: '2024-Q1', year: 2024, quarter: 1, firstWeek: '2024-W01', lastWeek: '2024-W13',
    closedAt: '2024-06-15T10:00:00.000Z',
  },
};

describe('ReportingPeriod', () => {
  it('names its stream reporting-period-{yyyy}-q{n}', () => {
    expect(streamName('2024-Q2')).toBe('reporting-period-2024-q2');
    expect(eventSchema.upcasters).toEqual([]);
  });

  it('closes a quarter that has ended', () => {
    spec.given([]).when(close('2024-Q1')).then([closedQ1]);
  });

  it('closes a quarter only once', () => {
    spec.given([closedQ1]).when(close('2024-Q1')).thenRefused('reporting-period-already-closed', 'rule');
  });

  it('refuses a quarter that has not ended', () => {
    spec.given([]).when(close('2024-Q2')).thenRefused('quarter-not-ended', 'rule');
    spec.given([]).when(close('2025-Q1')).thenRefused('quarter-not-ended', 'rule');
  });

  it('decides "ended" on the Dutch calendar', () => {
    // 30 June 23:30 in Amsterdam (summer time, UTC+2) is still in the quarter.
    spec.given([]).when(close('2024-Q2'), at('2024-06-30T21:30:00Z')).thenRefused('quarter-not-ended', 'rule');
    // 1 July 00:30 in Amsterdam is 30 June in UTC, and the quarter has ended.
    spec.given([]).when(close('2024-Q2'), at('2024-06-30T22:30:00Z')).then([{
      type: 'ReportingPeriodClosed',
      data: {
        reportingPeriodId: '2024-Q2', year: 2024, quarter: 2, firstWeek: '2024-W14', lastWeek: '2024-W26',
        closedAt: '2024-06-30T22:30:00.000Z',
      },
    }]);
  });

  it('waits for the last week of the quarter to end', () => {
    // 2026-W53 (28 Dec 2026 - 3 Jan 2027) counts in 2026-Q4.
    spec.given([]).when(close('2026-Q4'), at('2027-01-02T12:00:00Z')).thenRefused('quarter-not-ended', 'rule');
    spec.given([]).when(close('2026-Q4'), at('2027-01-04T08:00:00Z')).then([{
      type: 'ReportingPeriodClosed',
      data: {
        reportingPeriodId: '2026-Q4', year: 2026, quarter: 4, firstWeek: '2026-W40', lastWeek: '2026-W53',
        closedAt: '2027-01-04T08:00:00.000Z',
      },
    }]);
  });

  it.each(['2024-Q5', '2024Q1', '2024-q1', 'Q1-2024'])('refuses the id %p', (id) => {
    const error = spec.given([]).when(close(id)).thenRefused('reporting-period-id-format', 'invalid-input');
    expect(error.field).toBe('reportingPeriodId');
  });
});
