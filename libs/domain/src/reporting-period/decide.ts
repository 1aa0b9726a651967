import type { DecisionContext } from '../shared/decider';
import { assertNever } from '../shared/decider';
import { ruleBroken } from '../shared/domain-error';
import { dutchDate } from '../shared/validation';
import type { CloseReportingPeriod, ReportingPeriodCommand } from './commands';
import type { ReportingPeriodEvent } from './events';
import { lastCountingDayOfQuarter, quarterParts, requireReportingPeriodId, weeksOfQuarter } from './quarter';
import { ReportingPeriodRule } from './rules';
import type { ReportingPeriodState } from './state';

export function decide(
  state: ReportingPeriodState, command: ReportingPeriodCommand, context: DecisionContext,
): ReportingPeriodEvent[] {
  switch (command.type) {
    case 'CloseReportingPeriod':
      return close(state, command, context);
    default:
      return assertNever(command.type);
  }
}

function close(state: ReportingPeriodState, { data }: CloseReportingPeriod, { now }: DecisionContext): ReportingPeriodEvent[] {
  const reportingPeriodId = requireReportingPeriodId('reportingPeriodId', data.reportingPeriodId);
  if (state.status === 'closed') {
    throw ruleBroken(ReportingPeriodRule.alreadyClosed, `Rapportageperiode ${reportingPeriodId} is al afgesloten`);
  }
  // Ended on the Dutch calendar, including the quarter's last ISO week: closing while that week
  // runs would refuse the logs ambassadors still have to write for it.
  const lastDay = lastCountingDayOfQuarter(reportingPeriodId);
  if (dutchDate(now) <= lastDay) {
    throw ruleBroken(
      ReportingPeriodRule.quarterNotEnded,
      `Rapportageperiode ${reportingPeriodId} kan pas na ${lastDay} worden afgesloten`,
      'reportingPeriodId',
    );
  }
  const { year, quarter } = quarterParts(reportingPeriodId);
  return [{
    type: 'ReportingPeriodClosed',
    data: { reportingPeriodId, year, quarter, ...weeksOfQuarter(reportingPeriodId), closedAt: now.toISOString() },
  }];
}
