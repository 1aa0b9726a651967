import { assertNever } from '../shared/decider';
import type { ReportingPeriodEvent } from './events';
import type { ReportingPeriodState } from './state';

export function evolve(_state: ReportingPeriodState, event: ReportingPeriodEvent): ReportingPeriodState {
  switch (event.type) {
    case 'ReportingPeriodClosed':
      return { status: 'closed', reportingPeriodId: event.data.reportingPeriodId, closedAt: event.data.closedAt };
    default:
      return assertNever(event.type);
  }
}
